#pragma once

// Importing a comune's GIS file into a layer, in two streaming passes over the file:
//
//   prepare()  opens the file, chooses its layer, settles the coordinate system (the file's own, or the user's
//              choice when it names none: never a guess) and the field mapping (automatic by name unless given);
//   preview()  converts the first rows as the import would, for the mapping page;
//   check()    pass 1: reads every row and validates it without storing anything: geometry present, of the
//              layer's type (a multi-part geometry only when it has one part), valid (repaired on request),
//              on the territory, values converted and checked with the store's own rules (validateRecord), no
//              duplicate in the file or in the layer. The report lists each problem with its row and reason;
//   write()    pass 2: reads the file again and hands the rows check() accepted to EditGateway::importFeatures,
//              which writes them, their outbox entries and the import's record in one transaction;
//   run()      both in one pass, for scripted imports (territori-import) where the choice between "nothing unless
//              every row is valid" and "the valid rows" is made before the file is read: each row is checked as it
//              is read and written at once; a rejected row under "nothing" rolls the transaction back and the rest
//              of the file is only checked, so the report is the one check() gives (but for a row whose coordinates
//              cannot be converted to WGS 84, rejected here, where write() would stop the whole import on it). The
//              app keeps two passes, because there a person reads the report before choosing.
//
// Memory stays bounded: one feature at a time, plus a byte per row and a 16-byte key per row for duplicates (and
// 40 bytes per written row for the spatial index, spatialindex.h).
// Coordinates are reprojected to the store's EPSG:4326 (longitude, latitude) through PROJ in pass 2 only; pass 1
// checks validity in the file's own system and the territory on each row's transformed bounding box.

#include "fieldmatch.h"
#include "sourcefile.h"

#include "editgateway.h"
#include "project.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace territori::gis {

// Where a table (CSV) takes its geometry from. Empty: the file's own geometry, else columns found by name
// ("wkt", "geom", ... or "x"/"y", "lon"/"lat", "est"/"nord").
struct GeometryColumns
{
    QString wkt;
    QString x;
    QString y;
    bool isEmpty() const { return wkt.isEmpty() && x.isEmpty() && y.isEmpty(); }
};

struct ImportOptions
{
    QString path;
    QString sourceLayer;  // the file's layer; may stay empty when the file has one
    QString targetLayer;  // the project's layer; empty: the one that fits the file (Importer::targetReason says why)
    GeometryColumns geometryColumns;
    int srsEpsg = 0;           // the coordinate system chosen by the user; needed when the file names none
    bool overrideFileSrs = false; // use srsEpsg although the file names another (a wrong .prj)
    bool automaticMapping = true; // match columns by name; then `mapping` only overrides the fields it lists
    std::vector<FieldMap> mapping;
    bool repairGeometries = false;    // invalid geometries are repaired (OGR_G_MakeValid) instead of rejected
    bool allowOutsideTerritory = false; // rows entirely off the territory are warned about, not rejected
    bool importValidRows = false;      // false: any rejected row means nothing is imported
    // A row of several parts going into a single-part layer becomes one feature per part, each with the row's values
    // (false: such a row is rejected, and the message names this option).
    bool splitMultiPart = false;
    QString comune;
    QString officer;
};

struct ImportIssue
{
    enum class Severity { Error, Warning };
    int row = 0;      // 1-based position in the file; 0 for the whole file
    qint64 fid = -1;  // the file's own feature id, when it has one
    QString field;    // the layer's field (or file column) concerned, if any
    Severity severity = Severity::Error;
    QString code;     // stable: geometry-missing, geometry-type, geometry-invalid, geometry-repaired, geometry-size,
                      // split, coordinates, outside-territory, partly-outside, value, value-too-long, required,
                      // constraint, duplicate, duplicate-existing
    QString message;  // translated, names the row and what is wrong
};

// Per-row verdict of pass 1, one byte per row (pass 2 follows it).
enum RowState : unsigned char { RowRejected = 0, RowValid = 1, RowRepaired = 2 };

