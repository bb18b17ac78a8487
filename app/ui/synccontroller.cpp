#include "synccontroller.h"

#include "featurereader.h"

#include "conflictlistmodel.h"
#include "credentialstore.h"
#include "editgateway.h"
#include "language.h"
#include "project.h"
#include "synclayermodel.h"
#include "syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSettings>

namespace territori::ui {

using namespace territori::store;

namespace {

constexpr int kAfterEditMs = 20 * 1000;        // a burst of edits goes in one run
constexpr int kPeriodicMs = 15 * 60 * 1000;    // the SIT's changes arrive without anyone asking

QString display(const FieldDef *field, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return QStringLiteral("—");
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("Sync", "Yes") : QCoreApplication::translate("Sync", "No");
    QStringList items;
    if (v.isArray()) {
        for (const auto &x : v.toArray())
            items << x.toString();
    } else if (v.isDouble()) {
        items << QLocale(uiLanguage()).toString(v.toDouble(), 'g', 12);
    } else {
        items << v.toString();
    }
    if (field) {
        for (QString &item : items)
            if (const ChoiceOption *o = field->option(item))
                item = o->label.text(uiLanguage());
        if (field->type == FieldType::Photo)
            return QCoreApplication::translate("Sync", "%n photos", "", int(items.size()));
    }
    return items.join(QStringLiteral(", "));
}

} // namespace

SyncController::SyncController(Project *project, EditGateway *gateway, QString deviceId, QObject *parent)
    : QObject(parent),
      m_project(project),
      m_gateway(gateway),
      m_deviceId(std::move(deviceId)),
      m_credentials(std::make_unique<sync::CredentialStore>()),
      m_layers(std::make_unique<SyncLayerModel>(project)),
      m_conflictList(std::make_unique<ConflictListModel>(project))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_nextAttemptAt = QDateTime();
        syncNow();
    });
    if (m_project) {
        QSettings s;
        const QString fromProject =
            m_project->info().json.value(QStringLiteral("sync")).toObject().value(QStringLiteral("url")).toString();
        m_url = s.value(settingsKey(QStringLiteral("url")), fromProject).toString();
        m_user = s.value(settingsKey(QStringLiteral("user"))).toString();
        m_autoSync = s.value(settingsKey(QStringLiteral("auto")), true).toBool();
        if (configured())
            loadPassword();
    }
    refresh();
}

SyncController::~SyncController()
{
    if (m_job)
        m_job->cancel();
}

QString SyncController::settingsKey(const QString &name) const
{
    return QStringLiteral("sync/%1/%2").arg(m_project ? m_project->info().id : QString(), name);
}

void SyncController::loadPassword()
{
    const QString user = m_user;
    m_credentials->read(QUrl(m_url), m_user, [this, user](bool ok, const QString &password, const QString &message) {
        if (user != m_user || !m_password.isEmpty())
            return; // the account changed meanwhile, or a session password is set
        if (ok) {
            m_password = password;
            m_accountMessage.clear();
            if (m_autoSync)
                schedule(5000);
        } else {
            m_accountMessage = message;
        }
        emit accountChanged();
    });
}

void SyncController::setSessionAccount(const QString &url, const QString &user, const QString &password)
{
    m_url = url;
    m_user = user;
    m_password = password;
    m_accountMessage = tr("Connected for this session only.");
    m_needsCredentials = false;
    emit accountChanged();
    emit statusChanged();
    if (m_autoSync)
        schedule(3000);
}

void SyncController::setAccount(const QString &url, const QString &user, const QString &password, bool remember)
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
    QSettings s;
    s.setValue(settingsKey(QStringLiteral("url")), m_url);
    s.setValue(settingsKey(QStringLiteral("user")), m_user);
    m_needsCredentials = false;
    m_lastError.clear();
    if (remember) {
        m_accountMessage = tr("Saving the password in the keychain…");
        m_credentials->write(QUrl(m_url), m_user, password, [this](bool ok, const QString &message) {
            m_accountMessage = ok ? tr("The password is kept in this device's keychain.") : message;
            emit accountChanged();
        });
    } else {
        m_credentials->remove(QUrl(m_url), m_user, [](bool) {});
        m_accountMessage = tr("The password is kept only until Territori is closed.");
    }
    emit accountChanged();
    emit statusChanged();
    syncNow();
}

bool SyncController::moderator() const
{
    sync::SyncSettings s;
    s.owsUrl = QUrl(m_url);
    return configured() && s.keepsWithdrawn();
}

bool SyncController::allSent() const
{
    return configured() && m_pending == 0 && m_conflicts == 0 && m_refused == 0 && m_setAside == 0 &&
           m_photosMissing == 0 && m_lastSuccess.isValid() && m_lastError.isEmpty();
}

