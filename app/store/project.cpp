#include "project.h"

#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <sqlite3.h>
#include <sys/stat.h>

#include <memory>
#include <vector>

namespace territori::store {

namespace {

// Reads the SQLite header directly so a foreign or damaged file is recognised before SQLite or we write anything.
// Through SQLite's own file layer, not QFile: POSIX drops every lock a process holds on a file when the process
// closes ANY descriptor of it, so a QFile opened and closed here while another connection of this process has the
// store open would release that connection's shared lock. Another process closing its last connection (QGIS, the
// sync command) would then take itself for the last user, checkpoint and reset the log under our feet: our
// connections read "database disk image is malformed", and a write could land in a log already deleted. SQLite's
// unix layer keeps such descriptors open until the process's locks on the file are gone.
QByteArray readStoreHeader(const QString &path, QString *error)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    std::vector<char> storage(size_t(vfs->szOsFile), 0);
    auto *file = reinterpret_cast<sqlite3_file *>(storage.data());
    // A main database's name must come from sqlite3_create_filename: the unix layer reads URI parameters after it.
    std::unique_ptr<const char, void (*)(const char *)> name(
        sqlite3_create_filename(path.toUtf8().constData(), "", "", 0, nullptr),
        [](const char *p) { sqlite3_free_filename(p); });
    int outFlags = 0;
    int rc = vfs->xOpen(vfs, name.get(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &outFlags);
    if (rc != SQLITE_OK) {
        if (file->pMethods)
            file->pMethods->xClose(file);
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return QByteArray();
    }
    QByteArray header(100, '\0');
    rc = file->pMethods->xRead(file, header.data(), header.size(), 0);
    file->pMethods->xClose(file);
    if (rc == SQLITE_IOERR_SHORT_READ)
        return QByteArray(); // shorter than a header: not a database
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return QByteArray();
    }
    return header;
}

void checkHeader(const QString &path)
{
    QString error;
    const QByteArray header = readStoreHeader(path, &error);
    if (!error.isEmpty())
        throw StoreError(ErrorKind::ReadOnly, QCoreApplication::translate("Project", "Cannot read %1: %2").arg(path, error));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw StoreError(ErrorKind::Corrupt,
                         QCoreApplication::translate("Project", "%1 is not a GeoPackage: the file is damaged or of another kind. It was not changed.")
                             .arg(QFileInfo(path).fileName()));
    const qint32 appId = qFromBigEndian<qint32>(reinterpret_cast<const uchar *>(header.constData()) + 68);
    if (appId != schema::kGpkgApplicationId)
        throw StoreError(ErrorKind::NotAProject,
                         QCoreApplication::translate("Project", "%1 is an SQLite database but not a GeoPackage. It was not changed.")
                             .arg(QFileInfo(path).fileName()));
}

} // namespace

