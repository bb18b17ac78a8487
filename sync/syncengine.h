#pragma once

// One sync run: photos first, then the outbox oldest first, then every layer's change feed and the tombstones.
// The engine opens its own connection to the project, so it runs on a worker thread (SyncJob) or in the headless
// command while the app keeps saving; all its writes go through the EditGateway. See docs/sync.md for the protocol
// and why each step is there.

#include "definitionupdate.h"
#include "editgateway.h"
#include "project.h"
#include "sitclient.h"

#include <QObject>

#include <memory>

namespace territori::sync {

struct SyncSettings
{
    QUrl owsUrl;         // the role's WFS endpoint, e.g. https://sit.example.it/ows/surveyor/
    QUrl attachmentsUrl; // the WebDAV folder for photos; empty: /dav/attachments/ on the same server
    // Where the pull reads the watermark and the change feeds: a read replica's endpoint (e.g.
    // .../ows-read/surveyor/, docs/sit.md "A replica for the pulls"); empty: owsUrl. Pushes, the reads that
    // recognise a lost reply and the anti-entropy check always use owsUrl, the primary.
    QUrl feedUrl;
    // Whether this device moderates (keeps entries that are not published): by default, when the endpoint is the
    // moderators' (".../ows/moderator/").
    std::optional<bool> moderator;
    bool keepsWithdrawn() const
    {
        return moderator.value_or(owsUrl.path().split(QLatin1Char('/'), Qt::SkipEmptyParts).contains(QStringLiteral("moderator")));
    }
    QString user;        // recorded by the SIT as updated_by
    QString device;
    int pageSize = 1000;  // features per change-feed page
    int batchSize = 1000; // actions per transaction
    int parallelRequests = 2; // transactions in flight at once
    bool push = true;
    bool pull = true;
    // The anti-entropy check after the pull (docs/sync.md): never, when the last one is older than verifyEveryHours,
    // or at every run (territori-sync --verify).
    enum class Verify { Never, WhenDue, Always };
    Verify verify = Verify::WhenDue;
    int verifyEveryHours = 6;
    RetryPolicy retry;

    static QUrl defaultAttachmentsUrl(const QUrl &owsUrl);
};

// What the anti-entropy check found: each layer's digest by buckets of revisions compared with the SIT's, and the
// buckets that differ compared feature by feature.
struct VerifyReport
{
    bool ran = false;
    int layers = 0;        // layers compared
    int buckets = 0;       // buckets of revisions compared
    int mismatched = 0;    // buckets whose count or digest differed
    int healed = 0;        // features fetched again, or removed here, because they differed from the SIT
    int pendingHere = 0;   // features that differ because of edits not yet sent from here (the push settles them)
    QStringList healedFeatures; // "layer uuid" of what was healed
    QStringList onlyHere;  // "layer uuid": synced here, but the SIT has neither the feature nor its tombstone
    QStringList unverifiable; // layers whose digest the SIT does not publish
    int divergence() const { return healed + int(onlyHere.size()); }
};

struct SyncReport
{
    Job::Error error = Job::Error::None;
    QString message;
    int httpStatus = 0;    // of the reply that stopped the run (401: the credentials are wrong)
    int sent = 0;          // features whose change the SIT confirmed
    int recovered = 0;     // confirmed only by reading back (the reply was lost)
    int merged = 0;        // local edits rebased on a newer SIT version
    int conflicts = 0;     // conflicts waiting for a person
    int failed = 0;        // changes the SIT refused for good
    int heldForFixing = 0; // changes kept here until a person fixes a value (another program wrote it, or it cannot travel)
    int received = 0;      // SIT changes written here
    int withdrawn = 0;     // others' entries that left this device because the moderators withdrew them
    int left = 0;          // features that left the project's work area on the SIT and so this device
    int remaining = 0;     // local edits not on the SIT after the run (pending, held in conflicts, refused)
    int photosUploaded = 0;
    int photosDownloaded = 0;
    QStringList setAside;      // "layer uuid: reason" of SIT features this device could not take (tried again next run)
    QStringList photosMissing; // SHA-256 of photos features here name that are not on this device after the run
    QStringList layersChanged;
    QStringList warnings;
    // A newer definition of the project from the SIT's catalogue, applied at the start of the run (the project's
    // holders open it again), or the reasons it could not be (the project keeps its definition).
    std::optional<store::DefinitionOutcome> definition;
    QStringList definitionRefused;
    QStringList packagesMissing; // basemap packages of the definition not on this device after the run
    VerifyReport verify;
    TrafficCounters traffic;
    bool ok() const { return error == Job::Error::None; }
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(QString projectDirectory, Transport &transport, SyncSettings settings,
               store::Project::Check check = store::Project::Check::Integrity, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Blocks until the run ends. Call it on the thread the engine lives in.
    SyncReport run();
    // Thread-safe.
    void cancel();

signals:
    // fraction in [0, 1]; what: a short description of the step, for the UI.
    void progress(double fraction, const QString &what);

private:
    struct Run;
    QString m_directory;
    SitClient m_client;
    std::unique_ptr<SitClient> m_feedClient; // only with a feedUrl of its own
    SyncSettings m_settings;
    store::Project::Check m_check;
};

} // namespace territori::sync
