#include "outbox.h"

#include "layerdef.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace territori::store {

namespace {

constexpr const char *kColumns = "seq, op_id, layer, feature_uuid, kind, base_rev, changes, geom_old, geom_new, "
                                 "attachments, created_at, author, device, state, origin, problem";

OutboxEntry readEntry(Statement &st)
{
    OutboxEntry e;
    e.seq = st.int64(0);
    e.opId = st.text(1);
    e.layer = st.text(2);
    e.featureUuid = st.text(3);
    const QString kind = st.text(4);
    e.kind = kind == QLatin1String("insert")   ? OutboxEntry::Kind::Insert
             : kind == QLatin1String("delete") ? OutboxEntry::Kind::Delete
                                               : OutboxEntry::Kind::Update;
    if (!st.isNull(5))
        e.baseRev = st.int64(5);
    e.changes = QJsonDocument::fromJson(st.text(6).toUtf8()).object();
    e.geomOld = st.blob(7);
    e.geomNew = st.blob(8);
    for (const auto &v : QJsonDocument::fromJson(st.text(9).toUtf8()).array())
        e.attachments << v.toString();
    e.createdAt = QDateTime::fromString(st.text(10), Qt::ISODateWithMs);
    e.author = st.text(11);
    e.device = st.text(12);
    e.state = st.text(13);
    e.origin = st.text(14);
    e.problem = st.text(15);
    return e;
}

} // namespace

void Outbox::append(Database &db, OutboxEntry &e, const QString &author, const QString &device)
{
    append(db, e, author, device, QJsonDocument(e.changes).toJson(QJsonDocument::Compact));
}

void Outbox::append(Database &db, OutboxEntry &e, const QString &author, const QString &device,
                    const QByteArray &changesJson)
{
    e.createdAt = QDateTime::currentDateTimeUtc();
    e.author = author;
    e.device = device;
    e.state = QStringLiteral("pending");
    Statement st = db.cached("INSERT INTO territori_outbox (op_id, layer, feature_uuid, kind, base_rev, changes, "
                             "geom_old, geom_new, attachments, created_at, author, device, state) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'pending')");
    st.bind(1, e.opId).bind(2, e.layer).bind(3, e.featureUuid).bind(4, outboxKindName(e.kind));
    if (e.baseRev)
        st.bind(5, *e.baseRev);
    else
        st.bindNull(5);
    st.bind(6, changesJson.constData());
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
    Statement st = db.prepare(QStringLiteral("SELECT %1 FROM territori_outbox WHERE state = 'pending' ORDER BY seq "
                                             "LIMIT ?")
                                  .arg(QLatin1String(kColumns)));
    st.bind(1, qint64(limit));
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    return out;
}

std::vector<OutboxEntry> Outbox::pendingOfLayer(Database &db, const QString &layer)
{
    static const QByteArray sql = QStringLiteral("SELECT %1 FROM territori_outbox WHERE layer = ? AND state = 'pending' "
                                                 "ORDER BY feature_uuid, seq")
                                      .arg(QLatin1String(kColumns))
                                      .toUtf8();
    Statement st = db.cached(sql.constData());
    st.bind(1, layer);
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    return out;
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
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    return out;
}

qint64 Outbox::pendingCount(Database &db)
{
    Statement st = db.cached("SELECT count(*) FROM territori_outbox WHERE state IN ('pending', 'failed', 'conflict')");
    st.step();
    return st.int64(0);
}

void Outbox::removeEntry(Database &db, qint64 seq)
{
    Statement st = db.cached("DELETE FROM territori_outbox WHERE seq = ?");
    st.bind(1, seq);
    st.run();
}

} // namespace territori::store
