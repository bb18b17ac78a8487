// The municipal upload's figures (issue #4), side by side in one run on this machine:
//   import: territori-import of N polygons from a Shapefile into a layer (validation, duplicates, conversion, outbox,
//           one transaction, in one pass: Importer::run) vs `ogr2ogr -f GPKG` on the same file; and the app's flow,
//           where the file is checked whole before a person chooses and then written (Importer::check + write); the Shapefile in WGS 84
//           (same work as plain ogr2ogr) and in Gauss-Boaga EPSG:3003 (vs ogr2ogr -t_srs EPSG:4326, the same
//           reprojection); peak memory of the import (the child's ru_maxrss, as /usr/bin/time -v reports it);
//   export: territori-export of that layer to GeoPackage vs `ogr2ogr -f GPKG` from the project's store;
//   split:  (issue #13) the same import where one row in five is a multi-polygon of two parts, into the single-part
//           layer with --split-multipart, vs `ogr2ogr -f GPKG -explodecollections` on the same file (once each).
//   size: how much the store grew for the import (the project's store files before and after territori-import, the
//         log included) against the size of ogr2ogr's GeoPackage, and what took the space by SQLite's dbstat (the
//         feature table, its indexes, the R-tree, the outbox).
// Each command runs as its own process, `runs` times in turn; the median wall time is reported, and the ratio of
// medians. The fixture is generated here (never committed).
//   bench_import [N=100000] [runs=3] [tmpdir]

#include "gdalsupport.h"
#include "importer.h"
#include "language.h"
#include "outbox.h"
#include "project.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace territori;

