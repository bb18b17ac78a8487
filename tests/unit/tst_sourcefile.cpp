// Bad input (app/gis/sourcefile.h): truncated .shp or .dbf, missing .shx or .dbf, broken GeoJSON, ZIPs with nothing
// usable or with paths outside their folder, empty files, text in Latin-1 or UTF-8 without a declared encoding,
// enormous values. Each gives a clear message naming the file (and row or column), and leaves the store
// byte-identical.

#include "featurereader.h"
#include "gisfixtures.h"
#include "importer.h"
#include "language.h"
#include "project.h"
#include "sourcefile.h"

#include <QtTest>

using namespace territori;
using namespace territori::gis;
using namespace territori::store;
using namespace territori::testing;

class TestSourceFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;

    QString folder()
    {
        const QString f = m_tmp.filePath(QStringLiteral("f%1").arg(QRandomGenerator::global()->generate()));
        QDir().mkpath(f);
        return f;
    }

    // A small Shapefile of aree (Gauss-Boaga) in its own folder; `extra` rows are appended.
    QString shapefile(const QString &dir, const QStringList &layerOptions = {QStringLiteral("ENCODING=UTF-8")},
                      const QVariant &name2 = QStringLiteral("Città Studi"))
    {
        const QString shp = dir + QStringLiteral("/aree.shp");
        std::vector<RowSpec> rows;
        for (int i = 0; i < 40; ++i)
            rows.push_back({QStringLiteral("POLYGON ((%1 5035000,%2 5035000,%2 5035100,%1 5035000))")
                                .arg(1514000 + i * 200)
                                .arg(1514100 + i * 200),
                            {i == 1 ? name2 : QVariant(QStringLiteral("Area %1").arg(i)), QStringLiteral("Milano")}});
        if (!writeLayer(shp, "ESRI Shapefile", "aree", 3003, wkbPolygon, {{"nome", OFTString, 60}, {"comune", OFTString, 40}},
                        rows, layerOptions))
            QTest::qFail("the fixture Shapefile could not be written", __FILE__, __LINE__);
        return shp;
    }

    struct Attempt
    {
        bool prepared = false;
        bool checked = false;
        bool written = false;
        QString message;
        ImportReport report;
        QByteArray before, after;
    };

    // The whole import through the public API on a closed-then-reopened store, with the store fingerprinted before
    // and after.
    Attempt attempt(const QString &path, const QString &layer = QStringLiteral("aree"), int srs = 0)
    {
        Attempt a;
        a.before = storeFingerprint(m_dir);
        {
            auto project = Project::open(m_dir);
            Importer importer(*project);
            ImportOptions o;
            o.path = path;
            o.targetLayer = layer;
            o.srsEpsg = srs;
            a.prepared = importer.prepare(o);
            if (a.prepared)
                a.checked = importer.check(a.report);
            if (a.checked)
                a.written = importer.write(a.report, {"test", "tst"});
            a.message = importer.message();
        }
        a.after = storeFingerprint(m_dir);
        return a;
    }

    QStringList importedNames()
    {
        auto project = Project::open(m_dir);
        QStringList out;
        Statement st = project->db().prepare("SELECT nome FROM aree ORDER BY fid");
        while (st.step())
            out << st.text(0);
        return out;
    }

