#include "editgateway.h"
#include "featurelocator.h"
#include "language.h"
#include "mapmath.h"
#include "project.h"
#include "testsupport.h"

#include <QtTest>

#include <cmath>

using namespace territori::store;
using namespace territori::map;

class TestFeatureLocator : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_tmp = nullptr;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditGateway> m_gw;

    static constexpr double kZoom = 17;
    static constexpr double kEarthRadius = 6378137.0;

    static Ring squareRing(double x, double y, double s)
    {
        return {{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}};
    }

    // Degrees of longitude for `px` screen pixels at a latitude and zoom, through the ground metres a pixel covers.
    static double lonDegreesForPixels(double px, double lat, double zoom)
    {
        const double metres = px * metresPerPixel(lat, zoom);
        return metres / (kEarthRadius * std::cos(lat * M_PI / 180.0)) * 180.0 / M_PI;
    }

    QString addSite(const Geometry &g, const QString &name = QStringLiteral("Ex Falck"))
    {
        NewFeature nf;
        nf.geometry = g;
        nf.attributes = {{"nome", name}, {"comune", "Milano"}};
        const EditResult r = m_gw->insert("siti", nf);
        if (!r.ok)
            qWarning() << r.message;
        return r.uuid;
    }

    QString addPoint(const Coord &c, const QString &name = QStringLiteral("Pozzo"))
    {
        NewFeature nf;
        nf.geometry = Geometry::point(c);
        nf.attributes = {{"nome", name}};
        const EditResult r = m_gw->insert("punti", nf);
        if (!r.ok)
            qWarning() << r.message;
        return r.uuid;
    }

    std::vector<Hit> tap(const Coord &at, double tolerancePx = 24, double zoom = kZoom, int limit = 10,
                         const QStringList &layers = {"punti", "siti"})
    {
        return identify(*m_project, layers, at, zoom, tolerancePx, limit);
    }

