// Export round trip (app/gis/exporter.h): each format in WGS 84 and in Gauss-Boaga, read back by GDAL's own
// ogr2ogr/ogrinfo as QGIS would read it: the same features, the same values, coordinates in the chosen system (the
// stored ones through gdaltransform, to 0.1 mm or 1e-9 degrees), Shapefile names cut and listed, nothing left behind
// by a cancelled export.

#include "editgateway.h"
#include "exporter.h"
#include "gisfixtures.h"
#include "language.h"
#include "project.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace territori;
using namespace territori::gis;
using namespace territori::store;
using namespace territori::testing;

class TestExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<Project> m_project;
    QHash<QString, NewFeature> m_written; // by uuid

    QString fresh(const QString &name)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("%1-%2").arg(name).arg(QRandomGenerator::global()->generate()));
        QDir().mkpath(dir);
        return dir;
    }

    // The features ogr2ogr reads from a file, as GeoJSON (in the file's own coordinates).
    QJsonArray readBack(const QString &path, const QStringList &openOptions = {}, const QString &layer = {})
    {
        QStringList args{"-f", "GeoJSON", "/vsistdout/", path};
        for (const QString &o : openOptions)
            args << "-oo" << o;
        if (!layer.isEmpty())
            args << layer;
        const ToolResult r = runTool("ogr2ogr", args);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out).object().value("features").toArray();
    }

    QJsonObject byUuid(const QJsonArray &features, const QString &uuid)
    {
        for (const auto &f : features)
            if (f.toObject()["properties"].toObject()["uuid"].toString() == uuid)
                return f.toObject();
        return {};
    }

    void compareFeatures(const QJsonArray &features, int epsg, const QHash<QString, QString> &names = {})
    {
        QCOMPARE(features.size(), 3);
        auto col = [&](const char *n) { return names.value(QString::fromLatin1(n), QString::fromLatin1(n)); };
        for (auto it = m_written.cbegin(); it != m_written.cend(); ++it) {
            const QJsonObject f = byUuid(features, it.key());
            QVERIFY2(!f.isEmpty(), qPrintable(it.key()));
            const QJsonObject p = f["properties"].toObject();
            const QVariantMap &a = it.value().attributes;
            QCOMPARE(p[col("nome")].toString(), a["nome"].toString());
            QCOMPARE(p[col("comune")].toString(), a["comune"].toString());
            QCOMPARE(p[col("superficie_mq")].toDouble(), a["superficie_mq"].toDouble());
            QCOMPARE(p[col("piani")].toInt(), a["piani"].toInt());
            QCOMPARE(p[col("vincolo")].toVariant().toBool(), a["vincolo"].toBool());
            QCOMPARE(p[col("rilievo")].toString().replace('/', '-'), a["rilievo"].toDate().toString(Qt::ISODate));
            QVERIFY(p[col("created_at")].toString().startsWith(QString::number(QDate::currentDate().year())));
            // Coordinates in the chosen system: the stored ones through gdaltransform.
            const QJsonArray ring = f["geometry"].toObject()["coordinates"].toArray()[0].toArray();
            std::vector<std::pair<double, double>> stored;
            for (const Coord &c : it.value().geometry.parts[0][0])
                stored.emplace_back(c.x, c.y);
            auto expected = epsg == 4326 ? stored : gdaltransform(4326, epsg, stored);
            QCOMPARE(ring.size(), int(expected.size()));
            const double tolerance = epsg == 4326 ? 1e-9 : 1e-4;
            auto matches = [&] {
                for (int i = 0; i < ring.size(); ++i) {
                    const QJsonArray xy = ring[i].toArray();
                    if (std::abs(xy[0].toDouble() - expected[size_t(i)].first) > tolerance ||
                        std::abs(xy[1].toDouble() - expected[size_t(i)].second) > tolerance)
                        return false;
                }
                return true;
            };
            // A Shapefile stores outer rings clockwise: the same vertices, the other way round.
            bool same = matches();
            if (!same) {
                std::reverse(expected.begin(), expected.end());
                same = matches();
            }
            QVERIFY2(same, qPrintable(QStringLiteral("%1: the exported ring is not the stored one in EPSG:%2")
                                          .arg(it.key())
                                          .arg(epsg)));
        }
    }

    QString ogrinfo(const QStringList &args)
    {
        return QString::fromUtf8(runTool("ogrinfo", QStringList{"-ro", "-so"} + args).out);
    }

