// The import of a comune's file into a layer (app/gis/importer.h): automatic mapping and conversion, each problem
// reported with its row and reason, the choice between importing nothing and importing the valid rows, one
// transaction whatever happens, provenance, coordinate systems that must be chosen and never guessed.

#include "editgateway.h"
#include "featurereader.h"
#include "gisfixtures.h"
#include "importer.h"
#include "language.h"
#include "outbox.h"
#include "project.h"

#include <QtTest>

using namespace territori;
using namespace territori::gis;
using namespace territori::store;
using namespace territori::testing;

namespace {

// A GeoJSON feature from its properties and geometry (both as JSON text).
QByteArray feature(const char *properties, const char *geometry)
{
    return QByteArray("{\"type\":\"Feature\",\"properties\":") + properties + ",\"geometry\":" + geometry + "}";
}

QByteArray collection(const QList<QByteArray> &features)
{
    QByteArray out = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    for (int i = 0; i < features.size(); ++i)
        out += features[i] + (i + 1 < features.size() ? ",\n" : "\n");
    return out + "]}\n";
}

const char *kSquare = R"({"type":"Polygon","coordinates":[[[9.20,45.50],[9.21,45.50],[9.21,45.51],[9.20,45.51],[9.20,45.50]]]})";

QByteArray square(double x, double y, double s = 0.002)
{
    return QStringLiteral(R"({"type":"Polygon","coordinates":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]})")
        .arg(x, 0, 'f', 6)
        .arg(y, 0, 'f', 6)
        .arg(x + s, 0, 'f', 6)
        .arg(y + s, 0, 'f', 6)
        .toUtf8();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<Project> m_project;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_tmp.filePath(QStringLiteral("in%1/%2").arg(QRandomGenerator::global()->generate()).arg(name));
        writeBytes(path, content);
        return path;
    }

    ImportOptions options(const QString &path, const QString &layer = QStringLiteral("aree"))
    {
        ImportOptions o;
        o.path = path;
        o.targetLayer = layer;
        o.comune = "Milano";
        o.officer = "Ufficio PGT";
        return o;
    }

    qint64 count(const QString &sql)
    {
        Statement st = m_project->db().prepare(sql);
        st.step();
        return st.int64(0);
    }

    std::vector<Feature> features(const QString &layer = QStringLiteral("aree"))
    {
        std::vector<Feature> out;
        FeatureReader reader(m_project->db(), *m_project->layer(layer));
        Statement st = m_project->db().prepare(QStringLiteral("SELECT uuid FROM %1 ORDER BY fid").arg(layer));
        while (st.step())
            out.push_back(*reader.byUuid(st.text(0)));
        return out;
    }

    // The store's bytes with the project closed (the WAL folded in the same way each time), then reopened.
    QByteArray fingerprint()
    {
        m_project.reset();
        const QByteArray bytes = storeFingerprint(m_dir);
        m_project = Project::open(m_dir);
        return bytes;
    }

    const ImportIssue *issueAt(const ImportReport &r, int row, const QString &code)
    {
        for (const auto &i : r.issues)
            if (i.row == row && i.code == code)
                return &i;
        return nullptr;
    }

private slots:
    void init()
    {
        setUiLanguage("en");
        m_project.reset();
        m_dir = m_tmp.filePath(QStringLiteral("p%1").arg(QRandomGenerator::global()->generate()));
        m_project = Project::create(m_dir, importDefinition());
    }

