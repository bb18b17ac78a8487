// Golden-file tests of the import, per format and per coordinate system. Fixtures are made at test time with
// ogr2ogr from tests/data/import/*.geojson; the values imported must be tests/data/import/aree.expected.json, and
// every imported vertex must be what gdaltransform gives for the file's own coordinates, to 1e-7 degrees (about
// 1 cm), and within 1e-6 degrees of the original WGS 84 vertex after the round trip through the file's system.

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
