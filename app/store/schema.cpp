#include "schema.h"

#include "outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace territori::store::schema {

namespace {

const char *kUuidSql =
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) "
    "|| '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || "
    "lower(hex(randomblob(6)))";

const char *kWgs84Wkt =
    "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
    "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\","
    "0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
    "AUTHORITY[\"EPSG\",\"4326\"]]";

// GeoPackage 1.3, clause 1.1 and Annex C: the tables every GeoPackage has.
void createGeoPackageCore(Database &db)
{
    db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kGpkgApplicationId));
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kGpkgUserVersion));
    db.exec(R"(CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
        srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
        organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT))");
    db.exec(R"(CREATE TABLE IF NOT EXISTS gpkg_contents (
        table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
        description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
        CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)))");
    db.exec(R"(CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
        table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
        CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
        CONSTRAINT uk_gc_table_name UNIQUE (table_name),
        CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
        CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)))");
    db.exec(R"(CREATE TABLE IF NOT EXISTS gpkg_extensions (
        table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
        scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)))");
    db.exec(R"(INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES
        ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
        ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'))");
    Statement st = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, ?, "
        "'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')"));
    st.bind(1, kWgs84Wkt);
    st.run();
}

// Stamps modified_at on an edit that did not set it (a desktop GIS user's). A write that moves sync_rev is the sync
// applying the SIT's version, which carries its own time.
void createTouchTriggerImpl(Database &db, const QString &table, bool importBatch)
{
    db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoteIdentifier(QStringLiteral("territori_%1_touch").arg(table))));
    // QGIS and GDAL run with recursive_triggers on, and 'now' is fixed for a whole statement: without the last test
    // this trigger's own update (to the same instant) would fire it again until SQLite gives up.
    // A write that only takes a row out of its import's entry (import_batch, the sync's) is no edit either.
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN NEW.\"modified_at\" IS OLD.\"modified_at\" AND "
                           "NEW.\"sync_rev\" IS OLD.\"sync_rev\" AND %3"
                           "NEW.\"modified_at\" IS NOT "
                           "strftime('%Y-%m-%dT%H:%M:%fZ','now') BEGIN UPDATE %2 SET \"modified_at\" = "
                           "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE \"fid\" = NEW.\"fid\"; END")
                .arg(quoteIdentifier(QStringLiteral("territori_%1_touch").arg(table)), quoteIdentifier(table),
                     importBatch ? QStringLiteral("NEW.\"import_batch\" IS OLD.\"import_batch\" AND ") : QString()));
}

// Steps before 7 write the triggers as those versions did, without the column step 7 adds.
void createTouchTrigger(Database &db, const QString &table)
{
    createTouchTriggerImpl(db, table, false);
}

// The rows still waiting in an import's outbox entry, by entry: the push pages through them, the counts count them.
// Partial: a row leaves it when the SIT confirms it, so it is empty once everything is sent.
void createImportBatchIndex(Database &db, const QString &table)
{
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (\"import_batch\") WHERE \"import_batch\" IS NOT NULL")
                .arg(quoteIdentifier(QStringLiteral("territori_%1_import_batch").arg(table)), quoteIdentifier(table)));
}

void step1(Database &db)
{
    createGeoPackageCore(db);
    db.exec(R"(CREATE TABLE territori_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT))");
    db.exec(R"(CREATE TABLE territori_layers (
        table_name TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, definition TEXT NOT NULL))");
    // The journal the sync consumes: one row per edit, written in the same transaction as the edit itself.
    db.exec(R"(CREATE TABLE territori_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        op_id TEXT NOT NULL UNIQUE,
        layer TEXT NOT NULL,
        feature_uuid TEXT NOT NULL,
        kind TEXT NOT NULL,
        base_rev INTEGER,
        changes TEXT NOT NULL,
        geom_old BLOB,
        geom_new BLOB,
        created_at DATETIME NOT NULL,
        author TEXT,
        device TEXT,
        state TEXT NOT NULL DEFAULT 'pending'))");
    db.exec("CREATE INDEX territori_outbox_feature ON territori_outbox (layer, feature_uuid)");
    db.exec("INSERT INTO territori_meta (key, value) VALUES ('schema_version', '1')");
}

