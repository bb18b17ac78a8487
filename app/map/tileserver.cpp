#include "tileserver.h"

#include "sqlite.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QQueue>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace territori::map {

using namespace territori::store;

namespace {

constexpr int kMaxConcurrentFetches = 2; // tile.openstreetmap.org usage policy

struct TileKey
{
    int z, x, y;
};

// An MBTiles file opened read-only (packages) or read-write (the online cache).
class MbTiles
{
public:
    bool open(const QString &path, bool writable)
    {
        try {
            if (writable) {
                QDir().mkpath(QFileInfo(path).absolutePath());
                m_db.open(path, Database::Mode::ReadWriteCreate);
                m_db.exec("CREATE TABLE IF NOT EXISTS metadata (name TEXT, value TEXT)");
                m_db.exec("CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, tile_row "
                          "INTEGER, tile_data BLOB)");
                m_db.exec("CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row)");
            } else {
                m_db.open(path, Database::Mode::ReadOnly);
            }
            Statement st = m_db.prepare(QStringLiteral("SELECT value FROM metadata WHERE name = 'maxzoom'"));
            if (st.step())
                m_maxZoom = st.text(0).toInt();
            return true;
        } catch (const StoreError &) {
            return false;
        }
    }

    QByteArray tile(const TileKey &k)
    {
        try {
            Statement st = m_db.cached("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND "
                                       "tile_row = ?");
            st.bind(1, k.z).bind(2, k.x).bind(3, (1 << k.z) - 1 - k.y); // MBTiles rows count from the south (TMS)
            return st.step() ? st.blob(0) : QByteArray();
        } catch (const StoreError &) {
            return QByteArray();
        }
    }

    void put(const TileKey &k, const QByteArray &data)
    {
        try {
            Statement st = m_db.cached("INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)");
            st.bind(1, k.z).bind(2, k.x).bind(3, (1 << k.z) - 1 - k.y).bindBlob(4, data);
            st.run();
        } catch (const StoreError &) {
            // A full disk only costs the cache entry; the tile is still shown.
        }
    }

