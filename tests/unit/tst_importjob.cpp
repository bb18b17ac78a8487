// The import and export as the app runs them (app/gis/jobs.h): on a worker thread, finished() once, progress, the
// choice still missing after an inspection, the report of a check reused by the import, cancel leaving nothing.

#include "gisfixtures.h"
#include "jobs.h"
#include "language.h"
#include "project.h"

#include <QSignalSpy>
#include <QtTest>

using namespace territori;
using namespace territori::gis;
using namespace territori::store;
using namespace territori::testing;

class TestImportJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;

    bool finish(Job &job)
    {
        QSignalSpy done(&job, &Job::finished);
        return done.wait(60000) && done.count() == 1 && !job.isRunning();
    }

    qint64 count(const QString &sql)
    {
        auto project = Project::open(m_dir);
        Statement st = project->db().prepare(sql);
        st.step();
        return st.int64(0);
    }

private slots:
    void init()
    {
        setUiLanguage("en");
        m_dir = m_tmp.filePath(QStringLiteral("p%1").arg(QRandomGenerator::global()->generate()));
        Project::create(m_dir, importDefinition());
    }

    void inspectSaysWhatIsMissingAndPreviews()
    {
        ImportOptions o;
        o.path = importData("aree.geojson");
        o.targetLayer = "aree";
        ImportJob inspect(m_dir, o, ImportJob::Mode::Inspect);
        inspect.setPreviewRows(2);
        inspect.start();
        QVERIFY(finish(inspect));
        QCOMPARE(inspect.error(), Job::Error::None);
        QCOMPARE(inspect.problem(), Importer::Problem::None);
        QCOMPARE(inspect.format(), QStringLiteral("GeoJSON"));
        QCOMPARE(int(inspect.sourceLayers().size()), 1);
        QCOMPARE(inspect.sourceLayers().front().featureCount, 3);
        QVERIFY(inspect.sourceSrs().startsWith("EPSG:4326"));
        QCOMPARE(int(inspect.preview().rows.size()), 2);
        QCOMPARE(count("SELECT count(*) FROM aree"), 0);

        // A table without a coordinate system: the job says the choice is missing, and lists the columns.
        const QString csv = m_tmp.filePath("servizi.csv");
        writeBytes(csv, "nome;x;y\nScuola;1514893;5035356\n");
        o.path = csv;
        o.targetLayer = "punti";
        ImportJob ask(m_dir, o, ImportJob::Mode::Inspect);
        ask.start();
        QVERIFY(finish(ask));
        QCOMPARE(ask.error(), Job::Error::InvalidInput);
        QCOMPARE(ask.problem(), Importer::Problem::ChooseSrs);
        QVERIFY(ask.errorString().contains("coordinate system"));
        QCOMPARE(int(ask.sourceLayers().front().columns.size()), 3);
    }

    void checkThenImportReusesTheCheck()
    {
        ImportOptions o;
        o.path = importData("aree.geojson");
        o.targetLayer = "aree";
        o.comune = "Milano";
        ImportJob check(m_dir, o, ImportJob::Mode::Check);
        QSignalSpy progress(&check, &Job::progressChanged);
        check.start();
        QVERIFY(finish(check));
        QCOMPARE(check.error(), Job::Error::None);
        QVERIFY(check.report()->checked);
        QCOMPARE(check.report()->rowsValid, 3);
        QCOMPARE(check.progress(), 1.0);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(count("SELECT count(*) FROM aree"), 0);

        ImportJob import(m_dir, o, ImportJob::Mode::Import, {"Ufficio PGT", "tablet"});
        import.setCheckedReport(check.report());
        import.start();
        QVERIFY(finish(import));
        QVERIFY2(import.error() == Job::Error::None, qPrintable(import.errorString()));
        QVERIFY(import.report()->imported);
        QCOMPARE(import.report()->rowsImported, 3);
        QCOMPARE(count("SELECT count(*) FROM aree WHERE author = 'Ufficio PGT'"), 3);
        QCOMPARE(count("SELECT count(*) FROM territori_imports WHERE comune = 'Milano'"), 1);
    }

    void aCancelledImportLeavesNothing()
    {
        QByteArray json = "{\"type\":\"FeatureCollection\",\"features\":[";
        for (int i = 0; i < 3000; ++i) {
            const double x = 9.1 + (i % 60) * 0.005, y = 45.4 + (i / 60) * 0.004;
            json += QStringLiteral("%1{\"type\":\"Feature\",\"properties\":{\"nome\":\"A%2\",\"comune\":\"Milano\"},"
                                   "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%3,%4],[%5,%4],[%5,%6],[%3,%4]]]}}")
                        .arg(i ? "," : "")
                        .arg(i)
                        .arg(x, 0, 'f', 4)
                        .arg(y, 0, 'f', 4)
                        .arg(x + 0.002, 0, 'f', 4)
                        .arg(y + 0.002, 0, 'f', 4)
                        .toUtf8();
        }
        const QString path = m_tmp.filePath("molte.geojson");
        writeBytes(path, json + "]}");
        const QByteArray before = storeFingerprint(m_dir);
        ImportOptions o;
        o.path = path;
        o.targetLayer = "aree";
        ImportJob job(m_dir, o, ImportJob::Mode::Import);
        connect(&job, &Job::progressChanged, &job, [&] {
            if (job.progress() > 0.6)
                job.cancel();
        });
        job.start();
        QVERIFY(finish(job));
        QCOMPARE(job.error(), Job::Error::Cancelled);
        QVERIFY(job.errorString().contains("nothing was imported") || job.errorString().contains("cancelled"));
        QCOMPARE(storeFingerprint(m_dir), before);
    }

    void exportJobWritesAndReports()
    {
        ImportOptions o;
        o.path = importData("aree.geojson");
        o.targetLayer = "aree";
        ImportJob import(m_dir, o, ImportJob::Mode::Import);
        import.start();
        QVERIFY(finish(import));
        const QString out = m_tmp.filePath("export/aree.shp");
        ExportJob job(m_dir, ExportOptions{{"aree"}, "shp", 3003, out});
        job.start();
        QVERIFY(finish(job));
        QVERIFY2(job.error() == Job::Error::None, qPrintable(job.errorString()));
        QCOMPARE(job.report().features, 3);
        QVERIFY(QFile::exists(out));
        QVERIFY(!job.report().renamed.empty());
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
