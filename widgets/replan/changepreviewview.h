#pragma once

#include "core/entities.h"
#include "replan/movepreview.h"

#include <QHash>
#include <QTreeWidget>

// The effect of a change before it is committed, one branch per touched
// route: its stops in the new order with the ETA before and after, the
// window and whether it holds (broken ones in red), and per route the
// windows kept and broken, the added kilometres and driving minutes and when
// the crew is back at the hub. Read-only.
class ChangePreviewView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { RouteOrStop, Customer, Window, EtaBefore, EtaAfter, Kept, AddedKm, AddedMin };

    explicit ChangePreviewView(QWidget *parent = nullptr);

    // `stops` names the customers (by stop id); stops it lacks show their id only.
    void setPreview(const Replan::MovePreview &preview, const QHash<QString, Stop> &stops);
    const Replan::MovePreview &preview() const { return m_preview; }

private:
    Replan::MovePreview m_preview;
};
