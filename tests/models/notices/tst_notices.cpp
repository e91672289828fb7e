#include "noticefixture.h"

#include "notices/incident.h"
#include "notices/incidentproposer.h"
#include "notices/noticecomposer.h"
#include "notices/noticedelivery.h"
#include "notices/noticestore.h"
#include "notices/noticetemplates.h"
#include "notices/outboxexport.h"
#include "notices/outboxmodel.h"
#include "notices/scopeselector.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Notices;
using NoticeFixture::msAt;

class TestNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scopeSelection_data();
    void scopeSelection();
    void pointInPolygon_data();
    void pointInPolygon();
    void scopeSurvivesStorage();

    void rendersInTheCustomersLanguage_data();
    void rendersInTheCustomersLanguage();
    void everyTemplateExistsAndKnowsItsPlaceholders();
    void settingsOverrideTakesPrecedence();

    void queuesOneMessagePerCustomer();
    void rerunQueuesNothingTwice();
    void customerWithoutPhoneOrEmailFailsForFollowUp();
    void wrongProductOffersANewAppointment();
    void editOnlyWhileQueued();
    void logsOnStopAndCustomer();
    void idempotencyKeyIsStable();
    void interruptedMessagesGoBackToTheQueue();
    void exportsFailedAsCsv();

    void proposesFromBreakdownsAndWeather();
    void confirmedProposalQueuesDismissedDoesNot();

    void outboxModelShowsStates();
    void outboxModelFollowsOneMessage();
    void stopHistoryListsItsMessages();
    void confirmingAProposalKeepsTheDispatchersScope();
    void rendersUnsavedTexts();

    void backoffGrowsWithCapAndJitter_data();
    void backoffGrowsWithCapAndJitter();

private:
    Incident incident(const IncidentScope &scope, IncidentKind kind = IncidentKind::Breakdown,
                      qint64 from = 0, qint64 to = 0) const;
    NoticeComposer::Options options() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OperationStore> m_store;
};

void TestNotices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VoorzetTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_notices"));
}

void TestNotices::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("notices.sqlite"))));
    NoticeFixture::fill(*m_db);
    m_store = std::make_unique<OperationStore>(*m_db);
}

void TestNotices::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
    QSettings().clear();
}

Incident TestNotices::incident(const IncidentScope &scope, IncidentKind kind, qint64 from,
                               qint64 to) const
{
    Incident i;
    i.kind = kind;
    i.scope = scope;
    i.from = from;
    i.to = to;
    i.createdBy = QStringLiteral("test");
    return i;
}

NoticeComposer::Options TestNotices::options() const
{
    NoticeComposer::Options o;
    o.company = {QStringLiteral("Thuisbezorgd Twee"), QStringLiteral("030 123 45 67"),
                 QStringLiteral("klantenservice@example.nl")};
    return o;
}

void TestNotices::scopeSelection_data()
{
    QTest::addColumn<QString>("scopeJson");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QStringList>("stops");

    const QStringList utrecht = {"S1", "S2", "S4", "S5", "S8"};
    QTest::newRow("route, completed stop left out")
        << R"({"routes":["R1"]})" << 0LL << 0LL << QStringList{"S1", "S2"};
    QTest::newRow("two routes") << R"({"routes":["R1","R3"]})" << 0LL << 0LL
                                << QStringList{"S1", "S2", "S6", "S7"};
    QTest::newRow("hub, both days") << R"({"hubs":["H-UTR"]})" << 0LL << 0LL << utrecht;
    QTest::newRow("other hub") << R"({"hubs":["H-ASD"]})" << 0LL << 0LL << QStringList{"S6", "S7"};
    QTest::newRow("postcode 35") << R"({"postcodes":["35"]})" << 0LL << 0LL << utrecht;
    QTest::newRow("postcode 351") << R"({"postcodes":["351"]})" << 0LL << 0LL
                                  << QStringList{"S1", "S2", "S5", "S8"};
    QTest::newRow("full postcode, any spacing and case")
        << R"({"postcodes":["3511ab"]})" << 0LL << 0LL << QStringList{"S1", "S5"};
    QTest::newRow("two prefixes") << R"({"postcodes":["3581","10"]})" << 0LL << 0LL
                                  << QStringList{"S4", "S6", "S7"};
    QTest::newRow("one stop") << R"({"stops":["S4"]})" << 0LL << 0LL << QStringList{"S4"};
    QTest::newRow("area around Amsterdam")
        << R"({"area":[[4.8,52.3],[5.0,52.3],[5.0,52.45],[4.8,52.45]]})" << 0LL << 0LL
        << QStringList{"S6", "S7"};
    QTest::newRow("triangle in Utrecht's centre")
        << R"({"area":[[5.10,52.08],[5.13,52.08],[5.115,52.1]]})" << 0LL << 0LL
        << QStringList{"S1", "S2", "S5", "S8"};
    QTest::newRow("hub, afternoon only; a window ending at the start is out")
        << R"({"hubs":["H-UTR"]})" << msAt(1, 12) << msAt(1, 18) << QStringList{"S2", "S5"};
    QTest::newRow("hub, from noon on, open end")
        << R"({"hubs":["H-UTR"]})" << msAt(1, 12) << 0LL << QStringList{"S2", "S5", "S8"};
    QTest::newRow("hub, the second day")
        << R"({"hubs":["H-UTR"]})" << msAt(2, 0) << msAt(3, 0) << QStringList{"S8"};
    QTest::newRow("postcodes, morning of the first day")
        << R"({"postcodes":["35"]})" << msAt(1, 7) << msAt(1, 10, 30) << QStringList{"S1", "S4"};
    QTest::newRow("a window starting when the range ends is out")
        << R"({"postcodes":["35"]})" << msAt(1, 7) << msAt(1, 10) << QStringList{"S1"};
    QTest::newRow("scope and range that do not meet")
        << R"({"routes":["R3"]})" << msAt(2, 0) << 0LL << QStringList{};
    QTest::newRow("empty scope selects nothing") << "{}" << 0LL << 0LL << QStringList{};
}

