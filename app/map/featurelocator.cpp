#include "featurelocator.h"

#include "featurereader.h"
#include "mapmath.h"
#include "project.h"

#include <algorithm>
#include <cmath>

namespace territori::map {

using namespace territori::store;

double pointSegmentDistance(const Coord &p, const Coord &a, const Coord &b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
    t = std::max(0.0, std::min(1.0, t));
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

bool ringContains(const Ring &ring, const Coord &p)
{
    bool inside = false;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const Coord &a = ring[i], &b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

namespace {

// Distance from p to the geometry in screen pixels (0 inside a polygon), measured in world pixels at `zoom`.
double screenDistance(const Geometry &g, const Coord &p, double zoom)
{
    const double s = scaleAt(zoom);
    auto px = [&](const Coord &c) {
        const WorldPoint w = toWorld(c);
        return Coord{w.x * s, w.y * s};
    };
    const Coord pp = px(p);
    double best = std::numeric_limits<double>::infinity();
    for (const auto &part : g.parts) {
        if (kindOf(g.type) == GeometryKind::Polygon && !part.empty() && part[0].size() >= 4) {
            bool inHole = false;
            for (size_t h = 1; h < part.size(); ++h)
                inHole = inHole || ringContains(part[h], p);
            if (ringContains(part[0], p) && !inHole)
                return 0;
        }
        for (const Ring &ring : part) {
            if (ring.size() == 1)
                best = std::min(best, std::hypot(px(ring[0]).x - pp.x, px(ring[0]).y - pp.y));
            for (size_t i = 1; i < ring.size(); ++i)
                best = std::min(best, pointSegmentDistance(pp, px(ring[i - 1]), px(ring[i])));
        }
    }
    return best;
}

int kindRank(GeometryKind k)
{
    return k == GeometryKind::Point ? 0 : k == GeometryKind::Line ? 1 : 2;
}

} // namespace

std::vector<Hit> identify(Project &project, const QStringList &layers, const Coord &at, double zoom,
                          double tolerancePx, int limit)
{
    const double mPerPx = metresPerPixel(at.y, zoom);
    const double tolMetres = tolerancePx * mPerPx;
    const double dLat = tolMetres / 111320.0;
    const double dLon = tolMetres / (111320.0 * std::max(0.01, std::cos(at.y * M_PI / 180.0)));
    Envelope box;
    box.minX = at.x - dLon;
    box.maxX = at.x + dLon;
    box.minY = at.y - dLat;
    box.maxY = at.y + dLat;

    struct Ranked
    {
        Hit hit;
        int rank;
    };
    std::vector<Ranked> found;
    for (const QString &name : layers) {
        const LayerDef *layer = project.layer(name);
        if (!layer)
            continue;
        FeatureReader reader(project.db(), *layer);
        reader.forEach(&box, [&](const FeatureRow &row) {
            Geometry g;
            if (!fromGpkgBlob(row.geometry, g))
                return true;
            const double d = screenDistance(g, at, zoom);
            if (d <= tolerancePx)
                found.push_back({{name, row.uuid, row.label, d}, kindRank(layer->geometry)});
            return found.size() < 500; // a tap never needs more candidates than this
        });
    }
    std::stable_sort(found.begin(), found.end(), [](const Ranked &a, const Ranked &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.hit.distancePx < b.hit.distancePx;
    });
    std::vector<Hit> out;
    for (const auto &r : found) {
        if (int(out.size()) >= limit)
            break;
        out.push_back(r.hit);
    }
    return out;
}

} // namespace territori::map
