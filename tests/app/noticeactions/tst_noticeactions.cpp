// The notices in the running app, offscreen, against a gateway on a loopback
// port: queued messages are delivered while the outbox follows each one, a
// refused message shows in the status bar's hint and is retried from the
// view, a missing gateway is said plainly, and a proposal confirmed from the
// Notices workspace is queued and sent.
#include "gatewaytestserver.h"
#include "noticefixture.h"

#include "core/clock.h"
#include "gui/noticeactions.h"
#include "map/areatool.h"
#include "map/mapprojection.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "notices/incidentdialog.h"
#include "notices/noticecomposer.h"
#include "notices/noticedelivery.h"
#include "notices/noticestore.h"
#include "notices/outboxview.h"
#include "notices/proposalspanel.h"
#include "storage/operationstore.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

using namespace Notices;

class TestNoticeActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void deliversAndFollowsEachMessage();
    void withoutAGatewayMessagesWaitVisibly();
    void gatewayFromTheEnvironment();
    void confirmedProposalIsQueuedAndSent();
    void areaDrawnOnTheMapOpensTheIncident();

private:
    QString summary() const;
    QString customerOf(const GatewayTestServer::Request &request) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<QWidget> m_window;
    NoticeActions *m_actions = nullptr;
};

void TestNoticeActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VoorzetTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_noticeactions"));
}

void TestNoticeActions::init()
{
    qunsetenv("VOORZET_GATEWAY_URL");
    qunsetenv("VOORZET_GATEWAY_SECRET");
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("actions.sqlite"))));
    NoticeFixture::fill(*m_db);
    m_clock.reset(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    m_window = std::make_unique<QWidget>();
    m_actions = new NoticeActions(*m_db, m_clock.get(), m_window.get());
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_actions->workspace());
    layout->addWidget(m_actions->failedLabel());
    m_window->show();
}

void TestNoticeActions::cleanup()
{
    m_window.reset(); // and the actions with it
    m_actions = nullptr;
    m_clock.reset();
    m_db.reset();
    m_dir.reset();
    qunsetenv("VOORZET_GATEWAY_URL");
    qunsetenv("VOORZET_GATEWAY_SECRET");
}

QString TestNoticeActions::summary() const
{
    return m_actions->outbox()->findChild<QLabel *>(QStringLiteral("outboxSummary"))->text();
}

