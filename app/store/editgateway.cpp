#include "editgateway.h"

#include "featurereader.h"
#include "language.h"
#include "outbox.h"
#include "project.h"
#include "validity.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace territori::store {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString userMessage(const StoreError &e)
{
    switch (e.kind()) {
    case ErrorKind::DiskFull:
        return QCoreApplication::translate("EditGateway", "The device storage is full: the edit was not saved and the project is as it was. Free some space "
                  "and save again.");
    case ErrorKind::ReadOnly: return QCoreApplication::translate("EditGateway", "The project cannot be written (read-only storage): the edit was not saved.");
    case ErrorKind::Busy:
        return QCoreApplication::translate("EditGateway", "The project is busy in another program (for example QGIS): the edit was not saved. Try again.");
    case ErrorKind::Corrupt: return QCoreApplication::translate("EditGateway", "The project store is damaged: the edit was not saved (%1).").arg(e.message());
    default: return QCoreApplication::translate("EditGateway", "The edit was not saved: %1").arg(e.message());
    }
}

QJsonValue jsonOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

bool finiteCoords(const Geometry &g)
{
    for (const auto &part : g.parts)
        for (const auto &ring : part)
            for (const auto &c : ring)
                if (!std::isfinite(c.x) || !std::isfinite(c.y) || std::abs(c.x) > 180 || std::abs(c.y) > 90)
                    return false;
    return true;
}

double ringArea(const Ring &r)
{
    double a = 0;
    for (size_t i = 0, n = r.size(); i + 1 < n; ++i)
        a += r[i].x * r[i + 1].y - r[i + 1].x * r[i].y;
    return a / 2;
}

} // namespace

EditResult EditResult::success(const QString &uuid, const QString &opId)
{
    EditResult r;
    r.ok = true;
    r.uuid = uuid;
    r.opId = opId;
    return r;
}

EditResult EditResult::failure(ErrorKind kind, const QString &message)
{
    EditResult r;
    r.error = kind;
    r.message = message;
    return r;
}

EditGateway::EditGateway(Project &project, EditContext context, QObject *parent)
    : QObject(parent), m_project(project), m_db(project.db()), m_context(std::move(context))
{
}

EditResult EditResult::failure(const StoreError &error)
{
    return failure(error.kind(), userMessage(error));
}

EditResult EditGateway::validate(const LayerDef &layer, QVariantMap &attributes, bool draft, bool partial,
                                 const QVariantMap &existing)
{
    EditResult result;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const FieldDef *field = layer.field(it.key());
        if (!field)
            return EditResult::failure(ErrorKind::Invalid,
                                       QCoreApplication::translate("EditGateway", "The layer '%1' has no field '%2'.").arg(layer.title.text(uiLanguage()),
                                                                                    it.key()));
        QString error;
        const QVariant v = normalizeValue(*field, it.value(), &error);
        if (!error.isEmpty()) {
            result.issues.push_back(FieldIssue{field->name, FieldIssue::Severity::Error, error});
            continue;
        }
        it.value() = v;
    }
    QVariantMap record = partial ? existing : QVariantMap();
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        record.insert(it.key(), it.value());
    for (const FieldIssue &issue : validateRecord(layer, record)) {
        const bool touched = !partial || attributes.contains(issue.field);
        if (issue.severity == FieldIssue::Severity::Missing && !draft)
            result.issues.push_back(issue);
        else if (issue.severity == FieldIssue::Severity::Error && touched)
            result.issues.push_back(issue);
    }
    if (result.issues.empty()) {
        result.ok = true;
        return result;
    }
    result.error = ErrorKind::Invalid;
    const bool onlyMissing = std::all_of(result.issues.begin(), result.issues.end(), [](const FieldIssue &i) {
        return i.severity == FieldIssue::Severity::Missing;
    });
    QStringList lines;
    for (const auto &i : result.issues)
        lines << i.message;
    result.message = onlyMissing ? QCoreApplication::translate("EditGateway", "Not saved: %1. Save as draft to finish it later.").arg(lines.join(QStringLiteral("; ")))
                                 : QCoreApplication::translate("EditGateway", "Not saved: %1.").arg(lines.join(QStringLiteral("; ")));
    return result;
}

