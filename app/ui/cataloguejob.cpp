#include "cataloguejob.h"

#include "syncengine.h"

#include <QPointer>

namespace territori::ui {

CatalogueJob::CatalogueJob(QUrl owsUrl, sync::Credentials credentials, TransportFactory factory, QObject *parent)
    : Job(parent), m_url(std::move(owsUrl)), m_credentials(std::move(credentials)), m_factory(std::move(factory))
{
}

CatalogueJob::~CatalogueJob()
{
    cancel();
}

void CatalogueJob::start()
{
    QPointer<CatalogueJob> self = this;
    m_worker.start([this, self]() {
        std::unique_ptr<sync::Transport> transport = m_factory();
        transport->setCredentials(m_credentials);
        sync::SitClient client(*transport, m_url, sync::SyncSettings::defaultAttachmentsUrl(m_url));
        {
            QMutexLocker lock(&m_lock);
            m_client = &client;
            if (m_cancelBeforeStart)
                client.cancel();
        }
        CatalogueResult result;
        sync::CallResult r = client.catalogue(result.projects, result.published);
        if (r.ok() && result.published)
            r = client.workAreas(result.areas, result.areasPublished);
        result.httpStatus = r.status;
        {
            QMutexLocker lock(&m_lock);
            m_client = nullptr;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, result, r] {
                if (!self)
                    return;
                self->m_result = result;
                self->finish(r.error, r.message);
            },
            Qt::QueuedConnection);
    }, QStringLiteral("territori-catalogue"));
}

void CatalogueJob::cancel()
{
    Job::cancel();
    QMutexLocker lock(&m_lock);
    m_cancelBeforeStart = true;
    if (m_client)
        m_client->cancel();
}

} // namespace territori::ui
