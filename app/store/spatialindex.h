#pragma once

// Filling a layer's GeoPackage R-tree (rtree_<table>_geom) with many entries at once.
//
// SQLite's R*Tree inserts one entry at a time, choosing a leaf and splitting nodes as it goes: 100,000 entries take
// about 1.5 s, a fifth of a large import. When many entries arrive at once the tree is instead packed bottom-up
// (Sort-Tile-Recursive: entries sorted into vertical slices by x, each slice by y, cut into full nodes, and the same
// again for the levels above) and written straight into the three tables SQLite's rtree module keeps for it
// (<name>_node, _rowid, _parent), in the format rtree.c reads: big-endian cells of a 64-bit id and four 32-bit
// floats, rounded outwards so a box never shrinks. GDAL does the same since 3.7. The result is an ordinary R-tree:
// SQLite, GDAL and QGIS query it and later inserts and deletes maintain it; `rtreecheck()` accepts it.

#include "sqlite.h"

#include <QString>

#include <vector>

namespace territori::store {

struct IndexEntry
{
    qint64 id = 0;
    double minX = 0;
    double maxX = 0;
    double minY = 0;
    double maxY = 0;
};

// Adds `entries` to the R-tree `rtree` (replacing any entry with the same id), inside the caller's transaction.
// Many compared with the tree's current size: the tree is rebuilt packed with its old entries and the new ones; few:
// they are inserted through the virtual table. Throws StoreError.
void addToSpatialIndex(Database &db, const QString &rtree, std::vector<IndexEntry> entries);

// Replaces the whole content of the R-tree `rtree` with `entries`, packed; of entries with the same id the first is
// kept. Throws StoreError.
void rebuildSpatialIndex(Database &db, const QString &rtree, std::vector<IndexEntry> entries);

} // namespace territori::store
