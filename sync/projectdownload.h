#pragma once

// Getting a project of the SIT's catalogue onto this device: its definition, a new store, the features of the chosen
// work area (a comune, a zona omogenea, or the whole territory), their photos and the basemap packages. Everything is
// built in a staging folder (<projects>/.incoming/<id>) that is no project until the last step renames it into place,
// so an interrupted or cancelled download never leaves half a project. A download cut off by the network, a full disk
// or a killed app stays in the staging folder and goes on from there at the next try (the feeds from their cursors,
// a basemap package from its last byte); a cancelled one is removed. See docs/sync.md, "Projects".

#include "curltransport.h"
#include "sitclient.h"
#include "workerthread.h"

#include <QMutex>
#include <QObject>

#include <functional>

namespace territori::sync {

struct DownloadSettings
{
    QUrl owsUrl;              // the role's WFS endpoint
    QString user;
    QString device;
    QString projectId;
    QString areaId;           // a work area of the SIT; empty: the whole territory
    QString projectsDirectory; // where the app keeps its projects, one folder each
    int pageSize = 1000;
    RetryPolicy retry;
};

struct DownloadReport
{
    Job::Error error = Job::Error::None;
    QString message;
    int httpStatus = 0;
    QString directory;        // the project's folder, once it is in place
    bool resumed = false;     // went on from a download that stopped before
    int features = 0;
    int photos = 0;
    QStringList packagesMissing; // basemap packages that could not be had (the project works without them)
    QStringList warnings;
    TrafficCounters traffic;
    bool ok() const { return error == Job::Error::None; }
};

class ProjectDownload : public QObject
{
    Q_OBJECT
public:
    ProjectDownload(DownloadSettings settings, Transport &transport, QObject *parent = nullptr);

    // Blocks until the download ends. Call it on the thread the object lives in.
    DownloadReport run();
    // Thread-safe. The staging folder is removed.
    void cancel();

    static QString stagingDirectory(const QString &projectsDirectory, const QString &projectId);
    // A download that stopped before: its project id, the work area's name, how far it got. Empty when none.
    struct Unfinished
    {
        QString projectId;
        QString title;
        QString areaName;
        qint64 bytes = 0;
    };
    static std::vector<Unfinished> unfinished(const QString &projectsDirectory);
    static bool discard(const QString &projectsDirectory, const QString &projectId);

signals:
    void progress(double fraction, const QString &what);

private:
    DownloadSettings m_settings;
    Transport &m_transport;
    SitClient m_client;
    std::atomic<bool> m_cancelled{false};
    QMutex m_engineLock;
    class SyncEngine *m_engine = nullptr; // the feeds' engine, while it runs
};

// The download for the app: on a worker thread of its own, behind the Job shape.
class DownloadJob : public Job
{
    Q_OBJECT
    Q_PROPERTY(QString step READ step NOTIFY progressChanged)
public:
    using TransportFactory = std::function<std::unique_ptr<Transport>()>;
    DownloadJob(DownloadSettings settings, Credentials credentials, TransportFactory factory, QObject *parent = nullptr);
    ~DownloadJob() override;

    void start();
    void cancel() override;
    const DownloadReport &report() const { return m_report; }
    QString step() const { return m_step; }

private:
    DownloadSettings m_settings;
    Credentials m_credentials;
    TransportFactory m_factory;
    QMutex m_lock;
    ProjectDownload *m_download = nullptr;
    bool m_cancelBeforeStart = false;
    DownloadReport m_report;
    QString m_step;
    WorkerThread m_worker; // last: joined before the members above go
};

} // namespace territori::sync
