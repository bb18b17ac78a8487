#include "demoinstaller.h"
#include "editgateway.h"
#include "featurereader.h"
#include "project.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace territori::store;

// "QGIS and GDAL open it as it is": the demo project, after edits in the app, read and written by GDAL's own tools.
class TestGpkgInterop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_gpkg;
    QString m_inserted, m_updated, m_deleted;

    static QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(120000))
            qWarning("%s timed out", qPrintable(program));
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

    std::unique_ptr<Project> open() { return Project::open(m_tmp.path()); }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty())
            QSKIP("gdal-bin is not installed (.ci/install-deps installs it)");
        auto project = territori::core::DemoInstaller::install(
            QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo"), m_tmp.path());
        m_gpkg = project->storePath();
        EditGateway gw(*project, {"Interop", "test"});
        NewFeature nf;
        nf.geometry = Geometry::polygon({{9.20, 45.48}, {9.21, 45.48}, {9.21, 45.49}, {9.20, 45.49}});
        nf.attributes = {{"nome", "Nuova area · «test» àèìòù"}, {"comune", "Milano"}, {"stato", "dismessa"},
                         {"data_sopralluogo", "2026-11-25"}, {"superficie_mq", 1234.5}};
        EditResult r = gw.insert("aree_dismesse", nf);
        QVERIFY2(r.ok, qPrintable(r.message));
        m_inserted = r.uuid;
        FeatureReader reader(project->db(), *project->layer("aree_dismesse"));
        std::vector<FeatureSummary> all = reader.search("", 100, 0);
        m_updated = all[1].uuid;
        m_deleted = all[2].uuid;
        FeatureChange c;
        c.attributes = {{"priorita", 4}};
        QVERIFY(gw.update("aree_dismesse", m_updated, c).ok);
        QVERIFY(gw.remove("aree_dismesse", m_deleted).ok);
    }

    void ogrinfoSeesEveryLayerWithItsCountAndType()
    {
        auto project = open();
        const QString out = QString::fromUtf8(run("ogrinfo", {"-ro", "-so", "-al", m_gpkg}));
        for (const LayerDef &l : project->layers()) {
            const QRegularExpression block(QStringLiteral("Layer name: %1\\n.*?Geometry: ([^\\n]+)\\n.*?Feature Count: (\\d+)")
                                               .arg(l.name),
                                           QRegularExpression::DotMatchesEverythingOption);
            const auto m = block.match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out.left(2000)));
            QCOMPARE(m.captured(2).toLongLong(), FeatureReader(project->db(), l).count());
            const QString single = l.geometry == GeometryKind::Point ? "Point"
                                   : l.geometry == GeometryKind::Line ? "Line String" : "Polygon";
            // siti_logistici is a multi-part layer in the demo: one of its sites has two parts.
            const QString expected = l.multi ? "Multi " + single : single;
            QCOMPARE(m.captured(1), expected);
        }
        QVERIFY2(out.contains("EPSG\",4326") || out.contains("ID[\"EPSG\",4326]"), "layers are not in EPSG:4326");
    }

    void validatesAsGeoPackage()
    {
        const QString validator = QStringLiteral("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
        if (!QFileInfo::exists(validator))
            QSKIP("python3-gdal's validate_gpkg.py is not installed");
        int code = -1;
        const QByteArray out = run("/usr/bin/python3", {validator, m_gpkg}, &code);
        QVERIFY2(code == 0, out.constData());
    }

    void geometriesAndValuesReadBackIdentically()
    {
        auto project = open();
        const QByteArray json = run("ogr2ogr", {"-f", "GeoJSON", "/vsistdout/", m_gpkg, "aree_dismesse"});
        const QJsonArray features = QJsonDocument::fromJson(json).object().value("features").toArray();
        FeatureReader reader(project->db(), *project->layer("aree_dismesse"));
        QCOMPARE(qint64(features.size()), reader.count());
        bool sawInserted = false;
        for (const auto &fv : features) {
            const QJsonObject f = fv.toObject();
            const QString uuid = f.value("properties").toObject().value("uuid").toString();
            QVERIFY(uuid != m_deleted);
            const auto ours = reader.byUuid(uuid);
            QVERIFY2(ours, qPrintable(uuid));
            Geometry g;
            QVERIFY(fromGeoJson(f.value("geometry").toObject(), g));
            QCOMPARE(g, ours->geometry); // longitude first, nothing swapped or rounded
            QCOMPARE(f.value("properties").toObject().value("nome").toString(), ours->attributes.value("nome").toString());
            if (uuid == m_inserted) {
                sawInserted = true;
                QCOMPARE(f.value("properties").toObject().value("superficie_mq").toDouble(), 1234.5);
                QCOMPARE(f.value("properties").toObject().value("data_sopralluogo").toString(), QStringLiteral("2026-11-25"));
            }
            if (uuid == m_updated)
                QCOMPARE(f.value("properties").toObject().value("priorita").toInt(), 4);
        }
        QVERIFY(sawInserted);
    }

    void aMultiPartFeatureReadsBackWithEveryPart()
    {
        // The demo's intermodal terminal has two parts (the terminal and the yard across the tracks): GDAL reads the
        // MULTIPOLYGON column with both, vertex for vertex.
        auto project = open();
        const QByteArray json = run("ogr2ogr", {"-f", "GeoJSON", "/vsistdout/", m_gpkg, "siti_logistici"});
        const QJsonArray features = QJsonDocument::fromJson(json).object().value("features").toArray();
        FeatureReader reader(project->db(), *project->layer("siti_logistici"));
        int multi = 0;
        for (const auto &fv : features) {
            const QJsonObject f = fv.toObject();
            QCOMPARE(f.value("geometry").toObject().value("type").toString(), QString("MultiPolygon"));
            Geometry g;
            QVERIFY(fromGeoJson(f.value("geometry").toObject(), g));
            QCOMPARE(g, reader.byUuid(f.value("properties").toObject().value("uuid").toString())->geometry);
            multi += g.parts.size() > 1 ? 1 : 0;
        }
        QCOMPARE(multi, 1);
    }

    void editsMadeWithGdalAreSeenByTheApp()
    {
        // A desktop GIS user edits and adds features with GDAL (as QGIS does): our triggers keep the R-tree right and
        // the column defaults give the new feature a UUID and timestamps.
        int code = -1;
        QByteArray out = run("ogrinfo", {m_gpkg, "-sql", QStringLiteral("UPDATE aree_dismesse SET nome = 'Rinominata in QGIS' "
                                                                        "WHERE uuid = '%1'").arg(m_updated)}, &code);
        QVERIFY2(code == 0, out.constData());
        QTemporaryDir tmp;
        QFile add(tmp.filePath("add.geojson"));
        add.open(QIODevice::WriteOnly);
        add.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nome":"Aggiunta da desktop","comune":"Rho"},"geometry":{"type":"Polygon","coordinates":[[[9.05,45.53],[9.06,45.53],[9.06,45.54],[9.05,45.53]]]}}]})");
        add.close();
        out = run("ogr2ogr", {"-append", "-update", "-nln", "aree_dismesse", m_gpkg, add.fileName()}, &code);
        QVERIFY2(code == 0, out.constData());

        auto project = open();
        FeatureReader reader(project->db(), *project->layer("aree_dismesse"));
        QCOMPARE(reader.byUuid(m_updated)->attributes.value("nome").toString(), QStringLiteral("Rinominata in QGIS"));
        const auto found = reader.search("Aggiunta da desktop", 10, 0);
        QCOMPARE(int(found.size()), 1);
        qInfo("desktop feature uuid: %s", qPrintable(found[0].uuid));
        QVERIFY(QRegularExpression("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
                    .match(found[0].uuid).hasMatch());
        Envelope box;
        box.minX = 9.054, box.maxX = 9.056, box.minY = 45.531, box.maxY = 45.532;
        int hits = 0;
        reader.forEach(&box, [&](const FeatureRow &row) { hits += row.uuid == found[0].uuid; return true; });
        QCOMPARE(hits, 1);
        // And the app keeps editing the file after GDAL did.
        EditGateway gw(*project, {"a", "b"});
        FeatureChange c;
        c.attributes = {{"comune", "Rho"}, {"stato", "dismessa"}, {"data_sopralluogo", "2026-11-25"}};
        QVERIFY(gw.update("aree_dismesse", found[0].uuid, c).ok);
    }
};

QTEST_GUILESS_MAIN(TestGpkgInterop)
#include "tst_gpkginterop.moc"
