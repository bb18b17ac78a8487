#include "projectdownload.h"

#include "definitionupdate.h"
#include "editgateway.h"
#include "language.h"
#include "project.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>

#include <cstdio>

namespace territori::sync {

using namespace territori::store;

namespace {


qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

// The store of a staging folder, without its basemap packages: those resume whatever else changed.
void removeStore(const QString &staging)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".part"})
        QFile::remove(QDir(staging).filePath(QString::fromLatin1(Project::kStoreFile) + QLatin1String(suffix)));
    QDir(QDir(staging).filePath(QStringLiteral("attachments"))).removeRecursively();
}

} // namespace

ProjectDownload::ProjectDownload(DownloadSettings settings, Transport &transport, QObject *parent)
    : QObject(parent),
      m_settings(std::move(settings)),
      m_transport(transport),
      m_client(transport, m_settings.owsUrl, SyncSettings::defaultAttachmentsUrl(m_settings.owsUrl), m_settings.retry)
{
}

QString ProjectDownload::stagingDirectory(const QString &projectsDirectory, const QString &projectId)
{
    return QDir(projectsDirectory).filePath(QStringLiteral(".incoming/") + projectId);
}

std::vector<ProjectDownload::Unfinished> ProjectDownload::unfinished(const QString &projectsDirectory)
{
    std::vector<Unfinished> out;
    const QDir incoming(QDir(projectsDirectory).filePath(QStringLiteral(".incoming")));
    for (const QString &id : incoming.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        Unfinished u;
        u.projectId = id;
        u.title = id;
        u.bytes = folderBytes(incoming.filePath(id));
        try {
            auto p = Project::open(incoming.filePath(id));
            u.title = p->info().title.text(uiLanguage());
            u.areaName = p->workArea().name;
        } catch (const StoreError &) {
            // a store not created yet, or cut off: the id is all there is to show
        }
        out.push_back(u);
    }
    return out;
}

bool ProjectDownload::discard(const QString &projectsDirectory, const QString &projectId)
{
    if (projectId.isEmpty() || projectId.contains(QLatin1Char('/')) || projectId.startsWith(QLatin1Char('.')))
        return false;
    return QDir(stagingDirectory(projectsDirectory, projectId)).removeRecursively();
}

void ProjectDownload::cancel()
{
    m_cancelled = true;
    m_client.cancel();
    QMutexLocker lock(&m_engineLock);
    if (m_engine)
        m_engine->cancel();
}