EditResult EditGateway::checkGeometry(const LayerDef &layer, const Geometry &g)
{
    if (g.isEmpty() && layer.geometryOptional)
        return EditResult::success(QString(), QString());
    if (g.isEmpty())
        return EditResult::failure(ErrorKind::Invalid, QCoreApplication::translate("EditGateway", "Not saved: the feature has no geometry."));
    // A single shape in a multi-part layer is a multi of one part; a multi of one part fits a single-part layer.
    if (convertedTo(g, layer.geometryType()).type != layer.geometryType()) {
        if (kindOf(g.type) == kindOf(layer.geometryType()) && isMulti(g.type))
            return EditResult::failure(ErrorKind::Invalid,
                                       QCoreApplication::translate("EditGateway", "Not saved: the layer '%1' holds single %2 geometries, and this one has %3 parts. Split it into separate features.")
                                           .arg(layer.title.text(uiLanguage()), geometryTypeName(layer.geometryType()))
                                           .arg(g.parts.size()));
        return EditResult::failure(ErrorKind::Invalid,
                                   QCoreApplication::translate("EditGateway", "Not saved: the layer '%1' holds %2 geometries, not %3.")
                                       .arg(layer.title.text(uiLanguage()), geometryTypeName(layer.geometryType()),
                                            geometryTypeName(g.type)));
    }
    if (!finiteCoords(g))
        return EditResult::failure(ErrorKind::Invalid,
                                   QCoreApplication::translate("EditGateway", "Not saved: a coordinate is not a valid longitude/latitude."));
    // Every part by the same rules as a single shape; a part with nothing in it is refused, never dropped silently.
    for (const auto &part : g.parts) {
        if (part.empty() || part[0].empty())
            return EditResult::failure(ErrorKind::Invalid, QCoreApplication::translate("EditGateway", "Not saved: a part of the geometry is empty."));
        if (kindOf(g.type) == GeometryKind::Line) {
            const Ring &r = part[0];
            if (r.size() < 2 || std::all_of(r.begin(), r.end(), [&](const Coord &c) { return c == r.front(); }))
                return EditResult::failure(ErrorKind::Invalid, QCoreApplication::translate("EditGateway", "Not saved: a line needs at least two distinct points."));
        }
        if (kindOf(g.type) == GeometryKind::Polygon) {
            for (const Ring &r : part)
                if (r.size() < 4 || r.front() != r.back())
                    return EditResult::failure(ErrorKind::Invalid,
                                               QCoreApplication::translate("EditGateway", "Not saved: a polygon ring needs at least three points and must be "
                                                  "closed."));
            if (std::abs(ringArea(part[0])) < 1e-14)
                return EditResult::failure(ErrorKind::Invalid, QCoreApplication::translate("EditGateway", "Not saved: the polygon has no area."));
        }
    }
    // The one validity rule (validity.h): what the SIT's ST_IsValid would refuse is refused here, in the same words
    // the capture shows while drawing.
    if (const std::optional<GeometryFault> fault = geometryFault(g))
        return EditResult::failure(ErrorKind::Invalid,
                                   QCoreApplication::translate("EditGateway", "Not saved: the geometry is not valid: %1 (near %2, %3). Move or remove a vertex, or repair it.")
                                       .arg(fault->message)
                                       .arg(fault->at.y, 0, 'f', 5)
                                       .arg(fault->at.x, 0, 'f', 5));
    return EditResult::success(QString(), QString());
}

