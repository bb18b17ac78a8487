// A file import writes one outbox entry for all its rows (outbox.h, ImportBatch; issue #13): what a person relies on
// must hold as when every row had an entry of its own. Each row reaches the SIT once, under an op id of its own, even
// after a lost reply or a run cut short; an edit of a row not yet sent (here or in a desktop GIS) goes with it; a row
// deleted before it went sends nothing; the import can be undone whole; a value the SIT cannot take is held, never
// dropped; the sync page counts every row still to go; a person's erasure leaves nothing behind; the pull never
// overwrites a row still to go.

#include "editgateway.h"
#include "fakesit.h"
#include "featurereader.h"
#include "outbox.h"
#include "project.h"
#include "schema.h"
#include "syncengine.h"
#include "syncstate.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace territori;
using namespace territori::store;
using namespace territori::sync;
using territori::testing::CannedTransport;
using territori::testing::FakeSit;

class TestImportBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditGateway> m_gw;
    std::unique_ptr<FakeSit> m_sit;

    SyncReport sync(int batch = 1000)
    {
        SyncSettings s;
        s.owsUrl = QUrl("http://127.0.0.1:9/ows/surveyor/");
        s.user = "rilevatore";
        s.batchSize = batch;
        s.retry.firstDelayMs = 1;
        s.retry.attempts = 1;
        s.parallelRequests = 1; // one transaction at a time: a test cuts the run after a given one
        SyncEngine engine(m_dir, m_sit->transport, s, Project::Check::AlreadyChecked);
        return engine.run();
    }

    // Imports n points named "Punto <i>" into "punti" through the gateway's import path; returns their uuids in order.
    QStringList import(int n, const QString &id = QStringLiteral("3f9a2c1d-0000-4000-8000-000000000001"),
                       const QString &layer = QStringLiteral("punti"))
    {
        ImportRecord record;
        record.id = id;
        record.fileName = "punti.shp";
        record.officer = "Ufficio PGT";
        record.rowsRead = n;
        auto index = std::make_shared<int>(0);
        const bool sites = layer == QLatin1String("siti");
        const EditResult r = m_gw->importFeatures(
            layer, record, [n, index, id, sites](EditGateway::ImportRow &row, QString &) {
                if (*index >= n)
                    return EditGateway::Feed::End;
                ++*index;
                row.feature = NewFeature();
                const double x = 9.0 + *index * 0.001, y = 45.4;
                row.feature.geometry = sites ? Geometry::polygon({{x, y}, {x + 0.0005, y}, {x + 0.0005, y + 0.0005}, {x, y + 0.0005}})
                                             : Geometry::point({x, y});
                row.feature.attributes.insert("nome", QStringLiteral("Punto %1").arg(*index));
                if (sites)
                    row.feature.attributes.insert("comune", QStringLiteral("Sesto San Giovanni"));
                row.feature.source = Outbox::importSourcePrefix(id) + QString::number(*index);
                row.where = QStringLiteral("row %1").arg(*index);
                return EditGateway::Feed::Feature;
            });
        if (!r.ok)
            qWarning() << r.message;
        QStringList uuids;
        Statement st = m_project->db().prepare(QStringLiteral("SELECT uuid FROM %1 ORDER BY fid").arg(layer));
        while (st.step())
            uuids << st.text(0);
        return uuids;
    }

    qint64 count(const QString &sql)
    {
        Statement st = m_project->db().prepare(sql);
        st.step();
        return st.int64(0);
    }

    qint64 pending() { return Outbox::pendingCount(m_project->db()); }

    std::optional<Feature> local(const QString &uuid, const QString &layer = QStringLiteral("punti"))
    {
        FeatureReader reader(m_project->db(), *m_project->layer(layer));
        return reader.byUuid(uuid);
    }

    // Rows of the SIT's "punti" and the distinct op ids that wrote them.
    int onSit() { return int(m_sit->tables["punti"].size()); }

