#include "noticefixture.h"

#include "core/clock.h"
#include "notices/incidentdialog.h"
#include "notices/incidentproposer.h"
#include "notices/noticecomposer.h"
#include "notices/noticestore.h"
#include "notices/noticetemplates.h"
#include "notices/outboxmodel.h"
#include "notices/outboxview.h"
#include "notices/proposalspanel.h"
#include "notices/stopnoticestip.h"
#include "storage/operationstore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Notices;

// The outbox view: states per message and incident, retry of the failed.
class TestOutboxView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsStatesAndRetriesFailed();
    void dialogPreviewsEditsAndQueues();
    void outboxColumnsHoldWholeStopIds();
    void dialogWarnsWithoutCompanyContact();
    void dialogShowsWholeStopIdsOnOneLine();
    void dialogShowsCustomersToldBefore();
    void followsDeliveryLiveAndSaysWhyNothingIsSent();
    void proposalIsConfirmedAsTheDispatcherLeftIt();
    void dismissedProposalStaysDismissed();
    void stopHistoryForTheTooltip();
};

void TestOutboxView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the company contact is read from the settings
    CompanyContact::save({});
}

void TestOutboxView::showsStatesAndRetriesFailed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("view.sqlite"))));
    NoticeFixture::fill(db);
    std::unique_ptr<Clock> clock(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    OperationStore store(db);
    Incident i;
    i.kind = IncidentKind::Storm;
    i.scope.routeIds = {QStringLiteral("R1"), QStringLiteral("R3")};
    const auto result = NoticeComposer::createAndQueue(db, store, i, {}, clock->nowMs());
    QCOMPARE(result.queued.size(), 4);

    OutboxView view(db, clock.get());
    view.show();
    auto *table = view.findChild<QTableView *>();
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 4);
    auto *summary = view.findChild<QLabel *>();
    QCOMPARE(summary->text(), QStringLiteral("Queued 3 · sending 0 · sent 0 · failed 1"));
    QPushButton *retry = nullptr;
    for (QPushButton *b : view.findChildren<QPushButton *>())
        if (b->text() == OutboxView::tr("Retry failed"))
            retry = b;
    QVERIFY(retry);
    QVERIFY(retry->isEnabled());
    QSignalSpy requeued(&view, &OutboxView::messagesRequeued);
    retry->click();
    QCOMPARE(requeued.size(), 1);
    NoticeStore notices(db);
    QCOMPARE(notices.messagesInState(MessageState::Failed).size(), 0);
    QCOMPARE(notices.messagesInState(MessageState::Queued).size(), 4);
    QVERIFY(!retry->isEnabled());
    QCOMPARE(summary->text(), QStringLiteral("Queued 4 · sending 0 · sent 0 · failed 0"));
    view.setIncident(QStringLiteral("another"));
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestOutboxView::dialogPreviewsEditsAndQueues()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("dialog.sqlite"))));
    NoticeFixture::fill(db);
    std::unique_ptr<Clock> clock(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    IncidentDialog dialog(db, clock.get());
    IncidentScope scope;
    scope.routeIds = {QStringLiteral("R2")};
    dialog.setScope(scope); // S4 (C4) and S5 (C1)
    // R2's van is fine and no weather is about: the dispatcher says what happened.
    dialog.setKind(IncidentKind::RoadClosure);
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    auto *text = dialog.findChild<QPlainTextEdit *>();
    table->setCurrentCell(0, 0);
    QVERIFY(text->toPlainText().startsWith(QLatin1String("Beste ")));
    const QString customer = table->item(0, 1)->text();
    text->setPlainText(QStringLiteral("Eigen bericht"));
    table->setCurrentCell(1, 0); // moving on keeps the edit
    dialog.accept();
    QVERIFY(!dialog.queuedIncidentId().isEmpty());
    NoticeStore notices(db);
    const auto messages = notices.messages(dialog.queuedIncidentId());
    QCOMPARE(messages.size(), 2);
    int edited = 0;
    for (const OutboxMessage &m : messages)
        if (m.recipientName == customer) {
            QCOMPARE(m.text, QStringLiteral("Eigen bericht"));
            QVERIFY(m.edited);
            ++edited;
        } else {
            QVERIFY(!m.edited);
        }
    QCOMPARE(edited, 1);
}

