#include "noticefixture.h"

#include "core/clock.h"
#include "notices/incidentdialog.h"
#include "notices/noticecomposer.h"
#include "notices/noticestore.h"
#include "notices/outboxmodel.h"
#include "notices/outboxview.h"
#include "storage/operationstore.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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
    void showsStatesAndRetriesFailed();
    void dialogPreviewsEditsAndQueues();
};

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

QTEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