ProjectInfo parseProjectInfo(const QJsonObject &def, QStringList &errors)
{
    ProjectInfo info;
    info.id = def.value(QStringLiteral("id")).toString();
    if (info.id.isEmpty())
        errors << QStringLiteral("project: 'id' is missing");
    info.title = LocalizedText::fromJson(def.value(QStringLiteral("title")));
    info.description = LocalizedText::fromJson(def.value(QStringLiteral("description")));
    info.sample = def.value(QStringLiteral("sample")).toBool(false);
    const QJsonArray extent = def.value(QStringLiteral("extent")).toArray();
    if (extent.size() == 4) {
        info.extent.minX = extent[0].toDouble();
        info.extent.minY = extent[1].toDouble();
        info.extent.maxX = extent[2].toDouble();
        info.extent.maxY = extent[3].toDouble();
    }
    const QJsonObject home = def.value(QStringLiteral("home")).toObject();
    info.homeLat = home.value(QStringLiteral("lat")).toDouble((info.extent.minY + info.extent.maxY) / 2);
    info.homeLon = home.value(QStringLiteral("lon")).toDouble((info.extent.minX + info.extent.maxX) / 2);
    info.homeZoom = home.value(QStringLiteral("zoom")).toDouble(10);
    for (const auto &bv : def.value(QStringLiteral("basemaps")).toArray()) {
        const QJsonObject bo = bv.toObject();
        BasemapDef b;
        b.id = bo.value(QStringLiteral("id")).toString();
        b.title = LocalizedText::fromJson(bo.value(QStringLiteral("title")));
        b.type = bo.value(QStringLiteral("type")).toString();
        b.path = bo.value(QStringLiteral("path")).toString();
        b.url = bo.value(QStringLiteral("url")).toString();
        b.attribution = bo.value(QStringLiteral("attribution")).toString();
        b.maxZoom = bo.value(QStringLiteral("maxZoom")).toInt(19);
        b.package = bo.value(QStringLiteral("package")).toObject();
        if (b.id.isEmpty() || (b.type != QLatin1String("mbtiles") && b.type != QLatin1String("xyz")))
            errors << QStringLiteral("basemap '%1': needs an id and type 'mbtiles' or 'xyz'").arg(b.id);
        else if (b.type == QLatin1String("mbtiles") && (b.path.isEmpty() || QDir::isAbsolutePath(b.path) ||
                                                        b.path.contains(QLatin1String(".."))))
            errors << QStringLiteral("basemap '%1': 'path' must be relative to the project folder").arg(b.id);
        else if (b.type == QLatin1String("xyz") &&
                 !(b.url.contains(QLatin1String("{z}")) && b.url.contains(QLatin1String("{x}")) &&
                   b.url.contains(QLatin1String("{y}"))))
            errors << QStringLiteral("basemap '%1': 'url' needs {z}, {x} and {y}").arg(b.id);
        else
            info.basemaps.push_back(b);
    }
    info.json = def;
    info.json.remove(QStringLiteral("layers"));
    info.json.remove(QStringLiteral("valueLists"));
    return info;
}

QStringList Project::checkDefinition(const QJsonObject &definition)
{
    QStringList errors;
    parseProjectInfo(definition, errors);
    const QJsonObject valueLists = definition.value(QStringLiteral("valueLists")).toObject();
    QStringList names;
    const QJsonArray layers = definition.value(QStringLiteral("layers")).toArray();
    if (layers.isEmpty())
        errors << QStringLiteral("project: no layers");
    for (const auto &lv : layers) {
        if (auto layer = parseLayerDef(lv.toObject(), valueLists, errors)) {
            if (names.contains(layer->name))
                errors << QStringLiteral("layer '%1': defined twice").arg(layer->name);
            names << layer->name;
        }
    }
    return errors;
}

Project::~Project() = default;

QString Project::storePath() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(kStoreFile));
}

bool Project::isStoreFile(const QString &projectDirectory, const QString &path)
{
    if (path.isEmpty())
        return false;
    const QFileInfo target(path);
    struct stat t = {};
    const bool exists = ::stat(QFile::encodeName(target.absoluteFilePath()).constData(), &t) == 0;
    const QString directory = QFileInfo(projectDirectory).canonicalFilePath();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString name = QString::fromLatin1(kStoreFile) + QLatin1String(suffix);
        struct stat s = {};
        if (exists && ::stat(QFile::encodeName(QDir(projectDirectory).filePath(name)).constData(), &s) == 0 &&
            s.st_dev == t.st_dev && s.st_ino == t.st_ino)
            return true;
        // One not there now (a log comes and goes) is known by its name in the project's folder.
        if (!directory.isEmpty() && target.fileName().compare(name, Qt::CaseInsensitive) == 0 &&
            QFileInfo(target.absolutePath()).canonicalFilePath() == directory)
            return true;
    }
    return false;
}

QString Project::attachmentsDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("attachments"));
}

QString Project::thumbnailsDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("attachments/thumbnails"));
}

const LayerDef *Project::layer(const QString &name) const
{
    for (const auto &l : m_layers)
        if (l.name == name)
            return &l;
    return nullptr;
}

const LayerDef *Project::retiredLayer(const QString &name) const
{
    for (const auto &l : m_retired)
        if (l.name == name)
            return &l;
    return nullptr;
}

void Project::forgetRetiredLayer(const QString &name)
{
    m_retired.erase(std::remove_if(m_retired.begin(), m_retired.end(), [&](const LayerDef &l) { return l.name == name; }),
                    m_retired.end());
}

QJsonObject WorkArea::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("sample"), sample}};
    if (!geometry.isEmpty())
        o.insert(QStringLiteral("geometry"), toGeoJson(geometry));
    return o;
}

