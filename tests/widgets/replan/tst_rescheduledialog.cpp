#include "replanscenario.h"

#include "replan/rescheduledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace ReplanScenario;

// The reschedule dialog on a real store: suggested slots per day, a reason
// and a note, a day and window of one's own, several stops at once.
class TestRescheduleDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<OperationFixture>(FeedLines::dateTimeAt(6, 0));
        RouteAt today{QStringLiteral("R-1"),
                      QStringLiteral("V-1"),
                      QTime(8, 0),
                      {{QStringLiteral("S-1"), km(10, 1), QTime(10, 0), QTime(12, 0)},
                       {QStringLiteral("S-2"), km(12, 1), QTime(10, 0), QTime(12, 0)}}};
        RouteAt tuesday{QStringLiteral("R-T1"),
                        QStringLiteral("V-1"),
                        QTime(8, 0),
                        {{QStringLiteral("T-1"), km(20, 0)}}};
        tuesday.date = kTuesday;
        load(*m_fixture, {today, tuesday});
    }
    void cleanup() { m_fixture.reset(); }

    void acceptsTheSuggestedSlotWithReasonAndNote()
    {
        RescheduleDialog dialog(m_fixture->db(), {QStringLiteral("S-1")}, FeedLines::msAt(9, 0));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.slots().isEmpty());
        const Replan::Slot &first = dialog.slots().first();
        QCOMPARE(first.day, kTuesday);
        QCOMPARE(first.routeId, QStringLiteral("R-T1"));

        // Per working day one branch: Tuesday to the next Monday.
        auto *tree = dialog.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 5);
        QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toInt(), 0);
        QVERIFY(tree->currentItem()->text(0).contains(QStringLiteral("R-T1")));
        QVERIFY(tree->currentItem()->text(3).startsWith(QLatin1Char('+')));

        auto *reason = dialog.findChild<QComboBox *>();
        QCOMPARE(reason->count(), Replan::allReasons().size());
        reason->setFocus();
        reason->setCurrentIndex(reason->findData(int(Replan::Reason::NotHome)));
        auto *note = dialog.findChild<QLineEdit *>();
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Buren hadden geen sleutel"));

        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Replan::ChangeSet change = dialog.changeSet();
        QCOMPARE(change.kind, Replan::ChangeSet::Kind::Reschedule);
        QCOMPARE(change.reason, Replan::Reason::NotHome);
        QCOMPARE(change.note, QStringLiteral("Buren hadden geen sleutel"));
        QCOMPARE(change.reschedules.size(), 1);
        const Replan::Reschedule &r = change.reschedules.first();
        QCOMPARE(r.stopId, QStringLiteral("S-1"));
        QCOMPARE(r.day, kTuesday);
        QCOMPARE(r.routeId, QStringLiteral("R-T1"));
        QCOMPARE(r.seq, 1);
        QCOMPARE(r.windowStart, FeedLines::msAt(10, 0, 0, kTuesday));
        QCOMPARE(r.windowEnd, FeedLines::msAt(12, 0, 0, kTuesday));
        QVERIFY(r.plannedArrival >= r.windowStart && r.plannedArrival <= r.windowEnd);
    }

    void aToBePlannedWindowByKeyboard()
    {
        RescheduleDialog dialog(m_fixture->db(), {QStringLiteral("S-1")}, FeedLines::msAt(9, 0));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tree = dialog.findChild<QTreeWidget *>();
        tree->setFocus();
        // Down from Tuesday's route to Wednesday's first usual window (the day row is skipped).
        QTest::keyClick(tree, Qt::Key_Down);
        QTest::keyClick(tree, Qt::Key_Down);
        const int index = tree->currentItem()->data(0, Qt::UserRole).toInt();
        QVERIFY(dialog.slots().at(index).toBePlanned());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Replan::Reschedule r = dialog.changeSet().reschedules.first();
        QCOMPARE(r.day, QStringLiteral("2026-11-25"));
        QVERIFY(r.routeId.isEmpty());
        QCOMPARE(r.windowStart, FeedLines::msAt(8, 0, 0, QStringLiteral("2026-11-25")));
        QCOMPARE(r.windowEnd, FeedLines::msAt(10, 0, 0, QStringLiteral("2026-11-25")));
    }

    // No route of the coming days has room yet: the dialog opens on the
    // customer's own window of the first day, not on that day's earliest.
    void withoutRoutesTheOwnWindowIsOffered()
    {
        OperationFixture fixture(FeedLines::dateTimeAt(6, 0));
        load(fixture, {RouteAt{QStringLiteral("R-1"),
                               QStringLiteral("V-1"),
                               QTime(8, 0),
                               {{QStringLiteral("S-1"), km(10, 1), QTime(14, 0), QTime(16, 0)}}}});
        RescheduleDialog dialog(fixture.db(), {QStringLiteral("S-1")}, FeedLines::msAt(9, 0));
        QVERIFY(!dialog.slots().isEmpty());
        QVERIFY(dialog.slots().first().toBePlanned());
        auto *tree = dialog.findChild<QTreeWidget *>();
        const int index = tree->currentItem()->data(0, Qt::UserRole).toInt();
        QVERIFY(index > 0);
        QCOMPARE(dialog.slots().at(index).day, dialog.slots().first().day);
        dialog.accept();
        const Replan::Reschedule r = dialog.changeSet().reschedules.first();
        QCOMPARE(r.windowStart, FeedLines::msAt(14, 0, 0, r.day));
        QCOMPARE(r.windowEnd, FeedLines::msAt(16, 0, 0, r.day));
    }

    void aDayAndWindowOfOnesOwn_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QTime>("from");
        QTest::addColumn<QTime>("to");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("Thursday afternoon")
            << QDate(2026, 11, 26) << QTime(14, 0) << QTime(16, 0) << true;
        QTest::newRow("window ends before it starts")
            << QDate(2026, 11, 26) << QTime(14, 0) << QTime(13, 0) << false;
        QTest::newRow("Sunday") << QDate(2026, 11, 29) << QTime(10, 0) << QTime(12, 0) << false;
    }

    void aDayAndWindowOfOnesOwn()
    {
        QFETCH(QDate, day);
        QFETCH(QTime, from);
        QFETCH(QTime, to);
        QFETCH(bool, accepted);
        RescheduleDialog dialog(m_fixture->db(), {QStringLiteral("S-1"), QStringLiteral("S-2")},
                                FeedLines::msAt(9, 0));
        dialog.setReason(Replan::Reason::CustomerRequest);
        dialog.setCustom(day, from, to);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->isEnabled(), accepted);
        dialog.accept();
        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
        if (!accepted) {
            QVERIFY(dialog.changeSet().isEmpty());
            return;
        }
        const Replan::ChangeSet change = dialog.changeSet();
        QCOMPARE(change.reason, Replan::Reason::CustomerRequest);
        QCOMPARE(change.reschedules.size(), 2);
        for (const Replan::Reschedule &r : change.reschedules) {
            QCOMPARE(r.day, day.toString(Qt::ISODate));
            QVERIFY(r.routeId.isEmpty());
            QCOMPARE(r.windowStart, FeedLines::msAt(from.hour(), from.minute(), 0, r.day));
            QCOMPARE(r.windowEnd, FeedLines::msAt(to.hour(), to.minute(), 0, r.day));
        }
    }

    void severalStopsShareASlot()
    {
        RescheduleDialog dialog(m_fixture->db(), {QStringLiteral("S-1"), QStringLiteral("S-2")},
                                FeedLines::msAt(9, 0));
        QCOMPARE(dialog.slots().first().routeId, QStringLiteral("R-T1"));
        dialog.selectSlot(0);
        dialog.accept();
        const Replan::ChangeSet change = dialog.changeSet();
        QCOMPARE(change.reschedules.size(), 2);
        QCOMPARE(change.reschedules.at(0).routeId, QStringLiteral("R-T1"));
        QCOMPARE(change.reschedules.at(1).routeId, QStringLiteral("R-T1"));
        QVERIFY(change.reschedules.at(0).seq != change.reschedules.at(1).seq);
    }

    void cancelGivesNoChange()
    {
        RescheduleDialog dialog(m_fixture->db(), {QStringLiteral("S-1")}, FeedLines::msAt(9, 0));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.changeSet().isEmpty());
    }

    // The reason starts from what the feed says happened: the crew's report
    // at the door or the van's breakdown; a stop not visited yet starts at
    // "Other" (a late stop rescheduled from its alert was not "not home").
    void reasonStartsFromWhatHappened_data()
    {
        QTest::addColumn<QString>("outcome"); // of S-1; empty: not visited
        QTest::addColumn<bool>("vanBrokeDown");
        QTest::addColumn<QStringList>("stops");
        QTest::addColumn<int>("reason");
        const QStringList one{QStringLiteral("S-1")};
        const QStringList both{QStringLiteral("S-1"), QStringLiteral("S-2")};
        QTest::newRow("late, not visited")
            << QString() << false << one << int(Replan::Reason::Other);
        QTest::newRow("not home") << QStringLiteral("not_home") << false << one
                                  << int(Replan::Reason::NotHome);
        QTest::newRow("wrong product")
            << QStringLiteral("wrong_product") << false << one << int(Replan::Reason::WrongProduct);
        QTest::newRow("van broke down")
            << QString() << true << both << int(Replan::Reason::Breakdown);
        QTest::newRow("not home and not visited")
            << QStringLiteral("not_home") << false << both << int(Replan::Reason::Other);
    }
    void reasonStartsFromWhatHappened()
    {
        QFETCH(QString, outcome);
        QFETCH(bool, vanBrokeDown);
        QFETCH(QStringList, stops);
        QFETCH(int, reason);
        const QString route = QStringLiteral("R-1");
        const QString van = QStringLiteral("V-1");
        QList<QByteArray> lines{FeedLines::routeStarted(FeedLines::at(8, 0), route, van)};
        if (!outcome.isEmpty()) {
            lines.append(
                FeedLines::arrived(FeedLines::at(8, 20), QStringLiteral("S-1"), route, van));
            lines.append(FeedLines::completed(FeedLines::at(8, 30), QStringLiteral("S-1"), route,
                                              van, outcome));
        }
        if (vanBrokeDown)
            lines.append(
                FeedLines::vehicleStatus(FeedLines::at(8, 40), van, QStringLiteral("breakdown")));
        m_fixture->feed(lines);
        RescheduleDialog dialog(m_fixture->db(), stops, FeedLines::msAt(9, 0));
        auto *combo = dialog.findChild<QComboBox *>();
        QCOMPARE(combo->currentData().toInt(), reason);
        dialog.selectSlot(0);
        dialog.accept();
        QCOMPARE(int(dialog.changeSet().reason), reason);
    }

private:
    const QString kTuesday = QStringLiteral("2026-11-24");
    std::unique_ptr<OperationFixture> m_fixture;
};

QTEST_MAIN(TestRescheduleDialog)
#include "tst_rescheduledialog.moc"
