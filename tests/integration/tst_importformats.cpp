// Golden-file tests of the import, per format and per coordinate system. Fixtures are made at test time with
// ogr2ogr from tests/data/import/*.geojson; the values imported must be tests/data/import/aree.expected.json, and
// every imported vertex must be what gdaltransform gives for the file's own coordinates, to 1e-7 degrees (about
// 1 cm), and within 1e-6 degrees of the original WGS 84 vertex after the round trip through the file's system.
// Multi-part rows with heights and measures (issue #13), in each format that carries them, are compared feature by
// feature with what `ogr2ogr -t_srs EPSG:4326` (with -explodecollections where the rows are split) makes of the same
// file.

#include "featurereader.h"
#include "gisfixtures.h"
#include "importer.h"
#include "journal.h"
#include "language.h"
#include "project.h"

#include <QtTest>

using namespace territori;
using namespace territori::gis;
using namespace territori::store;
using namespace territori::testing;

namespace {

constexpr double kToleranceDegrees = 1e-7;
constexpr double kRoundTripDegrees = 1e-6;

std::vector<Coord> verticesOf(const std::vector<Feature> &features)
{
    std::vector<Coord> out;
    for (const Feature &f : features)
        for (const auto &part : f.geometry.parts)
            for (const Ring &ring : part)
                out.insert(out.end(), ring.begin(), ring.end());
    return out;
}

} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString fresh(const QString &name)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("%1-%2").arg(name).arg(QRandomGenerator::global()->generate()));
        QDir().mkpath(dir);
        return dir;
    }

    bool ogr2ogr(const QStringList &args)
    {
        const ToolResult r = runTool(QStringLiteral("ogr2ogr"), args);
        if (r.exitCode != 0)
            qWarning() << "ogr2ogr" << args << r.err;
        return r.exitCode == 0;
    }

    struct Imported
    {
        ImportReport report;
        std::vector<Feature> features;
        QString message;
    };

    Imported importInto(const ImportOptions &options)
    {
        Imported out;
        const QString dir = fresh(QStringLiteral("project"));
        auto project = Project::create(dir, importDefinition());
        Importer importer(*project);
        if (!importer.prepare(options) || !importer.check(out.report) ||
            !importer.write(out.report, {"golden", "test"})) {
            out.message = importer.message();
            for (const auto &i : out.report.issues)
                out.message += QStringLiteral("\nrow %1: %2").arg(i.row).arg(i.message);
            return out;
        }
        const LayerDef &layer = *project->layer(options.targetLayer);
        FeatureReader reader(project->db(), layer);
        Statement st = project->db().prepare(QStringLiteral("SELECT uuid FROM %1 ORDER BY fid").arg(layer.name));
        while (st.step())
            out.features.push_back(*reader.byUuid(st.text(0)));
        return out;
    }

    // The imported vertices against gdaltransform of the file's own, and against the original WGS 84 ones.
    void compareCoordinates(const std::vector<Feature> &features, int fileEpsg,
                            const std::vector<std::pair<double, double>> &fileCoords, const QString &master)
    {
        const std::vector<Coord> got = verticesOf(features);
        QCOMPARE(got.size(), fileCoords.size());
        const auto expected = fileEpsg == 4326 ? fileCoords : gdaltransform(fileEpsg, 4326, fileCoords);
        QCOMPARE(expected.size(), got.size());
        for (size_t i = 0; i < got.size(); ++i) {
            QVERIFY2(std::abs(got[i].x - expected[i].first) <= kToleranceDegrees &&
                         std::abs(got[i].y - expected[i].second) <= kToleranceDegrees,
                     qPrintable(QStringLiteral("vertex %1: imported %2 %3, gdaltransform %4 %5")
                                    .arg(i)
                                    .arg(got[i].x, 0, 'f', 10)
                                    .arg(got[i].y, 0, 'f', 10)
                                    .arg(expected[i].first, 0, 'f', 10)
                                    .arg(expected[i].second, 0, 'f', 10)));
        }
        // Every vertex is one of the original WGS 84 vertices, back from the file's system (a Shapefile may turn a
        // ring round, so the order is not compared here).
        const auto original = fileVertices(master);
        for (size_t i = 0; i < got.size(); ++i) {
            bool found = false;
            for (const auto &o : original)
                found = found || (std::abs(got[i].x - o.first) <= kRoundTripDegrees &&
                                  std::abs(got[i].y - o.second) <= kRoundTripDegrees);
            QVERIFY2(found, qPrintable(QStringLiteral("vertex %1 (%2 %3) is not an original vertex")
                                           .arg(i)
                                           .arg(got[i].x, 0, 'f', 10)
                                           .arg(got[i].y, 0, 'f', 10)));
        }
    }

    void compareAree(const std::vector<Feature> &features, const QStringList &skip = {})
    {
        QCOMPARE(int(features.size()), 3);
        const QJsonArray expected = QJsonDocument::fromJson(readBytes(importData("aree.expected.json"))).array();
        auto project = Project::create(fresh("defs"), importDefinition());
        const LayerDef &layer = *project->layer("aree");
        for (int i = 0; i < 3; ++i) {
            const QJsonObject want = expected[i].toObject();
            for (const QString &k : want.keys()) {
                if (skip.contains(k))
                    continue;
                const QJsonValue got = toJsonValue(*layer.field(k), features[size_t(i)].attributes.value(k));
                QVERIFY2(sameFieldValue(layer, k, got, want[k]),
                         qPrintable(QStringLiteral("row %1, %2: got %3, want %4")
                                        .arg(i + 1)
                                        .arg(k, QString::fromUtf8(QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact)),
                                             QString::fromUtf8(QJsonDocument(QJsonArray{want[k]}).toJson(QJsonDocument::Compact)))));
            }
        }
    }

    // The rows of the multi-part fixture, in WGS 84 with heights and measures: two parts at 120-123 m, one flat part
    // (Z and M 0: nothing to lose), three parts (one with a hole) at 140 m.
    static QByteArray multiPartMaster()
    {
        return "WKT,nome,comune\n"
               "\"MULTIPOLYGON ZM (((9.20 45.50 120 0,9.21 45.50 121 1,9.21 45.51 122 2,9.20 45.51 123 3,9.20 45.50 120 0)),"
               "((9.22 45.50 130 0,9.23 45.50 131 1,9.23 45.51 132 2,9.22 45.50 130 0)))\",Due parti,Milano\n"
               "\"POLYGON ZM ((9.24 45.50 0 0,9.25 45.50 0 0,9.25 45.51 0 0,9.24 45.50 0 0))\",Una parte,Rho\n"
               "\"MULTIPOLYGON ZM (((9.10 45.45 140 5,9.12 45.45 140 6,9.12 45.47 140 7,9.10 45.47 140 8,9.10 45.45 140 5),"
               "(9.105 45.455 140 5,9.11 45.455 140 5,9.11 45.46 140 5,9.105 45.455 140 5)),"
               "((9.13 45.45 140 5,9.14 45.45 140 5,9.14 45.46 140 5,9.13 45.45 140 5)),"
               "((9.15 45.45 140 5,9.16 45.45 140 5,9.16 45.46 140 5,9.15 45.45 140 5)))\",Tre parti,Sesto San Giovanni\n";
    }

    // A DXF as a CAD program draws a sheet, in Gauss-Boaga (EPSG:3003; a DXF names no system): a block of two hatched
    // areas at 120 m inserted once (GDAL reads the insert as one multi-polygon), a flat hatch, and a hatch at 95 m.
    static QByteArray multiPartDxf()
    {
        auto hatch = [](const char *handle, double x, double y, double z) {
            const QString square = QStringLiteral("10\n%1\n20\n%2\n10\n%3\n20\n%2\n10\n%3\n20\n%4\n10\n%1\n20\n%4\n")
                                       .arg(x, 0, 'f', 1)
                                       .arg(y, 0, 'f', 1)
                                       .arg(x + 100, 0, 'f', 1)
                                       .arg(y + 100, 0, 'f', 1);
            return QStringLiteral("0\nHATCH\n5\n%1\n100\nAcDbEntity\n8\naree\n100\nAcDbHatch\n10\n0\n20\n0\n30\n%2\n"
                                  "210\n0\n220\n0\n230\n1\n2\nSOLID\n70\n1\n71\n0\n91\n1\n92\n2\n72\n0\n73\n1\n93\n4\n%3"
                                  "97\n0\n75\n0\n76\n1\n98\n0\n")
                .arg(QLatin1String(handle))
                .arg(z, 0, 'f', 1)
                .arg(square)
                .toLatin1();
        };
        return QByteArray("0\nSECTION\n2\nHEADER\n0\nENDSEC\n0\nSECTION\n2\nBLOCKS\n0\nBLOCK\n8\n0\n2\nDUE\n70\n0\n10\n0\n20\n0\n3\nDUE\n") +
               hatch("B1", 0, 0, 120) + hatch("B2", 300, 0, 120) +
               "0\nENDBLK\n8\n0\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n"
               "0\nINSERT\n5\nC1\n8\naree\n2\nDUE\n10\n1514000\n20\n5034000\n30\n0\n" +
               hatch("A2", 1516000, 5034000, 0) + hatch("A3", 1517000, 5034000, 95) + "0\nENDSEC\n0\nEOF\n";
    }

