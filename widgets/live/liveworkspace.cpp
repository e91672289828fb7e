#include "liveworkspace.h"

#include "core/changenotifier.h"
#include "core/clock.h"
#include "core/timeformat.h"
#include "crewsboard.h"
#include "itemmodels/routeboardmodel.h"
#include "itemmodels/routestopsmodel.h"
#include "stopstable.h"
#include "storage/operationstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
constexpr quint32 StateMagic = 0x564c5753; // "VLWS"
}

LiveWorkspace::LiveWorkspace(OperationStore &store, Clock *clock, ChangeNotifier *notifier,
                             QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_boardModel(new RouteBoardModel(store, clock, notifier, this))
    , m_stopsModel(new RouteStopsModel(store, notifier, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_board = new CrewsBoard(m_boardModel, m_splitter);
    m_stopsTable = new StopsTable(m_stopsModel, m_boardModel, m_splitter);
    m_splitter->addWidget(m_board);
    m_splitter->addWidget(m_stopsTable);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_splitter);

    connect(m_board, &CrewsBoard::currentRouteChanged, m_stopsTable, &StopsTable::showRoute);
    connect(m_board, &CrewsBoard::dayChosen, this, [this](const QString &day) {
        m_followToday = false;
        showDay(day);
    });
    // A plan for a new day shows up in the day list; when the board follows
    // today and today's first plan arrives, the board moves to it.
    connect(notifier, &ChangeNotifier::routesAdded, this, [this] {
        const QString today = TimeFormat::toRfc3339(m_clock->nowMs()).left(10);
        if (m_followToday && shownDay() != today && m_store.days().contains(today))
            showDay(today);
        else
            refreshDays();
    });
    connect(notifier, &ChangeNotifier::storeReset, this, [this] { showDay(shownDay()); });
    showDay();
}

void LiveWorkspace::setRules(const RouteStatusRules &rules)
{
    m_boardModel->setRules(rules);
}

QString LiveWorkspace::shownDay() const
{
    return m_boardModel->day();
}

void LiveWorkspace::showDay(const QString &day)
{
    QString target = day;
    if (target.isEmpty()) {
        const QString today = TimeFormat::toRfc3339(m_clock->nowMs()).left(10);
        const QStringList days = m_store.days();
        target = days.contains(today) || days.isEmpty() ? today : days.first();
    }
    const QString route = m_board->currentRouteId();
    if (target != m_boardModel->day())
        m_boardModel->setDay(target);
    refreshDays();
    if (!route.isEmpty() && m_boardModel->rowOfRoute(route) >= 0)
        m_board->selectRoute(route);
    else if (m_boardModel->rowCount() > 0 && m_board->currentRouteId().isEmpty())
        m_board->selectRoute(m_boardModel->route(0)->id);
    else if (m_boardModel->rowCount() == 0)
        m_stopsTable->showRoute(QString());
}

void LiveWorkspace::refreshDays()
{
    m_board->setDays(m_store.days(), m_boardModel->day());
}

QByteArray LiveWorkspace::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateMagic << m_splitter->saveState() << m_board->saveState()
        << m_stopsTable->saveState();
    return state;
}

void LiveWorkspace::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray splitter, board, stops;
    in >> magic >> splitter >> board >> stops;
    if (magic != StateMagic || in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_board->restoreState(board);
    m_stopsTable->restoreState(stops);
}
