#pragma once

// Shared by the import/export tests: small GIS files written at test time (through OGR, or as raw bytes), ZIP
// archives with any entry names (including the hostile ones a zip tool would refuse to write), the import test
// project, running GDAL's command-line tools, and fingerprints of a project store.

#include "testsupport.h"

#include "gdalsupport.h"
#include "project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtEndian>

#include <cpl_string.h>

#include <memory>
#include <utility>
#include <vector>

namespace territori::testing {

inline QJsonObject importDefinition()
{
    return readJson(sourceDir() + QStringLiteral("/tests/data/import/project.json"));
}

// The import test project with one more layer, "aree_multi": the fields of "aree" in a multi-part layer.
inline QJsonObject importDefinitionWithMulti()
{
    QJsonObject definition = importDefinition();
    QJsonArray layers = definition.value(QStringLiteral("layers")).toArray();
    QJsonObject multi = layers.at(0).toObject();
    multi.insert(QStringLiteral("name"), QStringLiteral("aree_multi"));
    multi.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("it"), QStringLiteral("Aree in più parti")},
                                                      {QStringLiteral("en"), QStringLiteral("Multi-part sites")}});
    multi.insert(QStringLiteral("multi"), true);
    layers.append(multi);
    definition.insert(QStringLiteral("layers"), layers);
    return definition;
}

inline QString importData(const QString &name)
{
    return sourceDir() + QStringLiteral("/tests/data/import/") + name;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The files of a project store, hashed after the project was closed (the WAL is then folded into the file).
inline QByteArray storeFingerprint(const QString &projectDir)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char *name : {"project.gpkg", "project.gpkg-wal"}) {
        h.addData(name);
        h.addData(readBytes(projectDir + QLatin1Char('/') + QLatin1String(name)));
    }
    return h.result().toHex();
}

struct FieldSpec
{
    const char *name;
    OGRFieldType type;
    int width = 0;
};

struct RowSpec
{
    QString wkt; // empty: no geometry
    QVariantList values;
};

// Writes one layer with OGR (any vector driver), coordinates as given in `epsg` (0: no coordinate system).
inline bool writeLayer(const QString &path, const char *driverName, const QString &layer, int epsg,
                       OGRwkbGeometryType type, const std::vector<FieldSpec> &fields, const std::vector<RowSpec> &rows,
                       const QStringList &layerOptions = {}, bool append = false)
{
    gis::ensureGdal();
    GDALDriverH driver = GDALGetDriverByName(driverName);
    GDALDatasetH ds = append ? GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                          nullptr, nullptr)
                             : GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReferenceH srs = nullptr;
    if (epsg) {
        srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, epsg);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    CPLStringList options;
    for (const QString &o : layerOptions)
        options.AddString(o.toUtf8().constData());
    OGRLayerH l = GDALDatasetCreateLayer(ds, layer.toUtf8().constData(), srs, type, options.List());
    if (srs)
        OSRRelease(srs);
    if (!l) {
        GDALClose(ds);
        return false;
    }
    for (const FieldSpec &f : fields) {
        OGRFieldDefnH fd = OGR_Fld_Create(f.name, f.type);
        if (f.width)
            OGR_Fld_SetWidth(fd, f.width);
        OGR_L_CreateField(l, fd, TRUE);
        OGR_Fld_Destroy(fd);
    }
    for (const RowSpec &r : rows) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
        for (int i = 0; i < r.values.size() && i < int(fields.size()); ++i) {
            const QVariant &v = r.values[i];
            if (!v.isValid() || v.isNull())
                continue;
            if (v.userType() == QMetaType::QByteArray)
                OGR_F_SetFieldString(f, i, v.toByteArray().constData()); // raw bytes: tests of encodings
            else if (v.userType() == QMetaType::Double)
                OGR_F_SetFieldDouble(f, i, v.toDouble());
            else if (v.userType() == QMetaType::Int || v.userType() == QMetaType::LongLong)
                OGR_F_SetFieldInteger64(f, i, v.toLongLong());
            else
                OGR_F_SetFieldString(f, i, v.toString().toUtf8().constData());
        }
        if (!r.wkt.isEmpty()) {
            QByteArray wkt = r.wkt.toUtf8();
            char *p = wkt.data();
            OGRGeometryH g = nullptr;
            OGR_G_CreateFromWkt(&p, nullptr, &g);
            OGR_F_SetGeometryDirectly(f, g);
        }
        // A fixture that silently lost a row would make the tests that read it check the wrong thing.
        const OGRErr written = OGR_L_CreateFeature(l, f);
        OGR_F_Destroy(f);
        if (written != OGRERR_NONE) {
            GDALClose(ds);
            return false;
        }
    }
    GDALClose(ds);
    return true;
}