private slots:
    void initTestCase()
    {
        setUiLanguage("en");
        QVERIFY2(runTool("ogr2ogr", {"--version"}).exitCode == 0, "ogr2ogr (gdal-bin) is needed");
        QVERIFY2(runTool("gdaltransform", {"--version"}).exitCode == 0, "gdaltransform (gdal-bin) is needed");
    }

    void formats_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("Shapefile, EPSG:3003") << "shp";
        QTest::newRow("zipped Shapefile, EPSG:3003") << "zip";
        QTest::newRow("GeoPackage with two layers, EPSG:25832") << "gpkg";
        QTest::newRow("GeoJSON") << "geojson";
        QTest::newRow("KML") << "kml";
        QTest::newRow("KMZ") << "kmz";
        QTest::newRow("KMZ with linked layers (GDAL's LIBKML)") << "kmz-libkml";
        QTest::newRow("GML, EPSG:7791") << "gml";
        QTest::newRow("DXF, EPSG:3003") << "dxf";
        QTest::newRow("CSV with WKT, EPSG:32632") << "csv-wkt";
        QTest::newRow("CSV with X/Y, EPSG:3003") << "csv-xy";
    }

    void formats()
    {
        QFETCH(QString, kind);
        const QString dir = fresh(kind);
        const QString master = importData("aree.geojson");
        ImportOptions o;
        o.targetLayer = "aree";
        int epsg = 4326;
        QString coordsPath;
        QStringList coordsOptions;
        bool attributes = true;
        QStringList skip;
        if (kind == "shp" || kind == "zip") {
            epsg = 3003;
            QVERIFY(ogr2ogr({"-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-t_srs", "EPSG:3003", dir + "/aree.shp",
                             master}));
            o.path = coordsPath = dir + "/aree.shp";
            if (kind == "zip") {
                writeBytes(dir + "/consegna.zip", makeZip(shapefileEntries(dir + "/aree.shp", "Comune di Milano/")));
                o.path = dir + "/consegna.zip";
            }
        } else if (kind == "gpkg") {
            epsg = 25832;
            QVERIFY(ogr2ogr({"-f", "GPKG", "-t_srs", "EPSG:25832", "-nln", "aree", dir + "/pgt.gpkg", master}));
            QVERIFY(ogr2ogr({"-update", "-f", "GPKG", "-nln", "servizi", dir + "/pgt.gpkg", importData("punti.geojson")}));
            o.path = coordsPath = dir + "/pgt.gpkg";
            o.sourceLayer = "aree";
            // Without the choice the import asks for it.
            auto project = Project::create(fresh("ask"), importDefinition());
            Importer ask(*project);
            ImportOptions unchosen = o;
            unchosen.sourceLayer.clear();
            QVERIFY(!ask.prepare(unchosen));
            QCOMPARE(ask.problem(), Importer::Problem::ChooseSourceLayer);
        } else if (kind == "geojson") {
            o.path = coordsPath = master;
        } else if (kind == "kml") {
            QVERIFY(ogr2ogr({"-f", "KML", dir + "/aree.kml", master}));
            o.path = coordsPath = dir + "/aree.kml";
        } else if (kind == "kmz") {
            // A KMZ is a ZIP with doc.kml at its root (GDAL's LIBKML writer would drop the date column).
            QVERIFY(ogr2ogr({"-f", "KML", dir + "/doc.kml", master}));
            writeBytes(dir + "/aree.kmz", makeZip({{"doc.kml", readBytes(dir + "/doc.kml")}}));
            o.path = dir + "/aree.kmz";
            coordsPath = dir + "/doc.kml";
        } else if (kind == "kmz-libkml") {
            QVERIFY(ogr2ogr({"-f", "LIBKML", dir + "/aree.kmz", master}));
            o.path = coordsPath = dir + "/aree.kmz";
            skip << "rilievo"; // the LIBKML writer drops date columns
        } else if (kind == "gml") {
            epsg = 7791;
            QVERIFY(ogr2ogr({"-f", "GML", "-t_srs", "EPSG:7791", dir + "/aree.gml", master}));
            o.path = coordsPath = dir + "/aree.gml";
        } else if (kind == "dxf") {
            epsg = 3003;
            QVERIFY(ogr2ogr({"-f", "DXF", "-t_srs", "EPSG:3003", dir + "/aree.dxf", master}));
            o.path = coordsPath = dir + "/aree.dxf";
            o.srsEpsg = 3003; // a DXF carries no coordinate system
            o.mapping = {FieldMap{"nome", "EntityHandle", {}, false}, FieldMap{"comune", {}, QStringLiteral("Milano"), false}};
            attributes = false; // nor attributes
        } else if (kind == "csv-wkt") {
            epsg = 32632;
            QVERIFY(ogr2ogr({"-f", "CSV", "-lco", "GEOMETRY=AS_WKT", "-lco", "SEPARATOR=SEMICOLON", "-t_srs", "EPSG:32632",
                             dir + "/aree.csv", master}));
            o.path = coordsPath = dir + "/aree.csv";
            o.srsEpsg = 32632;
            coordsOptions = QStringList{"GEOM_POSSIBLE_NAMES=WKT"};
        } else if (kind == "csv-xy") {
            epsg = 3003;
            QVERIFY(ogr2ogr({"-f", "CSV", "-lco", "GEOMETRY=AS_XY", "-t_srs", "EPSG:3003", dir + "/servizi.csv",
                             importData("punti.geojson")}));
            o.path = coordsPath = dir + "/servizi.csv";
            o.targetLayer = "punti";
            o.srsEpsg = 3003;
            o.geometryColumns.x = "X";
            o.geometryColumns.y = "Y";
            coordsOptions = QStringList{"X_POSSIBLE_NAMES=X", "Y_POSSIBLE_NAMES=Y"};
        }
        const Imported got = importInto(o);
        QVERIFY2(got.message.isEmpty(), qPrintable(got.message));
        QVERIFY2(got.report.sourceSrs.startsWith(QStringLiteral("EPSG:%1 ").arg(epsg)), qPrintable(got.report.sourceSrs));
        if (o.targetLayer == "punti") {
            QCOMPARE(int(got.features.size()), 3);
            QCOMPARE(got.features[0].attributes.value("nome").toString(), QStringLiteral("Liceo Parini"));
            QCOMPARE(got.features[0].attributes.value("tipo").toString(), QStringLiteral("scuola"));
            QCOMPARE(got.features[2].attributes.value("tipo").toString(), QStringLiteral("parco"));
            QCOMPARE(got.features[1].attributes.value("aperto_il").toDateTime(),
                     QDateTime(QDate(1939, 10, 28), QTime(9, 30), Qt::UTC));
        } else if (attributes) {
            compareAree(got.features, skip);
        } else {
            QCOMPARE(int(got.features.size()), 3);
        }
        compareCoordinates(got.features, epsg, fileVertices(coordsPath, QString(), coordsOptions),
                           o.targetLayer == "punti" ? importData("punti.geojson") : master);
    }

    void multiPartRowsWithHeights_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("layer");
        for (const char *layer : {"aree", "aree_multi"}) {
            const QString into = QString::fromLatin1(layer) == "aree" ? QStringLiteral("split into a single-part layer")
                                                                       : QStringLiteral("whole into a multi-part layer");
            QTest::newRow(qPrintable("Shapefile ZM, EPSG:3003, " + into)) << "shp" << layer;
            QTest::newRow(qPrintable("GeoPackage ZM, EPSG:32632, " + into)) << "gpkg" << layer;
            QTest::newRow(qPrintable("GeoJSON Z, " + into)) << "geojson" << layer;
            QTest::newRow(qPrintable("DXF block with heights, EPSG:3003, " + into)) << "dxf" << layer;
            QTest::newRow(qPrintable("CSV with WKT ZM, EPSG:7791, " + into)) << "csv" << layer;
        }
    }

    // Multi-part rows go whole into a multi-part layer and are split into one feature per part for a single-part
    // layer; every vertex is where ogr2ogr puts it; heights and measures are dropped and the report says so.
    void multiPartRowsWithHeights()
    {
        QFETCH(QString, kind);
        QFETCH(QString, layer);
        const bool split = layer == "aree";
        const QString dir = fresh("multi-" + kind);
        const QString master = dir + "/master.csv";
        QVERIFY(writeBytes(master, multiPartMaster()));
        const QStringList fromMaster{"-s_srs", "EPSG:4326", master, "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo",
                                     "KEEP_GEOM_COLUMNS=NO"};
        ImportOptions o;
        o.targetLayer = layer;
        o.splitMultiPart = split;
        int epsg = 4326;
        QStringList readOptions;
        bool measures = true;
        int rows = 3;
        QStringList names{"Due parti", "Una parte", "Tre parti"};
        std::vector<int> parts{2, 1, 3};
        if (kind == "shp") {
            epsg = 3003;
            o.path = dir + "/aree.shp";
            QVERIFY(ogr2ogr(QStringList{"-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-t_srs", "EPSG:3003", o.path} + fromMaster));
        } else if (kind == "gpkg") {
            epsg = 32632;
            o.path = dir + "/aree.gpkg";
            QVERIFY(ogr2ogr(QStringList{"-f", "GPKG", "-nln", "aree", "-t_srs", "EPSG:32632", o.path} + fromMaster));
        } else if (kind == "geojson") {
            o.path = dir + "/aree.geojson";
            measures = false; // GeoJSON has no M
            QVERIFY(ogr2ogr(QStringList{"-f", "GeoJSON", "-t_srs", "EPSG:4326", o.path} + fromMaster));
        } else if (kind == "csv") {
            epsg = 7791;
            o.path = dir + "/aree.csv";
            o.srsEpsg = 7791; // a CSV names no system
            readOptions = QStringList{"GEOM_POSSIBLE_NAMES=WKT", "KEEP_GEOM_COLUMNS=NO"};
            QVERIFY(ogr2ogr(QStringList{"-f", "CSV", "-lco", "GEOMETRY=AS_WKT", "-t_srs", "EPSG:7791", o.path} + fromMaster));
        } else if (kind == "dxf") {
            epsg = 3003;
            o.path = dir + "/foglio.dxf";
            o.srsEpsg = 3003;
            o.mapping = {FieldMap{"nome", "EntityHandle", {}, false}, FieldMap{"comune", {}, QStringLiteral("Milano"), false}};
            QVERIFY(writeBytes(o.path, multiPartDxf()));
            measures = false; // DXF has no M
            names = QStringList{"C1", "A2", "A3"};
            parts = {2, 1, 1};
        }

        // What GDAL makes of the same file in WGS 84: the golden features.
        const QString golden = dir + "/golden.geojson";
        QStringList args{"-f", "GeoJSON", "-t_srs", "EPSG:4326"};
        if (kind == "dxf" || kind == "csv")
            args << "-s_srs" << QStringLiteral("EPSG:%1").arg(epsg);
        if (split)
            args << "-explodecollections";
        args << golden << o.path;
        for (const QString &ro : readOptions)
            args << "-oo" << ro;
        QVERIFY(ogr2ogr(args));
        const auto expected = featureVertices(golden);

        const QString projectDir = fresh("project");
        auto project = Project::create(projectDir, importDefinitionWithMulti());
        Importer importer(*project);
        ImportReport report;
        QVERIFY2(importer.prepare(o), qPrintable(importer.message()));
        QVERIFY2(importer.check(report), qPrintable(importer.message()));
        QCOMPARE(report.rowsRejected, 0);
        QVERIFY2(importer.write(report, {"golden", "test"}), qPrintable(importer.message()));
        QVERIFY2(report.sourceSrs.startsWith(QStringLiteral("EPSG:%1 ").arg(epsg)), qPrintable(report.sourceSrs));

        const LayerDef &def = *project->layer(layer);
        FeatureReader reader(project->db(), def);
        std::vector<Feature> got;
        Statement st = project->db().prepare(QStringLiteral("SELECT uuid FROM %1 ORDER BY fid").arg(layer));
        while (st.step())
            got.push_back(*reader.byUuid(st.text(0)));
        QCOMPARE(got.size(), expected.size());
        int features = 0;
        for (int p : parts)
            features += split ? p : 1;
        QCOMPARE(int(got.size()), features);
        QCOMPARE(report.rowsImported, features);
        size_t at = 0;
        for (int row = 0; row < rows; ++row) {
            for (int part = 0; part < (split ? parts[size_t(row)] : 1); ++part, ++at) {
                const Feature &f = got[at];
                // A split row's values are in each of its parts; a whole one keeps its parts in one feature.
                QCOMPARE(f.attributes.value("nome").toString(), names[row]);
                QCOMPARE(f.geometry.type, split ? GeometryType::Polygon : GeometryType::MultiPolygon);
                QCOMPARE(int(f.geometry.parts.size()), split ? 1 : parts[size_t(row)]);
                std::vector<Coord> vertices;
                for (const auto &p : f.geometry.parts)
                    for (const Ring &r : p)
                        vertices.insert(vertices.end(), r.begin(), r.end());
                QCOMPARE(vertices.size(), expected[at].size());
                for (size_t i = 0; i < vertices.size(); ++i)
                    QVERIFY2(std::abs(vertices[i].x - expected[at][i].first) <= kToleranceDegrees &&
                                 std::abs(vertices[i].y - expected[at][i].second) <= kToleranceDegrees,
                             qPrintable(QStringLiteral("feature %1, vertex %2: imported %3 %4, ogr2ogr %5 %6")
                                            .arg(at)
                                            .arg(i)
                                            .arg(vertices[i].x, 0, 'f', 10)
                                            .arg(vertices[i].y, 0, 'f', 10)
                                            .arg(expected[at][i].first, 0, 'f', 10)
                                            .arg(expected[at][i].second, 0, 'f', 10)));
            }
        }
        // The report: each split row by row, the heights and measures dropped once for the file.
        const QString notes = report.notes.join('\n');
        QVERIFY2(notes.contains(QStringLiteral("have heights (Z) on 2 of 3 rows; the layer keeps 2D coordinates, so the "
                                               "heights are dropped")),
                 qPrintable(notes));
        QCOMPARE(notes.contains("have measures (M) on 2 of 3 rows"), measures);
        int splitLines = 0;
        for (const ImportIssue &i : report.issues) {
            if (i.code != "split")
                continue;
            ++splitLines;
            QCOMPARE(i.message, QStringLiteral("split into %1 features, one per part, each with the row's values")
                                    .arg(parts[size_t(i.row - 1)]));
        }
        QCOMPARE(splitLines, split ? (kind == "dxf" ? 1 : 2) : 0);
    }

    void coordinateSystems_data()
    {
        QTest::addColumn<int>("epsg");
        for (int e : {3003, 3004, 25832, 32632, 7791, 6706, 4326})
            QTest::newRow(qPrintable(QStringLiteral("EPSG:%1").arg(e))) << e;
    }

    // Each system the comuni use, read from the Shapefile's .prj as ogr2ogr writes it.
    void coordinateSystems()
    {
        QFETCH(int, epsg);
        const QString dir = fresh(QStringLiteral("crs%1").arg(epsg));
        const QString shp = dir + "/aree.shp";
        QVERIFY(ogr2ogr({"-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-t_srs", QStringLiteral("EPSG:%1").arg(epsg),
                         shp, importData("aree.geojson")}));
        ImportOptions o;
        o.path = shp;
        o.targetLayer = "aree";
        const Imported got = importInto(o);
        QVERIFY2(got.message.isEmpty(), qPrintable(got.message));
        QVERIFY2(got.report.sourceSrs.startsWith(QStringLiteral("EPSG:%1 ").arg(epsg)), qPrintable(got.report.sourceSrs));
        compareAree(got.features);
        compareCoordinates(got.features, epsg, fileVertices(shp), importData("aree.geojson"));
    }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
