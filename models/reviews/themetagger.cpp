#include "reviews/themetagger.h"

#include "reviews/languageguess.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <libstemmer.h>

namespace ReviewThemes {

const QVector<Theme> &allThemes()
{
    static const QVector<Theme> themes = {
        Theme::Punctuality,  Theme::Friendliness,  Theme::Care,
        Theme::Damage,       Theme::Installation,  Theme::TakeBack,
        Theme::Communication, Theme::WrongProduct, Theme::Price,
        Theme::Other,
    };
    return themes;
}

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Punctuality: return QStringLiteral("punctuality");
    case Theme::Friendliness: return QStringLiteral("friendliness");
    case Theme::Care: return QStringLiteral("care");
    case Theme::Damage: return QStringLiteral("damage");
    case Theme::Installation: return QStringLiteral("installation");
    case Theme::TakeBack: return QStringLiteral("take_back");
    case Theme::Communication: return QStringLiteral("communication");
    case Theme::WrongProduct: return QStringLiteral("wrong_product");
    case Theme::Price: return QStringLiteral("price");
    case Theme::Other: break;
    }
    return QStringLiteral("other");
}

std::optional<Theme> themeFromKey(const QString &key)
{
    for (Theme t : allThemes())
        if (themeKey(t) == key)
            return t;
    return std::nullopt;
}

QString themeText(Theme theme)
{
    switch (theme) {
    case Theme::Punctuality: return QCoreApplication::translate("ReviewThemes", "Punctuality");
    case Theme::Friendliness: return QCoreApplication::translate("ReviewThemes", "Friendliness");
    case Theme::Care: return QCoreApplication::translate("ReviewThemes", "Care and tidiness");
    case Theme::Damage: return QCoreApplication::translate("ReviewThemes", "Damage");
    case Theme::Installation:
        return QCoreApplication::translate("ReviewThemes", "Installation and assembly");
    case Theme::TakeBack:
        return QCoreApplication::translate("ReviewThemes", "Taking back the old product");
    case Theme::Communication:
        return QCoreApplication::translate("ReviewThemes", "Communication and calling ahead");
    case Theme::WrongProduct:
        return QCoreApplication::translate("ReviewThemes", "Wrong or faulty product");
    case Theme::Price: return QCoreApplication::translate("ReviewThemes", "Price");
    case Theme::Other: break;
    }
    return QCoreApplication::translate("ReviewThemes", "Other");
}

QString toneKey(Tone tone)
{
    switch (tone) {
    case Tone::Positive: return QStringLiteral("positive");
    case Tone::Negative: return QStringLiteral("negative");
    case Tone::Mixed: break;
    }
    return QStringLiteral("mixed");
}

std::optional<Tone> toneFromKey(const QString &key)
{
    for (Tone t : {Tone::Positive, Tone::Negative, Tone::Mixed})
        if (toneKey(t) == key)
            return t;
    return std::nullopt;
}

QString toneText(Tone tone)
{
    switch (tone) {
    case Tone::Positive: return QCoreApplication::translate("ReviewThemes", "Positive");
    case Tone::Negative: return QCoreApplication::translate("ReviewThemes", "Negative");
    case Tone::Mixed: break;
    }
    return QCoreApplication::translate("ReviewThemes", "Mixed");
}

Tone toneOf(int positive, int negative, std::optional<int> score)
{
    if (positive > 0 && negative > 0)
        return Tone::Mixed;
    if (positive > 0)
        return score && *score <= 6 ? Tone::Mixed : Tone::Positive;
    if (negative > 0)
        return score && *score >= 9 ? Tone::Mixed : Tone::Negative;
    if (score && *score >= 9)
        return Tone::Positive;
    if (score && *score <= 6)
        return Tone::Negative;
    return Tone::Mixed;
}

} // namespace ReviewThemes

using namespace ReviewThemes;

QStringList ThemeTagging::themeKeys() const
{
    QStringList keys;
    for (Theme t : themes)
        keys << ReviewThemes::themeKey(t);
    return keys;
}

