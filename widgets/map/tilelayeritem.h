#pragma once

#include "map/tilekey.h"

#include <QCache>
#include <QElapsedTimer>
#include <QGraphicsObject>
#include <QImage>
#include <QPointer>

class TileSource;

// A layer of 256-pixel tiles (the vector basemap, a tile server, the route
// network): draws the tiles of the zoom level nearest the view's, from a
// cache, asking the source for what is missing and filling gaps with a
// coarser tile meanwhile. Panning only blits cached images: at a zoom between
// tile levels, the tiles scaled smoothly to the view's scale are kept too,
// so a pan there does not scale every tile again in every frame.
class TileLayerItem : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit TileLayerItem(TileSource *source, QGraphicsItem *parent = nullptr);

    TileSource *source() const { return m_source; }
    void setMaxCachedTiles(int count);
    int cachedTiles() const { return m_cache.count(); }
    bool hasTile(const TileKey &key) const { return m_cache.contains(key); }
    // Tiles kept scaled to the view's scale (at a zoom between tile levels).
    int scaledTiles() const { return int(m_scaled.count()); }
    // The tile zoom used for a view zoom.
    int tileZoomFor(double viewZoom) const;
    // While the zoom is moving, scaled tiles are drawn fast rather than smooth.
    void setInteractive(bool interactive);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Entry
    {
        QImage image;
        int version = 0;
    };
    // A tile scaled to the view's scale, for its place in the view.
    struct Scaled
    {
        QImage image;
        qint64 sourceKey = 0; // QImage::cacheKey() of the tile it was made from
        QSize size;           // in device-independent pixels
    };
    void onTileReady(const TileKey &key, const QImage &image, int version);
    // Draws the part of an ancestor tile that covers `key`; false if none is cached.
    bool drawFallback(QPainter *painter, const TileKey &key, const QTransform &toDevice);
    static void drawTile(QPainter *painter, const QImage &image, const QRectF &deviceRect,
                         const QRectF &sourceRect = {});
    // Draws a cached tile smoothly scaled, from (or into) m_scaled; once the
    // paint's time for scaling is spent, fast instead, and smooth in a later paint.
    void drawScaled(QPainter *painter, const TileKey &key, const QImage &image,
                    const QRectF &deviceRect);

    QPointer<TileSource> m_source;
    QCache<TileKey, Entry> m_cache;
    QCache<TileKey, Scaled> m_scaled;
    double m_scaledSide = 0;      // the side, in device pixels, of the tiles in m_scaled
    QElapsedTimer m_scaleBudget;  // since the paint began
    bool m_scaledPending = false; // tiles to scale in the next paint
    bool m_interactive = false;
};