void step2(Database &db)
{
    // Photos are files named by their SHA-256; this table says what each one is, so the sync can upload it and
    // know when the server has confirmed it.
    db.exec(R"(CREATE TABLE territori_attachments (
        sha256 TEXT PRIMARY KEY NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        original_name TEXT,
        created_at DATETIME NOT NULL))");
    db.exec("ALTER TABLE territori_outbox ADD COLUMN attachments TEXT");
}

void step3(Database &db)
{
    // The sync's own state. Acknowledged outbox entries stay as 'sent' (history, and undo knows they left);
    // 'conflict' and 'failed' entries are held until a person decides or the server accepts them.
    db.exec("ALTER TABLE territori_outbox ADD COLUMN acked_at DATETIME");
    db.exec("ALTER TABLE territori_outbox ADD COLUMN last_error TEXT");
    db.exec("CREATE INDEX territori_outbox_state ON territori_outbox (state, seq)");
    // One row per change feed (a layer, or the SIT's tombstones): the revision cursor and what the last try said.
    db.exec(R"(CREATE TABLE territori_sync_state (
        feed TEXT PRIMARY KEY NOT NULL,
        cursor INTEGER NOT NULL DEFAULT 0,
        last_attempt DATETIME,
        last_success DATETIME,
        last_error TEXT))");
    // A conflict keeps all three versions of what both sides changed until a person resolves it.
    db.exec(R"(CREATE TABLE territori_conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        layer TEXT NOT NULL,
        feature_uuid TEXT NOT NULL,
        kind TEXT NOT NULL,
        fields TEXT NOT NULL,
        geom_base BLOB,
        geom_mine BLOB,
        geom_theirs BLOB,
        geometry_conflict BOOLEAN NOT NULL DEFAULT 0,
        server_rev INTEGER,
        server_row TEXT,
        detected_at DATETIME NOT NULL,
        resolved_at DATETIME,
        resolution TEXT))");
    db.exec("CREATE UNIQUE INDEX territori_conflicts_open ON territori_conflicts (layer, feature_uuid) "
            "WHERE resolved_at IS NULL");
    // A photo is deleted from nowhere and sent once: uploaded_at is set only after the server confirmed it.
    db.exec("ALTER TABLE territori_attachments ADD COLUMN uploaded_at DATETIME");
    QStringList tables;
    Statement layers = db.prepare(QStringLiteral("SELECT table_name FROM territori_layers"));
    while (layers.step())
        tables << layers.text(0);
    layers = Statement();
    for (const QString &t : tables)
        createTouchTrigger(db, t);
}

// The table of file imports. An import writes its row in the same transaction as its features, so a row here means
// the features it counts are in the store (and in the outbox), and a failed or cancelled import leaves neither.
void createImportsTable(Database &db)
{
    db.exec(R"(CREATE TABLE territori_imports (
        id TEXT PRIMARY KEY NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT,
        format TEXT,
        layer TEXT NOT NULL,
        comune TEXT,
        officer TEXT,
        source_srs TEXT,
        started_at DATETIME NOT NULL,
        finished_at DATETIME,
        rows_read INTEGER NOT NULL DEFAULT 0,
        rows_imported INTEGER NOT NULL DEFAULT 0,
        rows_rejected INTEGER NOT NULL DEFAULT 0,
        report TEXT))");
}

void step4(Database &db)
{
    // Provenance travels with each feature (and to the SIT), so a feature imported from a comune's file can be
    // traced back to the file and row it came from even after the import record is gone.
    QStringList tables;
    Statement layers = db.prepare(QStringLiteral("SELECT table_name FROM territori_layers"));
    while (layers.step())
        tables << layers.text(0);
    layers = Statement();
    for (const QString &t : tables)
        db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN \"source\" TEXT").arg(quoteIdentifier(t)));
    createImportsTable(db);
}

// Every layer's table and the names of its fields, from the definitions the store holds (retired layers too).
std::vector<std::pair<QString, QStringList>> layerFields(Database &db)
{
    std::vector<std::pair<QString, QStringList>> layers;
    Statement st = db.prepare(QStringLiteral("SELECT table_name, definition FROM territori_layers"));
    while (st.step()) {
        QStringList fields;
        const QJsonArray defs =
            QJsonDocument::fromJson(st.text(1).toUtf8()).object().value(QStringLiteral("fields")).toArray();
        for (const QJsonValue &f : defs)
            fields << f.toObject().value(QStringLiteral("name")).toString();
        layers.emplace_back(st.text(0), fields);
    }
    return layers;
}

