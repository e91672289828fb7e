#pragma once

#include "map/tilekey.h"

#include <QImage>
#include <QObject>
#include <QRectF>
#include <QThreadPool>
#include <QVector>
#include <functional>

// Where a tile layer gets its 256-pixel tiles. Tiles arrive asynchronously;
// a version number tells the layer when its cached tiles went stale (new
// data), so it keeps showing them until their replacements arrive.
class TileSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void request(const TileKey &key) = 0;
    virtual int maxZoom() const { return 19; }
    // False when the source has nothing to show (disabled, or failing).
    virtual bool isActive() const { return true; }
    // The scene area that has tiles.
    virtual QRectF coverage() const;
    int version() const { return m_version; }

Q_SIGNALS:
    void tileReady(const TileKey &key, const QImage &image, int version);
    void tileFailed(const TileKey &key);
    // The version moved on or the source became (in)active: repaint.
    void changed();

protected:
    void bumpVersion();

private:
    int m_version = 0;
};

// Tiles drawn by a function on a worker thread, newest request first: the
// vector basemap and the route network. The function must be thread-safe
// (it gets immutable data).
class RenderedTileSource : public TileSource
{
    Q_OBJECT
public:
    using Renderer = std::function<QImage(const TileKey &key)>;

    explicit RenderedTileSource(const QRectF &coverage, QObject *parent = nullptr);
    ~RenderedTileSource() override;

    // Replaces the renderer; tiles made by the old one are stale from now.
    void setRenderer(const Renderer &renderer);
    void request(const TileKey &key) override;
    QRectF coverage() const override { return m_coverage; }
    int pending() const { return int(m_queue.size()) + (m_busy ? 1 : 0); }

private:
    void pump();
    void onRendered(const TileKey &key, const QImage &image, int version);

    QRectF m_coverage;
    Renderer m_renderer;
    QVector<TileKey> m_queue; // newest at the back
    TileKey m_current;
    bool m_busy = false;
    QThreadPool m_pool;
};
