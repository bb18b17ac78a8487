#include "geometry.h"

#include <QJsonArray>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace territori::store {

void Envelope::expand(const Coord &c)
{
    minX = std::min(minX, c.x);
    minY = std::min(minY, c.y);
    maxX = std::max(maxX, c.x);
    maxY = std::max(maxY, c.y);
}

void Envelope::expand(const Envelope &e)
{
    if (e.isNull())
        return;
    minX = std::min(minX, e.minX);
    minY = std::min(minY, e.minY);
    maxX = std::max(maxX, e.maxX);
    maxY = std::max(maxY, e.maxY);
}

bool Envelope::intersects(const Envelope &e) const
{
    return !isNull() && !e.isNull() && minX <= e.maxX && e.minX <= maxX && minY <= e.maxY && e.minY <= maxY;
}

bool Envelope::contains(const Coord &c) const
{
    return c.x >= minX && c.x <= maxX && c.y >= minY && c.y <= maxY;
}

bool isMulti(GeometryType type)
{
    return type == GeometryType::MultiPoint || type == GeometryType::MultiLineString || type == GeometryType::MultiPolygon;
}

Geometry convertedTo(const Geometry &g, GeometryType target)
{
    if (g.type == target || g.type == GeometryType::None || kindOf(g.type) != kindOf(target))
        return g;
    Geometry out = g;
    if (isMulti(target) || g.parts.size() == 1)
        out.type = target; // the parts are the same either way: one part per member
    return out;
}

GeometryKind kindOf(GeometryType type)
{
    switch (type) {
    case GeometryType::Point:
    case GeometryType::MultiPoint: return GeometryKind::Point;
    case GeometryType::LineString:
    case GeometryType::MultiLineString: return GeometryKind::Line;
    case GeometryType::Polygon:
    case GeometryType::MultiPolygon: return GeometryKind::Polygon;
    default: return GeometryKind::None;
    }
}

QString geometryTypeName(GeometryType type)
{
    switch (type) {
    case GeometryType::Point: return QStringLiteral("POINT");
    case GeometryType::LineString: return QStringLiteral("LINESTRING");
    case GeometryType::Polygon: return QStringLiteral("POLYGON");
    case GeometryType::MultiPoint: return QStringLiteral("MULTIPOINT");
    case GeometryType::MultiLineString: return QStringLiteral("MULTILINESTRING");
    case GeometryType::MultiPolygon: return QStringLiteral("MULTIPOLYGON");
    default: return QStringLiteral("GEOMETRY");
    }
}

bool Geometry::isEmpty() const
{
    for (const auto &part : parts)
        for (const auto &ring : part)
            if (!ring.empty())
                return false;
    return true;
}

Envelope Geometry::envelope() const
{
    Envelope e;
    for (const auto &part : parts)
        for (const auto &ring : part)
            for (const auto &c : ring)
                e.expand(c);
    return e;
}

int Geometry::vertexCount() const
{
    int n = 0;
    for (const auto &part : parts)
        for (const auto &ring : part)
            n += int(ring.size());
    return n;
}

Geometry Geometry::point(Coord c)
{
    Geometry g;
    g.type = GeometryType::Point;
    g.parts = {{{c}}};
    return g;
}

Geometry Geometry::lineString(Ring coords)
{
    Geometry g;
    g.type = GeometryType::LineString;
    g.parts = {{std::move(coords)}};
    return g;
}

Geometry Geometry::polygon(Ring outer, std::vector<Ring> holes)
{
    auto close = [](Ring &r) {
        if (!r.empty() && r.front() != r.back())
            r.push_back(r.front());
    };
    Geometry g;
    g.type = GeometryType::Polygon;
    close(outer);
    std::vector<Ring> rings{std::move(outer)};
    for (auto &h : holes) {
        close(h);
        rings.push_back(std::move(h));
    }
    g.parts = {std::move(rings)};
    return g;
}

// ---- WKB ----------------------------------------------------------------------------------------------------------

