#include "alertspanel.h"

#include "alerts/alertstore.h"
#include "alerts/alerttext.h"
#include "common/tablelook.h"
#include "core/clock.h"
#include "itemmodels/alertlistmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AlertsPanel::AlertsPanel(AlertListModel *model, AlertStore &store, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_store(store)
    , m_clock(clock)
    , m_user(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_order = new QComboBox(this);
    m_order->addItem(tr("Most severe first"));
    m_order->addItem(tr("Newest first"));
    m_order->setToolTip(tr("How the alerts are ordered"));
    m_history = new QCheckBox(tr("Show resolved"), this);
    m_history->setToolTip(tr("Also show the alerts resolved or cleared in the last 12 hours"));

    m_ack = new QPushButton(tr("Seen"), this);
    m_ack->setToolTip(tr("Acknowledge: you have seen this alert and take it on (Space)"));
    m_resolve = new QPushButton(tr("Resolve…"), this);
    m_resolve->setToolTip(tr("Resolve the alert with a note on what was done"));
    m_open = new QPushButton(tr("Show route"), this);
    m_open->setToolTip(tr("Select the alert's route and stop (Enter or double-click)"));
    // The remedy of the selected alert, when it has one: its text follows the kind.
    m_remedy = new QPushButton(tr("Reschedule…"), this);
    m_remedy->setObjectName(QStringLiteral("alertRemedy"));
    m_notify = new QPushButton(tr("Notify customers…"), this);
    m_notify->setObjectName(QStringLiteral("alertNotify"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alertsView"));
    m_view->setModel(m_model);
    TableLook::apply(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(AlertListModel::SummaryCol,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setColumnWidth(AlertListModel::SeverityCol, 135);
    m_view->setColumnWidth(AlertListModel::RaisedCol, 60);
    m_view->setColumnWidth(AlertListModel::KindCol, 140);
    m_view->setColumnWidth(AlertListModel::RouteCol, 120);
    m_view->setColumnWidth(AlertListModel::StateCol, 190);
    m_view->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_order);
    top->addWidget(m_history);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ack);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remedy);
    buttons->addWidget(m_notify);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    auto *ackKey = new QAction(this);
    ackKey->setShortcut(Qt::Key_Space);
    ackKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(ackKey);
    connect(ackKey, &QAction::triggered, this, &AlertsPanel::acknowledgeCurrent);
    auto *openKey = new QAction(this);
    openKey->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(openKey);
    connect(openKey, &QAction::triggered, this, &AlertsPanel::openCurrent);

    connect(m_ack, &QPushButton::clicked, this, &AlertsPanel::acknowledgeCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &AlertsPanel::resolveCurrent);
    connect(m_open, &QPushButton::clicked, this, &AlertsPanel::openCurrent);
    connect(m_remedy, &QPushButton::clicked, this, &AlertsPanel::remedyCurrent);
    connect(m_notify, &QPushButton::clicked, this, &AlertsPanel::notifyCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &AlertsPanel::openCurrent);
    connect(m_order, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        m_model->setOrder(i == 1 ? AlertListModel::Order::NewestFirst
                                 : AlertListModel::Order::SeverityFirst);
    });
    connect(m_history, &QCheckBox::toggled, this, [this](bool on) {
        const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
        m_model->setHistorySince(on ? now - 12 * 3600 * 1000LL : 0);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPanel::updateButtons);
    connect(m_model, &AlertListModel::countsChanged, this, &AlertsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlertsPanel::updateButtons);
    updateSummary();
    updateButtons();
}

qint64 AlertsPanel::currentAlertId() const
{
    const Alert *a = m_model->alert(m_view->currentIndex().row());
    return a ? a->id : 0;
}

void AlertsPanel::selectAlert(qint64 id)
{
    const int row = m_model->rowOfAlert(id);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

void AlertsPanel::acknowledgeCurrent()
{
    const qint64 id = currentAlertId();
    if (id == 0)
        return;
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    if (m_store.acknowledge(id, m_user, now)) {
        m_model->refresh();
        Q_EMIT alertsEdited();
    }
}

void AlertsPanel::resolveCurrent()
{
    const Alert *a = m_model->alert(m_view->currentIndex().row());
    if (!a || !a->isOpen())
        return;
    const qint64 id = a->id;
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Resolve alert"),
        tr("%1\n%2\n\nWhat was done?").arg(AlertText::kind(a->kind), AlertText::summary(*a)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    if (m_store.resolve(id, m_user, now, note.trimmed())) {
        m_model->refresh();
        Q_EMIT alertsEdited();
    }
}

void AlertsPanel::openCurrent()
{
    const Alert *a = m_model->alert(m_view->currentIndex().row());
    if (a && !a->routeId.isEmpty())
        Q_EMIT openRequested(a->routeId, a->stopId);
}

void AlertsPanel::remedyCurrent()
{
    const Alert *a = m_model->alert(m_view->currentIndex().row());
    if (!a || !a->isOpen())
        return;
    if (a->kind == AlertKind::Breakdown && !a->routeId.isEmpty())
        Q_EMIT rescueRequested(a->routeId);
    else if ((a->kind == AlertKind::LateStop || a->kind == AlertKind::FailedDelivery)
             && !a->stopId.isEmpty())
        Q_EMIT rescheduleRequested(a->routeId, a->stopId);
}

void AlertsPanel::notifyCurrent()
{
    const Alert *a = m_model->alert(m_view->currentIndex().row());
    if (a && a->isOpen() && !a->routeId.isEmpty())
        Q_EMIT notifyRequested(a->kind, a->routeId, a->stopId);
}

void AlertsPanel::updateButtons()
{
    const Alert *a = m_model->alert(m_view->currentIndex().row());
    m_ack->setEnabled(a && a->isOpen() && !a->isAcknowledged());
    m_resolve->setEnabled(a && a->isOpen());
    m_open->setEnabled(a && !a->routeId.isEmpty());
    const bool rescue = a && a->isOpen() && a->kind == AlertKind::Breakdown && !a->routeId.isEmpty();
    const bool reschedule = a && a->isOpen() && !a->stopId.isEmpty()
                            && (a->kind == AlertKind::LateStop
                                || a->kind == AlertKind::FailedDelivery);
    m_remedy->setVisible(rescue || reschedule);
    m_notify->setVisible(rescue || reschedule);
    m_notify->setToolTip(rescue ? tr("Tell every customer of the route still waiting what happened "
                                     "and what comes next (an overmacht incident)")
                                : tr("Tell this customer what happened and what comes next "
                                     "(an overmacht incident)"));
    if (rescue) {
        m_remedy->setText(tr("Rescue stops…"));
        m_remedy->setToolTip(tr("Spread the broken-down van's remaining stops over other vans"));
    } else if (reschedule) {
        m_remedy->setText(tr("Reschedule…"));
        m_remedy->setToolTip(tr("Move the stop to another day and window"));
    }
}

void AlertsPanel::updateSummary()
{
    const int open = m_model->openCount();
    const int unseen = m_model->unacknowledgedCount();
    if (open == 0)
        m_summary->setText(tr("No open alerts"));
    else
        m_summary->setText(tr("%n open alert(s)", nullptr, open) + QStringLiteral(" · ") +
                           tr("%n new", nullptr, unseen));
}

QByteArray AlertsPanel::saveState() const
{
    return m_view->horizontalHeader()->saveState();
}

void AlertsPanel::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}
