#pragma once

// Feature geometries as the store keeps them: 2D, WGS 84 longitude/latitude, encoded as GeoPackage binary
// (a "GP" header with the envelope, then ISO WKB) so QGIS and GDAL read the file as it is.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <limits>
#include <vector>

namespace territori::store {

struct Coord
{
    double x = 0; // longitude
    double y = 0; // latitude
    bool operator==(const Coord &o) const { return x == o.x && y == o.y; }
    bool operator!=(const Coord &o) const { return !(*this == o); }
};

using Ring = std::vector<Coord>;

struct Envelope
{
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isNull() const { return minX > maxX; }
    void expand(const Coord &c);
    void expand(const Envelope &e);
    bool intersects(const Envelope &e) const;
    bool contains(const Coord &c) const;
};

enum class GeometryType { None = 0, Point = 1, LineString = 2, Polygon = 3, MultiPoint = 4, MultiLineString = 5, MultiPolygon = 6 };

// The kind of geometry a layer holds; the GeoPackage column is declared with the matching single type.
enum class GeometryKind { None, Point, Line, Polygon };

GeometryKind kindOf(GeometryType type);
QString geometryTypeName(GeometryType type); // "POINT", "LINESTRING", ... as GeoPackage names them

// One shape for every type: parts -> rings -> coordinates.
//  Point: 1 part, 1 ring, 1 coord.  LineString: 1 part, 1 ring.  Polygon: 1 part, ring 0 outer, others holes.
//  Multi*: one part per member.  Polygon rings are stored closed (first == last), as WKB requires.
struct Geometry
{
    GeometryType type = GeometryType::None;
    std::vector<std::vector<Ring>> parts;

    bool isEmpty() const;
    Envelope envelope() const;
    int vertexCount() const;

    static Geometry point(Coord c);
    static Geometry lineString(Ring coords);
    static Geometry polygon(Ring outer, std::vector<Ring> holes = {});

    bool operator==(const Geometry &o) const { return type == o.type && parts == o.parts; }
    bool operator!=(const Geometry &o) const { return !(*this == o); }
};

constexpr int kWgs84 = 4326;

// The geometry as `target` holds it: a single shape becomes a multi of one part, a multi of one part a single one.
// Anything else (another kind, a multi of several parts into a single type) comes back unchanged, for the caller's
// check to refuse with its own words.
Geometry convertedTo(const Geometry &g, GeometryType target);
bool isMulti(GeometryType type);

// ISO WKB, little endian, XY. Reading accepts either byte order and drops Z/M (EWKB flags and ISO 1000/2000/3000).
QByteArray toWkb(const Geometry &g);
bool fromWkb(const unsigned char *data, size_t size, Geometry &out, QString *error = nullptr);

// GeoPackage binary: header (magic, version 0, flags, srs id, XY envelope) + WKB. An empty geometry gets the empty flag.
QByteArray toGpkgBlob(const Geometry &g, int srsId = kWgs84);
bool fromGpkgBlob(const QByteArray &blob, Geometry &out, QString *error = nullptr);
// Envelope straight from the header when present, otherwise computed from the WKB. Used by the ST_* SQL functions.
bool gpkgBlobEnvelope(const unsigned char *data, size_t size, Envelope &env, bool &empty);

// GeoJSON geometry objects (RFC 7946, lon/lat).
QJsonObject toGeoJson(const Geometry &g);
bool fromGeoJson(const QJsonObject &obj, Geometry &out, QString *error = nullptr);

} // namespace territori::store