private slots:
    void initTestCase()
    {
        setUiLanguage("en");
        m_dir = fresh("project");
        m_project = Project::create(m_dir, importDefinition());
        EditGateway gw(*m_project, {"Ufficio PGT", "test"});
        const QString longNote = QString(300, QLatin1Char('a')) + QStringLiteral(" fine");
        const struct
        {
            const char *nome;
            const char *comune;
            double x, y;
            QString note;
        } rows[] = {{"Scalo Farini", "Milano", 9.17, 45.488, QStringLiteral("Perù, Cantù")},
                    {"Città Studi", "Milano", 9.227, 45.477, longNote},
                    {"Ex Falck", "Sesto San Giovanni", 9.234, 45.527, QString()}};
        int i = 0;
        for (const auto &r : rows) {
            NewFeature nf;
            nf.geometry = Geometry::polygon({{r.x, r.y}, {r.x + 0.004, r.y}, {r.x + 0.004, r.y + 0.003}, {r.x, r.y + 0.003}, {r.x, r.y}});
            nf.attributes = {{"nome", r.nome}, {"comune", r.comune}, {"superficie_mq", 1000.5 * (i + 1)}, {"piani", i},
                             {"vincolo", i == 1}, {"rilievo", QDate(2024, 5, 6 + i)}};
            if (!r.note.isEmpty())
                nf.attributes.insert("note", r.note.left(500));
            const EditResult res = gw.insert("aree", nf);
            QVERIFY2(res.ok, qPrintable(res.message));
            m_written.insert(res.uuid, nf);
            ++i;
        }
        NewFeature p;
        p.geometry = Geometry::point({9.19, 45.47});
        p.attributes = {{"nome", "Liceo Parini"}, {"tipo", "scuola"}};
        QVERIFY(gw.insert("punti", p).ok);
        QVERIFY(runTool("ogr2ogr", {"--version"}).exitCode == 0);
    }

    void eachFormatAndSystemReadsBackTheSame_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("epsg");
        for (const char *f : {"gpkg", "geojson", "shp", "csv"})
            for (int e : {4326, 3003})
                QTest::newRow(qPrintable(QStringLiteral("%1, EPSG:%2").arg(f).arg(e))) << QString::fromLatin1(f) << e;
    }

    void eachFormatAndSystemReadsBackTheSame()
    {
        QFETCH(QString, format);
        QFETCH(int, epsg);
        const QString out = fresh("out") + "/aree." + format;
        Exporter exporter(*m_project);
        ExportOptions o{{"aree"}, format, epsg, out};
        ExportReport report;
        QVERIFY2(exporter.run(o, report), qPrintable(exporter.message()));
        QCOMPARE(report.features, 3);
        QCOMPARE(report.files, QStringList{out});
        QVERIFY(report.srs.startsWith(QStringLiteral("EPSG:%1 ").arg(epsg)));

        QHash<QString, QString> names;
        QStringList openOptions;
        if (format == "shp") {
            for (const RenamedColumn &r : report.renamed)
                names.insert(r.column, r.shortName);
            QCOMPARE(names.value("superficie_mq"), QStringLiteral("superficie"));
            QCOMPARE(names.value("modified_at"), QStringLiteral("modified_a"));
            QCOMPARE(names.value("gps_accuracy_m"), QStringLiteral("gps_accura"));
            QCOMPARE(names.value("gps_fix_time"), QStringLiteral("gps_fix_ti"));
            QVERIFY(!names.contains("nome"));
            QVERIFY2(report.notes.join(' ').contains("'note' longer than 254 bytes were cut"), qPrintable(report.notes.join(' ')));
            QCOMPARE(QString::fromUtf8(readBytes(QString(out).replace(".shp", ".cpg"))), QStringLiteral("UTF-8"));
        }
        if (format == "csv") {
            openOptions << "GEOM_POSSIBLE_NAMES=WKT" << "KEEP_GEOM_COLUMNS=NO";
            QVERIFY(report.notes.join(' ').contains(QStringLiteral("EPSG:%1").arg(epsg)));
        }
        const QJsonArray features = readBack(out, openOptions);
        compareFeatures(features, epsg, names);
        if (format != "shp") {
            // Long text is kept whole where the format can hold it.
            bool whole = false;
            for (const auto &f : features)
                whole = whole || f.toObject()["properties"].toObject()["note"].toString().size() == 305;
            QVERIFY(whole);
        }
        // The file names its coordinate system (CSV cannot).
        if (format != "csv")
            QVERIFY2(ogrinfo({out, "aree"}).contains(QStringLiteral("ID[\"EPSG\",%1]").arg(epsg)) ||
                         ogrinfo({out}).contains(QStringLiteral("ID[\"EPSG\",%1]").arg(epsg)),
                     qPrintable(ogrinfo({out, "aree"})));
        // Nothing but the export is left in the folder.
        const QStringList left = QDir(QFileInfo(out).absolutePath()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
        for (const QString &f : left)
            QVERIFY2(f.startsWith("aree."), qPrintable(f));
    }

    void multiPartLayersAreWrittenAsMulti_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"gpkg", "geojson", "shp", "csv"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    // Issue #13: a multi-part layer leaves as MULTI*, every part of every feature in it, in the chosen system.
    void multiPartLayersAreWrittenAsMulti()
    {
        QFETCH(QString, format);
        const QString dir = fresh("multi-project");
        auto project = Project::create(dir, importDefinitionWithMulti());
        EditGateway gw(*project, {"Ufficio PGT", "test"});
        NewFeature two;
        two.geometry.type = GeometryType::MultiPolygon;
        two.geometry.parts = {Geometry::polygon({{9.17, 45.48}, {9.174, 45.48}, {9.174, 45.483}, {9.17, 45.48}}).parts[0],
                              Geometry::polygon({{9.18, 45.48}, {9.184, 45.48}, {9.184, 45.483}, {9.18, 45.48}}).parts[0]};
        two.attributes = {{"nome", "Due lotti"}, {"comune", "Milano"}};
        NewFeature one;
        one.geometry = Geometry::polygon({{9.19, 45.48}, {9.194, 45.48}, {9.194, 45.483}, {9.19, 45.48}});
        one.attributes = {{"nome", "Un lotto"}, {"comune", "Milano"}};
        QVERIFY(gw.insert("aree_multi", two).ok);
        QVERIFY(gw.insert("aree_multi", one).ok);
        const QString out = fresh("multi-out") + "/aree_multi." + format;
        Exporter exporter(*project);
        ExportReport report;
        QVERIFY2(exporter.run({{"aree_multi"}, format, 3003, out}, report), qPrintable(exporter.message()));
        QCOMPARE(report.features, 2);
        QStringList openOptions;
        if (format == "csv")
            openOptions << "GEOM_POSSIBLE_NAMES=WKT" << "KEEP_GEOM_COLUMNS=NO";
        // The layer is declared multi-part where the format declares a type (a Shapefile's polygons hold both).
        if (format == "gpkg" || format == "geojson")
            QVERIFY2(ogrinfo({out, "aree_multi"}).contains("Geometry: Multi Polygon"), qPrintable(ogrinfo({out, "aree_multi"})));
        const QJsonArray features = readBack(out, openOptions);
        QCOMPARE(features.size(), 2);
        for (const auto &v : features) {
            const QJsonObject f = v.toObject();
            const bool twoParts = f["properties"].toObject()["nome"].toString() == "Due lotti";
            const QJsonObject g = f["geometry"].toObject();
            // A Shapefile record of one part reads back as a Polygon: the format has no other way to say it.
            const bool multi = g["type"].toString() == "MultiPolygon";
            QVERIFY2(multi || (format == "shp" && !twoParts), qPrintable(g["type"].toString()));
            const QJsonArray coordinates = g["coordinates"].toArray();
            QCOMPARE(multi ? coordinates.size() : 1, twoParts ? 2 : 1);
            // In Gauss-Boaga: the first vertex of the first part, through gdaltransform.
            const QJsonArray first = (multi ? coordinates[0].toArray()[0].toArray() : coordinates[0].toArray())[0].toArray();
            const auto expected = gdaltransform(4326, 3003, {twoParts ? std::make_pair(9.17, 45.48) : std::make_pair(9.19, 45.48)});
            QVERIFY(std::abs(first[0].toDouble() - expected[0].first) < 1e-4);
            QVERIFY(std::abs(first[1].toDouble() - expected[0].second) < 1e-4);
        }
    }

    void theWholeProjectGoesToOneGeoPackageOrOneFilePerLayer()
    {
        const QString dir = fresh("tutto");
        Exporter exporter(*m_project);
        ExportReport report;
        QVERIFY(exporter.run({{}, "gpkg", 4326, dir + "/progetto.gpkg"}, report));
        QCOMPARE(report.features, 4);
        const QString info = QString::fromUtf8(runTool("ogrinfo", {"-ro", "-q", dir + "/progetto.gpkg"}).out);
        QVERIFY2(info.contains("aree (Polygon)") && info.contains("punti (Point)") && info.contains("percorsi"),
                 qPrintable(info));
        QCOMPARE(readBack(dir + "/progetto.gpkg", {}, "punti").size(), 1);

        QVERIFY(exporter.run({{}, "geojson", 3003, dir + "/geojson"}, report));
        QCOMPARE(report.files.size(), 3);
        QVERIFY(QFile::exists(dir + "/geojson/aree.geojson"));
        QVERIFY(QFile::exists(dir + "/geojson/punti.geojson"));
        QCOMPARE(readBack(dir + "/geojson/aree.geojson").size(), 3);
    }

    void aCancelledExportLeavesNothing()
    {
        const QString dir = fresh("annullato");
        Exporter exporter(*m_project);
        ExportReport report;
        std::atomic_bool cancel{true};
        QVERIFY(!exporter.run({{"aree"}, "gpkg", 4326, dir + "/aree.gpkg"}, report, {}, &cancel));
        QVERIFY(exporter.cancelled());
        QCOMPARE(QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList());
    }

    void badOptionsAreClearErrors()
    {
        Exporter exporter(*m_project);
        ExportReport report;
        QVERIFY(!exporter.run({{"aree"}, "dwg", 4326, fresh("x") + "/a.dwg"}, report));
        QVERIFY(exporter.message().contains("dwg"));
        QVERIFY(!exporter.run({{"nessuno"}, "gpkg", 4326, fresh("x") + "/a.gpkg"}, report));
        QVERIFY(exporter.message().contains("nessuno"));
        QVERIFY(!exporter.run({{"aree"}, "gpkg", 999999, fresh("x") + "/a.gpkg"}, report));
        QVERIFY(exporter.message().contains("EPSG:999999"));
        // Never onto the store, however it is named.
        const qint64 size = QFileInfo(m_dir + "/project.gpkg").size(); // not read: only SQLite opens the store
        QVERIFY(!exporter.run({{"aree"}, "gpkg", 4326, m_dir + "/project.gpkg"}, report));
        QVERIFY2(exporter.message().contains("the project's own store"), qPrintable(exporter.message()));
        QVERIFY(!exporter.run(
            {{"aree"}, "gpkg", 4326, m_dir + "/../" + QFileInfo(m_dir).fileName() + "/project.gpkg-wal"}, report));
        QVERIFY2(exporter.message().contains("the project's own store"), qPrintable(exporter.message()));
        QCOMPARE(QFileInfo(m_dir + "/project.gpkg").size(), size);
        Statement st = m_project->db().prepare("SELECT count(*) FROM aree");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), qint64(3));
    }

    // The app keeps the store open while an export runs on a worker thread with its own connection (ExportJob), and
    // QGIS or the sync command may use the store from another process. POSIX drops every lock a process holds on a
    // file when it closes any descriptor of it: had the export opened project.gpkg outside SQLite (GDAL sniffs a
    // file's header with its own descriptor), the other process, closing its last connection, would take itself for
    // the last user and reset the log under our connections, and our next write would land in a deleted log.
    void anExportKeepsTheStoreSafeFromAnotherProcessClosingIt()
    {
        if (QStandardPaths::findExecutable("sqlite3").isEmpty()) QFAIL("sqlite3 is missing (.ci/install-deps)");
        const QString dir = fresh("locks");
        auto kept = Project::create(dir, importDefinition());
        auto write = [&](const QString &key) {
            Transaction t(kept->db());
            Statement st = kept->db().prepare("INSERT INTO territori_meta (key, value) VALUES (?, 'x')");
            st.bind(1, key);
            st.run();
            t.commit();
        };
        auto sqlite3 = [&](const QString &sql) {
            QProcess other;
            other.start("sqlite3", {dir + "/project.gpkg", sql});
            if (!other.waitForFinished(10000) || other.exitCode() != 0) qWarning() << other.readAllStandardError();
            return QString::fromUtf8(other.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        };
        {
            EditGateway gw(*kept, {"Ufficio PGT", "test"});
            NewFeature nf;
            nf.geometry = Geometry::point({9.19, 45.47});
            nf.attributes = {{"nome", "Liceo Parini"}, {"tipo", "scuola"}};
            QVERIFY(gw.insert("punti", nf).ok);
        }
        write("before");
        {
            // As ExportJob does: the export's own connection, in this process, while `kept` stays open.
            auto exporting = Project::open(dir, Project::Check::AlreadyChecked);
            Exporter exporter(*exporting);
            ExportReport report;
            QVERIFY2(exporter.run({{}, "gpkg", 4326, fresh("locks-out") + "/tutto.gpkg"}, report),
                     qPrintable(exporter.message()));
            QCOMPARE(report.features, 1);
            QVERIFY2(exporter.run({{"punti"}, "shp", 3003, fresh("locks-out") + "/punti.shp"}, report),
                     qPrintable(exporter.message()));
        }
        QCOMPARE(sqlite3("SELECT count(*) FROM territori_meta WHERE key = 'before'"), QStringList{"1"});
        // Our connection still reads and writes, and what it writes is in the file for every other process.
        write("after");
        Statement st = kept->db().prepare("SELECT count(*) FROM territori_meta WHERE key IN ('before', 'after')");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), qint64(2));
        st = Statement();
        QCOMPARE(
            sqlite3("PRAGMA integrity_check; SELECT count(*) FROM territori_meta WHERE key IN ('before', 'after')"),
            QStringList({"ok", "2"}));
    }

    void shapefileNamesAreUniqueAndShort()
    {
        QCOMPARE(shapefileColumnNames({"superficie_mq", "superficie_lorda", "nome", "NOME_COMPLETO_1", "nome_complet"}),
                 QStringList({"superficie", "superfic_1", "nome", "NOME_COMPL", "nome_com_1"}));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
