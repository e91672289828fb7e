#include "rastertilesource.h"

#include "map/tilefetcher.h"

RasterTileSource::RasterTileSource(TileFetcher *fetcher, QObject *parent)
    : TileSource(parent)
    , m_fetcher(fetcher)
{
    connect(fetcher, &TileFetcher::tileLoaded, this,
            [this](const TileKey &key, const QImage &image, bool) {
                Q_EMIT tileReady(key, image, version());
            });
    connect(fetcher, &TileFetcher::tileFailed, this,
            [this](const TileKey &key, const QString &) { Q_EMIT tileFailed(key); });
    connect(fetcher, &TileFetcher::failingChanged, this, [this] { Q_EMIT changed(); });
}

void RasterTileSource::request(const TileKey &key)
{
    m_fetcher->request(key);
}

bool RasterTileSource::isActive() const
{
    return m_fetcher->isEnabled();
}

void RasterTileSource::reset()
{
    bumpVersion();
}
