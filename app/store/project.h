#pragma once

// A survey project is a folder: project.gpkg (the store) and attachments/ (photos by SHA-256, thumbnails), plus
// basemaps/ and cache/ for map tiles. Opening checks the file before touching it: a corrupt, foreign or newer file
// is refused with a message and left exactly as it was.

#include "layerdef.h"
#include "sqlite.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace territori::store {

struct BasemapDef
{
    QString id;
    LocalizedText title;
    QString type; // "mbtiles" (offline package in the project folder) or "xyz" (online URL, cached when seen)
    QString path; // mbtiles, relative to the project folder
    QString url;  // xyz template with {z} {x} {y}
    QString attribution;
    int maxZoom = 19;
    // The SIT's file store has the mbtiles: {"file": "<sha256>.mbtiles", "sha256", "size"} (a published project).
    QJsonObject package;
};

// The part of the territory a project was downloaded for (a comune, a zona omogenea): the features of its Clip
// layers are those the area's polygon intersects. Kept in the store (territori_meta 'work_area').
struct WorkArea
{
    QString id;   // the SIT's id of the area, e.g. "comune-015146"; empty: the whole territory
    QString kind; // "comune" or "zona_omogenea"
    QString name;
    bool sample = false; // the SIT marks sample boundaries (the demo's): not official
    Geometry geometry;   // MultiPolygon in longitude/latitude
    bool isWhole() const { return id.isEmpty(); }
    QJsonObject toJson() const;
    static WorkArea fromJson(const QJsonObject &o);
};

struct ProjectInfo
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    bool sample = false;
    Envelope extent;
    double homeLat = 0;
    double homeLon = 0;
    double homeZoom = 10;
    std::vector<BasemapDef> basemaps;
    QJsonObject json; // the definition without layers
};

class Project
{
public:
    static constexpr const char *kStoreFile = "project.gpkg";

    // Integrity: quick_check before anything else. AlreadyChecked: this process opened and checked the file already
    // (the sync's own connection), so the check, which reads every page, is not repeated.
    enum class Check { Integrity, AlreadyChecked };
    // Both throw StoreError with a message fit for the user.
    static std::unique_ptr<Project> open(const QString &directory, Check check = Check::Integrity);
    // Creates the folder's store from a project definition (project.json). The store is written to a temporary file
    // and renamed into place, so an interrupted creation never leaves a half project.
    // definitionVersion: the SIT's version of the definition (a project from its catalogue), 0 for none.
    static std::unique_ptr<Project> create(const QString &directory, const QJsonObject &definition,
                                           int definitionVersion = 0);
    // Checks a definition without creating anything; returns the problems found.
    static QStringList checkDefinition(const QJsonObject &definition);

    ~Project();

    QString directory() const { return m_directory; }
    QString storePath() const;
    // Whether path is the store or one of SQLite's files beside it (-wal, -shm, -journal) of the project in
    // projectDirectory, by any spelling or link. Nothing but this process's SQLite connections may open those: POSIX
    // drops every lock a process holds on a file when it closes any descriptor of it, and a WAL connection that lost
    // its lock lets another process reset the log under it. Asks stat() only, so asking is safe.
    static bool isStoreFile(const QString &projectDirectory, const QString &path);
    bool isStoreFile(const QString &path) const { return isStoreFile(m_directory, path); }
    QString attachmentsDirectory() const;
    QString thumbnailsDirectory() const;

    const ProjectInfo &info() const { return m_info; }
    // The layers of the project's definition. A layer a newer definition dropped while edits of it were still unsent
    // here is kept apart (retiredLayers) until the person has exported them and let it go: never drawn, listed or
    // synced.
    const std::vector<LayerDef> &layers() const { return m_layers; }
    const LayerDef *layer(const QString &name) const;
    const std::vector<LayerDef> &retiredLayers() const { return m_retired; }
    const LayerDef *retiredLayer(const QString &name) const;
    // EditGateway::dropRetiredLayer, once the layer's table is gone: this object stops naming it (its holders would
    // otherwise still read a table that no longer exists).
    void forgetRetiredLayer(const QString &name);
    // The SIT's version of the definition this store holds (0: not from a SIT's catalogue, e.g. the bundled demo).
    int definitionVersion() const { return m_definitionVersion; }
    // The part of the territory this project was downloaded for; empty: the whole territory.
    const WorkArea &workArea() const { return m_workArea; }
    int schemaVersion() const { return m_schemaVersion; }
    // Set when opening ran migrations: the version the file had before.
    int migratedFrom() const { return m_migratedFrom; }

    // The connection the UI thread writes through (EditGateway) and reads small things from.
    Database &db() { return m_db; }
    // A separate read-only connection for a worker thread (map loading, lists). WAL lets it read while edits commit.
    std::unique_ptr<Database> openReader() const;

private:
    Project() = default;
    void load();

    QString m_directory;
    Database m_db;
    ProjectInfo m_info;
    std::vector<LayerDef> m_layers;
    std::vector<LayerDef> m_retired;
    int m_definitionVersion = 0;
    WorkArea m_workArea;
    int m_schemaVersion = 0;
    int m_migratedFrom = 0;
};

ProjectInfo parseProjectInfo(const QJsonObject &definition, QStringList &errors);

} // namespace territori::store
