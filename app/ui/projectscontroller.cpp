#include "projectscontroller.h"

#include "credentialstore.h"
#include "definitionupdate.h"
#include "language.h"
#include "project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSettings>

#include <algorithm>

namespace territori::ui {

using territori::core::LocalProject;
using territori::core::ProjectRegistry;

namespace {

const QString kAccountUrl = QStringLiteral("account/url");
const QString kAccountUser = QStringLiteral("account/user");

QString downloadsKey(const QString &id, const QString &name)
{
    return QStringLiteral("downloads/%1/%2").arg(id, name);
}

// An id the SIT may give a project, and so a folder name of ours (as ProjectDownload checks it).
bool plausibleId(const QString &id)
{
    return !id.isEmpty() && !id.startsWith(QLatin1Char('.')) && !id.contains(QLatin1Char('/')) &&
           !id.contains(QLatin1Char('\\'));
}

} // namespace

ProjectsController::ProjectsController(QString projectsDirectory, QString deviceId, QObject *parent)
    : QObject(parent),
      m_directory(std::move(projectsDirectory)),
      m_deviceId(std::move(deviceId)),
      m_credentials(std::make_unique<sync::CredentialStore>())
{
    m_local.setProjectsDirectory(m_directory);
    m_local.setLastOpened(QSettings().value(QStringLiteral("projects/last")).toString());
    connect(&m_local, &ProjectListModel::refreshed, this, [this] {
        emit localChanged();
        emit catalogueChanged(); // "on this device" follows the list
    });
    // A removal cut short (the app killed half way) left a folder no list shows: finish it.
    for (const QString &left : QDir(m_directory).entryList({QStringLiteral(".removing-*")}, QDir::Dirs | QDir::Hidden))
        QDir(QDir(m_directory).filePath(left)).removeRecursively();
    QSettings s;
    m_url = s.value(kAccountUrl).toString();
    m_user = s.value(kAccountUser).toString();
    if (configured())
        loadPassword();
}

ProjectsController::~ProjectsController()
{
    // A download still under way is cancelled (its staging folder goes: the window asks before it closes on one),
    // and its thread joined.
    if (m_download)
        m_download->disconnect(this);
    delete m_download.data();
    delete m_catalogueJob.data();
}

void ProjectsController::loadPassword()
{
    const QString url = m_url;
    const QString user = m_user;
    m_passwordPending = true;
    m_credentials->read(QUrl(m_url), m_user, [this, url, user](bool ok, const QString &password, const QString &message) {
        if (url != m_url || user != m_user || !m_password.isEmpty())
            return; // the account changed meanwhile, or a session password is set
        m_passwordPending = false;
        if (ok) {
            m_password = password;
            m_keychain = true;
            m_accountMessage.clear();
        } else {
            m_accountMessage = message;
        }
        emit accountChanged();
        if (m_catalogueWanted) {
            m_catalogueWanted = false;
            refreshCatalogue();
        }
    });
}

void ProjectsController::setCurrent(const QString &directory)
{
    const QString dir = directory.isEmpty() ? QString() : QDir(directory).absolutePath();
    m_currentDirectory = dir;
    const bool inside = !dir.isEmpty() && QFileInfo(dir).absolutePath() == QDir(m_directory).absolutePath();
    m_currentId = inside ? QFileInfo(dir).fileName() : QString();
    m_local.setCurrent(m_currentId);
    if (!m_currentId.isEmpty()) {
        QSettings().setValue(QStringLiteral("projects/last"), m_currentId);
        m_local.setLastOpened(m_currentId);
    }
    emit currentChanged();
}

QString ProjectsController::demoDirectory() const
{
    return QDir(m_directory).filePath(QLatin1String(kDemoId));
}

bool ProjectsController::demoOnDevice() const
{
    return m_local.find(QLatin1String(kDemoId)) != nullptr;
}

bool ProjectsController::accountSaved()
{
    QSettings s;
    return !s.value(kAccountUrl).toString().isEmpty() && !s.value(kAccountUser).toString().isEmpty();
}

void ProjectsController::setSessionAccount(const QString &url, const QString &user, const QString &password)
{
    m_url = url;
    m_user = user;
    m_password = password;
    m_keychain = false;
    m_passwordPending = false;
    m_accountMessage = tr("Connected for this session only.");
    emit accountChanged();
}

void ProjectsController::setAccount(const QString &url, const QString &user, const QString &password, bool remember)
{
    const QUrl parsed = QUrl::fromUserInput(url.trimmed());
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")) ||
        user.trimmed().isEmpty()) {
        m_accountMessage = tr("Give the SIT address (https://…) and your user name.");
        emit accountChanged();
        return;
    }
    m_url = parsed.toString();
    m_user = user.trimmed();
    m_password = password;
    m_keychain = false;
    m_passwordPending = false;
    QSettings s;
    s.setValue(kAccountUrl, m_url);
    s.setValue(kAccountUser, m_user);
    if (remember) {
        m_accountMessage = tr("Saving the password in the keychain…");
        m_credentials->write(QUrl(m_url), m_user, password, [this, url = m_url, user = m_user](bool ok, const QString &message) {
            if (url != m_url || user != m_user)
                return;
            m_keychain = ok;
            m_accountMessage = ok ? tr("The password is kept in this device's keychain.") : message;
            emit accountChanged();
        });
    } else {
        m_credentials->remove(QUrl(m_url), m_user, [](bool) {});
        m_accountMessage = tr("The password is kept only until Territori is closed.");
    }
    m_catalogueLoaded = false;
    m_catalogue = CatalogueResult();
    emit accountChanged();
    refreshCatalogue();
}

