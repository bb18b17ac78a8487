#pragma once

// The store's schema: GeoPackage 1.3 core tables, Territori's own tables, and the feature tables of each layer.
// The Territori schema carries a version in territori_meta (GeoPackage reserves PRAGMA user_version for itself).
// Opening an older store runs each step from its version to the current one inside one transaction.

#include "layerdef.h"
#include "sqlite.h"

namespace territori::store::schema {

// History, one step per version:
//  1  GeoPackage core tables, territori_meta, territori_layers, territori_outbox (journal of edits)
//  2  territori_attachments (photos by SHA-256) and the outbox's list of attachments each edit added
//  3  sync: feed cursors (territori_sync_state), conflicts, outbox acknowledgement and errors, photo upload state
//  4  provenance: a "source" column on every feature table, and territori_imports (one row per file import)
//  5  edits made by other programs (QGIS, GDAL, sqlite3) are journalled too: territori_gateway (the app's marker),
//     journal triggers on every feature table, and the outbox's origin and problem columns; territori_set_aside
//     (features of the SIT this device could not take)
//  6  insert entries of the outbox carry no copy of the feature (outbox.h): older ones emptied, triggers created anew
//  7  one outbox entry per file import (outbox.h, ImportBatch): an "import_batch" column and its partial index on every
//     feature table, the touch and journal triggers created anew
constexpr int kCurrentVersion = 7;
// The most a project's write-ahead log keeps on disk once a checkpoint has emptied it (bytes).
constexpr qint64 kWalSizeLimit = 8 * 1024 * 1024;

constexpr qint32 kGpkgApplicationId = 0x47504B47; // "GPKG"
constexpr int kGpkgUserVersion = 10300;            // GeoPackage 1.3.0

// Version of an open store: 0 when territori_meta is missing (an empty file or a foreign GeoPackage).
int readVersion(Database &db);

// Runs steps from+1 .. to. The caller holds the transaction.
void migrate(Database &db, int from, int to);

// Feature table, its registration in gpkg_contents/gpkg_geometry_columns, the R-tree and its triggers.
void createFeatureTable(Database &db, const LayerDef &layer);
void saveLayerDefinition(Database &db, const LayerDef &layer);

// The triggers that journal a feature table's rows written by other programs into the outbox (and refuse a change
// of uuid): dropped and created again, so a changed list of fields gets them anew.
// importBatch false: as schema versions before 7 wrote them, without the "import_batch" column (migrations, tests).
void createJournalTriggers(Database &db, const QString &table, const QStringList &fields, bool importBatch = true);
// The trigger that stamps modified_at on another program's edit; importBatch as above.
void createTouchTrigger(Database &db, const QString &table, bool importBatch = true);
// The name of the trigger that journals another program's insert (an import sets it aside like the R-tree's).
QString journalInsertTriggerName(const QString &table);

QString rtreeName(const QString &table);

} // namespace territori::store::schema
