#include "curltransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMetaObject>
#include <QPointer>

#include <curl/curl.h>

#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace territori::sync {

namespace {

std::once_flag curlInit;

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

// One transfer, shared by the worker thread (curl's callbacks) and the dispatcher (the reply's thread).
struct Transfer
{
    HttpRequest request;
    QPointer<HttpReply> reply; // dereferenced only in the reply's thread
    std::shared_ptr<std::atomic<bool>> cancelled; // the reply's flag: set by cancel() or by deleting the reply
    QObject *dispatcher = nullptr; // lives as long as the worker thread that calls back
    CURL *easy = nullptr;
    curl_slist *headerList = nullptr;
    QByteArray body;
    qint64 uploadOffset = 0;
    QByteArray responseBody;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    bool tooLarge = false;
    // The request's bodyFile, once the status says the body is content (200, 206) rather than an error.
    bool sinkDecided = false;
    std::FILE *file = nullptr;
    qint64 fileBytes = 0;
    QString sinkError;
    char errorBuffer[CURL_ERROR_SIZE] = {0};
    void closeFile()
    {
        if (file && std::fclose(file) != 0 && sinkError.isEmpty())
            sinkError = QString::fromLocal8Bit(std::strerror(errno));
        file = nullptr;
    }
    double lastProgress = -1;
};

struct CurlTransport::Impl
{
    Options options;
    std::mutex mutex;
    std::deque<std::shared_ptr<Transfer>> incoming;
    Credentials credentials;
    bool stopping = false;
    CURLM *multi = nullptr;
    std::thread worker;
    QObject dispatcher; // lives in the thread that made the transport; replies are delivered through it

    void run();
    void setUp(Transfer &t, const Credentials &c);
    void finished(const std::shared_ptr<Transfer> &t, CURLcode code);
    void post(std::function<void()> fn)
    {
        QMetaObject::invokeMethod(&dispatcher, std::move(fn), Qt::QueuedConnection);
    }

