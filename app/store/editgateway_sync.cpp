// The EditGateway's writes on behalf of the sync: acknowledging what the SIT confirmed, applying what it sends,
// merging it with unsent local edits, and the decisions a person takes on conflicts. The outbox entries' states are
// OutboxState (outbox.h).

#include "editgateway.h"

#include "featurereader.h"
#include "language.h"
#include "outbox.h"
#include "project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

namespace territori::store {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nowIso()
{
    return isoDateTime(QDateTime::currentDateTimeUtc());
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject serverRowJson(const LayerDef &layer, const RemoteFeature &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("rev"), double(s.rev));
    o.insert(QStringLiteral("deleted"), s.deleted);
    o.insert(QStringLiteral("tombstone"), s.tombstone);
    o.insert(QStringLiteral("values"), featureValuesJson(layer, s.attributes, s.meta.draft));
    o.insert(QStringLiteral("updated_by"), s.updatedBy);
    o.insert(QStringLiteral("updated_at"), isoDateTime(s.meta.modifiedAt));
    o.insert(QStringLiteral("created_at"), isoDateTime(s.meta.createdAt));
    o.insert(QStringLiteral("author"), s.meta.author);
    o.insert(QStringLiteral("device"), s.meta.device);
    return o;
}

RemoteFeature serverRowFromJson(const LayerDef &layer, const QString &uuid, const QJsonObject &o,
                                const QByteArray &geometry)
{
    RemoteFeature s;
    s.layer = layer.name;
    s.uuid = uuid;
    s.rev = qint64(o.value(QStringLiteral("rev")).toDouble());
    s.deleted = o.value(QStringLiteral("deleted")).toBool();
    s.tombstone = o.value(QStringLiteral("tombstone")).toBool();
    const QJsonObject values = o.value(QStringLiteral("values")).toObject();
    for (const auto &f : layer.fields) {
        QString ignored;
        const QVariant v = normalizeValue(f, values.value(f.name).toVariant(), &ignored);
        if (v.isValid())
            s.attributes.insert(f.name, v);
    }
    s.meta.draft = values.value(columns::draft).toBool();
    s.updatedBy = o.value(QStringLiteral("updated_by")).toString();
    s.meta.modifiedAt = QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    s.meta.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    s.meta.author = o.value(QStringLiteral("author")).toString();
    s.meta.device = o.value(QStringLiteral("device")).toString();
    s.meta.syncRev = s.rev;
    if (!geometry.isEmpty())
        fromGpkgBlob(geometry, s.geometry);
    return s;
}

// Why stored text cannot travel to the SIT as it is, or nothing. The bytes are checked here rather than decoded by
// QString::fromUtf8, which would turn bad ones into U+FFFD without a word.
QString textProblem(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const int n = int(bytes.size());
    for (int i = 0; i < n;) {
        const unsigned char b = p[i];
        const int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            ok = (p[i + k] & 0xC0) == 0x80;
            c = (c << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
        ok = ok && !(len == 2 && c < 0x80) && !(len == 3 && c < 0x800) && !(len == 4 && (c < 0x10000 || c > 0x10FFFF)) &&
             !(c >= 0xD800 && c <= 0xDFFF);
        if (!ok)
            return QCoreApplication::translate("Sync", "holds bytes that are not UTF-8 text (byte 0x%1 at byte %2): "
                                                       "type the value again")
                .arg(QString::number(b, 16).toUpper(), QString::number(i + 1));
        i += len;
    }
    return textTravelProblem(QString::fromUtf8(bytes));
}

QString label(const FieldDef &f)
{
    return f.label.isEmpty() ? f.name : f.label.text(uiLanguage());
}

QVariant storageOf(const FieldDef &f, const QJsonValue &j)
{
    QString ignored;
    return toStorage(f, normalizeValue(f, j.toVariant(), &ignored));
}

} // namespace

std::vector<OutboxEntry> EditGateway::unsentEntries(const QString &layer, const QString &uuid)
{
    std::vector<OutboxEntry> out;
    for (OutboxEntry &e : Outbox::forFeature(m_db, layer, uuid))
        if (Outbox::isUnsent(e.state))
            out.push_back(std::move(e));
    return out;
}

void EditGateway::setEntriesState(const std::vector<qint64> &seqs, OutboxState state, const QString &error)
{
    Statement st = m_db.cached("UPDATE territori_outbox SET state = ?1, last_error = ?2, "
                               "acked_at = CASE WHEN ?5 THEN ?3 ELSE acked_at END WHERE seq = ?4");
    const QString now = nowIso();
    const QString name = outboxStateName(state);
    for (qint64 seq : seqs) {
        st.reset();
        st.bind(1, name).bind(5, state == OutboxState::Sent);
        if (error.isEmpty())
            st.bindNull(2);
        else
            st.bind(2, error);
        st.bind(3, now).bind(4, seq);
        st.run();
    }
}

std::vector<PendingChange> EditGateway::pendingChanges(int maxFeatures)
{
    std::vector<PendingChange> out;
    // An import's entry none of whose rows is left (each confirmed, deleted, or given an entry of its own: a desktop
    // GIS's delete of one writes nothing) is history.
    bool emptied = false;
    for (const ImportBatch &b : Outbox::pendingImportBatches(m_db))
        emptied = emptied || Outbox::unsentRowsOf(m_db, b) == 0;
    if (emptied) {
        GatewayTransaction txn(m_db);
        Outbox::retireImportBatches(m_db);
        txn.commit();
    }
    // One read snapshot: the entries and the rows they describe must agree even while the UI saves.
    m_db.exec("BEGIN");
    try {
        Statement st = m_db.prepare(QStringLiteral(
            "SELECT o.layer, o.feature_uuid, min(o.seq) AS first FROM territori_outbox o WHERE %1 "
            "AND o.kind <> 'import' AND o.layer IN (SELECT value FROM json_each(?2)) "
            "AND NOT EXISTS (SELECT 1 FROM territori_outbox h WHERE h.layer = o.layer AND h.feature_uuid = "
            "o.feature_uuid AND %2) GROUP BY o.layer, o.feature_uuid ORDER BY first "
            "LIMIT ?1")
                                        .arg(Outbox::stateIn({OutboxState::Pending}, QStringLiteral("o.state")),
                                             Outbox::stateIn({OutboxState::Failed, OutboxState::Conflict},
                                                             QStringLiteral("h.state"))));
        // Only the definition's layers: a retired layer's edits have nowhere to go (definitionupdate.h).
        QJsonArray active;
        for (const LayerDef &l : m_project.layers())
            active.append(l.name);
        st.bind(1, qint64(maxFeatures)).bind(2, QString::fromUtf8(QJsonDocument(active).toJson(QJsonDocument::Compact)));
        struct Candidate
        {
            qint64 first = 0; // the oldest entry: its own, or its import's
            QString layer;
            QString uuid;
            const ImportBatch *batch = nullptr;
            qint64 fid = 0;
        };
        std::vector<Candidate> features;
        while (st.step())
            features.push_back({st.int64(2), st.text(0), st.text(1), nullptr, 0});
        st = Statement();
        // The rows still waiting in a file import's entry (outbox.h, ImportBatch), in fid order: as old as the entry.
        const std::vector<ImportBatch> batches = Outbox::pendingImportBatches(m_db);
        for (const ImportBatch &b : batches) {
            if (!m_project.layer(b.layer))
                continue;
            Statement rows = m_db.prepare(QStringLiteral("SELECT \"fid\", \"uuid\" FROM %1 WHERE \"import_batch\" = ? "
                                                         "ORDER BY \"fid\" LIMIT ?")
                                              .arg(quoteIdentifier(b.layer)));
            rows.bind(1, b.seq).bind(2, qint64(maxFeatures));
            while (rows.step())
                features.push_back({b.seq, b.layer, rows.text(1), &b, rows.int64(0)});
        }
        std::stable_sort(features.begin(), features.end(),
                         [](const Candidate &a, const Candidate &b) { return a.first < b.first; });
        if (int(features.size()) > maxFeatures)
            features.resize(size_t(maxFeatures));
        for (const Candidate &f : features) {
            const LayerDef *layer = m_project.layer(f.layer);
            if (!layer)
                continue; // an entry of a layer this project no longer has: nothing can send it
            FeatureReader reader(m_db, *layer);
            if (f.batch) {
                // An insert of the row as it is, under the op id its import gives it; no entry of its own yet.
                OutboxEntry e;
                e.opId = f.batch->opIdOf(f.fid);
                e.layer = f.layer;
                e.featureUuid = f.uuid;
                e.kind = OutboxEntry::Kind::Insert;
                e.createdAt = f.batch->createdAt;
                PendingChange c = coalesce(*layer, {e}, reader.byUuid(f.uuid));
                c.seqs.clear();
                c.importBatch = f.batch->seq;
                out.push_back(std::move(c));
                continue;
            }
            std::vector<OutboxEntry> entries;
            for (OutboxEntry &e : Outbox::forFeature(m_db, f.layer, f.uuid))
                if (e.state == OutboxState::Pending)
                    entries.push_back(std::move(e));
            out.push_back(coalesce(*layer, entries, reader.byUuid(f.uuid)));
        }
        m_db.exec("COMMIT");
    } catch (...) {
        if (m_db.inTransaction())
            m_db.exec("ROLLBACK");
        throw;
    }
    return out;
}

std::vector<qint64> EditGateway::entriesOf(const PendingChange &change)
{
    if (!change.importBatch || !change.seqs.empty())
        return change.seqs;
    // A row of a file import that needs an entry of its own (held, refused): it gets it now, with its op id.
    Outbox::materialize(m_db, change.layer, change.uuid);
    Statement st = m_db.cached("SELECT seq FROM territori_outbox WHERE op_id = ?");
    st.bind(1, change.opId());
    std::vector<qint64> seqs;
    if (st.step())
        seqs.push_back(st.int64(0));
    st.reset();
    return seqs;
}

bool EditGateway::materializeImported(const LayerDef &layer, const QString &uuid)
{
    if (Outbox::pendingImportBatches(m_db, layer.name).empty())
        return false;
    return Outbox::materialize(m_db, layer.name, uuid);
}

EditResult EditGateway::takeOutOfImport(const QString &layer, const QString &uuid)
{
    const LayerDef *l = m_project.layer(layer);
    if (!l)
        return EditResult::success(uuid, QString());
    try {
        GatewayTransaction txn(m_db);
        materializeImported(*l, uuid);
        txn.commit();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(uuid, QString());
}

EditResult EditGateway::acknowledge(const std::vector<Acknowledgement> &acks)
{
    try {
        GatewayTransaction txn(m_db);
        QSet<QString> layers;
        bool batches = false;
        for (const Acknowledgement &a : acks) {
            const bool nothing = a.change.kind == PendingChange::Kind::Nothing;
            setEntriesState(a.change.seqs, nothing ? OutboxState::Cancelled : OutboxState::Sent);
            const LayerDef *layer = m_project.layer(a.change.layer);
            if (a.change.importBatch && a.change.seqs.empty() && layer) {
                // A row of a file import: confirmed, it leaves the import's entry (its op id, sent as last_op, is
                // still what recognises it on the SIT after a lost reply).
                Statement st = m_db.prepare(QStringLiteral("UPDATE %1 SET \"import_batch\" = NULL WHERE \"uuid\" = ? AND "
                                                           "\"import_batch\" = ?")
                                                .arg(quoteIdentifier(layer->name)));
                st.bind(1, a.change.uuid).bind(2, a.change.importBatch);
                st.run();
                batches = true;
            }
            if (a.rev && layer) {
                Statement st = m_db.prepare(QStringLiteral("UPDATE %1 SET \"sync_rev\" = ? WHERE \"uuid\" = ?")
                                                .arg(quoteIdentifier(layer->name)));
                st.bind(1, *a.rev).bind(2, a.change.uuid);
                st.run();
            }
            layers.insert(a.change.layer);
        }
        if (batches)
            Outbox::retireImportBatches(m_db); // an import's entry is history once none of its rows waits
        txn.commit();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(QString(), QString());
}

EditResult EditGateway::markFailed(const PendingChange &change, const QString &message)
{
    try {
        GatewayTransaction txn(m_db);
        setEntriesState(entriesOf(change), OutboxState::Failed, message);
        txn.commit();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(change.uuid, change.opId());
}

std::vector<FieldIssue> EditGateway::checkBeforeSending(const PendingChange &c)
{
    const LayerDef *layer = m_project.layer(c.layer);
    std::vector<FieldIssue> issues = layer ? checkAgainst(*layer, c) : std::vector<FieldIssue>();
    issues.insert(issues.end(), c.keptIssues.begin(), c.keptIssues.end());
    return issues;
}

std::vector<FieldIssue> EditGateway::checkAgainst(const LayerDef &layerDef, const PendingChange &c)
{
    std::vector<FieldIssue> issues;
    const LayerDef *layer = &layerDef;
    if (c.kind == PendingChange::Kind::Delete || c.kind == PendingChange::Kind::Nothing)
        return issues;
    auto issue = [&](const QString &field, const QString &message) {
        FieldIssue i;
        i.field = field;
        i.message = message;
        issues.push_back(i);
    };
    QStringList columnNames;
    for (const auto &f : layer->fields)
        columnNames << quoteIdentifier(f.name);
    const QByteArray sql = QStringLiteral("SELECT %1, \"geom\", \"draft\" FROM %2 WHERE \"uuid\" = ?")
                               .arg(columnNames.join(QStringLiteral(", ")), quoteIdentifier(layer->name))
                               .toUtf8();
    Statement st = m_db.cached(sql.constData());
    st.bind(1, c.uuid);
    if (!st.step()) {
        if (c.kind == PendingChange::Kind::Insert)
            issue(QString(), QCoreApplication::translate("Sync", "The feature to send is no longer in the project."));
        return issues;
    }
    // An insert goes whole; an update only with the fields it changed (and a field it made visible and required).
    const bool whole = c.kind == PendingChange::Kind::Insert;
    QVariantMap values;
    QSet<QString> unreadable;
    for (int i = 0; i < int(layer->fields.size()); ++i) {
        const FieldDef &f = layer->fields[size_t(i)];
        const bool checked = whole || c.fields.contains(f.name);
        const int type = sqlite3_column_type(st.handle(), i);
        QVariant raw;
        if (type == SQLITE_BLOB) {
            if (checked)
                issue(f.name, QCoreApplication::translate("Sync", "%1: holds binary data, not a value").arg(label(f)));
            unreadable.insert(f.name);
            continue;
        }
        if (type == SQLITE_TEXT) {
            const QByteArray bytes = st.blob(i);
            const QString problem = textProblem(bytes);
            if (!problem.isEmpty()) {
                if (checked)
                    issue(f.name, label(f) + QStringLiteral(": ") + problem);
                unreadable.insert(f.name);
                continue;
            }
            raw = QString::fromUtf8(bytes);
        } else {
            raw = st.value(i);
        }
        QString error;
        const QVariant v = normalizeValue(f, raw, &error);
        if (!error.isEmpty()) {
            if (checked)
                issue(f.name, error);
            unreadable.insert(f.name);
            continue;
        }
        values.insert(f.name, v);
    }
    const bool draft = st.int64(int(layer->fields.size()) + 1) != 0;
    for (const FieldIssue &i : validateRecord(*layer, values)) {
        if (unreadable.contains(i.field) || (draft && i.severity == FieldIssue::Severity::Missing))
            continue;
        // Required and now visible counts for an update too: what was changed may have made it so.
        if (whole || c.fields.contains(i.field) || i.severity == FieldIssue::Severity::Missing)
            issues.push_back(i);
    }
    if (whole || c.geometryChanged) {
        const QByteArray blob = st.blob(int(layer->fields.size()));
        Geometry g;
        QString error;
        if (!blob.isEmpty() && !fromGpkgBlob(blob, g, &error)) {
            issue(columns::geom, QCoreApplication::translate("Sync", "The geometry cannot be read (%1): draw it again "
                                                                     "or save it in QGIS as a GeoPackage geometry.")
                                     .arg(error));
        } else if (const EditResult r = checkGeometry(*layer, g); !r.ok) {
            issue(columns::geom, r.message);
        } else if (!g.isEmpty()) {
            // Off the territory by more than the project's own size: almost always a wrong coordinate system.
            Envelope area = m_project.info().extent;
            const bool known = !area.isNull();
            const double mx = std::max(0.05, area.maxX - area.minX), my = std::max(0.05, area.maxY - area.minY);
            area.minX -= mx;
            area.maxX += mx;
            area.minY -= my;
            area.maxY += my;
            const Envelope e = g.envelope();
            if (known && (e.maxX < area.minX || e.minX > area.maxX || e.maxY < area.minY || e.minY > area.maxY))
                issue(columns::geom, QCoreApplication::translate("Sync", "The geometry lies outside the project's "
                                                                         "territory (at %1, %2): was it saved in another "
                                                                         "coordinate system?")
                                         .arg(e.minX, 0, 'f', 5)
                                         .arg(e.minY, 0, 'f', 5));
        }
    }
    return issues;
}

EditResult EditGateway::holdForFixing(const PendingChange &change, const std::vector<FieldIssue> &issues)
{
    try {
        GatewayTransaction txn(m_db);
        setProblems(issues.empty() ? change.seqs : entriesOf(change), issues);
        txn.commit();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(change.uuid, change.opId());
}

EditResult EditGateway::retryFailed()
{
    try {
        GatewayTransaction txn(m_db);
        Statement st =
            m_db.prepare(QStringLiteral("UPDATE territori_outbox SET state = ?, last_error = NULL WHERE state = ?"));
        st.bind(1, outboxStateName(OutboxState::Pending)).bind(2, outboxStateName(OutboxState::Failed));
        st.run();
        st = Statement();
        txn.commit();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(QString(), QString());
}

void EditGateway::writeRemoteRow(const LayerDef &layer, const RemoteFeature &row, bool force)
{
    // The statements of a layer are built once: a pull writes a hundred thousand rows through them.
    auto &sql = m_remoteSql[layer.name + (force ? QStringLiteral("\x1f!") : QString())];
    if (sql.first.isEmpty()) {
        QStringList names{QStringLiteral("\"geom\""), QStringLiteral("\"uuid\"")};
        for (const auto &f : layer.fields)
            names << quoteIdentifier(f.name);
        names << QStringLiteral("\"created_at\"") << QStringLiteral("\"modified_at\"") << QStringLiteral("\"author\"")
              << QStringLiteral("\"device\"") << QStringLiteral("\"gps_accuracy_m\"")
              << QStringLiteral("\"gps_fix_time\"") << QStringLiteral("\"draft\"") << QStringLiteral("\"source\"")
              << QStringLiteral("\"sync_rev\"");
        const int revParam = int(names.size());
        QStringList marks, sets;
        for (int i = 0; i < names.size(); ++i) {
            marks << QStringLiteral("?%1").arg(i + 1);
            if (names[i] == QLatin1String("\"source\""))
                // A SIT that does not publish the provenance sends none: the local one is kept, not wiped.
                sets << QStringLiteral("%1 = coalesce(?%2, %1)").arg(names[i]).arg(i + 1);
            else if (names[i] != QLatin1String("\"uuid\""))
                sets << QStringLiteral("%1 = ?%2").arg(names[i]).arg(i + 1);
        }
        const QString table = quoteIdentifier(layer.name);
        // Not an UPSERT: its conflict policy would also govern the R-tree triggers' INSERT OR REPLACE, and fail
        // them. Idempotent: a page read twice, or an older revision arriving late, changes nothing.
        sql.first = QStringLiteral("UPDATE %1 SET %2 WHERE \"uuid\" = ?2%3")
                        .arg(table, sets.join(QStringLiteral(", ")),
                             force ? QString()
                                   : QStringLiteral(" AND (\"sync_rev\" IS NULL OR \"sync_rev\" < ?%1)").arg(revParam))
                        .toUtf8();
        sql.second = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 WHERE NOT EXISTS (SELECT 1 FROM %1 WHERE \"uuid\" "
                                    "= ?2)")
                         .arg(table, names.join(QStringLiteral(", ")), marks.join(QLatin1Char(',')))
                         .toUtf8();
    }
    QVariantList values;
    values.reserve(int(layer.fields.size()) + 11);
    values << (row.geometry.isEmpty() ? QVariant() : QVariant(toGpkgBlob(row.geometry))) << row.uuid;
    for (const auto &f : layer.fields)
        values << toStorage(f, row.attributes.value(f.name));
    auto time = [](const QDateTime &t) { return t.isValid() ? QVariant(isoDateTime(t)) : QVariant(); };
    values << time(row.meta.createdAt)
           << time(row.meta.modifiedAt.isValid() ? row.meta.modifiedAt : QDateTime::currentDateTimeUtc())
           << row.meta.author << row.meta.device
           << (row.meta.gpsAccuracy ? QVariant(*row.meta.gpsAccuracy) : QVariant()) << time(row.meta.gpsFixTime)
           << qlonglong(row.meta.draft ? 1 : 0)
           << (row.meta.source.isEmpty() ? QVariant() : QVariant(row.meta.source)) << row.rev;
    auto bindAll = [&](Statement &st) {
        for (int i = 0; i < values.size(); ++i)
            st.bindVariant(i + 1, values[i]);
    };
    // A pull mostly brings features this device does not have yet: try the insert first.
    Statement in = m_db.cached(sql.second.constData());
    bindAll(in);
    in.run();
    if (m_db.changes() > 0)
        return;
    Statement up = m_db.cached(sql.first.constData());
    bindAll(up);
    up.run();
}

void EditGateway::writeLocalValues(const LayerDef &layer, const QString &uuid, const QJsonObject &values,
                                   const Geometry &geometry, std::optional<qint64> syncRev)
{
    QStringList sets;
    QVariantList params;
    for (const auto &f : layer.fields) {
        if (!values.contains(f.name))
            continue;
        sets << quoteIdentifier(f.name) + QStringLiteral(" = ?");
        params << storageOf(f, values.value(f.name));
    }
    if (values.contains(columns::draft)) {
        sets << QStringLiteral("\"draft\" = ?");
        params << qlonglong(values.value(columns::draft).toBool() ? 1 : 0);
    }
    if (!geometry.isEmpty()) {
        sets << QStringLiteral("\"geom\" = ?");
        params << toGpkgBlob(geometry);
    }
    if (syncRev) {
        sets << QStringLiteral("\"sync_rev\" = ?");
        params << *syncRev;
    }
    sets << QStringLiteral("\"modified_at\" = ?");
    params << nowIso();
    Statement st = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE \"uuid\" = ?")
                                    .arg(quoteIdentifier(layer.name), sets.join(QStringLiteral(", "))));
    int i = 1;
    for (const auto &p : params)
        st.bindVariant(i++, p);
    st.bind(i, uuid);
    st.run();
}

void EditGateway::deleteLocalRow(const LayerDef &layer, const QString &uuid)
{
    const QByteArray sql =
        QStringLiteral("DELETE FROM %1 WHERE \"uuid\" = ?").arg(quoteIdentifier(layer.name)).toUtf8();
    Statement st = m_db.cached(sql.constData());
    st.bind(1, uuid);
    st.run();
}

void EditGateway::queueRebased(const LayerDef &layer, const QString &uuid, OutboxEntry::Kind kind,
                               const FieldChanges &changes, const QByteArray &geomOld, const QByteArray &geomNew,
                               std::optional<qint64> baseRev)
{
    OutboxEntry e;
    e.opId = newId();
    e.layer = layer.name;
    e.featureUuid = uuid;
    e.kind = kind;
    e.baseRev = baseRev;
    e.changes = changes;
    e.geomOld = geomOld;
    e.geomNew = geomNew;
    Outbox::append(m_db, e, m_context.author, m_context.device);
}

void EditGateway::recordConflict(const LayerDef &layer, const PendingChange &change, const MergeResult &m,
                                 const RemoteFeature &server)
{
    Statement st = m_db.cached(
        "INSERT INTO territori_conflicts (layer, feature_uuid, kind, fields, geom_base, geom_mine, geom_theirs, "
        "geometry_conflict, server_rev, server_row, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (layer, feature_uuid) WHERE resolved_at IS NULL DO UPDATE SET kind = excluded.kind, "
        "fields = excluded.fields, geom_theirs = excluded.geom_theirs, geometry_conflict = excluded.geometry_conflict, "
        "server_rev = excluded.server_rev, server_row = excluded.server_row, detected_at = excluded.detected_at");
    const QByteArray mine = change.current ? toGpkgBlob(change.current->geometry) : QByteArray();
    const QByteArray base = !change.geomOld.isEmpty() ? change.geomOld : mine;
    st.bind(1, layer.name).bind(2, change.uuid).bind(3, m.conflictKind).bind(4, compactJson(m.conflictFields));
    st.bindBlob(5, base).bindBlob(6, mine);
    if (server.geometry.isEmpty())
        st.bindNull(7);
    else
        st.bindBlob(7, toGpkgBlob(server.geometry));
    st.bind(8, m.geometryConflict).bind(9, server.rev).bind(10, compactJson(serverRowJson(layer, server)));
    st.bind(11, nowIso());
    st.run();
}

void EditGateway::applyOne(const LayerDef &layer, const RemoteFeature &row, bool hasUnsent, ApplyStats &stats)
{
    if (erasedThere(layer, row) && hasUnsent)
        eraseHere(layer, row); // before the merge: nothing of the person's data is merged or sent again
    auto applyPlain = [&](bool force) {
        if (row.deleted)
            deleteLocalRow(layer, row.uuid);
        else
            writeRemoteRow(layer, row, force);
        stats.count(layer.name, m_db.changes() > 0);
    };
    if (!hasUnsent) {
        applyPlain(false);
        return;
    }
    std::vector<OutboxEntry> entries = unsentEntries(layer.name, row.uuid);
    // Our own write coming back (a reply that was lost, or the read-back after a push): the entries up to the one
    // the SIT names as its last operation are done. Only when the SIT also names this device's account as the
    // writer: last_op is visible in the feed, and the SIT fixes updated_by to the authenticated account, so
    // another account repeating an op id cannot make this device take its unsent edit for delivered.
    const bool ours = m_account.isEmpty() || row.updatedBy == m_account;
    if (!row.lastOp.isEmpty() && ours) {
        for (size_t i = 0; i < entries.size(); ++i) {
            if (entries[i].opId != row.lastOp || entries[i].state == OutboxState::Conflict)
                continue;
            std::vector<qint64> done;
            for (size_t j = 0; j <= i; ++j)
                done.push_back(entries[j].seq);
            setEntriesState(done, OutboxState::Sent);
            stats.acknowledged += int(done.size());
            entries.erase(entries.begin(), entries.begin() + qsizetype(i + 1));
            break;
        }
    }
    if (entries.empty()) {
        applyPlain(false);
        return;
    }
    const bool inConflict = std::any_of(entries.begin(), entries.end(), [](const OutboxEntry &e) {
        return e.state == OutboxState::Conflict;
    });
    auto closeConflict = [&](const QString &resolution) {
        if (!inConflict)
            return;
        Statement st = m_db.cached("UPDATE territori_conflicts SET resolved_at = ?, resolution = ? WHERE layer = ? AND "
                                   "feature_uuid = ? AND resolved_at IS NULL");
        st.bind(1, nowIso()).bind(2, resolution).bind(3, layer.name).bind(4, row.uuid);
        st.run();
    };
    FeatureReader reader(m_db, layer);
    const PendingChange change = coalesce(layer, entries, reader.byUuid(row.uuid));
    if (!stats.layers.contains(layer.name))
        stats.layers << layer.name;
    if (change.kind == PendingChange::Kind::Nothing) {
        setEntriesState(change.seqs, OutboxState::Cancelled);
        closeConflict(QStringLiteral("converged"));
        applyPlain(true);
        return;
    }
    const MergeResult m = merge(layer, change, row);
    switch (m.outcome) {
    case MergeResult::Outcome::Converged:
        setEntriesState(change.seqs, OutboxState::Merged);
        closeConflict(QStringLiteral("converged"));
        applyPlain(true);
        ++stats.merged;
        return;
    case MergeResult::Outcome::Clean:
        if (change.kind == PendingChange::Kind::Delete) {
            if (change.baseRev && *change.baseRev == row.rev) {
                ++stats.unchanged; // the SIT has not moved since the delete was made: it still goes as it is
                return;
            }
            // The SIT moved without changing what was deleted: the delete goes against its revision.
            closeConflict(QStringLiteral("merged"));
            setEntriesState(change.seqs, OutboxState::Rebased);
            queueRebased(layer, row.uuid, OutboxEntry::Kind::Delete, change.fields, change.geomOld, QByteArray(), row.rev);
            ++stats.merged;
            return;
        }
        closeConflict(QStringLiteral("merged"));
        writeLocalValues(layer, row.uuid, m.localValues, m.localGeometry, row.rev);
        setEntriesState(change.seqs, OutboxState::Rebased);
        queueRebased(layer, row.uuid, OutboxEntry::Kind::Update, m.toSend,
                     m.sendGeometry ? toGpkgBlob(row.geometry) : QByteArray(),
                     m.sendGeometry ? toGpkgBlob(m.localGeometry) : QByteArray(), row.rev);
        ++stats.merged;
        return;
    case MergeResult::Outcome::Conflict:
        // What only the SIT changed is merged in now; what both changed waits for a person.
        if (change.kind == PendingChange::Kind::Update && !m.localDeleted && change.current)
            writeLocalValues(layer, row.uuid, m.localValues, m.localGeometry, std::nullopt);
        setEntriesState(change.seqs, OutboxState::Conflict);
        recordConflict(layer, change, m, row); // a newer SIT version updates the open conflict
        if (!inConflict)
            ++stats.conflicts;
        return;
    }
}

bool EditGateway::ownEntry(const LayerDef &layer, const QString &uuid)
{
    Statement st = m_db.cached("SELECT 1 FROM territori_outbox WHERE layer = ? AND feature_uuid = ? AND kind = 'insert' "
                               "LIMIT 1");
    st.bind(1, layer.name).bind(2, uuid);
    bool own = st.step();
    st.reset();
    if (!own) {
        // Imported here: its import's entry names it (outbox.h, ImportBatch).
        Statement imported = m_db.prepare(QStringLiteral("SELECT 1 FROM %1 t WHERE t.\"uuid\" = ? AND %2")
                                              .arg(quoteIdentifier(layer.name), Outbox::importedHere(layer.name, QStringLiteral("t"))));
        imported.bind(1, uuid);
        own = imported.step();
    }
    return own;
}

bool EditGateway::notForThisDevice(const LayerDef &layer, const RemoteFeature &row)
{
    if (layer.moderationState.isEmpty() || m_keepsWithdrawn)
        return false;
    const QString state = row.moderationOnly ? row.moderationState
                                             : row.attributes.value(layer.moderationState).toString();
    return !state.isEmpty() && state != QLatin1String("pubblicato") && !ownEntry(layer, row.uuid);
}

void EditGateway::withdraw(const LayerDef &layer, const QString &uuid, ApplyStats &stats)
{
    // Another person's entry that is not (or no longer) published: its text and its photos leave this device.
    FeatureReader reader(m_db, layer);
    const std::optional<Feature> f = reader.byUuid(uuid);
    if (!f)
        return;
    QStringList photos;
    for (const FieldDef &field : layer.fields)
        if (field.type == FieldType::Photo)
            photos << f->attributes.value(field.name).toStringList();
    deleteLocalRow(layer, uuid);
    m_scrubbed = true; // zeroed by secure_delete in applyRemote; the log emptied after it
    ++stats.withdrawn;
    stats.count(layer.name, true);
    for (const QString &sha : std::as_const(photos))
        m_photosToRemove.insert(sha);
}

void EditGateway::applyModeration(const LayerDef &layer, const RemoteFeature &row, ApplyStats &stats)
{
    // The moderators' decision on an entry of this device (or one it received): only those two fields change,
    // nothing is journalled, and an entry this device never had is no business of it.
    if (layer.moderationState.isEmpty()) {
        ++stats.skipped;
        return;
    }
    if (notForThisDevice(layer, row)) {
        withdraw(layer, row.uuid, stats);
        return;
    }
    const QByteArray sql = QStringLiteral("UPDATE %1 SET %2 = ?1%3 WHERE \"uuid\" = ?3 AND (%2 IS NOT ?1%4)")
                               .arg(quoteIdentifier(layer.name), quoteIdentifier(layer.moderationState),
                                    layer.moderationReason.isEmpty()
                                        ? QString()
                                        : QStringLiteral(", %1 = ?2").arg(quoteIdentifier(layer.moderationReason)),
                                    layer.moderationReason.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" OR %1 IS NOT ?2").arg(quoteIdentifier(layer.moderationReason)))
                               .toUtf8();
    Statement st = m_db.cached(sql.constData());
    if (row.moderationState.isEmpty())
        st.bindNull(1);
    else
        st.bind(1, row.moderationState);
    if (row.moderationReason.isEmpty())
        st.bindNull(2);
    else
        st.bind(2, row.moderationReason);
    st.bind(3, row.uuid);
    st.run();
    stats.count(layer.name, m_db.changes() > 0);
}

EditGateway::ApplyStats EditGateway::applyRemote(const QString &feed, std::optional<qint64> cursor,
                                                 const std::vector<RemoteFeature> &rows)
{
    ApplyStats stats;
    // A page may erase a person: what it frees is zeroed, not left in the file.
    bool erasing = false;
    for (const RemoteFeature &row : rows)
        if (const LayerDef *l = m_project.layer(row.layer); l && (erasedThere(*l, row) || notForThisDevice(*l, row)))
            erasing = true;
    if (erasing)
        m_db.exec("PRAGMA secure_delete = ON");
    GatewayTransaction txn(m_db);
    QSet<QString> unsent;
    {
        static const QByteArray sql = QStringLiteral("SELECT DISTINCT layer, feature_uuid FROM territori_outbox WHERE %1")
                                          .arg(Outbox::unsentIn())
                                          .toUtf8();
        Statement st = m_db.cached(sql.constData());
        while (st.step())
            unsent.insert(st.text(0) + QLatin1Char('\x1f') + st.text(1));
        st.reset();
    }
    // Rows still waiting in a file import's entry have no entry of their own: one that the SIT turns out to have (a lost
    // reply) gets its insert entry first, and is merged like any feature with unsent edits.
    QSet<QString> importing;
    for (const ImportBatch &b : Outbox::pendingImportBatches(m_db))
        importing.insert(b.layer);
    QHash<QString, Envelope> extents;
    for (const RemoteFeature &row : rows) {
        const LayerDef *layer = m_project.layer(row.layer);
        if (!layer) {
            ++stats.skipped;
            continue;
        }
        if (importing.contains(layer->name) && Outbox::materialize(m_db, layer->name, row.uuid))
            unsent.insert(row.layer + QLatin1Char('\x1f') + row.uuid);
        if (row.moderationOnly) {
            applyModeration(*layer, row, stats);
            continue;
        }
        if (notForThisDevice(*layer, row)) {
            withdraw(*layer, row.uuid, stats);
            continue;
        }
        applyOne(*layer, row, unsent.contains(row.layer + QLatin1Char('\x1f') + row.uuid), stats);
        if (erasedThere(*layer, row))
            scrubErased(*layer, row.uuid, layer->personalFields); // the entries this device sent when the person joined
        if (!row.geometry.isEmpty())
            extents[row.layer].expand(row.geometry.envelope());
    }
    if (cursor) {
        Statement st = m_db.cached("INSERT INTO territori_sync_state (feed, cursor) VALUES (?1, ?2) ON CONFLICT (feed) "
                                   "DO UPDATE SET cursor = max(cursor, excluded.cursor)");
        st.bind(1, feed).bind(2, *cursor);
        st.run();
    }
    for (const QString &layer : stats.layers)
        touchContents(layer, extents.value(layer));
    txn.commit();
    if (erasing) {
        m_db.exec("PRAGMA secure_delete = OFF");
        afterScrub();
    }
    removeUnusedPhotos();
    return stats;
}

EditResult EditGateway::resolveConflict(qint64 conflictId, Resolution how, const QVariantMap &values)
{
    return write([&](QString &outLayer, QString &kind) {
        Statement c = m_db.prepare(QStringLiteral("SELECT layer, feature_uuid, kind, server_row, geom_theirs FROM "
                                                  "territori_conflicts WHERE id = ? AND resolved_at IS NULL"));
        c.bind(1, conflictId);
        if (!c.step())
            return EditResult::failure(ErrorKind::NotFound,
                                       QCoreApplication::translate("EditGateway",
                                                                   "This conflict has already been resolved."));
        const LayerDef *layer = m_project.layer(c.text(0));
        if (!layer)
            return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate(
                                                                "EditGateway", "The layer '%1' does not exist.")
                                                                .arg(c.text(0)));
        const QString uuid = c.text(1);
        const QString conflictKind = c.text(2);
        const RemoteFeature server =
            serverRowFromJson(*layer, uuid, QJsonDocument::fromJson(c.text(3).toUtf8()).object(), c.blob(4));
        outLayer = layer->name;
        kind = QStringLiteral("update");

        std::vector<qint64> held;
        for (const OutboxEntry &e : unsentEntries(layer->name, uuid))
            if (e.state == OutboxState::Conflict)
                held.push_back(e.seq);
        FeatureReader reader(m_db, *layer);
        std::optional<Feature> current = reader.byUuid(uuid);
        QString resolution;

        if (how == Resolution::KeepTheirs) {
            resolution = QStringLiteral("theirs");
            if (server.deleted) {
                deleteLocalRow(*layer, uuid);
                kind = QStringLiteral("delete");
            } else {
                writeRemoteRow(*layer, server, true);
            }
            setEntriesState(held, OutboxState::Discarded);
        } else {
            resolution = how == Resolution::Edit ? QStringLiteral("edited") : QStringLiteral("mine");
            if (how == Resolution::Edit && current) {
                QVariantMap attrs = values;
                EditResult v = validate(*layer, attrs, current->meta.draft, true, current->attributes);
                if (!v.ok)
                    return v;
                QJsonObject edited;
                for (auto it = attrs.cbegin(); it != attrs.cend(); ++it)
                    edited.insert(it.key(), toJsonValue(*layer->field(it.key()), it.value()));
                writeLocalValues(*layer, uuid, edited, Geometry(), std::nullopt);
                current = reader.byUuid(uuid);
            }
            setEntriesState(held, OutboxState::Rebased);
            const QJsonObject theirs = featureValuesJson(*layer, server.attributes, server.meta.draft);
            auto differences = [&]() {
                FieldChanges changes;
                if (!current)
                    return changes;
                const QJsonObject mine = featureValuesJson(*layer, current->attributes, current->meta.draft);
                for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
                    if (!sameFieldValue(*layer, it.key(), theirs.value(it.key()), it.value()))
                        changes.set(it.key(), theirs.value(it.key()), it.value());
                return changes;
            };
            const bool geometryDiffers = current && !sameGeometry(current->geometry, server.geometry);
            const QByteArray theirGeom = server.geometry.isEmpty() ? QByteArray() : toGpkgBlob(server.geometry);
            const QByteArray myGeom = current ? toGpkgBlob(current->geometry) : QByteArray();

            if (conflictKind == QLatin1String("delete-edit")) {
                // Deleted here, changed there, and the person still wants it gone.
                queueRebased(*layer, uuid, OutboxEntry::Kind::Delete, FieldChanges(), theirGeom, QByteArray(),
                             server.rev);
                kind = QStringLiteral("delete");
            } else if (conflictKind == QLatin1String("edit-delete") && server.tombstone && current) {
                // Hard-deleted on the SIT: that uuid can never be written again, so the feature comes back as a new
                // one with everything it had here (the row: an insert carries nothing of it).
                const QString fresh = newId();
                Statement st = m_db.prepare(QStringLiteral("UPDATE %1 SET \"uuid\" = ?, \"sync_rev\" = NULL WHERE "
                                                           "\"uuid\" = ?")
                                                .arg(quoteIdentifier(layer->name)));
                st.bind(1, fresh).bind(2, uuid);
                st.run();
                queueRebased(*layer, fresh, OutboxEntry::Kind::Insert, FieldChanges(), QByteArray(), QByteArray(),
                             std::nullopt);
                kind = QStringLiteral("insert");
            } else {
                FieldChanges changes = differences();
                if (conflictKind == QLatin1String("edit-delete"))
                    changes.set(QStringLiteral("deleted"), true, false);
                if (current) {
                    Statement st = m_db.prepare(QStringLiteral("UPDATE %1 SET \"sync_rev\" = ? WHERE \"uuid\" = ?")
                                                    .arg(quoteIdentifier(layer->name)));
                    st.bind(1, server.rev).bind(2, uuid);
                    st.run();
                }
                if (!changes.isEmpty() || geometryDiffers)
                    queueRebased(*layer, uuid, OutboxEntry::Kind::Update, changes,
                                 geometryDiffers ? theirGeom : QByteArray(), geometryDiffers ? myGeom : QByteArray(),
                                 server.rev);
            }
        }
        Statement done = m_db.prepare(
            QStringLiteral("UPDATE territori_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"));
        done.bind(1, nowIso()).bind(2, resolution).bind(3, conflictId);
        done.run();
        touchContents(layer->name, Envelope());
        return EditResult::success(uuid, QString());
    });
}

EditResult EditGateway::markAttachmentUploaded(const QString &sha256)
{
    try {
        Statement st = m_db.cached("UPDATE territori_attachments SET uploaded_at = ? WHERE sha256 = ?");
        st.bind(1, nowIso()).bind(2, sha256);
        st.run();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(QString(), QString());
}

bool EditGateway::erasedThere(const LayerDef &layer, const RemoteFeature &row)
{
    return !layer.erasedAtField.isEmpty() && !row.deleted && row.attributes.value(layer.erasedAtField).isValid();
}

void EditGateway::scrubErased(const LayerDef &layer, const QString &uuid, const QStringList &fields)
{
    const QString erased = QStringLiteral("(erased)");
    // Every entry of the feature, whatever its state (sent, discarded, pending): the values become a mark, and what
    // is still to go sends "nothing", which is what the SIT holds for an erased person anyway.
    // An insert holds nothing of the feature (outbox.h), so only updates and deletes carry values to scrub; every
    // row is read as stored all the same, so that nothing an older version wrote escapes.
    Statement entries = m_db.prepare(QStringLiteral("SELECT seq, changes FROM territori_outbox WHERE layer = ? AND feature_uuid = ?"));
    entries.bind(1, layer.name).bind(2, uuid);
    std::vector<std::pair<qint64, QByteArray>> rewritten;
    while (entries.step()) {
        FieldChanges changes = Outbox::decodeChanges(entries.blob(1));
        bool touched = false;
        for (const QString &f : fields) {
            const FieldChange *c = changes.find(f);
            if (!c || ((c->oldValue.isNull() || c->oldValue == erased) && c->newValue.isNull()))
                continue;
            changes.set(f, erased, QJsonValue::Null);
            touched = true;
        }
        if (touched)
            rewritten.emplace_back(entries.int64(0), Outbox::encodeChanges(changes));
    }
    entries = Statement();
    Statement put = m_db.prepare(QStringLiteral("UPDATE territori_outbox SET changes = ? WHERE seq = ?"));
    for (const auto &[seq, json] : rewritten) {
        put.reset();
        put.bind(1, json.constData()).bind(2, seq);
        put.run();
    }
    // Conflicts, open or resolved, kept base, mine and theirs of each field and the SIT's whole row.
    Statement conflicts = m_db.prepare(QStringLiteral("UPDATE territori_conflicts SET fields = '{}', server_row = NULL "
                                                      "WHERE layer = ? AND feature_uuid = ?"));
    conflicts.bind(1, layer.name).bind(2, uuid);
    conflicts.run();
    m_scrubbed = true;
}

void EditGateway::eraseHere(const LayerDef &layer, const RemoteFeature &row)
{
    // The SIT erased the person: the values go here too, with every copy of them, whatever was waiting to be sent.
    QStringList sets;
    for (const QString &f : layer.personalFields)
        sets << quoteIdentifier(f) + QStringLiteral(" = NULL");
    sets << quoteIdentifier(layer.erasedAtField) + QStringLiteral(" = coalesce(") + quoteIdentifier(layer.erasedAtField) +
                QStringLiteral(", ?1)");
    Statement st = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE \"uuid\" = ?2")
                                    .arg(quoteIdentifier(layer.name), sets.join(QStringLiteral(", "))));
    const FieldDef *at = layer.field(layer.erasedAtField);
    st.bindVariant(1, toStorage(*at, row.attributes.value(layer.erasedAtField))).bind(2, row.uuid);
    st.run();
    scrubErased(layer, row.uuid, layer.personalFields);
    // An open conflict about the person's data has nothing left to decide.
    Statement open = m_db.prepare(QStringLiteral("UPDATE territori_outbox SET state = ?3 WHERE layer = ?1 AND "
                                                 "feature_uuid = ?2 AND state = ?4"));
    open.bind(1, layer.name).bind(2, row.uuid);
    open.bind(3, outboxStateName(OutboxState::Pending)).bind(4, outboxStateName(OutboxState::Conflict));
    open.run();
    Statement close = m_db.prepare(QStringLiteral("UPDATE territori_conflicts SET resolved_at = ?, resolution = 'erased' "
                                                  "WHERE layer = ? AND feature_uuid = ? AND resolved_at IS NULL"));
    close.bind(1, nowIso()).bind(2, layer.name).bind(3, row.uuid);
    close.run();
}

void EditGateway::removeUnusedPhotos()
{
    if (m_photosToRemove.isEmpty())
        return;
    const QSet<QString> candidates = std::exchange(m_photosToRemove, {});
    for (const QString &sha : candidates) {
        bool used = false;
        std::vector<const LayerDef *> layers;
        for (const LayerDef &l : m_project.layers())
            layers.push_back(&l);
        for (const LayerDef &l : m_project.retiredLayers())
            layers.push_back(&l);
        for (const LayerDef *lp : layers)
            for (const FieldDef &f : lp->fields) {
                const LayerDef &l = *lp;
                if (used || f.type != FieldType::Photo)
                    continue;
                Statement st = m_db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE instr(%2, ?) > 0 LIMIT 1")
                                                .arg(quoteIdentifier(l.name), quoteIdentifier(f.name)));
                st.bind(1, sha);
                used = st.step();
            }
        if (used)
            continue;
        const QDir dir(m_project.attachmentsDirectory());
        for (const QString &name : dir.entryList({sha + QStringLiteral(".*")}, QDir::Files))
            QFile::remove(dir.filePath(name));
        const QDir thumbs(m_project.thumbnailsDirectory());
        for (const QString &name : thumbs.entryList({sha + QStringLiteral("*")}, QDir::Files))
            QFile::remove(thumbs.filePath(name));
        try {
            Statement st = m_db.cached("DELETE FROM territori_attachments WHERE sha256 = ?");
            st.bind(1, sha);
            st.run();
        } catch (const StoreError &) {
            // The registration goes at the next withdrawal or stays harmless: the file is gone.
        }
    }
}