QString SyncController::lastSuccess() const
{
    return m_lastSuccess.isValid() ? QLocale(uiLanguage()).toString(m_lastSuccess.toLocalTime(), QLocale::ShortFormat)
                                   : QString();
}

QString SyncController::nextAttempt() const
{
    return m_nextAttemptAt.isValid() ? QLocale(uiLanguage()).toString(m_nextAttemptAt.toLocalTime().time(),
                                                                      QLocale::ShortFormat)
                                     : QString();
}

QString SyncController::summary() const
{
    if (!configured())
        return tr("Not connected to a SIT yet");
    if (running())
        return m_step.isEmpty() ? tr("Synchronising…") : m_step;
    if (allSent())
        return tr("Every edit is on the SIT");
    QStringList parts;
    if (m_pending > 0)
        parts << tr("%n edits not yet on the SIT", "", m_pending);
    if (m_toFix > 0)
        parts << tr("%n features to correct before they can go", "", m_toFix);
    if (m_setAside > 0)
        parts << tr("%n features of the SIT could not be taken", "", m_setAside);
    if (m_photosMissing > 0)
        parts << tr("%n photos still to download", "", m_photosMissing);
    if (m_conflicts > 0)
        parts << tr("%n conflicts to resolve", "", m_conflicts);
    if (m_refused > 0)
        parts << tr("%n edits refused by the SIT", "", m_refused);
    if (parts.isEmpty())
        return m_lastError.isEmpty() ? tr("Not synchronised yet") : m_lastError;
    return parts.join(QStringLiteral(" · "));
}

void SyncController::setAutoSync(bool on)
{
    if (on == m_autoSync)
        return;
    m_autoSync = on;
    QSettings().setValue(settingsKey(QStringLiteral("auto")), on);
    if (!on) {
        m_timer.stop();
        m_nextAttemptAt = QDateTime();
    } else if (configured()) {
        schedule(kAfterEditMs);
    }
    emit autoSyncChanged();
    emit statusChanged();
}

SyncLayerModel *SyncController::layers() const
{
    return m_layers.get();
}

ConflictListModel *SyncController::conflictList() const
{
    return m_conflictList.get();
}

void SyncController::schedule(int delayMs)
{
    m_nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    m_timer.start(delayMs);
    emit statusChanged();
}

void SyncController::onLocalEdit()
{
    refresh();
    if (!m_autoSync || !configured() || m_password.isEmpty() || m_needsCredentials)
        return;
    if (running()) {
        m_syncAgain = true;
        return;
    }
    // Sooner than a pending retry, never later.
    if (!m_timer.isActive() || m_timer.remainingTime() > kAfterEditMs)
        schedule(kAfterEditMs);
}

void SyncController::syncNow()
{
    if (!m_project)
        return;
    if (running()) {
        m_syncAgain = true;
        return;
    }
    if (!configured()) {
        m_needsCredentials = true;
        m_lastError = tr("Give the SIT address and your user name first.");
        emit statusChanged();
        return;
    }
    m_timer.stop();
    m_nextAttemptAt = QDateTime();
    sync::SyncSettings settings;
    settings.owsUrl = QUrl(m_url);
    settings.user = m_user;
    settings.device = m_deviceId;
    const sync::Credentials credentials{m_user, m_password};
    if (m_factory)
        m_job = new sync::SyncJob(m_project->directory(), settings, credentials, m_factory, this);
    else
        m_job = new sync::SyncJob(m_project->directory(), settings, credentials, sync::CurlTransport::Options(), this);
    connect(m_job, &Job::progressChanged, this, [this] {
        if (!m_job)
            return;
        m_progress = m_job->progress();
        m_step = m_job->step();
        emit progressChanged();
        emit statusChanged();
    });
    connect(m_job, &Job::finished, this, &SyncController::onJobFinished);
    m_progress = 0;
    m_step = tr("Connecting to the SIT");
    m_job->start();
    emit runningChanged();
    emit progressChanged();
    emit statusChanged();
}

