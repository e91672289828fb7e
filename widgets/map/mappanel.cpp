#include "mappanel.h"

#include "map/basemap.h"
#include "map/mapprojection.h"
#include "map/tilefetcher.h"
#include "mapdatasync.h"
#include "maplegend.h"
#include "mapscene.h"
#include "mapstyle.h"
#include "mapview.h"
#include "stopitem.h"
#include "vanitem.h"

#include <QAction>
#include <QDataStream>
#include <QDir>
#include <QEvent>
#include <QIODevice>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr quint32 StateMagic = 0x564d4150; // "VMAP"
constexpr quint32 StateVersion = 1;
constexpr MapScene::Layer LayerOrder[5] = {MapScene::RoutesLayer, MapScene::DrivenPathsLayer,
                                           MapScene::StopsLayer, MapScene::VansLayer,
                                           MapScene::LabelsLayer};
} // namespace

MapPanel::MapPanel(OperationStore &store, Clock *clock, ChangeNotifier *notifier,
                   RouteBoardModel *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_scene(new MapScene(this))
    , m_view(new MapView(m_scene, this))
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildToolBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);

    m_legend = new MapLegend(m_view);
    m_view->installEventFilter(this);

    connect(m_scene, &MapScene::routeActivated, this, &MapPanel::onRouteActivated);
    connect(m_scene, &MapScene::stopActivated, this, &MapPanel::onStopActivated);
    connect(m_scene, &MapScene::hubActivated, this, &MapPanel::fitHub);
    connect(m_scene, &MapScene::zoomIntoRequested, this, [this](const QRectF &rect) {
        m_view->fitTo(rect, std::max(m_view->zoom() + 2, MapStyle::DetailZoom + 1));
    });
    connect(m_scene, &MapScene::vanMoved, this, &MapPanel::onVanMoved);
    connect(m_view, &MapView::userPanned, this, [this] { setFollowing(false); });

    m_sync = new MapDataSync(store, clock, notifier, board, m_scene, this);
    connect(m_sync, &MapDataSync::reloaded, this, [this] {
        rebuildFitMenu();
        updateActions();
        // A new day: show all of it, unless a saved view was restored.
        if (!m_placedOnce && !m_scene->contentBounds().isNull()) {
            fitAll();
            m_placedOnce = true;
        }
    });
    rebuildFitMenu();
    if (!m_scene->contentBounds().isNull()) {
        m_placedOnce = true;
        QMetaObject::invokeMethod(
            this, [this] { fitAll(); }, Qt::QueuedConnection);
    }
    reloadSettings();
    retranslate();
    updateActions();
}

MapPanel::~MapPanel() = default;

void MapPanel::buildToolBar()
{
    m_layersMenu = new QMenu(this);
    for (int i = 0; i < 5; ++i) {
        m_layerActions[i] = m_layersMenu->addAction(QString());
        m_layerActions[i]->setCheckable(true);
        m_layerActions[i]->setChecked(true);
        connect(m_layerActions[i], &QAction::toggled, this, &MapPanel::applyLayers);
    }
    m_layersButton = m_toolBar->addAction(QString());
    m_layersButton->setMenu(m_layersMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_layersButton)))
        button->setPopupMode(QToolButton::InstantPopup);

    m_fitMenu = new QMenu(this);
    m_fitButton = m_toolBar->addAction(QString());
    m_fitButton->setMenu(m_fitMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_fitButton)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_fitButton, &QAction::triggered, this, [this] {
        if (m_scene->selectedRoute().isEmpty())
            fitAll();
        else
            fitRoute(m_scene->selectedRoute());
    });

    m_follow = m_toolBar->addAction(QString());
    m_follow->setCheckable(true);
    connect(m_follow, &QAction::toggled, this, [this](bool on) {
        if (!on)
            return;
        if (VanItem *van = m_scene->vanOfRoute(m_scene->selectedRoute()); van && van->isPlaced()) {
            if (m_view->zoom() < 13)
                m_view->setZoom(14);
            m_view->setCentre(van->pos());
        }
    });
    m_onlySelected = m_toolBar->addAction(QString());
    m_onlySelected->setCheckable(true);
    connect(m_onlySelected, &QAction::toggled, m_scene, &MapScene::setOnlySelectedRoute);

    m_toolBar->addSeparator();
    m_zoomIn = m_toolBar->addAction(QStringLiteral("+"));
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.0); });
    m_zoomOut = m_toolBar->addAction(QStringLiteral("−"));
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(-1.0); });
    m_showLegend = m_toolBar->addAction(QString());
    m_showLegend->setCheckable(true);
    m_showLegend->setChecked(true);
    connect(m_showLegend, &QAction::toggled, this, [this](bool on) { m_legend->setVisible(on); });
}

