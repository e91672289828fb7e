#include "outboxexport.h"

#include "core/timeformat.h"

#include <QRegularExpression>

namespace Notices {

QString csvField(const QString &value)
{
    // A leading =, +, - or @ would make a spreadsheet run the field as a
    // formula; a phone number (+31 6 ...) stays as it is.
    static const QRegularExpression phone(QStringLiteral("^[+-]?[0-9 ()-]*$"));
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0)) && !phone.match(v).hasMatch())
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return v;
}

bool writeFailedCsv(QIODevice &device, const QVector<OutboxMessage> &messages)
{
    QByteArray out = "message,incident,stop,customer,name,phone,email,language,channel,"
                     "attempts,failed_at,error,gateway_reason,idempotency_key,text\r\n";
    for (const OutboxMessage &m : messages) {
        if (m.state != MessageState::Failed)
            continue;
        const QStringList fields = {
            QString::number(m.id),
            m.incidentId,
            m.stopId,
            m.customerId,
            m.recipientName,
            m.phone,
            m.email,
            m.language,
            m.channel,
            QString::number(m.attempts),
            m.updatedAt > 0 ? TimeFormat::toRfc3339(m.updatedAt) : QString(),
            m.lastError,
            m.gatewayReason,
            m.idempotencyKey,
            m.text,
        };
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return device.write(out) == out.size();
}

} // namespace Notices