void EditGateway::touchContents(const QString &layer, const Envelope &env)
{
    Statement st = m_db.cached(
        "UPDATE gpkg_contents SET last_change = ?1, min_x = min(coalesce(min_x, ?2), ?2), "
        "min_y = min(coalesce(min_y, ?3), ?3), max_x = max(coalesce(max_x, ?4), ?4), "
        "max_y = max(coalesce(max_y, ?5), ?5) WHERE table_name = ?6");
    st.bind(1, isoDateTime(QDateTime::currentDateTimeUtc()));
    if (env.isNull()) {
        Statement lc = m_db.cached("UPDATE gpkg_contents SET last_change = ?1 WHERE table_name = ?2");
        lc.bind(1, isoDateTime(QDateTime::currentDateTimeUtc())).bind(2, layer);
        lc.run();
        return;
    }
    st.bind(2, env.minX).bind(3, env.minY).bind(4, env.maxX).bind(5, env.maxY).bind(6, layer);
    st.run();
}

EditResult EditGateway::insert(const QString &layerName, const NewFeature &nf)
{
    return insertRow(layerName, nf, true, std::nullopt);
}

EditResult EditGateway::seed(const QString &layerName, const NewFeature &nf, std::optional<qint64> syncRev)
{
    return insertRow(layerName, nf, false, syncRev);
}

QByteArray EditGateway::insertSql(const LayerDef &layer)
{
    QStringList names{QStringLiteral("\"geom\""), QStringLiteral("\"uuid\"")};
    for (const auto &f : layer.fields)
        names << quoteIdentifier(f.name);
    names << QStringLiteral("\"created_at\", \"modified_at\", \"author\", \"device\", \"gps_accuracy_m\", "
                            "\"gps_fix_time\", \"draft\", \"sync_rev\", \"source\", \"import_batch\"");
    const int params = 2 + int(layer.fields.size()) + 10;
    QStringList marks;
    for (int i = 0; i < params; ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(quoteIdentifier(layer.name), names.join(QStringLiteral(", ")), marks.join(QLatin1Char(',')))
        .toUtf8();
}

void EditGateway::encodeNew(const LayerDef &layer, const QVariantMap &attributes, std::vector<QVariant> &storage)
{
    storage.clear();
    storage.reserve(layer.fields.size());
    for (const auto &f : layer.fields)
        storage.push_back(toStorage(f, attributes.value(f.name)));
}

qint64 EditGateway::writeNew(const LayerDef &layer, const QByteArray &sql, const NewRow &row)
{
    const NewFeature &nf = *row.feature;
    Statement st = m_db.cached(sql.constData());
    st.bindBlob(1, row.blob);
    st.bind(2, row.uuid);
    int i = 3;
    for (const QVariant &value : *row.storage)
        st.bindVariant(i++, value);
    st.bind(i, row.now);
    if (row.unmodified)
        st.bindNull(i + 1);
    else
        st.bind(i + 1, row.now);
    st.bind(i + 2, m_context.author);
    st.bind(i + 3, m_context.device);
    i += 4;
    if (nf.gpsAccuracy)
        st.bind(i++, *nf.gpsAccuracy);
    else
        st.bindNull(i++);
    st.bind(i++, nf.gpsFixTime.isValid() ? isoDateTime(nf.gpsFixTime) : QString());
    st.bind(i++, nf.draft);
    if (row.syncRev)
        st.bind(i++, *row.syncRev);
    else
        st.bindNull(i++);
    if (nf.source.isEmpty())
        st.bindNull(i++);
    else
        st.bind(i++, nf.source);
    if (row.importBatch)
        st.bind(i++, row.importBatch);
    else
        st.bindNull(i++);
    st.run();
    const qint64 fid = m_db.lastInsertRowId();
    if (!row.journal)
        return fid;
    // The entry names the feature and nothing of it: the row is what the sync sends (outbox.h).
    OutboxEntry e;
    e.opId = row.opId;
    e.layer = layer.name;
    e.featureUuid = row.uuid;
    e.kind = OutboxEntry::Kind::Insert;
    Outbox::append(m_db, e, m_context.author, m_context.device);
    return fid;
}

EditResult EditGateway::insertRow(const QString &layerName, const NewFeature &nf, bool journal,
                                  std::optional<qint64> syncRev)
{
    const LayerDef *layer = m_project.layer(layerName);
    if (!layer)
        return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "The layer '%1' does not exist.").arg(layerName));
    // A read-only layer (the SIT's drafts) takes no edits, but the demo installer seeds it like the SIT would.
    if ((layer->readOnly && journal) || !layer->definitionErrors.isEmpty())
        return EditResult::failure(ErrorKind::Invalid,
                                   QCoreApplication::translate("EditGateway", "The layer '%1' cannot be edited.").arg(layer->title.text(uiLanguage())));
    QVariantMap attrs = nf.attributes;
    EditResult v = validate(*layer, attrs, nf.draft, false, {});
    if (!v.ok)
        return v;
    if (const QString refused = journal ? guard(*layer, attrs) : QString(); !refused.isEmpty())
        return EditResult::failure(ErrorKind::Invalid, refused);
    EditResult g = checkGeometry(*layer, nf.geometry);
    if (!g.ok)
        return g;
    if (nf.geometry.type != layer->geometryType() && !nf.geometry.isEmpty()) {
        NewFeature stored = nf;
        stored.geometry = convertedTo(nf.geometry, layer->geometryType());
        return insertRow(layerName, stored, journal, syncRev);
    }

    std::vector<QVariant> storage;
    encodeNew(*layer, attrs, storage);
    NewRow row;
    row.feature = &nf;
    row.storage = &storage;
    row.uuid = nf.uuid.isEmpty() ? newId() : nf.uuid;
    row.opId = journal ? newId() : QString();
    row.now = isoDateTime(QDateTime::currentDateTimeUtc());
    // A layer whose features may have no place stores NULL, as GeoPackage readers expect, not an empty geometry.
    row.blob = nf.geometry.isEmpty() ? QByteArray() : toGpkgBlob(nf.geometry);
    row.journal = journal;
    row.syncRev = syncRev;

    return write([&](QString &outLayer, QString &kind) {
        outLayer = layerName;
        kind = QStringLiteral("insert");
        writeNew(*layer, insertSql(*layer), row);
        touchContents(layerName, nf.geometry.envelope());
        return EditResult::success(row.uuid, row.opId);
    });
}

