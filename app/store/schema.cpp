#include "schema.h"

#include <QJsonDocument>

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
void createTouchTrigger(Database &db, const QString &table)
{
    db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoteIdentifier(QStringLiteral("territori_%1_touch").arg(table))));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN NEW.\"modified_at\" IS OLD.\"modified_at\" AND "
                           "NEW.\"sync_rev\" IS OLD.\"sync_rev\" BEGIN UPDATE %2 SET \"modified_at\" = "
                           "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE \"fid\" = NEW.\"fid\"; END")
                .arg(quoteIdentifier(QStringLiteral("territori_%1_touch").arg(table)), quoteIdentifier(table)));
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
    static const Step steps[] = {step1, step2, step3, step4};
    static_assert(sizeof(steps) / sizeof(steps[0]) == kCurrentVersion, "one step per schema version");
    for (int v = from + 1; v <= to; ++v) {
        steps[v - 1](db);
        setVersion(db, v);
    }
}

QString rtreeName(const QString &table)
{
    return QStringLiteral("rtree_%1_geom").arg(table);
}

QString defaultsTriggerName(const QString &table)
{
    return QStringLiteral("territori_%1_defaults").arg(table);
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
         << QStringLiteral("\"source\" TEXT"); // last, where the step 4 migration adds it to older tables
    db.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(t, cols.join(QStringLiteral(", "))));

    // A desktop GIS user may add or edit features in QGIS without knowing our columns. These triggers give a new
    // feature a UUID (v4, built in SQL) and timestamps, and stamp modified_at on an edit that did not set it. Column
    // DEFAULT expressions would not do: GDAL copies a default it cannot parse into the row as a literal string.
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN NEW.\"uuid\" IS NULL OR NEW.\"created_at\" IS "
                           "NULL OR NEW.\"modified_at\" IS NULL BEGIN UPDATE %2 SET \"uuid\" = coalesce(\"uuid\", %3), "
                           "\"created_at\" = coalesce(\"created_at\", %4), \"modified_at\" = coalesce(\"modified_at\", %4) "
                           "WHERE \"fid\" = NEW.\"fid\"; END")
                .arg(quoteIdentifier(defaultsTriggerName(layer.name)), t,
                     QLatin1String(kUuidSql), now));
    createTouchTrigger(db, layer.name);

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
