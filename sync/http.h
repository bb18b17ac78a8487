#pragma once

// HTTP as the sync sees it: a request, a reply that is a Job (finished once, error kind, message, progress, cancel),
// and a Transport that turns one into the other. CurlTransport speaks to real servers; tests hand the sync a
// transport with canned replies.

#include "job.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <atomic>
#include <memory>

namespace territori::sync {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A reply longer than this is refused (a broken or hostile server must not fill the device's memory).
    qint64 maxReplyBytes = 64 * 1024 * 1024;
    int timeoutMs = 120000; // whole transfer, 0 for none; a stalled transfer fails sooner (see CurlTransport)
    // Where the body goes instead of memory (a basemap package of hundreds of MB): a 206 answer to a Range request
    // is appended to the file when it starts where the file ends, a 200 answer replaces the file's content; an error
    // answer's body stays in memory for its message. maxReplyBytes does not apply to what goes to the file.
    QString bodyFile;

    QByteArray header(const QByteArray &name) const;
};

class HttpReply : public Job
{
    Q_OBJECT
public:
    explicit HttpReply(HttpRequest request, QObject *parent = nullptr);

    const HttpRequest &request() const { return m_request; }
    int status() const { return m_status; }
    bool tooLarge() const { return m_tooLarge; }
    QByteArray body() const { return m_body; }
    QByteArray contentType() const { return m_contentType; }
    QByteArray header(const QByteArray &name) const; // response header, case-insensitive
    qint64 bytesSent() const { return m_bytesSent; }         // request line, headers and body
    qint64 bytesReceived() const { return m_bytesReceived; } // status line, headers and body as received
    qint64 fileBytes() const { return m_fileBytes; }         // body bytes written to the request's bodyFile

    ~HttpReply() override;

    // Thread-safe: a transport working on another thread sees it at its next progress callback. Deleting the reply
    // cancels the transfer too.
    void cancel() override;
    bool isCancelRequested() const { return m_cancel->load(); }
    std::shared_ptr<std::atomic<bool>> cancelFlag() const { return m_cancel; }

    // For transports: deliver the outcome. An HTTP status ≥ 400 becomes an error here (401/403 Permission, 408/429/5xx
    // Network, others Server) with a message that names the status and the start of the body.
    struct Outcome
    {
        Error error = Error::None;
        QString message;
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 bytesSent = 0;
        qint64 bytesReceived = 0;
        bool tooLarge = false; // refused because it passed the request's maxReplyBytes
        qint64 fileBytes = 0;
    };
    void complete(const Outcome &outcome);
    void reportProgress(double p) { setProgress(p); }

private:
    HttpRequest m_request;
    int m_status = 0;
    bool m_tooLarge = false;
    QByteArray m_body;
    QByteArray m_contentType;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    qint64 m_fileBytes = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

// Credentials go to the transport, never into a request or a log line.
struct Credentials
{
    QString user;
    QString password;
    bool isEmpty() const { return user.isEmpty(); }
};

class Transport
{
public:
    virtual ~Transport() = default;
    // Starts the request; the reply finishes later, in the caller's thread. The caller owns the reply.
    virtual HttpReply *start(const HttpRequest &request) = 0;
    virtual void setCredentials(const Credentials &credentials) = 0;
};

// Whether an error is worth trying again later (the network, a busy or restarting server).
bool isTransient(Job::Error error);

// A short, printable excerpt of a reply body for messages: markup stripped, whitespace folded, at most n chars.
QString bodyExcerpt(const QByteArray &body, int n = 200);

} // namespace territori::sync
