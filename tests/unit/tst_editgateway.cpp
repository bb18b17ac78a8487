#include "editgateway.h"
#include "featurereader.h"
#include "language.h"
#include "outbox.h"
#include "project.h"
#include "schema.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace territori::store;

class TestEditGateway : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_tmp = nullptr;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditGateway> m_gw;

    static Geometry square(double x, double y, double s = 0.001)
    {
        return Geometry::polygon({{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}});
    }

    NewFeature site(const QString &name = QStringLiteral("Ex Falck"))
    {
        NewFeature nf;
        nf.geometry = square(9.23, 45.53);
        nf.attributes = {{"nome", name}, {"comune", "Sesto San Giovanni"}, {"superficie", "12,5"}, {"piani", 2}};
        return nf;
    }

    qint64 count(const QString &sql)
    {
        Statement st = m_project->db().prepare(sql);
        st.step();
        return st.int64(0);
    }

    qint64 features() { return count("SELECT count(*) FROM siti"); }
    qint64 outbox() { return count("SELECT count(*) FROM territori_outbox"); }
    qint64 rtreeHits(double x, double y)
    {
        return count(QStringLiteral("SELECT count(*) FROM rtree_siti_geom WHERE minx <= %1 AND maxx >= %1 AND miny <= "
                                    "%2 AND maxy >= %2")
                         .arg(x, 0, 'f', 6)
                         .arg(y, 0, 'f', 6));
    }
    Feature read(const QString &uuid)
    {
        FeatureReader r(m_project->db(), *m_project->layer("siti"));
        return *r.byUuid(uuid);
    }

