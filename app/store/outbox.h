#pragma once

// The outbox: the journal of local edits that the sync pushes to the SIT, oldest first. Rows are written only by
// EditGateway (inside the edit's transaction) and removed only by an undo; the sync changes their state (see
// editgateway_sync.cpp) and keeps them as history once the SIT has acknowledged them.

#include "feature.h"
#include "sqlite.h"

#include <optional>
#include <vector>

namespace territori::store {

class Outbox
{
public:
    static void append(Database &db, OutboxEntry &entry, const QString &author, const QString &device);
    // The same with the changes already as compact JSON text (entry.changes is then ignored): the insert path builds
    // it directly, which is most of an import's per-row cost otherwise.
    static void append(Database &db, OutboxEntry &entry, const QString &author, const QString &device,
                       const QByteArray &changesJson);
    static std::optional<OutboxEntry> last(Database &db);
    static std::vector<OutboxEntry> pending(Database &db, int limit);
    static std::vector<OutboxEntry> forFeature(Database &db, const QString &layer, const QString &uuid);
    // Every pending entry of a layer, grouped by feature (each feature's oldest first): one read for a whole layer.
    static std::vector<OutboxEntry> pendingOfLayer(Database &db, const QString &layer);
    // Edits not yet on the SIT: waiting, held in a conflict, or refused.
    static qint64 pendingCount(Database &db);
    static void removeEntry(Database &db, qint64 seq);
};

} // namespace territori::store
