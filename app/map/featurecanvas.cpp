#include "featurecanvas.h"

#include "mapmaterials.h"
#include "mapscene.h"
#include "renderdata.h"

#include <QSGGeometryNode>
#include <QSGOpacityNode>

#include <cstring>

namespace territori::map {

namespace {

const QSGGeometry::AttributeSet &positionAttributes()
{
    static const QSGGeometry::Attribute attrs[] = {
        QSGGeometry::Attribute::createWithAttributeType(0, 2, QSGGeometry::FloatType, QSGGeometry::PositionAttribute)};
    static const QSGGeometry::AttributeSet set = {1, 2 * sizeof(float), attrs};
    return set;
}

const QSGGeometry::AttributeSet &extrudedAttributes()
{
    static const QSGGeometry::Attribute attrs[] = {
        QSGGeometry::Attribute::createWithAttributeType(0, 2, QSGGeometry::FloatType, QSGGeometry::PositionAttribute),
        QSGGeometry::Attribute::createWithAttributeType(1, 2, QSGGeometry::FloatType,
                                                        QSGGeometry::TexCoordAttribute)};
    static const QSGGeometry::AttributeSet set = {2, 4 * sizeof(float), attrs};
    return set;
}

QSGGeometryNode *makeNode(const Batch &batch, const QSGGeometry::AttributeSet &attrs, unsigned int mode,
                          MapMaterial *material, float lineWidth = 1)
{
    auto *geometry = new QSGGeometry(attrs, batch.vertexCount(), int(batch.indices.size()),
                                     QSGGeometry::UnsignedShortType);
    geometry->setDrawingMode(mode);
    geometry->setLineWidth(lineWidth);
    std::memcpy(geometry->vertexData(), batch.vertices.data(), batch.vertices.size() * sizeof(float));
    std::memcpy(geometry->indexDataAsUShort(), batch.indices.data(), batch.indices.size() * sizeof(uint16_t));
    // The data never changes once uploaded; only uniforms do.
    geometry->setVertexDataPattern(QSGGeometry::StaticPattern);
    geometry->setIndexDataPattern(QSGGeometry::StaticPattern);
    auto *node = new QSGGeometryNode;
    node->setGeometry(geometry);
    node->setMaterial(material);
    node->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial);
    return node;
}

} // namespace

FeatureCanvas::FeatureCanvas(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents);
}

FeatureCanvas::~FeatureCanvas() = default;

void FeatureCanvas::setScene(MapScene *scene)
{
    if (m_scene == scene)
        return;
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (m_scene)
        connect(m_scene, &MapScene::changed, this, &QQuickItem::update);
    m_builtRevision = ~quint64(0);
    emit sceneChanged();
    update();
}

void FeatureCanvas::setCenter(const QGeoCoordinate &center)
{
    if (m_center == center)
        return;
    m_center = center;
    m_view.center = toWorld(center.longitude(), center.latitude());
    emit viewChanged();
    update();
}

void FeatureCanvas::setZoomLevel(qreal zoom)
{
    if (qFuzzyCompare(m_view.zoom, zoom))
        return;
    m_view.zoom = zoom;
    emit viewChanged();
    update();
}

void FeatureCanvas::setBearing(qreal bearing)
{
    if (qFuzzyCompare(m_view.bearing + 1, bearing + 1))
        return;
    m_view.bearing = bearing;
    emit viewChanged();
    update();
}

void FeatureCanvas::geometryChanged(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChanged(newGeometry, oldGeometry);
    m_view.width = newGeometry.width();
    m_view.height = newGeometry.height();
    update();
}

QPointF FeatureCanvas::toScreen(const QGeoCoordinate &c) const
{
    return m_view.toScreen(toWorld(c.longitude(), c.latitude()));
}

QGeoCoordinate FeatureCanvas::toCoordinate(const QPointF &point) const
{
    const store::Coord c = fromWorld(m_view.toWorld(point));
    return QGeoCoordinate(c.y, c.x);
}