void TestOutboxView::outboxColumnsHoldWholeStopIds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("widths.sqlite"))));
    std::unique_ptr<Clock> clock(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    OutboxView view(db, clock.get()); // empty: the widths do not wait for the first message
    auto *table = view.findChild<QTableView *>();
    const QFontMetrics fm(table->font());
    QVERIFY(table->columnWidth(OutboxModel::StopColumn) >
            fm.horizontalAdvance(QStringLiteral("S-20261203-0545")));
    QVERIFY(table->columnWidth(OutboxModel::CustomerColumn) >
            fm.horizontalAdvance(QStringLiteral("Marieke Dijkstra")));
    for (IncidentKind k : allKinds())
        QVERIFY(table->columnWidth(OutboxModel::KindColumn) > fm.horizontalAdvance(kindText(k)));
    QVERIFY(table->columnWidth(OutboxModel::IdColumn) <
            table->columnWidth(OutboxModel::StopColumn));
}

void TestOutboxView::dialogWarnsWithoutCompanyContact()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("contact.sqlite"))));
    NoticeFixture::fill(db);
    std::unique_ptr<Clock> clock(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    IncidentScope scope;
    scope.routeIds = {QStringLiteral("R2")};
    struct Case
    {
        CompanyContact contact;
        bool warned;
    };
    const QVector<Case> cases = {
        {{}, true},
        {{QStringLiteral("Bezorgteam"), QStringLiteral(" "), QString()}, true},
        {{QString(), QStringLiteral("030 123 45 67"), QString()}, false},
        {{QString(), QString(), QStringLiteral("hulp@example.nl")}, false},
    };
    for (const Case &c : cases) {
        CompanyContact::save(c.contact);
        IncidentDialog dialog(db, clock.get());
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("noContact"));
        QVERIFY(warning);
        QVERIFY(warning->isHidden()); // nothing to say before the messages are made
        dialog.setScope(scope);
        QCOMPARE(!warning->isHidden(), c.warned);
    }
    CompanyContact::save({});
}

void TestOutboxView::dialogShowsWholeStopIdsOnOneLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("columns.sqlite"))));
    NoticeFixture::fill(db);
    std::unique_ptr<Clock> clock(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    IncidentDialog dialog(db, clock.get());
    IncidentScope scope;
    scope.routeIds = {QStringLiteral("R2")};
    dialog.setScope(scope);
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table->rowCount() > 0);
    QVERIFY(!table->wordWrap());
    const QFontMetrics fm(table->font());
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column : {0, 1, 2})
            QVERIFY2(table->columnWidth(column) >=
                         fm.horizontalAdvance(table->item(row, column)->text()),
                     qPrintable(table->item(row, column)->text()));
    QVERIFY(table->item(0, 2)->text().contains(QChar(0x2013))); // 09:00–12:00, as elsewhere
}

void TestOutboxView::dialogShowsCustomersToldBefore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("told.sqlite"))));
    NoticeFixture::fill(db);
    std::unique_ptr<Clock> clock(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    const int toldColumn = 5;
    {
        IncidentDialog first(db, clock.get());
        IncidentScope s4;
        s4.stopIds = {QStringLiteral("S4")};
        first.setScope(s4);
        first.setKind(IncidentKind::Other);
        auto *table = first.findChild<QTableWidget *>();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, toldColumn)->text().isEmpty());
        first.accept();
        QVERIFY(!first.queuedIncidentId().isEmpty());
    }
    // The same route again (another desk, or Voorzet's proposal): S4's
    // customer was told, S5's not.
    IncidentDialog second(db, clock.get());
    IncidentScope r2;
    r2.routeIds = {QStringLiteral("R2")};
    second.setScope(r2);
    auto *table = second.findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 2);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString told = table->item(row, toldColumn)->text();
        if (table->item(row, 0)->text() == QStringLiteral("S4")) {
            QVERIFY2(told.contains(messageStateText(MessageState::Queued)), qPrintable(told));
            QVERIFY(table->item(row, toldColumn)->toolTip().startsWith(QLatin1String("Beste ")));
        } else {
            QVERIFY2(told.isEmpty(), qPrintable(told));
        }
    }
}

