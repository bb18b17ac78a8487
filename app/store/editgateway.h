#pragma once

// The one way to change features. Every insert, update, delete and undo writes the feature row and its outbox entry
// in a single transaction: after a crash, a kill or a full disk the store holds either both or neither.

#include "feature.h"
#include "journal.h"
#include "layerdef.h"
#include "sqlite.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <functional>
#include <vector>

namespace territori::store {

class Project;
struct DefinitionPlan;
struct DefinitionOutcome;
struct WorkArea;

struct EditContext
{
    QString author;
    QString device;
};

struct EditResult
{
    bool ok = false;
    ErrorKind error = ErrorKind::None;
    QString message; // translated, for the user
    QString uuid;
    QString opId;
    std::vector<FieldIssue> issues; // per-field problems that stopped the save

    static EditResult success(const QString &uuid, const QString &opId);
    static EditResult failure(ErrorKind kind, const QString &message);
    // A store error turned into what the user reads (disk full, read-only, busy, damaged).
    static EditResult failure(const StoreError &error);
};

// A file import as territori_imports records it, written in the import's own transaction.
struct ImportRecord
{
    QString id;         // uuid; also in each imported feature's source
    QString fileName;
    QString fileSha256;
    QString format;     // GDAL driver, e.g. "ESRI Shapefile"
    QString comune;
    QString officer;
    QString sourceSrs;  // e.g. "EPSG:3003 (Monte Mario / Italy zone 1)"
    QDateTime startedAt;
    int rowsRead = 0;
    int rowsRejected = 0;
    QString report;     // the import report (CSV), so the rows left out stay documented with the import
};

// A write transaction of the gateway. For its length a row in territori_gateway, which no other connection can
// see, tells the store's journal triggers that these writes are the app's: the gateway journals them itself, while
// any other program's writes are journalled by the triggers (schema.cpp, step 5). Every write of the gateway to a
// feature table runs in one of these.
class GatewayTransaction
{
public:
    explicit GatewayTransaction(Database &db) : m_db(db), m_txn(db)
    {
        m_db.cached("INSERT INTO territori_gateway (active) VALUES (1)").run();
    }
    void commit()
    {
        m_db.cached("DELETE FROM territori_gateway").run();
        m_txn.commit();
    }

private:
    Database &m_db;
    Transaction m_txn;
};

class EditGateway : public QObject
{
    Q_OBJECT
public:
    EditGateway(Project &project, EditContext context, QObject *parent = nullptr);

    void setContext(const EditContext &context) { m_context = context; }
    // The SIT account the sync writes as: a row the SIT returns counts as this device's own write only when the SIT
    // names this account as its writer (applyRemote). Set by the sync engine.
    void setSyncAccount(const QString &account) { m_account = account; }
    // A moderator's device keeps entries that are not published (it decides on them); any other device keeps only
    // published ones and its own. Set by the sync engine.
    void setKeepsWithdrawn(bool keep) { m_keepsWithdrawn = keep; }
    const EditContext &context() const { return m_context; }

    EditResult insert(const QString &layer, const NewFeature &feature);
    EditResult update(const QString &layer, const QString &uuid, const FeatureChange &change);
    EditResult remove(const QString &layer, const QString &uuid);

    // Writes a feature that the SIT already has (the demo project's samples, later the rows a pull brings), so it
    // gets no outbox entry: there is nothing to send. Same validation as insert.
    EditResult seed(const QString &layer, const NewFeature &feature, std::optional<qint64> syncRev = std::nullopt);

    // A file import: every feature `next` hands over is validated as insert() validates it and written with its
    // outbox entry, then the territori_imports row, all in ONE transaction. A refused feature, a Failed from `next`
    // (a damaged file, a cancel) or a store error rolls everything back: nothing is half-imported. Implemented in
    // editgateway_import.cpp. On success the result's opId is empty and *imported tells how many were written.
    // `record` is read only after `next` has said End, so the feed may complete it (counts, report) as it reads.
    enum class Feed { Feature, End, Failed };
    // One feature of an import. prepareImport() validates and encodes it as insert() would write it; a feed may do
    // that on the thread that reads the file, so the writing thread only binds and steps. Rows handed over
    // unprepared, or prepared for another layer, are prepared by importFeatures itself. Changing `feature` after
    // preparing it means preparing it again.
    class ImportRow
    {
    public:
        NewFeature feature;
        QString where; // e.g. "Row 12", for messages

