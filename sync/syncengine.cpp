#include "syncengine_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>

namespace territori::sync {

using namespace territori::store;

namespace detail {

QString key(const QString &layer, const QString &uuid)
{
    return layer + QLatin1Char('\x1f') + uuid;
}

QString findPhoto(const QString &projectDirectory, const QString &sha256)
{
    const QDir dir(QDir(projectDirectory).filePath(QStringLiteral("attachments")));
    const QStringList matches = dir.entryList({sha256 + QStringLiteral(".*")}, QDir::Files);
    return matches.isEmpty() ? QString() : dir.filePath(matches.first());
}

QByteArray extensionFor(const QByteArray &mime)
{
    const QByteArray m = mime.toLower();
    if (m.contains("png"))
        return "png";
    if (m.contains("webp"))
        return "webp";
    return "jpg";
}

bool isSha256(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s)
        if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f')))
            return false;
    return true;
}

} // namespace detail

namespace {

// The SIT columns a layer needs to take part in the sync (sync/server/sql).
const QStringList &requiredColumns()
{
    static const QStringList cols{wfs::sit::uuid, wfs::sit::rev, wfs::sit::baseRev, wfs::sit::lastOp,
                                  wfs::sit::deleted, wfs::sit::updatedBy};
    return cols;
}

} // namespace

QUrl SyncSettings::defaultAttachmentsUrl(const QUrl &owsUrl)
{
    QUrl url = owsUrl;
    url.setQuery(QString());
    url.setPath(QStringLiteral("/dav/attachments/"));
    return url;
}

