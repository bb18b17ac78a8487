#include "labelmodel.h"

#include "featurelocator.h"
#include "featurereader.h"
#include "mapmath.h"
#include "project.h"

#include <QRectF>

namespace territori::map {

using namespace territori::store;

namespace {

constexpr int kRowsPerLayer = 1500;
constexpr double kCharWidth = 7.5; // px, the label font at 13 px
constexpr double kLineHeight = 20;

// A point that is on the feature, where its label belongs.
bool anchorOf(const Geometry &g, Coord &out)
{
    if (g.isEmpty() || g.parts.empty() || g.parts[0].empty() || g.parts[0][0].empty())
        return false;
    // A feature in several parts is labelled once, on its largest part (the one a reader looks for).
    size_t largest = 0;
    if (kindOf(g.type) == GeometryKind::Polygon) {
        double best = -1;
        for (size_t i = 0; i < g.parts.size(); ++i) {
            if (g.parts[i].empty() || g.parts[i][0].empty())
                continue;
            const Envelope e = Geometry{GeometryType::Polygon, {g.parts[i]}}.envelope();
            const double size = (e.maxX - e.minX) * (e.maxY - e.minY);
            if (size > best)
                best = size, largest = i;
        }
    }
    const Ring &r = g.parts[largest][0];
    switch (kindOf(g.type)) {
    case GeometryKind::Point: out = r[0]; return true;
    case GeometryKind::Line: out = r[r.size() / 2]; return true;
    case GeometryKind::Polygon: {
        double a = 0, cx = 0, cy = 0;
        for (size_t i = 0; i + 1 < r.size(); ++i) {
            const double f = r[i].x * r[i + 1].y - r[i + 1].x * r[i].y;
            a += f;
            cx += (r[i].x + r[i + 1].x) * f;
            cy += (r[i].y + r[i + 1].y) * f;
        }
        if (std::abs(a) < 1e-18)
            return false;
        out = {cx / (3 * a), cy / (3 * a)};
        if (!ringContains(r, out))
            out = r[0]; // a concave shape whose centroid falls outside: better on its edge than off it
        return true;
    }
    default: return false;
    }
}

} // namespace

LabelModel::LabelModel(QObject *parent) : QAbstractListModel(parent) {}

int LabelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

QHash<int, QByteArray> LabelModel::roleNames() const
{
    return {{TextRole, "text"}, {CoordinateRole, "coordinate"}, {LayerRole, "layer"}};
}

QVariant LabelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_labels.size()))
        return {};
    const Label &l = m_labels[size_t(index.row())];
    switch (role) {
    case TextRole: return l.text;
    case CoordinateRole: return QVariant::fromValue(l.coordinate);
    case LayerRole: return l.layer;
    default: return {};
    }
}

void LabelModel::setMaxLabels(int n)
{
    m_maxLabels = std::max(0, n);
}

void LabelModel::clear()
{
    beginResetModel();
    m_labels.clear();
    endResetModel();
    emit countChanged();
}

void LabelModel::update(const QGeoCoordinate &center, double zoom, double width, double height,
                        const QStringList &layers)
{
    std::vector<Label> next;
    if (m_project && center.isValid() && width > 0 && height > 0) {
        View view;
        view.center = toWorld(center.longitude(), center.latitude());
        view.zoom = zoom;
        view.width = width;
        view.height = height;
        const Coord nw = fromWorld(view.toWorld(QPointF(0, 0)));
        const Coord se = fromWorld(view.toWorld(QPointF(width, height)));
        Envelope box;
        box.minX = nw.x;
        box.maxX = se.x;
        box.minY = se.y;
        box.maxY = nw.y;
        std::vector<QRectF> taken;
        const QRectF screen(0, 0, width, height);
        for (const QString &name : layers) {
            const LayerDef *layer = m_project->layer(name);
            if (!layer || layer->labelField.isEmpty())
                continue;
            FeatureReader reader(m_project->db(), *layer);
            int rows = 0;
            reader.forEach(&box, [&](const FeatureRow &row) {
                if (++rows > kRowsPerLayer || int(next.size()) >= m_maxLabels)
                    return false;
                if (row.label.isEmpty())
                    return true;
                Geometry g;
                Coord anchor;
                if (!fromGpkgBlob(row.geometry, g) || !anchorOf(g, anchor))
                    return true;
                if (kindOf(g.type) != GeometryKind::Point) {
                    // Label a line or area only when it is big enough on screen to carry one.
                    const Envelope e = g.envelope();
                    const QPointF a = view.toScreen(toWorld(e.minX, e.maxY)), b = view.toScreen(toWorld(e.maxX, e.minY));
                    if (std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y())) < 40)
                        return true;
                }
                const QPointF p = view.toScreen(toWorld(anchor));
                const QString text = row.label.size() > 44 ? row.label.left(42) + QChar(0x2026) : row.label;
                const QRectF rect(p.x() - text.size() * kCharWidth / 2, p.y() + 6, text.size() * kCharWidth, kLineHeight);
                if (!screen.contains(rect))
                    return true;
                for (const QRectF &t : taken)
                    if (t.intersects(rect))
                        return true;
                taken.push_back(rect.adjusted(-4, -2, 4, 2));
                next.push_back({text, QGeoCoordinate(anchor.y, anchor.x), name});
                return true;
            });
        }
    }
    beginResetModel();
    m_labels = std::move(next);
    endResetModel();
    emit countChanged();
}

} // namespace territori::map
