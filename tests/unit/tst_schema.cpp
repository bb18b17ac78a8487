#include "editgateway.h"
#include "featurereader.h"
#include "outbox.h"
#include "project.h"
#include "schema.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace territori::store;

class TestSchema : public QObject
{
    Q_OBJECT

    static int entries(Project &p)
    {
        Statement st = p.db().prepare("SELECT count(*) FROM territori_outbox");
        st.step();
        return int(st.int64(0));
    }

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
                db.exec(QStringLiteral("DROP TRIGGER IF EXISTS territori_punti_journal_%1").arg(QLatin1String(t)));
        if (version < 4)
            db.exec("ALTER TABLE punti DROP COLUMN source");
        // Feature tables had no import_batch column (nor the triggers that know it) before version 7.
        if (version < 7) {
            db.exec("DROP INDEX territori_punti_import_batch");
            for (const char *t : {"territori_punti_touch", "territori_punti_journal_insert", "territori_punti_journal_update",
                                  "territori_punti_journal_delete"})
                db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(t)));
            db.exec("ALTER TABLE punti DROP COLUMN import_batch");
            schema::createTouchTrigger(db, "punti", false);
            if (version >= 5)
                schema::createJournalTriggers(db, "punti", {"nome"}, false);
        }
        // Written by the app, which journals its own edits: from version 5 on, the gateway's mark keeps the triggers
        // from journalling it a second time.
        if (version >= 5)
            db.exec("INSERT INTO territori_gateway (active) VALUES (1)");
        Statement f = db.prepare("INSERT INTO punti (geom, uuid, nome, created_at, modified_at) VALUES (?, "
                                 "'11111111-1111-1111-1111-111111111111', 'vecchio', '2025-01-01T00:00:00.000Z', "
                                 "'2025-01-01T00:00:00.000Z')");
        f.bindBlob(1, toGpkgBlob(Geometry::point({9.19, 45.46})));
        f.run();
        db.exec("INSERT INTO territori_outbox (op_id, layer, feature_uuid, kind, changes, created_at) VALUES "
                "('op-1', 'punti', '11111111-1111-1111-1111-111111111111', 'insert', '{}', "
                "'2025-01-01T00:00:00.000Z')");
        if (version >= 5)
            db.exec("DELETE FROM territori_gateway");
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

    // Version 5 stores hold insert entries with a copy of the feature (every value, the geometry, the photos), pending
    // or sent. Opening one empties them in the migration's transaction; no unsent edit is lost: the insert still goes,
    // whole, from its row, and an update's old and new values are kept as they were.
    void insertEntriesOfAnOlderStoreLoseTheirCopiesButNotTheirEdits()
    {
        QTemporaryDir tmp;
        makeStoreAtVersion(tmp.path(), 5);
        const QString copy = R"({"draft":{"new":false,"old":null},"nome":{"new":"vecchio","old":null}})";
        const QString edit = R"({"nome":{"new":"vecchio","old":"prima"}})";
        {
            Database db;
            db.open(tmp.path() + "/project.gpkg", Database::Mode::ReadWrite);
            Statement st = db.prepare("UPDATE territori_outbox SET changes = ?, geom_new = (SELECT geom FROM punti), "
                                      "attachments = '[\"" + QString(64, 'a') + "\"]' WHERE op_id = 'op-1'");
            st.bind(1, copy);
            st.run();
            st = db.prepare("INSERT INTO territori_outbox (op_id, layer, feature_uuid, kind, base_rev, changes, "
                            "created_at, state) VALUES ('op-2', 'punti', '11111111-1111-1111-1111-111111111111', "
                            "'update', 3, ?, '2025-01-02T00:00:00.000Z', 'pending')");
            st.bind(1, edit);
            st.run();
            // Another program's insert journalled as version 5 did, with the geometry; and the trigger that did it
            // is gone, to see the migration write the triggers again.
            db.exec("INSERT INTO punti (geom, uuid, nome) VALUES ((SELECT geom FROM punti), "
                    "'22222222-2222-4222-8222-222222222222', 'da QGIS')");
            db.exec("UPDATE territori_outbox SET geom_new = (SELECT geom FROM punti WHERE nome = 'da QGIS') WHERE "
                    "feature_uuid = '22222222-2222-4222-8222-222222222222'");
            db.exec("DROP TRIGGER territori_punti_journal_insert");
        }
        auto project = Project::open(tmp.path());
        QCOMPARE(project->migratedFrom(), 5);
        Statement raw = project->db().prepare("SELECT op_id, changes, geom_new IS NULL, attachments IS NULL, state "
                                              "FROM territori_outbox ORDER BY seq");
        QVERIFY(raw.step());
        QCOMPARE(raw.text(0), QStringLiteral("op-1"));
        QCOMPARE(raw.text(1), QStringLiteral("{}"));
        QCOMPARE(raw.int64(2), qint64(1));
        QCOMPARE(raw.int64(3), qint64(1));
        QCOMPARE(raw.text(4), QStringLiteral("pending"));
        QVERIFY(raw.step());
        QCOMPARE(raw.text(0), QStringLiteral("op-2"));
        QCOMPARE(raw.text(1), edit); // an update keeps what the merge needs, byte for byte
        QVERIFY(raw.step());
        QCOMPARE(raw.text(1), QStringLiteral("{}"));
        QCOMPARE(raw.int64(2), qint64(1));
        QVERIFY(!raw.step());
        raw = Statement();
        // Both features still go to the SIT, whole, from their rows.
        EditGateway gw(*project, {"tester", "dev"});
        const std::vector<PendingChange> pending = gw.pendingChanges(10);
        QCOMPARE(int(pending.size()), 2);
        QCOMPARE(pending[0].kind, PendingChange::Kind::Insert);
        QCOMPARE(pending[0].opIds, QStringList({"op-1", "op-2"}));
        QCOMPARE(pending[0].current->attributes.value("nome").toString(), QStringLiteral("vecchio"));
        QCOMPARE(pending[0].current->geometry, Geometry::point({9.19, 45.46}));
        QCOMPARE(pending[1].kind, PendingChange::Kind::Insert);
        QCOMPARE(pending[1].current->attributes.value("nome").toString(), QStringLiteral("da QGIS"));
        QCOMPARE(Outbox::pendingCount(project->db()), qint64(3));
        // And the trigger is back: another program's insert is journalled, without a copy.
        project->db().exec("INSERT INTO punti (geom, nome) VALUES (NULL, 'ancora QGIS')");
        QCOMPARE(entries(*project), 4);
        const OutboxEntry last = *Outbox::last(project->db());
        QCOMPARE(last.kind, OutboxEntry::Kind::Insert);
        QCOMPARE(last.origin, QStringLiteral("desktop"));
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

    // A layer of 100 fields (peers' users have forms of 91): the store is created, and another program's delete is
    // journalled with every old value. The delete trigger's json_object once took two arguments per field, past
    // SQLite's limit of 127, and creating such a layer failed.
    void aLayerOfAHundredFieldsIsJournalledWhole()
    {
        QTemporaryDir tmp;
        QJsonArray fields;
        for (int i = 0; i < 100; ++i)
            fields.append(QJsonObject{{"name", QStringLiteral("campo_%1").arg(i)}, {"type", "text"}});
        const QJsonObject def{{"format", 1}, {"id", "wide"}, {"title", "Wide"}, {"extent", QJsonArray{9.0, 45.3, 9.4, 45.6}},
                              {"layers", QJsonArray{QJsonObject{{"name", "larga"}, {"title", "Larga"},
                                                                {"geometry", "point"}, {"fields", fields}}}}};
        auto project = Project::create(tmp.path(), def);
        EditGateway gw(*project, {"tester", "tablet"});
        NewFeature f;
        f.geometry = Geometry::point({9.2, 45.5});
        for (int i = 0; i < 100; ++i)
            f.attributes.insert(QStringLiteral("campo_%1").arg(i), QStringLiteral("valore %1").arg(i));
        const EditResult r = gw.insert("larga", f);
        QVERIFY2(r.ok, qPrintable(r.message));
        Database qgis;
        qgis.open(tmp.path() + "/project.gpkg", Database::Mode::ReadWrite);
        qgis.exec("DELETE FROM larga");
        Statement st = project->db().prepare("SELECT kind, origin, (SELECT count(*) FROM json_each(changes)), "
                                             "json_extract(changes, '$.campo_0.old'), json_extract(changes, '$.campo_99.old'), "
                                             "json_type(changes, '$.campo_99.new') FROM territori_outbox WHERE kind = 'delete'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("delete"));
        QCOMPARE(st.text(1), QStringLiteral("desktop"));
        QVERIFY2(st.int64(2) >= 100, qPrintable(QString::number(st.int64(2))));
        QCOMPARE(st.text(3), QStringLiteral("valore 0"));
        QCOMPARE(st.text(4), QStringLiteral("valore 99"));
        QCOMPARE(st.text(5), QStringLiteral("null")); // each field's object whole, its "new": null kept
    }

    // Another program (QGIS, ogr2ogr, sqlite3) writing the store: every change it makes to a feature is journalled
    // once, with what the sync and the merge need; the app's own writes are journalled by the gateway alone.
    void otherProgramsEditsAreJournalledOnceAndTheAppsAreNot()
    {
        QTemporaryDir tmp;
        auto project = Project::create(tmp.path(), territori::testing::smallDefinition());
        EditGateway gw(*project, {"tester", "tablet"});
        NewFeature mine;
        mine.geometry = Geometry::point({9.2, 45.5});
        mine.attributes = {{"nome", "dell'app"}};
        const EditResult r = gw.insert("punti", mine);
        QVERIFY(r.ok);
        QCOMPARE(entries(*project), 1);

        // A second connection, as QGIS opens the file (recursive triggers on, as QGIS and GDAL set them).
        Database qgis;
        qgis.open(tmp.path() + "/project.gpkg", Database::Mode::ReadWrite);
        qgis.exec("PRAGMA recursive_triggers = 1");
        // A point written the way GDAL writes it: the same coordinates, no envelope in the header.
        auto bare = [](double x, double y) {
            QByteArray b = QByteArray::fromHex("4750000" "1" "e6100000");
            QByteArray wkb = QByteArray::fromHex("0101000000");
            wkb.append(reinterpret_cast<const char *>(&x), 8).append(reinterpret_cast<const char *>(&y), 8);
            return b + wkb;
        };
        Statement add = qgis.prepare("INSERT INTO punti (geom, uuid, nome, created_at, modified_at, draft, sync_rev) "
                                     "VALUES (?, NULL, 'da QGIS', NULL, NULL, 0, 42)");
        add.bindBlob(1, bare(9.21, 45.51));
        add.run();
        Statement added = qgis.prepare("SELECT uuid, sync_rev, created_at IS NOT NULL FROM punti WHERE nome = 'da QGIS'");
        QVERIFY(added.step());
        const QString uuid = added.text(0);
        QCOMPARE(uuid.size(), 36);
        QVERIFY(added.isNull(1)); // new to the SIT, whatever the copy said
        QCOMPARE(added.int64(2), qint64(1));
        added = Statement();
        QCOMPARE(entries(*project), 2);
        OutboxEntry e = *Outbox::last(project->db());
        QCOMPARE(e.kind, OutboxEntry::Kind::Insert);
        QCOMPARE(e.featureUuid, uuid);
        QCOMPARE(e.origin, QStringLiteral("desktop"));
        QCOMPARE(e.state, OutboxState::Pending);
        {
            // Like the app's, another program's insert is journalled without a copy of the feature.
            Statement raw =
                project->db().prepare("SELECT changes, geom_new IS NULL FROM territori_outbox WHERE seq = ?");
            raw.bind(1, e.seq);
            QVERIFY(raw.step());
            QCOMPARE(raw.text(0), QStringLiteral("{}"));
            QCOMPARE(raw.int64(1), qint64(1));
        }

        // The app's feature, saved again by QGIS with every column as it was (QGIS rewrites the whole row) and the
        // point without its envelope: nothing changed, nothing journalled.
        project->db().exec(QStringLiteral("UPDATE punti SET sync_rev = 7 WHERE uuid = '%1'").arg(r.uuid)); // as a pull would
        QCOMPARE(entries(*project), 2);
        Statement same = qgis.prepare("UPDATE punti SET geom = ?, nome = nome, created_at = created_at WHERE uuid = ?");
        same.bindBlob(1, bare(9.2, 45.5)).bind(2, r.uuid);
        same.run();
        QCOMPARE(entries(*project), 2);
        // One field changed: one entry with that field only, on the revision it was made on.
        qgis.exec(QStringLiteral("UPDATE punti SET nome = 'corretto in QGIS' WHERE uuid = '%1'").arg(r.uuid));
        QCOMPARE(entries(*project), 3);
        e = *Outbox::last(project->db());
        QCOMPARE(e.kind, OutboxEntry::Kind::Update);
        QCOMPARE(e.baseRev, std::optional<qint64>(7));
        QCOMPARE(e.changes.fields(), QStringList{"nome"});
        QCOMPARE(e.changes.oldValue("nome").toString(), QStringLiteral("dell'app"));
        QCOMPARE(e.changes.newValue("nome").toString(), QStringLiteral("corretto in QGIS"));
        QVERIFY(e.geomNew.isEmpty());
        // The geometry moved: both geometries kept.
        Statement moved = qgis.prepare("UPDATE punti SET geom = ? WHERE uuid = ?");
        moved.bindBlob(1, bare(9.3, 45.4)).bind(2, r.uuid);
        moved.run();
        e = *Outbox::last(project->db());
        QVERIFY(!e.geomOld.isEmpty());
        QVERIFY(!e.geomNew.isEmpty());
        QVERIFY(e.changes.isEmpty());
        // Values JSON cannot hold do not stop the other program's save; the row keeps them for the sync to name.
        qgis.exec(QStringLiteral("UPDATE punti SET nome = x'00ff' WHERE uuid = '%1'").arg(r.uuid));
        qgis.exec(QStringLiteral("UPDATE punti SET nome = 1e999 WHERE uuid = '%1'").arg(r.uuid));
        QCOMPARE(entries(*project), 6);
        // Saved many times within the same instant, with recursive triggers on: the touch trigger does not loop.
        for (int i = 0; i < 300; ++i)
            qgis.exec(QStringLiteral("UPDATE punti SET modified_at = modified_at WHERE uuid = '%1'").arg(r.uuid));
        // A uuid is an identity: another program cannot change it.
        QVERIFY_EXCEPTION_THROWN(qgis.exec(QStringLiteral("UPDATE punti SET uuid = 'altro' WHERE uuid = '%1'").arg(r.uuid)),
                                 StoreError);
        // A delete keeps the old values.
        qgis.exec(QStringLiteral("DELETE FROM punti WHERE uuid = '%1'").arg(uuid));
        e = *Outbox::last(project->db());
        QCOMPARE(e.kind, OutboxEntry::Kind::Delete);
        QCOMPARE(e.changes.oldValue("nome").toString(), QStringLiteral("da QGIS"));
        QCOMPARE(entries(*project), 7);
        // The app's own edits and deletes are still journalled once, by the gateway.
        FeatureChange fc;
        fc.attributes = {{"nome", "di nuovo dell'app"}};
        QVERIFY(gw.update("punti", r.uuid, fc).ok);
        QVERIFY(gw.remove("punti", r.uuid).ok);
        QCOMPARE(entries(*project), 9);
        Statement origins = project->db().prepare("SELECT count(*) FROM territori_outbox WHERE origin IS NULL");
        origins.step();
        QCOMPARE(origins.int64(0), qint64(3));
        origins = Statement(); // a statement left open would keep this connection on an old snapshot
        // And no undo here of what QGIS did.
        qgis.exec("INSERT INTO punti (geom, nome) VALUES (NULL, 'ancora QGIS')");
        QVERIFY(!gw.lastUndoable());
        QVERIFY(!gw.undoLast().ok);
    }

    // A pasted feature in QGIS gets "<uuid>_1" from QGIS (a unique value): it becomes a feature of its own.
    void aPastedFeatureGetsAUuidOfItsOwn()
    {
        QTemporaryDir tmp;
        auto project = Project::create(tmp.path(), territori::testing::smallDefinition());
        project->db().exec("INSERT INTO punti (geom, uuid, nome) VALUES (NULL, '0d6f5d0e-1b7a-4b55-9a3c-2f3c5b7a9e10_1', 'x')");
        Statement st = project->db().prepare("SELECT uuid FROM punti");
        QVERIFY(st.step());
        QCOMPARE(st.text(0).size(), 36);
        QVERIFY(st.text(0) != QLatin1String("0d6f5d0e-1b7a-4b55-9a3c-2f3c5b7a9e10"));
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
