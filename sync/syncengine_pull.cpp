// SyncEngine's pull: each layer's change feed read by revision cursor in pages and applied, then the photos the
// pulled features name downloaded.

#include "syncengine_p.h"

#include "packages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

#include <deque>

namespace territori::sync {

using namespace territori::store;
using detail::extensionFor;
using detail::findPhoto;
using detail::isSha256;

bool SyncEngine::Run::pull()
{
    // The watermark is read once, before any feed: every revision at or below it is settled on the SIT, so the
    // windows below it may be read in any order and at any later moment (docs/sync.md, "The cursor rule").
    bool hasWatermark = false;
    qint64 high = 0;
    const CallResult w = feed.watermark(high, hasWatermark);
    if (!w.ok())
        return stop(w);
    if (hasWatermark)
        highWater = high;
    else
        warn(QCoreApplication::translate("Sync", "The SIT's sync kit is older than this app (it publishes no feed "
                                                 "watermark): changes are read one page at a time, more slowly. Ask "
                                                 "for the kit to be updated (docs/sit.md)."));
    QList<const LayerDef *> layers;
    for (const LayerDef &l : project->layers())
        if (syncable.contains(l.name))
            layers << &l;
    packagesMissingBytes = missingPackageBytes();
    pullEnd = packagesMissingBytes > 0 ? 0.8 : 1.0;
    const double step = (pullEnd - 0.5) / double(layers.size() + 1);
    double at = 0.5;
    // A project downloaded for a work area keeps to it: a Clip layer's feed brings the features that intersect the
    // area, and its departures feed takes away those that left it (docs/sync.md, "Work areas").
    const QString area = project->workArea().isWhole() ? QString() : wfs::areaGml(project->workArea().geometry);
    for (const LayerDef *l : layers) {
        if (clipped(*l) && hasWatermark)
            settleDeparturesOfAnEmptyLayer(*l);
        feed.setArea(clipped(*l) ? area : QString());
        const bool ok = pullFeed(l, l->name, at, at + step) && (!clipped(*l) || pullDepartures(*l));
        feed.setArea(QString());
        if (!ok)
            return false;
        at += step;
    }
    if (!pullFeed(nullptr, wfs::sit::tombstones, at, at + step))
        return false;
    // A SIT without participation layers has no moderation feed.
    if (published.contains(wfs::sit::moderation) && !pullFeed(nullptr, wfs::sit::moderation, at, at + step))
        return false;
    downloadPhotos();
    return report.ok();
}

CallResult SyncEngine::Run::readAroundTrouble(const LayerDef &layer, qint64 after, std::optional<qint64> upTo,
                                              const CallResult &trouble, wfs::FeaturePage &page, qint64 &reached)
{
    // Fewer features at a time, down to one: the first page that reads brings everything before the feature.
    for (int max = settings.pageSize / 2; max >= 1; max /= 2) {
        page = wfs::FeaturePage();
        const CallResult r = feed.changes(&layer, layer.name, after, upTo, max, page);
        if (r.ok()) {
            if (qint64(page.features.size()) >= max)
                reached = page.maxRev; // a full page: complete up to its last revision
            else if (upTo)
                reached = *upTo;
            else if (!page.features.empty())
                reached = page.maxRev;
            return r;
        }
        if (!r.featureTrouble)
            return r;
    }
    // The first feature of the range alone cannot be taken: its uuid and revision name it.
    wfs::FeaturePage ids;
    const CallResult named = feed.changes(&layer, layer.name, after, upTo, 1, ids, true);
    if (!named.ok() || ids.features.empty())
        return trouble;
    const RemoteFeature &f = ids.features.front();
    must(gateway->setAside(layer.name, f.uuid, f.rev, trouble.message));
    report.setAside << layer.name + QLatin1Char(' ') + f.uuid + QStringLiteral(": ") + trouble.message;
    page = wfs::FeaturePage();
    reached = f.rev;
    return CallResult();
}

bool SyncEngine::Run::retrySetAside(const LayerDef &layer)
{
    for (const SetAsideFeature &s : SyncState(project->db()).setAside()) {
        if (s.layer != layer.name)
            continue;
        wfs::FeaturePage page;
        const CallResult r = feed.features(layer, {s.uuid}, page);
        if (!r.ok() && !r.featureTrouble)
            return stop(r);
        if (!r.ok()) {
            must(gateway->setAside(layer.name, s.uuid, s.rev, r.message));
            report.setAside << layer.name + QLatin1Char(' ') + s.uuid + QStringLiteral(": ") + r.message;
            continue;
        }
        // Taken now (the SIT fixed it, or it is gone: its deletion comes with the feed).
        const auto stats = gateway->applyRemote(QString(), std::nullopt, page.features);
        apply(stats);
        report.received += stats.applied;
        must(gateway->forgetSetAside(layer.name, s.uuid));
    }
    return true;
}

bool SyncEngine::Run::pullFeed(const LayerDef *layer, const QString &typeName, double from, double to)
{
    if (layer && !retrySetAside(*layer))
        return false;
    SyncState state(project->db());
    qint64 cursor = state.feed(typeName).cursor;
    if (highWater && cursor >= *highWater)
        return true;
    qint64 total = 0;
    CallResult r = feed.countChanges(typeName, cursor, total);
    if (!r.ok())
        return stop(r);
    if (total == 0) {
        // Nothing of this feed above the cursor now, and nothing can still arrive at or below the watermark: the
        // cursor skips the stretch of other layers' revisions for good.
        if (highWater)
            apply(gateway->applyRemote(typeName, *highWater, {}));
        return true;
    }
    qint64 done = 0;
    const QString what = layer ? QCoreApplication::translate("Sync", "Receiving %1").arg(layer->title.text(uiLanguage()))
                               : QCoreApplication::translate("Sync", "Receiving deletions");
    auto received = [&](const wfs::FeaturePage &page, qint64 reached) {
        for (const QString &warning : page.warnings)
            warn(warning);
        // The page and its cursor commit together: a crash here repeats the page, which changes nothing twice.
        const auto stats = gateway->applyRemote(typeName, reached, page.features);
        apply(stats);
        report.received += stats.applied;
        cursor = reached;
        done += qint64(page.features.size());
    };
    auto feedFailed = [&](const CallResult &failure) {
        if (failure.error == Job::Error::Server) {
            // This feed's reply is unusable; nothing of it was written. Other layers still sync.
            must(gateway->recordSyncAttempt(typeName, false, failure.message));
            syncable.remove(typeName);
            report.error = failure.error;
            report.message = failure.message;
            return true;
        }
        return stop(failure);
    };

    if (!highWater) {
        // A SIT without a watermark: one open read at a time. A single read sees every revision below the highest
        // it returns (such a kit's lock makes commits happen in revision order), so its last revision is a safe cursor; reads made at
        // different moments give no such promise, hence no windows and nothing read ahead.
        while (true) {
            progress(from + (to - from) * std::min(1.0, double(done) / double(total)), what);
            wfs::FeaturePage page;
            r = feed.changes(layer, typeName, cursor, std::nullopt, settings.pageSize, page);
            if (!r.ok() && r.featureTrouble && layer) {
                qint64 reached = cursor;
                r = readAroundTrouble(*layer, cursor, std::nullopt, r, page, reached);
                if (r.ok()) {
                    received(page, reached);
                    continue;
                }
            }
            if (!r.ok())
                return feedFailed(r);
            if (page.features.empty())
                return true;
            received(page, page.maxRev);
            if (qint64(page.features.size()) < settings.pageSize)
                return true;
        }
    }

    // The feed is read in windows of revisions up to the watermark, each asked for as its own page: QGIS Server sorts
    // every row a filter lets through in memory, so an open "rev > cursor" would cost the whole rest of the layer on
    // every page. A few windows travel at once (the SIT has more than one worker, and the previous page is written
    // meanwhile) and are applied strictly in order. Every window lies at or below the watermark, so whatever it
    // holds is settled whenever it is read: a window that comes back with less than a page is complete and the
    // cursor moves to its end; a full page (sorted by revision) is complete up to its last revision. The width
    // follows the density of this layer's revisions, which every other layer shares.
    struct Window
    {
        qint64 after, upTo;
        std::unique_ptr<HttpReply> reply;
    };
    const qint64 high = *highWater;
    std::deque<Window> ahead;
    qint64 nextStart = cursor;
    qint64 width = 4LL * settings.pageSize;
    const size_t lanes = size_t(std::max(1, settings.parallelRequests));
    auto abandonAll = [&] {
        for (Window &w : ahead)
            feed.abandon(std::move(w.reply));
        ahead.clear();
    };
    while (true) {
        while (ahead.size() < lanes && nextStart < high) {
            const qint64 upTo = std::min(high, nextStart + width);
            ahead.push_back({nextStart, upTo, feed.beginChanges(typeName, nextStart, upTo, settings.pageSize)});
            nextStart = upTo;
        }
        if (ahead.empty())
            return true;
        progress(from + (to - from) * std::min(1.0, double(done) / double(total)), what);
        Window w = std::move(ahead.front());
        ahead.pop_front();
        wfs::FeaturePage page;
        r = feed.endChanges(std::move(w.reply), layer, typeName, w.after, w.upTo, settings.pageSize, page);
        if (!r.ok() && r.featureTrouble && layer) {
            // One feature in the window is too large for a reply, or unreadable: read around it, name it, go on.
            abandonAll();
            qint64 reached = w.upTo;
            r = readAroundTrouble(*layer, w.after, w.upTo, r, page, reached);
            if (!r.ok())
                return feedFailed(r);
            received(page, reached);
            nextStart = reached;
            continue;
        }
        if (!r.ok()) {
            abandonAll();
            return feedFailed(r);
        }
        const qint64 n = qint64(page.features.size());
        qint64 reached = w.upTo;
        if (n >= settings.pageSize) {
            // The window held more than a page, so the windows asked for after it were sized for a sparser layer:
            // they are dropped and the feed goes on from the page's last revision with windows of the density
            // just seen (asking for the whole rest of a dense window would sort all of it again, page after page).
            abandonAll();
            reached = page.maxRev;
            width = std::max<qint64>(1, (page.maxRev - w.after) * 7 / 10);
            nextStart = page.maxRev;
        } else if (n > 0) {
            width = std::clamp<qint64>((w.upTo - w.after) * settings.pageSize * 7 / (10 * n), width / 4, width * 4);
        } else {
            width *= 4; // a stretch of other layers' revisions
        }
        received(page, reached);
    }
}

void SyncEngine::Run::settleDeparturesOfAnEmptyLayer(const LayerDef &layer)
{
    // A feature read from now on is read at its latest revision, and every revision at or below the watermark was
    // settled before the read: a later move out of the area gets a revision above the watermark. So when nothing of
    // the layer came from the SIT before this run, no departure at or below the watermark can concern this device,
    // and the departures feed need not be read there. Without this a project just downloaded for a tenth of a layer
    // would read the ids of the other nine tenths (bench_projects). Features created here never leave anyway.
    Statement st = project->db().prepare(
        QStringLiteral("SELECT 1 FROM %1 WHERE \"sync_rev\" IS NOT NULL LIMIT 1").arg(quoteIdentifier(layer.name)));
    if (st.step())
        return;
    st = Statement();
    apply(gateway->applyDepartures(layer, *highWater, {}));
}

bool SyncEngine::Run::pullDepartures(const LayerDef &layer)
{
    // Up to where the layer's own feed has been read: a feature that left the area and came back after it is then
    // newer here than its departure, and stays.
    SyncState state(project->db());
    const QString departures = EditGateway::departuresFeed(layer.name);
    qint64 cursor = state.feed(departures).cursor;
    const qint64 upTo = state.feed(layer.name).cursor;
    if (cursor >= upTo)
        return true;
    // Nothing of the layer here (the project was just downloaded): nothing can leave.
    bool any = false;
    {
        Statement st = project->db().prepare(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoteIdentifier(layer.name)));
        any = st.step();
    }
    if (!any) {
        apply(gateway->applyDepartures(layer, upTo, {}));
        return true;
    }
    const int max = settings.pageSize * 10; // uuid and revision only
    while (cursor < upTo) {
        wfs::FeaturePage page;
        const CallResult r = feed.departures(layer.name, cursor, upTo, max, page);
        if (!r.ok())
            return stop(r);
        std::vector<std::pair<QString, qint64>> left;
        left.reserve(page.features.size());
        for (const auto &f : page.features)
            left.emplace_back(f.uuid, f.rev);
        const qint64 reached = qint64(page.features.size()) >= max ? page.maxRev : upTo;
        const auto stats = gateway->applyDepartures(layer, reached, left);
        apply(stats);
        report.left += stats.applied;
        cursor = reached;
    }
    return true;
}

