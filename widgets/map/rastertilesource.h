#pragma once

#include "tilesource.h"

class TileFetcher;

// Tiles from a tile server (see TileFetcher). Inactive while no server is
// set or while the server keeps failing; the vector basemap underneath then
// shows through.
class RasterTileSource : public TileSource
{
    Q_OBJECT
public:
    explicit RasterTileSource(TileFetcher *fetcher, QObject *parent = nullptr);

    TileFetcher *fetcher() const { return m_fetcher; }
    void request(const TileKey &key) override;
    bool isActive() const override;
    // Call after changing the fetcher's template: drops tiles of the old server.
    void reset();

private:
    TileFetcher *m_fetcher;
};
