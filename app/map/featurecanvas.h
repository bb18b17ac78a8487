#pragma once

// Draws the project's layers on top of a Qt Location Map as a few scene-graph batches. The item takes the Map's
// centre, zoom and bearing as properties (bound in QML); a change only updates shader uniforms.

#include "mapmath.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QPointer>
#include <QQuickItem>

#include <memory>
#include <vector>

class QSGGeometryNode;
class QSGOpacityNode;

namespace territori::map {

class MapScene;
class MapMaterial;
struct LayerRenderData;
struct Batch;
struct BatchSet;
struct LayerStyleColors;

class FeatureCanvas : public QQuickItem
{
    Q_OBJECT
    Q_PROPERTY(territori::map::MapScene *scene READ scene WRITE setScene NOTIFY sceneChanged)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(qreal zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(qreal bearing READ bearing WRITE setBearing NOTIFY viewChanged)
    Q_PROPERTY(int batchCount READ batchCount NOTIFY batchCountChanged)
    // What the last frame drew: batches in view and their vertices (fills, outlines, strokes, symbols of every
    // visible layer at its level of detail). The benchmarks check it against their fixture.
    Q_PROPERTY(int drawnBatches READ drawnBatches NOTIFY drawnChanged)
    Q_PROPERTY(int drawnVertices READ drawnVertices NOTIFY drawnChanged)

public:
    explicit FeatureCanvas(QQuickItem *parent = nullptr);
    ~FeatureCanvas() override;

    MapScene *scene() const { return m_scene; }
    void setScene(MapScene *scene);
    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    qreal zoomLevel() const { return m_view.zoom; }
    void setZoomLevel(qreal zoom);
    qreal bearing() const { return m_view.bearing; }
    void setBearing(qreal bearing);
    int batchCount() const { return m_batchCount; }
    int drawnBatches() const { return m_drawnBatches; }
    int drawnVertices() const { return m_drawnVertices; }

    // Screen position of a coordinate in this item, by the same formula the shaders use (for tests and labels).
    Q_INVOKABLE QPointF toScreen(const QGeoCoordinate &coordinate) const;
    Q_INVOKABLE QGeoCoordinate toCoordinate(const QPointF &point) const;

signals:
    void sceneChanged();
    void viewChanged();
    void batchCountChanged();
    void drawnChanged();
    // The scene graph now holds nodes for this scene revision (emitted during the sync, on the render thread while
    // the GUI thread waits, or on the GUI thread with the basic render loop): the next frame drawn shows it. For
    // measuring the first drawn map.
    void nodesBuilt(quint64 revision);

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;
    void geometryChanged(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct Tracked
    {
        MapMaterial *material;
        QSGGeometryNode *node;
        QSGOpacityNode *cull; // opacity 0 while the batch is outside the view: the renderer skips it
        double originX, originY;
        double minX, minY, maxX, maxY;
        bool shown = true;
    };
    // One level of detail of a layer; its nodes are made the first time it is shown.
    struct LevelNodes
    {
        QSGOpacityNode *root = nullptr;
        bool built = false;
        std::vector<Tracked> tracked;
    };
    struct LayerNodes
    {
        QSGOpacityNode *root = nullptr; // the layer's visibility
        std::shared_ptr<const LayerRenderData> data;
        std::vector<LevelNodes> levels; // [0] full detail, then the overviews
        LevelNodes points;              // point symbols, drawn at every level
    };
    void resetLayerNodes(LayerNodes &nodes);
    void buildLevel(LayerNodes &nodes, size_t level);
    enum Parts { Shapes = 0x1, Symbols = 0x2, Dots = 0x4 }; // fills+outlines+strokes; point symbols; overview dots
    void addBatchSet(LevelNodes &level, const BatchSet &set, const LayerStyleColors &style, int parts);
    void addShapes(LevelNodes &level, const BatchSet &set, const LayerStyleColors &style, bool casing);
    void addNode(LevelNodes &level, const Batch &batch, QSGGeometryNode *node, MapMaterial *material);
    size_t levelFor(const LayerRenderData &data) const;

    QPointer<MapScene> m_scene;
    QGeoCoordinate m_center;
    View m_view;
    quint64 m_builtRevision = ~quint64(0);
    QHash<QString, LayerNodes> m_layers; // render thread only (GUI blocked while it runs)
    int m_batchCount = 0;
    int m_drawnBatches = 0;  // written during the sync (GUI thread blocked), read on the GUI thread
    int m_drawnVertices = 0;
};

} // namespace territori::map
