#pragma once

#include "eta/stopeta.h"
#include "notices/incident.h"
#include "notices/noticetemplates.h"
#include "notices/scopeselector.h"

#include <QHash>
#include <QVector>

class Database;
class OperationStore;

namespace Notices {

// Turns an incident into one personal message per affected customer (the
// first affected stop of a customer is the one the message is about), and
// queues them in the outbox together with the incident, in one transaction.
class NoticeComposer
{
public:
    struct Options
    {
        CompanyContact company;
        EtaSnapshot etas;                    // new expected times, where known
        QHash<QString, QString> editedTexts; // by customer id: the dispatcher's own text
    };

    struct Result
    {
        QString incidentId;
        QVector<AffectedStop> affected;
        QVector<OutboxMessage> queued;   // written now
        QVector<OutboxMessage> existing; // the incident already had a message for the customer
    };

    // The messages the incident would send, not stored (for the preview).
    static QVector<OutboxMessage> preview(const Incident &incident,
                                          const QVector<AffectedStop> &affected,
                                          const Options &options);

    // Stores the incident (unless one with its id exists) and queues a message
    // for every affected customer that has none for it yet. Running it again
    // for the same incident queues nothing twice.
    static Result createAndQueue(Database &db, OperationStore &store, Incident incident,
                                 const Options &options, qint64 now);
};

} // namespace Notices
