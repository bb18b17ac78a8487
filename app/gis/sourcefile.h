#pragma once

// A comune's GIS file opened for import: which format it is, what layers it holds (a GeoPackage may hold several, a
// ZIP may hold several files), their columns and coordinate system, and a row-by-row stream of one layer that never
// holds more than one feature in memory.
//
// Before GDAL reads anything the file is checked for what GDAL would read silently wrong or not at all: an empty file,
// a ZIP entry that points outside the archive's folder (refused: nothing is ever extracted to disk, entries are read
// through /vsizip/), a Shapefile without its .shx or .dbf, or whose .shp/.dbf is shorter than its header says, or
// whose .dbf and .shx disagree on the number of records. Text in a .dbf or CSV is read raw and decoded here
// (textencoding.h): in the encoding the file declares when its bytes are valid there, otherwise, value by value, as
// Windows-1252, and the file's notes say so; a file whose bytes are neither is refused.

#include "crs.h"
#include "gdalsupport.h"
#include "textencoding.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace territori::gis {

// The longest value (in bytes) a file's column may hold. Any field's own maxLength is checked too; this cap keeps a
// damaged or hostile file from pushing megabytes into one feature.
constexpr qint64 kMaxValueBytes = 64 * 1024;
// The largest geometry (as WKB) a row may hold: about two million vertices.
constexpr qint64 kMaxGeometryBytes = 32 * 1024 * 1024;

struct SourceColumn
{
    QString name;
    QString type; // "text", "integer", "decimal", "date", "datetime", "time", "boolean", "list", "binary"
};

struct SourceLayer
{
    QString id;           // what a caller passes to choose it: the layer name, or "entry|name" when names repeat
    QString name;         // the layer's name in its dataset
    QString entry;        // inside a ZIP: the entry the layer comes from ("dati/aree.shp")
    QString geometryType; // "Point", "LineString", "Polygon", "MultiPolygon", ..., "None", "Unknown"
    qint64 featureCount = -1;
    std::vector<SourceColumn> columns;
    CrsInfo crs;
    int dataset = 0; // index into the opened datasets
};

class SourceFile
{
public:
    // Opens and inspects a file; on failure returns null and *error says what is wrong, naming the file.
    static std::unique_ptr<SourceFile> open(const QString &path, QString *error);
    ~SourceFile();

    QString path() const { return m_path; }
    QString fileName() const { return m_fileName; }
    QString format() const { return m_format; } // GDAL driver short name: "ESRI Shapefile", "GPKG", "CSV", ...
    bool isTable() const { return m_format == QLatin1String("CSV"); }
    bool zipped() const { return m_zipped; }
    const std::vector<SourceLayer> &layers() const { return m_layers; }
    const SourceLayer *layer(const QString &id) const;
    QStringList notes() const { return m_notes; }
    // Sizes and times of every file GDAL reads for the dataset, to notice a file changed between check and import.
    QString stamp() const;

    // ---- Streaming one layer ---------------------------------------------------------------------------------------
    struct Row
    {
        int number = 0;  // 1-based position in the file
        qint64 fid = -1; // the file's own feature id
        FeaturePtr feature;
        std::vector<QVariant> values; // per column; invalid = null. Text decoded, lists as QStringList
        std::vector<bool> oversized;  // per column: longer than kMaxValueBytes (value left null)
    };
    enum class Next { Row, End, Failed };

    // Selects the layer to stream and rewinds to its first row.
    bool select(const QString &id, QString *error);
    const SourceLayer &selected() const { return m_layers[size_t(m_current)]; }
    void rewind();
    // The next row. Failed: the file is damaged at that point; *error names the row and what GDAL said.
    Next next(Row &row, QString *error);
    OGRLayerH ogrLayer() const { return m_ogrLayer; }

private:
    SourceFile() = default;
    bool openDataset(const QString &gdalPath, const QString &entry, QString *error);
    // How the dataset's raw text is decoded; false (and *error) when its bytes cannot be read as text.
    bool settleEncoding(GDALDatasetH ds, const QString &driver, const QString &gdalPath, const QString &what,
                        QString *error);
    QVariant decode(const char *text) const;

    QString m_path;
    QString m_fileName;
    QString m_format;
    bool m_zipped = false;
    std::vector<DatasetPtr> m_datasets;
    std::vector<QString> m_datasetPaths;
    std::vector<TextDecoder> m_decoders; // per dataset: how its text is decoded
    std::vector<SourceLayer> m_layers;
    QStringList m_notes;
    int m_current = -1;
    OGRLayerH m_ogrLayer = nullptr;
    int m_rowNumber = 0;
};

// Entries of a ZIP archive as its central directory names them (not as a reader would clean them up).
struct ZipEntry
{
    QString name;
    bool directory = false;
};
bool listZipEntries(const QString &path, std::vector<ZipEntry> &entries, QString *error);
// Whether an entry name stays inside the archive's folder: no absolute path, drive letter or ".." component.
bool isSafeZipEntry(const QString &name);

} // namespace territori::gis