DownloadReport ProjectDownload::run()
{
    DownloadReport report;
    auto fail = [&](const CallResult &r) {
        report.error = r.error;
        report.message = r.message;
        report.httpStatus = r.status;
        report.traffic = m_client.traffic();
        return report;
    };
    const QString id = m_settings.projectId;
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    if (!idRe.match(id).hasMatch())
        return fail(CallResult::failure(Job::Error::InvalidInput, QCoreApplication::translate("Download", "'%1' is not a project id.").arg(id)));
    const QString final = QDir(m_settings.projectsDirectory).filePath(id);
    if (QFileInfo::exists(QDir(final).filePath(QString::fromLatin1(Project::kStoreFile))))
        return fail(CallResult::failure(Job::Error::InvalidInput, QCoreApplication::translate("Download", "The project '%1' is on this device already.").arg(id)));

    emit progress(0, QCoreApplication::translate("Download", "Reading the project from the SIT"));
    wfs::CatalogueEntry entry;
    bool found = false;
    CallResult r = m_client.project(id, entry, found);
    if (!r.ok())
        return fail(r);
    if (!found)
        return fail(CallResult::failure(Job::Error::Server, QCoreApplication::translate("Download", "The project '%1' is not in the SIT's catalogue for your account.").arg(id)));
    const int format = entry.definition.value(QStringLiteral("format")).toInt(kDefinitionFormat);
    if (format > kDefinitionFormat)
        return fail(CallResult::failure(Job::Error::Server,
                                        QCoreApplication::translate("Download", "The project '%1' is in definition format %2; this version of Territori reads "
                                           "format %3. Update the app to use it.")
                                            .arg(id)
                                            .arg(format)
                                            .arg(kDefinitionFormat)));
    if (entry.definition.value(QStringLiteral("id")).toString() != id)
        return fail(CallResult::failure(Job::Error::Server, QCoreApplication::translate("Download", "The SIT sent the definition of another project for '%1'.").arg(id)));
    const QStringList problems = Project::checkDefinition(entry.definition);
    if (!problems.isEmpty())
        return fail(CallResult::failure(Job::Error::Server, QCoreApplication::translate("Download", "The project's definition on the SIT has errors; ask the "
                                                               "GIS office: %1")
                                                                .arg(problems.join(QStringLiteral("; ")))));
    WorkArea area;
    if (!m_settings.areaId.isEmpty()) {
        wfs::AreaEntry a;
        r = m_client.workArea(m_settings.areaId, a, found);
        if (!r.ok())
            return fail(r);
        if (!found)
            return fail(CallResult::failure(Job::Error::Server, QCoreApplication::translate("Download", "The SIT has no work area '%1'.").arg(m_settings.areaId)));
        area.id = a.id;
        area.kind = a.kind;
        area.name = a.name;
        area.sample = a.sample;
        area.geometry = a.geometry;
    }
    if (m_cancelled)
        return fail(CallResult::failure(Job::Error::Cancelled, QCoreApplication::translate("Download", "Cancelled.")));

    // A download that stopped before goes on when it is of the same definition and area; otherwise its store starts
    // again (its basemap packages still resume: they are checked by their fingerprint).
    const QString staging = stagingDirectory(m_settings.projectsDirectory, id);
    try {
        bool resume = false;
        if (QFileInfo::exists(QDir(staging).filePath(QString::fromLatin1(Project::kStoreFile)))) {
            try {
                auto p = Project::open(staging);
                resume = p->definitionVersion() == entry.version && p->workArea().id == area.id;
            } catch (const StoreError &) {
                resume = false; // cut off while it was being made
            }
            if (!resume)
                removeStore(staging);
        }
        report.resumed = resume;
        if (!resume) {
            removeStore(staging);
            auto p = Project::create(staging, entry.definition, entry.version);
            EditGateway gateway(*p, EditContext{m_settings.user, m_settings.device});
            const EditResult set = gateway.setWorkArea(area);
            if (!set.ok)
                throw StoreError(set.error, set.message);
        }
    } catch (const StoreError &e) {
        return fail(CallResult::failure(e.kind() == ErrorKind::DiskFull ? Job::Error::DiskFull : Job::Error::Io,
                                        QCoreApplication::translate("Download", "The project could not be written on this device: %1").arg(e.message())));
    }

    // The features, their photos and the basemap packages: a sync that only receives.
    SyncSettings s;
    s.owsUrl = m_settings.owsUrl;
    s.user = m_settings.user;
    s.device = m_settings.device;
    s.pageSize = m_settings.pageSize;
    s.retry = m_settings.retry;
    s.push = false;
    s.verify = SyncSettings::Verify::Never;
    SyncEngine engine(staging, m_transport, s, Project::Check::AlreadyChecked);
    connect(&engine, &SyncEngine::progress, this, [this](double p, const QString &what) {
        emit progress(0.05 + 0.93 * std::clamp((p - 0.5) * 2.0, 0.0, 1.0), what);
    });
    {
        QMutexLocker lock(&m_engineLock);
        m_engine = &engine;
        if (m_cancelled)
            engine.cancel();
    }
    const SyncReport sync = engine.run();
    {
        QMutexLocker lock(&m_engineLock);
        m_engine = nullptr;
    }
    report.features = sync.received;
    report.photos = sync.photosDownloaded;
    report.packagesMissing = sync.packagesMissing;
    report.warnings = sync.warnings;
    report.traffic = m_client.traffic();
    report.traffic.requests += sync.traffic.requests;
    report.traffic.bytesSent += sync.traffic.bytesSent;
    report.traffic.bytesReceived += sync.traffic.bytesReceived;
    if (m_cancelled || sync.error == Job::Error::Cancelled) {
        QDir(staging).removeRecursively();
        report.error = Job::Error::Cancelled;
        report.message = QCoreApplication::translate("Download", "The download was cancelled; nothing of it was kept.");
        return report;
    }
    if (!sync.ok()) {
        report.error = sync.error;
        report.httpStatus = sync.httpStatus;
        report.message = QCoreApplication::translate("Download", "The download stopped: %1 What arrived is kept; it goes on from there at the next try.")
                             .arg(sync.message);
        return report;
    }
    // The last step: the folder becomes the project at once (rename(2)), or not at all.
    emit progress(0.99, QCoreApplication::translate("Download", "Opening the project"));
    QDir().mkpath(m_settings.projectsDirectory);
    if (QFileInfo::exists(final) && !QDir(final).removeRecursively()) // an empty or broken leftover, never a store
        return fail(CallResult::failure(Job::Error::Io, QCoreApplication::translate("Download", "Cannot replace the folder %1.").arg(final)));
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(final).constData()) != 0)
        return fail(CallResult::failure(Job::Error::Io, QCoreApplication::translate("Download", "Cannot move the downloaded project into %1.").arg(final)));
    report.directory = final;
    emit progress(1, QCoreApplication::translate("Download", "Done"));
    return report;
}

DownloadJob::DownloadJob(DownloadSettings settings, Credentials credentials, TransportFactory factory, QObject *parent)
    : Job(parent), m_settings(std::move(settings)), m_credentials(std::move(credentials)), m_factory(std::move(factory))
{
}

DownloadJob::~DownloadJob()
{
    cancel();
}

void DownloadJob::start()
{
    QPointer<DownloadJob> self = this;
    m_worker.start([this, self]() {
        std::unique_ptr<Transport> transport = m_factory();
        transport->setCredentials(m_credentials);
        ProjectDownload download(m_settings, *transport);
        QObject::connect(&download, &ProjectDownload::progress, &download, [self](double p, const QString &what) {
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
            QMutexLocker lock(&m_lock);
            m_download = &download;
            if (m_cancelBeforeStart)
                download.cancel();
        }
        const DownloadReport report = download.run();
        {
            QMutexLocker lock(&m_lock);
            m_download = nullptr;
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
    }, QStringLiteral("territori-download"));
}

void DownloadJob::cancel()
{
    Job::cancel();
    QMutexLocker lock(&m_lock);
    m_cancelBeforeStart = true;
    if (m_download)
        m_download->cancel();
}

} // namespace territori::sync