void TestNotices::scopeSelection()
{
    QFETCH(QString, scopeJson);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QStringList, stops);
    const Incident i = incident(IncidentScope::fromJson(scopeJson), IncidentKind::Snow, from, to);
    QStringList selected;
    for (const AffectedStop &a : ScopeSelector::select(*m_store, i))
        selected.append(a.stop.id);
    selected.sort();
    QCOMPARE(selected, stops);
}

void TestNotices::pointInPolygon_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<bool>("inside");
    QTest::newRow("inside") << QPointF(1, 1) << true;
    QTest::newRow("in the notch of the L") << QPointF(3, 3) << false;
    QTest::newRow("in the foot of the L") << QPointF(3, 0.5) << true;
    QTest::newRow("outside left") << QPointF(-1, 1) << false;
    QTest::newRow("outside above") << QPointF(1, 5) << false;
}

void TestNotices::pointInPolygon()
{
    QFETCH(QPointF, point);
    QFETCH(bool, inside);
    // An L shape: a polygon that is not convex.
    const QVector<QPointF> l = {{0, 0}, {4, 0}, {4, 1}, {2, 1}, {2, 4}, {0, 4}};
    QCOMPARE(ScopeSelector::contains(l, point), inside);
}

void TestNotices::scopeSurvivesStorage()
{
    IncidentScope scope;
    scope.routeIds = {"R1"};
    scope.postcodePrefixes = {"35", "1012"};
    scope.area = {{4.8, 52.3}, {5.0, 52.3}, {5.0, 52.45}};
    NoticeStore notices(*m_db);
    Incident i = incident(scope, IncidentKind::Storm, msAt(1, 8), msAt(1, 20));
    i.note = QStringLiteral("Code oranje");
    const QString id = notices.addIncident(i);
    const auto stored = notices.incident(id);
    QVERIFY(stored);
    QCOMPARE(stored->kind, IncidentKind::Storm);
    QCOMPARE(stored->note, i.note);
    QCOMPARE(stored->scope.routeIds, scope.routeIds);
    QCOMPARE(stored->scope.postcodePrefixes, scope.postcodePrefixes);
    QCOMPARE(stored->scope.area, scope.area);
    QCOMPARE(stored->from, i.from);
    QCOMPARE(stored->to, i.to);
}

