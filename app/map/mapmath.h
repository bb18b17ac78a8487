#pragma once

// Web Mercator as Qt Location's Map uses it (checked against Map.fromCoordinate to 1e-8 px):
//   world size in px = 256 * 2^zoom,  wx = (lon + 180) / 360,  wy = (1 - asinh(tan(lat)) / pi) / 2,
//   screen = (W/2, H/2) + R(bearing) * (world(p) - world(center)),  x' = dx cos b + dy sin b, y' = -dx sin b + dy cos b.
// Render data is kept in pixels at a reference zoom (20), relative to a batch origin, so floats stay precise (a
// 60 km wide batch spans ~4e5 units, well inside float's exact range) and a pan or zoom only changes uniforms.

#include "geometry.h"

#include <QPointF>

#include <cmath>

namespace territori::map {

constexpr int kReferenceZoom = 20;
constexpr double kTileSize = 256.0;
constexpr double kReferenceWorldSize = kTileSize * double(1 << kReferenceZoom);
constexpr double kMaxLatitude = 85.05112878;

struct WorldPoint
{
    double x = 0; // px at the reference zoom
    double y = 0;
};

inline WorldPoint toWorld(double lon, double lat)
{
    lat = std::max(-kMaxLatitude, std::min(kMaxLatitude, lat));
    const double s = std::sin(lat * M_PI / 180.0);
    return {(lon + 180.0) / 360.0 * kReferenceWorldSize,
            (0.5 - std::log((1 + s) / (1 - s)) / (4 * M_PI)) * kReferenceWorldSize};
}

inline WorldPoint toWorld(const store::Coord &c)
{
    return toWorld(c.x, c.y);
}

inline store::Coord fromWorld(const WorldPoint &w)
{
    const double lon = w.x / kReferenceWorldSize * 360.0 - 180.0;
    const double n = M_PI - 2.0 * M_PI * w.y / kReferenceWorldSize;
    const double lat = 180.0 / M_PI * std::atan(std::sinh(n));
    return {lon, lat};
}

// Scale from reference-zoom pixels to screen pixels.
inline double scaleAt(double zoom)
{
    return std::pow(2.0, zoom - kReferenceZoom);
}

// Metres per screen pixel at a latitude and zoom (Web Mercator, WGS 84 equatorial radius).
inline double metresPerPixel(double lat, double zoom)
{
    return 2 * M_PI * 6378137.0 * std::cos(lat * M_PI / 180.0) / (kTileSize * std::pow(2.0, zoom));
}

// The screen position of a world point for a view (center in world px, zoom, bearing in degrees, item size).
struct View
{
    WorldPoint center;
    double zoom = 10;
    double bearing = 0;
    double width = 0;
    double height = 0;

    QPointF toScreen(const WorldPoint &w) const
    {
        const double s = scaleAt(zoom);
        const double dx = (w.x - center.x) * s, dy = (w.y - center.y) * s;
        const double b = bearing * M_PI / 180.0;
        return {width / 2 + dx * std::cos(b) + dy * std::sin(b), height / 2 - dx * std::sin(b) + dy * std::cos(b)};
    }

    WorldPoint toWorld(const QPointF &p) const
    {
        const double s = scaleAt(zoom);
        const double b = bearing * M_PI / 180.0;
        const double sx = p.x() - width / 2, sy = p.y() - height / 2;
        const double dx = sx * std::cos(b) - sy * std::sin(b), dy = sx * std::sin(b) + sy * std::cos(b);
        return {center.x + dx / s, center.y + dy / s};
    }
};

} // namespace territori::map
