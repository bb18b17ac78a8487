#pragma once

// A tiny HTTP server on 127.0.0.1 that the Qt Location "osm" plugin fetches its tiles from
// (osm.mapping.custom.host = baseUrl() + "current/"). It serves offline MBTiles packages, and online XYZ tiles that
// it stores in an MBTiles cache in the project folder as they are seen, so they are there the next time the tablet
// is offline. Requests are answered on a worker thread; a missing tile is answered "200, empty" because the plugin
// retries a 404 six times and again on every pan.

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace territori::map {

class TileServerWorker;

struct BasemapSource
{
    QString id;
    QString type;      // "mbtiles" or "xyz"
    QString path;      // mbtiles file
    QString url;       // xyz template with {z} {x} {y}
    QString cachePath; // xyz: the MBTiles file that keeps fetched tiles
    int maxZoom = 19;
};

struct TileServerStats
{
    int served = 0;      // tiles with content
    int empty = 0;       // answered empty (missing offline)
    int cacheHits = 0;   // online tiles served from the cache
    int fetched = 0;     // online tiles downloaded and cached
    int fetchErrors = 0; // downloads that failed (offline, server error)
};

class TileServer : public QObject
{
    Q_OBJECT
public:
    explicit TileServer(QObject *parent = nullptr);
    ~TileServer() override;

    // Listens on 127.0.0.1 at a free port. Returns false (and errorString()) if it cannot.
    bool start();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    // e.g. http://127.0.0.1:41234/tiles/ ; a basemap is at baseUrl() + id + "/" and the selected one at "current/".
    QString baseUrl() const;

    void setSources(const QList<BasemapSource> &sources);
    void setCurrent(const QString &id);
    // Online fetching can be switched off (metered connection, tests); cached tiles are still served.
    void setOnlineAllowed(bool allowed);
    TileServerStats stats() const;

    // The user agent sent to online tile servers, as their usage policies require.
    static QByteArray userAgent();

private:
    QThread *m_thread = nullptr;
    TileServerWorker *m_worker = nullptr;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace territori::map
