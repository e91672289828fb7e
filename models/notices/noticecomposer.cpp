#include "noticecomposer.h"

#include "notices/noticestore.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QCoreApplication>
#include <QSet>

namespace Notices {

namespace {

// A delay the customer can wait for; for the wrong product only a new
// appointment helps.
bool offersNewTime(IncidentKind kind)
{
    return kind != IncidentKind::WrongProduct;
}

} // namespace

QVector<OutboxMessage> NoticeComposer::preview(const Incident &incident,
                                               const QVector<AffectedStop> &affected,
                                               const Options &options)
{
    QVector<OutboxMessage> out;
    QSet<QString> customers;
    for (const AffectedStop &a : affected) {
        const Stop &s = a.stop;
        if (customers.contains(s.customer.id))
            continue;
        customers.insert(s.customer.id);
        OutboxMessage m;
        m.incidentId = incident.id;
        m.customerId = s.customer.id;
        m.stopId = s.id;
        m.idempotencyKey =
            incident.id.isEmpty() ? QString() : idempotencyKey(incident.id, s.customer.id);
        m.language = NoticeTemplates::normalisedLanguage(s.customer.language);
        m.recipientName = s.customer.name;
        m.phone = s.customer.phone;
        m.email = s.customer.email;
        m.channel = !m.phone.isEmpty()   ? QStringLiteral("sms")
                    : !m.email.isEmpty() ? QStringLiteral("email")
                                         : QString();
        NoticeRenderer::Values v;
        v.customerName = s.customer.name;
        v.windowStart = s.windowStart;
        v.windowEnd = s.windowEnd;
        v.company = options.company;
        const StopEta eta = options.etas.value(s.id);
        if (offersNewTime(incident.kind) && eta.isValid()) {
            v.newTimeLow = eta.low > 0 ? eta.low : eta.eta;
            v.newTimeHigh = eta.high > 0 ? eta.high : eta.eta;
        }
        const auto edited = options.editedTexts.constFind(s.customer.id);
        if (edited != options.editedTexts.constEnd()) {
            m.text = *edited;
            m.edited = true;
        } else {
            m.text = NoticeRenderer::render(incident.kind, m.language, v);
        }
        if (m.channel.isEmpty()) {
            // Queued as failed, so it shows up in the list for a phone call.
            m.state = MessageState::Failed;
            m.lastError =
                QCoreApplication::translate("Notices", "The customer has no phone number or "
                                                       "email address.");
        }
        out.append(std::move(m));
    }
    return out;
}

NoticeComposer::Result NoticeComposer::createAndQueue(Database &db, OperationStore &store,
                                                      Incident incident, const Options &options,
                                                      qint64 now)
{
    NoticeStore notices(db);
    Result result;
    if (!incident.id.isEmpty()) {
        if (const auto existing = notices.incident(incident.id))
            incident = *existing; // a re-run uses the stored scope and range
    }
    if (incident.createdAt == 0)
        incident.createdAt = now;
    result.affected = ScopeSelector::select(store, incident);

    Transaction t(db);
    if (incident.id.isEmpty() || !notices.incident(incident.id))
        incident.id = notices.addIncident(incident);
    result.incidentId = incident.id;
    if (incident.state == IncidentState::Confirmed) {
        for (const OutboxMessage &m : preview(incident, result.affected, options)) {
            OutboxMessage queued = m;
            queued.id = notices.queueMessage(m, now);
            if (queued.id > 0)
                result.queued.append(queued);
            else
                result.existing.append(queued);
        }
    }
    t.commit();
    return result;
}

} // namespace Notices
