#include "journal.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace territori::store {

namespace {

QJsonObject triple(const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs)
{
    QJsonObject o;
    o.insert(QStringLiteral("base"), base);
    o.insert(QStringLiteral("mine"), mine);
    o.insert(QStringLiteral("theirs"), theirs);
    return o;
}

Geometry geometryOf(const QByteArray &blob)
{
    Geometry g;
    if (!blob.isEmpty())
        fromGpkgBlob(blob, g);
    return g;
}

bool sameCoords(const Ring &a, const Ring &b)
{
    // The SIT's GeoJSON carries 6 decimals (QGIS Server 3.22 applies the layer precision to GML only): a round trip
    // moves a coordinate by up to 5e-7 degrees, about 5 cm. Closer than that, two geometries are the same one.
    constexpr double tolerance = 6e-7;
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::abs(a[i].x - b[i].x) > tolerance || std::abs(a[i].y - b[i].y) > tolerance)
            return false;
    return true;
}

} // namespace

QJsonObject featureValuesJson(const LayerDef &layer, const QVariantMap &attributes, bool draft)
{
    QJsonObject o;
    for (const auto &f : layer.fields)
        o.insert(f.name, toJsonValue(f, attributes.value(f.name)));
    o.insert(columns::draft, draft);
    return o;
}

bool sameFieldValue(const LayerDef &layer, const QString &field, const QJsonValue &a, const QJsonValue &b)
{
    if (a == b)
        return true;
    const auto isEmpty = [](const QJsonValue &v) {
        return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
               (v.isArray() && v.toArray().isEmpty());
    };
    if (isEmpty(a) || isEmpty(b))
        return isEmpty(a) && isEmpty(b);
    const FieldDef *f = layer.field(field);
    if (!f)
        return false;
    QString ignored;
    const QVariant va = normalizeValue(*f, a.toVariant(), &ignored);
    const QVariant vb = normalizeValue(*f, b.toVariant(), &ignored);
    switch (f->type) {
    case FieldType::Decimal: {
        const double x = va.toDouble(), y = vb.toDouble();
        return std::abs(x - y) <= 1e-12 * std::max({1.0, std::abs(x), std::abs(y)});
    }
    case FieldType::DateTime: return va.toDateTime() == vb.toDateTime();
    default: return toJsonValue(*f, va) == toJsonValue(*f, vb);
    }
}

bool sameGeometry(const Geometry &a, const Geometry &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    if (a.type != b.type || a.parts.size() != b.parts.size())
        return false;
    for (size_t p = 0; p < a.parts.size(); ++p) {
        if (a.parts[p].size() != b.parts[p].size())
            return false;
        for (size_t r = 0; r < a.parts[p].size(); ++r)
            if (!sameCoords(a.parts[p][r], b.parts[p][r]))
                return false;
    }
    return true;
}

PendingChange coalesce(const LayerDef &layer, const std::vector<OutboxEntry> &entries, std::optional<Feature> current)
{
    PendingChange c;
    c.layer = layer.name;
    c.current = std::move(current);
    if (entries.empty()) {
        c.kind = PendingChange::Kind::Nothing;
        return c;
    }
    c.uuid = entries.front().featureUuid;
    for (const OutboxEntry &e : entries) {
        c.seqs.push_back(e.seq);
        c.opIds << e.opId;
        c.byOtherProgram = c.byOtherProgram || !e.origin.isEmpty();
        c.held = c.held || !e.problem.isEmpty();
        if (!e.problem.isEmpty()) {
            for (const QJsonValue &v : QJsonDocument::fromJson(e.problem.toUtf8()).array()) {
                const QJsonObject o = v.toObject();
                if (!o.value(QStringLiteral("keep")).toBool())
                    continue;
                FieldIssue i;
                i.field = o.value(QStringLiteral("field")).toString();
                i.message = o.value(QStringLiteral("message")).toString();
                i.kept = true;
                bool known = false;
                for (const FieldIssue &k : c.keptIssues)
                    known = known || (k.field == i.field && k.message == i.message);
                if (!known)
                    c.keptIssues.push_back(i);
            }
        }
        for (const QString &h : e.attachments)
            if (!c.attachments.contains(h))
                c.attachments << h;
        // The base is a field's first old value, mine its last new one.
        for (const FieldChange &ch : e.changes) {
            const FieldChange *had = c.fields.find(ch.field);
            c.fields.set(ch.field, had ? had->oldValue : ch.oldValue, ch.newValue);
        }
        if (!e.geomOld.isEmpty() && c.geomOld.isEmpty())
            c.geomOld = e.geomOld;
        if (!e.geomNew.isEmpty())
            c.geomNew = e.geomNew;
    }
    const bool created = entries.front().kind == OutboxEntry::Kind::Insert;
    const bool deleted = entries.back().kind == OutboxEntry::Kind::Delete;
    c.baseRev = c.current ? c.current->meta.syncRev : entries.back().baseRev;
    if (created && deleted) {
        c.kind = PendingChange::Kind::Nothing;
    } else if (created) {
        // The SIT has never had it: it goes whole, as the row is now, with the photos the row names (an entry carries
        // no copy of them, and a photo added and removed again before the sync need not go).
        c.kind = PendingChange::Kind::Insert;
        c.geometryChanged = true;
        c.fields = FieldChanges();
        c.geomOld = c.geomNew = QByteArray();
        c.attachments.clear();
        if (c.current)
            for (const FieldDef &f : layer.fields)
                if (f.type == FieldType::Photo)
                    for (const QString &h : c.current->attributes.value(f.name).toStringList())
                        if (!c.attachments.contains(h))
                            c.attachments << h;
    } else if (deleted) {
        c.kind = PendingChange::Kind::Delete;
    } else {
        c.kind = PendingChange::Kind::Update;
        // Edits that were changed back are not sent: the SIT's value is already the one the surveyor wants.
        FieldChanges kept;
        for (const FieldChange &ch : c.fields)
            if (!sameFieldValue(layer, ch.field, ch.oldValue, ch.newValue))
                kept.set(ch.field, ch.oldValue, ch.newValue);
        c.fields = kept;
        c.geometryChanged = !c.geomNew.isEmpty() && !sameGeometry(geometryOf(c.geomOld), geometryOf(c.geomNew));
        if (c.fields.isEmpty() && !c.geometryChanged)
            c.kind = PendingChange::Kind::Nothing;
    }
    return c;
}