struct ImportReport
{
    QString fileName;
    QString fileSha256;
    QString format;
    QString sourceLayer;
    QString targetLayer;
    QString sourceSrs;          // what the coordinates were read as
    QStringList notes;          // file-level remarks: encoding, coordinate system, Z/M dropped, columns not imported,
                                // rows off the territory
    int rowsRead = 0;
    int rowsValid = 0;          // accepted by pass 1 (including repaired ones)
    int rowsRejected = 0;
    int rowsRepaired = 0;
    int warnings = 0;
    int rowsMultiPart = 0;      // rows of several parts for a single-part layer (split, or rejected without the option)
    int rowsSplit = 0;          // valid rows split into one feature per part
    int featuresFromSplit = 0;  // the features those rows become
    int rowsWithZ = 0;          // rows whose geometry has heights (Z other than 0), which the layer does not keep
    int rowsWithM = 0;          // rows whose geometry has measures (M other than 0), likewise
    QStringList unusedColumns;  // the file's columns no field takes (geometry columns excepted)
    std::vector<ImportIssue> issues; // at most kMaxIssues kept; issuesDropped counts the rest
    int issuesDropped = 0;
    bool checked = false;       // pass 1 ran to the end
    bool imported = false;      // pass 2 committed
    int rowsImported = 0;       // features written (a split row counts once per part)
    QString importId;           // territori_imports.id when imported
    store::Envelope importedExtent; // longitude/latitude bounds of the imported features
    QDateTime startedAt;
    QDateTime finishedAt;

    std::vector<unsigned char> rowStates; // RowState per row
    QString fileStamp;                    // sizes and times of the files read, to notice a change before pass 2

    // The features the valid rows become (a split row counts once per part).
    int featuresToImport() const { return rowsValid - rowsSplit + featuresFromSplit; }

    // The report as CSV (row, fid, severity, code, field, message), file-level notes first as row 0.
    QString toCsv() const;
    bool saveCsv(const QString &path, QString *error) const;
};

struct PreviewRow
{
    int row = 0;
    QStringList source;     // per source column, as text
    QStringList converted;  // per mapping entry (layer field), the value that would be stored, as text
    QStringList problems;   // what check() would say about this row (values and geometry)
};

struct Preview
{
    QStringList sourceColumns;
    std::vector<FieldMap> mapping;
    std::vector<PreviewRow> rows;
};

class Importer
{
public:
    // What prepare() needs from the user before an import can go on.
    enum class Problem {
        None,
        File,            // the file cannot be read (message says why)
        ChooseSourceLayer, // several layers: sourceLayer must name one
        ChooseSrs,       // the file names no coordinate system: srsEpsg must be chosen
        SrsMismatch,     // srsEpsg differs from the file's own: confirm with overrideFileSrs
        TargetLayer,     // the project has no such layer, or it cannot be edited
        GeometryColumns, // a table without geometry columns, or the named ones do not exist
        Mapping          // a mapping names a column or field that does not exist
    };

    static constexpr int kMaxIssues = 200000;

    using Progress = std::function<void(double)>;

    explicit Importer(store::Project &project);
    ~Importer();

    bool prepare(const ImportOptions &options);
    Problem problem() const { return m_problem; }
    QString message() const { return m_message; }
    // The file as inspected (null when prepare failed before opening it).
    const SourceFile *source() const { return m_source.get(); }
    const ImportOptions &options() const { return m_options; }
    const std::vector<FieldMap> &mapping() const { return m_mapping; }
    QString sourceSrsDescription() const { return m_sourceSrsText; }
    // Why prepare() chose the target layer, when the options left it empty ("it holds polygons, as the file does, and
    // 5 of the file's 7 columns match its fields."); empty when the options named it.
    QString targetReason() const { return m_targetReason; }
    // Whether coordinates are converted (false: the file is already in WGS 84 longitude/latitude).
    bool transforms() const { return !m_identity; }

    Preview preview(int rows);