void TestNotices::rendersInTheCustomersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("newLow");
    QTest::addColumn<qint64>("newHigh");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nl, new appointment")
        << "nl" << 0LL << 0LL
        << QStringList{"Beste Anna de Vries,",      "dinsdag 1 december, tussen 10:00 en 12:00",
                       "nieuwe afspraak",           "030 123 45 67",
                       "klantenservice@example.nl", "Thuisbezorgd Twee"};
    QTest::newRow("en, new appointment")
        << "en" << 0LL << 0LL
        << QStringList{"Dear Anna de Vries,", "Tuesday 1 December, between 10:00 and 12:00",
                       "new appointment", "030 123 45 67"};
    QTest::newRow("nl, new time")
        << "nl" << msAt(1, 14) << msAt(1, 15)
        << QStringList{
               "We verwachten nu op dinsdag 1 december tussen 14:00 en 15:00 bij u te zijn."};
    QTest::newRow("en, new time the next morning")
        << "en" << msAt(2, 9, 30) << msAt(2, 9, 30)
        << QStringList{"We now expect to be with you on Wednesday 2 December around 09:30."};
    QTest::newRow("unknown language falls back to Dutch")
        << "de" << 0LL << 0LL << QStringList{"Beste Anna de Vries,"};
}

void TestNotices::rendersInTheCustomersLanguage()
{
    QFETCH(QString, language);
    QFETCH(qint64, newLow);
    QFETCH(qint64, newHigh);
    QFETCH(QStringList, expected);
    NoticeRenderer::Values v;
    v.customerName = QStringLiteral("Anna de Vries");
    v.windowStart = msAt(1, 10);
    v.windowEnd = msAt(1, 12);
    v.newTimeLow = newLow;
    v.newTimeHigh = newHigh;
    v.company = options().company;
    const QString text = NoticeRenderer::render(IncidentKind::Breakdown, language, v);
    for (const QString &part : expected)
        QVERIFY2(text.contains(part),
                 qPrintable(QStringLiteral("missing '%1' in:\n%2").arg(part, text)));
    QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text));
}

void TestNotices::everyTemplateExistsAndKnowsItsPlaceholders()
{
    for (const QString &lang : NoticeTemplates::languages()) {
        for (const QString &id : NoticeTemplates::templateIds()) {
            const QString text = NoticeTemplates::defaultText(id, lang);
            QVERIFY2(!text.isEmpty(), qPrintable(lang + QLatin1Char('/') + id));
            QCOMPARE(NoticeRenderer::unknownPlaceholders(text), QStringList());
        }
        for (IncidentKind k : allKinds()) {
            const QString text = NoticeTemplates::defaultText(kindKey(k), lang);
            QVERIFY2(text.contains(QLatin1String("{customer_name}")), qPrintable(kindKey(k)));
            QVERIFY2(text.contains(QLatin1String("{next_step}")), qPrintable(kindKey(k)));
            QVERIFY2(text.contains(QLatin1String("{company_phone}")), qPrintable(kindKey(k)));
        }
    }
    QCOMPARE(NoticeRenderer::unknownPlaceholders(QStringLiteral("{customer_name} {colour}")),
             QStringList{QStringLiteral("colour")});
}

void TestNotices::settingsOverrideTakesPrecedence()
{
    const QString id = kindKey(IncidentKind::Snow);
    QVERIFY(!NoticeTemplates::isOverridden(id, QStringLiteral("en")));
    NoticeTemplates::setOverride(id, QStringLiteral("en"),
                                 QStringLiteral("Hi {customer_name}, snow. {next_step}"));
    QVERIFY(NoticeTemplates::isOverridden(id, QStringLiteral("en")));
    QVERIFY(!NoticeTemplates::isOverridden(id, QStringLiteral("nl")));
    NoticeRenderer::Values v;
    v.customerName = QStringLiteral("Emma");
    v.windowStart = msAt(1, 10);
    v.windowEnd = msAt(1, 12);
    QCOMPARE(NoticeRenderer::render(IncidentKind::Snow, QStringLiteral("en"), v),
             QStringLiteral("Hi Emma, snow. ") +
                 NoticeTemplates::defaultText(NoticeTemplates::nextStepNewAppointmentId(),
                                              QStringLiteral("en")));
    QVERIFY(NoticeRenderer::render(IncidentKind::Snow, QStringLiteral("nl"), v)
                .startsWith(QLatin1String("Beste Emma")));
    NoticeTemplates::setOverride(id, QStringLiteral("en"), QString());
    QVERIFY(!NoticeTemplates::isOverridden(id, QStringLiteral("en")));
    QVERIFY(NoticeRenderer::render(IncidentKind::Snow, QStringLiteral("en"), v)
                .startsWith(QLatin1String("Dear Emma")));
}

