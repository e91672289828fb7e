#include "reviewfixture.h"

#include "core/changenotifier.h"
#include "core/clock.h"
#include "reviews/reviewcaseopener.h"
#include "reviews/workingcalendar.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestReviewCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 25);
    }

    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(WorkingCalendar::easterSunday(year), easter);
    }

    void dueDates_data()
    {
        QTest::addColumn<QDateTime>("opened"); // company time
        QTest::addColumn<int>("workingDays");
        QTest::addColumn<bool>("liberationEveryYear");
        QTest::addColumn<QDate>("due");
        auto at = [](int y, int m, int d, int h = 10) {
            return QDateTime(QDate(y, m, d), QTime(h, 0), TimeFormat::companyZone());
        };
        QTest::newRow("Monday") << at(2026, 11, 23) << 2 << false << QDate(2026, 11, 25);
        QTest::newRow("Monday, late evening")
            << at(2026, 11, 23, 23) << 2 << false << QDate(2026, 11, 25);
        QTest::newRow("Thursday over the weekend")
            << at(2026, 11, 26) << 2 << false << QDate(2026, 11, 30);
        QTest::newRow("Friday") << at(2026, 11, 27) << 2 << false << QDate(2026, 12, 1);
        QTest::newRow("Saturday") << at(2026, 11, 28) << 2 << false << QDate(2026, 12, 1);
        QTest::newRow("Sunday") << at(2026, 11, 29) << 2 << false << QDate(2026, 12, 1);
        QTest::newRow("Christmas") << at(2026, 12, 23) << 2 << false << QDate(2026, 12, 28);
        QTest::newRow("New Year") << at(2025, 12, 31) << 2 << false << QDate(2026, 1, 5);
        QTest::newRow("Easter Monday, Good Friday worked")
            << at(2026, 4, 2) << 2 << false << QDate(2026, 4, 7);
        QTest::newRow("King's Day") << at(2026, 4, 24) << 2 << false << QDate(2026, 4, 29);
        QTest::newRow("Ascension Day") << at(2026, 5, 13) << 2 << false << QDate(2026, 5, 18);
        QTest::newRow("Whit Monday") << at(2026, 5, 22) << 2 << false << QDate(2026, 5, 27);
        QTest::newRow("Liberation Day, lustrum year")
            << at(2025, 5, 2) << 2 << false << QDate(2025, 5, 7);
        QTest::newRow("Liberation Day, other year")
            << at(2026, 5, 4) << 2 << false << QDate(2026, 5, 6);
        QTest::newRow("Liberation Day every year")
            << at(2026, 5, 4) << 2 << true << QDate(2026, 5, 7);
        QTest::newRow("three working days") << at(2026, 11, 26) << 3 << false << QDate(2026, 12, 1);
        QTest::newRow("one working day from Friday")
            << at(2026, 11, 27) << 1 << false << QDate(2026, 11, 30);
        QTest::newRow("zero: the next working day from Saturday")
            << at(2026, 11, 28) << 0 << false << QDate(2026, 11, 30);
        QTest::newRow("zero on a working day")
            << at(2026, 11, 24) << 0 << false << QDate(2026, 11, 24);
    }

    void dueDates()
    {
        QFETCH(QDateTime, opened);
        QFETCH(int, workingDays);
        QFETCH(bool, liberationEveryYear);
        QFETCH(QDate, due);
        ReviewFixture f;
        ReviewCaseRules rules;
        rules.workingDays = workingDays;
        rules.liberationDayEveryYear = liberationEveryYear;
        f.store().setCaseRules(rules);
        QCOMPARE(f.store().dueDateFor(opened.toMSecsSinceEpoch()), due);
        // and a case opened then is due that day
        f.addReview(QStringLiteral("RV-1"), QStringLiteral("S-1"), 4, QStringLiteral("slecht"),
                    opened.toMSecsSinceEpoch());
        QCOMPARE(f.store().openCasesFor({QStringLiteral("RV-1")}, opened.toMSecsSinceEpoch()), 1);
        QCOMPARE(f.store().caseForReview(QStringLiteral("RV-1"))->dueDate, due);
    }

    void transitions_data()
    {
        QTest::addColumn<QStringList>("actions");  // contact, resolve:NOTE, reopen
        QTest::addColumn<QStringList>("outcomes"); // ok or refused, per action
        QTest::addColumn<QString>("finalState");
        QTest::newRow("open, contacted, resolved")
            << QStringList{"contact", "resolve:Gebeld, nieuwe bank besteld"}
            << QStringList{"ok", "ok"} << "resolved";
        QTest::newRow("resolved straight away")
            << QStringList{"resolve:Klant was al geholpen"} << QStringList{"ok"} << "resolved";
        QTest::newRow("contacted twice")
            << QStringList{"contact", "contact"} << QStringList{"ok", "refused"} << "contacted";
        QTest::newRow("resolved without a note") << QStringList{"resolve:", "resolve:   "}
                                                 << QStringList{"refused", "refused"} << "open";
        QTest::newRow("resolved twice")
            << QStringList{"resolve:a", "resolve:b"} << QStringList{"ok", "refused"} << "resolved";
        QTest::newRow("contacted after resolving")
            << QStringList{"resolve:a", "contact"} << QStringList{"ok", "refused"} << "resolved";
        QTest::newRow("reopen an open case")
            << QStringList{"reopen"} << QStringList{"refused"} << "open";
        QTest::newRow("reopened, contacted, resolved again")
            << QStringList{"resolve:a", "reopen", "contact", "resolve:b"}
            << QStringList{"ok", "ok", "ok", "ok"} << "resolved";
    }

    void transitions()
    {
        QFETCH(QStringList, actions);
        QFETCH(QStringList, outcomes);
        QFETCH(QString, finalState);
        ReviewFixture f;
        const qint64 t0 = ReviewFixture::at(2026, 11, 23, 18);
        f.addReview(QStringLiteral("RV-1"), QStringLiteral("S-1"), 2, QStringLiteral("slecht"), t0);
        QCOMPARE(f.store().openCasesFor({QStringLiteral("RV-1")}, t0), 1);
        const qint64 id = f.store().caseForReview(QStringLiteral("RV-1"))->id;
        qint64 t = t0;
        for (int i = 0; i < actions.size(); ++i) {
            t += 60000;
            const QString action = actions.at(i);
            bool ok = true;
            try {
                if (action == QLatin1String("contact"))
                    f.store().markContacted(id, QStringLiteral("Petra"), t);
                else if (action == QLatin1String("reopen"))
                    f.store().reopenCase(id, QStringLiteral("Petra"), t);
                else
                    f.store().resolveCase(id, action.mid(8), QStringLiteral("Petra"), t);
            } catch (const ReviewCaseError &e) {
                ok = false;
                QVERIFY(!e.message().isEmpty());
            }
            QCOMPARE(ok ? QStringLiteral("ok") : QStringLiteral("refused"), outcomes.at(i));
        }
        const ReviewCase c = *f.store().caseById(id);
        QCOMPARE(Reviews::caseStateKey(c.state), finalState);
        if (c.state == Reviews::CaseState::Resolved) {
            QVERIFY(c.resolvedAt > t0);
            QVERIFY(!c.resolution.isEmpty());
        }
        if (actions.contains(QStringLiteral("contact")) &&
            outcomes.at(actions.indexOf(QStringLiteral("contact"))) == QLatin1String("ok"))
            QVERIFY(c.contactedAt > t0);
    }

    void overdue()
    {
        ReviewFixture f;
        const qint64 monday = ReviewFixture::at(2026, 11, 23, 18);
        f.addReview(QStringLiteral("RV-1"), QStringLiteral("S-1"), 2, QStringLiteral("slecht"),
                    monday);
        f.store().openCasesFor({QStringLiteral("RV-1")}, monday);
        ReviewCase c = *f.store().caseForReview(QStringLiteral("RV-1"));
        QCOMPARE(c.dueDate, QDate(2026, 11, 25));
        QVERIFY(!c.isOverdue(QDate(2026, 11, 25)));
        QVERIFY(c.isOverdue(QDate(2026, 11, 26)));
        f.store().markContacted(c.id, QStringLiteral("Petra"), monday + 1);
        QVERIFY(f.store().caseById(c.id)->isOverdue(QDate(2026, 11, 26)));
        f.store().resolveCase(c.id, QStringLiteral("opgelost"), QStringLiteral("Petra"),
                              monday + 2);
        QVERIFY(!f.store().caseById(c.id)->isOverdue(QDate(2026, 11, 26)));
        QVERIFY(f.store().unresolvedCases().isEmpty());
    }

    void ownerAndReturnVisit()
    {
        ReviewFixture f;
        ReviewCaseRules rules;
        rules.owner = QStringLiteral("Petra");
        f.store().setCaseRules(rules);
        f.addReview(QStringLiteral("RV-1"), QStringLiteral("S-1"), 1, QStringLiteral("kapot"), 1);
        f.store().openCasesFor({QStringLiteral("RV-1")}, 1);
        ReviewCase c = *f.store().caseForReview(QStringLiteral("RV-1"));
        QCOMPARE(c.owner, QStringLiteral("Petra"));
        f.store().setCaseOwner(c.id, QStringLiteral("Joost"), QStringLiteral("Petra"), 2);
        f.store().setReturnVisit(c.id, QStringLiteral("S-3"), QStringLiteral("Joost"), 3);
        c = *f.store().caseById(c.id);
        QCOMPARE(c.owner, QStringLiteral("Joost"));
        QCOMPARE(c.returnStopId, QStringLiteral("S-3"));
        QVERIFY_THROWS_EXCEPTION(ReviewCaseError, f.store().markContacted(999, {}, 4));
    }

    void openerFollowsTheNotifier()
    {
        ReviewFixture f;
        ReviewCaseRules rules;
        rules.owner = QStringLiteral("Petra");
        f.store().setCaseRules(rules);
        std::unique_ptr<Clock> clock(
            Clock::stepped(QDateTime(QDate(2026, 11, 27), QTime(9, 0), TimeFormat::companyZone())));
        ChangeNotifier notifier;
        ReviewCaseOpener opener(f.store(), clock.get(), &notifier);
        QSignalSpy opened(&opener, &ReviewCaseOpener::casesOpened);
        // Stored before the opener listened: only the catch-up sees them.
        f.addReview(QStringLiteral("RV-OLD"), QStringLiteral("S-1"), 6, QStringLiteral("matig"), 1);
        f.addReview(QStringLiteral("RV-OK"), QStringLiteral("S-1"), 7, QStringLiteral("ok"), 2);
        QCOMPARE(opener.catchUp(), 1);
        QCOMPARE(opener.catchUp(), 0);
        // Announced by the feed after its batch.
        f.addReview(QStringLiteral("RV-BAD"), QStringLiteral("S-2"), 0, QStringLiteral("slecht"),
                    3);
        f.addReview(QStringLiteral("RV-TOP"), QStringLiteral("S-2"), 10, QStringLiteral("top"), 4);
        ChangeNotifier::Batch batch;
        batch.reviewsAdded = {QStringLiteral("RV-BAD"), QStringLiteral("RV-TOP")};
        notifier.publish(batch);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(1).at(0).toInt(), 1);
        const std::optional<ReviewCase> c = f.store().caseForReview(QStringLiteral("RV-BAD"));
        QVERIFY(c);
        QCOMPARE(c->owner, QStringLiteral("Petra"));
        QCOMPARE(c->dueDate, QDate(2026, 12, 1)); // Friday + 2 working days
        QVERIFY(!f.store().caseForReview(QStringLiteral("RV-TOP")));
        // the same announcement again opens nothing new
        notifier.publish(batch);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(f.store().unresolvedCases().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewCases)
#include "tst_reviewcases.moc"