void TestOutboxView::followsDeliveryLiveAndSaysWhyNothingIsSent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("live.sqlite"))));
    NoticeFixture::fill(db);
    std::unique_ptr<Clock> clock(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    OperationStore store(db);
    Incident i;
    i.kind = IncidentKind::Snow;
    i.scope.routeIds = {QStringLiteral("R1")};
    const auto result = NoticeComposer::createAndQueue(db, store, i, {}, clock->nowMs());
    QCOMPARE(result.queued.size(), 2);

    OutboxView view(db, clock.get());
    view.show();
    auto *banner = view.findChild<QWidget *>(QStringLiteral("gatewayBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    view.setGatewayProblem(QStringLiteral("No gateway address."));
    QVERIFY(banner->isVisible());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("gatewayProblem"))
                ->text()
                .contains(QLatin1String("No gateway address.")));
    QSignalSpy settings(&view, &OutboxView::settingsRequested);
    for (QPushButton *b : banner->findChildren<QPushButton *>())
        b->click();
    QCOMPARE(settings.size(), 1);
    view.setGatewayProblem(QString());
    QVERIFY(!banner->isVisible());

    // The worker's changes show per message and in the incident's totals.
    auto *table = view.findChild<QTableView *>();
    auto *incidents = view.findChild<QComboBox *>(QStringLiteral("outboxIncidents"));
    QCOMPARE(incidents->count(), 2);
    QVERIFY(incidents->itemText(1).contains(QLatin1String("2 queued")));
    QSignalSpy reset(table->model(), &QAbstractItemModel::modelReset);
    QSignalSpy failed(&view, &OutboxView::failedCountChanged);
    NoticeStore notices(db);
    const qint64 first = result.queued.at(0).id, second = result.queued.at(1).id;
    QVERIFY(notices.claimForSending(first, clock->nowMs()));
    view.messageChanged(first, MessageState::Sending);
    notices.markSent(first, clock->nowMs(), QStringLiteral("HTTP 200"));
    view.messageChanged(first, MessageState::Sent);
    QVERIFY(notices.claimForSending(second, clock->nowMs()));
    notices.markFailed(second, clock->nowMs(), QStringLiteral("refused"),
                       QStringLiteral("number not reachable by sms"));
    view.messageChanged(second, MessageState::Failed);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("outboxSummary"))->text(),
             QStringLiteral("Queued 0 · sending 0 · sent 1 · failed 1"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), 1);
    QCOMPARE(view.failedCount(), 1);
    const QString totals = incidents->itemText(1);
    QVERIFY2(totals.endsWith(QStringLiteral(" · 1 sent, 1 failed")), qPrintable(totals));
    QCOMPARE(table->model()->index(1, OutboxModel::DetailColumn).data().toString(),
             QStringLiteral("number not reachable by sms"));
    // The failed one exported for a phone call, from the view.
    const QString csvPath = dir.filePath(QStringLiteral("failed.csv"));
    QVERIFY(view.exportFailedTo(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    QVERIFY(content.startsWith("message,incident,stop,customer"));
    QVERIFY(content.contains("number not reachable by sms"));
    // Only the failed message: the sent one's key is not in it.
    QVERIFY(content.contains(notices.message(second)->idempotencyKey.toUtf8()));
    QVERIFY(!content.contains(notices.message(first)->idempotencyKey.toUtf8()));
    QVERIFY(!view.exportFailedTo(dir.filePath(QStringLiteral("no/such/folder/failed.csv"))));
    // Choosing the incident shows its messages only.
    view.setIncident(result.incidentId);
    QCOMPARE(incidents->currentData().toString(), result.incidentId);
    QCOMPARE(view.currentMessage()->id, first);
}

void TestOutboxView::proposalIsConfirmedAsTheDispatcherLeftIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("proposal.sqlite"))));
    NoticeFixture::fill(db);
    std::unique_ptr<Clock> clock(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    NoticeStore notices(db);
    Incident proposal;
    proposal.kind = IncidentKind::Breakdown;
    proposal.note = QStringLiteral("Van V-2 broke down");
    proposal.scope.routeIds = {QStringLiteral("R2")};
    proposal.state = IncidentState::Proposed;
    proposal.causeKey = QStringLiteral("breakdown:V-2:1");
    proposal.createdAt = clock->nowMs();
    proposal.id = notices.addIncident(proposal);

    ProposalsPanel panel(db, clock.get());
    panel.show();
    QVERIFY(panel.isVisible());
    QCOMPARE(panel.proposals().size(), 1);
    QSignalSpy confirm(&panel, &ProposalsPanel::confirmRequested);
    QPushButton *confirmButton = nullptr;
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        if (b->text() == ProposalsPanel::tr("Confirm…"))
            confirmButton = b;
    QVERIFY(confirmButton);
    confirmButton->click();
    QCOMPARE(confirm.size(), 1);
    const Incident asked = confirm.at(0).at(0).value<Incident>();
    QCOMPARE(asked.id, proposal.id);

    IncidentDialog dialog(db, clock.get());
    dialog.setUserName(QStringLiteral("mira"));
    dialog.setProposal(asked);
    auto *table = dialog.findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 2); // R2: S4 (C4) and S5 (C1)
    QCOMPARE(dialog.incident().note, proposal.note);
    // The dispatcher narrows it to one stop and edits that customer's message.
    dialog.setScope([] {
        IncidentScope s;
        s.stopIds = {QStringLiteral("S4")};
        return s;
    }());
    QCOMPARE(table->rowCount(), 1);
    table->setCurrentCell(0, 0);
    dialog.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Beste klant, ..."));
    dialog.accept();
    QCOMPARE(dialog.queuedIncidentId(), proposal.id);
    const auto stored = notices.incident(proposal.id);
    QCOMPARE(stored->state, IncidentState::Confirmed);
    QCOMPARE(stored->scope.stopIds, QStringList{QStringLiteral("S4")});
    QCOMPARE(stored->decidedBy, QStringLiteral("mira"));
    const auto messages = notices.messages(proposal.id);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).stopId, QStringLiteral("S4"));
    QCOMPARE(messages.at(0).text, QStringLiteral("Beste klant, ..."));
    QVERIFY(messages.at(0).edited);
    panel.refresh();
    QVERIFY(panel.proposals().isEmpty());
    QVERIFY(!panel.isVisible());
}