// Edits made by other programs reach the sync like the app's own. The app's writes (EditGateway) hold a row in
// territori_gateway for the length of their transaction, invisible to every other connection, and journal themselves;
// any other write to a feature table is journalled by these triggers, with built-in SQL only (json_object, randomblob,
// strftime), so QGIS, ogr2ogr and sqlite3 write as before and need nothing the app registers. The entry says
// origin 'desktop': the sync checks such a feature against the form's rules before it sends it (docs/sync.md).
void step5(Database &db)
{
    db.exec("CREATE TABLE IF NOT EXISTS territori_gateway (active INTEGER NOT NULL)");
    db.exec("ALTER TABLE territori_outbox ADD COLUMN origin TEXT");
    // Why an entry is held here (JSON [{field, message}]): a value a form would refuse, or one that cannot travel.
    db.exec("ALTER TABLE territori_outbox ADD COLUMN problem TEXT");
    // Features of the SIT this device could not take (too large for a reply, unreadable): the feed went on past them
    // and every sync tries them again, so they are named, not skipped.
    db.exec(R"(CREATE TABLE territori_set_aside (
        layer TEXT NOT NULL,
        feature_uuid TEXT NOT NULL,
        rev INTEGER,
        reason TEXT NOT NULL,
        first_seen DATETIME NOT NULL,
        last_tried DATETIME NOT NULL,
        PRIMARY KEY (layer, feature_uuid)))");
    for (const auto &[table, fields] : layerFields(db)) {
        // The journal's insert trigger now gives another program's feature its uuid and timestamps.
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoteIdentifier(QStringLiteral("territori_%1_defaults").arg(table))));
        createTouchTrigger(db, table);
        createJournalTriggers(db, table, fields, false);
    }
}

// An insert entry names its feature and carries nothing of it (outbox.h): the push sends the row, the merge takes an
// insert from the row, an undo deletes the row. The values, geometry and photo list older versions copied into every
// insert entry (whatever its state: history holds them too) are emptied here, in the migration's transaction, so an
// imported layer stops taking twice its space and a person's data is kept in the feature alone. Nothing unsent is
// lost: the entry, its op id, state and problem stay, and the row holds what it copied. The journal triggers are
// created again, so another program's insert is journalled without a copy of its geometry.
void step6(Database &db)
{
    db.exec("UPDATE territori_outbox SET changes = '{}', geom_old = NULL, geom_new = NULL, attachments = NULL "
            "WHERE kind = 'insert' AND (changes IS NOT '{}' OR geom_old IS NOT NULL OR geom_new IS NOT NULL OR "
            "attachments IS NOT NULL)");
    for (const auto &[table, fields] : layerFields(db))
        createJournalTriggers(db, table, fields, false);
}

// One outbox entry for a whole file import (outbox.h, ImportBatch): every feature table gets the column that names the
// import entry a row still waits in, and a partial index of it (empty once everything is sent); the touch and journal
// triggers are created anew (an edit by another program of a row still in an import's entry gives it its own insert
// entry first). Nothing else changes: a store's per-row insert entries stay as they are and are pushed as before.
void step7(Database &db)
{
    for (const auto &[table, fields] : layerFields(db)) {
        if (!db.tableExists(table))
            continue;
        db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN \"import_batch\" INTEGER").arg(quoteIdentifier(table)));
        createImportBatchIndex(db, table);
        createTouchTriggerImpl(db, table, true);
        createJournalTriggers(db, table, fields);
    }
}

void setVersion(Database &db, int version)
{
    Statement st = db.prepare(QStringLiteral("UPDATE territori_meta SET value = ? WHERE key = 'schema_version'"));
    st.bind(1, QString::number(version));
    st.run();
}

} // namespace

int readVersion(Database &db)
{
    if (!db.tableExists(QStringLiteral("territori_meta")))
        return 0;
    Statement st = db.prepare(QStringLiteral("SELECT value FROM territori_meta WHERE key = 'schema_version'"));
    if (!st.step())
        return 0;
    bool ok = false;
    const int v = st.text(0).toInt(&ok);
    if (!ok || v < 1)
        throw StoreError(ErrorKind::Corrupt, QStringLiteral("the schema version '%1' is unreadable").arg(st.text(0)));
    return v;
}