namespace {

struct Run
{
    double seconds = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

// fork/exec/wait4: wall time and the child's peak resident memory.
Run measure(const QStringList &command)
{
    std::vector<std::string> args;
    for (const QString &a : command)
        args.push_back(a.toStdString());
    std::vector<char *> argv;
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer t;
    t.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        dup2(devnull, STDOUT_FILENO);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    Run r;
    int status = 0;
    struct rusage usage;
    wait4(pid, &status, 0, &usage);
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.maxRssKb = usage.ru_maxrss;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// A store's size on disk: the database and its write-ahead log (a closed store has folded the log in).
qint64 storeBytes(const QString &projectDir)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal"}) {
        const QByteArray path = (projectDir + QStringLiteral("/project.gpkg") + QLatin1String(suffix)).toUtf8();
        struct stat st;
        if (::stat(path.constData(), &st) == 0)
            total += st.st_size;
    }
    return total;
}

qint64 fileBytes(const QString &path)
{
    struct stat st;
    return ::stat(path.toUtf8().constData(), &st) == 0 ? qint64(st.st_size) : 0;
}

// What takes the space in a store, by table and index (SQLite's dbstat): the feature table, its uuid index, the
// R-tree's three tables, the outbox and its indexes; the rest as one figure. JSON object text, in MB.
QString spaceByTable(store::Database &db)
{
    store::Statement st = db.prepare(QStringLiteral(
        "SELECT CASE WHEN name LIKE 'rtree_%' THEN 'rtree' WHEN name IN ('aree', 'territori_outbox') OR name LIKE "
        "'sqlite_autoindex_aree%' OR name LIKE 'sqlite_autoindex_territori_outbox%' OR name LIKE 'territori_outbox_%' "
        "OR name LIKE 'territori_aree_%' "
        "THEN name ELSE 'other' END AS what, sum(pgsize) FROM dbstat GROUP BY what ORDER BY 2 DESC"));
    QStringList parts;
    while (st.step())
        parts << QStringLiteral("\"%1\": %2").arg(st.text(0)).arg(double(st.int64(1)) / 1e6, 0, 'f', 1);
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool writeFixture(const QString &path, int count)
{
    gis::ensureGdal();
    GDALDriverH driver = GDALGetDriverByName("ESRI Shapefile");
    GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    const char *options[] = {"ENCODING=UTF-8", nullptr};
    OGRLayerH l = GDALDatasetCreateLayer(ds, "aree", srs, wkbPolygon, const_cast<char **>(options));
    OSRRelease(srs);
    const struct
    {
        const char *name;
        OGRFieldType type;
        int width;
    } fields[] = {{"NOME", OFTString, 40}, {"COMUNE", OFTString, 30}, {"SUPERFICIE", OFTReal, 0},
                  {"PIANI", OFTInteger, 0}, {"RILIEVO", OFTDate, 0}};
    for (const auto &f : fields) {
        OGRFieldDefnH fd = OGR_Fld_Create(f.name, f.type);
        if (f.width)
            OGR_Fld_SetWidth(fd, f.width);
        OGR_L_CreateField(l, fd, TRUE);
        OGR_Fld_Destroy(fd);
    }
    static const char *comuni[] = {"Milano", "Rho", "Sesto San Giovanni", "Cinisello Balsamo", "San Donato Milanese"};
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
    for (int i = 0; i < count; ++i) {
        OGRFeatureH f = OGR_F_Create(defn);
        OGR_F_SetFieldString(f, 0, QStringLiteral("Area %1").arg(i).toUtf8().constData());
        OGR_F_SetFieldString(f, 1, comuni[i % 5]);
        OGR_F_SetFieldDouble(f, 2, 100.0 + (i % 1000) * 2.5);
        OGR_F_SetFieldInteger(f, 3, i % 12);
        OGR_F_SetFieldDateTime(f, 4, 2020 + i % 5, 1 + i % 12, 1 + i % 28, 0, 0, 0, 0);
        // A 12-sided lot of about 30 m over the metropolitan area: a grid of 400 columns.
        const double cx = 9.0 + (i % 400) * 0.0014;
        const double cy = 45.35 + (i / 400) * 0.0011;
        OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
        for (int k = 0; k <= 12; ++k) {
            const double a = 2 * M_PI * (k % 12) / 12;
            const double r = 0.0003 + 0.00005 * std::sin(3 * a);
            OGR_G_AddPoint_2D(ring, cx + r * std::cos(a) * 1.4, cy + r * std::sin(a));
        }
        OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
        OGR_G_AddGeometryDirectly(polygon, ring);
        OGR_F_SetGeometryDirectly(f, polygon);
        const OGRErr e = OGR_L_CreateFeature(l, f);
        OGR_F_Destroy(f);
        if (e != OGRERR_NONE)
            return false;
    }
    GDALClose(ds);
    return true;
}

// The split benchmark's file: the same lots, but every fifth row is two smaller lots side by side in one
// multi-polygon (a site split by a road), so `count` rows make count + count / 5 features.
bool writeSplitFixture(const QString &path, int count)
{
    gis::ensureGdal();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("ESRI Shapefile"), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    const char *options[] = {"ENCODING=UTF-8", nullptr};
    OGRLayerH l = GDALDatasetCreateLayer(ds, "aree", srs, wkbPolygon, const_cast<char **>(options));
    OSRRelease(srs);
    for (const char *name : {"NOME", "COMUNE"}) {
        OGRFieldDefnH fd = OGR_Fld_Create(name, OFTString);
        OGR_Fld_SetWidth(fd, 40);
        OGR_L_CreateField(l, fd, TRUE);
        OGR_Fld_Destroy(fd);
    }
    auto lot = [](double cx, double cy, double r0) {
        OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
        for (int k = 0; k <= 12; ++k) {
            const double a = 2 * M_PI * (k % 12) / 12;
            const double r = r0 + r0 / 6 * std::sin(3 * a);
            OGR_G_AddPoint_2D(ring, cx + r * std::cos(a) * 1.4, cy + r * std::sin(a));
        }
        OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
        OGR_G_AddGeometryDirectly(polygon, ring);
        return polygon;
    };
    static const char *comuni[] = {"Milano", "Rho", "Sesto San Giovanni", "Cinisello Balsamo", "San Donato Milanese"};
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
    for (int i = 0; i < count; ++i) {
        OGRFeatureH f = OGR_F_Create(defn);
        OGR_F_SetFieldString(f, 0, QStringLiteral("Area %1").arg(i).toUtf8().constData());
        OGR_F_SetFieldString(f, 1, comuni[i % 5]);
        const double cx = 9.0 + (i % 400) * 0.0014;
        const double cy = 45.35 + (i / 400) * 0.0011;
        if (i % 5 == 0) {
            OGRGeometryH multi = OGR_G_CreateGeometry(wkbMultiPolygon);
            OGR_G_AddGeometryDirectly(multi, lot(cx - 0.00025, cy, 0.00015));
            OGR_G_AddGeometryDirectly(multi, lot(cx + 0.00025, cy, 0.00015));
            OGR_F_SetGeometryDirectly(f, multi);
        } else {
            OGR_F_SetGeometryDirectly(f, lot(cx, cy, 0.0003));
        }
        const OGRErr e = OGR_L_CreateFeature(l, f);
        OGR_F_Destroy(f);
        if (e != OGRERR_NONE)
            return false;
    }
    GDALClose(ds);
    return true;
}

// Issue #13's figure: the import with one row in five split into its two parts, against ogr2ogr exploding the same
// collections, once each, side by side.
int splitImport(int count, const QString &dir, const QString &bin, const QJsonObject &definition)
{
    const QString shp = dir + QStringLiteral("/split/aree.shp");
    QDir().mkpath(dir + QStringLiteral("/split"));
    if (!writeSplitFixture(shp, count))
        return 1;
    const QString project = dir + QStringLiteral("/p-split");
    store::Project::create(project, definition);
    const QString gpkg = dir + QStringLiteral("/ogr-split.gpkg");
    const Run o = measure({QStringLiteral("ogr2ogr"), QStringLiteral("-f"), QStringLiteral("GPKG"),
                           QStringLiteral("-explodecollections"), gpkg, shp});
    const Run t = measure({bin + QStringLiteral("territori-import"), shp, QStringLiteral("--project"), project,
                           QStringLiteral("--layer"), QStringLiteral("aree"), QStringLiteral("--split-multipart"),
                           QStringLiteral("--quiet"), QStringLiteral("--lang"), QStringLiteral("en")});
    if (o.exitCode != 0 || t.exitCode != 0) {
        std::fprintf(stderr, "bench_import: the split import failed (ogr2ogr %d, territori-import %d)\n", o.exitCode,
                     t.exitCode);
        return 1;
    }
    const int multiPart = (count + 4) / 5;
    auto p = store::Project::open(project);
    store::Statement st = p->db().prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM aree), NULL"));
    st.step();
    // Every feature is an edit still to send (one entry each, or one for the import: outbox.h, ImportBatch).
    const qint64 unsent = store::Outbox::pendingCount(p->db());
    if (st.int64(0) != count + multiPart || unsent != count + multiPart) {
        std::fprintf(stderr, "bench_import: %lld features and %lld edits to send after the split, expected %d\n",
                     st.int64(0), unsent, count + multiPart);
        return 1;
    }
    std::printf("{\"benchmark\": \"import-split\", \"fixture\": \"shapefile-wgs84\", \"rows\": %d, \"multipart_rows\": %d, "
                "\"features\": %lld, \"runs\": 1, \"territori_import_s\": %.3f, \"ogr2ogr_explode_s\": %.3f, "
                "\"ratio\": %.2f, \"ogr2ogr\": \"ogr2ogr -f GPKG -explodecollections\", \"peak_rss_mb\": %.1f}\n",
                count, multiPart, st.int64(0), t.seconds, o.seconds, t.seconds / o.seconds, double(t.maxRssKb) / 1024.0);
    std::fflush(stdout);
    return 0;
}

} // namespace

