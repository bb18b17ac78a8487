#include "capturecontroller.h"
#include "measure.h"

#include "language.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace territori::core;
using territori::store::Coord;
using territori::store::Geometry;
using territori::store::GeometryType;
using territori::store::Ring;

namespace {

// Metres per degree near Milan, from the spherical approximation: close enough to lay out test fixes a few metres
// apart; the assertions measure with the code's own distance() where exact metres matter.
constexpr double kLat0 = 45.4642, kLon0 = 9.1900;
const double kMetrePerDegLat = 111132.0;
const double kMetrePerDegLon = 111320.0 * std::cos(kLat0 * std::acos(-1.0) / 180.0);

QGeoCoordinate offset(double east, double north)
{
    return QGeoCoordinate(kLat0 + north / kMetrePerDegLat, kLon0 + east / kMetrePerDegLon);
}

QGeoPositionInfo fix(const QGeoCoordinate &c, double accuracy, const QDateTime &when)
{
    QGeoPositionInfo info(c, when);
    if (!std::isnan(accuracy))
        info.setAttribute(QGeoPositionInfo::HorizontalAccuracy, accuracy);
    return info;
}

const QDateTime kT0(QDate(2026, 10, 14), QTime(8, 30), Qt::UTC);

Coord coordOf(const QVariant &v)
{
    const QGeoCoordinate c = v.value<QGeoCoordinate>();
    return {c.longitude(), c.latitude()};
}

double signedArea(const Ring &r)
{
    double a = 0;
    for (size_t i = 0; i + 1 < r.size(); ++i)
        a += r[i].x * r[i + 1].y - r[i + 1].x * r[i].y;
    return a / 2;
}

} // namespace

class TestCaptureController : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaptureController> m_c;

    void tapSquare(double side)
    {
        m_c->addVertex(offset(0, 0));
        m_c->addVertex(offset(side, 0));
        m_c->addVertex(offset(side, side));
        m_c->addVertex(offset(0, side));
    }