void TestNotices::queuesOneMessagePerCustomer()
{
    IncidentScope scope;
    scope.hubIds = {"H-UTR"};
    const auto result = NoticeComposer::createAndQueue(
        *m_db, *m_store, incident(scope, IncidentKind::Snow, msAt(1, 0), msAt(2, 0)), options(),
        msAt(1, 7));
    QCOMPARE(result.affected.size(), 4); // S1, S2, S4, S5
    // C1 has S1 and S5: one message, about the first.
    QStringList customers;
    for (const OutboxMessage &m : result.queued)
        customers.append(m.customerId + QLatin1Char('/') + m.stopId);
    customers.sort();
    QCOMPARE(customers, (QStringList{"C1/S1", "C2/S2", "C4/S4"}));
    NoticeStore notices(*m_db);
    const auto stored = notices.messages(result.incidentId);
    QCOMPARE(stored.size(), 3);
    for (const OutboxMessage &m : stored) {
        QCOMPARE(m.state, MessageState::Queued);
        QCOMPARE(m.idempotencyKey, idempotencyKey(result.incidentId, m.customerId));
        if (m.customerId == QLatin1String("C2")) {
            QCOMPARE(m.language, QStringLiteral("en"));
            QCOMPARE(m.channel, QStringLiteral("email"));
            QVERIFY(m.text.startsWith(QLatin1String("Dear John Smith")));
            QVERIFY(m.text.contains(QLatin1String("Tuesday 1 December, between 11:00 and 13:00")));
        } else {
            QCOMPARE(m.channel, QStringLiteral("sms"));
            QVERIFY(m.text.startsWith(QLatin1String("Beste ")));
        }
    }
    QCOMPARE(notices.stateCounts(result.incidentId).value(MessageState::Queued), 3);
}

void TestNotices::rerunQueuesNothingTwice()
{
    IncidentScope scope;
    scope.routeIds = {"R1", "R2"};
    const auto first =
        NoticeComposer::createAndQueue(*m_db, *m_store, incident(scope), options(), msAt(1, 7));
    QCOMPARE(first.queued.size(), 3);
    Incident again;
    again.id = first.incidentId;
    const auto second =
        NoticeComposer::createAndQueue(*m_db, *m_store, again, options(), msAt(1, 8));
    QCOMPARE(second.incidentId, first.incidentId);
    QCOMPARE(second.queued.size(), 0);
    QCOMPARE(second.existing.size(), 3);
    NoticeStore notices(*m_db);
    QCOMPARE(notices.messages(first.incidentId).size(), 3);
    QCOMPARE(notices.incidents().size(), 1);
    // Even a message queued by hand for the same incident and customer is refused.
    OutboxMessage m = notices.messages(first.incidentId).constFirst();
    Transaction t(*m_db);
    QCOMPARE(notices.queueMessage(m, msAt(1, 9)), 0);
    t.commit();
    QCOMPARE(notices.messages().size(), 3);
}

void TestNotices::customerWithoutPhoneOrEmailFailsForFollowUp()
{
    IncidentScope scope;
    scope.routeIds = {"R3"};
    const auto result =
        NoticeComposer::createAndQueue(*m_db, *m_store, incident(scope), options(), msAt(1, 7));
    QCOMPARE(result.queued.size(), 2);
    NoticeStore notices(*m_db);
    const auto failed = notices.messagesInState(MessageState::Failed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().customerId, QStringLiteral("C6"));
    QVERIFY(!failed.constFirst().lastError.isEmpty());
    QCOMPARE(notices.dueMessages(msAt(1, 7)).size(), 1); // only C5's
}

void TestNotices::wrongProductOffersANewAppointment()
{
    IncidentScope scope;
    scope.stopIds = {"S4"};
    auto o = options();
    StopEta eta;
    eta.stopId = QStringLiteral("S4");
    eta.eta = msAt(1, 15);
    eta.low = msAt(1, 14, 30);
    eta.high = msAt(1, 15, 30);
    o.etas.insert(eta.stopId, eta);
    const auto wrong = NoticeComposer::preview(incident(scope, IncidentKind::WrongProduct),
                                               ScopeSelector::select(*m_store, incident(scope)), o);
    QCOMPARE(wrong.size(), 1);
    QVERIFY(wrong.constFirst().text.contains(QLatin1String("nieuwe afspraak")));
    QVERIFY(!wrong.constFirst().text.contains(QLatin1String("14:30")));
    const auto late = NoticeComposer::preview(incident(scope, IncidentKind::Ice),
                                              ScopeSelector::select(*m_store, incident(scope)), o);
    QVERIFY2(late.constFirst().text.contains(QLatin1String("tussen 14:30 en 15:30")),
             qPrintable(late.constFirst().text));
}

