#pragma once

// The SIT's services as the sync engine calls them: WFS reads and transactions on the role's endpoint, photos on the
// WebDAV folder. Calls block the calling thread (the sync's worker, or the headless command) until the reply is in;
// reads are retried on transient errors with a capped exponential backoff; a transaction is never resent blindly
// (the engine reads back what the SIT holds instead). Every call can be cancelled from another thread.

#include "http.h"
#include "wfs.h"

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>
#include <functional>

namespace territori::sync {

struct CallResult
{
    Job::Error error = Job::Error::None;
    QString message;
    int status = 0; // the HTTP status when the server answered
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
    CallResult changes(const store::LayerDef *layer, const QString &typeName, qint64 afterRev, int max,
                       wfs::FeaturePage &page);
    CallResult countChanges(const QString &typeName, qint64 afterRev, qint64 &count);
    CallResult features(const store::LayerDef &layer, const QStringList &uuids, wfs::FeaturePage &page);
    // Sends a transaction once. A transport failure after sending leaves it unknown whether the SIT applied it.
    CallResult transaction(const QByteArray &body, wfs::TransactionResult &result);

    // Photos, by SHA-256. exists: the SIT holds a file of that name and size.
    CallResult attachmentSize(const QString &sha256, qint64 &size, bool &exists);
    // Create-only (If-None-Match: *): a file of that name is never replaced.
    CallResult uploadAttachment(const QString &sha256, const QByteArray &bytes, const QByteArray &mime);
    CallResult downloadAttachment(const QString &sha256, QByteArray &bytes, QByteArray &mime);

    const TrafficCounters &traffic() const { return m_traffic; }
    QUrl owsUrl() const { return m_ows; }

private:
    // One round trip, waiting for its reply.
    std::unique_ptr<HttpReply> send(const HttpRequest &request);
    // A read with retries on transient errors; `accept` checks the reply and may turn it into an error.
    CallResult read(const HttpRequest &request, const std::function<CallResult(HttpReply &)> &accept);
    void pause(int ms);
    QUrl attachmentUrl(const QString &sha256) const;

    Transport &m_transport;
    QUrl m_ows;
    QUrl m_dav;
    RetryPolicy m_retry;
    TrafficCounters m_traffic;
    std::atomic<bool> m_cancelled{false};
    QMutex m_currentLock;
    HttpReply *m_current = nullptr;
};

} // namespace territori::sync
