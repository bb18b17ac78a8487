// The libcurl transport against a small HTTP server in the test: what the sync relies on from it is that a reply
// arrives once with the right error kind (transient or not), that connections are reused, that compressed replies
// are decoded, that a stalled or oversized reply fails instead of hanging or filling memory, that cancel works, and
// that a password never goes in clear text to another machine.

#include "curltransport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace territori;
using namespace territori::sync;

namespace {

// Answers by path: /ok, /deflate, /big, /status/NNN, /silent (never answers), /slow (a byte a second), /echo.
class MiniServer : public QObject
{
    Q_OBJECT
public:
    MiniServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    int connections = 0;
    QByteArray lastRequest;
    QByteArray lastBody;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const int end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buf.left(end);
        qint64 length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buf.size() < end + 4 + length)
            return;
        lastRequest = head;
        lastBody = buf.mid(end + 4, int(length));
        buf.remove(0, end + 4 + int(length));
        const QByteArray path = head.split(' ').value(1);
        respond(s, path);
    }
    void respond(QTcpSocket *s, const QByteArray &path)
    {
        auto send = [s](int status, const QByteArray &body, const QByteArray &extra = {}) {
            s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: text/plain\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body);
        };
        if (path == "/ok") {
            send(200, "hello");
        } else if (path == "/echo") {
            send(200, lastBody);
        } else if (path == "/deflate") {
            const QByteArray plain = QByteArray("territori ").repeated(1000);
            send(200, qCompress(plain).mid(4), "Content-Encoding: deflate\r\n");
        } else if (path == "/big") {
            send(200, QByteArray(100000, 'x'));
        } else if (path.startsWith("/status/")) {
            send(path.mid(8).toInt(), "<html><body><h1>Service   Unavailable</h1></body></html>");
        } else if (path == "/silent") {
            // never answers
        } else if (path == "/slow") {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
            auto *timer = new QTimer(s);
            connect(timer, &QTimer::timeout, s, [s] { s->write("x"); });
            timer->start(1000);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

std::unique_ptr<HttpReply> wait(HttpReply *r, int ms = 15000)
{
    std::unique_ptr<HttpReply> reply(r);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply.get(), &Job::finished);
        spy.wait(ms);
    }
    return reply;
}

HttpRequest get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

} // namespace

class TestCurlTransport : public QObject
{
    Q_OBJECT

private slots:
    void getDeliversBodyAndCountsBytes()
    {
        MiniServer server;
        CurlTransport t;
        auto r = wait(t.start(get(server.url("/ok"))));
        QVERIFY(r->isFinished());
        QCOMPARE(r->error(), Job::Error::None);
        QCOMPARE(r->status(), 200);
        QCOMPARE(r->body(), QByteArray("hello"));
        QCOMPARE(r->contentType(), QByteArray("text/plain"));
        QCOMPARE(r->header("content-length"), QByteArray("5"));
        QVERIFY(r->bytesSent() > 20);
        QVERIFY(r->bytesReceived() > 5);
    }

    void connectionsAreKeptAlive()
    {
        MiniServer server;
        CurlTransport t;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(wait(t.start(get(server.url("/ok"))))->error(), Job::Error::None);
        QCOMPARE(server.connections, 1);
    }

    void compressedRepliesAreDecoded()
    {
        MiniServer server;
        CurlTransport t;
        auto r = wait(t.start(get(server.url("/deflate"))));
        QCOMPARE(r->error(), Job::Error::None);
        QCOMPARE(r->body(), QByteArray("territori ").repeated(1000));
        QVERIFY(server.lastRequest.toLower().contains("accept-encoding:"));
        QVERIFY(server.lastRequest.toLower().contains("deflate"));
        QVERIFY(server.lastRequest.toLower().contains("gzip"));
    }

    void postAndPutCarryTheirBody()
    {
        MiniServer server;
        CurlTransport t;
        HttpRequest post = get(server.url("/echo"));
        post.method = "POST";
        post.body = "<wfs:Transaction/>";
        post.headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/xml"));
        auto r = wait(t.start(post));
        QCOMPARE(r->body(), post.body);
        QVERIFY(!server.lastRequest.toLower().contains("expect:"));
        HttpRequest put = post;
        put.method = "PUT";
        put.body = QByteArray(300000, 'p');
        r = wait(t.start(put));
        QCOMPARE(r->error(), Job::Error::None);
        QCOMPARE(server.lastBody.size(), 300000);
    }

    void statusesHaveTheirErrorKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << int(Job::Error::Permission);
        QTest::newRow("403") << 403 << int(Job::Error::Permission);
        QTest::newRow("404") << 404 << int(Job::Error::Server);
        QTest::newRow("429") << 429 << int(Job::Error::Network);
        QTest::newRow("503") << 503 << int(Job::Error::Network);
        QTest::newRow("507") << 507 << int(Job::Error::Server); // a full quota does not pass by waiting
    }

    void statusesHaveTheirErrorKinds()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        MiniServer server;
        CurlTransport t;
        auto r = wait(t.start(get(server.url(QStringLiteral("/status/%1").arg(status)))));
        QCOMPARE(int(r->error()), kind);
        QCOMPARE(r->status(), status);
        // The message names the status and what the server said, without its markup.
        QVERIFY2(r->errorString().contains(QString::number(status)), qPrintable(r->errorString()));
        // A 429 (the SIT's limit on failed sign-ins) says when to try again instead.
        QVERIFY2(r->errorString().contains(status == 429 ? "try again" : "Service Unavailable"), qPrintable(r->errorString()));
        QVERIFY(!r->errorString().contains("<h1>"));
    }

    void aStalledReplyFailsAsANetworkError()
    {
        MiniServer server;
        CurlTransport::Options o;
        o.stallSeconds = 1;
        CurlTransport t(o);
        QElapsedTimer timer;
        timer.start();
        auto r = wait(t.start(get(server.url("/silent"))));
        QVERIFY(r->isFinished());
        QCOMPARE(r->error(), Job::Error::Network);
        QVERIFY(timer.elapsed() < 10000);
    }

    void anOversizedReplyIsRefused()
    {
        MiniServer server;
        CurlTransport t;
        HttpRequest req = get(server.url("/big"));
        req.maxReplyBytes = 10000;
        auto r = wait(t.start(req));
        QCOMPARE(r->error(), Job::Error::Server);
        QVERIFY2(r->errorString().contains("larger than"), qPrintable(r->errorString()));
        QVERIFY(r->body().size() <= 10000);
    }

    void cancelStopsATransfer()
    {
        MiniServer server;
        CurlTransport t;
        HttpReply *raw = t.start(get(server.url("/slow")));
        QTimer::singleShot(300, raw, [raw] { raw->cancel(); });
        QElapsedTimer timer;
        timer.start();
        auto r = wait(raw);
        QCOMPARE(r->error(), Job::Error::Cancelled);
        QVERIFY(timer.elapsed() < 5000);
    }

    void deletingAReplyMidTransferIsSafe()
    {
        MiniServer server;
        CurlTransport t;
        delete t.start(get(server.url("/slow")));
        QTest::qWait(100);
        QCOMPARE(wait(t.start(get(server.url("/ok"))))->body(), QByteArray("hello"));
    }

    void nothingListeningIsANetworkError()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        CurlTransport t;
        auto r = wait(t.start(get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)))));
        QCOMPARE(r->error(), Job::Error::Network);
        QVERIFY(r->errorString().contains("127.0.0.1"));
    }

    void credentialsGoOnlyOverHttpsOrToThisDevice()
    {
        MiniServer server;
        CurlTransport t;
        t.setCredentials({"rilevatore", "segreto"});
        auto r = wait(t.start(get(server.url("/ok"))));
        QCOMPARE(r->error(), Job::Error::None);
        QVERIFY(server.lastRequest.contains("Authorization: Basic " + QByteArray("rilevatore:segreto").toBase64()));
        // Another machine over plain HTTP: refused before any byte leaves (192.0.2.1 is a documentation address).
        auto far = wait(t.start(get(QUrl("http://192.0.2.1/ows/"))), 2000);
        QVERIFY(far->isFinished());
        QCOMPARE(far->error(), Job::Error::Tls);
        QVERIFY(far->errorString().contains("https"));
        QVERIFY(!far->errorString().contains("segreto"));
    }

    // Issue #10.5: with a proxy in the environment, the password for this device's own plain-HTTP SIT went to the
    // proxy in clear text. A plain-HTTP request never goes through a proxy.
    void aPlainHttpRequestWithAPasswordNeverGoesThroughAProxy()
    {
        MiniServer server, proxy;
        const QByteArray before = qgetenv("http_proxy");
        qputenv("http_proxy", proxy.url(QString()).toString().toUtf8());
        qputenv("HTTP_PROXY", proxy.url(QString()).toString().toUtf8());
        CurlTransport t;
        t.setCredentials({"rilevatore", "segreto"});
        auto r = wait(t.start(get(server.url("/ok"))));
        qputenv("http_proxy", before);
        qunsetenv("HTTP_PROXY");
        QCOMPARE(r->error(), Job::Error::None);
        QCOMPARE(proxy.connections, 0);
        QVERIFY(!proxy.lastRequest.contains("segreto") && !proxy.lastRequest.contains("Authorization"));
        QCOMPARE(server.connections, 1);
    }
};

QTEST_GUILESS_MAIN(TestCurlTransport)
#include "tst_curltransport.moc"
