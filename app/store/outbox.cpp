#include "outbox.h"

#include "layerdef.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace territori::store {

namespace {

constexpr const char *kColumns = "seq, op_id, layer, feature_uuid, kind, base_rev, changes, geom_old, geom_new, "
                                 "attachments, created_at, author, device, state, origin, problem";

// The state names, in the order of the enum.
const char *const kStateNames[] = {"pending", "sent",   "conflict", "failed",
                                   "cancelled", "merged", "rebased",  "discarded"};
static_assert(sizeof(kStateNames) / sizeof(kStateNames[0]) == int(OutboxState::Discarded) + 1,
              "one name per state");

// JSON text as stored. SQLite keeps the bytes another program wrote, and its json functions copy them into an entry
// as they are: a value that is not UTF-8 (a desktop edit the sync will hold for fixing) must not make the whole entry
// unreadable, which would read as an edit with no change and let it go as nothing. Such bytes read as U+FFFD.
QJsonDocument parseStored(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    return QJsonDocument::fromJson(QString::fromUtf8(json).toUtf8());
}

OutboxEntry::Kind kindFromName(const QString &kind)
{
    return kind == QLatin1String("insert")   ? OutboxEntry::Kind::Insert
           : kind == QLatin1String("delete") ? OutboxEntry::Kind::Delete
           : kind == QLatin1String("import") ? OutboxEntry::Kind::Import
                                             : OutboxEntry::Kind::Update;
}

// The op id of row `fid` of an import entry `b` (alias), as SQL: the same text ImportBatch::opIdOf makes. The journal
// triggers (schema.cpp) and materialize() use it.
// Concatenated, not QString::arg: arg would take printf's "%012x" for its own "%01".
QString opIdSqlOf(const QString &b, const QString &fid)
{
    return QStringLiteral("printf('%s%012x', json_extract(") + b + QStringLiteral(".changes, '$.op_prefix'), json_extract(") +
           b + QStringLiteral(".changes, '$.op_counter') + (") + fid + QStringLiteral(" - json_extract(") + b +
           QStringLiteral(".changes, '$.first_fid')))");
}

// The decoder of a whole entry (the row as `kColumns` lists it).
OutboxEntry readEntry(Statement &st)
{
    OutboxEntry e;
    e.seq = st.int64(0);
    e.opId = st.text(1);
    e.layer = st.text(2);
    e.featureUuid = st.text(3);
    e.kind = kindFromName(st.text(4));
    if (!st.isNull(5))
        e.baseRev = st.int64(5);
    // An insert refers to its row: what an older version copied into it is not read (schema step 6 empties it). An
    // import's entry holds its rows' range, read by importBatch().
    if (e.kind != OutboxEntry::Kind::Insert && e.kind != OutboxEntry::Kind::Import) {
        e.changes = Outbox::decodeChanges(st.blob(6));
        e.geomOld = st.blob(7);
        e.geomNew = st.blob(8);
        for (const auto &v : parseStored(st.blob(9)).array())
            e.attachments << v.toString();
    }
    e.createdAt = QDateTime::fromString(st.text(10), Qt::ISODateWithMs);
    e.author = st.text(11);
    e.device = st.text(12);
    e.state = outboxStateFromName(st.text(13));
    e.origin = st.text(14);
    e.problem = st.text(15);
    return e;
}

std::vector<OutboxEntry> readAll(Statement &st)
{
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    return out;
}

} // namespace

// ---- FieldChanges ---------------------------------------------------------------------------------------------------

const FieldChange *FieldChanges::find(const QString &field) const
{
    const auto it = std::lower_bound(m_changes.begin(), m_changes.end(), field,
                                     [](const FieldChange &c, const QString &f) { return c.field < f; });
    return it != m_changes.end() && it->field == field ? &*it : nullptr;
}

QJsonValue FieldChanges::oldValue(const QString &field) const
{
    const FieldChange *c = find(field);
    return c ? c->oldValue : QJsonValue(QJsonValue::Undefined);
}

