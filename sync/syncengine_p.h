#pragma once

// SyncEngine's private part, shared by its three files: syncengine.cpp (the run, describing the SIT's layers),
// syncengine_push.cpp (photos up, the outbox out, what the SIT answered) and syncengine_pull.cpp (the change feeds
// in, photos down). Not installed; nothing outside sync/ includes it.

#include "syncengine.h"

#include "featurereader.h"
#include "language.h"
#include "outbox.h"
#include "syncstate.h"

#include <QHash>
#include <QSet>

namespace territori::sync {

namespace detail {
// One feature across the outbox, the SIT's answers and the pulled rows.
QString key(const QString &layer, const QString &uuid);
// The photo file in the project's attachments folder named by its SHA-256, or empty.
QString findPhoto(const QString &projectDirectory, const QString &sha256);
QByteArray extensionFor(const QByteArray &mime);
bool isSha256(const QString &s);
} // namespace detail

// The store's names the run uses throughout; spelled out here rather than a using-directive in a header.
using store::EditGateway;
using store::LayerDef;
using store::PendingChange;
using store::Project;
using store::SetAsideFeature;

struct SyncEngine::Run
{
    Run(SyncEngine &e, SitClient &c, SitClient &f, const SyncSettings &s) : engine(e), client(c), feed(f), settings(s) {}
    SyncEngine &engine;
    SitClient &client; // the primary: pushes, read-backs, the anti-entropy check
    SitClient &feed;   // where the pull reads the watermark and the feeds: the primary, or a replica (feedUrl)
    const SyncSettings &settings;
    std::unique_ptr<Project> project;
    std::unique_ptr<EditGateway> gateway;
    SyncReport report;
    QHash<QString, QStringList> published; // layer -> what the SIT publishes of it
    QSet<QString> syncable;                // layers that take part
    QSet<QString> confirmedPhotos;
    QSet<QString> held;                    // features left for the next run
    QHash<QString, int> attempts;
    QHash<QString, QString> absentMessage; // features the SIT did not have after a push: why, if it said
    QSet<QString> warned;
    std::optional<qint64> highWater; // the SIT's feed watermark, read at the start of the pull
    // Where the pull's progress ends: before the last fifth when basemap packages are still to come, which on a slow
    // link are most of a download's time (the bar sat at 95% through them).
    double pullEnd = 1.0;
    qint64 packagesMissingBytes = 0;
    qint64 pushTotal = 0;
    qint64 pushDone = 0;

    // A write of the store the run cannot do without: its failure (a full disk) ends the run as a store error.
    static void must(const store::EditResult &r)
    {
        if (!r.ok)
            throw store::StoreError(r.error, r.message);
    }
    bool stop(const CallResult &r)
    {
        report.error = r.error;
        report.message = r.message;
        report.httpStatus = r.status;
        return false;
    }
    void warn(const QString &message)
    {
        if (warned.contains(message))
            return;
        warned.insert(message);
        report.warnings << message;
    }
    void progress(double fraction, const QString &what) { emit engine.progress(fraction, what); }

    bool describe();
    // The project's definition from the SIT's catalogue: a newer version is applied before anything is sent.
    bool updateDefinition();
    void reopen();
    // Basemap packages the definition names that are not here yet (resumed where a previous run stopped).
    bool fetchPackages();
    // The basemap packages still to fetch, in bytes (from the definition's sizes; 0 when all are here).
    qint64 missingPackageBytes() const;
    // Whether the layer's feed keeps to the project's work area.
    bool clipped(const LayerDef &layer) const;
    // Departures at or below the watermark cannot concern a layer that holds nothing from the SIT yet.
    void settleDeparturesOfAnEmptyLayer(const LayerDef &layer);
    // What left the work area on the SIT, up to the layer's feed cursor.
    bool pullDepartures(const LayerDef &layer);
    int unsentCount(const QString &layer);
    bool uploadPhotos(const PendingChange &change, QString *problem);
    bool sitHoldsPhoto(const QString &sha, bool &same);
    bool push();
    // One transaction: its actions built (photos uploaded first), sent, and its outcome written back.
    struct Batch
    {
        std::vector<const PendingChange *> sent;
        int updates = 0;
        QByteArray body;
    };
    bool prepare(const std::vector<const PendingChange *> &batch, Batch &b);
    bool settle(const Batch &b, const CallResult &r, const wfs::TransactionResult &result);
    bool sendBatch(const std::vector<const PendingChange *> &batch);
    bool readBack(const std::vector<const PendingChange *> &changes, const QHash<QString, QString> &messages);
    // False with *problem when the SIT cannot take the change (a field it does not publish: refused for good); issues
    // in `fix` when a value cannot be sent as it is (held for a person to fix).
    bool buildInsert(const PendingChange &c, wfs::InsertAction &a, QString *problem, std::vector<store::FieldIssue> &fix);
    bool buildUpdate(const PendingChange &c, wfs::UpdateAction &a, QString *problem, std::vector<store::FieldIssue> &fix);
    void hold(const PendingChange &c, const std::vector<store::FieldIssue> &issues);
    static QString refusalReason(const QString &message);
    bool pull();
    bool pullFeed(const LayerDef *layer, const QString &typeName, double from, double to);
    // A window that holds a feature this device cannot take: read with smaller pages up to it, then the feature is
    // named and set aside (territori_set_aside) and *reached moves past it.
    CallResult readAroundTrouble(const LayerDef &layer, qint64 after, std::optional<qint64> upTo,
                                 const CallResult &trouble, wfs::FeaturePage &page, qint64 &reached);
    // Features set aside at earlier runs, tried again.
    bool retrySetAside(const LayerDef &layer);
    void downloadPhotos();
    // The anti-entropy check (syncengine_verify.cpp).
    bool verifyDue();
    bool verify();
    bool verifyLayer(const LayerDef &layer);
    bool verifyBucket(const LayerDef &layer, qint64 bucket, qint64 cursor, const QSet<QString> &states);
    void settleAbsent();
    void apply(const EditGateway::ApplyStats &s)
    {
        report.recovered += s.acknowledged;
        report.merged += s.merged;
        report.conflicts += s.conflicts;
        report.withdrawn += s.withdrawn;
        for (const QString &l : s.layers)
            if (!report.layersChanged.contains(l))
                report.layersChanged << l;
    }
};

} // namespace territori::sync