void TestNotices::editOnlyWhileQueued()
{
    IncidentScope scope;
    scope.stopIds = {"S1"};
    const auto result =
        NoticeComposer::createAndQueue(*m_db, *m_store, incident(scope), options(), msAt(1, 7));
    NoticeStore notices(*m_db);
    const qint64 id = result.queued.constFirst().id;
    QVERIFY(
        notices.editText(id, QStringLiteral("Eigen tekst"), QStringLiteral("mira"), msAt(1, 8)));
    QCOMPARE(notices.message(id)->text, QStringLiteral("Eigen tekst"));
    QVERIFY(notices.message(id)->edited);
    QVERIFY(notices.claimForSending(id, msAt(1, 9)));
    QVERIFY(!notices.editText(id, QStringLiteral("Te laat"), QStringLiteral("mira"), msAt(1, 9)));
    notices.markSent(id, msAt(1, 9), QStringLiteral("HTTP 200"));
    QVERIFY(!notices.editText(id, QStringLiteral("Te laat"), QStringLiteral("mira"), msAt(1, 9)));
    QCOMPARE(notices.message(id)->text, QStringLiteral("Eigen tekst"));
    QVERIFY(!notices.claimForSending(id, msAt(1, 10))); // sent is never sent again
}

void TestNotices::logsOnStopAndCustomer()
{
    IncidentScope scope;
    scope.stopIds = {"S1"};
    const auto result =
        NoticeComposer::createAndQueue(*m_db, *m_store, incident(scope), options(), msAt(1, 7));
    NoticeStore notices(*m_db);
    const qint64 id = result.queued.constFirst().id;
    QVERIFY(notices.claimForSending(id, msAt(1, 8)));
    notices.markSent(id, msAt(1, 8), QStringLiteral("HTTP 200"));
    QStringList events;
    for (const NoticeLogEntry &e : notices.logOfStop(QStringLiteral("S1")))
        events.append(e.event);
    QCOMPARE(events, (QStringList{"queued", "sending", "sent"}));
    QCOMPARE(notices.logOfCustomer(QStringLiteral("C1")).size(), 3);
    QCOMPARE(notices.logOfCustomer(QStringLiteral("C1")).constLast().messageId, id);
    QVERIFY(notices.logOfStop(QStringLiteral("S5")).isEmpty());
}

void TestNotices::idempotencyKeyIsStable()
{
    const QString a = idempotencyKey(QStringLiteral("inc-1"), QStringLiteral("C1"));
    QCOMPARE(a, idempotencyKey(QStringLiteral("inc-1"), QStringLiteral("C1")));
    QVERIFY(a != idempotencyKey(QStringLiteral("inc-1"), QStringLiteral("C2")));
    QVERIFY(a != idempotencyKey(QStringLiteral("inc-2"), QStringLiteral("C1")));
    // Not a concatenation that two different pairs could share.
    QVERIFY(idempotencyKey(QStringLiteral("a"), QStringLiteral("bc")) !=
            idempotencyKey(QStringLiteral("ab"), QStringLiteral("c")));
    QVERIFY(!a.contains(QLatin1String("C1")));
}

void TestNotices::interruptedMessagesGoBackToTheQueue()
{
    IncidentScope scope;
    scope.routeIds = {"R1"};
    const auto result =
        NoticeComposer::createAndQueue(*m_db, *m_store, incident(scope), options(), msAt(1, 7));
    NoticeStore notices(*m_db);
    const OutboxMessage m = result.queued.constFirst();
    QVERIFY(notices.claimForSending(m.id, msAt(1, 8)));
    QCOMPARE(notices.message(m.id)->state, MessageState::Sending);
    QCOMPARE(notices.recoverInterrupted(msAt(1, 9)), 1);
    const auto back = notices.message(m.id);
    QCOMPARE(back->state, MessageState::Queued);
    QCOMPARE(back->idempotencyKey, m.idempotencyKey);
    QCOMPARE(back->attempts, 1);
    QCOMPARE(notices.recoverInterrupted(msAt(1, 9)), 0);
}

