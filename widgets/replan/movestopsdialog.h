#pragma once

#include "core/entities.h"
#include "replan/changeset.h"

#include <QDialog>
#include <QHash>

class ChangePreviewView;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Moves stops to another van today. The stops go to their cheapest places on
// the chosen route (windows first, then driving; a stop whose window cannot
// hold there goes where it is least late); before anything is committed the
// preview shows every touched route's new order, ETAs, the windows kept and
// broken, and the kilometres added.
class MoveStopsDialog : public QDialog
{
    Q_OBJECT
public:
    // targetRouteId may be empty: the dispatcher picks the van in the dialog.
    MoveStopsDialog(Database &db, const QStringList &stopIds, const QString &targetRouteId,
                    qint64 now, QWidget *parent = nullptr);

    Replan::ChangeSet changeSet() const; // valid after accept()
    QString targetRouteId() const;
    void setTargetRouteId(const QString &routeId);
    const ChangePreviewView *previewView() const { return m_preview; }

public Q_SLOTS:
    void accept() override;

private:
    void updatePreview();

    Database &m_db;
    QStringList m_stopIds;
    qint64 m_now = 0;
    QHash<QString, Stop> m_stopInfo;
    QComboBox *m_target;
    QComboBox *m_reason;
    QLineEdit *m_note;
    ChangePreviewView *m_preview;
    QLabel *m_summary;
    QPushButton *m_ok = nullptr;
    Replan::ChangeSet m_change;
};
