#pragma once

// The sync as the person sees it: the SIT account (address, user, password in the keychain), "sync now" with
// progress and cancel, runs in the background while edits wait (after an edit, and again with a growing delay when
// the network is away), the status per layer, and the conflicts to resolve. It never says "on the SIT" for an edit
// the SIT has not confirmed: every count comes from the outbox.

#include "conflictlistmodel.h"
#include "synclayermodel.h"
#include "syncjob.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace territori::store {
class EditGateway;
class Project;
} // namespace territori::store

namespace territori::sync {
class CredentialStore;
}

namespace territori::ui {

class SyncController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    Q_PROPERTY(QString user READ user NOTIFY accountChanged)
    Q_PROPERTY(bool hasPassword READ hasPassword NOTIFY accountChanged)
    Q_PROPERTY(bool configured READ configured NOTIFY accountChanged)
    // The account is the moderators' (the SIT's endpoint for the moderator role).
    Q_PROPERTY(bool moderator READ moderator NOTIFY accountChanged)
    Q_PROPERTY(QString accountMessage READ accountMessage NOTIFY accountChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString step READ step NOTIFY progressChanged)
    Q_PROPERTY(int pending READ pending NOTIFY statusChanged)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY statusChanged)
    Q_PROPERTY(int refused READ refused NOTIFY statusChanged)
    Q_PROPERTY(int toFix READ toFix NOTIFY statusChanged)
    Q_PROPERTY(int setAside READ setAside NOTIFY statusChanged)
    Q_PROPERTY(int photosMissing READ photosMissing NOTIFY statusChanged)
    // What waits for a person besides conflicts: [{kind: "fix" | "setAside" | "retired", layer, layerTitle, uuid,
    // feature, text, kept, count}], and the missing photos as one line. "fix" with kept: a value in a field the
    // project no longer has, which only the person lets go (sendWithoutRemovedValues); "retired": a layer a newer
    // definition removed whose `count` features have unsent changes (export them, then letRetiredLayerGo).
    Q_PROPERTY(QVariantList attention READ attention NOTIFY statusChanged)
    // The newer definition the last run applied: {fromVersion, toVersion, changes, held, retiredLayers,
    // droppedLayers}; empty when none. The project must be opened again to work on it (Projects.reopen).
    Q_PROPERTY(QVariantMap definitionUpdate READ definitionUpdate NOTIFY definitionUpdated)
    // Why the SIT's newer definition could not be applied at the last run (the project keeps its own).
    Q_PROPERTY(QStringList definitionRefused READ definitionRefused NOTIFY statusChanged)
    Q_PROPERTY(QString lastCheck READ lastCheck NOTIFY statusChanged)
    Q_PROPERTY(bool allSent READ allSent NOTIFY statusChanged)
    Q_PROPERTY(QString lastSuccess READ lastSuccess NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(bool needsCredentials READ needsCredentials NOTIFY statusChanged)
    Q_PROPERTY(QString nextAttempt READ nextAttempt NOTIFY statusChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY statusChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY statusChanged)
    Q_PROPERTY(bool autoSync READ autoSync WRITE setAutoSync NOTIFY autoSyncChanged)
    Q_PROPERTY(territori::ui::SyncLayerModel *layers READ layers CONSTANT)
    Q_PROPERTY(territori::ui::ConflictListModel *conflictList READ conflictList CONSTANT)

public:
    using TransportFactory = sync::SyncJob::TransportFactory;

    SyncController(store::Project *project, store::EditGateway *gateway, QString deviceId,
                   QObject *parent = nullptr);
    ~SyncController() override;

    // Tests hand in a fake SIT; the app uses libcurl.
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }
    // How soon a failed run is tried again, doubling up to the maximum (tests shorten them).
    void setRetryDelays(int firstMs, int maxMs)
    {
        m_firstRetryMs = firstMs;
        m_maxRetryMs = maxMs;
    }
    // An account for this session only (the demo's local SIT): nothing is written to settings or the keychain.
    Q_INVOKABLE void setSessionAccount(const QString &url, const QString &user, const QString &password);

    QString serverUrl() const { return m_url; }
    QString user() const { return m_user; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    bool configured() const { return !m_url.isEmpty() && !m_user.isEmpty(); }
    bool moderator() const;
    QString accountMessage() const { return m_accountMessage; }
    bool running() const { return m_job != nullptr; }
    double progress() const { return m_progress; }
    QString step() const { return m_step; }
    int pending() const { return m_pending; }
    int conflicts() const { return m_conflicts; }
    int refused() const { return m_refused; }
    int toFix() const { return m_toFix; }
    int setAside() const { return m_setAside; }
    int photosMissing() const { return m_photosMissing; }
    QVariantList attention() const { return m_attention; }
    QVariantMap definitionUpdate() const { return m_definitionUpdate; }
    QStringList definitionRefused() const { return m_definitionRefused; }
    QString lastCheck() const { return m_lastCheck; }
    bool allSent() const;
    QString lastSuccess() const;
    QString lastError() const { return m_lastError; }
    bool needsCredentials() const { return m_needsCredentials; }
    QString nextAttempt() const;
    QString summary() const;
    QStringList warnings() const { return m_warnings; }
    bool autoSync() const { return m_autoSync; }
    void setAutoSync(bool on);
    SyncLayerModel *layers() const;
    ConflictListModel *conflictList() const;

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void cancel();
    // remember: keep the password in the platform keychain; otherwise only until the app closes.
    Q_INVOKABLE void setAccount(const QString &url, const QString &user, const QString &password, bool remember);
    Q_INVOKABLE void retryRefused();
    // The person lets a held change go to the SIT without its values in fields the project no longer has.
    Q_INVOKABLE bool sendWithoutRemovedValues(const QString &layer, const QString &uuid);
    // The person has exported a retired layer's unsent features (or decided they do not matter): it goes, with them.
    Q_INVOKABLE bool letRetiredLayerGo(const QString &layer);
    // {layer, layerTitle, feature, kind, kindText, geometryConflict, fields: [{field, label, base, mine, theirs}]}
    Q_INVOKABLE QVariantMap conflictDetail(qint64 id) const;
    // how: "mine", "theirs", or "edit" with values (field -> value) for the conflicting fields.
    Q_INVOKABLE bool resolveConflict(qint64 id, const QString &how, const QVariantMap &values = QVariantMap());
    Q_INVOKABLE void refresh();

    // After a local edit: a background sync follows shortly when enabled.
    void onLocalEdit();

signals:
    void accountChanged();
    void runningChanged();
    void progressChanged();
    void statusChanged();
    void autoSyncChanged();
    // The SIT's changes were written to these layers: the map and the lists reload them.
    void layersChanged(const QStringList &layers);
    // The run applied a newer definition of the project (definitionUpdate).
    void definitionUpdated();
    void finished(bool ok, const QString &message);

private:
    void onJobFinished();
    void schedule(int delayMs);
    QString settingsKey(const QString &name) const;
    void loadPassword();

    store::Project *m_project;
    store::EditGateway *m_gateway;
    QString m_deviceId;
    TransportFactory m_factory;
    std::unique_ptr<sync::CredentialStore> m_credentials;
    std::unique_ptr<SyncLayerModel> m_layers;
    std::unique_ptr<ConflictListModel> m_conflictList;
    QPointer<sync::SyncJob> m_job;
    QTimer m_timer;
    QDateTime m_nextAttemptAt;
    int m_failures = 0;
    int m_firstRetryMs = 30 * 1000;
    int m_maxRetryMs = 15 * 60 * 1000;
    QString m_url;
    QString m_user;
    QString m_password;
    QString m_accountMessage;
    double m_progress = 0;
    QString m_step;
    int m_pending = 0;
    int m_conflicts = 0;
    int m_refused = 0;
    int m_toFix = 0;
    int m_setAside = 0;
    int m_photosMissing = 0;
    QVariantList m_attention;
    QVariantMap m_definitionUpdate;
    QStringList m_definitionRefused;
    QString m_lastCheck;
    QDateTime m_lastSuccess;
    QString m_lastError;
    bool m_needsCredentials = false;
    QStringList m_warnings;
    bool m_autoSync = true;
    bool m_syncAgain = false;
};

} // namespace territori::ui
