#pragma once

#include "alertdetector.h"
#include "alertstore.h"

class Database;
class OperationStore;

// One look at the operation for alerts: read what the detector needs from the
// store at `now` (today's routes and stops, the vans, the weather warnings,
// the pending stops of today and tomorrow), detect, and bring the alerts in
// the store in line.
namespace AlertSweep {

// The day after `day` ("YYYY-MM-DD").
QString dayAfter(const QString &day);

AlertInputs gather(OperationStore &store, qint64 now, const EtaSnapshot &etas = {});
AlertSyncResult run(Database &db, qint64 now, const EtaSnapshot &etas = {},
                    const AlertRules &rules = {});

} // namespace AlertSweep
