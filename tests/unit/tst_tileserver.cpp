#include "sqlite.h"
#include "tileserver.h"

#include <QBuffer>
#include <QEventLoop>
#include <QHostAddress>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace territori::map;
using territori::store::Database;
using territori::store::Statement;

namespace {

QByteArray png(const QImage &img)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return out;
}

QByteArray solidTile(const QColor &colour)
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(colour);
    return png(img);
}

// A tile whose four quadrants have their own colour: top-left, top-right, bottom-left, bottom-right (north up).
QByteArray quadrantTile(const QColor &tl, const QColor &tr, const QColor &bl, const QColor &br)
{
    QImage img(256, 256, QImage::Format_RGB32);
    for (int y = 0; y < 256; ++y)
        for (int x = 0; x < 256; ++x)
            img.setPixelColor(x, y, y < 128 ? (x < 128 ? tl : tr) : (x < 128 ? bl : br));
    return png(img);
}

struct XyzTile
{
    int z, x, y; // XYZ (slippy map) numbering, y from the north
    QByteArray data;
};

// An MBTiles 1.3 file: metadata (name, value) and tiles (zoom_level, tile_column, tile_row, tile_data), rows in TMS
// order (counted from the south).
void writeMbTiles(const QString &path, int maxZoom, const QList<XyzTile> &tiles)
{
    Database db;
    db.open(path, Database::Mode::ReadWriteCreate);
    db.exec("CREATE TABLE metadata (name TEXT, value TEXT)");
    db.exec("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
    db.exec("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
    const QList<QPair<QString, QString>> meta = {
        {"name", "prova"}, {"format", "png"}, {"minzoom", "0"}, {"maxzoom", QString::number(maxZoom)}};
    for (const auto &m : meta) {
        Statement st = db.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
        st.bind(1, m.first).bind(2, m.second);
        st.run();
    }
    for (const XyzTile &t : tiles) {
        Statement st = db.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
        st.bind(1, t.z).bind(2, t.x).bind(3, (1 << t.z) - 1 - t.y).bindBlob(4, t.data);
        st.run();
    }
}

// The colour a fake online server paints tile z/x/y with.
QColor fakeColour(int z, int x, int y)
{
    return QColor((z * 40) % 256, (x * 13) % 256, (y * 29) % 256);
}

// An online tile server on 127.0.0.1 answering GET /z/x/y.png with a PNG, keep-alive like a real one.
class FakeTileServer
{
public:
    QStringList paths;
    QList<QByteArray> userAgents;
    bool serveGarbage = false;

    bool start()
    {
        m_server = std::make_unique<QTcpServer>();
        QObject::connect(m_server.get(), &QTcpServer::newConnection, [this]() {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                m_sockets << s;
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s]() { read(s); });
            }
        });
        return m_server->listen(QHostAddress::LocalHost, 0);
    }

    // Like the network going away: no new connections, open ones dropped.
    void stop()
    {
        m_server->close();
        for (const auto &s : qAsConst(m_sockets))
            if (s)
                s->abort();
        m_sockets.clear();
    }

    quint16 port() const { return m_server->serverPort(); }
    QString urlTemplate() const { return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port()); }
    static QByteArray tile(int z, int x, int y) { return solidTile(fakeColour(z, x, y)); }

private:
    void read(QTcpSocket *s)
    {
        QByteArray buffer = s->property("buffer").toByteArray() + s->readAll();
        int end;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QList<QByteArray> lines = head.split('\n');
            const QByteArray path = lines[0].split(' ').value(1);
            paths << QString::fromLatin1(path);
            for (const QByteArray &l : lines)
                if (l.toLower().startsWith("user-agent:"))
                    userAgents << l.mid(11).trimmed();
            const QList<QByteArray> zxy = path.mid(1).replace(".png", "").split('/');
            QByteArray body = serveGarbage ? QByteArray("<html>quota exceeded</html>")
                                           : tile(zxy.value(0).toInt(), zxy.value(1).toInt(), zxy.value(2).toInt());
            s->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body);
        }
        s->setProperty("buffer", buffer);
    }

    std::unique_ptr<QTcpServer> m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
};

struct Response
{
    bool finished = false;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

} // namespace

