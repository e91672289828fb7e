#pragma once

#include "notices/incident.h"

#include <QVector>

class OperationStore;

namespace Notices {

class NoticeStore;

// Proposes incidents by itself, for the dispatcher to confirm or dismiss:
// a van that reports a breakdown with an expected repair longer than the
// threshold (its routes of the day), and a weather warning that covers stops
// of today or tomorrow. Each cause is proposed once (its cause key).
class IncidentProposer
{
public:
    struct Rules
    {
        double repairThresholdMin = 45;
    };

    // Stores and returns the new proposals (state proposed).
    static QVector<Incident> propose(OperationStore &store, NoticeStore &notices, qint64 now,
                                     const Rules &rules);
    static QVector<Incident> propose(OperationStore &store, NoticeStore &notices, qint64 now)
    {
        return propose(store, notices, now, Rules());
    }
};

} // namespace Notices