private slots:
    void init()
    {
        m_gw.reset();
        m_project.reset();
        m_dir = m_tmp.path() + "/p" + QString::number(QRandomGenerator::global()->generate());
        m_project = Project::create(m_dir, territori::testing::smallDefinition());
        m_gw = std::make_unique<EditGateway>(*m_project, EditContext{"tester", "tablet-1"});
        m_sit = std::make_unique<FakeSit>(m_project->layers());
    }

    void anImportIsOneEntryAndEachRowGoesOnceUnderAnOpIdOfItsOwn()
    {
        const QStringList uuids = import(25);
        QCOMPARE(uuids.size(), 25);
        QCOMPARE(count("SELECT count(*) FROM territori_outbox"), 1);
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'import' AND state = 'pending' AND "
                       "feature_uuid = '3f9a2c1d-0000-4000-8000-000000000001'"),
                 1);
        // Every row still to go counts, on the edit bar and on the sync page.
        QCOMPARE(pending(), 25);
        QCOMPARE(SyncState(m_project->db()).unsentByLayer().value("punti").pending, 25);
        // Not modified since the import wrote it: no time of its own, readers take the creation time.
        QCOMPARE(count("SELECT count(*) FROM punti WHERE modified_at IS NULL AND created_at IS NOT NULL"), 25);
        QVERIFY(local(uuids[0])->meta.modifiedAt.isValid());
        QCOMPARE(local(uuids[0])->meta.modifiedAt, local(uuids[0])->meta.createdAt);
        // The row's provenance is short here and names the import, whose record keeps the file.
        QCOMPARE(local(uuids[4])->meta.source, QStringLiteral("import 3f9a2c1d row 5"));
        m_sit->published["punti"] << "source";

        const SyncReport r = sync(10); // three transactions: the import's rows go a page at a time
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.sent, 25);
        QCOMPARE(onSit(), 25);
        QCOMPARE(pending(), 0);
        QCOMPARE(r.remaining, 0);
        QSet<QString> ops;
        for (const auto &[uuid, row] : m_sit->tables["punti"])
            ops.insert(row.lastOp);
        QCOMPARE(ops.size(), 25);
        // The SIT, which has no record of the import, gets the file's name in each row's provenance.
        QCOMPARE(m_sit->tables["punti"][uuids[4]].values.value("source").toString(),
                 QStringLiteral("import 3f9a2c1d: punti.shp row 5"));
        // The import's entry is history; no row got an entry of its own.
        QCOMPARE(count("SELECT count(*) FROM territori_outbox"), 1);
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'import' AND state = 'sent'"), 1);
        QCOMPARE(count("SELECT count(*) FROM punti WHERE import_batch IS NOT NULL"), 0);
        // Nothing goes twice.
        const int before = m_sit->transactions;
        QVERIFY(sync().ok());
        QCOMPARE(m_sit->transactions, before);
    }

    void aLostReplyOrARunCutShortDuplicatesNothing()
    {
        import(12);
        // The SIT commits the first page, its reply is lost and so is the read-back: the run stops as a kill would.
        int transactions = 0;
        bool cut = false;
        m_sit->afterApply = [&](const HttpRequest &) -> std::optional<HttpReply::Outcome> {
            if (++transactions == 1) {
                cut = true;
                return CannedTransport::networkError("connection reset by peer");
            }
            return std::nullopt;
        };
        m_sit->override = [&](const HttpRequest &r) -> std::optional<HttpReply::Outcome> {
            if (cut && (r.body.contains("GetFeature") || r.url.query().contains("GetFeature")))
                return CannedTransport::networkError("connection reset by peer");
            return std::nullopt;
        };
        SyncReport r = sync(5);
        QVERIFY(!r.ok());
        QCOMPARE(onSit(), 5);
        QCOMPARE(pending(), 12); // nothing taken for sent that the SIT did not confirm

        cut = false;
        m_sit->override = nullptr;
        r = sync(5);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(onSit(), 12);
        QCOMPARE(pending(), 0);
        // The five sent again were recognised by their op ids: the SIT holds each row once, written by its own op.
        QSet<QString> ops;
        for (const auto &[uuid, row] : m_sit->tables["punti"])
            ops.insert(row.lastOp);
        QCOMPARE(ops.size(), 12);
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'import' AND state = 'sent'"), 1);
    }

    void anEditOfARowNotYetSentGoesWithItWhoeverMadeIt()
    {
        const QStringList uuids = import(5);
        // In the app.
        FeatureChange fc;
        fc.attributes.insert("nome", "Corretto qui");
        QVERIFY(m_gw->update("punti", uuids[1], fc).ok);
        // In a desktop GIS, writing the GeoPackage directly (no gateway: the store's triggers journal it).
        m_project->db().exec(QStringLiteral("UPDATE punti SET nome = 'Corretto in QGIS' WHERE uuid = '%1'").arg(uuids[2]));
        QCOMPARE(pending(), 5 + 2); // a feature's insert and update are two edits, as they always were
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'insert'"), 2);
        // The insert entry a row gets is the one the import gave it: its op id is the batch's.
        const ImportBatch batch = Outbox::pendingImportBatches(m_project->db()).front();
        Statement st = m_project->db().prepare(
            QStringLiteral("SELECT op_id FROM territori_outbox WHERE kind = 'insert' AND feature_uuid = '%1'").arg(uuids[2]));
        QVERIFY(st.step());
        QCOMPARE(st.text(0), batch.opIdOf(batch.firstFid + 2));
        st = Statement();

        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(onSit(), 5);
        QCOMPARE(m_sit->tables["punti"][uuids[1]].values.value("nome").toString(), QStringLiteral("Corretto qui"));
        QCOMPARE(m_sit->tables["punti"][uuids[2]].values.value("nome").toString(), QStringLiteral("Corretto in QGIS"));
        QCOMPARE(pending(), 0);
    }

    void aRowDeletedBeforeItWentSendsNothing()
    {
        const QStringList uuids = import(6);
        QVERIFY(m_gw->remove("punti", uuids[0]).ok);
        m_project->db().exec(QStringLiteral("DELETE FROM punti WHERE uuid = '%1'").arg(uuids[1])); // a desktop GIS
        QCOMPARE(pending(), 4 + 2); // the app's delete is kept (it can be undone) with the row's insert: they cancel
        // Undoing the app's delete brings the row back, to be sent.
        QVERIFY(m_gw->undoLast().ok);
        QVERIFY(local(uuids[0]));
        QVERIFY(m_gw->remove("punti", uuids[3]).ok);

        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(onSit(), 4);
        QVERIFY(m_sit->tables["punti"].count(uuids[0]));
        QVERIFY(!m_sit->tables["punti"].count(uuids[1]));
        QVERIFY(!m_sit->tables["punti"].count(uuids[3]));
        QVERIFY(m_sit->tombstones.empty());
        QCOMPARE(pending(), 0);
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'import' AND state = 'sent'"), 1);
    }

    void anImportWhoseRowsAreAllDeletedRetiresAndSendsNothing()
    {
        const QStringList uuids = import(2);
        QVERIFY(m_gw->remove("punti", uuids[0]).ok);
        m_project->db().exec(QStringLiteral("DELETE FROM punti WHERE uuid = '%1'").arg(uuids[1])); // a desktop GIS
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(onSit(), 0);
        QCOMPARE(m_sit->transactions, 0);
        QCOMPARE(pending(), 0);
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'import' AND state = 'sent'"), 1);
    }

    void anImportIsUndoneWholeUntilPartOfItIsSent()
    {
        import(4);
        std::optional<OutboxEntry> last = m_gw->lastUndoable();
        QVERIFY(last);
        QCOMPARE(last->kind, OutboxEntry::Kind::Import);
        QVERIFY(m_gw->undoLast().ok);
        QCOMPARE(count("SELECT count(*) FROM punti"), 0);
        QCOMPARE(count("SELECT count(*) FROM territori_outbox"), 0);
        QCOMPARE(count("SELECT count(*) FROM territori_imports"), 0);
        QCOMPARE(pending(), 0);

        // Once the SIT has some of its rows, the import is no longer undone: they would stay there.
        import(4, "aaaaaaaa-0000-4000-8000-000000000002");
        int sent = 0;
        m_sit->override = [&](const HttpRequest &r) -> std::optional<HttpReply::Outcome> {
            if (r.body.contains("<wfs:Transaction") && sent++ > 0)
                return CannedTransport::networkError("down");
            return std::nullopt;
        };
        sync(2);
        QCOMPARE(onSit(), 2);
        QCOMPARE(pending(), 2);
        const EditResult undo = m_gw->undoLast();
        QVERIFY(!undo.ok);
        QCOMPARE(count("SELECT count(*) FROM punti"), 4);
    }

    void aValueTheSitCannotTakeIsHeldWithItsReasonNotDropped()
    {
        const QStringList uuids = import(3);
        // A desktop GIS writes bytes that are not UTF-8 into a row not yet sent: that row waits for a person, the
        // others go.
        m_project->db().exec(QStringLiteral("UPDATE punti SET nome = CAST(X'50756e746f20e0' AS TEXT) WHERE uuid = '%1'")
                                 .arg(uuids[0]));
        SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.heldForFixing, 1);
        QCOMPARE(onSit(), 2);
        QVERIFY(!m_sit->tables["punti"].count(uuids[0]));
        const std::vector<HeldChange> held = SyncState(m_project->db()).heldForFixing();
        QCOMPARE(int(held.size()), 1);
        QCOMPARE(held[0].uuid, uuids[0]);
        QCOMPARE(held[0].problems.value(0).first, QStringLiteral("nome"));
        QCOMPARE(SyncState(m_project->db()).unsentByLayer().value("punti").held, 1);

        // A SIT whose layer lacks a field the rows fill: each is refused with the reason and kept, none dropped.
        import(2, "bbbbbbbb-0000-4000-8000-000000000003");
        m_sit->published["punti"].removeAll("nome");
        r = sync();
        QCOMPARE(r.failed, 2);
        QCOMPARE(SyncState(m_project->db()).unsentByLayer().value("punti").failed, 2);
        QCOMPARE(onSit(), 2);

        // Fixed: the held row goes once corrected, the refused ones once the SIT has the field again.
        FeatureChange fc;
        fc.attributes.insert("nome", "Punto corretto");
        QVERIFY(m_gw->update("punti", uuids[0], fc).ok);
        m_sit->published["punti"] << "nome";
        QVERIFY(m_gw->retryFailed().ok);
        r = sync();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(onSit(), 5);
        QCOMPARE(m_sit->tables["punti"][uuids[0]].values.value("nome").toString(), QStringLiteral("Punto corretto"));
        QCOMPARE(pending(), 0);
    }

    void anImportedValueTheSitCannotCarryIsHeldNotDropped()
    {
        // Issue #10, point 2, for an import: a value the form's rules accept but the SIT's WFS cannot carry (a
        // character beyond U+FFFF) keeps its row here with the reason, and the rest of the import goes.
        ImportRecord record;
        record.id = QStringLiteral("eeeeeeee-0000-4000-8000-000000000006");
        record.fileName = "punti.csv";
        auto index = std::make_shared<int>(0);
        const EditResult imported = m_gw->importFeatures(
            "punti", record, [index](EditGateway::ImportRow &row, QString &) {
                if (*index >= 3)
                    return EditGateway::Feed::End;
                ++*index;
                row.feature = NewFeature();
                row.feature.geometry = Geometry::point({9.0 + *index * 0.001, 45.4});
                row.feature.attributes.insert("nome", *index == 2 ? QString::fromUtf8("Punto \xF0\x9F\x98\x80")
                                                                  : QStringLiteral("Punto %1").arg(*index));
                row.where = QStringLiteral("row %1").arg(*index);
                return EditGateway::Feed::Feature;
            });
        QVERIFY2(imported.ok, qPrintable(imported.message));
        Statement st = m_project->db().prepare("SELECT uuid FROM punti WHERE nome LIKE 'Punto _%' ORDER BY fid");
        QStringList uuids;
        while (st.step())
            uuids << st.text(0);
        st = Statement();
        QCOMPARE(uuids.size(), 3);
        SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.heldForFixing, 1);
        QCOMPARE(onSit(), 2);
        QVERIFY(!m_sit->tables["punti"].count(uuids[1]));
        const std::vector<HeldChange> held = SyncState(m_project->db()).heldForFixing();
        QCOMPARE(int(held.size()), 1);
        QCOMPARE(held[0].uuid, uuids[1]);
        QCOMPARE(held[0].problems.value(0).first, QStringLiteral("nome"));
        QVERIFY2(held[0].problems.value(0).second.contains("U+1F600"), qPrintable(held[0].problems.value(0).second));
        QCOMPARE(pending(), 1);
        // Still there at the next sync, and gone once a person corrects it.
        r = sync();
        QCOMPARE(onSit(), 2);
        QCOMPARE(pending(), 1);
        FeatureChange fc;
        fc.attributes.insert("nome", "Punto 2");
        QVERIFY(m_gw->update("punti", uuids[1], fc).ok);
        r = sync();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(onSit(), 3);
        QCOMPARE(pending(), 0);
    }

    void anErasureOfARowNotYetSentLeavesNoTraceAndTheSitGetsNone()
    {
        const QStringList uuids = import(3, QStringLiteral("cccccccc-0000-4000-8000-000000000004"), "siti");
        QCOMPARE(uuids.size(), 3);
        const EditResult e = m_gw->erasePersonalData("siti", uuids[1], {"nome"}, "rilevato");
        QVERIFY2(e.ok, qPrintable(e.message));
        QVERIFY(local(uuids[1], "siti")->attributes.value("nome").toString().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM territori_outbox WHERE changes LIKE '%Punto 2%'")), 0);
        QCOMPARE(pending(), 3 + 1); // its insert (now an entry of its own) and the erasure
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(int(m_sit->tables["siti"].size()), 3);
        QVERIFY(m_sit->tables["siti"][uuids[1]].values.value("nome").toString().isEmpty());
        QCOMPARE(m_sit->tables["siti"][uuids[2]].values.value("nome").toString(), QStringLiteral("Punto 3"));
        QCOMPARE(pending(), 0);
    }

    void thePullNeverOverwritesARowStillToGo()
    {
        const QStringList uuids = import(3);
        // The first row reached the SIT before a run was cut short, unacknowledged here; a desktop user on the SIT
        // then changed it. Here, meanwhile, the person corrected the same row.
        bool cut = false;
        m_sit->afterApply = [&](const HttpRequest &) -> std::optional<HttpReply::Outcome> {
            cut = true;
            return CannedTransport::networkError("reset");
        };
        m_sit->override = [&](const HttpRequest &r) -> std::optional<HttpReply::Outcome> {
            if (cut && (r.body.contains("GetFeature") || r.url.query().contains("GetFeature")))
                return CannedTransport::networkError("reset");
            return std::nullopt;
        };
        sync(1);
        m_sit->afterApply = nullptr;
        m_sit->override = nullptr;
        QCOMPARE(onSit(), 1);
        QCOMPARE(pending(), 3);
        m_sit->sqlUpdate("punti", uuids[0], "nome", "Cambiato sul SIT");
        FeatureChange fc;
        fc.attributes.insert("nome", "Cambiato qui");
        QVERIFY(m_gw->update("punti", uuids[0], fc).ok);
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.message));
        // Both changed the same field: a conflict for a person, the local value kept, nothing duplicated.
        QCOMPARE(local(uuids[0])->attributes.value("nome").toString(), QStringLiteral("Cambiato qui"));
        QCOMPARE(onSit(), 3);
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(m_sit->tables["punti"][uuids[0]].values.value("nome").toString(), QStringLiteral("Cambiato sul SIT"));
    }
    void aStoreFromBeforeOneEntryPerImportPushesItsPerRowEntriesAfterMigrating()
    {
        // A version 6 store: an import wrote one insert entry per row (the first already confirmed by the SIT).
        const QString dir = m_tmp.path() + "/v6";
        QDir().mkpath(dir);
        {
            Database db;
            db.open(dir + "/project.gpkg", Database::Mode::ReadWriteCreate);
            Transaction txn(db);
            schema::migrate(db, 0, 6);
            const QJsonObject def = territori::testing::smallDefinition();
            QJsonObject info = def;
            info.remove("layers");
            Statement meta = db.prepare("INSERT INTO territori_meta (key, value) VALUES ('project', ?)");
            meta.bind(1, QString::fromUtf8(QJsonDocument(info).toJson()));
            meta.run();
            QStringList errors;
            auto layer = parseLayerDef(def["layers"].toArray()[1].toObject(), {}, errors);
            schema::createFeatureTable(db, *layer);
            schema::saveLayerDefinition(db, *layer);
            // As version 6 left the table: no import_batch, its triggers without it.
            db.exec("DROP INDEX territori_punti_import_batch");
            for (const char *t : {"territori_punti_touch", "territori_punti_journal_insert",
                                  "territori_punti_journal_update", "territori_punti_journal_delete"})
                db.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(t)));
            db.exec("ALTER TABLE punti DROP COLUMN import_batch");
            schema::createTouchTrigger(db, "punti", false);
            schema::createJournalTriggers(db, "punti", {"nome"}, false);
            db.exec("INSERT INTO territori_gateway (active) VALUES (1)");
            for (int i = 1; i <= 3; ++i) {
                Statement f = db.prepare("INSERT INTO punti (geom, uuid, nome, created_at, modified_at, source) VALUES "
                                         "(?1, ?2, ?3, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?4)");
                f.bindBlob(1, toGpkgBlob(Geometry::point({9.0 + i * 0.01, 45.4})));
                f.bind(2, QStringLiteral("0000000%1-1111-4111-8111-111111111111").arg(i));
                f.bind(3, QStringLiteral("Vecchio %1").arg(i));
                f.bind(4, QStringLiteral("import 0badcafe-0000-4000-8000-000000000000: vecchi.shp row %1").arg(i));
                f.run();
                Statement e = db.prepare("INSERT INTO territori_outbox (op_id, layer, feature_uuid, kind, changes, "
                                         "created_at, state) VALUES (?1, 'punti', ?2, 'insert', '{}', "
                                         "'2026-01-01T00:00:00.000Z', ?3)");
                e.bind(1, QStringLiteral("op-%1").arg(i));
                e.bind(2, QStringLiteral("0000000%1-1111-4111-8111-111111111111").arg(i));
                e.bind(3, i == 1 ? QStringLiteral("sent") : QStringLiteral("pending"));
                e.run();
            }
            db.exec("DELETE FROM territori_gateway");
            txn.commit();
        }
        m_gw.reset();
        m_project = Project::open(dir);
        QCOMPARE(m_project->migratedFrom(), 6);
        m_gw = std::make_unique<EditGateway>(*m_project, EditContext{"tester", "tablet-1"});
        m_sit = std::make_unique<FakeSit>(m_project->layers());
        m_sit->tables["punti"]["00000001-1111-4111-8111-111111111111"].rev = 5; // the one the SIT confirmed
        m_dir = dir;
        QCOMPARE(pending(), 2);
        // A desktop GIS edit after the migration is journalled as before (the migrated triggers know import_batch).
        m_project->db().exec("UPDATE punti SET nome = 'Vecchio 3 corretto' WHERE uuid = "
                             "'00000003-1111-4111-8111-111111111111'");
        QCOMPARE(pending(), 3);
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.sent, 2);
        QCOMPARE(onSit(), 3);
        QCOMPARE(m_sit->tables["punti"]["00000002-1111-4111-8111-111111111111"].lastOp, QStringLiteral("op-2"));
        QCOMPARE(m_sit->tables["punti"]["00000003-1111-4111-8111-111111111111"].values.value("nome").toString(),
                 QStringLiteral("Vecchio 3 corretto"));
        QCOMPARE(pending(), 0);
        // And the migrated store takes an import as one entry.
        import(2, QStringLiteral("dddddddd-0000-4000-8000-000000000005"));
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'import'"), 1);
        QCOMPARE(pending(), 2);
        QVERIFY(sync().ok());
        QCOMPARE(onSit(), 5);
        QCOMPARE(pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
