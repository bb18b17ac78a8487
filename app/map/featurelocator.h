#pragma once

// What is under a tap: the R-tree gives candidates near the point, then exact tests decide (inside a polygon, within
// a few pixels of a line or a point). Points win over lines, lines over polygons, as a surveyor expects.

#include "geometry.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace territori::store {
class Database;
class Project;
} // namespace territori::store

namespace territori::map {

struct Hit
{
    QString layer;
    QString uuid;
    QString label;
    double distancePx = 0;
};

// tolerancePx is converted to degrees at the tap's latitude and the current zoom.
std::vector<Hit> identify(store::Project &project, const QStringList &layers, const store::Coord &at, double zoom,
                          double tolerancePx, int limit = 10);

// Distance in metres-like planar units used for ranking; exposed for tests.
double pointSegmentDistance(const store::Coord &p, const store::Coord &a, const store::Coord &b);
bool ringContains(const store::Ring &ring, const store::Coord &p);

} // namespace territori::map
