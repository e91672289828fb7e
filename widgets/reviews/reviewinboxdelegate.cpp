#include "reviewinboxdelegate.h"

#include "core/domaintext.h"
#include "itemmodels/reviewinboxmodel.h"
#include "reviewlook.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

void ReviewInboxDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ReviewInboxModel::ProductCol && !option->text.isEmpty())
        option->text = DomainText::productType(option->text);
    if (index.column() == ReviewInboxModel::CommentCol && option->text.trimmed().isEmpty()) {
        // A score without words: said, so the row does not look unfinished.
        option->text = tr("(no comment)");
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    if (!index.data(ReviewInboxModel::HandledRole).toBool() &&
        index.column() == ReviewInboxModel::CommentCol) {
        option->font.setBold(true); // unread-looking until handled
        // Measured as drawn: elided by the regular font's measure, a bold
        // comment with search matches ran over and lost its last word and "…".
        option->fontMetrics = QFontMetrics(option->font);
    }
}

QSize ReviewInboxDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ReviewInboxModel::ScoreCol)
        size.setWidth(std::max(size.width(),
                               option.fontMetrics.horizontalAdvance(QStringLiteral("10")) + 56));
    return size;
}

void ReviewInboxDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (index.column() == ReviewInboxModel::ScoreCol) {
        paintScore(painter, option, index);
        return;
    }
    if (index.column() == ReviewInboxModel::CommentCol) {
        const QVariantList ranges = index.data(ReviewInboxModel::HighlightsRole).toList();
        if (!ranges.isEmpty()) {
            paintHighlighted(painter, option, index, ranges);
            return;
        }
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void ReviewInboxDelegate::paintScore(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int score = index.data(ReviewInboxModel::ScoreRole).toInt();
    const QRect r = option.rect.adjusted(6, 3, -4, -3);
    const int badgeWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("10")) + 12;
    const QRect badgeRect(r.left(), r.top(), badgeWidth, r.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ReviewLook::scoreColor(score));
    painter->drawRoundedRect(badgeRect, 4, 4);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(badgeRect, Qt::AlignCenter, QString::number(score));

    QRect markRect(badgeRect.right() + 6, r.top(), 16, r.height());
    painter->setFont(option.font);
    if (index.data(ReviewInboxModel::StarredRole).toBool()) {
        painter->setPen(QColor(0xF9, 0xA8, 0x25));
        painter->drawText(markRect, Qt::AlignCenter, QString(QChar(0x2605)));
    }
    markRect.translate(16, 0);
    if (index.data(ReviewInboxModel::HandledRole).toBool()) {
        painter->setPen(option.state & QStyle::State_Selected
                            ? option.palette.color(QPalette::HighlightedText)
                            : QColor(0x60, 0x7D, 0x8B));
        painter->drawText(markRect, Qt::AlignCenter, QString(QChar(0x2713)));
    }
    painter->restore();
}

void ReviewInboxDelegate::paintHighlighted(QPainter *painter, const QStyleOptionViewItem &option,
                                           const QModelIndex &index,
                                           const QVariantList &ranges) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());

    QVector<QTextLayout::FormatRange> formats;
    for (const QPair<int, int> &match : visibleMatches(text, shown, ranges)) {
        QTextLayout::FormatRange range;
        range.start = match.first;
        range.length = match.second;
        range.format.setBackground(QColor(0xFF, 0xF1, 0x76));
        range.format.setForeground(QColor(0x21, 0x21, 0x21));
        range.format.setFontUnderline(true);
        formats.append(range);
    }
    QTextLayout layout(shown, opt.font);
    QTextOption oneLine;
    oneLine.setWrapMode(QTextOption::NoWrap); // one line, as the plain rows
    layout.setTextOption(oneLine);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();

    painter->save();
    painter->setClipRect(option.rect);
    painter->setPen(opt.palette.color(
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

QVector<QPair<int, int>> ReviewInboxDelegate::visibleMatches(const QString &text,
                                                             const QString &shown,
                                                             const QVariantList &ranges)
{
    // An elided comment ends in "…": a match cut there is marked up to it,
    // the "…" itself never.
    const int visible = int(shown == text ? shown.size() : shown.size() - 1);
    QVector<QPair<int, int>> out;
    for (const QVariant &v : ranges) {
        const QVariantList pair = v.toList();
        if (pair.size() != 2)
            continue;
        const int start = pair.at(0).toInt();
        const int length = qMin(pair.at(1).toInt(), visible - start);
        if (start < 0 || length <= 0)
            continue;
        out.append({start, length});
    }
    return out;
}