// The app's two passes, as ImportController runs them, in a child process of its own: bench_import --app-flow FILE DIR
int appFlow(const QString &file, const QString &projectDir)
{
    store::setUiLanguage(QStringLiteral("en"));
    auto project = store::Project::open(projectDir);
    gis::Importer importer(*project);
    gis::ImportOptions o;
    o.path = file;
    o.targetLayer = QStringLiteral("aree");
    gis::ImportReport report;
    if (!importer.prepare(o) || !importer.check(report) || !importer.write(report, {QStringLiteral("bench"), QStringLiteral("bench")})) {
        std::fprintf(stderr, "bench_import --app-flow: %s\n", qPrintable(importer.message()));
        return 1;
    }
    return 0;
}

int main(int argc, char *argv[])
{
    if (argc == 4 && QByteArray(argv[1]) == "--app-flow")
        return appFlow(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const bool keep = qEnvironmentVariableIsSet("BENCH_IMPORT_KEEP");
    QTemporaryDir tmp(argc > 3 ? QString::fromLocal8Bit(argv[3]) + QStringLiteral("/bench-import-XXXXXX")
                               : QDir::tempPath() + QStringLiteral("/bench-import-XXXXXX"));
    tmp.setAutoRemove(!keep);
    const QString bin = QStringLiteral(TERRITORI_BINARY_DIR "/app/");
    const QString dir = tmp.path();
    const QString wgs84 = dir + QStringLiteral("/wgs84/aree.shp");
    const QString gaussBoaga = dir + QStringLiteral("/gb/aree.shp");
    QDir().mkpath(dir + QStringLiteral("/wgs84"));
    QDir().mkpath(dir + QStringLiteral("/gb"));
    if (!writeFixture(wgs84, count))
        return 1;
    if (measure({QStringLiteral("ogr2ogr"), QStringLiteral("-lco"), QStringLiteral("ENCODING=UTF-8"),
                 QStringLiteral("-t_srs"), QStringLiteral("EPSG:3003"), gaussBoaga, wgs84})
            .exitCode != 0)
        return 1;
    const QJsonObject definition = territori::testing::readJson(territori::testing::sourceDir() +
                                                                QStringLiteral("/tests/data/import/project.json"));

    struct Variant
    {
        const char *name;
        QString shp;
        QStringList ogr2ogrExtra;
    };
    const Variant variants[] = {{"wgs84", wgs84, {}},
                                {"epsg3003", gaussBoaga, {QStringLiteral("-t_srs"), QStringLiteral("EPSG:4326")}}};
    QString exportProject;
    for (const Variant &v : variants) {
        std::vector<double> ours, theirs, app;
        long peakKb = 0;
        int imported = 0;
        qint64 grownBytes = 0, ogrBytes = 0;
        QString space;
        for (int r = 0; r < runs; ++r) {
            const QString project = dir + QStringLiteral("/p-%1-%2").arg(QLatin1String(v.name)).arg(r);
            store::Project::create(project, definition);
            const QString gpkg = dir + QStringLiteral("/ogr-%1-%2.gpkg").arg(QLatin1String(v.name)).arg(r);
            const Run o = measure(QStringList{QStringLiteral("ogr2ogr"), QStringLiteral("-f"), QStringLiteral("GPKG")} +
                                  v.ogr2ogrExtra + QStringList{gpkg, v.shp});
            const qint64 before = storeBytes(project);
            const Run t = measure({bin + QStringLiteral("territori-import"), v.shp, QStringLiteral("--project"), project,
                                   QStringLiteral("--layer"), QStringLiteral("aree"), QStringLiteral("--quiet"),
                                   QStringLiteral("--lang"), QStringLiteral("en")});
            if (o.exitCode != 0 || t.exitCode != 0) {
                std::fprintf(stderr, "bench_import: a command failed (ogr2ogr %d, territori-import %d)\n", o.exitCode,
                             t.exitCode);
                return 1;
            }
            grownBytes = storeBytes(project) - before;
            ogrBytes = fileBytes(gpkg);
            const QString appProject = project + QStringLiteral("-app");
            store::Project::create(appProject, definition);
            const Run a = measure({QStringLiteral("/proc/self/exe"), QStringLiteral("--app-flow"), v.shp, appProject});
            QDir(appProject).removeRecursively();
            if (a.exitCode != 0) {
                std::fprintf(stderr, "bench_import: the app's two passes failed (%d)\n", a.exitCode);
                return 1;
            }
            theirs.push_back(o.seconds);
            ours.push_back(t.seconds);
            app.push_back(a.seconds);
            peakKb = std::max({peakKb, t.maxRssKb, a.maxRssKb});
            auto p = store::Project::open(project);
            store::Statement st = p->db().prepare(QStringLiteral(
                "SELECT (SELECT count(*) FROM aree), (SELECT count(*) FROM territori_outbox)"));
            st.step();
            imported = int(st.int64(0));
            const qint64 unsent = store::Outbox::pendingCount(p->db());
            if (st.int64(0) != count || unsent != count) {
                std::fprintf(stderr, "bench_import: %lld features and %lld edits to send, expected %d\n",
                             st.int64(0), unsent, count);
                return 1;
            }
            st = store::Statement();
            space = spaceByTable(p->db());
            if (exportProject.isEmpty())
                exportProject = project;
            else if (project != exportProject)
                QDir(project).removeRecursively();
            QFile::remove(gpkg);
        }
        std::printf("{\"benchmark\": \"import\", \"fixture\": \"shapefile-%s\", \"features\": %d, \"runs\": %d, "
                    "\"territori_import_s\": %.3f, \"ogr2ogr_gpkg_s\": %.3f, \"ratio\": %.2f, \"app_two_passes_s\": %.3f, "
                    "\"app_ratio\": %.2f, \"ogr2ogr\": \"%s\", \"peak_rss_mb\": %.1f, \"store_growth_mb\": %.1f, "
                    "\"ogr2ogr_gpkg_mb\": %.1f, \"size_ratio\": %.2f, \"store_space_mb\": %s}\n",
                    v.name, imported, runs, median(ours), median(theirs), median(ours) / median(theirs), median(app),
                    median(app) / median(theirs),
                    qPrintable((QStringList{QStringLiteral("ogr2ogr -f GPKG")} + v.ogr2ogrExtra).join(QLatin1Char(' '))),
                    double(peakKb) / 1024.0, double(grownBytes) / 1e6, double(ogrBytes) / 1e6,
                    ogrBytes ? double(grownBytes) / double(ogrBytes) : 0.0, qPrintable(space));
        std::fflush(stdout);
    }

    std::vector<double> ours, theirs;
    for (int r = 0; r < runs; ++r) {
        const QString a = dir + QStringLiteral("/export-ours-%1.gpkg").arg(r);
        const QString b = dir + QStringLiteral("/export-ogr-%1.gpkg").arg(r);
        const Run o = measure({QStringLiteral("ogr2ogr"), QStringLiteral("-f"), QStringLiteral("GPKG"), b,
                               exportProject + QStringLiteral("/project.gpkg"), QStringLiteral("aree")});
        const Run t = measure({bin + QStringLiteral("territori-export"), exportProject, QStringLiteral("--layer"),
                               QStringLiteral("aree"), QStringLiteral("--format"), QStringLiteral("gpkg"),
                               QStringLiteral("--out"), a});
        if (o.exitCode != 0 || t.exitCode != 0) {
            std::fprintf(stderr, "bench_import: export failed (ogr2ogr %d, territori-export %d)\n", o.exitCode,
                         t.exitCode);
            return 1;
        }
        theirs.push_back(o.seconds);
        ours.push_back(t.seconds);
        QFile::remove(a);
        QFile::remove(b);
    }
    std::printf("{\"benchmark\": \"export\", \"format\": \"gpkg\", \"features\": %d, \"runs\": %d, "
                "\"territori_export_s\": %.3f, \"ogr2ogr_gpkg_s\": %.3f, \"ratio\": %.2f}\n",
                count, runs, median(ours), median(theirs), median(ours) / median(theirs));
    std::fflush(stdout);
    return splitImport(count, dir, bin, definition);
}
