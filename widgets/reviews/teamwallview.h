#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;
class ReviewStore;

// The team wall: the reviews the desk shared, newest first, with who shared
// them and why. Double-click (or Enter) opens the review in the card.
class TeamWallView : public QWidget
{
    Q_OBJECT
public:
    explicit TeamWallView(ReviewStore &store, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void reviewActivated(const QString &reviewId);

private:
    ReviewStore &m_store;
    QTableWidget *m_table;
    QLabel *m_empty;
};
