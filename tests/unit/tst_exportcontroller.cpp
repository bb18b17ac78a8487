// The export page: what a person picks is what is written, in a new file each time (an earlier export is never
// overwritten), and participants' personal data never leave through it.

#include "editgateway.h"
#include "exportcontroller.h"
#include "project.h"
#include "testsupport.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace territori;
using namespace territori::store;
using territori::ui::ExportController;

class TestExportController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    static QStringList layersOf(const QString &gpkg)
    {
        QStringList out;
        GDALDatasetH ds = GDALOpenEx(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        if (!ds)
            return out;
        for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i)
            out << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(ds, i)));
        GDALClose(ds);
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        GDALAllRegister();
    }

    void everyLayerShownIsExportedButNotPersonalData()
    {
        auto project = Project::create(m_tmp.filePath("p"), testing::demoDefinition());
        QVERIFY(project);
        ExportController exporter(project.get());
        QStringList offered;
        for (const QVariant &l : exporter.layers())
            offered << l.toMap().value("name").toString();
        QVERIFY(offered.contains("aree_dismesse"));
        QVERIFY(!offered.contains("partecipanti"));
        QVERIFY(!offered.contains("tavoli"));

        exporter.setFolder(m_tmp.filePath("out/nuova")); // not there yet: created
        QSignalSpy done(&exporter, &ExportController::finished);
        exporter.start(offered, "gpkg", 3003);
        QVERIFY(exporter.busy());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        const QStringList files = exporter.result().value("files").toStringList();
        QCOMPARE(files.size(), 1);
        QVERIFY(files.front().endsWith(".gpkg"));
        QVERIFY(exporter.result().value("srs").toString().contains("3003"));
        const QStringList written = layersOf(files.front());
        for (const QString &l : offered)
            QVERIFY2(written.contains(l), qPrintable(l));
        QVERIFY(!written.contains("partecipanti"));

        // Again, a moment later: a second file beside the first.
        QTest::qWait(1100);
        exporter.start({"aree_dismesse"}, "shp", 4326);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(1).at(0).toBool(), true);
        QVERIFY(QFileInfo::exists(files.front()));
        QVERIFY(exporter.result().value("files").toStringList().front().endsWith("aree_dismesse.shp"));
    }

    void anUnwritableFolderIsSaidSo()
    {
        auto project = Project::create(m_tmp.filePath("q"), testing::demoDefinition());
        ExportController exporter(project.get());
        QFile blocker(m_tmp.filePath("file-not-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        exporter.setFolder(blocker.fileName());
        QSignalSpy done(&exporter, &ExportController::finished);
        exporter.start({"aree_dismesse"}, "gpkg", 4326);
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(exporter.message().contains(blocker.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