EditResult EditGateway::update(const QString &layerName, const QString &uuid, const FeatureChange &fc)
{
    const LayerDef *layer = m_project.layer(layerName);
    if (!layer)
        return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "The layer '%1' does not exist.").arg(layerName));
    if (layer->readOnly || !layer->definitionErrors.isEmpty())
        return EditResult::failure(ErrorKind::Invalid,
                                   QCoreApplication::translate("EditGateway", "The layer '%1' cannot be edited.").arg(layer->title.text(uiLanguage())));
    if (fc.geometry) {
        EditResult g = checkGeometry(*layer, *fc.geometry);
        if (!g.ok)
            return g;
        if (fc.geometry->type != layer->geometryType() && !fc.geometry->isEmpty()) {
            FeatureChange stored = fc;
            stored.geometry = convertedTo(*fc.geometry, layer->geometryType());
            return update(layerName, uuid, stored);
        }
    }
    return write([&](QString &outLayer, QString &kind) {
        outLayer = layerName;
        kind = QStringLiteral("update");
        FeatureReader reader(m_db, *layer);
        const auto old = reader.byUuid(uuid);
        if (!old)
            return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "The feature no longer exists: it may have been "
                                                               "deleted meanwhile."));
        // A moderator's decision changes only the moderation fields: what locks an entry for its author (a closed
        // territorial table) does not stop it.
        bool moderationOnly = !fc.geometry && !fc.draft && !layer->moderationState.isEmpty() && !fc.attributes.isEmpty();
        for (auto it = fc.attributes.cbegin(); it != fc.attributes.cend(); ++it)
            moderationOnly = moderationOnly && (it.key() == layer->moderationState || it.key() == layer->moderationReason);
        if (const QString refused = moderationOnly ? QString() : guard(*layer, old->attributes); !refused.isEmpty())
            return EditResult::failure(ErrorKind::Invalid, refused);
        // A row still waiting in its file import's entry gets its own insert entry first: the update coalesces with it.
        materializeImported(*layer, uuid);
        QVariantMap attrs = fc.attributes;
        const bool draft = fc.draft.value_or(old->meta.draft);
        EditResult v = validate(*layer, attrs, draft, true, old->attributes);
        if (!v.ok)
            return v;

        FieldChanges changes;
        QStringList sets;
        QVariantList params;
        QStringList added;
        for (auto it = attrs.cbegin(); it != attrs.cend(); ++it) {
            const FieldDef &f = *layer->field(it.key());
            const QJsonValue before = toJsonValue(f, old->attributes.value(f.name));
            const QJsonValue after = toJsonValue(f, it.value());
            if (before == after)
                continue;
            changes.set(f.name, before, after);
            sets << quoteIdentifier(f.name) + QStringLiteral(" = ?");
            params << toStorage(f, it.value());
            if (f.type == FieldType::Photo) {
                const QStringList was = old->attributes.value(f.name).toStringList();
                for (const QString &h : it.value().toStringList())
                    if (!was.contains(h))
                        added << h;
            }
        }
        QByteArray geomOld, geomNew;
        if (fc.geometry && *fc.geometry != old->geometry) {
            geomOld = toGpkgBlob(old->geometry);
            geomNew = toGpkgBlob(*fc.geometry);
            sets << QStringLiteral("\"geom\" = ?");
            params << geomNew;
        }
        if (draft != old->meta.draft) {
            changes.set(columns::draft, old->meta.draft, draft);
            sets << QStringLiteral("\"draft\" = ?");
            params << qlonglong(draft ? 1 : 0);
        }
        if (sets.isEmpty())
            return EditResult::success(uuid, QString()); // nothing changed: nothing to journal
        sets << QStringLiteral("\"modified_at\" = ?");
        params << isoDateTime(QDateTime::currentDateTimeUtc());
        Statement st = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE \"uuid\" = ?")
                                        .arg(quoteIdentifier(layer->name), sets.join(QStringLiteral(", "))));
        int i = 1;
        for (const auto &p : params)
            st.bindVariant(i++, p);
        st.bind(i, uuid);
        st.run();

        OutboxEntry e;
        e.opId = newId();
        e.layer = layerName;
        e.featureUuid = uuid;
        e.kind = OutboxEntry::Kind::Update;
        e.baseRev = old->meta.syncRev;
        e.changes = changes;
        e.geomOld = geomOld;
        e.geomNew = geomNew;
        e.attachments = added;
        Outbox::append(m_db, e, m_context.author, m_context.device);
        touchContents(layerName, fc.geometry ? fc.geometry->envelope() : Envelope());
        return EditResult::success(uuid, e.opId);
    });
}