void TestNotices::exportsFailedAsCsv()
{
    IncidentScope scope;
    scope.routeIds = {"R1", "R3"};
    const auto result =
        NoticeComposer::createAndQueue(*m_db, *m_store, incident(scope), options(), msAt(1, 7));
    NoticeStore notices(*m_db);
    const OutboxMessage c2 = [&] {
        for (const OutboxMessage &m : result.queued)
            if (m.customerId == QLatin1String("C2"))
                return m;
        return OutboxMessage();
    }();
    QVERIFY(notices.claimForSending(c2.id, msAt(1, 8)));
    notices.markFailed(c2.id, msAt(1, 8), QStringLiteral("refused"),
                       QStringLiteral("unknown address, \"john\""));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeFailedCsv(buffer, notices.messages()));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
    QVERIFY(lines.constFirst().startsWith(QLatin1String("message,incident,stop,customer")));
    // C2 (refused) and C6 (no way to reach); the text has line breaks, so
    // count records by their first field instead of lines.
    const QString all = QString::fromUtf8(buffer.data());
    QVERIFY(all.contains(QLatin1String("\"unknown address, \"\"john\"\"\"")));
    QVERIFY(all.contains(QLatin1String(",C2,John Smith,,john@example.com,en,email,1,")));
    QVERIFY(all.contains(QLatin1String(",C6,Kees Visser,,,nl,,0,")));
    QVERIFY(!all.contains(QLatin1String(",C1,")));
    QCOMPARE(csvField(QStringLiteral("=HYPERLINK(1)")), QStringLiteral("'=HYPERLINK(1)"));
    QCOMPARE(csvField(QStringLiteral("+31611111111")), QStringLiteral("+31611111111"));
}

void TestNotices::proposesFromBreakdownsAndWeather()
{
    // V-2 (route R2) waits 90 minutes for repair, V-1 only 20; a snow warning
    // covers Amsterdam today, a storm one next week.
    NoticeFixture::exec(*m_db,
                        QStringLiteral("UPDATE vehicles SET status = 'breakdown', status_ts = ?,"
                                       " expected_minutes = ? WHERE id = ?"),
                        {msAt(1, 9), 90.0, QStringLiteral("V-2")});
    NoticeFixture::exec(*m_db,
                        QStringLiteral("UPDATE vehicles SET status = 'breakdown', status_ts = ?,"
                                       " expected_minutes = ? WHERE id = ?"),
                        {msAt(1, 9), 20.0, QStringLiteral("V-1")});
    NoticeFixture::exec(*m_db,
                        QStringLiteral("INSERT INTO weather_warnings VALUES (?, 'snow', 'orange',"
                                       " ?, ?, ?, ?)"),
                        {QStringLiteral("W-1"), msAt(1, 6), msAt(1, 18),
                         QStringLiteral(R"({"bbox":[4.8,52.3,5.0,52.45]})"), msAt(1, 5)});
    NoticeFixture::exec(*m_db,
                        QStringLiteral("INSERT INTO weather_warnings VALUES (?, 'storm', 'red',"
                                       " ?, ?, ?, ?)"),
                        {QStringLiteral("W-2"), msAt(8, 6), msAt(8, 18),
                         QStringLiteral(R"({"postcodes":["35"]})"), msAt(1, 5)});
    NoticeStore notices(*m_db);
    const auto proposed = IncidentProposer::propose(*m_store, notices, msAt(1, 9, 30));
    QCOMPARE(proposed.size(), 2);
    QCOMPARE(proposed.at(0).kind, IncidentKind::Breakdown);
    QCOMPARE(proposed.at(0).scope.routeIds, QStringList{QStringLiteral("R2")});
    QCOMPARE(proposed.at(0).state, IncidentState::Proposed);
    QCOMPARE(proposed.at(1).kind, IncidentKind::Snow);
    // The note names the warning in words, not the feed's keys.
    QCOMPARE(proposed.at(1).note, QStringLiteral("Weather warning snow (code orange)."));
    QStringList stops;
    for (const AffectedStop &a : ScopeSelector::select(*m_store, proposed.at(1)))
        stops.append(a.stop.id);
    QCOMPARE(stops, (QStringList{"S6", "S7"}));
    // Proposals queue nothing until confirmed, and each cause is proposed once.
    QCOMPARE(notices.messages().size(), 0);
    QCOMPARE(IncidentProposer::propose(*m_store, notices, msAt(1, 9, 45)).size(), 0);
    QCOMPARE(notices.incidents().size(), 2);
}