QString ThemeTagging::toneKey() const
{
    return ReviewThemes::toneKey(tone);
}

QVector<QPair<int, int>> ThemeTagging::rangesOf(Theme theme) const
{
    QVector<QPair<int, int>> ranges;
    for (const ThemeHit &h : hits)
        if (h.theme == theme && theme != Theme::Other)
            ranges.append({h.start, h.length});
    return ranges;
}

namespace {

constexpr int ToneOnly = -1;

// Lower case without accents, so "geëindigd" and "geeindigd", "café" and
// "cafe" meet.
QString fold(const QString &word)
{
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c == QChar(0x2019) ? QChar(QLatin1Char('\'')) : c);
    }
    return folded;
}

// libstemmer's stemmers keep their working state inside: each thread has its own.
struct ThreadStemmers
{
    QHash<QString, sb_stemmer *> byAlgorithm;
    ~ThreadStemmers()
    {
        for (sb_stemmer *s : std::as_const(byAlgorithm))
            sb_stemmer_delete(s);
    }
};

QString stem(const QString &algorithm, const QString &foldedWord)
{
    thread_local ThreadStemmers stemmers;
    sb_stemmer *&stemmer = stemmers.byAlgorithm[algorithm];
    if (!stemmer) {
        stemmer = sb_stemmer_new(algorithm.toLatin1().constData(), "UTF_8");
        if (!stemmer)
            throw ThemeVocabularyError("libstemmer has no stemmer '" + algorithm.toStdString() +
                                       "'");
    }
    const QByteArray utf8 = foldedWord.toUtf8();
    const sb_symbol *result = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), utf8.size());
    if (!result)
        return foldedWord;
    return QString::fromUtf8(reinterpret_cast<const char *>(result), sb_stemmer_length(stemmer));
}

// One letter left out, added or swapped with its neighbour ("arived",
// "freindly"); one letter replaced by another only in long words, where it
// rarely makes another real word ("stairs" is not "stains").
bool withinOneEdit(const QString &a, const QString &b)
{
    const int la = a.size(), lb = b.size();
    if (qAbs(la - lb) > 1)
        return false;
    int i = 0;
    while (i < la && i < lb && a.at(i) == b.at(i))
        ++i;
    if (i == la && i == lb)
        return true;
    if (la == lb) {
        if (la >= 8 && a.mid(i + 1) == b.mid(i + 1))
            return true; // substitution
        return i + 1 < la && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i) &&
               a.mid(i + 2) == b.mid(i + 2); // transposition
    }
    return la > lb ? a.mid(i + 1) == b.mid(i) : a.mid(i) == b.mid(i + 1);
}

struct Token
{
    QString folded; // as written, folded (or the vocabulary word a typo stands for)
    QString stem;
    int start = 0;
    int end = 0;
    bool clauseBefore = false;   // a comma, dash, sentence end... before this word
    bool sentenceBefore = false; // a full stop, ! ? or line break before this word
};

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QLatin1Char('\n') || c == QLatin1Char(';');
}

bool isClauseBreak(QChar c)
{
    return isSentenceEnd(c) || c == QLatin1Char(',') || c == QLatin1Char(':') ||
           c == QLatin1Char('(') || c == QLatin1Char(')') || c == QChar(0x2013) ||
           c == QChar(0x2014);
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// Words are runs of letters and digits; an apostrophe between letters stays
// inside ("didn't", "zo'n"). A hyphen splits words but does not end a clause.
QVector<Token> tokenize(const QString &text)
{
    QVector<Token> tokens;
    bool clause = false, sentence = false;
    int i = 0;
    const int n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.category() == QChar::Symbol_Currency) {
            // "£50", "€ 89": the currency sign is a word of its own.
            Token t;
            t.start = i;
            t.end = ++i;
            t.folded = QString(c);
            t.clauseBefore = clause || tokens.isEmpty();
            t.sentenceBefore = sentence || tokens.isEmpty();
            clause = sentence = false;
            tokens.append(t);
            continue;
        }
        if (!c.isLetterOrNumber()) {
            if (isClauseBreak(c)) {
                clause = true;
                // "9.30" and "8.000" keep going; a dot before a space ends a sentence.
                if (isSentenceEnd(c) && !(c == QLatin1Char('.') && i + 1 < n &&
                                          text.at(i + 1).isLetterOrNumber()))
                    sentence = true;
            }
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        while (i < n && (text.at(i).isLetterOrNumber() || text.at(i).isMark() ||
                         (isApostrophe(text.at(i)) && i + 1 < n && text.at(i + 1).isLetter() &&
                          i > t.start)))
            ++i;
        t.end = i;
        t.folded = fold(text.mid(t.start, t.end - t.start));
        t.clauseBefore = clause || tokens.isEmpty();
        t.sentenceBefore = sentence || tokens.isEmpty();
        clause = sentence = false;
        tokens.append(t);
    }
    return tokens;
}

