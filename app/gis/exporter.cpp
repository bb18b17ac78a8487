#include "exporter.h"

#include "crs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cpl_string.h>
#include <sqlite3.h>

namespace territori::gis {

QStringList shapefileColumnNames(const QStringList &columns)
{
    QStringList out;
    QStringList taken; // lowercase: a DBF does not tell "Nome" from "NOME"
    for (const QString &c : columns) {
        QString name = c.left(10);
        for (int n = 1; taken.contains(name.toLower()) && n < 1000; ++n) {
            const QString suffix = QLatin1Char('_') + QString::number(n);
            name = c.left(10 - suffix.size()) + suffix;
        }
        taken << name.toLower();
        out << name;
    }
    return out;
}

Exporter::Exporter(store::Project &project) : m_project(project)
{
    ensureGdal();
}

bool Exporter::fail(const QString &message)
{
    m_message = message;
    return false;
}

namespace {

struct Output
{
    QString layer;        // the store's layer (GPKG: empty, the file holds them all)
    QString tmpPath;      // where GDAL writes it
    QString destination;  // the main file where it ends up
};

const char *driverOf(const QString &format)
{
    if (format == QLatin1String("gpkg"))
        return "GPKG";
    if (format == QLatin1String("geojson"))
        return "GeoJSON";
    if (format == QLatin1String("shp"))
        return "ESRI Shapefile";
    return "CSV";
}

// Sidecar files a format writes beside its main file.
QStringList companions(const QString &format)
{
    if (format == QLatin1String("shp"))
        return {QStringLiteral("shx"), QStringLiteral("dbf"), QStringLiteral("prj"), QStringLiteral("cpg")};
    if (format == QLatin1String("csv"))
        return {QStringLiteral("csvt")};
    return {};
}

bool moveInto(const QString &from, const QString &to)
{
    if (QFile::exists(to) && !QFile::remove(to))
        return false;
    return QFile::rename(from, to);
}

int stopWhenCancelled(void *cancel)
{
    return static_cast<const std::atomic_bool *>(cancel)->load() ? 1 : 0;
}

// GDAL reads a copy of the layers to export, never project.gpkg itself. GDAL opens the file it is given with
// descriptors of its own (GDALOpenInfo reads the header with VSIFOpenL, then closes it), and POSIX drops every lock
// this process holds on a file when any descriptor of it is closed: the app's connections, which keep the store
// open while the export runs on its worker thread, would lose the shared lock that tells another process (QGIS, the
// sync command) it is not the last user. That process, closing its last connection, would then checkpoint and reset
// the log under them: they read "database disk image is malformed", and a commit can land in a log already deleted.
// Only the store's SQLite opens the store: its unix layer keeps a descriptor open until no lock of this process on
// the file needs it. So one connection of it copies the layers into a scratch GeoPackage in the export's temporary
// folder, in one read transaction (every layer as of one moment, whatever the app commits meanwhile), and GDAL reads
// that.
// Why only the layers, not the whole store (VACUUM INTO, the backup API): the store also holds the journal, which
// after an import is larger than the features (155 MB against 55 MB for 100,000 polygons), and the hidden layers'
// personal data, which must not be copied next to an export, even for a moment. The layers' rows and the metadata
// GDAL reads (gpkg_spatial_ref_sys, their gpkg_contents and gpkg_geometry_columns rows) are enough to read them;
// the R-tree, the triggers, the journal and the uuid's unique index are left out. The copy moves records without
// decoding them (SQLite's transfer of identical tables): 57 MB and 0.1-0.25 s for 100,000 polygons, against 0.5 s
// for a copy of the whole store; the folder briefly needs room for it.
void copyLayersForGdal(const QString &storePath, const QStringList &layers, const QString &path,
                       const std::atomic_bool *cancel)
{
    using store::quoteIdentifier;
    store::Database copy;
    copy.open(path, store::Database::Mode::ReadWriteCreate);
    copy.exec("PRAGMA main.journal_mode = OFF"); // a scratch file: nothing to roll back or recover
    copy.exec("PRAGMA main.synchronous = OFF");
    if (cancel)
        sqlite3_progress_handler(copy.handle(), 1000, stopWhenCancelled, const_cast<std::atomic_bool *>(cancel));
    store::Statement attach = copy.prepare(QStringLiteral("ATTACH DATABASE ? AS live"));
    attach.bind(1, storePath);
    attach.run();
    attach = store::Statement();
    copy.exec("BEGIN");
    // GeoPackage's own tables as the store has them, and its application_id and version, which GDAL checks.
    for (const char *pragma : {"application_id", "user_version"}) {
        store::Statement st = copy.prepare(QStringLiteral("PRAGMA live.%1").arg(QLatin1String(pragma)));
        st.step();
        copy.exec(QStringLiteral("PRAGMA main.%1 = %2").arg(QLatin1String(pragma)).arg(st.int64(0)));
    }
    QStringList placeholders;
    for (int i = 0; i < layers.size(); ++i)
        placeholders << QStringLiteral("?");
    const QString chosen = QStringLiteral(" WHERE table_name IN (%1)").arg(placeholders.join(QLatin1Char(',')));
    for (const char *table : {"gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns"}) {
        store::Statement sql =
            copy.prepare(QStringLiteral("SELECT sql FROM live.sqlite_master WHERE type = 'table' AND name = ?"));
        sql.bind(1, table);
        if (!sql.step())
            throw store::StoreError(store::ErrorKind::Corrupt,
                                    QStringLiteral("%1 is missing").arg(QLatin1String(table)));
        const QString create = sql.text(0);
        sql = store::Statement();
        copy.exec(create);
        const bool all = qstrcmp(table, "gpkg_spatial_ref_sys") == 0;
        store::Statement rows = copy.prepare(QStringLiteral("INSERT INTO main.%1 SELECT * FROM live.%1%2")
                                                 .arg(QLatin1String(table), all ? QString() : chosen));
        if (!all)
            for (int i = 0; i < layers.size(); ++i)
                rows.bind(i + 1, layers[i]);
        rows.run();
    }
    for (const QString &layer : layers) {
        // The columns with their declared types (GDAL reads the field types from them) and nothing else.
        QStringList columns;
        store::Statement info =
            copy.prepare(QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?, 'live')"));
        info.bind(1, layer);
        while (info.step())
            columns << QStringLiteral("%1 %2%3%4")
                           .arg(quoteIdentifier(info.text(0)), info.text(1),
                                info.int64(2) ? QStringLiteral(" NOT NULL") : QString(),
                                info.int64(3) ? QStringLiteral(" PRIMARY KEY") : QString());
        info = store::Statement();
        if (columns.isEmpty())
            throw store::StoreError(store::ErrorKind::NotFound, QStringLiteral("no table %1").arg(layer));
        const QString t = quoteIdentifier(layer);
        copy.exec(QStringLiteral("CREATE TABLE main.%1 (%2)").arg(t, columns.join(QStringLiteral(", "))));
        copy.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM live.%1").arg(t));
    }
    copy.exec("COMMIT");
    copy.exec("DETACH DATABASE live");
    copy.close();
}

} // namespace

bool Exporter::run(const ExportOptions &options, ExportReport &report, const Progress &progress,
                   const std::atomic_bool *cancel)
{
    m_cancelled = false;
    m_message.clear();
    report = ExportReport();
    const QString format = options.format.toLower();
    if (!formats().contains(format))
        return fail(QCoreApplication::translate("Import", "Unknown export format '%1': use gpkg, geojson, shp or csv.").arg(options.format));
    SrsPtr srs = srsFromEpsg(options.srsEpsg);
    if (!srs)
        return fail(QCoreApplication::translate("Import", "EPSG:%1 is not a coordinate system Territori knows.").arg(options.srsEpsg));
    report.srs = describeSrs(srs.get());
    SrsPtr store = srsFromEpsg(store::kWgs84);
    TransformPtr transform;
    if (options.srsEpsg != store::kWgs84) {
        transform.reset(OCTNewCoordinateTransformation(store.get(), srs.get()));
        if (!transform)
            return fail(QCoreApplication::translate("Import", "Coordinates cannot be converted to %1.").arg(report.srs));
    }
    QStringList layers = options.layers;
    // "Everything" means what people see: the hidden layers hold table sessions and participants' personal data,
    // which leave the device only through the sync, unless a layer is named on purpose.
    if (layers.isEmpty())
        for (const auto &l : m_project.layers())
            if (!l.hidden)
                layers << l.name;
    // A layer a newer definition retired is exported when named: its unsent features leave the device this way
    // before the person lets it go (docs/sync.md, "Definition updates").
    for (const QString &l : layers)
        if (!m_project.layer(l) && !m_project.retiredLayer(l))
            return fail(QCoreApplication::translate("Import", "The project has no layer '%1'.").arg(l));
    if (options.outPath.isEmpty())
        return fail(QCoreApplication::translate("Import", "Say where to write the export."));

    // Where each output goes.
    std::vector<Output> outputs;
    const QFileInfo out(options.outPath);
    QString parent;
    if (format == QLatin1String("gpkg")) {
        const QString file = out.isDir() ? QDir(out.absoluteFilePath()).filePath(m_project.info().id + QStringLiteral(".gpkg"))
                                         : out.absoluteFilePath();
        outputs.push_back({QString(), QString(), file});
        parent = QFileInfo(file).absolutePath();
    } else if (layers.size() == 1 && out.suffix().compare(format, Qt::CaseInsensitive) == 0 && !out.isDir()) {
        outputs.push_back({layers.front(), QString(), out.absoluteFilePath()});
        parent = out.absolutePath();
    } else {
        parent = out.absoluteFilePath();
        for (const QString &l : layers)
            outputs.push_back({l, QString(), QDir(parent).filePath(l + QLatin1Char('.') + format)});
    }
    // An export never lands on the store or its log: replacing them would lose the project, and even a look at them
    // from outside SQLite would release this process's locks on the store.
    for (const Output &o : outputs) {
        QStringList files{o.destination};
        const QString base = o.destination.left(o.destination.size() - QFileInfo(o.destination).suffix().size());
        for (const QString &ext : companions(format))
            files << base + ext;
        for (const QString &f : files)
            if (m_project.isStoreFile(f))
                return fail(QCoreApplication::translate(
                                "Import", "%1 is the project's own store: choose another file to export to.")
                                .arg(f));
    }
    if (!QDir().mkpath(parent))
        return fail(QCoreApplication::translate("Import", "The folder %1 cannot be created.").arg(parent));
    QTemporaryDir tmp(QDir(parent).filePath(QStringLiteral(".territori-export-XXXXXX")));
    if (!tmp.isValid())
        return fail(QCoreApplication::translate("Import", "%1 cannot be written: %2").arg(parent, tmp.errorString()));
    for (Output &o : outputs)
        o.tmpPath = tmp.filePath(QFileInfo(o.destination).fileName());

    // What GDAL reads: a copy of the layers, never the store (copyLayersForGdal says why).
    QTemporaryDir copyDir(tmp.filePath(QStringLiteral(".layers-XXXXXX"))); // a name no output file takes
    if (!copyDir.isValid())
        return fail(
            QCoreApplication::translate("Import", "%1 cannot be written: %2").arg(parent, copyDir.errorString()));
    const QString layersCopy = copyDir.filePath(QStringLiteral("layers.gpkg"));
    try {
        copyLayersForGdal(m_project.storePath(), layers, layersCopy, cancel);
    } catch (const store::StoreError &e) {
        if (cancel && cancel->load()) {
            m_cancelled = true;
            return fail(QCoreApplication::translate("Import", "The export was cancelled: nothing was written."));
        }
        if (e.kind() == store::ErrorKind::DiskFull || e.kind() == store::ErrorKind::ReadOnly)
            return fail(QCoreApplication::translate("Import", "%1 cannot be written: %2").arg(parent, e.message()));
        return fail(QCoreApplication::translate("Import", "The project store cannot be read: %1").arg(e.message()));
    }
    GdalErrors errors;
    const char *gpkgOnly[] = {"GPKG", nullptr};
    DatasetPtr src(
        GDALOpenEx(gdalPath(layersCopy).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, gpkgOnly, nullptr, nullptr));
    if (!src)
        return fail(QCoreApplication::translate("Import", "The project store cannot be read: %1").arg(errors.lastFailure()));
    qint64 total = 0;
    for (const QString &l : layers)
        if (OGRLayerH s = GDALDatasetGetLayerByName(src.get(), l.toUtf8().constData()))
            total += OGR_L_GetFeatureCount(s, TRUE);

    GDALDriverH driver = GDALGetDriverByName(driverOf(format));
    DatasetPtr dst;
    double lastProgress = -1;
    for (const QString &layerName : layers) {
        const Output *o = nullptr;
        for (const Output &x : outputs)
            if (x.layer.isEmpty() || x.layer == layerName)
                o = &x;
        if (!dst || format != QLatin1String("gpkg")) {
            dst.reset();
            errors.clear();
            dst.reset(GDALCreate(driver, gdalPath(o->tmpPath).constData(), 0, 0, 0, GDT_Unknown, nullptr));
            if (!dst)
                return fail(QCoreApplication::translate("Import", "%1 cannot be created: %2").arg(o->destination, errors.lastFailure()));
        }
        OGRLayerH s = GDALDatasetGetLayerByName(src.get(), layerName.toUtf8().constData());
        if (!s)
            return fail(QCoreApplication::translate("Import", "The layer '%1' is missing from the project store.").arg(layerName));
        OGRFeatureDefnH sdefn = OGR_L_GetLayerDefn(s);
        const int fieldCount = OGR_FD_GetFieldCount(sdefn);
        QStringList columns;
        for (int i = 0; i < fieldCount; ++i)
            columns << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(sdefn, i)));
        QStringList names = columns;
        std::vector<qint64> longest(size_t(fieldCount), 0);
        const bool shp = format == QLatin1String("shp");
        if (shp) {
            names = shapefileColumnNames(columns);
            for (int i = 0; i < fieldCount; ++i)
                if (names[i] != columns[i])
                    report.renamed.push_back({layerName, columns[i], names[i]});
            // The DBF needs a width per text column: the longest value, in bytes, up to its limit of 254.
            QStringList measures;
            for (int i = 0; i < fieldCount; ++i)
                measures << QStringLiteral("max(length(CAST(%1 AS BLOB)))").arg(store::quoteIdentifier(columns[i]));
            const QByteArray sql = QStringLiteral("SELECT %1 FROM %2")
                                       .arg(measures.join(QStringLiteral(", ")), store::quoteIdentifier(layerName))
                                       .toUtf8();
            if (fieldCount > 0) {
                if (OGRLayerH r = GDALDatasetExecuteSQL(src.get(), sql.constData(), nullptr, nullptr)) {
                    if (FeaturePtr f{OGR_L_GetNextFeature(r)})
                        for (int i = 0; i < fieldCount; ++i)
                            longest[size_t(i)] = OGR_F_GetFieldAsInteger64(f.get(), i);
                    GDALDatasetReleaseResultSet(src.get(), r);
                }
            }
        }
        CPLStringList lco;
        if (shp)
            lco.AddNameValue("ENCODING", "UTF-8");
        if (format == QLatin1String("csv")) {
            lco.AddNameValue("GEOMETRY", "AS_WKT");
            lco.AddNameValue("CREATE_CSVT", "YES");
        }
        if (format == QLatin1String("geojson"))
            lco.AddNameValue("RFC7946", "NO");
        errors.clear();
        OGRLayerH d = GDALDatasetCreateLayer(dst.get(), layerName.toUtf8().constData(), srs.get(),
                                             OGR_L_GetGeomType(s), lco.List());
        if (!d)
            return fail(QCoreApplication::translate("Import", "The layer '%1' cannot be written as %2: %3")
                            .arg(layerName, format, errors.lastFailure()));
        std::vector<int> map(size_t(fieldCount), -1);
        std::vector<int> isoTimes; // destination fields holding ISO 8601 date-times (Shapefile)
        for (int i = 0; i < fieldCount; ++i) {
            OGRFieldDefnH sf = OGR_FD_GetFieldDefn(sdefn, i);
            OGRFieldType type = OGR_Fld_GetType(sf);
            const bool isoTime = shp && type == OFTDateTime;
            if (isoTime)
                type = OFTString;
            OGRFieldDefnH fd = OGR_Fld_Create(names[i].toUtf8().constData(), type);
            OGR_Fld_SetSubType(fd, isoTime ? OFSTNone : OGR_Fld_GetSubType(sf));
            if (shp && type == OFTString) {
                const qint64 width = isoTime ? 24 : qBound<qint64>(1, longest[size_t(i)], 254);
                OGR_Fld_SetWidth(fd, int(width));
                if (longest[size_t(i)] > 254)
                    report.notes << QCoreApplication::translate("Import", "%1: values of '%2' longer than 254 bytes were cut (a Shapefile "
                                       "cannot hold more; GeoPackage keeps them whole).")
                                        .arg(layerName, columns[i]);
            }
            const OGRErr e = OGR_L_CreateField(d, fd, TRUE);
            OGR_Fld_Destroy(fd);
            if (e != OGRERR_NONE)
                return fail(QCoreApplication::translate("Import", "The column '%1' of '%2' cannot be written as %3: %4")
                                .arg(columns[i], layerName, format, errors.lastFailure()));
            map[size_t(i)] = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(d), names[i].toUtf8().constData());
            if (isoTime)
                isoTimes.push_back(i);
        }
        OGRFeatureDefnH ddefn = OGR_L_GetLayerDefn(d);
        const bool transaction = GDALDatasetStartTransaction(dst.get(), FALSE) == OGRERR_NONE;
        OGR_L_ResetReading(s);
        for (;;) {
            errors.clear();
            FeaturePtr f(OGR_L_GetNextFeature(s));
            if (errors.hasFailure())
                return fail(QCoreApplication::translate("Import", "The project store cannot be read: %1").arg(errors.lastFailure()));
            if (!f)
                break;
            if (cancel && cancel->load()) {
                m_cancelled = true;
                return fail(QCoreApplication::translate("Import", "The export was cancelled: nothing was written."));
            }
            FeaturePtr out(OGR_F_Create(ddefn));
            OGR_F_SetFromWithMap(out.get(), f.get(), TRUE, map.data());
            for (int i : isoTimes) {
                int y = 0, mo = 0, da = 0, h = 0, mi = 0, tz = 0;
                float sec = 0;
                if (OGR_F_IsFieldSetAndNotNull(f.get(), i) &&
                    OGR_F_GetFieldAsDateTimeEx(f.get(), i, &y, &mo, &da, &h, &mi, &sec, &tz)) {
                    QDateTime t(QDate(y, mo, da), QTime(h, mi, int(sec), int((sec - int(sec)) * 1000 + 0.5) % 1000),
                                tz > 1 ? Qt::OffsetFromUTC : Qt::UTC, tz > 1 ? (tz - 100) * 15 * 60 : 0);
                    OGR_F_SetFieldString(out.get(), map[size_t(i)],
                                         store::isoDateTime(t).toUtf8().constData());
                }
            }
            if (transform) {
                if (OGRGeometryH g = OGR_F_GetGeometryRef(out.get())) {
                    if (OGR_G_Transform(g, transform.get()) != OGRERR_NONE)
                        return fail(QCoreApplication::translate("Import", "%1, feature %2: the coordinates cannot be converted to %3.")
                                        .arg(layerName)
                                        .arg(OGR_F_GetFID(f.get()))
                                        .arg(report.srs));
                }
            }
            if (OGR_L_CreateFeature(d, out.get()) != OGRERR_NONE)
                return fail(QCoreApplication::translate("Import", "%1, feature %2 cannot be written: %3")
                                .arg(layerName)
                                .arg(OGR_F_GetFID(f.get()))
                                .arg(errors.lastFailure()));
            ++report.features;
            if (progress && total > 0) {
                const double p = double(report.features) / double(total);
                if (p - lastProgress >= 0.01) {
                    progress(p);
                    lastProgress = p;
                }
            }
        }
        if (transaction && GDALDatasetCommitTransaction(dst.get()) != OGRERR_NONE)
            return fail(QCoreApplication::translate("Import", "%1 cannot be written: %2").arg(o->destination, errors.lastFailure()));
    }
    errors.clear();
    dst.reset(); // closes and flushes the last file
    if (errors.hasFailure())
        return fail(QCoreApplication::translate("Import", "The export could not be completed: %1").arg(errors.lastFailure()));

    for (const Output &o : outputs) {
        const QString tmpBase = o.tmpPath.left(o.tmpPath.size() - QFileInfo(o.tmpPath).suffix().size());
        const QString destBase = o.destination.left(o.destination.size() - QFileInfo(o.destination).suffix().size());
        if (!moveInto(o.tmpPath, o.destination))
            return fail(QCoreApplication::translate("Import", "%1 cannot be written.").arg(o.destination));
        for (const QString &ext : companions(format))
            if (QFile::exists(tmpBase + ext) && !moveInto(tmpBase + ext, destBase + ext))
                return fail(QCoreApplication::translate("Import", "%1 cannot be written.").arg(destBase + ext));
        report.files << o.destination;
    }
    if (format == QLatin1String("csv"))
        report.notes << QCoreApplication::translate("Import", "A CSV file does not carry its coordinate system: its WKT column is in %1.").arg(report.srs);
    if (format == QLatin1String("geojson") && options.srsEpsg != store::kWgs84)
        report.notes << QCoreApplication::translate("Import", "GeoJSON in a system other than WGS 84 names it in a 'crs' member (GeoJSON 2008), "
                           "which QGIS and GDAL read; RFC 7946 readers expect WGS 84.");
    if (progress)
        progress(1.0);
    return true;
}

} // namespace territori::gis