namespace {

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void putF64(QByteArray &out, double v)
{
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}

void putCoords(QByteArray &out, const Ring &ring)
{
    putU32(out, quint32(ring.size()));
    for (const Coord &c : ring) {
        putF64(out, c.x);
        putF64(out, c.y);
    }
}

void writeSingle(QByteArray &out, GeometryType type, const std::vector<Ring> &rings)
{
    out.append(char(1));
    putU32(out, quint32(type));
    switch (type) {
    case GeometryType::Point:
        if (rings.empty() || rings.front().empty()) {
            // An empty point is written as NaN coordinates, as GeoPackage asks.
            putF64(out, std::nan(""));
            putF64(out, std::nan(""));
        } else {
            putF64(out, rings.front().front().x);
            putF64(out, rings.front().front().y);
        }
        break;
    case GeometryType::LineString: putCoords(out, rings.empty() ? Ring{} : rings.front()); break;
    case GeometryType::Polygon:
        putU32(out, quint32(rings.size()));
        for (const Ring &r : rings)
            putCoords(out, r);
        break;
    default: break;
    }
}

GeometryType memberType(GeometryType multi)
{
    return GeometryType(int(multi) - 3);
}

class WkbReader
{
public:
    WkbReader(const unsigned char *d, size_t n) : m_d(d), m_n(n) {}

    bool readGeometry(Geometry &out, int depth)
    {
        if (depth > 2)
            return fail("nesting too deep");
        bool little = false;
        quint32 rawType = 0;
        if (!readHeader(little, rawType))
            return false;
        int dims = 2;
        quint32 base = rawType;
        // EWKB flags (PostGIS) and ISO dimension offsets both appear in the wild.
        const bool ewkbZ = rawType & 0x80000000u, ewkbM = rawType & 0x40000000u;
        if (rawType & 0x20000000u)
            return fail("EWKB with embedded SRID is not supported");
        base &= 0x0fffffffu;
        if (ewkbZ || ewkbM)
            dims = 2 + (ewkbZ ? 1 : 0) + (ewkbM ? 1 : 0);
        if (base >= 3000) {
            dims = 4;
            base -= 3000;
        } else if (base >= 2000) {
            dims = 3;
            base -= 2000;
        } else if (base >= 1000) {
            dims = 3;
            base -= 1000;
        }
        if (base < 1 || base > 6)
            return fail(QStringLiteral("unsupported WKB geometry type %1").arg(rawType));
        const auto type = GeometryType(base);
        out.type = type;
        out.parts.clear();
        if (base <= 3) {
            std::vector<Ring> rings;
            if (!readSingleBody(type, little, dims, rings))
                return false;
            out.parts.push_back(std::move(rings));
            return true;
        }
        quint32 count = 0;
        if (!readU32(little, count))
            return false;
        if (count > m_n) // each member needs at least one byte
            return fail("member count larger than the data");
        for (quint32 i = 0; i < count; ++i) {
            Geometry member;
            if (!readGeometry(member, depth + 1))
                return false;
            if (member.type != memberType(type))
                return fail("multi-geometry member of the wrong type");
            out.parts.push_back(std::move(member.parts.front()));
        }
        return true;
    }

    QString error;

private:
    bool fail(const QString &msg)
    {
        if (error.isEmpty())
            error = msg;
        return false;
    }
    bool fail(const char *msg) { return fail(QString::fromLatin1(msg)); }

    bool readHeader(bool &little, quint32 &type)
    {
        if (m_pos + 5 > m_n)
            return fail("truncated WKB header");
        const unsigned char order = m_d[m_pos++];
        if (order > 1)
            return fail("invalid WKB byte order");
        little = order == 1;
        return readU32(little, type);
    }

    bool readU32(bool little, quint32 &v)
    {
        if (m_pos + 4 > m_n)
            return fail("truncated WKB");
        v = little ? qFromLittleEndian<quint32>(m_d + m_pos) : qFromBigEndian<quint32>(m_d + m_pos);
        m_pos += 4;
        return true;
    }

