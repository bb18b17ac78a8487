#pragma once

// Everything the scene graph needs to draw one layer, built once off the UI thread: features grouped into a few large
// batches (at most 65,535 vertices each, spatially coherent), coordinates as floats relative to each batch's origin.
// A frame then costs a handful of draw calls whatever the feature count, instead of one QML item per feature.

#include "geometry.h"
#include "mapmath.h"

#include <QColor>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace territori::store {
class Database;
struct LayerDef;
} // namespace territori::store

namespace territori::map {

struct Batch
{
    double originX = 0; // reference-zoom px
    double originY = 0;
    std::vector<float> vertices; // interleaved, layout depends on the batch kind
    std::vector<uint16_t> indices;
    int floatsPerVertex = 2;
    int vertexCount() const { return int(vertices.size()) / floatsPerVertex; }
};

// Polygon fills (triangles, x y), polygon outlines (lines, x y), line strokes (triangles, x y ex ey: extrusion
// direction scaled by the miter length) and point symbols (triangles, x y cx cy: quad corner in [-1, 1]).
struct BatchSet
{
    std::vector<Batch> fills;
    std::vector<Batch> outlines;
    std::vector<Batch> strokes;
    std::vector<Batch> points;
    bool isEmpty() const { return fills.empty() && outlines.empty() && strokes.empty() && points.empty(); }
    size_t byteSize() const;
};

struct LayerStyleColors
{
    QColor fill;
    QColor stroke;
    float width = 2;
    float size = 12;
};

struct LayerRenderData
{
    QString layer;
    store::GeometryKind kind = store::GeometryKind::None;
    LayerStyleColors style;
    LayerStyleColors draftStyle; // unfinished features stand out
    BatchSet normal;
    BatchSet drafts;
    int featureCount = 0;
    int skipped = 0; // unreadable geometries, reported rather than hidden
    store::Envelope extent;
};

LayerStyleColors styleColors(const store::LayerDef &layer);
LayerStyleColors draftColors(const LayerStyleColors &style);

// One feature as the builder consumes it.
struct RenderFeature
{
    store::Geometry geometry;
    bool draft = false;
};

class LayerBuilder
{
public:
    explicit LayerBuilder(store::GeometryKind kind);
    void add(const store::Geometry &geometry, bool draft);
    // Sorts features along a Z-order curve so each batch covers a compact area, then fills the batches.
    void finish(LayerRenderData &out, const std::atomic_bool *cancel = nullptr);

private:
    struct Item
    {
        uint64_t key;
        uint32_t index;
    };
    void emitFeature(const store::Geometry &g, BatchSet &set);
    void addPolygon(const std::vector<store::Ring> &rings, BatchSet &set);
    void addLine(const store::Ring &line, BatchSet &set);
    void addPoint(const store::Coord &c, BatchSet &set);

    store::GeometryKind m_kind;
    std::vector<RenderFeature> m_features;
    std::vector<Item> m_order;
    store::Envelope m_extent;
};

// Reads a layer from the store and builds its render data. Safe on a worker thread with its own connection.
std::shared_ptr<LayerRenderData> buildLayer(store::Database &db, const store::LayerDef &layer,
                                            const std::atomic_bool *cancel = nullptr);

} // namespace territori::map