void ProjectsController::refresh()
{
    m_local.refresh();
}

ProjectsController::TransportFactory ProjectsController::factory() const
{
    if (m_factory)
        return m_factory;
    return []() -> std::unique_ptr<sync::Transport> { return std::make_unique<sync::CurlTransport>(); };
}

void ProjectsController::refreshCatalogue()
{
    if (!configured()) {
        m_catalogueError.clear();
        emit catalogueChanged();
        return;
    }
    if (m_passwordPending) {
        m_catalogueWanted = true; // once the keychain has answered
        return;
    }
    delete m_catalogueJob.data(); // a newer question replaces an older one
    m_catalogueError.clear();
    m_catalogueJob = new CatalogueJob(QUrl(m_url), sync::Credentials{m_user, m_password}, factory(), this);
    connect(m_catalogueJob, &Job::finished, this, &ProjectsController::onCatalogueFinished);
    m_catalogueJob->start();
    emit catalogueChanged();
}

void ProjectsController::onCatalogueFinished()
{
    CatalogueJob *job = m_catalogueJob;
    if (!job)
        return;
    m_catalogueJob = nullptr;
    job->deleteLater();
    if (job->error() == Job::Error::None) {
        m_catalogue = job->result();
        m_catalogueLoaded = true;
        m_catalogueError.clear();
    } else if (job->error() != Job::Error::Cancelled) {
        m_catalogueError = job->result().httpStatus == 401 || job->error() == Job::Error::Permission
                               ? tr("The SIT refused the user name or password: check them under Sign in.")
                               : job->errorString();
    }
    emit catalogueChanged();
}

const sync::wfs::CatalogueEntry *ProjectsController::entry(const QString &id) const
{
    for (const auto &e : m_catalogue.projects)
        if (e.id == id)
            return &e;
    return nullptr;
}

QVariantList ProjectsController::catalogue() const
{
    QVariantList out;
    const QString lang = store::uiLanguage();
    for (const auto &e : m_catalogue.projects) {
        const LocalProject *here = m_local.find(e.id);
        const LocalProject *staged = m_local.find(e.id, true);
        out << QVariantMap{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title.text(lang)},
            {QStringLiteral("description"), e.description.text(lang)},
            {QStringLiteral("version"), e.version},
            {QStringLiteral("format"), e.format},
            // A definition this version cannot read is said before anything is downloaded.
            {QStringLiteral("readable"), e.format <= store::kDefinitionFormat},
            {QStringLiteral("publishedAt"), e.publishedAt.isValid() ? QLocale(lang).toString(e.publishedAt.toLocalTime().date(), QLocale::ShortFormat)
                                                                    : QString()},
            {QStringLiteral("onDevice"), here != nullptr},
            {QStringLiteral("localVersion"), here ? here->definitionVersion : 0},
            {QStringLiteral("interrupted"), staged != nullptr},
        };
    }
    return out;
}