QJsonValue FieldChanges::newValue(const QString &field) const
{
    const FieldChange *c = find(field);
    return c ? c->newValue : QJsonValue(QJsonValue::Undefined);
}

QStringList FieldChanges::fields() const
{
    QStringList out;
    for (const FieldChange &c : m_changes)
        out << c.field;
    return out;
}

void FieldChanges::set(const QString &field, const QJsonValue &oldValue, const QJsonValue &newValue)
{
    // Undefined (a member that was missing) is stored as null, as the JSON text would read back.
    const QJsonValue before = oldValue.isUndefined() ? QJsonValue(QJsonValue::Null) : oldValue;
    const QJsonValue after = newValue.isUndefined() ? QJsonValue(QJsonValue::Null) : newValue;
    const auto it = std::lower_bound(m_changes.begin(), m_changes.end(), field,
                                     [](const FieldChange &c, const QString &f) { return c.field < f; });
    if (it != m_changes.end() && it->field == field) {
        it->oldValue = before;
        it->newValue = after;
        return;
    }
    m_changes.insert(it, FieldChange{field, before, after});
}

void FieldChanges::remove(const QString &field)
{
    m_changes.erase(std::remove_if(m_changes.begin(), m_changes.end(),
                                   [&](const FieldChange &c) { return c.field == field; }),
                    m_changes.end());
}

// ---- Names ----------------------------------------------------------------------------------------------------------

QString outboxStateName(OutboxState state)
{
    return QString::fromLatin1(kStateNames[int(state)]);
}

OutboxState outboxStateFromName(const QString &name)
{
    for (int i = 0; i <= int(OutboxState::Discarded); ++i)
        if (name == QLatin1String(kStateNames[i]))
            return OutboxState(i);
    return OutboxState::Failed;
}

QString outboxKindName(OutboxEntry::Kind kind)
{
    switch (kind) {
    case OutboxEntry::Kind::Insert: return QStringLiteral("insert");
    case OutboxEntry::Kind::Update: return QStringLiteral("update");
    case OutboxEntry::Kind::Delete: return QStringLiteral("delete");
    case OutboxEntry::Kind::Import: return QStringLiteral("import");
    }
    return QString();
}

QString Outbox::stateIn(std::initializer_list<OutboxState> states, const QString &column)
{
    QStringList names;
    for (OutboxState s : states)
        names << QLatin1Char('\'') + outboxStateName(s) + QLatin1Char('\'');
    return QStringLiteral("%1 IN (%2)").arg(column, names.join(QStringLiteral(", ")));
}

QString Outbox::unsentIn(const QString &column)
{
    return stateIn({OutboxState::Pending, OutboxState::Failed, OutboxState::Conflict}, column);
}

// ---- The format -----------------------------------------------------------------------------------------------------