class TestTileServer : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_tmp = nullptr;
    std::unique_ptr<TileServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_net;

    Response get(const QString &path, const QByteArray &verb = "GET")
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
        QNetworkReply *reply = m_net->sendCustomRequest(request, verb);
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timeout.start(5000);
        if (!reply->isFinished())
            loop.exec();
        Response r;
        r.finished = reply->isFinished();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.body = reply->readAll();
        reply->abort();
        reply->deleteLater();
        return r;
    }

    Response tile(const QString &id, int z, int x, int y)
    {
        return get(QStringLiteral("/tiles/%1/%2/%3/%4.png").arg(id).arg(z).arg(x).arg(y));
    }

    QString path(const QString &name) const { return m_tmp->filePath(name); }

    BasemapSource package(const QString &id, const QString &file)
    {
        BasemapSource s;
        s.id = id;
        s.type = QStringLiteral("mbtiles");
        s.path = path(file);
        return s;
    }

    BasemapSource online(const FakeTileServer &fake, int maxZoom = 19)
    {
        BasemapSource s;
        s.id = QStringLiteral("osm");
        s.type = QStringLiteral("xyz");
        s.url = fake.urlTemplate();
        s.cachePath = path(QStringLiteral("cache/osm.mbtiles"));
        s.maxZoom = maxZoom;
        return s;
    }

    static QByteArray cachedRow(const QString &cacheFile, int z, int x, int tmsRow)
    {
        Database db;
        db.open(cacheFile, Database::Mode::ReadOnly);
        Statement st = db.prepare(QStringLiteral(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
        st.bind(1, z).bind(2, x).bind(3, tmsRow);
        return st.step() ? st.blob(0) : QByteArray();
    }

    static bool isColour(const QImage &img, int x, int y, const QColor &c)
    {
        const QColor p = img.pixelColor(x, y);
        return std::abs(p.red() - c.red()) <= 2 && std::abs(p.green() - c.green()) <= 2 &&
               std::abs(p.blue() - c.blue()) <= 2;
    }

private slots:
    void init()
    {
        m_tmp = new QTemporaryDir;
        m_server = std::make_unique<TileServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_net = std::make_unique<QNetworkAccessManager>();
        m_net->setProxy(QNetworkProxy::NoProxy);
    }

    void cleanup()
    {
        m_net.reset();
        m_server.reset();
        delete m_tmp;
    }

    void listensOnLoopbackOnly()
    {
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl(), QStringLiteral("http://127.0.0.1:%1/tiles/").arg(m_server->port()));
        QTcpSocket local;
        local.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(local.waitForConnected(5000));
        // Other devices on the network cannot reach it.
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.isLoopback() || a.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket remote;
            remote.connectToHost(a, m_server->port());
            QVERIFY2(!remote.waitForConnected(2000), qPrintable(a.toString()));
        }
    }

    void servesPackageTilesWithTheirExactBytesInXyzOrder()
    {
        const QByteArray north = solidTile(Qt::red), south = solidTile(Qt::blue), east = solidTile(Qt::green);
        writeMbTiles(path("milano.mbtiles"), 5, {{1, 0, 0, north}, {1, 0, 1, south}, {1, 1, 0, east}});
        m_server->setSources({package("milano", "milano.mbtiles")});

        const Response r = tile("milano", 1, 0, 0);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("image/png"));
        QCOMPARE(r.body, north); // XYZ y 0 is TMS row 1 in the file
        QCOMPARE(tile("milano", 1, 0, 1).body, south);
        QCOMPARE(tile("milano", 1, 1, 0).body, east);
        const TileServerStats s = m_server->stats();
        QCOMPARE(s.served, 3);
        QCOMPARE(s.empty, 0);
    }

    void currentFollowsTheSelectedBasemap()
    {
        const QByteArray a = solidTile(Qt::yellow), b = solidTile(Qt::magenta);
        writeMbTiles(path("a.mbtiles"), 5, {{2, 1, 1, a}});
        writeMbTiles(path("b.mbtiles"), 5, {{2, 1, 1, b}});
        m_server->setSources({package("a", "a.mbtiles"), package("b", "b.mbtiles")});
        m_server->setCurrent("a");
        QCOMPARE(tile("current", 2, 1, 1).body, a);
        m_server->setCurrent("b");
        QCOMPARE(tile("current", 2, 1, 1).body, b);
        QCOMPARE(tile("a", 2, 1, 1).body, a); // by id, whatever is current
        m_server->setCurrent("nessuno");
        const Response none = tile("current", 2, 1, 1);
        QCOMPARE(none.status, 200);
        QVERIFY(none.body.isEmpty());
    }

    void missingTilesAreEmptyAnswersNotErrors()
    {
        writeMbTiles(path("milano.mbtiles"), 5, {{1, 0, 0, solidTile(Qt::red)}});
        m_server->setSources({package("milano", "milano.mbtiles")});
        for (const QString &p : {QStringLiteral("/tiles/milano/1/1/1.png"), QStringLiteral("/tiles/milano/4/3/2.png"),
                                 QStringLiteral("/tiles/sconosciuto/1/0/0.png"),
                                 QStringLiteral("/tiles/milano/1/2/0.png")}) { // x beyond the zoom's range
            const Response r = get(p);
            QVERIFY2(r.finished, qPrintable(p));
            QCOMPARE(r.status, 200);
            QVERIFY2(r.body.isEmpty(), qPrintable(p));
        }
        QCOMPARE(m_server->stats().empty, 4);
        QCOMPARE(m_server->stats().served, 0);
    }

    void deeperThanThePackageIsCutFromTheAncestor()
    {
        const QColor tl(200, 30, 30), tr(30, 200, 30), bl(30, 30, 200), br(220, 220, 40);
        writeMbTiles(path("milano.mbtiles"), 2, {{2, 1, 2, quadrantTile(tl, tr, bl, br)}});
        m_server->setSources({package("milano", "milano.mbtiles")});

        struct Case
        {
            int z, x, y;
            QColor expected;
        };
        // One level deeper: x 2*1+1 is the east half, y 2*2 the north half. Two levels: a quarter of a quadrant.
        const QList<Case> cases = {{3, 3, 4, tr}, {3, 2, 4, tl}, {3, 2, 5, bl}, {3, 3, 5, br},
                                   {4, 4, 11, bl}, {4, 7, 8, tr}, {5, 15, 16, tr}};
        for (const Case &c : cases) {
            const Response r = tile("milano", c.z, c.x, c.y);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.contentType, QByteArray("image/png"));
            QImage img;
            QVERIFY(img.loadFromData(r.body));
            QCOMPARE(img.size(), QSize(256, 256));
            for (const QPoint &p : {QPoint(0, 0), QPoint(255, 0), QPoint(128, 128), QPoint(0, 255), QPoint(255, 255)})
                QVERIFY2(isColour(img, p.x(), p.y(), c.expected),
                         qPrintable(QStringLiteral("%1/%2/%3 at (%4, %5) is %6, expected %7")
                                        .arg(c.z)
                                        .arg(c.x)
                                        .arg(c.y)
                                        .arg(p.x())
                                        .arg(p.y())
                                        .arg(img.pixelColor(p).name(), c.expected.name())));
        }
        // Without an ancestor in the package there is nothing to cut from.
        QVERIFY(tile("milano", 3, 0, 0).body.isEmpty());
    }

    void malformedRequestsAreRefused()
    {
        writeMbTiles(path("milano.mbtiles"), 5, {{1, 0, 0, solidTile(Qt::red)}});
        m_server->setSources({package("milano", "milano.mbtiles")});
        for (const QString &p : {QStringLiteral("/tiles/milano/1/0/0.jpg"), QStringLiteral("/tiles/milano/1/0.png"),
                                 QStringLiteral("/"), QStringLiteral("/tiles/milano/a/0/0.png"),
                                 QStringLiteral("/tiles/mil%20ano/1/0/0.png"),
                                 QStringLiteral("/tiles/milano/-1/0/0.png")}) {
            const Response r = get(p);
            QVERIFY2(r.finished, qPrintable(p));
            QCOMPARE(r.status, 404);
            QVERIFY(r.body.isEmpty());
        }
        QCOMPARE(get("/tiles/milano/1/0/0.png", "POST").status, 405);
        // The connection is still good after refusals.
        QCOMPARE(tile("milano", 1, 0, 0).status, 200);
    }

    void onlineTilesAreCachedAndServedAfterTheNetworkIsGone()
    {
        FakeTileServer fake;
        QVERIFY(fake.start());
        m_server->setSources({online(fake)});
        m_server->setCurrent("osm");

        const Response first = tile("current", 5, 16, 10);
        QVERIFY(first.finished);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.contentType, QByteArray("image/png"));
        QCOMPARE(first.body, FakeTileServer::tile(5, 16, 10));
        QCOMPARE(fake.paths, QStringList({"/5/16/10.png"}));
        QCOMPARE(fake.userAgents.value(0), TileServer::userAgent());
        QCOMPARE(m_server->stats().fetched, 1);
        // Stored as the MBTiles spec wants it: TMS row 31 - 10.
        QCOMPARE(cachedRow(path("cache/osm.mbtiles"), 5, 16, 21), first.body);

        // Seen again: from the cache, the online server is not asked.
        QCOMPARE(tile("osm", 5, 16, 10).body, first.body);
        QCOMPARE(fake.paths.size(), 1);
        QCOMPARE(m_server->stats().cacheHits, 1);

        fake.stop();
        const Response cached = tile("osm", 5, 16, 10);
        QCOMPARE(cached.status, 200);
        QCOMPARE(cached.body, first.body);
        QCOMPARE(m_server->stats().cacheHits, 2);
        const Response unseen = tile("osm", 5, 17, 10);
        QVERIFY(unseen.finished);
        QCOMPARE(unseen.status, 200);
        QVERIFY(unseen.body.isEmpty());
        const TileServerStats s = m_server->stats();
        QCOMPARE(s.fetched, 1);
        QCOMPARE(s.fetchErrors, 1);
        QCOMPARE(s.empty, 1);
        QCOMPARE(s.served, 3);
    }

    void cachedTilesAreServedWhenOnlineFetchingIsOff()
    {
        FakeTileServer fake;
        QVERIFY(fake.start());
        m_server->setSources({online(fake)});
        QCOMPARE(tile("osm", 12, 2176, 1473).body, FakeTileServer::tile(12, 2176, 1473));
        m_server->setOnlineAllowed(false);
        QCOMPARE(tile("osm", 12, 2176, 1473).body, FakeTileServer::tile(12, 2176, 1473));
        const Response unseen = tile("osm", 12, 2177, 1473);
        QCOMPARE(unseen.status, 200);
        QVERIFY(unseen.body.isEmpty());
        QCOMPARE(fake.paths.size(), 1); // nothing was asked of the network
        m_server->setOnlineAllowed(true);
        QCOMPARE(tile("osm", 12, 2177, 1473).body, FakeTileServer::tile(12, 2177, 1473));
        QCOMPARE(fake.paths.size(), 2);
        const TileServerStats s = m_server->stats();
        QCOMPARE(s.fetched, 2);
        QCOMPARE(s.cacheHits, 1);
        QCOMPARE(s.empty, 1);
    }

    void badOnlineAnswersAreNotCached()
    {
        FakeTileServer fake;
        fake.serveGarbage = true; // a captive portal or a quota page instead of a tile
        QVERIFY(fake.start());
        m_server->setSources({online(fake)});
        QVERIFY(tile("osm", 5, 16, 10).body.isEmpty());
        QCOMPARE(m_server->stats().fetchErrors, 1);
        QVERIFY(cachedRow(path("cache/osm.mbtiles"), 5, 16, 21).isEmpty());
        fake.serveGarbage = false;
        QCOMPARE(tile("osm", 5, 16, 10).body, FakeTileServer::tile(5, 16, 10));
        QCOMPARE(fake.paths.size(), 2);
    }

    void onlineSourcesStopAtTheirMaxZoom()
    {
        FakeTileServer fake;
        QVERIFY(fake.start());
        m_server->setSources({online(fake, 12)});
        QVERIFY(tile("osm", 13, 4352, 2946).body.isEmpty());
        QVERIFY(fake.paths.isEmpty());
        QVERIFY(!tile("osm", 12, 2176, 1473).body.isEmpty());
    }
};

QTEST_MAIN(TestTileServer)
#include "tst_tileserver.moc"