void migrate(Database &db, int from, int to)
{
    using Step = void (*)(Database &);
    static const Step steps[] = {step1, step2, step3, step4, step5, step6, step7};
    static_assert(sizeof(steps) / sizeof(steps[0]) == kCurrentVersion, "one step per schema version");
    for (int v = from + 1; v <= to; ++v) {
        steps[v - 1](db);
        setVersion(db, v);
    }
}

QString journalInsertTriggerName(const QString &table)
{
    return QStringLiteral("territori_%1_journal_insert").arg(table);
}

void createTouchTrigger(Database &db, const QString &table, bool importBatch)
{
    createTouchTriggerImpl(db, table, importBatch);
}

void createJournalTriggers(Database &db, const QString &table, const QStringList &fields, bool importBatch)
{
    const QString t = quoteIdentifier(table);
    const QString name = QStringLiteral("'") + QString(table).replace(QLatin1Char('\''), QStringLiteral("''")) +
                         QLatin1Char('\'');
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");
    const QString uuid = QLatin1String(kUuidSql);
    const QString outsider = QStringLiteral("NOT EXISTS (SELECT 1 FROM territori_gateway)");
    // A value as the entry records it: as stored, but never a BLOB (JSON cannot hold one; the row keeps it and the
    // sync's check names it).
    auto value = [](const QString &row, const QString &field) {
        const QString c = row + QLatin1Char('.') + quoteIdentifier(field);
        return QStringLiteral("CASE typeof(%1) WHEN 'blob' THEN NULL WHEN 'real' THEN CASE WHEN abs(%1) > 1.7e308 THEN "
                              "CAST(%1 AS TEXT) ELSE %1 END ELSE %1 END")
            .arg(c);
    };
    // The geometry without its GeoPackage header: QGIS and GDAL rewrite a point without the envelope the app writes
    // on every attribute edit, which is not a change of the geometry. The envelope's size is in the low nibble of the
    // flags byte (GeoPackage 1.3, 2.1.3).
    auto wkb = [](const QString &g) {
        return QStringLiteral("substr(%1, 9 + CASE substr(hex(substr(%1, 4, 1)), 2, 1) WHEN '2' THEN 32 WHEN '3' THEN 32 "
                              "WHEN '4' THEN 48 WHEN '5' THEN 48 WHEN '6' THEN 48 WHEN '7' THEN 48 WHEN '8' THEN 64 "
                              "WHEN '9' THEN 64 ELSE 0 END)")
            .arg(g);
    };
    const QString geometryChanged = QStringLiteral("%1 IS NOT %2").arg(wkb(QStringLiteral("NEW.\"geom\"")),
                                                                     wkb(QStringLiteral("OLD.\"geom\"")));
    auto literal = [](const QString &s) {
        return QStringLiteral("'") + QString(s).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    };
    QStringList changed, perField, oldValues;
    for (const QString &f : fields) {
        const QString q = quoteIdentifier(f);
        changed << QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(q);
        perField << QStringLiteral("SELECT %1 AS k, json_object('old', %2, 'new', %3) AS v WHERE NEW.%4 IS NOT OLD.%4")
                        .arg(literal(f), value(QStringLiteral("OLD"), f), value(QStringLiteral("NEW"), f), q);
        oldValues << literal(f) << QStringLiteral("json_object('old', %1, 'new', NULL)").arg(value(QStringLiteral("OLD"), f));
    }
    perField << QStringLiteral("SELECT 'draft', json_object('old', OLD.\"draft\", 'new', NEW.\"draft\") WHERE NEW.\"draft\" "
                               "IS NOT OLD.\"draft\"");
    changed << QStringLiteral("NEW.\"draft\" IS NOT OLD.\"draft\"") << geometryChanged;
    const QString columns = QStringLiteral("op_id, layer, feature_uuid, kind, base_rev, changes, geom_old, geom_new, "
                                           "created_at, author, device, state, origin");
    const QString pending = literal(outboxStateName(OutboxState::Pending));
    // json_object(k1, v1, k2, v2, ...) for any number of fields: SQLite takes at most 127 arguments per function
    // (a layer of 64 fields or more could not be created), so beyond 60 pairs the rest go in by json_insert, 60 at a
    // time. json_insert keeps nested objects as they are (json_patch would drop their null members).
    auto jsonObjectOf = [&](const QStringList &pairs) {
        constexpr int kPairs = 60;
        const int n = int(pairs.size()) / 2;
        QString out = QStringLiteral("json_object(%1)").arg(pairs.mid(0, 2 * std::min(n, kPairs)).join(QStringLiteral(", ")));
        for (int at = kPairs; at < n; at += kPairs) {
            QStringList args;
            for (int i = at; i < std::min(n, at + kPairs); ++i) {
                // the key is an SQL literal 'name'; its path is '$."name"'
                QString key = pairs[2 * i].mid(1, pairs[2 * i].size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
                key.replace(QLatin1Char('"'), QStringLiteral("\\\""));
                args << literal(QStringLiteral("$.\"") + key + QLatin1Char('"')) << pairs[2 * i + 1];
            }
            out = QStringLiteral("json_insert(%1, %2)").arg(out, args.join(QStringLiteral(", ")));
        }
        return out;
    };
    auto trigger = [&](const QString &suffix) {
        return quoteIdentifier(QStringLiteral("territori_%1_journal_%2").arg(table, suffix));
    };
    for (const char *suffix : {"insert", "update", "delete", "uuid"})
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger(QLatin1String(suffix))));
    // An insert: the row gets its uuid and timestamps here and no revision (it is new to the SIT, even when copied
    // from a synced store). A uuid that is not one (QGIS makes a pasted feature's unique "<uuid>_1") is replaced.
    // The row is read back, not taken from NEW: another trigger may have filled it since. The entry carries no copy
    // of the values or the geometry: the sync sends the row as it is when it goes (outbox.h).
    const QString wellFormed = QStringLiteral("(length(\"uuid\") = 36 AND \"uuid\" GLOB '*-*-*-*-*' AND NOT \"uuid\" GLOB "
                                              "'*[^0-9a-f-]*')");
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN %3 BEGIN "
                           "UPDATE %2 SET \"uuid\" = CASE WHEN %8 THEN \"uuid\" ELSE %4 END, \"sync_rev\" = NULL, %10"
                           "\"created_at\" = coalesce(\"created_at\", %5), \"modified_at\" = coalesce(\"modified_at\", %5) "
                           "WHERE \"fid\" = NEW.\"fid\"; "
                           "INSERT INTO territori_outbox (%6) SELECT %4, %7, \"uuid\", 'insert', NULL, '{}', NULL, NULL, "
                           "%5, \"author\", 'desktop GIS', %9, 'desktop' FROM %2 WHERE \"fid\" = NEW.\"fid\"; END")
                .arg(trigger(QStringLiteral("insert")), t, outsider, uuid, now, columns, name, wellFormed, pending)
                .arg(importBatch ? QStringLiteral("\"import_batch\" = NULL, ") : QString()));
    // An update: the fields that changed with their old and new values, the geometry when it changed, and the
    // revision the change was made on (the base of the compare-and-set and of the merge). A row still waiting in its
    // file import's entry (import_batch) first gets an insert entry of its own, with the op id the import gives it
    // (Outbox::materialize does the same for the app), and leaves the import's entry: the update then coalesces
    // with that insert like any other. Its own write of import_batch fires this trigger again under QGIS's
    // recursive_triggers: the op id is unique (OR IGNORE) and nothing else changed, so that writes nothing.
    const QString anyChange = changed.join(QStringLiteral(" OR "));
    const QString materialize =
        QStringLiteral("INSERT OR IGNORE INTO territori_outbox (%1) SELECT ").arg(columns) +
        Outbox::batchOpIdSql(QStringLiteral("b"), QStringLiteral("OLD.\"fid\"")) +
        QStringLiteral(", %1, OLD.\"uuid\", 'insert', NULL, '{}', NULL, NULL, b.created_at, b.author, b.device, %2, "
                       "NULL FROM territori_outbox b WHERE b.seq = OLD.\"import_batch\" AND b.kind = 'import' AND "
                       "OLD.\"fid\" BETWEEN json_extract(b.changes, '$.first_fid') AND json_extract(b.changes, "
                       "'$.last_fid'); "
                       "UPDATE %3 SET \"import_batch\" = NULL WHERE \"fid\" = NEW.\"fid\" AND \"import_batch\" IS "
                       "NOT NULL; ")
            .arg(name, pending, t);
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN %3 AND OLD.\"uuid\" IS NOT NULL AND (%4%5) BEGIN ")
                .arg(trigger(QStringLiteral("update")), t, outsider, anyChange,
                     importBatch ? QStringLiteral(" OR NEW.\"import_batch\" IS NOT OLD.\"import_batch\"") : QString()) +
            (importBatch ? materialize : QString()) +
            QStringLiteral("INSERT INTO territori_outbox (%1) SELECT %2, %3, NEW.\"uuid\", 'update', OLD.\"sync_rev\", "
                           "(SELECT json_group_object(k, json(v)) FROM (%4)), "
                           "CASE WHEN %6 THEN OLD.\"geom\" END, CASE WHEN %6 THEN NEW.\"geom\" END, "
                           "%5, NEW.\"author\", 'desktop GIS', %7, 'desktop' WHERE %8; END")
                .arg(columns, uuid, name, perField.join(QStringLiteral(" UNION ALL ")), now, geometryChanged, pending,
                     anyChange));
    // A delete keeps every old value, as the app's own does (an undo, or a conflict shown later, needs them).
    // A row still waiting in its import's entry was never sent: its delete sends nothing, and leaves nothing.
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 WHEN %3 AND OLD.\"uuid\" IS NOT NULL%10 BEGIN "
                           "INSERT INTO territori_outbox (%4) VALUES (%5, %6, OLD.\"uuid\", 'delete', OLD.\"sync_rev\", "
                           "%7, OLD.\"geom\", NULL, %8, OLD.\"author\", 'desktop GIS', %9, 'desktop'); END")
                .arg(trigger(QStringLiteral("delete")), t, outsider, columns, uuid, name, jsonObjectOf(oldValues), now,
                     pending)
                .arg(importBatch ? QStringLiteral(" AND OLD.\"import_batch\" IS NULL") : QString()));
    // A feature's uuid is its identity on the SIT and in every journal entry: no other program changes it.
    db.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE UPDATE OF \"uuid\" ON %2 WHEN %3 AND %4 AND "
                           "NEW.\"uuid\" IS NOT OLD.\"uuid\" BEGIN SELECT RAISE(ABORT, 'Territori: the uuid of a "
                           "feature identifies it on the SIT and cannot be changed'); END")
                .arg(trigger(QStringLiteral("uuid")), t, outsider, QString(wellFormed).replace(QStringLiteral("\"uuid\""), QStringLiteral("OLD.\"uuid\""))));
}

