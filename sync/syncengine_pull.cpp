// SyncEngine's pull: each layer's change feed read by revision cursor in pages and applied, then the photos the
// pulled features name downloaded.

#include "syncengine_p.h"

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
    QList<const LayerDef *> layers;
    for (const LayerDef &l : project->layers())
        if (syncable.contains(l.name))
            layers << &l;
    const double step = 0.5 / double(layers.size() + 1);
    double at = 0.5;
    for (const LayerDef *l : layers) {
        if (!pullFeed(l, l->name, at, at + step))
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

bool SyncEngine::Run::pullFeed(const LayerDef *layer, const QString &typeName, double from, double to)
{
    SyncState state(project->db());
    qint64 cursor = state.feed(typeName).cursor;
    qint64 total = 0;
    CallResult r = client.countChanges(typeName, cursor, total);
    if (!r.ok())
        return stop(r);
    if (total == 0)
        return true;
    qint64 done = 0;
    const QString what = layer ? QCoreApplication::translate("Sync", "Receiving %1").arg(layer->title.text(uiLanguage()))
                               : QCoreApplication::translate("Sync", "Receiving deletions");
    // The feed is read in windows of revisions, each asked for as its own page: QGIS Server sorts every row a filter
    // lets through in memory, so an open "rev > cursor" would cost the whole rest of the layer on every page.
    // Windows are contiguous and a few travel at once (the SIT has more than one worker, and the previous page is
    // written meanwhile); they are applied strictly in order, and the cursor only ever moves to the last revision
    // actually received, so a change committing late inside a window already read is never skipped. The width
    // follows the density of this layer's revisions, which every other layer shares.
    struct Window
    {
        qint64 after, upTo;
        std::unique_ptr<HttpReply> reply;
    };
    std::deque<Window> ahead;
    qint64 nextStart = cursor;
    qint64 width = 4LL * settings.pageSize;
    const size_t lanes = size_t(std::max(1, settings.parallelRequests));
    auto abandonAll = [&] {
        for (Window &w : ahead)
            client.abandon(std::move(w.reply));
        ahead.clear();
    };
    while (true) {
        while (ahead.size() < lanes) {
            ahead.push_back({nextStart, nextStart + width, client.beginChanges(typeName, nextStart, nextStart + width,
                                                                               settings.pageSize)});
            nextStart += width;
        }
        progress(from + (to - from) * std::min(1.0, double(done) / double(total)), what);
        Window w = std::move(ahead.front());
        ahead.pop_front();
        wfs::FeaturePage page;
        r = client.endChanges(std::move(w.reply), layer, typeName, w.after, w.upTo, settings.pageSize, page);
        if (!r.ok()) {
            abandonAll();
            if (r.error == Job::Error::Server) {
                // This feed's reply is unusable; nothing of it was written. Other layers still sync.
                gateway->recordSyncAttempt(typeName, false, r.message);
                syncable.remove(typeName);
                report.error = r.error;
                report.message = r.message;
                return true;
            }
            return stop(r);
        }
        for (const QString &warning : page.warnings)
            warn(warning);
        if (layer) {
            for (const FieldDef &f : layer->fields)
                if (f.type == FieldType::Photo)
                    for (const RemoteFeature &rf : page.features)
                        for (const QString &h : rf.attributes.value(f.name).toStringList())
                            photosSeen.insert(h);
        }
        const qint64 n = qint64(page.features.size());
        if (n >= settings.pageSize) {
            // The window held more than a page, so the windows asked for after it were sized for a sparser layer:
            // they are dropped and the feed goes on from the page's last revision with windows of the density
            // just seen (asking for the whole rest of a dense window would sort all of it again, page after page).
            abandonAll();
            width = std::max<qint64>(1, (page.maxRev - w.after) * 7 / 10);
            nextStart = page.maxRev;
        } else if (n > 0) {
            width = std::clamp<qint64>((w.upTo - w.after) * settings.pageSize * 7 / (10 * n), width / 4, width * 4);
        } else {
            // An empty window: either the end of the feed, or a stretch of other layers' revisions.
            qint64 beyond = 0;
            r = client.countChanges(typeName, w.upTo, beyond);
            if (!r.ok()) {
                abandonAll();
                return stop(r);
            }
            if (beyond == 0) {
                abandonAll();
                break;
            }
            width *= 4;
        }
        if (n > 0) {
            // The page and its cursor commit together: a crash here repeats the page, which changes nothing twice.
            const auto stats = gateway->applyRemote(typeName, page.maxRev, page.features);
            apply(stats);
            report.received += stats.applied;
            cursor = page.maxRev;
            done += n;
        }
    }
    return true;
}

void SyncEngine::Run::downloadPhotos()
{
    for (const QString &sha : std::as_const(photosSeen)) {
        if (!isSha256(sha) || !findPhoto(project->directory(), sha).isEmpty())
            continue;
        QByteArray bytes, mime;
        const CallResult r = client.downloadAttachment(sha, bytes, mime);
        if (!r.ok()) {
            warn(r.message);
            if (r.error != Job::Error::Server)
                return;
            continue;
        }
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha.toLatin1()) {
            warn(QCoreApplication::translate("Sync", "The photo %1 from the SIT does not match its fingerprint: it was not kept.").arg(sha.left(12)));
            continue;
        }
        const QString path = QDir(project->attachmentsDirectory())
                                 .filePath(sha + QLatin1Char('.') + QString::fromLatin1(extensionFor(mime)));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            warn(QCoreApplication::translate("Sync", "The photo %1 could not be saved on this device: %2").arg(sha.left(12), out.errorString()));
            continue;
        }
        gateway->registerAttachment(sha, QString::fromLatin1(mime.isEmpty() ? QByteArray("image/jpeg") : mime),
                                    bytes.size(), QString());
        gateway->markAttachmentUploaded(sha);
        ++report.photosDownloaded;
    }
}

} // namespace territori::sync
