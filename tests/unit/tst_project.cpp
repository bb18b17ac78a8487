#include "project.h"
#include "schema.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace territori::store;

class TestProject : public QObject
{
    Q_OBJECT

    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static ErrorKind openError(const QString &dir, QString *message = nullptr)
    {
        try {
            Project::open(dir);
        } catch (const StoreError &e) {
            if (message)
                *message = e.message();
            return e.kind();
        }
        return ErrorKind::None;
    }

private slots:
    // The app keeps the store open while it opens it again (the sync job, the importer) and while QGIS or the sync
    // command use it from another process. Opening must not release this process's locks on the file: the other
    // process, closing its last connection, would take itself for the last user and reset the log under us.
    void openingTheStoreAgainKeepsItSafeFromAnotherProcessClosingIt()
    {
        if (QStandardPaths::findExecutable("sqlite3").isEmpty())
            QFAIL("sqlite3 is missing (.ci/install-deps)");
        QTemporaryDir tmp;
        auto kept = Project::create(tmp.path(), territori::testing::demoDefinition());
        auto write = [&](const QString &key) {
            Transaction t(kept->db());
            Statement st = kept->db().prepare("INSERT INTO territori_meta (key, value) VALUES (?, 'x')");
            st.bind(1, key);
            st.run();
            t.commit();
        };
        write("before");
        Project::open(tmp.path()); // opened and closed again in this process
        QProcess other;
        other.start("sqlite3", {tmp.filePath("project.gpkg"), "SELECT count(*) FROM territori_meta"});
        QVERIFY(other.waitForFinished(10000));
        QCOMPARE(other.exitCode(), 0);
        // Our connection still reads and writes, and what it writes is in the file for every other process.
        write("after");
        Statement st = kept->db().prepare("SELECT count(*) FROM territori_meta WHERE key IN ('before', 'after')");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), qint64(2));
        st = Statement();
        QProcess check;
        check.start("sqlite3", {tmp.filePath("project.gpkg"), "PRAGMA integrity_check; SELECT count(*) FROM "
                                                             "territori_meta WHERE key IN ('before', 'after')"});
        QVERIFY(check.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts),
                 QStringList({"ok", "2"}));
    }

    void theStoreIsKnownByAnySpellingOrLink()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath("progetto");
        auto p = Project::create(dir, territori::testing::smallDefinition());
        QVERIFY(QFile::link(dir, tmp.filePath("collegamento")));
        QVERIFY(QFile::link(dir + "/project.gpkg", tmp.filePath("copia.gpkg")));
        for (const QString &path :
             {dir + "/project.gpkg", dir + "/./project.gpkg", tmp.filePath("collegamento/project.gpkg"),
              tmp.filePath("copia.gpkg"), dir + "/project.gpkg-wal", dir + "/project.gpkg-shm",
              dir + "/project.gpkg-journal", dir + "/PROJECT.GPKG-wal"})
            QVERIFY2(p->isStoreFile(path), qPrintable(path));
        for (const QString &path :
             {dir + "/attachments", dir + "/project.gpkg.bak", tmp.filePath("project.gpkg"), QString()})
            QVERIFY2(!p->isStoreFile(path), qPrintable(path));
        QVERIFY(Project::isStoreFile(tmp.filePath("collegamento"), dir + "/project.gpkg"));
    }

    void createsAndReopensTheDemoProject()
    {
        QTemporaryDir tmp;
        {
            auto p = Project::create(tmp.path(), territori::testing::demoDefinition());
            QCOMPARE(int(p->layers().size()), 10);
            QCOMPARE(p->info().id, QStringLiteral("ptm-milano-demo"));
            QVERIFY(p->info().sample);
            QCOMPARE(int(p->info().basemaps.size()), 2);
            QVERIFY(QFileInfo(p->attachmentsDirectory()).isDir());
        }
        auto p = Project::open(tmp.path());
        QCOMPARE(p->layer("aree_dismesse")->geometry, GeometryKind::Polygon);
        QCOMPARE(p->layer("lum")->title.it, QStringLiteral("Luoghi Urbani per la Mobilità (LUM)"));
        QCOMPARE(p->layer("rete_verde")->field("comune")->options.size(), size_t(133));
        QVERIFY(!QFileInfo::exists(tmp.path() + "/project.gpkg.part"));
    }

    void invalidDefinitionCreatesNothing()
    {
        QTemporaryDir tmp;
        QJsonObject def = territori::testing::smallDefinition();
        QJsonArray layers = def["layers"].toArray();
        QJsonObject l = layers[1].toObject();
        l["fields"] = QJsonArray{QJsonObject{{"name", "x"}, {"type", "hologram"}}};
        layers[1] = l;
        def["layers"] = layers;
        try {
            Project::create(tmp.path(), def);
            QFAIL("expected a refusal");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), ErrorKind::Invalid);
            QVERIFY2(e.message().contains("'hologram'"), qPrintable(e.message()));
            QVERIFY(e.message().contains("layer 'punti'"));
        }
        QVERIFY(!QFileInfo::exists(tmp.path() + "/project.gpkg"));
        QVERIFY(!QFileInfo::exists(tmp.path() + "/project.gpkg.part"));
    }

    void refusesToOverwriteAnExistingProject()
    {
        QTemporaryDir tmp;
        Project::create(tmp.path(), territori::testing::smallDefinition());
        QVERIFY_EXCEPTION_THROWN(Project::create(tmp.path(), territori::testing::smallDefinition()), StoreError);
    }

    void missingStoreIsNotFound()
    {
        QTemporaryDir tmp;
        QCOMPARE(openError(tmp.path()), ErrorKind::NotFound);
    }

    void refusesBadFilesAndLeavesThemUntouched_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty file") << 0 << int(ErrorKind::Corrupt);
        QTest::newRow("text file") << 1 << int(ErrorKind::Corrupt);
        QTest::newRow("plain sqlite") << 2 << int(ErrorKind::NotAProject);
        QTest::newRow("foreign geopackage") << 3 << int(ErrorKind::NotAProject);
        QTest::newRow("newer version") << 4 << int(ErrorKind::TooNew);
        QTest::newRow("truncated store") << 5 << int(ErrorKind::Corrupt);
        QTest::newRow("scribbled pages") << 6 << int(ErrorKind::Corrupt);
    }

    void refusesBadFilesAndLeavesThemUntouched()
    {
        QFETCH(int, kind);
        QFETCH(int, expected);
        QTemporaryDir tmp;
        const QString path = tmp.path() + "/project.gpkg";
        if (kind == 0 || kind == 1) {
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            if (kind == 1)
                f.write(QByteArray("this is not a database, just some text that is long enough ").repeated(4));
        } else if (kind == 2 || kind == 3) {
            Database db;
            db.open(path, Database::Mode::ReadWriteCreate);
            if (kind == 3)
                db.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kGpkgApplicationId));
            db.exec("CREATE TABLE something (a TEXT)");
        } else {
            {
                auto p = Project::create(tmp.path(), territori::testing::smallDefinition());
                if (kind == 4)
                    p->db().exec("UPDATE territori_meta SET value = '99' WHERE key = 'schema_version'");
                // Fold the WAL into the main file so the damage below hits real content.
                p->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
                p->db().exec("PRAGMA journal_mode = DELETE");
            }
            if (kind == 5) {
                QFile f(path);
                f.open(QIODevice::ReadWrite);
                f.resize(f.size() / 2);
            } else if (kind == 6) {
                QFile f(path);
                f.open(QIODevice::ReadWrite);
                const qint64 size = f.size();
                for (qint64 off = 4096; off < size; off += 4096) {
                    f.seek(off + 10);
                    f.write(QByteArray(200, '\x5a'));
                }
            }
        }
        const QByteArray before = hashOf(path);
        QString message;
        QCOMPARE(int(openError(tmp.path(), &message)), expected);
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains("not changed") || message.contains("was not changed"), qPrintable(message));
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFileInfo::exists(path + "-wal") || QFileInfo(path + "-wal").size() == 0);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