    static size_t onWrite(char *data, size_t size, size_t n, void *user)
    {
        auto *t = static_cast<Transfer *>(user);
        const size_t len = size * n;
        if (!t->request.bodyFile.isEmpty() && !t->sinkDecided && !openSink(*t))
            return 0; // aborts with CURLE_WRITE_ERROR; sinkError says why
        if (t->file) {
            if (std::fwrite(data, 1, len, t->file) != len) {
                t->sinkError = QString::fromLocal8Bit(std::strerror(errno));
                return 0;
            }
            t->fileBytes += qint64(len);
            return len;
        }
        if (t->responseBody.size() + qint64(len) > t->request.maxReplyBytes) {
            t->tooLarge = true;
            return 0; // aborts with CURLE_WRITE_ERROR
        }
        t->responseBody.append(data, int(len));
        return len;
    }
    static size_t onRead(char *buffer, size_t size, size_t n, void *user)
    {
        auto *t = static_cast<Transfer *>(user);
        const qint64 left = t->body.size() - t->uploadOffset;
        const qint64 len = std::min<qint64>(left, qint64(size * n));
        memcpy(buffer, t->body.constData() + t->uploadOffset, size_t(len));
        t->uploadOffset += len;
        return size_t(len);
    }
    static size_t onHeader(char *data, size_t size, size_t n, void *user)
    {
        auto *t = static_cast<Transfer *>(user);
        const QByteArray line = QByteArray(data, int(size * n)).trimmed();
        if (line.startsWith("HTTP/"))
            t->responseHeaders.clear(); // a new response (after 100 Continue or a redirect)
        const int colon = line.indexOf(':');
        if (colon > 0)
            t->responseHeaders.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        return size * n;
    }
    static int onProgress(void *user, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal, curl_off_t ulNow);
    static bool openSink(Transfer &t);
};

bool CurlTransport::Impl::openSink(Transfer &t)
{
    t.sinkDecided = true;
    long status = 0;
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    if (status != 200 && status != 206)
        return true; // an error's body stays in memory, for its message
    const QByteArray path = QFile::encodeName(t.request.bodyFile);
    if (status == 206) {
        // Appended only where the file ends: a range that starts elsewhere would corrupt it silently.
        QByteArray range;
        for (const auto &h : t.responseHeaders)
            if (h.first.compare("Content-Range", Qt::CaseInsensitive) == 0)
                range = h.second;
        const qint64 size = QFileInfo(t.request.bodyFile).size();
        const QList<QByteArray> parts = range.mid(range.indexOf(' ') + 1).split('-');
        bool ok = false;
        const qint64 start = parts.value(0).toLongLong(&ok);
        if (!range.startsWith("bytes ") || !ok || start != size) {
            t.sinkError = QCoreApplication::translate("Sync", "The server sent part %1 of the file; this device has "
                                                              "%2 bytes of it.")
                              .arg(QString::fromLatin1(range))
                              .arg(size);
            return false;
        }
        t.file = std::fopen(path.constData(), "ab");
    } else {
        t.file = std::fopen(path.constData(), "wb");
    }
    if (!t.file) {
        t.sinkError = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

int CurlTransport::Impl::onProgress(void *user, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal,
                                    curl_off_t ulNow)
{
    auto *t = static_cast<Transfer *>(user);
    if (t->cancelled->load())
        return 1;
    const double total = double(dlTotal + ulTotal);
    if (total <= 0)
        return 0;
    const double p = double(dlNow + ulNow) / total;
    if (p - t->lastProgress < 0.02)
        return 0;
    t->lastProgress = p;
    QPointer<HttpReply> reply = t->reply;
    QMetaObject::invokeMethod(
        t->dispatcher,
        [reply, p] {
            if (reply)
                reply->reportProgress(p);
        },
        Qt::QueuedConnection);
    return 0;
}

void CurlTransport::Impl::setUp(Transfer &t, const Credentials &c)
{
    CURL *e = curl_easy_init();
    t.easy = e;
    const QByteArray url = t.request.url.toEncoded();
    curl_easy_setopt(e, CURLOPT_URL, url.constData());
    curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorBuffer);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    // Compressed replies, except into a file: a byte range of a compressed body would not resume it.
    if (t.request.bodyFile.isEmpty())
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_USERAGENT, options.userAgent.constData());
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(options.connectTimeoutMs));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(t.request.timeoutMs));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, long(options.stallSeconds));
    // Verification stays on whatever happens; only an extra CA can be named.
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options.caFile.isEmpty())
        curl_easy_setopt(e, CURLOPT_CAINFO, options.caFile.toLocal8Bit().constData());
    // Plain HTTP only ever reaches this device (start() refuses anything else with a password); through a proxy
    // from the environment the request, password included, would travel in clear text to the proxy.
    if (t.request.url.scheme() != QLatin1String("https"))
        curl_easy_setopt(e, CURLOPT_NOPROXY, "*");
    if (!c.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(e, CURLOPT_USERNAME, c.user.toUtf8().constData());
        curl_easy_setopt(e, CURLOPT_PASSWORD, c.password.toUtf8().constData());
    }
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Impl::onWrite);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Impl::onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, &Impl::onProgress);
    curl_easy_setopt(e, CURLOPT_XFERINFODATA, &t);

    const QByteArray method = t.request.method.toUpper();
    t.body = t.request.body;
    if (method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else if (method == "POST") {
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, t.body.constData());
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t.body.size()));
    } else if (method == "PUT") {
        curl_easy_setopt(e, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(e, CURLOPT_READFUNCTION, &Impl::onRead);
        curl_easy_setopt(e, CURLOPT_READDATA, &t);
        curl_easy_setopt(e, CURLOPT_INFILESIZE_LARGE, curl_off_t(t.body.size()));
    } else {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
        if (!t.body.isEmpty()) {
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, t.body.constData());
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t.body.size()));
        }
    }
    // No "Expect: 100-continue" round trip before a body.
    t.headerList = curl_slist_append(t.headerList, "Expect:");
    for (const auto &h : t.request.headers)
        t.headerList = curl_slist_append(t.headerList, (h.first + ": " + h.second).constData());
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headerList);
}

