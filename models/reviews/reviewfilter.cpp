#include "reviewfilter.h"

bool ReviewFilter::operator==(const ReviewFilter &o) const
{
    return band == o.band && crewId == o.crewId && hubId == o.hubId && clientId == o.clientId &&
           productType == o.productType && theme == o.theme && from == o.from && to == o.to &&
           unhandledOnly == o.unhandledOnly && starredOnly == o.starredOnly && cause == o.cause &&
           searchText == o.searchText;
}

namespace Reviews {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// [start, end) of each word in `text`.
QVector<TextRange> wordSpans(const QString &text)
{
    QVector<TextRange> spans;
    int i = 0;
    const int n = text.size();
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const int start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > start)
            spans.append({start, i - start});
    }
    return spans;
}

bool prefixWanted(const QString &text)
{
    return !text.isEmpty() && isWordChar(text.back());
}

} // namespace

QString foldWord(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toCaseFolded();
}

QStringList searchWords(const QString &text)
{
    QStringList words;
    for (const TextRange &span : wordSpans(text))
        words.append(text.mid(span.first, span.second));
    return words;
}

QString ftsQuery(const QString &text, bool prefixLast)
{
    const QStringList words = searchWords(text);
    QStringList terms;
    for (int i = 0; i < words.size(); ++i) {
        QString term = QLatin1Char('"') +
                       QString(words.at(i)).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                       QLatin1Char('"');
        if (i == words.size() - 1 && prefixLast && prefixWanted(text))
            term += QLatin1Char('*');
        terms.append(term);
    }
    return terms.join(QLatin1Char(' '));
}

QVector<TextRange> highlightRanges(const QString &text, const QString &searchText)
{
    QStringList words = searchWords(searchText);
    if (words.isEmpty())
        return {};
    for (QString &w : words)
        w = foldWord(w);
    const QString prefix = prefixWanted(searchText) ? words.takeLast() : QString();
    QVector<TextRange> ranges;
    for (const TextRange &span : wordSpans(text)) {
        const QString folded = foldWord(text.mid(span.first, span.second));
        if (words.contains(folded) || (!prefix.isEmpty() && folded.startsWith(prefix)))
            ranges.append(span);
    }
    return ranges;
}

SqlConditions filterConditions(const ReviewFilter &f, bool sqlite, Lookup themeLookup,
                               Lookup searchLookup)
{
    SqlConditions c;
    auto add = [&c](const QString &clause, const QVariantList &values = {}) {
        c.clauses.append(clause);
        c.values.append(values);
    };
    switch (f.band) {
    case ScoreBand::Detractor:
        add(QStringLiteral("r.score <= 6"));
        break;
    case ScoreBand::Passive:
        add(QStringLiteral("r.score BETWEEN 7 AND 8"));
        break;
    case ScoreBand::Promoter:
        add(QStringLiteral("r.score >= 9"));
        break;
    case ScoreBand::Any:
        break;
    }
    // On SQLite from review_crew (who delivered each review, see
    // schema_reviews.h; ReviewStore::page reads a driver's page from its key
    // instead); elsewhere from the driver's routes and their stops. Either
    // way a driver with few (or no recent) reviews is found without walking
    // the whole inbox.
    if (!f.crewId.isEmpty() && sqlite)
        add(QStringLiteral("r.id IN (SELECT k2.review_id FROM review_crew k2"
                           " WHERE k2.crew_id = ?)"),
            {f.crewId});
    else if (!f.crewId.isEmpty())
        add(QStringLiteral("r.stop_id IN (SELECT s2.id FROM route_crew rc2"
                           " JOIN stops s2 ON s2.route_id = rc2.route_id WHERE rc2.crew_id = ?)"),
            {f.crewId});
    if (!f.hubId.isEmpty())
        add(QStringLiteral("rt.hub_id = ?"), {f.hubId});
    if (!f.clientId.isEmpty())
        add(QStringLiteral("s.client_id = ?"), {f.clientId});
    if (!f.productType.isEmpty())
        add(QStringLiteral("p.type = ?"), {f.productType});
    if (!f.theme.isEmpty() && themeLookup == Lookup::PerRow)
        add(QStringLiteral("EXISTS (SELECT 1 FROM review_themes t2 WHERE t2.review_id = r.id"
                           " AND t2.theme = ?)"),
            {f.theme});
    else if (!f.theme.isEmpty())
        add(QStringLiteral("r.id IN (SELECT t2.review_id FROM review_themes t2"
                           " WHERE t2.theme = ?)"),
            {f.theme});
    if (f.from > 0)
        add(QStringLiteral("r.received_at >= ?"), {f.from});
    if (f.to > 0)
        add(QStringLiteral("r.received_at < ?"), {f.to});
    if (f.unhandledOnly)
        add(QStringLiteral("COALESCE(st.handled, 0) = 0"));
    if (f.starredOnly)
        add(QStringLiteral("r.id IN (SELECT review_id FROM review_state WHERE starred = 1)"));
    if (f.cause) {
        if (*f.cause == Cause::Unknown)
            add(QStringLiteral("COALESCE(st.cause, '') = ''"));
        else
            add(QStringLiteral("st.cause = ?"), {causeKey(*f.cause)});
    }
    const QString query = ftsQuery(f.searchText);
    if (!query.isEmpty()) {
        // "+" keeps SQLite from driving the query by the matches' row ids:
        // it walks the inbox's index newest first and checks each review
        // against the matches, gathered once.
        if (sqlite && searchLookup == Lookup::PerRow)
            add(QStringLiteral(
                    "+r.rowid IN (SELECT rowid FROM review_fts WHERE review_fts MATCH ?)"),
                {query});
        else if (sqlite)
            add(QStringLiteral(
                    "r.rowid IN (SELECT rowid FROM review_fts WHERE review_fts MATCH ?)"),
                {query});
        else // see schema_reviews.h: the tsvector column this would use is not built yet
            add(QStringLiteral("r.comment ILIKE ?"),
                {QLatin1Char('%') + searchWords(f.searchText).join(QLatin1Char('%')) +
                 QLatin1Char('%')});
    }
    return c;
}

