#include "http.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace territori::sync {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

HttpReply::HttpReply(HttpRequest request, QObject *parent) : Job(parent), m_request(std::move(request)) {}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

HttpReply::~HttpReply()
{
    *m_cancel = true;
}

void HttpReply::cancel()
{
    *m_cancel = true;
    Job::cancel();
}

void HttpReply::complete(const Outcome &o)
{
    m_status = o.status;
    m_tooLarge = o.tooLarge;
    m_body = o.body;
    m_contentType = o.contentType;
    m_headers = o.headers;
    m_bytesSent = o.bytesSent;
    m_bytesReceived = o.bytesReceived;
    m_fileBytes = o.fileBytes;
    if (o.error != Error::None) {
        finish(o.error, o.message);
        return;
    }
    if (*m_cancel) {
        finish(Error::Cancelled, QCoreApplication::translate("Sync", "Cancelled."));
        return;
    }
    if (o.status >= 400) {
        Error kind = Error::Server;
        if (o.status == 401 || o.status == 403)
            kind = Error::Permission;
        // 507: the account's storage on the SIT is full, which waiting does not change.
        else if (o.status == 408 || o.status == 429 || (o.status >= 500 && o.status != 507))
            kind = Error::Network;
        if (o.status == 429) {
            // The SIT's limit on failed sign-ins (docs/sit.md): the right password is refused too until it expires.
            const int minutes = std::max(1, (header("Retry-After").toInt() + 59) / 60);
            finish(kind, QCoreApplication::translate("Sync", "The SIT refuses requests from this device for a while (HTTP "
                                                             "429: too many failed sign-ins or requests): try again in %n "
                                                             "minute(s).",
                                                     nullptr, minutes));
            return;
        }
        const QString excerpt = bodyExcerpt(o.body);
        finish(kind, excerpt.isEmpty()
                         ? QCoreApplication::translate("Sync", "The server answered HTTP %1.").arg(o.status)
                         : QCoreApplication::translate("Sync", "The server answered HTTP %1: %2").arg(o.status).arg(excerpt));
        return;
    }
    setProgress(1);
    finish();
}

bool isTransient(Job::Error error)
{
    return error == Job::Error::Network;
}

QString bodyExcerpt(const QByteArray &body, int n)
{
    QString s = QString::fromUtf8(body.left(8 * n));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    s.remove(tags);
    s.replace(space, QStringLiteral(" "));
    s = s.trimmed();
    // Control characters from a binary body would garble a message box or a log line.
    for (QChar &c : s)
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    if (s.size() > n)
        s = s.left(n - 1) + QChar(0x2026);
    return s;
}

} // namespace territori::sync
