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

void FeatureCanvas::addNode(LevelNodes &level, const Batch &batch, QSGGeometryNode *node, MapMaterial *material)
{
    auto *cull = new QSGOpacityNode;
    cull->appendChildNode(node);
    level.root->appendChildNode(cull);
    level.tracked.push_back(
        {material, node, cull, batch.originX, batch.originY, batch.minX, batch.minY, batch.maxX, batch.maxY, true});
}

void FeatureCanvas::addBatchSet(LevelNodes &level, const BatchSet &set, const LayerStyleColors &style, int parts)
{
    if (parts & Shapes)
        addShapes(level, set, style, !(parts & Dots));
    if (!(parts & (Symbols | Dots)))
        return;
    for (const Batch &b : set.points) {
        // Overview dots stand for areas and lines too small to see: small, in the outline colour, no ring.
        auto *m = (parts & Dots) ? new PointMaterial(style.stroke, style.stroke, 5, 0)
                                 : new PointMaterial(style.fill, style.stroke, style.size, style.width);
        addNode(level, b, makeNode(b, extrudedAttributes(), QSGGeometry::DrawTriangles, m), m);
    }
}

void FeatureCanvas::addShapes(LevelNodes &level, const BatchSet &set, const LayerStyleColors &style, bool casing)
{
    for (const Batch &b : set.fills) {
        auto *m = new FillMaterial(style.fill);
        addNode(level, b, makeNode(b, positionAttributes(), QSGGeometry::DrawTriangles, m), m);
    }
    for (const Batch &b : set.outlines) {
        auto *m = new FillMaterial(style.stroke);
        addNode(level, b, makeNode(b, positionAttributes(), QSGGeometry::DrawLines, m, style.width), m);
    }
    for (const Batch &b : set.strokes) {
        // A light casing under the line keeps it readable on any basemap; the overview, where lines are short
        // strokes among thousands, does without it (half the triangles).
        if (casing) {
            auto *under = new StrokeMaterial(QColor(255, 255, 255, 200), style.width + 2);
            addNode(level, b, makeNode(b, extrudedAttributes(), QSGGeometry::DrawTriangles, under), under);
        }
        auto *m = new StrokeMaterial(style.stroke, style.width);
        addNode(level, b, makeNode(b, extrudedAttributes(), QSGGeometry::DrawTriangles, m), m);
    }
}

void FeatureCanvas::resetLayerNodes(LayerNodes &nodes)
{
    while (QSGNode *child = nodes.root->firstChild()) {
        nodes.root->removeChildNode(child);
        delete child;
    }
    nodes.levels.assign(1 + nodes.data->overviews.size(), LevelNodes());
    for (LevelNodes &level : nodes.levels) {
        level.root = new QSGOpacityNode;
        nodes.root->appendChildNode(level.root);
    }
    nodes.points = LevelNodes();
    nodes.points.root = new QSGOpacityNode;
    nodes.root->appendChildNode(nodes.points.root); // points on top of every level
    nodes.points.built = true;
    // Fills, outlines and strokes of each level wait until that level is first shown.
    addBatchSet(nodes.points, nodes.data->normal, nodes.data->style, Symbols);
    addBatchSet(nodes.points, nodes.data->drafts, nodes.data->draftStyle, Symbols);
}

void FeatureCanvas::buildLevel(LayerNodes &nodes, size_t index)
{
    LevelNodes &level = nodes.levels[index];
    if (level.built)
        return;
    level.built = true;
    if (index == 0) {
        addBatchSet(level, nodes.data->normal, nodes.data->style, Shapes);
        addBatchSet(level, nodes.data->drafts, nodes.data->draftStyle, Shapes);
    } else {
        const OverviewLevel &o = nodes.data->overviews[index - 1];
        addBatchSet(level, o.normal, nodes.data->style, Shapes | Dots);
        addBatchSet(level, o.drafts, nodes.data->draftStyle, Shapes | Dots);
    }
}

size_t FeatureCanvas::levelFor(const LayerRenderData &data) const
{
    size_t level = 0;
    for (size_t i = 0; i < data.overviews.size(); ++i)
        if (m_view.zoom < data.overviews[i].belowZoom)
            level = i + 1;
    if (level == 0 && !data.detailBuilt) {
        // Zoomed in before the detail exists: ask for it and show the overview until it arrives.
        if (m_scene)
            m_scene->requestDetail(data.layer);
        return data.overviews.empty() ? 0 : 1;
    }
    return level;
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
                resetLayerNodes(nodes);
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
        emit nodesBuilt(m_builtRevision);
    }

    const double s = scaleAt(m_view.zoom);
    const double b = m_view.bearing * M_PI / 180.0;
    const double cb = std::cos(b), sb = std::sin(b);
    const QPointF viewCenter(m_view.width / 2, m_view.height / 2);
    // The part of the world in view (any bearing), with a margin for line widths and symbol sizes.
    const double reach = (std::hypot(m_view.width, m_view.height) / 2 + 40) / s;
    const double vx0 = m_view.center.x - reach, vx1 = m_view.center.x + reach;
    const double vy0 = m_view.center.y - reach, vy1 = m_view.center.y + reach;
    int drawnBatches = 0, drawnVertices = 0;
    auto update = [&](LevelNodes &level, bool counted) {
        for (Tracked &t : level.tracked) {
            const bool inView = t.maxX >= vx0 && t.minX <= vx1 && t.maxY >= vy0 && t.minY <= vy1;
            if (inView != t.shown) {
                t.shown = inView;
                t.cull->setOpacity(inView ? 1.0 : 0.0);
            }
            if (!inView)
                continue;
            if (counted) {
                ++drawnBatches;
                drawnVertices += t.node->geometry()->vertexCount();
            }
            const double dx = (t.originX - m_view.center.x) * s, dy = (t.originY - m_view.center.y) * s;
            ViewUniforms &v = t.material->view;
            v.origin = QPointF(dx * cb + dy * sb, -dx * sb + dy * cb);
            v.center = viewCenter;
            v.scale = float(s);
            v.cosBearing = float(cb);
            v.sinBearing = float(sb);
            t.node->markDirty(QSGNode::DirtyMaterial);
        }
    };
    int batches = 0;
    for (auto &layer : m_layers) {
        const bool visible = layer.root->opacity() > 0;
        const size_t active = levelFor(*layer.data);
        for (size_t i = 0; i < layer.levels.size(); ++i) {
            LevelNodes &level = layer.levels[i];
            const bool on = i == active;
            if (on)
                buildLevel(layer, i);
            if (level.root->opacity() != (on ? 1.0 : 0.0))
                level.root->setOpacity(on ? 1.0 : 0.0);
            if (on) {
                update(level, visible);
                batches += int(level.tracked.size());
            }
        }
        update(layer.points, visible);
        batches += int(layer.points.tracked.size());
    }
    if (batches != m_batchCount) {
        m_batchCount = batches;
        QMetaObject::invokeMethod(this, &FeatureCanvas::batchCountChanged, Qt::QueuedConnection);
    }
    if (drawnBatches != m_drawnBatches || drawnVertices != m_drawnVertices) {
        m_drawnBatches = drawnBatches;
        m_drawnVertices = drawnVertices;
        QMetaObject::invokeMethod(this, &FeatureCanvas::drawnChanged, Qt::QueuedConnection);
    }
    return root;
}

} // namespace territori::map