void MapPanel::retranslate()
{
    const QString layerNames[5] = {tr("Planned routes"), tr("Driven paths"), tr("Stops"),
                                   tr("Vans"), tr("Labels")};
    for (int i = 0; i < 5; ++i)
        m_layerActions[i]->setText(layerNames[i]);
    m_layersButton->setText(tr("Layers"));
    m_layersButton->setToolTip(tr("Choose what the map shows"));
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Show the selected route whole, or everything"));
    m_follow->setText(tr("Follow van"));
    m_follow->setToolTip(tr("Keep the selected route's van in the middle of the map"));
    m_onlySelected->setText(tr("Only selected route"));
    m_onlySelected->setToolTip(tr("Hide the other routes, their stops and vans"));
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomOut->setToolTip(tr("Zoom out (−)"));
    m_showLegend->setText(tr("Legend"));
    rebuildFitMenu();
    updateAttribution();
}

void MapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QAction *MapPanel::layerAction(int layer) const
{
    for (int i = 0; i < 5; ++i) {
        if (LayerOrder[i] == layer)
            return m_layerActions[i];
    }
    return nullptr;
}

void MapPanel::applyLayers()
{
    MapScene::Layers layers;
    for (int i = 0; i < 5; ++i) {
        if (m_layerActions[i]->isChecked())
            layers |= LayerOrder[i];
    }
    m_scene->setLayers(layers);
}

void MapPanel::rebuildFitMenu()
{
    m_fitMenu->clear();
    m_fitMenu->addAction(tr("Everything"), this, &MapPanel::fitAll);
    QAction *route = m_fitMenu->addAction(tr("Selected route"), this,
                                          [this] { fitRoute(m_scene->selectedRoute()); });
    route->setEnabled(!m_scene->selectedRoute().isEmpty());
    QStringList hubs = m_scene->hubIds();
    if (!hubs.isEmpty())
        m_fitMenu->addSection(tr("Hubs"));
    std::sort(hubs.begin(), hubs.end(), [this](const QString &a, const QString &b) {
        return m_scene->hubName(a).localeAwareCompare(m_scene->hubName(b)) < 0;
    });
    for (const QString &hub : std::as_const(hubs))
        m_fitMenu->addAction(m_scene->hubName(hub), this, [this, hub] { fitHub(hub); });
}

void MapPanel::updateActions()
{
    const bool hasRoute = !m_scene->selectedRoute().isEmpty();
    m_follow->setEnabled(hasRoute);
    if (!hasRoute && m_follow->isChecked())
        m_follow->setChecked(false);
    const auto actions = m_fitMenu->actions();
    if (actions.size() > 1)
        actions[1]->setEnabled(hasRoute);
}

void MapPanel::updateAttribution()
{
    QString text = tr("Basemap: Natural Earth, GeoNames");
    if (m_fetcher && m_fetcher->isEnabled()) {
        text = m_tileAttribution.isEmpty() ? tr("Map tiles © OpenStreetMap contributors")
                                           : m_tileAttribution;
        if (m_fetcher->isFailing())
            text += QStringLiteral(" · ") + tr("tile server unavailable, offline basemap shown");
    }
    m_view->setAttribution(text);
}

void MapPanel::reloadSettings()
{
    QSettings settings;
    m_tileAttribution = settings.value(QStringLiteral("map/tileAttribution")).toString();
    const QString url = settings.value(QStringLiteral("map/tileUrl")).toString();
    if ((m_fetcher ? m_fetcher->urlTemplate() : QString()) != url)
        setTileServer(url);
    updateAttribution();
}

void MapPanel::setTileServer(const QString &urlTemplate, const QString &cacheDir)
{
    if (urlTemplate.isEmpty() || !TileFetcher::isValidTemplate(urlTemplate)) {
        m_scene->setTileFetcher(nullptr);
        delete m_fetcher;
        m_fetcher = nullptr;
        updateAttribution();
        return;
    }
    if (!m_fetcher) {
        m_fetcher = new TileFetcher(this);
        connect(m_fetcher, &TileFetcher::failingChanged, this, &MapPanel::updateAttribution);
    }
    const QString dir = cacheDir.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                  QStringLiteral("/tiles")
                            : cacheDir;
    QDir().mkpath(dir);
    m_fetcher->setCacheDirectory(dir);
    m_fetcher->setUrlTemplate(urlTemplate);
    m_scene->setTileFetcher(m_fetcher);
    updateAttribution();
}