qint64 SyncEngine::Run::missingPackageBytes() const
{
    qint64 total = 0;
    for (const BasemapDef &b : project->info().basemaps)
        if (b.type == QLatin1String("mbtiles") && !b.package.isEmpty() &&
            !packageIsHere(QDir(project->directory()).filePath(b.path), b.package.value(QStringLiteral("sha256")).toString()))
            total += std::max<qint64>(1, qint64(b.package.value(QStringLiteral("size")).toDouble()));
    return total;
}

bool SyncEngine::Run::fetchPackages()
{
    // Progress by bytes over every package still to come, from where the pull stopped.
    const double from = std::min(pullEnd, 0.98);
    const double total = double(std::max<qint64>(1, packagesMissingBytes > 0 ? packagesMissingBytes : missingPackageBytes()));
    qint64 before = 0; // bytes of the packages already fetched in this run
    for (const BasemapDef &b : project->info().basemaps) {
        const QJsonObject &package = b.package;
        if (b.type != QLatin1String("mbtiles") || package.isEmpty())
            continue;
        const QString target = QDir(project->directory()).filePath(b.path);
        const QString sha = package.value(QStringLiteral("sha256")).toString();
        const QString name = package.value(QStringLiteral("file")).toString();
        const qint64 size = qint64(package.value(QStringLiteral("size")).toDouble());
        if (!isSha256(sha) || name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1String(".."))) {
            warn(QCoreApplication::translate("Sync", "The basemap '%1' names no usable package on the SIT.").arg(b.title.text(uiLanguage())));
            continue;
        }
        if (packageIsHere(target, sha))
            continue;
        progress(from + (1.0 - from) * std::min(1.0, double(before) / total),
                 QCoreApplication::translate("Sync", "Receiving the basemap %1").arg(b.title.text(uiLanguage())));
        const CallResult r = fetchPackage(feed, name, sha, size, target, [&](qint64 done, qint64) {
            progress(from + (1.0 - from) * std::min(1.0, double(before + done) / total),
                     QCoreApplication::translate("Sync", "Receiving the basemap %1").arg(b.title.text(uiLanguage())));
        });
        before += std::max<qint64>(1, size);
        if (!r.ok()) {
            report.packagesMissing << b.id;
            if (r.error == Job::Error::Cancelled || isTransient(r.error))
                return stop(r);
            warn(r.message);
        }
    }
    return true;
}

