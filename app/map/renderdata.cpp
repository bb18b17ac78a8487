#include "renderdata.h"

#include "featurereader.h"
#include "layerdef.h"
#include "triangulator.h"

#include <algorithm>

namespace territori::map {

using namespace territori::store;

namespace {

constexpr int kMaxBatchVertices = 65535;
// Offsets beyond this (reference-zoom px, ~600 km) start a new batch so float offsets keep sub-pixel precision.
constexpr double kMaxOriginDistance = 4.0e6;

uint64_t spread(uint32_t v)
{
    uint64_t x = v;
    x = (x | (x << 16)) & 0x0000FFFF0000FFFFull;
    x = (x | (x << 8)) & 0x00FF00FF00FF00FFull;
    x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0Full;
    x = (x | (x << 2)) & 0x3333333333333333ull;
    x = (x | (x << 1)) & 0x5555555555555555ull;
    return x;
}

uint64_t mortonKey(const WorldPoint &w)
{
    const auto clamp = [](double v) { return uint32_t(std::max(0.0, std::min(v, kReferenceWorldSize - 1)) / 4096.0); };
    return spread(clamp(w.x)) | (spread(clamp(w.y)) << 1);
}

Batch &batchFor(std::vector<Batch> &list, int floatsPerVertex, int addVertices, const WorldPoint &anchor)
{
    if (list.empty() || list.back().vertexCount() + addVertices > kMaxBatchVertices ||
        std::abs(anchor.x - list.back().originX) > kMaxOriginDistance ||
        std::abs(anchor.y - list.back().originY) > kMaxOriginDistance) {
        list.emplace_back();
        list.back().originX = anchor.x;
        list.back().originY = anchor.y;
        list.back().floatsPerVertex = floatsPerVertex;
    }
    return list.back();
}

// Rings without the repeated closing vertex and without consecutive duplicates, in reference-zoom px.
std::vector<WorldPoint> worldRing(const Ring &ring, bool closed)
{
    std::vector<WorldPoint> out;
    out.reserve(ring.size());
    for (const Coord &c : ring) {
        const WorldPoint w = toWorld(c);
        if (!out.empty() && out.back().x == w.x && out.back().y == w.y)
            continue;
        out.push_back(w);
    }
    if (closed && out.size() > 1 && out.front().x == out.back().x && out.front().y == out.back().y)
        out.pop_back();
    return out;
}

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(std::max(0.0, std::min(1.0, alpha)));
    return c;
}

} // namespace

const std::vector<OverviewSpec> &overviewSpecs()
{
    static const std::vector<OverviewSpec> specs = [] {
        std::vector<OverviewSpec> v;
        const double zoom = 12;
        const double px = std::pow(2.0, kReferenceZoom - zoom); // one screen pixel at that zoom
        v.push_back({zoom, 0.5 * px, 6 * px});
        return v;
    }();
    return specs;
}

std::vector<WorldPoint> simplify(const std::vector<WorldPoint> &pts, double tolerance)
{
    if (pts.size() <= 3)
        return pts;
    // Iterative Douglas-Peucker: a stack of spans instead of recursion, so long rings cannot overflow the stack.
    std::vector<char> keep(pts.size(), 0);
    keep.front() = keep.back() = 1;
    std::vector<std::pair<size_t, size_t>> spans{{0, pts.size() - 1}};
    const double tol2 = tolerance * tolerance;
    while (!spans.empty()) {
        const auto [a, b] = spans.back();
        spans.pop_back();
        double best = -1;
        size_t index = a;
        const double dx = pts[b].x - pts[a].x, dy = pts[b].y - pts[a].y;
        const double len2 = dx * dx + dy * dy;
        for (size_t i = a + 1; i < b; ++i) {
            double d2;
            if (len2 == 0) {
                d2 = (pts[i].x - pts[a].x) * (pts[i].x - pts[a].x) + (pts[i].y - pts[a].y) * (pts[i].y - pts[a].y);
            } else {
                const double cross = dx * (pts[i].y - pts[a].y) - dy * (pts[i].x - pts[a].x);
                d2 = cross * cross / len2;
            }
            if (d2 > best) {
                best = d2;
                index = i;
            }
        }
        if (best > tol2) {
            keep[index] = 1;
            spans.push_back({a, index});
            spans.push_back({index, b});
        }
    }
    std::vector<WorldPoint> out;
    for (size_t i = 0; i < pts.size(); ++i)
        if (keep[i])
            out.push_back(pts[i]);
    return out;
}

