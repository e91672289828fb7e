#include "noticeactions.h"

#include "core/clock.h"
#include "map/areatool.h"
#include "map/mapview.h"
#include "notices/incidentdialog.h"
#include "notices/incidentproposer.h"
#include "notices/noticedelivery.h"
#include "notices/noticesettingspage.h"
#include "notices/noticestore.h"
#include "notices/outboxview.h"
#include "notices/proposalspanel.h"
#include "notices/stopnoticestip.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Notices;

namespace {

// How often the proposer looks for long breakdowns and weather warnings.
constexpr int ProposeIntervalMs = 30 * 1000;

} // namespace

NoticeActions::NoticeActions(Database &db, Clock *clock, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_clock(clock)
    , m_window(window)
    , m_workspace(new QWidget)
    , m_proposals(new ProposalsPanel(db, clock, m_workspace))
    , m_outbox(new OutboxView(db, clock, m_workspace))
    , m_failed(new QLabel)
{
    m_workspace->setObjectName(QStringLiteral("NoticesWorkspace"));
    auto *layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_proposals);
    layout->addWidget(m_outbox, 1);

    m_failed->setObjectName(QStringLiteral("failedNotices"));
    m_failed->setToolTip(tr("Messages the gateway refused or that could not be delivered; "
                            "retry or export them in the outbox"));
    m_failed->hide();
    connect(m_failed, &QLabel::linkActivated, this, &NoticeActions::showRequested);

    connect(m_outbox, &OutboxView::messagesRequeued, this, &NoticeActions::messagesQueued);
    connect(m_outbox, &OutboxView::failedCountChanged, this, &NoticeActions::updateFailed);
    connect(m_outbox, &OutboxView::settingsRequested, this, &NoticeActions::settingsRequested);
    connect(m_proposals, &ProposalsPanel::confirmRequested, this, &NoticeActions::confirmProposal);
    updateFailed(m_outbox->failedCount());
    setGateway({}, tr("No gateway is set up yet."));

    connect(&m_proposeTimer, &QTimer::timeout, this, &NoticeActions::proposeIncidents);
    m_proposeTimer.start(ProposeIntervalMs);
}

NoticeActions::~NoticeActions()
{
    if (m_delivery)
        m_delivery->stop();
    // The workspace and the label belong to the window once they are shown there.
    if (m_workspace && !m_workspace->parent())
        delete m_workspace;
    if (m_failed && !m_failed->parent())
        delete m_failed;
}

QWidget *NoticeActions::workspace() const
{
    return m_workspace;
}

QLabel *NoticeActions::failedLabel() const
{
    return m_failed;
}

NoticeDelivery *NoticeActions::delivery() const
{
    return m_delivery;
}

void NoticeActions::setUserName(const QString &name)
{
    m_user = name;
    m_proposals->setUserName(name);
}

void NoticeActions::reloadGateway()
{
    QString why;
    const GatewayConfig gateway = GatewayConfig::load(&why, 3000);
    setGateway(gateway, why);
}

void NoticeActions::setGateway(const GatewayConfig &gateway, const QString &problem)
{
    if (m_delivery) {
        m_delivery->stop();
        delete m_delivery;
    }
    const bool usable = gateway.url.isValid() && !gateway.secret.isEmpty();
    m_gatewayProblem =
        usable ? QString() : (problem.isEmpty() ? tr("No gateway is set up.") : problem);
    m_outbox->setGatewayProblem(m_gatewayProblem);
    if (!usable)
        return;
    m_delivery = new NoticeDelivery(m_db, m_clock, gateway, {}, this);
    connect(m_delivery, &NoticeDelivery::messageChanged, m_outbox, &OutboxView::messageChanged);
    try {
        // start() puts messages an earlier run left `sending` back in the queue.
        m_delivery->start();
        m_outbox->refresh();
    } catch (const StoreError &error) {
        Q_EMIT statusMessage(tr("The outbox could not be read: %1").arg(error.message()));
    }
}

void NoticeActions::messagesQueued()
{
    m_outbox->refresh();
    if (m_delivery)
        m_delivery->wake();
}

void NoticeActions::updateFailed(int failed)
{
    m_failed->setText(QStringLiteral("<a href=\"#outbox\" style=\"color:#c62828\">⚠ %1</a>")
                          .arg(tr("%n notice(s) failed", nullptr, failed)));
    m_failed->setVisible(failed > 0);
}

