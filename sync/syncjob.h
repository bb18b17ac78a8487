#pragma once

// A sync run for the app: the SyncEngine on a worker thread of its own, behind the Job shape (finished once, error,
// message, progress, cancel). The report is read after finished().

#include "curltransport.h"
#include "syncengine.h"
#include "workerthread.h"

#include <QMutex>

#include <functional>

namespace territori::sync {

class SyncJob : public Job
{
    Q_OBJECT
    Q_PROPERTY(QString step READ step NOTIFY progressChanged)
public:
    // Makes the transport on the sync's own thread (tests hand in a fake SIT).
    using TransportFactory = std::function<std::unique_ptr<Transport>()>;

    SyncJob(QString projectDirectory, SyncSettings settings, Credentials credentials,
            CurlTransport::Options transport = CurlTransport::Options(), QObject *parent = nullptr);
    SyncJob(QString projectDirectory, SyncSettings settings, Credentials credentials, TransportFactory factory,
            QObject *parent = nullptr);
    ~SyncJob() override;

    void start();
    void cancel() override;
    const SyncReport &report() const { return m_report; }
    QString step() const { return m_step; }

private:
    QString m_directory;
    SyncSettings m_settings;
    Credentials m_credentials;
    TransportFactory m_factory;
    QMutex m_engineLock;
    SyncEngine *m_engine = nullptr;
    bool m_cancelBeforeStart = false;
    SyncReport m_report;
    QString m_step;
    WorkerThread m_worker; // last: joined before the members above go
};

} // namespace territori::sync
