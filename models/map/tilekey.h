#pragma once

#include <QHashFunctions>
#include <QMetaType>

// One map tile: zoom level and column/row in the slippy-map grid.
struct TileKey
{
    int z = 0;
    int x = 0;
    int y = 0;

    bool isValid() const { return z >= 0 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z); }
    TileKey parent() const { return {z - 1, x >> 1, y >> 1}; }
    friend bool operator==(const TileKey &a, const TileKey &b)
    {
        return a.z == b.z && a.x == b.x && a.y == b.y;
    }
    friend bool operator!=(const TileKey &a, const TileKey &b) { return !(a == b); }
    friend size_t qHash(const TileKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.z, k.x, k.y);
    }
};
Q_DECLARE_METATYPE(TileKey)
