#include "languageguess.h"

#include <QSet>
#include <QStringList>

namespace {

// Short, frequent words that (almost) only occur in one of the two languages.
// Words both share ("is", "in", "was", "we") carry no weight.
const QSet<QString> &dutchWords()
{
    static const QSet<QString> words = {
        QStringLiteral("de"),      QStringLiteral("het"),     QStringLiteral("een"),
        QStringLiteral("en"),      QStringLiteral("niet"),    QStringLiteral("op"),
        QStringLiteral("te"),      QStringLiteral("van"),     QStringLiteral("ze"),
        QStringLiteral("zij"),     QStringLiteral("met"),     QStringLiteral("dat"),
        QStringLiteral("die"),     QStringLiteral("maar"),    QStringLiteral("heel"),
        QStringLiteral("zeer"),    QStringLiteral("wel"),     QStringLiteral("geen"),
        QStringLiteral("ook"),     QStringLiteral("er"),      QStringLiteral("voor"),
        QStringLiteral("naar"),    QStringLiteral("bij"),     QStringLiteral("om"),
        QStringLiteral("aan"),     QStringLiteral("nog"),     QStringLiteral("zijn"),
        QStringLiteral("hebben"),  QStringLiteral("waren"),   QStringLiteral("erg"),
        QStringLiteral("echt"),    QStringLiteral("keurig"),  QStringLiteral("netjes"),
        QStringLiteral("ik"),      QStringLiteral("mijn"),    QStringLiteral("wij"),
        QStringLiteral("jullie"),  QStringLiteral("hij"),     QStringLiteral("uur"),
        QStringLiteral("alles"),   QStringLiteral("goed"),    QStringLiteral("tijd"),
        QStringLiteral("bedankt"), QStringLiteral("dank"),    QStringLiteral("prima"),
        QStringLiteral("hele"),    QStringLiteral("ging"),    QStringLiteral("kwamen"),
        QStringLiteral("heeft"),     QStringLiteral("kon"),
        QStringLiteral("werd"),    QStringLiteral("dan"),     QStringLiteral("als"),
        QStringLiteral("nooit"),   QStringLiteral("mee"),
        QStringLiteral("jongens"), QStringLiteral("helaas"),  QStringLiteral("jammer"),
        QStringLiteral("bezorgd"), QStringLiteral("geleverd"), QStringLiteral("vriendelijk"),
        QStringLiteral("vriendelijke"),
    };
    return words;
}

const QSet<QString> &englishWords()
{
    static const QSet<QString> words = {
        QStringLiteral("the"),     QStringLiteral("a"),       QStringLiteral("and"),
        QStringLiteral("not"),     QStringLiteral("on"),      QStringLiteral("to"),
        QStringLiteral("of"),      QStringLiteral("they"),    QStringLiteral("with"),
        QStringLiteral("that"),    QStringLiteral("but"),     QStringLiteral("very"),
        QStringLiteral("no"),      QStringLiteral("also"),    QStringLiteral("there"),
        QStringLiteral("for"),     QStringLiteral("at"),      QStringLiteral("it"),
        QStringLiteral("were"),    QStringLiteral("have"),    QStringLiteral("i"),
        QStringLiteral("my"),      QStringLiteral("really"),  QStringLiteral("time"),
        QStringLiteral("great"),   QStringLiteral("thanks"),  QStringLiteral("thank"),
        QStringLiteral("you"),     QStringLiteral("was"),     QStringLiteral("all"),
        QStringLiteral("good"),    QStringLiteral("just"),    QStringLiteral("didn't"),
        QStringLiteral("didnt"),   QStringLiteral("wasn't"),  QStringLiteral("never"),
        QStringLiteral("he"),      QStringLiteral("she"),     QStringLiteral("our"),
        QStringLiteral("up"),      QStringLiteral("by"),      QStringLiteral("an"),
        QStringLiteral("be"),      QStringLiteral("got"),
        QStringLiteral("too"),     QStringLiteral("so"),      QStringLiteral("this"),
        QStringLiteral("late"),    QStringLiteral("friendly"), QStringLiteral("delivery"),
        QStringLiteral("delivered"), QStringLiteral("nice"),  QStringLiteral("guys"),
        QStringLiteral("excellent"), QStringLiteral("would"), QStringLiteral("could"),
        QStringLiteral("old"),     QStringLiteral("from"),    QStringLiteral("when"),
        QStringLiteral("what"),    QStringLiteral("which"),   QStringLiteral("their"),
        QStringLiteral("them"),    QStringLiteral("it's"),    QStringLiteral("i'm"),
    };
    return words;
}

} // namespace

namespace LanguageGuess {

Scores score(const QString &text)
{
    Scores result;
    QString word;
    auto take = [&]() {
        if (word.isEmpty())
            return;
        if (dutchWords().contains(word))
            ++result.dutch;
        else if (englishWords().contains(word))
            ++result.english;
        // "ij" is the one spelling that gives Dutch away in almost any word.
        else if (word.contains(QLatin1String("ij")))
            ++result.dutch;
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter() || c == QLatin1Char('\'') || c == QChar(0x2019))
            word.append(c == QChar(0x2019) ? QLatin1Char('\'') : c.toLower());
        else
            take();
    }
    take();
    return result;
}

QString guess(const QString &text)
{
    const Scores s = score(text);
    if (s.dutch > s.english)
        return QStringLiteral("nl");
    if (s.english > s.dutch)
        return QStringLiteral("en");
    return {};
}

} // namespace LanguageGuess
