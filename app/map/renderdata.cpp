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

LayerBuilder::LayerBuilder(GeometryKind kind) : m_kind(kind) {}

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
    int n = 0;
    for (const Item &item : m_order) {
        if (cancel && (++n & 1023) == 0 && cancel->load())
            return;
        RenderFeature &f = m_features[item.index];
        emitFeature(f.geometry, f.draft ? out.drafts : out.normal);
        f.geometry = Geometry(); // release as we go: memory stays bounded by one copy
    }
    out.featureCount += int(m_order.size());
    m_features.clear();
    m_order.clear();
}

void LayerBuilder::emitFeature(const Geometry &g, BatchSet &set)
{
    switch (kindOf(g.type)) {
    case GeometryKind::Polygon:
        for (const auto &part : g.parts)
            addPolygon(part, set);
        break;
    case GeometryKind::Line:
        for (const auto &part : g.parts)
            if (!part.empty())
                addLine(part.front(), set);
        break;
    case GeometryKind::Point:
        for (const auto &part : g.parts)
            if (!part.empty() && !part.front().empty())
                addPoint(part.front().front(), set);
        break;
    default: break;
    }
}

void LayerBuilder::addPolygon(const std::vector<Ring> &rings, BatchSet &set)
{
    std::vector<std::vector<WorldPoint>> world;
    size_t total = 0;
    for (const Ring &r : rings) {
        world.push_back(worldRing(r, true));
        total += world.back().size();
    }
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

void LayerBuilder::addLine(const Ring &line, BatchSet &set)
{
    const std::vector<WorldPoint> pts = worldRing(line, false);
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

void LayerBuilder::addPoint(const Coord &c, BatchSet &set)
{
    const WorldPoint w = toWorld(c);
    Batch &b = batchFor(set.points, 4, 4, w);
    const uint16_t base = uint16_t(b.vertexCount());
    const float x = float(w.x - b.originX), y = float(w.y - b.originY);
    b.vertices.insert(b.vertices.end(), {x, y, -1, -1, x, y, 1, -1, x, y, 1, 1, x, y, -1, 1});
    b.indices.insert(b.indices.end(), {base, uint16_t(base + 1), uint16_t(base + 2), base, uint16_t(base + 2),
                                       uint16_t(base + 3)});
}

std::shared_ptr<LayerRenderData> buildLayer(Database &db, const LayerDef &layer, const std::atomic_bool *cancel)
{
    auto data = std::make_shared<LayerRenderData>();
    data->layer = layer.name;
    data->style = styleColors(layer);
    data->draftStyle = draftColors(data->style);
    LayerBuilder builder(layer.geometry);
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