EditResult EditGateway::remove(const QString &layerName, const QString &uuid)
{
    const LayerDef *layer = m_project.layer(layerName);
    if (!layer)
        return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "The layer '%1' does not exist.").arg(layerName));
    if (layer->readOnly)
        return EditResult::failure(ErrorKind::Invalid,
                                   QCoreApplication::translate("EditGateway", "The layer '%1' cannot be edited.").arg(layer->title.text(uiLanguage())));
    return write([&](QString &outLayer, QString &kind) {
        outLayer = layerName;
        kind = QStringLiteral("delete");
        FeatureReader reader(m_db, *layer);
        const auto old = reader.byUuid(uuid);
        if (!old)
            return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "The feature no longer exists."));
        if (const QString refused = guard(*layer, old->attributes); !refused.isEmpty())
            return EditResult::failure(ErrorKind::Invalid, refused);
        // A row of a file import not sent yet: its own insert entry first, so insert and delete cancel out (nothing
        // is sent) and an undo brings it back to be sent.
        materializeImported(*layer, uuid);
        // The entry keeps every old value, so an undo (or a conflict shown later) can bring the feature back whole.
        FieldChanges changes;
        const QJsonValue gone(QJsonValue::Null);
        for (const auto &f : layer->fields) {
            const QJsonValue j = toJsonValue(f, old->attributes.value(f.name));
            if (!j.isNull())
                changes.set(f.name, j, gone);
        }
        changes.set(columns::createdAt, isoDateTime(old->meta.createdAt), gone);
        changes.set(columns::author, jsonOrNull(old->meta.author), gone);
        changes.set(columns::device, jsonOrNull(old->meta.device), gone);
        changes.set(columns::draft, old->meta.draft, gone);
        if (old->meta.gpsAccuracy) {
            changes.set(columns::gpsAccuracy, *old->meta.gpsAccuracy, gone);
            changes.set(columns::gpsFixTime, jsonOrNull(isoDateTime(old->meta.gpsFixTime)), gone);
        }
        if (old->meta.syncRev)
            changes.set(columns::syncRev, double(*old->meta.syncRev), gone);
        if (!old->meta.source.isEmpty())
            changes.set(columns::source, old->meta.source, gone);
        Statement st = m_db.prepare(
            QStringLiteral("DELETE FROM %1 WHERE \"uuid\" = ?").arg(quoteIdentifier(layer->name)));
        st.bind(1, uuid);
        st.run();
        OutboxEntry e;
        e.opId = newId();
        e.layer = layerName;
        e.featureUuid = uuid;
        e.kind = OutboxEntry::Kind::Delete;
        e.baseRev = old->meta.syncRev;
        e.changes = changes;
        e.geomOld = toGpkgBlob(old->geometry);
        Outbox::append(m_db, e, m_context.author, m_context.device);
        touchContents(layerName, Envelope());
        return EditResult::success(uuid, e.opId);
    });
}

