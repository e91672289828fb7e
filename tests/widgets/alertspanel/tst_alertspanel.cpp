// The alerts panel's remedies, offscreen: a late-ETA or failed-delivery
// alert offers "Reschedule…" for its stop, a breakdown alert "Rescue
// stops…" for its route; other alerts offer neither, and a resolved alert
// no remedy.

#include "alerts/alertspanel.h"
#include "alerts/alertstore.h"
#include "itemmodels/alertlistmodel.h"
#include "storage/database.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(AlertKind::Kind)

class TestAlertsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remedyFollowsTheKind_data();
    void remedyFollowsTheKind();
};

void TestAlertsPanel::remedyFollowsTheKind_data()
{
    QTest::addColumn<AlertKind::Kind>("kind");
    QTest::addColumn<QString>("button");  // empty: no remedy shown
    QTest::addColumn<bool>("reschedule"); // else rescue
    QTest::newRow("late stop") << AlertKind::LateStop << QStringLiteral("Reschedule…") << true;
    QTest::newRow("failed delivery")
        << AlertKind::FailedDelivery << QStringLiteral("Reschedule…") << true;
    QTest::newRow("breakdown") << AlertKind::Breakdown << QStringLiteral("Rescue stops…") << false;
    QTest::newRow("no contact") << AlertKind::NoContact << QString() << false;
    QTest::newRow("weather") << AlertKind::Weather << QString() << false;
}

void TestAlertsPanel::remedyFollowsTheKind()
{
    QFETCH(AlertKind::Kind, kind);
    QFETCH(QString, button);
    QFETCH(bool, reschedule);
    QTemporaryDir dir;
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("a.sqlite"))));
    AlertStore store(db);
    AlertFinding f;
    f.causeKey = QStringLiteral("cause-1");
    f.kind = kind;
    f.day = QStringLiteral("2026-11-23");
    f.routeId = QStringLiteral("R-1");
    f.stopId = kind == AlertKind::Breakdown ? QString() : QStringLiteral("S-1");
    f.vehicleId = QStringLiteral("V-1");
    f.clears = false;
    store.sync({f}, 1000);
    AlertListModel model(store);
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    AlertsPanel panel(&model, store, nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.view()->setCurrentIndex(model.index(0, 0));
    auto *remedy = panel.findChild<QPushButton *>(QStringLiteral("alertRemedy"));
    QVERIFY(remedy);
    QCOMPARE(remedy->isVisible(), !button.isEmpty());
    if (button.isEmpty()) {
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("alertNotify"))->isVisible());
        return;
    }
    QCOMPARE(remedy->text(), button);
    QSignalSpy rescheduleSpy(&panel, &AlertsPanel::rescheduleRequested);
    QSignalSpy rescueSpy(&panel, &AlertsPanel::rescueRequested);
    QTest::mouseClick(remedy, Qt::LeftButton);
    if (reschedule) {
        QCOMPARE(rescheduleSpy.size(), 1);
        QCOMPARE(rescheduleSpy.first().at(0).toString(), QStringLiteral("R-1"));
        QCOMPARE(rescheduleSpy.first().at(1).toString(), QStringLiteral("S-1"));
        QCOMPARE(rescueSpy.size(), 0);
    } else {
        QCOMPARE(rescueSpy.size(), 1);
        QCOMPARE(rescueSpy.first().at(0).toString(), QStringLiteral("R-1"));
        QCOMPARE(rescheduleSpy.size(), 0);
    }
    // The other remedy tells the customers: the route's after a breakdown,
    // the stop's customer otherwise.
    auto *notify = panel.findChild<QPushButton *>(QStringLiteral("alertNotify"));
    QVERIFY(notify);
    QVERIFY(notify->isVisible());
    QSignalSpy notifySpy(&panel, &AlertsPanel::notifyRequested);
    QTest::mouseClick(notify, Qt::LeftButton);
    QCOMPARE(notifySpy.size(), 1);
    QCOMPARE(notifySpy.first().at(0).value<AlertKind::Kind>(), kind);
    QCOMPARE(notifySpy.first().at(1).toString(), QStringLiteral("R-1"));
    QCOMPARE(notifySpy.first().at(2).toString(), f.stopId);
    // Once resolved, the alert offers no remedy.
    QVERIFY(store.resolve(model.alert(0)->id, QStringLiteral("Ria"), 2000, QStringLiteral("done")));
    model.setHistorySince(1);
    model.refresh();
    panel.view()->setCurrentIndex(model.index(0, 0));
    QTRY_VERIFY(!remedy->isVisible());
    QVERIFY(!notify->isVisible());
}

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"
