// EditGateway's writes for a project's lifecycle: a newer definition applied in one transaction, the work area a
// project was downloaded for, and the features that leave that area on the SIT. See definitionupdate.h and
// docs/sync.md ("Definition updates", "Work areas").

#include "editgateway.h"

#include "definitionupdate.h"
#include "featurereader.h"
#include "outbox.h"
#include "project.h"
#include "schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <set>

namespace territori::store {

namespace {


QStringList tableColumns(Database &db, const QString &table)
{
    QStringList names;
    Statement st = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    st.bind(1, table);
    while (st.step())
        names << st.text(0);
    return names;
}

bool hasUnsent(Database &db, const QString &layer)
{
    Statement st = db.prepare(
        QStringLiteral("SELECT 1 FROM territori_outbox WHERE layer = ? AND %1 LIMIT 1").arg(Outbox::unsentIn()));
    st.bind(1, layer);
    if (st.step())
        return true;
    st = Statement();
    // A file import's rows still to go (ImportBatch).
    for (const ImportBatch &b : Outbox::pendingImportBatches(db, layer))
        if (Outbox::unsentRowsOf(db, b) > 0)
            return true;
    return false;
}

// A short form of a value for a message a person reads to copy it elsewhere.
QString shown(const QJsonValue &v)
{
    QString text = v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    return text;
}

} // namespace

QString EditGateway::departuresFeed(const QString &layer)
{
    return layer + QStringLiteral("#outside");
}

void EditGateway::dropLayerTable(const QString &layer)
{
    m_db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoteIdentifier(schema::rtreeName(layer))));
    m_db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoteIdentifier(layer)));
    for (const char *sql : {"DELETE FROM gpkg_extensions WHERE table_name = ?",
                            "DELETE FROM gpkg_geometry_columns WHERE table_name = ?",
                            "DELETE FROM gpkg_contents WHERE table_name = ?",
                            "DELETE FROM territori_layers WHERE table_name = ?",
                            "DELETE FROM territori_set_aside WHERE layer = ?",
                            "DELETE FROM territori_conflicts WHERE layer = ?",
                            "DELETE FROM territori_outbox WHERE layer = ?"}) {
        Statement st = m_db.prepare(QString::fromLatin1(sql));
        st.bind(1, layer);
        st.run();
    }
    Statement feeds = m_db.prepare(QStringLiteral("DELETE FROM territori_sync_state WHERE feed IN (?, ?)"));
    feeds.bind(1, layer).bind(2, departuresFeed(layer));
    feeds.run();
}

void EditGateway::setProblems(const std::vector<qint64> &seqs, const std::vector<FieldIssue> &issues)
{
    QJsonArray list;
    for (const FieldIssue &i : issues) {
        QJsonObject o{{QStringLiteral("field"), i.field}, {QStringLiteral("message"), i.message}};
        if (i.kept)
            o.insert(QStringLiteral("keep"), true);
        list.append(o);
    }
    static const QByteArray sql = QStringLiteral("UPDATE territori_outbox SET problem = ?1 WHERE seq = ?2 AND %1 AND "
                                                 "problem IS NOT ?1")
                                      .arg(Outbox::stateIn({OutboxState::Pending}))
                                      .toUtf8();
    Statement st = m_db.cached(sql.constData());
    const QString text = issues.empty() ? QString() : QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    for (qint64 seq : seqs) {
        st.reset();
        if (text.isEmpty())
            st.bindNull(1);
        else
            st.bind(1, text);
        st.bind(2, seq);
        st.run();
    }
    st.reset();
}