void TestNotices::confirmedProposalQueuesDismissedDoesNot()
{
    NoticeStore notices(*m_db);
    IncidentScope scope;
    scope.routeIds = {"R1"};
    Incident proposal = incident(scope, IncidentKind::Breakdown);
    proposal.state = IncidentState::Proposed;
    proposal.createdAt = msAt(1, 7);
    const QString id = notices.addIncident(proposal);
    Incident rerun;
    rerun.id = id;
    QCOMPARE(
        NoticeComposer::createAndQueue(*m_db, *m_store, rerun, options(), msAt(1, 8)).queued.size(),
        0);
    notices.decideIncident(id, IncidentState::Dismissed, QStringLiteral("mira"), msAt(1, 8));
    QCOMPARE(
        NoticeComposer::createAndQueue(*m_db, *m_store, rerun, options(), msAt(1, 8)).queued.size(),
        0);
    notices.decideIncident(id, IncidentState::Confirmed, QStringLiteral("mira"), msAt(1, 9));
    QCOMPARE(notices.incident(id)->decidedBy, QStringLiteral("mira"));
    QCOMPARE(
        NoticeComposer::createAndQueue(*m_db, *m_store, rerun, options(), msAt(1, 9)).queued.size(),
        2);
}

void TestNotices::outboxModelShowsStates()
{
    OutboxModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    IncidentScope scope;
    scope.routeIds = {"R3"};
    const auto result =
        NoticeComposer::createAndQueue(*m_db, *m_store, incident(scope), options(), msAt(1, 7));
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    int failedRow = -1;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, OutboxModel::StateColumn).data(OutboxModel::StateRole).toInt() ==
            int(MessageState::Failed))
            failedRow = row;
    QVERIFY(failedRow >= 0);
    QCOMPARE(model.messageAt(failedRow).customerId, QStringLiteral("C6"));
    QVERIFY(!model.index(failedRow, OutboxModel::DetailColumn).data().toString().isEmpty());
    QCOMPARE(model.index(failedRow, OutboxModel::CustomerColumn).data().toString(),
             QStringLiteral("Kees Visser"));
    model.setIncident(QStringLiteral("no such incident"));
    QCOMPARE(model.rowCount(), 0);
    model.setIncident(result.incidentId);
    QCOMPARE(model.rowCount(), 2);
}

void TestNotices::outboxModelFollowsOneMessage()
{
    IncidentScope scope;
    scope.routeIds = {"R1"};
    const auto result =
        NoticeComposer::createAndQueue(*m_db, *m_store, incident(scope), options(), msAt(1, 7));
    QCOMPARE(result.queued.size(), 2);
    OutboxModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    NoticeStore notices(*m_db);
    const qint64 id = result.queued.at(1).id;
    QVERIFY(notices.claimForSending(id, msAt(1, 8)));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refreshMessage(id);
    // Only the message's own row changes; nothing is reset.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.messageAt(1).state, MessageState::Sending);
    QCOMPARE(model.messageAt(0).state, MessageState::Queued);

    // A message queued after the last reload is added at the end.
    scope.routeIds = {"R3"};
    const auto more =
        NoticeComposer::createAndQueue(*m_db, *m_store, incident(scope), options(), msAt(1, 8));
    model.refreshMessage(more.queued.at(0).id);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, OutboxModel::KindColumn).data().toString(),
             kindText(IncidentKind::Breakdown));
    // One incident shown: another incident's message stays out.
    model.setIncident(result.incidentId);
    model.refreshMessage(more.queued.at(1).id);
    QCOMPARE(model.rowCount(), 2);
}

void TestNotices::stopHistoryListsItsMessages()
{
    NoticeStore notices(*m_db);
    QVERIFY(notices.messagesForStop(QStringLiteral("S1")).isEmpty());
    IncidentScope scope;
    scope.routeIds = {"R1", "R2"};
    NoticeComposer::createAndQueue(*m_db, *m_store, incident(scope), options(), msAt(1, 7));
    IncidentScope s1;
    s1.stopIds = {"S1"};
    NoticeComposer::createAndQueue(*m_db, *m_store, incident(s1, IncidentKind::Snow), options(),
                                   msAt(1, 8));
    const auto history = notices.messagesForStop(QStringLiteral("S1"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).createdAt, msAt(1, 7));
    QCOMPARE(history.at(1).createdAt, msAt(1, 8));
    for (const OutboxMessage &m : history) {
        QCOMPARE(m.stopId, QStringLiteral("S1"));
        QCOMPARE(m.customerId, QStringLiteral("C1"));
    }
    // C1's second stop (S5) got no message of its own: one message per customer.
    QVERIFY(notices.messagesForStop(QStringLiteral("S5")).isEmpty());
    QCOMPARE(notices.messagesForStop(QStringLiteral("S4")).size(), 1);
}

