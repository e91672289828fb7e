#include "tilelayeritem.h"

#include "map/mapprojection.h"
#include "tilesource.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace {
// What one paint may spend scaling tiles for the cache; the others wait for the next.
constexpr qint64 ScaleBudgetMs = 3;
} // namespace

TileLayerItem::TileLayerItem(TileSource *source, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_source(source)
    , m_cache(320)
    , m_scaled(64)
{
    setFlag(ItemUsesExtendedStyleOption);
    connect(source, &TileSource::tileReady, this, &TileLayerItem::onTileReady);
    connect(source, &TileSource::changed, this, [this] { update(); });
}

void TileLayerItem::setMaxCachedTiles(int count)
{
    m_cache.setMaxCost(count);
}

QRectF TileLayerItem::boundingRect() const
{
    return m_source ? m_source->coverage() : QRectF();
}

int TileLayerItem::tileZoomFor(double viewZoom) const
{
    const int maxZoom = m_source ? m_source->maxZoom() : 19;
    return std::clamp(int(std::floor(viewZoom + 0.5)), 0, maxZoom);
}

void TileLayerItem::setInteractive(bool interactive)
{
    if (interactive == m_interactive)
        return;
    m_interactive = interactive;
    if (!interactive)
        update();
}

void TileLayerItem::onTileReady(const TileKey &key, const QImage &image, int version)
{
    if (image.isNull())
        return;
    Entry *old = m_cache.object(key);
    if (old && old->version > version)
        return;
    m_cache.insert(key, new Entry{image, version});
    update(MapProjection::tileSceneRect(key.x, key.y, key.z));
}

void TileLayerItem::drawTile(QPainter *painter, const QImage &image, const QRectF &deviceRect,
                             const QRectF &sourceRect)
{
    // Snap the edges to whole pixels so neighbouring tiles meet without seams.
    const QRect target(
        QPoint(int(std::lround(deviceRect.left())), int(std::lround(deviceRect.top()))),
        QPoint(int(std::lround(deviceRect.right())) - 1,
               int(std::lround(deviceRect.bottom())) - 1));
    const QSizeF logical = image.deviceIndependentSize();
    if (sourceRect.isNull() && std::abs(target.width() - logical.width()) < 0.5 &&
        std::abs(target.height() - logical.height()) < 0.5) {
        painter->drawImage(target.topLeft(), image); // a plain blit
        return;
    }
    const QRectF source = sourceRect.isNull() ? QRectF(QPointF(), image.size()) : sourceRect;
    painter->drawImage(QRectF(target), image, source);
}

void TileLayerItem::drawScaled(QPainter *painter, const TileKey &key, const QImage &image,
                               const QRectF &deviceRect)
{
    // Snapped as drawTile snaps. The scaled tile is made for the snapped
    // size, which stays the same while the view pans by whole pixels.
    const QRect target(
        QPoint(int(std::lround(deviceRect.left())), int(std::lround(deviceRect.top()))),
        QPoint(int(std::lround(deviceRect.right())) - 1,
               int(std::lround(deviceRect.bottom())) - 1));
    const qreal dpr = image.devicePixelRatio();
    Scaled *scaled = m_scaled.object(key);
    if (!scaled || scaled->sourceKey != image.cacheKey() || scaled->size != target.size()) {
        if (m_scaleBudget.isValid() && m_scaleBudget.elapsed() > ScaleBudgetMs) {
            // Enough for this frame: the rest is drawn fast now, smooth in the next frames.
            painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
            drawTile(painter, image, deviceRect);
            painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
            m_scaledPending = true;
            return;
        }
        // Drawn as drawTile would draw it in place, so it looks the same.
        QImage made(target.size() * dpr, image.format());
        made.setDevicePixelRatio(dpr);
        made.fill(Qt::transparent);
        {
            QPainter p(&made);
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(QRectF(QPointF(), target.size()), image);
        }
        scaled = new Scaled{made, image.cacheKey(), target.size()};
        m_scaled.insert(key, scaled);
    }
    painter->drawImage(target.topLeft(), scaled->image);
}

bool TileLayerItem::drawFallback(QPainter *painter, const TileKey &key, const QTransform &toDevice)
{
    TileKey ancestor = key;
    for (int up = 1; up <= 5 && ancestor.z > 0; ++up) {
        ancestor = ancestor.parent();
        const Entry *entry = m_cache.object(ancestor);
        if (!entry)
            continue;
        // The part of the ancestor that covers `key`, in the ancestor's image pixels.
        const int span = 1 << up;
        const double side = double(entry->image.width()) / span;
        const QRectF source((key.x - ancestor.x * span) * side, (key.y - ancestor.y * span) * side,
                            side, side);
        drawTile(painter, entry->image,
                 toDevice.mapRect(MapProjection::tileSceneRect(key.x, key.y, key.z)), source);
        return true;
    }
    return false;
}

void TileLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_source || !m_source->isActive())
        return;
    const QTransform toDevice = painter->worldTransform();
    const double scale = toDevice.m11();
    if (scale <= 0)
        return;
    const int z = tileZoomFor(MapProjection::zoomForResolution(1.0 / scale));
    const QRectF exposed = option->exposedRect.intersected(m_source->coverage());
    if (exposed.isEmpty())
        return;

    const double tileSide = MapProjection::resolution(z) * MapProjection::TileSize;
    const double origin = -MapProjection::HalfCircumference;
    const int last = (1 << z) - 1;
    const int x0 = std::clamp(int(std::floor((exposed.left() - origin) / tileSide)), 0, last);
    const int x1 = std::clamp(int(std::floor((exposed.right() - origin) / tileSide)), 0, last);
    const int y0 = std::clamp(int(std::floor((exposed.top() - origin) / tileSide)), 0, last);
    const int y1 = std::clamp(int(std::floor((exposed.bottom() - origin) / tileSide)), 0, last);

    painter->save();
    painter->resetTransform();
    const bool exact = std::abs(MapProjection::zoomForResolution(1.0 / scale) - z) < 1e-6;
    const bool smooth = !exact && !m_interactive;
    painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
    // Smoothly scaled tiles are kept for one scale: the one the view settled at.
    const double side = tileSide * scale; // device pixels
    if (smooth && std::abs(side - m_scaledSide) > 1e-9) {
        m_scaled.clear();
        m_scaledSide = side;
    }
    if (smooth) {
        m_scaled.setMaxCost(
            std::max<qsizetype>(m_scaled.maxCost(), (x1 - x0 + 1) * (y1 - y0 + 1) + 16));
        m_scaleBudget.start();
        m_scaledPending = false;
    }
    const int version = m_source->version();
    // Centre tiles first: the source serves the newest request first.
    QVector<TileKey> wanted;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const TileKey key{z, x, y};
            const Entry *entry = m_cache.object(key);
            if (entry) {
                const QRectF deviceRect = toDevice.mapRect(MapProjection::tileSceneRect(x, y, z));
                if (smooth)
                    drawScaled(painter, key, entry->image, deviceRect);
                else
                    drawTile(painter, entry->image, deviceRect);
                if (entry->version != version)
                    wanted.append(key);
            } else {
                drawFallback(painter, key, toDevice);
                wanted.append(key);
            }
        }
    }
    painter->restore();
    if (smooth && m_scaledPending)
        QMetaObject::invokeMethod(
            this, [this] { update(); }, Qt::QueuedConnection);
    const QPointF centre = exposed.center();
    std::sort(wanted.begin(), wanted.end(), [&](const TileKey &a, const TileKey &b) {
        const QPointF ca = MapProjection::tileSceneRect(a.x, a.y, a.z).center() - centre;
        const QPointF cb = MapProjection::tileSceneRect(b.x, b.y, b.z).center() - centre;
        return QPointF::dotProduct(ca, ca) > QPointF::dotProduct(cb, cb);
    });
    for (const TileKey &key : wanted)
        m_source->request(key);
}