EditResult EditGateway::registerAttachment(const QString &sha256, const QString &mime, qint64 size,
                                          const QString &originalName)
{
    try {
        Statement st = m_db.cached("INSERT OR IGNORE INTO territori_attachments (sha256, mime, size, original_name, "
                                   "created_at) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, sha256).bind(2, mime).bind(3, size).bind(4, originalName);
        st.bind(5, isoDateTime(QDateTime::currentDateTimeUtc()));
        st.run();
    } catch (const StoreError &e) {
        return EditResult::failure(e.kind(), userMessage(e));
    }
    return EditResult::success(QString(), QString());
}

std::optional<OutboxEntry> EditGateway::lastUndoable()
{
    auto last = Outbox::last(m_db);
    // Another program's edit (QGIS) is undone in that program, not here.
    if (!last || last->state != OutboxState::Pending || !last->origin.isEmpty())
        return std::nullopt;
    return last;
}

EditResult EditGateway::undoLast()
{
    return write([&](QString &outLayer, QString &kind) {
        auto entry = Outbox::last(m_db);
        if (!entry)
            return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "There is nothing to undo."));
        if (entry->state != OutboxState::Pending)
            return EditResult::failure(ErrorKind::Invalid, QCoreApplication::translate("EditGateway", "The last edit has already been sent to the knowledge "
                                                              "system: edit the feature instead of undoing."));
        if (!entry->origin.isEmpty())
            return EditResult::failure(ErrorKind::Invalid, QCoreApplication::translate("EditGateway", "The last edit was made in another program (a desktop GIS): "
                                                              "undo it there, or edit the feature here."));
        const LayerDef *layer = m_project.layer(entry->layer);
        if (!layer)
            return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "The layer '%1' does not exist.").arg(entry->layer));
        outLayer = entry->layer;
        const QString table = quoteIdentifier(layer->name);
        auto restoredValue = [&](const FieldDef &f, const QJsonValue &j) {
            QString ignored;
            return toStorage(f, normalizeValue(f, j.toVariant(), &ignored));
        };
        switch (entry->kind) {
        case OutboxEntry::Kind::Import: {
            // A whole file import: its rows go, with its record, as long as the SIT has none of them.
            kind = QStringLiteral("import");
            const std::optional<ImportBatch> batch = Outbox::importBatch(m_db, entry->seq);
            if (!batch)
                return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "There is nothing to undo."));
            Statement sent = m_db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE \"fid\" BETWEEN ? AND ? AND "
                                                         "\"import_batch\" IS NOT ? LIMIT 1").arg(table));
            sent.bind(1, batch->firstFid).bind(2, batch->lastFid).bind(3, batch->seq);
            if (sent.step())
                return EditResult::failure(ErrorKind::Invalid, QCoreApplication::translate("EditGateway", "Part of the import has already been sent to the "
                                                                  "knowledge system: delete its features instead of undoing."));
            sent = Statement();
            Statement st = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE \"import_batch\" = ?").arg(table));
            st.bind(1, batch->seq);
            st.run();
            Statement record = m_db.prepare(QStringLiteral("DELETE FROM territori_imports WHERE id = ?"));
            record.bind(1, batch->importId);
            record.run();
            break;
        }
        case OutboxEntry::Kind::Insert: {
            kind = QStringLiteral("delete");
            Statement st = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE \"uuid\" = ?").arg(table));
            st.bind(1, entry->featureUuid);
            st.run();
            break;
        }
        case OutboxEntry::Kind::Update: {
            kind = QStringLiteral("update");
            QStringList sets;
            QVariantList params;
            for (const FieldChange &c : entry->changes) {
                const QJsonValue &oldValue = c.oldValue;
                if (c.field == columns::draft) {
                    sets << QStringLiteral("\"draft\" = ?");
                    params << qlonglong(oldValue.toBool() ? 1 : 0);
                } else if (const FieldDef *f = layer->field(c.field)) {
                    sets << quoteIdentifier(f->name) + QStringLiteral(" = ?");
                    params << restoredValue(*f, oldValue);
                }
            }
            if (!entry->geomOld.isNull()) {
                sets << QStringLiteral("\"geom\" = ?");
                params << entry->geomOld;
            }
            sets << QStringLiteral("\"modified_at\" = ?");
            params << isoDateTime(QDateTime::currentDateTimeUtc());
            Statement st = m_db.prepare(
                QStringLiteral("UPDATE %1 SET %2 WHERE \"uuid\" = ?").arg(table, sets.join(QStringLiteral(", "))));
            int i = 1;
            for (const auto &p : params)
                st.bindVariant(i++, p);
            st.bind(i, entry->featureUuid);
            st.run();
            if (m_db.changes() != 1)
                return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "The feature no longer exists."));
            break;
        }
        case OutboxEntry::Kind::Delete: {
            kind = QStringLiteral("insert");
            QStringList names{QStringLiteral("\"geom\""), QStringLiteral("\"uuid\""), QStringLiteral("\"modified_at\"")};
            QVariantList params{entry->geomOld, entry->featureUuid, isoDateTime(QDateTime::currentDateTimeUtc())};
            for (const FieldChange &c : entry->changes) {
                const QJsonValue &oldValue = c.oldValue;
                if (const FieldDef *f = layer->field(c.field)) {
                    names << quoteIdentifier(f->name);
                    params << restoredValue(*f, oldValue);
                } else if (c.field == columns::draft) {
                    names << QStringLiteral("\"draft\"");
                    params << qlonglong(oldValue.toBool() ? 1 : 0);
                } else if (c.field == columns::gpsAccuracy || c.field == columns::syncRev) {
                    names << quoteIdentifier(c.field);
                    params << oldValue.toVariant();
                } else if (c.field == columns::createdAt || c.field == columns::author ||
                           c.field == columns::device || c.field == columns::gpsFixTime ||
                           c.field == columns::source) {
                    names << quoteIdentifier(c.field);
                    params << oldValue.toString();
                }
            }
            QStringList marks;
            for (int i = 0; i < names.size(); ++i)
                marks << QStringLiteral("?");
            Statement st = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                            .arg(table, names.join(QStringLiteral(", ")), marks.join(QLatin1Char(','))));
            int i = 1;
            for (const auto &p : params)
                st.bindVariant(i++, p);
            st.run();
            break;
        }
        }
        Outbox::removeEntry(m_db, entry->seq);
        touchContents(entry->layer, Envelope());
        return EditResult::success(entry->featureUuid, entry->opId);
    });
}

