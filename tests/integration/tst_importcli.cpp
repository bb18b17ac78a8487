// The headless commands territori-import and territori-export as a script runs them: exit status, what they print,
// the saved report, the store untouched when nothing may be imported, and the messages in Italian with --lang it.

#include "gisfixtures.h"
#include "project.h"

#include <QtTest>

using namespace territori;
using namespace territori::store;
using namespace territori::testing;

class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;

    QString tool(const char *name) { return QStringLiteral(TERRITORI_BINARY_DIR "/app/") + QLatin1String(name); }

    ToolResult import(const QStringList &args)
    {
        return runTool(tool("territori-import"), args + QStringList{"--project", m_dir});
    }

    qint64 count(const QString &sql)
    {
        auto project = Project::open(m_dir);
        Statement st = project->db().prepare(sql);
        st.step();
        return st.int64(0);
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_tmp.filePath(name);
        writeBytes(path, content);
        return path;
    }

private slots:
    void init()
    {
        m_dir = m_tmp.filePath(QStringLiteral("p%1").arg(QRandomGenerator::global()->generate()));
        Project::create(m_dir, importDefinition());
    }

    void aDryRunChecksAndWritesNothing()
    {
        const QByteArray before = storeFingerprint(m_dir);
        const ToolResult r = import({importData("aree.geojson"), "--layer", "aree", "--dry-run", "--lang", "en"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Checked 3 rows: 3 valid, 0 rejected"), r.out.constData());
        QVERIFY(r.out.contains("nome ← NOME"));
        QCOMPARE(storeFingerprint(m_dir), before);
    }

    void importsAndSaysWhatItDid()
    {
        const QString report = m_tmp.filePath("report.csv");
        const ToolResult r = import({importData("aree.geojson"), "--layer", "aree", "--comune", "Milano", "--officer",
                                     "Ufficio PGT", "--report", report, "--lang", "en"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Imported 3 features into aree"), r.out.constData());
        QCOMPARE(count("SELECT count(*) FROM aree WHERE author = 'Ufficio PGT' AND source LIKE 'import ________ row %' AND "
                       "substr(source, 8, 8) = (SELECT substr(id, 1, 8) FROM territori_imports WHERE file_name = 'aree.geojson')"), 3);
        QCOMPARE(count("SELECT count(*) FROM territori_imports WHERE comune = 'Milano' AND officer = 'Ufficio PGT'"), 1);
        QCOMPARE(readBytes(report).trimmed(), QByteArray("row,fid,severity,code,field,message"));
    }

    void rejectedRowsMeanNothingUnlessValidOnly()
    {
        const QString report = m_tmp.filePath("rifiuti.csv");
        const QString aree = file("aree-miste.geojson",
                                  R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"nome":"Buona","comune":"Milano"},"geometry":{"type":"Polygon","coordinates":[[[9.19,45.47],[9.2,45.47],[9.2,45.48],[9.19,45.47]]]}},
{"type":"Feature","properties":{"nome":"Senza comune"},"geometry":{"type":"Polygon","coordinates":[[[9.21,45.47],[9.22,45.47],[9.22,45.48],[9.21,45.47]]]}}]})");
        const QByteArray beforeAree = storeFingerprint(m_dir);
        ToolResult r = import({aree, "--layer", "aree", "--report", report, "--lang", "en"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("1 of 2 rows have problems, so nothing was imported"), r.err.constData());
        QVERIFY(r.out.contains("row 2, comune: Municipality is required"));
        QVERIFY(readBytes(report).contains("2,1,error,required,comune,Municipality is required"));
        QCOMPARE(storeFingerprint(m_dir), beforeAree);
        r = import({aree, "--layer", "aree", "--valid-only", "--lang", "en"});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(count("SELECT count(*) FROM aree"), 1);
        // Importing the same file again finds the feature already there.
        r = import({aree, "--layer", "aree", "--valid-only", "--report", report, "--lang", "en"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(readBytes(report).contains("duplicate-existing"));
    }

    // Issue #13: a script can split multi-part rows too; without the flag the output says which flag would.
    void multiPartRowsAreSplitWithTheFlag()
    {
        const QString path = file("parti.csv",
                                  "wkt;nome;comune;foglio\n"
                                  "\"MULTIPOLYGON Z (((9.19 45.47 120,9.2 45.47 120,9.2 45.48 120,9.19 45.47 120)),"
                                  "((9.21 45.47 120,9.22 45.47 120,9.22 45.48 120,9.21 45.47 120)))\";Due parti;Milano;12\n"
                                  "\"POLYGON ((9.23 45.47,9.24 45.47,9.24 45.48,9.23 45.47))\";Una;Rho;13\n");
        const QByteArray before = storeFingerprint(m_dir);
        ToolResult r = import({path, "--layer", "aree", "--srs", "EPSG:4326", "--lang", "en"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("several parts and the layer holds single ones: --split-multipart imports each part as a feature "
                                "of its own."),
                 r.out.constData());
        QCOMPARE(storeFingerprint(m_dir), before);
        const QString report = m_tmp.filePath("parti-report.csv");
        r = import({path, "--layer", "aree", "--srs", "EPSG:4326", "--split-multipart", "--report", report, "--lang", "en"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Imported 3 features into aree"), r.out.constData());
        // The file-level notes: the split, the heights dropped, the column no field takes.
        QVERIFY2(r.out.contains(" of several parts ") && r.out.contains(" split into 2 features, one per part, each with its row's values."),
                 r.out.constData());
        QVERIFY2(r.out.contains("The geometries of parti.csv have heights (Z) on 1 of 2 rows"), r.out.constData());
        QVERIFY2(r.out.contains("Columns of parti.csv not imported (no field of the layer takes them): foglio."), r.out.constData());
        QVERIFY2(readBytes(report).contains("\n1,1,warning,split,,\"split into 2 features"), readBytes(report).constData());
        QCOMPARE(count("SELECT count(*) FROM aree WHERE nome = 'Due parti'"), 2);
    }

    void aTableWithoutSystemNeedsSrs()
    {
        const QString csv = file("servizi.csv", "nome;x;y\nScuola;1514893;5035356\n");
        ToolResult r = import({csv, "--layer", "punti", "--lang", "en"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("servizi.csv does not say in which coordinate system"), r.err.constData());
        r = import({csv, "--layer", "punti", "--srs", "EPSG:3003", "--lang", "en"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("EPSG:3003 (Monte Mario / Italy zone 1), converted to WGS 84"));
        r = import({csv, "--layer", "punti", "--srs", "Gauss-Boaga"});
        QCOMPARE(r.exitCode, 1);
    }

    void brokenFilesExitWithTheReason()
    {
        const QString path = file("rotto.geojson", readBytes(importData("aree.geojson")).left(400));
        const ToolResult r = import({path, "--layer", "aree", "--lang", "en"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("rotto.geojson"), r.err.constData());
    }

    void messagesInItalian()
    {
        const ToolResult r = import({importData("aree.geojson"), "--layer", "aree", "--dry-run", "--lang", "it"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Controllate 3 righe: 3 valide, 0 scartate"), r.out.constData());
        const ToolResult e = import({importData("aree.geojson"), "--layer", "nessuno", "--lang", "it"});
        QCOMPARE(e.exitCode, 1);
        QVERIFY2(e.err.contains("Il progetto non ha il livello 'nessuno'"), e.err.constData());
    }

    void exportsForQgis()
    {
        QCOMPARE(import({importData("aree.geojson"), "--layer", "aree"}).exitCode, 0);
        const QString out = m_tmp.filePath("export");
        ToolResult r = runTool(tool("territori-export"),
                               {m_dir, "--all", "--format", "shp", "--srs", "EPSG:3003", "--out", out, "--lang", "en"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("aree: column 'superficie_mq' written as 'superficie'"), r.out.constData());
        QVERIFY(r.out.contains("Exported 3 features in EPSG:3003"));
        const QString info = QString::fromUtf8(runTool("ogrinfo", {"-ro", "-so", out + "/aree.shp", "aree"}).out);
        QVERIFY2(info.contains("Feature Count: 3") && info.contains("ID[\"EPSG\",3003]"), qPrintable(info));
        r = runTool(tool("territori-export"), {m_dir, "--layer", "aree", "--format", "gpkg", "--out", out + "/a.gpkg"});
        QCOMPARE(r.exitCode, 0);
        r = runTool(tool("territori-export"), {m_dir, "--format", "gpkg", "--out", out + "/b.gpkg"});
        QCOMPARE(r.exitCode, 1); // neither --layer nor --all
        r = runTool(tool("territori-export"), {m_dir, "--layer", "nessuno", "--format", "gpkg", "--out", out + "/c.gpkg", "--lang", "en"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("The project has no layer 'nessuno'"));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
