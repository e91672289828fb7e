#include "townlabelsitem.h"

#include "map/basemap.h"
#include "map/labelplacer.h"
#include "map/mapprojection.h"
#include "mapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace {

QFont tierFont(int tier)
{
    switch (tier) {
    case 0:
        return MapStyle::labelFont(2, true);
    case 1:
        return MapStyle::labelFont(1, true);
    case 2:
        return MapStyle::labelFont(0, false);
    default:
        return MapStyle::labelFont(-1, false);
    }
}

double dotRadius(int tier)
{
    return tier == 0 ? 3.5 : tier == 1 ? 3.0 : 2.3;
}

} // namespace

TownLabelsItem::TownLabelsItem(const Basemap &basemap)
    : m_basemap(basemap)
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(10);
}

int TownLabelsItem::tierOf(int population)
{
    if (population >= 250000)
        return 0;
    if (population >= 100000)
        return 1;
    if (population >= 40000)
        return 2;
    return 3;
}

void TownLabelsItem::setObstacles(const QVector<QPair<QPointF, QRectF>> &obstacles)
{
    m_obstacles = obstacles;
    m_placements.clear();
    update();
}

QRectF TownLabelsItem::boundingRect() const
{
    return m_basemap.sceneBounds();
}

const QVector<TownLabelsItem::Placed> &TownLabelsItem::placementFor(int halfZoomSteps)
{
    const auto it = m_placements.constFind(halfZoomSteps);
    if (it != m_placements.constEnd())
        return *it;
    const double zoom = halfZoomSteps / 2.0;
    const double res = MapProjection::resolution(zoom);
    auto toPixels = [res](const QPointF &scene) { return scene / res; };

    LabelPlacer placer(64);
    for (const auto &obstacle : m_obstacles)
        placer.block(obstacle.second.translated(toPixels(obstacle.first)));
    QVector<Placed> placed;
    const QVector<BasemapTown> &towns = m_basemap.towns();
    for (int i = 0; i < towns.size(); ++i) {
        const BasemapTown &t = towns[i];
        if (t.minZoom > zoom)
            continue;
        const int tier = tierOf(t.population);
        const QFontMetricsF fm(tierFont(tier));
        const double w = fm.horizontalAdvance(t.name) + 4;
        const double h = fm.height();
        const double r = dotRadius(tier) + 2;
        const QPointF at = toPixels(t.scenePos);
        const QVector<QRectF> candidates{
            QRectF(r, -h / 2, w, h),      // right
            QRectF(-r - w, -h / 2, w, h), // left
            QRectF(-w / 2, -r - h, w, h), // above
            QRectF(-w / 2, r, w, h),      // below
        };
        QVector<QRectF> absolute;
        for (const QRectF &c : candidates)
            absolute.append(c.translated(at));
        // Keep a little air between names.
        QVector<QRectF> padded;
        for (const QRectF &c : absolute)
            padded.append(c.adjusted(-3, -1, 3, 1));
        const int chosen = placer.placeFirst(padded);
        if (chosen < 0)
            continue;
        placer.block(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
        placed.append(Placed{i, candidates[chosen], tier});
    }
    if (zoom >= MapStyle::ProvinceLabelMinZoom && zoom < MapStyle::ProvinceLabelMaxZoom) {
        const QFontMetricsF fm(MapStyle::provinceLabelFont());
        const QVector<BasemapLabel> &provinces = m_basemap.provinces();
        for (int i = 0; i < provinces.size(); ++i) {
            // Centred on Natural Earth's label point, or left out: a province
            // name pushed aside would name the wrong province.
            const double w = fm.horizontalAdvance(provinces[i].name.toUpper()) + 4;
            const double h = fm.height();
            const QRectF rect(-w / 2, -h / 2, w, h);
            const QPointF at = toPixels(provinces[i].scenePos);
            if (placer.placeFirst({rect.translated(at).adjusted(-4, -2, 4, 2)}) >= 0)
                placed.append(Placed{i, rect, 0, true});
        }
    }
    return *m_placements.insert(halfZoomSteps, placed);
}

QStringList TownLabelsItem::placedNames(double zoom)
{
    QStringList names;
    for (const Placed &p : placementFor(int(std::floor(zoom * 2))))
        if (!p.province)
            names.append(m_basemap.towns()[p.town].name);
    return names;
}

QStringList TownLabelsItem::placedProvinceNames(double zoom)
{
    QStringList names;
    for (const Placed &p : placementFor(int(std::floor(zoom * 2))))
        if (p.province)
            names.append(m_basemap.provinces()[p.town].name);
    return names;
}

QPixmap TownLabelsItem::provincePixmap(int province, qreal dpr)
{
    // Apart from the towns' keys, which keep the bits above 8 for the town.
    const quint64 key = (quint64(1) << 62) | (quint64(province) << 8) | quint64(dpr * 4);
    const auto it = m_pixmaps.constFind(key);
    if (it != m_pixmaps.constEnd())
        return *it;
    const QString name = m_basemap.provinces()[province].name.toUpper();
    const QFont font = MapStyle::provinceLabelFont();
    const QFontMetricsF fm(font);
    const QSizeF size(fm.horizontalAdvance(name) + 4, fm.height());
    QPixmap pixmap((size * dpr).toSize() + QSize(1, 1));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    MapStyle::drawHaloText(&p, QPointF(2, fm.ascent()), name, font,
                           MapStyle::provinceLabelColor());
    p.end();
    return *m_pixmaps.insert(key, pixmap);
}

QPixmap TownLabelsItem::labelPixmap(int town, int tier, qreal dpr)
{
    const quint64 key = (quint64(town) << 8) | (quint64(tier) << 4) | quint64(dpr * 4);
    const auto it = m_pixmaps.constFind(key);
    if (it != m_pixmaps.constEnd())
        return *it;
    const QString &name = m_basemap.towns()[town].name;
    const QFont font = tierFont(tier);
    const QFontMetricsF fm(font);
    const QSizeF size(fm.horizontalAdvance(name) + 4, fm.height());
    QPixmap pixmap((size * dpr).toSize() + QSize(1, 1));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    MapStyle::drawHaloText(&p, QPointF(2, fm.ascent()), name, font,
                           tier <= 1 ? MapStyle::textColor() : QColor(0x4a, 0x50, 0x58));
    p.end();
    return *m_pixmaps.insert(key, pixmap);
}

void TownLabelsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    const QTransform toDevice = painter->worldTransform();
    const double scale = toDevice.m11();
    if (scale <= 0)
        return;
    const double zoom = MapProjection::zoomForResolution(1.0 / scale);
    const QVector<Placed> &placed = placementFor(int(std::floor(zoom * 2)));
    const qreal dpr = widget ? widget->devicePixelRatioF() : 1.0;
    // Labels reach up to ~200 px from their town; widen the exposed area by that.
    const double reach = 200 / scale;
    const QRectF exposed = option->exposedRect.adjusted(-reach, -reach, reach, reach);
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Placed &p : placed) {
        if (p.province) {
            const QPointF at = toDevice.map(m_basemap.provinces()[p.town].scenePos);
            painter->drawPixmap(QPointF(std::round(at.x() + p.textRect.left()),
                                        std::round(at.y() + p.textRect.top())),
                                provincePixmap(p.town, dpr));
            continue;
        }
        const BasemapTown &t = m_basemap.towns()[p.town];
        if (!exposed.contains(t.scenePos))
            continue;
        const QPointF at = toDevice.map(t.scenePos);
        const double r = dotRadius(p.tier);
        painter->setPen(QPen(Qt::white, 1.2));
        painter->setBrush(QColor(0x5c, 0x62, 0x6b));
        painter->drawEllipse(at, r, r);
        const QPixmap pixmap = labelPixmap(p.town, p.tier, dpr);
        painter->drawPixmap(
            QPointF(std::round(at.x() + p.textRect.left()), std::round(at.y() + p.textRect.top())),
            pixmap);
    }
    painter->restore();
}
