// territori-import: a comune's GIS file into a project's layer, from a shell (scripted bulk uploads).
//   territori-import FILE --project DIR --layer LAYER [--source-layer NAME] [--srs EPSG:N [--force-srs]]
//                    [--x COL --y COL | --wkt COL] [--map COLUMN=FIELD ...] [--set FIELD=VALUE ...] [--no-auto-map]
//                    [--comune NAME] [--officer NAME] [--repair] [--allow-outside] [--split-multipart] [--valid-only]
//                    [--report OUT.csv] [--dry-run] [--lang it|en] [--quiet]
// Every row is checked; either every row is imported, or (--valid-only) the valid rows are, in one transaction that
// is written while the file is read (Importer::run) and rolled back at the first rejected row unless --valid-only.
// Imported features wait in the outbox for the next sync.
// Exit status: 0 every row imported (or, with --dry-run, every row valid); 3 the valid rows were imported and the
// others rejected (--valid-only); 2 nothing was imported because of the file (its problems are listed, and in the
// report); 1 usage, options, or the project could not be written; 4 cancelled.

#include "cli/commandline.h"
#include "importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSysInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#include <cstdio>

using namespace territori;
using namespace territori::gis;

namespace {

std::atomic_bool g_cancel{false};

void onSignal(int)
{
    g_cancel = true;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString issueLine(const ImportIssue &i)
{
    const QString where = i.field.isEmpty() ? QCoreApplication::translate("Import", "row %1").arg(i.row)
                                            : QCoreApplication::translate("Import", "row %1, %2").arg(i.row).arg(i.field);
    return QStringLiteral("  %1 %2: %3")
        .arg(i.severity == ImportIssue::Severity::Error ? QStringLiteral("✗") : QStringLiteral("!"), where, i.message);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("territori-import"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TERRITORI_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Imports a GIS file (Shapefile, ZIP, GeoPackage, GeoJSON, KML/KMZ, GML, "
                                               "DXF, CSV) into a layer of a Territori project."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the file to import"));
    const QCommandLineOption project({QStringLiteral("project")}, QStringLiteral("project folder"), QStringLiteral("DIR"));
    const QCommandLineOption layer({QStringLiteral("layer")}, QStringLiteral("the project's layer to import into"),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption sourceLayer({QStringLiteral("source-layer")},
                                         QStringLiteral("the file's layer (GeoPackage, ZIP with several files)"),
                                         QStringLiteral("NAME"));
    const QCommandLineOption srs({QStringLiteral("srs")},
                                 QStringLiteral("coordinate system of the file, when it names none (e.g. EPSG:3003)"),
                                 QStringLiteral("EPSG:N"));
    const QCommandLineOption forceSrs({QStringLiteral("force-srs")},
                                      QStringLiteral("use --srs even though the file names another system"));
    const QCommandLineOption x({QStringLiteral("x")}, QStringLiteral("CSV: the X (easting/longitude) column"),
                               QStringLiteral("COL"));
    const QCommandLineOption y({QStringLiteral("y")}, QStringLiteral("CSV: the Y (northing/latitude) column"),
                               QStringLiteral("COL"));
    const QCommandLineOption wkt({QStringLiteral("wkt")}, QStringLiteral("CSV: the WKT geometry column"),
                                 QStringLiteral("COL"));
    const QCommandLineOption map({QStringLiteral("map")}, QStringLiteral("take FIELD from the file's COLUMN (repeatable)"),
                                 QStringLiteral("COLUMN=FIELD"));
    const QCommandLineOption set({QStringLiteral("set")}, QStringLiteral("the same VALUE in FIELD for every row (repeatable)"),
                                 QStringLiteral("FIELD=VALUE"));
    const QCommandLineOption noAuto({QStringLiteral("no-auto-map")},
                                    QStringLiteral("do not match columns to fields by name; only --map and --set"));
    const QCommandLineOption comune({QStringLiteral("comune")}, QStringLiteral("the comune the file comes from"),
                                    QStringLiteral("NAME"));
    const QCommandLineOption officer({QStringLiteral("officer")}, QStringLiteral("who imports it"), QStringLiteral("NAME"));
    const QCommandLineOption repair({QStringLiteral("repair")}, QStringLiteral("repair invalid geometries instead of "
                                                                              "rejecting them"));
    const QCommandLineOption allowOutside({QStringLiteral("allow-outside")},
                                          QStringLiteral("accept features outside the metropolitan territory"));
    const QCommandLineOption splitMultiPart({QStringLiteral("split-multipart")},
                                            QStringLiteral("import a row of several parts into a single-part layer as one "
                                                           "feature per part, each with the row's values"));
    const QCommandLineOption validOnly({QStringLiteral("valid-only")},
                                       QStringLiteral("import the valid rows even if others are rejected"));
    const QCommandLineOption reportFile({QStringLiteral("report")}, QStringLiteral("write the report of every problem "
                                                                                  "(CSV)"),
                                        QStringLiteral("OUT.csv"));
    const QCommandLineOption dryRun({QStringLiteral("dry-run")}, QStringLiteral("check only; write nothing"));
    const QCommandLineOption lang({QStringLiteral("lang")}, QStringLiteral("language of the messages: it or en"),
                                  QStringLiteral("it|en"));
    const QCommandLineOption quiet({QStringLiteral("quiet")}, QStringLiteral("print only the outcome"));
    p.addOptions({project, layer, sourceLayer, srs, forceSrs, x, y, wkt, map, set, noAuto, comune, officer, repair,
                  allowOutside, splitMultiPart, validOnly, reportFile, dryRun, lang, quiet});
    p.process(app);

    QTranslator translator;
    cli::useLanguage(p.value(lang), translator);

    if (p.positionalArguments().size() != 1 || !p.isSet(project) || !p.isSet(layer)) {
        err() << "usage: territori-import FILE --project DIR --layer LAYER [options]  (--help)\n";
        return 1;
    }
    ImportOptions o;
    o.path = p.positionalArguments().front();
    o.targetLayer = p.value(layer);
    o.sourceLayer = p.value(sourceLayer);
    if (p.isSet(srs)) {
        o.srsEpsg = parseEpsg(p.value(srs));
        if (o.srsEpsg == 0) {
            err() << "territori-import: --srs needs an EPSG code, e.g. EPSG:3003\n";
            return 1;
        }
    }
    o.overrideFileSrs = p.isSet(forceSrs);
    o.geometryColumns.wkt = p.value(wkt);
    o.geometryColumns.x = p.value(x);
    o.geometryColumns.y = p.value(y);
    if (o.geometryColumns.x.isEmpty() != o.geometryColumns.y.isEmpty()) {
        err() << "territori-import: --x and --y go together\n";
        return 1;
    }
    o.automaticMapping = !p.isSet(noAuto);
    for (const QString &m : p.values(map)) {
        const int eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == m.size() - 1) {
            err() << "territori-import: --map needs COLUMN=FIELD, not '" << m << "'\n";
            return 1;
        }
        o.mapping.push_back(FieldMap{m.mid(eq + 1), m.left(eq), QVariant(), false});
    }
    for (const QString &s : p.values(set)) {
        const int eq = s.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err() << "territori-import: --set needs FIELD=VALUE, not '" << s << "'\n";
            return 1;
        }
        o.mapping.push_back(FieldMap{s.left(eq), QString(), s.mid(eq + 1), false});
    }
    o.comune = p.value(comune);
    o.officer = p.value(officer);
    o.repairGeometries = p.isSet(repair);
    o.allowOutsideTerritory = p.isSet(allowOutside);
    o.importValidRows = p.isSet(validOnly);
    o.splitMultiPart = p.isSet(splitMultiPart);
    const bool verbose = !p.isSet(quiet);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    std::unique_ptr<store::Project> proj;
    try {
        proj = store::Project::open(p.value(project));
    } catch (const store::StoreError &e) {
        err() << "territori-import: " << e.message() << "\n";
        return 1;
    }
    Importer importer(*proj);
    if (!importer.prepare(o)) {
        err() << "territori-import: " << importer.message() << "\n";
        return importer.problem() == Importer::Problem::File ? 2 : 1;
    }
    const SourceFile &source = *importer.source();
    if (verbose) {
        out() << QCoreApplication::translate("Import", "File: %1 (%2), layer %3")
                     .arg(source.fileName(), source.format(), source.selected().id)
              << "\n";
        out() << (importer.transforms()
                      ? QCoreApplication::translate("Import", "Coordinates: %1, converted to WGS 84").arg(importer.sourceSrsDescription())
                      : QCoreApplication::translate("Import", "Coordinates: %1, as the project keeps them").arg(importer.sourceSrsDescription()))
              << "\n";
        QStringList mapped, unmapped;
        for (const FieldMap &m : importer.mapping()) {
            if (!m.source.isEmpty())
                mapped << QStringLiteral("%1 ← %2").arg(m.target, m.source);
            else if (m.constant.isValid())
                mapped << QStringLiteral("%1 = '%2'").arg(m.target, m.constant.toString());
            else
                unmapped << m.target;
        }
        out() << QCoreApplication::translate("Import", "Fields: %1").arg(mapped.join(QStringLiteral(", "))) << "\n";
        if (!unmapped.isEmpty())
            out() << QCoreApplication::translate("Import", "Left empty: %1").arg(unmapped.join(QStringLiteral(", "))) << "\n";
        out().flush();
    }

    ImportReport report;
    store::EditContext context{o.officer.isEmpty() ? QStringLiteral("territori-import") : o.officer,
                               QStringLiteral("territori-import@%1").arg(QSysInfo::machineHostName())};
    // One pass unless only checking: the choice between all rows and the valid ones is already made.
    const bool dry = p.isSet(dryRun);
    bool written = false;
    bool checked = false;
    try {
        written = !dry && importer.run(report, context, {}, &g_cancel);
        checked = dry ? importer.check(report, {}, &g_cancel) : report.checked;
    } catch (const store::StoreError &e) { // reading the project's features to find duplicates
        err() << "territori-import: " << e.message() << "\n";
        return 1;
    }
    auto saveReport = [&] {
        if (!p.isSet(reportFile))
            return true;
        QString error;
        if (!report.saveCsv(p.value(reportFile), &error)) {
            err() << "territori-import: " << error << "\n";
            return false;
        }
        return true;
    };
    if (!checked) {
        err() << "territori-import: " << importer.message() << "\n";
        saveReport();
        if (importer.cancelled())
            return 4;
        return importer.storeError() != store::ErrorKind::None ? 1 : 2;
    }
    for (const QString &n : report.notes)
        out() << "  " << n << "\n";
    out() << QCoreApplication::translate("Import", "Checked %1 rows: %2 valid, %3 rejected, %4 repaired, %5 warnings.")
                 .arg(report.rowsRead)
                 .arg(report.rowsValid)
                 .arg(report.rowsRejected)
                 .arg(report.rowsRepaired)
                 .arg(report.warnings)
          << "\n";
    if (verbose) {
        const int shown = 20;
        for (size_t i = 0; i < report.issues.size() && i < size_t(shown); ++i)
            out() << issueLine(report.issues[i]) << "\n";
        if (report.issues.size() > size_t(shown))
            out() << "  " << QCoreApplication::translate("Import", "... and %1 more (see --report).").arg(int(report.issues.size()) - shown + report.issuesDropped)
                  << "\n";
    }
    if (report.rowsMultiPart > report.rowsSplit && !o.splitMultiPart)
        out() << "  "
              << QCoreApplication::translate("Import", "%n rows hold several parts and the layer holds single ones: --split-multipart "
                    "imports each part as a feature of its own.", nullptr, report.rowsMultiPart)
              << "\n";
    out().flush();
    if (dry) {
        if (!saveReport())
            return 1;
        return report.rowsRejected == 0 ? 0 : 2;
    }
    const bool saved = saveReport();
    if (!written) {
        err() << "territori-import: " << importer.message() << "\n";
        if (importer.cancelled())
            return 4;
        return importer.storeError() != store::ErrorKind::None ? 1 : 2;
    }
    out() << QCoreApplication::translate("Import", "Imported %1 features into %2 (import %3); they will be sent with the next sync.")
                 .arg(report.rowsImported)
                 .arg(o.targetLayer, report.importId)
          << "\n";
    if (!saved)
        return 1;
    return report.rowsRejected > 0 ? 3 : 0;
}