void EditGateway::afterScrub()
{
    if (!m_scrubbed)
        return;
    m_scrubbed = false;
    // Freed pages were zeroed (secure_delete); the log still holds the old pages until a checkpoint empties it.
    try {
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const StoreError &) {
        // A reader holds the log (the map loading): the next checkpoint empties it.
    }
}

EditResult EditGateway::setAside(const QString &layer, const QString &uuid, qint64 rev, const QString &reason)
{
    try {
        Statement st = m_db.cached("INSERT INTO territori_set_aside (layer, feature_uuid, rev, reason, first_seen, "
                                   "last_tried) VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (layer, feature_uuid) DO "
                                   "UPDATE SET rev = excluded.rev, reason = excluded.reason, last_tried = excluded.last_tried");
        st.bind(1, layer).bind(2, uuid).bind(3, rev).bind(4, reason).bind(5, nowIso());
        st.run();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(uuid, QString());
}

EditResult EditGateway::forgetSetAside(const QString &layer, const QString &uuid)
{
    try {
        Statement st = m_db.cached("DELETE FROM territori_set_aside WHERE layer = ? AND feature_uuid = ?");
        st.bind(1, layer).bind(2, uuid);
        st.run();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(uuid, QString());
}

EditResult EditGateway::recordSyncAttempt(const QString &feed, bool success, const QString &error)
{
    try {
        Statement st = m_db.cached(
            "INSERT INTO territori_sync_state (feed, last_attempt, last_success, last_error) VALUES (?1, ?2, "
            "CASE WHEN ?3 THEN ?2 END, ?4) ON CONFLICT (feed) DO UPDATE SET last_attempt = excluded.last_attempt, "
            "last_success = coalesce(excluded.last_success, last_success), last_error = excluded.last_error");
        st.bind(1, feed).bind(2, nowIso()).bind(3, success);
        if (error.isEmpty())
            st.bindNull(4);
        else
            st.bind(4, error);
        st.run();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(QString(), QString());
}

} // namespace territori::store
