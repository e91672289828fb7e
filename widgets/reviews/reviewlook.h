#pragma once

#include "reviews/reviewtypes.h"

#include <QColor>
#include <QString>
#include <QVector>

class QLabel;
class QLayout;
class QWidget;

// The one look of the Reviews workspace: band colours, theme colours, chips
// and score badges, shared by the inbox, the card and the wall.
namespace ReviewLook {

QColor bandColor(Reviews::ScoreBand band);
QColor scoreColor(int score);
// A light background for a theme's chip and for its words in a comment.
QColor themeColor(const QString &themeKey);
QColor toneColor(const QString &toneKey);
QString themeText(const QString &themeKey);
QString toneText(const QString &toneKey);

// A rounded label with white text on `color` (a score badge or a chip).
QLabel *badge(const QString &text, const QColor &color, QWidget *parent, int pointSizeDelta = 0);
QLabel *chip(const QString &text, const QColor &background, QWidget *parent);

// The comment as HTML with runs highlighted: `themeRuns` (start, length,
// theme key) get the theme's background, `searchRuns` are underlined and
// bold. Ranges are UTF-16 positions; overlaps are merged.
struct Run
{
    int start = 0;
    int length = 0;
    QString themeKey; // empty: a search match
};
QString highlightedHtml(const QString &text, const QVector<Run> &runs);

// A bold title over a section of the card, with a rule under it.
QLabel *sectionTitle(const QString &text, QWidget *parent);
// Empties a layout: its widgets leave the window at once and are deleted
// when control returns (a button may be deleting itself from its own click).
void clearLayout(QLayout *layout);

// Date and time in the company's zone, short form of the locale.
QString dateTime(qint64 ms);
QString date(qint64 ms);

} // namespace ReviewLook
