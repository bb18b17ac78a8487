#include "mapmath.h"

#include <QtTest>

#include <cmath>

using namespace territori::map;
using territori::store::Coord;

namespace {

// Web Mercator as the Qt Location documentation and the OSM slippy-map convention state it, written independently of
// mapmath.h: world size 256 * 2^zoom px, x from the longitude, y = (1 - ln(tan(lat) + sec(lat)) / pi) / 2.
QPointF slippyPixel(double lon, double lat, double zoom)
{
    const double size = 256.0 * std::pow(2.0, zoom);
    const double phi = lat * M_PI / 180.0;
    return {(lon + 180.0) / 360.0 * size, (1.0 - std::log(std::tan(phi) + 1.0 / std::cos(phi)) / M_PI) / 2.0 * size};
}

struct Place
{
    const char *name;
    double lon;
    double lat;
};

// A few places of the Città metropolitana di Milano.
const Place kMilan[] = {
    {"Duomo", 9.191926, 45.464211},
    {"Sesto San Giovanni", 9.234000, 45.532900},
    {"Rho Fiera", 9.084500, 45.520600},
    {"Abbiategrasso", 8.918500, 45.398000},
};

} // namespace

class TestMapMath : public QObject
{
    Q_OBJECT

    static View milanView(double bearing)
    {
        View v;
        v.center = toWorld(9.19, 45.46);
        v.zoom = 14.3;
        v.bearing = bearing;
        v.width = 1280;
        v.height = 800;
        return v;
    }

private slots:
    void worldCoordinatesRoundTripAcrossTheGlobe()
    {
        double worst = 0;
        for (double lat = -84.9; lat <= 84.9; lat += 3.7) {
            for (double lon = -179.9; lon <= 180.0; lon += 7.3) {
                const Coord back = fromWorld(toWorld(lon, lat));
                worst = std::max({worst, std::abs(back.x - lon), std::abs(back.y - lat)});
                QVERIFY2(std::abs(back.x - lon) < 1e-9 && std::abs(back.y - lat) < 1e-9,
                         qPrintable(QStringLiteral("(%1, %2) came back as (%3, %4)")
                                        .arg(lon, 0, 'g', 17)
                                        .arg(lat, 0, 'g', 17)
                                        .arg(back.x, 0, 'g', 17)
                                        .arg(back.y, 0, 'g', 17)));
            }
        }
        QVERIFY(worst < 1e-9);
    }

    void worldCoordinatesGrowEastAndSouth()
    {
        const WorldPoint duomo = toWorld(9.19, 45.46);
        const WorldPoint east = toWorld(9.20, 45.46);
        const WorldPoint south = toWorld(9.19, 45.45);
        QVERIFY(east.x > duomo.x);
        QCOMPARE(east.y, duomo.y);
        QVERIFY(south.y > duomo.y);
        QCOMPARE(south.x, duomo.x);
        // The equator and the prime meridian sit in the middle of the world.
        const WorldPoint origin = toWorld(0, 0);
        QVERIFY(std::abs(origin.x - kReferenceWorldSize / 2) < 1e-6);
        QVERIFY(std::abs(origin.y - kReferenceWorldSize / 2) < 1e-6);
    }