QString EditGateway::guard(const LayerDef &layer, const QVariantMap &attributes) const
{
    return m_guard ? m_guard(layer, attributes) : QString();
}

EditResult EditGateway::erasePersonalData(const QString &layerName, const QString &uuid, const QStringList &fields,
                                          const QString &erasedAtField)
{
    const LayerDef *layer = m_project.layer(layerName);
    if (!layer)
        return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "The layer '%1' does not exist.").arg(layerName));
    for (const QString &f : fields + QStringList{erasedAtField})
        if (!layer->field(f))
            return EditResult::failure(ErrorKind::Invalid,
                                       QCoreApplication::translate("EditGateway", "The layer '%1' has no field '%2'.")
                                           .arg(layer->title.text(uiLanguage()), f));
    // Freed pages are overwritten with zeros while the data goes: nothing is left in the file to undelete.
    m_db.exec("PRAGMA secure_delete = ON");
    const QString erased = QStringLiteral("(erased)");
    EditResult result = write([&](QString &outLayer, QString &kind) {
        outLayer = layerName;
        kind = QStringLiteral("update");
        FeatureReader reader(m_db, *layer);
        const auto old = reader.byUuid(uuid);
        if (!old)
            return EditResult::failure(ErrorKind::NotFound, QCoreApplication::translate("EditGateway", "The feature no longer exists."));
        const QString now = isoDateTime(QDateTime::currentDateTimeUtc());
        materializeImported(*layer, uuid); // the erasure is an update: a row of an import not sent yet needs its insert
        QStringList sets;
        for (const QString &f : fields)
            sets << quoteIdentifier(f) + QStringLiteral(" = NULL");
        sets << quoteIdentifier(erasedAtField) + QStringLiteral(" = ?1") << QStringLiteral("\"modified_at\" = ?1");
        Statement st = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE \"uuid\" = ?2")
                                        .arg(quoteIdentifier(layer->name), sets.join(QStringLiteral(", "))));
        st.bind(1, now).bind(2, uuid);
        st.run();
        // The journal of this feature held the values too (old and new of every edit, and of conflicts): they are
        // replaced by a mark, so the erasure still reaches the SIT as "set to nothing" and nothing is kept here.
        scrubErased(*layer, uuid, fields);
        // The erasure itself is an edit to send: old values marked, new ones empty.
        OutboxEntry e;
        e.opId = newId();
        e.layer = layer->name;
        e.featureUuid = uuid;
        e.kind = OutboxEntry::Kind::Update;
        e.baseRev = old->meta.syncRev;
        for (const QString &f : fields)
            e.changes.set(f, erased, QJsonValue::Null);
        e.changes.set(erasedAtField, QJsonValue::Null, now);
        Outbox::append(m_db, e, m_context.author, m_context.device);
        return EditResult::success(uuid, e.opId);
    });
    m_db.exec("PRAGMA secure_delete = OFF");
    if (result.ok)
        afterScrub(); // the write-ahead log still holds the old pages until a checkpoint empties it
    else
        m_scrubbed = false;
    return result;
}

} // namespace territori::store
