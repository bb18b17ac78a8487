#include "crs.h"

#include <QCoreApplication>

#include <cpl_conv.h>

namespace territori::gis {

const std::vector<KnownSystem> &knownSystems()
{
    static const std::vector<KnownSystem> systems{
        {3003, "Monte Mario / Italy zone 1"},
        {3004, "Monte Mario / Italy zone 2"},
        {25832, "ETRS89 / UTM zone 32N"},
        {32632, "WGS 84 / UTM zone 32N"},
        {7791, "RDN2008 / UTM zone 32N"},
        {6706, "RDN2008"},
        {4326, "WGS 84"},
    };
    return systems;
}

SrsPtr srsFromEpsg(int epsg)
{
    ensureGdal();
    if (epsg <= 0)
        return nullptr;
    SrsPtr srs(OSRNewSpatialReference(nullptr));
    GdalErrors quiet;
    if (OSRImportFromEPSG(srs.get(), epsg) != OGRERR_NONE)
        return nullptr;
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

SrsPtr srsClone(OGRSpatialReferenceH srs)
{
    if (!srs)
        return nullptr;
    SrsPtr copy(OSRClone(srs));
    OSRSetAxisMappingStrategy(copy.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return copy;
}

int parseEpsg(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("EPSG:"), Qt::CaseInsensitive))
        t = t.mid(5);
    bool ok = false;
    const int code = t.toInt(&ok);
    return ok && code > 0 ? code : 0;
}

CrsInfo identify(OGRSpatialReferenceH srs)
{
    CrsInfo info;
    if (!srs)
        return info;
    info.present = true;
    GdalErrors quiet;
    info.name = QString::fromUtf8(OSRGetName(srs));
    char *wkt = nullptr;
    const char *options[] = {"FORMAT=WKT2_2018", nullptr};
    if (OSRExportToWktEx(srs, &wkt, options) == OGRERR_NONE && wkt)
        info.wkt = QString::fromUtf8(wkt);
    CPLFree(wkt);
    const char *authority = OSRGetAuthorityName(srs, nullptr);
    if (authority && QByteArray(authority) == "EPSG") {
        info.epsg = QByteArray(OSRGetAuthorityCode(srs, nullptr)).toInt();
        return info;
    }
    // A .prj written by ArcGIS or an older QGIS carries an ESRI WKT without codes: PROJ finds the EPSG system it
    // describes. Only a match PROJ is sure of is taken (100 = same definition, or 90 = same up to names); anything
    // less stays "the file's own definition", used as it is.
    int count = 0;
    int *confidence = nullptr;
    OGRSpatialReferenceH *matches = OSRFindMatches(srs, nullptr, &count, &confidence);
    for (int i = 0; i < count; ++i) {
        const char *a = OSRGetAuthorityName(matches[i], nullptr);
        if (confidence[i] >= 90 && a && QByteArray(a) == "EPSG") {
            info.epsg = QByteArray(OSRGetAuthorityCode(matches[i], nullptr)).toInt();
            info.name = QString::fromUtf8(OSRGetName(matches[i]));
            break;
        }
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    return info;
}

QString describeSrs(OGRSpatialReferenceH srs)
{
    const CrsInfo info = identify(srs);
    if (!info.present)
        return QString();
    if (info.epsg > 0)
        return QStringLiteral("EPSG:%1 (%2)").arg(info.epsg).arg(info.name);
    return info.name;
}

} // namespace territori::gis