void TestNotices::confirmingAProposalKeepsTheDispatchersScope()
{
    NoticeStore notices(*m_db);
    IncidentScope scope;
    scope.routeIds = {"R1"};
    Incident proposal = incident(scope, IncidentKind::Breakdown);
    proposal.state = IncidentState::Proposed;
    proposal.createdAt = msAt(1, 7);
    const QString id = notices.addIncident(proposal);
    QCOMPARE(notices.incidentsInState(IncidentState::Proposed).size(), 1);

    // The dispatcher narrows the proposal to one stop and calls it a road closure.
    Incident decided = proposal;
    decided.id = id;
    decided.kind = IncidentKind::RoadClosure;
    decided.scope = {};
    decided.scope.stopIds = {"S2"};
    decided.note = QStringLiteral("A2 closed");
    QVERIFY(notices.confirmProposal(decided, QStringLiteral("mira"), msAt(1, 8)));
    QVERIFY(!notices.confirmProposal(decided, QStringLiteral("mira"), msAt(1, 8)));
    const auto stored = notices.incident(id);
    QCOMPARE(stored->state, IncidentState::Confirmed);
    QCOMPARE(stored->kind, IncidentKind::RoadClosure);
    QCOMPARE(stored->scope.stopIds, QStringList{"S2"});
    QCOMPARE(stored->decidedBy, QStringLiteral("mira"));
    QVERIFY(notices.incidentsInState(IncidentState::Proposed).isEmpty());
    Incident rerun;
    rerun.id = id;
    const auto result =
        NoticeComposer::createAndQueue(*m_db, *m_store, rerun, options(), msAt(1, 8));
    QCOMPARE(result.queued.size(), 1);
    QCOMPARE(result.queued.at(0).stopId, QStringLiteral("S2"));

    // A dismissed proposal cannot be confirmed afterwards.
    Incident other = incident(scope);
    other.state = IncidentState::Proposed;
    other.id = notices.addIncident(other);
    notices.decideIncident(other.id, IncidentState::Dismissed, QStringLiteral("mira"), msAt(1, 9));
    QVERIFY(!notices.confirmProposal(other, QStringLiteral("mira"), msAt(1, 9)));
    QCOMPARE(notices.incidentsInState(IncidentState::Dismissed).size(), 1);
}

void TestNotices::rendersUnsavedTexts()
{
    NoticeRenderer::Values v;
    v.customerName = QStringLiteral("Emma");
    v.windowStart = msAt(1, 10);
    v.windowEnd = msAt(1, 12);
    v.company = options().company;
    auto textOf = [](const QString &id, const QString &language) {
        if (id == kindKey(IncidentKind::Ice))
            return QStringLiteral("Hoi {customer_name} ({promised_window}). {next_step}");
        return NoticeTemplates::text(id, language);
    };
    const QString text = NoticeRenderer::render(IncidentKind::Ice, QStringLiteral("nl"), v, textOf);
    QVERIFY2(
        text.startsWith(QLatin1String("Hoi Emma (dinsdag 1 december, tussen 10:00 en 12:00). ")),
        qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('{')));
    // Nothing was saved: the stored template is untouched.
    QVERIFY(!NoticeTemplates::isOverridden(kindKey(IncidentKind::Ice), QStringLiteral("nl")));
    QCOMPARE(
        NoticeRenderer::render(IncidentKind::Ice, QStringLiteral("nl"), v),
        NoticeRenderer::render(IncidentKind::Ice, QStringLiteral("nl"), v, &NoticeTemplates::text));
    QCOMPARE(NoticeRenderer::placeholders().size(), 7);
}

void TestNotices::backoffGrowsWithCapAndJitter_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("expected");
    // first 1000 ms, cap 10000 ms: the delay is half the step plus jitter times the other half.
    QTest::newRow("first, no jitter") << 1 << 0.0 << 500LL;
    QTest::newRow("first, full jitter") << 1 << 1.0 << 1000LL;
    QTest::newRow("second, half jitter") << 2 << 0.5 << 1500LL;
    QTest::newRow("fourth") << 4 << 1.0 << 8000LL;
    QTest::newRow("fifth is capped") << 5 << 1.0 << 10000LL;
    QTest::newRow("fortieth is capped, no overflow") << 40 << 0.0 << 5000LL;
}

void TestNotices::backoffGrowsWithCapAndJitter()
{
    QFETCH(int, attempts);
    QFETCH(double, jitter);
    QFETCH(qint64, expected);
    DeliveryPolicy p;
    p.firstRetryMs = 1000;
    p.maxRetryMs = 10000;
    QCOMPARE(p.retryDelayMs(attempts, jitter), expected);
}

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