SyncEngine::SyncEngine(QString projectDirectory, Transport &transport, SyncSettings settings, Project::Check check,
                       QObject *parent)
    : QObject(parent),
      m_directory(std::move(projectDirectory)),
      m_client(transport, settings.owsUrl,
               settings.attachmentsUrl.isEmpty() ? SyncSettings::defaultAttachmentsUrl(settings.owsUrl)
                                                 : settings.attachmentsUrl,
               settings.retry),
      m_settings(std::move(settings)),
      m_check(check)
{
    if (!m_settings.feedUrl.isEmpty() && m_settings.feedUrl != m_settings.owsUrl)
        m_feedClient = std::make_unique<SitClient>(transport, m_settings.feedUrl, m_client.attachmentsUrl(),
                                                   m_settings.retry);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::cancel()
{
    m_client.cancel();
    if (m_feedClient)
        m_feedClient->cancel();
}

SyncReport SyncEngine::run()
{
    Run r(*this, m_client, m_feedClient ? *m_feedClient : m_client, m_settings);
    try {
        r.project = Project::open(m_directory, m_check);
        r.reopen();
        r.progress(0, QCoreApplication::translate("Sync", "Connecting to the SIT"));
        bool ok = r.updateDefinition() && r.describe();
        if (ok && m_settings.push)
            ok = r.push();
        if (ok && m_settings.pull)
            ok = r.pull();
        if (ok)
            r.settleAbsent();
        if (ok && m_settings.pull && r.verifyDue())
            ok = r.verify();
        if (ok && m_settings.pull)
            ok = r.fetchPackages();
        const QString error = r.report.ok() ? QString() : r.report.message;
        for (const QString &layer : r.syncable)
            Run::must(r.gateway->recordSyncAttempt(layer, r.report.ok(), error));
        if (ok)
            r.progress(1, QCoreApplication::translate("Sync", "Done"));
    } catch (const StoreError &e) {
        r.report.error = e.kind() == ErrorKind::DiskFull ? Job::Error::DiskFull : Job::Error::Io;
        r.report.message = QCoreApplication::translate("Sync", "The project could not be written: %1. What was confirmed so far is kept.")
                               .arg(e.message());
    }
    r.report.traffic = m_client.traffic();
    if (m_feedClient) {
        r.report.traffic.requests += m_feedClient->traffic().requests;
        r.report.traffic.bytesSent += m_feedClient->traffic().bytesSent;
        r.report.traffic.bytesReceived += m_feedClient->traffic().bytesReceived;
    }
    if (r.project) {
        try {
            r.report.remaining = int(Outbox::pendingCount(r.project->db()));
        } catch (const StoreError &) {
        }
    }
    return r.report;
}

void SyncEngine::Run::reopen()
{
    if (!project)
        project = Project::open(engine.m_directory, Project::Check::AlreadyChecked);
    gateway = std::make_unique<EditGateway>(*project, EditContext{settings.user, settings.device});
    gateway->setSyncAccount(settings.user);
    gateway->setKeepsWithdrawn(settings.keepsWithdrawn());
}

bool SyncEngine::Run::updateDefinition()
{
    // Only a project downloaded from the SIT's catalogue follows it; the bundled demo and older projects keep theirs.
    if (project->definitionVersion() <= 0)
        return true;
    std::vector<wfs::CatalogueEntry> entries;
    bool published = false;
    CallResult r = client.catalogue(entries, published);
    if (!r.ok())
        return stop(r);
    if (!published)
        return true;
    const QString id = project->info().id;
    auto mine = std::find_if(entries.begin(), entries.end(), [&](const wfs::CatalogueEntry &e) { return e.id == id; });
    if (mine == entries.end()) {
        warn(QCoreApplication::translate("Sync", "The project '%1' is no longer in the SIT's catalogue for your account: "
                                                 "it keeps its definition; ask the GIS office.")
                 .arg(project->info().title.text(uiLanguage())));
        return true;
    }
    if (mine->version <= project->definitionVersion())
        return true;
    progress(0.01, QCoreApplication::translate("Sync", "Receiving the project's new definition"));
    wfs::CatalogueEntry full;
    bool found = false;
    r = client.project(id, full, found);
    if (!r.ok())
        return stop(r);
    if (!found)
        return true;
    const DefinitionPlan plan = planDefinitionUpdate(*project, full.definition, full.version);
    if (!plan.applicable()) {
        report.definitionRefused = plan.refusals;
        for (const QString &why : plan.refusals)
            warn(why);
        return true;
    }
    DefinitionOutcome outcome;
    must(gateway->applyDefinition(plan, &outcome));
    report.definition = outcome;
    if (outcome.held > 0)
        warn(QCoreApplication::translate("Sync", "The project's definition changed (version %1): %n change(s) not yet "
                                                 "sent wait for you to check them on the sync page.",
                                         "", outcome.held)
                 .arg(outcome.toVersion));
    if (!outcome.retiredLayers.isEmpty())
        warn(QCoreApplication::translate("Sync", "The project no longer has the layer(s) %1, whose edits here were not "
                                                 "sent: export them from the sync page.")
                 .arg(outcome.retiredLayers.join(QStringLiteral(", "))));
    // Everything after this works on the new definition.
    gateway.reset();
    project.reset();
    reopen();
    return true;
}

bool SyncEngine::Run::clipped(const LayerDef &layer) const
{
    return !project->workArea().isWhole() && layer.workArea == LayerDef::WorkArea::Clip;
}

int SyncEngine::Run::unsentCount(const QString &layer)
{
    return SyncState(project->db()).unsentByLayer().value(layer).total();
}

bool SyncEngine::Run::describe()
{
    QStringList names;
    for (const LayerDef &l : project->layers())
        names << l.name;
    names << wfs::sit::tombstones << wfs::sit::moderation;
    // Asked one by one: QGIS answers a DescribeFeatureType naming an unknown type with an error for all of them.
    for (const QString &name : names) {
        QHash<QString, QStringList> props;
        const CallResult r = client.describe({name}, props);
        // The SIT's own refusal (an exception report, HTTP 400) means it does not publish the layer; anything else
        // (a web page, a cut-off reply) is an error of the whole run.
        if (r.error == Job::Error::Server && r.status == 400 && name != wfs::sit::tombstones) {
            if (name == wfs::sit::moderation)
                continue; // optional: only SITs with participation layers have it
            // A layer a role is not given on purpose (a citizen's project has no participants' data): worth a word
            // only when edits of it wait here.
            if (unsentCount(name) > 0)
                warn(QCoreApplication::translate("Sync", "The layer '%1' is not published on the SIT: its edits stay on this device.").arg(name));
            continue;
        }
        if (!r.ok())
            return stop(r);
        published.insert(name, props.value(name));
    }
    if (!published.contains(wfs::sit::tombstones))
        return stop(CallResult::failure(Job::Error::Server,
                                        QCoreApplication::translate("Sync", "The SIT does not publish territori_tombstones: it is not set up for "
                                           "sync (see docs/sit.md).")));
    for (const LayerDef &l : project->layers()) {
        if (!published.contains(l.name))
            continue;
        const QStringList &props = published.value(l.name);
        QStringList missing;
        for (const QString &c : requiredColumns())
            if (!props.contains(c))
                missing << c;
        if (!missing.isEmpty()) {
            if (unsentCount(l.name) > 0 || !l.hidden)
                warn(QCoreApplication::translate("Sync", "The layer '%1' on the SIT lacks the sync columns %2: it is not synced.")
                         .arg(l.name, missing.join(QStringLiteral(", "))));
            continue;
        }
        syncable.insert(l.name);
    }
    return true;
}

} // namespace territori::sync
