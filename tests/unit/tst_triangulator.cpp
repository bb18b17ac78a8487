#include "triangulator.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using territori::map::flatten;
using territori::map::triangulate;

namespace {

using Rings = std::vector<std::vector<double>>;

// Twice the signed area, relative to the first vertex so that large offsets do not eat the precision.
double signedArea2(const std::vector<double> &ring)
{
    size_t n = ring.size() / 2;
    if (n >= 2 && ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1]) --n;
    double sum = 0;
    for (size_t k = 1; k + 1 < n; ++k)
        sum += (ring[2 * k] - ring[0]) * (ring[2 * k + 3] - ring[1]) -
               (ring[2 * k + 1] - ring[1]) * (ring[2 * k + 2] - ring[0]);
    return sum;
}

double polygonArea(const Rings &rings)
{
    double area = std::fabs(signedArea2(rings[0])) / 2;
    for (size_t r = 1; r < rings.size(); ++r)
        area -= std::fabs(signedArea2(rings[r])) / 2;
    return area;
}

double triangleArea2(const std::vector<double> &v, uint32_t a, uint32_t b, uint32_t c)
{
    return (v[2 * b] - v[2 * a]) * (v[2 * c + 1] - v[2 * a + 1]) -
           (v[2 * b + 1] - v[2 * a + 1]) * (v[2 * c] - v[2 * a]);
}

std::vector<double> reversedRing(const std::vector<double> &ring)
{
    std::vector<double> out;
    for (size_t k = ring.size() / 2; k-- > 0;) {
        out.push_back(ring[2 * k]);
        out.push_back(ring[2 * k + 1]);
    }
    return out;
}

std::vector<double> circle(double cx, double cy, double r, int n, double phase = 0)
{
    std::vector<double> out;
    for (int k = 0; k < n; ++k) {
        const double a = phase + 2 * M_PI * k / n;
        out.push_back(cx + r * std::cos(a));
        out.push_back(cy + r * std::sin(a));
    }
    return out;
}

int totalVertices(const Rings &rings)
{
    return static_cast<int>(flatten(rings).size() / 2);
}

// Empty string when the triangulation is structurally valid: whole triangles, indices in range.
QString checkIndices(const std::vector<uint32_t> &idx, uint32_t vertexCount)
{
    if (idx.size() % 3 != 0) return QStringLiteral("index count %1 is not a multiple of 3").arg(idx.size());
    for (size_t k = 0; k < idx.size(); ++k)
        if (idx[k] >= vertexCount)
            return QStringLiteral("index %1 out of range (vertex count %2)").arg(idx[k]).arg(vertexCount);
    return {};
}

// Full check for a valid simple polygon: valid indices, every triangle non-degenerate and with the same (positive)
// orientation, areas adding up to the polygon's, and, when given, the exact triangle count.
QString checkSimple(const Rings &rings, int expectedTriangles = -1)
{
    std::vector<uint32_t> idx;
    uint32_t vertexCount = 0;
    if (!triangulate(rings, idx, &vertexCount)) return QStringLiteral("triangulate() returned false");
    const std::vector<double> verts = flatten(rings);
    if (vertexCount != verts.size() / 2)
        return QStringLiteral("vertexCount %1, flatten() has %2").arg(vertexCount).arg(verts.size() / 2);
    const QString err = checkIndices(idx, vertexCount);
    if (!err.isEmpty()) return err;
    double sum = 0;
    for (size_t t = 0; t < idx.size(); t += 3) {
        const double a2 = triangleArea2(verts, idx[t], idx[t + 1], idx[t + 2]);
        if (!(a2 > 0)) return QStringLiteral("triangle %1 has signed area %2").arg(t / 3).arg(a2 / 2);
        sum += a2 / 2;
    }
    const double expected = polygonArea(rings);
    if (std::fabs(sum - expected) > 1e-9 * std::fabs(expected))
        return QStringLiteral("triangle areas sum to %1, polygon area is %2")
            .arg(sum, 0, 'g', 17)
            .arg(expected, 0, 'g', 17);
    if (expectedTriangles >= 0 && static_cast<int>(idx.size() / 3) != expectedTriangles)
        return QStringLiteral("%1 triangles, expected %2").arg(idx.size() / 3).arg(expectedTriangles);
    return {};
}