private slots:
    void init()
    {
        territori::store::setUiLanguage("en");
        m_c = std::make_unique<CaptureController>();
    }
    void cleanup() { m_c.reset(); }

    void nothingIsDrawnBeforeStart()
    {
        QCOMPARE(m_c->mode(), CaptureController::None);
        m_c->addVertex(offset(0, 0));
        QCOMPARE(m_c->vertexCount(), 0);
        QVERIFY(!m_c->canFinish());
        QVERIFY(m_c->geometry().isEmpty());
        m_c->start("siti", 42); // not a mode
        QCOMPARE(m_c->mode(), CaptureController::None);
    }

    void pointModeKeepsOnlyTheLastTap()
    {
        QSignalSpy mode(m_c.get(), &CaptureController::modeChanged);
        m_c->start("punti", CaptureController::Point);
        QCOMPARE(mode.count(), 1);
        QCOMPARE(m_c->layer(), QStringLiteral("punti"));
        QVERIFY(!m_c->canFinish());
        m_c->addVertex(offset(0, 0));
        m_c->addVertex(offset(10, 20));
        QCOMPARE(m_c->vertexCount(), 1);
        QVERIFY(m_c->canFinish());
        const Geometry g = m_c->geometry();
        QCOMPARE(g.type, GeometryType::Point);
        const QGeoCoordinate last = offset(10, 20);
        QCOMPARE(g.parts[0][0][0], (Coord{last.longitude(), last.latitude()}));
        QCOMPARE(m_c->length(), 0.0);
        QCOMPARE(m_c->area(), 0.0);
        QVERIFY(!m_c->gpsAccuracy());
        QVERIFY(!m_c->gpsFixTime().isValid());
        m_c->addVertex(QGeoCoordinate()); // an invalid coordinate changes nothing
        QCOMPARE(coordOf(m_c->path().at(0)), (Coord{last.longitude(), last.latitude()}));
    }

    void lineVerticesCanBeAddedMovedAndRemoved()
    {
        m_c->start("strade", CaptureController::Line);
        QSignalSpy changed(m_c.get(), &CaptureController::verticesChanged);
        for (int i = 0; i < 4; ++i)
            m_c->addVertex(offset(10 * i, 0));
        QCOMPARE(changed.count(), 4);
        QCOMPARE(m_c->vertexCount(), 4);
        QCOMPARE(m_c->path().size(), 4);

        const QGeoCoordinate moved = offset(10, 30);
        m_c->moveVertex(1, moved);
        QCOMPARE(coordOf(m_c->path().at(1)), (Coord{moved.longitude(), moved.latitude()}));
        QCOMPARE(m_c->vertexCount(), 4);

        m_c->removeVertex(2);
        QCOMPARE(m_c->vertexCount(), 3);
        const QGeoCoordinate third = offset(30, 0);
        QCOMPARE(coordOf(m_c->path().at(2)), (Coord{third.longitude(), third.latitude()}));

        m_c->removeLastVertex();
        QCOMPARE(m_c->vertexCount(), 2);
        QCOMPARE(coordOf(m_c->path().at(1)), (Coord{moved.longitude(), moved.latitude()}));

        // Out-of-range indexes are ignored.
        const int before = changed.count();
        m_c->removeVertex(5);
        m_c->removeVertex(-1);
        m_c->moveVertex(7, offset(0, 0));
        QCOMPARE(m_c->vertexCount(), 2);
        QCOMPARE(changed.count(), before);

        m_c->removeLastVertex();
        m_c->removeLastVertex();
        m_c->removeLastVertex(); // one too many
        QCOMPARE(m_c->vertexCount(), 0);
    }

    void aLineNeedsTwoDistinctVertices()
    {
        m_c->start("strade", CaptureController::Line);
        m_c->addVertex(offset(0, 0));
        QVERIFY(!m_c->canFinish());
        m_c->addVertex(offset(0, 0)); // the same place twice: no length
        QVERIFY(!m_c->canFinish());
        QVERIFY(m_c->geometry().isEmpty());
        m_c->addVertex(offset(25, 0));
        QVERIFY(m_c->canFinish());
        const Geometry g = m_c->geometry();
        QCOMPARE(g.type, GeometryType::LineString);
        QCOMPARE(int(g.parts[0][0].size()), 3);
        QVERIFY(std::abs(m_c->length() - lineLength(g.parts[0][0])) < 1e-9);
        QVERIFY(std::abs(m_c->length() - 25) < 0.1); // the layout approximation, well under the GPS error
        QCOMPARE(m_c->area(), 0.0);
    }

    void aPolygonNeedsThreeVerticesEnclosingAnArea()
    {
        m_c->start("siti", CaptureController::Polygon);
        m_c->addVertex(offset(0, 0));
        m_c->addVertex(offset(10, 0));
        QVERIFY(!m_c->canFinish());
        m_c->addVertex(offset(20, 0)); // collinear
        QVERIFY(!m_c->canFinish());
        QVERIFY(m_c->geometry().isEmpty());
        m_c->moveVertex(2, offset(10, 10));
        QVERIFY(m_c->canFinish());
        QCOMPARE(m_c->geometry().type, GeometryType::Polygon);
    }

    void polygonGeometryIsClosedAndCounterClockwise_data()
    {
        QTest::addColumn<bool>("clockwise");
        QTest::newRow("drawn counter-clockwise") << false;
        QTest::newRow("drawn clockwise") << true;
    }

    void polygonGeometryIsClosedAndCounterClockwise()
    {
        QFETCH(bool, clockwise);
        m_c->start("siti", CaptureController::Polygon);
        std::vector<QGeoCoordinate> corners{offset(0, 0), offset(40, 0), offset(40, 30), offset(0, 30)};
        if (clockwise)
            std::reverse(corners.begin(), corners.end());
        for (const auto &c : corners)
            m_c->addVertex(c);
        const Geometry g = m_c->geometry();
        QCOMPARE(g.type, GeometryType::Polygon);
        const Ring &outer = g.parts[0][0];
        QCOMPARE(int(outer.size()), 5);
        QCOMPARE(outer.front(), outer.back());
        QVERIFY(signedArea(outer) > 0);
        // Every vertex drawn is in the ring.
        for (const auto &c : corners)
            QVERIFY(std::find(outer.begin(), outer.end(), Coord{c.longitude(), c.latitude()}) != outer.end());
        // What the map shows keeps the drawing order.
        QCOMPARE(coordOf(m_c->path().at(1)), (Coord{corners[1].longitude(), corners[1].latitude()}));
    }

    void liveLengthIsThePerimeterAndAreaFollowsTheVertices()
    {
        m_c->start("siti", CaptureController::Polygon);
        QSignalSpy changed(m_c.get(), &CaptureController::verticesChanged);
        tapSquare(50);
        Ring ring;
        for (const auto &v : m_c->path())
            ring.push_back(coordOf(v));
        Ring closedRing = ring;
        closedRing.push_back(ring.front());
        QVERIFY(std::abs(m_c->length() - lineLength(closedRing)) < 1e-9);
        QVERIFY(std::abs(m_c->length() - 200) < 0.5);
        QVERIFY(std::abs(m_c->area() - ringArea(ring)) < 1e-9);
        QVERIFY(std::abs(m_c->area() - 2500) / 2500 < 0.01);
        const double areaBefore = m_c->area();
        m_c->removeLastVertex(); // a triangle: half the square
        QVERIFY(std::abs(m_c->area() - areaBefore / 2) / areaBefore < 1e-3);
        QCOMPARE(changed.count(), 5);
        QVERIFY(!m_c->selfIntersects());
    }

    void crossingEdgesAreFlagged()
    {
        m_c->start("siti", CaptureController::Polygon);
        m_c->addVertex(offset(0, 0));
        m_c->addVertex(offset(10, 10));
        m_c->addVertex(offset(10, 0));
        m_c->addVertex(offset(0, 10));
        QVERIFY(m_c->selfIntersects());
        m_c->moveVertex(1, offset(10, 0));
        m_c->moveVertex(2, offset(10, 10));
        QVERIFY(!m_c->selfIntersects());
    }

    void gpsAveragingUsesOnlyFixesWithinTheThreshold()
    {
        m_c->start("punti", CaptureController::Point);
        m_c->setAccuracyThreshold(5);
        m_c->setAveragingCount(3);
        QSignalSpy rejected(m_c.get(), &CaptureController::fixRejected);
        QSignalSpy added(m_c.get(), &CaptureController::gpsVertexAdded);
        m_c->captureFromGps();
        QCOMPARE(m_c->gpsState(), CaptureController::GpsAveraging);

        const QGeoCoordinate a = offset(0, 0), b = offset(2, 1), c = offset(1, 3);
        const QGeoCoordinate faraway = offset(300, -200);
        m_c->onPosition(fix(a, 2, kT0));
        m_c->onPosition(fix(faraway, 12, kT0.addSecs(1)));        // too inaccurate
        m_c->onPosition(fix(b, 4, kT0.addSecs(2)));
        m_c->onPosition(fix(faraway, std::nan(""), kT0.addSecs(3))); // accuracy unknown
        QCOMPARE(rejected.count(), 2);
        QCOMPARE(rejected.at(0).at(0).toDouble(), 12.0);
        QVERIFY(std::isnan(rejected.at(1).at(0).toDouble()));
        QCOMPARE(m_c->fixesRejected(), 2);
        QCOMPARE(m_c->fixesCollected(), 2);
        QCOMPARE(m_c->vertexCount(), 0);
        QCOMPARE(added.count(), 0);

        const QDateTime lastTime = kT0.addSecs(4);
        m_c->onPosition(fix(c, 3, lastTime));
        QCOMPARE(added.count(), 1);
        QCOMPARE(m_c->gpsState(), CaptureController::GpsIdle);
        QCOMPARE(m_c->vertexCount(), 1);
        const Coord got = coordOf(m_c->path().at(0));
        const Coord mean{(a.longitude() + b.longitude() + c.longitude()) / 3,
                         (a.latitude() + b.latitude() + c.latitude()) / 3};
        QVERIFY2(distance(got, mean) < 1e-6, qPrintable(QString::number(distance(got, mean))));
        QVERIFY(m_c->gpsAccuracy());
        QCOMPARE(*m_c->gpsAccuracy(), (2.0 + 4.0 + 3.0) / 3);
        QCOMPARE(m_c->gpsFixTime(), lastTime);
        QVERIFY(m_c->canFinish());

        // Once the vertex is placed, further fixes are not used.
        m_c->onPosition(fix(faraway, 1, kT0.addSecs(5)));
        QCOMPARE(m_c->vertexCount(), 1);
        QVERIFY(distance(coordOf(m_c->path().at(0)), mean) < 1e-6);
    }

    void averagingAddsOneVertexPerCaptureOnALine()
    {
        m_c->start("strade", CaptureController::Line);
        m_c->setAveragingCount(2);
        m_c->addVertex(offset(0, 0)); // tapped: no accuracy
        m_c->captureFromGps();
        m_c->onPosition(fix(offset(30, 0), 6, kT0));
        m_c->onPosition(fix(offset(30, 2), 8, kT0.addSecs(1)));
        QCOMPARE(m_c->vertexCount(), 2);
        QCOMPARE(*m_c->gpsAccuracy(), 7.0); // only GPS vertices count
        m_c->captureFromGps();
        m_c->onPosition(fix(offset(60, 0), 1, kT0.addSecs(10)));
        QCOMPARE(m_c->vertexCount(), 2); // still averaging
        m_c->onPosition(fix(offset(60, 0), 3, kT0.addSecs(11)));
        QCOMPARE(m_c->vertexCount(), 3);
        QCOMPARE(*m_c->gpsAccuracy(), (7.0 + 2.0) / 2);
        QCOMPARE(m_c->gpsFixTime(), kT0.addSecs(11));
    }

    void streamingByDistanceAddsAVertexEveryIntervalMetres()
    {
        m_c->start("strade", CaptureController::Line);
        m_c->setStreamMode(CaptureController::ByDistance);
        m_c->setStreamInterval(5);
        m_c->setAccuracyThreshold(10);
        m_c->startStreaming();
        QCOMPARE(m_c->gpsState(), CaptureController::GpsStreaming);
        QSignalSpy rejected(m_c.get(), &CaptureController::fixRejected);
        // Walking north 1.1 m per fix for 30 fixes (~32 m), with a bad fix every seventh one far off the path.
        int good = 0;
        for (int i = 0; i < 30; ++i) {
            if (i % 7 == 3) {
                m_c->onPosition(fix(offset(100, 1.1 * i), 25, kT0.addSecs(i)));
                continue;
            }
            m_c->onPosition(fix(offset(0, 1.1 * i), 3, kT0.addSecs(i)));
            ++good;
        }
        QCOMPARE(m_c->fixesCollected(), good);
        QCOMPARE(m_c->fixesRejected(), rejected.count());
        QVERIFY(rejected.count() > 0);
        const QVariantList path = m_c->path();
        QVERIFY2(path.size() >= 5 && path.size() <= 7, qPrintable(QString::number(path.size())));
        QCOMPARE(coordOf(path.first()), coordOf(QVariant::fromValue(offset(0, 0))));
        const QGeoCoordinate start = offset(0, 0);
        for (int i = 0; i < path.size(); ++i) {
            const Coord v = coordOf(path.at(i));
            QVERIFY(std::abs(v.x - start.longitude()) < 1e-12); // no rejected fix made it in
            if (i > 0) {
                const double step = distance(coordOf(path.at(i - 1)), v);
                // At most two fix steps past the interval: a rejected fix may fall exactly where a vertex was due.
                QVERIFY2(step >= 5 && step < 5 + 2 * 1.1 + 0.1, qPrintable(QString::number(step)));
            }
        }
        QCOMPARE(*m_c->gpsAccuracy(), 3.0);
    }

    void streamingByTimeAddsAVertexEveryIntervalSeconds()
    {
        m_c->start("strade", CaptureController::Line);
        m_c->setStreamMode(CaptureController::ByTime);
        m_c->setStreamInterval(3);
        m_c->startStreaming();
        // One fix a second by the receiver's clock (delivered here all at once), standing almost still.
        for (int i = 0; i <= 10; ++i)
            m_c->onPosition(fix(offset(0.01 * i, 0), 2, kT0.addSecs(i)));
        QCOMPARE(m_c->vertexCount(), 4); // t = 0, 3, 6, 9
        QCOMPARE(m_c->fixesCollected(), 11);
        QCOMPARE(m_c->gpsFixTime(), kT0.addSecs(9));
        const QGeoCoordinate atSix = offset(0.06, 0);
        QCOMPARE(coordOf(m_c->path().at(2)), (Coord{atSix.longitude(), atSix.latitude()}));
    }

    void streamingIsOnlyForLinesAndPolygons()
    {
        m_c->start("punti", CaptureController::Point);
        m_c->startStreaming();
        QCOMPARE(m_c->gpsState(), CaptureController::GpsIdle);
        m_c->onPosition(fix(offset(0, 0), 1, kT0));
        QCOMPARE(m_c->vertexCount(), 0);
    }

    void stopGpsStopsUsingFixes()
    {
        m_c->start("siti", CaptureController::Polygon);
        m_c->setStreamInterval(1);
        m_c->startStreaming();
        m_c->onPosition(fix(offset(0, 0), 2, kT0));
        m_c->onPosition(fix(offset(10, 0), 2, kT0.addSecs(5)));
        QCOMPARE(m_c->vertexCount(), 2);
        QSignalSpy gps(m_c.get(), &CaptureController::gpsChanged);
        m_c->stopGps();
        QCOMPARE(m_c->gpsState(), CaptureController::GpsIdle);
        QCOMPARE(gps.count(), 1);
        m_c->onPosition(fix(offset(10, 10), 2, kT0.addSecs(10)));
        m_c->onPosition(fix(offset(10, 20), 99, kT0.addSecs(11)));
        QCOMPARE(m_c->vertexCount(), 2);
        QCOMPARE(m_c->fixesRejected(), 0);

        // Averaging that is stopped half way adds nothing either.
        m_c->setAveragingCount(3);
        m_c->captureFromGps();
        m_c->onPosition(fix(offset(0, 10), 2, kT0.addSecs(20)));
        m_c->stopGps();
        m_c->onPosition(fix(offset(0, 10), 2, kT0.addSecs(21)));
        m_c->onPosition(fix(offset(0, 10), 2, kT0.addSecs(22)));
        QCOMPARE(m_c->vertexCount(), 2);
    }

    void startResetsTheDrawingAndTheGps()
    {
        m_c->beginEdit("siti", "0f1e2d3c-0000-4000-8000-000000000001",
                       Geometry::polygon({{9.0, 45.0}, {9.01, 45.0}, {9.0, 45.01}}));
        QVERIFY(m_c->editing());
        m_c->captureFromGps();
        m_c->onPosition(fix(offset(0, 0), 50, kT0));
        QCOMPARE(m_c->fixesRejected(), 1);
        m_c->start("strade", CaptureController::Line);
        QCOMPARE(m_c->mode(), CaptureController::Line);
        QCOMPARE(m_c->layer(), QStringLiteral("strade"));
        QVERIFY(!m_c->editing());
        QVERIFY(m_c->featureUuid().isEmpty());
        QCOMPARE(m_c->vertexCount(), 0);
        QCOMPARE(m_c->gpsState(), CaptureController::GpsIdle);
        QCOMPARE(m_c->fixesRejected(), 0);
        QCOMPARE(m_c->length(), 0.0);
        m_c->cancel();
        QCOMPARE(m_c->mode(), CaptureController::None);
        QVERIFY(m_c->layer().isEmpty());
    }

    void settingsRefuseNonsense()
    {
        const double threshold = m_c->accuracyThreshold();
        m_c->setAccuracyThreshold(0);
        m_c->setAccuracyThreshold(-3);
        QCOMPARE(m_c->accuracyThreshold(), threshold);
        m_c->setAveragingCount(0);
        QCOMPARE(m_c->averagingCount(), 1);
        const double interval = m_c->streamInterval();
        m_c->setStreamInterval(0);
        QCOMPARE(m_c->streamInterval(), interval);
    }

    void editingLoadsThePolygonWithoutItsClosingVertex()
    {
        const Ring ring{{9.0, 45.0}, {9.01, 45.0}, {9.01, 45.01}, {9.0, 45.01}};
        const Geometry g = Geometry::polygon(ring);
        QCOMPARE(int(g.parts[0][0].size()), 5);
        QSignalSpy mode(m_c.get(), &CaptureController::modeChanged);
        m_c->beginEdit("siti", "0f1e2d3c-0000-4000-8000-000000000002", g);
        QCOMPARE(mode.count(), 1);
        QCOMPARE(m_c->mode(), CaptureController::Polygon);
        QVERIFY(m_c->editing());
        QCOMPARE(m_c->featureUuid(), QStringLiteral("0f1e2d3c-0000-4000-8000-000000000002"));
        QCOMPARE(m_c->vertexCount(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(coordOf(m_c->path().at(i)), ring[size_t(i)]);
        QVERIFY(!m_c->gpsAccuracy());
        // Unchanged, it gives back the same polygon.
        QCOMPARE(m_c->geometry(), g);
    }

    void aMultiPartAreaIsDrawnPartByPart()
    {
        // An area split by a road: the terminal, then the yard across it.
        m_c->start("siti_logistici", CaptureController::Polygon, true);
        QVERIFY(m_c->multiPart());
        QVERIFY(!m_c->canAddPart());
        tapSquare(100);
        QVERIFY(m_c->canAddPart());
        const double one = m_c->area();
        QVERIFY(m_c->addPart());
        QCOMPARE(m_c->vertexCount(), 0);
        QCOMPARE(m_c->partCount(), 1);
        QCOMPARE(m_c->otherParts().size(), 1);
        QVERIFY(m_c->canFinish()); // the kept part alone is a feature
        m_c->addVertex(offset(200, 0));
        m_c->addVertex(offset(250, 0));
        QVERIFY2(!m_c->canFinish(), "a half-drawn part would be dropped");
        m_c->addVertex(offset(250, 50));
        m_c->addVertex(offset(200, 50));
        QCOMPARE(m_c->partCount(), 2);
        QCOMPARE(m_c->currentPart(), 2);
        QVERIFY(std::abs(m_c->area() - one * 1.25) < one * 0.01); // 100x100 + 50x50, in total
        const Geometry g = m_c->geometry();
        QCOMPARE(g.type, GeometryType::MultiPolygon);
        QCOMPARE(g.parts.size(), size_t(2));
        QCOMPARE(g.parts[0][0].size(), size_t(5));
        QCOMPARE(g.parts[0][0].front(), g.parts[0][0].back());
        // The second part goes again; the first stays whole and is current.
        m_c->removePart();
        QCOMPARE(m_c->partCount(), 1);
        QCOMPARE(m_c->vertexCount(), 4);
        QCOMPARE(m_c->geometry().parts.size(), size_t(1));
        QCOMPARE(m_c->geometry().type, GeometryType::MultiPolygon);
    }

    void aSingleLayerNeverGetsASecondPart()
    {
        m_c->start("siti", CaptureController::Polygon);
        tapSquare(100);
        QVERIFY(!m_c->multiPart());
        QVERIFY(!m_c->addPart());
        QCOMPARE(m_c->geometry().type, GeometryType::Polygon);
    }

    void editingOnePartKeepsTheOtherPartsAndTheHoles()
    {
        Geometry g;
        g.type = GeometryType::MultiPolygon;
        Geometry first = Geometry::polygon({{9.0, 45.0}, {9.01, 45.0}, {9.01, 45.01}, {9.0, 45.01}},
                                           {{{9.002, 45.002}, {9.002, 45.004}, {9.004, 45.004}, {9.004, 45.002}, {9.002, 45.002}}});
        Geometry second = Geometry::polygon({{9.02, 45.0}, {9.03, 45.0}, {9.03, 45.01}, {9.02, 45.01}});
        Geometry third = Geometry::polygon({{9.04, 45.0}, {9.05, 45.0}, {9.05, 45.01}, {9.04, 45.01}});
        g.parts = {first.parts[0], second.parts[0], third.parts[0]};
        m_c->beginEdit("siti_logistici", "0f1e2d3c-0000-4000-8000-000000000003", g);
        QVERIFY(m_c->multiPart());
        QCOMPARE(m_c->partCount(), 3);
        QCOMPARE(m_c->currentPart(), 1);
        QCOMPARE(m_c->vertexCount(), 4);
        QCOMPARE(m_c->geometry(), g); // unchanged: the same three parts, the hole too
        // Step to the second part and move one of its vertices: the first and third parts (and the hole) stay.
        QVERIFY(m_c->nextPart());
        QCOMPARE(m_c->currentPart(), 2);
        QCOMPARE(coordOf(m_c->path().at(0)), (Coord{9.02, 45.0}));
        m_c->moveVertex(0, QGeoCoordinate(44.999, 9.019));
        Geometry edited = m_c->geometry();
        QCOMPARE(edited.parts.size(), size_t(3));
        QCOMPARE(edited.parts[0], first.parts[0]);
        QCOMPARE(edited.parts[2], third.parts[0]);
        QCOMPARE(edited.parts[1][0][0], (Coord{9.019, 44.999}));
        // Remove the third part: two are left, in their order.
        QVERIFY(m_c->nextPart());
        QCOMPARE(m_c->currentPart(), 3);
        m_c->removePart();
        edited = m_c->geometry();
        QCOMPARE(edited.parts.size(), size_t(2));
        QCOMPARE(edited.parts[0], first.parts[0]);
        QCOMPARE(edited.parts[1][0][0], (Coord{9.019, 44.999}));
        // The area counts the hole out and every part in.
        const double ring = territori::core::ringArea(first.parts[0][0]) - territori::core::ringArea(first.parts[0][1]) +
                            territori::core::ringArea(edited.parts[1][0]);
        QVERIFY(std::abs(m_c->area() - ring) < 1e-6 * ring);
    }

    void aCrossingOutlineIsFlaggedInTheSaveRulesWordsAndRepaired()
    {
        // Taps in the wrong order: a bow-tie. The capture says what the gateway and the SIT would say, and repairs it
        // as the import does: a single-part layer cannot hold the two triangles, a multi-part one can.
        m_c->start("siti", CaptureController::Polygon);
        m_c->addVertex(offset(0, 0));
        m_c->addVertex(offset(100, 100));
        m_c->addVertex(offset(100, 0));
        m_c->addVertex(offset(0, 50));
        QVERIFY(m_c->canFinish());
        QCOMPARE(m_c->fault(), QString("the outline crosses itself"));
        QVERIFY(!m_c->repair());
        m_c->start("siti_logistici", CaptureController::Polygon, true);
        m_c->addVertex(offset(0, 0));
        m_c->addVertex(offset(100, 100));
        m_c->addVertex(offset(100, 0));
        m_c->addVertex(offset(0, 50));
        QVERIFY(m_c->repair());
        QVERIFY(m_c->fault().isEmpty());
        QCOMPARE(m_c->partCount(), 2);
        QCOMPARE(m_c->geometry().parts.size(), size_t(2));
        QVERIFY(m_c->area() > 0);
    }

    void editingALineOrAPointKeepsEveryVertex()
    {
        // A line that returns to its start keeps the last vertex: only polygons are closed implicitly.
        const Ring loop{{9.0, 45.0}, {9.01, 45.0}, {9.01, 45.01}, {9.0, 45.0}};
        m_c->beginEdit("strade", "0f1e2d3c-0000-4000-8000-000000000003", Geometry::lineString(loop));
        QCOMPARE(m_c->mode(), CaptureController::Line);
        QCOMPARE(m_c->vertexCount(), 4);
        m_c->beginEdit("punti", "0f1e2d3c-0000-4000-8000-000000000004", Geometry::point({9.1, 45.2}));
        QCOMPARE(m_c->mode(), CaptureController::Point);
        QCOMPARE(m_c->vertexCount(), 1);
        QCOMPARE(m_c->geometry(), Geometry::point({9.1, 45.2}));
    }

    void movingAGpsVertexDropsItsAccuracy()
    {
        m_c->start("siti", CaptureController::Polygon);
        m_c->setAveragingCount(1);
        const double accuracies[] = {2, 4, 9};
        for (int i = 0; i < 3; ++i) {
            m_c->captureFromGps();
            m_c->onPosition(fix(offset(i == 1 ? 20 : 0, i == 2 ? 20 : 0), accuracies[i], kT0.addSecs(60 * i)));
        }
        QCOMPARE(m_c->vertexCount(), 3);
        QCOMPARE(*m_c->gpsAccuracy(), 5.0);
        QCOMPARE(m_c->gpsFixTime(), kT0.addSecs(120));

        m_c->moveVertex(2, offset(3, 25)); // the last GPS vertex, now placed by hand
        QCOMPARE(*m_c->gpsAccuracy(), 3.0);
        QCOMPARE(m_c->gpsFixTime(), kT0.addSecs(60));
        m_c->moveVertex(0, offset(-1, 0));
        m_c->moveVertex(1, offset(21, 0));
        QVERIFY(!m_c->gpsAccuracy());
        QVERIFY(!m_c->gpsFixTime().isValid());
    }
};

QTEST_GUILESS_MAIN(TestCaptureController)
#include "tst_capturecontroller.moc"
