#include "language.h"
#include "validity.h"

#include <QtTest>

using namespace territori::store;

// The one validity rule (validity.h): GEOS's, so that what the SIT's ST_IsValid refuses is refused on the device
// first, in words a surveyor understands, with the place.
class TestValidity : public QObject
{
    Q_OBJECT

    static Geometry bowTie()
    {
        // Drawn in the order a hurried tap sequence gives: the outline crosses itself at (9.005, 45.005).
        return Geometry::polygon({{9.0, 45.0}, {9.01, 45.01}, {9.01, 45.0}, {9.0, 45.01}});
    }

private slots:
    void initTestCase() { setUiLanguage("en"); }

    void validShapesPass()
    {
        QVERIFY(!geometryFault(Geometry::polygon({{9.0, 45.0}, {9.01, 45.0}, {9.01, 45.01}, {9.0, 45.01}})));
        QVERIFY(!geometryFault(Geometry::lineString({{9.0, 45.0}, {9.01, 45.01}, {9.01, 45.0}, {9.0, 45.01}})));
        QVERIFY(!geometryFault(Geometry::point({9.0, 45.0})));
        QVERIFY(!geometryFault(Geometry()));
        Geometry two;
        two.type = GeometryType::MultiPolygon;
        two.parts = {Geometry::polygon({{9.0, 45.0}, {9.01, 45.0}, {9.01, 45.01}}).parts[0],
                     Geometry::polygon({{9.02, 45.0}, {9.03, 45.0}, {9.03, 45.01}}).parts[0]};
        QVERIFY(!geometryFault(two));
    }

    void aCrossingOutlineSaysWhereItCrosses()
    {
        const auto fault = geometryFault(bowTie());
        QVERIFY(fault);
        QCOMPARE(fault->message, QString("the outline crosses itself"));
        QVERIFY(std::abs(fault->at.x - 9.005) < 1e-9 && std::abs(fault->at.y - 45.005) < 1e-9);
    }

    void holesAndPartsAreCheckedToo()
    {
        const Geometry holeOutside = Geometry::polygon({{9.0, 45.0}, {9.01, 45.0}, {9.01, 45.01}, {9.0, 45.01}},
                                                       {{{9.02, 45.0}, {9.03, 45.0}, {9.03, 45.01}, {9.02, 45.0}}});
        QCOMPARE(geometryFault(holeOutside)->message, QString("a hole lies outside its area"));
        Geometry overlapping;
        overlapping.type = GeometryType::MultiPolygon;
        overlapping.parts = {Geometry::polygon({{9.0, 45.0}, {9.02, 45.0}, {9.02, 45.02}, {9.0, 45.02}}).parts[0],
                             Geometry::polygon({{9.01, 45.01}, {9.03, 45.01}, {9.03, 45.03}, {9.01, 45.03}}).parts[0]};
        QVERIFY(geometryFault(overlapping));
        Geometry inside;
        inside.type = GeometryType::MultiPolygon;
        inside.parts = {Geometry::polygon({{9.0, 45.0}, {9.02, 45.0}, {9.02, 45.02}, {9.0, 45.02}}).parts[0],
                        Geometry::polygon({{9.005, 45.005}, {9.01, 45.005}, {9.01, 45.01}, {9.005, 45.01}}).parts[0]};
        QCOMPARE(geometryFault(inside)->message, QString("one part lies inside another part"));
    }

    void theRepairKeepsTheAreasAndNeverInventsParts()
    {
        // A bow-tie is two triangles: a multi-part layer takes them, a single-part one gets no repair it cannot hold.
        const auto multi = repairedGeometry(bowTie(), GeometryType::MultiPolygon);
        QVERIFY(multi);
        QCOMPARE(multi->type, GeometryType::MultiPolygon);
        QCOMPARE(multi->parts.size(), size_t(2));
        QVERIFY(!geometryFault(*multi));
        QVERIFY(!repairedGeometry(bowTie(), GeometryType::Polygon));
        // A spike (a doubled edge) is dropped and the area stays one polygon.
        const Geometry spike = Geometry::polygon({{9.0, 45.0}, {9.01, 45.0}, {9.02, 45.0}, {9.01, 45.0}, {9.01, 45.01}, {9.0, 45.01}});
        QVERIFY(geometryFault(spike));
        const auto fixed = repairedGeometry(spike, GeometryType::Polygon);
        QVERIFY(fixed);
        QCOMPARE(fixed->type, GeometryType::Polygon);
        QVERIFY(!geometryFault(*fixed));
        const Envelope e = fixed->envelope();
        QCOMPARE(e.maxX, 9.01);
    }

    void itWorksOnAnyThread()
    {
        // Saves run on the UI thread, imports and syncs on workers: each has its own GEOS context.
        bool crossed = false;
        QThread *t = QThread::create([&] { crossed = geometryFault(bowTie()).has_value(); });
        t->start();
        t->wait();
        delete t;
        QVERIFY(crossed);
    }
};

QTEST_GUILESS_MAIN(TestValidity)
#include "tst_validity.moc"
