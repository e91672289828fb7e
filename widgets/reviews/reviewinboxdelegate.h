#pragma once

#include <QPair>
#include <QStyledItemDelegate>
#include <QVector>

// Draws the reviews inbox: the score as a badge in its band's colour with a
// star and a tick for starred and handled reviews, the comment with the
// search words highlighted, product types in words.
class ReviewInboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The search matches (start, length pairs of `text`) as marked in
    // `shown`, the comment as elided to its column.
    static QVector<QPair<int, int>> visibleMatches(const QString &text, const QString &shown,
                                                   const QVariantList &ranges);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintScore(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintHighlighted(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index, const QVariantList &ranges) const;
};