void TestOutboxView::dismissedProposalStaysDismissed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dismiss.sqlite"));
    std::unique_ptr<Clock> clock(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 9, 30), Qt::UTC)));
    {
        Database db(DatabaseConfig::sqlite(path));
        NoticeFixture::fill(db);
        NoticeFixture::exec(
            db,
            QStringLiteral("UPDATE vehicles SET status = 'breakdown', status_ts = ?,"
                           " expected_minutes = ? WHERE id = ?"),
            {NoticeFixture::msAt(1, 9), 90.0, QStringLiteral("V-2")});
        OperationStore store(db);
        NoticeStore notices(db);
        QCOMPARE(IncidentProposer::propose(store, notices, clock->nowMs()).size(), 1);
        ProposalsPanel panel(db, clock.get());
        panel.setUserName(QStringLiteral("mira"));
        panel.show();
        QCOMPARE(panel.proposals().size(), 1);
        QSignalSpy changed(&panel, &ProposalsPanel::proposalsChanged);
        QPushButton *dismiss = nullptr;
        for (QPushButton *b : panel.findChildren<QPushButton *>())
            if (b->text() == ProposalsPanel::tr("Dismiss"))
                dismiss = b;
        QVERIFY(dismiss);
        dismiss->click();
        QVERIFY(panel.proposals().isEmpty());
        QVERIFY(!panel.isVisible());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 0);
        QCOMPARE(notices.incidentsInState(IncidentState::Dismissed).at(0).decidedBy,
                 QStringLiteral("mira"));
    }
    // After a restart: still dismissed, and the same breakdown is not proposed again.
    Database db(DatabaseConfig::sqlite(path));
    OperationStore store(db);
    NoticeStore notices(db);
    QCOMPARE(IncidentProposer::propose(store, notices, clock->nowMs() + 60000).size(), 0);
    ProposalsPanel panel(db, clock.get());
    QVERIFY(panel.proposals().isEmpty());
    QCOMPARE(notices.messages().size(), 0);
}

void TestOutboxView::stopHistoryForTheTooltip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("history.sqlite"))));
    NoticeFixture::fill(db);
    QVERIFY(StopNoticesTip::historyHtml(db, QStringLiteral("S6")).isEmpty());
    OperationStore store(db);
    Incident i;
    i.kind = IncidentKind::Ice;
    i.scope.routeIds = {QStringLiteral("R3")};
    NoticeComposer::createAndQueue(db, store, i, {}, NoticeFixture::msAt(1, 7, 5));
    const QString html = StopNoticesTip::historyHtml(db, QStringLiteral("S6"));
    QVERIFY(html.contains(kindText(IncidentKind::Ice)));
    QVERIFY(html.contains(QLatin1String("07:05")));
    QVERIFY(html.contains(QLatin1String("sms")));
    QVERIFY(html.contains(messageStateText(MessageState::Queued)));
    QVERIFY(html.contains(QLatin1String("Dear "))); // C5 reads English
    // S7's customer can be reached by no channel: the message failed, for a call.
    const QString s7 = StopNoticesTip::historyHtml(db, QStringLiteral("S7"));
    QVERIFY(s7.contains(messageStateText(MessageState::Failed)));
}

QTEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
