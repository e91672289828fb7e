// RequestedVisitsModel: the return visits promised for a day no route takes
// yet, read from a real store fed through the ingester; it follows a
// reschedule and its undo through the notifier, and writes the list as CSV
// for the planning system.

#include "feedlines.h"
#include "itemmodels/requestedvisitsmodel.h"
#include "operationfixture.h"
#include "replan/changecommand.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace FeedLines;
using Replan::ChangeCommand;
using Replan::ChangeSet;

namespace {

const QString RA = QStringLiteral("R-A");
const QString NextDay = QStringLiteral("2026-11-24");

RouteSpec routeA()
{
    RouteSpec r;
    r.id = RA;
    r.vehicleId = QStringLiteral("V-A");
    r.date = testDay();
    r.stops = {StopSpec(QStringLiteral("S-1"), 1, QTime(9, 0)),
               StopSpec(QStringLiteral("S-2"), 2, QTime(10, 0)),
               StopSpec(QStringLiteral("S-3"), 3, QTime(11, 0))};
    return r;
}

ChangeSet reschedule(const QString &stopId, int fromHour, const QString &note)
{
    ChangeSet c;
    c.kind = ChangeSet::Kind::Reschedule;
    c.reason = Replan::Reason::NotHome;
    c.note = note;
    c.reschedules = {{stopId, NextDay, QString(), 0, msAt(fromHour, 0, 0, NextDay),
                      msAt(fromHour + 2, 0, 0, NextDay), 0}};
    return c;
}

} // namespace

class TestRequestedVisitsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsARescheduleAndItsUndo();
    void earliestDayAndWindowFirst();
    void csvForThePlanningSystem();

private:
    std::unique_ptr<OperationFixture> m_op;
};

void TestRequestedVisitsModel::init()
{
    m_op = std::make_unique<OperationFixture>(dateTimeAt(9, 30));
    QCOMPARE(m_op->feed({plan(at(6, 0), routeA())}).rejected(), 0);
}

void TestRequestedVisitsModel::cleanup()
{
    m_op.reset();
}

void TestRequestedVisitsModel::followsARescheduleAndItsUndo()
{
    RequestedVisitsModel model(m_op->db(), m_op->notifier());
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(RequestedVisitsModel::ColumnCount));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    ChangeCommand command(m_op->db(), m_op->notifier(),
                          reschedule(QStringLiteral("S-2"), 13, QStringLiteral("Away today")),
                          QStringLiteral("Ria"), m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(resets.size(), 1); // one re-plan, one reading
    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(0, RequestedVisitsModel::VisitIdRole).toString(), QStringLiteral("S-2-R2"));
    QCOMPARE(cell(0, RequestedVisitsModel::DayRole).toString(), NextDay);
    QCOMPARE(cell(RequestedVisitsModel::WindowCol).toString(), QStringLiteral("13:00–15:00"));
    QCOMPARE(cell(RequestedVisitsModel::CustomerCol).toString(),
             m_op->store().stopsByIds({QStringLiteral("S-2")}).first().customer.name);
    QCOMPARE(cell(RequestedVisitsModel::AttemptCol).toInt(), 2);
    QCOMPARE(cell(RequestedVisitsModel::ReasonCol).toString(),
             Replan::reasonText(Replan::Reason::NotHome));
    QCOMPARE(cell(RequestedVisitsModel::ReasonCol, Qt::ToolTipRole).toString(),
             QStringLiteral("Away today"));
    QCOMPARE(cell(RequestedVisitsModel::FromStopCol).toString(), QStringLiteral("S-2"));
    QVERIFY(cell(RequestedVisitsModel::RequestedCol).toString().startsWith(QStringLiteral("Ria")));

    // Nothing changed: no reset.
    model.refresh();
    QCOMPARE(resets.size(), 1);

    command.undo();
    QTRY_COMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 2);

    // Hidden, the list does not read the store for every change; shown, it
    // catches up at once.
    model.setFollowing(false);
    command.redo();
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 2);
    model.setFollowing(true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.size(), 3);
}

void TestRequestedVisitsModel::earliestDayAndWindowFirst()
{
    for (const auto &[stop, hour] :
         {std::pair{QStringLiteral("S-3"), 14}, std::pair{QStringLiteral("S-1"), 8}}) {
        ChangeCommand command(m_op->db(), m_op->notifier(), reschedule(stop, hour, QString()),
                              QStringLiteral("Ria"), m_op->clock());
        command.redo();
        QVERIFY2(!command.failed(), qPrintable(command.error()));
    }
    RequestedVisitsModel model(m_op->db());
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.visits().at(0).previousStop, QStringLiteral("S-1"));
    QCOMPARE(model.visits().at(1).previousStop, QStringLiteral("S-3"));
    QCOMPARE(model.headerData(RequestedVisitsModel::WindowCol, Qt::Horizontal).toString(),
             QStringLiteral("Window"));
}

void TestRequestedVisitsModel::csvForThePlanningSystem()
{
    ChangeCommand command(m_op->db(), m_op->notifier(),
                          reschedule(QStringLiteral("S-2"), 13,
                                     QStringLiteral("=call first, \"after 1pm\"")),
                          QStringLiteral("Ria"), m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    RequestedVisitsModel model(m_op->db());
    const QList<QByteArray> lines = model.toCsv().split('\n');
    QCOMPARE(lines.size(), 3); // header, one visit, the empty rest after the last line end
    QVERIFY(lines.at(0).startsWith("visit,day,window_start,window_end,customer"));
    const QByteArray row = lines.at(1);
    QVERIFY2(row.startsWith("S-2-R2,2026-11-24,2026-11-24T13:00:00+01:00,"), row.constData());
    QVERIFY(row.contains(",not_home,"));
    // A note with a comma and quotes is one field; one starting like a
    // formula is not run by a spreadsheet.
    QVERIFY2(row.contains(",\"'=call first, \"\"after 1pm\"\"\",S-2,Ria,"), row.constData());
}

QTEST_GUILESS_MAIN(TestRequestedVisitsModel)
#include "tst_requestedvisitsmodel.moc"