private slots:
    void init()
    {
        setUiLanguage("en");
        m_tmp = new QTemporaryDir;
        m_project = Project::create(m_tmp->path(), territori::testing::smallDefinition());
        m_gw = std::make_unique<EditGateway>(*m_project, EditContext{"Giulia Rossi", "tablet-07"});
    }

    void cleanup()
    {
        m_gw.reset();
        m_project.reset();
        delete m_tmp;
    }

    void insertWritesFeatureAndOutboxEntryTogether()
    {
        QSignalSpy changed(m_gw.get(), &EditGateway::featureChanged);
        NewFeature nf = site();
        nf.gpsAccuracy = 3.5;
        nf.gpsFixTime = QDateTime(QDate(2026, 10, 14), QTime(8, 30), Qt::UTC);
        const EditResult r = m_gw->insert("siti", nf);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.uuid.size(), 36);
        QCOMPARE(changed.count(), 1);

        const Feature f = read(r.uuid);
        QCOMPARE(f.attributes["superficie"].toDouble(), 12.5);
        QCOMPARE(f.meta.author, QStringLiteral("Giulia Rossi"));
        QCOMPARE(f.meta.device, QStringLiteral("tablet-07"));
        QCOMPARE(*f.meta.gpsAccuracy, 3.5);
        QCOMPARE(f.meta.gpsFixTime, nf.gpsFixTime);
        QVERIFY(f.meta.createdAt.isValid());
        QCOMPARE(f.geometry, nf.geometry);

        const auto entries = Outbox::forFeature(m_project->db(), "siti", r.uuid);
        QCOMPARE(int(entries.size()), 1);
        const OutboxEntry &e = entries[0];
        QCOMPARE(e.opId, r.opId);
        QCOMPARE(e.kind, OutboxEntry::Kind::Insert);
        QVERIFY(!e.baseRev);
        QCOMPARE(e.author, QStringLiteral("Giulia Rossi"));
        QCOMPARE(e.state, OutboxState::Pending);
        // The entry names the feature and holds nothing of it: the values and the geometry are in the row alone.
        QVERIFY(e.changes.isEmpty());
        QVERIFY(e.geomNew.isNull() && e.geomOld.isNull());
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE changes = '{}' AND geom_old IS NULL AND geom_new "
                       "IS NULL AND attachments IS NULL"),
                 1);
        // What the sync will send of it is the row as it is.
        const std::vector<PendingChange> pending = m_gw->pendingChanges(10);
        QCOMPARE(int(pending.size()), 1);
        QCOMPARE(pending[0].kind, PendingChange::Kind::Insert);
        QVERIFY(pending[0].current);
        QCOMPARE(pending[0].current->attributes.value("nome").toString(), QStringLiteral("Ex Falck"));
        QCOMPARE(pending[0].current->geometry, nf.geometry);
        QCOMPARE(rtreeHits(9.2305, 45.5305), 1);
    }

    void invalidValuesAreRefusedAndNothingIsWritten()
    {
        NewFeature nf = site();
        nf.attributes["piani"] = 9;
        nf.attributes["codice"] = "xx";
        QSignalSpy changed(m_gw.get(), &EditGateway::featureChanged);
        const EditResult r = m_gw->insert("siti", nf);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, ErrorKind::Invalid);
        QCOMPARE(int(r.issues.size()), 2);
        QStringList fields;
        for (const auto &i : r.issues)
            fields << i.field;
        QCOMPARE(fields, QStringList({"piani", "codice"})); // in the order of the form
        QVERIFY(r.message.contains("at most 5"));
        QCOMPARE(features(), 0);
        QCOMPARE(outbox(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void missingRequiredValuesNeedTheDraftFlag()
    {
        NewFeature nf;
        nf.geometry = square(9.1, 45.4);
        nf.attributes = {{"nome", "Bozza"}};
        EditResult r = m_gw->insert("siti", nf);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains("draft"), qPrintable(r.message));
        QCOMPARE(r.issues[0].field, QStringLiteral("comune"));
        QCOMPARE(int(r.issues[0].severity), int(FieldIssue::Severity::Missing));
        nf.draft = true;
        r = m_gw->insert("siti", nf);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(read(r.uuid).meta.draft);
        // A hard constraint still blocks a draft.
        nf.attributes["piani"] = 0;
        QVERIFY(!m_gw->insert("siti", nf).ok);
        // Finishing the draft requires the missing value.
        FeatureChange finish;
        finish.draft = false;
        QVERIFY(!m_gw->update("siti", r.uuid, finish).ok);
        finish.attributes = {{"comune", "Rho"}};
        QVERIFY(m_gw->update("siti", r.uuid, finish).ok);
        QVERIFY(!read(r.uuid).meta.draft);
    }

    void updateJournalsOnlyWhatChangedWithOldAndNewValues()
    {
        const EditResult ins = m_gw->insert("siti", site());
        m_project->db().exec("UPDATE siti SET sync_rev = 41"); // as if synced at revision 41
        FeatureChange c;
        c.attributes = {{"nome", "Ex Falck (Unione)"}, {"piani", 2}, {"usi", QVariantList{"a", "b"}}};
        const EditResult r = m_gw->update("siti", ins.uuid, c);
        QVERIFY2(r.ok, qPrintable(r.message));
        const auto entries = Outbox::forFeature(m_project->db(), "siti", ins.uuid);
        QCOMPARE(int(entries.size()), 2);
        const OutboxEntry &e = entries[1];
        QCOMPARE(e.kind, OutboxEntry::Kind::Update);
        QCOMPARE(*e.baseRev, 41);
        QCOMPARE(e.changes.fields(), QStringList({"nome", "usi"}));
        QCOMPARE(e.changes.oldValue("nome").toString(), QStringLiteral("Ex Falck"));
        QCOMPARE(e.changes.newValue("nome").toString(), QStringLiteral("Ex Falck (Unione)"));
        QCOMPARE(e.changes.newValue("usi").toArray().size(), 2);
        QVERIFY(e.geomOld.isNull() && e.geomNew.isNull());

        // Saving the same values again journals nothing.
        const EditResult same = m_gw->update("siti", ins.uuid, c);
        QVERIFY(same.ok);
        QVERIFY(same.opId.isEmpty());
        QCOMPARE(outbox(), 2);
    }

    void geometryEditMovesTheSpatialIndex()
    {
        const EditResult ins = m_gw->insert("siti", site());
        FeatureChange c;
        c.geometry = square(9.30, 45.40);
        QVERIFY(m_gw->update("siti", ins.uuid, c).ok);
        QCOMPARE(rtreeHits(9.2305, 45.5305), 0);
        QCOMPARE(rtreeHits(9.3005, 45.4005), 1);
        const auto e = Outbox::forFeature(m_project->db(), "siti", ins.uuid).back();
        QCOMPARE(e.geomOld, toGpkgBlob(square(9.23, 45.53)));
        QCOMPARE(e.geomNew, toGpkgBlob(square(9.30, 45.40)));
    }

    void deleteKeepsEveryOldValueInTheOutbox()
    {
        const EditResult ins = m_gw->insert("siti", site());
        const EditResult del = m_gw->remove("siti", ins.uuid);
        QVERIFY(del.ok);
        QCOMPARE(features(), 0);
        QCOMPARE(rtreeHits(9.2305, 45.5305), 0);
        const OutboxEntry e = Outbox::forFeature(m_project->db(), "siti", ins.uuid).back();
        QCOMPARE(e.kind, OutboxEntry::Kind::Delete);
        QCOMPARE(e.changes.oldValue("nome").toString(), QStringLiteral("Ex Falck"));
        QCOMPARE(e.changes.oldValue("author").toString(), QStringLiteral("Giulia Rossi"));
        QCOMPARE(e.geomOld, toGpkgBlob(square(9.23, 45.53)));
        QCOMPARE(m_gw->remove("siti", ins.uuid).error, ErrorKind::NotFound);
    }

    void provenanceIsStoredJournalledAndSurvivesUndoOfADelete()
    {
        NewFeature nf = site();
        nf.source = QStringLiteral("import 42: aree.shp row 7");
        const EditResult ins = m_gw->insert("siti", nf);
        QVERIFY2(ins.ok, qPrintable(ins.message));
        QCOMPARE(read(ins.uuid).meta.source, nf.source);
        // A field capture has none.
        const EditResult captured = m_gw->insert("siti", site("Capture"));
        QVERIFY(read(captured.uuid).meta.source.isEmpty());
        // Deleting and undoing brings the provenance back with the feature.
        QVERIFY(m_gw->remove("siti", ins.uuid).ok);
        QVERIFY(m_gw->undoLast().ok);
        QCOMPARE(read(ins.uuid).meta.source, nf.source);
    }

    ImportRecord importRecord()
    {
        ImportRecord r;
        r.id = "imp-1";
        r.fileName = "aree.shp";
        r.fileSha256 = QString(64, 'f');
        r.format = "ESRI Shapefile";
        r.comune = "Sesto San Giovanni";
        r.officer = "Ufficio PGT";
        r.sourceSrs = "EPSG:3003";
        r.rowsRead = 4;
        r.rowsRejected = 1;
        r.report = "row,fid,severity,code,field,message\n";
        return r;
    }

    // Hands over `sites` one by one, then the end (or a failure after `failAfter` features).
    // Rows as a file import hands them over: unprepared (the gateway validates and encodes them), or prepared by the
    // feed with prepareImport, as the importer's reading thread does.
    EditGateway::ImportFeed feedOf(std::vector<NewFeature> sites, int failAfter = -1, bool prepared = false)
    {
        auto index = std::make_shared<size_t>(0);
        const LayerDef *layer = m_project->layer("siti");
        return [sites, index, failAfter, prepared, layer](EditGateway::ImportRow &row, QString &failure) {
            if (failAfter >= 0 && int(*index) == failAfter) {
                failure = "cancelled";
                return EditGateway::Feed::Failed;
            }
            if (*index >= sites.size())
                return EditGateway::Feed::End;
            row.feature = sites[*index];
            row.where = QStringLiteral("row %1").arg(*index + 1);
            ++*index;
            if (prepared) {
                const EditResult v = EditGateway::prepareImport(*layer, row);
                if (!v.ok) {
                    failure = row.where + ": " + v.message;
                    return EditGateway::Feed::Failed;
                }
            }
            return EditGateway::Feed::Feature;
        };
    }

    void largeImportLeavesNoLargeLogBehind()
    {
        // A tablet's storage matters: the write-ahead log of a large import must not stay in the project folder at
        // its full size once it has been checkpointed.
        std::vector<NewFeature> sites;
        for (int i = 0; i < 25000; ++i) {
            NewFeature nf = site(QStringLiteral("Area %1").arg(i));
            nf.geometry = square(9.0 + (i % 100) * 0.004, 45.3 + (i / 100) * 0.002);
            sites.push_back(nf);
        }
        const EditResult r = m_gw->importFeatures("siti", importRecord(), feedOf(sites));
        QVERIFY2(r.ok, qPrintable(r.message));
        const QString wal = m_project->storePath() + QStringLiteral("-wal");
        QVERIFY2(QFileInfo(wal).size() > schema::kWalSizeLimit,
                 qPrintable(QStringLiteral("the import wrote only %1 bytes of log").arg(QFileInfo(wal).size())));
        QVERIFY(m_gw->insert("siti", site()).ok); // the next save starts the log over
        QVERIFY2(QFileInfo(wal).size() <= schema::kWalSizeLimit,
                 qPrintable(QStringLiteral("the log kept %1 bytes").arg(QFileInfo(wal).size())));
        QCOMPARE(features(), 25001);
        // One entry for the import (outbox.h, ImportBatch), one for the feature saved after it; every feature to go.
        QCOMPARE(outbox(), 2);
        QCOMPARE(Outbox::pendingCount(m_project->db()), 25001);
    }

    void importWritesFeaturesOutboxAndRecordInOneTransaction()
    {
        QSignalSpy changed(m_gw.get(), &EditGateway::featureChanged);
        std::vector<NewFeature> sites;
        for (int i = 0; i < 3; ++i) {
            NewFeature nf = site(QStringLiteral("Area %1").arg(i));
            nf.geometry = square(9.2 + i * 0.01, 45.5);
            nf.source = QStringLiteral("import imp-1: aree.shp row %1").arg(i + 1);
            sites.push_back(nf);
        }
        int imported = 0;
        const EditResult r = m_gw->importFeatures("siti", importRecord(), feedOf(sites), &imported);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(imported, 3);
        QCOMPARE(features(), 3);
        QCOMPARE(rtreeHits(9.2105, 45.5005), 1);
        QCOMPARE(count("SELECT count(*) FROM siti WHERE source LIKE 'import imp-1: aree.shp row %'"), 3);
        // One entry for the whole import, naming it and holding nothing of its features; each feature names the
        // entry it waits in, and counts as an edit to send.
        QCOMPARE(outbox(), 1);
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'import' AND feature_uuid = 'imp-1' AND "
                       "op_id = 'imp-1' AND state = 'pending' AND geom_new IS NULL AND attachments IS NULL"),
                 1);
        QCOMPARE(count("SELECT count(*) FROM siti WHERE import_batch = (SELECT seq FROM territori_outbox)"), 3);
        QCOMPARE(Outbox::pendingCount(m_project->db()), 3);
        Statement st = m_project->db().prepare(
            "SELECT file_name, comune, officer, source_srs, rows_read, rows_imported, rows_rejected, layer, "
            "finished_at IS NOT NULL FROM territori_imports WHERE id = 'imp-1'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("aree.shp"));
        QCOMPARE(st.text(1), QStringLiteral("Sesto San Giovanni"));
        QCOMPARE(st.text(2), QStringLiteral("Ufficio PGT"));
        QCOMPARE(st.text(3), QStringLiteral("EPSG:3003"));
        QCOMPARE(st.int64(4), 4);
        QCOMPARE(st.int64(5), 3);
        QCOMPARE(st.int64(6), 1);
        QCOMPARE(st.text(7), QStringLiteral("siti"));
        QCOMPARE(st.int64(8), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(2).toString(), QStringLiteral("import"));
        // The layer's extent in gpkg_contents covers the imported features (QGIS zooms to it).
        QCOMPARE(count("SELECT count(*) FROM gpkg_contents WHERE table_name = 'siti' AND max_x > 9.2205"), 1);
    }

    void everyImportedFeatureGoesUnderAnOpIdOfItsOwn()
    {
        // An import writes one entry for all its rows (outbox.h, ImportBatch): each of its features still goes as an
        // insert of its own, with an op id no other entry or feature has (the SIT recognises a lost reply by it), and
        // nothing else is taken into it, whatever the layer held before.
        const EditResult before = m_gw->insert("siti", site("Prima"));
        QVERIFY(before.ok);
        QVERIFY(m_gw->remove("siti", m_gw->insert("siti", site("Tolta")).uuid).ok); // a gap in the fids
        auto sites = [this](int n, double x) {
            std::vector<NewFeature> out;
            for (int i = 0; i < n; ++i) {
                NewFeature nf = site(QStringLiteral("Area %1").arg(i));
                nf.geometry = square(x + i * 0.01, 45.5);
                out.push_back(nf);
            }
            return out;
        };
        int imported = 0;
        QVERIFY(m_gw->importFeatures("siti", importRecord(), feedOf(sites(3, 9.1)), &imported).ok);
        QCOMPARE(imported, 3);
        ImportRecord second = importRecord();
        second.id = "imp-2";
        QVERIFY(m_gw->importFeatures("siti", second, feedOf(sites(2, 9.2), -1, true), &imported).ok);
        QCOMPARE(imported, 2);
        QCOMPARE(features(), 6);
        QCOMPARE(count("SELECT count(*) FROM territori_outbox WHERE kind = 'import'"), 2);
        QCOMPARE(count("SELECT count(*) FROM siti WHERE import_batch IS NOT NULL"), 5);
        QCOMPARE(Outbox::forFeature(m_project->db(), "siti", before.uuid).front().opId, before.opId);
        // They go to the SIT as any new feature does, oldest first, the import's rows in their order.
        int inserts = 0, nothing = 0;
        QStringList ops;
        QStringList names;
        for (const PendingChange &c : m_gw->pendingChanges(10)) {
            inserts += c.kind == PendingChange::Kind::Insert;
            nothing += c.kind == PendingChange::Kind::Nothing; // "Tolta", created and deleted here
            ops << c.opId();
            if (c.current)
                names << c.current->attributes.value("nome").toString();
        }
        QCOMPARE(inserts, 6);
        QCOMPARE(nothing, 1);
        QCOMPARE(names, QStringList({"Prima", "Area 0", "Area 1", "Area 2", "Area 0", "Area 1"}));
        // Op ids of their own: none repeated, none a feature's uuid, version 7 uuids for the imported ones.
        QCOMPARE(QSet<QString>(ops.begin(), ops.end()).size(), ops.size());
        int v7 = 0;
        const QRegularExpression form("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        for (const QString &op : ops) {
            v7 += form.match(op).hasMatch();
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM siti WHERE uuid = '%1'").arg(op)), 0);
        }
        QCOMPARE(v7, 5);
    }

    void aLargeImportLeavesASpatialIndexThatFindsEveryFeatureAndKeepsWorking()
    {
        // Enough rows for the R-tree to be packed in bulk (spatialindex.h) rather than filled row by row, next to
        // features already there: every one of them must still be found by the index QGIS and the map query.
        QVERIFY(m_gw->insert("siti", site("Prima")).ok);
        std::vector<NewFeature> sites;
        for (int i = 0; i < 3000; ++i) {
            NewFeature nf = site(QStringLiteral("Area %1").arg(i));
            nf.geometry = square(9.0 + (i % 60) * 0.004, 45.3 + (i / 60) * 0.004);
            sites.push_back(nf);
        }
        int imported = 0;
        const EditResult r = m_gw->importFeatures("siti", importRecord(), feedOf(sites, -1, true), &imported);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(imported, 3000);
        auto check = [&] {
            Statement st = m_project->db().prepare("SELECT rtreecheck('rtree_siti_geom')");
            st.step();
            return st.text(0);
        };
        QCOMPARE(check(), QStringLiteral("ok"));
        QCOMPARE(count("SELECT count(*) FROM rtree_siti_geom"), 3001);
        QCOMPARE(count("SELECT count(*) FROM siti s JOIN rtree_siti_geom r ON r.id = s.fid WHERE r.minx <= "
                       "ST_MinX(s.geom) AND r.maxx >= ST_MaxX(s.geom) AND r.miny <= ST_MinY(s.geom) AND r.maxy >= "
                       "ST_MaxY(s.geom)"),
                 3001);
        QCOMPARE(rtreeHits(9.2305, 45.5305), 1);            // the feature that was there before
        QCOMPARE(rtreeHits(9.0 + 59 * 0.004 + 0.0005, 45.3 + 49 * 0.004 + 0.0005), 1); // the last one imported
        // The triggers set aside during the import are back: a row written by another program (QGIS) still gets
        // its uuid and its place in the index.
        m_project->db().exec("INSERT INTO siti (geom, nome) SELECT geom, 'Da QGIS' FROM siti WHERE nome = 'Area 7'");
        QCOMPARE(count("SELECT count(*) FROM siti WHERE nome = 'Da QGIS' AND length(uuid) = 36 AND created_at NOT NULL"), 1);
        QCOMPARE(count("SELECT count(*) FROM rtree_siti_geom WHERE id = (SELECT fid FROM siti WHERE nome = 'Da QGIS')"), 1);
        m_project->db().exec("DELETE FROM siti WHERE nome = 'Da QGIS'");
        // Edits after the import go through the ordinary triggers on the packed tree.
        const EditResult moved = m_gw->insert("siti", site("Dopo"));
        QVERIFY(moved.ok);
        QVERIFY(m_gw->remove("siti", moved.uuid).ok);
        Statement some = m_project->db().prepare("SELECT uuid FROM siti WHERE nome LIKE 'Area 1%' LIMIT 200");
        QStringList removed;
        while (some.step())
            removed << some.text(0);
        some = Statement();
        for (const QString &uuid : removed)
            QVERIFY(m_gw->remove("siti", uuid).ok);
        QCOMPARE(check(), QStringLiteral("ok"));
        QCOMPARE(count("SELECT count(*) FROM rtree_siti_geom"), 3001 - removed.size());
    }

    void aRefusedFeatureOrAFailedFeedLeavesNothingImported()
    {
        std::vector<NewFeature> sites{site("A"), site("B"), site("C")};
        sites[2].attributes["piani"] = 99; // out of range: the gateway refuses it as the form would
        EditResult r = m_gw->importFeatures("siti", importRecord(), feedOf(sites));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.startsWith("row 3: "), qPrintable(r.message));
        QCOMPARE(features(), 0);
        QCOMPARE(outbox(), 0);
        QCOMPARE(count("SELECT count(*) FROM territori_imports"), 0);

        sites[2].attributes["piani"] = 3;
        r = m_gw->importFeatures("siti", importRecord(), feedOf(sites, 2));
        QVERIFY(!r.ok);
        QCOMPARE(r.message, QStringLiteral("cancelled"));
        QCOMPARE(features(), 0);
        QCOMPARE(outbox(), 0);
        QCOMPARE(count("SELECT count(*) FROM territori_imports"), 0);

        // A broken geometry is refused too.
        sites[1].geometry = Geometry::point({9.2, 45.5});
        r = m_gw->importFeatures("siti", importRecord(), feedOf(sites));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.startsWith("row 2: "), qPrintable(r.message));
        QCOMPARE(features(), 0);
    }

    void undoRevertsEachKindOfEditAndItsEntry()
    {
        const EditResult ins = m_gw->insert("siti", site());
        const Feature original = read(ins.uuid);
        FeatureChange c;
        c.attributes = {{"nome", "Rinominato"}, {"foto", QStringList{QString(64, 'a')}}};
        c.geometry = square(9.0, 45.3);
        QVERIFY(m_gw->update("siti", ins.uuid, c).ok);
        QVERIFY(m_gw->remove("siti", ins.uuid).ok);
        QCOMPARE(outbox(), 3);

        QCOMPARE(m_gw->lastUndoable()->kind, OutboxEntry::Kind::Delete);
        QVERIFY(m_gw->undoLast().ok); // undelete
        Feature f = read(ins.uuid);
        QCOMPARE(f.attributes["nome"].toString(), QStringLiteral("Rinominato"));
        QCOMPARE(f.attributes["foto"].toStringList(), QStringList{QString(64, 'a')});
        QCOMPARE(f.meta.createdAt, original.meta.createdAt);
        QCOMPARE(f.geometry, square(9.0, 45.3));
        QCOMPARE(outbox(), 2);

        QVERIFY(m_gw->undoLast().ok); // un-update
        f = read(ins.uuid);
        QCOMPARE(f.attributes["nome"].toString(), QStringLiteral("Ex Falck"));
        QVERIFY(!f.attributes.contains("foto"));
        QCOMPARE(f.geometry, original.geometry);
        QCOMPARE(rtreeHits(9.2305, 45.5305), 1);
        QCOMPARE(outbox(), 1);

        QVERIFY(m_gw->undoLast().ok); // un-insert
        QCOMPARE(features(), 0);
        QCOMPARE(outbox(), 0);
        QCOMPARE(m_gw->undoLast().error, ErrorKind::NotFound);
    }

    void undoRefusesAnEditAlreadySent()
    {
        m_gw->insert("siti", site());
        m_project->db().exec("UPDATE territori_outbox SET state = 'sent'");
        QVERIFY(!m_gw->lastUndoable());
        const EditResult r = m_gw->undoLast();
        QVERIFY(!r.ok);
        QCOMPARE(features(), 1);
    }

    void photosToUploadAreTheNewFeaturesAndThoseAnEditAdded()
    {
        // A new feature's photos are the ones its row names when it goes (a photo added and removed again before the
        // sync does not go); an edit of a feature the SIT has lists the photos it added.
        NewFeature nf = site();
        nf.attributes["foto"] = QStringList{QString(64, 'a')};
        const EditResult ins = m_gw->insert("siti", nf);
        QVERIFY(Outbox::forFeature(m_project->db(), "siti", ins.uuid)[0].attachments.isEmpty());
        QCOMPARE(m_gw->pendingChanges(10).at(0).attachments, QStringList{QString(64, 'a')});
        FeatureChange c;
        c.attributes = {{"foto", QStringList{QString(64, 'b')}}};
        QVERIFY(m_gw->update("siti", ins.uuid, c).ok);
        QCOMPARE(Outbox::forFeature(m_project->db(), "siti", ins.uuid)[1].attachments, QStringList{QString(64, 'b')});
        QCOMPARE(m_gw->pendingChanges(10).at(0).attachments, QStringList{QString(64, 'b')});
        // Once the SIT has the feature, an edit sends the photos it added.
        m_project->db().exec("UPDATE territori_outbox SET state = 'sent'");
        m_project->db().exec("UPDATE siti SET sync_rev = 7");
        c.attributes = {{"foto", QStringList{QString(64, 'b'), QString(64, 'c')}}};
        QVERIFY(m_gw->update("siti", ins.uuid, c).ok);
        const std::vector<PendingChange> edit = m_gw->pendingChanges(10);
        QCOMPARE(edit.at(0).kind, PendingChange::Kind::Update);
        QCOMPARE(edit.at(0).attachments, QStringList{QString(64, 'c')});
    }

    void wrongOrBrokenGeometriesAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("point on polygon layer") << 0;
        QTest::newRow("no area") << 1;
        QTest::newRow("latitude out of range") << 2;
        QTest::newRow("empty") << 3;
        QTest::newRow("outline crossing itself") << 4;
    }

    void wrongOrBrokenGeometriesAreRefused()
    {
        QFETCH(int, which);
        NewFeature nf = site();
        switch (which) {
        case 0: nf.geometry = Geometry::point({9, 45}); break;
        case 1: nf.geometry = Geometry::polygon({{9, 45}, {9.1, 45}, {9.2, 45}}); break;
        case 2: nf.geometry = square(9, 95); break;
        case 3: nf.geometry = Geometry(); break;
        case 4: nf.geometry = Geometry::polygon({{9.0, 45.0}, {9.01, 45.01}, {9.01, 45.0}, {9.0, 45.01}}); break;
        }
        const EditResult r = m_gw->insert("siti", nf);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, ErrorKind::Invalid);
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(features(), 0);
    }

    // A layer declared "multi": an area split by a road is one feature; a single shape is stored as a multi of one
    // part (the GeoPackage column is MULTIPOLYGON, which QGIS and GDAL rely on); a single-part layer keeps refusing
    // several parts with a message that says how many.
    void multiPartLayersTakeSeveralPartsAndSingleOnesSayHowMany()
    {
        QJsonObject def = territori::testing::smallDefinition();
        QJsonArray layers = def.value("layers").toArray();
        QJsonObject multi = layers.at(0).toObject();
        QCOMPARE(multi.value("name").toString(), QString("siti"));
        multi["name"] = "siti_parti";
        multi["multi"] = true;
        multi["title"] = QJsonObject{{"it", "Siti in più parti"}, {"en", "Sites in several parts"}};
        layers.append(multi);
        def["layers"] = layers;
        QTemporaryDir dir;
        auto p = Project::create(dir.path(), def);
        EditGateway gw(*p, EditContext{"Giulia Rossi", "tablet-07"});
        Statement declared = p->db().prepare("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'siti_parti'");
        QVERIFY(declared.step());
        QCOMPARE(declared.text(0), QString("MULTIPOLYGON"));

        Geometry two;
        two.type = GeometryType::MultiPolygon;
        two.parts = {square(9.23, 45.53).parts[0], square(9.24, 45.53).parts[0]};
        NewFeature nf = site();
        nf.geometry = two;
        const EditResult both = gw.insert("siti_parti", nf);
        QVERIFY2(both.ok, qPrintable(both.message));
        FeatureReader reader(p->db(), *p->layer("siti_parti"));
        QCOMPARE(reader.byUuid(both.uuid)->geometry, two);

        nf.geometry = square(9.25, 45.53);
        const EditResult one = gw.insert("siti_parti", nf);
        QVERIFY2(one.ok, qPrintable(one.message));
        const Geometry stored = reader.byUuid(one.uuid)->geometry;
        QCOMPARE(stored.type, GeometryType::MultiPolygon);
        QCOMPARE(stored.parts, square(9.25, 45.53).parts);

        // Editing the shape: a part added, then the feature's geometry replaced by a single shape again.
        FeatureChange c;
        Geometry three = two;
        three.parts.push_back(square(9.26, 45.53).parts[0]);
        c.geometry = three;
        QVERIFY(gw.update("siti_parti", both.uuid, c).ok);
        QCOMPARE(reader.byUuid(both.uuid)->geometry.parts.size(), size_t(3));
        c.geometry = square(9.27, 45.53);
        QVERIFY(gw.update("siti_parti", both.uuid, c).ok);
        QCOMPARE(reader.byUuid(both.uuid)->geometry.type, GeometryType::MultiPolygon);

        // Each part by the rules of a single polygon: one without area refuses the whole feature.
        Geometry flat = two;
        flat.parts.push_back({{{9, 45}, {9.1, 45}, {9.2, 45}, {9, 45}}});
        nf.geometry = flat;
        const EditResult refused = gw.insert("siti_parti", nf);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains("no area"), qPrintable(refused.message));
        Geometry hollow = two;
        hollow.parts.push_back({});
        nf.geometry = hollow;
        QVERIFY(!gw.insert("siti_parti", nf).ok);

        // The single-part layer: two parts are refused and counted, one part in a multi is simply the polygon.
        nf.geometry = two;
        const EditResult single = gw.insert("siti", nf);
        QVERIFY(!single.ok);
        QVERIFY2(single.message.contains("2 parts"), qPrintable(single.message));
        Geometry lone = square(9.28, 45.53);
        lone.type = GeometryType::MultiPolygon;
        nf.geometry = lone;
        const EditResult fits = gw.insert("siti", nf);
        QVERIFY2(fits.ok, qPrintable(fits.message));
        FeatureReader singles(p->db(), *p->layer("siti"));
        QCOMPARE(singles.byUuid(fits.uuid)->geometry.type, GeometryType::Polygon);
        // Each change that was saved has its outbox entry (three inserts, two updates), the refused ones none.
        QCOMPARE(Outbox::pendingCount(p->db()), 5);
    }

    void aFailureBetweenFeatureAndOutboxLeavesNeither()
    {
        m_project->db().exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON territori_outbox BEGIN SELECT RAISE(ABORT, "
                             "'simulated failure'); END");
        const EditResult r = m_gw->insert("siti", site());
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains("simulated failure"));
        QCOMPARE(features(), 0);
        QCOMPARE(rtreeHits(9.2305, 45.5305), 0);
        m_project->db().exec("DROP TRIGGER boom");
        QVERIFY(m_gw->insert("siti", site()).ok);
    }

    void aFullDiskIsReportedAndChangesNothing()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_gw->insert("siti", site(QStringLiteral("s%1").arg(i))).ok);
        m_project->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        Statement pc = m_project->db().prepare("PRAGMA page_count");
        pc.step();
        m_project->db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pc.int64(0)));
        EditResult r;
        for (int i = 0; i < 200 && (r = m_gw->insert("siti", site(QString(20, QChar('a' + i % 26))))).ok; ++i) {
        }
        QVERIFY(!r.ok);
        QCOMPARE(r.error, ErrorKind::DiskFull);
        QVERIFY2(r.message.contains("storage is full"), qPrintable(r.message));
        QCOMPARE(features(), outbox());
        Statement ic = m_project->db().prepare("PRAGMA integrity_check");
        ic.step();
        QCOMPARE(ic.text(0), QStringLiteral("ok"));
    }

    void unknownLayerOrFieldIsAClearError()
    {
        QCOMPARE(m_gw->insert("nessuno", site()).error, ErrorKind::NotFound);
        NewFeature nf = site();
        nf.attributes["colore"] = "rosso";
        const EditResult r = m_gw->insert("siti", nf);
        QCOMPARE(r.error, ErrorKind::Invalid);
        QVERIFY(r.message.contains("'colore'"));
    }
};

QTEST_GUILESS_MAIN(TestEditGateway)
#include "tst_editgateway.moc"