EditResult EditGateway::applyDefinition(const DefinitionPlan &plan, DefinitionOutcome *outcome)
{
    if (!plan.applicable())
        return EditResult::failure(ErrorKind::Invalid, plan.refusals.join(QLatin1Char('\n')));
    DefinitionOutcome out;
    out.fromVersion = m_project.definitionVersion();
    out.toVersion = plan.version;
    for (const DefinitionChange &c : plan.changes)
        out.changes << c.text();
    try {
        GatewayTransaction txn(m_db);
        // The new definition's layers: a table for a new one, a column for a new field. A removed field keeps its
        // column and values (a later definition may bring it back; QGIS still shows them).
        for (const LayerDef &l : plan.layers) {
            if (!m_db.tableExists(l.name)) {
                schema::createFeatureTable(m_db, l);
                continue;
            }
            const QStringList columns = tableColumns(m_db, l.name);
            QStringList fields;
            bool added = false;
            for (const FieldDef &f : l.fields) {
                fields << f.name;
                if (!columns.contains(f.name)) {
                    m_db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                  .arg(quoteIdentifier(l.name), quoteIdentifier(f.name), f.sqlType()));
                    added = true;
                }
            }
            // The desktop journal follows the definition's fields.
            const LayerDef *before = m_project.layer(l.name) ? m_project.layer(l.name) : m_project.retiredLayer(l.name);
            QStringList old;
            if (before)
                for (const FieldDef &f : before->fields)
                    old << f.name;
            if (added || old != fields)
                schema::createJournalTriggers(m_db, l.name, fields);
            Statement contents = m_db.prepare(
                QStringLiteral("UPDATE gpkg_contents SET identifier = ?, description = ? WHERE table_name = ?"));
            contents.bind(1, l.title.it).bind(2, l.title.en).bind(3, l.name);
            contents.run();
        }
        // Layers the definition no longer has: gone when nothing of them waits to be sent (the SIT keeps their
        // rows), otherwise kept retired until the person has exported what waits.
        std::vector<LayerDef> retired;
        std::vector<const LayerDef *> before;
        for (const LayerDef &l : m_project.layers())
            before.push_back(&l);
        for (const LayerDef &l : m_project.retiredLayers())
            before.push_back(&l);
        for (const LayerDef *l : before) {
            bool kept = false;
            for (const LayerDef &now : plan.layers)
                kept = kept || now.name == l->name;
            if (kept)
                continue;
            if (hasUnsent(m_db, l->name)) {
                LayerDef r = *l;
                r.retired = true;
                r.json.insert(QStringLiteral("retired"), true);
                retired.push_back(std::move(r));
                out.retiredLayers << l->name;
            } else {
                dropLayerTable(l->name);
                out.droppedLayers << l->name;
            }
        }
        m_db.exec("DELETE FROM territori_layers");
        for (const LayerDef &l : plan.layers)
            schema::saveLayerDefinition(m_db, l);
        for (const LayerDef &l : retired)
            schema::saveLayerDefinition(m_db, l);
        Statement meta = m_db.prepare(QStringLiteral("INSERT INTO territori_meta (key, value) VALUES ('project', ?1), "
                                                     "('definition_version', ?2) ON CONFLICT (key) DO UPDATE SET "
                                                     "value = excluded.value"));
        meta.bind(1, QString::fromUtf8(QJsonDocument(plan.info.json).toJson(QJsonDocument::Compact)))
            .bind(2, QString::number(plan.version));
        meta.run();

        // A layer that now comes whole, or clipped, is read again from the start of its feed: the pull brings what
        // is missing, the departures feed takes away what is outside.
        for (const DefinitionChange &c : plan.changes) {
            if (c.kind != DefinitionChange::Kind::WorkAreaChanged || m_project.workArea().isWhole())
                continue;
            Statement reset = m_db.prepare(QStringLiteral("DELETE FROM territori_sync_state WHERE feed IN (?, ?)"));
            reset.bind(1, c.layer).bind(2, departuresFeed(c.layer));
            reset.run();
        }

        // Unsent changes of the layers whose fields changed are checked against the new rules; one that cannot go
        // as it is stays here for a person: a value the new rules refuse (a choice withdrawn, a constraint
        // tightened, a field now required) until it is fixed, a value in a removed field until the person lets the
        // change go without it.
        for (const LayerDef &l : plan.layers) {
            QStringList removed;
            bool fieldsChanged = false;
            for (const DefinitionChange &c : plan.changes) {
                if (c.layer != l.name)
                    continue;
                if (c.kind == DefinitionChange::Kind::FieldRemoved)
                    removed << c.field;
                fieldsChanged = fieldsChanged || c.kind == DefinitionChange::Kind::FieldRemoved ||
                                c.kind == DefinitionChange::Kind::FieldChanged ||
                                c.kind == DefinitionChange::Kind::FieldAdded;
            }
            if (!fieldsChanged)
                continue;
            std::vector<OutboxEntry> all = Outbox::pendingOfLayer(m_db, l.name);
            // A file import's rows still to go are inserts like any other (ImportBatch): one entry each, read here as
            // the import names them; one the new rules hold gets its entry of its own (entriesOf).
            for (const ImportBatch &b : Outbox::pendingImportBatches(m_db, l.name)) {
                Statement rows = m_db.prepare(QStringLiteral("SELECT \"fid\", \"uuid\" FROM %1 WHERE \"import_batch\" = ? "
                                                             "ORDER BY \"fid\"").arg(quoteIdentifier(l.name)));
                rows.bind(1, b.seq);
                while (rows.step()) {
                    OutboxEntry e;
                    e.opId = b.opIdOf(rows.int64(0));
                    e.layer = l.name;
                    e.featureUuid = rows.text(1);
                    e.kind = OutboxEntry::Kind::Insert;
                    e.seq = -b.seq; // not an entry of its own: marked for the loop below
                    all.push_back(std::move(e));
                }
            }
            FeatureReader reader(m_db, l);
            // A feature created here goes as its row is, so its value of a removed field is the one in the column the
            // field keeps (its entry holds no copy), read as the definition before this one typed it.
            const LayerDef *was = m_project.layer(l.name) ? m_project.layer(l.name) : m_project.retiredLayer(l.name);
            auto storedValue = [&](const QString &field, const QString &uuid) {
                const FieldDef *f = was ? was->field(field) : nullptr;
                if (!f)
                    return QJsonValue();
                Statement v = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE \"uuid\" = ?")
                                               .arg(quoteIdentifier(field), quoteIdentifier(l.name)));
                v.bind(1, uuid);
                return v.step() ? toJsonValue(*f, fromStorage(*f, v.value(0))) : QJsonValue();
            };
            for (size_t from = 0; from < all.size();) {
                size_t to = from;
                while (to < all.size() && all[to].featureUuid == all[from].featureUuid)
                    ++to;
                const std::vector<OutboxEntry> entries(std::make_move_iterator(all.begin() + qptrdiff(from)),
                                                       std::make_move_iterator(all.begin() + qptrdiff(to)));
                from = to;
                const QString uuid = entries.front().featureUuid;
                PendingChange c = coalesce(l, entries, reader.byUuid(uuid));
                if (entries.front().seq < 0) {
                    c.seqs.clear();
                    c.importBatch = -entries.front().seq;
                }
                std::vector<FieldIssue> issues = checkAgainst(l, c);
                for (const QString &field : removed) {
                    if (c.kind == PendingChange::Kind::Delete || c.kind == PendingChange::Kind::Nothing ||
                        (c.kind == PendingChange::Kind::Update && !c.fields.contains(field)))
                        continue;
                    const QJsonValue value = c.kind == PendingChange::Kind::Insert ? storedValue(field, uuid)
                                                                                   : c.fields.newValue(field);
                    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()) ||
                        (value.isArray() && value.toArray().isEmpty()))
                        continue;
                    FieldIssue i;
                    i.field = field;
                    i.kept = true;
                    i.message = QCoreApplication::translate("DefinitionUpdate", "The field '%1' was removed from the project, so the value entered here (%2) cannot "
                                   "be sent. Note it elsewhere if it matters, then send the change without it.")
                                    .arg(field, shown(value));
                    issues.push_back(i);
                }
                if (issues.empty())
                    continue;
                setProblems(entriesOf(c), issues);
                ++out.held;
            }
        }
        txn.commit();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    if (outcome)
        *outcome = out;
    return EditResult::success(QString(), QString());
}

