#include "noticefixture.h"

#include "core/clock.h"
#include "notices/incidentdialog.h"
#include "notices/noticecomposer.h"
#include "notices/noticestore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Notices;

Q_DECLARE_METATYPE(Notices::IncidentScope)

namespace {

// Amsterdam, where S6 (C5) and S7 (C6) are; Utrecht holds the other stops.
const QVector<QPointF> amsterdam = {{4.8, 52.3}, {5.0, 52.3}, {5.0, 52.45}, {4.8, 52.45}};
const QString amsterdamBox = QStringLiteral(R"({"bbox":[4.8,52.3,5.0,52.45]})");

IncidentScope routes(const QStringList &ids)
{
    IncidentScope s;
    s.routeIds = ids;
    return s;
}

// A weather warning for the fixture: "kind severity from-to area", hours of 1 Dec.
struct Warning
{
    QString kind;
    QString severity;
    int fromHour;
    int toHour;
    QString area;
};

} // namespace

Q_DECLARE_METATYPE(Warning)

// The kind of a new incident follows the situation of the stops it concerns,
// or waits for the dispatcher: a wrong kind would send the wrong notice.
class TestIncidentDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the company contact is read from the settings
        CompanyContact::save({});
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(DatabaseConfig::sqlite(
            m_dir.filePath(QStringLiteral("incident-%1.sqlite").arg(++m_files))));
        NoticeFixture::fill(*m_db);
        // 07:00 on 1 December, the day of R1, R2 and R3.
        m_clock.reset(
            Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    }

    void cleanup()
    {
        m_clock.reset();
        m_db.reset();
    }

    void kindFollowsTheSituation_data()
    {
        QTest::addColumn<IncidentScope>("scope");
        QTest::addColumn<QStringList>("brokenDown"); // vehicles
        QTest::addColumn<QList<Warning>>("warnings");
        QTest::addColumn<QString>("expectedKind"); // key, "" for none
        QTest::addColumn<QString>("hintSays");

        IncidentScope area;
        area.area = amsterdam;
        IncidentScope utrecht;
        utrecht.hubIds = {QStringLiteral("H-UTR")};
        const QString v2 = QStringLiteral("V-2");
        const QString v3 = QStringLiteral("V-3");
        const Warning snowOverAmsterdam{QStringLiteral("snow"), QStringLiteral("orange"), 6, 18,
                                        amsterdamBox};

        QTest::newRow("a route whose van broke down")
            << routes({QStringLiteral("R2")}) << QStringList{v2} << QList<Warning>{}
            << QStringLiteral("breakdown") << QStringLiteral("Van XX has broken down.");
        QTest::newRow("an area drawn over a snow warning")
            << area << QStringList{} << QList<Warning>{snowOverAmsterdam} << QStringLiteral("snow")
            << QStringLiteral("snow (code orange) over 2 of 2 stops");
        QTest::newRow("a route whose van is fine")
            << routes({QStringLiteral("R1")}) << QStringList{v3}
            << QList<Warning>{snowOverAmsterdam} << QString()
            << QStringLiteral("Choose what happened");
        QTest::newRow("a storm warning by postcode over a route")
            << routes({QStringLiteral("R1")}) << QStringList{}
            << QList<Warning>{{QStringLiteral("storm"), QStringLiteral("red"), 8, 20,
                               QStringLiteral(R"({"postcodes":["351"]})")}}
            << QStringLiteral("storm") << QStringLiteral("storm (code red)");
        QTest::newRow("ice as well as a breakdown: the van's breakdown")
            << routes({QStringLiteral("R3")}) << QStringList{v3}
            << QList<Warning>{{QStringLiteral("ice"), QStringLiteral("yellow"), 6, 18,
                               amsterdamBox}}
            << QStringLiteral("breakdown") << QStringLiteral("has broken down");
        QTest::newRow("fog has no notice of its own")
            << area << QStringList{}
            << QList<Warning>{{QStringLiteral("fog"), QStringLiteral("yellow"), 6, 12,
                               amsterdamBox}}
            << QString() << QStringLiteral("There is no notice for this weather.");
        QTest::newRow("one broken van among the hub's")
            << utrecht << QStringList{v2} << QList<Warning>{} << QString()
            << QStringLiteral("Choose what happened");
        QTest::newRow("a warning over one of four stops")
            << utrecht << QStringList{}
            << QList<Warning>{{QStringLiteral("snow"), QStringLiteral("orange"), 6, 18,
                               QStringLiteral(R"({"bbox":[5.13,52.085,5.14,52.09]})")}}
            << QString() << QStringLiteral("Choose what happened");
        QTest::newRow("a warning that is over")
            << area << QStringList{}
            << QList<Warning>{{QStringLiteral("snow"), QStringLiteral("red"), 1, 6, amsterdamBox}}
            << QString() << QStringLiteral("Choose what happened");
        QTest::newRow("snow and ice over the same stops")
            << area << QStringList{}
            << QList<Warning>{snowOverAmsterdam,
                              {QStringLiteral("ice"), QStringLiteral("yellow"), 6, 18,
                               amsterdamBox}}
            << QString() << QStringLiteral("more than one kind over these stops: ice, snow");
    }

    void kindFollowsTheSituation()
    {
        QFETCH(IncidentScope, scope);
        QFETCH(QStringList, brokenDown);
        QFETCH(QList<Warning>, warnings);
        QFETCH(QString, expectedKind);
        QFETCH(QString, hintSays);
        for (const QString &van : brokenDown)
            breakDown(van);
        for (const Warning &w : warnings)
            warn(w);

        IncidentDialog dialog(*m_db, m_clock.get());
        dialog.setScope(scope);
        QCOMPARE(combo(dialog)->currentData().toString(), expectedKind);
        QCOMPARE(dialog.hasKind(), !expectedKind.isEmpty());
        QCOMPARE(ok(dialog)->isEnabled(), !expectedKind.isEmpty());
        QVERIFY2(hint(dialog)->text().contains(hintSays), qPrintable(hint(dialog)->text()));
        QVERIFY(!hint(dialog)->isHidden());
        if (expectedKind.isEmpty()) {
            QVERIFY(!ok(dialog)->toolTip().isEmpty()); // says why it waits
            QCOMPARE(combo(dialog)->currentText(), QString());
        } else {
            QCOMPARE(dialog.incident().kind, *kindFromKey(expectedKind));
        }
    }

    void nothingIsQueuedBeforeAKindIsChosenAndThePreviewFollowsIt()
    {
        // R2, its van fine and no weather: no kind, no message yet.
        IncidentDialog dialog(*m_db, m_clock.get());
        dialog.setScope(routes({QStringLiteral("R2")}));
        auto *table = dialog.findChild<QTableWidget *>();
        auto *text = dialog.findChild<QPlainTextEdit *>();
        QCOMPARE(table->rowCount(), 2); // the customers are listed all the same
        QVERIFY(!dialog.hasKind());
        QVERIFY(!ok(dialog)->isEnabled());
        table->setCurrentCell(0, 0);
        QVERIFY(text->toPlainText().isEmpty());
        QVERIFY(!text->isEnabled());
        QVERIFY(text->placeholderText().contains(QLatin1String("Choose what happened")));
        dialog.accept(); // Enter, or a script: still nothing
        QVERIFY(dialog.queuedIncidentId().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // The dispatcher picks snow: the selected customer's message is the snow one.
        choose(dialog, IncidentKind::Snow);
        QVERIFY(ok(dialog)->isEnabled());
        QVERIFY(text->isEnabled());
        QVERIFY(hint(dialog)->isHidden());
        QVERIFY2(text->toPlainText().contains(QLatin1String("Door sneeuw")),
                 qPrintable(text->toPlainText()));
        // Then storm: the message follows.
        choose(dialog, IncidentKind::Storm);
        QVERIFY2(text->toPlainText().contains(QLatin1String("Door de storm")),
                 qPrintable(text->toPlainText()));
        QVERIFY(!text->toPlainText().contains(QLatin1String("sneeuw")));
        // And it is the storm notice that is queued.
        ok(dialog)->click();
        QVERIFY(!dialog.queuedIncidentId().isEmpty());
        NoticeStore notices(*m_db);
        QCOMPARE(notices.incident(dialog.queuedIncidentId())->kind, IncidentKind::Storm);
        const auto messages = notices.messages(dialog.queuedIncidentId());
        QCOMPARE(messages.size(), 2);
        for (const OutboxMessage &m : messages)
            QVERIFY(m.text.contains(QLatin1String("storm")));
    }

    void theDispatchersChoiceStays()
    {
        // R2's van broke down, but the dispatcher knows better.
        breakDown(QStringLiteral("V-2"));
        IncidentDialog dialog(*m_db, m_clock.get());
        dialog.setScope(routes({QStringLiteral("R2")}));
        QCOMPARE(dialog.incident().kind, IncidentKind::Breakdown);
        QVERIFY(hint(dialog)->text().startsWith(QLatin1String("Chosen from the situation")));
        choose(dialog, IncidentKind::RoadClosure);
        QVERIFY(hint(dialog)->isHidden());
        // Another look at who is affected keeps the choice.
        showAffected(dialog);
        QCOMPARE(dialog.incident().kind, IncidentKind::RoadClosure);
        // As does a kind given by whoever opened the dialog (an alert's remedy).
        IncidentDialog given(*m_db, m_clock.get());
        given.setScope(routes({QStringLiteral("R1")}));
        given.setKind(IncidentKind::Other);
        given.setScope(routes({QStringLiteral("R2")}));
        QCOMPARE(given.incident().kind, IncidentKind::Other);
        QVERIFY(ok(given)->isEnabled());
    }

    void untilChosenTheKindFollowsTheScope()
    {
        breakDown(QStringLiteral("V-2"));
        IncidentDialog dialog(*m_db, m_clock.get());
        dialog.setScope(routes({QStringLiteral("R2")}));
        QCOMPARE(dialog.incident().kind, IncidentKind::Breakdown);
        QVERIFY(ok(dialog)->isEnabled());
        // The dispatcher types another route whose van is fine.
        auto *routeEdit = dialog.findChildren<QLineEdit *>().at(2);
        QCOMPARE(routeEdit->text(), QStringLiteral("R2"));
        routeEdit->setText(QStringLiteral("R1"));
        showAffected(dialog);
        QVERIFY(!dialog.hasKind());
        QVERIFY(!ok(dialog)->isEnabled());
    }

    void aProposalKeepsItsKind()
    {
        // Voorzet proposed a storm notice for R2; its van breaking down since
        // does not change what the dispatcher is asked to confirm.
        breakDown(QStringLiteral("V-2"));
        Incident proposal;
        proposal.kind = IncidentKind::Storm;
        proposal.scope = routes({QStringLiteral("R2")});
        proposal.state = IncidentState::Proposed;
        proposal.id = NoticeStore(*m_db).addIncident(proposal);
        IncidentDialog dialog(*m_db, m_clock.get());
        dialog.setProposal(proposal);
        QCOMPARE(dialog.incident().kind, IncidentKind::Storm);
        QVERIFY(ok(dialog)->isEnabled());
    }

private:
    static QComboBox *combo(IncidentDialog &d) { return d.findChild<QComboBox *>(); }
    static QLabel *hint(IncidentDialog &d)
    {
        return d.findChild<QLabel *>(QStringLiteral("kindHint"));
    }
    static QPushButton *ok(IncidentDialog &d)
    {
        for (QPushButton *b : d.findChildren<QPushButton *>())
            if (b->text() == IncidentDialog::tr("Queue messages"))
                return b;
        return nullptr;
    }
    static void showAffected(IncidentDialog &d)
    {
        for (QPushButton *b : d.findChildren<QPushButton *>())
            if (b->text() == IncidentDialog::tr("Show affected"))
                b->click();
    }
    // As the dispatcher does: the list opened, a kind picked with the keyboard.
    static void choose(IncidentDialog &d, IncidentKind kind)
    {
        QComboBox *c = combo(d);
        c->setFocus();
        const int target = c->findData(kindKey(kind));
        while (c->currentIndex() < target)
            QTest::keyClick(c, Qt::Key_Down);
        while (c->currentIndex() > target)
            QTest::keyClick(c, Qt::Key_Up);
        QCOMPARE(c->currentIndex(), target);
    }

    void breakDown(const QString &vehicle)
    {
        NoticeFixture::exec(
            *m_db,
            QStringLiteral("UPDATE vehicles SET status = 'breakdown', status_ts = ?,"
                           " expected_minutes = 90 WHERE id = ?"),
            {NoticeFixture::msAt(1, 6, 30), vehicle});
    }
    void warn(const Warning &w)
    {
        NoticeFixture::exec(
            *m_db, QStringLiteral("INSERT INTO weather_warnings VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("W-%1").arg(++m_warnings), w.kind, w.severity,
             NoticeFixture::msAt(1, w.fromHour), NoticeFixture::msAt(1, w.toHour), w.area,
             NoticeFixture::msAt(1, 5)});
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    int m_warnings = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
};

QTEST_MAIN(TestIncidentDialog)
#include "tst_incidentdialog.moc"
