#include "clisupport.h"
#include "commands.h"

#include "core/clock.h"
#include "core/timeformat.h"
#include "notices/gatewayconfig.h"
#include "notices/noticedelivery.h"
#include "notices/noticestore.h"
#include "notices/outboxexport.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <memory>

using namespace Notices;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString shortId(const QString &id)
{
    return id.left(8);
}

void printMessages(const QVector<OutboxMessage> &messages, bool json)
{
    if (!json)
        Cli::out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9")
                          .arg(tr("#"), 5)
                          .arg(tr("incident"), -8)
                          .arg(tr("stop"), -8)
                          .arg(tr("customer"), -10)
                          .arg(tr("lang"), -4)
                          .arg(tr("chan"), -5)
                          .arg(tr("state"), -8)
                          .arg(tr("tries"), 5)
                          .arg(tr("when / why"))
                   << '\n';
    for (const OutboxMessage &m : messages) {
        if (json) {
            const QJsonObject line{
                {QStringLiteral("id"), m.id},
                {QStringLiteral("incident"), m.incidentId},
                {QStringLiteral("stop"), m.stopId},
                {QStringLiteral("customer"), m.customerId},
                {QStringLiteral("language"), m.language},
                {QStringLiteral("channel"), m.channel},
                {QStringLiteral("state"), messageStateKey(m.state)},
                {QStringLiteral("attempts"), m.attempts},
                {QStringLiteral("idempotency_key"), m.idempotencyKey},
                {QStringLiteral("next_attempt_at"),
                 m.nextAttemptAt > 0 ? TimeFormat::toRfc3339(m.nextAttemptAt) : QString()},
                {QStringLiteral("sent_at"),
                 m.sentAt > 0 ? TimeFormat::toRfc3339(m.sentAt) : QString()},
                {QStringLiteral("last_error"), m.lastError},
                {QStringLiteral("gateway_reason"), m.gatewayReason},
            };
            Cli::out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
            continue;
        }
        QString detail;
        switch (m.state) {
        case MessageState::Sent:
            detail = tr("sent %1").arg(TimeFormat::toRfc3339(m.sentAt));
            break;
        case MessageState::Failed:
            detail = m.gatewayReason.isEmpty()
                         ? m.lastError
                         : m.lastError + QStringLiteral(" ") + m.gatewayReason;
            break;
        case MessageState::Queued:
            detail =
                m.attempts == 0
                    ? QString()
                    : tr("retry %1: %2").arg(TimeFormat::toRfc3339(m.nextAttemptAt), m.lastError);
            break;
        case MessageState::Sending:
            detail = tr("interrupted; sent again with the same key");
            break;
        }
        Cli::out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9")
                          .arg(m.id, 5)
                          .arg(shortId(m.incidentId), -8)
                          .arg(m.stopId, -8)
                          .arg(m.customerId, -10)
                          .arg(m.language, -4)
                          .arg(m.channel.isEmpty() ? QStringLiteral("-") : m.channel, -5)
                          .arg(messageStateKey(m.state), -8)
                          .arg(m.attempts, 5)
                          .arg(detail)
                   << '\n';
    }
}

} // namespace

int runOutboxCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the notice outbox. With --send, delivers the queued messages to the gateway "
           "(VOORZET_GATEWAY_URL or the settings; the secret from VOORZET_GATEWAY_SECRET or the "
           "system keychain) and exits when nothing is left to retry now."));
    parser.addOption(Cli::databaseOption());
    const QCommandLineOption incident(QStringLiteral("incident"),
                                      tr("Only this incident's messages."), QStringLiteral("ID"));
    const QCommandLineOption send(QStringLiteral("send"), tr("Deliver what is queued."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("With --send: also wait for retries due within this many "
                                     "seconds (default 0: exit when nothing is due now)."),
                                  QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for the gateway's answer (default 15)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("15"));
    const QCommandLineOption retryFailed(QStringLiteral("retry-failed"),
                                         tr("Put failed messages back in the queue first."));
    const QCommandLineOption exportFailed(QStringLiteral("export-failed"),
                                          tr("Write the failed messages as CSV to FILE (- for "
                                             "standard output) for manual follow-up."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("List as JSON lines."));
    parser.addOptions({incident, send, wait, timeout, retryFailed, exportFailed, json});
    if (auto code = Cli::parse(parser, args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(
            parser, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    bool ok = false;
    const double waitSeconds = parser.value(wait).toDouble(&ok);
    if (!ok || waitSeconds < 0)
        return Cli::usageError(parser, tr("--wait takes a number of seconds"));
    const double timeoutSeconds = parser.value(timeout).toDouble(&ok);
    if (!ok || timeoutSeconds <= 0)
        return Cli::usageError(parser, tr("--timeout takes a positive number of seconds"));

    try {
        Database db(DatabaseConfig::sqlite(Cli::databasePath(parser)));
        NoticeStore notices(db);
        std::unique_ptr<Clock> clock(Clock::realTime());
        const QString incidentId = parser.value(incident);

        if (parser.isSet(retryFailed)) {
            int n = 0;
            if (incidentId.isEmpty()) {
                for (const OutboxMessage &m : notices.messagesInState(MessageState::Failed))
                    n += notices.retryFailed(m.id, clock->nowMs());
            } else {
                n = notices.retryFailedOfIncident(incidentId, clock->nowMs());
            }
            Cli::err() << tr("%1 failed messages queued again.").arg(n) << '\n';
        }

        if (parser.isSet(send)) {
            QString why;
            const GatewayConfig gateway = GatewayConfig::load(&why);
            if (gateway.url.isEmpty() || gateway.secret.isEmpty()) {
                Cli::err() << tr("error: %1").arg(why) << '\n';
                return Cli::Failed;
            }
            DeliveryPolicy policy;
            policy.timeoutMs = int(timeoutSeconds * 1000);
            NoticeDelivery delivery(db, clock.get(), gateway, policy);
            delivery.setIdleHorizon(qint64(waitSeconds * 1000));
            int sent = 0, failed = 0, retried = 0;
            QObject::connect(&delivery, &NoticeDelivery::messageChanged, &delivery,
                             [&](qint64 id, MessageState state) {
                                 if (state == MessageState::Sending)
                                     return;
                                 const auto m = notices.message(id);
                                 if (!m)
                                     return;
                                 if (state == MessageState::Sent)
                                     ++sent;
                                 else if (state == MessageState::Failed)
                                     ++failed;
                                 else
                                     ++retried;
                                 Cli::err()
                                     << QStringLiteral("#%1 %2 %3 %4")
                                            .arg(id)
                                            .arg(m->customerId, messageStateKey(state))
                                            .arg(state == MessageState::Sent  ? QString()
                                                 : m->gatewayReason.isEmpty() ? m->lastError
                                                                              : m->gatewayReason)
                                     << '\n';
                                 Cli::err().flush();
                             });
            QEventLoop loop;
            QObject::connect(&delivery, &NoticeDelivery::idle, &loop, &QEventLoop::quit);
            delivery.start();
            loop.exec();
            delivery.stop();
            const auto next = notices.nextAttemptAt();
            Cli::err() << tr("Sent %1, failed %2, attempts to retry %3.")
                              .arg(sent)
                              .arg(failed)
                              .arg(retried);
            if (next)
                Cli::err() << ' ' << tr("Next retry at %1.").arg(TimeFormat::toRfc3339(*next));
            Cli::err() << '\n';
        }

        const QVector<OutboxMessage> messages = notices.messages(incidentId);
        if (parser.isSet(exportFailed)) {
            const QString path = parser.value(exportFailed);
            if (path == QLatin1String("-")) {
                QFile stdoutFile;
                if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
                    !writeFailedCsv(stdoutFile, messages))
                    return Cli::Failed;
            } else {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || !writeFailedCsv(file, messages) ||
                    !file.commit()) {
                    Cli::err() << tr("error: cannot write %1: %2").arg(path, file.errorString())
                               << '\n';
                    return Cli::Failed;
                }
            }
            return Cli::Ok;
        }
        printMessages(messages, parser.isSet(json));
        return Cli::Ok;
    } catch (const StoreError &error) {
        Cli::err() << tr("error: %1").arg(error.message()) << '\n';
        return Cli::Failed;
    }
}