QVariantList ProjectsController::workAreas() const
{
    std::vector<const sync::wfs::AreaEntry *> sorted;
    for (const auto &a : m_catalogue.areas)
        sorted.push_back(&a);
    // The zone omogenee first (a handful), then the 133 comuni, each by name.
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) {
        const bool za = a->kind == QLatin1String("zona_omogenea");
        const bool zb = b->kind == QLatin1String("zona_omogenea");
        if (za != zb)
            return za;
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    QVariantList out;
    for (const auto *a : sorted)
        out << QVariantMap{{QStringLiteral("id"), a->id},
                           {QStringLiteral("kind"), a->kind},
                           {QStringLiteral("kindTitle"), a->kind == QLatin1String("zona_omogenea") ? tr("Zone omogenee")
                                                         : a->kind == QLatin1String("comune")     ? tr("Comuni")
                                                                                                    : tr("Other areas")},
                           {QStringLiteral("name"), a->name},
                           {QStringLiteral("code"), a->code},
                           {QStringLiteral("sample"), a->sample}};
    return out;
}

QVariantList ProjectsController::areas(const QString &filter) const
{
    const QString f = filter.trimmed();
    QVariantList out;
    const QString whole = tr("The whole territory");
    if (f.isEmpty() || whole.contains(f, Qt::CaseInsensitive))
        out << QVariantMap{{QStringLiteral("id"), QString()},
                           {QStringLiteral("kind"), QStringLiteral("whole")},
                           {QStringLiteral("kindTitle"), tr("All of it")},
                           {QStringLiteral("name"), whole},
                           {QStringLiteral("code"), QString()},
                           {QStringLiteral("sample"), false}};
    for (const QVariant &v : workAreas()) {
        const QVariantMap a = v.toMap();
        if (f.isEmpty() || a.value(QStringLiteral("name")).toString().contains(f, Qt::CaseInsensitive) ||
            a.value(QStringLiteral("code")).toString().contains(f, Qt::CaseInsensitive))
            out << a;
    }
    return out;
}

QString ProjectsController::areaName(const QString &areaId) const
{
    if (areaId.isEmpty())
        return tr("The whole territory");
    for (const auto &a : m_catalogue.areas)
        if (a.id == areaId)
            return a.name;
    return QSettings().value(downloadsKey(m_downloadId, QStringLiteral("areaName")), areaId).toString();
}

QString ProjectsController::titleOf(const QString &id) const
{
    if (const auto *e = entry(id))
        return e->title.text(store::uiLanguage());
    if (const LocalProject *p = m_local.find(id))
        return p->title;
    if (const LocalProject *p = m_local.find(id, true))
        return p->title;
    return id;
}

double ProjectsController::downloadProgress() const
{
    return m_download ? m_download->progress() : 0.0;
}

QString ProjectsController::downloadStep() const
{
    return m_download ? m_download->step() : QString();
}

bool ProjectsController::download(const QString &id, const QString &areaId)
{
    auto refuse = [this](const QString &title, const QString &why) {
        m_downloadErrorTitle = title;
        m_downloadError = why;
        emit downloadChanged();
        return false;
    };
    if (m_download) {
        // Said apart: the pane shows the download under way, which this refusal must not take the place of.
        emit message(tr("'%1' is being downloaded: wait for it to finish or cancel it.").arg(m_downloadTitle), true);
        return false;
    }
    if (!plausibleId(id))
        return refuse(tr("The project cannot be downloaded"), tr("'%1' is not a project id.").arg(id));
    if (!configured() || m_password.isEmpty())
        return refuse(tr("Sign in first"), tr("Sign in to the SIT with your user name and password to download its projects."));
    if (m_local.find(id))
        return refuse(tr("Already on this device"), tr("'%1' is on this device already.").arg(titleOf(id)));
    if (const auto *e = entry(id); e && e->format > store::kDefinitionFormat)
        return refuse(tr("A newer version of Territori is needed"),
                      tr("The project '%1' is in definition format %2; this version of Territori reads format %3. "
                         "Update the app to use it.")
                          .arg(titleOf(id))
                          .arg(e->format)
                          .arg(store::kDefinitionFormat));
    if (m_catalogueLoaded && m_catalogue.published && !entry(id))
        return refuse(tr("Not in the catalogue for your account"),
                      tr("The project '%1' is not in the SIT's catalogue for your account (%2).").arg(id, m_user));

    sync::DownloadSettings settings;
    settings.owsUrl = QUrl(m_url);
    settings.user = m_user;
    settings.device = m_deviceId;
    settings.projectId = id;
    settings.areaId = areaId;
    settings.projectsDirectory = m_directory;
    m_downloadId = id;
    m_downloadTitle = titleOf(id);
    m_downloadArea = areaName(areaId);
    m_downloadErrorTitle.clear();
    m_downloadError.clear();
    m_downloadNotes.clear();
    m_downloadedId.clear();
    // The area chosen, so that "Resume" goes on with the same one (the staging store may not have been made yet).
    QSettings s;
    s.setValue(downloadsKey(id, QStringLiteral("area")), areaId);
    s.setValue(downloadsKey(id, QStringLiteral("areaName")), m_downloadArea);
    m_download = new sync::DownloadJob(settings, sync::Credentials{m_user, m_password}, factory(), this);
    connect(m_download, &Job::progressChanged, this, &ProjectsController::downloadProgressChanged);
    connect(m_download, &Job::finished, this, &ProjectsController::onDownloadFinished);
    m_download->start();
    emit downloadChanged();
    emit downloadProgressChanged();
    emit catalogueChanged();
    return true;
}

