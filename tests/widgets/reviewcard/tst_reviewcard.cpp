// The review card offscreen on a real SQLite store: the whole delivery behind
// a return visit's review (window against arrival, services done, outcome,
// the earlier attempt with why it was moved and links to it and its review),
// the notices sent for the stop, the customer's earlier reviews (a click
// opens one), the crew with links to their figures; and a review whose stop
// is not in the store.

#include "core/clock.h"
#include "core/domaintext.h"
#include "core/timeformat.h"
#include "notices/incident.h"
#include "notices/noticestore.h"
#include "replan/changeset.h"
#include "reviews/reviewcard.h"
#include "reviews/reviewstore.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), TimeFormat::companyZone())
        .toMSecsSinceEpoch();
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

QString labelText(QWidget *parent, const QString &name)
{
    QLabel *label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

// One customer, two attempts: S-1 on the 23rd (not home, moved by the desk)
// and the return visit S-2 on the 25th (late, delivered, installed); a review
// of each, a third review of the customer after S-2's; an unrelated review
// of another customer; snow notices for S-2, one sent and one failed.
struct World
{
    World()
    {
        QVERIFY(dir.isValid());
        db = std::make_unique<Database>(
            DatabaseConfig::sqlite(dir.filePath(QStringLiteral("card.sqlite"))));
        const QString fill = QStringLiteral(
            "INSERT INTO hubs VALUES ('H-UT', 'Utrecht', 52.1, 5.1);"
            "INSERT INTO clients VALUES ('CL-1', 'Witgoed Online');"
            "INSERT INTO products (id, type, description, model) VALUES"
            " ('P-1', 'washing_machine', 'Wasmachine 8 kg', 'WM-800');"
            "INSERT INTO customers (id, name, city, lat, lon) VALUES"
            " ('K-1', 'Anna de Vries', 'Utrecht', 52.1, 5.1),"
            " ('K-2', 'Bram Visser', 'Zeist', 52.1, 5.2);"
            "INSERT INTO crew_members VALUES ('D-SEM', 'Sem Jansen'), ('D-DAAN', 'Daan Bakker'),"
            " ('D-EVA', 'Eva Smit');"
            "INSERT INTO vehicles (id) VALUES ('V-1');"
            "INSERT INTO routes (id, day, hub_id, vehicle_id, planned_start, plan_ts, plan_event)"
            " VALUES ('R-23', '2026-11-23', 'H-UT', 'V-1', 0, 0, 'e1'),"
            " ('R-25', '2026-11-25', 'H-UT', 'V-1', 0, 0, 'e2');"
            "INSERT INTO route_crew VALUES ('R-23', 0, 'D-EVA'), ('R-25', 0, 'D-SEM'),"
            " ('R-25', 1, 'D-DAAN')");
        for (const QString &statement : fill.split(QLatin1Char(';')))
            db->exec(statement);
        addStop(QStringLiteral("S-1"), QStringLiteral("R-23"), QStringLiteral("K-1"), 1, {},
                at(23, 10), at(23, 12), at(23, 11, 5), QStringLiteral("not_home"),
                QStringLiteral("Niemand thuis, buren wisten van niets"), QStringLiteral("failed"));
        db->exec(QStringLiteral("UPDATE stops SET moved_reason = 'not_home',"
                                " moved_note = 'klant belt terug', moved_by = 'Sanne',"
                                " moved_at = %1 WHERE id = 'S-1'")
                     .arg(at(23, 14)));
        addStop(QStringLiteral("S-2"), QStringLiteral("R-25"), QStringLiteral("K-1"), 2,
                QStringLiteral("S-1"), at(25, 10), at(25, 12), at(25, 12, 35),
                QStringLiteral("delivered"), QString(), QStringLiteral("done"));
        addStop(QStringLiteral("S-3"), QStringLiteral("R-25"), QStringLiteral("K-2"), 1, {},
                at(25, 8), at(25, 10), at(25, 9), QStringLiteral("delivered"), QString(),
                QStringLiteral("done"));

        reviews = std::make_unique<ReviewStore>(*db);
        addReview(QStringLiteral("RV-1"), QStringLiteral("S-1"), 4,
                  QStringLiteral("Niemand gekomen in het tijdvak, heel de ochtend gewacht."),
                  at(23, 18));
        addReview(QStringLiteral("RV-2"), QStringLiteral("S-2"), 8,
                  QStringLiteral("Deze keer wel gekomen, netjes aangesloten maar weer te laat."),
                  at(25, 18));
        addReview(QStringLiteral("RV-3"), QStringLiteral("S-3"), 10, QStringLiteral("Top!"),
                  at(25, 19));
        addReview(QStringLiteral("RV-9"), QStringLiteral("S-2"), 9,
                  QStringLiteral("Machine draait prima."), at(27, 9));
        addReview(QStringLiteral("RV-X"), QStringLiteral("S-404"), 7,
                  QStringLiteral("Welke levering?"), at(26, 9));

        notices = std::make_unique<Notices::NoticeStore>(*db);
        Notices::Incident snow;
        snow.kind = Notices::IncidentKind::Snow;
        snow.scope.routeIds = {QStringLiteral("R-25")};
        snow.createdAt = at(25, 7);
        const QString incident = notices->addIncident(snow);
        sentId = queue(incident, QStringLiteral("sms"), at(25, 7, 5));
        notices->markSent(sentId, at(25, 7, 6), QStringLiteral("200"));
        Notices::Incident breakdown;
        breakdown.kind = Notices::IncidentKind::Breakdown;
        breakdown.scope.stopIds = {QStringLiteral("S-2")};
        breakdown.createdAt = at(25, 11);
        failedId = queue(notices->addIncident(breakdown), QStringLiteral("email"), at(25, 11, 2));
        notices->markFailed(failedId, at(25, 11, 3), QStringLiteral("mailbox full"),
                            QStringLiteral("550"));

        operations = std::make_unique<OperationStore>(*db);
        clock.reset(Clock::stepped(QDateTime::fromMSecsSinceEpoch(at(28, 9))));
    }

    void addStop(const QString &id, const QString &route, const QString &customer, int attempt,
                 const QString &previous, qint64 windowStart, qint64 windowEnd, qint64 arrived,
                 const QString &outcome, const QString &note, const QString &state)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO stops (id, route_id, seq, customer_id, client_id, product_id, services,"
            " window_start, window_end, planned_arrival, service_min, attempt, previous_stop,"
            " arrived_at, completed_at, outcome, services_done, note, state) VALUES"
            " (?, ?, 1, ?, 'CL-1', 'P-1', 'deliver,install,take_back', ?, ?, ?, 20, ?, ?, ?, ?,"
            " ?, ?, ?, ?)"));
        for (const QVariant &v :
             QVariantList{id, route, customer, windowStart, windowEnd, windowStart + 1800000,
                          attempt, previous, arrived, arrived + 1200000, outcome,
                          outcome == QLatin1String("delivered") ? QStringLiteral("deliver,install")
                                                                : QStringLiteral(""),
                          note, state}) // (a null text would bind as SQL NULL)
            q.addBindValue(v.userType() == QMetaType::QString && v.toString().isNull()
                               ? QVariant(QStringLiteral(""))
                               : v);
        Database::run(q);
    }

    void addReview(const QString &id, const QString &stop, int score, const QString &comment,
                   qint64 receivedAt)
    {
        Review r;
        r.id = id;
        r.stopId = stop;
        r.score = score;
        r.comment = comment;
        r.receivedAt = receivedAt;
        QVERIFY(reviews->addReview(r, QStringLiteral("feed")));
    }

    qint64 queue(const QString &incident, const QString &channel, qint64 when)
    {
        Notices::OutboxMessage m;
        m.incidentId = incident;
        m.customerId = QStringLiteral("K-1");
        m.stopId = QStringLiteral("S-2");
        m.idempotencyKey = incident + QStringLiteral("-K-1");
        m.language = QStringLiteral("nl");
        m.channel = channel;
        m.recipientName = QStringLiteral("Anna de Vries");
        m.phone = QStringLiteral("+31612345678");
        m.email = QStringLiteral("anna@example.nl");
        m.text = QStringLiteral("Beste Anna, door %1 ...").arg(channel);
        return notices->queueMessage(m, when);
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<ReviewStore> reviews;
    std::unique_ptr<Notices::NoticeStore> notices;
    std::unique_ptr<OperationStore> operations;
    std::unique_ptr<Clock> clock;
    qint64 sentId = 0;
    qint64 failedId = 0;
};

} // namespace

class TestReviewCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheWholeDelivery()
    {
        World w;
        ReviewCard card(*w.reviews, *w.operations, w.notices.get(), nullptr, w.clock.get(),
                        QStringLiteral("lead"));
        card.resize(640, 1200);
        card.show();
        card.showReview(QStringLiteral("RV-2"));
        QCOMPARE(card.reviewId(), QStringLiteral("RV-2"));
        QVERIFY(child<QLabel>(&card, QStringLiteral("cardError"))->isHidden());

        // promised window against the actual arrival
        QVERIFY2(labelText(&card, QStringLiteral("factWindow")).contains(QStringLiteral("10:00")),
                 qPrintable(labelText(&card, QStringLiteral("factWindow"))));
        QVERIFY(labelText(&card, QStringLiteral("factWindow")).contains(QStringLiteral("12:00")));
        const QString arrival = labelText(&card, QStringLiteral("factArrival"));
        QVERIFY2(arrival.contains(QStringLiteral("12:35")) &&
                     arrival.contains(QStringLiteral("35")),
                 qPrintable(arrival));
        QVERIFY(child<QLabel>(&card, QStringLiteral("factArrival"))->property("late").toBool());
        // services planned and done, outcome, visit
        QCOMPARE(labelText(&card, QStringLiteral("factServicesDone")),
                 DomainText::services({QStringLiteral("deliver"), QStringLiteral("install")}));
        QVERIFY(labelText(&card, QStringLiteral("factServices"))
                    .contains(DomainText::services({QStringLiteral("take_back")})));
        QVERIFY(labelText(&card, QStringLiteral("factOutcome"))
                    .contains(DomainText::outcome(Domain::Outcome::Delivered)));
        const QString visit = labelText(&card, QStringLiteral("factVisit"));
        QVERIFY2(visit.contains(QStringLiteral("2")) && visit.contains(QStringLiteral("S-1")),
                 qPrintable(visit));

        // the earlier attempt: when, how it ended, why it was moved
        const QString earlier = labelText(&card, QStringLiteral("factEarlierAttempt"));
        QVERIFY2(earlier.contains(QStringLiteral("S-1")), qPrintable(earlier));
        QVERIFY(earlier.contains(DomainText::outcome(Domain::Outcome::NotHome)));
        QVERIFY(earlier.contains(QStringLiteral("Niemand thuis")));
        const QString moved = labelText(&card, QStringLiteral("factMovedReason"));
        QVERIFY2(moved.contains(Replan::reasonText(Replan::Reason::NotHome)), qPrintable(moved));
        QVERIFY(moved.contains(QStringLiteral("klant belt terug")));
        QVERIFY(moved.contains(QStringLiteral("Sanne")));
        QSignalSpy stops(&card, &ReviewCard::stopRequested);
        QSignalSpy reviews(&card, &ReviewCard::reviewRequested);
        child<QPushButton>(&card, QStringLiteral("openEarlierAttemptButton"))->click();
        QCOMPARE(stops.size(), 1);
        QCOMPARE(stops.at(0).at(0).toString(), QStringLiteral("S-1"));
        QCOMPARE(stops.at(0).at(1).toString(), QStringLiteral("R-23"));
        child<QPushButton>(&card, QStringLiteral("openEarlierReviewButton"))->click();
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.at(0).at(0).toString(), QStringLiteral("RV-1"));

        // the notices sent for the stop: when, kind, state
        const QList<QLabel *> notices = card.findChildren<QLabel *>(QStringLiteral("noticeRow"));
        QCOMPARE(notices.size(), 2);
        QVERIFY(notices.at(0)->text().contains(Notices::kindText(Notices::IncidentKind::Snow)));
        QVERIFY(
            notices.at(0)->text().contains(Notices::messageStateText(Notices::MessageState::Sent)));
        QCOMPARE(notices.at(0)->property("stateKey").toString(), QStringLiteral("sent"));
        QVERIFY(
            notices.at(1)->text().contains(Notices::kindText(Notices::IncidentKind::Breakdown)));
        QVERIFY(notices.at(1)->text().contains(QStringLiteral("mailbox full")));
        QCOMPARE(notices.at(1)->property("stateKey").toString(), QStringLiteral("failed"));
        QVERIFY(notices.at(0)->text().contains(QStringLiteral("07:06")));

        // the customer's earlier reviews (not later ones, not other customers')
        QPushButton *first = child<QPushButton>(&card, QStringLiteral("earlierReview_RV-1"));
        QVERIFY(first);
        QVERIFY(first->text().startsWith(QStringLiteral("4 ")));
        QVERIFY(first->text().contains(QStringLiteral("Niemand gekomen")));
        QVERIFY(!card.findChild<QPushButton *>(QStringLiteral("earlierReview_RV-9")));
        QVERIFY(!card.findChild<QPushButton *>(QStringLiteral("earlierReview_RV-3")));
        first->click();
        QCOMPARE(reviews.size(), 2);
        QCOMPARE(reviews.at(1).at(0).toString(), QStringLiteral("RV-1"));

        // the crew, with their figures
        QCOMPARE(labelText(&card, QStringLiteral("crewMember_D-SEM")),
                 QStringLiteral("Sem Jansen"));
        QCOMPARE(labelText(&card, QStringLiteral("crewMember_D-DAAN")),
                 QStringLiteral("Daan Bakker"));
        QSignalSpy figures(&card, &ReviewCard::crewFiguresRequested);
        child<QPushButton>(&card, QStringLiteral("crewFigures_D-DAAN"))->click();
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.at(0).at(0).toString(), QStringLiteral("D-DAAN"));
        QCOMPARE(figures.at(0).at(1).toString(), QStringLiteral("Daan Bakker"));
        QVERIFY(child<QLabel>(&card, QStringLiteral("cardError"))->isHidden());
    }

    void firstVisitAndFirstReview()
    {
        World w;
        ReviewCard card(*w.reviews, *w.operations, w.notices.get(), nullptr, w.clock.get(),
                        QStringLiteral("lead"));
        card.showReview(QStringLiteral("RV-1"));
        QVERIFY(!labelText(&card, QStringLiteral("factVisit")).isEmpty());
        QVERIFY(!card.findChild<QLabel *>(QStringLiteral("factEarlierAttempt")));
        QVERIFY(!labelText(&card, QStringLiteral("factOutcome")).isEmpty());
        QVERIFY(card.findChildren<QLabel *>(QStringLiteral("noticeRow")).isEmpty());
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("noticesNone")));
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("earlierNone")));
        QCOMPARE(labelText(&card, QStringLiteral("crewMember_D-EVA")), QStringLiteral("Eva Smit"));
        // the next review of the customer lists this one; moving between
        // cards replaces what the last one showed
        card.showReview(QStringLiteral("RV-9"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(card.findChild<QPushButton *>(QStringLiteral("earlierReview_RV-2")));
        QVERIFY(card.findChild<QPushButton *>(QStringLiteral("earlierReview_RV-1")));
        QVERIFY(!card.findChild<QLabel *>(QStringLiteral("crewMember_D-EVA")));
        QCOMPARE(card.findChildren<QLabel *>(QStringLiteral("factVisit")).size(), 1);
    }

    void reviewOfAStopNotInTheStore()
    {
        World w;
        ReviewCard card(*w.reviews, *w.operations, w.notices.get(), nullptr, w.clock.get(),
                        QStringLiteral("lead"));
        card.showReview(QStringLiteral("RV-X"));
        QVERIFY(labelText(&card, QStringLiteral("factStop")).contains(QStringLiteral("S-404")));
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("noticesNone")));
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("earlierNone")));
        QVERIFY(
            card.findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^crewFigures_")))
                .isEmpty());
    }

    void withoutTheNoticesOutbox()
    {
        World w;
        ReviewCard card(*w.reviews, *w.operations, nullptr, nullptr, w.clock.get(),
                        QStringLiteral("lead"));
        card.showReview(QStringLiteral("RV-2"));
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("noticesNone")));
        QVERIFY(card.findChild<QPushButton *>(QStringLiteral("earlierReview_RV-1")));
    }
};

QTEST_MAIN(TestReviewCard)
#include "tst_reviewcard.moc"
