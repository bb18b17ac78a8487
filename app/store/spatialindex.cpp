#include "spatialindex.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace territori::store {

namespace {

// One cell of a node: a feature id (leaves) or a child node number (inner nodes), and its box as rtree.c stores it.
struct Cell
{
    qint64 id = 0;
    float box[4] = {0, 0, 0, 0}; // minX, maxX, minY, maxY
    float centre(int axis) const { return box[2 * axis] + (box[2 * axis + 1] - box[2 * axis]) / 2; }
};

constexpr int kCellBytes = 8 + 4 * 4;

// Rounded outwards, as rtree.c does, so the stored box always contains the feature's.
float down(double v)
{
    float f = float(v);
    if (double(f) > v) f = std::nextafter(f, -INFINITY);
    return f;
}

float up(double v)
{
    float f = float(v);
    if (double(f) < v) f = std::nextafter(f, INFINITY);
    return f;
}

void putBigEndian(unsigned char *p, quint64 v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i) {
        p[i] = static_cast<unsigned char>(v & 0xFF);
        v >>= 8;
    }
}

QString shadow(const QString &rtree, const char *suffix)
{
    return quoteIdentifier(rtree + QLatin1String(suffix));
}

class Writer
{
public:
    Writer(Database &db, const QString &rtree, int nodeBytes)
        : m_node(db.prepare(QStringLiteral("INSERT INTO %1 (nodeno, data) VALUES (?, ?)").arg(shadow(rtree, "_node")))),
          m_parent(db.prepare(
              QStringLiteral("INSERT INTO %1 (nodeno, parentnode) VALUES (?, ?)").arg(shadow(rtree, "_parent")))),
          m_bytes(nodeBytes)
    {
    }

    // Writes one node; depth is only meaningful in the root (node 1), which carries the height of the tree.
    Cell node(qint64 number, const Cell *cells, size_t count, int depth)
    {
        QByteArray data(m_bytes, '\0');
        auto *p = reinterpret_cast<unsigned char *>(data.data());
        putBigEndian(p, quint64(number == 1 ? depth : 0), 2);
        putBigEndian(p + 2, quint64(count), 2);
        Cell bounds;
        bounds.id = number;
        bounds.box[0] = bounds.box[2] = INFINITY;
        bounds.box[1] = bounds.box[3] = -INFINITY;
        for (size_t i = 0; i < count; ++i) {
            unsigned char *c = p + 4 + i * kCellBytes;
            putBigEndian(c, quint64(cells[i].id), 8);
            for (int k = 0; k < 4; ++k) {
                quint32 bits;
                std::memcpy(&bits, &cells[i].box[k], 4);
                putBigEndian(c + 8 + 4 * k, bits, 4);
            }
            bounds.box[0] = std::min(bounds.box[0], cells[i].box[0]);
            bounds.box[1] = std::max(bounds.box[1], cells[i].box[1]);
            bounds.box[2] = std::min(bounds.box[2], cells[i].box[2]);
            bounds.box[3] = std::max(bounds.box[3], cells[i].box[3]);
        }
        m_node.bind(1, number).bindBlob(2, data);
        m_node.run();
        m_node.reset();
        return bounds;
    }

    void parent(qint64 child, qint64 parent)
    {
        m_parent.bind(1, child).bind(2, parent);
        m_parent.run();
        m_parent.reset();
    }

private:
    Statement m_node;
    Statement m_parent;
    int m_bytes;
};

// Sort-Tile-Recursive grouping of one level into nodes of at most `capacity` cells: the cells are shared out evenly
// among the fewest nodes that hold them (sizes differ by one at most, so no node is left nearly empty), the nodes
// among vertical slices by x, and each slice, sorted by y, is cut into its nodes. Reorders `cells`; returns the
// node sizes in order.
std::vector<size_t> tile(std::vector<Cell> &cells, size_t capacity)
{
    const size_t n = cells.size();
    const size_t nodes = (n + capacity - 1) / capacity;
    const size_t slices = size_t(std::ceil(std::sqrt(double(nodes))));
    std::vector<size_t> sizes(nodes);
    for (size_t k = 0; k < nodes; ++k)
        sizes[k] = n / nodes + (k < n % nodes ? 1 : 0);
    std::sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) { return a.centre(0) < b.centre(0); });
    size_t node = 0;
    size_t begin = 0;
    for (size_t s = 0; s < slices; ++s) {
        const size_t sliceNodes = nodes / slices + (s < nodes % slices ? 1 : 0);
        size_t end = begin;
        for (size_t k = node; k < node + sliceNodes; ++k)
            end += sizes[k];
        std::sort(cells.begin() + std::ptrdiff_t(begin), cells.begin() + std::ptrdiff_t(end),
                  [](const Cell &a, const Cell &b) { return a.centre(1) < b.centre(1); });
        node += sliceNodes;
        begin = end;
    }
    return sizes;
}

