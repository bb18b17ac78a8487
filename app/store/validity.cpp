#include "validity.h"

#include <QCoreApplication>

#include <geos_c.h>

#include <memory>

namespace territori::store {

namespace {

// One GEOS context per thread (the re-entrant API): saves run on the UI thread, imports and syncs on workers.
struct Context
{
    GEOSContextHandle_t handle = GEOS_init_r();
    ~Context() { GEOS_finish_r(handle); }
};

GEOSContextHandle_t context()
{
    thread_local Context c;
    return c.handle;
}

struct GeomDeleter
{
    void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(context(), g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

GEOSCoordSequence *sequence(const Ring &r)
{
    static_assert(sizeof(Coord) == 2 * sizeof(double), "Coord is two doubles, as GEOS's XY buffer");
    return GEOSCoordSeq_copyFromBuffer_r(context(), reinterpret_cast<const double *>(r.data()), (unsigned int)r.size(), 0, 0);
}

// A part as GEOS holds it; null when GEOS refuses to build it (a ring of fewer than four points: the gateway's own
// checks come first, so that is rare).
GEOSGeometry *toGeos(const std::vector<Ring> &part, GeometryKind kind)
{
    GEOSContextHandle_t h = context();
    if (part.empty() || part[0].empty())
        return nullptr;
    switch (kind) {
    case GeometryKind::Point: return GEOSGeom_createPoint_r(h, sequence(part[0]));
    case GeometryKind::Line: return GEOSGeom_createLineString_r(h, sequence(part[0]));
    case GeometryKind::Polygon: {
        GEOSGeometry *shell = GEOSGeom_createLinearRing_r(h, sequence(part[0]));
        if (!shell)
            return nullptr;
        std::vector<GEOSGeometry *> holes;
        for (size_t i = 1; i < part.size(); ++i) {
            GEOSGeometry *hole = GEOSGeom_createLinearRing_r(h, sequence(part[i]));
            if (!hole) {
                GEOSGeom_destroy_r(h, shell);
                for (GEOSGeometry *g : holes)
                    GEOSGeom_destroy_r(h, g);
                return nullptr;
            }
            holes.push_back(hole);
        }
        return GEOSGeom_createPolygon_r(h, shell, holes.data(), (unsigned int)holes.size());
    }
    default: return nullptr;
    }
}

GeomPtr toGeos(const Geometry &g)
{
    GEOSContextHandle_t h = context();
    const GeometryKind kind = kindOf(g.type);
    if (!isMulti(g.type))
        return GeomPtr(g.parts.empty() ? nullptr : toGeos(g.parts[0], kind));
    std::vector<GEOSGeometry *> members;
    for (const auto &part : g.parts) {
        GEOSGeometry *m = toGeos(part, kind);
        if (!m) {
            for (GEOSGeometry *x : members)
                GEOSGeom_destroy_r(h, x);
            return nullptr;
        }
        members.push_back(m);
    }
    const int type = kind == GeometryKind::Point ? GEOS_MULTIPOINT : kind == GeometryKind::Line ? GEOS_MULTILINESTRING : GEOS_MULTIPOLYGON;
    return GeomPtr(GEOSGeom_createCollection_r(h, type, members.data(), (unsigned int)members.size()));
}

Ring ringOf(const GEOSGeometry *g)
{
    GEOSContextHandle_t h = context();
    const GEOSCoordSequence *s = GEOSGeom_getCoordSeq_r(h, g);
    unsigned int n = 0;
    if (!s || !GEOSCoordSeq_getSize_r(h, s, &n))
        return {};
    Ring r(n);
    GEOSCoordSeq_copyToBuffer_r(h, s, reinterpret_cast<double *>(r.data()), 0, 0);
    return r;
}

// The polygons of a GEOS result (a Polygon, a MultiPolygon, or a collection that also holds collapsed lines).
void collectPolygons(const GEOSGeometry *g, std::vector<std::vector<Ring>> &out)
{
    GEOSContextHandle_t h = context();
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(h, g))
            return;
        std::vector<Ring> rings{ringOf(GEOSGetExteriorRing_r(h, g))};
        const int holes = GEOSGetNumInteriorRings_r(h, g);
        for (int i = 0; i < holes; ++i)
            rings.push_back(ringOf(GEOSGetInteriorRingN_r(h, g, i)));
        out.push_back(std::move(rings));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i)
            collectPolygons(GEOSGetGeometryN_r(h, g, i), out);
    }
}

QString describe(const QString &reason)
{
    // GEOS's reasons (IsValidOp), in the words the form, the capture, the import and the sync page all use.
    const char *ctx = "Geometry";
    if (reason.startsWith(QLatin1String("Ring Self-intersection")))
        return QCoreApplication::translate(ctx, "an outline touches itself");
    if (reason.startsWith(QLatin1String("Self-intersection")))
        return QCoreApplication::translate(ctx, "the outline crosses itself");
    if (reason.startsWith(QLatin1String("Hole lies outside shell")))
        return QCoreApplication::translate(ctx, "a hole lies outside its area");
    if (reason.startsWith(QLatin1String("Holes are nested")))
        return QCoreApplication::translate(ctx, "a hole lies inside another hole");
    if (reason.startsWith(QLatin1String("Interior is disconnected")))
        return QCoreApplication::translate(ctx, "the holes cut the area in pieces");
    if (reason.startsWith(QLatin1String("Nested shells")))
        return QCoreApplication::translate(ctx, "one part lies inside another part");
    if (reason.startsWith(QLatin1String("Duplicate Rings")))
        return QCoreApplication::translate(ctx, "an outline is there twice");
    if (reason.startsWith(QLatin1String("Too few")))
        return QCoreApplication::translate(ctx, "an outline has too few distinct points");
    if (reason.startsWith(QLatin1String("Invalid Coordinate")))
        return QCoreApplication::translate(ctx, "a coordinate is not a number");
    if (reason.startsWith(QLatin1String("Ring is not closed")))
        return QCoreApplication::translate(ctx, "an outline is not closed");
    return QCoreApplication::translate(ctx, "GEOS finds it invalid (%1)").arg(reason);
}

} // namespace

