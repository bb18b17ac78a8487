#include "syncjob.h"

#include <QCoreApplication>
#include <QPointer>

namespace territori::sync {

SyncJob::SyncJob(QString projectDirectory, SyncSettings settings, Credentials credentials,
                 CurlTransport::Options transport, QObject *parent)
    : SyncJob(std::move(projectDirectory), std::move(settings), std::move(credentials),
              [transport]() -> std::unique_ptr<Transport> { return std::make_unique<CurlTransport>(transport); },
              parent)
{
}

SyncJob::SyncJob(QString projectDirectory, SyncSettings settings, Credentials credentials, TransportFactory factory,
                 QObject *parent)
    : Job(parent),
      m_directory(std::move(projectDirectory)),
      m_settings(std::move(settings)),
      m_credentials(std::move(credentials)),
      m_factory(std::move(factory))
{
}

SyncJob::~SyncJob()
{
    cancel(); // the engine stops at its next step; m_worker then joins its thread
}

void SyncJob::start()
{
    QPointer<SyncJob> self = this;
    m_worker.start([this, self]() {
        std::unique_ptr<Transport> transport = m_factory();
        transport->setCredentials(m_credentials);
        // The app has opened and checked the project already; the engine only adds its own connection.
        SyncEngine engine(m_directory, *transport, m_settings, store::Project::Check::AlreadyChecked);
        QObject::connect(&engine, &SyncEngine::progress, &engine, [self](double p, const QString &what) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, p, what] {
                    if (!self)
                        return;
                    self->m_step = what;
                    self->setProgress(p);
                },
                Qt::QueuedConnection);
        }, Qt::DirectConnection);
        {
            QMutexLocker lock(&m_engineLock);
            m_engine = &engine;
            if (m_cancelBeforeStart)
                engine.cancel();
        }
        const SyncReport report = engine.run();
        {
            QMutexLocker lock(&m_engineLock);
            m_engine = nullptr;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, report] {
                if (!self)
                    return;
                self->m_report = report;
                self->finish(report.error, report.message);
            },
            Qt::QueuedConnection);
    }, QStringLiteral("territori-sync"));
}

void SyncJob::cancel()
{
    Job::cancel();
    QMutexLocker lock(&m_engineLock);
    m_cancelBeforeStart = true;
    if (m_engine)
        m_engine->cancel();
}

} // namespace territori::sync