    bool readF64(bool little, double &v)
    {
        if (m_pos + 8 > m_n)
            return fail("truncated WKB");
        quint64 bits = little ? qFromLittleEndian<quint64>(m_d + m_pos) : qFromBigEndian<quint64>(m_d + m_pos);
        std::memcpy(&v, &bits, 8);
        m_pos += 8;
        return true;
    }

    bool readCoord(bool little, int dims, Coord &c)
    {
        if (!readF64(little, c.x) || !readF64(little, c.y))
            return false;
        double ignored;
        for (int i = 2; i < dims; ++i)
            if (!readF64(little, ignored))
                return false;
        return true;
    }

    bool readRing(bool little, int dims, Ring &ring)
    {
        quint32 n = 0;
        if (!readU32(little, n))
            return false;
        if (size_t(n) * size_t(dims) * 8 > m_n - m_pos)
            return fail("point count larger than the data");
        ring.resize(n);
        for (quint32 i = 0; i < n; ++i)
            if (!readCoord(little, dims, ring[i]))
                return false;
        return true;
    }

    bool readSingleBody(GeometryType type, bool little, int dims, std::vector<Ring> &rings)
    {
        if (type == GeometryType::Point) {
            Coord c;
            if (!readCoord(little, dims, c))
                return false;
            if (std::isnan(c.x) && std::isnan(c.y))
                rings.push_back({});
            else
                rings.push_back({c});
            return true;
        }
        if (type == GeometryType::LineString) {
            Ring r;
            if (!readRing(little, dims, r))
                return false;
            rings.push_back(std::move(r));
            return true;
        }
        quint32 nrings = 0;
        if (!readU32(little, nrings))
            return false;
        if (size_t(nrings) * 4 > m_n - m_pos)
            return fail("ring count larger than the data");
        for (quint32 i = 0; i < nrings; ++i) {
            Ring r;
            if (!readRing(little, dims, r))
                return false;
            rings.push_back(std::move(r));
        }
        return true;
    }

    const unsigned char *m_d;
    size_t m_n;
    size_t m_pos = 0;
};

} // namespace

QByteArray toWkb(const Geometry &g)
{
    QByteArray out;
    out.reserve(16 + g.vertexCount() * 16);
    const int t = int(g.type);
    if (t >= 1 && t <= 3) {
        writeSingle(out, g.type, g.parts.empty() ? std::vector<Ring>{} : g.parts.front());
    } else if (t >= 4 && t <= 6) {
        out.append(char(1));
        putU32(out, quint32(t));
        putU32(out, quint32(g.parts.size()));
        for (const auto &part : g.parts)
            writeSingle(out, memberType(g.type), part);
    }
    return out;
}

bool fromWkb(const unsigned char *data, size_t size, Geometry &out, QString *error)
{
    WkbReader reader(data, size);
    const bool ok = reader.readGeometry(out, 0);
    if (!ok && error)
        *error = reader.error;
    return ok;
}

// ---- GeoPackage binary --------------------------------------------------------------------------------------------

QByteArray toGpkgBlob(const Geometry &g, int srsId)
{
    const bool empty = g.isEmpty();
    QByteArray out;
    out.reserve(40 + g.vertexCount() * 16);
    out.append('G');
    out.append('P');
    out.append(char(0)); // version 1 of the binary format is written as 0
    // Flags: little-endian header, envelope [minx, maxx, miny, maxy] (indicator 1) unless empty.
    const char flags = char(0x01 | (empty ? 0x10 : 0x02));
    out.append(flags);
    char b[4];
    qToLittleEndian(qint32(srsId), b);
    out.append(b, 4);
    if (!empty) {
        const Envelope e = g.envelope();
        putF64(out, e.minX);
        putF64(out, e.maxX);
        putF64(out, e.minY);
        putF64(out, e.maxY);
    }
    out.append(toWkb(g));
    return out;
}