void ProjectsController::cancelDownload()
{
    if (m_download)
        m_download->cancel(); // its staging folder is removed: nothing of it is kept
}

void ProjectsController::onDownloadFinished()
{
    sync::DownloadJob *job = m_download;
    if (!job)
        return;
    const sync::DownloadReport report = job->report();
    m_download = nullptr;
    job->deleteLater();
    const QString id = m_downloadId;
    QSettings s;
    if (report.ok()) {
        // The project's sync uses the account it came with (SyncController reads these).
        s.setValue(QStringLiteral("sync/%1/url").arg(id), m_url);
        s.setValue(QStringLiteral("sync/%1/user").arg(id), m_user);
        s.remove(QStringLiteral("downloads/%1").arg(id));
        m_downloadedId = id;
        if (!report.packagesMissing.isEmpty())
            m_downloadNotes << tr("%n basemap packages could not be downloaded: the project works without them, and "
                                  "the next sync tries again.",
                                  "", int(report.packagesMissing.size()));
        m_downloadNotes << report.warnings;
        emit message(tr("'%1' is on this device: %n features.", "", report.features).arg(m_downloadTitle), false);
    } else if (report.error == Job::Error::Cancelled) {
        // Nothing of it is kept, and nothing is wrong: the pane goes.
        s.remove(QStringLiteral("downloads/%1").arg(id));
        m_downloadErrorTitle.clear();
        m_downloadError.clear();
        emit message(report.message, false);
    } else {
        switch (report.error) {
        case Job::Error::Network: m_downloadErrorTitle = tr("No connection to the SIT"); break;
        case Job::Error::DiskFull: m_downloadErrorTitle = tr("This device is full"); break;
        case Job::Error::Permission: m_downloadErrorTitle = tr("The SIT refused the user name or password"); break;
        case Job::Error::Tls: m_downloadErrorTitle = tr("The SIT's certificate is not trusted"); break;
        case Job::Error::Io: m_downloadErrorTitle = tr("The project could not be written on this device"); break;
        case Job::Error::Server: m_downloadErrorTitle = tr("The SIT could not give the project"); break;
        default: m_downloadErrorTitle = tr("The download stopped"); break;
        }
        if (report.httpStatus == 401)
            m_downloadErrorTitle = tr("The SIT refused the user name or password");
        m_downloadError = report.message;
    }
    m_local.refresh();
    emit downloadChanged();
    emit downloadProgressChanged();
    emit downloadFinished(id, report.ok());
}

bool ProjectsController::resume(const QString &id)
{
    const LocalProject *staged = m_local.find(id, true);
    QSettings s;
    const QString area = s.contains(downloadsKey(id, QStringLiteral("area")))
                             ? s.value(downloadsKey(id, QStringLiteral("area"))).toString()
                             : (staged ? staged->workAreaId : QString());
    return download(id, area);
}