WorkArea WorkArea::fromJson(const QJsonObject &o)
{
    WorkArea a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.kind = o.value(QStringLiteral("kind")).toString();
    a.name = o.value(QStringLiteral("name")).toString();
    a.sample = o.value(QStringLiteral("sample")).toBool(false);
    if (o.contains(QStringLiteral("geometry")) && !fromGeoJson(o.value(QStringLiteral("geometry")).toObject(), a.geometry))
        a.geometry = Geometry();
    return a;
}

std::unique_ptr<Database> Project::openReader() const
{
    auto db = std::make_unique<Database>();
    db->open(storePath(), Database::Mode::ReadOnly);
    return db;
}

std::unique_ptr<Project> Project::create(const QString &directory, const QJsonObject &definition, int definitionVersion)
{
    const QStringList errors = checkDefinition(definition);
    if (!errors.isEmpty())
        throw StoreError(ErrorKind::Invalid,
                         QCoreApplication::translate("Project", "The project definition has errors:\n%1").arg(errors.join(QLatin1Char('\n'))));
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")) || !dir.mkpath(QStringLiteral("attachments/thumbnails")))
        throw StoreError(ErrorKind::ReadOnly, QCoreApplication::translate("Project", "Cannot create the project folder %1").arg(directory));
    const QString finalPath = dir.filePath(QString::fromLatin1(kStoreFile));
    if (QFileInfo::exists(finalPath))
        throw StoreError(ErrorKind::Invalid, QCoreApplication::translate("Project", "A project already exists in %1").arg(directory));
    const QString partPath = finalPath + QStringLiteral(".part");
    QFile::remove(partPath);

    {
        Database db;
        db.open(partPath, Database::Mode::ReadWriteCreate);
        try {
            db.exec("PRAGMA page_size = 4096");
            Transaction txn(db);
            schema::migrate(db, 0, schema::kCurrentVersion);
            QStringList ignored;
            const ProjectInfo info = parseProjectInfo(definition, ignored);
            Statement meta = db.prepare(QStringLiteral(
                "INSERT INTO territori_meta (key, value) VALUES ('project', ?), ('created_at', ?)"));
            meta.bind(1, QString::fromUtf8(QJsonDocument(info.json).toJson(QJsonDocument::Compact)))
                .bind(2, isoDateTime(QDateTime::currentDateTimeUtc()));
            meta.run();
            if (definitionVersion > 0) {
                Statement version = db.prepare(
                    QStringLiteral("INSERT INTO territori_meta (key, value) VALUES ('definition_version', ?)"));
                version.bind(1, QString::number(definitionVersion));
                version.run();
            }
            const QJsonObject valueLists = definition.value(QStringLiteral("valueLists")).toObject();
            for (const auto &lv : definition.value(QStringLiteral("layers")).toArray()) {
                QStringList layerErrors;
                auto layer = parseLayerDef(lv.toObject(), valueLists, layerErrors);
                schema::createFeatureTable(db, *layer);
                schema::saveLayerDefinition(db, *layer);
            }
            txn.commit();
        } catch (...) {
            db.close();
            QFile::remove(partPath);
            throw;
        }
        db.close();
    }
    if (!QFile::rename(partPath, finalPath)) {
        QFile::remove(partPath);
        throw StoreError(ErrorKind::Io, QCoreApplication::translate("Project", "Cannot move the new store into place in %1").arg(directory));
    }
    return open(directory);
}