// n - 2 + 2 * holes, the count for a simple polygon with simple holes and no collinear runs.
int simpleCount(const Rings &rings)
{
    return totalVertices(rings) - 2 + 2 * (static_cast<int>(rings.size()) - 1);
}

} // namespace

class TestTriangulator : public QObject
{
    Q_OBJECT

private slots:
    void square()
    {
        const Rings rings{{0, 0, 1, 0, 1, 1, 0, 1}};
        const QString err = checkSimple(rings, 2);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void lShape()
    {
        const Rings rings{{0, 0, 4, 0, 4, 1, 1, 1, 1, 3, 0, 3}};
        const QString err = checkSimple(rings, 4);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void comb()
    {
        // Teeth of different heights pointing up from a base: many reflex vertices, few ears at any time. The wide
        // comb goes over 80 vertices and through the z-order hashed ear test.
        for (int teeth : {10, 60}) {
            std::vector<double> ring{0, 0, 2.0 * teeth + 1, 0};
            for (int t = teeth; t >= 0; --t) {
                const double height = 3 + (t % 3);
                ring.insert(ring.end(), {2.0 * t + 1, height, 2.0 * t, height});
                if (t > 0) ring.insert(ring.end(), {2.0 * t, 1.0 + 0.01 * t, 2.0 * t - 1, 1.0 + 0.01 * t});
            }
            const Rings rings{ring};
            const QString err = checkSimple(rings, simpleCount(rings));
            QVERIFY2(err.isEmpty(), qPrintable(QStringLiteral("%1 teeth: %2").arg(teeth).arg(err)));
        }
    }

    void oneHole()
    {
        const Rings rings{{0, 0, 10, 0.5, 9.5, 10, 0.3, 9}, {3, 3.2, 3.4, 6.1, 6.2, 5.7, 5.8, 2.9}};
        const QString err = checkSimple(rings, simpleCount(rings));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void severalHoles()
    {
        // Two holes share their leftmost x, one sits right behind another: bridges must not cross merged holes.
        const Rings rings{{0, 0, 20, 0.3, 20.5, 12, -0.4, 11.6},
                          {2, 2, 4.1, 2.2, 3.7, 4.3},
                          {2, 6, 3.9, 6.4, 4.2, 8.9, 2.6, 9.2},
                          {5, 5.1, 7.3, 4.4, 6.8, 6.6},
                          {9.1, 1.5, 18.2, 1.9, 17.8, 10.3, 9.6, 10.1, 12.4, 6.2}};
        const QString err = checkSimple(rings, simpleCount(rings));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void manyHolesHashed()
    {
        // Over 80 vertices switches to the z-order hashed ear test; holes must work there too.
        Rings rings{circle(0, 0, 100, 240, 0.01)};
        for (int h = 0; h < 6; ++h)
            rings.push_back(reversedRing(circle(-60 + 24 * h, 7.0 * (h % 3) - 7, 8, 16, 0.3 * h)));
        const QString err = checkSimple(rings, simpleCount(rings));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void collinearPoints()
    {
        // Vertices in the middle of edges: no zero-area triangles, area preserved.
        const Rings rings{{0, 0, 1, 0, 2, 0, 3, 0, 3, 1, 3, 2, 2, 2, 1, 2, 0, 2, 0, 1}};
        const QString err = checkSimple(rings);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        std::vector<uint32_t> idx;
        QVERIFY(triangulate(rings, idx));
        QVERIFY(idx.size() / 3 <= 10 - 2);

        const Rings withHole{{0, 0, 2, 0, 4, 0, 4, 2, 4, 4, 2, 4, 0, 4, 0, 2}, {1, 1, 1, 2, 1, 3, 3, 3, 3, 1}};
        const QString err2 = checkSimple(withHole);
        QVERIFY2(err2.isEmpty(), qPrintable(err2));
    }

    void duplicateConsecutivePoints()
    {
        const Rings rings{{0, 0, 0, 0, 4, 0, 4, 0, 4, 0, 4, 1, 1, 1, 1, 1, 1, 3, 0, 3}};
        const QString err = checkSimple(rings);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        std::vector<uint32_t> idx;
        uint32_t n = 0;
        QVERIFY(triangulate(rings, idx, &n));
        QCOMPARE(n, 10u);
        QVERIFY(idx.size() / 3 <= 4);
    }

    void closedVsOpen()
    {
        const std::vector<double> outer{0, 0, 4, 0, 4, 1, 1, 1, 1, 3, 0, 3};
        const std::vector<double> hole{0.2, 0.2, 0.3, 0.7, 0.6, 0.5};
        auto closed = [](std::vector<double> r) {
            r.push_back(r[0]);
            r.push_back(r[1]);
            return r;
        };
        std::vector<uint32_t> open, shut;
        uint32_t nOpen = 0, nShut = 0;
        QVERIFY(triangulate({outer, hole}, open, &nOpen));
        QVERIFY(triangulate({closed(outer), closed(hole)}, shut, &nShut));
        QCOMPARE(nOpen, 9u);
        QCOMPARE(nShut, 9u);
        QCOMPARE(shut, open); // same index space, so the very same triangles
        QCOMPARE(flatten({closed(outer), closed(hole)}), flatten({outer, hole}));
        const QString err = checkSimple({closed(outer), closed(hole)}, 9 - 2 + 2);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void windingOrder()
    {
        const std::vector<double> ccw{0, 0, 4, 0, 4, 1, 1, 1, 1, 3, 0, 3};
        const std::vector<double> hole{0.2, 0.2, 0.6, 0.5, 0.3, 0.7};
        QVERIFY(signedArea2(ccw) > 0);
        const Rings variants[] = {{ccw},
                                  {reversedRing(ccw)},
                                  {ccw, hole},
                                  {ccw, reversedRing(hole)},
                                  {reversedRing(ccw), hole},
                                  {reversedRing(ccw), reversedRing(hole)}};
        for (const Rings &rings : variants) {
            const QString err = checkSimple(rings, simpleCount(rings));
            QVERIFY2(err.isEmpty(), qPrintable(err));
        }
    }

    void degenerate_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("no rings") << 0;
        QTest::newRow("empty outer ring") << 1;
        QTest::newRow("two points") << 2;
        QTest::newRow("two points closed") << 3;
        QTest::newRow("three collinear") << 4;
        QTest::newRow("all collinear") << 5;
        QTest::newRow("back and forth") << 6;
        QTest::newRow("all identical") << 7;
        QTest::newRow("NaN in outer") << 8;
        QTest::newRow("inf in outer") << 9;
        QTest::newRow("NaN in hole") << 10;
        QTest::newRow("hole only, empty outer") << 11;
        QTest::newRow("two distinct points repeated") << 12;
    }

    void degenerate()
    {
        QFETCH(int, which);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const Rings cases[] = {
            {},
            {{}},
            {{0, 0, 1, 1}},
            {{0, 0, 1, 1, 0, 0}},
            {{0, 0, 1, 1, 2, 2}},
            {{0, 0, 1, 1, 2, 2, 3, 3, 7, 7, -5, -5}},
            {{0, 0, 1, 0, 2, 0, 1, 0}},
            {{3, 3, 3, 3, 3, 3, 3, 3}},
            {{0, 0, 1, 0, nan, 1, 0, 1}},
            {{0, 0, inf, 0, 1, 1, 0, 1}},
            {{0, 0, 10, 0, 10, 10, 0, 10}, {1, 1, 2, nan, 2, 2}},
            {{}, {0, 0, 1, 0, 1, 1}},
            {{0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1}},
        };
        std::vector<uint32_t> idx{7, 8, 9};
        QVERIFY(!triangulate(cases[which], idx));
        QCOMPARE(idx, (std::vector<uint32_t>{7, 8, 9}));
    }

    void bowTie()
    {
        // Self-intersecting, lobes of different size so the signed area is not zero.
        const Rings variants[] = {{{0, 0, 4, 3, 4, 0, 0, 1}},
                                  {{0, 0, 2, 2, 2, 0, 0, 2}},
                                  {{0, 0, 10, 10, 10, 0, 0, 10, 0, 0, 5, 5}},
                                  {{0, 0, 4, 3, 4, 0, 0, 1}, {0.5, 0.2, 0.8, 0.3, 0.6, 0.4}}};
        for (const Rings &rings : variants) {
            std::vector<uint32_t> idx{42};
            uint32_t n = 0;
            const bool ok = triangulate(rings, idx, &n);
            QCOMPARE(idx.front(), 42u);
            idx.erase(idx.begin());
            const QString err = checkIndices(idx, n);
            QVERIFY2(err.isEmpty(), qPrintable(err));
            QCOMPARE(ok, !idx.empty());
        }
        std::vector<uint32_t> idx;
        QVERIFY(triangulate(variants[0], idx));
    }

    void randomStar5000()
    {
        std::mt19937 rng(12345);
        std::uniform_real_distribution<double> angle(0, 2 * M_PI), radius(0.5, 1.5);
        std::vector<double> angles(5000);
        for (double &a : angles)
            a = angle(rng);
        std::sort(angles.begin(), angles.end());
        std::vector<double> ring;
        for (double a : angles) {
            const double r = radius(rng);
            ring.push_back(r * std::cos(a));
            ring.push_back(r * std::sin(a));
        }
        const Rings rings{ring};
        const QString err = checkSimple(rings, 5000 - 2);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        // Clockwise input takes the reversal path through the hashed code.
        const QString err2 = checkSimple({reversedRing(ring)}, 5000 - 2);
        QVERIFY2(err2.isEmpty(), qPrintable(err2));
    }

    void touchingAndOutsideHoles()
    {
        // A hole touching the outer ring in a vertex and one touching it along an edge point.
        const Rings touchVertex{{0, 0, 10, 0, 10, 10, 0, 10}, {0, 0, 3, 1, 1, 3}};
        QString err = checkSimple(touchVertex);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const Rings touchEdge{{0, 0, 10, 0, 10, 10, 0, 10}, {0, 5, 3, 4, 3, 6}};
        err = checkSimple(touchEdge);
        QVERIFY2(err.isEmpty(), qPrintable(err));

        // Nothing to the left of this hole: it is ignored and the outer ring triangulated alone.
        const Rings leftOutside{{0, 0, 10, 0, 10, 10, 0, 10}, {-5, 1, -3, 1, -4, 3}};
        std::vector<uint32_t> idx;
        uint32_t n = 0;
        QVERIFY(triangulate(leftOutside, idx, &n));
        QCOMPARE(n, 7u);
        QCOMPARE(idx.size(), size_t(6));
        for (uint32_t i : idx)
            QVERIFY(i < 4);

        // To the right the hole gets bridged through the outside; only validity can be asked for.
        const Rings rightOutside{{0, 0, 10, 0, 10, 10, 0, 10}, {15, 1, 17, 1, 16, 3}};
        idx.clear();
        QVERIFY(triangulate(rightOutside, idx, &n));
        err = checkIndices(idx, n);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void extremeCoordinates()
    {
        // Projected metres far from the origin, and tiny lon/lat footprints.
        const Rings metres{{500000, 4600000, 500100.5, 4600002, 500097, 4600090, 500003, 4600088},
                           {500030, 4600030, 500040, 4600061, 500062, 4600044}};
        QString err = checkSimple(metres, simpleCount(metres));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const Rings lonLat{{12.4922, 41.8902, 12.4925, 41.89021, 12.49248, 41.89043, 12.49221, 41.8904}};
        err = checkSimple(lonLat, 2);
        QVERIFY2(err.isEmpty(), qPrintable(err));

        // Squared differences would overflow or underflow a double here; powers of two keep the check exact.
        for (int exponent : {900, -900}) {
            Rings scaled{{0, 0, 10, 0.5, 9.5, 10, 0.3, 9}, {3, 3.2, 3.4, 6.1, 6.2, 5.7, 5.8, 2.9}};
            for (auto &ring : scaled)
                for (double &v : ring)
                    v = std::ldexp(v, exponent);
            std::vector<uint32_t> idx;
            uint32_t n = 0;
            QVERIFY2(triangulate(scaled, idx, &n), qPrintable(QString::number(exponent)));
            QCOMPARE(idx.size(), size_t(3 * (8 - 2 + 2)));
            err = checkIndices(idx, n);
            QVERIFY2(err.isEmpty(), qPrintable(err));
        }
    }

    void garbageNeverHangs()
    {
        // Random vertices on a coarse grid: self-intersections, duplicates, collinear runs, holes anywhere.
        std::mt19937 rng(777);
        std::uniform_int_distribution<int> coordinate(0, 12), holes(0, 3), small(3, 12), big(81, 200);
        for (int iteration = 0; iteration < 3000; ++iteration) {
            Rings rings;
            const int ringCount = 1 + holes(rng);
            for (int r = 0; r < ringCount; ++r) {
                const int n = (r == 0 && iteration % 10 == 0) ? big(rng) : small(rng);
                std::vector<double> ring;
                for (int k = 0; k < n; ++k) {
                    ring.push_back(coordinate(rng));
                    ring.push_back(coordinate(rng));
                }
                rings.push_back(ring);
            }
            std::vector<uint32_t> idx{1, 2, 3};
            uint32_t n = 0;
            const bool ok = triangulate(rings, idx, &n);
            QCOMPARE(idx[0], 1u);
            idx.erase(idx.begin(), idx.begin() + 3);
            QCOMPARE(ok, !idx.empty());
            const QString err = checkIndices(idx, n);
            QVERIFY2(err.isEmpty(), qPrintable(QStringLiteral("iteration %1: %2").arg(iteration).arg(err)));
        }
    }

    void flattenMatchesIndexSpace()
    {
        const Rings rings{{0, 0, 4, 0, 4, 3, 0, 0}, {}, {1, 1, 2, 1, 2, 2, 7}};
        const std::vector<double> flat = flatten(rings);
        QCOMPARE(flat, (std::vector<double>{0, 0, 4, 0, 4, 3, 1, 1, 2, 1, 2, 2}));
        std::vector<uint32_t> idx;
        uint32_t n = 0;
        QVERIFY(triangulate(rings, idx, &n));
        QCOMPARE(n, 6u);
    }

    void tenThousandSmallPolygons()
    {
        // Generous bound (the target is far below): catches accidental quadratic behaviour, not a benchmark.
        std::vector<Rings> polygons;
        std::mt19937 rng(1);
        std::uniform_real_distribution<double> jitter(0.7, 1.3);
        for (int p = 0; p < 10000; ++p) {
            std::vector<double> ring;
            for (int k = 0; k < 20; ++k) {
                const double a = 2 * M_PI * k / 20, r = jitter(rng);
                ring.push_back(p + r * std::cos(a));
                ring.push_back(r * std::sin(a));
            }
            polygons.push_back({ring});
        }
        std::vector<uint32_t> idx;
        QElapsedTimer timer;
        timer.start();
        for (const Rings &rings : polygons)
            QVERIFY(triangulate(rings, idx));
        const qint64 ms = timer.elapsed();
        QCOMPARE(idx.size(), size_t(10000 * 18 * 3));
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }
};

QTEST_APPLESS_MAIN(TestTriangulator)
#include "tst_triangulator.moc"
