#pragma once

// The map page's C++ side: basemaps and the local tile server, identify, the shape of a selected feature, labels,
// and measurements formatted for the user's language.

#include <QGeoCoordinate>
#include <QObject>
#include <QVariant>

namespace territori::store {
class Project;
}
namespace territori::map {
class LabelModel;
class MapScene;
class TileServer;
} // namespace territori::map

namespace territori::ui {

class MapController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(territori::map::MapScene *scene READ scene CONSTANT)
    Q_PROPERTY(territori::map::LabelModel *labels READ labels CONSTANT)
    Q_PROPERTY(QString tileHost READ tileHost CONSTANT)
    Q_PROPERTY(QString tileCacheDirectory READ tileCacheDirectory CONSTANT)
    Q_PROPERTY(QVariantList basemaps READ basemaps NOTIFY projectChanged)
    Q_PROPERTY(QString currentBasemap READ currentBasemap WRITE setCurrentBasemap NOTIFY basemapChanged)
    Q_PROPERTY(QString attribution READ attribution NOTIFY basemapChanged)
    Q_PROPERTY(int basemapRevision READ basemapRevision NOTIFY basemapChanged)
    Q_PROPERTY(QGeoCoordinate home READ home NOTIFY projectChanged)
    Q_PROPERTY(double homeZoom READ homeZoom NOTIFY projectChanged)

public:
    MapController(map::MapScene *scene, map::LabelModel *labels, map::TileServer *tiles, QObject *parent = nullptr);
    void setProject(store::Project *project);

    map::MapScene *scene() const { return m_scene; }
    map::LabelModel *labels() const { return m_labels; }
    QString tileHost() const;
    QString tileCacheDirectory() const { return m_tileCacheDirectory; }
    void setTileCacheDirectory(const QString &dir) { m_tileCacheDirectory = dir; }
    QVariantList basemaps() const;
    QString currentBasemap() const { return m_current; }
    void setCurrentBasemap(const QString &id);
    QString attribution() const;
    int basemapRevision() const { return m_basemapRevision; }
    QGeoCoordinate home() const;
    double homeZoom() const;

    // Features under a tap, best first: [{layer, uuid, label, layerTitle}].
    Q_INVOKABLE QVariantList identify(const QGeoCoordinate &at, double zoom, const QStringList &layers) const;
    // {kind: "point"|"line"|"polygon", path: [coordinates], center} for highlighting a feature; {} if gone.
    Q_INVOKABLE QVariantMap featureShape(const QString &layer, const QString &uuid) const;
    // One place per feature of a layer (the centre of its bounding box, with its uuid), at most `limit`: for layers
    // the map marks with a pin over their shape, the comments' places (a 10 m circle is a dot at a citizen's zoom).
    // Only what people may see of a moderated layer (FeatureReader's visible condition).
    Q_INVOKABLE QVariantList markers(const QString &layer, int limit = 500) const;
    Q_INVOKABLE void updateLabels(const QGeoCoordinate &center, double zoom, double width, double height,
                                  const QStringList &layers);

    Q_INVOKABLE QString formatDistance(double metres) const;
    Q_INVOKABLE QString formatArea(double squareMetres) const;
    Q_INVOKABLE double metresPerPixel(double latitude, double zoom) const;

signals:
    void projectChanged();
    void basemapChanged();

private:
    store::Project *m_project = nullptr;
    map::MapScene *m_scene;
    map::LabelModel *m_labels;
    map::TileServer *m_tiles;
    QString m_current;
    QString m_tileCacheDirectory;
    int m_basemapRevision = 0;
};

} // namespace territori::ui