void NoticeActions::newIncident(const IncidentScope &scope, std::optional<IncidentKind> kind)
{
    IncidentDialog dialog(m_db, m_clock, m_window);
    dialog.setEtas(m_etas);
    dialog.setUserName(m_user);
    if (!scope.isEmpty())
        dialog.setScope(scope);
    if (kind)
        dialog.setKind(*kind);
    if (dialog.exec() != QDialog::Accepted)
        return;
    messagesQueued();
    m_outbox->setIncident(dialog.queuedIncidentId());
    Q_EMIT statusMessage(
        m_delivery ? tr("The incident's messages are queued and being sent.")
                   : tr("The incident's messages are queued; they wait for a gateway to be set "
                        "in the settings."));
}

void NoticeActions::drawAreaIncident(MapView *view)
{
    // A hint on the map itself for as long as the dispatcher draws: the status
    // bar is soon taken by the feed's and the alerts' messages.
    auto *hint = new QLabel(tr("Drawing an area: click its corners · double-click or Enter "
                               "closes it · Backspace takes a corner back · Esc cancels"),
                            view->viewport());
    hint->setObjectName(QStringLiteral("areaHint"));
    hint->setStyleSheet(QStringLiteral("background: rgba(255, 255, 255, 225); color: #b71c1c;"
                                       " padding: 4px 8px; border: 1px solid #c62828;"));
    // Wrapped to the left half of the map: the legend and the map's edge
    // would otherwise cut the keys off.
    const int width = qMin(hint->sizeHint().width(), qMax(160, view->viewport()->width() / 2 - 16));
    hint->setWordWrap(true);
    hint->setFixedSize(width, hint->heightForWidth(width));
    hint->move(8, 8);
    hint->show();
    QPointer<QLabel> guard(hint);
    auto backToSelecting = [view, guard] {
        delete guard.data();
        view->setTool(std::make_unique<SelectTool>(view));
    };
    view->setTool(std::make_unique<AreaTool>(
        view,
        [this, backToSelecting](const QVector<QPointF> &area) {
            backToSelecting();
            IncidentScope scope;
            scope.area = area;
            newIncident(scope);
        },
        [this, backToSelecting] {
            backToSelecting();
            Q_EMIT statusMessage(tr("No area drawn."));
        }));
    view->setFocus();
    Q_EMIT statusMessage(tr("Click the corners of the area on the map; double-click or Enter "
                            "closes it, Backspace takes a corner back, Esc cancels."));
}

void NoticeActions::confirmProposal(const Incident &proposal)
{
    IncidentDialog dialog(m_db, m_clock, m_window);
    dialog.setEtas(m_etas);
    dialog.setUserName(m_user);
    dialog.setProposal(proposal);
    const bool queued = dialog.exec() == QDialog::Accepted;
    m_proposals->refresh();
    if (!queued)
        return;
    messagesQueued();
    m_outbox->setIncident(dialog.queuedIncidentId());
    Q_EMIT showRequested();
}

void NoticeActions::proposeIncidents()
{
    try {
        OperationStore store(m_db);
        NoticeStore notices(m_db);
        const QVector<Incident> proposed =
            IncidentProposer::propose(store, notices, m_clock->nowMs());
        if (proposed.isEmpty())
            return;
        m_proposals->refresh();
        Q_EMIT statusMessage(
            tr("Voorzet proposes to tell customers: %1 (%2)")
                .arg(kindText(proposed.constFirst().kind), proposed.constFirst().note));
    } catch (const StoreError &error) {
        // The feed may hold the store for a moment; the next round proposes it.
        qWarning("Proposing incidents failed: %s", qPrintable(error.message()));
    }
}

void NoticeActions::attachStopHistory(QAbstractItemView *view, int stopIdRole)
{
    new StopNoticesTip(view, m_db, stopIdRole);
}

void NoticeActions::prepareSettings(NoticeSettingsPage *page)
{
    const std::optional<OutboxMessage> message = m_outbox->currentMessage();
    if (!message)
        return;
    OperationStore store(m_db);
    const QVector<Stop> stops = store.stopsByIds({message->stopId});
    const auto incident = NoticeStore(m_db).incident(message->incidentId);
    if (stops.isEmpty() || !incident)
        return;
    NoticeRenderer::Values v;
    v.customerName = message->recipientName;
    v.windowStart = stops.constFirst().windowStart;
    v.windowEnd = stops.constFirst().windowEnd;
    const StopEta eta = m_etas.value(message->stopId);
    if (eta.isValid()) {
        v.newTimeLow = eta.low > 0 ? eta.low : eta.eta;
        v.newTimeHigh = eta.high > 0 ? eta.high : eta.eta;
    }
    page->setPreviewCustomer(v, message->language, incident->kind);
}
