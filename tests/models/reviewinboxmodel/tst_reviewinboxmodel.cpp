#include "reviewfixture.h"

#include "core/changenotifier.h"
#include "itemmodels/reviewinboxmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestReviewInboxModel : public QObject
{
    Q_OBJECT

private:
    // RV-00 (oldest) .. RV-11 (newest), scores 0..11 % 11, on stops S-1..S-3 in turn.
    static void fill(ReviewFixture &f, int n = 12)
    {
        const qint64 t0 = ReviewFixture::at(2026, 11, 23, 8);
        for (int i = 0; i < n; ++i)
            f.addReview(QStringLiteral("RV-%1").arg(i, 2, 10, QLatin1Char('0')),
                        QStringLiteral("S-%1").arg(i % 3 + 1), i % 11,
                        i == 4 ? QStringLiteral("Te laat, maar vriendelijk. ").repeated(6)
                               : QStringLiteral("Opmerking %1 over de bezorging").arg(i),
                        t0 + qint64(i) * 3600000);
    }

    static QStringList ids(const ReviewInboxModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.reviewId(r));
        return out;
    }

    static void fetchAll(ReviewInboxModel &m)
    {
        for (int guard = 0; guard < 1000 && m.canFetchMore({}); ++guard)
            m.fetchMore({});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsPageByPageNewestFirst()
    {
        ReviewFixture f;
        fill(f);
        ReviewInboxModel model(f.store(), nullptr);
        model.setPageSize(5);
        model.reload();
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.reviewId(0), QStringLiteral("RV-11"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(inserted.size(), 1);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(model.isComplete());
        QStringList expected;
        for (int i = 11; i >= 0; --i)
            expected.append(QStringLiteral("RV-%1").arg(i, 2, 10, QLatin1Char('0')));
        QCOMPARE(ids(model), expected);
    }

    void columnsAndRoles()
    {
        ReviewFixture f;
        fill(f);
        ReviewInboxModel model(f.store(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOfReview(QStringLiteral("RV-04")); // S-2, score 4
        QVERIFY(row >= 0);
        auto at = [&](int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(at(ReviewInboxModel::ScoreCol).toInt(), 4);
        QCOMPARE(at(ReviewInboxModel::ScoreCol, ReviewInboxModel::BandKeyRole).toString(),
                 QStringLiteral("detractor"));
        QCOMPARE(at(ReviewInboxModel::ScoreCol, ReviewInboxModel::BandRole).toInt(),
                 int(Reviews::ScoreBand::Detractor));
        const QString comment = at(ReviewInboxModel::CommentCol).toString();
        QCOMPARE(comment.size(), ReviewInboxModel::CommentChars);
        QVERIFY(comment.startsWith(QStringLiteral("Te laat, maar vriendelijk.")));
        QVERIFY(comment.endsWith(QChar(0x2026)));
        QCOMPARE(at(ReviewInboxModel::CrewCol).toString(), QStringLiteral("Anna, Bram"));
        QCOMPARE(at(ReviewInboxModel::ClientCol).toString(), QStringLiteral("Elektrohuis"));
        QCOMPARE(at(ReviewInboxModel::ProductCol).toString(), QStringLiteral("sofa"));
        QVERIFY(!at(ReviewInboxModel::DateCol).toString().isEmpty());
        QCOMPARE(at(0, ReviewInboxModel::ReceivedAtRole).toLongLong(),
                 ReviewFixture::at(2026, 11, 23, 12));
        QCOMPARE(at(0, ReviewInboxModel::HubIdRole).toString(), QStringLiteral("H-UT"));
        QCOMPARE(model
                     .data(model.index(model.rowOfReview(QStringLiteral("RV-09")), 0),
                           ReviewInboxModel::BandKeyRole)
                     .toString(),
                 QStringLiteral("promoter"));
        QCOMPARE(model
                     .data(model.index(model.rowOfReview(QStringLiteral("RV-07")), 0),
                           ReviewInboxModel::BandKeyRole)
                     .toString(),
                 QStringLiteral("passive"));
        QCOMPARE(model.headerData(ReviewInboxModel::CrewCol, Qt::Horizontal).toString(),
                 QStringLiteral("Crew"));
    }

    void filtersInTheStore()
    {
        ReviewFixture f;
        fill(f);
        ReviewInboxModel model(f.store(), nullptr);
        model.setPageSize(2);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ReviewFilter filter;
        filter.crewId = QStringLiteral("D-CEES"); // S-3: RV-02, 05, 08, 11
        model.setFilter(filter);
        QCOMPARE(reset.size(), 1);
        fetchAll(model);
        QCOMPARE(ids(model), (QStringList{"RV-11", "RV-08", "RV-05", "RV-02"}));
        filter.band = Reviews::ScoreBand::Detractor; // scores 2, 5, 8, 0
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(ids(model), (QStringList{"RV-11", "RV-05", "RV-02"}));
        model.setFilter(filter); // unchanged: nothing read again
        QCOMPARE(reset.size(), 2);

        ReviewFilter search;
        search.searchText = QStringLiteral("vriendel");
        model.setFilter(search);
        QCOMPARE(ids(model), QStringList{"RV-04"});
        const QVariantList ranges = model
                                        .data(model.index(0, ReviewInboxModel::CommentCol),
                                              ReviewInboxModel::HighlightsRole)
                                        .toList();
        QVERIFY(ranges.size() >= 2);
        const QString shown = model.data(model.index(0, ReviewInboxModel::CommentCol)).toString();
        const QVariantList first = ranges.at(0).toList();
        QCOMPARE(shown.mid(first.at(0).toInt(), first.at(1).toInt()),
                 QStringLiteral("vriendelijk"));
    }

    void handledAndStarred()
    {
        ReviewFixture f;
        fill(f);
        ReviewInboxModel model(f.store(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReviewFilter filter;
        filter.unhandledOnly = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 12);
        f.store().setHandled(QStringLiteral("RV-03"), true, QStringLiteral("lead"), 1);
        f.store().setStarred(QStringLiteral("RV-05"), true, QStringLiteral("lead"), 1);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshReview(QStringLiteral("RV-03"));
        model.refreshReview(QStringLiteral("RV-05"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowOfReview(QStringLiteral("RV-03")), -1);
        QVERIFY(model
                    .data(model.index(model.rowOfReview(QStringLiteral("RV-05")), 0),
                          ReviewInboxModel::StarredRole)
                    .toBool());
        filter = {};
        filter.starredOnly = true;
        model.setFilter(filter);
        QCOMPARE(ids(model), QStringList{"RV-05"});
    }

    void newReviewsTakeTheirPlace()
    {
        ReviewFixture f;
        fill(f);
        ChangeNotifier notifier;
        ReviewInboxModel model(f.store(), &notifier);
        model.setPageSize(4);
        ReviewFilter filter;
        filter.band = Reviews::ScoreBand::Detractor;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter); // detractors: 11, 06, 05, 04 | 03, 02, 01, 00
        QCOMPARE(ids(model), (QStringList{"RV-11", "RV-06", "RV-05", "RV-04"}));
        const qint64 t0 = ReviewFixture::at(2026, 11, 23, 8);
        f.addReview(QStringLiteral("RV-NEW"), QStringLiteral("S-1"), 1, QStringLiteral("slecht"),
                    t0 + 20 * 3600000);
        f.addReview(QStringLiteral("RV-MID"), QStringLiteral("S-1"), 2, QStringLiteral("matig"),
                    t0 + 5 * 3600000 + 1);
        f.addReview(QStringLiteral("RV-OLD"), QStringLiteral("S-1"), 3, QStringLiteral("oud"),
                    t0 - 3600000);
        f.addReview(QStringLiteral("RV-TOP"), QStringLiteral("S-1"), 10, QStringLiteral("top"),
                    t0 + 21 * 3600000);
        ChangeNotifier::Batch batch;
        batch.reviewsAdded = {QStringLiteral("RV-NEW"), QStringLiteral("RV-MID"),
                              QStringLiteral("RV-OLD"), QStringLiteral("RV-TOP")};
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        notifier.publish(batch);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(ids(model), (QStringList{"RV-NEW", "RV-11", "RV-06", "RV-MID", "RV-05", "RV-04"}));
        // the old one comes in its place when the view scrolls there; nothing twice
        notifier.publish(batch);
        fetchAll(model);
        QCOMPARE(ids(model), (QStringList{"RV-NEW", "RV-11", "RV-06", "RV-MID", "RV-05", "RV-04",
                                          "RV-03", "RV-02", "RV-01", "RV-00", "RV-OLD"}));
        // once everything is read, an old review announced late is put in its place
        f.addReview(QStringLiteral("RV-LATE"), QStringLiteral("S-1"), 3, QStringLiteral("laat"),
                    t0 - 7200000);
        batch.reviewsAdded = {QStringLiteral("RV-LATE")};
        notifier.publish(batch);
        QCOMPARE(model.reviewId(model.rowCount() - 1), QStringLiteral("RV-LATE"));
    }

    void emptyStore()
    {
        ReviewFixture f;
        ReviewInboxModel model(f.store(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestReviewInboxModel)
#include "tst_reviewinboxmodel.moc"