    private:
        friend class EditGateway;
        bool m_prepared = false;
        QString m_layer; // the layer it was prepared for
        QByteArray m_blob;
        std::vector<QVariant> m_storage; // per layer field, as stored
        Envelope m_envelope;
    };
    static EditResult prepareImport(const LayerDef &layer, ImportRow &row);
    // Fills the next row (its `feature` and `where`), or says the end or why it failed. `row` still holds the previous
    // row when it is called: a feed on another thread swaps it out rather than assigning over it, so what the feed
    // allocated is freed on the feed's thread (glibc frees across threads under the allocating arena's lock, which
    // both threads then fight over). What importFeatures encoded itself has been freed before.
    using ImportFeed = std::function<Feed(ImportRow &row, QString &failure)>;
    // *extent: the bounding box of what was imported (longitude/latitude), for showing it on the map.
    EditResult importFeatures(const QString &layer, const ImportRecord &record, const ImportFeed &next,
                              int *imported = nullptr, Envelope *extent = nullptr);

    // Records a photo stored in the project folder (by its SHA-256), so the sync knows to upload it.
    EditResult registerAttachment(const QString &sha256, const QString &mime, qint64 size,
                                  const QString &originalName);

    // Reverts the most recent edit that has not been sent to the SIT: the feature goes back to how it was and the
    // edit's outbox entry is removed in the same transaction.
    EditResult undoLast();
    // The edit undoLast() would revert, if any.
    std::optional<OutboxEntry> lastUndoable();

    // A rule from above the store that may refuse a user's edit of a feature, given its values (closing a
    // territorial table locks what its participants wrote). Returns the reason, or nothing. The sync and the demo
    // seeding do not pass through it.
    using EditGuard = std::function<QString(const LayerDef &layer, const QVariantMap &attributes)>;
    void setEditGuard(EditGuard guard) { m_guard = std::move(guard); }

    // A person's right to erasure: the fields are emptied, the erasure time set, every trace of the old values in
    // this feature's journal and conflicts replaced by a mark, freed pages zeroed and the log checkpointed; the
    // erasure goes to the SIT like any edit.
    EditResult erasePersonalData(const QString &layer, const QString &uuid, const QStringList &fields,
                                 const QString &erasedAtField);

    // ---- The sync's writes (sync/ is their only caller); each is one transaction --------------------------------
    // Implemented in editgateway_sync.cpp.

    // Unsent edits coalesced per feature, oldest first, at most maxFeatures features. Features with an open conflict
    // or an edit the SIT refused are held back until a person acts.
    std::vector<PendingChange> pendingChanges(int maxFeatures);

    struct Acknowledgement
    {
        PendingChange change;
        std::optional<qint64> rev; // the SIT's revision after the write, when the reply told it
    };
    // The SIT confirmed these actions: their entries become Sent (Cancelled for Kind::Nothing), and the feature
    // learns its revision when known. Nothing is marked sent that the SIT did not confirm.
    [[nodiscard]] EditResult acknowledge(const std::vector<Acknowledgement> &acks);
    // The SIT refused the change for good (permission, schema): its entries are held as Failed with the message.
    [[nodiscard]] EditResult markFailed(const PendingChange &change, const QString &message);

    // What stops a change from going to the SIT as it is stored, field by field: a value a form would refuse, one
    // that is not of the field's type (a desktop GIS can store 'tanti' in an integer column), bytes that are not
    // UTF-8, characters XML or the SIT's WFS cannot carry, a geometry that is unreadable, of another type or off the
    // project's territory. The sync runs it on every change another program made (and on any it cannot encode);
    // the app's own edits were checked when they were saved.
    // A change held for a value only a person can let go (FieldIssue::kept) keeps that issue too.
    std::vector<FieldIssue> checkBeforeSending(const PendingChange &change);
    // The change stays here until a person fixes what the issues name: its pending entries carry them (the sync page
    // lists them) and it is checked again at every sync. An empty list clears them.
    [[nodiscard]] EditResult holdForFixing(const PendingChange &change, const std::vector<FieldIssue> &issues);
    // A row of a file import still waiting in the import's entry (outbox.h, ImportBatch) gets an insert entry of its own,
    // with the op id the import gives it (nothing happens to any other feature). The sync uses it before it reads a
    // feature's entries itself.
    [[nodiscard]] EditResult takeOutOfImport(const QString &layer, const QString &uuid);
    // Failed entries become pending again (after the cause was fixed, e.g. the role or the server's schema).
    [[nodiscard]] EditResult retryFailed();


