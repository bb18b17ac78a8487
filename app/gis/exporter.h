#pragma once

// Exporting a layer or a whole project for QGIS and other GIS: GeoPackage, GeoJSON, Shapefile or CSV (geometry as a
// WKT column), in a chosen coordinate system. Features are read through GDAL from a copy of the exported layers that
// the store's SQLite makes (GDAL never opens project.gpkg: exporter.cpp says why) and written one at a time in one
// transaction per layer, into a temporary folder next to the destination; only a complete export is moved into
// place, so a failed or cancelled export leaves no half-written file behind.
//
// Shapefile limits are handled in the open: column names are cut to 10 characters (unique, and the report lists each
// renamed column), text columns get the width their longest value needs up to the DBF's 254 bytes (longer values are
// cut, and the report says which columns), date-times become ISO 8601 text.

#include "gdalsupport.h"

#include "project.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <utility>
#include <vector>

namespace territori::gis {

struct ExportOptions
{
    QStringList layers; // empty: every layer of the project but the hidden ones (personal data)
    QString format;     // "gpkg", "geojson", "shp" or "csv"
    int srsEpsg = 4326;
    // gpkg: the file (a folder: <folder>/<project id>.gpkg). Other formats: the file when exactly one layer is
    // exported and the path ends with the format's extension, otherwise a folder that gets <layer>.<ext> files.
    QString outPath;
};

struct RenamedColumn
{
    QString layer;
    QString column;
    QString shortName;
};

struct ExportReport
{
    QStringList files;               // what was written (main files; a Shapefile's sidecars go with it)
    std::vector<RenamedColumn> renamed;
    QStringList notes;               // format limits met: values cut, CRS not carried by the format
    qint64 features = 0;
    QString srs;                     // e.g. "EPSG:3003 (Monte Mario / Italy zone 1)"
};

// The unique names (at most 10 characters, compared without case as a DBF does) a Shapefile gets for these columns,
// in order.
QStringList shapefileColumnNames(const QStringList &columns);

class Exporter
{
public:
    using Progress = std::function<void(double)>;
    explicit Exporter(store::Project &project);

    static QStringList formats() { return {QStringLiteral("gpkg"), QStringLiteral("geojson"), QStringLiteral("shp"), QStringLiteral("csv")}; }

    bool run(const ExportOptions &options, ExportReport &report, const Progress &progress = {},
             const std::atomic_bool *cancel = nullptr);
    QString message() const { return m_message; }
    bool cancelled() const { return m_cancelled; }

private:
    bool fail(const QString &message);
    store::Project &m_project;
    QString m_message;
    bool m_cancelled = false;
};

} // namespace territori::gis
