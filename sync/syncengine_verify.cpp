// SyncEngine's anti-entropy check: after the pull, each layer held here is compared with the SIT by buckets of
// revisions (count and digest of uuid + rev), and the buckets that differ feature by feature. Whatever made them
// differ (a skipped revision, a store edited behind the app's back, a restored backup), what the SIT has is fetched
// again and what it no longer has is removed here; features with edits not yet sent are left to the push. See
// docs/sync.md, "The anti-entropy check".

#include "syncengine_p.h"

#include <QCoreApplication>

#include <map>

namespace territori::sync {

using namespace territori::store;

namespace {

const QString kVerifyFeed = QStringLiteral("territori_verify");

// A bucket's count and digest: the sum of 60-bit terms, which a 128-bit integer holds for any store.
struct Tally
{
    qint64 count = 0;
    unsigned __int128 sum = 0;
    void add(quint64 term)
    {
        ++count;
        sum += term;
    }
    QString digest() const
    {
        if (sum == 0)
            return QStringLiteral("0");
        QString out;
        for (unsigned __int128 v = sum; v > 0; v /= 10)
            out.prepend(QChar(char('0' + int(v % 10))));
        return out;
    }
};

using BucketKey = std::pair<qint64, QString>; // bucket, moderation state ("" when the layer has none)

} // namespace

bool SyncEngine::Run::verifyDue()
{
    switch (settings.verify) {
    case SyncSettings::Verify::Never: return false;
    case SyncSettings::Verify::Always: return true;
    case SyncSettings::Verify::WhenDue: break;
    }
    const QDateTime last = SyncState(project->db()).feed(kVerifyFeed).lastSuccess;
    return !last.isValid() || last.secsTo(QDateTime::currentDateTimeUtc()) >= qint64(settings.verifyEveryHours) * 3600;
}

bool SyncEngine::Run::verify()
{
    report.verify = VerifyReport();
    report.verify.ran = true;
    progress(std::min(0.97, pullEnd), QCoreApplication::translate("Sync", "Comparing the layers with the SIT"));
    for (const LayerDef &l : project->layers()) {
        if (!syncable.contains(l.name))
            continue;
        // The SIT's digests cover a whole layer; here only the work area's part of it is kept.
        if (clipped(l)) {
            report.verify.unverifiable << l.name;
            continue;
        }
        if (!verifyLayer(l))
            return false;
    }
    const VerifyReport &v = report.verify;
    if (v.healed > 0)
        warn(QCoreApplication::translate("Sync", "The comparison with the SIT found %n feature(s) that differed on "
                                                 "this device; they were fetched again.",
                                         "", v.healed));
    if (!v.onlyHere.isEmpty())
        warn(QCoreApplication::translate("Sync", "%n feature(s) on this device are on the SIT neither as features nor "
                                                 "as deletions (%1): they were kept here; ask the SIT's administrator.",
                                         "", int(v.onlyHere.size()))
                 .arg(v.onlyHere.mid(0, 5).join(QStringLiteral(", "))));
    const EditResult recorded = gateway->recordSyncAttempt(kVerifyFeed, true, QString());
    if (!recorded.ok)
        throw StoreError(recorded.error, recorded.message);
    return true;
}

bool SyncEngine::Run::verifyLayer(const LayerDef &layer)
{
    const qint64 cursor = SyncState(project->db()).feed(layer.name).cursor;
    if (cursor <= 0)
        return true; // nothing received yet: nothing to compare
    std::vector<wfs::DigestRow> rows;
    bool published = false;
    const CallResult r = client.digests(layer.name, rows, published);
    if (!r.ok())
        return stop(r);
    if (!published) {
        report.verify.unverifiable << layer.name;
        return true;
    }
    ++report.verify.layers;
    const qint64 lastBucket = cursor >> wfs::digestBucketBits;
    std::map<BucketKey, std::pair<qint64, QString>> theirs;
    // The moderation states the SIT shows this role: a citizen reads only published entries, so its own entries
    // waiting for moderation are not compared.
    // A device that does not moderate keeps only published entries of others (and its own, which the digest cannot
    // tell apart): only published ones are compared there.
    const bool all = settings.keepsWithdrawn();
    QSet<QString> states{QString()};
    if (!layer.moderationState.isEmpty())
        states.insert(QStringLiteral("pubblicato"));
    for (const wfs::DigestRow &d : rows) {
        if (all)
            states.insert(d.moderation);
        if (d.bucket <= lastBucket && states.contains(d.moderation))
            theirs[{d.bucket, d.moderation}] = {d.count, d.digest};
    }

    std::map<BucketKey, Tally> mine;
    {
        const QString state = layer.moderationState.isEmpty() ? QStringLiteral("NULL")
                                                              : quoteIdentifier(layer.moderationState);
        Statement st = project->db().prepare(QStringLiteral("SELECT \"uuid\", \"sync_rev\", %1 FROM %2 WHERE "
                                                            "\"sync_rev\" IS NOT NULL AND \"sync_rev\" <= ?")
                                                 .arg(state, quoteIdentifier(layer.name)));
        st.bind(1, cursor);
        while (st.step()) {
            const QString moderation = st.isNull(2) ? QString() : st.text(2);
            if (!states.contains(moderation))
                continue;
            const qint64 rev = st.int64(1);
            mine[{rev >> wfs::digestBucketBits, moderation}].add(wfs::digestTerm(st.text(0), rev));
        }
    }
    QSet<qint64> buckets, differing;
    for (const auto &[k, v] : theirs) {
        buckets.insert(k.first);
        const auto it = mine.find(k);
        if (it == mine.end() || it->second.count != v.first || it->second.digest() != v.second)
            differing.insert(k.first);
    }
    for (const auto &[k, v] : mine) {
        buckets.insert(k.first);
        if (!theirs.count(k))
            differing.insert(k.first);
    }
    report.verify.buckets += int(buckets.size());
    QList<qint64> sorted = differing.values();
    std::sort(sorted.begin(), sorted.end());
    for (qint64 b : std::as_const(sorted)) {
        if (!verifyBucket(layer, b, cursor, states))
            return false;
    }
    return true;
}

bool SyncEngine::Run::verifyBucket(const LayerDef &layer, qint64 bucket, qint64 cursor, const QSet<QString> &states)
{
    ++report.verify.mismatched;
    const qint64 lo = bucket << wfs::digestBucketBits;
    const qint64 hi = std::min(cursor, ((bucket + 1) << wfs::digestBucketBits) - 1);
    Database &db = project->db();

    // The SIT's rows in the bucket, deleted ones included, up to the cursor: what this device should hold. Only
    // their uuid, revision and deleted flag travel; what differs is fetched whole below.
    std::vector<RemoteFeature> theirs;
    for (qint64 after = lo - 1;;) {
        wfs::FeaturePage page;
        const CallResult r = client.changes(&layer, layer.name, after, hi, settings.pageSize, page, true,
                                            layer.moderationState);
        if (!r.ok())
            return stop(r);
        for (const QString &w : page.warnings)
            warn(w);
        const bool full = qint64(page.features.size()) >= settings.pageSize;
        for (RemoteFeature &f : page.features)
            theirs.push_back(std::move(f));
        if (!full)
            break;
        after = page.maxRev;
    }

    QSet<QString> pending;
    {
        Statement st = db.prepare(QStringLiteral("SELECT DISTINCT feature_uuid FROM territori_outbox WHERE layer = ? "
                                                 "AND %1")
                                      .arg(Outbox::unsentIn()));
        st.bind(1, layer.name);
        while (st.step())
            pending.insert(st.text(0));
        // A file import's rows still to go (store::ImportBatch) are the push's too.
        Statement imported = db.prepare(QStringLiteral("SELECT \"uuid\" FROM %1 WHERE \"import_batch\" IS NOT NULL")
                                            .arg(quoteIdentifier(layer.name)));
        while (imported.step())
            pending.insert(imported.text(0));
    }
    const QString table = quoteIdentifier(layer.name);
    const QString state = layer.moderationState.isEmpty() ? QStringLiteral("NULL") : quoteIdentifier(layer.moderationState);
    // What this device holds in the bucket as synced.
    QHash<QString, qint64> mine;
    {
        Statement st = db.prepare(QStringLiteral("SELECT \"uuid\", \"sync_rev\", %1 FROM %2 WHERE \"sync_rev\" BETWEEN "
                                                 "? AND ?")
                                      .arg(state, table));
        st.bind(1, lo).bind(2, hi);
        while (st.step())
            if (states.contains(st.isNull(2) ? QString() : st.text(2)))
                mine.insert(st.text(0), st.int64(1));
    }
    Statement localRev = db.prepare(QStringLiteral("SELECT \"sync_rev\" FROM %1 WHERE \"uuid\" = ?").arg(table));
    // nullopt: no such feature here; a row without a revision reads as 0.
    auto local = [&](const QString &uuid) -> std::optional<qint64> {
        localRev.bind(1, uuid);
        std::optional<qint64> rev;
        if (localRev.step())
            rev = localRev.isNull(0) ? 0 : localRev.int64(0);
        localRev.reset();
        return rev;
    };

    // Set aside by the pull (too large, unreadable): known, named in the report, and tried at every run already.
    QSet<QString> setAside;
    for (const SetAsideFeature &a : SyncState(db).setAside())
        if (a.layer == layer.name)
            setAside.insert(a.uuid);
    std::vector<RemoteFeature> heal;
    QSet<QString> seen;
    for (RemoteFeature &f : theirs) {
        seen.insert(f.uuid);
        if (setAside.contains(f.uuid))
            continue;
        if (!layer.moderationState.isEmpty() && !f.deleted &&
            !states.contains(f.attributes.value(layer.moderationState).toString()))
            continue; // not kept on this device (not published)
        if (pending.contains(f.uuid)) {
            ++report.verify.pendingHere;
            continue;
        }
        const std::optional<qint64> here = mine.contains(f.uuid) ? std::optional<qint64>(mine.value(f.uuid)) : local(f.uuid);
        if (f.deleted ? here.has_value() : (!here || *here < f.rev))
            heal.push_back(std::move(f));
    }
    // Held here in the bucket but not among the SIT's rows: changed since (a later revision), deleted for good, or
    // never there.
    QStringList absent;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        if (pending.contains(it.key()))
            ++report.verify.pendingHere;
        else
            absent << it.key();
    }
    if (!absent.isEmpty()) {
        wfs::FeaturePage now;
        CallResult r = client.features(layer, absent, now);
        if (!r.ok())
            return stop(r);
        QSet<QString> found;
        for (RemoteFeature &f : now.features) {
            found.insert(f.uuid);
            // A revision above the cursor is a change the next pull brings; one at or below it was missed.
            if (f.rev <= cursor && f.rev != mine.value(f.uuid))
                heal.push_back(std::move(f));
        }
        QStringList gone;
        for (const QString &u : std::as_const(absent))
            if (!found.contains(u))
                gone << u;
        if (!gone.isEmpty()) {
            wfs::FeaturePage tombs;
            r = client.tombstones(layer.name, gone, tombs);
            if (!r.ok())
                return stop(r);
            QSet<QString> tombstoned;
            for (RemoteFeature &t : tombs.features) {
                if (t.layer != layer.name)
                    continue;
                tombstoned.insert(t.uuid);
                // A deletion newer than the cursor is a change the next pull brings, not a difference.
                if (t.rev <= cursor)
                    heal.push_back(std::move(t));
            }
            for (const QString &u : std::as_const(gone))
                if (!tombstoned.contains(u))
                    report.verify.onlyHere << layer.name + QLatin1Char(' ') + u;
        }
    }
    if (heal.empty())
        return true;
    // What differs is fetched whole (tombstones and deletions are whole already); a feature that cannot be taken is
    // set aside, as in the pull.
    std::vector<RemoteFeature> whole;
    QStringList fetch;
    for (RemoteFeature &f : heal) {
        if (f.deleted)
            whole.push_back(std::move(f));
        else
            fetch << f.uuid;
    }
    if (!fetch.isEmpty()) {
        wfs::FeaturePage page;
        CallResult r = client.features(layer, fetch, page);
        if (!r.ok() && r.featureTrouble) {
            page = wfs::FeaturePage();
            for (const QString &u : std::as_const(fetch)) {
                wfs::FeaturePage one;
                r = client.features(layer, {u}, one);
                if (!r.ok() && !r.featureTrouble)
                    return stop(r);
                if (!r.ok()) {
                    must(gateway->setAside(layer.name, u, 0, r.message));
                    report.setAside << layer.name + QLatin1Char(' ') + u + QStringLiteral(": ") + r.message;
                    continue;
                }
                for (RemoteFeature &f : one.features)
                    page.features.push_back(std::move(f));
            }
            r = CallResult();
        }
        if (!r.ok())
            return stop(r);
        for (RemoteFeature &f : page.features)
            whole.push_back(std::move(f));
    }
    // Through the gateway like any pulled row: idempotent by revision, merged with any edit made meanwhile.
    const auto stats = gateway->applyRemote(QString(), std::nullopt, whole);
    apply(stats);
    report.verify.healed += stats.applied;
    for (const RemoteFeature &f : whole)
        report.verify.healedFeatures << layer.name + QLatin1Char(' ') + f.uuid;
    return true;
}

} // namespace territori::sync