std::optional<GeometryFault> geometryFault(const Geometry &g)
{
    if (g.isEmpty() || kindOf(g.type) == GeometryKind::Point)
        return std::nullopt;
    GEOSContextHandle_t h = context();
    const GeomPtr geos = toGeos(g);
    if (!geos)
        return GeometryFault{QCoreApplication::translate("Geometry", "an outline has too few distinct points"),
                             g.parts.empty() || g.parts[0].empty() || g.parts[0][0].empty() ? Coord{} : g.parts[0][0][0]};
    char *reason = nullptr;
    GEOSGeometry *location = nullptr;
    const char valid = GEOSisValidDetail_r(h, geos.get(), 0, &reason, &location);
    std::optional<GeometryFault> fault;
    if (valid != 1) {
        GeometryFault f;
        f.message = describe(reason ? QString::fromUtf8(reason) : QString());
        if (location) {
            GEOSGeomGetX_r(h, location, &f.at.x);
            GEOSGeomGetY_r(h, location, &f.at.y);
        }
        fault = f;
    }
    if (reason)
        GEOSFree_r(h, reason);
    if (location)
        GEOSGeom_destroy_r(h, location);
    return fault;
}

std::optional<Geometry> repairedGeometry(const Geometry &g, GeometryType target)
{
    if (kindOf(g.type) != GeometryKind::Polygon || kindOf(target) != GeometryKind::Polygon)
        return std::nullopt; // lines and points are valid whenever the gateway's own checks pass
    GEOSContextHandle_t h = context();
    const GeomPtr geos = toGeos(g);
    if (!geos)
        return std::nullopt;
    GEOSMakeValidParams *params = GEOSMakeValidParams_create_r(h);
    GEOSMakeValidParams_setMethod_r(h, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(h, params, 0);
    const GeomPtr fixed(GEOSMakeValidWithParams_r(h, geos.get(), params));
    GEOSMakeValidParams_destroy_r(h, params);
    if (!fixed)
        return std::nullopt;
    Geometry out;
    collectPolygons(fixed.get(), out.parts);
    if (out.parts.empty() || (!isMulti(target) && out.parts.size() > 1))
        return std::nullopt;
    out.type = isMulti(target) ? GeometryType::MultiPolygon : GeometryType::Polygon;
    if (geometryFault(out))
        return std::nullopt;
    return out;
}

} // namespace territori::store
