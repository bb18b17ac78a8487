#pragma once

// The one validity rule for geometries (issue #13): what GEOS calls valid (OGC simple features: rings that do not
// cross themselves or each other, holes inside their shell, parts of a multi-polygon that do not overlap). The SIT's
// layer rules apply the same test (PostGIS ST_IsValid is GEOS too), the gateway refuses what fails it, the capture
// shows the same words while drawing, and the import and the capture offer the same repair.

#include "geometry.h"

#include <QString>

#include <optional>

namespace territori::store {

struct GeometryFault
{
    QString message; // for a person, in the interface language: what is wrong and where
    Coord at;        // where GEOS found it
};

// Nothing when the geometry is valid (or empty); otherwise what is wrong and where.
std::optional<GeometryFault> geometryFault(const Geometry &g);

// The geometry repaired the way the import repairs it (GEOS MakeValid, "structure" method: a polygon keeps its areas
// and drops what collapsed to lines), as `target` holds it; nothing when the repair gives no such geometry (a
// polygon repaired into several parts for a single-part layer, or into nothing).
std::optional<Geometry> repairedGeometry(const Geometry &g, GeometryType target);

} // namespace territori::store