void SyncController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SyncController::onJobFinished()
{
    sync::SyncJob *job = m_job;
    if (!job)
        return;
    const sync::SyncReport report = job->report();
    m_job = nullptr;
    job->deleteLater();
    m_step.clear();
    m_warnings = report.warnings;
    m_definitionRefused = report.definitionRefused;
    if (report.definition) {
        const store::DefinitionOutcome &o = *report.definition;
        m_definitionUpdate = QVariantMap{{QStringLiteral("fromVersion"), o.fromVersion},
                                         {QStringLiteral("toVersion"), o.toVersion},
                                         {QStringLiteral("changes"), o.changes},
                                         {QStringLiteral("held"), o.held},
                                         {QStringLiteral("retiredLayers"), o.retiredLayers},
                                         {QStringLiteral("droppedLayers"), o.droppedLayers}};
    }
    if (report.ok()) {
        m_lastError.clear();
        m_needsCredentials = false;
        m_failures = 0;
    } else {
        m_lastError = report.message;
        m_needsCredentials = report.httpStatus == 401;
    }
    if (!report.layersChanged.isEmpty())
        emit layersChanged(report.layersChanged);
    refresh();
    emit runningChanged();
    emit progressChanged();

    if (m_syncAgain && report.ok()) {
        m_syncAgain = false;
        schedule(1000);
    } else if (m_autoSync && report.error == Job::Error::Network) {
        // The network is away or the SIT is down: try again, less and less often, until it answers.
        ++m_failures;
        schedule(std::min(m_maxRetryMs, m_firstRetryMs << std::min(m_failures - 1, 5)));
    } else if (m_autoSync && report.ok()) {
        schedule(m_pending > 0 ? kAfterEditMs : kPeriodicMs);
    }
    emit statusChanged();
    if (report.definition)
        emit definitionUpdated();
    emit finished(report.ok(), report.ok() ? QString() : report.message);
}

void SyncController::retryRefused()
{
    if (!m_gateway)
        return;
    const EditResult r = m_gateway->retryFailed();
    if (!r.ok)
        m_lastError = r.message;
    refresh();
    syncNow();
}

bool SyncController::sendWithoutRemovedValues(const QString &layer, const QString &uuid)
{
    if (!m_gateway)
        return false;
    const EditResult r = m_gateway->sendWithoutRemovedValues(layer, uuid);
    if (!r.ok) {
        m_lastError = r.message;
        emit statusChanged();
        return false;
    }
    onLocalEdit();
    return true;
}

bool SyncController::letRetiredLayerGo(const QString &layer)
{
    if (!m_gateway)
        return false;
    const EditResult r = m_gateway->dropRetiredLayer(layer);
    if (!r.ok) {
        m_lastError = r.message;
        emit statusChanged();
        return false;
    }
    refresh();
    return true;
}

QVariantMap SyncController::conflictDetail(qint64 id) const
{
    QVariantMap out;
    if (!m_project)
        return out;
    try {
        const auto c = SyncState(m_project->db()).conflict(id);
        if (!c)
            return out;
        const LayerDef *layer = m_project->layer(c->layer);
        out[QStringLiteral("id")] = c->id;
        out[QStringLiteral("layer")] = c->layer;
        out[QStringLiteral("uuid")] = c->featureUuid;
        out[QStringLiteral("layerTitle")] = layer ? layer->title.text(uiLanguage()) : c->layer;
        out[QStringLiteral("feature")] = ConflictListModel::featureLabel(*m_project, c->layer, c->featureUuid, c->serverRow);
        out[QStringLiteral("kind")] = c->kind;
        out[QStringLiteral("kindText")] = ConflictListModel::kindText(c->kind);
        out[QStringLiteral("geometryConflict")] = c->geometryConflict;
        out[QStringLiteral("theirsBy")] = c->serverRow.value(QStringLiteral("updated_by")).toString();
        QVariantList fields;
        for (auto it = c->fields.constBegin(); it != c->fields.constEnd(); ++it) {
            const FieldDef *field = layer ? layer->field(it.key()) : nullptr;
            const QJsonObject v = it.value().toObject();
            QVariantMap f;
            f[QStringLiteral("field")] = it.key();
            f[QStringLiteral("label")] = field ? field->label.text(uiLanguage())
                                         : it.key() == columns::draft ? tr("Draft")
                                                                      : it.key();
            f[QStringLiteral("editable")] = field && (field->type == FieldType::Text || field->type == FieldType::Multiline ||
                                                      field->type == FieldType::Integer || field->type == FieldType::Decimal);
            f[QStringLiteral("base")] = display(field, v.value(QStringLiteral("base")));
            f[QStringLiteral("mine")] = display(field, v.value(QStringLiteral("mine")));
            f[QStringLiteral("theirs")] = display(field, v.value(QStringLiteral("theirs")));
            f[QStringLiteral("mineValue")] = v.value(QStringLiteral("mine")).toVariant();
            f[QStringLiteral("theirsValue")] = v.value(QStringLiteral("theirs")).toVariant();
            fields << f;
        }
        out[QStringLiteral("fields")] = fields;
    } catch (const StoreError &) {
        return QVariantMap();
    }
    return out;
}