QString TestNoticeActions::customerOf(const GatewayTestServer::Request &request) const
{
    return QJsonDocument::fromJson(request.body)
        .object()
        .value(QStringLiteral("customer"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

void TestNoticeActions::deliversAndFollowsEachMessage()
{
    GatewayTestServer server;
    QVERIFY(server.listen());
    // C2 cannot be reached by sms: the gateway says so, once.
    bool refuseC2 = true;
    server.setResponder([&](const GatewayTestServer::Request &request, int) {
        if (refuseC2 && request.body.contains("\"C2\""))
            return GatewayTestServer::Response{422, "number not reachable by sms"};
        return GatewayTestServer::Response{};
    });
    GatewayConfig gateway;
    gateway.url = QUrl(server.url());
    gateway.secret = "s3cret";
    m_actions->setGateway(gateway);
    QVERIFY(m_actions->delivery());
    QVERIFY(m_actions->gatewayProblem().isEmpty());
    QVERIFY(
        !m_actions->outbox()->findChild<QWidget *>(QStringLiteral("gatewayBanner"))->isVisible());
    QVERIFY(!m_actions->failedLabel()->isVisible());

    OperationStore store(*m_db);
    Incident i;
    i.kind = IncidentKind::Snow;
    i.scope.routeIds = {QStringLiteral("R1")};
    const auto result = NoticeComposer::createAndQueue(*m_db, store, i, {}, m_clock->nowMs());
    QCOMPARE(result.queued.size(), 2);
    QSignalSpy changes(m_actions->delivery(), &NoticeDelivery::messageChanged);
    m_actions->messagesQueued();
    QCOMPARE(summary(), QStringLiteral("Queued 2 · sending 0 · sent 0 · failed 0"));
    QTRY_COMPARE(summary(), QStringLiteral("Queued 0 · sending 0 · sent 1 · failed 1"));
    QCOMPARE(changes.size(), 4); // sending and sent, sending and failed
    QCOMPARE(server.requests().size(), 2);
    for (const auto &request : server.requests())
        QCOMPARE(request.headers.value("x-voorzet-signature"),
                 NoticeDelivery::signature(request.body, "s3cret"));
    QTRY_VERIFY(m_actions->failedLabel()->isVisible());
    QVERIFY2(m_actions->failedLabel()->text().contains(QLatin1String("1 notice")),
             qPrintable(m_actions->failedLabel()->text()));
    QSignalSpy show(m_actions, &NoticeActions::showRequested);
    Q_EMIT m_actions->failedLabel()->linkActivated(QStringLiteral("#outbox"));
    QCOMPARE(show.size(), 1);

    // Retry from the view: sent with the same key, and the hint goes away.
    refuseC2 = false;
    QPushButton *retry = nullptr;
    for (QPushButton *b : m_actions->outbox()->findChildren<QPushButton *>())
        if (b->text() == OutboxView::tr("Retry failed"))
            retry = b;
    QVERIFY(retry);
    retry->click();
    QTRY_COMPARE(summary(), QStringLiteral("Queued 0 · sending 0 · sent 2 · failed 0"));
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(customerOf(server.requests().at(2)), QStringLiteral("C2"));
    QCOMPARE(server.requests().at(2).headers.value("idempotency-key"),
             server.requests().at(1).headers.value("idempotency-key"));
    QVERIFY(!m_actions->failedLabel()->isVisible());
}

void TestNoticeActions::withoutAGatewayMessagesWaitVisibly()
{
    m_actions->reloadGateway();
    QVERIFY(!m_actions->delivery());
    QVERIFY(!m_actions->gatewayProblem().isEmpty());
    auto *banner = m_actions->outbox()->findChild<QWidget *>(QStringLiteral("gatewayBanner"));
    QVERIFY(banner->isVisible());
    const QString text =
        m_actions->outbox()->findChild<QLabel *>(QStringLiteral("gatewayProblem"))->text();
    QVERIFY2(text.contains(QLatin1String("settings")), qPrintable(text));
    OperationStore store(*m_db);
    Incident i;
    i.kind = IncidentKind::Ice;
    i.scope.routeIds = {QStringLiteral("R2")};
    NoticeComposer::createAndQueue(*m_db, store, i, {}, m_clock->nowMs());
    m_actions->messagesQueued();
    QTest::qWait(100);
    QCOMPARE(summary(), QStringLiteral("Queued 2 · sending 0 · sent 0 · failed 0"));
    QSignalSpy settings(m_actions, &NoticeActions::settingsRequested);
    for (QPushButton *b : banner->findChildren<QPushButton *>())
        b->click();
    QCOMPARE(settings.size(), 1);
}

void TestNoticeActions::gatewayFromTheEnvironment()
{
    // Messages queued while there was no gateway go out once one is set.
    OperationStore store(*m_db);
    Incident i;
    i.kind = IncidentKind::Storm;
    i.scope.routeIds = {QStringLiteral("R2")};
    NoticeComposer::createAndQueue(*m_db, store, i, {}, m_clock->nowMs());
    m_actions->reloadGateway();
    QVERIFY(!m_actions->delivery());
    GatewayTestServer server;
    QVERIFY(server.listen());
    qputenv("VOORZET_GATEWAY_URL", server.url().toUtf8());
    qputenv("VOORZET_GATEWAY_SECRET", "from-env");
    m_actions->reloadGateway();
    QVERIFY(m_actions->delivery());
    QVERIFY(
        !m_actions->outbox()->findChild<QWidget *>(QStringLiteral("gatewayBanner"))->isVisible());
    QTRY_COMPARE(summary(), QStringLiteral("Queued 0 · sending 0 · sent 2 · failed 0"));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(0).headers.value("x-voorzet-signature"),
             NoticeDelivery::signature(server.requests().at(0).body, "from-env"));
}

void TestNoticeActions::confirmedProposalIsQueuedAndSent()
{
    GatewayTestServer server;
    QVERIFY(server.listen());
    GatewayConfig gateway;
    gateway.url = QUrl(server.url());
    gateway.secret = "s3cret";
    m_actions->setGateway(gateway);

    NoticeStore notices(*m_db);
    Incident proposal;
    proposal.kind = IncidentKind::Breakdown;
    proposal.note = QStringLiteral("Van V-3 broke down");
    proposal.scope.routeIds = {QStringLiteral("R3")};
    proposal.state = IncidentState::Proposed;
    proposal.createdAt = m_clock->nowMs();
    proposal.id = notices.addIncident(proposal);
    m_actions->proposals()->refresh();
    QVERIFY(m_actions->proposals()->isVisible());

    // The dialog opens prefilled; the dispatcher checks it and queues.
    QString shownNote;
    QTimer accept;
    connect(&accept, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<IncidentDialog *>(QApplication::activeModalWidget())) {
            shownNote = dialog->incident().note;
            dialog->accept();
        }
    });
    accept.start(20);
    QSignalSpy show(m_actions, &NoticeActions::showRequested);
    QPushButton *confirm = nullptr;
    for (QPushButton *b : m_actions->proposals()->findChildren<QPushButton *>())
        if (b->text() == ProposalsPanel::tr("Confirm…"))
            confirm = b;
    QVERIFY(confirm);
    confirm->click(); // returns when the dialog is closed
    accept.stop();
    QCOMPARE(shownNote, proposal.note);
    QCOMPARE(notices.incident(proposal.id)->state, IncidentState::Confirmed);
    QVERIFY(!m_actions->proposals()->isVisible());
    QCOMPARE(show.size(), 1);
    // R3: S6 (C5, sms) is sent; S7 (C6) has no phone or email and is failed for a call.
    QTRY_COMPARE(summary(), QStringLiteral("Queued 0 · sending 0 · sent 1 · failed 1"));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(customerOf(server.requests().at(0)), QStringLiteral("C5"));
}

