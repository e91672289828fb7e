#pragma once

#include "map/tilekey.h"

#include <QCache>
#include <QGraphicsObject>
#include <QImage>
#include <QPointer>

class TileSource;

// A layer of 256-pixel tiles (the vector basemap, a tile server, the route
// network): draws the tiles of the zoom level nearest the view's, from a
// cache, asking the source for what is missing and filling gaps with a
// coarser tile meanwhile. Panning only blits cached images.
class TileLayerItem : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit TileLayerItem(TileSource *source, QGraphicsItem *parent = nullptr);

    TileSource *source() const { return m_source; }
    void setMaxCachedTiles(int count);
    int cachedTiles() const { return m_cache.count(); }
    bool hasTile(const TileKey &key) const { return m_cache.contains(key); }
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
    void onTileReady(const TileKey &key, const QImage &image, int version);
    // Draws the part of an ancestor tile that covers `key`; false if none is cached.
    bool drawFallback(QPainter *painter, const TileKey &key, const QTransform &toDevice);
    static void drawTile(QPainter *painter, const QImage &image, const QRectF &deviceRect,
                         const QRectF &sourceRect = {});

    QPointer<TileSource> m_source;
    QCache<TileKey, Entry> m_cache;
    bool m_interactive = false;
};
