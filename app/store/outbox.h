#pragma once

// The outbox: the journal of local edits that the sync pushes to the SIT, oldest first. Rows are written only by
// EditGateway (inside the edit's transaction) and by the journal triggers for other programs' edits (schema.cpp), and
// removed only by an undo; the sync changes their state (see editgateway_sync.cpp) and keeps them as history once the
// SIT has acknowledged them.
//
// What an entry holds, by kind:
//   insert  nothing but the feature's identity: the push sends the row as it is when it goes, the merge takes an
//           insert from the row, an undo deletes the row. A copy of the values would double what an import writes
//           and be one more place a person's data must be erased from.
//   update  each changed field with its value before and after, the geometry before and after when it moved, the
//           revision it was made on (the base of the merge and of the SIT's compare-and-set), the photos it added.
//   delete  every value the feature had and its geometry: an undo brings it back whole, a conflict shows it.
//   import  one entry for a whole file import (schema 7): it names the import (feature_uuid = the import's id in
//           territori_imports), the layer, the fids of its rows and how their op ids are made; the rows still to go
//           carry the entry's seq in their "import_batch" column (a partial index finds them). The push sends those
//           rows as inserts, a page at a time, each with its own op id (opIdOf), and clears the column of each row
//           the SIT confirmed; the entry retires (Sent) when no row carries it. A row that needs an entry of its own
//           (an edit here or in a desktop GIS, a hold, a refusal, a merge) gets its insert entry then, with the same
//           op id (materialize), and leaves the batch: everything that reads per-feature entries works as for any
//           insert. An import of 100,000 rows so writes one entry instead of 100,000 (31 MB, issue #13).
// Stores written before schema 6 have inserts with copies: schema step 6 empties them when the store opens, and the
// decoder reads an insert without them whatever it holds.

#include "feature.h"
#include "sqlite.h"

#include <QHash>
#include <QJsonValue>

#include <initializer_list>
#include <optional>
#include <vector>

namespace territori::store {

// One field's change: its value before and after the edit, canonical JSON values (toJsonValue), null when empty.
// `field` is a layer field, one of the feature's own columns the entry records (draft, created_at, author, device,
// gps_accuracy_m, gps_fix_time, sync_rev, source) or "deleted" (a feature the SIT deleted, brought back by a person).
struct FieldChange
{
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;

    bool operator==(const FieldChange &o) const
    {
        return field == o.field && oldValue == o.oldValue && newValue == o.newValue;
    }
};

// The changes of one entry, or of a feature's unsent entries coalesced: at most one per field, in field order (the
// order the encoded text has, so an entry reads back as it was written).
class FieldChanges
{
public:
    using const_iterator = std::vector<FieldChange>::const_iterator;

    const_iterator begin() const { return m_changes.begin(); }
    const_iterator end() const { return m_changes.end(); }
    bool isEmpty() const { return m_changes.empty(); }
    int size() const { return int(m_changes.size()); }

    const FieldChange *find(const QString &field) const;
    bool contains(const QString &field) const { return find(field) != nullptr; }
    // A field's value before and after; undefined when the field did not change.
    QJsonValue oldValue(const QString &field) const;
    QJsonValue newValue(const QString &field) const;
    QStringList fields() const;
    // Sets a field's change, replacing the one it had.
    void set(const QString &field, const QJsonValue &oldValue, const QJsonValue &newValue);
    void remove(const QString &field);

    bool operator==(const FieldChanges &o) const { return m_changes == o.m_changes; }
    bool operator!=(const FieldChanges &o) const { return !(*this == o); }

private:
    std::vector<FieldChange> m_changes;
};

// Where an entry is in its life. Unsent: Pending, Conflict, Failed. The rest are history.
enum class OutboxState {
    Pending,   // waiting to be sent
    Sent,      // the SIT confirmed it
    Conflict,  // held until a person decides (territori_conflicts)
    Failed,    // the SIT refused it for good; the message is kept
    Cancelled, // undone by later local edits (created and deleted here, changed back)
    Merged,    // the SIT already had the same change
    Rebased,   // replaced by a new entry based on the SIT's newer version
    Discarded  // a person chose the SIT's version over it
};

// The state's name in the `state` column, and back. The one place the names are spelled: queries are built from
// these (Outbox::stateIn). A name this version does not know (none is written) reads as Failed: held, counted as not
// on the SIT, never sent.
QString outboxStateName(OutboxState state);
OutboxState outboxStateFromName(const QString &name);

struct OutboxEntry
{
    enum class Kind { Insert, Update, Delete, Import };
    qint64 seq = 0;
    QString opId;
    QString layer;
    QString featureUuid;
    Kind kind = Kind::Insert;
    std::optional<qint64> baseRev;
    FieldChanges changes;    // empty for an insert
    QByteArray geomOld;      // GeoPackage blobs: an update's that moved it, a delete's
    QByteArray geomNew;      // an update's that moved it
    QStringList attachments; // SHA-256 of photos an update added (an insert's are the row's own)
    QDateTime createdAt;
    QString author;
    QString device;
    OutboxState state = OutboxState::Pending;
    QString origin;  // empty: the app's own edit; "desktop": another program's, journalled by the store's triggers
    QString problem; // why the sync holds it here (JSON [{field, message}]), empty otherwise
};

QString outboxKindName(OutboxEntry::Kind kind);

// An import's entry (kind Import): the rows of `layer` with fids firstFid..lastFid were written by the import `importId`;
// those whose "import_batch" is `seq` are still to be sent. Row fid's op id: opIdPrefix followed by the 12-digit
// hexadecimal counter opCounter + (fid - firstFid), as the op ids of per-row insert entries were made before schema 7.
struct ImportBatch
{
    qint64 seq = 0;
    QString importId;
    QString layer;
    qint64 firstFid = 0;
    qint64 lastFid = 0;
    QString opIdPrefix;
    quint64 opCounter = 0;
    QDateTime createdAt;
    QString author;
    QString device;
    OutboxState state = OutboxState::Pending;

