#pragma once

// The projects page: what is on this device (ProjectListModel), what the SIT offers the account (its catalogue and
// work areas, read by a CatalogueJob), downloading one (a sync::DownloadJob: progress, step, cancel; an interrupted
// one resumed or discarded), removing one, and opening one. Opening is done by whoever built the app (the switch loop
// in application.cpp rebuilds the QML engine and the AppContext on the new project), through the open handler.
//
// The SIT account is the app's, not a project's: QSettings account/url (the role's WFS endpoint) and account/user,
// the password in the platform keychain (sync::CredentialStore), never in settings or logs; a session account (the
// command line's) is kept in memory only. A downloaded project's sync uses the account it was downloaded with
// (QSettings sync/<id>/url and sync/<id>/user, which SyncController reads).
//
// It lives as long as the app, across project switches: a download goes on while another project is opened.

#include "cataloguejob.h"
#include "projectdownload.h"
#include "projectlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>
#include <memory>

namespace territori::sync {
class CredentialStore;
}

namespace territori::ui {

class ProjectsController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(territori::ui::ProjectListModel *local READ local CONSTANT)
    Q_PROPERTY(QString currentId READ currentId NOTIFY currentChanged)
    Q_PROPERTY(bool demoOnDevice READ demoOnDevice NOTIFY localChanged)
    // The SIT account, with the names SyncController uses (one dialog serves both).
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    Q_PROPERTY(QString user READ user NOTIFY accountChanged)
    Q_PROPERTY(bool hasPassword READ hasPassword NOTIFY accountChanged)
    Q_PROPERTY(bool configured READ configured NOTIFY accountChanged)
    Q_PROPERTY(QString accountMessage READ accountMessage NOTIFY accountChanged)
    // The SIT's catalogue for the account: [{id, title, description, version, format, publishedAt, onDevice,
    // localVersion, interrupted, readable}], and its work areas: [{id, kind, kindTitle, name, code, sample}].
    Q_PROPERTY(QVariantList catalogue READ catalogue NOTIFY catalogueChanged)
    Q_PROPERTY(QVariantList workAreas READ workAreas NOTIFY catalogueChanged)
    Q_PROPERTY(bool catalogueLoading READ catalogueLoading NOTIFY catalogueChanged)
    Q_PROPERTY(bool catalogueLoaded READ catalogueLoaded NOTIFY catalogueChanged)
    Q_PROPERTY(bool cataloguePublished READ cataloguePublished NOTIFY catalogueChanged)
    Q_PROPERTY(QString catalogueError READ catalogueError NOTIFY catalogueChanged)
    // The download under way (one at a time), or how the last one ended.
    Q_PROPERTY(bool downloading READ downloading NOTIFY downloadChanged)
    Q_PROPERTY(QString downloadId READ downloadId NOTIFY downloadChanged)
    Q_PROPERTY(QString downloadTitle READ downloadTitle NOTIFY downloadChanged)
    Q_PROPERTY(QString downloadArea READ downloadArea NOTIFY downloadChanged)
    Q_PROPERTY(double downloadProgress READ downloadProgress NOTIFY downloadProgressChanged)
    Q_PROPERTY(QString downloadStep READ downloadStep NOTIFY downloadProgressChanged)
    Q_PROPERTY(QString downloadErrorTitle READ downloadErrorTitle NOTIFY downloadChanged)
    Q_PROPERTY(QString downloadError READ downloadError NOTIFY downloadChanged)
    Q_PROPERTY(QStringList downloadNotes READ downloadNotes NOTIFY downloadChanged)
    Q_PROPERTY(QString downloadedId READ downloadedId NOTIFY downloadChanged)

public:
    using TransportFactory = std::function<std::unique_ptr<sync::Transport>()>;
    // directory: the project's folder; page: "" (the map), "export" or "sync", shown once it is open;
    // definitionUpdate: what a definition update changed, shown once it is open (reopen()).
    using OpenHandler =
        std::function<void(const QString &directory, const QString &page, const QVariantMap &definitionUpdate)>;

    static constexpr const char *kDemoId = "ptm-milano-demo";

    ProjectsController(QString projectsDirectory, QString deviceId, QObject *parent = nullptr);
    ~ProjectsController() override;