namespace {

bool parseGpkgHeader(const unsigned char *d, size_t n, size_t &wkbOffset, bool &empty, Envelope *env, QString *error)
{
    if (n < 8 || d[0] != 'G' || d[1] != 'P') {
        if (error)
            *error = QStringLiteral("not a GeoPackage geometry (missing GP header)");
        return false;
    }
    const unsigned char flags = d[3];
    const bool little = flags & 0x01;
    const int envIndicator = (flags >> 1) & 0x07;
    empty = flags & 0x10;
    static const int envDoubles[] = {0, 4, 6, 6, 8};
    if (envIndicator > 4) {
        if (error)
            *error = QStringLiteral("invalid GeoPackage envelope indicator");
        return false;
    }
    wkbOffset = 8 + size_t(envDoubles[envIndicator]) * 8;
    if (wkbOffset > n) {
        if (error)
            *error = QStringLiteral("truncated GeoPackage geometry header");
        return false;
    }
    if (env && envIndicator > 0) {
        auto rd = [&](int i) {
            const unsigned char *p = d + 8 + i * 8;
            quint64 bits = little ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
            double v;
            std::memcpy(&v, &bits, 8);
            return v;
        };
        env->minX = rd(0);
        env->maxX = rd(1);
        env->minY = rd(2);
        env->maxY = rd(3);
    }
    return true;
}

} // namespace

bool fromGpkgBlob(const QByteArray &blob, Geometry &out, QString *error)
{
    const auto *d = reinterpret_cast<const unsigned char *>(blob.constData());
    size_t offset = 0;
    bool empty = false;
    if (!parseGpkgHeader(d, size_t(blob.size()), offset, empty, nullptr, error))
        return false;
    return fromWkb(d + offset, size_t(blob.size()) - offset, out, error);
}

bool gpkgBlobEnvelope(const unsigned char *data, size_t size, Envelope &env, bool &empty)
{
    size_t offset = 0;
    env = Envelope();
    if (!parseGpkgHeader(data, size, offset, empty, &env, nullptr))
        return false;
    if (empty)
        return true;
    if (!env.isNull())
        return true;
    Geometry g;
    if (!fromWkb(data + offset, size - offset, g, nullptr))
        return false;
    env = g.envelope();
    empty = g.isEmpty();
    return true;
}

// ---- GeoJSON ------------------------------------------------------------------------------------------------------

namespace {

QJsonArray coordJson(const Coord &c)
{
    return QJsonArray{c.x, c.y};
}

QJsonArray ringJson(const Ring &r)
{
    QJsonArray a;
    for (const Coord &c : r)
        a.append(coordJson(c));
    return a;
}

QJsonArray polygonJson(const std::vector<Ring> &rings)
{
    QJsonArray a;
    for (const Ring &r : rings)
        a.append(ringJson(r));
    return a;
}

bool coordFrom(const QJsonValue &v, Coord &c)
{
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
        return false;
    c.x = a[0].toDouble();
    c.y = a[1].toDouble();
    return std::isfinite(c.x) && std::isfinite(c.y);
}

bool ringFrom(const QJsonValue &v, Ring &r)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    r.clear();
    r.reserve(size_t(a.size()));
    for (const auto &cv : a) {
        Coord c;
        if (!coordFrom(cv, c))
            return false;
        r.push_back(c);
    }
    return true;
}

bool polygonFrom(const QJsonValue &v, std::vector<Ring> &rings)
{
    if (!v.isArray())
        return false;
    for (const auto &rv : v.toArray()) {
        Ring r;
        if (!ringFrom(rv, r) || r.size() < 4)
            return false;
        rings.push_back(std::move(r));
    }
    return !rings.empty();
}

} // namespace