struct Pattern
{
    enum Kind { Stem, Exact, Prefix, Suffix, Infix, Gap };
    Kind kind = Stem;
    QString text; // stem, folded word or fragment
    int maxGap = 0;

    bool matches(const Token &t) const
    {
        switch (kind) {
        case Stem: return t.stem == text;
        case Exact: return t.folded == text;
        case Prefix: return t.folded.startsWith(text);
        case Suffix: return t.folded.endsWith(text);
        case Infix: return t.folded.contains(text);
        case Gap: break;
        }
        return false;
    }
};

struct Entry
{
    int theme = ToneOnly; // index in allThemes(), or ToneOnly
    int polarity = 0;
    bool weak = false;       // gives way to another theme's words right after it
    bool ownsNegation = false; // has a negation word in it: nothing more to flip
    bool hasGap = false;
    QVector<Pattern> patterns;
};

struct Lexicon
{
    QString language;
    QString algorithm;
    QVector<Entry> entries;
    QHash<QString, QVector<int>> byFirstStem;
    QHash<QString, QVector<int>> byFirstExact;
    QVector<int> wildcardFirst;
    QSet<QString> negators;
    QSet<QString> negatorsAfter; // Dutch puts "niet" after the verb: "ze belden niet"
    QSet<QString> contrasts;
    int before = 4;
    int after = 0;
    QSet<QString> knownStems;
    QHash<QChar, QVector<QString>> typoTargets; // vocabulary words by first letter
};

struct Candidate
{
    int entry;
    int first;
    int last;
};

} // namespace

struct ThemeTagger::Vocabulary
{
    QVector<Lexicon> lexicons;
    int preferred = 0; // the language a text without any hint is read in

    int indexOf(const QString &language) const
    {
        for (int i = 0; i < lexicons.size(); ++i)
            if (lexicons.at(i).language == language)
                return i;
        return -1;
    }
};

namespace {

[[noreturn]] void fail(const QString &where, const QString &what)
{
    throw ThemeVocabularyError((where + QStringLiteral(": ") + what).toStdString());
}

QStringList stringList(const QJsonValue &value, const QString &where)
{
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(where, QStringLiteral("must be a list of strings"));
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            fail(where, QStringLiteral("must be a list of strings"));
        list << v.toString();
    }
    return list;
}

