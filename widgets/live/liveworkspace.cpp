#include "liveworkspace.h"

#include "core/changenotifier.h"
#include "core/clock.h"
#include "core/timeformat.h"
#include "crewsboard.h"
#include "itemmodels/routeboardmodel.h"
#include "itemmodels/routestopsmodel.h"
#include "map/mappanel.h"
#include "stopstable.h"
#include "storage/operationstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
constexpr quint32 StateMagic = 0x564c5754; // "VLWT": with the map
}

LiveWorkspace::LiveWorkspace(OperationStore &store, Clock *clock, ChangeNotifier *notifier,
                             QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_boardModel(new RouteBoardModel(store, clock, notifier, this))
    , m_stopsModel(new RouteStopsModel(store, notifier, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_topSplitter(new QSplitter(Qt::Horizontal, m_splitter))
{
    m_board = new CrewsBoard(m_boardModel, m_topSplitter);
    m_map = new MapPanel(store, clock, notifier, m_boardModel, m_topSplitter);
    m_topSplitter->addWidget(m_board);
    m_topSplitter->addWidget(m_map);
    m_topSplitter->setStretchFactor(0, 3);
    m_topSplitter->setStretchFactor(1, 2);
    m_topSplitter->setSizes({900, 600});
    m_topSplitter->setChildrenCollapsible(false);
    m_stopsTable = new StopsTable(m_stopsModel, m_boardModel, m_splitter);
    m_splitter->addWidget(m_topSplitter);
    m_splitter->addWidget(m_stopsTable);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({560, 340});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_splitter);

    // One selection for the board, the stops table and the map.
    connect(m_board, &CrewsBoard::currentRouteChanged, this, [this](const QString &routeId) {
        m_stopsTable->showRoute(routeId);
        m_map->setSelectedRoute(routeId);
    });
    connect(m_stopsTable, &StopsTable::currentStopChanged, this, [this](const QString &stopId) {
        if (!stopId.isEmpty())
            m_map->setSelectedStop(m_stopsModel->routeId(), stopId);
    });
    connect(m_map, &MapPanel::routeSelected, this, [this](const QString &routeId) {
        m_board->selectRoute(routeId);
    });
    connect(m_map, &MapPanel::stopSelected, this,
            [this](const QString &routeId, const QString &stopId) {
                m_board->selectRoute(routeId);
                m_stopsTable->showRoute(routeId);
                m_stopsTable->selectStop(stopId);
            });
    connect(m_board, &CrewsBoard::dayChosen, this, [this](const QString &day) {
        m_followToday = false;
        showDay(day);
    });
    // A plan for a new day shows up in the day list; when the board follows
    // today and today's first plan arrives, the board moves to it.
    connect(notifier, &ChangeNotifier::routesAdded, this, [this] {
        const QString today = clockDay();
        const QStringList days = m_store.days();
        if (m_followToday && shownDay() != today && days.contains(today))
            showDay(today);
        else
            m_board->setDays(days, shownDay());
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
    const QStringList days = m_store.days();
    QString target = day;
    if (target.isEmpty()) {
        const QString today = clockDay();
        target = days.contains(today) || days.isEmpty() ? today : days.first();
    }
    const QString route = m_board->currentRouteId();
    if (target != m_boardModel->day())
        m_boardModel->setDay(target);
    m_board->setDays(days, target);
    if (!route.isEmpty() && m_boardModel->rowOfRoute(route) >= 0)
        m_board->selectRoute(route);
    else if (m_boardModel->rowCount() > 0 && m_board->currentRouteId().isEmpty())
        m_board->selectRoute(m_boardModel->route(0)->id);
    else if (m_boardModel->rowCount() == 0)
        m_stopsTable->showRoute(QString());
}

void LiveWorkspace::showStop(const QString &routeId, const QString &stopId)
{
    if (routeId.isEmpty())
        return;
    if (m_boardModel->rowOfRoute(routeId) < 0) {
        const QVector<Route> routes = m_store.routesByIds({routeId});
        if (routes.isEmpty())
            return;
        if (routes.constFirst().date != shownDay()) {
            m_followToday = routes.constFirst().date == clockDay();
            showDay(routes.constFirst().date);
        }
    }
    m_board->selectRoute(routeId);
    m_stopsTable->showRoute(routeId);
    m_map->setSelectedRoute(routeId);
    if (!stopId.isEmpty()) {
        m_stopsTable->selectStop(stopId);
        m_map->setSelectedStop(routeId, stopId);
    }
}

QString LiveWorkspace::clockDay() const
{
    return TimeFormat::toDay(m_clock->nowMs());
}

QByteArray LiveWorkspace::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateMagic << m_splitter->saveState() << m_board->saveState()
        << m_stopsTable->saveState() << m_topSplitter->saveState() << m_map->saveState();
    return state;
}

void LiveWorkspace::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray splitter, board, stops, top, map;
    in >> magic >> splitter >> board >> stops >> top >> map;
    if (magic != StateMagic || in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_board->restoreState(board);
    m_stopsTable->restoreState(stops);
    m_topSplitter->restoreState(top);
    m_map->restoreState(map);
}
