// AlertListModel: the alerts panel's rows follow the store without a reset
// (inserted, moved, updated and removed rows), in severity or time order,
// with the open and unacknowledged counts announced.

#include "alerts/alertstore.h"
#include "itemmodels/alertlistmodel.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

AlertFinding finding(const QString &key, AlertSeverity::Severity severity,
                     AlertKind::Kind kind = AlertKind::LateStop)
{
    AlertFinding f;
    f.causeKey = key;
    f.kind = kind;
    f.severity = severity;
    f.routeId = QStringLiteral("R-") + key.section(QLatin1Char(':'), 1);
    f.stopId = QStringLiteral("S-1");
    f.detail = {{QStringLiteral("seq"), 1}, {QStringLiteral("late_min"), 12}};
    return f;
}

QStringList order(const AlertListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.alert(row)->causeKey);
    return out;
}

} // namespace

class TestAlertListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsTheStoreWithoutAReset();
    void ordersAndCounts();
    void historyShowsResolvedBelowOpen();
    void displaysTheAlert();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertStore> m_store;
};

void TestAlertListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("a.sqlite"))));
    m_store = std::make_unique<AlertStore>(*m_db);
}

void TestAlertListModel::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAlertListModel::followsTheStoreWithoutAReset()
{
    AlertListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    m_store->sync({finding(QStringLiteral("late:a"), AlertSeverity::Warning)}, 1000);
    model.refresh();
    QCOMPARE(order(model), QStringList{QStringLiteral("late:a")});
    QCOMPARE(inserted.size(), 1);

    m_store->sync({finding(QStringLiteral("late:a"), AlertSeverity::Warning),
                   finding(QStringLiteral("late:b"), AlertSeverity::Warning),
                   finding(QStringLiteral("late:c"), AlertSeverity::Severe)},
                  2000);
    model.refresh();
    QCOMPARE(order(model), QStringList({QStringLiteral("late:c"), QStringLiteral("late:b"),
                                        QStringLiteral("late:a")}));
    // "a" becomes severe: it moves above "b" and its row changes.
    m_store->sync({finding(QStringLiteral("late:a"), AlertSeverity::Severe),
                   finding(QStringLiteral("late:b"), AlertSeverity::Warning),
                   finding(QStringLiteral("late:c"), AlertSeverity::Severe)},
                  3000);
    changed.clear();
    model.refresh();
    QCOMPARE(order(model), QStringList({QStringLiteral("late:c"), QStringLiteral("late:a"),
                                        QStringLiteral("late:b")}));
    QVERIFY(!changed.isEmpty());
    // "c" goes away.
    m_store->sync({finding(QStringLiteral("late:a"), AlertSeverity::Severe),
                   finding(QStringLiteral("late:b"), AlertSeverity::Warning)},
                  4000);
    model.refresh();
    QCOMPARE(order(model), QStringList({QStringLiteral("late:a"), QStringLiteral("late:b")}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(resets.size(), 0);
    // Nothing changed: nothing announced.
    changed.clear();
    inserted.clear();
    model.refresh();
    QVERIFY(changed.isEmpty());
    QVERIFY(inserted.isEmpty());
}

void TestAlertListModel::ordersAndCounts()
{
    AlertListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &AlertListModel::countsChanged);
    m_store->sync({finding(QStringLiteral("late:old"), AlertSeverity::Severe)}, 1000);
    m_store->sync({finding(QStringLiteral("late:old"), AlertSeverity::Severe),
                   finding(QStringLiteral("late:new"), AlertSeverity::Info)},
                  2000);
    model.refresh();
    QCOMPARE(order(model), QStringList({QStringLiteral("late:old"), QStringLiteral("late:new")}));
    model.setOrder(AlertListModel::Order::NewestFirst);
    QCOMPARE(order(model), QStringList({QStringLiteral("late:new"), QStringLiteral("late:old")}));
    QCOMPARE(model.openCount(), 2);
    QCOMPARE(model.unacknowledgedCount(), 2);
    QCOMPARE(counts.constLast().at(0).toInt(), 2);
    m_store->acknowledge(model.alert(0)->id, QStringLiteral("Joost"), 2500);
    model.refresh();
    QCOMPARE(model.unacknowledgedCount(), 1);
    QCOMPARE(counts.constLast().at(1).toInt(), 1);
    QCOMPARE(model.index(0, 0).data(AlertListModel::AcknowledgedRole).toBool(), true);
}

void TestAlertListModel::historyShowsResolvedBelowOpen()
{
    AlertListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = m_store->sync({finding(QStringLiteral("late:x"), AlertSeverity::Severe),
                                     finding(QStringLiteral("late:y"), AlertSeverity::Info)},
                                    1000)
                          .raised.constFirst()
                          .id;
    m_store->resolve(id, QStringLiteral("Joost"), 1500, QStringLiteral("Gebeld"));
    model.refresh();
    QCOMPARE(order(model), QStringList{QStringLiteral("late:y")});
    model.setHistorySince(500);
    QCOMPARE(order(model), QStringList({QStringLiteral("late:y"), QStringLiteral("late:x")}));
    QCOMPARE(model.index(1, 0).data(AlertListModel::OpenRole).toBool(), false);
    QCOMPARE(model.openCount(), 1);
    model.setHistorySince(0);
    QCOMPARE(model.rowCount(), 1);
}

void TestAlertListModel::displaysTheAlert()
{
    AlertListModel model(*m_store);
    m_store->sync({finding(QStringLiteral("late:R"), AlertSeverity::Severe)}, 1000);
    model.refresh();
    QCOMPARE(model.index(0, AlertListModel::RouteCol).data().toString(), QStringLiteral("R-R"));
    QVERIFY(model.index(0, AlertListModel::SummaryCol).data().toString().contains(
        QStringLiteral("12")));
    QCOMPARE(model.index(0, AlertListModel::StateCol).data().toString(), QStringLiteral("New"));
    QCOMPARE(model.index(0, 0).data(AlertListModel::RouteIdRole).toString(), QStringLiteral("R-R"));
    QVERIFY(!model.headerData(AlertListModel::KindCol, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestAlertListModel)
#include "tst_alertlistmodel.moc"