QByteArray Outbox::encodeChanges(const FieldChanges &changes)
{
    QJsonObject o;
    for (const FieldChange &c : changes)
        o.insert(c.field, QJsonObject{{QStringLiteral("old"), c.oldValue}, {QStringLiteral("new"), c.newValue}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FieldChanges Outbox::decodeChanges(const QByteArray &json)
{
    FieldChanges out;
    const QJsonObject o = parseStored(json).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject c = it.value().toObject();
        out.set(it.key(), c.value(QStringLiteral("old")), c.value(QStringLiteral("new")));
    }
    return out;
}

// ---- The table ------------------------------------------------------------------------------------------------------

void Outbox::append(Database &db, OutboxEntry &e, const QString &author, const QString &device)
{
    e.createdAt = QDateTime::currentDateTimeUtc();
    e.author = author;
    e.device = device;
    e.state = OutboxState::Pending;
    if (e.kind == OutboxEntry::Kind::Insert) {
        e.changes = FieldChanges();
        e.geomOld = e.geomNew = QByteArray();
        e.attachments.clear();
    }
    static const QByteArray sql = QStringLiteral("INSERT INTO territori_outbox (op_id, layer, feature_uuid, kind, "
                                                 "base_rev, changes, geom_old, geom_new, attachments, created_at, "
                                                 "author, device, state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'%1')")
                                      .arg(outboxStateName(OutboxState::Pending))
                                      .toUtf8();
    Statement st = db.cached(sql.constData());
    st.bind(1, e.opId).bind(2, e.layer).bind(3, e.featureUuid).bind(4, outboxKindName(e.kind));
    if (e.baseRev)
        st.bind(5, *e.baseRev);
    else
        st.bindNull(5);
    // An import writes a hundred thousand inserts: their (empty) changes are a literal, not an encoded object.
    if (e.changes.isEmpty())
        st.bind(6, "{}");
    else
        st.bind(6, encodeChanges(e.changes).constData());
    st.bindBlob(7, e.geomOld).bindBlob(8, e.geomNew);
    if (e.attachments.isEmpty())
        st.bindNull(9);
    else
        st.bind(9, QString::fromUtf8(
                       QJsonDocument(QJsonArray::fromStringList(e.attachments)).toJson(QJsonDocument::Compact)));
    st.bind(10, isoDateTime(e.createdAt)).bind(11, author).bind(12, device);
    st.run();
    e.seq = db.lastInsertRowId();
}

std::optional<OutboxEntry> Outbox::last(Database &db)
{
    Statement st = db.prepare(
        QStringLiteral("SELECT %1 FROM territori_outbox ORDER BY seq DESC LIMIT 1").arg(QLatin1String(kColumns)));
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

std::vector<OutboxEntry> Outbox::pending(Database &db, int limit)
{
    Statement st = db.prepare(QStringLiteral("SELECT %1 FROM territori_outbox WHERE %2 AND kind <> 'import' ORDER BY seq LIMIT ?")
                                  .arg(QLatin1String(kColumns), stateIn({OutboxState::Pending})));
    st.bind(1, qint64(limit));
    return readAll(st);
}

std::vector<OutboxEntry> Outbox::pendingOfLayer(Database &db, const QString &layer)
{
    static const QByteArray sql = QStringLiteral("SELECT %1 FROM territori_outbox WHERE layer = ? AND %2 "
                                                 "AND kind <> 'import' ORDER BY feature_uuid, seq")
                                      .arg(QLatin1String(kColumns), stateIn({OutboxState::Pending}))
                                      .toUtf8();
    Statement st = db.cached(sql.constData());
    st.bind(1, layer);
    return readAll(st);
}

std::vector<OutboxEntry> Outbox::forFeature(Database &db, const QString &layer, const QString &uuid)
{
    // Cached: the sync and a definition update ask it for thousands of features in a row.
    static const QByteArray sql = QStringLiteral("SELECT %1 FROM territori_outbox WHERE layer = ? AND feature_uuid = ? "
                                                 "ORDER BY seq")
                                      .arg(QLatin1String(kColumns))
                                      .toUtf8();
    Statement st = db.cached(sql.constData());
    st.bind(1, layer).bind(2, uuid);
    return readAll(st);
}

qint64 Outbox::pendingCount(Database &db)
{
    static const QByteArray sql = QStringLiteral("SELECT count(*) FROM territori_outbox WHERE %1 AND kind <> 'import'")
                                      .arg(unsentIn())
                                      .toUtf8();
    Statement st = db.cached(sql.constData());
    st.step();
    qint64 n = st.int64(0);
    st.reset();
    for (auto it : unsentImportedByLayer(db))
        n += it;
    return n;
}

QHash<QString, qint64> Outbox::unsentImportedByLayer(Database &db)
{
    QHash<QString, qint64> out;
    for (const ImportBatch &b : pendingImportBatches(db))
        out[b.layer] += unsentRowsOf(db, b);
    return out;
}

// ---- Imports --------------------------------------------------------------------------------------------------------

const QString Outbox::importBatchColumn = QStringLiteral("import_batch");

QString ImportBatch::opIdOf(qint64 fid) const
{
    return opIdPrefix + QStringLiteral("%1").arg(opCounter + quint64(fid - firstFid), 12, 16, QLatin1Char('0'));
}

qint64 Outbox::appendImportBatch(Database &db, const QString &layer, const QString &importId, const QString &opIdPrefix,
                                 quint64 opCounter, const QString &author, const QString &device)
{
    Statement st = db.prepare(QStringLiteral("INSERT INTO territori_outbox (op_id, layer, feature_uuid, kind, base_rev, "
                                             "changes, created_at, author, device, state) VALUES (?1, ?2, ?1, ?3, NULL, "
                                             "json_object('op_prefix', ?4, 'op_counter', ?5, 'first_fid', 0, "
                                             "'last_fid', -1), ?6, ?7, ?8, ?9)"));
    st.bind(1, importId).bind(2, layer).bind(3, outboxKindName(OutboxEntry::Kind::Import)).bind(4, opIdPrefix);
    st.bind(5, qint64(opCounter)).bind(6, isoDateTime(QDateTime::currentDateTimeUtc())).bind(7, author).bind(8, device);
    st.bind(9, outboxStateName(OutboxState::Pending));
    st.run();
    return db.lastInsertRowId();
}

void Outbox::setImportBatchRange(Database &db, qint64 seq, qint64 firstFid, qint64 lastFid)
{
    Statement st = db.prepare(QStringLiteral("UPDATE territori_outbox SET changes = json_set(changes, '$.first_fid', ?2, "
                                             "'$.last_fid', ?3) WHERE seq = ?1 AND kind = 'import'"));
    st.bind(1, seq).bind(2, firstFid).bind(3, lastFid);
    st.run();
}

namespace {
constexpr const char *kBatchColumns = "seq, feature_uuid, layer, json_extract(changes, '$.first_fid'), "
                                      "json_extract(changes, '$.last_fid'), json_extract(changes, '$.op_prefix'), "
                                      "json_extract(changes, '$.op_counter'), created_at, author, device, state";
ImportBatch readBatch(Statement &st)
{
    ImportBatch b;
    b.seq = st.int64(0);
    b.importId = st.text(1);
    b.layer = st.text(2);
    b.firstFid = st.int64(3);
    b.lastFid = st.int64(4);
    b.opIdPrefix = st.text(5);
    b.opCounter = quint64(st.int64(6));
    b.createdAt = QDateTime::fromString(st.text(7), Qt::ISODateWithMs);
    b.author = st.text(8);
    b.device = st.text(9);
    b.state = outboxStateFromName(st.text(10));
    return b;
}
} // namespace

std::optional<ImportBatch> Outbox::importBatch(Database &db, qint64 seq)
{
    Statement st = db.prepare(QStringLiteral("SELECT %1 FROM territori_outbox WHERE seq = ? AND kind = 'import'")
                                  .arg(QLatin1String(kBatchColumns)));
    st.bind(1, seq);
    if (!st.step())
        return std::nullopt;
    return readBatch(st);
}

std::vector<ImportBatch> Outbox::pendingImportBatches(Database &db, const QString &layer)
{
    // The state index finds them: a store has few.
    static const QByteArray sql = QStringLiteral("SELECT %1 FROM territori_outbox WHERE state = '%2' AND kind = 'import' "
                                                 "AND (coalesce(?1, '') = '' OR layer = ?1) ORDER BY seq")
                                      .arg(QLatin1String(kBatchColumns), outboxStateName(OutboxState::Pending))
                                      .toUtf8();
    Statement st = db.cached(sql.constData());
    st.bind(1, layer);
    std::vector<ImportBatch> out;
    while (st.step())
        out.push_back(readBatch(st));
    st.reset();
    return out;
}

qint64 Outbox::unsentRowsOf(Database &db, const ImportBatch &batch)
{
    if (!db.tableExists(batch.layer))
        return 0;
    Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE \"import_batch\" = ?")
                                  .arg(quoteIdentifier(batch.layer)));
    st.bind(1, batch.seq);
    st.step();
    return st.int64(0);
}

bool Outbox::materialize(Database &db, const QString &layer, const QString &uuid)
{
    // Cached: the pull asks it for every row of a layer with an import still to go.
    const QString t = quoteIdentifier(layer);
    const QByteArray insert =
        (QStringLiteral("INSERT OR IGNORE INTO territori_outbox (op_id, layer, feature_uuid, kind, base_rev, changes, "
                        "created_at, author, device, state) SELECT ") +
         opIdSqlOf(QStringLiteral("b"), QStringLiteral("t.\"fid\"")) +
         QStringLiteral(", b.layer, t.\"uuid\", 'insert', NULL, '{}', b.created_at, b.author, b.device, '%1' FROM %2 t "
                        "JOIN territori_outbox b ON b.seq = t.\"import_batch\" AND b.kind = 'import' WHERE t.\"uuid\" = "
                        "?1 AND t.\"fid\" BETWEEN json_extract(b.changes, '$.first_fid') AND json_extract(b.changes, "
                        "'$.last_fid')")
             .arg(outboxStateName(OutboxState::Pending), t))
            .toUtf8();
    Statement st = db.cached(insert.constData());
    st.bind(1, uuid);
    st.run();
    const bool written = db.changes() > 0;
    st.reset();
    const QByteArray clear =
        QStringLiteral("UPDATE %1 SET \"import_batch\" = NULL WHERE \"uuid\" = ?1 AND \"import_batch\" IS NOT NULL")
            .arg(t)
            .toUtf8();
    Statement c = db.cached(clear.constData());
    c.bind(1, uuid);
    c.run();
    const bool cleared = db.changes() > 0;
    c.reset();
    return written || cleared;
}

int Outbox::retireImportBatches(Database &db)
{
    int retired = 0;
    for (const ImportBatch &b : pendingImportBatches(db)) {
        if (unsentRowsOf(db, b) > 0)
            continue;
        Statement st = db.prepare(QStringLiteral("UPDATE territori_outbox SET state = ?2, acked_at = ?3 WHERE seq = ?1"));
        st.bind(1, b.seq).bind(2, outboxStateName(OutboxState::Sent)).bind(3, isoDateTime(QDateTime::currentDateTimeUtc()));
        st.run();
        ++retired;
    }
    return retired;
}

QString Outbox::importedHere(const QString &layer, const QString &alias)
{
    const QString name = QString(layer).replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("(%1.\"import_batch\" IS NOT NULL OR EXISTS (SELECT 1 FROM territori_outbox b WHERE "
                          "b.kind = 'import' AND b.layer = '%2' AND %1.\"fid\" BETWEEN json_extract(b.changes, "
                          "'$.first_fid') AND json_extract(b.changes, '$.last_fid')))")
        .arg(alias, name);
}

QString Outbox::importSourcePrefix(const QString &importId)
{
    return QStringLiteral("import ") + importId.left(8) + QStringLiteral(" row ");
}

QString Outbox::sourceForSit(Database &db, const QString &source)
{
    // "import " + 8 hexadecimal digits + " row ": the short form importSourcePrefix writes.
    if (source.size() < 20 || !source.startsWith(QLatin1String("import ")) || source.mid(15, 5) != QLatin1String(" row "))
        return source;
    const QString shortId = source.mid(7, 8);
    for (const QChar c : shortId)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return source;
    Statement st = db.cached("SELECT file_name FROM territori_imports WHERE substr(id, 1, 8) = ? ORDER BY started_at "
                             "DESC LIMIT 1");
    st.bind(1, shortId);
    QString file;
    if (st.step())
        file = st.text(0);
    st.reset();
    if (file.isEmpty())
        return source;
    return QStringLiteral("import ") + shortId + QStringLiteral(": ") + file + source.mid(15);
}

QString Outbox::batchOpIdSql(const QString &batchAlias, const QString &fidExpression)
{
    return opIdSqlOf(batchAlias, fidExpression);
}

void Outbox::removeEntry(Database &db, qint64 seq)
{
    Statement st = db.cached("DELETE FROM territori_outbox WHERE seq = ?");
    st.bind(1, seq);
    st.run();
}

} // namespace territori::store
