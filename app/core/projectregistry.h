#pragma once

// The projects on this device, for the projects page: one folder each under <data>/projects (<id>/project.gpkg), and
// the downloads that stopped before they were complete (<projects>/.incoming/<id>, sync/projectdownload.h).
//
// Listing must stay quick with several large stores, and must never change or endanger one: each store is read with
// a read-only SQLite connection and a few small queries (no Project::open, whose quick_check reads every page, and
// which opens for writing). Only SQLite opens the files (docs/architecture.md, "Only SQLite opens the store"): the
// folder size comes from stat(). A damaged, foreign or newer store is listed with what is wrong with it.

#include "sqlite.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace territori::core {

struct LocalProject
{
    QString id;        // the folder's name
    QString directory;
    QString projectId; // the id in the project's definition (normally the folder's name)
    QString title;     // in the UI language; the folder's name when the store cannot be read
    qint64 bytes = 0;  // the whole folder: store, photos, basemap packages, tile cache
    QDateTime lastSync;  // the latest successful sync of any feed; invalid: never synchronised
    int unsent = 0;      // features with changes not on the SIT yet: waiting, refused or in conflict
    int definitionVersion = 0; // the SIT's version of the definition; 0: not from a SIT's catalogue (the demo)
    QString workAreaId;  // empty: the whole territory
    QString workAreaName;
    bool sampleArea = false; // the work area's boundary is a sample (the demo SIT's), not official
    bool sample = false;     // the project's features are samples (the demo)
    bool interrupted = false; // a download that stopped before it was complete
    store::ErrorKind errorKind = store::ErrorKind::None;
    QString error;             // why the store cannot be read; nothing else is known then
    bool readable() const { return errorKind == store::ErrorKind::None; }
};

// What a start opens (issue #12), decided from the folders alone, before anything is shown.
struct StartChoice
{
    enum class Kind {
        Open,        // directory: the only project on the device
        PickProject, // the projects page: several projects, or none and a SIT account the person saved
        InstallDemo, // none and no SIT account: the bundled offline demo (installed into directory)
    };
    Kind kind = Kind::InstallDemo;
    QString directory;
};

class ProjectRegistry
{
public:
    static QString projectsDirectory(const QString &dataDirectory);
    // Where ProjectDownload stages a download (ProjectDownload::stagingDirectory's parent).
    static QString incomingDirectory(const QString &projectsDirectory);

    // The folders that hold a store, by name, sorted. Opens nothing: for the start rules, before anything is shown.
    static QStringList projectIds(const QString &projectsDirectory);
    // The start rules without --project: exactly one project opens; several, or none while the person has saved a
    // SIT account, show the projects page; none and no account install the offline demo (demoId: its folder's name).
    // An interrupted download is no project: it counts for nothing here (the projects page lists it).
    static StartChoice startChoice(const QString &projectsDirectory, bool accountSaved, const QString &demoId);
    // Every project, then every interrupted download, each read as above. Never throws.
    static std::vector<LocalProject> scan(const QString &projectsDirectory);
    // One folder. Never throws: a store that cannot be read comes back with its error.
    static LocalProject read(const QString &directory);
};

} // namespace territori::core