MergeResult merge(const LayerDef &layer, const PendingChange &change, const RemoteFeature &server)
{
    MergeResult r;
    const QJsonObject theirs = featureValuesJson(layer, server.attributes, server.meta.draft);
    const QJsonObject mine = change.current ? featureValuesJson(layer, change.current->attributes,
                                                                change.current->meta.draft)
                                            : QJsonObject();
    const Geometry myGeometry = change.current ? change.current->geometry : Geometry();
    r.localValues = mine;
    r.localGeometry = myGeometry;
    auto baseOf = [&](const QString &field) { return change.fields.oldValue(field); };

    switch (change.kind) {
    case PendingChange::Kind::Nothing:
        r.outcome = MergeResult::Outcome::Converged;
        r.localValues = theirs;
        r.localGeometry = server.geometry;
        r.localDeleted = server.deleted;
        return r;

    case PendingChange::Kind::Delete:
        r.localDeleted = true;
        if (server.deleted) {
            r.outcome = MergeResult::Outcome::Converged;
        } else if (change.baseRev && server.rev == *change.baseRev) {
            r.outcome = MergeResult::Outcome::Clean; // nobody touched it: the delete still goes
        } else {
            // Deleted here, changed there: what they changed is shown against what the feature was. A newer revision
            // that changed nothing of it (this device's own last write, confirmed but not yet read back) is no
            // reason to keep the feature: the delete goes against it.
            for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it)
                if (!sameFieldValue(layer, it.key(), baseOf(it.key()), it.value()))
                    r.conflictFields.insert(it.key(), triple(baseOf(it.key()), QJsonValue::Null, it.value()));
            r.geometryConflict = !sameGeometry(geometryOf(change.geomOld), server.geometry);
            if (r.conflictFields.isEmpty() && !r.geometryConflict) {
                r.outcome = MergeResult::Outcome::Clean;
            } else {
                r.outcome = MergeResult::Outcome::Conflict;
                r.conflictKind = QStringLiteral("delete-edit");
            }
        }
        return r;

    case PendingChange::Kind::Insert:
        if (server.deleted) {
            r.outcome = MergeResult::Outcome::Conflict;
            r.conflictKind = QStringLiteral("edit-delete");
            for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
                r.conflictFields.insert(it.key(), triple(QJsonValue::Null, it.value(), QJsonValue::Null));
            return r;
        }
        // The SIT has this feature but not from this edit: there is no common base, so every difference counts.
        for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
            const QJsonValue t = theirs.value(it.key());
            if (!sameFieldValue(layer, it.key(), it.value(), t))
                r.conflictFields.insert(it.key(), triple(QJsonValue::Null, it.value(), t));
        }
        r.geometryConflict = !sameGeometry(myGeometry, server.geometry);
        if (r.conflictFields.isEmpty() && !r.geometryConflict) {
            r.outcome = MergeResult::Outcome::Converged;
            r.localValues = theirs;
            r.localGeometry = server.geometry;
        } else {
            r.outcome = MergeResult::Outcome::Conflict;
            r.conflictKind = QStringLiteral("edit-edit");
        }
        return r;

    case PendingChange::Kind::Update:
        break;
    }

    if (server.deleted) {
        r.outcome = MergeResult::Outcome::Conflict;
        r.conflictKind = QStringLiteral("edit-delete");
        for (const FieldChange &c : change.fields)
            r.conflictFields.insert(c.field, triple(c.oldValue, mine.value(c.field), QJsonValue::Null));
        r.geometryConflict = change.geometryChanged;
        return r;
    }

    for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it) {
        const QString &field = it.key();
        const QJsonValue t = it.value();
        if (!change.fields.contains(field)) {
            // Changed only on the SIT (or not at all): take theirs.
            r.localValues.insert(field, t);
            continue;
        }
        const QJsonValue b = baseOf(field);
        const QJsonValue m = mine.value(field);
        if (sameFieldValue(layer, field, t, b))
            r.toSend.set(field, t, m);
        else if (!sameFieldValue(layer, field, t, m))
            r.conflictFields.insert(field, triple(b, m, t));
        // else: both sides made the same change
    }
    if (change.geometryChanged) {
        const Geometry base = geometryOf(change.geomOld);
        if (sameGeometry(server.geometry, base))
            r.sendGeometry = true;
        else if (!sameGeometry(server.geometry, myGeometry))
            r.geometryConflict = true;
    } else {
        r.localGeometry = server.geometry;
    }
    if (!r.conflictFields.isEmpty() || r.geometryConflict) {
        r.outcome = MergeResult::Outcome::Conflict;
        r.conflictKind = QStringLiteral("edit-edit");
    } else if (r.toSend.isEmpty() && !r.sendGeometry) {
        r.outcome = MergeResult::Outcome::Converged;
    } else {
        r.outcome = MergeResult::Outcome::Clean;
    }
    return r;
}

} // namespace territori::store
