#include "reviewlook.h"

#include "core/timeformat.h"
#include "reviews/themetagger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace ReviewLook {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("QLabel { border-bottom: 1px solid palette(mid);"
                                        " padding-top: 8px; padding-bottom: 2px; }"));
    return label;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        } else if (QLayout *child = item->layout()) {
            clearLayout(child);
        }
        delete item;
    }
}

QColor bandColor(Reviews::ScoreBand band)
{
    switch (band) {
    case Reviews::ScoreBand::Detractor:
        return QColor(0xC6, 0x28, 0x28);
    case Reviews::ScoreBand::Passive:
        return QColor(0xE0, 0x8A, 0x00);
    case Reviews::ScoreBand::Promoter:
        return QColor(0x2E, 0x7D, 0x32);
    case Reviews::ScoreBand::Any:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor scoreColor(int score)
{
    return bandColor(Reviews::bandOf(score));
}

QColor themeColor(const QString &themeKey)
{
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("punctuality"), QColor(0xBB, 0xDE, 0xFB)},
        {QStringLiteral("friendliness"), QColor(0xC8, 0xE6, 0xC9)},
        {QStringLiteral("care"), QColor(0xDC, 0xED, 0xC8)},
        {QStringLiteral("damage"), QColor(0xFF, 0xCD, 0xD2)},
        {QStringLiteral("installation"), QColor(0xD1, 0xC4, 0xE9)},
        {QStringLiteral("take_back"), QColor(0xB2, 0xEB, 0xF2)},
        {QStringLiteral("communication"), QColor(0xFF, 0xE0, 0xB2)},
        {QStringLiteral("wrong_product"), QColor(0xF8, 0xBB, 0xD0)},
        {QStringLiteral("price"), QColor(0xFF, 0xF9, 0xC4)},
    };
    return colors.value(themeKey, QColor(0xE0, 0xE0, 0xE0));
}

QColor toneColor(const QString &toneKey)
{
    if (toneKey == QLatin1String("positive"))
        return QColor(0x2E, 0x7D, 0x32);
    if (toneKey == QLatin1String("negative"))
        return QColor(0xC6, 0x28, 0x28);
    return QColor(0x6D, 0x6D, 0x6D);
}

QString themeText(const QString &themeKey)
{
    const auto theme = ReviewThemes::themeFromKey(themeKey);
    return theme ? ReviewThemes::themeText(*theme) : themeKey;
}

QString toneText(const QString &toneKey)
{
    const auto tone = ReviewThemes::toneFromKey(toneKey);
    return tone ? ReviewThemes::toneText(*tone) : toneKey;
}

QLabel *badge(const QString &text, const QColor &color, QWidget *parent, int pointSizeDelta)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    QFont font = label->font();
    font.setBold(true);
    if (pointSizeDelta != 0 && font.pointSize() > 0)
        font.setPointSize(font.pointSize() + pointSizeDelta);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 6px;"
                                        " padding: 4px 10px; }")
                             .arg(color.name()));
    return label;
}

QLabel *chip(const QString &text, const QColor &background, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    const QColor fg = background.lightness() > 150 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px;"
                                        " padding: 2px 9px; }")
                             .arg(background.name(), fg.name()));
    return label;
}

QString highlightedHtml(const QString &text, const QVector<Run> &runs)
{
    // Per character: the theme colour (first theme wins) and whether a search
    // word covers it; then emit spans where either changes.
    const int n = int(text.size());
    QVector<int> theme(n, -1);
    QVector<bool> search(n, false);
    QStringList keys;
    for (const Run &run : runs) {
        const int start = std::clamp(run.start, 0, n);
        const int end = std::clamp(run.start + run.length, 0, n);
        int key = -1;
        if (!run.themeKey.isEmpty()) {
            key = int(keys.indexOf(run.themeKey));
            if (key < 0) {
                keys.append(run.themeKey);
                key = int(keys.size()) - 1;
            }
        }
        for (int i = start; i < end; ++i) {
            if (key >= 0) {
                if (theme[i] < 0)
                    theme[i] = key;
            } else {
                search[i] = true;
            }
        }
    }
    QString html;
    int i = 0;
    while (i < n) {
        int j = i + 1;
        while (j < n && theme[j] == theme[i] && search[j] == search[i])
            ++j;
        QString piece = text.mid(i, j - i).toHtmlEscaped();
        piece.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (theme[i] >= 0 || search[i]) {
            QString style;
            if (theme[i] >= 0)
                style +=
                    QStringLiteral("background-color:%1;").arg(themeColor(keys[theme[i]]).name());
            if (search[i])
                style += QStringLiteral("font-weight:bold;text-decoration:underline;"
                                        "background-color:#FFF176;");
            html += QStringLiteral("<span style=\"%1\">%2</span>").arg(style, piece);
        } else {
            html += piece;
        }
        i = j;
    }
    return html;
}

QString dateTime(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QStringLiteral("%1 %2").arg(date(ms), TimeFormat::toClock(ms));
}

QString date(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, TimeFormat::companyZone()).date(),
                              QLocale::ShortFormat);
}

} // namespace ReviewLook
