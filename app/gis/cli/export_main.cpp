// territori-export: a project's layers as files QGIS opens as they are.
//   territori-export PROJECT (--layer LAYER ... | --all) --format gpkg|geojson|shp|csv [--srs EPSG:N] --out PATH
//                    [--lang it|en]
// gpkg writes one file with every layer; the other formats write PATH itself when one layer is exported and PATH
// ends with the format's extension, otherwise one file per layer in the folder PATH. Shapefile column names are cut
// to 10 characters and the renamed ones are listed.
// Exit status: 0 written; 1 usage or options; 2 the export failed (nothing was left behind); 4 cancelled.

#include "crs.h"
#include "exporter.h"
#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <csignal>

using namespace territori;
using namespace territori::gis;

namespace {
std::atomic_bool g_cancel{false};
void onSignal(int)
{
    g_cancel = true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("territori-export"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TERRITORI_VERSION));
    QTextStream out(stdout), err(stderr);

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Exports layers of a Territori project to GeoPackage, GeoJSON, Shapefile "
                                               "or CSV."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("project folder"));
    const QCommandLineOption layer({QStringLiteral("layer")}, QStringLiteral("a layer to export (repeatable)"),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption all({QStringLiteral("all")}, QStringLiteral("every layer of the project but the hidden ones (table sessions, participants: name them with --layer)"));
    const QCommandLineOption format({QStringLiteral("format")}, QStringLiteral("gpkg, geojson, shp or csv"),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption srs({QStringLiteral("srs")}, QStringLiteral("coordinate system of the output (default "
                                                                        "EPSG:4326)"),
                                 QStringLiteral("EPSG:N"));
    const QCommandLineOption outPath({QStringLiteral("out")}, QStringLiteral("output file or folder"),
                                     QStringLiteral("PATH"));
    const QCommandLineOption lang({QStringLiteral("lang")}, QStringLiteral("language of the messages: it or en"),
                                  QStringLiteral("it|en"));
    p.addOptions({layer, all, format, srs, outPath, lang});
    p.process(app);

    QTranslator translator;
    cli::useLanguage(p.value(lang), translator);

    if (p.positionalArguments().size() != 1 || !p.isSet(format) || !p.isSet(outPath) ||
        p.isSet(layer) == p.isSet(all)) {
        err << "usage: territori-export PROJECT (--layer LAYER | --all) --format gpkg|geojson|shp|csv [--srs EPSG:N] "
               "--out PATH  (--help)\n";
        return 1;
    }
    ExportOptions o;
    o.layers = p.values(layer);
    o.format = p.value(format);
    o.outPath = p.value(outPath);
    if (p.isSet(srs)) {
        o.srsEpsg = parseEpsg(p.value(srs));
        if (o.srsEpsg == 0) {
            err << "territori-export: --srs needs an EPSG code, e.g. EPSG:3003\n";
            return 1;
        }
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::unique_ptr<store::Project> project;
    try {
        project = store::Project::open(p.positionalArguments().front());
    } catch (const store::StoreError &e) {
        err << "territori-export: " << e.message() << "\n";
        return 1;
    }
    Exporter exporter(*project);
    ExportReport report;
    if (!exporter.run(o, report, {}, &g_cancel)) {
        err << "territori-export: " << exporter.message() << "\n";
        return exporter.cancelled() ? 4 : 2;
    }
    for (const RenamedColumn &r : report.renamed)
        out << QCoreApplication::translate("Import", "%1: column '%2' written as '%3' (Shapefile names have at most 10 characters)")
                   .arg(r.layer, r.column, r.shortName)
            << "\n";
    for (const QString &n : report.notes)
        out << n << "\n";
    out << QCoreApplication::translate("Import", "Exported %1 features in %2 to %3").arg(report.features).arg(report.srs, report.files.join(QStringLiteral(", ")))
        << "\n";
    return 0;
}
