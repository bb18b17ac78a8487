// SyncEngine's push: photos uploaded first, then the outbox sent oldest first as WFS-T transactions, and what the
// SIT answered (or, after a lost answer, what reading back shows) written to the store.

#include "syncengine_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace territori::sync {

using namespace territori::store;
using detail::findPhoto;
using detail::key;

// Whether the SIT's file under a photo's name is that photo: read back and hashed. The SIT checks the hash of what
// it is sent, but a file can be there from before (another device, an older SIT), and a size says nothing.
bool SyncEngine::Run::sitHoldsPhoto(const QString &sha, bool &same)
{
    QByteArray theirs, mime;
    const CallResult r = client.downloadAttachment(sha, theirs, mime);
    if (!r.ok())
        return stop(r);
    same = QCryptographicHash::hash(theirs, QCryptographicHash::Sha256).toHex() == sha.toLatin1();
    return true;
}

bool SyncEngine::Run::uploadPhotos(const PendingChange &change, QString *problem)
{
    Statement st = project->db().cached("SELECT uploaded_at IS NOT NULL, mime FROM territori_attachments WHERE "
                                        "sha256 = ?");
    const QString differs = QCoreApplication::translate("Sync", "The SIT holds another file under the name of the photo "
                                                                "%1; the feature was not sent. Ask the SIT's "
                                                                "administrator to look at it.");
    for (const QString &sha : change.attachments) {
        if (confirmedPhotos.contains(sha))
            continue;
        st.bind(1, sha);
        bool uploaded = false;
        QByteArray mime = "image/jpeg";
        if (st.step()) {
            uploaded = st.int64(0) != 0;
            mime = st.text(1).toUtf8();
        }
        st.reset();
        if (uploaded) {
            confirmedPhotos.insert(sha);
            continue;
        }
        const QString path = findPhoto(project->directory(), sha);
        qint64 remoteSize = 0;
        bool exists = false;
        CallResult r = client.attachmentSize(sha, remoteSize, exists);
        if (!r.ok())
            return stop(r);
        QByteArray bytes;
        if (!path.isEmpty()) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                *problem = QCoreApplication::translate("Sync", "The photo %1 cannot be read on this device: %2").arg(sha.left(12), f.errorString());
                return true;
            }
            bytes = f.readAll();
            if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha.toLatin1()) {
                *problem = QCoreApplication::translate("Sync", "The photo %1 on this device is damaged (its content no longer matches its "
                              "fingerprint); the feature was not sent.")
                               .arg(sha.left(12));
                return true;
            }
        }
        bool confirmed = false;
        if (!exists) {
            if (bytes.isEmpty()) {
                *problem = QCoreApplication::translate("Sync", "The photo %1 is neither on this device nor on the SIT; the feature was not sent.")
                               .arg(sha.left(12));
                return true;
            }
            QByteArray digest;
            r = client.uploadAttachment(sha, bytes, mime, &digest);
            if (!r.ok()) {
                if (r.status == 401 || isTransient(r.error) || r.error == Job::Error::Cancelled ||
                    r.error == Job::Error::Tls)
                    return stop(r);
                if (r.status == 422) // it left here whole: it was damaged on the way
                    return stop(CallResult::failure(Job::Error::Network,
                                                    QCoreApplication::translate("Sync", "The photo %1 arrived damaged at the SIT; it will be sent again.")
                                                        .arg(sha.left(12))));
                if (r.status == 413)
                    *problem = QCoreApplication::translate("Sync", "The photo %1 (%2 MB) is larger than the SIT accepts; "
                                                                   "the feature was not sent. Take it again at a lower "
                                                                   "resolution.")
                                   .arg(sha.left(12))
                                   .arg(double(bytes.size()) / 1e6, 0, 'f', 1);
                else if (r.status == 507)
                    *problem = QCoreApplication::translate("Sync", "The SIT's space for your account's photos is full; "
                                                                   "the feature was not sent. Ask the SIT's administrator.");
                else
                    *problem = r.message;
                return true;
            }
            // A SIT that checks the hash of what it stores says so in its reply; otherwise (412: someone sent it
            // meanwhile, or an older SIT) what it holds is read back.
            confirmed = r.status == 201 && digest == "sha-256=" + QByteArray::fromHex(sha.toLatin1()).toBase64();
            if (r.status != 412)
                ++report.photosUploaded;
        }
        if (!confirmed) {
            bool same = false;
            if (!sitHoldsPhoto(sha, same))
                return false;
            if (!same) {
                *problem = differs.arg(sha.left(12));
                return true;
            }
        }
        must(gateway->markAttachmentUploaded(sha));
        confirmedPhotos.insert(sha);
    }
    return true;
}