int nodeBytes(Database &db, const QString &rtree)
{
    // rtree.c sizes every node like the root, which exists from the table's creation.
    Statement st =
        db.prepare(QStringLiteral("SELECT length(data) FROM %1 WHERE nodeno = 1").arg(shadow(rtree, "_node")));
    const int bytes = st.step() ? int(st.int64(0)) : 0;
    if (bytes < 4 + 2 * kCellBytes)
        throw StoreError(
            ErrorKind::Corrupt,
            QCoreApplication::translate("Store", "The spatial index %1 has no valid root node.").arg(rtree));
    return bytes;
}

} // namespace

void rebuildSpatialIndex(Database &db, const QString &rtree, std::vector<IndexEntry> entries)
{
    const int bytes = nodeBytes(db, rtree);
    // rtree.c never puts more than 51 cells in a node, whatever the page size.
    const size_t capacity = std::min<size_t>(51, size_t(bytes - 4) / kCellBytes);
    db.exec(QStringLiteral("DELETE FROM %1").arg(shadow(rtree, "_node")));
    db.exec(QStringLiteral("DELETE FROM %1").arg(shadow(rtree, "_rowid")));
    db.exec(QStringLiteral("DELETE FROM %1").arg(shadow(rtree, "_parent")));

    // One entry per id, the first given: a caller merging new entries with the tree's old ones puts the new first,
    // and an old entry left behind for a reused fid (a tool that bypassed the triggers) must not fail the import.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const IndexEntry &a, const IndexEntry &b) { return a.id < b.id; });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const IndexEntry &a, const IndexEntry &b) { return a.id == b.id; }),
                  entries.end());
    std::vector<Cell> level;
    level.reserve(entries.size());
    for (const IndexEntry &e : entries) {
        Cell c;
        c.id = e.id;
        c.box[0] = down(e.minX);
        c.box[1] = up(e.maxX);
        c.box[2] = down(e.minY);
        c.box[3] = up(e.maxY);
        level.push_back(c);
    }
    entries = std::vector<IndexEntry>();

    Writer writer(db, rtree, bytes);
    // Each leaf entry's node, written in id order at the end so the _rowid table is appended to, not scattered.
    std::vector<std::pair<qint64, qint64>> leafOf;
    leafOf.reserve(level.size());
    qint64 nextNode = 2;
    int depth = 0;
    while (level.size() > capacity) {
        const std::vector<size_t> sizes = tile(level, capacity);
        std::vector<Cell> above;
        above.reserve(sizes.size());
        size_t at = 0;
        for (size_t size : sizes) {
            const qint64 number = nextNode++;
            above.push_back(writer.node(number, level.data() + at, size, 0));
            for (size_t i = at; i < at + size; ++i) {
                if (depth == 0)
                    leafOf.emplace_back(level[i].id, number);
                else
                    writer.parent(level[i].id, number);
            }
            at += size;
        }
        level = std::move(above);
        ++depth;
    }
    writer.node(1, level.data(), level.size(), depth);
    for (const Cell &c : level) {
        if (depth == 0)
            leafOf.emplace_back(c.id, 1);
        else
            writer.parent(c.id, 1);
    }
    std::sort(leafOf.begin(), leafOf.end());
    Statement rowid =
        db.prepare(QStringLiteral("INSERT INTO %1 (rowid, nodeno) VALUES (?, ?)").arg(shadow(rtree, "_rowid")));
    for (const auto &[id, node] : leafOf) {
        rowid.bind(1, id).bind(2, node);
        rowid.run();
        rowid.reset();
    }
}

void addToSpatialIndex(Database &db, const QString &rtree, std::vector<IndexEntry> entries)
{
    if (entries.empty()) return;
    qint64 present = 0;
    {
        Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(shadow(rtree, "_rowid")));
        if (count.step()) present = count.int64(0);
    }
    // Packing reads and rewrites the whole tree, which pays once the new entries are a good part of it.
    if (qint64(entries.size()) * 4 < present || entries.size() < 256) {
        // OR REPLACE, as the GeoPackage triggers do: an entry left behind for a reused fid is replaced, not an error.
        Statement insert =
            db.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 VALUES (?, ?, ?, ?, ?)").arg(quoteIdentifier(rtree)));
        for (const IndexEntry &e : entries) {
            insert.bind(1, e.id).bind(2, e.minX).bind(3, e.maxX).bind(4, e.minY).bind(5, e.maxY);
            insert.run();
            insert.reset();
        }
        return;
    }
    entries.reserve(entries.size() + size_t(present));
    Statement old = db.prepare(QStringLiteral("SELECT id, minx, maxx, miny, maxy FROM %1").arg(quoteIdentifier(rtree)));
    while (old.step())
        entries.push_back({old.int64(0), old.real(1), old.real(2), old.real(3), old.real(4)});
    old = Statement();
    rebuildSpatialIndex(db, rtree, std::move(entries));
}

} // namespace territori::store
