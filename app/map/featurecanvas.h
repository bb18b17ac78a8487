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

    // Screen position of a coordinate in this item, by the same formula the shaders use (for tests and labels).
    Q_INVOKABLE QPointF toScreen(const QGeoCoordinate &coordinate) const;
    Q_INVOKABLE QGeoCoordinate toCoordinate(const QPointF &point) const;

signals:
    void sceneChanged();
    void viewChanged();
    void batchCountChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;
    void geometryChanged(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct Tracked
    {
        MapMaterial *material;
        QSGGeometryNode *node;
        double originX;
        double originY;
    };
    struct LayerNodes
    {
        QSGOpacityNode *root = nullptr;
        std::shared_ptr<const LayerRenderData> data;
        std::vector<Tracked> tracked;
    };
    void buildLayerNodes(LayerNodes &nodes);
    void addBatchSet(LayerNodes &nodes, const BatchSet &set, const LayerStyleColors &style);

    QPointer<MapScene> m_scene;
    QGeoCoordinate m_center;
    View m_view;
    quint64 m_builtRevision = ~quint64(0);
    QHash<QString, LayerNodes> m_layers; // render thread only (GUI blocked while it runs)
    int m_batchCount = 0;
};

} // namespace territori::map