    struct ApplyStats
    {
        int applied = 0;   // rows written or deleted locally
        int unchanged = 0; // already known (same or older revision)
        int merged = 0;    // rebased local edits on the SIT's version
        int conflicts = 0; // new or updated conflicts
        int acknowledged = 0; // local edits the SIT turned out to have (a lost reply)
        int skipped = 0;   // rows of a layer this project does not have
        int withdrawn = 0; // others' entries removed here because they are not (or no longer) published
        QStringList layers; // layers whose features changed
        // One row applied: written (the layer is listed once) or already known.
        void count(const QString &layer, bool written)
        {
            if (!written) {
                ++unchanged;
                return;
            }
            ++applied;
            if (!layers.contains(layer))
                layers << layer;
        }
    };
    // Applies SIT versions of features: a page of a change feed (then the feed's cursor advances in the same
    // transaction), or features read back after a push (feed empty). A feature with unsent local edits is merged
    // (journal.h merge); one without is overwritten when the row is newer than what the store holds.
    ApplyStats applyRemote(const QString &feed, std::optional<qint64> cursor, const std::vector<RemoteFeature> &rows);

    enum class Resolution { KeepMine, KeepTheirs, Edit };
    // A person's decision on a conflict. Edit: `values` (field -> value) replace the conflicting fields, then the
    // result is sent as with KeepMine. The conflict is closed and the feature's edits are queued again or dropped.
    EditResult resolveConflict(qint64 conflictId, Resolution how, const QVariantMap &values = {});

    // The SIT confirmed it holds this photo (same SHA-256, same size).
    [[nodiscard]] EditResult markAttachmentUploaded(const QString &sha256);
    // A feature of the SIT this device could not take (too large, unreadable) is named here, or again with the reason
    // of the latest try; forgetSetAside once it has been taken.
    [[nodiscard]] EditResult setAside(const QString &layer, const QString &uuid, qint64 rev, const QString &reason);
    [[nodiscard]] EditResult forgetSetAside(const QString &layer, const QString &uuid);
    // What the last sync of a feed (a layer, or the tombstones) did, for the status the UI shows.
    [[nodiscard]] EditResult recordSyncAttempt(const QString &feed, bool success, const QString &error);

