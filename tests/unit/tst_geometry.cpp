#include "geometry.h"

#include <QJsonDocument>
#include <cstring>
#include <QtEndian>
#include <QtTest>

using namespace territori::store;

class TestGeometry : public QObject
{
    Q_OBJECT

private:
    static Geometry square(double x, double y, double s)
    {
        return Geometry::polygon({{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}});
    }

private slots:
    void wkbRoundTripsEveryType_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 6; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }

    void wkbRoundTripsEveryType()
    {
        QFETCH(int, which);
        Geometry g;
        switch (which) {
        case 0: g = Geometry::point({9.19, 45.46}); break;
        case 1: g = Geometry::lineString({{9.1, 45.4}, {9.2, 45.5}, {9.3, 45.45}}); break;
        case 2: g = Geometry::polygon({{9, 45}, {9.1, 45}, {9.1, 45.1}}, {{{9.02, 45.01}, {9.05, 45.01}, {9.03, 45.03}}}); break;
        case 3: g.type = GeometryType::MultiPoint; g.parts = {{{{1, 2}}}, {{{3, 4}}}}; break;
        case 4: g.type = GeometryType::MultiLineString; g.parts = {{{{1, 2}, {3, 4}}}, {{{5, 6}, {7, 8}}}}; break;
        case 5: g.type = GeometryType::MultiPolygon; g.parts = {square(0, 0, 1).parts[0], square(5, 5, 2).parts[0]}; break;
        }
        const QByteArray wkb = toWkb(g);
        Geometry back;
        QString err;
        QVERIFY2(fromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size()), back, &err),
                 qPrintable(err));
        QCOMPARE(back, g);

        const QByteArray blob = toGpkgBlob(g);
        Geometry fromBlob;
        QVERIFY(fromGpkgBlob(blob, fromBlob, &err));
        QCOMPARE(fromBlob, g);
    }

    void polygonRingsAreClosed()
    {
        const Geometry g = Geometry::polygon({{0, 0}, {1, 0}, {1, 1}});
        QCOMPARE(int(g.parts[0][0].size()), 4);
        QCOMPARE(g.parts[0][0].front(), g.parts[0][0].back());
    }

    void gpkgHeaderHasMagicSrsAndEnvelope()
    {
        const QByteArray blob = toGpkgBlob(Geometry::lineString({{9.0, 45.5}, {9.5, 45.2}}));
        QCOMPARE(blob.left(2), QByteArray("GP"));
        QCOMPARE(int(blob[2]), 0);
        const int flags = uchar(blob[3]);
        QCOMPARE(flags & 0x01, 1);        // little endian
        QCOMPARE((flags >> 1) & 0x07, 1); // xy envelope
        QCOMPARE(flags & 0x10, 0);        // not empty
        QCOMPARE(qFromLittleEndian<qint32>(blob.constData() + 4), 4326);
        Envelope env;
        bool empty = true;
        QVERIFY(gpkgBlobEnvelope(reinterpret_cast<const unsigned char *>(blob.constData()), size_t(blob.size()), env,
                                 empty));
        QVERIFY(!empty);
        QCOMPARE(env.minX, 9.0);
        QCOMPARE(env.maxX, 9.5);
        QCOMPARE(env.minY, 45.2);
        QCOMPARE(env.maxY, 45.5);
    }

    void emptyGeometryIsFlaggedEmpty()
    {
        Geometry g;
        g.type = GeometryType::Point;
        g.parts = {{{}}};
        const QByteArray blob = toGpkgBlob(g);
        QCOMPARE(uchar(blob[3]) & 0x10, 0x10);
        Envelope env;
        bool empty = false;
        QVERIFY(gpkgBlobEnvelope(reinterpret_cast<const unsigned char *>(blob.constData()), size_t(blob.size()), env,
                                 empty));
        QVERIFY(empty);
    }

    void readsBigEndianAndDropsZ()
    {
        // Big-endian ISO WKB PointZ (1001): x=9.19 y=45.46 z=120.
        QByteArray wkb;
        wkb.append(char(0));
        char b[8];
        qToBigEndian<quint32>(1001, b);
        wkb.append(b, 4);
        for (double v : {9.19, 45.46, 120.0}) {
            quint64 bits;
            std::memcpy(&bits, &v, 8);
            qToBigEndian<quint64>(bits, b);
            wkb.append(b, 8);
        }
        Geometry g;
        QVERIFY(fromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size()), g));
        QCOMPARE(g, Geometry::point({9.19, 45.46}));
    }

    void truncatedOrHostileWkbIsRejected()
    {
        const QByteArray wkb = toWkb(Geometry::polygon({{0, 0}, {1, 0}, {1, 1}, {0, 1}}));
        for (int cut = 0; cut < wkb.size(); ++cut) {
            Geometry g;
            QString err;
            QVERIFY(!fromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(cut), g, &err));
            QVERIFY(!err.isEmpty());
        }
        // A ring claiming four billion points must not allocate them.
        QByteArray hostile = wkb.left(9);
        hostile.append("\xff\xff\xff\xff", 4);
        Geometry g;
        QVERIFY(!fromWkb(reinterpret_cast<const unsigned char *>(hostile.constData()), size_t(hostile.size()), g));
        QVERIFY(!fromGpkgBlob(QByteArray("XX123456"), g));
    }

    void geoJsonRoundTrips()
    {
        const Geometry g = Geometry::polygon({{9, 45}, {9.1, 45}, {9.1, 45.1}});
        Geometry back;
        QVERIFY(fromGeoJson(toGeoJson(g), back));
        QCOMPARE(back, g);
        QString err;
        QVERIFY(!fromGeoJson(QJsonDocument::fromJson(R"({"type":"Point","coordinates":["a",1]})").object(), back, &err));
        QVERIFY(err.contains(QLatin1String("Point")));
        QVERIFY(!fromGeoJson(QJsonDocument::fromJson(R"({"type":"Curve"})").object(), back, &err));
        QVERIFY(err.contains(QLatin1String("Curve")));
    }
};

QTEST_APPLESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