inline quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 c = 0xFFFFFFFFu;
    for (char b : data)
        c = table[(c ^ quint8(b)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// A ZIP archive of stored (uncompressed) entries, named exactly as given.
inline QByteArray makeZip(const std::vector<std::pair<QString, QByteArray>> &entries)
{
    QByteArray out, central;
    auto le16 = [](QByteArray &b, quint16 v) {
        char x[2];
        qToLittleEndian(v, x);
        b.append(x, 2);
    };
    auto le32 = [](QByteArray &b, quint32 v) {
        char x[4];
        qToLittleEndian(v, x);
        b.append(x, 4);
    };
    for (const auto &[name, data] : entries) {
        const QByteArray n = name.toUtf8();
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, 0x800);
        le16(out, 0);
        le16(out, 0);
        le16(out, 0);
        le32(out, crc);
        le32(out, quint32(data.size()));
        le32(out, quint32(data.size()));
        le16(out, quint16(n.size()));
        le16(out, 0);
        out += n;
        out += data;
        le32(central, 0x02014b50);
        le16(central, 20);
        le16(central, 20);
        le16(central, 0x800);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le32(central, crc);
        le32(central, quint32(data.size()));
        le32(central, quint32(data.size()));
        le16(central, quint16(n.size()));
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le32(central, 0);
        le32(central, offset);
        central += n;
    }
    const quint32 cdOffset = quint32(out.size());
    out += central;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint16(entries.size()));
    le16(out, quint16(entries.size()));
    le32(out, quint32(central.size()));
    le32(out, cdOffset);
    le16(out, 0);
    return out;
}

// The files of a Shapefile (shp, shx, dbf, prj, cpg when present) as ZIP entries under `folder`.
inline std::vector<std::pair<QString, QByteArray>> shapefileEntries(const QString &shp, const QString &folder)
{
    std::vector<std::pair<QString, QByteArray>> out;
    const QString base = shp.left(shp.size() - 4);
    const QString name = QFileInfo(base).fileName();
    for (const char *ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
        if (QFile::exists(base + QLatin1String(ext)))
            out.emplace_back(folder + name + QLatin1String(ext), readBytes(base + QLatin1String(ext)));
    return out;
}

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ToolResult runTool(const QString &program, const QStringList &args, const QByteArray &input = {},
                          const QStringList &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(program, args);
    ToolResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Longitude/latitude of points in EPSG:`from`, through gdaltransform (one "x y" per line in, "lon lat" out).
inline std::vector<std::pair<double, double>> gdaltransform(int from, int to,
                                                            const std::vector<std::pair<double, double>> &points)
{
    QByteArray input;
    for (const auto &[x, y] : points)
        input += QByteArray::number(x, 'f', 10) + ' ' + QByteArray::number(y, 'f', 10) + '\n';
    const ToolResult r = runTool(QStringLiteral("gdaltransform"),
                                 {QStringLiteral("-s_srs"), QStringLiteral("EPSG:%1").arg(from), QStringLiteral("-t_srs"),
                                  QStringLiteral("EPSG:%1").arg(to), QStringLiteral("-output_xy")},
                                 input);
    std::vector<std::pair<double, double>> out;
    for (const QByteArray &line : r.out.split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2)
            out.emplace_back(parts[0].toDouble(), parts[1].toDouble());
    }
    return out;
}

// Every vertex of every feature of a file's layer, in the file's own coordinates, in reading order.
inline std::vector<std::pair<double, double>> fileVertices(const QString &path, const QString &layer = QString(),
                                                           const QStringList &openOptions = {})
{
    gis::ensureGdal();
    std::vector<std::pair<double, double>> out;
    CPLStringList oo;
    for (const QString &o : openOptions)
        oo.AddString(o.toUtf8().constData());
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, oo.List(),
                                 nullptr);
    if (!ds)
        return out;
    OGRLayerH l = layer.isEmpty() ? GDALDatasetGetLayer(ds, 0) : GDALDatasetGetLayerByName(ds, layer.toUtf8().constData());
    std::function<void(OGRGeometryH)> walk = [&](OGRGeometryH g) {
        if (OGR_G_GetGeometryCount(g) > 0) {
            for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
                walk(OGR_G_GetGeometryRef(g, i));
            return;
        }
        for (int i = 0; i < OGR_G_GetPointCount(g); ++i)
            out.emplace_back(OGR_G_GetX(g, i), OGR_G_GetY(g, i));
    };
    OGRFeatureH f;
    while (l && (f = OGR_L_GetNextFeature(l)) != nullptr) {
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f))
            walk(g);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return out;
}

// The vertices of each feature of a file's layer, feature by feature, in the file's own coordinates (2D).
inline std::vector<std::vector<std::pair<double, double>>> featureVertices(const QString &path,
                                                                          const QStringList &openOptions = {})
{
    gis::ensureGdal();
    std::vector<std::vector<std::pair<double, double>>> out;
    CPLStringList oo;
    for (const QString &o : openOptions)
        oo.AddString(o.toUtf8().constData());
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, oo.List(),
                                 nullptr);
    if (!ds)
        return out;
    OGRLayerH l = GDALDatasetGetLayer(ds, 0);
    std::function<void(OGRGeometryH, std::vector<std::pair<double, double>> &)> walk =
        [&](OGRGeometryH g, std::vector<std::pair<double, double>> &into) {
            if (OGR_G_GetGeometryCount(g) > 0) {
                for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
                    walk(OGR_G_GetGeometryRef(g, i), into);
                return;
            }
            for (int i = 0; i < OGR_G_GetPointCount(g); ++i)
                into.emplace_back(OGR_G_GetX(g, i), OGR_G_GetY(g, i));
        };
    OGRFeatureH f;
    while (l && (f = OGR_L_GetNextFeature(l)) != nullptr) {
        out.emplace_back();
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f))
            walk(g, out.back());
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return out;
}

} // namespace territori::testing
