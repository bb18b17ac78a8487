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
#include <limits>
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
    // Bounds of everything in the batch, reference-zoom px: the canvas skips batches outside the view.
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();
    void include(double x, double y)
    {
        minX = std::min(minX, x), maxX = std::max(maxX, x);
        minY = std::min(minY, y), maxY = std::max(maxY, y);
    }
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

// A simplified copy of a layer for zooms where its detail is below a pixel: rings simplified to half a pixel at the
// level's deepest zoom, and features smaller than a few pixels there reduced to dots. At the overview of a
// 100,000-feature project this draws a fraction of the triangles and lines, on a tablet GPU or in software.
struct OverviewLevel
{
    double belowZoom = 0; // used while the view's zoom is below this (and at or above the next level's)
    BatchSet normal;      // fills, outlines, strokes, and dots (in points)
    BatchSet drafts;
};

struct LayerRenderData
{
    QString layer;
    store::GeometryKind kind = store::GeometryKind::None;
    LayerStyleColors style;
    LayerStyleColors draftStyle; // unfinished features stand out
    BatchSet normal;             // full detail; its points are drawn at every zoom
    BatchSet drafts;
    std::vector<OverviewLevel> overviews; // from the most to the least detailed
    // False when only the points and the overviews were built: the detail follows when a view first needs it.
    bool detailBuilt = true;
    int featureCount = 0;
    int skipped = 0; // unreadable geometries, reported rather than hidden
    store::Envelope extent;
};

// The overview levels every layer gets: one, below zoom 12. (A second level at 13 cost nearly as much memory as the
// detail and saved little drawing; what matters at the overview is that small features become dots.)
struct OverviewSpec
{
    double belowZoom;
    double tolerance; // reference-zoom px: half a screen pixel at belowZoom
    double dotSize;   // reference-zoom px: features smaller than this (6 screen pixels at belowZoom) become dots
};
const std::vector<OverviewSpec> &overviewSpecs();

// Douglas-Peucker simplification of a ring or line (reference-zoom px); closed rings keep at least 3 vertices when
// they can.
std::vector<WorldPoint> simplify(const std::vector<WorldPoint> &points, double tolerance);

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
    explicit LayerBuilder(store::GeometryKind kind, bool withDetail = true);
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
    void emitOverview(const store::Geometry &g, double tolerance, double dotSize, BatchSet &set);
    void addPolygon(const std::vector<std::vector<WorldPoint>> &rings, BatchSet &set);
    void addLine(const std::vector<WorldPoint> &line, BatchSet &set);
    void addPoint(const WorldPoint &w, BatchSet &set);

    store::GeometryKind m_kind;
    bool m_withDetail;
    std::vector<RenderFeature> m_features;
    std::vector<Item> m_order;
    store::Envelope m_extent;
};

// Reads a layer from the store and builds its render data. Safe on a worker thread with its own connection.
// Without detail, only point symbols and the overviews are built (a fraction of the time and memory).
std::shared_ptr<LayerRenderData> buildLayer(store::Database &db, const store::LayerDef &layer,
                                            const std::atomic_bool *cancel = nullptr, bool withDetail = true);

} // namespace territori::map
