#include "sourcefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QTextCodec>
#include <QTimeZone>
#include <QtEndian>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include <cstring>

namespace territori::gis {

namespace {

// The drivers an import may use. A file that only another driver would read is refused rather than read by
// something nobody tested (and the fuzz target reaches only these).
const char *const kDrivers[] = {"ESRI Shapefile", "GPKG", "GeoJSON", "GeoJSONSeq", "LIBKML", "KML", "GML", "DXF",
                                "CSV", nullptr};

const QStringList &candidateSuffixes()
{
    static const QStringList s{QStringLiteral("shp"), QStringLiteral("gpkg"), QStringLiteral("geojson"),
                               QStringLiteral("json"), QStringLiteral("kml"), QStringLiteral("gml"),
                               QStringLiteral("dxf"), QStringLiteral("csv")};
    return s;
}

QString suffixOf(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    const int dot = path.lastIndexOf(QLatin1Char('.'));
    return dot > slash ? path.mid(dot + 1).toLower() : QString();
}

QString baseNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

quint32 le32(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint32>(reinterpret_cast<const uchar *>(b.constData()) + at);
}
quint16 le16(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint16>(reinterpret_cast<const uchar *>(b.constData()) + at);
}
quint64 le64(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint64>(reinterpret_cast<const uchar *>(b.constData()) + at);
}
qint32 be32(const QByteArray &b, int at)
{
    return qFromBigEndian<qint32>(reinterpret_cast<const uchar *>(b.constData()) + at);
}

// A sidecar of a Shapefile, whatever the case of its extension (ARCHIVIO.SHP comes with ARCHIVIO.DBF).
QString sidecar(const QString &shp, const char *ext)
{
    const QString base = shp.left(shp.size() - 3);
    for (const QString &e : {QString::fromLatin1(ext), QString::fromLatin1(ext).toUpper()}) {
        const QString p = base + e;
        if (vsiExists(p))
            return p;
    }
    return QString();
}

// What GDAL would read silently wrong: checked on the bytes, before GDAL opens the Shapefile.
bool checkShapefile(const QString &shp, const QString &display, QString *error)
{
    const QString shx = sidecar(shp, "shx");
    const QString dbf = sidecar(shp, "dbf");
    if (shx.isEmpty()) {
        *error = QCoreApplication::translate("Import", "The Shapefile %1 has no .shx file (its index). Send all the files of the Shapefile together "
                    "(.shp, .shx, .dbf, .prj and .cpg): Territori does not rebuild a missing index, because a missing "
                    "file usually means an incomplete copy.")
                     .arg(display);
        return false;
    }
    if (dbf.isEmpty()) {
        *error = QCoreApplication::translate("Import", "The Shapefile %1 has no .dbf file (its attribute table). Send all the files of the Shapefile "
                    "together (.shp, .shx, .dbf, .prj and .cpg).")
                     .arg(display);
        return false;
    }
    const qint64 shpSize = vsiFileSize(shp);
    const QByteArray shpHeader = vsiRead(shp, 0, 100);
    if (shpHeader.size() < 100 || be32(shpHeader, 0) != 9994) {
        *error = QCoreApplication::translate("Import", "%1 is not a Shapefile or its header is damaged.").arg(display);
        return false;
    }
    if (qint64(be32(shpHeader, 24)) * 2 > shpSize) {
        *error = QCoreApplication::translate("Import", "The .shp file of %1 is truncated: its header declares %2 bytes, the file has %3. Copy it again "
                    "from the original.")
                     .arg(display)
                     .arg(qint64(be32(shpHeader, 24)) * 2)
                     .arg(shpSize);
        return false;
    }
    const qint64 shxSize = vsiFileSize(shx);
    const QByteArray shxHeader = vsiRead(shx, 0, 100);
    if (shxHeader.size() < 100 || be32(shxHeader, 0) != 9994 || qint64(be32(shxHeader, 24)) * 2 > shxSize) {
        *error = QCoreApplication::translate("Import", "The .shx file of %1 is damaged or truncated. Copy the Shapefile again from the original.")
                     .arg(display);
        return false;
    }
    const qint64 shapes = (shxSize - 100) / 8;
    const qint64 dbfSize = vsiFileSize(dbf);
    const QByteArray dbfHeader = vsiRead(dbf, 0, 32);
    if (dbfHeader.size() < 32 || le16(dbfHeader, 8) < 32 || le16(dbfHeader, 10) < 1) {
        *error = QCoreApplication::translate("Import", "The .dbf file of %1 is damaged: its header cannot be read.").arg(display);
        return false;
    }
    const qint64 records = le32(dbfHeader, 4);
    const qint64 headerLength = le16(dbfHeader, 8);
    const qint64 recordLength = le16(dbfHeader, 10);
    if (headerLength + records * recordLength > dbfSize) {
        *error = QCoreApplication::translate("Import", "The .dbf file of %1 is truncated: its header declares %2 records, the file holds only %3. Copy "
                    "it again from the original.")
                     .arg(display)
                     .arg(records)
                     .arg(qMax<qint64>(0, (dbfSize - headerLength) / recordLength));
        return false;
    }
    if (records != shapes) {
        *error = QCoreApplication::translate("Import", "The files of %1 do not agree: the .shx indexes %2 shapes, the .dbf holds %3 records. They are "
                    "damaged or come from different copies.")
                     .arg(display)
                     .arg(shapes)
                     .arg(records);
        return false;
    }
    return true;
}

QString columnType(OGRFieldDefnH field)
{
    switch (OGR_Fld_GetType(field)) {
    case OFTInteger:
        return OGR_Fld_GetSubType(field) == OFSTBoolean ? QStringLiteral("boolean") : QStringLiteral("integer");
    case OFTInteger64: return QStringLiteral("integer");
    case OFTReal: return QStringLiteral("decimal");
    case OFTDate: return QStringLiteral("date");
    case OFTDateTime: return QStringLiteral("datetime");
    case OFTTime: return QStringLiteral("time");
    case OFTStringList:
    case OFTIntegerList:
    case OFTInteger64List:
    case OFTRealList: return QStringLiteral("list");
    case OFTBinary: return QStringLiteral("binary");
    default: return QStringLiteral("text");
    }
}

const QTimeZone &italianTime()
{
    static const QTimeZone rome(QByteArrayLiteral("Europe/Rome"));
    return rome;
}

} // namespace

bool isSafeZipEntry(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (n.startsWith(QLatin1Char('/')) || (n.size() >= 2 && n.at(1) == QLatin1Char(':')))
        return false;
    for (const QString &part : n.split(QLatin1Char('/')))
        if (part == QLatin1String(".."))
            return false;
    return true;
}

bool listZipEntries(const QString &path, std::vector<ZipEntry> &entries, QString *error)
{
    entries.clear();
    const QString display = baseNameOf(path);
    auto damaged = [&] {
        *error = QCoreApplication::translate("Import", "%1 is not a readable ZIP archive (damaged or incomplete).").arg(display);
        return false;
    };
    const qint64 size = vsiFileSize(path);
    if (size < 22)
        return damaged();
    // The end-of-central-directory record sits within the last 64 KiB (its comment is at most 65,535 bytes).
    const qint64 tailSize = qMin<qint64>(size, 22 + 65535);
    const QByteArray tail = vsiRead(path, size - tailSize, tailSize);
    int eocd = -1;
    for (int i = tail.size() - 22; i >= 0; --i) {
        if (le32(tail, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return damaged();
    quint64 count = le16(tail, eocd + 10);
    quint64 cdSize = le32(tail, eocd + 12);
    quint64 cdOffset = le32(tail, eocd + 16);
    if (count == 0xFFFF || cdOffset == 0xFFFFFFFF || cdSize == 0xFFFFFFFF) {
        // ZIP64: a locator just before the record points to the 64-bit record.
        if (eocd < 20 || le32(tail, eocd - 20) != 0x07064b50)
            return damaged();
        const quint64 recordAt = le64(tail, eocd - 20 + 8);
        const QByteArray z64 = vsiRead(path, qint64(recordAt), 56);
        if (z64.size() < 56 || le32(z64, 0) != 0x06064b50)
            return damaged();
        count = le64(z64, 32);
        cdSize = le64(z64, 40);
        cdOffset = le64(z64, 48);
    }
    // Bounds a hostile archive: a real municipal upload has tens of entries, not millions.
    if (count > 100000 || cdSize > 64u * 1024 * 1024 || cdOffset + cdSize > quint64(size))
        return damaged();
    const QByteArray cd = vsiRead(path, qint64(cdOffset), qint64(cdSize));
    if (quint64(cd.size()) != cdSize)
        return damaged();
    int at = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (at + 46 > cd.size() || le32(cd, at) != 0x02014b50)
            return damaged();
        const quint16 flags = le16(cd, at + 8);
        const int nameLength = le16(cd, at + 28);
        const int extra = le16(cd, at + 30);
        const int comment = le16(cd, at + 32);
        if (at + 46 + nameLength > cd.size())
            return damaged();
        const QByteArray raw = cd.mid(at + 46, nameLength);
        ZipEntry e;
        // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII part (all that matters for paths) is the same.
        e.name = (flags & 0x800) ? QString::fromUtf8(raw) : QString::fromLatin1(raw);
        e.directory = e.name.endsWith(QLatin1Char('/')) || e.name.endsWith(QLatin1Char('\\'));
        entries.push_back(e);
        at += 46 + nameLength + extra + comment;
    }
    return true;
}

SourceFile::~SourceFile() = default;

const SourceLayer *SourceFile::layer(const QString &id) const
{
    for (const auto &l : m_layers)
        if (l.id == id)
            return &l;
    // A unique plain name works too, so scripts need not know the entry.
    const SourceLayer *byName = nullptr;
    for (const auto &l : m_layers) {
        if (l.name == id) {
            if (byName)
                return nullptr;
            byName = &l;
        }
    }
    return byName;
}

std::unique_ptr<SourceFile> SourceFile::open(const QString &path, QString *error)
{
    ensureGdal();
    std::unique_ptr<SourceFile> f(new SourceFile);
    const bool inMemory = path.startsWith(QLatin1String("/vsimem/"));
    if (path.startsWith(QLatin1String("/vsi")) && !inMemory) {
        *error = QCoreApplication::translate("Import", "%1: only files on this device can be imported.").arg(path);
        return nullptr;
    }
    f->m_path = inMemory ? path : QFileInfo(path).absoluteFilePath();
    f->m_fileName = baseNameOf(path);
    const qint64 size = vsiFileSize(f->m_path);
    if (size < 0) {
        *error = QCoreApplication::translate("Import", "The file %1 does not exist or cannot be read.").arg(path);
        return nullptr;
    }
    if (vsiIsDirectory(f->m_path)) {
        *error = QCoreApplication::translate("Import", "%1 is a folder: choose a file (a Shapefile's .shp, a ZIP, a GeoPackage, ...).").arg(path);
        return nullptr;
    }
    if (size == 0) {
        *error = QCoreApplication::translate("Import", "The file %1 is empty.").arg(f->m_fileName);
        return nullptr;
    }
    const QString suffix = suffixOf(f->m_path);
    if (suffix == QLatin1String("zip") || suffix == QLatin1String("kmz")) {
        std::vector<ZipEntry> entries;
        if (!listZipEntries(f->m_path, entries, error))
            return nullptr;
        for (const ZipEntry &e : entries) {
            if (!isSafeZipEntry(e.name)) {
                *error = QCoreApplication::translate("Import", "%1 contains '%2', a path outside the archive's folder. The archive is refused: nothing "
                            "was read from it.")
                             .arg(f->m_fileName, e.name);
                return nullptr;
            }
        }
        f->m_zipped = true;
        if (suffix == QLatin1String("kmz")) {
            // A KMZ with one KML inside (as Google Earth writes it) is read as that KML: GDAL's LIBKML driver does
            // not resolve its ExtendedData schema inside the archive. One with several (doc.kml linking
            // layers/*.kml, as GDAL writes it) is read whole by LIBKML.
            QStringList kmls;
            for (const ZipEntry &e : entries)
                if (!e.directory && suffixOf(e.name) == QLatin1String("kml"))
                    kmls << e.name;
            if (kmls.isEmpty()) {
                *error = QCoreApplication::translate("Import", "The KMZ archive %1 holds no KML document.").arg(f->m_fileName);
                return nullptr;
            }
            const QString dataset = kmls.size() == 1 ? QStringLiteral("/vsizip/%1/%2").arg(f->m_path, kmls.front())
                                                     : f->m_path;
            if (!f->openDataset(dataset, QString(), error))
                return nullptr;
        } else {
            QStringList candidates, others;
            for (const ZipEntry &e : entries) {
                const QString base = baseNameOf(e.name);
                if (e.directory || e.name.startsWith(QLatin1String("__MACOSX/")) || base.startsWith(QLatin1Char('.')))
                    continue;
                if (candidateSuffixes().contains(suffixOf(e.name)))
                    candidates << e.name;
                else if (others.size() < 5)
                    others << e.name;
            }
            if (candidates.isEmpty()) {
                *error = entries.empty()
                             ? QCoreApplication::translate("Import", "The ZIP archive %1 is empty.").arg(f->m_fileName)
                             : QCoreApplication::translate("Import", "The ZIP archive %1 holds no file Territori can import (a Shapefile, GeoPackage, "
                                  "GeoJSON, KML, GML, DXF or CSV). It holds: %2.")
                                   .arg(f->m_fileName, others.join(QStringLiteral(", ")));
                return nullptr;
            }
            for (const QString &c : candidates)
                if (!f->openDataset(QStringLiteral("/vsizip/%1/%2").arg(f->m_path, c), c, error))
                    return nullptr;
        }
    } else {
        if (!f->openDataset(f->m_path, QString(), error))
            return nullptr;
    }
    // Names repeat when a ZIP holds two files with layers of the same name: those are told apart by their entry.
    for (auto &l : f->m_layers) {
        int same = 0;
        for (const auto &o : f->m_layers)
            same += o.name == l.name ? 1 : 0;
        l.id = same > 1 ? l.entry + QLatin1Char('|') + l.name : l.name;
    }
    if (f->m_layers.empty()) {
        *error = QCoreApplication::translate("Import", "%1 holds no layer of features.").arg(f->m_fileName);
        return nullptr;
    }
    return f;
}

bool SourceFile::openDataset(const QString &gdalPathText, const QString &entry, QString *error)
{
    const QString display = entry.isEmpty() ? m_fileName : QStringLiteral("%1 (%2)").arg(entry, m_fileName);
    const QString suffix = suffixOf(gdalPathText);
    if (suffix == QLatin1String("shp") && !checkShapefile(gdalPathText, display, error))
        return false;
    if (vsiFileSize(gdalPathText) == 0) {
        *error = QCoreApplication::translate("Import", "The file %1 is empty.").arg(display);
        return false;
    }

    CPLStringList openOptions;
    if (suffix == QLatin1String("csv")) {
        // Every CSV column as text: the conversion to the layer's types is ours (decimal commas, Italian dates), and
        // the geometry columns are read by name.
        openOptions.AddNameValue("AUTODETECT_TYPE", "NO");
        openOptions.AddNameValue("KEEP_GEOM_COLUMNS", "YES");
        openOptions.AddNameValue("EMPTY_STRING_AS_NULL", "YES");
    }
    // A .dbf's text raw, never recoded by GDAL: what its .cpg or language id declares is checked against its bytes
    // first (settleEncoding), and GDAL would recode bytes that are not valid there into replacement characters.
    if (suffix == QLatin1String("shp"))
        openOptions.AddNameValue("ENCODING", "");
    GdalErrors errors;
    const QByteArray p = gdalPath(gdalPathText);
    GDALDatasetH ds = GDALOpenEx(p.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, kDrivers, openOptions.List(),
                                 nullptr);
    if (!ds) {
        const QString why = errors.lastFailure();
        if (suffix == QLatin1String("json") || suffix == QLatin1String("geojson"))
            *error = why.isEmpty() ? QCoreApplication::translate("Import", "%1 is not valid GeoJSON.").arg(display)
                                   : QCoreApplication::translate("Import", "%1 is not valid GeoJSON: %2").arg(display, why);
        else if (why.isEmpty())
            *error = QCoreApplication::translate("Import", "%1 is not a file Territori can import (Shapefile, ZIP, GeoPackage, GeoJSON, KML/KMZ, GML, "
                        "DXF or CSV), or it is damaged.")
                         .arg(display);
        else
            *error = QCoreApplication::translate("Import", "%1 cannot be read: %2").arg(display, why);
        return false;
    }
    m_datasets.emplace_back(ds);
    m_datasetPaths.push_back(gdalPathText);
    const int index = int(m_datasets.size()) - 1;
    const QString driver = QString::fromLatin1(GDALGetDriverShortName(GDALGetDatasetDriver(ds)));
    if (m_format.isEmpty())
        m_format = driver;
    else if (m_format != driver)
        m_format = QStringLiteral("mixed");

    if (!settleEncoding(ds, driver, gdalPathText, display, error)) {
        m_datasets.pop_back();
        m_datasetPaths.pop_back();
        return false;
    }

    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i) {
        OGRLayerH l = GDALDatasetGetLayer(ds, i);
        SourceLayer sl;
        sl.name = QString::fromUtf8(OGR_L_GetName(l));
        sl.entry = entry;
        sl.dataset = index;
        const OGRwkbGeometryType gt = OGR_GT_Flatten(OGR_L_GetGeomType(l));
        sl.geometryType = gt == wkbNone ? QStringLiteral("None")
                          : gt == wkbUnknown ? QStringLiteral("Unknown")
                                             : QString::fromLatin1(OGRGeometryTypeToName(gt)).remove(QLatin1Char(' '));
        sl.featureCount = OGR_L_GetFeatureCount(l, TRUE);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
        for (int c = 0; c < OGR_FD_GetFieldCount(defn); ++c) {
            OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, c);
            sl.columns.push_back({decode(OGR_Fld_GetNameRef(fd)).toString(), columnType(fd)});
        }
        sl.crs = identify(OGR_L_GetSpatialRef(l));
        m_layers.push_back(std::move(sl));
    }
    return true;
}

bool SourceFile::settleEncoding(GDALDatasetH ds, const QString &driver, const QString &gdalPathText,
                                const QString &what, QString *error)
{
    // GDAL recodes to UTF-8 the formats that define their encoding (GeoJSON, GeoPackage, KML, GML, DXF). A .dbf (opened
    // raw, above) and a CSV hand over their bytes: decided here once for the file, from what it declares and what its
    // bytes are.
    const bool dbf = driver == QLatin1String("ESRI Shapefile");
    if (!(dbf && GDALDatasetGetLayerCount(ds) > 0) && driver != QLatin1String("CSV")) {
        m_decoders.push_back(TextDecoder::recoded());
        return true;
    }
    QByteArray declared;
    QString declaredBy;
    if (dbf) {
        OGRLayerH l = GDALDatasetGetLayer(ds, 0);
        declared = GDALGetMetadataItem(l, "ENCODING_FROM_CPG", "SHAPEFILE");
        declaredBy = QCoreApplication::translate("Import", "its .cpg file");
        if (declared.isEmpty()) {
            declared = GDALGetMetadataItem(l, "ENCODING_FROM_LDID", "SHAPEFILE");
            declaredBy = QCoreApplication::translate("Import", "the language id in its .dbf");
        }
    } else if (vsiRead(gdalPathText, 0, 3) == QByteArrayLiteral("\xEF\xBB\xBF")) {
        declared = "UTF-8";
        declaredBy = QCoreApplication::translate("Import", "its byte-order mark");
    }
    const QByteArray normalized = declared.toUpper().replace('-', "").replace('_', "");
    const bool declaresUtf8 = normalized == "UTF8";
    // ISO-8859-1 is how GDAL names the "ANSI" language id, and Windows-1252 is what such files hold: the same letters
    // and, where ISO-8859-1 has only control characters (0x80-0x9F), the euro sign and typographic quotes.
    const bool latin1 = normalized == "ISO88591" || normalized == "LATIN1" || normalized == "CP819";
    QTextCodec *codec = nullptr;
    if (!declared.isEmpty() && !declaresUtf8) {
        codec = QTextCodec::codecForName(latin1 ? QByteArray("windows-1252") : declared);
        if (!codec) {
            // An encoding Qt does not know: GDAL's recoding, as it would have read the file.
            m_decoders.push_back(TextDecoder::gdalRecode(declared));
            return true;
        }
    }
    const QString dbfPath = dbf ? sidecar(gdalPathText, "dbf") : QString();
    if (dbf && dbfPath.isEmpty()) {
        m_decoders.push_back(TextDecoder::utf8OrWindows1252());
        return true;
    }
    const EncodingStats st = dbf ? scanDbf(dbfPath, codec) : scanCsv(gdalPathText, codec);
    const QString name = declaresUtf8 ? QStringLiteral("UTF-8") : QString::fromLatin1(declared);
    if (st.neitherRows > 0) {
        *error = QCoreApplication::translate("Import", "%1 cannot be read as text: %2 of its %3 rows hold bytes that are neither %4 nor "
                    "Windows-1252, and reading them anyway would garble their letters. Save the file again from your GIS "
                    "with its encoding set to UTF-8.")
                     .arg(what)
                     .arg(st.neitherRows)
                     .arg(st.rows)
                     .arg(codec ? name : QStringLiteral("UTF-8"));
        return false;
    }
    if (st.cutValues > 0)
        m_notes << QCoreApplication::translate("Import", "%1: %n values end in a letter cut in half (the program that wrote the file cut them to "
                      "the column's width); the incomplete letter was dropped.", nullptr, int(st.cutValues))
                       .arg(what);
    const QString windows = QCoreApplication::translate("Import", "Windows-1252 (Latin-1), the encoding of the comuni's Windows programs. "
                                "Check accented letters in the preview.");
    if (codec) {
        if (st.nonAsciiRows > 0 && st.notUtf8Rows == 0) {
            m_notes << QCoreApplication::translate("Import", "%1 says its text is %2 (%3), but its accented letters are UTF-8: it was read as UTF-8.")
                           .arg(what, name, declaredBy);
            m_decoders.push_back(TextDecoder::utf8());
        } else if (st.notDeclaredRows > 0) {
            m_notes << QCoreApplication::translate("Import", "%1 says its text is %2 (%3), but %4 of its %5 rows hold bytes that are not %2: "
                           "their text was read as %6")
                           .arg(what, name, declaredBy)
                           .arg(st.notDeclaredRows)
                           .arg(st.rows)
                           .arg(windows);
            m_decoders.push_back(TextDecoder::utf8OrWindows1252());
        } else {
            m_decoders.push_back(TextDecoder::codec(codec));
        }
        return true;
    }
    // UTF-8, declared or not: each value that is not valid UTF-8 is read as Windows-1252.
    m_decoders.push_back(st.notUtf8Rows > 0 || st.headerNotUtf8 ? TextDecoder::utf8OrWindows1252() : TextDecoder::utf8());
    if (st.notUtf8Rows > 0 && declaresUtf8)
        m_notes << QCoreApplication::translate("Import", "%1 says its text is UTF-8 (%2), but %3 of its %4 rows hold bytes that are not UTF-8: "
                       "their text was read as %5")
                       .arg(what, declaredBy)
                       .arg(st.notUtf8Rows)
                       .arg(st.rows)
                       .arg(windows);
    else if (st.notUtf8Rows > 0)
        m_notes << QCoreApplication::translate("Import", "%1 does not say how its text is encoded, and %2 of its %3 rows are not UTF-8: their "
                       "text was read as %4")
                       .arg(what)
                       .arg(st.notUtf8Rows)
                       .arg(st.rows)
                       .arg(windows);
    else if (st.headerNotUtf8)
        m_notes << QCoreApplication::translate("Import", "The column names of %1 are not UTF-8: they were read as Windows-1252 (Latin-1).").arg(what);
    else if (st.nonAsciiRows > 0 && !declaresUtf8)
        m_notes << QCoreApplication::translate("Import", "%1 does not say how its text is encoded; it is valid UTF-8 and was read as such.").arg(what);
    return true;
}

QVariant SourceFile::decode(const char *text) const
{
    const int d = m_current >= 0 ? m_layers[size_t(m_current)].dataset : int(m_decoders.size()) - 1;
    if (d < 0 || size_t(d) >= m_decoders.size())
        return QString::fromUtf8(text);
    return m_decoders[size_t(d)].decode(text);
}

QString SourceFile::stamp() const
{
    QStringList parts;
    auto add = [&](const QString &p) {
        VSIStatBufL st;
        if (VSIStatL(gdalPath(p).constData(), &st) == 0)
            parts << QStringLiteral("%1:%2:%3").arg(p).arg(qint64(st.st_size)).arg(qint64(st.st_mtime));
    };
    add(m_path);
    for (const auto &ds : m_datasets) {
        char **files = GDALGetFileList(ds.get());
        for (char **it = files; it && *it; ++it)
            add(QString::fromUtf8(*it));
        CSLDestroy(files);
    }
    return parts.join(QLatin1Char('\n'));
}

bool SourceFile::select(const QString &id, QString *error)
{
    const SourceLayer *l = layer(id);
    if (!l) {
        QStringList ids;
        for (const auto &x : m_layers)
            ids << x.id;
        *error = QCoreApplication::translate("Import", "%1 has no layer '%2'. Its layers: %3.").arg(m_fileName, id, ids.join(QStringLiteral(", ")));
        return false;
    }
    m_current = int(l - m_layers.data());
    GDALDatasetH ds = m_datasets[size_t(l->dataset)].get();
    m_ogrLayer = GDALDatasetGetLayerByName(ds, l->name.toUtf8().constData());
    if (!m_ogrLayer) {
        *error = QCoreApplication::translate("Import", "%1: the layer '%2' cannot be read.").arg(m_fileName, l->name);
        return false;
    }
    rewind();
    return true;
}

void SourceFile::rewind()
{
    if (m_ogrLayer)
        OGR_L_ResetReading(m_ogrLayer);
    m_rowNumber = 0;
}

SourceFile::Next SourceFile::next(Row &row, QString *error)
{
    GdalErrors errors;
    OGRFeatureH f = OGR_L_GetNextFeature(m_ogrLayer);
    if (errors.hasFailure()) {
        if (f)
            OGR_F_Destroy(f);
        *error = QCoreApplication::translate("Import", "%1 is damaged after row %2 and cannot be read further: %3")
                     .arg(m_fileName)
                     .arg(m_rowNumber)
                     .arg(errors.lastFailure());
        return Next::Failed;
    }
    if (!f)
        return Next::End;
    row.feature.reset(f);
    row.number = ++m_rowNumber;
    row.fid = OGR_F_GetFID(f);
    const int n = OGR_F_GetFieldCount(f);
    row.values.assign(size_t(n), QVariant());
    row.oversized.assign(size_t(n), false);
    for (int i = 0; i < n; ++i) {
        if (!OGR_F_IsFieldSetAndNotNull(f, i))
            continue;
        OGRFieldDefnH fd = OGR_F_GetFieldDefnRef(f, i);
        QVariant &v = row.values[size_t(i)];
        switch (OGR_Fld_GetType(fd)) {
        case OFTInteger:
            if (OGR_Fld_GetSubType(fd) == OFSTBoolean)
                v = OGR_F_GetFieldAsInteger(f, i) != 0;
            else
                v = qlonglong(OGR_F_GetFieldAsInteger(f, i));
            break;
        case OFTInteger64: v = qlonglong(OGR_F_GetFieldAsInteger64(f, i)); break;
        case OFTReal: v = OGR_F_GetFieldAsDouble(f, i); break;
        case OFTDate:
        case OFTDateTime:
        case OFTTime: {
            int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
            float s = 0;
            if (!OGR_F_GetFieldAsDateTimeEx(f, i, &y, &m, &d, &h, &mi, &s, &tz))
                break;
            const QTime time(h, mi, int(s), int((s - int(s)) * 1000 + 0.5) % 1000);
            if (OGR_Fld_GetType(fd) == OFTDate) {
                v = QDate(y, m, d);
            } else if (OGR_Fld_GetType(fd) == OFTTime) {
                v = time.toString(QStringLiteral("HH:mm:ss"));
            } else if (tz == 100) {
                v = QDateTime(QDate(y, m, d), time, Qt::UTC);
            } else if (tz > 1) {
                v = QDateTime(QDate(y, m, d), time, Qt::OffsetFromUTC, (tz - 100) * 15 * 60);
            } else {
                // No zone in the file: the comune's own civil time.
                v = QDateTime(QDate(y, m, d), time, italianTime());
            }
            break;
        }
        case OFTStringList: {
            QStringList list;
            qint64 total = 0;
            for (char **it = OGR_F_GetFieldAsStringList(f, i); it && *it; ++it) {
                total += qint64(std::strlen(*it));
                list << decode(*it).toString();
            }
            if (total > kMaxValueBytes)
                row.oversized[size_t(i)] = true;
            else
                v = list;
            break;
        }
        case OFTIntegerList: {
            int count = 0;
            const int *items = OGR_F_GetFieldAsIntegerList(f, i, &count);
            QStringList list;
            for (int k = 0; k < count && k < 10000; ++k)
                list << QString::number(items[k]);
            v = list;
            break;
        }
        case OFTInteger64List: {
            int count = 0;
            const GIntBig *items = OGR_F_GetFieldAsInteger64List(f, i, &count);
            QStringList list;
            for (int k = 0; k < count && k < 10000; ++k)
                list << QString::number(qlonglong(items[k]));
            v = list;
            break;
        }
        case OFTRealList: {
            int count = 0;
            const double *items = OGR_F_GetFieldAsDoubleList(f, i, &count);
            QStringList list;
            for (int k = 0; k < count && k < 10000; ++k)
                list << QString::number(items[k], 'g', 15);
            v = list;
            break;
        }
        case OFTBinary: {
            int size = 0;
            const GByte *data = OGR_F_GetFieldAsBinary(f, i, &size);
            v = QByteArray(reinterpret_cast<const char *>(data), size);
            break;
        }
        default: {
            const char *text = OGR_F_GetFieldAsString(f, i);
            if (qint64(std::strlen(text)) > kMaxValueBytes)
                row.oversized[size_t(i)] = true;
            else
                v = decode(text);
        }
        }
    }
    return Next::Row;
}

} // namespace territori::gis
