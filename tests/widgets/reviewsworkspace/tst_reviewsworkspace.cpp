// The Reviews workspace offscreen: a real store filled through the feed, the
// inbox, filters and search, the card with the delivery behind a review, the
// desk's actions, the follow-up case of a detractor, the CSV import result,
// and a screenshot in English and with longer (Dutch-length) strings.

#include "../../support/feedlines.h"
#include "../../support/operationfixture.h"

#include "core/domaintext.h"
#include "itemmodels/reviewinboxmodel.h"
#include "reviews/clientfeedbackview.h"
#include "reviews/reviewcard.h"
#include "reviews/reviewimportdialog.h"
#include "reviews/reviewinboxdelegate.h"
#include "reviews/reviewsworkspace.h"
#include "reviews/reviewstore.h"
#include "reviews/teamwallview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace FeedLines;

namespace {

// Makes every translated string about 40 % longer, the way Dutch runs longer
// than English, to find clipped labels.
class LongTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char * = nullptr,
                      int = -1) const override
    {
        const QString text = QString::fromUtf8(source);
        if (text.isEmpty())
            return text;
        const int extra = std::max(2, int(text.size() * 2 / 5));
        return text + QString(extra, QChar(0x00EB)); // ë
    }
    bool isEmpty() const override { return false; }
};

struct World
{
    World()
        : fixture(dateTimeAt(18, 0))
    {
        RouteSpec route;
        route.id = QStringLiteral("R-1");
        StopSpec s1(QStringLiteral("S-1"), 1, QTime(9, 0));
        StopSpec s2(QStringLiteral("S-2"), 2, QTime(11, 0));
        s2.customerName = QStringLiteral("Bram Visser");
        StopSpec s3(QStringLiteral("S-3"), 3, QTime(13, 0));
        s3.attempt = 2;
        s3.previousStop = QStringLiteral("S-1");
        route.stops = {s1, s2, s3};
        const QString vehicle = route.vehicleId;
        fixture.feed({plan(at(7, 0), route),
                      routeStarted(at(8, 0), route.id, vehicle),
                      arrived(at(9, 10), QStringLiteral("S-1"), route.id, vehicle),
                      completed(at(9, 30), QStringLiteral("S-1"), route.id, vehicle),
                      arrived(at(12, 25), QStringLiteral("S-2"), route.id, vehicle),
                      completed(at(12, 50), QStringLiteral("S-2"), route.id, vehicle,
                                QStringLiteral("damaged")),
                      arrived(at(13, 5), QStringLiteral("S-3"), route.id, vehicle),
                      completed(at(13, 40), QStringLiteral("S-3"), route.id, vehicle)});
        ReviewStore store(fixture.db());
        add(store, QStringLiteral("RV-1"), QStringLiteral("S-1"), 10,
            QStringLiteral("Heel vriendelijke bezorgers, netjes gewerkt en keurig op tijd."), 14);
        add(store, QStringLiteral("RV-2"), QStringLiteral("S-2"), 3,
            QStringLiteral("Veel te laat en de bank was beschadigd. Niet vriendelijk."), 15);
        add(store, QStringLiteral("RV-3"), QStringLiteral("S-3"), 8,
            QStringLiteral("Fine, but the installation took a long time."), 16);
    }

    static void add(ReviewStore &store, const QString &id, const QString &stop, int score,
                    const QString &comment, int hour)
    {
        Review r;
        r.id = id;
        r.stopId = stop;
        r.score = score;
        r.comment = comment;
        r.channel = QStringLiteral("web");
        r.receivedAt = msAt(hour, 0);
        QVERIFY(store.addReview(r, QStringLiteral("feed")));
    }

    OperationFixture fixture;
};

QStringList rowIds(ReviewInboxModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->reviewId(r);
    return out;
}

void select(ReviewsWorkspace &ws, const QString &id)
{
    const int row = ws.inboxModel()->rowOfReview(id);
    QVERIFY2(row >= 0, qPrintable(id));
    ws.inboxView()->setCurrentIndex(ws.inboxModel()->index(row, ReviewInboxModel::CommentCol));
    QCOMPARE(ws.card()->reviewId(), id);
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

} // namespace

class TestReviewsWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A comment is elided with the measure of the font it is drawn in: bold
    // until handled. Measured regular, a highlighted comment ran over its
    // column and lost its last word and the "…".
    void inboxCommentIsMeasuredInItsOwnFont()
    {
        struct Delegate : ReviewInboxDelegate
        {
            using ReviewInboxDelegate::initStyleOption;
        } delegate;
        QStandardItemModel model(2, ReviewInboxModel::ColumnCount);
        const QString comment =
            QStringLiteral("Nieuwe afspraak werd snel gemaakt en nu is alles goed gegaan.");
        for (int row = 0; row < 2; ++row) {
            model.setData(model.index(row, ReviewInboxModel::CommentCol), comment);
            model.setData(model.index(row, ReviewInboxModel::CommentCol), row == 1,
                          ReviewInboxModel::HandledRole);
        }
        QTableView view;
        view.setModel(&model);
        for (int row = 0; row < 2; ++row) {
            QStyleOptionViewItem option;
            option.initFrom(&view);
            delegate.initStyleOption(&option, model.index(row, ReviewInboxModel::CommentCol));
            QCOMPARE(option.font.bold(), row == 0);
            QCOMPARE(option.fontMetrics.horizontalAdvance(comment),
                     QFontMetrics(option.font).horizontalAdvance(comment));
        }
        // A score without a comment says so, in the placeholder's grey.
        model.setData(model.index(0, ReviewInboxModel::CommentCol), QString());
        QStyleOptionViewItem empty;
        empty.initFrom(&view);
        delegate.initStyleOption(&empty, model.index(0, ReviewInboxModel::CommentCol));
        QCOMPARE(empty.text, ReviewInboxDelegate::tr("(no comment)"));
        QVERIFY(empty.font.italic());
        QCOMPARE(empty.palette.color(QPalette::Text),
                 view.palette().color(QPalette::PlaceholderText));
    }

    // A match cut by the column's edge is marked up to the "…", never the
    // "…" itself; a match past it not at all.
    void inboxMarksOnlyVisibleMatches_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QVariantList>("ranges");
        QTest::addColumn<QVariantList>("marked");
        const auto pair = [](int a, int b) { return QVariant(QVariantList{a, b}); };
        const QString text = QStringLiteral("Ik was net even weg, jammer. Nieuwe afspraak was snel");
        QTest::newRow("whole") << text << QVariantList{pair(36, 8)} << QVariantList{pair(36, 8)};
        QTest::newRow("cut by the edge")
            << QStringLiteral("Ik was net even weg, jammer. Nieuwe afs\u2026")
            << QVariantList{pair(36, 8)} << QVariantList{pair(36, 3)};
        QTest::newRow("at the ellipsis")
            << QStringLiteral("Ik was net even weg, jammer. Nieuwe \u2026")
            << QVariantList{pair(36, 8), pair(0, 2)} << QVariantList{pair(0, 2)};
    }
    void inboxMarksOnlyVisibleMatches()
    {
        QFETCH(QString, shown);
        QFETCH(QVariantList, ranges);
        QFETCH(QVariantList, marked);
        const QString text = QStringLiteral("Ik was net even weg, jammer. Nieuwe afspraak was snel");
        QVariantList got;
        for (const QPair<int, int> &m : ReviewInboxDelegate::visibleMatches(text, shown, ranges))
            got.append(QVariant(QVariantList{m.first, m.second}));
        QCOMPARE(got, marked);
    }

    void inboxFillsNewestFirstAndLive()
    {
        World w;
        ReviewsWorkspace ws(w.fixture.db(), w.fixture.clock(), w.fixture.notifier(),
                            QStringLiteral("Fleur"));
        QCOMPARE(rowIds(ws.inboxModel()),
                 (QStringList{QStringLiteral("RV-3"), QStringLiteral("RV-2"), QStringLiteral("RV-1")}));
        QVERIFY2(ws.countText().startsWith(QStringLiteral("3 reviews, 3 unhandled")),
                 qPrintable(ws.countText()));
        QCOMPARE(ws.inboxModel()->data(ws.inboxModel()->index(1, ReviewInboxModel::ClientCol)).toString(),
                 QStringLiteral("Witgoed Online"));

        // a review arrives while the inbox is open
        QSignalSpy inserted(ws.inboxModel(), &QAbstractItemModel::rowsInserted);
        World::add(ws.store(), QStringLiteral("RV-4"), QStringLiteral("S-1"), 9,
                   QStringLiteral("Snel geïnstalleerd, top service."), 17);
        ChangeNotifier::Batch batch;
        batch.reviewsAdded.insert(QStringLiteral("RV-4"));
        w.fixture.notifier()->publish(batch);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(ws.inboxModel()->reviewId(0), QStringLiteral("RV-4"));
        QTRY_VERIFY2(ws.countText().startsWith(QStringLiteral("4 reviews")), qPrintable(ws.countText()));
    }

    void filtersByBandAndSearch()
    {
        World w;
        ReviewsWorkspace ws(w.fixture.db(), w.fixture.clock(), w.fixture.notifier(),
                            QStringLiteral("Fleur"));
        auto *band = child<QComboBox>(&ws, QStringLiteral("bandFilter"));
        QVERIFY(band);
        band->setCurrentIndex(band->findData(QStringLiteral("detractor")));
        QCOMPARE(rowIds(ws.inboxModel()), QStringList{QStringLiteral("RV-2")});
        QVERIFY(ws.countText().startsWith(QStringLiteral("1 review,")));
        band->setCurrentIndex(band->findData(QStringLiteral("promoter")));
        QCOMPARE(rowIds(ws.inboxModel()), QStringList{QStringLiteral("RV-1")});
        band->setCurrentIndex(0);
        QCOMPARE(ws.inboxModel()->rowCount(), 3);

        // typing is applied after a pause, and the matches are highlighted
        auto *search = child<QLineEdit>(&ws, QStringLiteral("searchField"));
        QVERIFY(search);
        QSignalSpy reset(ws.inboxModel(), &QAbstractItemModel::modelReset);
        QTest::keyClicks(search, QStringLiteral("vriend"));
        QCOMPARE(reset.size(), 0); // not on every key
        QTRY_COMPARE(ws.inboxModel()->rowCount(), 2);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(rowIds(ws.inboxModel()), (QStringList{QStringLiteral("RV-2"), QStringLiteral("RV-1")}));
        const QVariantList ranges = ws.inboxModel()
                                        ->data(ws.inboxModel()->index(0, ReviewInboxModel::CommentCol),
                                               ReviewInboxModel::HighlightsRole)
                                        .toList();
        QVERIFY(!ranges.isEmpty());
        // and the card highlights them too
        select(ws, QStringLiteral("RV-2"));
        auto *comment = child<QLabel>(ws.card(), QStringLiteral("commentLabel"));
        QVERIFY(comment->text().contains(QStringLiteral("text-decoration:underline")));

        search->clear();
        QTRY_COMPARE(ws.inboxModel()->rowCount(), 3);

        auto *unhandled = child<QCheckBox>(&ws, QStringLiteral("unhandledFilter"));
        ws.store().setHandled(QStringLiteral("RV-1"), true, QStringLiteral("x"), 1);
        unhandled->setChecked(true);
        QCOMPARE(ws.inboxModel()->rowCount(), 2);
        QVERIFY(ws.countText().startsWith(QStringLiteral("2 reviews, 2 unhandled")));
    }

    void selectingFillsTheCardAndTheKeysFollow()
    {
        World w;
        ReviewsWorkspace ws(w.fixture.db(), w.fixture.clock(), w.fixture.notifier(),
                            QStringLiteral("Fleur"));
        ws.resize(1400, 900);
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        select(ws, QStringLiteral("RV-2"));
        ReviewCard *card = ws.card();
        QCOMPARE(child<QLabel>(card, QStringLiteral("scoreBadge"))->text(), QStringLiteral("3"));
        const QString window = child<QLabel>(card, QStringLiteral("factWindow"))->text();
        QVERIFY2(window.contains(QStringLiteral("10:00")) && window.contains(QStringLiteral("12:00")),
                 qPrintable(window));
        const QString arrival = child<QLabel>(card, QStringLiteral("factArrival"))->text();
        QVERIFY2(arrival.contains(QStringLiteral("12:25")) && arrival.contains(QStringLiteral("late")),
                 qPrintable(arrival));
        const QString outcome = child<QLabel>(card, QStringLiteral("factOutcome"))->text();
        QVERIFY2(outcome.contains(DomainText::outcome(Domain::Outcome::Damaged)), qPrintable(outcome));
        QVERIFY(child<QLabel>(card, QStringLiteral("factVisit"))->text().contains(QStringLiteral("First")));

        QStringList themes;
        for (QLabel *chip : card->findChildren<QLabel *>(QStringLiteral("themeChip")))
            themes << chip->property("themeKey").toString();
        QVERIFY2(themes.contains(QStringLiteral("damage")), qPrintable(themes.join(',')));
        QVERIFY2(themes.contains(QStringLiteral("punctuality")), qPrintable(themes.join(',')));
        QLabel *tone = child<QLabel>(card, QStringLiteral("toneChip"));
        QVERIFY(tone);
        QCOMPARE(tone->property("toneKey").toString(), QStringLiteral("negative"));
        // the trigger words are highlighted in the comment
        QVERIFY(child<QLabel>(card, QStringLiteral("commentLabel"))->text().contains(QStringLiteral("background-color")));

        // crew figures and the stop on the map are asked for by signal
        QSignalSpy crew(&ws, &ReviewsWorkspace::crewFiguresRequested);
        QSignalSpy stop(&ws, &ReviewsWorkspace::stopRequested);
        QList<QPushButton *> crewButtons;
        for (QPushButton *b : card->findChildren<QPushButton *>())
            if (b->objectName().startsWith(QStringLiteral("crewFigures_")))
                crewButtons << b;
        QCOMPARE(crewButtons.size(), 2);
        crewButtons.first()->click();
        QCOMPARE(crew.size(), 1);
        QVERIFY(!crew.first().at(0).toString().isEmpty());
        child<QPushButton>(card, QStringLiteral("showStopButton"))->click();
        QCOMPARE(stop.size(), 1);
        QCOMPARE(stop.first().at(0).toString(), QStringLiteral("S-2"));
        QCOMPARE(stop.first().at(1).toString(), QStringLiteral("R-1"));

        // reading one by one: down moves to the next (older) review
        ws.inboxView()->setFocus();
        QTest::keyClick(ws.inboxView(), Qt::Key_Down);
        QCOMPARE(card->reviewId(), QStringLiteral("RV-1"));
        QTest::keyClick(ws.inboxView(), Qt::Key_Up);
        QTest::keyClick(ws.inboxView(), Qt::Key_Up);
        QCOMPARE(card->reviewId(), QStringLiteral("RV-3"));
        QVERIFY(child<QLabel>(card, QStringLiteral("factVisit"))->text().contains(QStringLiteral("S-1")));
        QVERIFY(card->asText().contains(QStringLiteral("installation took")));
    }

    void actionsUpdateTheStore()
    {
        World w;
        ReviewsWorkspace ws(w.fixture.db(), w.fixture.clock(), w.fixture.notifier(),
                            QStringLiteral("Fleur"));
        select(ws, QStringLiteral("RV-1"));
        ReviewCard *card = ws.card();
        QSignalSpy changed(card, &ReviewCard::reviewChanged);

        child<QToolButton>(card, QStringLiteral("starButton"))->click();
        QVERIFY(ws.store().review(QStringLiteral("RV-1"))->starred);
        QVERIFY(ws.inboxModel()->data(ws.inboxModel()->index(ws.inboxModel()->rowOfReview(QStringLiteral("RV-1")), 0),
                                      ReviewInboxModel::StarredRole).toBool());
        child<QCheckBox>(card, QStringLiteral("handledCheck"))->click();
        QVERIFY(ws.store().review(QStringLiteral("RV-1"))->handled);
        QVERIFY(ws.countText().contains(QStringLiteral("2 unhandled")));

        QSignalSpy shared(card, &ReviewCard::sharedToWall);
        child<QLineEdit>(card, QStringLiteral("shareNote"))->setText(QStringLiteral("Zo hoort het!"));
        child<QPushButton>(card, QStringLiteral("shareButton"))->click();
        QCOMPARE(shared.size(), 1);
        const QVector<ReviewShare> wall = ws.store().wall(10);
        QCOMPARE(wall.size(), 1);
        QCOMPARE(wall.first().reviewId, QStringLiteral("RV-1"));
        QCOMPARE(wall.first().sharedBy, QStringLiteral("Fleur"));
        QCOMPARE(wall.first().note, QStringLiteral("Zo hoort het!"));
        ws.tabs()->setCurrentWidget(ws.wall());
        QCOMPARE(ws.wall()->table()->rowCount(), 1);
        QCOMPARE(ws.wall()->table()->item(0, 1)->text(), QStringLiteral("Fleur"));
        QCOMPARE(ws.wall()->table()->item(0, 2)->text(), QStringLiteral("Zo hoort het!"));
        // the wall opens the review on its card
        select(ws, QStringLiteral("RV-2"));
        ws.tabs()->setCurrentWidget(ws.wall());
        Q_EMIT ws.wall()->table()->cellDoubleClicked(0, 0);
        QCOMPARE(ws.tabs()->currentIndex(), 0);
        QCOMPARE(card->reviewId(), QStringLiteral("RV-1"));

        // the cause "client" puts it on the client's feedback list
        auto *cause = child<QComboBox>(card, QStringLiteral("causeCombo"));
        select(ws, QStringLiteral("RV-2"));
        cause->setCurrentIndex(cause->findData(int(Reviews::Cause::Client)));
        Q_EMIT cause->activated(cause->currentIndex());
        QCOMPARE(ws.store().review(QStringLiteral("RV-2"))->cause, Reviews::Cause::Client);
        QVERIFY(changed.size() >= 4);
        ClientFeedbackView *feedback = ws.clientFeedback();
        ws.tabs()->setCurrentWidget(feedback);
        QCOMPARE(feedback->clientId(), QStringLiteral("CL-1"));
        QCOMPARE(feedback->table()->rowCount(), 1);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("feedback.csv"));
        QVERIFY(feedback->exportCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().contains("RV-2"));
        const QString pdf = dir.filePath(QStringLiteral("feedback.pdf"));
        QVERIFY(feedback->exportPdf(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5).startsWith("%PDF"));
    }

    void detractorCaseMovesThroughItsStates()
    {
        World w;
        ReviewsWorkspace ws(w.fixture.db(), w.fixture.clock(), w.fixture.notifier(),
                            QStringLiteral("Fleur"));
        ws.show();
        select(ws, QStringLiteral("RV-1"));
        auto *box = child<QGroupBox>(ws.card(), QStringLiteral("caseBox"));
        QVERIFY(box->isHidden()); // a promoter has no case

        select(ws, QStringLiteral("RV-2"));
        QVERIFY(!box->isHidden());
        auto stateOf = [&] { return ws.store().caseForReview(QStringLiteral("RV-2"))->state; };
        QVERIFY(ws.store().caseForReview(QStringLiteral("RV-2")).has_value());
        QCOMPARE(stateOf(), Reviews::CaseState::Open);
        auto *state = child<QLabel>(ws.card(), QStringLiteral("caseState"));
        QCOMPARE(state->property("stateKey").toString(), QStringLiteral("open"));
        auto *due = child<QLabel>(ws.card(), QStringLiteral("caseDue"));
        QCOMPARE(due->property("overdue").toBool(), false);

        child<QLineEdit>(ws.card(), QStringLiteral("caseOwner"))->setText(QStringLiteral("Sanne"));
        QVERIFY(ws.card()->setCaseOwner(QStringLiteral("Sanne")));
        QCOMPARE(ws.store().caseForReview(QStringLiteral("RV-2"))->owner, QStringLiteral("Sanne"));

        child<QPushButton>(ws.card(), QStringLiteral("contactedButton"))->click();
        QCOMPARE(stateOf(), Reviews::CaseState::Contacted);
        QCOMPARE(state->property("stateKey").toString(), QStringLiteral("contacted"));
        QVERIFY(!child<QPushButton>(ws.card(), QStringLiteral("contactedButton"))->isEnabled());

        // resolving needs a note
        child<QPushButton>(ws.card(), QStringLiteral("resolveButton"))->click();
        QCOMPARE(stateOf(), Reviews::CaseState::Contacted);
        QVERIFY(!child<QLabel>(ws.card(), QStringLiteral("cardError"))->isHidden());
        child<QLineEdit>(ws.card(), QStringLiteral("returnStop"))->setText(QStringLiteral("S-3"));
        child<QPushButton>(ws.card(), QStringLiteral("linkReturnButton"))->click();
        QCOMPARE(ws.store().caseForReview(QStringLiteral("RV-2"))->returnStopId, QStringLiteral("S-3"));
        child<QLineEdit>(ws.card(), QStringLiteral("resolutionNote"))
            ->setText(QStringLiteral("Nieuwe bank geleverd"));
        child<QPushButton>(ws.card(), QStringLiteral("resolveButton"))->click();
        QCOMPARE(stateOf(), Reviews::CaseState::Resolved);
        QCOMPARE(ws.store().caseForReview(QStringLiteral("RV-2"))->resolution,
                 QStringLiteral("Nieuwe bank geleverd"));
        QVERIFY(ws.card()->reopenCase());
        QCOMPARE(stateOf(), Reviews::CaseState::Open);

        // a week later the open case is overdue and stands out
        w.fixture.clock()->advance(qint64(7) * 24 * 3600 * 1000);
        ws.card()->reload();
        QCOMPARE(due->property("overdue").toBool(), true);
        QVERIFY(due->styleSheet().contains(QStringLiteral("#C62828")));
    }

    void importShowsEveryRow()
    {
        World w;
        ReviewsWorkspace ws(w.fixture.db(), w.fixture.clock(), w.fixture.notifier(),
                            QStringLiteral("Fleur"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("survey.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("review_id,stop_id,score,comment,date\n"
                   "RV-10,S-3,9,\"Prima geholpen, netjes\",2026-11-23 17:30\n"
                   "RV-11,S-2,twaalf,Slecht,2026-11-23 17:31\n"
                   "RV-1,S-1,10,Again the same,2026-11-23 14:00\n");
        file.close();
        const ReviewImportResult result = ws.importCsv(path);
        QCOMPARE(result.imported, 1);
        QCOMPARE(result.duplicates, 1);
        QCOMPARE(result.rejected.size(), 1);
        ReviewImportDialog *dialog = ws.lastImportDialog();
        QVERIFY(dialog);
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("importedCount"))->text(), QStringLiteral("1"));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("duplicatesCount"))->text(), QStringLiteral("1"));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("rejectedCount"))->text(), QStringLiteral("1"));
        QTableWidget *table = dialog->rejectedTable();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->data(Qt::DisplayRole).toLongLong(), 3);
        QVERIFY(!table->item(0, 2)->text().isEmpty());
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("twaalf")));
        // the imported review is in the inbox, newest first
        QCOMPARE(ws.inboxModel()->reviewId(0), QStringLiteral("RV-10"));
        dialog->grab().save(QStringLiteral("/work/notes/reviews-import.png"));
        dialog->close();
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("longStrings");
        QTest::newRow("english") << false;
        QTest::newRow("dutch-length") << true;
    }

    void screenshots()
    {
        QFETCH(bool, longStrings);
        LongTranslator translator;
        if (longStrings)
            QCoreApplication::installTranslator(&translator);
        {
            World w;
            ReviewsWorkspace ws(w.fixture.db(), w.fixture.clock(), w.fixture.notifier(),
                                QStringLiteral("Fleur"));
            ws.tagPendingNow();
            ws.inboxModel()->reload();
            ws.resize(1440, 900);
            ws.show();
            QVERIFY(QTest::qWaitForWindowExposed(&ws));
            select(ws, QStringLiteral("RV-2"));
            ws.card()->shareToWall(QStringLiteral("Even checken"));
            QTest::qWait(50);
            // the card is taller than its pane: it scrolls rather than squeezes
            auto *scroll = ws.findChild<QScrollArea *>(QStringLiteral("cardScroll"));
            QVERIFY(scroll);
            QVERIFY(ws.card()->height() >= ws.card()->minimumSizeHint().height());
            QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
            const QString name = longStrings ? QStringLiteral("reviews-2.png") : QStringLiteral("reviews-1.png");
            const QDir notes(QStringLiteral("/work/notes"));
            if (notes.exists()) {
                QVERIFY(ws.grab().save(notes.filePath(name)));
                ws.tabs()->setCurrentWidget(ws.wall());
                ws.grab().save(notes.filePath(QStringLiteral("wall-") + name));
            }
            // no label of the card is cut: each gets at least its size hint's height
            for (QLabel *label : ws.card()->findChildren<QLabel *>()) {
                if (label->isVisible() && !label->text().isEmpty() && !label->wordWrap())
                    QVERIFY2(label->width() >= label->minimumSizeHint().width() - 1,
                             qPrintable(label->text()));
            }
        }
        if (longStrings)
            QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestReviewsWorkspace)
#include "tst_reviewsworkspace.moc"