QJsonObject toGeoJson(const Geometry &g)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), QString());
    switch (g.type) {
    case GeometryType::Point:
        o[QStringLiteral("type")] = QStringLiteral("Point");
        o[QStringLiteral("coordinates")] = g.isEmpty() ? QJsonArray() : coordJson(g.parts[0][0][0]);
        break;
    case GeometryType::LineString:
        o[QStringLiteral("type")] = QStringLiteral("LineString");
        o[QStringLiteral("coordinates")] = g.parts.empty() ? QJsonArray() : ringJson(g.parts[0][0]);
        break;
    case GeometryType::Polygon:
        o[QStringLiteral("type")] = QStringLiteral("Polygon");
        o[QStringLiteral("coordinates")] = g.parts.empty() ? QJsonArray() : polygonJson(g.parts[0]);
        break;
    case GeometryType::MultiPoint: {
        QJsonArray a;
        for (const auto &p : g.parts)
            if (!p.empty() && !p[0].empty())
                a.append(coordJson(p[0][0]));
        o[QStringLiteral("type")] = QStringLiteral("MultiPoint");
        o[QStringLiteral("coordinates")] = a;
        break;
    }
    case GeometryType::MultiLineString: {
        QJsonArray a;
        for (const auto &p : g.parts)
            a.append(p.empty() ? QJsonArray() : ringJson(p[0]));
        o[QStringLiteral("type")] = QStringLiteral("MultiLineString");
        o[QStringLiteral("coordinates")] = a;
        break;
    }
    case GeometryType::MultiPolygon: {
        QJsonArray a;
        for (const auto &p : g.parts)
            a.append(polygonJson(p));
        o[QStringLiteral("type")] = QStringLiteral("MultiPolygon");
        o[QStringLiteral("coordinates")] = a;
        break;
    }
    default: return QJsonObject();
    }
    return o;
}

bool fromGeoJson(const QJsonObject &obj, Geometry &out, QString *error)
{
    const QString type = obj.value(QStringLiteral("type")).toString();
    const QJsonValue coords = obj.value(QStringLiteral("coordinates"));
    out = Geometry();
    bool ok = false;
    if (type == QLatin1String("Point")) {
        Coord c;
        ok = coordFrom(coords, c);
        if (ok)
            out = Geometry::point(c);
    } else if (type == QLatin1String("LineString")) {
        Ring r;
        ok = ringFrom(coords, r) && r.size() >= 2;
        if (ok)
            out = Geometry::lineString(std::move(r));
    } else if (type == QLatin1String("Polygon")) {
        std::vector<Ring> rings;
        ok = polygonFrom(coords, rings);
        if (ok) {
            out.type = GeometryType::Polygon;
            out.parts = {std::move(rings)};
        }
    } else if (type == QLatin1String("MultiPoint")) {
        out.type = GeometryType::MultiPoint;
        ok = coords.isArray();
        for (const auto &cv : coords.toArray()) {
            Coord c;
            if (!coordFrom(cv, c)) {
                ok = false;
                break;
            }
            out.parts.push_back({{c}});
        }
    } else if (type == QLatin1String("MultiLineString")) {
        out.type = GeometryType::MultiLineString;
        ok = coords.isArray();
        for (const auto &lv : coords.toArray()) {
            Ring r;
            if (!ringFrom(lv, r) || r.size() < 2) {
                ok = false;
                break;
            }
            out.parts.push_back({std::move(r)});
        }
    } else if (type == QLatin1String("MultiPolygon")) {
        out.type = GeometryType::MultiPolygon;
        ok = coords.isArray();
        for (const auto &pv : coords.toArray()) {
            std::vector<Ring> rings;
            if (!polygonFrom(pv, rings)) {
                ok = false;
                break;
            }
            out.parts.push_back(std::move(rings));
        }
    } else {
        if (error)
            *error = QStringLiteral("unsupported GeoJSON geometry type '%1'").arg(type);
        return false;
    }
    if (!ok && error)
        *error = QStringLiteral("malformed coordinates in GeoJSON %1").arg(type);
    return ok;
}

} // namespace territori::store