    // ---- A project's lifecycle (editgateway_definition.cpp) -------------------------------------------------------
    // Applies a newer definition of the project in one transaction (definitionupdate.h): new tables and columns,
    // removed layers dropped or retired, the definition and its version saved, unsent changes the new rules refuse
    // held for a person. The Project object still holds the old definition afterwards: whoever holds it opens the
    // project again. A plan that is not applicable changes nothing.
    [[nodiscard]] EditResult applyDefinition(const DefinitionPlan &plan, DefinitionOutcome *outcome = nullptr);
    // The person lets a change go without the values it holds in fields the project no longer has.
    [[nodiscard]] EditResult sendWithoutRemovedValues(const QString &layer, const QString &uuid);
    // The person has dealt with the unsent edits of a layer an earlier definition update retired: it goes, edits
    // included.
    [[nodiscard]] EditResult dropRetiredLayer(const QString &layer);
    // The work area the project is downloaded for (set once, at the download).
    [[nodiscard]] EditResult setWorkArea(const WorkArea &area);
    // Features of a Clip layer that the SIT says are outside the work area from revision `rev` on: the copy here goes
    // unless it is newer, has edits not yet sent, or was created here. The departures feed's cursor moves in the
    // same transaction.
    ApplyStats applyDepartures(const LayerDef &layer, qint64 cursor, const std::vector<std::pair<QString, qint64>> &left);
    // The feed (territori_sync_state) that follows what leaves a layer's work area.
    static QString departuresFeed(const QString &layer);

signals:
    // After a commit. kind: "insert", "update", "delete", or "import" (uuid empty: many features of the layer).
    void featureChanged(const QString &layer, const QString &uuid, const QString &kind);

private:
    struct Prepared;
    // checkBeforeSending against a given definition of the layer (a newer one being applied).
    std::vector<FieldIssue> checkAgainst(const LayerDef &layer, const PendingChange &change);
    void setProblems(const std::vector<qint64> &seqs, const std::vector<FieldIssue> &issues);
    void dropLayerTable(const QString &layer);
    static EditResult validate(const LayerDef &layer, QVariantMap &attributes, bool draft, bool partial,
                               const QVariantMap &existing);
public:
    // Whether a geometry fits the layer (type, coordinates, a line of two distinct points, a closed polygon with area).
    static EditResult checkGeometry(const LayerDef &layer, const Geometry &geometry);

private:
    QString guard(const LayerDef &layer, const QVariantMap &attributes) const;
    template <typename Fn> EditResult write(Fn &&fn);
    EditResult insertRow(const QString &layer, const NewFeature &feature, bool journal, std::optional<qint64> syncRev);
    // The insert statement of a layer (cached by the connection), and one new row with its outbox entry, inside the
    // caller's transaction. Shared by insert, seed and importFeatures.
    struct NewRow
    {
        const NewFeature *feature = nullptr;
        const std::vector<QVariant> *storage = nullptr; // per layer field, from encodeNew
        QString uuid;
        QString opId;
        QString now;
        QByteArray blob;
        bool journal = true;
        std::optional<qint64> syncRev;
        qint64 importBatch = 0; // the import's outbox entry the row waits in (0: none)
        // modified_at left NULL: a row an import writes is not modified until it is (readers take created_at), 24
        // bytes a row of the import's store (issue #13).
        bool unmodified = false;
    };
    static QByteArray insertSql(const LayerDef &layer);
    // The stored values of a new feature's fields (its outbox entry holds none of them: outbox.h).
    static void encodeNew(const LayerDef &layer, const QVariantMap &attributes, std::vector<QVariant> &storage);
    // Returns the new row's fid.
    qint64 writeNew(const LayerDef &layer, const QByteArray &sql, const NewRow &row);
    void touchContents(const QString &layer, const Envelope &env);
    // Sync helpers (editgateway_sync.cpp), called inside a transaction.
    std::vector<OutboxEntry> unsentEntries(const QString &layer, const QString &uuid);
    // The entries a change covers; a row of a file import gets its own first (Outbox::materialize).
    std::vector<qint64> entriesOf(const PendingChange &change);
    // Outbox::materialize when the layer has an import entry still pending; returns whether the row got an entry.
    bool materializeImported(const LayerDef &layer, const QString &uuid);
    void setEntriesState(const std::vector<qint64> &seqs, OutboxState state, const QString &error = QString());
    void writeRemoteRow(const LayerDef &layer, const RemoteFeature &row, bool force);
    void writeLocalValues(const LayerDef &layer, const QString &uuid, const QJsonObject &values,
                          const Geometry &geometry, std::optional<qint64> syncRev);
    void deleteLocalRow(const LayerDef &layer, const QString &uuid);
    void queueRebased(const LayerDef &layer, const QString &uuid, OutboxEntry::Kind kind, const FieldChanges &changes,
                      const QByteArray &geomOld, const QByteArray &geomNew, std::optional<qint64> baseRev);
    void recordConflict(const LayerDef &layer, const PendingChange &change, const MergeResult &merge,
                        const RemoteFeature &server);
    void applyOne(const LayerDef &layer, const RemoteFeature &row, bool hasUnsent, ApplyStats &stats);
    void applyModeration(const LayerDef &layer, const RemoteFeature &row, ApplyStats &stats);
    // Erasure (a person's right to it): whether the SIT's row says the person was erased; the values replaced by a
    // mark in every outbox entry and conflict of the feature; the feature erased here when the SIT erased it; the log
    // emptied after a scrub.
    static bool erasedThere(const LayerDef &layer, const RemoteFeature &row);
    void scrubErased(const LayerDef &layer, const QString &uuid, const QStringList &fields);
    void eraseHere(const LayerDef &layer, const RemoteFeature &row);
    void afterScrub();
    // Moderation on a device that is not a moderator's: what others wrote and is not published (waiting, or
    // withdrawn by the moderators) is not kept here, photos included; one's own entries stay, with their state.
    bool ownEntry(const LayerDef &layer, const QString &uuid);
    bool notForThisDevice(const LayerDef &layer, const RemoteFeature &row);
    void withdraw(const LayerDef &layer, const QString &uuid, ApplyStats &stats);
    void removeUnusedPhotos();

    Project &m_project;
    Database &m_db;
    EditContext m_context;
    QString m_account;
    bool m_scrubbed = false;
    bool m_keepsWithdrawn = false;
    QSet<QString> m_photosToRemove;
    QHash<QString, QPair<QByteArray, QByteArray>> m_remoteSql; // per layer: the pull's UPDATE and INSERT
    EditGuard m_guard;
};

// Runs fn in one transaction; commits only when it returns success, then tells the listeners.
template <typename Fn> EditResult EditGateway::write(Fn &&fn)
{
    EditResult result;
    QString kind;
    QString layer;
    try {
        GatewayTransaction txn(m_db);
        result = fn(layer, kind);
        if (!result.ok)
            return result; // the transaction rolls back
        txn.commit();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    emit featureChanged(layer, result.uuid, kind);
    return result;
}

} // namespace territori::store