    int maxZoom() const { return m_maxZoom; }

private:
    Database m_db;
    int m_maxZoom = -1;
};

// A tile below the package's deepest level, cut from its ancestor and scaled up: the map stays usable when the
// surveyor zooms in further than the package goes.
QByteArray overzoom(MbTiles &src, const TileKey &k)
{
    const int dz = k.z - src.maxZoom();
    if (dz <= 0 || dz > 8)
        return QByteArray();
    const QByteArray parent = src.tile({src.maxZoom(), k.x >> dz, k.y >> dz});
    if (parent.isEmpty())
        return QByteArray();
    QImage img;
    if (!img.loadFromData(parent))
        return QByteArray();
    const int size = img.width() >> dz;
    const int mask = (1 << dz) - 1;
    const QImage part = img.copy((k.x & mask) * size, (k.y & mask) * size, size, size)
                            .scaled(img.width(), img.height(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    part.save(&buf, "PNG");
    return out;
}

} // namespace

class TileServerWorker : public QObject
{
    Q_OBJECT
public:
    QTcpServer *server = nullptr; // created in the worker's thread, like everything it owns
    QNetworkAccessManager *network = nullptr;
    QHash<QString, BasemapSource> sources;
    QHash<QString, std::shared_ptr<MbTiles>> files;
    QString current;
    bool onlineAllowed = true;
    TileServerStats stats;
    mutable QMutex statsMutex;

    struct Pending
    {
        QPointer<QTcpSocket> socket;
        QUrl url;
        QString sourceId;
        TileKey key;
    };
    QQueue<Pending> queue;
    int inFlight = 0;

    quint16 listen()
    {
        network = new QNetworkAccessManager(this);
        server = new QTcpServer(this);
        connect(server, &QTcpServer::newConnection, this, &TileServerWorker::accept);
        return server->listen(QHostAddress::LocalHost, 0) ? server->serverPort() : 0;
    }

    void setSources(const QList<BasemapSource> &list)
    {
        sources.clear();
        files.clear();
        for (const auto &s : list)
            sources.insert(s.id, s);
    }

    std::shared_ptr<MbTiles> file(const QString &path, bool writable)
    {
        auto f = files.value(path);
        if (!f) {
            f = std::make_shared<MbTiles>();
            if (!f->open(path, writable))
                return nullptr;
            files.insert(path, f);
        }
        return f;
    }

    void accept()
    {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { readRequests(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void readRequests(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        if (buffer.size() > 64 * 1024) { // no tile request is this long
            socket->abort();
            return;
        }
        int end;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            if (requestLine.size() < 2 || requestLine[0] != "GET")
                respond(socket, 405, QByteArray());
            else
                route(socket, QString::fromLatin1(requestLine[1]));
        }
        socket->setProperty("buffer", buffer);
    }

    void route(QTcpSocket *socket, const QString &path)
    {
        static const QRegularExpression re(QStringLiteral("^/tiles/([A-Za-z0-9_.-]+)/(\\d+)/(\\d+)/(\\d+)\\.png$"));
        const auto m = re.match(path);
        if (!m.hasMatch()) {
            respond(socket, 404, QByteArray());
            return;
        }
        QString id = m.captured(1);
        if (id == QLatin1String("current"))
            id = current;
        const TileKey k{m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
        const auto it = sources.constFind(id);
        if (it == sources.constEnd() || k.z < 0 || k.z > 22 || k.x >= (1 << k.z) || k.y >= (1 << k.z)) {
            respondTile(socket, QByteArray());
            return;
        }
        const BasemapSource &src = *it;
        if (src.type == QLatin1String("mbtiles")) {
            auto f = file(src.path, false);
            QByteArray data = f ? f->tile(k) : QByteArray();
            if (data.isEmpty() && f && k.z > f->maxZoom() && f->maxZoom() >= 0)
                data = overzoom(*f, k);
            respondTile(socket, data);
            return;
        }
        // Online source: the cache first, the network only when allowed.
        auto cache = file(src.cachePath, true);
        const QByteArray cached = cache ? cache->tile(k) : QByteArray();
        if (!cached.isEmpty()) {
            count(&TileServerStats::cacheHits);
            respondTile(socket, cached);
            return;
        }
        if (!onlineAllowed || k.z > src.maxZoom) {
            respondTile(socket, QByteArray());
            return;
        }
        QString url = src.url;
        url.replace(QLatin1String("{z}"), QString::number(k.z))
            .replace(QLatin1String("{x}"), QString::number(k.x))
            .replace(QLatin1String("{y}"), QString::number(k.y));
        queue.enqueue({socket, QUrl(url), src.id, k});
        pump();
    }

    void pump()
    {
        while (inFlight < kMaxConcurrentFetches && !queue.isEmpty()) {
            Pending p = queue.dequeue();
            if (!p.socket)
                continue; // the map no longer wants it
            QNetworkRequest request(p.url);
            request.setHeader(QNetworkRequest::UserAgentHeader, TileServer::userAgent());
            request.setTransferTimeout(15000);
            QNetworkReply *reply = network->get(request);
            ++inFlight;
            connect(reply, &QNetworkReply::finished, this, [this, reply, p]() {
                --inFlight;
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                QByteArray data = reply->readAll();
                QImage probe;
                if (reply->error() != QNetworkReply::NoError || status != 200 || !probe.loadFromData(data)) {
                    count(&TileServerStats::fetchErrors);
                    data.clear();
                } else {
                    count(&TileServerStats::fetched);
                    if (auto cache = file(sources.value(p.sourceId).cachePath, true))
                        cache->put(p.key, data);
                }
                if (p.socket)
                    respondTile(p.socket, data);
                pump();
            });
        }
    }

    void count(int TileServerStats::*field)
    {
        QMutexLocker lock(&statsMutex);
        ++(stats.*field);
    }

    void respondTile(QTcpSocket *socket, const QByteArray &data)
    {
        count(data.isEmpty() ? &TileServerStats::empty : &TileServerStats::served);
        respond(socket, 200, data);
    }

    void respond(QTcpSocket *socket, int status, const QByteArray &body)
    {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        const char *reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Method Not Allowed";
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        head += body.isEmpty() ? "Content-Type: text/plain\r\n" : "Content-Type: image/png\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
        socket->write(head + body);
    }
};

TileServer::TileServer(QObject *parent) : QObject(parent) {}

TileServer::~TileServer()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool TileServer::start()
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("tile-server"));
    m_worker = new TileServerWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, &port]() { port = w->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
    if (!port)
        m_error = tr("The local map tile server could not start.");
    return port != 0;
}

QString TileServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/tiles/").arg(m_port);
}

void TileServer::setSources(const QList<BasemapSource> &sources)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, sources]() { w->setSources(sources); },
                              Qt::BlockingQueuedConnection);
}

void TileServer::setCurrent(const QString &id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id]() { w->current = id; }, Qt::BlockingQueuedConnection);
}

void TileServer::setOnlineAllowed(bool allowed)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, allowed]() { w->onlineAllowed = allowed; },
                              Qt::BlockingQueuedConnection);
}

TileServerStats TileServer::stats() const
{
    QMutexLocker lock(&m_worker->statsMutex);
    return m_worker->stats;
}

QByteArray TileServer::userAgent()
{
    return QByteArrayLiteral("Territori/0.1 (field survey app of the Città metropolitana di Milano PTM; Qt Location)");
}

} // namespace territori::map

#include "tileserver.moc"