    void importsWithAutomaticMappingConversionAndProvenance()
    {
        Importer importer(*m_project);
        QVERIFY2(importer.prepare(options(importData("aree.geojson"))), qPrintable(importer.message()));
        // Columns matched by name whatever their case and underscores.
        QStringList mapped;
        for (const FieldMap &m : importer.mapping())
            if (!m.source.isEmpty())
                mapped << m.target + "<-" + m.source;
        QCOMPARE(mapped, QStringList({"nome<-NOME", "comune<-Comune", "superficie_mq<-SUPERFICIE_MQ", "piani<-PIANI",
                                      "vincolo<-VINCOLO", "rilievo<-RILIEVO", "codice<-CODICE", "note<-NOTE"}));
        ImportReport report;
        QVERIFY2(importer.check(report), qPrintable(importer.message()));
        QCOMPARE(report.rowsRead, 3);
        QCOMPARE(report.rowsValid, 3);
        QCOMPARE(report.rowsRejected, 0);
        QVERIFY(importer.write(report, {"Ufficio PGT", "cli"}));
        QCOMPARE(report.rowsImported, 3);

        const auto imported = features();
        QCOMPARE(int(imported.size()), 3);
        const QJsonArray expected = QJsonDocument::fromJson(readBytes(importData("aree.expected.json"))).array();
        const LayerDef &layer = *m_project->layer("aree");
        for (int i = 0; i < 3; ++i) {
            const QJsonObject want = expected[i].toObject();
            for (const QString &k : want.keys())
                QVERIFY2(sameFieldValue(layer, k, toJsonValue(*layer.field(k), imported[i].attributes.value(k)), want[k]),
                         qPrintable(QStringLiteral("row %1, %2").arg(i + 1).arg(k)));
            // Provenance on the feature, and the import's record.
            QCOMPARE(imported[i].meta.source,
                     QStringLiteral("import %1: aree.geojson row %2").arg(report.importId).arg(i + 1));
            QCOMPARE(imported[i].meta.author, QStringLiteral("Ufficio PGT"));
            QVERIFY(!imported[i].meta.draft);
        }
        // The one-part MultiPolygon became a Polygon; the hole was kept.
        QCOMPARE(imported[2].geometry.type, GeometryType::Polygon);
        QCOMPARE(int(imported[1].geometry.parts[0].size()), 2);
        QCOMPARE(imported[0].geometry.parts[0][0][1].x, 9.1791);
        QCOMPARE(imported[0].geometry.parts[0][0][1].y, 45.4912);
        // Every feature is in the outbox, to go with the next sync.
        QCOMPARE(Outbox::pendingCount(m_project->db()), 3);
        Statement st = m_project->db().prepare(
            "SELECT file_name, comune, officer, rows_read, rows_imported, rows_rejected, format, length(file_sha256) "
            "FROM territori_imports");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("aree.geojson"));
        QCOMPARE(st.text(1), QStringLiteral("Milano"));
        QCOMPARE(st.text(2), QStringLiteral("Ufficio PGT"));
        QCOMPARE(st.int64(3), 3);
        QCOMPARE(st.int64(4), 3);
        QCOMPARE(st.int64(5), 0);
        QCOMPARE(st.text(6), QStringLiteral("GeoJSON"));
        QCOMPARE(st.int64(7), 64);

