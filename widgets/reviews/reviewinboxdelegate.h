#pragma once

#include <QStyledItemDelegate>

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

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintScore(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintHighlighted(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index, const QVariantList &ranges) const;
};