private slots:
    void init()
    {
        setUiLanguage("en");
        m_dir = m_tmp.filePath(QStringLiteral("p%1").arg(QRandomGenerator::global()->generate()));
        Project::create(m_dir, importDefinition());
    }

    void aTruncatedShpIsRefused()
    {
        const QString shp = shapefile(folder());
        QFile f(shp);
        QVERIFY(f.resize(f.size() / 2));
        const Attempt a = attempt(shp);
        QVERIFY(!a.prepared);
        QVERIFY2(a.message.contains("The .shp file of aree.shp is truncated"), qPrintable(a.message));
        QCOMPARE(a.after, a.before);
    }

    void aTruncatedDbfIsRefused()
    {
        const QString shp = shapefile(folder());
        QFile f(shp.left(shp.size() - 3) + "dbf");
        QVERIFY(f.resize(f.size() - 250));
        const Attempt a = attempt(shp);
        QVERIFY(!a.prepared);
        QVERIFY2(a.message.contains("The .dbf file of aree.shp is truncated: its header declares 40 records"),
                 qPrintable(a.message));
        QCOMPARE(a.after, a.before);
    }

    void aMissingShxOrDbfIsRefusedNotRebuilt()
    {
        const QString dir = folder();
        const QString shp = shapefile(dir);
        QVERIFY(QFile::remove(dir + "/aree.shx"));
        Attempt a = attempt(shp);
        QVERIFY(!a.prepared);
        QVERIFY2(a.message.contains("has no .shx file"), qPrintable(a.message));
        QVERIFY(!QFile::exists(dir + "/aree.shx")); // nothing was written next to the user's files
        QCOMPARE(a.after, a.before);

        const QString dir2 = folder();
        const QString shp2 = shapefile(dir2);
        QVERIFY(QFile::remove(dir2 + "/aree.dbf"));
        a = attempt(shp2);
        QVERIFY(!a.prepared);
        QVERIFY2(a.message.contains("has no .dbf file"), qPrintable(a.message));
        QCOMPARE(a.after, a.before);
    }

    void shxAndDbfFromDifferentCopiesAreRefused()
    {
        const QString dir = folder();
        const QString shp = shapefile(dir);
        const QString other = folder();
        QVERIFY(writeLayer(other + "/aree.shp", "ESRI Shapefile", "aree", 3003, wkbPolygon, {{"nome", OFTString}},
                           {{"POLYGON ((1514000 5035000,1514100 5035000,1514100 5035100,1514000 5035000))", {"solo"}}}));
        QFile::remove(dir + "/aree.dbf");
        QVERIFY(QFile::copy(other + "/aree.dbf", dir + "/aree.dbf"));
        const Attempt a = attempt(shp);
        QVERIFY(!a.prepared);
        QVERIFY2(a.message.contains("the .shx indexes 40 shapes, the .dbf holds 1 records"), qPrintable(a.message));
    }

    void brokenGeoJsonIsRefused()
    {
        const QByteArray whole = readBytes(importData("aree.geojson"));
        const QString path = folder() + "/rotto.geojson";
        writeBytes(path, whole.left(whole.size() / 2));
        const Attempt a = attempt(path);
        QVERIFY(!a.prepared || !a.checked);
        QVERIFY2(a.message.contains("rotto.geojson"), qPrintable(a.message));
        QCOMPARE(a.after, a.before);

        const QString notJson = folder() + "/testo.geojson";
        writeBytes(notJson, "questo non è GeoJSON");
        const Attempt b = attempt(notJson);
        QVERIFY(!b.prepared);
        QVERIFY2(b.message.contains("testo.geojson is not valid GeoJSON"), qPrintable(b.message));
        QCOMPARE(b.after, b.before);
    }

    void emptyFilesAndFilesWithoutFeatures()
    {
        const QString empty = folder() + "/vuoto.shp";
        writeBytes(empty, QByteArray());
        Attempt a = attempt(empty);
        QVERIFY(!a.prepared);
        QCOMPARE(a.message, QStringLiteral("The file vuoto.shp is empty."));
        QCOMPARE(a.after, a.before);

        const QString none = folder() + "/nessuna.geojson";
        writeBytes(none, R"({"type":"FeatureCollection","features":[]})");
        a = attempt(none);
        QVERIFY(!a.checked);
        QVERIFY2(a.message.contains("nessuna.geojson has no features to import"), qPrintable(a.message));
        QCOMPARE(a.after, a.before);

        const QString missing = folder() + "/non-esiste.gpkg";
        a = attempt(missing);
        QVERIFY(!a.prepared);
        QVERIFY2(a.message.contains("does not exist"), qPrintable(a.message));
    }

    void zipsWithNothingUsable()
    {
        const QString empty = folder() + "/vuoto.zip";
        writeBytes(empty, makeZip({}));
        Attempt a = attempt(empty);
        QVERIFY(!a.prepared);
        QVERIFY2(a.message.contains("The ZIP archive vuoto.zip is empty"), qPrintable(a.message));

        const QString junk = folder() + "/documenti.zip";
        writeBytes(junk, makeZip({{"leggimi.txt", "niente"}, {"relazione.pdf", "%PDF-1.4"}}));
        a = attempt(junk);
        QVERIFY(!a.prepared);
        QVERIFY2(a.message.contains("holds no file Territori can import") && a.message.contains("leggimi.txt"),
                 qPrintable(a.message));
        QCOMPARE(a.after, a.before);

        const QString notZip = folder() + "/finto.zip";
        writeBytes(notZip, "PK but not really a zip archive");
        a = attempt(notZip);
        QVERIFY(!a.prepared);
        QVERIFY2(a.message.contains("finto.zip is not a readable ZIP archive"), qPrintable(a.message));
    }

    void aZippedShapefileInAFolderIsRead()
    {
        const QString shp = shapefile(folder());
        const QString zip = folder() + "/consegna.zip";
        writeBytes(zip, makeZip(shapefileEntries(shp, "dati/")));
        const Attempt a = attempt(zip);
        QVERIFY2(a.written, qPrintable(a.message));
        QCOMPARE(a.report.rowsImported, 40);
        QCOMPARE(a.report.sourceLayer, QStringLiteral("aree"));
    }

    void pathsOutsideTheArchiveAreRefusedAndNothingIsExtracted()
    {
        const QString shp = shapefile(folder());
        const QString base = folder();
        for (const QString &prefix : {QStringLiteral("../../evil/"), QStringLiteral("/tmp/evil/"),
                                      QStringLiteral("dati/../../evil/"), QStringLiteral("C:/evil/"),
                                      QStringLiteral("..\\evil\\")}) {
            const QString zip = base + "/consegna.zip";
            writeBytes(zip, makeZip(shapefileEntries(shp, prefix)));
            const Attempt a = attempt(zip);
            QVERIFY(!a.prepared);
            QVERIFY2(a.message.contains("a path outside the archive's folder") && a.message.contains(prefix),
                     qPrintable(a.message));
            QCOMPARE(a.after, a.before);
        }
        QVERIFY(!QFileInfo::exists(m_tmp.filePath("evil")));
        QVERIFY(!QFileInfo::exists(base + "/../evil"));
        QCOMPARE(QDir(base).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{"consegna.zip"});
    }

    void latin1DbfWithoutCpgIsReadAsWindows1252AndSaid()
    {
        const QString dir = folder();
        // GDAL writes the bytes as given; no .cpg and language id 0: the file says nothing of its encoding.
        const QString shp = shapefile(dir, {QStringLiteral("ENCODING=")}, QByteArray("Citt\xe0 Studi \x96 Perù"));
        QFile::remove(dir + "/aree.cpg");
        const Attempt a = attempt(shp);
        QVERIFY2(a.written, qPrintable(a.message));
        QVERIFY2(a.report.notes.join(' ').contains("1 of its 40 rows are not UTF-8: their text was read as Windows-1252"),
                 qPrintable(a.report.notes.join(' ')));
        QCOMPARE(importedNames().at(1), QStringLiteral("Città Studi – PerÃ¹"));
    }

    void utf8DbfWithoutCpgIsReadAsUtf8AndSaid()
    {
        const QString dir = folder();
        const QString shp = shapefile(dir, {QStringLiteral("ENCODING=UTF-8")}, QStringLiteral("Città Studi – Perù"));
        QVERIFY(QFile::remove(dir + "/aree.cpg"));
        const Attempt a = attempt(shp);
        QVERIFY2(a.written, qPrintable(a.message));
        QVERIFY2(a.report.notes.join(' ').contains("it is valid UTF-8"), qPrintable(a.report.notes.join(' ')));
        QCOMPARE(importedNames().at(1), QStringLiteral("Città Studi – Perù"));
    }

    void aDbfThatNamesItsEncodingNeedsNoGuess()
    {
        const QString shp = shapefile(folder(), {QStringLiteral("ENCODING=UTF-8")}, QStringLiteral("Città Studi"));
        const Attempt a = attempt(shp);
        QVERIFY2(a.written, qPrintable(a.message));
        QVERIFY(a.report.notes.isEmpty());
        QCOMPARE(importedNames().at(1), QStringLiteral("Città Studi"));
    }

    // Issue #13: a .cpg that says UTF-8 over Windows-1252 bytes made every accented letter U+FFFD, silently.
    void aCpgThatSaysUtf8OverWindows1252IsCaughtNotTrusted()
    {
        const QString dir = folder();
        const QString shp = dir + "/aree.shp";
        std::vector<RowSpec> rows;
        for (int i = 0; i < 40; ++i) {
            QVariant name = QStringLiteral("Area %1").arg(i);
            if (i == 1)
                name = QByteArray("Citt\xe0 Studi");        // Windows-1252
            if (i == 2)
                name = QByteArray("Cant\xf9 \x96 \x93" "Brera\x94"); // Windows-1252, with its dash and quotes
            if (i == 3)
                name = QByteArray("Perù");                  // UTF-8, as the .cpg says
            rows.push_back({QStringLiteral("POLYGON ((%1 5035000,%2 5035000,%2 5035100,%1 5035000))")
                                .arg(1514000 + i * 200)
                                .arg(1514100 + i * 200),
                            {name, QStringLiteral("Milano")}});
        }
        // Written raw, then the .cpg that lies.
        QVERIFY(writeLayer(shp, "ESRI Shapefile", "aree", 3003, wkbPolygon, {{"nome", OFTString, 60}, {"comune", OFTString, 40}},
                           rows, {QStringLiteral("ENCODING=")}));
        QVERIFY(writeBytes(dir + "/aree.cpg", "UTF-8"));
        const Attempt a = attempt(shp);
        QVERIFY2(a.written, qPrintable(a.message));
        QVERIFY2(a.report.notes.join(' ').contains("aree.shp says its text is UTF-8 (its .cpg file), but 2 of its 40 rows hold "
                                                   "bytes that are not UTF-8: their text was read as Windows-1252"),
                 qPrintable(a.report.notes.join(' ')));
        const QStringList names = importedNames();
        QCOMPARE(names.at(1), QStringLiteral("Città Studi"));
        QCOMPARE(names.at(2), QStringLiteral("Cantù – “Brera”"));
        QCOMPARE(names.at(3), QStringLiteral("Perù")); // the UTF-8 rows stay UTF-8
        // No replacement character anywhere: not in the features, not in what waits for the SIT.
        auto project = Project::open(m_dir);
        for (const char *sql : {"SELECT count(*) FROM aree WHERE instr(nome, char(65533)) > 0",
                                "SELECT count(*) FROM territori_outbox WHERE instr(changes, char(65533)) > 0"}) {
            Statement st = project->db().prepare(QString::fromLatin1(sql));
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), 0);
        }
    }

    void bytesThatAreNeitherTheDeclaredEncodingNorWindows1252AreRefused()
    {
        const QString dir = folder();
        // 0x81 and 0x8D: not UTF-8, and undefined in Windows-1252 (a DOS code page, perhaps).
        const QString shp = shapefile(dir, {QStringLiteral("ENCODING=")}, QByteArray("Citt\x81 \x8d"));
        QVERIFY(writeBytes(dir + "/aree.cpg", "UTF-8"));
        const Attempt a = attempt(shp);
        QVERIFY(!a.prepared);
        QVERIFY2(a.message.contains("aree.shp cannot be read as text: 1 of its 40 rows hold bytes that are neither UTF-8 nor "
                                    "Windows-1252"),
                 qPrintable(a.message));
        QCOMPARE(a.after, a.before);
    }

    void aDeclaredSingleByteEncodingOverUtf8IsReadAsUtf8AndSaid()
    {
        const QString dir = folder();
        const QString shp = shapefile(dir, {QStringLiteral("ENCODING=")}, QByteArray("Città Studi – Perù"));
        QVERIFY(writeBytes(dir + "/aree.cpg", "1252"));
        const Attempt a = attempt(shp);
        QVERIFY2(a.written, qPrintable(a.message));
        QVERIFY2(a.report.notes.join(' ').contains("but its accented letters are UTF-8: it was read as UTF-8"),
                 qPrintable(a.report.notes.join(' ')));
        QCOMPARE(importedNames().at(1), QStringLiteral("Città Studi – Perù"));
    }

    void aDeclaredWindows1252FileIsReadAsDeclared()
    {
        const QString dir = folder();
        const QString shp = shapefile(dir, {QStringLiteral("ENCODING=")}, QByteArray("Citt\xe0 \x80 10"));
        QVERIFY(writeBytes(dir + "/aree.cpg", "1252"));
        const Attempt a = attempt(shp);
        QVERIFY2(a.written, qPrintable(a.message));
        QVERIFY2(a.report.notes.isEmpty(), qPrintable(a.report.notes.join(' ')));
        QCOMPARE(importedNames().at(1), QStringLiteral("Città € 10"));
    }

    void aLetterCutInHalfAtTheColumnsWidthIsDroppedAndSaid()
    {
        const QString dir = folder();
        // "Cantù" cut to 5 bytes by the program that wrote it: the first byte of "ù" is left at the end.
        const QString shp = shapefile(dir, {QStringLiteral("ENCODING=")}, QByteArray("Cant\xc3"));
        QVERIFY(writeBytes(dir + "/aree.cpg", "UTF-8"));
        const Attempt a = attempt(shp);
        QVERIFY2(a.written, qPrintable(a.message));
        QVERIFY2(a.report.notes.join(' ').contains("end in a letter cut in half (the program that wrote the file cut them to the column's width); the incomplete letter was dropped"), qPrintable(a.report.notes.join(' ')));
        QCOMPARE(importedNames().at(1), QStringLiteral("Cant"));
    }

    void aLatin1CsvIsReadAsWindows1252()
    {
        const QString csv = folder() + "/servizi.csv";
        writeBytes(csv, "nome;tipo;x;y\nScuola di Cant\xf9;scuola;9,19;45,47\n");
        const Attempt a = attempt(csv, "punti", 4326);
        QVERIFY2(a.written, qPrintable(a.message));
        QVERIFY2(a.report.notes.join(' ').contains("servizi.csv does not say how its text is encoded, and 1 of its 1 rows are not "
                                                   "UTF-8: their text was read as Windows-1252"),
                 qPrintable(a.report.notes.join(' ')));
        auto project = Project::open(m_dir);
        Statement st = project->db().prepare("SELECT nome FROM punti");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("Scuola di Cantù"));
    }

    void enormousValuesAreRejectedPerRowNotStored()
    {
        const QByteArray huge(200 * 1024, 'x');
        const QByteArray longName(61, 'n'); // the layer's nome holds at most 60 characters
        const QString path = folder() + "/enormi.geojson";
        writeBytes(path, "{\"type\":\"FeatureCollection\",\"features\":["
                         "{\"type\":\"Feature\",\"properties\":{\"nome\":\"" + huge + "\",\"comune\":\"Milano\"},"
                         "\"geometry\":{\"type\":\"Point\",\"coordinates\":[9.2,45.5]}},"
                         "{\"type\":\"Feature\",\"properties\":{\"nome\":\"" + longName + "\",\"comune\":\"Milano\"},"
                         "\"geometry\":{\"type\":\"Point\",\"coordinates\":[9.21,45.5]}},"
                         "{\"type\":\"Feature\",\"properties\":{\"nome\":\"giusto\",\"comune\":\"Milano\"},"
                         "\"geometry\":{\"type\":\"Point\",\"coordinates\":[9.22,45.5]}}]}");
        const Attempt a = attempt(path, "punti");
        QVERIFY(a.checked);
        QVERIFY(!a.written);
        QCOMPARE(a.report.rowsRejected, 1);
        bool tooLong = false;
        for (const auto &i : a.report.issues)
            tooLong = tooLong || (i.row == 1 && i.code == "value-too-long" && i.field == "nome" &&
                                  i.message.contains("more than 65536 bytes"));
        QVERIFY(tooLong);
        QCOMPARE(a.after, a.before);
        // The layer's own limit: the aree layer's nome takes at most 60 characters.
        const QString path2 = folder() + "/lunghi.geojson";
        writeBytes(path2, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"nome\":\"" +
                              longName + "\",\"comune\":\"Milano\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                                         "[[[9.2,45.5],[9.21,45.5],[9.21,45.51],[9.2,45.5]]]}}]}");
        const Attempt b = attempt(path2);
        QVERIFY(b.checked && !b.written);
        QVERIFY2(b.report.issues.front().message.contains("too long: 61 characters, at most 60"),
                 qPrintable(b.report.issues.front().message));
        QCOMPARE(b.after, b.before);
    }

    void zipEntryNamesAreCheckedAsTheArchiveStoresThem()
    {
        QVERIFY(isSafeZipEntry("dati/aree.shp"));
        QVERIFY(isSafeZipEntry("a..b/aree.shp"));
        QVERIFY(!isSafeZipEntry("../aree.shp"));
        QVERIFY(!isSafeZipEntry("dati/../../aree.shp"));
        QVERIFY(!isSafeZipEntry("/etc/aree.shp"));
        QVERIFY(!isSafeZipEntry("C:\\dati\\aree.shp"));
        QVERIFY(!isSafeZipEntry("dati\\..\\..\\aree.shp"));
    }
};

QTEST_GUILESS_MAIN(TestSourceFile)
#include "tst_sourcefile.moc"