QString rtreeName(const QString &table)
{
    return QStringLiteral("rtree_%1_geom").arg(table);
}


void createFeatureTable(Database &db, const LayerDef &layer)
{
    const QString t = quoteIdentifier(layer.name);
    QStringList cols;
    cols << QStringLiteral("\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL")
         << QStringLiteral("\"geom\" %1").arg(geometryTypeName(layer.geometryType()))
         << QStringLiteral("\"uuid\" TEXT UNIQUE");
    for (const auto &f : layer.fields)
        cols << QStringLiteral("%1 %2").arg(quoteIdentifier(f.name), f.sqlType());
    cols << QStringLiteral("\"created_at\" DATETIME") << QStringLiteral("\"modified_at\" DATETIME")
         << QStringLiteral("\"author\" TEXT") << QStringLiteral("\"device\" TEXT")
         << QStringLiteral("\"gps_accuracy_m\" REAL") << QStringLiteral("\"gps_fix_time\" DATETIME")
         << QStringLiteral("\"draft\" BOOLEAN NOT NULL DEFAULT 0") << QStringLiteral("\"sync_rev\" INTEGER")
         << QStringLiteral("\"source\" TEXT")        // where the step 4 migration adds it to older tables
         << QStringLiteral("\"import_batch\" INTEGER"); // last, where step 7 adds it: the import entry a row waits in
    db.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(t, cols.join(QStringLiteral(", "))));
    createImportBatchIndex(db, layer.name);

    // A desktop GIS user may add or edit features in QGIS without knowing our columns. The journal triggers give a
    // new feature a UUID (v4, built in SQL) and timestamps and journal it; the touch trigger stamps modified_at on an
    // edit that did not set it. Column DEFAULT expressions would not do: GDAL copies a default it cannot parse into
    // the row as a literal string.
    createTouchTriggerImpl(db, layer.name, true);
    QStringList fields;
    for (const auto &f : layer.fields)
        fields << f.name;
    createJournalTriggers(db, layer.name, fields);

    Statement contents = db.prepare(QStringLiteral(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (?, 'features', ?, "
        "?, 4326)"));
    contents.bind(1, layer.name).bind(2, layer.title.it).bind(3, layer.title.en);
    contents.run();
    Statement gc = db.prepare(QStringLiteral("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)"));
    gc.bind(1, layer.name).bind(2, geometryTypeName(layer.geometryType()));
    gc.run();

    // GeoPackage 1.3 Annex L: the R-tree and the triggers that keep it in step with every write, ours or QGIS's.
    const QString r = quoteIdentifier(rtreeName(layer.name));
    const QString rn = rtreeName(layer.name);
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy)").arg(r));
    const QString values =
        QStringLiteral("(NEW.\"fid\", ST_MinX(NEW.\"geom\"), ST_MaxX(NEW.\"geom\"), ST_MinY(NEW.\"geom\"), "
                       "ST_MaxY(NEW.\"geom\"))");
    auto trig = [&](const QString &suffix) { return quoteIdentifier(rn + QLatin1Char('_') + suffix); };
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN (new.\"geom\" NOT NULL AND NOT "
                           "ST_IsEmpty(NEW.\"geom\")) BEGIN INSERT OR REPLACE INTO %3 VALUES %4; END")
                .arg(trig(QStringLiteral("insert")), t, r, values));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF \"geom\" ON %2 WHEN OLD.\"fid\" = NEW.\"fid\" AND "
                           "(NEW.\"geom\" NOTNULL AND NOT ST_IsEmpty(NEW.\"geom\")) BEGIN INSERT OR REPLACE INTO %3 "
                           "VALUES %4; END")
                .arg(trig(QStringLiteral("update1")), t, r, values));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF \"geom\" ON %2 WHEN OLD.\"fid\" = NEW.\"fid\" AND "
                           "(NEW.\"geom\" ISNULL OR ST_IsEmpty(NEW.\"geom\")) BEGIN DELETE FROM %3 WHERE id = "
                           "OLD.\"fid\"; END")
                .arg(trig(QStringLiteral("update2")), t, r));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN OLD.\"fid\" != NEW.\"fid\" AND (NEW.\"geom\" "
                           "NOTNULL AND NOT ST_IsEmpty(NEW.\"geom\")) BEGIN DELETE FROM %3 WHERE id = OLD.\"fid\"; "
                           "INSERT OR REPLACE INTO %3 VALUES %4; END")
                .arg(trig(QStringLiteral("update3")), t, r, values));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN OLD.\"fid\" != NEW.\"fid\" AND (NEW.\"geom\" "
                           "ISNULL OR ST_IsEmpty(NEW.\"geom\")) BEGIN DELETE FROM %3 WHERE id IN (OLD.\"fid\", "
                           "NEW.\"fid\"); END")
                .arg(trig(QStringLiteral("update4")), t, r));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 WHEN old.\"geom\" NOT NULL BEGIN DELETE FROM %3 "
                           "WHERE id = OLD.\"fid\"; END")
                .arg(trig(QStringLiteral("delete")), t, r));
    Statement ext = db.prepare(QStringLiteral(
        "INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
        "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')"));
    ext.bind(1, layer.name);
    ext.run();
}

void saveLayerDefinition(Database &db, const LayerDef &layer)
{
    Statement pos = db.prepare(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM territori_layers"));
    pos.step();
    const qint64 position = pos.int64(0);
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO territori_layers (table_name, position, definition) VALUES (?, ?, ?) "
        "ON CONFLICT (table_name) DO UPDATE SET definition = excluded.definition"));
    st.bind(1, layer.name).bind(2, position).bind(3, QString::fromUtf8(QJsonDocument(layer.json).toJson(
                                                          QJsonDocument::Compact)));
    st.run();
}

} // namespace territori::store::schema