SqlConditions factConditions(const ReviewFilter &f, Lookup themeLookup, const QString &driver)
{
    SqlConditions c;
    auto add = [&c](const QString &clause, const QVariantList &values = {}) {
        c.clauses.append(clause);
        c.values.append(values);
    };
    auto column = [&driver](const char *name, const char *key) {
        return (driver == QLatin1String(key) ? QStringLiteral("f.") : QStringLiteral("+f.")) +
               QLatin1String(name);
    };
    switch (f.band) {
    case ScoreBand::Detractor:
        add(QStringLiteral("f.score <= 6"));
        break;
    case ScoreBand::Passive:
        add(QStringLiteral("f.score BETWEEN 7 AND 8"));
        break;
    case ScoreBand::Promoter:
        add(QStringLiteral("f.score >= 9"));
        break;
    case ScoreBand::Any:
        break;
    }
    if (!f.hubId.isEmpty())
        add(column("hub_id", "hub") + QStringLiteral(" = ?"), {f.hubId});
    if (!f.clientId.isEmpty())
        add(column("client_id", "client") + QStringLiteral(" = ?"), {f.clientId});
    if (!f.productType.isEmpty())
        add(column("product_type", "product") + QStringLiteral(" = ?"), {f.productType});
    if (!f.theme.isEmpty() && themeLookup == Lookup::PerRow)
        add(QStringLiteral("EXISTS (SELECT 1 FROM review_themes t2 WHERE t2.review_id ="
                           " f.review_id AND t2.theme = ?)"),
            {f.theme});
    else if (!f.theme.isEmpty())
        add(QStringLiteral("f.review_id IN (SELECT t2.review_id FROM review_themes t2"
                           " WHERE t2.theme = ?)"),
            {f.theme});
    if (f.from > 0)
        add(QStringLiteral("f.received_at >= ?"), {f.from});
    if (f.to > 0)
        add(QStringLiteral("f.received_at < ?"), {f.to});
    // Literally as in the partial indexes' WHERE, so SQLite may use them.
    if (f.unhandledOnly)
        add(QStringLiteral("f.handled = 0"));
    if (f.starredOnly)
        add(QStringLiteral("f.starred = 1"));
    if (f.cause) {
        if (*f.cause == Cause::Unknown)
            add(QStringLiteral("COALESCE(st.cause, '') = ''"));
        else
            add(QStringLiteral("st.cause = ?"), {causeKey(*f.cause)});
    }
    const QString query = ftsQuery(f.searchText);
    if (!query.isEmpty())
        add(QStringLiteral("+r.rowid IN (SELECT rowid FROM review_fts WHERE review_fts MATCH ?)"),
            {query});
    return c;
}

} // namespace Reviews
