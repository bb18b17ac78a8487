#pragma once

// The SIT's services as the sync engine calls them: WFS reads and transactions on the role's endpoint, photos on the
// WebDAV folder. Calls block the calling thread (the sync's worker, or the headless command) until the reply is in;
// reads are retried on transient errors with a capped exponential backoff; a transaction is never resent blindly
// (the engine reads back what the SIT holds instead). Every call can be cancelled from another thread.

#include "http.h"
#include "wfs.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <functional>

namespace territori::sync {

struct CallResult
{
    Job::Error error = Job::Error::None;
    QString message;
    int status = 0; // the HTTP status when the server answered
    // The reply was refused because of what one feature holds (too large for a reply, or unreadable), not because the
    // SIT or the link failed: reading fewer features at a time gets past it.
    bool featureTrouble = false;
    bool ok() const { return error == Job::Error::None; }
    static CallResult failure(Job::Error e, const QString &m, int status = 0) { return {e, m, status}; }
};

struct RetryPolicy
{
    int attempts = 4;        // tries of one read, the first included
    int firstDelayMs = 500;  // doubled after each failure
    int maxDelayMs = 8000;
};

struct TrafficCounters
{
    qint64 requests = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
};

class SitClient
{
public:
    SitClient(Transport &transport, QUrl owsUrl, QUrl attachmentsUrl, RetryPolicy retry = RetryPolicy());

    // Thread-safe: stops the call under way (its reply finishes as Cancelled) and every later call.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    CallResult describe(const QStringList &typeNames, QHash<QString, QStringList> &properties);
    // The changes of a feed with afterRev < rev <= upToRev, oldest first, at most max (a page out of order is an
    // error: the cursor would skip features).
    CallResult changes(const store::LayerDef *layer, const QString &typeName, qint64 afterRev, std::optional<qint64> upToRev, int max,
                       wfs::FeaturePage &page, bool idsOnly = false, const QString &alsoProperty = QString());
    // The same, in two steps: the request travels (and the server works) while the caller writes the previous page.
    std::unique_ptr<HttpReply> beginChanges(const QString &typeName, qint64 afterRev, std::optional<qint64> upToRev, int max);
    CallResult endChanges(std::unique_ptr<HttpReply> reply, const store::LayerDef *layer, const QString &typeName,
                          qint64 afterRev, std::optional<qint64> upToRev, int max, wfs::FeaturePage &page);
    // Drops a reply started with beginChanges that is no longer wanted (its transfer is cancelled).
    void abandon(std::unique_ptr<HttpReply> reply);
    CallResult countChanges(const QString &typeName, qint64 afterRev, qint64 &count, const QString &area = QString());
    // The work area of the feeds that follow (wfs::areaGml), empty for none: changes(), beginChanges() and
    // countChanges() then keep to features that intersect it.
    void setArea(const QString &gml) { m_area = gml; }
    // The features of a feed with afterRev < rev <= upToRev whose geometry is outside the work area, uuid and
    // revision only, oldest first, at most max.
    CallResult departures(const QString &typeName, qint64 afterRev, qint64 upToRev, int max, wfs::FeaturePage &page);

