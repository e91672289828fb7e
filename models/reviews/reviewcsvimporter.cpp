#include "reviewcsvimporter.h"

#include "core/changenotifier.h"
#include "core/entities.h"
#include "core/timeformat.h"
#include "csvreader.h"
#include "reviewstore.h"
#include "reviewtypes.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewCsvImporter", text);
}

enum Column { IdCol, StopCol, ScoreCol, CommentCol, DateCol, LanguageCol, ColumnCount };

QString columnKey(int column)
{
    static const char *const keys[] = {"review id", "stop id", "score",
                                       "comment",   "date",    "language"};
    return QString::fromLatin1(keys[column]);
}

// The column a header names, or -1. Names are compared without case,
// spaces, dashes and underscores; Dutch names are understood too.
int columnOf(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QRegularExpression(QStringLiteral("[\\s_\\-]")));
    static const QHash<QString, int> names = {
        {QStringLiteral("reviewid"), IdCol},
        {QStringLiteral("review"), IdCol},
        {QStringLiteral("id"), IdCol},
        {QStringLiteral("stopid"), StopCol},
        {QStringLiteral("stop"), StopCol},
        {QStringLiteral("score"), ScoreCol},
        {QStringLiteral("nps"), ScoreCol},
        {QStringLiteral("cijfer"), ScoreCol},
        {QStringLiteral("comment"), CommentCol},
        {QStringLiteral("opmerking"), CommentCol},
        {QStringLiteral("toelichting"), CommentCol},
        {QStringLiteral("date"), DateCol},
        {QStringLiteral("datum"), DateCol},
        {QStringLiteral("receivedat"), DateCol},
        {QStringLiteral("language"), LanguageCol},
        {QStringLiteral("lang"), LanguageCol},
        {QStringLiteral("taal"), LanguageCol},
    };
    return names.value(key, -1);
}

std::optional<qint64> localTime(const QDate &date, const QTime &time)
{
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime dt(date, time, TimeFormat::companyZone());
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QTime timeOf(const QString &text)
{
    if (text.isEmpty())
        return QTime(0, 0);
    QTime t = QTime::fromString(text, QStringLiteral("HH:mm:ss"));
    if (!t.isValid())
        t = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!t.isValid())
        t = QTime::fromString(text, QStringLiteral("H:mm"));
    return t;
}

} // namespace

ReviewCsvImporter::ReviewCsvImporter(ReviewStore &store, ChangeNotifier *notifier)
    : m_store(store)
    , m_notifier(notifier)
{}

std::optional<qint64> ReviewCsvImporter::parseDate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto t = TimeFormat::parseRfc3339(text))
        return t;
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2})?))?$"));
    static const QRegularExpression dutch(
        QStringLiteral("^(\\d{1,2})-(\\d{1,2})-(\\d{4})(?: (\\d{1,2}:\\d{2}(?::\\d{2})?))?$"));
    QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch())
        return localTime(QDate::fromString(m.captured(1), Qt::ISODate), timeOf(m.captured(2)));
    m = dutch.match(text);
    if (m.hasMatch())
        return localTime(QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()),
                         timeOf(m.captured(4)));
    return std::nullopt;
}

ReviewImportResult ReviewCsvImporter::importFile(const QString &path, qint64 now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReviewImportResult result;
        result.fileError = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return importData(file.readAll(), QFileInfo(path).fileName(), now);
}

