#pragma once

#include "eta/stopeta.h"
#include "notices/gatewayconfig.h"
#include "notices/incident.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class Clock;
class Database;
class MapView;
class NoticeSettingsPage;
class OutboxView;
class ProposalsPanel;
class QAbstractItemView;
class QLabel;
class QWidget;

namespace Notices {
class NoticeDelivery;
}

// The overmacht notices in the running app: the Notices workspace (proposed
// incidents over the outbox), the delivery worker that sends what is queued
// while a gateway is configured, the status-bar hint for failed messages,
// and the stop's notice history in the stops table's tooltips.
class NoticeActions : public QObject
{
    Q_OBJECT
public:
    NoticeActions(Database &db, Clock *clock, QWidget *window);
    ~NoticeActions() override;

    QWidget *workspace() const;
    OutboxView *outbox() const { return m_outbox; }
    ProposalsPanel *proposals() const { return m_proposals; }
    // "3 notices failed": hidden while nothing failed; a click shows the outbox.
    QLabel *failedLabel() const;
    Notices::NoticeDelivery *delivery() const;
    QString gatewayProblem() const { return m_gatewayProblem; }

    // Reads the gateway's address and secret again (settings, keychain or
    // environment) and restarts delivery with them.
    void reloadGateway();
    // Delivers through this gateway from now on; without a usable one,
    // nothing is sent and the outbox says why (`problem`).
    void setGateway(const GatewayConfig &gateway, const QString &problem = {});

    // The incident dialog for `scope` (empty: the dispatcher fills it in),
    // with `kind` chosen when given.
    void newIncident(const Notices::IncidentScope &scope,
                     std::optional<Notices::IncidentKind> kind = std::nullopt);
    // Lets the dispatcher draw an area on the map; the incident dialog then
    // opens with that area as its scope. Escape cancels.
    void drawAreaIncident(MapView *view);
    void confirmProposal(const Notices::Incident &proposal);
    // Lets the proposer look at the operation now (it also does every minute).
    void proposeIncidents();
    // Each stop's notice history in the tooltips of a table of stops.
    void attachStopHistory(QAbstractItemView *view, int stopIdRole);
    // The settings' template preview shows the customer of the outbox's
    // selected message (or of the incident shown) instead of a sample.
    void prepareSettings(NoticeSettingsPage *page);
    void setUserName(const QString &name);

public Q_SLOTS:
    void setEtas(const EtaSnapshot &etas) { m_etas = etas; }
    // Messages were queued or put back in the queue: show them and send them.
    void messagesQueued();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // Bring the Notices workspace to the front.
    void showRequested();
    void settingsRequested();

private:
    void updateFailed(int failed);

    Database &m_db;
    Clock *m_clock;
    QWidget *m_window;
    QPointer<QWidget> m_workspace; // the window's once shown there
    ProposalsPanel *m_proposals;
    OutboxView *m_outbox;
    QPointer<QLabel> m_failed;
    QPointer<Notices::NoticeDelivery> m_delivery;
    QString m_gatewayProblem;
    QString m_user;
    EtaSnapshot m_etas;
    QTimer m_proposeTimer;
};
