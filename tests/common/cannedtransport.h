#pragma once

// A Transport for unit tests: every request is recorded and answered by a handler (canned replies, or a small fake
// of the SIT), asynchronously as a real transport would.

#include "http.h"

#include <QTimer>

#include <functional>

namespace territori::testing {

class CannedTransport : public sync::Transport
{
public:
    using Handler = std::function<sync::HttpReply::Outcome(const sync::HttpRequest &)>;

    explicit CannedTransport(Handler h = {}) : handler(std::move(h)) {}

    sync::HttpReply *start(const sync::HttpRequest &request) override
    {
        requests << request;
        auto *reply = new sync::HttpReply(request);
        const sync::HttpReply::Outcome o = handler ? handler(request) : sync::HttpReply::Outcome{};
        QTimer::singleShot(0, reply, [reply, o] { reply->complete(o); });
        return reply;
    }
    void setCredentials(const sync::Credentials &c) override { credentials = c; }

    static sync::HttpReply::Outcome ok(const QByteArray &body, const QByteArray &contentType)
    {
        sync::HttpReply::Outcome o;
        o.status = 200;
        o.body = body;
        o.contentType = contentType;
        o.bytesReceived = body.size();
        return o;
    }
    static sync::HttpReply::Outcome status(int code, const QByteArray &body = {},
                                           const QByteArray &contentType = "text/html")
    {
        sync::HttpReply::Outcome o = ok(body, contentType);
        o.status = code;
        return o;
    }
    static sync::HttpReply::Outcome networkError(const QString &message = QStringLiteral("connection reset"))
    {
        sync::HttpReply::Outcome o;
        o.error = Job::Error::Network;
        o.message = message;
        return o;
    }

    Handler handler;
    QList<sync::HttpRequest> requests;
    sync::Credentials credentials;
};

} // namespace territori::testing
