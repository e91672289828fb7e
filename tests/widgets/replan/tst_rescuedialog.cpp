#include "replanscenario.h"

#include "replan/changepreviewview.h"
#include "replan/rescuedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ReplanScenario;

// The breakdown rescue dialog on a real store: the proposal per stop, the
// dispatcher sends one stop to another day, the preview follows.
class TestRescueDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<OperationFixture>(FeedLines::dateTimeAt(6, 0));
        load(*m_fixture,
             {RouteAt{QStringLiteral("R-1"),
                      QStringLiteral("V-1"),
                      QTime(8, 0),
                      {{QStringLiteral("E-1"), km(10, 0)}, {QStringLiteral("E-2"), km(20, 0)}}},
              RouteAt{QStringLiteral("R-2"),
                      QStringLiteral("V-2"),
                      QTime(8, 0),
                      {{QStringLiteral("N-1"), km(0, 10)}, {QStringLiteral("N-2"), km(0, 20)}}},
              RouteAt{QStringLiteral("R-3"),
                      QStringLiteral("V-3"),
                      QTime(8, 0),
                      {{QStringLiteral("X"), km(15, 1)}, {QStringLiteral("Y"), km(1, 15)}}}});
        m_fixture->feed({FeedLines::routeStarted(FeedLines::at(8, 0), QStringLiteral("R-3"),
                                                 QStringLiteral("V-3")),
                         FeedLines::vehicleStatus(FeedLines::at(9, 30), QStringLiteral("V-3"),
                                                  QStringLiteral("breakdown"))});
    }
    void cleanup() { m_fixture.reset(); }

    void changeAStopsVanAndCommit()
    {
        RescueDialog dialog(m_fixture->db(), QStringLiteral("R-3"), FeedLines::msAt(10, 0));
        QSignalSpy previews(&dialog, &RescueDialog::previewChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(dialog.proposal().keptWindows, 2);
        // The preview shows the two helping vans, not the broken-down one.
        const auto *view = dialog.findChild<ChangePreviewView *>();
        QVERIFY(view);
        QCOMPARE(view->topLevelItemCount(), 2);
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            QVERIFY(!view->topLevelItem(i)->text(0).startsWith(QStringLiteral("R-3")));
        int yRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString id = table->item(row, RescueDialog::StopColumn)->text();
            auto *combo =
                qobject_cast<QComboBox *>(table->cellWidget(row, RescueDialog::ReceiverColumn));
            QVERIFY(combo);
            QCOMPARE(combo->count(), 3); // another day
            QCOMPARE(combo->currentData().toString(),
                     id == QStringLiteral("X") ? QStringLiteral("R-1") : QStringLiteral("R-2"));
            QCOMPARE(table->item(row, RescueDialog::KeptColumn)->text(), RescueDialog::tr("kept"));
            if (id == QStringLiteral("Y"))
                yRow = row;
        }

        // The dispatcher sends Y to another day.
        auto *yCombo =
            qobject_cast<QComboBox *>(table->cellWidget(yRow, RescueDialog::ReceiverColumn));
        yCombo->setCurrentIndex(yCombo->findData(QString()));
        QTRY_COMPARE(previews.count(), 1);
        QCOMPARE(dialog.proposal().rescheduled, 1);
        QCOMPARE(dialog.proposal().receiverOf.value(QStringLiteral("Y")), QString());
        QCOMPARE(previews.first().first().value<Replan::ChangeSet>(), dialog.proposal().change);
        QCOMPARE(table->item(yRow, RescueDialog::KeptColumn)->text(),
                 RescueDialog::tr("another day"));
        yCombo = qobject_cast<QComboBox *>(table->cellWidget(yRow, RescueDialog::ReceiverColumn));
        QCOMPARE(yCombo->currentData().toString(), QString());

        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Replan::ChangeSet change = dialog.changeSet();
        QCOMPARE(change.kind, Replan::ChangeSet::Kind::Rescue);
        QCOMPARE(change.reason, Replan::Reason::Breakdown);
        QCOMPARE(change.sourceRouteId, QStringLiteral("R-3"));
        QCOMPARE(change.reschedules.size(), 1);
        QCOMPARE(change.reschedules.first().stopId, QStringLiteral("Y"));
        QCOMPARE(change.orders.size(), 1);
        QCOMPARE(change.orders.first().routeId, QStringLiteral("R-1"));
    }

    void proposeAgainForgetsTheChoices()
    {
        RescueDialog dialog(m_fixture->db(), QStringLiteral("R-3"), FeedLines::msAt(10, 0));
        dialog.setReceiver(QStringLiteral("X"), QStringLiteral("R-2"));
        QCOMPARE(dialog.proposal().receiverOf.value(QStringLiteral("X")), QStringLiteral("R-2"));
        dialog.proposeAgain();
        QCOMPARE(dialog.proposal().receiverOf.value(QStringLiteral("X")), QStringLiteral("R-1"));
    }

    // The feed runs on while the dispatcher decides: a receiving van visits a
    // stop. Committing then plans again from that visit, keeps the
    // dispatcher's choice and asks for a second look instead of a commit the
    // store would refuse as a whole.
    void aStopVisitedMeanwhileIsPlannedAgainNotRefused()
    {
        RescueDialog dialog(m_fixture->db(), QStringLiteral("R-3"), FeedLines::msAt(10, 0));
        dialog.setReceiver(QStringLiteral("Y"), QString()); // the dispatcher's choice
        QVERIFY(dialog.changeSet().stopIds().contains(QStringLiteral("E-1")));
        auto *stale = dialog.findChild<QLabel *>(QStringLiteral("staleProposal"));
        QVERIFY(stale && stale->isHidden());

        m_fixture->feed({FeedLines::routeStarted(FeedLines::at(10, 0), QStringLiteral("R-1"),
                                                 QStringLiteral("V-1")),
                         FeedLines::arrived(FeedLines::at(10, 20), QStringLiteral("E-1"),
                                            QStringLiteral("R-1"), QStringLiteral("V-1"))});
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!stale->isHidden());
        const Replan::ChangeSet again = dialog.changeSet();
        QVERIFY(!again.stopIds().contains(QStringLiteral("E-1")));
        QCOMPARE(dialog.proposal().receiverOf.value(QStringLiteral("X")), QStringLiteral("R-1"));
        QVERIFY(dialog.proposal().receiverOf.contains(QStringLiteral("Y")));
        QCOMPARE(dialog.proposal().receiverOf.value(QStringLiteral("Y")), QString());

        // Nothing visited since: the second look commits.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.changeSet(), again);
    }

    // The proposal keeps every crew's working day (ten hours from its
    // start); a van the dispatcher picks may not, and the summary says so.
    void aChosenVanPastItsWorkingDayIsSaid()
    {
        load(*m_fixture, {RouteAt{QStringLiteral("R-4"),
                                  QStringLiteral("V-4"),
                                  QTime(8, 0),
                                  {{QStringLiteral("Z"), km(12, 1), QTime(19, 0), QTime(21, 0)}}}});
        m_fixture->feed({FeedLines::routeStarted(FeedLines::at(8, 0), QStringLiteral("R-4"),
                                                 QStringLiteral("V-4")),
                         FeedLines::vehicleStatus(FeedLines::at(9, 30), QStringLiteral("V-4"),
                                                  QStringLiteral("breakdown"))});
        RescueDialog dialog(m_fixture->db(), QStringLiteral("R-4"), FeedLines::msAt(10, 0));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("rescueSummary"));
        QVERIFY(summary);
        QVERIFY2(!summary->text().contains(QStringLiteral("working day")),
                 qPrintable(summary->text()));
        dialog.setReceiver(QStringLiteral("Z"), QStringLiteral("R-1"));
        QCOMPARE(dialog.proposal().receiverOf.value(QStringLiteral("Z")), QStringLiteral("R-1"));
        QVERIFY2(summary->text().contains(QStringLiteral("working day: R-1.")),
                 qPrintable(summary->text()));
        QVERIFY(summary->styleSheet().contains(QStringLiteral("#c62828")));
    }

    void anUnknownRouteCannotBeCommitted()
    {
        RescueDialog dialog(m_fixture->db(), QStringLiteral("R-404"), FeedLines::msAt(10, 0));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

private:
    std::unique_ptr<OperationFixture> m_fixture;
};

QTEST_MAIN(TestRescueDialog)
#include "tst_rescuedialog.moc"