    // The SIT's catalogue of projects this account may use: without definitions, or one project's with it. published
    // is false, and the call ok, when the SIT keeps no catalogue (an older kit).
    CallResult catalogue(std::vector<wfs::CatalogueEntry> &entries, bool &published);
    CallResult project(const QString &id, wfs::CatalogueEntry &entry, bool &found);
    // The work areas projects can be downloaded for: names only, or one area with its boundary.
    CallResult workAreas(std::vector<wfs::AreaEntry> &areas, bool &published);
    CallResult workArea(const QString &id, wfs::AreaEntry &area, bool &found);
    // A file of the SIT's file store (/files/<name>, a basemap package) into partPath, resumed from what partPath
    // already holds (HTTP Range). progress(bytes so far, total) as it arrives.
    CallResult downloadFile(const QString &name, const QString &partPath, qint64 expectedSize,
                            const std::function<void(qint64, qint64)> &progress = {});
    // The SIT's feed watermark: every revision at or below it is settled (committed, or never to commit).
    // published is false, and the call ok, when the SIT's kit is older and has none.
    CallResult watermark(qint64 &highWater, bool &published);
    // A layer's anti-entropy digest (its live rows by bucket of revisions); published as watermark().
    CallResult digests(const QString &layer, std::vector<wfs::DigestRow> &rows, bool &published);
    // Which of these client operations the SIT applied, and the revision each wrote (territori_ops). published is
    // false, and the call ok, when the SIT's kit is older and has no such table.
    CallResult appliedOps(const QStringList &ops, QHash<QString, qint64> &revs, bool &published);
    // The tombstones of given features of a layer (a hard delete on the SIT), if any.
    CallResult tombstones(const QString &layer, const QStringList &uuids, wfs::FeaturePage &page);
    CallResult features(const store::LayerDef &layer, const QStringList &uuids, wfs::FeaturePage &page);
    // The moderation feed's rows of given entries (a role that may not read an entry still sees that it exists).
    CallResult moderation(const QString &layer, const QStringList &uuids, wfs::FeaturePage &page);
    // Sends a transaction once. A transport failure after sending leaves it unknown whether the SIT applied it.
    CallResult transaction(const QByteArray &body, wfs::TransactionResult &result);
    // Several at once, each sent once; the outcomes in the same order.
    std::vector<std::pair<CallResult, wfs::TransactionResult>> transactions(const QList<QByteArray> &bodies);

    // Photos, by SHA-256. exists: the SIT holds a file of that name and size.
    CallResult attachmentSize(const QString &sha256, qint64 &size, bool &exists);
    // Create-only (If-None-Match: *): a file of that name is never replaced. ok with status 412 when one is there
    // already. *digest: the SIT's "Digest" header for what it stored (sha-256=<base64>), when it sends one.
    CallResult uploadAttachment(const QString &sha256, const QByteArray &bytes, const QByteArray &mime,
                                QByteArray *digest = nullptr);
    CallResult downloadAttachment(const QString &sha256, QByteArray &bytes, QByteArray &mime);

    const TrafficCounters &traffic() const { return m_traffic; }
    QUrl owsUrl() const { return m_ows; }
    QUrl attachmentsUrl() const { return m_dav; }

private:
    // One round trip, waiting for its reply; or its two halves.
    std::unique_ptr<HttpReply> send(const HttpRequest &request);
    std::unique_ptr<HttpReply> start(const HttpRequest &request);
    void wait(HttpReply &reply);
    HttpRequest changesRequest(const QString &typeName, qint64 afterRev, std::optional<qint64> upToRev, int max,
                               bool idsOnly = false, const QString &alsoProperty = QString()) const;
    CallResult acceptChanges(HttpReply &r, const store::LayerDef *layer, const QString &typeName, qint64 afterRev,
                             wfs::FeaturePage &page);
    // A GeoJSON page of features, or the error that says why the reply is not one.
    static CallResult acceptFeaturePage(HttpReply &r, const store::LayerDef *layer, const QString &typeName,
                                        wfs::FeaturePage &page);
    // Features of one type by id, a chunk of ids per request (ids travel in the URL).
    CallResult featuresById(const QString &typeName, const store::LayerDef *layer, const QStringList &ids, int chunk,
                            wfs::FeaturePage &page);
    // GetFeature of a whole small type (the watermark, a digest); an exception report saying the SIT has no such
    // type leaves published false.
    CallResult readType(const QString &typeName, bool &published,
                        const std::function<CallResult(const QByteArray &body)> &accept);
    // A read with retries on transient errors; `accept` checks the reply and may turn it into an error.
    CallResult read(const HttpRequest &request, const std::function<CallResult(HttpReply &)> &accept);
    void pause(int ms);
    // A layer's own feed, which the work area limits; the kit's feeds (tombstones, moderation) are never limited.
    static bool isFeedOfLayer(const QString &typeName);
    QUrl attachmentUrl(const QString &sha256) const;

    Transport &m_transport;
    QUrl m_ows;
    QUrl m_dav;
    QString m_area;
    RetryPolicy m_retry;
    TrafficCounters m_traffic;
    std::atomic<bool> m_cancelled{false};
    QMutex m_currentLock;
    QSet<HttpReply *> m_current; // in flight, for cancel()
};

} // namespace territori::sync