size_t BatchSet::byteSize() const
{
    size_t n = 0;
    for (const auto *list : {&fills, &outlines, &strokes, &points})
        for (const Batch &b : *list)
            n += b.vertices.size() * sizeof(float) + b.indices.size() * sizeof(uint16_t);
    return n;
}

LayerStyleColors styleColors(const LayerDef &layer)
{
    LayerStyleColors s;
    s.fill = withAlpha(QColor(layer.style.fill), layer.geometry == GeometryKind::Point ? 1.0 : layer.style.fillOpacity);
    s.stroke = QColor(layer.style.stroke);
    s.width = float(layer.style.width);
    s.size = float(layer.style.size);
    if (!s.fill.isValid())
        s.fill = QColor(136, 136, 136, 100);
    if (!s.stroke.isValid())
        s.stroke = QColor(51, 51, 51);
    return s;
}

LayerStyleColors draftColors(const LayerStyleColors &style)
{
    // Drafts keep their layer's fill, lighter, with an amber outline that reads as "unfinished" in the legend.
    LayerStyleColors d = style;
    d.fill = withAlpha(style.fill, style.fill.alphaF() * 0.5);
    d.stroke = QColor(0xe6, 0x9f, 0x00);
    d.width = std::max(style.width, 2.0f);
    return d;
}

LayerBuilder::LayerBuilder(GeometryKind kind, bool withDetail) : m_kind(kind), m_withDetail(withDetail) {}