// "+op tijd", "-te laat", "?netjes", "-kwam .. niet opdagen", "montage*",
// "*tijdvak", "=laat": see resources/reviews/README.md.
Entry compileEntry(const Lexicon &lexicon, QString text, int theme, int polarity,
                   const QString &where)
{
    Entry e;
    e.theme = theme;
    e.polarity = polarity;
    while (!text.isEmpty()) {
        const QChar c = text.at(0);
        if (c == QLatin1Char('+'))
            e.polarity = 1;
        else if (c == QLatin1Char('-'))
            e.polarity = -1;
        else if (c == QLatin1Char('?'))
            e.weak = true;
        else
            break;
        text.remove(0, 1);
    }
    // Split like the text is split: "e-mail", "prijs-kwaliteit" and "10/10"
    // are two words there.
    QStringList words;
    for (const QString &raw : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (raw.startsWith(QLatin1String("..")))
            words << raw;
        else
            words << raw.split(QRegularExpression(QStringLiteral("[-/]")), Qt::SkipEmptyParts);
    }
    for (const QString &raw : std::as_const(words)) {
        Pattern p;
        if (raw == QLatin1String("..") || raw == QLatin1String("...")) {
            p.kind = Pattern::Gap;
            p.maxGap = raw.size() == 2 ? 3 : 6;
            if (e.patterns.isEmpty())
                fail(where, QStringLiteral("'%1' starts with a gap").arg(text));
            e.hasGap = true;
            e.patterns.append(p);
            continue;
        }
        QString w = fold(raw);
        const bool lead = w.startsWith(QLatin1Char('*'));
        const bool trail = w.endsWith(QLatin1Char('*'));
        if (w.startsWith(QLatin1Char('='))) {
            p.kind = Pattern::Exact;
            w.remove(0, 1);
        } else if (lead || trail) {
            p.kind = lead && trail ? Pattern::Infix : lead ? Pattern::Suffix : Pattern::Prefix;
            w.remove(QLatin1Char('*'));
            if (w.size() < 3)
                fail(where, QStringLiteral("'%1': a wildcard needs three letters or more").arg(raw));
        }
        if (w.isEmpty() || w.contains(QLatin1Char('*')) || w.contains(QLatin1Char('=')))
            fail(where, QStringLiteral("'%1' is not a word pattern").arg(raw));
        p.text = p.kind == Pattern::Stem ? stem(lexicon.algorithm, w) : w;
        if (lexicon.negators.contains(w))
            e.ownsNegation = true;
        e.patterns.append(p);
    }
    if (e.patterns.isEmpty())
        fail(where, QStringLiteral("empty entry"));
    if (e.patterns.constLast().kind == Pattern::Gap)
        fail(where, QStringLiteral("'%1' ends with a gap").arg(text));
    return e;
}

void addEntry(Lexicon &lexicon, const Entry &e, const QStringList &words)
{
    const int index = lexicon.entries.size();
    lexicon.entries.append(e);
    const Pattern &first = e.patterns.constFirst();
    if (first.kind == Pattern::Stem)
        lexicon.byFirstStem[first.text].append(index);
    else if (first.kind == Pattern::Exact)
        lexicon.byFirstExact[first.text].append(index);
    else
        lexicon.wildcardFirst.append(index);
    for (const Pattern &p : e.patterns)
        if (p.kind == Pattern::Stem)
            lexicon.knownStems.insert(p.text);
    // Long plain words are the ones worth recognising with a typo in them.
    if (e.patterns.size() == 1 && first.kind == Pattern::Stem)
        for (const QString &w : words)
            if (w.size() >= 6 && !w.contains(QLatin1Char('*')) && !w.startsWith(QLatin1Char('=')))
                lexicon.typoTargets[w.at(0)].append(w);
}

