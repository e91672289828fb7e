#include "reviewthemescommand.h"

#include "clisupport.h"

#include "reviews/themetagger.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QByteArray taggingJson(const QString &text, const ThemeTagging &tagging, bool withHits)
{
    QJsonObject object;
    object.insert(QStringLiteral("themes"), QJsonArray::fromStringList(tagging.themeKeys()));
    object.insert(QStringLiteral("tone"), tagging.toneKey());
    if (withHits) {
        object.insert(QStringLiteral("language"), tagging.language);
        QJsonArray hits;
        for (const ThemeHit &h : tagging.hits) {
            QJsonObject hit;
            hit.insert(QStringLiteral("theme"), h.theme == ReviewThemes::Theme::Other
                                                    ? QJsonValue()
                                                    : QJsonValue(ReviewThemes::themeKey(h.theme)));
            hit.insert(QStringLiteral("start"), h.start);
            hit.insert(QStringLiteral("length"), h.length);
            hit.insert(QStringLiteral("text"), text.mid(h.start, h.length));
            hit.insert(QStringLiteral("polarity"), h.polarity);
            hit.insert(QStringLiteral("negated"), h.negated);
            hits.append(hit);
        }
        object.insert(QStringLiteral("hits"), hits);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

int runReviewThemes(const QStringList &args, QTextStream &in, QTextStream &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the themes and the tone of a review comment as JSON. With '-', reads one "
           "comment per line from standard input and prints one JSON line for each."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The comment's language, nl or en (default: guessed)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption score(QStringLiteral("score"),
                                   tr("The review's score, 0-10, to weigh in on the tone."),
                                   QStringLiteral("N"));
    const QCommandLineOption hits(QStringLiteral("hits"),
                                  tr("Also print the language and the words that triggered each "
                                     "theme (start and length in UTF-16 positions)."));
    parser.addOptions({lang, score, hits});
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The comment, or - for stdin."));
    if (auto code = Cli::parse(parser, args))
        return *code;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return Cli::usageError(parser, tr("give the comment to tag, or - to read standard input"));
    const QString language = parser.value(lang);
    if (!language.isEmpty() && language != QLatin1String("nl") && language != QLatin1String("en"))
        return Cli::usageError(parser, tr("--lang must be nl or en"));
    std::optional<int> givenScore;
    if (parser.isSet(score)) {
        bool ok = false;
        const int value = parser.value(score).toInt(&ok);
        if (!ok || value < 0 || value > 10)
            return Cli::usageError(parser, tr("--score must be a whole number from 0 to 10"));
        givenScore = value;
    }
    const bool withHits = parser.isSet(hits);

    try {
        const ThemeTagger tagger;
        if (words == QStringList{QStringLiteral("-")}) {
            in.setEncoding(QStringConverter::Utf8);
            QString line;
            while (in.readLineInto(&line)) {
                if (line.endsWith(QLatin1Char('\r')))
                    line.chop(1);
                out << taggingJson(line, tagger.tag(line, language, givenScore), withHits) << '\n';
            }
        } else {
            // Unquoted words are one comment: "reviews themes op tijd" tags "op tijd".
            const QString text = words.join(QLatin1Char(' '));
            out << taggingJson(text, tagger.tag(text, language, givenScore), withHits) << '\n';
        }
    } catch (const ThemeVocabularyError &e) {
        Cli::err() << tr("error: %1").arg(QString::fromStdString(e.what())) << '\n';
        return Cli::Failed;
    }
    out.flush();
    return Cli::Ok;
}

int runReviewThemesCommand(const QStringList &args)
{
    QTextStream in(stdin);
    return runReviewThemes(args, in, Cli::out());
}
