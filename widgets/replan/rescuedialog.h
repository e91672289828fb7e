#pragma once

#include "core/entities.h"
#include "replan/changeset.h"
#include "replan/rescueplanner.h"

#include <QDialog>
#include <QHash>

#include <memory>

class ChangePreviewView;
class Database;
class OperationStore;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The breakdown rescue: the proposal for spreading a broken-down van's
// remaining stops over other vans (or to another day), one row per stop with
// the van that takes it, its ETA and whether its window holds, and the
// effect on every receiving route. The dispatcher may send any stop to
// another van or to another day; the rest is planned again around that
// choice and the preview follows.
class RescueDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { StopColumn, CustomerColumn, WindowColumn, ReceiverColumn, EtaColumn, KeptColumn };

    RescueDialog(Database &db, const QString &routeId, qint64 now, QWidget *parent = nullptr);
    ~RescueDialog() override;

    Replan::ChangeSet changeSet() const; // valid after accept()
    const Replan::RescueProposal &proposal() const { return m_proposal; }
    // The dispatcher's choice for one stop: a route id, or "" for another day.
    void setReceiver(const QString &stopId, const QString &routeId);
    const QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void accept() override;
    void proposeAgain(); // forgets the dispatcher's choices

Q_SIGNALS:
    void previewChanged(const Replan::ChangeSet &proposal);

private:
    void replan();
    void fillTable();
    qint64 visitedSinceProposal() const;

    QString m_routeId;

    Database &m_db;
    qint64 m_now = 0;
    std::unique_ptr<OperationStore> m_store;
    std::unique_ptr<Replan::RescuePlanner> m_planner;
    QHash<QString, QString> m_pinned;
    QHash<QString, Stop> m_stopInfo;
    Replan::RescueProposal m_proposal;
    QTableWidget *m_table;
    ChangePreviewView *m_preview;
    QLabel *m_summary;
    QLabel *m_stale = nullptr;
    QLineEdit *m_note;
    QPushButton *m_ok = nullptr;
    bool m_filling = false;
};
