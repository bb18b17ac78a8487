#include "mapcontroller.h"

#include "featurelocator.h"
#include "featurereader.h"
#include "labelmodel.h"
#include "language.h"
#include "mapmath.h"
#include "mapscene.h"
#include "project.h"
#include "tileserver.h"

#include <QDir>
#include <QLocale>
#include <QSettings>

#include <cmath>

namespace territori::ui {

using namespace territori::store;

namespace {
QLocale uiLocale()
{
    return QLocale(uiLanguage() == QLatin1String("en") ? QLocale::English : QLocale::Italian);
}
} // namespace

MapController::MapController(map::MapScene *scene, map::LabelModel *labels, map::TileServer *tiles, QObject *parent)
    : QObject(parent), m_scene(scene), m_labels(labels), m_tiles(tiles)
{
}

void MapController::setProject(Project *project)
{
    m_project = project;
    m_labels->setProject(project);
    QList<map::BasemapSource> sources;
    if (project) {
        for (const BasemapDef &b : project->info().basemaps) {
            map::BasemapSource s;
            s.id = b.id;
            s.type = b.type;
            s.path = QDir(project->directory()).filePath(b.path);
            s.url = b.url;
            s.cachePath = QDir(project->directory()).filePath(QStringLiteral("cache/%1.mbtiles").arg(b.id));
            s.maxZoom = b.maxZoom;
            sources << s;
        }
    }
    m_tiles->setSources(sources);
    const QString saved = QSettings().value(QStringLiteral("map/basemap")).toString();
    m_current.clear();
    for (const auto &s : sources)
        if (s.id == saved)
            m_current = saved;
    if (m_current.isEmpty() && !sources.isEmpty())
        m_current = sources.first().id;
    m_tiles->setCurrent(m_current);
    emit projectChanged();
    emit basemapChanged();
}

QString MapController::tileHost() const
{
    return m_tiles->baseUrl() + QStringLiteral("current/");
}

QVariantList MapController::basemaps() const
{
    QVariantList out;
    if (!m_project)
        return out;
    for (const BasemapDef &b : m_project->info().basemaps)
        out << QVariantMap{{QStringLiteral("id"), b.id},
                           {QStringLiteral("title"), b.title.text(uiLanguage())},
                           {QStringLiteral("online"), b.type == QLatin1String("xyz")},
                           {QStringLiteral("attribution"), b.attribution}};
    return out;
}

void MapController::setCurrentBasemap(const QString &id)
{
    if (id == m_current)
        return;
    m_current = id;
    m_tiles->setCurrent(id);
    QSettings().setValue(QStringLiteral("map/basemap"), id);
    ++m_basemapRevision; // QML clears the Map's tile cache on this
    emit basemapChanged();
}

QString MapController::attribution() const
{
    if (!m_project)
        return QString();
    for (const BasemapDef &b : m_project->info().basemaps)
        if (b.id == m_current)
            return b.attribution.isEmpty() ? b.title.text(uiLanguage()) : b.attribution;
    return QString();
}

QGeoCoordinate MapController::home() const
{
    return m_project ? QGeoCoordinate(m_project->info().homeLat, m_project->info().homeLon) : QGeoCoordinate(45.4642, 9.19);
}

double MapController::homeZoom() const
{
    return m_project ? m_project->info().homeZoom : 10;
}

QVariantList MapController::identify(const QGeoCoordinate &at, double zoom, const QStringList &layers) const
{
    QVariantList out;
    if (!m_project || !at.isValid())
        return out;
    try {
        for (const auto &hit : map::identify(*m_project, layers, {at.longitude(), at.latitude()}, zoom, 24)) {
            const LayerDef *l = m_project->layer(hit.layer);
            out << QVariantMap{{QStringLiteral("layer"), hit.layer},
                               {QStringLiteral("uuid"), hit.uuid},
                               {QStringLiteral("label"), hit.label.isEmpty() ? hit.uuid.left(8) : hit.label},
                               {QStringLiteral("layerTitle"), l ? l->title.text(uiLanguage()) : hit.layer}};
        }
    } catch (const StoreError &) {
        // A locked or damaged store answers nothing to a tap; saving reports the problem where it matters.
    }
    return out;
}

QVariantMap MapController::featureShape(const QString &layerName, const QString &uuid) const
{
    const LayerDef *layer = m_project ? m_project->layer(layerName) : nullptr;
    if (!layer)
        return {};
    std::optional<Feature> f;
    try {
        f = FeatureReader(m_project->db(), *layer).byUuid(uuid);
    } catch (const StoreError &) {
        return {};
    }
    if (!f || f->geometry.isEmpty())
        return {};
    // Every part's outline (or line, or point): a selected feature in several pieces is highlighted in all of them.
    QVariantList parts;
    for (const auto &part : f->geometry.parts) {
        QVariantList outline;
        if (!part.empty())
            for (const Coord &c : part[0])
                outline << QVariant::fromValue(QGeoCoordinate(c.y, c.x));
        parts << QVariant(outline);
    }
    const QVariantList path = parts.value(0).toList();
    const Envelope e = f->geometry.envelope();
    const GeometryKind kind = kindOf(f->geometry.type);
    return {{QStringLiteral("kind"), kind == GeometryKind::Point ? QStringLiteral("point")
                                     : kind == GeometryKind::Line ? QStringLiteral("line")
                                                                  : QStringLiteral("polygon")},
            {QStringLiteral("path"), path},
            {QStringLiteral("parts"), parts},
            {QStringLiteral("center"),
             QVariant::fromValue(QGeoCoordinate((e.minY + e.maxY) / 2, (e.minX + e.maxX) / 2))}};
}

QVariantList MapController::markers(const QString &layerName, int limit) const
{
    const LayerDef *layer = m_project ? m_project->layer(layerName) : nullptr;
    QVariantList out;
    if (!layer)
        return out;
    try {
        FeatureReader(m_project->db(), *layer).forEach(nullptr, [&](const FeatureRow &row) {
            Envelope e;
            bool empty = true;
            if (gpkgBlobEnvelope(reinterpret_cast<const unsigned char *>(row.geometry.constData()),
                                 size_t(row.geometry.size()), e, empty) &&
                !empty)
                out << QVariantMap{{QStringLiteral("uuid"), row.uuid},
                                   {QStringLiteral("coordinate"),
                                    QVariant::fromValue(QGeoCoordinate((e.minY + e.maxY) / 2, (e.minX + e.maxX) / 2))}};
            return out.size() < limit;
        });
    } catch (const StoreError &) {
        return {};
    }
    return out;
}

void MapController::updateLabels(const QGeoCoordinate &center, double zoom, double width, double height,
                                 const QStringList &layers)
{
    m_labels->update(center, zoom, width, height, layers);
}

QString MapController::formatDistance(double m) const
{
    const QLocale l = uiLocale();
    if (m < 1000)
        return tr("%1 m").arg(l.toString(m, 'f', m < 10 ? 1 : 0));
    const double km = m / 1000;
    const int decimals = std::abs(km - std::round(km)) < 1e-9 ? 0 : (km < 10 ? 2 : 1);
    return tr("%1 km").arg(l.toString(km, 'f', decimals));
}

QString MapController::formatArea(double a) const
{
    const QLocale l = uiLocale();
    if (a < 10000)
        return tr("%1 m²").arg(l.toString(a, 'f', 0));
    if (a < 1e6)
        return tr("%1 ha").arg(l.toString(a / 10000, 'f', 2));
    return tr("%1 km²").arg(l.toString(a / 1e6, 'f', 2));
}

double MapController::metresPerPixel(double latitude, double zoom) const
{
    return map::metresPerPixel(latitude, zoom);
}

} // namespace territori::ui
