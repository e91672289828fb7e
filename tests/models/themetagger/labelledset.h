#pragma once

// Reads the tagger's labelled review sets (lang <TAB> themes <TAB> tone <TAB>
// text; themes comma-separated; lines starting with # are comments) and
// scores a ThemeTagger on them. Shared by tst_themetagger and bench-themes.

#include "reviews/themetagger.h"

#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVector>

struct LabelledReview
{
    int line = 0;
    QString language;
    QStringList themes;
    QString tone;
    QString text;
};

inline QVector<LabelledReview> readLabelledSet(const QString &path, QString *error)
{
    QVector<LabelledReview> set;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QTextStream in(&file);
    int number = 0;
    QString line;
    while (in.readLineInto(&line)) {
        ++number;
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 4) {
            *error = QStringLiteral("%1:%2: expected 4 tab-separated fields, found %3")
                         .arg(path)
                         .arg(number)
                         .arg(fields.size());
            return {};
        }
        LabelledReview r;
        r.line = number;
        r.language = fields.at(0).trimmed();
        r.themes = fields.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &t : r.themes) {
            t = t.trimmed();
            if (!ReviewThemes::themeFromKey(t)) {
                *error = QStringLiteral("%1:%2: unknown theme '%3'").arg(path).arg(number).arg(t);
                return {};
            }
        }
        r.tone = fields.at(2).trimmed();
        if (!ReviewThemes::toneFromKey(r.tone)) {
            *error = QStringLiteral("%1:%2: unknown tone '%3'").arg(path).arg(number).arg(r.tone);
            return {};
        }
        r.text = fields.at(3);
        set.append(r);
    }
    return set;
}

struct ThemeCounts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const
    {
        const int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : double(truePositives) / found;
    }
    double recall() const
    {
        const int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : double(truePositives) / expected;
    }
};

struct LabelledScore
{
    QHash<QString, ThemeCounts> perTheme; // every theme key, "other" included
    ThemeCounts micro;                    // the nine real themes ("other" left out)
    int texts = 0;
    int toneRight = 0;
    int languageRight = 0;
    QStringList misses; // one line per text tagged differently from its label

    double toneAccuracy() const { return texts ? double(toneRight) / texts : 0; }
    double languageAccuracy() const { return texts ? double(languageRight) / texts : 0; }
};

// The language is left to the tagger to guess, as for a review that arrives
// without one.
inline LabelledScore scoreLabelledSet(const ThemeTagger &tagger,
                                      const QVector<LabelledReview> &set)
{
    LabelledScore score;
    for (const LabelledReview &r : set) {
        const ThemeTagging t = tagger.tag(r.text);
        const QStringList found = t.themeKeys();
        ++score.texts;
        score.toneRight += t.toneKey() == r.tone;
        score.languageRight += t.language == r.language;
        for (ReviewThemes::Theme theme : ReviewThemes::allThemes()) {
            const QString key = ReviewThemes::themeKey(theme);
            const bool want = r.themes.contains(key);
            const bool got = found.contains(key);
            ThemeCounts &c = score.perTheme[key];
            c.truePositives += want && got;
            c.falsePositives += got && !want;
            c.falseNegatives += want && !got;
            if (theme == ReviewThemes::Theme::Other)
                continue;
            score.micro.truePositives += want && got;
            score.micro.falsePositives += got && !want;
            score.micro.falseNegatives += want && !got;
        }
        QStringList sortedWant = r.themes;
        std::sort(sortedWant.begin(), sortedWant.end());
        QStringList sortedGot = found;
        std::sort(sortedGot.begin(), sortedGot.end());
        if (sortedWant != sortedGot || t.toneKey() != r.tone)
            score.misses << QStringLiteral("line %1: want %2/%3, got %4/%5: %6")
                                .arg(r.line)
                                .arg(r.themes.join(QLatin1Char(',')), r.tone,
                                     found.join(QLatin1Char(',')), t.toneKey(), r.text);
    }
    return score;
}