    // Pass 1. False when the file could not be read to the end (damaged, cancelled): message() says why.
    bool check(ImportReport &report, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    // Pass 2, after a complete check() of the same file. Imports the valid rows when the options allow it or when
    // all rows are valid; otherwise imports nothing and says so. `context` is who imports (author, device).
    bool write(ImportReport &report, const store::EditContext &context, const Progress &progress = {},
               const std::atomic_bool *cancel = nullptr);
    // Both passes in one (see above). The report is complete whenever the file could be read to the end
    // (report.checked), whether or not anything was imported (report.imported); false and message() as write().
    bool run(ImportReport &report, const store::EditContext &context, const Progress &progress = {},
             const std::atomic_bool *cancel = nullptr);

    // Whether the last check()/write() stopped because it was cancelled.
    bool cancelled() const { return m_cancelled; }
    // The store's kind of failure when write() failed in the store (disk full, busy, ...), None otherwise.
    store::ErrorKind storeError() const { return m_storeError; }

private:
    // importer_p.h
    struct Evaluated;
    struct CheckState;
    struct Item;
    using Produce = std::function<void(Item &)>;
    bool fail(Problem p, const QString &message);
    bool settleSrs();
    bool settleGeometryColumns();
    bool settleMapping();
    void evaluate(SourceFile::Row &row, Evaluated &out, bool writing, unsigned char state);
    // The layer that fits the file: of its geometry kind, with the most columns matched (importer.cpp).
    bool chooseTarget();
    GeometryPtr rowGeometry(SourceFile::Row &row, Evaluated &out);
    // Brings a row's geometry to what the layer holds: a single shape, or a multi-part one of the layer's kind for a
    // multi-part layer or (with allowSplit and the option) for splitting; false with an issue otherwise.
    bool fitGeometry(GeometryPtr &g, Evaluated &out, bool allowSplit);
    // GEOS validity of the whole geometry, or of each part when the row is split; *reason says what is wrong.
    bool validGeometry(OGRGeometryH g, bool perPart, QString *reason) const;
    void checkTerritory(OGRGeometryH g, Evaluated &out);
    // Conversion of a checked row's geometry to the store's (EPSG:4326); false with an issue when it fails.
    bool toStore(Evaluated &out);
    void indexExisting();
    bool duplicateOfExisting(store::Database &db, const QByteArray &attributesKey, OGRGeometryH g, QString *uuid);
    // Resets the last pass's outcome; false when prepare() did not succeed.
    bool startPass();
    // Pass 1's parts, shared by check() and run().
    void beginReport(ImportReport &report, bool hash = true);
    void checkRow(SourceFile::Row &row, Evaluated &ev, CheckState &state, ImportReport &report);
    bool finishReport(ImportReport &report, const CheckState &state);
    bool refusesRejectedRows(const ImportReport &report);
    // Pass 2's pipeline: `produce` runs on a second thread, this one writes through EditGateway::importFeatures.
    bool writeRows(ImportReport &report, store::ImportRecord &record, const store::EditContext &context,
                   const Produce &produce);
    store::ImportRecord importRecord(const ImportReport &report) const;
    // A checked row converted into the feature the gateway writes (source: "import <id>: <file> row <n>").
    void prepareRow(Item &item, store::Geometry &&geometry, QVariantMap attributes, int number, int part, int parts,
                    const QString &sourcePrefix);
    // A checked, converted row as the features it becomes: one, or one per part (ev.parts > 1), the first into
    // `item`, the others queued in `pending` for the next calls of the producer.
    struct Piece;
    void produceRow(Item &item, Evaluated &ev, std::vector<Piece> &pending, const QString &sourcePrefix);
    bool producePending(Item &item, std::vector<Piece> &pending, const QString &sourcePrefix);
    QByteArray attributesKey(const QVariantMap &attributes) const;

    store::Project &m_project;
    ImportOptions m_options;
    Problem m_problem = Problem::None;
    QString m_message;
    std::unique_ptr<SourceFile> m_source;
    const store::LayerDef *m_layer = nullptr;
    std::vector<FieldMap> m_mapping;
    std::vector<int> m_mappingColumns; // per mapping entry: source column index, -1 = constant/none
    QStringList m_unusedColumns;       // the file's columns no field takes (geometry columns excepted)
    QString m_targetReason;
    int m_wktColumn = -1;
    int m_xColumn = -1;
    int m_yColumn = -1;
    SrsPtr m_sourceSrs;
    SrsPtr m_storeSrs;
    TransformPtr m_toStore;
    bool m_identity = false; // the file is already in EPSG:4326 lon/lat
    QString m_sourceSrsText;
    store::Envelope m_territory;
    bool m_projected = false;
    bool m_cancelled = false;
    store::ErrorKind m_storeError = store::ErrorKind::None;
    // Existing features of the layer by the key of their values (built once, on the first check).
    bool m_existingIndexed = false;
    // While writing: whether the writing thread has chunks waiting, so the reading one should prepare rows for it.
    std::atomic_bool m_writerBehind{false};
    std::unordered_multimap<std::string, qint64> m_existing;
};

// Whether a comune's file may go into a layer: the survey layers. Participation layers take citizens' words, not a
// comune's files; drafts come from the SIT; hidden layers hold personal data. The import page offers these, and an
// import whose options leave the target empty chooses among them. Inline: the app's page uses it without linking GDAL.
inline bool isImportTarget(const store::LayerDef &l)
{
    return !l.readOnly && !l.hidden && l.inMenu && l.moderationState.isEmpty() && l.definitionErrors.isEmpty() &&
           l.geometry != store::GeometryKind::None;
}

// The Città metropolitana di Milano's bounding box (longitude/latitude), used when a project states no extent.
store::Envelope metropolitanTerritory();

} // namespace territori::gis
