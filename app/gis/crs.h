#pragma once

// Coordinate reference systems as the comuni use them, and the store's own (EPSG:4326, longitude/latitude).
// Every OGRSpatialReference made here uses the traditional GIS axis order (x = easting/longitude), whatever the EPSG
// definition says: GDAL 3 would otherwise hand latitude first for EPSG:4326 and 6706.

#include "gdalsupport.h"

#include <QString>

#include <vector>

namespace territori::gis {

struct KnownSystem
{
    int epsg;
    const char *name; // the EPSG name, as QGIS shows it
};

// The systems the import offers when a file names none, in the order a municipal officer meets them.
const std::vector<KnownSystem> &knownSystems();

// EPSG:<code> with the traditional GIS axis order; null when PROJ does not know the code.
SrsPtr srsFromEpsg(int epsg);
// A copy of srs with the traditional GIS axis order.
SrsPtr srsClone(OGRSpatialReferenceH srs);
// "EPSG:3003", "EPSG:3003 (Monte Mario / Italy zone 1)" or the CRS's own name when it has no EPSG code.
QString describeSrs(OGRSpatialReferenceH srs);
// Parses "EPSG:3003", "epsg:3003" or "3003"; 0 when unusable.
int parseEpsg(const QString &text);

// What a file says about its coordinate system.
struct CrsInfo
{
    bool present = false; // the file names a CRS (a .prj, the GeoPackage srs, the format's own, e.g. KML)
    int epsg = 0;         // identified EPSG code; 0 when not identified
    QString name;
    QString wkt;
};
CrsInfo identify(OGRSpatialReferenceH srs);

} // namespace territori::gis
