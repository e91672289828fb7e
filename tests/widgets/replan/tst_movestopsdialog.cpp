#include "replanscenario.h"

#include "replan/changepreviewview.h"
#include "replan/movestopsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace ReplanScenario;

// Moving a stop to another van today on a real store: pick the van, see the
// effect on both routes, commit.
class TestMoveStopsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<OperationFixture>(FeedLines::dateTimeAt(6, 0));
        load(*m_fixture, twoVansEastAndNorth());
    }
    void cleanup() { m_fixture.reset(); }

    void pickTheVanSeeThePreviewAndMove()
    {
        MoveStopsDialog dialog(m_fixture->db(), {QStringLiteral("S-2")}, QString(),
                               FeedLines::msAt(7, 0));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no van chosen yet
        QCOMPARE(dialog.previewView()->topLevelItemCount(), 0);

        auto *target = dialog.findChild<QComboBox *>();
        QCOMPARE(target->count(), 1); // the stop's own route is not offered
        target->setFocus();
        QTest::keyClick(target, Qt::Key_Down);
        QCOMPARE(dialog.targetRouteId(), QStringLiteral("R-2"));
        QVERIFY(ok->isEnabled());

        const ChangePreviewView *view = dialog.previewView();
        QCOMPARE(view->topLevelItemCount(), 2);
        const Replan::RoutePreview *r2 = view->preview().route(QStringLiteral("R-2"));
        QVERIFY(r2);
        QCOMPARE(r2->receivedStopIds, QStringList{QStringLiteral("S-2")});
        // The receiving route's branch lists its three stops, S-2 kept in green.
        int receiving = 0;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *route = view->topLevelItem(i);
            if (!route->text(0).startsWith(QStringLiteral("R-2")))
                continue;
            ++receiving;
            QCOMPARE(route->childCount(), 3);
            QVERIFY(route->child(0)->text(0).contains(QStringLiteral("S-2")));
            QCOMPARE(route->child(0)->text(ChangePreviewView::Kept), ChangePreviewView::tr("kept"));
            QVERIFY(route->text(ChangePreviewView::AddedKm).startsWith(QLatin1Char('+')));
            QCOMPARE(route->textAlignment(ChangePreviewView::AddedKm) & Qt::AlignRight,
                     int(Qt::AlignRight));
        }
        QCOMPARE(receiving, 1);

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Replan::ChangeSet change = dialog.changeSet();
        QCOMPARE(change.kind, Replan::ChangeSet::Kind::MoveToday);
        QCOMPARE(change.orders.size(), 2);
        for (const Replan::RouteOrder &o : change.orders) {
            if (o.routeId == QStringLiteral("R-1"))
                QCOMPARE(o.stopIds, QStringList{QStringLiteral("S-1")});
            else
                QCOMPARE(o.stopIds.first(), QStringLiteral("S-2"));
        }
    }

    void aPresetTargetShowsThePreviewAtOnce()
    {
        MoveStopsDialog dialog(m_fixture->db(), {QStringLiteral("S-1"), QStringLiteral("S-2")},
                               QStringLiteral("R-2"), FeedLines::msAt(7, 0));
        QCOMPARE(dialog.targetRouteId(), QStringLiteral("R-2"));
        QCOMPARE(dialog.previewView()->preview().routes.size(), 2);
        QCOMPARE(dialog.previewView()->preview().route(QStringLiteral("R-1"))->newStopIds,
                 QStringList{});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.changeSet().orders.size(), 2);
    }

    // All windows may hold while the receiving crew works past its day
    // (ten hours from its start): the summary says so, in red, as a broken
    // window is; a move within the day says nothing of it.
    void aMovePastTheWorkingDayIsSaidInTheSummary()
    {
        load(*m_fixture,
             {RouteAt{QStringLiteral("R-3"),
                      QStringLiteral("V-3"),
                      QTime(8, 0),
                      {{QStringLiteral("L-1"), km(30, 0), QTime(19, 0), QTime(21, 0)}}}});
        MoveStopsDialog late(m_fixture->db(), {QStringLiteral("L-1")}, QStringLiteral("R-2"),
                             FeedLines::msAt(7, 0));
        const Replan::RoutePreview *r2 = late.previewView()->preview().route(QStringLiteral("R-2"));
        QVERIFY(r2);
        QVERIFY(!r2->withinWorkingDay);
        auto *summary = late.findChild<QLabel *>(QStringLiteral("moveSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("working day: R-2.")),
                 qPrintable(summary->text()));
        QVERIFY(summary->styleSheet().contains(QStringLiteral("#c62828")));

        MoveStopsDialog inDay(m_fixture->db(), {QStringLiteral("S-1")}, QStringLiteral("R-2"),
                              FeedLines::msAt(7, 0));
        summary = inDay.findChild<QLabel *>(QStringLiteral("moveSummary"));
        QVERIFY(!summary->text().contains(QStringLiteral("working day")));
    }

private:
    std::unique_ptr<OperationFixture> m_fixture;
};

QTEST_MAIN(TestMoveStopsDialog)
#include "tst_movestopsdialog.moc"