void TestNoticeActions::areaDrawnOnTheMapOpensTheIncident()
{
    MapScene scene;
    MapView view(&scene);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(10);
    view.setCentreLonLat(4.9, 52.37);
    auto at = [&](double lon, double lat) {
        return view.mapFromScene(MapProjection::toScene(lon, lat));
    };

    // Esc: back to selecting, and the hint leaves the map.
    m_actions->drawAreaIncident(&view);
    QVERIFY(dynamic_cast<AreaTool *>(view.tool()));
    auto *hint = view.findChild<QLabel *>(QStringLiteral("areaHint"));
    QVERIFY(hint);
    // Whole, on the left half of the map: the legend holds the right.
    QVERIFY(hint->geometry().right() <= view.viewport()->width() / 2);
    QVERIFY(hint->height() >= hint->heightForWidth(hint->width()));
    QTest::keyClick(&view, Qt::Key_Escape);
    QTRY_VERIFY(dynamic_cast<SelectTool *>(view.tool()));
    QTRY_VERIFY(!view.findChild<QLabel *>(QStringLiteral("areaHint")));

    // An area around Amsterdam: the incident dialog opens with it as the scope.
    m_actions->drawAreaIncident(&view);
    for (const QPoint &p : {at(4.8, 52.3), at(5.0, 52.3), at(5.0, 52.45), at(4.8, 52.45)})
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, p);
    QVector<QPointF> scopeArea;
    bool kindPreselected = true;
    QTimer accept;
    connect(&accept, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<IncidentDialog *>(QApplication::activeModalWidget())) {
            scopeArea = dialog->incident().scope.area;
            // Nothing is known about Amsterdam: the dispatcher says what happened.
            kindPreselected = dialog->hasKind();
            dialog->setKind(IncidentKind::RoadClosure);
            dialog->accept();
        }
    });
    accept.start(20);
    QTest::keyClick(&view, Qt::Key_Return);
    QTRY_COMPARE(scopeArea.size(), 4);
    accept.stop();
    QVERIFY(!kindPreselected);
    QVERIFY(dynamic_cast<SelectTool *>(view.tool()));
    QVERIFY(std::abs(scopeArea.at(0).x() - 4.8) < 0.01);
    // S6 and S7 are in Amsterdam; S7's customer has no phone or email.
    QTRY_COMPARE(summary(), QStringLiteral("Queued 1 · sending 0 · sent 0 · failed 1"));
}

QTEST_MAIN(TestNoticeActions)
#include "tst_noticeactions.moc"
