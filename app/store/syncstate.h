#pragma once

// Reads what the sync knows: feed cursors and the last try of each, unsent edits per layer, open conflicts. Works on
// any connection; the writes are EditGateway's.

#include "geometry.h"
#include "layerdef.h"
#include "sqlite.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace territori::store {

struct FeedState
{
    QString feed;
    qint64 cursor = 0;
    QDateTime lastAttempt;
    QDateTime lastSuccess;
    QString lastError;
};

struct UnsentCounts
{
    int pending = 0;
    int failed = 0;
    int conflict = 0; // features held in a conflict
    int held = 0;     // features whose pending edits wait for a person to fix a value (counted in pending too)
    QString lastError; // the most recent refusal's message, when some edit failed
    int total() const { return pending + failed + conflict; }
};

struct ConflictRecord
{
    qint64 id = 0;
    QString layer;
    QString featureUuid;
    QString kind;       // edit-edit, edit-delete, delete-edit
    QJsonObject fields; // field -> {base, mine, theirs}
    bool geometryConflict = false;
    Geometry geomBase, geomMine, geomTheirs;
    qint64 serverRev = 0;
    QJsonObject serverRow;
    QDateTime detectedAt;
};

// A feature of the SIT this device could not take.
struct SetAsideFeature
{
    QString layer;
    QString uuid;
    qint64 rev = 0;
    QString reason;
    QDateTime firstSeen;
};

// A change held here until a person fixes a value: the feature and each field's problem.
struct HeldChange
{
    QString layer;
    QString uuid;
    QList<QPair<QString, QString>> problems; // field (empty: the feature as a whole), message
    // A value in a field a newer definition removed (FieldIssue::kept): only the person lets it go
    // (EditGateway::sendWithoutRemovedValues); no correction clears it.
    bool kept = false;
};

class SyncState
{
public:
    explicit SyncState(Database &db) : m_db(db) {}

    FeedState feed(const QString &name);
    std::vector<FeedState> feeds();
    QHash<QString, UnsentCounts> unsentByLayer();
    std::vector<ConflictRecord> openConflicts();
    std::optional<ConflictRecord> conflict(qint64 id);
    // Photos referenced by unsent edits that the SIT has not confirmed yet.
    QStringList attachmentsToUpload();
    std::vector<SetAsideFeature> setAside();
    // SHA-256 of the photos the features of these layers name that are not in the attachments folder, sorted.
    QStringList missingPhotos(const std::vector<LayerDef> &layers, const QString &attachmentsDirectory);
    std::vector<HeldChange> heldForFixing();

private:
    Database &m_db;
};

} // namespace territori::store
