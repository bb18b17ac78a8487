// The import page's walk as a municipal officer takes it, on the demo's comune file (Gauss-Boaga X/Y without a
// .prj, four rows wrong on purpose): the coordinate system is asked, never guessed; nothing is written until the
// officer confirms; "import nothing" really imports nothing; the valid rows go in one transaction and wait in the
// outbox; the report is saved; a cancelled import leaves the layer as it was.

#include "editgateway.h"
#include "importcontroller.h"
#include "outbox.h"
#include "project.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace territori;
using namespace territori::store;
using territori::ui::ImportController;

class TestImportController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditGateway> m_gw;
    std::unique_ptr<ImportController> m_import;
    QString m_csv;

    qint64 featureCount(const QString &layer)
    {
        Statement st = m_project->db().prepare(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(layer)));
        st.step();
        return st.int64(0);
    }
    qint64 pending() { return Outbox::pendingCount(m_project->db()); }
    // Waits for the running step to end.
    bool settle(int ms = 30000)
    {
        if (!m_import->busy())
            return true;
        QSignalSpy spy(m_import.get(), &ImportController::busyChanged);
        QElapsedTimer t;
        t.start();
        while (m_import->busy() && t.elapsed() < ms)
            spy.wait(200);
        return !m_import->busy();
    }
    QVariantMap fieldMapping(const QString &target)
    {
        for (const QVariant &v : m_import->mapping())
            if (v.toMap().value("target") == target)
                return v.toMap();
        return {};
    }
    // To the report step: the file chosen, Gauss-Boaga west confirmed, the catchment column mapped, checked.
    void walkToReport()
    {
        m_import->setTargetLayer("servizi_sovracomunali");
        m_import->chooseFile(m_csv);
        QVERIFY(settle());
        QCOMPARE(m_import->problem(), int(ImportController::ChooseSrs));
        m_import->chooseSrs(3003);
        QVERIFY(settle());
        QCOMPARE(m_import->problem(), int(ImportController::NoProblem));
        m_import->mapField("bacino_utenti", "BACINO_UT");
        QVERIFY(settle());
        m_import->check();
        QVERIFY(settle());
        QCOMPARE(m_import->step(), int(ImportController::ReportStep));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        m_project = Project::create(dir, testing::demoDefinition());
        QVERIFY(m_project);
        QDir(dir).mkpath("imports");
        m_csv = QDir(dir).filePath("imports/rho_servizi_gauss_boaga.csv");
        QVERIFY(QFile::copy(testing::sourceDir() + "/assets/demo/imports/rho_servizi_gauss_boaga.csv", m_csv));
        QFile notes(QDir(dir).filePath("imports/leggimi.pdf"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();
        m_gw = std::make_unique<EditGateway>(*m_project, EditContext{"Ufficio tecnico di Rho", "test"});
        m_import = std::make_unique<ImportController>(m_project.get(), m_gw.get());
    }

    void cleanup()
    {
        m_import.reset();
        m_gw.reset();
        m_project.reset();
    }

    void theBrowserOpensTheProjectsImportsAndListsOnlyWhatCanBeRead()
    {
        QCOMPARE(m_import->folder(), QFileInfo(m_csv).absolutePath());
        QStringList names;
        for (const QVariant &e : m_import->entries())
            names << e.toMap().value("name").toString();
        QCOMPARE(names, QStringList{"rho_servizi_gauss_boaga.csv"});
        // Participation layers and drafts are not targets for a comune's file.
        QStringList targets;
        for (const QVariant &t : m_import->targetLayers())
            targets << t.toMap().value("name").toString();
        QVERIFY(targets.contains("servizi_sovracomunali"));
        QVERIFY(!targets.contains("commenti"));
        QVERIFY(!targets.contains("sttm_paragrafi"));
        QVERIFY(!targets.contains("partecipanti"));
    }

    // The project's own folder lists its store no more: GDAL would open it outside SQLite and release the app's locks.
    void theBrowserDoesNotOfferTheProjectsStore()
    {
        QFile other(QDir(m_project->directory()).filePath("confini.gpkg"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        m_import->browseUp();
        QCOMPARE(m_import->folder(), QFileInfo(m_project->directory()).absoluteFilePath());
        QStringList names;
        for (const QVariant &e : m_import->entries())
            if (!e.toMap().value("folder").toBool()) names << e.toMap().value("name").toString();
        QCOMPARE(names, QStringList{"confini.gpkg"});
    }

    // Issue #13: the layer that fits the file is chosen, not the project's first; a person's choice stays.
    void theLayerThatFitsTheFileIsChosenUnlessTheOfficerChooses()
    {
        QCOMPARE(m_import->targetLayer(), QString("aree_dismesse")); // the project's first, until a file is chosen
        QVERIFY(!m_import->targetChosen());
        m_import->chooseFile(m_csv);
        QVERIFY(settle());
        QCOMPARE(m_import->step(), int(ImportController::FieldsStep));
        QCOMPARE(m_import->targetLayer(), QString("servizi_sovracomunali")); // points, with its columns
        QVERIFY2(m_import->targetReason().startsWith("it holds points, as the file does, and 4 of the file's 6 columns match"),
                 qPrintable(m_import->targetReason()));
        // Another layer chosen on the fields page: the file is read again for it, and it stays for the next file.
        m_import->setTargetLayer("lum");
        QVERIFY(m_import->busy());
        QVERIFY(settle());
        QVERIFY(m_import->targetChosen());
        QVERIFY(m_import->targetReason().isEmpty());
        m_import->chooseFile(m_csv);
        QVERIFY(settle());
        QCOMPARE(m_import->targetLayer(), QString("lum"));
        // Starting over gives the choice back to the file.
        m_import->reset();
        QVERIFY(!m_import->targetChosen());
    }

    void multiPartRowsAreOfferedToBeSplit()
    {
        const QString path = QFileInfo(m_csv).absolutePath() + "/lotti.geojson";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"nome":"Lotto unico","comune":"Rho","stato":"dismessa","data_sopralluogo":"2026-03-02","mappale":"12"},
 "geometry":{"type":"Polygon","coordinates":[[[9.03,45.52],[9.031,45.52],[9.031,45.521],[9.03,45.52]]]}},
{"type":"Feature","properties":{"nome":"Lotto diviso","comune":"Rho","stato":"dismessa","data_sopralluogo":"2026-03-02","mappale":"13"},
 "geometry":{"type":"MultiPolygon","coordinates":[[[[9.04,45.52],[9.041,45.52],[9.041,45.521],[9.04,45.52]]],[[[9.05,45.52],[9.051,45.52],[9.051,45.521],[9.05,45.52]]]]}}]})");
        f.close();
        m_import->chooseFile(path);
        QVERIFY(settle());
        QCOMPARE(m_import->targetLayer(), QString("aree_dismesse"));
        m_import->check();
        QVERIFY(settle());
        QVariantMap s = m_import->summary();
        QCOMPARE(s.value("rowsRejected").toInt(), 1);
        QCOMPARE(s.value("rowsMultiPart").toInt(), 1); // the page offers the split
        QCOMPARE(s.value("unusedColumns").toStringList(), QStringList{"mappale"});
        QVERIFY(s.value("notes").toStringList().join(' ').contains("Columns of lotti.geojson not imported"));
        m_import->setSplitMultiPart(true); // checks again
        QVERIFY(m_import->busy());
        QVERIFY(settle());
        s = m_import->summary();
        QCOMPARE(s.value("rowsRejected").toInt(), 0);
        QCOMPARE(s.value("rowsSplit").toInt(), 1);
        QCOMPARE(s.value("featuresToImport").toInt(), 3);
        QSignalSpy imported(m_import.get(), &ImportController::imported);
        m_import->runImport();
        QVERIFY(settle());
        QCOMPARE(m_import->step(), int(ImportController::DoneStep));
        QCOMPARE(imported.at(0).at(1).toInt(), 3);
        QCOMPARE(featureCount("aree_dismesse"), 3);
        QCOMPARE(pending(), 3);
    }

    void aFileWithoutCoordinateSystemIsAskedNotGuessed()
    {
        m_import->setTargetLayer("servizi_sovracomunali");
        m_import->chooseFile(m_csv);
        QVERIFY(m_import->busy());
        QVERIFY(settle());
        QCOMPARE(m_import->step(), int(ImportController::FieldsStep));
        QCOMPARE(m_import->problem(), int(ImportController::ChooseSrs));
        QVERIFY(!m_import->fileNamesSrs());
        QVERIFY(m_import->previewRows().isEmpty()); // no coordinates shown as if they were known
        QVERIFY(m_import->columns().contains("X"));
        QVERIFY(m_import->columns().contains("BACINO_UT"));

        m_import->chooseSrs(3003);
        QVERIFY(settle());
        QCOMPARE(m_import->problem(), int(ImportController::NoProblem));
        QVERIFY2(m_import->sourceSrs().contains("3003"), qPrintable(m_import->sourceSrs()));
        QCOMPARE(m_import->previewRows().size(), 10);
        QCOMPARE(fieldMapping("nome").value("source").toString(), QString("NOME"));
        QVERIFY(fieldMapping("nome").value("automatic").toBool());
        QCOMPARE(fieldMapping("bacino_utenti").value("source").toString(), QString());

        m_import->mapField("bacino_utenti", "BACINO_UT");
        QVERIFY(settle());
        QCOMPARE(fieldMapping("bacino_utenti").value("source").toString(), QString("BACINO_UT"));
        QVERIFY(fieldMapping("bacino_utenti").value("samples").toString().startsWith("180000"));
        // A fixed value for every row, e.g. a note the file lacks.
        m_import->mapFieldToValue("note", "Caricato dal comune");
        QVERIFY(settle());
        QCOMPARE(fieldMapping("note").value("constant").toString(), QString("Caricato dal comune"));
        QCOMPARE(featureCount("servizi_sovracomunali"), 0); // nothing written while looking
    }

    void theCheckListsEachProblemByRowAndWritesNothing()
    {
        walkToReport();
        const QVariantMap s = m_import->summary();
        QCOMPARE(s.value("rowsRead").toInt(), 10);
        QCOMPARE(s.value("rowsValid").toInt(), 6);
        QCOMPARE(s.value("rowsRejected").toInt(), 4);
        ui::ImportIssueModel *issues = m_import->issues();
        QList<int> rows;
        for (int i = 0; i < issues->rowCount(); ++i)
            rows << issues->data(issues->index(i), ui::ImportIssueModel::RowRole).toInt();
        QCOMPARE(rows, (QList<int>{6, 7, 8, 9}));
        QCOMPARE(issues->data(issues->index(0), ui::ImportIssueModel::FieldRole).toString(), QString("categoria"));
        QVERIFY(issues->data(issues->index(0), ui::ImportIssueModel::MessageRole).toString().contains("ufficio"));
        QCOMPARE(featureCount("servizi_sovracomunali"), 0);
        QCOMPARE(pending(), 0);

        QVERIFY(m_import->saveReport());
        QFile report(m_import->reportPath());
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(report.readAll());
        QVERIFY(csv.contains("circa 500"));
        QCOMPARE(QFileInfo(m_import->reportPath()).absolutePath(), QFileInfo(m_csv).absolutePath());
    }

    void importNothingMeansNothingThenTheValidRowsGoInAndWait()
    {
        walkToReport();
        QSignalSpy imported(m_import.get(), &ImportController::imported);
        QVERIFY(!m_import->importValidRows()); // the default is to import nothing of a file with problems
        m_import->runImport();
        QVERIFY(settle());
        QCOMPARE(m_import->step(), int(ImportController::ReportStep));
        QVERIFY(m_import->message().contains("4"));
        QCOMPARE(featureCount("servizi_sovracomunali"), 0);
        QCOMPARE(imported.count(), 0);

        m_import->setImportValidRows(true);
        m_import->runImport();
        QVERIFY(settle());
        QCOMPARE(m_import->step(), int(ImportController::DoneStep));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.at(0).at(0).toString(), QString("servizi_sovracomunali"));
        QCOMPARE(imported.at(0).at(1).toInt(), 6);
        QCOMPARE(featureCount("servizi_sovracomunali"), 6);
        QCOMPARE(pending(), 6); // waiting for the sync like field edits

        // Where they landed: around Rho, not in the sea off Africa (X/Y read in the chosen system).
        const QVariantMap box = m_import->importedExtent();
        QVERIFY(box.value("south").toDouble() > 45.50 && box.value("north").toDouble() < 45.55);
        QVERIFY(box.value("west").toDouble() > 9.01 && box.value("east").toDouble() < 9.07);

        // The provenance names the import, whose record names the file (and the SIT gets the file's name with it).
        Statement st = m_project->db().prepare("SELECT author, source, (SELECT file_name FROM territori_imports WHERE "
                                               "substr(id, 1, 8) = substr(source, 8, 8)) FROM servizi_sovracomunali LIMIT 1");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QString("Ufficio tecnico di Rho"));
        QVERIFY(st.text(2).contains("rho_servizi_gauss_boaga.csv"));
        QVERIFY(Outbox::sourceForSit(m_project->db(), st.text(1)).contains("rho_servizi_gauss_boaga.csv"));

        m_import->reset();
        QCOMPARE(m_import->step(), int(ImportController::FileStep));
        QCOMPARE(m_import->file(), QString());
    }

    void aChangedOptionChecksAgain()
    {
        walkToReport();
        m_import->setAllowOutside(true); // row 8 (swapped coordinates) becomes a warning
        QVERIFY(m_import->busy());
        QVERIFY(settle());
        QCOMPARE(m_import->step(), int(ImportController::ReportStep));
        QCOMPARE(m_import->summary().value("rowsValid").toInt(), 7);
        QVERIFY(m_import->summary().value("warnings").toInt() >= 1);
    }

    void aChoiceMadeWhileTheFileIsReadIsNotLost()
    {
        m_import->setTargetLayer("servizi_sovracomunali");
        m_import->chooseFile(m_csv);
        QVERIFY(settle());
        m_import->chooseSrs(3003);
        QVERIFY(m_import->busy());
        m_import->mapField("bacino_utenti", "BACINO_UT"); // tapped before the preview came back
        QVERIFY(settle());
        QVERIFY(settle()); // the second reading, with the column
        QCOMPARE(fieldMapping("bacino_utenti").value("source").toString(), QString("BACINO_UT"));
        QVERIFY(fieldMapping("bacino_utenti").value("samples").toString().startsWith("180000"));
    }

    void startingOverDropsTheRunningStep()
    {
        walkToReport();
        m_import->setRepairGeometries(true); // checks again
        QVERIFY(m_import->busy());
        m_import->reset();
        QVERIFY(!m_import->busy());
        QCOMPARE(m_import->step(), int(ImportController::FileStep));
        QSignalSpy steps(m_import.get(), &ImportController::stepChanged);
        QTest::qWait(1500); // the abandoned check ends meanwhile and must not move the page
        QCOMPARE(steps.count(), 0);
        QCOMPARE(m_import->step(), int(ImportController::FileStep));
    }

    void aCancelledImportLeavesTheLayerAsItWas()
    {
        // A file large enough to be caught mid-way.
        QFile big(QFileInfo(m_csv).absolutePath() + "/grande.csv");
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("NOME,COMUNE,CATEGORIA,X,Y\n");
        for (int i = 0; i < 60000; ++i)
            big.write(QStringLiteral("Servizio %1,Rho,sanita,%2,%3\n").arg(i).arg(1503000.0 + i % 500).arg(5041000.0 + i / 500).toUtf8());
        big.close();
        m_import->setTargetLayer("servizi_sovracomunali");
        m_import->chooseFile(big.fileName());
        QVERIFY(settle());
        m_import->chooseSrs(3003);
        QVERIFY(settle());
        QCOMPARE(m_import->problem(), int(ImportController::NoProblem));
        m_import->check();
        QVERIFY(settle(120000));
        QCOMPARE(m_import->summary().value("rowsValid").toInt(), 60000);
        m_import->runImport();
        QVERIFY(m_import->busy());
        m_import->cancel();
        QVERIFY(settle(120000));
        QCOMPARE(m_import->step(), int(ImportController::ReportStep));
        QCOMPARE(m_import->message(), ImportController::tr("Import cancelled: nothing was imported."));
        QCOMPARE(featureCount("servizi_sovracomunali"), 0);
        QCOMPARE(pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportController)
#include "tst_importcontroller.moc"