bool ProjectsController::discard(const QString &id)
{
    if (m_download && m_downloadId == id) {
        emit message(tr("This download is under way: cancel it instead."), true);
        return false;
    }
    if (!sync::ProjectDownload::discard(m_directory, id)) {
        emit message(tr("The interrupted download of '%1' could not be removed.").arg(titleOf(id)), true);
        return false;
    }
    QSettings().remove(QStringLiteral("downloads/%1").arg(id));
    m_local.refresh();
    return true;
}

void ProjectsController::dismissDownload()
{
    m_downloadErrorTitle.clear();
    m_downloadError.clear();
    m_downloadNotes.clear();
    m_downloadedId.clear();
    emit downloadChanged();
}

QVariantMap ProjectsController::removal(const QString &id)
{
    QVariantMap out{{QStringLiteral("id"), id}, {QStringLiteral("title"), titleOf(id)},
                    {QStringLiteral("unsent"), 0}, {QStringLiteral("allowed"), false}};
    QString reason;
    if (!plausibleId(id) || !QFileInfo(QDir(m_directory).filePath(id)).isDir())
        reason = tr("There is no project '%1' on this device.").arg(id);
    else if (id == m_currentId)
        reason = tr("This project is open. Open another one first, then remove this one.");
    else if (m_download && m_downloadId == id)
        reason = tr("This project is being downloaded: cancel the download instead.");
    if (reason.isEmpty()) {
        // Read now, not from the list: a sync may have sent (or the app saved) something since.
        const LocalProject p = ProjectRegistry::read(QDir(m_directory).filePath(id));
        out[QStringLiteral("unsent")] = p.unsent;
        out[QStringLiteral("allowed")] = true;
        out[QStringLiteral("readable")] = p.readable();
    }
    out[QStringLiteral("reason")] = reason;
    return out;
}

bool ProjectsController::remove(const QString &id, bool evenWithUnsent)
{
    const QVariantMap r = removal(id);
    const QString title = r.value(QStringLiteral("title")).toString();
    if (!r.value(QStringLiteral("allowed")).toBool()) {
        emit message(r.value(QStringLiteral("reason")).toString(), true);
        return false;
    }
    const int unsent = r.value(QStringLiteral("unsent")).toInt();
    if (unsent > 0 && !evenWithUnsent) {
        emit message(tr("'%1' has changes to %n features not yet sent to the SIT: it was not removed.", "", unsent).arg(title),
                     true);
        return false;
    }
    // First out of the list at once (a rename), then deleted: an app killed half way leaves no half project listed.
    const QString dir = QDir(m_directory).filePath(id);
    const QString gone = QDir(m_directory).filePath(
        QStringLiteral(".removing-%1-%2").arg(id).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    if (!QDir().rename(dir, gone)) {
        emit message(tr("'%1' could not be removed: its folder %2 cannot be changed.").arg(title, dir), true);
        return false;
    }
    QDir(gone).removeRecursively();
    QSettings s;
    for (const QString &group : {QStringLiteral("sync/%1"), QStringLiteral("remember/%1"), QStringLiteral("downloads/%1")})
        s.remove(group.arg(id));
    if (s.value(QStringLiteral("projects/last")).toString() == id) {
        s.remove(QStringLiteral("projects/last"));
        m_local.setLastOpened(QString());
    }
    m_local.refresh();
    emit message(tr("'%1' was removed from this device.").arg(title), false);
    return true;
}

bool ProjectsController::open(const QString &id, const QString &page)
{
    const QString dir = QDir(m_directory).filePath(id);
    if (!plausibleId(id) || !QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(store::Project::kStoreFile)))) {
        emit message(tr("There is no project '%1' on this device.").arg(id), true);
        return false;
    }
    if (!m_openHandler)
        return false;
    m_openHandler(dir, page, QVariantMap());
    return true;
}

bool ProjectsController::installDemo()
{
    // The next start of the app's context installs the bundled demo into its folder when it is not there (as on a
    // first run), and says so.
    if (!m_openHandler)
        return false;
    m_openHandler(demoDirectory(), QString(), QVariantMap());
    return true;
}

bool ProjectsController::reopen(const QVariantMap &definitionUpdate)
{
    if (!m_openHandler || m_currentDirectory.isEmpty())
        return false;
    m_openHandler(m_currentDirectory, QString(), definitionUpdate);
    return true;
}

} // namespace territori::ui
