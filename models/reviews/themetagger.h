#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>
#include <stdexcept>

// What a review comment is about (its themes) and how it sounds (its tone),
// found with a Snowball stemmer and a vocabulary of stems and phrases per
// language and theme (resources/reviews/themes.json).
namespace ReviewThemes {

enum class Theme {
    Punctuality,
    Friendliness,
    Care,
    Damage,
    Installation,
    TakeBack,
    Communication,
    WrongProduct,
    Price,
    Other // no theme found
};

enum class Tone { Positive, Negative, Mixed };

const QVector<Theme> &allThemes(); // in output order, Other last
QString themeKey(Theme theme);     // "punctuality", ..., "take_back", ..., "other"
std::optional<Theme> themeFromKey(const QString &key);
QString themeText(Theme theme); // translated

QString toneKey(Tone tone); // "positive", "negative", "mixed"
std::optional<Tone> toneFromKey(const QString &key);
QString toneText(Tone tone); // translated

// The tone of a text with `positive` and `negative` words in it, leaning on the
// score (0-10) where the words say nothing or one thing only: words both ways
// are mixed; one way, unless a score of the other band contradicts them (then
// mixed); no words, the score's band (9-10 positive, 0-6 negative, 7-8 and no
// score mixed).
Tone toneOf(int positive, int negative, std::optional<int> score);

} // namespace ReviewThemes

// A run of words in the text that triggered a theme or carries tone.
struct ThemeHit
{
    ReviewThemes::Theme theme = ReviewThemes::Theme::Other; // Other: tone only
    int polarity = 0;     // +1 praise, -1 complaint, 0 neither (after negation)
    bool negated = false; // a negation nearby flipped the polarity
    int start = 0;        // UTF-16 position in the original text
    int length = 0;
};

struct ThemeTagging
{
    QString language; // "nl" or "en": given, or guessed from the text
    QVector<ReviewThemes::Theme> themes; // in allThemes() order; {Other} when none
    ReviewThemes::Tone tone = ReviewThemes::Tone::Mixed;
    QVector<ThemeHit> hits; // theme and tone words, in text order

    QStringList themeKeys() const;
    QString toneKey() const;
    bool has(ReviewThemes::Theme theme) const { return themes.contains(theme); }
    // [start, start + length) of every hit of `theme`, for highlighting.
    QVector<QPair<int, int>> rangesOf(ReviewThemes::Theme theme) const;
};

// A vocabulary file that cannot be used; the message names the language, the
// list and the entry.
class ThemeVocabularyError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Tags review comments. Copies share one read-only vocabulary, and tag() may be
// called from several threads at once (each thread gets its own stemmers).
class ThemeTagger
{
public:
    // The built-in vocabulary (:/reviews/themes.json).
    ThemeTagger();
    // A vocabulary in the same JSON format; throws ThemeVocabularyError.
    explicit ThemeTagger(const QByteArray &vocabularyJson);
    ~ThemeTagger();
    ThemeTagger(const ThemeTagger &);
    ThemeTagger &operator=(const ThemeTagger &);

    // `language` "nl" or "en"; empty to guess it from the text (when the words
    // give no hint, the vocabulary that finds more decides, the vocabulary's
    // defaultLanguage on a tie). `score` is the review's 0-10 score where known.
    ThemeTagging tag(const QString &text, const QString &language = {},
                     std::optional<int> score = std::nullopt) const;

    QStringList languages() const;

    struct Vocabulary;

private:
    ThemeTagging tagIn(const QString &text, int lexicon, std::optional<int> score) const;

    std::shared_ptr<const Vocabulary> m_vocabulary;
};