void SyncEngine::Run::downloadPhotos()
{
    // Every photo a feature here names and this device lacks, whichever run brought the feature: a download that
    // failed (the network, a damaged file) is tried again at every sync until the photo is here.
    const QStringList missing = SyncState(project->db()).missingPhotos(project->layers(), project->attachmentsDirectory());
    for (int i = 0; i < missing.size(); ++i) {
        const QString &sha = missing[i];
        QByteArray bytes, mime;
        const CallResult r = feed.downloadAttachment(sha, bytes, mime);
        if (!r.ok()) {
            if (r.error != Job::Error::Server) {
                // The network went: the rest waits for the next run, which the app starts by itself.
                report.photosMissing << missing.mid(i);
                stop(r);
                break;
            }
            warn(r.message);
            report.photosMissing << sha;
            continue;
        }
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha.toLatin1()) {
            warn(QCoreApplication::translate("Sync", "The photo %1 from the SIT does not match its fingerprint: it was not kept.").arg(sha.left(12)));
            report.photosMissing << sha;
            continue;
        }
        const QString path = QDir(project->attachmentsDirectory())
                                 .filePath(sha + QLatin1Char('.') + QString::fromLatin1(extensionFor(mime)));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            warn(QCoreApplication::translate("Sync", "The photo %1 could not be saved on this device: %2").arg(sha.left(12), out.errorString()));
            report.photosMissing << sha;
            continue;
        }
        must(gateway->registerAttachment(sha, QString::fromLatin1(mime.isEmpty() ? QByteArray("image/jpeg") : mime),
                                         bytes.size(), QString()));
        must(gateway->markAttachmentUploaded(sha));
        ++report.photosDownloaded;
    }
    if (report.withdrawn > 0)
        warn(QCoreApplication::translate("Sync", "%n entries you could see were withdrawn by the moderators and were "
                                                 "removed from this device.",
                                         "", report.withdrawn));
    if (!report.setAside.isEmpty())
        warn(QCoreApplication::translate("Sync", "%n feature(s) of the SIT could not be taken on this device and were "
                                                 "set aside (%1); they are tried again at every sync.",
                                         "", int(report.setAside.size()))
                 .arg(report.setAside.mid(0, 3).join(QStringLiteral("; "))));
    if (!report.photosMissing.isEmpty())
        warn(QCoreApplication::translate("Sync", "%n photo(s) named by features here are not on this device yet; they "
                                                 "are fetched again at the next sync.",
                                         "", int(report.photosMissing.size())));
}

} // namespace territori::sync