Lexicon loadLexicon(const QString &language, const QJsonObject &object)
{
    const QString where = QStringLiteral("language '%1'").arg(language);
    Lexicon lexicon;
    lexicon.language = language;
    lexicon.algorithm = object.value(QStringLiteral("stemmer")).toString();
    if (lexicon.algorithm.isEmpty())
        fail(where, QStringLiteral("no \"stemmer\" (e.g. \"dutch\", \"english\")"));
    stem(lexicon.algorithm, QStringLiteral("test")); // throws if libstemmer lacks it
    for (const QString &w : stringList(object.value(QStringLiteral("negators")), where))
        lexicon.negators.insert(fold(w));
    for (const QString &w : stringList(object.value(QStringLiteral("negatorsAfter")), where))
        lexicon.negatorsAfter.insert(fold(w));
    for (const QString &w : stringList(object.value(QStringLiteral("contrasts")), where))
        lexicon.contrasts.insert(fold(w));
    const QJsonObject window = object.value(QStringLiteral("negationWindow")).toObject();
    lexicon.before = window.value(QStringLiteral("before")).toInt(4);
    lexicon.after = window.value(QStringLiteral("after")).toInt(0);

    auto addList = [&](const QJsonValue &list, int theme, int polarity, const QString &listWhere) {
        for (const QString &text : stringList(list, listWhere)) {
            const QString w = listWhere + QStringLiteral(", '%1'").arg(text);
            Entry e = compileEntry(lexicon, text, theme, polarity, w);
            if (theme == ToneOnly && e.polarity != polarity)
                fail(w, QStringLiteral("a tone word takes the polarity of its list"));
            QStringList words;
            for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                words << fold(part).remove(QRegularExpression(QStringLiteral("^[+?-]+")));
            addEntry(lexicon, e, words);
        }
    };
    const QJsonObject tone = object.value(QStringLiteral("tone")).toObject();
    addList(tone.value(QStringLiteral("positive")), ToneOnly, 1, where + QStringLiteral(", tone positive"));
    addList(tone.value(QStringLiteral("negative")), ToneOnly, -1, where + QStringLiteral(", tone negative"));
    const QJsonObject themes = object.value(QStringLiteral("themes")).toObject();
    for (auto it = themes.begin(); it != themes.end(); ++it) {
        const auto theme = themeFromKey(it.key());
        if (!theme || *theme == Theme::Other)
            fail(where, QStringLiteral("unknown theme '%1'").arg(it.key()));
        addList(it.value(), int(allThemes().indexOf(*theme)), 0,
                where + QStringLiteral(", theme '%1'").arg(it.key()));
    }
    return lexicon;
}

std::shared_ptr<const ThemeTagger::Vocabulary> parseVocabulary(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        fail(QStringLiteral("vocabulary"), QStringLiteral("JSON error at offset %1: %2")
                                               .arg(error.offset)
                                               .arg(error.errorString()));
    const QJsonObject languages = doc.object().value(QStringLiteral("languages")).toObject();
    if (languages.isEmpty())
        fail(QStringLiteral("vocabulary"), QStringLiteral("no \"languages\""));
    auto vocabulary = std::make_shared<ThemeTagger::Vocabulary>();
    for (auto it = languages.begin(); it != languages.end(); ++it)
        vocabulary->lexicons.append(loadLexicon(it.key(), it.value().toObject()));
    const QString preferred = doc.object().value(QStringLiteral("defaultLanguage")).toString();
    if (!preferred.isEmpty()) {
        vocabulary->preferred = vocabulary->indexOf(preferred);
        if (vocabulary->preferred < 0)
            fail(QStringLiteral("vocabulary"),
                 QStringLiteral("defaultLanguage '%1' is not one of its languages").arg(preferred));
    }
    return vocabulary;
}

std::shared_ptr<const ThemeTagger::Vocabulary> builtInVocabulary()
{
    static const std::shared_ptr<const ThemeTagger::Vocabulary> vocabulary = [] {
        QFile file(QStringLiteral(":/reviews/themes.json"));
        if (!file.open(QIODevice::ReadOnly))
            fail(file.fileName(), QStringLiteral("missing from the resources"));
        return parseVocabulary(file.readAll());
    }();
    return vocabulary;
}

void stemTokens(const Lexicon &lexicon, QVector<Token> &tokens)
{
    for (Token &t : tokens) {
        t.stem = stem(lexicon.algorithm, t.folded);
        if (t.folded.size() < 6 || lexicon.knownStems.contains(t.stem))
            continue;
        // A long word the vocabulary does not know may be one it knows, mistyped.
        for (const QString &target : lexicon.typoTargets.value(t.folded.at(0))) {
            if (withinOneEdit(t.folded, target)) {
                t.folded = target;
                t.stem = stem(lexicon.algorithm, target);
                break;
            }
        }
    }
}