bool SyncController::resolveConflict(qint64 id, const QString &how, const QVariantMap &values)
{
    if (!m_gateway)
        return false;
    const EditGateway::Resolution r = how == QLatin1String("theirs") ? EditGateway::Resolution::KeepTheirs
                                      : how == QLatin1String("edit") ? EditGateway::Resolution::Edit
                                                                     : EditGateway::Resolution::KeepMine;
    const EditResult result = m_gateway->resolveConflict(id, r, values);
    if (!result.ok) {
        m_lastError = result.message;
        emit statusChanged();
        return false;
    }
    onLocalEdit();
    return true;
}

void SyncController::refresh()
{
    m_pending = m_conflicts = m_refused = m_toFix = m_setAside = m_photosMissing = 0;
    m_attention.clear();
    m_lastCheck.clear();
    if (m_project) {
        try {
            SyncState state(m_project->db());
            const auto unsent = state.unsentByLayer();
            for (auto it = unsent.cbegin(); it != unsent.cend(); ++it) {
                m_pending += it.value().pending;
                m_refused += it.value().failed;
                m_toFix += it.value().held;
            }
            m_conflicts = int(state.openConflicts().size());
            QDateTime latest;
            for (const FeedState &f : state.feeds()) {
                if (f.feed == QLatin1String("territori_verify")) {
                    if (f.lastSuccess.isValid())
                        m_lastCheck = QLocale(uiLanguage()).toString(f.lastSuccess.toLocalTime(), QLocale::ShortFormat);
                    continue;
                }
                if (f.lastSuccess.isValid() && (!latest.isValid() || f.lastSuccess > latest))
                    latest = f.lastSuccess;
            }
            m_lastSuccess = latest;
            auto layerTitle = [&](const QString &name) {
                const LayerDef *l = m_project->layer(name);
                return l ? l->title.text(uiLanguage()) : name;
            };
            auto featureName = [&](const QString &layer, const QString &uuid) {
                const LayerDef *l = m_project->layer(layer);
                if (l && !l->labelField.isEmpty()) {
                    FeatureReader reader(m_project->db(), *l);
                    if (const auto f = reader.byUuid(uuid)) {
                        const QString label = f->attributes.value(l->labelField).toString();
                        if (!label.isEmpty())
                            return label;
                    }
                }
                return uuid.left(8);
            };
            for (const HeldChange &h : state.heldForFixing()) {
                QStringList lines;
                for (const auto &p : h.problems)
                    lines << p.second;
                m_attention << QVariantMap{{QStringLiteral("kind"), QStringLiteral("fix")},
                                           {QStringLiteral("layer"), h.layer},
                                           {QStringLiteral("layerTitle"), layerTitle(h.layer)},
                                           {QStringLiteral("uuid"), h.uuid},
                                           {QStringLiteral("feature"), featureName(h.layer, h.uuid)},
                                           {QStringLiteral("text"), lines.join(QLatin1Char('\n'))},
                                           {QStringLiteral("kept"), h.kept}};
            }
            // Layers a newer definition removed while edits of them were unsent here: kept until the person has
            // exported those features and lets the layer go.
            for (const LayerDef &l : m_project->retiredLayers()) {
                Statement st = m_project->db().prepare(QStringLiteral(
                    "SELECT count(DISTINCT feature_uuid) FROM territori_outbox WHERE layer = ? AND state IN "
                    "('pending', 'failed', 'conflict') AND kind <> 'import'"));
                st.bind(1, l.name);
                const int count = (st.step() ? int(st.int64(0)) : 0) +
                                  int(Outbox::unsentImportedByLayer(m_project->db()).value(l.name));
                m_attention << QVariantMap{{QStringLiteral("kind"), QStringLiteral("retired")},
                                           {QStringLiteral("layer"), l.name},
                                           {QStringLiteral("layerTitle"), l.title.text(uiLanguage())},
                                           {QStringLiteral("uuid"), QString()},
                                           {QStringLiteral("feature"), l.title.text(uiLanguage())},
                                           {QStringLiteral("count"), count},
                                           {QStringLiteral("text"), tr("The project no longer has this layer; %n features of it have changes not sent to the SIT.", "", count)}};
            }
            for (const SetAsideFeature &a : state.setAside()) {
                ++m_setAside;
                m_attention << QVariantMap{{QStringLiteral("kind"), QStringLiteral("setAside")},
                                           {QStringLiteral("layer"), a.layer},
                                           {QStringLiteral("layerTitle"), layerTitle(a.layer)},
                                           {QStringLiteral("uuid"), a.uuid},
                                           {QStringLiteral("feature"), a.uuid.left(8)},
                                           {QStringLiteral("text"), a.reason}};
            }
            m_photosMissing = int(state.missingPhotos(m_project->layers(), m_project->attachmentsDirectory()).size());
        } catch (const StoreError &e) {
            m_lastError = e.message();
        }
    }
    m_layers->refresh();
    m_conflictList->refresh();
    emit statusChanged();
}

} // namespace territori::ui
