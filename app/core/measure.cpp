#include "measure.h"

#include <cmath>

namespace territori::core {

using store::Coord;
using store::Ring;

namespace {

constexpr double kA = 6378137.0;              // WGS 84 semi-major axis
constexpr double kE2 = 6.69437999014e-3;      // first eccentricity squared
constexpr double kDeg = M_PI / 180.0;

// Metres per degree of longitude and latitude at a latitude.
void metresPerDegree(double lat, double &mx, double &my)
{
    const double s = std::sin(lat * kDeg);
    const double w = std::sqrt(1 - kE2 * s * s);
    const double n = kA / w;                    // prime vertical radius
    const double m = kA * (1 - kE2) / (w * w * w); // meridional radius
    mx = n * std::cos(lat * kDeg) * kDeg;
    my = m * kDeg;
}

struct Plane
{
    double lon0, lat0, mx, my;
    explicit Plane(const Ring &r)
    {
        double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9;
        for (const Coord &c : r) {
            minX = std::min(minX, c.x), maxX = std::max(maxX, c.x);
            minY = std::min(minY, c.y), maxY = std::max(maxY, c.y);
        }
        lon0 = r.empty() ? 0 : (minX + maxX) / 2;
        lat0 = r.empty() ? 0 : (minY + maxY) / 2;
        metresPerDegree(lat0, mx, my);
    }
    double x(const Coord &c) const { return (c.x - lon0) * mx; }
    double y(const Coord &c) const { return (c.y - lat0) * my; }
};

} // namespace

double distance(const Coord &a, const Coord &b)
{
    double mx, my;
    metresPerDegree((a.y + b.y) / 2, mx, my);
    return std::hypot((b.x - a.x) * mx, (b.y - a.y) * my);
}

double lineLength(const Ring &coords)
{
    double total = 0;
    for (size_t i = 1; i < coords.size(); ++i)
        total += distance(coords[i - 1], coords[i]);
    return total;
}

double ringArea(const Ring &ring)
{
    if (ring.size() < 3)
        return 0;
    const Plane p(ring);
    double a = 0;
    for (size_t i = 0, n = ring.size(); i < n; ++i) {
        const Coord &c = ring[i], &d = ring[(i + 1) % n];
        a += p.x(c) * p.y(d) - p.x(d) * p.y(c);
    }
    return std::abs(a) / 2;
}

double polygonArea(const std::vector<Ring> &rings)
{
    if (rings.empty())
        return 0;
    double a = ringArea(rings[0]);
    for (size_t i = 1; i < rings.size(); ++i)
        a -= ringArea(rings[i]);
    return std::max(0.0, a);
}

bool ringSelfIntersects(const Ring &input)
{
    Ring r = input;
    if (r.size() > 1 && r.front() == r.back())
        r.pop_back();
    const size_t n = r.size();
    if (n < 4)
        return false;
    auto orient = [](const Coord &a, const Coord &b, const Coord &c) {
        const double v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
        return (v > 0) - (v < 0);
    };
    for (size_t i = 0; i < n; ++i) {
        const Coord &a = r[i], &b = r[(i + 1) % n];
        for (size_t j = i + 2; j < n; ++j) {
            if (i == 0 && j == n - 1)
                continue; // adjacent through the closing edge
            const Coord &c = r[j], &d = r[(j + 1) % n];
            if (orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0)
                return true;
        }
    }
    return false;
}

} // namespace territori::core