ReviewImportResult ReviewCsvImporter::importData(const QByteArray &data, const QString &sourceName,
                                                 qint64 now)
{
    ReviewImportResult result;
    const CsvReader csv(data);
    if (csv.header().isEmpty() ||
        (csv.header().size() == 1 && csv.header().constFirst().trimmed().isEmpty())) {
        result.fileError = tr("%1 is empty: a header row is needed.").arg(sourceName);
        return result;
    }
    int columns[ColumnCount];
    std::fill(std::begin(columns), std::end(columns), -1);
    for (int i = 0; i < csv.header().size(); ++i) {
        const int c = columnOf(csv.header().at(i));
        if (c < 0)
            continue; // columns the survey tool adds that we do not use
        if (columns[c] >= 0) {
            result.fileError = tr("The header names the column '%1' twice.").arg(columnKey(c));
            return result;
        }
        columns[c] = i;
    }
    QStringList missing;
    for (int c = IdCol; c <= DateCol; ++c)
        if (columns[c] < 0)
            missing.append(columnKey(c));
    if (!missing.isEmpty()) {
        result.fileError = tr("The header row lacks the column(s): %1. It must name review id, "
                              "stop id, score, comment, date and optionally language.")
                               .arg(missing.join(QLatin1String(", ")));
        return result;
    }
    result.blankLines = csv.blankLines();

    Database &db = m_store.database();
    Transaction transaction(db);
    QSet<QString> seen;
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
    for (const CsvReader::Record &record : csv.records()) {
        ++result.rows;
        auto reject = [&](const QString &field, const QString &reason) {
            result.rejected.append({record.line, field, reason, record.raw});
            m_store.keepRejectedRow(sourceName, record.line, field, reason, record.raw, now);
        };
        if (!record.error.isEmpty()) {
            reject({}, record.error);
            continue;
        }
        // A row may leave out trailing columns the import does not need
        // (spreadsheets drop empty fields at the end of a row).
        bool tooShort = false;
        for (int c = IdCol; c <= DateCol; ++c)
            tooShort = tooShort || columns[c] >= record.fields.size();
        if (record.fields.size() > csv.header().size() || tooShort) {
            reject({}, tr("%1 fields where the header has %2")
                           .arg(record.fields.size())
                           .arg(csv.header().size()));
            continue;
        }
        auto field = [&](int column) { return record.fields.value(columns[column]).trimmed(); };
        Review review;
        review.id = field(IdCol);
        review.stopId = field(StopCol);
        review.comment = record.fields.value(columns[CommentCol]).trimmed();
        review.language = field(LanguageCol).toLower();
        review.channel = QStringLiteral("survey");
        if (review.id.isEmpty()) {
            reject(columnKey(IdCol), tr("the review id is missing"));
            continue;
        }
        if (review.id.size() > 128) {
            reject(columnKey(IdCol), tr("the review id is longer than 128 characters"));
            continue;
        }
        if (review.stopId.isEmpty()) {
            reject(columnKey(StopCol), tr("the stop id is missing"));
            continue;
        }
        const QString scoreText = field(ScoreCol);
        bool ok = false;
        review.score = scoreText.toInt(&ok);
        if (scoreText.isEmpty()) {
            reject(columnKey(ScoreCol), tr("the score is missing"));
            continue;
        }
        if (!ok || review.score < 0 || review.score > 10) {
            reject(columnKey(ScoreCol),
                   tr("the score '%1' is not a whole number from 0 to 10").arg(scoreText));
            continue;
        }
        const QString dateText = field(DateCol);
        const std::optional<qint64> date = parseDate(dateText);
        if (!date) {
            reject(columnKey(DateCol),
                   dateText.isEmpty()
                       ? tr("the date is missing")
                       : tr("the date '%1' is not a date (YYYY-MM-DD, optionally with HH:MM, "
                            "or RFC 3339)")
                             .arg(dateText));
            continue;
        }
        review.receivedAt = *date;
        if (!review.language.isEmpty() && !languageCode.match(review.language).hasMatch()) {
            reject(columnKey(LanguageCol),
                   tr("the language '%1' is not a language code such as nl or en")
                       .arg(field(LanguageCol)));
            continue;
        }
        if (seen.contains(review.id) || !m_store.addReview(review, QStringLiteral("csv"))) {
            ++result.duplicates;
            seen.insert(review.id);
            continue;
        }
        seen.insert(review.id);
        ++result.imported;
        result.importedIds.append(review.id);
        if (!m_store.stopExists(review.stopId))
            ++result.unknownStops;
    }
    result.casesOpened = m_store.openCasesFor(result.importedIds, now);
    transaction.commit();
    if (m_notifier && !result.importedIds.isEmpty()) {
        ChangeNotifier::Batch batch;
        for (const QString &id : std::as_const(result.importedIds))
            batch.reviewsAdded.insert(id);
        m_notifier->publish(batch);
    }
    return result;
}
