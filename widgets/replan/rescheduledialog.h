#pragma once

#include "core/entities.h"
#include "replan/changeset.h"
#include "replan/slotfinder.h"

#include <QDialog>
#include <QVector>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimeEdit;
class QTreeWidget;

// Moves one or more stops to another day: why (a reason and a note), and
// where: one of the suggested slots of the coming working days (per day the
// routes of the hub with room, with the driving minutes they add, or the
// hub's usual windows "to be planned"), or a day and window of the
// dispatcher's own. The stops end as "moved" and return visits are made
// when the change set is committed.
class RescheduleDialog : public QDialog
{
    Q_OBJECT
public:
    RescheduleDialog(Database &db, const QStringList &stopIds, qint64 now,
                     QWidget *parent = nullptr);

    Replan::ChangeSet changeSet() const; // valid after accept()

    // For tests and keyboard users: the suggestions as listed.
    const QVector<Replan::Slot> &slots() const { return m_slots; }
    void selectSlot(int index);
    void setCustom(const QDate &day, const QTime &from, const QTime &to);
    void setReason(Replan::Reason reason);
    void setNote(const QString &note);

public Q_SLOTS:
    void accept() override;

private:
    void fillSlots();
    void updateState();
    int selectedSlot() const;
    int preferredSlot() const;

    QVector<Stop> m_stops;
    qint64 m_now = 0;
    QVector<Replan::Slot> m_slots;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QRadioButton *m_suggested;
    QRadioButton *m_custom;
    QTreeWidget *m_slotTree;
    QDateEdit *m_day;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
    Replan::ChangeSet m_change;
};
