#include "editgateway.h"
#include "featurereader.h"
#include "project.h"
#include "schema.h"
#include "testsupport.h"

#include <QtTest>

using namespace territori::store;

class TestSchema : public QObject
{
    Q_OBJECT

    // Writes a store exactly as a build at `version` would have left it: steps 1..version, one layer, one feature
    // and its outbox entry.
    static void makeStoreAtVersion(const QString &dir, int version)
    {
        QDir().mkpath(dir);
        Database db;
        db.open(dir + "/project.gpkg", Database::Mode::ReadWriteCreate);
        Transaction txn(db);
        schema::migrate(db, 0, version);
        const QJsonObject def = territori::testing::smallDefinition();
        QStringList errors;
        QJsonObject info = def;
        info.remove("layers");
        Statement meta = db.prepare("INSERT INTO territori_meta (key, value) VALUES ('project', ?)");
        meta.bind(1, QString::fromUtf8(QJsonDocument(info).toJson()));
        meta.run();
        auto layer = parseLayerDef(def["layers"].toArray()[1].toObject(), {}, errors);
        schema::createFeatureTable(db, *layer);
        schema::saveLayerDefinition(db, *layer);
        // Feature tables had no provenance column before version 4.
        // Other programs' edits were not journalled before version 5.
        if (version < 5)
            for (const char *t : {"insert", "update", "delete", "uuid"})
                db.exec(QStringLiteral("DROP TRIGGER territori_punti_journal_%1").arg(QLatin1String(t)));
        if (version < 4)
            db.exec("ALTER TABLE punti DROP COLUMN source");
        Statement f = db.prepare("INSERT INTO punti (geom, uuid, nome, created_at, modified_at) VALUES (?, "
                                 "'11111111-1111-1111-1111-111111111111', 'vecchio', '2025-01-01T00:00:00.000Z', "
                                 "'2025-01-01T00:00:00.000Z')");
        f.bindBlob(1, toGpkgBlob(Geometry::point({9.19, 45.46})));
        f.run();
        db.exec("INSERT INTO territori_outbox (op_id, layer, feature_uuid, kind, changes, created_at) VALUES "
                "('op-1', 'punti', '11111111-1111-1111-1111-111111111111', 'insert', '{}', "
                "'2025-01-01T00:00:00.000Z')");
        txn.commit();
    }

private slots:
    void everyOlderVersionMigratesStepByStep()
    {
        for (int from = 1; from < schema::kCurrentVersion; ++from) {
            QTemporaryDir tmp;
            makeStoreAtVersion(tmp.path(), from);
            auto project = Project::open(tmp.path());
            QCOMPARE(project->migratedFrom(), from);
            QCOMPARE(project->schemaVersion(), schema::kCurrentVersion);
            QCOMPARE(schema::readVersion(project->db()), schema::kCurrentVersion);
            // Data written before the migration is still there and readable.
            FeatureReader reader(project->db(), *project->layer("punti"));
            auto f = reader.byUuid("11111111-1111-1111-1111-111111111111");
            QVERIFY(f);
            QCOMPARE(f->attributes.value("nome").toString(), QStringLiteral("vecchio"));
            QVERIFY(project->db().tableExists("territori_attachments"));
            QVERIFY(project->db().tableExists("territori_imports"));
            QVERIFY(f->meta.source.isEmpty());
            Statement st = project->db().prepare("SELECT op_id, attachments FROM territori_outbox");
            QVERIFY(st.step());
            QCOMPARE(st.text(0), QStringLiteral("op-1"));
            // The migrated store takes new edits and journals them.
            EditGateway gw(*project, {"tester", "dev"});
            NewFeature nf;
            nf.geometry = Geometry::point({9.2, 45.5});
            nf.attributes = {{"nome", "nuovo"}};
            nf.source = QStringLiteral("import test: punti.shp row 1");
            const EditResult r = gw.insert("punti", nf);
            QVERIFY2(r.ok, qPrintable(r.message));
            QCOMPARE(reader.byUuid(r.uuid)->meta.source, nf.source);
            // And another program's edit of the old feature is journalled too, once.
            project->db().exec("UPDATE punti SET nome = 'da QGIS' WHERE uuid = '11111111-1111-1111-1111-111111111111'");
            Statement desktop = project->db().prepare("SELECT kind, origin, json_extract(changes, '$.nome.new') FROM "
                                                      "territori_outbox WHERE origin IS NOT NULL");
            QVERIFY(desktop.step());
            QCOMPARE(desktop.text(0), QStringLiteral("update"));
            QCOMPARE(desktop.text(1), QStringLiteral("desktop"));
            QCOMPARE(desktop.text(2), QStringLiteral("da QGIS"));
            QVERIFY(!desktop.step());
        }
    }

    void migrationFailureLeavesTheOldVersion()
    {
        QTemporaryDir tmp;
        makeStoreAtVersion(tmp.path(), 1);
        {
            // Sabotage step 2: the table it creates already exists.
            Database db;
            db.open(tmp.path() + "/project.gpkg", Database::Mode::ReadWrite);
            db.exec("CREATE TABLE territori_attachments (x TEXT)");
        }
        QVERIFY_EXCEPTION_THROWN(Project::open(tmp.path()), StoreError);
        Database db;
        db.open(tmp.path() + "/project.gpkg", Database::Mode::ReadOnly);
        QCOMPARE(schema::readVersion(db), 1);
        Statement st = db.prepare("SELECT count(*) FROM pragma_table_info('territori_outbox') WHERE name = 'attachments'");
        st.step();
        QCOMPARE(st.int64(0), 0);
    }

    void freshStoreIsAtCurrentVersionWithGeoPackageHeader()
    {
        QTemporaryDir tmp;
        auto project = Project::create(tmp.path(), territori::testing::smallDefinition());
        QCOMPARE(project->schemaVersion(), schema::kCurrentVersion);
        QCOMPARE(project->migratedFrom(), 0);
        Statement app = project->db().prepare("PRAGMA application_id");
        app.step();
        QCOMPARE(app.int64(0), qint64(schema::kGpkgApplicationId));
        Statement uv = project->db().prepare("PRAGMA user_version");
        uv.step();
        QCOMPARE(uv.int64(0), qint64(schema::kGpkgUserVersion));
        Statement jm = project->db().prepare("PRAGMA journal_mode");
        jm.step();
        QCOMPARE(jm.text(0), QStringLiteral("wal"));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