    // Tests hand in a fake SIT; the app uses libcurl.
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }
    void setOpenHandler(OpenHandler handler) { m_openHandler = std::move(handler); }
    // The project open now (its folder), or none.
    void setCurrent(const QString &directory);
    QString projectsDirectory() const { return m_directory; }
    QString demoDirectory() const;
    // An account for this session only (the command line's): nothing is written to settings or the keychain.
    void setSessionAccount(const QString &url, const QString &user, const QString &password);
    // The password when it is kept in memory only (a session account, or one the person chose not to keep in the
    // keychain). Empty otherwise.
    QString passwordInMemoryOnly() const { return m_keychain ? QString() : m_password; }
    // What a project's sync is handed when it uses this account (url and user, as a download wrote them in
    // sync/<id>/*) and the password is in memory only: the sync reads the keychain, which does not have it. Empty
    // for another account, or when the keychain has the password.
    QString sessionPasswordFor(const QString &url, const QString &user) const
    {
        return url == m_url && user == m_user ? passwordInMemoryOnly() : QString();
    }

    ProjectListModel *local() { return &m_local; }
    QString currentId() const { return m_currentId; }
    bool demoOnDevice() const;
    QString serverUrl() const { return m_url; }
    QString user() const { return m_user; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    bool configured() const { return !m_url.isEmpty() && !m_user.isEmpty(); }
    // The person saved an account in the app (setAccount), as opposed to one for this session only: it decides the
    // start rules (ProjectRegistry::startChoice).
    static bool accountSaved();
    QString accountMessage() const { return m_accountMessage; }
    QVariantList catalogue() const;
    QVariantList workAreas() const;
    bool catalogueLoading() const { return !m_catalogueJob.isNull(); }
    bool catalogueLoaded() const { return m_catalogueLoaded; }
    bool cataloguePublished() const { return m_catalogue.published; }
    QString catalogueError() const { return m_catalogueError; }
    bool downloading() const { return !m_download.isNull(); }
    QString downloadId() const { return m_downloadId; }
    QString downloadTitle() const { return m_downloadTitle; }
    QString downloadArea() const { return m_downloadArea; }
    double downloadProgress() const;
    QString downloadStep() const;
    QString downloadErrorTitle() const { return m_downloadErrorTitle; }
    QString downloadError() const { return m_downloadError; }
    QStringList downloadNotes() const { return m_downloadNotes; }
    QString downloadedId() const { return m_downloadedId; }

    // remember: keep the password in the platform keychain; otherwise only until the app closes.
    Q_INVOKABLE void setAccount(const QString &url, const QString &user, const QString &password, bool remember);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void refreshCatalogue();
    // The whole territory first, then the work areas whose name or code contains filter (any case).
    Q_INVOKABLE QVariantList areas(const QString &filter) const;
    // areaId: a work area of the SIT's, empty for the whole territory. False (with downloadError) when it cannot start.
    Q_INVOKABLE bool download(const QString &id, const QString &areaId);
    Q_INVOKABLE void cancelDownload();
    Q_INVOKABLE bool resume(const QString &id);
    Q_INVOKABLE bool discard(const QString &id);
    Q_INVOKABLE void dismissDownload();
    // Whether a project can be removed, and what removing it loses: {id, title, unsent, allowed, reason}.
    Q_INVOKABLE QVariantMap removal(const QString &id);
    // evenWithUnsent: the person confirmed that the unsent changes go with it.
    Q_INVOKABLE bool remove(const QString &id, bool evenWithUnsent);
    Q_INVOKABLE bool open(const QString &id, const QString &page = QString());
    // Opens the bundled offline demo, installing it first when it is not on the device.
    Q_INVOKABLE bool installDemo();
    // Opens the project open now again, after the sync applied a newer definition of it (SyncController's
    // definitionUpdate), and shows what changed.
    Q_INVOKABLE bool reopen(const QVariantMap &definitionUpdate);

signals:
    void currentChanged();
    void localChanged();
    void accountChanged();
    void catalogueChanged();
    void downloadChanged();
    void downloadProgressChanged();
    void downloadFinished(const QString &id, bool ok);
    // A short outcome for the person (shown as a toast).
    void message(const QString &text, bool isError);

private:
    void loadPassword();
    void onCatalogueFinished();
    void onDownloadFinished();
    const sync::wfs::CatalogueEntry *entry(const QString &id) const;
    QString areaName(const QString &areaId) const;
    QString titleOf(const QString &id) const;
    TransportFactory factory() const;

    QString m_directory;
    QString m_deviceId;
    ProjectListModel m_local;
    QString m_currentId;
    QString m_currentDirectory;
    OpenHandler m_openHandler;
    TransportFactory m_factory;
    std::unique_ptr<sync::CredentialStore> m_credentials;
    QString m_url;
    QString m_user;
    QString m_password;
    bool m_keychain = false;        // the password is the one in the keychain
    bool m_passwordPending = false; // the keychain has not answered yet
    bool m_catalogueWanted = false; // asked for while the keychain had not answered
    QString m_accountMessage;
    QPointer<CatalogueJob> m_catalogueJob;
    CatalogueResult m_catalogue;
    bool m_catalogueLoaded = false;
    QString m_catalogueError;
    QPointer<sync::DownloadJob> m_download;
    QString m_downloadId;
    QString m_downloadTitle;
    QString m_downloadArea;
    QString m_downloadErrorTitle;
    QString m_downloadError;
    QStringList m_downloadNotes;
    QString m_downloadedId;
};

} // namespace territori::ui