private slots:
    void init()
    {
        setUiLanguage("en");
        m_tmp = new QTemporaryDir;
        m_project = Project::create(m_tmp->path(), territori::testing::smallDefinition());
        m_gw = std::make_unique<EditGateway>(*m_project, EditContext{"Giulia Rossi", "tablet-07"});
    }

    void cleanup()
    {
        m_gw.reset();
        m_project.reset();
        delete m_tmp;
    }

    void tapInsideAPolygonHitsIt()
    {
        const QString uuid = addSite(Geometry::polygon(squareRing(9.20, 45.50, 0.002)));
        addSite(Geometry::polygon(squareRing(9.25, 45.50, 0.002)), "Altro");
        const auto hits = tap({9.201, 45.501});
        QCOMPARE(int(hits.size()), 1);
        QCOMPARE(hits[0].layer, QStringLiteral("siti"));
        QCOMPARE(hits[0].uuid, uuid);
        QCOMPARE(hits[0].label, QStringLiteral("Ex Falck"));
        QCOMPARE(hits[0].distancePx, 0.0);
    }

    void tapJustOutsideHitsWithinTheTolerance()
    {
        const QString uuid = addSite(Geometry::polygon(squareRing(9.20, 45.50, 0.002)));
        const double lat = 45.501;
        const double tenPx = lonDegreesForPixels(10, lat, kZoom);
        QVERIFY(tenPx > 0 && tenPx < 0.001);

        const auto near = tap({9.202 + tenPx, lat}, 24);
        QCOMPARE(int(near.size()), 1);
        QCOMPARE(near[0].uuid, uuid);
        QVERIFY2(std::abs(near[0].distancePx - 10) < 0.1, qPrintable(QString::number(near[0].distancePx)));

        // The same tap with a tolerance smaller than the gap misses, and so does a tap 40 px out.
        QVERIFY(tap({9.202 + tenPx, lat}, 5).empty());
        QVERIFY(tap({9.202 + lonDegreesForPixels(40, lat, kZoom), lat}, 24).empty());
        // West of the west edge too.
        QCOMPARE(int(tap({9.20 - tenPx, lat}, 24).size()), 1);
        // North of the north edge, near the end of the tolerance: metres on the ground are degrees of latitude.
        const double twentyPxNorth = 20 * metresPerPixel(45.502, kZoom) / kEarthRadius * 180.0 / M_PI;
        const auto north = tap({9.201, 45.502 + twentyPxNorth}, 24);
        QCOMPARE(int(north.size()), 1);
        QVERIFY2(std::abs(north[0].distancePx - 20) < 0.2, qPrintable(QString::number(north[0].distancePx)));
        QVERIFY(tap({9.201, 45.502 + twentyPxNorth}, 16).empty());
    }

    void toleranceIsInScreenPixelsAtTheCurrentZoom()
    {
        addSite(Geometry::polygon(squareRing(9.20, 45.50, 0.002)));
        // 200 m east of the site: hundreds of pixels apart at zoom 18, a few pixels at zoom 12.
        const double lat = 45.501;
        const double offset = 200.0 / (kEarthRadius * std::cos(lat * M_PI / 180.0)) * 180.0 / M_PI;
        QVERIFY(200.0 / metresPerPixel(lat, 18) > 24);
        QVERIFY(200.0 / metresPerPixel(lat, 12) < 24);
        QVERIFY(tap({9.202 + offset, lat}, 24, 18).empty());
        const auto far = tap({9.202 + offset, lat}, 24, 12);
        QCOMPARE(int(far.size()), 1);
        QVERIFY(std::abs(far[0].distancePx - 200.0 / metresPerPixel(lat, 12)) < 0.1);
    }

    void aPointOnAPolygonIsRankedFirst()
    {
        const QString site = addSite(Geometry::polygon(squareRing(9.20, 45.50, 0.002)));
        // The point is a few pixels from the tap, the polygon is under it: the point still wins.
        const QString well = addPoint({9.201, 45.501});
        const double fivePx = lonDegreesForPixels(5, 45.501, kZoom);
        for (const QStringList &order : {QStringList{"siti", "punti"}, QStringList{"punti", "siti"}}) {
            const auto hits = tap({9.201 + fivePx, 45.501}, 24, kZoom, 10, order);
            QCOMPARE(int(hits.size()), 2);
            QCOMPARE(hits[0].layer, QStringLiteral("punti"));
            QCOMPARE(hits[0].uuid, well);
            QVERIFY(std::abs(hits[0].distancePx - 5) < 0.1);
            QCOMPARE(hits[1].uuid, site);
        }
    }

    void nearerFeaturesOfTheSameKindComeFirst()
    {
        const QString a = addPoint({9.201, 45.501}, "A");
        const QString b = addPoint({9.201 + lonDegreesForPixels(6, 45.501, kZoom), 45.501}, "B");
        const auto hits = tap({9.201 + lonDegreesForPixels(5, 45.501, kZoom), 45.501});
        QCOMPARE(int(hits.size()), 2);
        QCOMPARE(hits[0].uuid, b);
        QCOMPARE(hits[1].uuid, a);
        QVERIFY(hits[0].distancePx < hits[1].distancePx);
    }

    void tapInsideAHoleIsNotAHit()
    {
        // A courtyard 0.002 degrees wide (~190 px at zoom 17): its centre is far from every edge.
        const QString uuid = addSite(
            Geometry::polygon(squareRing(9.20, 45.50, 0.004), {squareRing(9.201, 45.501, 0.002)}));
        QVERIFY(tap({9.202, 45.502}).empty());
        // Between the hole and the outer ring the building is hit.
        const auto wall = tap({9.2005, 45.502});
        QCOMPARE(int(wall.size()), 1);
        QCOMPARE(wall[0].uuid, uuid);
        QCOMPARE(wall[0].distancePx, 0.0);
        // Near the hole's edge, from inside the hole, the tolerance still catches the building.
        const auto edge = tap({9.201 + lonDegreesForPixels(10, 45.502, kZoom), 45.502});
        QCOMPARE(int(edge.size()), 1);
        QVERIFY(std::abs(edge[0].distancePx - 10) < 0.1);
    }

    void resultsRespectTheLimit()
    {
        for (int i = 0; i < 5; ++i)
            addPoint({9.201, 45.501}, QStringLiteral("P%1").arg(i));
        QCOMPARE(int(tap({9.201, 45.501}).size()), 5);
        QCOMPARE(int(tap({9.201, 45.501}, 24, kZoom, 3).size()), 3);
        QCOMPARE(int(tap({9.201, 45.501}, 24, kZoom, 1).size()), 1);
        QVERIFY(tap({9.201, 45.501}, 24, kZoom, 0).empty());
    }

    void layersNotListedAreIgnored()
    {
        addSite(Geometry::polygon(squareRing(9.20, 45.50, 0.002)));
        addPoint({9.201, 45.501});
        const auto sitesOnly = tap({9.201, 45.501}, 24, kZoom, 10, {"siti"});
        QCOMPARE(int(sitesOnly.size()), 1);
        QCOMPARE(sitesOnly[0].layer, QStringLiteral("siti"));
        const auto pointsOnly = tap({9.201, 45.501}, 24, kZoom, 10, {"punti", "nessuno"});
        QCOMPARE(int(pointsOnly.size()), 1);
        QCOMPARE(pointsOnly[0].layer, QStringLiteral("punti"));
        QVERIFY(tap({9.201, 45.501}, 24, kZoom, 10, {}).empty());
    }

    void ringContainsFollowsTheBoundary()
    {
        const Ring square = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
        QVERIFY(ringContains(square, {0.5, 0.5}));
        QVERIFY(!ringContains(square, {1.5, 0.5}));
        QVERIFY(!ringContains(square, {0.5, -0.1}));
        // Open rings and either winding work the same.
        const Ring openReversed = {{0, 1}, {1, 1}, {1, 0}, {0, 0}};
        QVERIFY(ringContains(openReversed, {0.5, 0.5}));
        QVERIFY(!ringContains(openReversed, {-0.5, 0.5}));
        // The notch of an L is outside.
        const Ring ell = {{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}, {0, 0}};
        QVERIFY(ringContains(ell, {0.5, 1.5}));
        QVERIFY(ringContains(ell, {1.5, 0.5}));
        QVERIFY(!ringContains(ell, {1.5, 1.5}));
        QVERIFY(!ringContains(Ring{}, {0, 0}));
    }

    void pointSegmentDistanceMeasuresToTheNearestPoint()
    {
        QCOMPARE(pointSegmentDistance({0, 1}, {-1, 0}, {1, 0}), 1.0);  // over the middle
        QCOMPARE(pointSegmentDistance({3, 0}, {-1, 0}, {1, 0}), 2.0);  // beyond an end
        QCOMPARE(pointSegmentDistance({4, 4}, {0, 0}, {1, 0}), 5.0);   // diagonal from the end
        QCOMPARE(pointSegmentDistance({3, 4}, {0, 0}, {0, 0}), 5.0);   // a segment of no length
        QCOMPARE(pointSegmentDistance({0.5, 0}, {0, 0}, {1, 0}), 0.0); // on it
        QVERIFY(std::abs(pointSegmentDistance({0, 1}, {-1, -1}, {1, 1}) - std::sqrt(0.5)) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestFeatureLocator)
#include "tst_featurelocator.moc"
