#pragma once

// Lengths and areas of what a surveyor draws, in metres and square metres on the WGS 84 ellipsoid. Coordinates are
// projected onto a plane tangent at the feature's centre using the ellipsoid's radii of curvature there; for sites up
// to a few kilometres across the error stays well under 0.1 %, far below GPS error.

#include "geometry.h"

namespace territori::core {

double lineLength(const store::Ring &coords);
// Area of a ring (closed or not); holes are passed separately and subtracted by polygonArea.
double ringArea(const store::Ring &ring);
double polygonArea(const std::vector<store::Ring> &rings);
double distance(const store::Coord &a, const store::Coord &b);
// Whether any two non-adjacent edges of a ring cross (a polygon a surveyor would want to fix).
bool ringSelfIntersects(const store::Ring &ring);

} // namespace territori::core
