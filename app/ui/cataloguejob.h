#pragma once

// What the SIT offers the account: its catalogue of projects and the work areas they can be downloaded for, read on a
// worker thread of its own behind the Job shape (the UI thread never waits on the network). The result is read after
// finished().

#include "curltransport.h"
#include "sitclient.h"
#include "workerthread.h"

#include <QMutex>

#include <functional>
#include <vector>

namespace territori::ui {

struct CatalogueResult
{
    bool published = false;      // false: the SIT keeps no catalogue (an older kit)
    std::vector<sync::wfs::CatalogueEntry> projects;
    bool areasPublished = false; // false: the SIT knows no work areas; projects come whole
    std::vector<sync::wfs::AreaEntry> areas;
    int httpStatus = 0;
};

class CatalogueJob : public Job
{
    Q_OBJECT
public:
    using TransportFactory = std::function<std::unique_ptr<sync::Transport>()>;
    CatalogueJob(QUrl owsUrl, sync::Credentials credentials, TransportFactory factory, QObject *parent = nullptr);
    ~CatalogueJob() override;

    void start();
    void cancel() override;
    const CatalogueResult &result() const { return m_result; }

private:
    QUrl m_url;
    sync::Credentials m_credentials;
    TransportFactory m_factory;
    QMutex m_lock;
    sync::SitClient *m_client = nullptr;
    bool m_cancelBeforeStart = false;
    CatalogueResult m_result;
    WorkerThread m_worker; // last: joined before the members above go
};

} // namespace territori::ui
