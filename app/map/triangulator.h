#pragma once

// Polygon triangulation for filling map features on the GPU. Ear clipping with hole elimination, in the manner of
// Mapbox's earcut: fast on the small, mostly simple polygons a map is made of, and tolerant (never hangs, never
// produces an out-of-range index) on the broken ones real data also contains.

#include <cstdint>
#include <vector>

namespace territori::map {

// Triangulates one polygon given as rings of interleaved x,y doubles: ring 0 is the outer ring, further rings are
// holes. Rings may be open or closed (a repeated last vertex is ignored), in any winding order. Appends triangle vertex
// indices to `indices`; an index refers to the position of the vertex in the concatenation of all rings (after dropping
// a repeated closing vertex, which the function reports through `vertexCount`). Returns false (appending nothing) if
// the polygon is degenerate (fewer than 3 distinct vertices in the outer ring, zero area, NaN/inf coordinates). Never
// crashes, never loops forever, on any input (self-intersections, duplicate points, collinear runs, holes touching the
// outer ring, holes outside the outer ring). Triangles come out counter-clockwise with y up (clockwise on a y-down
// screen), except for the approximate ones produced while repairing self-intersecting input.
bool triangulate(const std::vector<std::vector<double>> &rings, std::vector<uint32_t> &indices,
                 uint32_t *vertexCount = nullptr);

// Convenience: the flattened vertex list (x,y interleaved) matching the indices above.
std::vector<double> flatten(const std::vector<std::vector<double>> &rings);

} // namespace territori::map
