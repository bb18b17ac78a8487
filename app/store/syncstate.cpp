#include "syncstate.h"

#include "outbox.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>

namespace territori::store {

namespace {

QDateTime timeOf(Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : QDateTime::fromString(st.text(column), Qt::ISODateWithMs);
}

Geometry geometryOf(Statement &st, int column)
{
    Geometry g;
    if (!st.isNull(column))
        fromGpkgBlob(st.blob(column), g);
    return g;
}

ConflictRecord readConflict(Statement &st)
{
    ConflictRecord c;
    c.id = st.int64(0);
    c.layer = st.text(1);
    c.featureUuid = st.text(2);
    c.kind = st.text(3);
    c.fields = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
    c.geomBase = geometryOf(st, 5);
    c.geomMine = geometryOf(st, 6);
    c.geomTheirs = geometryOf(st, 7);
    c.geometryConflict = st.int64(8) != 0;
    c.serverRev = st.int64(9);
    c.serverRow = QJsonDocument::fromJson(st.text(10).toUtf8()).object();
    c.detectedAt = timeOf(st, 11);
    return c;
}

constexpr const char *kConflictColumns = "id, layer, feature_uuid, kind, fields, geom_base, geom_mine, geom_theirs, "
                                         "geometry_conflict, server_rev, server_row, detected_at";

} // namespace

FeedState SyncState::feed(const QString &name)
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT feed, cursor, last_attempt, last_success, last_error FROM territori_sync_state WHERE feed = ?"));
    st.bind(1, name);
    FeedState f;
    f.feed = name;
    if (st.step()) {
        f.cursor = st.int64(1);
        f.lastAttempt = timeOf(st, 2);
        f.lastSuccess = timeOf(st, 3);
        f.lastError = st.text(4);
    }
    return f;
}

std::vector<FeedState> SyncState::feeds()
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT feed, cursor, last_attempt, last_success, last_error FROM territori_sync_state ORDER BY feed"));
    std::vector<FeedState> out;
    while (st.step()) {
        FeedState f;
        f.feed = st.text(0);
        f.cursor = st.int64(1);
        f.lastAttempt = timeOf(st, 2);
        f.lastSuccess = timeOf(st, 3);
        f.lastError = st.text(4);
        out.push_back(f);
    }
    return out;
}

QHash<QString, UnsentCounts> SyncState::unsentByLayer()
{
    QHash<QString, UnsentCounts> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT layer, state, count(*), max(CASE WHEN %1 THEN last_error END), count(DISTINCT "
        "feature_uuid), count(DISTINCT CASE WHEN problem IS NOT NULL THEN feature_uuid END) FROM territori_outbox "
        "WHERE %2 AND kind <> 'import' GROUP BY layer, state")
                                    .arg(Outbox::stateIn({OutboxState::Failed}), Outbox::unsentIn()));
    while (st.step()) {
        UnsentCounts &c = out[st.text(0)];
        const OutboxState state = outboxStateFromName(st.text(1));
        const int n = int(st.int64(2));
        if (state == OutboxState::Pending) {
            c.pending = n;
            c.held = int(st.int64(5));
        }
        else if (state == OutboxState::Failed) {
            c.failed = n;
            c.lastError = st.text(3);
        } else
            c.conflict = int(st.int64(4)); // features in conflict, not their entries

    }
    st = Statement();
    // A file import's rows still to go are one entry each, held in the import's entry (outbox.h, ImportBatch).
    const QHash<QString, qint64> imported = Outbox::unsentImportedByLayer(m_db);
    for (auto it = imported.cbegin(); it != imported.cend(); ++it)
        if (it.value() > 0)
            out[it.key()].pending += int(it.value());
    return out;
}

std::vector<ConflictRecord> SyncState::openConflicts()
{
    Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM territori_conflicts WHERE resolved_at IS NULL ORDER BY id")
                                    .arg(QLatin1String(kConflictColumns)));
    std::vector<ConflictRecord> out;
    while (st.step())
        out.push_back(readConflict(st));
    return out;
}

std::optional<ConflictRecord> SyncState::conflict(qint64 id)
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM territori_conflicts WHERE id = ?").arg(QLatin1String(kConflictColumns)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readConflict(st);
}

QStringList SyncState::attachmentsToUpload()
{
    Statement st = m_db.prepare(QStringLiteral("SELECT sha256 FROM territori_attachments WHERE uploaded_at IS NULL "
                                               "ORDER BY created_at"));
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

std::vector<SetAsideFeature> SyncState::setAside()
{
    std::vector<SetAsideFeature> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT layer, feature_uuid, rev, reason, first_seen FROM "
                                               "territori_set_aside ORDER BY first_seen, layer, feature_uuid"));
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.int64(2), st.text(3),
                       QDateTime::fromString(st.text(4), Qt::ISODateWithMs)});
    return out;
}

QStringList SyncState::missingPhotos(const std::vector<LayerDef> &layers, const QString &attachmentsDirectory)
{
    QSet<QString> wanted;
    for (const LayerDef &l : layers) {
        for (const FieldDef &f : l.fields) {
            if (f.type != FieldType::Photo)
                continue;
            Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL AND %1 <> '[]'")
                                            .arg(quoteIdentifier(f.name), quoteIdentifier(l.name)));
            while (st.step())
                for (const QString &h : fromStorage(f, st.value(0)).toStringList())
                    wanted.insert(h);
        }
    }
    QSet<QString> here;
    for (const QString &name : QDir(attachmentsDirectory).entryList(QDir::Files))
        here.insert(name.section(QLatin1Char('.'), 0, 0));
    QStringList missing;
    for (const QString &sha : std::as_const(wanted)) {
        const bool hex = sha.size() == 64 && std::all_of(sha.begin(), sha.end(), [](QChar c) {
                             return c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
                         });
        if (hex && !here.contains(sha))
            missing << sha;
    }
    std::sort(missing.begin(), missing.end());
    return missing;
}

std::vector<HeldChange> SyncState::heldForFixing()
{
    std::vector<HeldChange> out;
    // The latest note of each feature: every sync writes it anew on all of the feature's pending entries.
    Statement st = m_db.prepare(QStringLiteral("SELECT layer, feature_uuid, problem FROM territori_outbox WHERE seq IN "
                                               "(SELECT max(seq) FROM territori_outbox WHERE %1 AND "
                                               "problem IS NOT NULL GROUP BY layer, feature_uuid) ORDER BY seq")
                                    .arg(Outbox::stateIn({OutboxState::Pending})));
    while (st.step()) {
        HeldChange h;
        h.layer = st.text(0);
        h.uuid = st.text(1);
        for (const QJsonValue &v : QJsonDocument::fromJson(st.text(2).toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            h.problems << qMakePair(o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("message")).toString());
            h.kept = h.kept || o.value(QStringLiteral("keep")).toBool();
        }
        out.push_back(std::move(h));
    }
    return out;
}

} // namespace territori::store