        // The same importer, prepared again (as a page does after an import), sees what it has just written.
        QVERIFY(importer.prepare(options(importData("aree.geojson"))));
        ImportReport again;
        QVERIFY(importer.check(again));
        QCOMPARE(again.rowsRejected, 3);
        QCOMPARE(again.issues.front().code, QStringLiteral("duplicate-existing"));
    }

    void previewConvertsTheFirstRowsAsTheImportWould()
    {
        Importer importer(*m_project);
        QVERIFY(importer.prepare(options(importData("aree.geojson"))));
        const Preview p = importer.preview(2);
        QCOMPARE(int(p.rows.size()), 2);
        QVERIFY(p.sourceColumns.contains("SUPERFICIE_MQ"));
        int comune = -1;
        for (size_t i = 0; i < p.mapping.size(); ++i)
            if (p.mapping[i].target == "comune")
                comune = int(i);
        QVERIFY(comune >= 0);
        QCOMPARE(p.rows[1].source[p.sourceColumns.indexOf("Comune")], QStringLiteral("sesto san giovanni"));
        QCOMPARE(p.rows[1].converted[comune], QStringLiteral("Sesto San Giovanni"));
        QVERIFY(p.rows[0].problems.isEmpty());
        // The preview writes nothing.
        QCOMPARE(count("SELECT count(*) FROM aree"), 0);
    }

    void everyProblemIsReportedWithItsRowAndReason()
    {
        const QList<QByteArray> rows{
            feature(R"({"nome":"Valida","comune":"Milano","piani":2})", kSquare),
            feature(R"({"comune":"Milano"})", square(9.22, 45.50)),
            feature(R"({"nome":"Troppi piani","comune":"Milano","piani":99})", square(9.23, 45.50)),
            feature(R"({"nome":"Comune sconosciuto","comune":"Roma"})", square(9.24, 45.50)),
            feature(R"({"nome":"Piani in lettere","comune":"Milano","piani":"tre"})", square(9.25, 45.50)),
            feature(R"({"nome":"Senza geometria","comune":"Milano"})", "null"),
            feature(R"({"nome":"Un punto","comune":"Milano"})", R"({"type":"Point","coordinates":[9.2,45.5]})"),
            feature(R"({"nome":"Due parti","comune":"Milano"})",
                    R"({"type":"MultiPolygon","coordinates":[[[[9.1,45.4],[9.11,45.4],[9.11,45.41],[9.1,45.4]]],[[[9.12,45.4],[9.13,45.4],[9.13,45.41],[9.12,45.4]]]]})"),
            feature(R"({"nome":"Farfalla","comune":"Milano"})",
                    R"({"type":"Polygon","coordinates":[[[9.1,45.4],[9.11,45.41],[9.11,45.4],[9.1,45.41],[9.1,45.4]]]})"),
            feature(R"({"nome":"Valida","comune":"Milano","piani":2})", kSquare),
            feature(R"({"nome":"A Roma","comune":"Milano"})", square(12.49, 41.89)),
            feature(R"({"nome":"Codice storto","comune":"Milano","codice":"at12"})", square(9.26, 45.50)),
        };
        const QString path = file("problemi.geojson", collection(rows));
        Importer importer(*m_project);
        QVERIFY(importer.prepare(options(path)));
        ImportReport r;
        QVERIFY(importer.check(r));
        QCOMPARE(r.rowsRead, 12);
        QCOMPARE(r.rowsValid, 1);
        QCOMPARE(r.rowsRejected, 11);
        QVERIFY(issueAt(r, 2, "required"));
        QCOMPARE(issueAt(r, 2, "required")->field, QStringLiteral("nome"));
        QVERIFY(issueAt(r, 3, "constraint"));
        QVERIFY2(issueAt(r, 3, "constraint")->message.contains("at most 30"), qPrintable(issueAt(r, 3, "constraint")->message));
        QVERIFY(issueAt(r, 4, "constraint"));
        QVERIFY(issueAt(r, 4, "constraint")->message.contains("'Roma' is not one of the choices"));
        QVERIFY(issueAt(r, 5, "value"));
        QVERIFY(issueAt(r, 5, "value")->message.contains("'tre' is not a whole number"));
        QVERIFY(issueAt(r, 6, "geometry-missing"));
        QVERIFY(issueAt(r, 7, "geometry-type"));
        QVERIFY(issueAt(r, 7, "geometry-type")->message.contains("Point"));
        QVERIFY(issueAt(r, 8, "geometry-type"));
        QVERIFY2(issueAt(r, 8, "geometry-type")->message.contains("2 parts"), qPrintable(issueAt(r, 8, "geometry-type")->message));
        QVERIFY(issueAt(r, 9, "geometry-invalid"));
        QVERIFY2(issueAt(r, 9, "geometry-invalid")->message.contains("Self-intersection"),
                 qPrintable(issueAt(r, 9, "geometry-invalid")->message));
        QVERIFY(issueAt(r, 10, "duplicate"));
        QVERIFY(issueAt(r, 10, "duplicate")->message.contains("row 1"));
        QVERIFY(issueAt(r, 11, "outside-territory"));
        QVERIFY(issueAt(r, 12, "constraint"));
        QCOMPARE(issueAt(r, 12, "constraint")->field, QStringLiteral("codice"));

        // The report can be saved, one line per problem with its row.
        const QString csv = m_tmp.filePath("report.csv");
        QVERIFY(r.saveCsv(csv, nullptr));
        const QList<QByteArray> lines = readBytes(csv).trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("row,fid,severity,code,field,message"));
        QVERIFY(lines.size() >= 12);
        QVERIFY(readBytes(csv).contains("\n9,8,error,geometry-invalid,,"));

        // Import nothing: the default when any row is rejected.
        const QByteArray before = fingerprint();
        {
            Importer again(*m_project);
            QVERIFY(again.prepare(options(path)));
            ImportReport r2;
            QVERIFY(again.check(r2));
            QVERIFY(!again.write(r2, {"t", "d"}));
            QVERIFY2(again.message().contains("11 of 12 rows have problems"), qPrintable(again.message()));
            QVERIFY(!r2.imported);
        }
        QCOMPARE(fingerprint(), before);

        // Or the valid rows, with the report of the others kept with the import.
        ImportOptions o = options(path);
        o.importValidRows = true;
        Importer valid(*m_project);
        QVERIFY(valid.prepare(o));
        ImportReport r3;
        QVERIFY(valid.check(r3));
        QVERIFY2(valid.write(r3, {"t", "d"}), qPrintable(valid.message()));
        QCOMPARE(r3.rowsImported, 1);
        QCOMPARE(count("SELECT count(*) FROM aree"), 1);
        QCOMPARE(count("SELECT rows_rejected FROM territori_imports"), 11);
        QCOMPARE(count("SELECT count(*) FROM territori_imports WHERE report LIKE '%geometry-invalid%'"), 1);
    }

    void theOnePassImportReportsAsTheCheckAndWritesAllOrNothing()
    {
        // Importer::run (territori-import) checks and writes in one pass. With a rejected row in the middle it must
        // leave the store as it was and still report every row's problems, those after the first rejected row
        // included, exactly as check() does; with --valid-only it imports the others.
        QList<QByteArray> rows;
        for (int i = 0; i < 400; ++i)
            rows << feature(QStringLiteral(R"({"nome":"Area %1","comune":"Milano","piani":%2})")
                                .arg(i)
                                .arg(i == 150 ? 99 : i % 10)
                                .toUtf8()
                                .constData(),
                            i == 320 ? "null" : square(9.1 + (i % 20) * 0.01, 45.4 + (i / 20) * 0.01, 0.005).constData());
        rows << rows[10]; // a duplicate of row 11, at row 401
        const QString path = file("unpasso.geojson", collection(rows));
        ImportReport checked;
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(options(path)));
            QVERIFY(importer.check(checked));
        }
        QCOMPARE(checked.rowsRejected, 3);

        const QByteArray before = fingerprint();
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(options(path)));
            ImportReport r;
            QVERIFY(!importer.run(r, {"t", "d"}));
            QVERIFY2(importer.message().contains("3 of 401 rows have problems"), qPrintable(importer.message()));
            QVERIFY(r.checked);
            QVERIFY(!r.imported);
            QCOMPARE(r.rowsRead, 401);
            QCOMPARE(r.rowsValid, checked.rowsValid);
            QCOMPARE(r.toCsv(), checked.toCsv());
            QCOMPARE(r.fileSha256, checked.fileSha256);
            QVERIFY(issueAt(r, 151, "constraint"));
            QVERIFY(issueAt(r, 321, "geometry-missing"));
            QVERIFY(issueAt(r, 401, "duplicate"));
        }
        QCOMPARE(fingerprint(), before);

        ImportOptions o = options(path);
        o.importValidRows = true;
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(o));
            ImportReport r;
            QVERIFY2(importer.run(r, {"t", "d"}), qPrintable(importer.message()));
            QCOMPARE(r.rowsImported, 398);
            QCOMPARE(r.toCsv(), checked.toCsv());
        }
        QCOMPARE(count("SELECT count(*) FROM aree"), 398);
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'insert'"), 398);
        QCOMPARE(count("SELECT rows_read FROM territori_imports"), 401);
        QCOMPARE(count("SELECT rows_rejected FROM territori_imports"), 3);
        QCOMPARE(count("SELECT count(*) FROM territori_imports WHERE report LIKE '%geometry-missing%' AND "
                       "length(file_sha256) = 64"),
                 1);
        QCOMPARE(count("SELECT count(*) FROM aree WHERE nome = 'Area 150' OR nome = 'Area 320'"), 0);

        // Again: every row is now already in the layer, found on the reading thread's own connection.
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(o));
            ImportReport r;
            QVERIFY(!importer.run(r, {"t", "d"}));
            QVERIFY2(importer.message().contains("No row"), qPrintable(importer.message()));
            QVERIFY(issueAt(r, 1, "duplicate-existing"));
            QVERIFY(issueAt(r, 400, "duplicate-existing"));
        }
        QCOMPARE(count("SELECT count(*) FROM aree"), 398);

        // Cancelled half way: nothing.
        init();
        const QByteArray empty = fingerprint();
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(o));
            ImportReport r;
            std::atomic_bool cancel{false};
            QVERIFY(!importer.run(r, {"t", "d"}, [&](double p) { cancel = p > 0.5; }, &cancel));
            QVERIFY(importer.cancelled());
            // The report says it covers part of the file only.
            QVERIFY(!r.checked);
            QVERIFY(r.rowsRead > 0 && r.rowsRead < 401);
            QVERIFY2(r.toCsv().contains(QStringLiteral("Only the first %1 rows were checked").arg(r.rowsRead)),
                     qPrintable(r.toCsv().left(300)));
        }
        QCOMPARE(fingerprint(), empty);
    }

    void invalidGeometriesAreRepairedOnlyOnRequest()
    {
        // A polygon with a spike: invalid, and repairable into one polygon.
        const QByteArray spike = feature(
            R"({"nome":"Con spina","comune":"Milano"})",
            R"({"type":"Polygon","coordinates":[[[9.20,45.50],[9.21,45.50],[9.21,45.505],[9.215,45.505],[9.21,45.505],[9.21,45.51],[9.20,45.51],[9.20,45.50]]]})");
        const QString path = file("spina.geojson", collection({spike}));
        ImportOptions o = options(path);
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(o));
            ImportReport r;
            QVERIFY(importer.check(r));
            QCOMPARE(r.rowsRejected, 1);
            QVERIFY(issueAt(r, 1, "geometry-invalid"));
            QVERIFY(issueAt(r, 1, "geometry-invalid")->message.contains("repaired on request"));
        }
        o.repairGeometries = true;
        Importer importer(*m_project);
        QVERIFY(importer.prepare(o));
        ImportReport r;
        QVERIFY(importer.check(r));
        QCOMPARE(r.rowsValid, 1);
        QCOMPARE(r.rowsRepaired, 1);
        QVERIFY(issueAt(r, 1, "geometry-repaired"));
        QVERIFY2(importer.write(r, {"t", "d"}), qPrintable(importer.message()));
        const Feature f = features().front();
        QCOMPARE(f.geometry.type, GeometryType::Polygon);
        for (const Coord &c : f.geometry.parts[0][0])
            QVERIFY2(c.x < 9.2101, "the spike is gone"); // its tip was at 9.215
    }

    void reimportingTheSameFileFindsEveryFeatureAlreadyThere()
    {
        {
            Importer first(*m_project);
            QVERIFY(first.prepare(options(importData("aree.geojson"))));
            ImportReport r;
            QVERIFY(first.check(r));
            QVERIFY(first.write(r, {"t", "d"}));
        }
        Importer again(*m_project);
        QVERIFY(again.prepare(options(importData("aree.geojson"))));
        ImportReport r;
        QVERIFY(again.check(r));
        QCOMPARE(r.rowsRejected, 3);
        for (int row = 1; row <= 3; ++row)
            QVERIFY(issueAt(r, row, "duplicate-existing"));
        QVERIFY(!again.write(r, {"t", "d"}));
        QCOMPARE(count("SELECT count(*) FROM aree"), 3);
    }

    void aTableWithoutCoordinateSystemNeedsTheUsersChoice()
    {
        // Est/nord in Gauss-Boaga, semicolons and decimal commas as an Italian spreadsheet writes them.
        const QString path = file("servizi.csv",
                                  "nome;tipo;est;nord;aperto_il\n"
                                  "Liceo Parini;Scuola;1514893,25;5035356,5;05/11/2004 09:00\n"
                                  "Parco Nord;PARCO;1515866;5039576;\n");
        ImportOptions o = options(path, "punti");
        Importer importer(*m_project);
        QVERIFY(!importer.prepare(o));
        QCOMPARE(importer.problem(), Importer::Problem::ChooseSrs);
        QVERIFY2(importer.message().contains("EPSG:3003") && importer.message().contains("EPSG:7791"),
                 qPrintable(importer.message()));
        o.srsEpsg = 3003;
        QVERIFY2(importer.prepare(o), qPrintable(importer.message()));
        ImportReport r;
        QVERIFY(importer.check(r));
        QCOMPARE(r.rowsValid, 2);
        QVERIFY(importer.write(r, {"t", "d"}));
        const auto f = features("punti");
        QCOMPARE(f[0].attributes.value("tipo").toString(), QStringLiteral("scuola")); // matched by its label
        QCOMPARE(f[1].attributes.value("tipo").toString(), QStringLiteral("parco"));
        // An Italian time without a zone is Italian civil time (CET in November).
        QCOMPARE(f[0].attributes.value("aperto_il").toDateTime(),
                 QDateTime(QDate(2004, 11, 5), QTime(8, 0), Qt::UTC));
        // Gauss-Boaga to WGS 84 puts the Liceo Parini in Brera.
        QVERIFY(qAbs(f[0].geometry.parts[0][0][0].x - 9.19) < 0.01);
        QVERIFY(qAbs(f[0].geometry.parts[0][0][0].y - 45.47) < 0.01);
        QCOMPARE(r.sourceSrs, QStringLiteral("EPSG:3003 (Monte Mario / Italy zone 1)"));
    }

    void aFileSystemIsNeverOverriddenSilently()
    {
        const QString shp = m_tmp.filePath("gb/aree.shp");
        QDir().mkpath(QFileInfo(shp).absolutePath());
        QVERIFY(writeLayer(shp, "ESRI Shapefile", "aree", 3003, wkbPolygon, {{"nome", OFTString}, {"comune", OFTString}},
                           {{"POLYGON ((1514000 5035000,1514100 5035000,1514100 5035100,1514000 5035000))",
                             {"A", "Milano"}}}));
        ImportOptions o = options(shp);
        o.srsEpsg = 32632;
        Importer importer(*m_project);
        QVERIFY(!importer.prepare(o));
        QCOMPARE(importer.problem(), Importer::Problem::SrsMismatch);
        QVERIFY2(importer.message().contains("EPSG:3003") && importer.message().contains("EPSG:32632"),
                 qPrintable(importer.message()));
        // The same system chosen explicitly is no mismatch.
        o.srsEpsg = 3003;
        QVERIFY2(importer.prepare(o), qPrintable(importer.message()));
        // An override is possible, and then it is what the report says, and the coordinates land elsewhere.
        o.srsEpsg = 32632;
        o.overrideFileSrs = true;
        QVERIFY(importer.prepare(o));
        ImportReport r;
        QVERIFY(importer.check(r));
        QVERIFY(r.notes.join(' ').contains("as chosen"));
        QVERIFY(issueAt(r, 1, "outside-territory") || issueAt(r, 1, "coordinates"));
    }

    void shiftedCoordinatesAreFlaggedNotImported()
    {
        // UTM coordinates declared as Gauss-Boaga: about 1000 km west, off the territory.
        const QString shp = m_tmp.filePath("shift/aree.shp");
        QDir().mkpath(QFileInfo(shp).absolutePath());
        QVERIFY(writeLayer(shp, "ESRI Shapefile", "aree", 3003, wkbPolygon, {{"nome", OFTString}, {"comune", OFTString}},
                           {{"POLYGON ((514000 5035000,514100 5035000,514100 5035100,514000 5035000))", {"A", "Milano"}},
                            {"POLYGON ((515000 5035000,515100 5035000,515100 5035100,515000 5035000))", {"B", "Milano"}}}));
        Importer importer(*m_project);
        QVERIFY(importer.prepare(options(shp)));
        ImportReport r;
        QVERIFY(importer.check(r));
        QCOMPARE(r.rowsRejected, 2);
        QVERIFY(issueAt(r, 1, "outside-territory"));
        QVERIFY2(r.notes.join(' ').contains("probably not in EPSG:3003"), qPrintable(r.notes.join(' ')));
        // Accepted only when the user says so, and still warned about.
        ImportOptions o = options(shp);
        o.allowOutsideTerritory = true;
        QVERIFY(importer.prepare(o));
        QVERIFY(importer.check(r));
        QCOMPARE(r.rowsValid, 2);
        QCOMPARE(r.warnings, 2);
    }

    void severalLayersNeedAChoice()
    {
        const QString gpkg = m_tmp.filePath("due.gpkg");
        QVERIFY(writeLayer(gpkg, "GPKG", "zone", 4326, wkbPolygon, {{"nome", OFTString}, {"comune", OFTString}},
                           {{"POLYGON ((9.2 45.5,9.21 45.5,9.21 45.51,9.2 45.5))", {"Z", "Rho"}}}));
        QVERIFY(writeLayer(gpkg, "GPKG", "altro", 4326, wkbPoint, {{"nome", OFTString}}, {{"POINT (9.2 45.5)", {"P"}}}, {},
                           true));
        ImportOptions o = options(gpkg);
        Importer importer(*m_project);
        QVERIFY(!importer.prepare(o));
        QCOMPARE(importer.problem(), Importer::Problem::ChooseSourceLayer);
        QVERIFY(importer.message().contains("zone") && importer.message().contains("altro"));
        QCOMPARE(int(importer.source()->layers().size()), 2);
        o.sourceLayer = "zone";
        QVERIFY2(importer.prepare(o), qPrintable(importer.message()));
        ImportReport r;
        QVERIFY(importer.check(r));
        QCOMPARE(r.rowsValid, 1);
        o.sourceLayer = "nessuno";
        QVERIFY(!importer.prepare(o));
        QCOMPARE(importer.problem(), Importer::Problem::ChooseSourceLayer);
    }

    void cancellingTheWriteLeavesNothing()
    {
        QList<QByteArray> rows;
        for (int i = 0; i < 300; ++i)
            rows << feature(QStringLiteral(R"({"nome":"Area %1","comune":"Milano"})").arg(i).toUtf8().constData(),
                            square(9.1 + (i % 20) * 0.01, 45.4 + (i / 20) * 0.01, 0.005));
        const QString path = file("molte.geojson", collection(rows));
        const QByteArray before = fingerprint();
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(options(path)));
            ImportReport r;
            QVERIFY(importer.check(r));
            QCOMPARE(r.rowsValid, 300);
            std::atomic_bool cancel{false};
            QVERIFY(!importer.write(r, {"t", "d"}, [&](double p) { cancel = p > 0.5; }, &cancel));
            QVERIFY(importer.cancelled());
            QVERIFY(importer.message().contains("nothing was imported"));
        }
        QCOMPARE(fingerprint(), before);
    }

    void aFileChangedAfterTheCheckIsNotImported()
    {
        const QString path = file("cambia.geojson", collection({feature(R"({"nome":"A","comune":"Milano"})", kSquare)}));
        Importer importer(*m_project);
        QVERIFY(importer.prepare(options(path)));
        ImportReport r;
        QVERIFY(importer.check(r));
        QTest::qWait(1100); // a different modification time, whatever the file system's resolution
        writeBytes(path, collection({feature(R"({"nome":"B","comune":"Milano"})", kSquare)}) + "\n");
        QVERIFY(!importer.write(r, {"t", "d"}));
        QVERIFY2(importer.message().contains("changed after it was checked"), qPrintable(importer.message()));
        QCOMPARE(count("SELECT count(*) FROM aree"), 0);
    }

    void constantsAndExplicitMappingOverrideTheAutomaticOne()
    {
        const QString path = file("altri.geojson",
                                  collection({feature(R"({"DENOMINAZIONE":"Cascina","nome":"ignorato"})", kSquare)}));
        ImportOptions o = options(path);
        o.mapping = {FieldMap{"nome", "DENOMINAZIONE", {}, false}, FieldMap{"comune", {}, QStringLiteral("rho"), false}};
        Importer importer(*m_project);
        QVERIFY2(importer.prepare(o), qPrintable(importer.message()));
        ImportReport r;
        QVERIFY(importer.check(r));
        QVERIFY(importer.write(r, {"t", "d"}));
        const Feature f = features().front();
        QCOMPARE(f.attributes.value("nome").toString(), QStringLiteral("Cascina"));
        QCOMPARE(f.attributes.value("comune").toString(), QStringLiteral("Rho"));
        // A mapping to a column or field that does not exist is a clear error.
        o.mapping = {FieldMap{"nome", "NON_ESISTE", {}, false}};
        QVERIFY(!importer.prepare(o));
        QCOMPARE(importer.problem(), Importer::Problem::Mapping);
        QVERIFY(importer.message().contains("NON_ESISTE"));
    }

    // GDAL opens a file with descriptors of its own: closing them would release this process's locks on the store.
    void theProjectsOwnStoreIsNeverImported()
    {
        for (const QString &path : {m_dir + "/project.gpkg", m_dir + "/./project.gpkg", m_dir + "/project.gpkg-wal"}) {
            Importer importer(*m_project);
            QVERIFY(!importer.prepare(options(path, "aree")));
            QCOMPARE(importer.problem(), Importer::Problem::File);
            QVERIFY2(importer.message().contains("the project's own store"), qPrintable(importer.message()));
            QVERIFY(!importer.source());
        }
    }

    void unknownLayersAreClearErrors()
    {
        ImportOptions o = options(importData("aree.geojson"), "inesistente");
        Importer importer(*m_project);
        QVERIFY(!importer.prepare(o));
        QCOMPARE(importer.problem(), Importer::Problem::TargetLayer);
        QVERIFY(importer.message().contains("aree, punti, percorsi"));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
