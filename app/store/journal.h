#pragma once

// What the outbox means to the sync: a feature's unsent edits coalesced into the one action the SIT receives, and the
// three-way merge of those edits with the SIT's version of the feature. Pure functions over store types; the
// EditGateway applies their results inside its transactions.

#include "feature.h"
#include "layerdef.h"
#include "outbox.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace territori::store {

// A feature as the SIT has it: one row of a change feed, or one feature read back after a push.
struct RemoteFeature
{
    QString layer;
    QString uuid;
    qint64 rev = 0;
    bool deleted = false;   // soft-deleted on the SIT, or hard-deleted (tombstone)
    bool tombstone = false; // hard-deleted: the uuid can never be written again
    Geometry geometry;
    QVariantMap attributes; // canonical values (normalizeValue)
    FeatureMeta meta;       // createdAt, modifiedAt (= updated_at), author, device, gps, draft
    QString lastOp;         // the client operation that wrote this version, empty for other writers
    QString updatedBy;
    // A row of the SIT's moderation feed: only the moderation state and reason of an entry (participation layers),
    // so an author learns what became of an entry the SIT no longer lets them read.
    bool moderationOnly = false;
    QString moderationState;
    QString moderationReason;
};

// A feature's unsent edits as one action.
struct PendingChange
{
    enum class Kind {
        Insert,  // the SIT has never acknowledged this feature: send it whole
        Update,  // send the changed fields, compare-and-set against baseRev
        Delete,  // soft delete, compare-and-set against baseRev
        Nothing  // the edits cancel out (created and deleted here, or changed back): nothing to send
    };
    Kind kind = Kind::Update;
    QString layer;
    QString uuid;
    std::vector<qint64> seqs; // outbox entries covered, oldest first
    // A row still waiting in a file import's entry (outbox.h, ImportBatch): that entry's seq. It has no entry of its
    // own (seqs is empty) until one is needed (EditGateway::entriesOf); opIds holds the op id the import gives it.
    qint64 importBatch = 0;
    QStringList opIds;        // their operation ids, oldest first; the last one is sent as last_op
    std::optional<qint64> baseRev;
    // An update's or a delete's fields: old = the base value (the first old value), new = my value. Empty for an
    // insert, which goes as `current` is.
    FieldChanges fields;
    bool geometryChanged = false;
    QByteArray geomOld;       // GeoPackage blobs; geomOld is the base geometry
    QByteArray geomNew;
    QStringList attachments;  // SHA-256 of photos to upload first: an insert's row names them, an update added them
    std::optional<Feature> current; // the local row now; empty after a local delete
    bool byOtherProgram = false;    // some of the edits were made by another program (QGIS): checked before it goes
    bool held = false;              // a previous sync kept it here for a person to fix (the entries' problem)
    std::vector<FieldIssue> keptIssues; // problems only a person clears (FieldIssue::kept), from the entries

    QString opId() const { return opIds.isEmpty() ? QString() : opIds.last(); }
};

// Folds one feature's unsent entries (oldest first) into one action. `current` is the feature's local row: an insert
// takes its values, geometry and photos from it.
PendingChange coalesce(const LayerDef &layer, const std::vector<OutboxEntry> &entries, std::optional<Feature> current);

// Canonical JSON of a feature's values (fields plus the draft flag), the form the outbox and conflicts use.
QJsonObject featureValuesJson(const LayerDef &layer, const QVariantMap &attributes, bool draft);
// Whether two JSON values of a field are the same value (decimals and times compared as numbers and instants).
bool sameFieldValue(const LayerDef &layer, const QString &field, const QJsonValue &a, const QJsonValue &b);
// Geometries equal to within the SIT's published precision (6 decimals of a degree in GeoJSON, about 5 cm).
bool sameGeometry(const Geometry &a, const Geometry &b);

// The outcome of merging a feature's unsent edits with the SIT's version.
struct MergeResult
{
    enum class Outcome {
        Clean,     // rebased on the SIT's version; `toSend` still has to go
        Converged, // both sides agree: nothing left to send
        Conflict   // a person must decide; nothing is sent or overwritten meanwhile
    };
    Outcome outcome = Outcome::Clean;
    QString conflictKind;       // "edit-edit", "edit-delete" (changed here, deleted there), "delete-edit"
    QJsonObject conflictFields; // field -> {"base", "mine", "theirs"}
    bool geometryConflict = false;
    // The local row after the merge: my values, plus what only the SIT changed.
    QJsonObject localValues;
    Geometry localGeometry;
    bool localDeleted = false;
    // Rebased action (Clean): per field, old = theirs, new = mine; and whether the geometry goes.
    FieldChanges toSend;
    bool sendGeometry = false;
};

// Three-way merge. `change` holds the edits not yet on the SIT (base = its "old" values); `server` is the SIT's
// version now. Per field: changed on one side only merges; changed on both sides to different values is a conflict.
MergeResult merge(const LayerDef &layer, const PendingChange &change, const RemoteFeature &server);

} // namespace territori::store