bool MapPanel::isMostlyVisible(const QRectF &sceneRect) const
{
    const QRectF visible = m_view->visibleSceneRect();
    if (sceneRect.isNull())
        return true;
    const QRectF common = visible.intersected(sceneRect);
    const double area = std::max(1.0, sceneRect.width() * sceneRect.height());
    return common.width() * common.height() >= 0.8 * area &&
           sceneRect.width() >= visible.width() * 0.05;
}

void MapPanel::setSelectedRoute(const QString &routeId)
{
    if (routeId == m_scene->selectedRoute())
        return;
    m_scene->setSelectedRoute(routeId);
    rebuildFitMenu();
    updateActions();
    if (routeId.isEmpty())
        return;
    if (isFollowing()) {
        if (VanItem *van = m_scene->vanOfRoute(routeId); van && van->isPlaced())
            m_view->setCentre(van->pos());
    } else if (!isMostlyVisible(m_scene->routeBounds(routeId))) {
        fitRoute(routeId);
    }
}

void MapPanel::setSelectedStop(const QString &routeId, const QString &stopId)
{
    setSelectedRoute(routeId);
    m_scene->setSelectedStop(stopId);
    if (const QGraphicsItem *stop = m_scene->stop(stopId)) {
        if (!m_view->visibleSceneRect().contains(stop->pos()))
            m_view->setCentre(stop->pos());
    }
}

void MapPanel::onRouteActivated(const QString &routeId)
{
    const bool changed = routeId != m_scene->selectedRoute();
    m_scene->setSelectedRoute(routeId);
    rebuildFitMenu();
    updateActions();
    if (changed)
        Q_EMIT routeSelected(routeId);
}

void MapPanel::onStopActivated(const QString &routeId, const QString &stopId)
{
    onRouteActivated(routeId);
    m_scene->setSelectedStop(stopId);
    Q_EMIT stopSelected(routeId, stopId);
}

void MapPanel::onVanMoved(const QString &vehicleId, const QPointF &scenePos)
{
    if (!isFollowing())
        return;
    const VanItem *van = m_scene->vanOfRoute(m_scene->selectedRoute());
    if (van && van->vehicleId() == vehicleId)
        m_view->setCentre(scenePos);
}

void MapPanel::fitAll()
{
    setFollowing(false);
    const QRectF bounds = m_scene->contentBounds();
    // Nothing to show yet: the whole of the Netherlands.
    m_view->fitTo(bounds.isNull() ? Basemap::builtIn().home().boundingRect() : bounds, 14);
}

void MapPanel::fitRoute(const QString &routeId)
{
    const QRectF bounds = m_scene->routeBounds(routeId);
    if (bounds.isNull())
        return;
    setFollowing(false);
    m_view->fitTo(bounds, 16);
}

void MapPanel::fitHub(const QString &hubId)
{
    const QRectF bounds = m_scene->hubBounds(hubId);
    if (bounds.isNull())
        return;
    setFollowing(false);
    m_view->fitTo(bounds.width() < 1 ? bounds.adjusted(-3000, -3000, 3000, 3000) : bounds, 15);
}

void MapPanel::setFollowing(bool follow)
{
    m_follow->setChecked(follow && m_follow->isEnabled());
}

bool MapPanel::isFollowing() const
{
    return m_follow->isChecked();
}

QByteArray MapPanel::saveState() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << StateMagic << StateVersion << int(m_scene->layers()) << m_onlySelected->isChecked()
        << m_showLegend->isChecked() << m_view->zoom() << m_view->centreLonLat();
    return data;
}

void MapPanel::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != StateMagic || version != StateVersion)
        return; // another program's or a newer layout: keep the defaults
    int layers = 0;
    bool only = false;
    bool legend = true;
    double zoom = 0;
    QPointF centre;
    in >> layers >> only >> legend >> zoom >> centre;
    if (in.status() != QDataStream::Ok)
        return;
    for (int i = 0; i < 5; ++i)
        m_layerActions[i]->setChecked(layers & LayerOrder[i]);
    m_onlySelected->setChecked(only);
    m_showLegend->setChecked(legend);
    if (zoom >= MapProjection::MinZoom && zoom <= MapProjection::MaxZoom) {
        m_view->setZoom(zoom);
        m_view->setCentreLonLat(centre.x(), centre.y());
        m_placedOnce = true;
    }
}

void MapPanel::placeLegend()
{
    m_legend->resize(m_legend->sizeHint());
    m_legend->move(m_view->width() - m_legend->width() - 10, 10);
    m_legend->raise();
}

bool MapPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        placeLegend();
    return QWidget::eventFilter(watched, event);
}
