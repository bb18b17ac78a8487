#include "projectregistry.h"

#include "language.h"
#include "layerdef.h"
#include "project.h"
#include "outbox.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace territori::core {

using namespace territori::store;

namespace {

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size(); // stat(): nothing is opened
    }
    return total;
}

QString metaValue(Database &db, const char *key)
{
    Statement st = db.prepare(QStringLiteral("SELECT value FROM territori_meta WHERE key = ?"));
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

// Everything the page shows, from a few small queries. Throws StoreError with a message for the person.
void readStore(const QString &path, LocalProject &p)
{
    const QString file = QFileInfo(path).fileName();
    // As Project::open says it: a file shorter than SQLite's header is no database at all.
    if (QFileInfo(path).size() < 100)
        throw StoreError(ErrorKind::Corrupt,
                         QCoreApplication::translate("Project", "%1 is not a GeoPackage: the file is damaged or of another kind. It was not changed.")
                             .arg(file));
    Database db;
    db.open(path, Database::Mode::ReadOnly);
    {
        Statement app = db.prepare(QStringLiteral("PRAGMA application_id"));
        if (!app.step() || app.int64(0) != schema::kGpkgApplicationId)
            throw StoreError(ErrorKind::NotAProject,
                             QCoreApplication::translate("Project", "%1 is an SQLite database but not a GeoPackage. It was not changed.")
                                 .arg(file));
    }
    const int version = schema::readVersion(db);
    if (version == 0)
        throw StoreError(ErrorKind::NotAProject,
                         QCoreApplication::translate("Project", "This GeoPackage was not made by Territori. It was not changed; use Import to bring "
                                                                "its layers into a project."));
    if (version > schema::kCurrentVersion)
        throw StoreError(ErrorKind::TooNew,
                         QCoreApplication::translate("Project", "This project was saved by a newer version of Territori (store version %1; this "
                                                                "version reads up to %2). Update the app; the file was not changed.")
                             .arg(version)
                             .arg(schema::kCurrentVersion));
    const QJsonObject info = QJsonDocument::fromJson(metaValue(db, "project").toUtf8()).object();
    if (info.isEmpty())
        throw StoreError(ErrorKind::Corrupt,
                         QCoreApplication::translate("Project", "The project store has no project description."));
    p.projectId = info.value(QStringLiteral("id")).toString();
    const QString title = LocalizedText::fromJson(info.value(QStringLiteral("title"))).text(uiLanguage());
    if (!title.isEmpty())
        p.title = title;
    p.sample = info.value(QStringLiteral("sample")).toBool(false);
    p.definitionVersion = metaValue(db, "definition_version").toInt();
    const QJsonObject area = QJsonDocument::fromJson(metaValue(db, "work_area").toUtf8()).object();
    p.workAreaId = area.value(QStringLiteral("id")).toString();
    p.workAreaName = area.value(QStringLiteral("name")).toString();
    p.sampleArea = area.value(QStringLiteral("sample")).toBool(false);

    // As the sync page says them: the latest success of a feed (the anti-entropy check is not a sync of its own), and
    // unsent changes per feature (a feature edited five times is one change to send).
    if (db.tableExists(QStringLiteral("territori_sync_state"))) {
        Statement st = db.prepare(QStringLiteral("SELECT max(last_success) FROM territori_sync_state WHERE feed <> "
                                                 "'territori_verify'"));
        if (st.step() && !st.isNull(0))
            p.lastSync = QDateTime::fromString(st.text(0), Qt::ISODateWithMs);
    }
    if (db.tableExists(QStringLiteral("territori_outbox"))) {
        Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT layer, feature_uuid FROM "
                                                 "territori_outbox WHERE state IN ('pending', 'failed', 'conflict') AND "
                                                 "kind <> 'import')"));
        if (st.step())
            p.unsent = int(st.int64(0));
        st = Statement();
        // A file import's rows still to go (store::ImportBatch), from the stores that have them (schema 7).
        try {
            for (auto n : store::Outbox::unsentImportedByLayer(db))
                p.unsent += int(n);
        } catch (const store::StoreError &) {
        }
    }
}

LocalProject readFolder(const QString &directory, bool interrupted)
{
    LocalProject p;
    p.directory = QDir(directory).absolutePath();
    p.id = QFileInfo(p.directory).fileName();
    p.title = p.id;
    p.interrupted = interrupted;
    p.bytes = folderBytes(p.directory);
    const QString store = QDir(p.directory).filePath(QString::fromLatin1(Project::kStoreFile));
    if (!QFileInfo::exists(store)) {
        if (!interrupted) { // a download that stopped before its store was made has nothing more to show
            p.errorKind = ErrorKind::NotFound;
            p.error = QCoreApplication::translate("Project", "There is no Territori project in %1 (project.gpkg is missing).")
                          .arg(QDir::toNativeSeparators(directory));
        }
        return p;
    }
    try {
        readStore(store, p);
    } catch (const StoreError &e) {
        if (interrupted) // a store cut off while it was made: the download starts it again
            return p;
        p.errorKind = e.kind();
        p.error = e.kind() == ErrorKind::Corrupt || e.kind() == ErrorKind::Other
                      ? QCoreApplication::translate("Project", "The project store cannot be read (%1). It was not changed.").arg(e.message())
                      : e.message();
        if (e.kind() == ErrorKind::Other)
            p.errorKind = ErrorKind::Corrupt;
    }
    return p;
}

QStringList subfolders(const QString &dir)
{
    // Dot folders are not projects: .incoming holds downloads, .removing-* a project being deleted.
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

QString ProjectRegistry::projectsDirectory(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("projects"));
}

QString ProjectRegistry::incomingDirectory(const QString &projectsDirectory)
{
    return QDir(projectsDirectory).filePath(QStringLiteral(".incoming"));
}

QStringList ProjectRegistry::projectIds(const QString &projectsDirectory)
{
    QStringList ids;
    for (const QString &name : subfolders(projectsDirectory))
        if (QFileInfo::exists(QDir(projectsDirectory).filePath(name + QLatin1Char('/') + QLatin1String(Project::kStoreFile))))
            ids << name;
    return ids;
}

StartChoice ProjectRegistry::startChoice(const QString &projectsDirectory, bool accountSaved, const QString &demoId)
{
    const QStringList ids = projectIds(projectsDirectory);
    if (ids.size() == 1)
        return {StartChoice::Kind::Open, QDir(projectsDirectory).filePath(ids.front())};
    if (ids.size() > 1 || accountSaved)
        return {StartChoice::Kind::PickProject, QString()};
    return {StartChoice::Kind::InstallDemo, QDir(projectsDirectory).filePath(demoId)};
}

LocalProject ProjectRegistry::read(const QString &directory)
{
    return readFolder(directory, false);
}

std::vector<LocalProject> ProjectRegistry::scan(const QString &projectsDirectory)
{
    std::vector<LocalProject> out;
    for (const QString &id : projectIds(projectsDirectory))
        out.push_back(readFolder(QDir(projectsDirectory).filePath(id), false));
    const QString incoming = incomingDirectory(projectsDirectory);
    for (const QString &id : subfolders(incoming))
        out.push_back(readFolder(QDir(incoming).filePath(id), true));
    std::stable_sort(out.begin(), out.end(), [](const LocalProject &a, const LocalProject &b) {
        if (a.interrupted != b.interrupted)
            return !a.interrupted;
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return out;
}

} // namespace territori::core
