#include "measure.h"

#include <QtTest>

#include <cmath>

using namespace territori::core;
using territori::store::Coord;
using territori::store::Ring;

Q_DECLARE_METATYPE(territori::store::Ring)

namespace {

// WGS 84, written out here so the reference formulas do not share constants with the code under test.
constexpr double kA = 6378137.0;
constexpr double kF = 1 / 298.257223563;
constexpr double kB = kA * (1 - kF);
const double kRad = std::acos(-1.0) / 180.0;

// Vincenty's inverse formula: the geodesic distance on the ellipsoid, good to well under a millimetre.
double vincenty(const Coord &p, const Coord &q)
{
    const double L = (q.x - p.x) * kRad;
    const double U1 = std::atan((1 - kF) * std::tan(p.y * kRad));
    const double U2 = std::atan((1 - kF) * std::tan(q.y * kRad));
    const double sinU1 = std::sin(U1), cosU1 = std::cos(U1), sinU2 = std::sin(U2), cosU2 = std::cos(U2);
    double lambda = L, prev = 0;
    double sinSigma = 0, cosSigma = 0, sigma = 0, cos2Alpha = 0, cos2SigmaM = 0;
    for (int i = 0; i < 200; ++i) {
        const double sinL = std::sin(lambda), cosL = std::cos(lambda);
        sinSigma = std::sqrt(std::pow(cosU2 * sinL, 2) + std::pow(cosU1 * sinU2 - sinU1 * cosU2 * cosL, 2));
        if (sinSigma == 0)
            return 0;
        cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
        sigma = std::atan2(sinSigma, cosSigma);
        const double sinAlpha = cosU1 * cosU2 * sinL / sinSigma;
        cos2Alpha = 1 - sinAlpha * sinAlpha;
        cos2SigmaM = cos2Alpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cos2Alpha : 0;
        const double C = kF / 16 * cos2Alpha * (4 + kF * (4 - 3 * cos2Alpha));
        prev = lambda;
        lambda = L + (1 - C) * kF * sinAlpha *
                         (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        if (std::abs(lambda - prev) < 1e-13)
            break;
    }
    const double u2 = cos2Alpha * (kA * kA - kB * kB) / (kB * kB);
    const double A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
    const double B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
    const double dSigma =
        B * sinSigma *
        (cos2SigmaM + B / 4 *
                          (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
                           B / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
    return kB * A * (sigma - dSigma);
}

// Exact area of the ellipsoid between two parallels over a span of longitude (the authalic-latitude integral).
double rectangleArea(double lon1, double lat1, double lon2, double lat2)
{
    const double e2 = kF * (2 - kF), e = std::sqrt(e2);
    auto zone = [&](double lat) {
        const double s = std::sin(lat * kRad);
        return kB * kB / 2 * (s / (1 - e2 * s * s) + std::log((1 + e * s) / (1 - e * s)) / (2 * e));
    };
    return std::abs((lon2 - lon1) * kRad * (zone(lat2) - zone(lat1)));
}

Ring closed(Ring r)
{
    r.push_back(r.front());
    return r;
}

Ring reversed(Ring r)
{
    std::reverse(r.begin(), r.end());
    return r;
}

// A square of side metres (measured along the ellipsoid with Vincenty) with its south-west corner at (lon, lat).
Ring metricSquare(double lon, double lat, double side, double offsetEast = 0, double offsetNorth = 0)
{
    const double perDegLat = vincenty({lon, lat - 0.0005}, {lon, lat + 0.0005}) / 0.001;
    const double perDegLon = vincenty({lon - 0.0005, lat}, {lon + 0.0005, lat}) / 0.001;
    const double x0 = lon + offsetEast / perDegLon, y0 = lat + offsetNorth / perDegLat;
    const double dx = side / perDegLon, dy = side / perDegLat;
    return {{x0, y0}, {x0 + dx, y0}, {x0 + dx, y0 + dy}, {x0, y0 + dy}};
}

} // namespace

class TestMeasure : public QObject
{
    Q_OBJECT

private slots:
    void oneDegreeOfLatitudeNear45NorthIsAbout111132Metres()
    {
        const Ring meridian{{9.19, 44.5}, {9.19, 45.5}};
        const double measured = lineLength(meridian);
        QVERIFY2(std::abs(measured - 111132) < 2, qPrintable(QString::number(measured, 'f', 3)));
        const double reference = vincenty(meridian[0], meridian[1]);
        QVERIFY2(std::abs(measured - reference) / reference < 1e-5,
                 qPrintable(QStringLiteral("%1 vs Vincenty %2").arg(measured, 0, 'f', 3).arg(reference, 0, 'f', 3)));
    }

    void distanceMatchesTheGeodesicWithin0_01Percent_data()
    {
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("lat2");
        QTest::newRow("1 km east along a parallel in Milan") << 9.18 << 45.46 << 9.1928 << 45.46;
        QTest::newRow("2 km diagonal") << 9.10 << 45.40 << 9.115 << 45.413;
        QTest::newRow("one metre") << 9.2 << 45.5 << 9.2000100 << 45.5000050;
        QTest::newRow("10 km at the equator") << 0.0 << 0.0 << 0.0898 << 0.0;
        QTest::newRow("5 km in Lapland") << 25.0 << 68.0 << 25.1 << 68.01;
        QTest::newRow("southern hemisphere") << -58.4 << -34.6 << -58.38 << -34.61;
    }

    void distanceMatchesTheGeodesicWithin0_01Percent()
    {
        QFETCH(double, lon1);
        QFETCH(double, lat1);
        QFETCH(double, lon2);
        QFETCH(double, lat2);
        const Coord a{lon1, lat1}, b{lon2, lat2};
        const double d = distance(a, b);
        const double reference = vincenty(a, b);
        QVERIFY(reference > 0);
        QVERIFY2(std::abs(d - reference) / reference < 1e-4,
                 qPrintable(QStringLiteral("%1 vs Vincenty %2").arg(d, 0, 'f', 4).arg(reference, 0, 'f', 4)));
        QCOMPARE(distance(b, a), d);
        QCOMPARE(distance(a, a), 0.0);
    }

    void lineLengthIsTheSumOfItsSegments()
    {
        const Ring walk{{9.180, 45.460}, {9.185, 45.462}, {9.187, 45.459}, {9.190, 45.461}, {9.189, 45.466}};
        double reference = 0;
        for (size_t i = 1; i < walk.size(); ++i)
            reference += vincenty(walk[i - 1], walk[i]);
        QVERIFY(std::abs(lineLength(walk) - reference) / reference < 1e-4);
        QCOMPARE(lineLength({}), 0.0);
        QCOMPARE(lineLength({walk[0]}), 0.0);
        // Going back over the same path doubles the length.
        Ring backAndForth = walk;
        for (auto it = walk.rbegin() + 1; it != walk.rend(); ++it)
            backAndForth.push_back(*it);
        QVERIFY(std::abs(lineLength(backAndForth) - 2 * lineLength(walk)) < 1e-6);
    }

    void aHundredMetreSquareInMilanIsOneHectare()
    {
        const Ring square = metricSquare(9.19, 45.46, 100);
        // The square really is 100 m a side by the independent formula.
        for (size_t i = 0; i < square.size(); ++i)
            QVERIFY(std::abs(vincenty(square[i], square[(i + 1) % square.size()]) - 100) < 0.01);
        const double area = ringArea(square);
        QVERIFY2(std::abs(area - 10000) / 10000 < 1e-3, qPrintable(QString::number(area, 'f', 3)));
        // Closed or open, clockwise or not: the same area.
        QCOMPARE(ringArea(closed(square)), area);
        QVERIFY(std::abs(ringArea(reversed(square)) - area) < 1e-6);
        QCOMPARE(polygonArea({square}), area);
    }

    void areaMatchesTheEllipsoidForASiteAFewKilometresAcross_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("span");
        QTest::newRow("Milan, 1 km") << 9.15 << 45.45 << 0.013;
        QTest::newRow("Milan, 4 km") << 9.10 << 45.40 << 0.05;
        QTest::newRow("equator, 2 km") << 10.0 << -0.01 << 0.02;
        QTest::newRow("far north, 3 km") << 25.0 << 68.0 << 0.03;
    }

    void areaMatchesTheEllipsoidForASiteAFewKilometresAcross()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, span);
        const Ring rect{{lon, lat}, {lon + span, lat}, {lon + span, lat + span}, {lon, lat + span}};
        const double reference = rectangleArea(lon, lat, lon + span, lat + span);
        const double area = ringArea(rect);
        QVERIFY2(std::abs(area - reference) / reference < 1e-3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(area, 0, 'f', 1).arg(reference, 0, 'f', 1)));
    }

    void aHoleIsSubtractedFromTheArea()
    {
        const Ring outer = metricSquare(9.19, 45.46, 100);
        const Ring hole = metricSquare(9.19, 45.46, 40, 30, 30);
        const double expected = ringArea(outer) - ringArea(hole);
        QVERIFY(std::abs(ringArea(hole) - 1600) / 1600 < 1e-3);
        const double area = polygonArea({closed(outer), closed(reversed(hole))});
        QVERIFY2(std::abs(area - expected) < 1e-6, qPrintable(QString::number(area, 'f', 3)));
        QVERIFY(std::abs(area - 8400) / 8400 < 1e-3);
        // Two holes take away both.
        const Ring hole2 = metricSquare(9.19, 45.46, 10, 5, 5);
        QVERIFY(std::abs(polygonArea({outer, hole, hole2}) - (expected - ringArea(hole2))) < 1e-6);
        QCOMPARE(polygonArea({}), 0.0);
    }

    void degenerateRingsHaveNoArea()
    {
        QCOMPARE(ringArea({}), 0.0);
        QCOMPARE(ringArea({{9, 45}, {9.001, 45}}), 0.0);
        QVERIFY(ringArea({{9, 45}, {9.001, 45}, {9.002, 45}}) < 1e-6); // collinear
    }

    void selfIntersectionIsFoundOnlyInCrossingRings_data()
    {
        QTest::addColumn<Ring>("ring");
        QTest::addColumn<bool>("crosses");
        const Ring bowTie{{9.0, 45.0}, {9.01, 45.01}, {9.01, 45.0}, {9.0, 45.01}};
        const Ring convex{{9.0, 45.0}, {9.01, 45.0}, {9.012, 45.008}, {9.005, 45.012}, {8.998, 45.007}};
        // An L-shaped (concave) site: a reflex vertex must not be mistaken for a crossing.
        const Ring concave{{9.0, 45.0}, {9.02, 45.0}, {9.02, 45.005}, {9.005, 45.005}, {9.005, 45.02}, {9.0, 45.02}};
        // A star-like arrow with several reflex vertices.
        const Ring arrow{{9.0, 45.0}, {9.01, 45.004}, {9.02, 45.0}, {9.016, 45.01}, {9.02, 45.02}, {9.01, 45.014},
                         {9.0, 45.02}, {9.004, 45.01}};
        // A figure eight made of more vertices: the crossing is between edges far apart in the ring.
        const Ring eight{{9.0, 45.0}, {9.01, 45.0}, {9.01, 45.01}, {9.0, 45.02}, {9.0, 45.03}, {9.01, 45.03},
                         {9.01, 45.02}, {9.0, 45.01}};
        QTest::newRow("bow-tie, open") << bowTie << true;
        QTest::newRow("bow-tie, closed") << closed(bowTie) << true;
        QTest::newRow("figure eight, open") << eight << true;
        QTest::newRow("figure eight, closed") << closed(eight) << true;
        QTest::newRow("convex, open") << convex << false;
        QTest::newRow("convex, closed") << closed(convex) << false;
        QTest::newRow("convex, clockwise") << reversed(convex) << false;
        QTest::newRow("L-shape, open") << concave << false;
        QTest::newRow("L-shape, closed") << closed(concave) << false;
        QTest::newRow("arrow, open") << arrow << false;
        QTest::newRow("arrow, closed") << closed(arrow) << false;
        QTest::newRow("triangle") << Ring{{9.0, 45.0}, {9.01, 45.0}, {9.0, 45.01}} << false;
    }

    void selfIntersectionIsFoundOnlyInCrossingRings()
    {
        QFETCH(Ring, ring);
        QFETCH(bool, crosses);
        QCOMPARE(ringSelfIntersects(ring), crosses);
        // Where the ring starts does not matter.
        Ring rotated = ring;
        if (rotated.front() == rotated.back())
            rotated.pop_back();
        std::rotate(rotated.begin(), rotated.begin() + 1, rotated.end());
        QCOMPARE(ringSelfIntersects(rotated), crosses);
    }
};

QTEST_GUILESS_MAIN(TestMeasure)
#include "tst_measure.moc"
