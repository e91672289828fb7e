// bench-themes [--vocabulary FILE.json] [--misses [--explain]] [FILE.tsv]: how well the
// review theme tagger finds the themes of a labelled set (precision and recall per theme, micro
// averages over the nine themes, tone and language accuracy) and how fast it tags.
// Without FILE: the tuning set (labelled.tsv), the held-out set (heldout.tsv,
// never used to tune the vocabulary) and the fresh sets (fresh.tsv, fresh2.tsv
// and fresh3.tsv, written apart from the vocabulary; fresh3 never tuned on)
// from the source tree.
// --vocabulary measures another vocabulary than the built-in one (an edited
// copy of resources/reviews/themes.json) without rebuilding.

#include "labelledset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printTable(const ThemeTagger &tagger, const QString &title, const QVector<LabelledReview> &set,
                const LabelledScore &s, bool misses, bool explain)
{
    out() << "== " << title << " (" << s.texts << " texts)\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("theme"), -14)
                 .arg(QStringLiteral("labelled"), 8)
                 .arg(QStringLiteral("found"), 6)
                 .arg(QStringLiteral("right"), 6)
                 .arg(QStringLiteral("precision"), 9)
                 .arg(QStringLiteral("recall"), 7);
    for (ReviewThemes::Theme theme : ReviewThemes::allThemes()) {
        const QString key = ReviewThemes::themeKey(theme);
        const ThemeCounts c = s.perTheme.value(key);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(key, -14)
                     .arg(c.truePositives + c.falseNegatives, 8)
                     .arg(c.truePositives + c.falsePositives, 6)
                     .arg(c.truePositives, 6)
                     .arg(c.precision(), 9, 'f', 3)
                     .arg(c.recall(), 7, 'f', 3);
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("micro (9)"), -14)
                 .arg(s.micro.truePositives + s.micro.falseNegatives, 8)
                 .arg(s.micro.truePositives + s.micro.falsePositives, 6)
                 .arg(s.micro.truePositives, 6)
                 .arg(s.micro.precision(), 9, 'f', 3)
                 .arg(s.micro.recall(), 7, 'f', 3);
    out() << QStringLiteral("tone accuracy %1, language accuracy %2\n")
                 .arg(s.toneAccuracy(), 0, 'f', 3)
                 .arg(s.languageAccuracy(), 0, 'f', 3);
    if (misses)
        for (const QString &m : s.misses)
            out() << "  " << m << '\n';
    if (misses && explain) {
        for (const LabelledReview &r : set) {
            const ThemeTagging t = tagger.tag(r.text);
            out() << "  line " << r.line << ':';
            for (const ThemeHit &h : t.hits)
                out() << ' ' << ReviewThemes::themeKey(h.theme) << '[' << r.text.mid(h.start, h.length)
                      << ']' << (h.polarity > 0 ? "+" : h.polarity < 0 ? "-" : "0")
                      << (h.negated ? "!" : "");
            out() << '\n';
        }
    }
    out() << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool misses = args.removeAll(QStringLiteral("--misses")) > 0;
    const bool explain = args.removeAll(QStringLiteral("--explain")) > 0;
    QString vocabularyFile;
    const int vocabularyAt = args.indexOf(QStringLiteral("--vocabulary"));
    if (vocabularyAt >= 0 && vocabularyAt + 1 < args.size()) {
        vocabularyFile = args.at(vocabularyAt + 1);
        args.remove(vocabularyAt, 2);
    }
    if (args.size() > 1 || (!args.isEmpty() && args.first().startsWith(QLatin1Char('-')))) {
        QTextStream(stderr)
            << "usage: bench-themes [--vocabulary FILE.json] [--misses [--explain]] [FILE.tsv]\n";
        return 2;
    }
    const QString dataDir = QStringLiteral(VOORZET_THEMES_DATA_DIR);
    const QString mainFile = args.isEmpty() ? dataDir + QStringLiteral("/labelled.tsv") : args.first();

    QString error;
    const QVector<LabelledReview> labelled = readLabelledSet(mainFile, &error);
    QVector<LabelledReview> heldout, fresh, fresh2, fresh3;
    if (error.isEmpty() && args.isEmpty())
        heldout = readLabelledSet(dataDir + QStringLiteral("/heldout.tsv"), &error);
    if (error.isEmpty() && args.isEmpty())
        fresh = readLabelledSet(dataDir + QStringLiteral("/fresh.tsv"), &error);
    if (error.isEmpty() && args.isEmpty())
        fresh2 = readLabelledSet(dataDir + QStringLiteral("/fresh2.tsv"), &error);
    if (error.isEmpty() && args.isEmpty())
        fresh3 = readLabelledSet(dataDir + QStringLiteral("/fresh3.tsv"), &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }

    std::unique_ptr<ThemeTagger> custom;
    if (!vocabularyFile.isEmpty()) {
        QFile file(vocabularyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "cannot read " << vocabularyFile << '\n';
            return 1;
        }
        try {
            custom = std::make_unique<ThemeTagger>(file.readAll());
        } catch (const std::exception &e) {
            QTextStream(stderr) << vocabularyFile << ": " << e.what() << '\n';
            return 1;
        }
    }
    const ThemeTagger builtIn;
    const ThemeTagger &tagger = custom ? *custom : builtIn;
    const LabelledScore main = scoreLabelledSet(tagger, labelled);
    printTable(tagger, mainFile, labelled, main, misses, explain);
    LabelledScore held;
    if (!heldout.isEmpty()) {
        held = scoreLabelledSet(tagger, heldout);
        // Its misses are never printed: this set only measures.
        printTable(tagger, dataDir + QStringLiteral("/heldout.tsv (never tuned on)"), heldout, held,
                   false, false);
    }
    // Customers' own wording, written without looking at the vocabulary
    // (fresh2.tsv was measured first, then used to widen the vocabulary; its
    // misses are printed with it as FILE).
    LabelledScore freshScore, fresh2Score, fresh3Score;
    if (!fresh.isEmpty()) {
        freshScore = scoreLabelledSet(tagger, fresh);
        printTable(tagger, dataDir + QStringLiteral("/fresh.tsv"), fresh, freshScore, false, false);
    }
    if (!fresh2.isEmpty()) {
        fresh2Score = scoreLabelledSet(tagger, fresh2);
        printTable(tagger, dataDir + QStringLiteral("/fresh2.tsv"), fresh2, fresh2Score, false,
                   false);
    }
    if (!fresh3.isEmpty()) {
        fresh3Score = scoreLabelledSet(tagger, fresh3);
        printTable(tagger, dataDir + QStringLiteral("/fresh3.tsv (never tuned on)"), fresh3,
                   fresh3Score, false, false);
    }

    // Throughput: every text of both sets, over and over for about a second.
    QVector<QString> texts;
    for (const LabelledReview &r : labelled + heldout)
        texts << r.text;
    QElapsedTimer timer;
    timer.start();
    qint64 tagged = 0;
    int themesSeen = 0;
    while (timer.elapsed() < 1000 && !texts.isEmpty())
        for (const QString &t : std::as_const(texts)) {
            themesSeen += tagger.tag(t).themes.size();
            ++tagged;
        }
    const double seconds = qMax<qint64>(timer.nsecsElapsed(), 1) / 1e9;
    const double perSecond = tagged / seconds;
    out() << QStringLiteral("throughput: %1 texts in %2 s (%3 themes)\n")
                 .arg(tagged)
                 .arg(seconds, 0, 'f', 2)
                 .arg(themesSeen);

    QString last = QStringLiteral("precision=%1 recall=%2 tone_accuracy=%3")
                       .arg(main.micro.precision(), 0, 'f', 3)
                       .arg(main.micro.recall(), 0, 'f', 3)
                       .arg(main.toneAccuracy(), 0, 'f', 3);
    if (!heldout.isEmpty())
        last += QStringLiteral(" heldout_precision=%1 heldout_recall=%2 heldout_tone_accuracy=%3")
                    .arg(held.micro.precision(), 0, 'f', 3)
                    .arg(held.micro.recall(), 0, 'f', 3)
                    .arg(held.toneAccuracy(), 0, 'f', 3);
    if (!fresh.isEmpty())
        last += QStringLiteral(" fresh_precision=%1 fresh_recall=%2")
                    .arg(freshScore.micro.precision(), 0, 'f', 3)
                    .arg(freshScore.micro.recall(), 0, 'f', 3);
    if (!fresh2.isEmpty())
        last += QStringLiteral(" fresh2_precision=%1 fresh2_recall=%2 fresh2_tone_accuracy=%3")
                    .arg(fresh2Score.micro.precision(), 0, 'f', 3)
                    .arg(fresh2Score.micro.recall(), 0, 'f', 3)
                    .arg(fresh2Score.toneAccuracy(), 0, 'f', 3);
    if (!fresh3.isEmpty())
        last += QStringLiteral(" fresh3_precision=%1 fresh3_recall=%2 fresh3_tone_accuracy=%3")
                    .arg(fresh3Score.micro.precision(), 0, 'f', 3)
                    .arg(fresh3Score.micro.recall(), 0, 'f', 3)
                    .arg(fresh3Score.toneAccuracy(), 0, 'f', 3);
    last += QStringLiteral(" texts_per_s=%1").arg(qRound64(perSecond));
    out() << last << '\n';
    out().flush();
    return 0;
}