    void formulaMatchesQtLocationWebMercatorForMilan_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("zoom");
        for (const Place &p : kMilan)
            for (double z : {0.0, 10.0, 15.5, 19.0})
                QTest::newRow(qPrintable(QStringLiteral("%1 z%2").arg(QLatin1String(p.name)).arg(z)))
                    << p.lon << p.lat << z;
    }

    void formulaMatchesQtLocationWebMercatorForMilan()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, zoom);
        const QPointF expected = slippyPixel(lon, lat, zoom);
        const WorldPoint w = toWorld(lon, lat);
        const double s = scaleAt(zoom);
        QVERIFY2(std::abs(w.x * s - expected.x()) < 1e-6,
                 qPrintable(QStringLiteral("x %1 vs %2").arg(w.x * s, 0, 'f', 9).arg(expected.x(), 0, 'f', 9)));
        QVERIFY2(std::abs(w.y * s - expected.y()) < 1e-6,
                 qPrintable(QStringLiteral("y %1 vs %2").arg(w.y * s, 0, 'f', 9).arg(expected.y(), 0, 'f', 9)));

        // Through a north-up view centred on the Duomo: the offset on screen is the offset in the zoom's pixels.
        View v;
        v.center = toWorld(kMilan[0].lon, kMilan[0].lat);
        v.zoom = zoom;
        v.width = 1000;
        v.height = 600;
        const QPointF c = slippyPixel(kMilan[0].lon, kMilan[0].lat, zoom);
        const QPointF screen = v.toScreen(w);
        QVERIFY(std::abs(screen.x() - (500 + expected.x() - c.x())) < 1e-6);
        QVERIFY(std::abs(screen.y() - (300 + expected.y() - c.y())) < 1e-6);
    }

    void viewportCentreIsTheMiddleOfTheItem_data()
    {
        QTest::addColumn<double>("bearing");
        QTest::newRow("north up") << 0.0;
        QTest::newRow("bearing 30") << 30.0;
        QTest::newRow("bearing -75") << -75.0;
    }

    void viewportCentreIsTheMiddleOfTheItem()
    {
        QFETCH(double, bearing);
        const View v = milanView(bearing);
        const QPointF c = v.toScreen(v.center);
        QVERIFY(std::abs(c.x() - v.width / 2) < 1e-9);
        QVERIFY(std::abs(c.y() - v.height / 2) < 1e-9);
        const WorldPoint back = v.toWorld(QPointF(v.width / 2, v.height / 2));
        QVERIFY(std::abs(back.x - v.center.x) < 1e-6);
        QVERIFY(std::abs(back.y - v.center.y) < 1e-6);
    }

    void screenAndWorldAreInverse_data()
    {
        QTest::addColumn<double>("bearing");
        QTest::newRow("north up") << 0.0;
        QTest::newRow("bearing 30") << 30.0;
        QTest::newRow("bearing -75") << -75.0;
        QTest::newRow("bearing 180") << 180.0;
    }

    void screenAndWorldAreInverse()
    {
        QFETCH(double, bearing);
        const View v = milanView(bearing);
        for (double x = -100; x <= v.width + 100; x += 137.5) {
            for (double y = -100; y <= v.height + 100; y += 91.25) {
                const QPointF back = v.toScreen(v.toWorld(QPointF(x, y)));
                QVERIFY2(std::abs(back.x() - x) < 1e-6 && std::abs(back.y() - y) < 1e-6,
                         qPrintable(QStringLiteral("(%1, %2) -> (%3, %4)").arg(x).arg(y).arg(back.x()).arg(back.y())));
            }
        }
        for (const Place &p : kMilan) {
            const WorldPoint w = toWorld(p.lon, p.lat);
            const WorldPoint back = v.toWorld(v.toScreen(w));
            // World px at the reference zoom are ~0.15 m: 1e-4 of them is far below anything visible.
            QVERIFY(std::abs(back.x - w.x) < 1e-4);
            QVERIFY(std::abs(back.y - w.y) < 1e-4);
        }
    }

    void bearingTurnsItsDirectionUp()
    {
        // With bearing 90 the map's east points up the screen, as in Qt Location's Map.bearing.
        View v = milanView(90);
        const WorldPoint east = toWorld(9.20, 45.46);
        const double offsetPx = (east.x - v.center.x) * scaleAt(v.zoom);
        QVERIFY(offsetPx > 10);
        const QPointF p = v.toScreen(east);
        QVERIFY(std::abs(p.x() - v.width / 2) < 1e-6);
        QVERIFY(std::abs(p.y() - (v.height / 2 - offsetPx)) < 1e-6);
        // Distances on screen do not depend on the bearing.
        const QPointF north = milanView(0).toScreen(east);
        QVERIFY(std::abs(QLineF(QPointF(v.width / 2, v.height / 2), p).length() -
                         QLineF(QPointF(v.width / 2, v.height / 2), north).length()) < 1e-6);
    }

    void metresPerPixelFollowsTheWebMercatorScale()
    {
        QVERIFY(std::abs(metresPerPixel(0, 0) - 156543.03) < 0.01);
        // Each zoom level halves it; at 45.46 degrees it shrinks with the cosine of the latitude.
        QVERIFY(std::abs(metresPerPixel(0, 1) - 156543.03 / 2) < 0.01);
        const double milan = metresPerPixel(45.46, 17);
        QVERIFY(std::abs(milan - 156543.03 * std::cos(45.46 * M_PI / 180) / std::pow(2, 17)) < 1e-6);
        // And it agrees with the projection: a pixel on the ground at Milan is that many metres north-south.
        const double lat1 = 45.46, lat2 = 45.47;
        const double px = slippyPixel(9.19, lat1, 17).y() - slippyPixel(9.19, lat2, 17).y();
        const double metres = (lat2 - lat1) * M_PI / 180 * 6378137.0;
        QVERIFY(std::abs(metres / px - metresPerPixel((lat1 + lat2) / 2, 17)) / milan < 1e-4);
    }

    void latitudesBeyondTheMercatorLimitAreClamped()
    {
        const WorldPoint pole = toWorld(0, 90);
        QVERIFY(std::isfinite(pole.y));
        QVERIFY(std::abs(pole.y) < 0.01); // the top edge of the world (0.01 reference px is 1.5 mm)
        const WorldPoint south = toWorld(0, -90);
        QVERIFY(std::isfinite(south.y));
        QVERIFY(std::abs(south.y - kReferenceWorldSize) < 0.01);
    }
};

QTEST_APPLESS_MAIN(TestMapMath)
#include "tst_mapmath.moc"