EditResult EditGateway::sendWithoutRemovedValues(const QString &layer, const QString &uuid)
{
    try {
        GatewayTransaction txn(m_db);
        std::vector<qint64> seqs;
        std::vector<FieldIssue> rest;
        std::set<QString> seen;
        for (const OutboxEntry &e : Outbox::forFeature(m_db, layer, uuid)) {
            if (e.state != OutboxState::Pending)
                continue;
            seqs.push_back(e.seq);
            for (const QJsonValue &v : QJsonDocument::fromJson(e.problem.toUtf8()).array()) {
                const QJsonObject o = v.toObject();
                const QString key = o.value(QStringLiteral("field")).toString() + QLatin1Char('\x1f') +
                                    o.value(QStringLiteral("message")).toString();
                if (o.value(QStringLiteral("keep")).toBool() || !seen.insert(key).second)
                    continue;
                FieldIssue i;
                i.field = o.value(QStringLiteral("field")).toString();
                i.message = o.value(QStringLiteral("message")).toString();
                rest.push_back(i);
            }
        }
        setProblems(seqs, rest);
        txn.commit();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(uuid, QString());
}

EditResult EditGateway::dropRetiredLayer(const QString &layer)
{
    if (!m_project.retiredLayer(layer))
        return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("DefinitionUpdate", "There is no layer '%1' left over from an earlier definition.").arg(layer));
    try {
        GatewayTransaction txn(m_db);
        dropLayerTable(layer);
        txn.commit();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    m_project.forgetRetiredLayer(layer);
    return EditResult::success(QString(), QString());
}

EditResult EditGateway::setWorkArea(const WorkArea &area)
{
    try {
        GatewayTransaction txn(m_db);
        Statement st = m_db.prepare(QStringLiteral("INSERT INTO territori_meta (key, value) VALUES ('work_area', ?) "
                                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        st.bind(1, QString::fromUtf8(QJsonDocument(area.toJson()).toJson(QJsonDocument::Compact)));
        st.run();
        txn.commit();
    } catch (const StoreError &e) {
        return EditResult::failure(e);
    }
    return EditResult::success(QString(), QString());
}

EditGateway::ApplyStats EditGateway::applyDepartures(const LayerDef &layer, qint64 cursor,
                                                     const std::vector<std::pair<QString, qint64>> &left)
{
    ApplyStats stats;
    GatewayTransaction txn(m_db);
    for (const auto &[uuid, rev] : left) {
        // Only a copy that is not newer than the version outside the area goes; one with edits not yet on the SIT,
        // and one created here, stay (docs/sync.md, "Work areas").
        Statement st = m_db.prepare(QStringLiteral("SELECT \"sync_rev\" FROM %1 WHERE \"uuid\" = ?").arg(quoteIdentifier(layer.name)));
        st.bind(1, uuid);
        if (!st.step()) {
            ++stats.unchanged;
            continue;
        }
        const qint64 local = st.isNull(0) ? 0 : st.int64(0);
        st = Statement();
        if (local > rev || !unsentEntries(layer.name, uuid).empty() || ownEntry(layer, uuid)) {
            ++stats.unchanged;
            continue;
        }
        FeatureReader reader(m_db, layer);
        if (const std::optional<Feature> f = reader.byUuid(uuid))
            for (const FieldDef &field : layer.fields)
                if (field.type == FieldType::Photo)
                    for (const QString &sha : f->attributes.value(field.name).toStringList())
                        m_photosToRemove.insert(sha);
        deleteLocalRow(layer, uuid);
        stats.count(layer.name, true);
    }
    Statement st = m_db.cached("INSERT INTO territori_sync_state (feed, cursor) VALUES (?1, ?2) ON CONFLICT (feed) "
                               "DO UPDATE SET cursor = max(cursor, excluded.cursor)");
    st.bind(1, departuresFeed(layer.name)).bind(2, cursor);
    st.run();
    st.reset();
    txn.commit();
    removeUnusedPhotos();
    return stats;
}

} // namespace territori::store