std::unique_ptr<Project> Project::open(const QString &directory, Check check)
{
    std::unique_ptr<Project> project(new Project);
    project->m_directory = QDir(directory).absolutePath();
    const QString path = project->storePath();
    if (!QFileInfo::exists(path))
        throw StoreError(ErrorKind::NotFound, QCoreApplication::translate("Project", "There is no Territori project in %1 (project.gpkg is missing).")
                                                  .arg(QDir::toNativeSeparators(directory)));
    checkHeader(path);

    Database &db = project->m_db;
    db.open(path, Database::Mode::ReadWrite);
    try {
        if (check == Check::Integrity) {
            Statement quick = db.prepare(QStringLiteral("PRAGMA quick_check(1)"));
            if (!quick.step() || quick.text(0) != QLatin1String("ok"))
                throw StoreError(ErrorKind::Corrupt, QCoreApplication::translate("Project", "The project store is damaged (%1). It was not changed: "
                                                        "restore it from a backup or copy the project again.")
                                                         .arg(quick.text(0)));
        } // finalized here: an open statement would keep a read transaction and block the journal mode change
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
        // WAL: readers (the map loader, QGIS) never block a save, and a killed process loses nothing committed.
        // synchronous=FULL makes each commit durable across power loss too; fdatasync is cheap on flash.
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        // The log is reused, not shrunk: without a limit, one large import (or a rolled-back one) would leave a WAL
        // as large as itself in the project folder for as long as the app runs. Twice the auto-checkpoint size, so
        // everyday saves never truncate it.
        db.exec(QStringLiteral("PRAGMA journal_size_limit = %1").arg(schema::kWalSizeLimit));
        if (version < schema::kCurrentVersion) {
            Transaction txn(db);
            schema::migrate(db, version, schema::kCurrentVersion);
            txn.commit();
            project->m_migratedFrom = version;
        }
        // A marker row left committed (it never should be) would hide every other program's edit from the journal.
        {
            Statement marker = db.prepare(QStringLiteral("SELECT 1 FROM territori_gateway LIMIT 1"));
            const bool left = marker.step();
            marker = Statement();
            if (left) {
                Transaction txn(db);
                db.exec("DELETE FROM territori_gateway");
                txn.commit();
            }
        }
        project->m_schemaVersion = schema::kCurrentVersion;
        project->load();
    } catch (const StoreError &e) {
        db.close();
        if (e.kind() == ErrorKind::Other || e.kind() == ErrorKind::Corrupt) {
            // SQLite reports some damage only when a query reaches it.
            throw StoreError(ErrorKind::Corrupt,
                             QCoreApplication::translate("Project", "The project store cannot be read (%1). It was not changed.").arg(e.message()));
        }
        throw;
    }
    QDir(project->m_directory).mkpath(QStringLiteral("attachments/thumbnails"));
    return project;
}

void Project::load()
{
    Statement meta = m_db.prepare(QStringLiteral("SELECT value FROM territori_meta WHERE key = 'project'"));
    if (!meta.step())
        throw StoreError(ErrorKind::Corrupt, QCoreApplication::translate("Project", "The project store has no project description."));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(meta.text(0).toUtf8(), &perr);
    if (!doc.isObject())
        throw StoreError(ErrorKind::Corrupt,
                         QCoreApplication::translate("Project", "The project description in the store is unreadable: %1").arg(perr.errorString()));
    QStringList errors;
    m_info = parseProjectInfo(doc.object(), errors);

    Statement layers =
        m_db.prepare(QStringLiteral("SELECT table_name, definition FROM territori_layers ORDER BY position"));
    while (layers.step()) {
        const QString table = layers.text(0);
        const QJsonDocument ldoc = QJsonDocument::fromJson(layers.text(1).toUtf8());
        QStringList layerErrors;
        auto layer = parseLayerDef(ldoc.object(), QJsonObject(), layerErrors);
        if (!layer || layer->name != table || !m_db.tableExists(table))
            throw StoreError(ErrorKind::Corrupt, QCoreApplication::translate("Project", "The definition of layer '%1' is unreadable.").arg(table));
        if (layer->retired)
            m_retired.push_back(std::move(*layer));
        else
            m_layers.push_back(std::move(*layer));
    }
    layers = Statement();

    Statement more = m_db.prepare(
        QStringLiteral("SELECT key, value FROM territori_meta WHERE key IN ('definition_version', 'work_area')"));
    while (more.step()) {
        if (more.text(0) == QLatin1String("definition_version")) {
            m_definitionVersion = more.text(1).toInt();
        } else {
            const QJsonDocument area = QJsonDocument::fromJson(more.text(1).toUtf8());
            m_workArea = WorkArea::fromJson(area.object());
            // An area without its polygon cannot limit anything: the project then holds the whole territory.
            if (!m_workArea.isWhole() && m_workArea.geometry.isEmpty())
                throw StoreError(ErrorKind::Corrupt,
                                 QCoreApplication::translate("Project", "The project's work area (%1) has no readable boundary.")
                                     .arg(m_workArea.name));
        }
    }
}

} // namespace territori::store
