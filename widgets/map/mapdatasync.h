#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

class ChangeNotifier;
class Clock;
class MapScene;
class OperationStore;
class RouteBoardModel;

// Keeps the map scene in step with the operation: the day's routes, stops
// and states as the crews board holds them, van positions as the board read
// them for the feed's batch (the GUI thread does not read them a second
// time), driven paths from the store. Everything goes through as small updates: a board row that
// changed updates that route, a position event moves that van.
class MapDataSync : public QObject
{
    Q_OBJECT
public:
    MapDataSync(OperationStore &store, Clock *clock, ChangeNotifier *notifier,
                RouteBoardModel *board, MapScene *scene, QObject *parent = nullptr);

    // Rebuilds the scene's content from the board and the store (a new day).
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    void syncRows(int first, int last);
    void onVehiclesMoved(const QStringList &vehicleIds);
    void flushMoves();

    OperationStore &m_store;
    Clock *m_clock;
    RouteBoardModel *m_board;
    MapScene *m_scene;
    // Vans that moved since the last flush: moved once a frame for all of
    // them rather than once per announcement.
    QSet<QString> m_moved;
    QTimer m_flush;
};
