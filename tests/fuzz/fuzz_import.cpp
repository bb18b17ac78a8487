// libFuzzer target for the import path: the bytes after the first are a file of the format the first byte picks
// (GeoJSON, CSV, ZIP, KML, GML, DXF, GeoPackage, KMZ, Shapefile in a ZIP; its other bits pick the options), written
// to GDAL's in-memory file system and taken through the whole import: open and inspect, preview, check, and the write of the valid rows into a
// project created once. Built with clang, -fsanitize=fuzzer,address (tests/fuzz/CMakeLists.txt); run by ctest for a
// bounded time over the seeds in tests/fuzz/seeds.

#include "importer.h"

#include "language.h"
#include "project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cpl_vsi.h>

#include <cstdint>
#include <memory>

using namespace territori;

namespace {

struct State
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<store::Project> project;
};

// Never destroyed: libFuzzer exits from inside its driver, and tearing down Qt and the project from static
// destructors at that point is not what is under test.
State &state()
{
    static State *s = new State;
    return *s;
}

const char *const kSuffixes[] = {".geojson", ".csv", ".zip", ".kml", ".gml", ".dxf", ".gpkg", ".kmz"};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    State &s = state();
    s.app = std::make_unique<QCoreApplication>(*argc, *argv);
    store::setUiLanguage(QStringLiteral("en"));
    s.dir = std::make_unique<QTemporaryDir>();
    QFile def(QStringLiteral(TERRITORI_SOURCE_DIR "/tests/data/import/project.json"));
    if (!def.open(QIODevice::ReadOnly))
        abort();
    // With a multi-part copy of "aree", so rows go whole into a multi-part layer too.
    QJsonObject definition = QJsonDocument::fromJson(def.readAll()).object();
    QJsonArray layers = definition.value(QStringLiteral("layers")).toArray();
    QJsonObject multi = layers.at(0).toObject();
    multi.insert(QStringLiteral("name"), QStringLiteral("aree_multi"));
    multi.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("it"), QStringLiteral("Aree in più parti")},
                                                      {QStringLiteral("en"), QStringLiteral("Multi-part sites")}}); // unique
    multi.insert(QStringLiteral("multi"), true);
    layers.append(multi);
    definition.insert(QStringLiteral("layers"), layers);
    s.project = store::Project::create(s.dir->filePath(QStringLiteral("p")), definition);
    gis::ensureGdal();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t kind = data[0] % (sizeof(kSuffixes) / sizeof(kSuffixes[0]));
    const QString path = QStringLiteral("/vsimem/fuzz/input%1").arg(QLatin1String(kSuffixes[kind]));
    const QByteArray gdalPath = path.toUtf8();
    VSILFILE *f = VSIFileFromMemBuffer(gdalPath.constData(), const_cast<GByte *>(data + 1), vsi_l_offset(size - 1),
                                       FALSE);
    if (!f)
        return 0;
    VSIFCloseL(f);
    {
        gis::Importer importer(*state().project);
        gis::ImportOptions o;
        o.path = path;
        // The first byte's spare bits: a multi-part target, no target (the layer that fits is chosen), split rows.
        o.targetLayer = kind == 1 ? QStringLiteral("punti") : (data[0] & 0x08) ? QStringLiteral("aree_multi") : QStringLiteral("aree");
        if (data[0] & 0x10)
            o.targetLayer.clear();
        o.splitMultiPart = data[0] & 0x20;
        o.srsEpsg = 3003;
        o.overrideFileSrs = true;
        o.repairGeometries = data[0] & 0x80;
        o.allowOutsideTerritory = data[0] & 0x40;
        o.importValidRows = true;
        if (!importer.prepare(o) && importer.source() && importer.source()->layers().size() > 1) {
            o.sourceLayer = importer.source()->layers().back().id;
            importer.prepare(o);
        }
        if (importer.problem() == gis::Importer::Problem::None) {
            importer.preview(3);
            gis::ImportReport report;
            if (importer.check(report))
                importer.write(report, {QStringLiteral("fuzz"), QStringLiteral("fuzz")});
            report.toCsv();
        }
    }
    VSIUnlink(gdalPath.constData());
    return 0;
}