    QString opIdOf(qint64 fid) const;
};

class Outbox
{
public:
    // ---- The entry's format: one encoder and one decoder ------------------------------------------------------------
    // The `changes` column is JSON text, {"field": {"new": value, "old": value}, ...}: the journal triggers write other
    // programs' entries with SQLite's own json functions (QGIS and GDAL must not need anything the app registers), and
    // SQL reads it (json_extract, moderation.cpp). Every version has written this shape.
    static QByteArray encodeChanges(const FieldChanges &changes);
    // Reads what any version wrote; a member that is not {"old", "new"} is skipped.
    static FieldChanges decodeChanges(const QByteArray &json);

    // Writes an entry (state pending; seq, createdAt, author and device are filled in). An insert is written without
    // values, geometry or photos, whatever `entry` holds.
    static void append(Database &db, OutboxEntry &entry, const QString &author, const QString &device);
    // ---- File imports: one entry for the whole import (ImportBatch) -------------------------------------------------
    // The SQL column a feature table uses to name its import's entry while the row waits to be sent.
    static const QString importBatchColumn;
    // Writes a pending import entry for rows of `layer` (their fids are set by setImportBatchRange once known); returns
    // its seq, which the import writes into each row's import_batch.
    static qint64 appendImportBatch(Database &db, const QString &layer, const QString &importId,
                                    const QString &opIdPrefix, quint64 opCounter, const QString &author,
                                    const QString &device);
    static void setImportBatchRange(Database &db, qint64 seq, qint64 firstFid, qint64 lastFid);
    static std::optional<ImportBatch> importBatch(Database &db, qint64 seq);
    // Pending import entries, oldest first (of one layer, or of all when `layer` is empty).
    static std::vector<ImportBatch> pendingImportBatches(Database &db, const QString &layer = QString());
    // The rows of an import still to be sent (their import_batch is the entry's seq).
    static qint64 unsentRowsOf(Database &db, const ImportBatch &batch);
    // Gives the row `uuid` of `layer`, if it is still waiting in an import's entry, an insert entry of its own (the op
    // id the batch gives it, the batch's time, author and device) and takes it out of the batch, in the caller's
    // transaction. Returns whether it did. Idempotent: the op id is unique.
    static bool materialize(Database &db, const QString &layer, const QString &uuid);
    // Pending import entries none of whose rows waits any more become Sent (history); returns how many.
    static int retireImportBatches(Database &db);
    // SQL for "this row of `layer` (alias) was created on this device by a file import": an import entry names its fid.
    static QString importedHere(const QString &layer, const QString &alias);
    // An imported row's provenance (its "source"): "import <the first 8 characters of the import's id> row <n>", which
    // territori_imports resolves to the file, its hash, who imported it and when. It was "import <id>: <file> row
    // <n>", 62 bytes a row of a 100,000-row import (issue #13). This is the start of it, before the row's number.
    static QString importSourcePrefix(const QString &importId);
    // The provenance as the SIT stores it, where territori_imports is not: the file's name put back
    // ("import 3f9a2c1d: lotti.shp row 12"). Any other text is returned as it is.
    static QString sourceForSit(Database &db, const QString &source);
    // SQL for the op id an import entry (alias) gives the row whose fid is `fidExpression`.
    static QString batchOpIdSql(const QString &batchAlias, const QString &fidExpression);

    static std::optional<OutboxEntry> last(Database &db);
    static std::vector<OutboxEntry> pending(Database &db, int limit);
    static std::vector<OutboxEntry> forFeature(Database &db, const QString &layer, const QString &uuid);
    // Every pending entry of a layer, grouped by feature (each feature's oldest first): one read for a whole layer.
    static std::vector<OutboxEntry> pendingOfLayer(Database &db, const QString &layer);
    // Edits not yet on the SIT: waiting, held in a conflict, or refused; an import's rows still to go count one each.
    static qint64 pendingCount(Database &db);
    // Features of each layer with unsent changes held in import entries (rows still to go), by layer.
    static QHash<QString, qint64> unsentImportedByLayer(Database &db);
    static void removeEntry(Database &db, qint64 seq);

    // SQL for queries: `column IN ('pending', ...)` for the given states, and the same for the unsent ones.
    static QString stateIn(std::initializer_list<OutboxState> states, const QString &column = QStringLiteral("state"));
    static QString unsentIn(const QString &column = QStringLiteral("state"));
    static bool isUnsent(OutboxState state)
    {
        return state == OutboxState::Pending || state == OutboxState::Conflict || state == OutboxState::Failed;
    }
};

} // namespace territori::store