void FeatureCanvas::addBatchSet(LayerNodes &nodes, const BatchSet &set, const LayerStyleColors &style)
{
    for (const Batch &b : set.fills) {
        auto *m = new FillMaterial(style.fill);
        nodes.root->appendChildNode(makeNode(b, positionAttributes(), QSGGeometry::DrawTriangles, m));
        nodes.tracked.push_back({m, static_cast<QSGGeometryNode *>(nodes.root->lastChild()), b.originX, b.originY});
    }
    for (const Batch &b : set.outlines) {
        auto *m = new FillMaterial(style.stroke);
        nodes.root->appendChildNode(makeNode(b, positionAttributes(), QSGGeometry::DrawLines, m, style.width));
        nodes.tracked.push_back({m, static_cast<QSGGeometryNode *>(nodes.root->lastChild()), b.originX, b.originY});
    }
    for (const Batch &b : set.strokes) {
        // A light casing under the line keeps it readable on any basemap.
        auto *casing = new StrokeMaterial(QColor(255, 255, 255, 200), style.width + 2);
        nodes.root->appendChildNode(makeNode(b, extrudedAttributes(), QSGGeometry::DrawTriangles, casing));
        nodes.tracked.push_back({casing, static_cast<QSGGeometryNode *>(nodes.root->lastChild()), b.originX, b.originY});
        auto *m = new StrokeMaterial(style.stroke, style.width);
        nodes.root->appendChildNode(makeNode(b, extrudedAttributes(), QSGGeometry::DrawTriangles, m));
        nodes.tracked.push_back({m, static_cast<QSGGeometryNode *>(nodes.root->lastChild()), b.originX, b.originY});
    }
    for (const Batch &b : set.points) {
        auto *m = new PointMaterial(style.fill, style.stroke, style.size, style.width);
        nodes.root->appendChildNode(makeNode(b, extrudedAttributes(), QSGGeometry::DrawTriangles, m));
        nodes.tracked.push_back({m, static_cast<QSGGeometryNode *>(nodes.root->lastChild()), b.originX, b.originY});
    }
}

void FeatureCanvas::buildLayerNodes(LayerNodes &nodes)
{
    while (QSGNode *child = nodes.root->firstChild()) {
        nodes.root->removeChildNode(child);
        delete child;
    }
    nodes.tracked.clear();
    addBatchSet(nodes, nodes.data->normal, nodes.data->style);
    addBatchSet(nodes, nodes.data->drafts, nodes.data->draftStyle);
}

QSGNode *FeatureCanvas::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    QSGNode *root = oldNode;
    if (!root) {
        // First frame, or the scene graph dropped our nodes (window hidden, context lost): start over.
        root = new QSGNode;
        m_layers.clear();
        m_builtRevision = ~quint64(0);
    }
    if (m_scene && m_builtRevision != m_scene->revision()) {
        const auto layers = m_scene->layers();
        QHash<QString, LayerNodes> next;
        for (const auto &data : layers) {
            LayerNodes nodes = m_layers.take(data->layer);
            if (!nodes.root)
                nodes.root = new QSGOpacityNode;
            if (nodes.data != data) {
                nodes.data = data;
                buildLayerNodes(nodes);
            }
            // Hidden layers keep their nodes: opacity 0 blocks the subtree without re-uploading anything later.
            nodes.root->setOpacity(m_scene->isLayerVisible(data->layer) ? 1.0 : 0.0);
            next.insert(data->layer, std::move(nodes));
        }
        for (auto &gone : m_layers)
            delete gone.root;
        while (QSGNode *child = root->firstChild())
            root->removeChildNode(child);
        for (const auto &data : layers)
            root->appendChildNode(next[data->layer].root);
        m_layers = std::move(next);
        m_builtRevision = m_scene->revision();
        int batches = 0;
        for (const auto &l : qAsConst(m_layers))
            batches += int(l.tracked.size());
        if (batches != m_batchCount) {
            m_batchCount = batches;
            QMetaObject::invokeMethod(this, &FeatureCanvas::batchCountChanged, Qt::QueuedConnection);
        }
    }

    const double s = scaleAt(m_view.zoom);
    const double b = m_view.bearing * M_PI / 180.0;
    const double cb = std::cos(b), sb = std::sin(b);
    const QPointF viewCenter(m_view.width / 2, m_view.height / 2);
    for (auto &layer : m_layers) {
        for (Tracked &t : layer.tracked) {
            const double dx = (t.originX - m_view.center.x) * s, dy = (t.originY - m_view.center.y) * s;
            ViewUniforms &v = t.material->view;
            v.origin = QPointF(dx * cb + dy * sb, -dx * sb + dy * cb);
            v.center = viewCenter;
            v.scale = float(s);
            v.cosBearing = float(cb);
            v.sinBearing = float(sb);
            t.node->markDirty(QSGNode::DirtyMaterial);
        }
    }
    return root;
}

} // namespace territori::map
