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

    // The same project with a multi-part polygon layer too ("aree_multi", the fields of "aree").
    void withMultiPartLayer()
    {
        m_project.reset();
        m_dir = m_tmp.filePath(QStringLiteral("m%1").arg(QRandomGenerator::global()->generate()));
        m_project = Project::create(m_dir, importDefinitionWithMulti());
    }

    static QByteArray twoSquares(double x, double y)
    {
        return QStringLiteral(R"({"type":"MultiPolygon","coordinates":[[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]],[[[%5,%2],[%6,%2],[%6,%4],[%5,%4],[%5,%2]]]]})")
            .arg(x, 0, 'f', 4)
            .arg(y, 0, 'f', 4)
            .arg(x + 0.002, 0, 'f', 4)
            .arg(y + 0.002, 0, 'f', 4)
            .arg(x + 0.004, 0, 'f', 4)
            .arg(x + 0.006, 0, 'f', 4)
            .toUtf8();
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
            // Short: the import's record (its id's first 8 characters) has the file (issue #13).
            QCOMPARE(imported[i].meta.source,
                     QStringLiteral("import %1 row %2").arg(report.importId.left(8)).arg(i + 1));
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
        QCOMPARE(issueAt(r, 7, "geometry-type")->message, QStringLiteral("a point, but the layer holds polygons"));
        QVERIFY(issueAt(r, 8, "geometry-type"));
        // A row of several parts names them and the option that would split it.
        QVERIFY2(issueAt(r, 8, "geometry-type")->message.startsWith("a multi-polygon of 2 parts: the layer holds single polygons. "
                                                                     "Choose to split multi-part rows"),
                 qPrintable(issueAt(r, 8, "geometry-type")->message));
        QCOMPARE(r.rowsMultiPart, 1);
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
        QCOMPARE(Outbox::pendingCount(m_project->db()), 398); // each row still to go, in the import's one entry
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'import'"), 1);
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

    // Issue #13: multi-part rows were refused everywhere. Into a single-part layer they are split on request, one
    // feature per part with the row's values, and the report says so row by row.
    void multiPartRowsAreSplitIntoOneFeaturePerPartOnRequest()
    {
        const QList<QByteArray> rows{
            feature(R"({"nome":"Una","comune":"Milano","piani":1})", square(9.10, 45.40)),
            feature(R"({"nome":"Due","comune":"Rho","piani":2})", twoSquares(9.12, 45.40)),
            feature(R"({"nome":"Tre","comune":"Milano","piani":3})",
                    R"({"type":"MultiPolygon","coordinates":[[[[9.14,45.40],[9.142,45.40],[9.142,45.402],[9.14,45.40]]],[[[9.144,45.40],[9.146,45.40],[9.146,45.402],[9.144,45.40]]],[[[9.148,45.40],[9.15,45.40],[9.15,45.402],[9.148,45.40]]]]})"),
            // A collection of polygons only is a multi-polygon by another name.
            feature(R"({"nome":"Raccolta","comune":"Milano"})",
                    R"({"type":"GeometryCollection","geometries":[)" + square(9.16, 45.40) + "," + square(9.17, 45.40) + "]}"),
        };
        const QString path = file("parti.geojson", collection(rows));
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(options(path)));
            ImportReport r;
            QVERIFY(importer.check(r));
            QCOMPARE(r.rowsRejected, 3);
            QCOMPARE(r.rowsMultiPart, 3);
            QVERIFY2(issueAt(r, 2, "geometry-type")->message.contains("Choose to split multi-part rows into one feature per part"),
                     qPrintable(issueAt(r, 2, "geometry-type")->message));
            QVERIFY2(issueAt(r, 4, "geometry-type")->message.startsWith("a geometry collection of 2 polygons: the layer holds single polygons"),
                     qPrintable(issueAt(r, 4, "geometry-type")->message));
        }
        ImportOptions o = options(path);
        o.splitMultiPart = true;
        ImportReport checked;
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(o));
            QVERIFY(importer.check(checked));
            QCOMPARE(checked.rowsRejected, 0);
            QCOMPARE(checked.rowsValid, 4);
            QCOMPARE(checked.rowsSplit, 3);
            QCOMPARE(checked.featuresFromSplit, 7);
            QCOMPARE(checked.featuresToImport(), 8);
            QCOMPARE(issueAt(checked, 2, "split")->message, QStringLiteral("split into 2 features, one per part, each with the row's values"));
            QCOMPARE(issueAt(checked, 3, "split")->message, QStringLiteral("split into 3 features, one per part, each with the row's values"));
            QVERIFY(issueAt(checked, 4, "split"));
            QVERIFY(!issueAt(checked, 1, "split"));
            QVERIFY(checked.notes.join(' ').contains("3 rows of several parts are split into 7 features"));
            QVERIFY2(checked.toCsv().contains("\n2,1,warning,split,,\"split into 2 features"), qPrintable(checked.toCsv()));
            QVERIFY2(importer.write(checked, {"t", "d"}), qPrintable(importer.message()));
            QCOMPARE(checked.rowsImported, 8);
        }
        const auto f = features();
        QCOMPARE(int(f.size()), 8);
        const QStringList names{"Una", "Due", "Due", "Tre", "Tre", "Tre", "Raccolta", "Raccolta"};
        QSet<QString> uuids;
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(f[size_t(i)].attributes.value("nome").toString(), names[i]);
            QCOMPARE(f[size_t(i)].geometry.type, GeometryType::Polygon);
            uuids.insert(f[size_t(i)].uuid);
        }
        QCOMPARE(uuids.size(), 8); // each part a feature of its own
        QCOMPARE(f[2].attributes.value("comune").toString(), QStringLiteral("Rho"));
        QCOMPARE(f[2].attributes.value("piani").toInt(), 2);
        QCOMPARE(f[1].geometry.parts[0][0][0].x, 9.12);  // the first part
        QCOMPARE(f[2].geometry.parts[0][0][0].x, 9.124); // the second
        QCOMPARE(f[0].meta.source, QStringLiteral("import %1 row 1").arg(checked.importId.left(8)));
        QCOMPARE(f[5].meta.source, QStringLiteral("import %1 row 3, part 3 of 3").arg(checked.importId.left(8)));
        QCOMPARE(Outbox::pendingCount(m_project->db()), 8);
        QCOMPARE(count("SELECT rows_read FROM territori_imports"), 4);
        QCOMPARE(count("SELECT rows_imported FROM territori_imports"), 8);

        // The one pass of territori-import reports and writes the same.
        init();
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(o));
            ImportReport r;
            QVERIFY2(importer.run(r, {"t", "d"}), qPrintable(importer.message()));
            QCOMPARE(r.toCsv(), checked.toCsv());
            QCOMPARE(r.rowsImported, 8);
        }
        QCOMPARE(int(features().size()), 8);
        // Again: each split row's parts are found in the layer.
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(o));
            ImportReport r;
            QVERIFY(importer.check(r));
            QCOMPARE(r.rowsRejected, 4);
            QVERIFY2(issueAt(r, 2, "duplicate-existing")->message.startsWith("part 1 of the row is already in the layer"),
                     qPrintable(issueAt(r, 2, "duplicate-existing")->message));
        }
    }

    void eachPartOfASplitRowIsCheckedAndRepairedOnItsOwn()
    {
        // Two parts, the second a bow tie: invalid alone, two triangles once repaired.
        const QString path = file("farfalla.geojson", collection({feature(
            R"({"nome":"Farfalla","comune":"Milano"})",
            R"({"type":"MultiPolygon","coordinates":[[[[9.10,45.40],[9.11,45.40],[9.11,45.41],[9.10,45.41],[9.10,45.40]]],[[[9.12,45.40],[9.13,45.41],[9.13,45.40],[9.12,45.41],[9.12,45.40]]]]})")}));
        ImportOptions o = options(path);
        o.splitMultiPart = true;
        {
            Importer importer(*m_project);
            QVERIFY(importer.prepare(o));
            ImportReport r;
            QVERIFY(importer.check(r));
            QCOMPARE(r.rowsRejected, 1);
            QVERIFY2(issueAt(r, 1, "geometry-invalid")->message.contains("(part 2: Self-intersection"),
                     qPrintable(issueAt(r, 1, "geometry-invalid")->message));
        }
        o.repairGeometries = true;
        Importer importer(*m_project);
        QVERIFY(importer.prepare(o));
        ImportReport r;
        QVERIFY(importer.check(r));
        QCOMPARE(r.rowsValid, 1);
        QCOMPARE(r.featuresFromSplit, 3);
        QVERIFY(issueAt(r, 1, "geometry-repaired"));
        QVERIFY2(importer.write(r, {"t", "d"}), qPrintable(importer.message()));
        QCOMPARE(int(features().size()), 3);
    }

    void multiPartRowsGoWholeIntoAMultiPartLayer()
    {
        withMultiPartLayer();
        const QString path = file("multi.geojson", collection({
            feature(R"({"nome":"Una","comune":"Milano"})", square(9.10, 45.40)),
            feature(R"({"nome":"Due","comune":"Milano"})", twoSquares(9.12, 45.40)),
            // Parts that overlap are not a valid multi-polygon (GEOS), as a desktop GIS would say too.
            feature(R"({"nome":"Sovrapposte","comune":"Milano"})",
                    R"({"type":"MultiPolygon","coordinates":[[[[9.20,45.40],[9.21,45.40],[9.21,45.41],[9.20,45.41],[9.20,45.40]]],[[[9.205,45.405],[9.215,45.405],[9.215,45.415],[9.205,45.415],[9.205,45.405]]]]})"),
        }));
        Importer importer(*m_project);
        QVERIFY(importer.prepare(options(path, "aree_multi")));
        ImportReport r;
        QVERIFY(importer.check(r));
        QCOMPARE(r.rowsValid, 2);
        QCOMPARE(r.rowsMultiPart, 0);
        QCOMPARE(r.rowsSplit, 0);
        QVERIFY(issueAt(r, 3, "geometry-invalid"));
        ImportOptions o = options(path, "aree_multi");
        o.importValidRows = true;
        QVERIFY(importer.prepare(o));
        QVERIFY(importer.check(r));
        QVERIFY2(importer.write(r, {"t", "d"}), qPrintable(importer.message()));
        const auto f = features("aree_multi");
        QCOMPARE(int(f.size()), 2);
        QCOMPARE(f[0].geometry.type, GeometryType::MultiPolygon); // a single shape promoted to a multi of one part
        QCOMPARE(int(f[0].geometry.parts.size()), 1);
        QCOMPARE(f[1].geometry.type, GeometryType::MultiPolygon);
        QCOMPARE(int(f[1].geometry.parts.size()), 2);
        // And the same file again finds both already there (the promoted one too).
        ImportReport again;
        QVERIFY(importer.prepare(o));
        QVERIFY(importer.check(again));
        QVERIFY(issueAt(again, 1, "duplicate-existing"));
        QVERIFY(issueAt(again, 2, "duplicate-existing"));
    }

    // Issue #13: "A GeometryCollection is reported as 'a Point'".
    void aGeometryCollectionIsNamedByWhatItHolds()
    {
        const QByteArray line = R"({"type":"LineString","coordinates":[[9.2,45.5],[9.21,45.51]]})";
        const QString path = file("raccolte.geojson", collection({
            feature(R"({"nome":"A","comune":"Milano"})",
                    R"({"type":"GeometryCollection","geometries":[)" + square(9.10, 45.40) + "," + square(9.12, 45.40) + "," + line + "]}"),
            feature(R"({"nome":"B","comune":"Milano"})",
                    R"({"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[9.2,45.5]}]})"),
            feature(R"({"nome":"C","comune":"Milano"})",
                    R"({"type":"MultiLineString","coordinates":[[[9.2,45.5],[9.21,45.51]],[[9.22,45.5],[9.23,45.51]]]})"),
        }));
        ImportOptions o = options(path);
        o.splitMultiPart = true; // no split makes a polygon of a line
        Importer importer(*m_project);
        QVERIFY(importer.prepare(o));
        ImportReport r;
        QVERIFY(importer.check(r));
        QCOMPARE(issueAt(r, 1, "geometry-type")->message,
                 QStringLiteral("a geometry collection of 2 polygons and a line, but the layer holds polygons"));
        QCOMPARE(issueAt(r, 2, "geometry-type")->message,
                 QStringLiteral("a geometry collection of a point, but the layer holds polygons"));
        QCOMPARE(issueAt(r, 3, "geometry-type")->message, QStringLiteral("a multi-line of 2 parts, but the layer holds polygons"));
    }

    // Issue #13: rows off the territory in the right system were blamed on the system, even when accepted.
    void rowsOffTheTerritoryAreLocatedNotBlamedOnTheSystem()
    {
        QList<QByteArray> rows;
        for (int i = 0; i < 3; ++i) // near Siena
            rows << feature(QStringLiteral(R"({"nome":"Podere %1","comune":"Milano"})").arg(i).toUtf8().constData(),
                            square(11.70 + i * 0.01, 43.30));
        rows << feature(R"({"nome":"In città","comune":"Milano"})", square(9.19, 45.46));
        const QString path = file("lontano.geojson", collection(rows));
        Importer importer(*m_project);
        QVERIFY(importer.prepare(options(path)));
        ImportReport r;
        QVERIFY(importer.check(r));
        QCOMPARE(r.rowsRejected, 3);
        QString notes = r.notes.join('\n');
        QVERIFY2(notes.contains("3 of 4 rows lie outside the project's territory, around 43.3° N 11.7° E: if they belong on it, "
                                "the coordinates are probably not in EPSG:4326"),
                 qPrintable(notes));
        // Accepted on request: where they are, and no claim that the system is wrong.
        ImportOptions o = options(path);
        o.allowOutsideTerritory = true;
        QVERIFY(importer.prepare(o));
        QVERIFY(importer.check(r));
        QCOMPARE(r.rowsValid, 4);
        notes = r.notes.join('\n');
        QVERIFY2(notes.contains("3 of 4 rows lie outside the project's territory, around 43.3° N 11.7° E; they are accepted, as chosen."),
                 qPrintable(notes));
        QVERIFY2(!notes.contains("probably not"), qPrintable(notes));
        for (const ImportIssue &i : r.issues)
            QVERIFY2(!i.message.contains("coordinate system"), qPrintable(i.message));
        QVERIFY(issueAt(r, 1, "outside-territory")->message.endsWith("accepted, as chosen"));
    }

    void theReportNamesTheColumnsNotImported()
    {
        const QString path = file("colonne.geojson", collection({feature(
            R"({"nome":"A","comune":"Milano","FOGLIO":12,"MAPPALE":"345","Proprietario":"Comune"})", kSquare)}));
        Importer importer(*m_project);
        QVERIFY(importer.prepare(options(path)));
        ImportReport r;
        QVERIFY(importer.check(r));
        QCOMPARE(r.unusedColumns, QStringList({"FOGLIO", "MAPPALE", "Proprietario"}));
        QVERIFY2(r.notes.contains("Columns of colonne.geojson not imported (no field of the layer takes them): FOGLIO, MAPPALE, "
                                  "Proprietario."),
                 qPrintable(r.notes.join('\n')));
        // Mapped by hand, a column is imported and no longer listed; a table's geometry columns are never listed.
        ImportOptions o = options(path);
        o.mapping = {FieldMap{"note", "Proprietario", {}, false}};
        QVERIFY(importer.prepare(o));
        QVERIFY(importer.check(r));
        QCOMPARE(r.unusedColumns, QStringList({"FOGLIO", "MAPPALE"}));
        const QString csv = file("servizi.csv", "nome;x;y;codice_istat\nScuola;9,19;45,47;015146\n");
        ImportOptions t = options(csv, "punti");
        t.srsEpsg = 4326;
        QVERIFY(importer.prepare(t));
        QVERIFY(importer.check(r));
        QCOMPARE(r.unusedColumns, QStringList({"codice_istat"}));
    }

    // Issue #13: the default target layer fits the file (its geometry and its columns), not the project's first.
    void theDefaultLayerFitsTheFile()
    {
        withMultiPartLayer();
        auto chosen = [&](const QString &path, const ImportOptions &base = {}) {
            ImportOptions o = base;
            o.path = path;
            o.targetLayer.clear();
            Importer importer(*m_project);
            importer.prepare(o);
            return std::make_pair(importer.options().targetLayer, importer.targetReason());
        };
        // Points, with the columns of "punti" (a CSV's X/Y columns, no coordinate system yet: still chosen).
        const QString csv = file("servizi.csv", "nome;tipo;x;y\nScuola;scuola;1514893;5035356\n");
        QCOMPARE(chosen(csv).first, QStringLiteral("punti"));
        // Lines.
        const QString lines = file("percorsi.geojson", collection({feature(R"({"nome":"Alzaia"})",
                                                                           R"({"type":"LineString","coordinates":[[9.2,45.5],[9.21,45.51]]})")}));
        QCOMPARE(chosen(lines).first, QStringLiteral("percorsi"));
        // Polygons with the columns of both polygon layers: single parts go to the single-part layer...
        const auto single = chosen(importData("aree.geojson"));
        QCOMPARE(single.first, QStringLiteral("aree"));
        QCOMPARE(single.second, QStringLiteral("it holds polygons, as the file does, and 8 of the file's 8 columns match its fields."));
        // ...a file of multi-part rows to the multi-part one.
        const QString multi = file("multi.geojson", collection({feature(R"({"nome":"Due","comune":"Milano"})", twoSquares(9.12, 45.40))}));
        QCOMPARE(chosen(multi).first, QStringLiteral("aree_multi"));
        // The kind comes first: polygons whose columns are those of "punti" still go to a polygon layer.
        const QString odd = file("odd.geojson", collection({feature(R"({"tipo":"scuola","aperto_il":"2020-01-01"})", kSquare)}));
        QCOMPARE(chosen(odd).first, QStringLiteral("aree"));
        // A layer named in the options is kept, with no reason to give.
        ImportOptions named;
        named.targetLayer = "aree_multi";
        named.path = importData("aree.geojson");
        Importer importer(*m_project);
        QVERIFY(importer.prepare(named));
        QCOMPARE(importer.options().targetLayer, QStringLiteral("aree_multi"));
        QVERIFY(importer.targetReason().isEmpty());
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