// The last token of `e` matched from token `at` on pattern `p`, or -1. Words
// of a phrase are adjacent without punctuation between them; a gap skips a few
// words within the sentence.
int matchFrom(const Entry &e, int p, int at, const QVector<Token> &tokens)
{
    if (p == e.patterns.size())
        return at - 1;
    const Pattern &pattern = e.patterns.at(p);
    if (pattern.kind == Pattern::Gap) {
        for (int skip = 0; skip <= pattern.maxGap; ++skip) {
            const int t = at + skip;
            if (t >= tokens.size() || (skip > 0 && tokens.at(t).sentenceBefore))
                break;
            if (skip == 0 && tokens.at(t).sentenceBefore)
                break;
            const int last = matchFrom(e, p + 1, t, tokens);
            if (last >= 0)
                return last;
        }
        return -1;
    }
    if (at >= tokens.size())
        return -1;
    const bool gapBefore = p > 0 && e.patterns.at(p - 1).kind == Pattern::Gap;
    if (p > 0 && (gapBefore ? tokens.at(at).sentenceBefore : tokens.at(at).clauseBefore))
        return -1;
    if (!pattern.matches(tokens.at(at)))
        return -1;
    return matchFrom(e, p + 1, at + 1, tokens);
}

bool negatedAt(const Lexicon &lexicon, const Entry &e, const Candidate &c,
               const QVector<Token> &tokens)
{
    if (e.ownsNegation)
        return false;
    for (int t = c.first + 1; t < c.last; ++t)
        if (lexicon.negators.contains(tokens.at(t).folded))
            return true;
    // Back to the start of the clause or a "but", at most `before` words.
    for (int t = c.first - 1, seen = 0; t >= 0 && seen < lexicon.before; --t, ++seen) {
        if (tokens.at(t + 1).clauseBefore || lexicon.contrasts.contains(tokens.at(t).folded))
            break;
        if (lexicon.negators.contains(tokens.at(t).folded))
            return true;
    }
    // Only a theme's words take a negation after them: "vriendelijk niet" is
    // not how anyone writes, "helaas niet op tijd" negates the punctuality.
    if (e.theme == ToneOnly)
        return false;
    for (int t = c.last + 1; t <= c.last + lexicon.after && t < tokens.size(); ++t) {
        if (tokens.at(t).clauseBefore)
            break;
        if (lexicon.negatorsAfter.contains(tokens.at(t).folded))
            return true;
    }
    return false;
}

bool overlaps(const Candidate &a, const Candidate &b)
{
    return a.first <= b.last && b.first <= a.last;
}

} // namespace

ThemeTagger::ThemeTagger()
    : m_vocabulary(builtInVocabulary())
{
}

ThemeTagger::ThemeTagger(const QByteArray &vocabularyJson)
    : m_vocabulary(parseVocabulary(vocabularyJson))
{
}

ThemeTagger::~ThemeTagger() = default;
ThemeTagger::ThemeTagger(const ThemeTagger &) = default;
ThemeTagger &ThemeTagger::operator=(const ThemeTagger &) = default;

QStringList ThemeTagger::languages() const
{
    QStringList list;
    for (const Lexicon &l : m_vocabulary->lexicons)
        list << l.language;
    return list;
}

ThemeTagging ThemeTagger::tag(const QString &text, const QString &language,
                              std::optional<int> score) const
{
    int lexicon = m_vocabulary->indexOf(language.isEmpty() ? LanguageGuess::guess(text) : language);
    if (lexicon >= 0 || m_vocabulary->lexicons.size() < 2)
        return tagIn(text, qMax(lexicon, 0), score);
    // No hint from the function words: the language whose vocabulary finds
    // more wins, the default language on a tie.
    ThemeTagging best = tagIn(text, m_vocabulary->preferred, score);
    for (int i = 0; i < m_vocabulary->lexicons.size(); ++i) {
        if (i == m_vocabulary->preferred)
            continue;
        ThemeTagging t = tagIn(text, i, score);
        if (t.hits.size() > best.hits.size())
            best = t;
    }
    return best;
}