void CurlTransport::Impl::finished(const std::shared_ptr<Transfer> &t, CURLcode code)
{
    HttpReply::Outcome o;
    long status = 0;
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
    o.status = int(status);
    char *ct = nullptr;
    curl_easy_getinfo(t->easy, CURLINFO_CONTENT_TYPE, &ct);
    o.contentType = ct ? QByteArray(ct) : QByteArray();
    curl_off_t up = 0, down = 0;
    long requestSize = 0, headerSize = 0;
    curl_easy_getinfo(t->easy, CURLINFO_SIZE_UPLOAD_T, &up);
    curl_easy_getinfo(t->easy, CURLINFO_SIZE_DOWNLOAD_T, &down);
    curl_easy_getinfo(t->easy, CURLINFO_REQUEST_SIZE, &requestSize);
    curl_easy_getinfo(t->easy, CURLINFO_HEADER_SIZE, &headerSize);
    o.bytesSent = qint64(up) + requestSize;
    o.bytesReceived = qint64(down) + headerSize;
    t->closeFile();
    o.fileBytes = t->fileBytes;
    o.body = std::move(t->responseBody);
    o.headers = std::move(t->responseHeaders);
    const QString detail = t->errorBuffer[0] ? QString::fromUtf8(t->errorBuffer)
                                             : QString::fromUtf8(curl_easy_strerror(code));
    const QString host = t->request.url.host();
    switch (code) {
    case CURLE_OK:
        if (!t->sinkError.isEmpty()) { // the last bytes could not be flushed (a full disk)
            o.error = Job::Error::Io;
            o.message = QCoreApplication::translate("Sync", "Cannot write %1: %2").arg(t->request.bodyFile, t->sinkError);
        }
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        o.error = Job::Error::Cancelled;
        o.message = QCoreApplication::translate("Sync", "Cancelled.");
        break;
    case CURLE_WRITE_ERROR:
        if (!t->sinkError.isEmpty()) {
            o.error = Job::Error::Io;
            o.message = QCoreApplication::translate("Sync", "Cannot write %1: %2").arg(t->request.bodyFile, t->sinkError);
            break;
        }
        o.error = t->tooLarge ? Job::Error::Server : Job::Error::Io;
        o.tooLarge = t->tooLarge;
        o.message = t->tooLarge ? QCoreApplication::translate("Sync", "The reply from %1 is larger than %2 MB: refused.")
                                      .arg(host)
                                      .arg(t->request.maxReplyBytes / (1024 * 1024))
                                : detail;
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
        o.error = Job::Error::Tls;
        o.message = QCoreApplication::translate("Sync", "The identity of %1 cannot be verified (%2). The connection "
                                                        "was refused; ask for the server's certificate authority.")
                        .arg(host, detail);
        break;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        o.error = Job::Error::InvalidInput;
        o.message = QCoreApplication::translate("Sync", "The server address is not valid: %1").arg(detail);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        o.error = Job::Error::Network;
        o.message = QCoreApplication::translate("Sync", "%1 did not answer in time (%2).").arg(host, detail);
        break;
    default:
        o.error = Job::Error::Network;
        o.message = QCoreApplication::translate("Sync", "Cannot reach %1 (%2).").arg(host, detail);
        break;
    }
    curl_multi_remove_handle(multi, t->easy);
    curl_easy_cleanup(t->easy);
    t->easy = nullptr;
    curl_slist_free_all(t->headerList);
    t->headerList = nullptr;
    QPointer<HttpReply> reply = t->reply;
    post([reply, o]() {
        if (reply)
            reply->complete(o);
    });
}

void CurlTransport::Impl::run()
{
    std::vector<std::shared_ptr<Transfer>> active;
    for (;;) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            if (stopping)
                break;
            while (!incoming.empty()) {
                auto t = std::move(incoming.front());
                incoming.pop_front();
                setUp(*t, credentials);
                curl_multi_add_handle(multi, t->easy);
                active.push_back(std::move(t));
            }
        }
        int running = 0;
        curl_multi_perform(multi, &running);
        int left = 0;
        while (CURLMsg *msg = curl_multi_info_read(multi, &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *raw = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &raw);
            const CURLcode code = msg->data.result;
            auto it = std::find_if(active.begin(), active.end(), [&](const auto &p) { return p.get() == raw; });
            if (it == active.end())
                continue;
            auto t = *it;
            active.erase(it);
            finished(t, code);
        }
        curl_multi_poll(multi, nullptr, 0, 250, nullptr);
    }
    for (auto &t : active) {
        t->closeFile();
        curl_multi_remove_handle(multi, t->easy);
        curl_easy_cleanup(t->easy);
        curl_slist_free_all(t->headerList);
    }
}

CurlTransport::CurlTransport(Options options) : d(std::make_unique<Impl>())
{
    std::call_once(curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    d->options = std::move(options);
    d->multi = curl_multi_init();
    d->worker = std::thread([this] { d->run(); });
}

CurlTransport::~CurlTransport()
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->stopping = true;
    }
    curl_multi_wakeup(d->multi);
    d->worker.join();
    curl_multi_cleanup(d->multi);
}

void CurlTransport::setCredentials(const Credentials &credentials)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->credentials = credentials;
}

HttpReply *CurlTransport::start(const HttpRequest &request)
{
    auto *reply = new HttpReply(request);
    auto t = std::make_shared<Transfer>();
    t->request = request;
    t->reply = reply;
    t->cancelled = reply->cancelFlag();
    t->dispatcher = &d->dispatcher;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        // A password never travels in clear text, except to this device itself (the local demo SIT).
        if (!d->credentials.isEmpty() && request.url.scheme() != QLatin1String("https") && !isLoopback(request.url)) {
            HttpReply::Outcome o;
            o.error = Job::Error::Tls;
            o.message = QCoreApplication::translate("Sync", "The server %1 does not use HTTPS: the password was not "
                                                            "sent. Use an https:// address.")
                            .arg(request.url.host());
            QPointer<HttpReply> r = reply;
            d->post([r, o] {
                if (r)
                    r->complete(o);
            });
            return reply;
        }
        d->incoming.push_back(t);
    }
    curl_multi_wakeup(d->multi);
    return reply;
}

} // namespace territori::sync