// The reason of a refusal the SIT's database gave an action, out of QGIS Server's wrapping ("Error committing updates:
// ... PostGIS error while changing attributes: ERROR:  layer-rule: ... CONTEXT: ..."), or nothing when the message
// is not a refusal: a compare-and-set conflict (merged instead) or no message at all.
QString SyncEngine::Run::refusalReason(const QString &message)
{
    if (message.isEmpty() || message.contains(QLatin1String("sync-conflict")))
        return QString();
    const int at = message.indexOf(QLatin1String("ERROR:"));
    if (at < 0)
        return QString();
    QString reason = message.mid(at + 6).trimmed();
    const int context = reason.indexOf(QLatin1String("CONTEXT:"));
    if (context >= 0)
        reason.truncate(context);
    return reason.simplified();
}

bool SyncEngine::Run::buildInsert(const PendingChange &c, wfs::InsertAction &a, QString *problem,
                                  std::vector<FieldIssue> &fix)
{
    const LayerDef &layer = *project->layer(c.layer);
    const QStringList &props = published.value(layer.name);
    const Feature &f = *c.current;
    a.typeName = layer.name;
    a.handle = c.opId();
    QStringList unpublished;
    const QJsonObject values = featureValuesJson(layer, f.attributes, f.meta.draft);
    for (const FieldDef &field : layer.fields) {
        const wfs::EncodedValue v = wfs::encodeValue(field, values.value(field.name));
        if (!v.ok()) {
            fix.push_back({field.name, FieldIssue::Severity::Error, v.error});
            continue;
        }
        if (!v.text)
            continue; // NULL: an Insert sends nothing for it (QGIS stores NULL)
        if (!props.contains(field.name)) {
            unpublished << field.name;
            continue;
        }
        a.properties.push_back({field.name, v.text});
    }
    if (!unpublished.isEmpty()) {
        *problem = QCoreApplication::translate("Sync", "The SIT's layer '%1' has no field %2: the feature was not sent, so that nothing is lost. Ask "
                      "for the field to be added to the SIT.")
                       .arg(layer.name, unpublished.join(QStringLiteral(", ")));
        return false;
    }
    auto meta = [&](const QString &name, const std::optional<QString> &value) {
        if (value && props.contains(name))
            a.properties.push_back({name, value});
    };
    auto time = [](const QDateTime &t) { return t.isValid() ? std::optional<QString>(isoDateTime(t)) : std::nullopt; };
    meta(wfs::sit::uuid, c.uuid);
    meta(columns::createdAt, time(f.meta.createdAt));
    // No author: the SIT records the authenticated account as the author and refuses any other name (docs/sit.md,
    // "Identity"); the name typed on the device stays on the device.
    meta(columns::device, f.meta.device.isEmpty() ? std::nullopt : std::optional<QString>(f.meta.device));
    if (f.meta.gpsAccuracy)
        meta(columns::gpsAccuracy, QString::number(*f.meta.gpsAccuracy, 'g', 10));
    meta(columns::gpsFixTime, time(f.meta.gpsFixTime));
    meta(columns::draft, f.meta.draft ? QStringLiteral("true") : QStringLiteral("false"));
    // An imported row's short provenance names its import, whose record stays here: the SIT gets the file's name too.
    meta(columns::source, f.meta.source.isEmpty()
                              ? std::nullopt
                              : std::optional<QString>(Outbox::sourceForSit(project->db(), f.meta.source)));
    meta(wfs::sit::deleted, QStringLiteral("false"));
    meta(wfs::sit::lastOp, c.opId());
    // The SIT accepts only the authenticated account here (its QGIS filter and its trigger check it).
    meta(wfs::sit::updatedBy, settings.user);
    if (props.contains(wfs::sit::geometry))
        a.geometry = f.geometry;
    return true;
}