ThemeTagging ThemeTagger::tagIn(const QString &text, int lexiconIndex,
                                std::optional<int> score) const
{
    const Lexicon &lexicon = m_vocabulary->lexicons.at(lexiconIndex);
    QVector<Token> tokens = tokenize(text);
    stemTokens(lexicon, tokens);

    QVector<Candidate> candidates;
    auto tryEntry = [&](int entry, int at) {
        const int last = matchFrom(lexicon.entries.at(entry), 0, at, tokens);
        if (last >= 0)
            candidates.append({entry, at, last});
    };
    for (int at = 0; at < tokens.size(); ++at) {
        for (int entry : lexicon.byFirstStem.value(tokens.at(at).stem))
            tryEntry(entry, at);
        for (int entry : lexicon.byFirstExact.value(tokens.at(at).folded))
            tryEntry(entry, at);
        for (int entry : lexicon.wildcardFirst)
            tryEntry(entry, at);
    }

    // Longest first: within a theme (and among tone words) a longer phrase
    // hides the shorter ones inside it; different themes may share words.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         return a.last - a.first > b.last - b.first;
                     });
    QVector<Candidate> kept;
    for (const Candidate &c : candidates) {
        const Entry &e = lexicon.entries.at(c.entry);
        bool hidden = false;
        for (const Candidate &k : std::as_const(kept)) {
            const Entry &ke = lexicon.entries.at(k.entry);
            if (!overlaps(c, k))
                continue;
            // A tone word inside a theme's words adds nothing, and a fixed
            // phrase ("customer care") hides the other themes' words in it.
            const bool inside = k.first <= c.first && c.last <= k.last;
            if (ke.theme == e.theme || (e.theme == ToneOnly && ke.polarity != 0) ||
                (inside && !ke.hasGap && e.theme != ToneOnly && k.last > k.first)) {
                hidden = true;
                break;
            }
        }
        if (!hidden)
            kept.append(c);
    }
    // A weak word ("netjes", "keurig", "properly") says how something else was
    // done when another theme's words follow it or surround it.
    QVector<Candidate> hits;
    for (const Candidate &c : std::as_const(kept)) {
        const Entry &e = lexicon.entries.at(c.entry);
        bool yields = false;
        if (e.weak) {
            for (const Candidate &k : std::as_const(kept)) {
                const Entry &ke = lexicon.entries.at(k.entry);
                if (ke.theme == e.theme || ke.theme == ToneOnly || &k == &c)
                    continue;
                const bool follows = k.first > c.last && k.first <= c.last + 2 &&
                                     !tokens.at(k.first).sentenceBefore;
                const bool precedes = k.last + 1 == c.first && !tokens.at(c.first).clauseBefore;
                if (overlaps(c, k) || follows || precedes) {
                    yields = true;
                    break;
                }
            }
        }
        if (!yields)
            hits.append(c);
    }
    std::sort(hits.begin(), hits.end(), [](const Candidate &a, const Candidate &b) {
        return a.first != b.first ? a.first < b.first : a.last < b.last;
    });

    ThemeTagging result;
    result.language = lexicon.language;
    QSet<int> found;
    int positive = 0, negative = 0;
    for (const Candidate &c : std::as_const(hits)) {
        const Entry &e = lexicon.entries.at(c.entry);
        ThemeHit hit;
        hit.theme = e.theme == ToneOnly ? Theme::Other : allThemes().at(e.theme);
        hit.negated = negatedAt(lexicon, e, c, tokens);
        // A negated mention is a complaint about its absence: "geen bericht",
        // "no explanation", "montage niet uitgevoerd".
        hit.polarity = hit.negated ? (e.polarity == 0 ? -1 : -e.polarity) : e.polarity;
        hit.start = tokens.at(c.first).start;
        hit.length = tokens.at(c.last).end - hit.start;
        result.hits.append(hit);
        if (e.theme != ToneOnly)
            found.insert(e.theme);
        positive += hit.polarity > 0;
        negative += hit.polarity < 0;
    }
    for (int i = 0; i < allThemes().size(); ++i)
        if (found.contains(i))
            result.themes.append(allThemes().at(i));
    if (result.themes.isEmpty())
        result.themes.append(Theme::Other);
    result.tone = toneOf(positive, negative, score);
    return result;
}