void LayerBuilder::add(const Geometry &geometry, bool draft)
{
    if (geometry.isEmpty())
        return;
    const Envelope e = geometry.envelope();
    m_extent.expand(e);
    const WorldPoint c = toWorld((e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2);
    m_order.push_back({mortonKey(c), uint32_t(m_features.size())});
    m_features.push_back({geometry, draft});
}

void LayerBuilder::finish(LayerRenderData &out, const std::atomic_bool *cancel)
{
    std::sort(m_order.begin(), m_order.end(), [](const Item &a, const Item &b) { return a.key < b.key; });
    out.kind = m_kind;
    out.extent = m_extent;
    const auto &specs = overviewSpecs();
    if (out.overviews.size() != specs.size()) {
        out.overviews.resize(specs.size());
        for (size_t i = 0; i < specs.size(); ++i)
            out.overviews[i].belowZoom = specs[i].belowZoom;
    }
    int n = 0;
    for (const Item &item : m_order) {
        if (cancel && (++n & 1023) == 0 && cancel->load())
            return;
        RenderFeature &f = m_features[item.index];
        if (m_withDetail || kindOf(f.geometry.type) == GeometryKind::Point)
            emitFeature(f.geometry, f.draft ? out.drafts : out.normal);
        for (size_t i = 0; i < specs.size(); ++i)
            emitOverview(f.geometry, specs[i].tolerance, specs[i].dotSize,
                         f.draft ? out.overviews[i].drafts : out.overviews[i].normal);
        f.geometry = Geometry(); // release as we go: memory stays bounded by one copy
    }
    out.featureCount += int(m_order.size());
    out.detailBuilt = m_withDetail;
    m_features.clear();
    m_order.clear();
}

void LayerBuilder::emitFeature(const Geometry &g, BatchSet &set)
{
    switch (kindOf(g.type)) {
    case GeometryKind::Polygon:
        for (const auto &part : g.parts) {
            std::vector<std::vector<WorldPoint>> rings;
            for (const Ring &r : part)
                rings.push_back(worldRing(r, true));
            addPolygon(rings, set);
        }
        break;
    case GeometryKind::Line:
        for (const auto &part : g.parts)
            if (!part.empty())
                addLine(worldRing(part.front(), false), set);
        break;
    case GeometryKind::Point:
        for (const auto &part : g.parts)
            if (!part.empty() && !part.front().empty())
                addPoint(toWorld(part.front().front()), set);
        break;
    default: break;
    }
}

void LayerBuilder::emitOverview(const Geometry &g, double tolerance, double dotSize, BatchSet &set)
{
    const GeometryKind kind = kindOf(g.type);
    if (kind == GeometryKind::Point || kind == GeometryKind::None)
        return; // points are cheap and drawn from the detail at every zoom
    for (const auto &part : g.parts) {
        if (part.empty())
            continue;
        const std::vector<WorldPoint> first = worldRing(part.front(), kind == GeometryKind::Polygon);
        if (first.empty())
            continue;
        double minX = first[0].x, maxX = minX, minY = first[0].y, maxY = minY;
        for (const WorldPoint &w : first) {
            minX = std::min(minX, w.x), maxX = std::max(maxX, w.x);
            minY = std::min(minY, w.y), maxY = std::max(maxY, w.y);
        }
        // Smaller than a few pixels at this level's deepest zoom: a dot shows where it is, for two triangles.
        if (std::max(maxX - minX, maxY - minY) < dotSize) {
            addPoint({(minX + maxX) / 2, (minY + maxY) / 2}, set);
            continue;
        }
        if (kind == GeometryKind::Line) {
            addLine(simplify(first, tolerance), set);
            continue;
        }
        std::vector<std::vector<WorldPoint>> rings{simplify(first, tolerance)};
        for (size_t h = 1; h < part.size(); ++h) {
            std::vector<WorldPoint> hole = worldRing(part[h], true);
            double hx0 = 1e300, hx1 = -1e300, hy0 = 1e300, hy1 = -1e300;
            for (const WorldPoint &w : hole) {
                hx0 = std::min(hx0, w.x), hx1 = std::max(hx1, w.x);
                hy0 = std::min(hy0, w.y), hy1 = std::max(hy1, w.y);
            }
            if (std::max(hx1 - hx0, hy1 - hy0) >= dotSize) // holes too small to see are filled
                rings.push_back(simplify(hole, tolerance));
        }
        if (rings.front().size() < 3)
            addPoint({(minX + maxX) / 2, (minY + maxY) / 2}, set);
        else
            addPolygon(rings, set);
    }
}

void LayerBuilder::addPolygon(const std::vector<std::vector<WorldPoint>> &world, BatchSet &set)
{
    size_t total = 0;
    for (const auto &ring : world)
        total += ring.size();
    if (world.empty() || world.front().size() < 3)
        return;
    const WorldPoint anchor = world.front().front();

    // Fill. A polygon larger than one batch can hold is skipped for the fill (its outline is still drawn) rather
    // than silently corrupting indices; no surveyed site comes close to 65,535 vertices.
    if (total <= size_t(kMaxBatchVertices)) {
        std::vector<std::vector<double>> local;
        for (const auto &ring : world) {
            std::vector<double> flat;
            flat.reserve(ring.size() * 2);
            for (const WorldPoint &w : ring) {
                flat.push_back(w.x - anchor.x);
                flat.push_back(w.y - anchor.y);
            }
            local.push_back(std::move(flat));
        }
        std::vector<uint32_t> tri;
        uint32_t count = 0;
        if (triangulate(local, tri, &count)) {
            Batch &b = batchFor(set.fills, 2, int(count), anchor);
            const uint32_t base = uint32_t(b.vertexCount());
            for (const auto &ring : world)
                for (const WorldPoint &w : ring) {
                    b.vertices.push_back(float(w.x - b.originX));
                    b.vertices.push_back(float(w.y - b.originY));
                    b.include(w.x, w.y);
                }
            for (uint32_t i : tri)
                b.indices.push_back(uint16_t(base + i));
        }
    }
    // Outlines as line pairs, one ring at a time (a ring never needs to share a batch).
    for (const auto &ring : world) {
        if (ring.size() < 2)
            continue;
        for (size_t start = 0; start < ring.size(); start += kMaxBatchVertices - 1) {
            const size_t n = std::min(ring.size() - start, size_t(kMaxBatchVertices - 1));
            const bool whole = start == 0 && n == ring.size();
            Batch &b = batchFor(set.outlines, 2, int(n) + 1, ring[start]);
            const uint16_t base = uint16_t(b.vertexCount());
            for (size_t i = 0; i < n; ++i) {
                b.vertices.push_back(float(ring[start + i].x - b.originX));
                b.vertices.push_back(float(ring[start + i].y - b.originY));
                b.include(ring[start + i].x, ring[start + i].y);
            }
            // The closing segment, or the joint to the next chunk of a very long ring.
            const WorldPoint &next = whole ? ring[0] : ring[(start + n) % ring.size()];
            b.vertices.push_back(float(next.x - b.originX));
            b.vertices.push_back(float(next.y - b.originY));
            for (size_t i = 0; i < n; ++i) {
                b.indices.push_back(uint16_t(base + i));
                b.indices.push_back(uint16_t(base + i + 1));
            }
        }
    }
}

void LayerBuilder::addLine(const std::vector<WorldPoint> &pts, BatchSet &set)
{
    if (pts.size() < 2)
        return;
    // Each vertex becomes two, pushed apart in the shader by half the line width along the miter direction, so the
    // width stays constant in screen pixels at every zoom.
    const size_t chunk = kMaxBatchVertices / 2 - 1;
    for (size_t start = 0; start + 1 < pts.size(); start += chunk - 1) {
        const size_t n = std::min(pts.size() - start, chunk);
        Batch &b = batchFor(set.strokes, 4, int(n * 2), pts[start]);
        const uint16_t base = uint16_t(b.vertexCount());
        for (size_t k = 0; k < n; ++k) {
            const size_t i = start + k;
            auto normal = [&](size_t a, size_t c) {
                const double dx = pts[c].x - pts[a].x, dy = pts[c].y - pts[a].y;
                const double len = std::hypot(dx, dy);
                return len > 0 ? QPointF(-dy / len, dx / len) : QPointF(0, 0);
            };
            QPointF m;
            if (i == 0) {
                m = normal(0, 1);
            } else if (i + 1 == pts.size()) {
                m = normal(i - 1, i);
            } else {
                const QPointF n1 = normal(i - 1, i), n2 = normal(i, i + 1);
                QPointF sum = n1 + n2;
                const double len = std::hypot(sum.x(), sum.y());
                if (len < 1e-6) {
                    m = n1; // a full turn back: no miter exists
                } else {
                    sum /= len;
                    const double cosHalf = sum.x() * n1.x() + sum.y() * n1.y();
                    m = sum * std::min(1.0 / std::max(cosHalf, 1e-6), 3.0); // long spikes are clipped
                }
            }
            const float x = float(pts[i].x - b.originX), y = float(pts[i].y - b.originY);
            b.vertices.insert(b.vertices.end(), {x, y, float(m.x()), float(m.y()), x, y, float(-m.x()), float(-m.y())});
            b.include(pts[i].x, pts[i].y);
        }
        for (size_t k = 0; k + 1 < n; ++k) {
            const uint16_t v = uint16_t(base + 2 * k);
            b.indices.insert(b.indices.end(), {v, uint16_t(v + 1), uint16_t(v + 2), uint16_t(v + 1), uint16_t(v + 3),
                                               uint16_t(v + 2)});
        }
        if (start + n >= pts.size())
            break;
    }
}

void LayerBuilder::addPoint(const WorldPoint &w, BatchSet &set)
{
    Batch &b = batchFor(set.points, 4, 4, w);
    const uint16_t base = uint16_t(b.vertexCount());
    const float x = float(w.x - b.originX), y = float(w.y - b.originY);
    b.vertices.insert(b.vertices.end(), {x, y, -1, -1, x, y, 1, -1, x, y, 1, 1, x, y, -1, 1});
    b.indices.insert(b.indices.end(), {base, uint16_t(base + 1), uint16_t(base + 2), base, uint16_t(base + 2),
                                       uint16_t(base + 3)});
    b.include(w.x, w.y);
}

std::shared_ptr<LayerRenderData> buildLayer(Database &db, const LayerDef &layer, const std::atomic_bool *cancel,
                                            bool withDetail)
{
    auto data = std::make_shared<LayerRenderData>();
    data->layer = layer.name;
    data->style = styleColors(layer);
    data->draftStyle = draftColors(data->style);
    // Point layers have no overview of their own: their detail is all there is.
    LayerBuilder builder(layer.geometry, withDetail || layer.geometry == GeometryKind::Point);
    FeatureReader reader(db, layer);
    int skipped = 0;
    reader.forEach(nullptr, [&](const FeatureRow &row) {
        Geometry g;
        if (row.geometry.isEmpty() || !fromGpkgBlob(row.geometry, g) || g.isEmpty() ||
            kindOf(g.type) != layer.geometry) {
            ++skipped;
        } else {
            builder.add(g, row.draft);
        }
        return !(cancel && cancel->load());
    });
    builder.finish(*data, cancel);
    data->skipped = skipped;
    return data;
}

} // namespace territori::map