bool SyncEngine::Run::buildUpdate(const PendingChange &c, wfs::UpdateAction &a, QString *problem,
                                  std::vector<FieldIssue> &fix)
{
    const LayerDef &layer = *project->layer(c.layer);
    const QStringList &props = published.value(layer.name);
    a.typeName = layer.name;
    a.handle = c.opId();
    a.uuid = c.uuid;
    a.rev = c.baseRev;
    QStringList unpublished;
    if (c.kind == PendingChange::Kind::Delete) {
        a.properties.push_back({wfs::sit::deleted, QStringLiteral("true")});
    } else {
        // The values go as the feature holds them now (the last edit's), in their canonical form.
        const QJsonObject now = c.current ? featureValuesJson(layer, c.current->attributes, c.current->meta.draft)
                                          : QJsonObject();
        for (const FieldChange &change : c.fields) {
            const QJsonValue value =
                c.current && now.contains(change.field) ? now.value(change.field) : change.newValue;
            if (change.field == columns::draft) {
                a.properties.push_back({columns::draft, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
                continue;
            }
            if (change.field == wfs::sit::deleted) {
                a.properties.push_back({wfs::sit::deleted, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
                continue;
            }
            const FieldDef *field = layer.field(change.field);
            if (!field)
                continue; // system columns of the entry (gps, author) are not edited after creation
            if (!props.contains(field->name)) {
                unpublished << field->name;
                continue;
            }
            const wfs::EncodedValue v = wfs::encodeValue(*field, value);
            if (!v.ok()) {
                fix.push_back({field->name, FieldIssue::Severity::Error, v.error});
                continue;
            }
            a.properties.push_back({field->name, v.text});
        }
        if (c.geometryChanged && props.contains(wfs::sit::geometry)) {
            Geometry g;
            if (c.current)
                g = c.current->geometry;
            else
                fromGpkgBlob(c.geomNew, g);
            // A desktop GIS may write a single shape into a multi-part layer: the SIT's column takes only multis.
            a.geometry = convertedTo(g, layer.geometryType());
        }
    }
    if (!unpublished.isEmpty()) {
        *problem = QCoreApplication::translate("Sync", "The SIT's layer '%1' has no field %2: the change was not sent, so that nothing is lost. Ask "
                      "for the field to be added to the SIT.")
                       .arg(layer.name, unpublished.join(QStringLiteral(", ")));
        return false;
    }
    a.properties.push_back({wfs::sit::lastOp, c.opId()});
    a.properties.push_back({wfs::sit::updatedBy, settings.user});
    // The trigger refuses the write when base_rev is not the stored rev, even if the filter let it through.
    if (c.baseRev)
        a.properties.push_back({wfs::sit::baseRev, QString::number(*c.baseRev)});
    // Only properties the layer publishes: an unknown one in a transaction can hang a QGIS worker (sit-wfst.md Q3).
    std::vector<wfs::Property> kept;
    for (auto &p : a.properties)
        if (props.contains(p.name))
            kept.push_back(std::move(p));
    a.properties = std::move(kept);
    return true;
}

bool SyncEngine::Run::push()
{
    pushTotal = Outbox::pendingCount(project->db());
    if (pushTotal == 0)
        return true;
    progress(0.02, QCoreApplication::translate("Sync", "Sending %n edits", "", int(pushTotal)));
    for (int round = 0;; ++round) {
        // Each round takes the oldest features still pending; a feature sent twice in a run without being
        // confirmed (the SIT keeps changing it, a reply keeps getting lost) waits for the next run.
        const int lanes = std::max(1, settings.parallelRequests);
        std::vector<PendingChange> changes = gateway->pendingChanges(settings.batchSize * lanes + held.size());
        std::vector<const PendingChange *> ready;
        std::vector<EditGateway::Acknowledgement> nothing;
        for (const PendingChange &c : changes) {
            const QString k = key(c.layer, c.uuid);
            if (held.contains(k) || !syncable.contains(c.layer))
                continue;
            if (c.kind == PendingChange::Kind::Nothing) {
                nothing.push_back({c, std::nullopt});
                continue;
            }
            if (++attempts[k] > 3) {
                held.insert(k);
                warn(QCoreApplication::translate("Sync", "An edit of %1 could not be confirmed after several tries; it "
                                                         "will be sent again at the next sync.")
                         .arg(c.layer));
                continue;
            }
            if (int(ready.size()) < settings.batchSize * lanes)
                ready.push_back(&c);
        }
        if (!nothing.empty()) {
            EditResult r = gateway->acknowledge(nothing);
            if (!r.ok)
                throw StoreError(r.error, r.message);
        }
        if (ready.empty())
            return true;
        // Up to `lanes` transactions travel together (each feature in one of them only): the SIT parses one while
        // PostgreSQL writes the other. Each is then settled on its own, oldest first.
        std::vector<Batch> batches(size_t((int(ready.size()) + settings.batchSize - 1) / settings.batchSize));
        for (size_t i = 0; i < batches.size(); ++i) {
            const auto first = ready.begin() + qsizetype(i * size_t(settings.batchSize));
            const auto last = i + 1 == batches.size() ? ready.end() : first + settings.batchSize;
            if (!prepare({first, last}, batches[i]))
                return false;
        }
        QList<QByteArray> bodies;
        for (const Batch &b : batches)
            if (!b.sent.empty())
                bodies << b.body;
        const auto replies = client.transactions(bodies);
        int next = 0;
        for (const Batch &b : batches) {
            if (b.sent.empty())
                continue;
            const auto &[r, result] = replies[size_t(next++)];
            if (!settle(b, r, result))
                return false;
        }
        if (round > 10000)
            return true;
    }
}

bool SyncEngine::Run::prepare(const std::vector<const PendingChange *> &batch, Batch &b)
{
    std::vector<wfs::InsertAction> inserts;
    std::vector<wfs::UpdateAction> updates;
    std::vector<const PendingChange *> unknownBase;
    for (const PendingChange *c : batch) {
        QString problem;
        // What another program (a desktop GIS) wrote was never checked by a form: it is checked now, and a value a
        // form would refuse, or that cannot travel as it is, keeps the change here for a person to fix.
        // A change held before (by such a check, or by a definition update's new rules) is checked again: it goes
        // once it passes.
        std::vector<FieldIssue> fix;
        if (c->byOtherProgram || c->held)
            fix = gateway->checkBeforeSending(*c);
        if (!fix.empty()) {
            hold(*c, fix);
            continue;
        }
        if (!c->attachments.isEmpty() && !uploadPhotos(*c, &problem))
            return false;
        bool ok = problem.isEmpty();
        if (ok && c->kind == PendingChange::Kind::Insert) {
            if (!c->current) {
                ok = false;
                problem = QCoreApplication::translate("Sync", "The feature to send is no longer in the project.");
            } else {
                wfs::InsertAction a;
                ok = buildInsert(*c, a, &problem, fix);
                if (ok && fix.empty())
                    inserts.push_back(std::move(a));
            }
        } else if (ok && !c->baseRev) {
            // The SIT's revision of this feature is not known here yet: read it first, then send against it.
            unknownBase.push_back(c);
            continue;
        } else if (ok) {
            wfs::UpdateAction a;
            ok = buildUpdate(*c, a, &problem, fix);
            if (ok && fix.empty())
                updates.push_back(std::move(a));
        }
        if (ok && !fix.empty()) {
            hold(*c, fix);
            continue;
        }
        if (!ok) {
            must(gateway->markFailed(*c, problem));
            ++report.failed;
            warn(QCoreApplication::translate("Sync", "An edit of %1 was not sent: %2")
                     .arg(project->layer(c->layer) ? project->layer(c->layer)->title.text(uiLanguage()) : c->layer, problem));
            continue;
        }
        if (c->held) {
            // Fixed since the last run: the note goes.
            const EditResult r = gateway->holdForFixing(*c, {});
            if (!r.ok)
                throw StoreError(r.error, r.message);
        }
        b.sent.push_back(c);
    }
    if (!unknownBase.empty() && !readBack(unknownBase, {}))
        return false;
    b.updates = int(updates.size());
    if (!b.sent.empty())
        b.body = wfs::encodeTransaction(inserts, updates);
    return true;
}

void SyncEngine::Run::hold(const PendingChange &c, const std::vector<FieldIssue> &issues)
{
    const EditResult r = gateway->holdForFixing(c, issues);
    if (!r.ok)
        throw StoreError(r.error, r.message);
    held.insert(key(c.layer, c.uuid));
    ++report.heldForFixing;
    QStringList what;
    for (const FieldIssue &i : issues)
        what << i.message;
    warn(QCoreApplication::translate("Sync", "A feature of %1 stays on this device until it is fixed: %2")
             .arg(project->layer(c.layer) ? project->layer(c.layer)->title.text(uiLanguage()) : c.layer,
                  what.join(QStringLiteral("; "))));
}

bool SyncEngine::Run::sendBatch(const std::vector<const PendingChange *> &batch)
{
    Batch b;
    if (!prepare(batch, b))
        return false;
    if (b.sent.empty())
        return true;
    wfs::TransactionResult result;
    const CallResult r = client.transaction(b.body, result);
    return settle(b, r, result);
}

bool SyncEngine::Run::settle(const Batch &b, const CallResult &r, const wfs::TransactionResult &result)
{
    const std::vector<const PendingChange *> &sent = b.sent;
    if (r.error == Job::Error::Cancelled || r.error == Job::Error::Tls)
        return stop(r);
    if (r.error == Job::Error::Permission) {
        // 401: wrong credentials, nothing can go; 403: this role may not write these layers.
        if (r.status == 401)
            return stop(r);
        for (const PendingChange *c : sent) {
            must(gateway->markFailed(*c, r.message));
            ++report.failed;
        }
        return true;
    }
    if (r.error == Job::Error::Server) {
        // The whole request was refused (HTTP 400): find the action it was about by halves, so the others go.
        if (sent.size() > 1) {
            const auto mid = sent.begin() + qsizetype(sent.size() / 2);
            return sendBatch({sent.begin(), mid}) && sendBatch({mid, sent.end()});
        }
        must(gateway->markFailed(*sent.front(), r.message));
        ++report.failed;
        return true;
    }
    if (!r.ok()) {
        // The request may or may not have reached the SIT: read back what it holds rather than sending again.
        if (!readBack(sent, {}))
            return false;
        pushDone += qint64(sent.size());
        return true;
    }

    std::vector<EditGateway::Acknowledgement> acks;
    std::vector<const PendingChange *> check;
    for (const PendingChange *c : sent) {
        if (c->kind == PendingChange::Kind::Insert) {
            if (result.inserted.contains(c->opId()))
                acks.push_back({*c, std::nullopt});
            else
                check.push_back(c);
        } else if (const QString refused = refusalReason(result.failures.value(c->opId())); !refused.isEmpty()) {
            // The SIT's database refused the update (a layer rule, identity, a moderator's rights): it stays here with
            // that reason instead of being merged and sent again.
            must(gateway->markFailed(*c, QCoreApplication::translate("Sync", "The SIT refused the change: %1").arg(refused)));
            ++report.failed;
        } else {
            // An update is confirmed only by the SIT's row carrying its op (read back below), never by the count in
            // the reply: QGIS Server counts an Update that found the row before a concurrent delete committed and
            // then changed nothing (the soak found the edit lost that way; docs/sync.md, "Under faults").
            check.push_back(c);
        }
    }
    if (!acks.empty()) {
        EditResult done = gateway->acknowledge(acks);
        if (!done.ok)
            throw StoreError(done.error, done.message);
        report.sent += int(acks.size());
    }
    // Updates are counted, not named, in a reply, and the count can be wrong: each is read back, and the SIT's row
    // decides.
    if (!check.empty() && !readBack(check, result.failures))
        return false;
    pushDone += qint64(sent.size());
    progress(0.02 + 0.48 * std::min(1.0, double(pushDone) / double(std::max<qint64>(1, pushTotal))),
             QCoreApplication::translate("Sync", "Sending edits"));
    return true;
}

bool SyncEngine::Run::readBack(const std::vector<const PendingChange *> &changes,
                               const QHash<QString, QString> &messages)
{
    QHash<QString, std::vector<const PendingChange *>> byLayer;
    for (const PendingChange *c : changes)
        byLayer[c->layer].push_back(c);
    for (auto it = byLayer.cbegin(); it != byLayer.cend(); ++it) {
        const LayerDef &layer = *project->layer(it.key());
        QStringList uuids;
        for (const PendingChange *c : it.value())
            uuids << c->uuid;
        wfs::FeaturePage page;
        const CallResult r = client.features(layer, uuids, page);
        if (!r.ok())
            return stop(r);
        for (const QString &w : page.warnings)
            warn(w);
        QSet<QString> found;
        QHash<QString, QString> lastOps;
        for (const RemoteFeature &f : page.features) {
            found.insert(f.uuid);
            lastOps.insert(f.uuid, f.lastOp);
        }
        // A row that no longer names our operation may still have taken it: another writer (a desktop user) may
        // have written it since. The SIT's record of applied operations tells; what it applied is confirmed, and the
        // row as it is now is then simply the SIT's newer version.
        QStringList ask;
        for (const PendingChange *c : it.value())
            if (found.contains(c->uuid) && lastOps.value(c->uuid) != c->opId())
                ask << c->opId();
        if (!ask.isEmpty()) {
            QHash<QString, qint64> applied;
            bool published = false;
            const CallResult o = client.appliedOps(ask, applied, published);
            if (!o.ok())
                return stop(o);
            std::vector<EditGateway::Acknowledgement> landed;
            for (const PendingChange *c : it.value())
                if (applied.contains(c->opId()))
                    landed.push_back({*c, applied.value(c->opId())});
            if (!landed.empty()) {
                must(gateway->acknowledge(landed));
                report.sent += int(landed.size());
                report.recovered += int(landed.size());
            }
        }
        // The SIT's rows decide: our last_op there means confirmed, anything else is merged (journal.h).
        const auto stats = gateway->applyRemote(QString(), std::nullopt, page.features);
        apply(stats);
        report.sent += stats.acknowledged;
        // A role that may not read an entry back (a citizen's comment awaiting moderation) still finds it in the
        // moderation feed: there, an insert that is missing from the layer landed all the same.
        if (!layer.moderationState.isEmpty() && published.contains(wfs::sit::moderation)) {
            QStringList missing;
            for (const PendingChange *c : it.value())
                if (!found.contains(c->uuid) && c->kind == PendingChange::Kind::Insert)
                    missing << c->uuid;
            if (!missing.isEmpty()) {
                wfs::FeaturePage moderated;
                const CallResult m = client.moderation(layer.name, missing, moderated);
                if (!m.ok())
                    return stop(m);
                std::vector<EditGateway::Acknowledgement> landed;
                for (const RemoteFeature &f : moderated.features)
                    for (const PendingChange *c : it.value())
                        if (c->uuid == f.uuid && f.layer == layer.name)
                            landed.push_back({*c, std::nullopt});
                if (!landed.empty()) {
                    EditResult done = gateway->acknowledge(landed);
                    if (!done.ok)
                        throw StoreError(done.error, done.message);
                    report.sent += int(landed.size());
                    report.recovered += int(landed.size());
                    for (const auto &a : landed)
                        found.insert(a.change.uuid);
                }
            }
        }
        for (const PendingChange *c : it.value()) {
            if (found.contains(c->uuid))
                continue;
            // Not on the SIT at all. An insert whose request never arrived goes again in the next round; anything
            // else was deleted there for good (the tombstones tell, after the pull) or refused.
            const QString k = key(c->layer, c->uuid);
            if (c->kind == PendingChange::Kind::Insert && messages.value(c->opId()).isEmpty())
                continue;
            held.insert(k);
            absentMessage.insert(k, messages.value(c->opId()));
        }
    }
    return true;
}

void SyncEngine::Run::settleAbsent()
{
    // After the tombstones were pulled, a feature still missing on the SIT with its edit still pending was refused.
    for (auto it = absentMessage.cbegin(); it != absentMessage.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('\x1f'));
        const LayerDef *layer = project->layer(parts.value(0));
        if (!layer)
            continue;
        // A row of a file import still in the import's entry gets its own entry first, to be held or refused.
        must(gateway->takeOutOfImport(layer->name, parts.value(1)));
        std::vector<OutboxEntry> pending;
        for (OutboxEntry &e : Outbox::forFeature(project->db(), layer->name, parts.value(1)))
            if (e.state == OutboxState::Pending)
                pending.push_back(std::move(e));
        if (pending.empty())
            continue;
        FeatureReader reader(project->db(), *layer);
        const PendingChange c = coalesce(*layer, pending, reader.byUuid(parts.value(1)));
        if (c.kind == PendingChange::Kind::Insert && it.value().isEmpty())
            continue; // the request never arrived: it goes again next time
        if (c.kind == PendingChange::Kind::Delete) {
            must(gateway->acknowledge({{c, std::nullopt}})); // gone there too
            continue;
        }
        must(gateway->markFailed(c, it.value().isEmpty()
                                        ? QCoreApplication::translate("Sync", "The feature is not on the SIT any more and the SIT gave no reason.")
                                        : QCoreApplication::translate("Sync", "The SIT refused the feature: %1").arg(it.value())));
        ++report.failed;
    }
}

} // namespace territori::sync
