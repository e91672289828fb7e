#pragma once

#include "core/changenotifier.h"

#include <QSet>
#include <QString>

class EtaDay;
class OperationStore;

// Brings an EtaDay up to date with the store after a batch: reads the routes,
// stops and vans the batch named (vans first, so breakdowns are known when
// legs are looked at). Shared by the live service and the replay.
class EtaStoreReader
{
public:
    // What a batch touched, as the notifier announced it.
    struct Changes
    {
        QSet<QString> routes, stops, vehicles;
        bool reset = false; // read everything of the newest days again
        bool isEmpty() const
        {
            return !reset && routes.isEmpty() && stops.isEmpty() && vehicles.isEmpty();
        }
        void clear() { *this = Changes(); }
    };

    // Collects what the notifier announces into `changes` (direct connections:
    // the collector must live on the thread that emits).
    static void collect(ChangeNotifier *notifier, QObject *context, Changes *changes);

    static void apply(OperationStore &store, EtaDay &day, const Changes &changes);
    // Reads a whole day (and its vans) again.
    static void loadDay(OperationStore &store, EtaDay &day, const QString &date);
};
