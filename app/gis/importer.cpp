#include "importer.h"
#include "importer_p.h"

#include "journal.h"
#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace territori::gis {

using store::FieldDef;
using store::FieldIssue;
using store::GeometryType;

store::Envelope metropolitanTerritory()
{
    // The Città metropolitana di Milano (133 comuni, including the San Colombano al Lambro exclave), rounded out.
    store::Envelope e;
    e.minX = 8.70;
    e.minY = 45.17;
    e.maxX = 9.56;
    e.maxY = 45.65;
    return e;
}

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString geometryName(GeometryType t)
{
    switch (store::kindOf(t)) {
    case store::GeometryKind::Point: return QCoreApplication::translate("Import", "points");
    case store::GeometryKind::Line: return QCoreApplication::translate("Import", "lines");
    case store::GeometryKind::Polygon: return QCoreApplication::translate("Import", "polygons");
    default: return QCoreApplication::translate("Import", "geometries");
    }
}

// "a, b and c".
QString listInWords(const QStringList &items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return QCoreApplication::translate("Import", "%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

// What a row holds, in words: "a point", "a multi-polygon of 3 parts", "a geometry collection of 2 polygons and a
// line". A collection used to be named after the shape it was unwrapped to.
QString describeGeometry(OGRGeometryH g)
{
    const OGRwkbGeometryType type = OGR_GT_Flatten(OGR_G_GetGeometryType(g));
    const int n = OGR_G_GetGeometryCount(g);
    switch (type) {
    case wkbPoint: return QCoreApplication::translate("Import", "a point");
    case wkbLineString:
    case wkbLinearRing:
    case wkbCircularString:
    case wkbCompoundCurve: return QCoreApplication::translate("Import", "a line");
    case wkbPolygon:
    case wkbCurvePolygon:
    case wkbTriangle: return QCoreApplication::translate("Import", "a polygon");
    case wkbMultiPoint: return QCoreApplication::translate("Import", "a multi-point of %n parts", nullptr, n);
    case wkbMultiLineString:
    case wkbMultiCurve: return QCoreApplication::translate("Import", "a multi-line of %n parts", nullptr, n);
    case wkbMultiPolygon:
    case wkbMultiSurface: return QCoreApplication::translate("Import", "a multi-polygon of %n parts", nullptr, n);
    case wkbGeometryCollection: {
        if (n == 0)
            return QCoreApplication::translate("Import", "an empty geometry collection");
        int points = 0, lines = 0, polygons = 0;
        QStringList others;
        for (int i = 0; i < n; ++i) {
            OGRGeometryH member = OGR_G_GetGeometryRef(g, i);
            switch (OGR_GT_Flatten(OGR_G_GetGeometryType(member))) {
            case wkbPoint: ++points; break;
            case wkbLineString:
            case wkbLinearRing:
            case wkbCircularString:
            case wkbCompoundCurve: ++lines; break;
            case wkbPolygon:
            case wkbCurvePolygon:
            case wkbTriangle: ++polygons; break;
            default: others << describeGeometry(member);
            }
        }
        QStringList items;
        if (polygons)
            items << (polygons == 1 ? QCoreApplication::translate("Import", "a polygon")
                                    : QCoreApplication::translate("Import", "%n polygons", nullptr, polygons));
        if (lines)
            items << (lines == 1 ? QCoreApplication::translate("Import", "a line")
                                 : QCoreApplication::translate("Import", "%n lines", nullptr, lines));
        if (points)
            items << (points == 1 ? QCoreApplication::translate("Import", "a point")
                                  : QCoreApplication::translate("Import", "%n points", nullptr, points));
        items << others;
        return QCoreApplication::translate("Import", "a geometry collection of %1").arg(listInWords(items));
    }
    default:
        return QCoreApplication::translate("Import", "a %1").arg(QString::fromLatin1(OGRGeometryTypeToName(type)));
    }
}

// "45.47° N 9.19° E", as a person reads a place: the hemisphere letters say which number is the latitude (a bare
// "11.69717, 39.99608" was read the other way round), the decimal separator is the UI language's (QLocale's default
// follows it: 45,47° N in Italian).
QString placeInWords(double lat, double lon, int decimals)
{
    const QLocale locale;
    return QCoreApplication::translate("Import", "%1° %2 %3° %4")
        .arg(locale.toString(std::abs(lat), 'f', decimals))
        .arg(lat < 0 ? QCoreApplication::translate("Import", "S") : QCoreApplication::translate("Import", "N"))
        .arg(locale.toString(std::abs(lon), 'f', decimals))
        .arg(lon < 0 ? QCoreApplication::translate("Import", "W") : QCoreApplication::translate("Import", "E"));
}

// Whether any vertex has a Z (or M) other than 0: a file's "3D" geometries whose heights are all 0 (as DXF writes
// every drawing) lose nothing by becoming 2D.
void nonZeroZM(OGRGeometryH g, bool z, bool m, bool *hasZ, bool *hasM)
{
    const int members = OGR_G_GetGeometryCount(g);
    if (members > 0) {
        for (int i = 0; i < members && !((!z || *hasZ) && (!m || *hasM)); ++i)
            nonZeroZM(OGR_G_GetGeometryRef(g, i), z, m, hasZ, hasM);
        return;
    }
    const int points = OGR_G_GetPointCount(g);
    for (int i = 0; i < points; ++i) {
        if (z && !*hasZ && OGR_G_GetZ(g, i) != 0)
            *hasZ = true;
        // A Shapefile's "no data" measure is any value below -10^38.
        if (m && !*hasM) {
            const double v = OGR_G_GetM(g, i);
            *hasM = v != 0 && std::isfinite(v) && v > -1e38;
        }
    }
}

OGRwkbGeometryType singleType(GeometryType t)
{
    switch (store::kindOf(t)) {
    case store::GeometryKind::Point: return wkbPoint;
    case store::GeometryKind::Line: return wkbLineString;
    default: return wkbPolygon;
    }
}

bool parseNumber(const QVariant &v, double *out)
{
    if (v.userType() == QMetaType::Double || v.userType() == QMetaType::LongLong) {
        *out = v.toDouble();
        return std::isfinite(*out);
    }
    QString t = v.toString().trimmed();
    if (!t.contains(QLatin1Char('.')))
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    *out = t.toDouble(&ok);
    return ok && std::isfinite(*out);
}

// GEOS's "structure" repair keeps a polygon's areas and drops what collapsed to lines (a spike, a doubled edge), so a
// repaired polygon stays one polygon where it can; the default "linework" method would add the collapsed lines as
// extra parts. Other geometries use the default.
GeometryPtr repairedGeometry(OGRGeometryH g);

// A row that is split: each part repaired on its own (a part that is valid stays as it is), the results gathered into
// one multi of the parts' kind. A part may become several (a bow tie becomes two triangles).
GeometryPtr repairedParts(OGRGeometryH g)
{
    GeometryPtr out(OGR_G_CreateGeometry(OGR_GT_Flatten(OGR_G_GetGeometryType(g))));
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) {
        OGRGeometryH part = OGR_G_GetGeometryRef(g, i);
        GdalErrors quiet;
        GeometryPtr fixed(OGR_G_IsValid(part) ? OGR_G_Clone(part) : repairedGeometry(part).release());
        if (!fixed)
            return nullptr;
        const int members = OGR_GT_IsSubClassOf(OGR_G_GetGeometryType(fixed.get()), wkbGeometryCollection)
                                ? OGR_G_GetGeometryCount(fixed.get())
                                : 0;
        if (members == 0) {
            OGR_G_AddGeometryDirectly(out.get(), fixed.release());
            continue;
        }
        // What a part became, member by member; a member of another kind (a collapsed line) makes the add fail,
        // and then the row is refused as not repairable.
        for (int k = 0; k < members; ++k)
            if (OGR_G_AddGeometry(out.get(), OGR_G_GetGeometryRef(fixed.get(), k)) != OGRERR_NONE)
                return nullptr;
    }
    return out;
}

GeometryPtr repairedGeometry(OGRGeometryH g)
{
    GdalErrors quiet;
    const OGRwkbGeometryType type = OGR_GT_Flatten(OGR_G_GetGeometryType(g));
    const bool polygon = type == wkbPolygon || type == wkbMultiPolygon;
    const char *structure[] = {"METHOD=STRUCTURE", nullptr};
    return GeometryPtr(polygon ? OGR_G_MakeValidEx(g, const_cast<char **>(structure)) : OGR_G_MakeValid(g));
}

const char *const kSameCrs[] = {"CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS",
                                "IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};

} // namespace

// Where rows lie: around one place when they are close together, else the corners of their extent.
QString extentInWords(const store::Envelope &e)
{
    if (e.maxX - e.minX <= 1.0 && e.maxY - e.minY <= 1.0)
        return QCoreApplication::translate("Import", "around %1").arg(placeInWords((e.minY + e.maxY) / 2, (e.minX + e.maxX) / 2, 1));
    return QCoreApplication::translate("Import", "between %1 and %2")
        .arg(placeInWords(e.minY, e.minX, 1), placeInWords(e.maxY, e.maxX, 1));
}

// ---- Report ---------------------------------------------------------------------------------------------------------

QString ImportReport::toCsv() const
{
    QString out = QStringLiteral("row,fid,severity,code,field,message\n");
    for (const QString &n : notes)
        out += QStringLiteral("0,,note,file,,%1\n").arg(csvField(n));
    for (const ImportIssue &i : issues) {
        out += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                   .arg(i.row)
                   .arg(i.fid >= 0 ? QString::number(i.fid) : QString())
                   .arg(i.severity == ImportIssue::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"))
                   .arg(i.code, csvField(i.field), csvField(i.message));
    }
    if (issuesDropped > 0)
        out += QStringLiteral("0,,note,truncated,,%1\n")
                   .arg(csvField(QCoreApplication::translate("Import", "%1 more problems are not listed.").arg(issuesDropped)));
    return out;
}

bool ImportReport::saveCsv(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toCsv().toUtf8()) < 0 || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("Import", "The report could not be saved to %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// ---- Per-row evaluation ---------------------------------------------------------------------------------------------

Importer::Importer(store::Project &project) : m_project(project)
{
    ensureGdal();
}

Importer::~Importer() = default;

bool Importer::fail(Problem p, const QString &message)
{
    m_problem = p;
    m_message = message;
    return false;
}

bool Importer::prepare(const ImportOptions &options)
{
    m_options = options;
    m_problem = Problem::None;
    m_message.clear();
    m_source.reset();
    m_layer = nullptr;
    m_existingIndexed = false; // the layer, or its features, may differ from the last prepare
    m_existing.clear();
    QString error;
    // GDAL opens and closes a file with descriptors of its own, which would release this process's locks on the store
    // (store::Project::isStoreFile); and a project is not imported into itself.
    if (m_project.isStoreFile(options.path))
        return fail(Problem::File, QCoreApplication::translate(
                                       "Import", "%1 is the project's own store: choose a file to import into it.")
                                       .arg(QFileInfo(options.path).fileName()));
    m_source = SourceFile::open(options.path, &error);
    if (!m_source)
        return fail(Problem::File, error);

    QString id = options.sourceLayer;
    if (id.isEmpty()) {
        if (m_source->layers().size() > 1) {
            QStringList ids;
            for (const auto &l : m_source->layers())
                ids << l.id;
            return fail(Problem::ChooseSourceLayer,
                        QCoreApplication::translate("Import", "%1 holds several layers: choose the one to import (%2).")
                            .arg(m_source->fileName(), ids.join(QStringLiteral(", "))));
        }
        id = m_source->layers().front().id;
    }
    if (!m_source->select(id, &error))
        return fail(Problem::ChooseSourceLayer, error);

    m_targetReason.clear();
    if (m_options.targetLayer.isEmpty() && !chooseTarget())
        return false;
    m_layer = m_project.layer(m_options.targetLayer);
    if (!m_layer) {
        QStringList names;
        for (const auto &l : m_project.layers())
            names << l.name;
        return fail(Problem::TargetLayer, QCoreApplication::translate("Import", "The project has no layer '%1'. Its layers: %2.")
                                              .arg(m_options.targetLayer, names.join(QStringLiteral(", "))));
    }
    if (m_layer->readOnly || !m_layer->definitionErrors.isEmpty() ||
        m_layer->geometry == store::GeometryKind::None)
        return fail(Problem::TargetLayer, QCoreApplication::translate("Import", "Features cannot be imported into the layer '%1'.")
                                              .arg(m_layer->title.text(store::uiLanguage())));
    if (!settleGeometryColumns() || !settleSrs() || !settleMapping())
        return false;
    m_territory = metropolitanTerritory();
    m_territory.expand(m_project.info().extent);
    return true;
}

bool Importer::chooseTarget()
{
    // The file's geometry kind, from its first rows (a Shapefile says "Polygon" for multi-polygons too, a DXF or a CSV
    // says nothing); what its layer declares when they hold none.
    const bool columns = settleGeometryColumns();
    m_problem = Problem::None; // a table without geometry columns: chosen by its columns, and asked about later
    m_message.clear();
    int kinds[4] = {0, 0, 0, 0}; // by store::GeometryKind
    bool multiFile = false;
    auto count = [&](OGRGeometryH g) {
        if (!g)
            return;
        const OGRwkbGeometryType t = OGR_GT_Flatten(OGR_G_GetGeometryType(g));
        const bool collection = OGR_GT_IsSubClassOf(t, wkbGeometryCollection);
        const OGRwkbGeometryType member = collection && OGR_G_GetGeometryCount(g) > 0
                                              ? OGR_GT_Flatten(OGR_G_GetGeometryType(OGR_G_GetGeometryRef(g, 0)))
                                              : t;
        multiFile = multiFile || (collection && OGR_G_GetGeometryCount(g) > 1);
        if (OGR_GT_IsSubClassOf(member, wkbPoint))
            ++kinds[int(store::GeometryKind::Point)];
        else if (OGR_GT_IsCurve(member))
            ++kinds[int(store::GeometryKind::Line)];
        else if (OGR_GT_IsSurface(member))
            ++kinds[int(store::GeometryKind::Polygon)];
    };
    if (columns && m_xColumn >= 0) {
        kinds[int(store::GeometryKind::Point)] = 1;
    } else {
        m_source->rewind();
        SourceFile::Row row;
        QString error;
        for (int i = 0; i < 200 && m_source->next(row, &error) == SourceFile::Next::Row; ++i) {
            if (m_wktColumn >= 0) {
                QByteArray wkt = row.values[size_t(m_wktColumn)].toString().toUtf8();
                if (wkt.startsWith("SRID=") && wkt.contains(';'))
                    wkt = wkt.mid(wkt.indexOf(';') + 1);
                char *cursor = wkt.data();
                OGRGeometryH g = nullptr;
                GdalErrors quiet;
                if (OGR_G_CreateFromWkt(&cursor, nullptr, &g) == OGRERR_NONE)
                    count(g);
                if (g)
                    OGR_G_DestroyGeometry(g);
            } else {
                count(OGR_F_GetGeometryRef(row.feature.get()));
            }
        }
        m_source->rewind();
    }
    store::GeometryKind kind = store::GeometryKind::None;
    for (auto k : {store::GeometryKind::Point, store::GeometryKind::Line, store::GeometryKind::Polygon})
        if (kinds[int(k)] > (kind == store::GeometryKind::None ? 0 : kinds[int(kind)]))
            kind = k;
    if (kind == store::GeometryKind::None) {
        const QString declared = m_source->selected().geometryType;
        kind = declared.contains(QLatin1String("Point"))    ? store::GeometryKind::Point
               : declared.contains(QLatin1String("Line"))   ? store::GeometryKind::Line
               : declared.contains(QLatin1String("Polygon")) ? store::GeometryKind::Polygon
                                                            : store::GeometryKind::None;
        multiFile = declared.startsWith(QLatin1String("Multi"));
    }

    QStringList matchable;
    for (const auto &c : m_source->selected().columns)
        matchable << c.name;
    for (int i : {m_wktColumn, m_xColumn, m_yColumn})
        if (i >= 0)
            matchable[i] = QString(); // geometry columns are not values
    const store::LayerDef *best = nullptr;
    int bestMatched = -1;
    bool bestKind = false;
    for (const store::LayerDef &l : m_project.layers()) {
        if (!isImportTarget(l))
            continue;
        int matched = 0;
        for (const FieldMap &m : matchFields(l, matchable))
            matched += m.source.isEmpty() ? 0 : 1;
        const bool sameKind = l.geometry == kind;
        // Of the file's kind first, then by the columns it takes; a tie goes to the layer whose parts fit the file's
        // (a multi-part layer for a file of multi-part geometries), then to the first in the project.
        const bool better = !best || (sameKind != bestKind ? sameKind
                                      : matched != bestMatched ? matched > bestMatched
                                                               : l.multi == multiFile && best->multi != multiFile);
        if (better) {
            best = &l;
            bestMatched = matched;
            bestKind = sameKind;
        }
    }
    if (!best)
        return fail(Problem::TargetLayer, QCoreApplication::translate("Import", "The project has no layer a file can be imported into."));
    m_options.targetLayer = best->name;
    int columnCount = 0;
    for (const QString &c : matchable)
        columnCount += c.isEmpty() ? 0 : 1;
    if (bestKind)
        m_targetReason = QCoreApplication::translate("Import", "it holds %1, as the file does, and %2 of the file's %3 columns match its fields.")
                             .arg(geometryName(best->geometryType()))
                             .arg(bestMatched)
                             .arg(columnCount);
    else if (kind != store::GeometryKind::None)
        m_targetReason = QCoreApplication::translate("Import", "no layer of the project holds %1, as the file does; %2 of the file's %3 "
                            "columns match the fields of this one.")
                             .arg(geometryName(kind == store::GeometryKind::Point  ? GeometryType::Point
                                               : kind == store::GeometryKind::Line ? GeometryType::LineString
                                                                                   : GeometryType::Polygon))
                             .arg(bestMatched)
                             .arg(columnCount);
    else
        m_targetReason = QCoreApplication::translate("Import", "%1 of the file's %2 columns match its fields.").arg(bestMatched).arg(columnCount);
    return true;
}

bool Importer::settleGeometryColumns()
{
    m_wktColumn = m_xColumn = m_yColumn = -1;
    const auto &columns = m_source->selected().columns;
    auto find = [&](const QString &name) {
        for (size_t i = 0; i < columns.size(); ++i)
            if (columns[i].name.compare(name, Qt::CaseInsensitive) == 0)
                return int(i);
        return -1;
    };
    auto names = [&] {
        QStringList n;
        for (const auto &c : columns)
            n << c.name;
        return n.join(QStringLiteral(", "));
    };
    const GeometryColumns &g = m_options.geometryColumns;
    if (!g.wkt.isEmpty()) {
        m_wktColumn = find(g.wkt);
        if (m_wktColumn < 0)
            return fail(Problem::GeometryColumns, QCoreApplication::translate("Import", "%1 has no column '%2' (its columns: %3).")
                                                      .arg(m_source->fileName(), g.wkt, names()));
        return true;
    }
    if (!g.x.isEmpty() || !g.y.isEmpty()) {
        m_xColumn = find(g.x);
        m_yColumn = find(g.y);
        if (m_xColumn < 0 || m_yColumn < 0)
            return fail(Problem::GeometryColumns,
                        QCoreApplication::translate("Import", "%1 has no columns '%2' and '%3' for X and Y (its columns: %4).")
                            .arg(m_source->fileName(), g.x, g.y, names()));
        return true;
    }
    if (!m_source->isTable() && m_source->selected().geometryType != QLatin1String("None"))
        return true;
    // A table: its geometry is in columns found by their usual names.
    for (const char *n : {"wkt", "geom", "geometry", "the_geom", "geometria", "wkt_geom", "shape"}) {
        m_wktColumn = find(QString::fromLatin1(n));
        if (m_wktColumn >= 0)
            return true;
    }
    const char *pairs[][2] = {{"x", "y"},         {"lon", "lat"},           {"lng", "lat"},
                              {"longitude", "latitude"}, {"longitudine", "latitudine"}, {"est", "nord"},
                              {"easting", "northing"},   {"coord_x", "coord_y"},       {"x_coord", "y_coord"}};
    for (const auto &p : pairs) {
        m_xColumn = find(QString::fromLatin1(p[0]));
        m_yColumn = find(QString::fromLatin1(p[1]));
        if (m_xColumn >= 0 && m_yColumn >= 0)
            return true;
    }
    m_xColumn = m_yColumn = -1;
    return fail(Problem::GeometryColumns,
                QCoreApplication::translate("Import", "%1 has no geometry: name its WKT column, or its X and Y columns (its columns: %2).")
                    .arg(m_source->fileName(), names()));
}

bool Importer::settleSrs()
{
    const bool fromColumns = m_wktColumn >= 0 || m_xColumn >= 0;
    OGRSpatialReferenceH fileSrs = fromColumns ? nullptr : OGR_L_GetSpatialRef(m_source->ogrLayer());
    const int chosen = m_options.srsEpsg;
    SrsPtr chosenSrs;
    if (chosen > 0) {
        chosenSrs = srsFromEpsg(chosen);
        if (!chosenSrs)
            return fail(Problem::ChooseSrs, QCoreApplication::translate("Import", "EPSG:%1 is not a coordinate system Territori knows.").arg(chosen));
    }
    auto systemsList = [] {
        QStringList s;
        for (const auto &k : knownSystems())
            s << QStringLiteral("EPSG:%1 %2").arg(k.epsg).arg(QString::fromUtf8(k.name));
        return s.join(QStringLiteral("; "));
    };
    if (fileSrs) {
        const CrsInfo info = identify(fileSrs);
        const bool same = chosenSrs && (info.epsg == chosen || OSRIsSameEx(fileSrs, chosenSrs.get(), kSameCrs));
        if (chosenSrs && !same && !m_options.overrideFileSrs)
            return fail(Problem::SrsMismatch,
                        QCoreApplication::translate("Import", "%1 says its coordinates are in %2, but EPSG:%3 was chosen. If the file's "
                           "coordinate system is wrong, confirm EPSG:%3 explicitly.")
                            .arg(m_source->fileName(), describeSrs(fileSrs))
                            .arg(chosen));
        if (chosenSrs && !same) {
            m_sourceSrs = std::move(chosenSrs);
            m_sourceSrsText = describeSrs(m_sourceSrs.get());
        } else {
            // A system identified as an EPSG code is used by its EPSG definition, so PROJ picks the same datum
            // transformation as for the code itself (and as gdaltransform does), not one for the .prj's names.
            m_sourceSrs = info.epsg > 0 ? srsFromEpsg(info.epsg) : nullptr;
            if (!m_sourceSrs)
                m_sourceSrs = srsClone(fileSrs);
            m_sourceSrsText = describeSrs(m_sourceSrs.get());
        }
    } else {
        if (!chosenSrs)
            return fail(Problem::ChooseSrs,
                        QCoreApplication::translate("Import", "%1 does not say in which coordinate system its coordinates are. Choose it "
                           "(the comuni mostly use: %2).")
                            .arg(m_source->fileName(), systemsList()));
        m_sourceSrs = std::move(chosenSrs);
        m_sourceSrsText = describeSrs(m_sourceSrs.get());
    }
    m_storeSrs = srsFromEpsg(store::kWgs84);
    m_projected = OSRIsProjected(m_sourceSrs.get());
    m_identity = OSRIsSameEx(m_sourceSrs.get(), m_storeSrs.get(), kSameCrs);
    m_toStore.reset();
    if (!m_identity) {
        GdalErrors errors;
        m_toStore.reset(OCTNewCoordinateTransformation(m_sourceSrs.get(), m_storeSrs.get()));
        if (!m_toStore)
            return fail(Problem::ChooseSrs, QCoreApplication::translate("Import", "Coordinates in %1 cannot be converted to WGS 84: %2")
                                                .arg(m_sourceSrsText, errors.lastFailure()));
    }
    return true;
}

bool Importer::settleMapping()
{
    QStringList columns;
    for (const auto &c : m_source->selected().columns)
        columns << c.name;
    QStringList matchable = columns;
    for (int i : {m_wktColumn, m_xColumn, m_yColumn})
        if (i >= 0)
            matchable[i] = QString(); // geometry columns are not values
    if (m_options.automaticMapping) {
        m_mapping = matchFields(*m_layer, matchable);
    } else {
        m_mapping.clear();
        for (const auto &f : m_layer->fields)
            m_mapping.push_back(FieldMap{f.name, QString(), QVariant(), false});
    }
    for (const FieldMap &m : m_options.mapping) {
        if (!m_layer->field(m.target))
            return fail(Problem::Mapping, QCoreApplication::translate("Import", "The layer '%1' has no field '%2'.").arg(m_layer->name, m.target));
        if (!m.source.isEmpty() && !columns.contains(m.source, Qt::CaseInsensitive))
            return fail(Problem::Mapping, QCoreApplication::translate("Import", "%1 has no column '%2' (its columns: %3).")
                                              .arg(m_source->fileName(), m.source, columns.join(QStringLiteral(", "))));
        for (FieldMap &e : m_mapping) {
            if (e.target == m.target) {
                e = m;
                e.automatic = false;
            }
        }
    }
    m_mappingColumns.clear();
    for (const FieldMap &m : m_mapping) {
        int index = -1;
        for (int i = 0; i < columns.size() && !m.source.isEmpty(); ++i)
            if (columns[i].compare(m.source, Qt::CaseInsensitive) == 0)
                index = i;
        m_mappingColumns.push_back(index);
    }
    // What the file holds that the layer will not: the report names it, so nothing is left behind unsaid.
    m_unusedColumns.clear();
    for (int i = 0; i < columns.size(); ++i)
        if (!matchable[i].isEmpty() && std::find(m_mappingColumns.begin(), m_mappingColumns.end(), i) == m_mappingColumns.end())
            m_unusedColumns << columns[i];
    return true;
}

GeometryPtr Importer::rowGeometry(SourceFile::Row &row, Evaluated &out)
{
    const auto &columns = m_source->selected().columns;
    if (m_wktColumn >= 0) {
        const QString column = columns[size_t(m_wktColumn)].name;
        if (row.oversized[size_t(m_wktColumn)]) {
            out.error(QStringLiteral("geometry-size"), column,
                      QCoreApplication::translate("Import", "the geometry in column %1 is larger than an import accepts").arg(column));
            return nullptr;
        }
        QString text = row.values[size_t(m_wktColumn)].toString().trimmed();
        if (text.isEmpty()) {
            out.error(QStringLiteral("geometry-missing"), column,
                      QCoreApplication::translate("Import", "no geometry: the column %1 is empty").arg(column));
            return nullptr;
        }
        // EWKT as PostGIS writes it: the SRID prefix is dropped (the coordinate system is settled for the file).
        if (text.startsWith(QLatin1String("SRID="), Qt::CaseInsensitive) && text.contains(QLatin1Char(';')))
            text = text.mid(text.indexOf(QLatin1Char(';')) + 1);
        QByteArray utf8 = text.toUtf8();
        char *cursor = utf8.data();
        OGRGeometryH g = nullptr;
        GdalErrors quiet;
        if (OGR_G_CreateFromWkt(&cursor, nullptr, &g) != OGRERR_NONE || !g) {
            if (g)
                OGR_G_DestroyGeometry(g);
            out.error(QStringLiteral("geometry-missing"), column,
                      QCoreApplication::translate("Import", "the column %1 does not hold a WKT geometry ('%2')").arg(column, text.left(40)));
            return nullptr;
        }
        return GeometryPtr(g);
    }
    if (m_xColumn >= 0) {
        double x = 0, y = 0;
        const QVariant vx = row.values[size_t(m_xColumn)];
        const QVariant vy = row.values[size_t(m_yColumn)];
        const QString cx = columns[size_t(m_xColumn)].name;
        const QString cy = columns[size_t(m_yColumn)].name;
        if (!vx.isValid() || !vy.isValid() || vx.toString().trimmed().isEmpty() || vy.toString().trimmed().isEmpty()) {
            out.error(QStringLiteral("geometry-missing"), cx,
                      QCoreApplication::translate("Import", "no geometry: %1 or %2 is empty").arg(cx, cy));
            return nullptr;
        }
        if (!parseNumber(vx, &x)) {
            out.error(QStringLiteral("coordinates"), cx,
                      QCoreApplication::translate("Import", "%1: '%2' is not a number").arg(cx, vx.toString().left(40)));
            return nullptr;
        }
        if (!parseNumber(vy, &y)) {
            out.error(QStringLiteral("coordinates"), cy,
                      QCoreApplication::translate("Import", "%1: '%2' is not a number").arg(cy, vy.toString().left(40)));
            return nullptr;
        }
        GeometryPtr p(OGR_G_CreateGeometry(wkbPoint));
        OGR_G_SetPoint_2D(p.get(), 0, x, y);
        return p;
    }
    GeometryPtr g(OGR_F_StealGeometry(row.feature.get()));
    if (!g || OGR_G_IsEmpty(g.get())) {
        out.error(QStringLiteral("geometry-missing"), QString(), QCoreApplication::translate("Import", "the row has no geometry"));
        return nullptr;
    }
    return g;
}

bool Importer::fitGeometry(GeometryPtr &g, Evaluated &out, bool allowSplit)
{
    const GeometryType target = m_layer->geometryType();
    const OGRwkbGeometryType want = singleType(target);
    const OGRwkbGeometryType wantMulti = OGR_GT_GetCollection(want);
    // Named as the file holds it, before a one-part collection is unwrapped.
    QString held;
    auto description = [&] {
        if (held.isEmpty())
            held = describeGeometry(g.get());
        return held;
    };
    for (int depth = 0; depth < 4; ++depth) {
        if (!g || OGR_G_IsEmpty(g.get())) {
            out.error(QStringLiteral("geometry-missing"), QString(), QCoreApplication::translate("Import", "the row has an empty geometry"));
            return false;
        }
        const OGRwkbGeometryType type = OGR_GT_Flatten(OGR_G_GetGeometryType(g.get()));
        if (type == want)
            return true;
        if (type == wkbLinearRing && want == wkbLineString) {
            g.reset(OGR_G_ForceToLineString(g.release()));
            continue;
        }
        if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
            const int parts = OGR_G_GetGeometryCount(g.get());
            if (parts == 1) {
                OGRGeometryH member = OGR_G_GetGeometryRef(g.get(), 0);
                if (OGR_GT_Flatten(OGR_G_GetGeometryType(member)) != want)
                    description(); // a message may follow: it names the collection, not its member
                g.reset(OGR_G_Clone(member));
                continue;
            }
            // Several parts: of the layer's kind (a multi, or a collection holding only such shapes), or not.
            bool sameKind = type == wantMulti || type == wkbGeometryCollection;
            for (int i = 0; i < parts && sameKind && type == wkbGeometryCollection; ++i)
                sameKind = OGR_GT_Flatten(OGR_G_GetGeometryType(OGR_G_GetGeometryRef(g.get(), i))) == want;
            if (!sameKind) {
                out.error(QStringLiteral("geometry-type"), QString(),
                          QCoreApplication::translate("Import", "%1, but the layer holds %2").arg(description(), geometryName(target)));
                return false;
            }
            for (int i = 0; i < parts; ++i) {
                if (OGR_G_IsEmpty(OGR_G_GetGeometryRef(g.get(), i))) {
                    out.error(QStringLiteral("geometry-missing"), QString(),
                              QCoreApplication::translate("Import", "part %1 of the row's %2 parts is empty").arg(i + 1).arg(parts));
                    return false;
                }
            }
            if (type == wkbGeometryCollection) {
                description();
                g.reset(OGR_G_ForceTo(g.release(), wantMulti, nullptr));
            }
            if (m_layer->multi)
                return true;
            out.multiPart = true;
            if (allowSplit && m_options.splitMultiPart) {
                out.parts = parts;
                return true;
            }
            out.error(QStringLiteral("geometry-type"), QString(),
                      QCoreApplication::translate("Import", "%1: the layer holds single %2. Choose to split multi-part rows into one "
                         "feature per part, each with the row's values, or split it in your GIS.")
                          .arg(description(), geometryName(target)));
            return false;
        }
        if (want == wkbPolygon && type == wkbLineString && OGR_G_GetPointCount(g.get()) >= 4 &&
            OGR_G_GetX(g.get(), 0) == OGR_G_GetX(g.get(), OGR_G_GetPointCount(g.get()) - 1) &&
            OGR_G_GetY(g.get(), 0) == OGR_G_GetY(g.get(), OGR_G_GetPointCount(g.get()) - 1)) {
            // DXF and some CAD exports draw areas as closed polylines.
            GeometryPtr ring(OGR_G_CreateGeometry(wkbLinearRing));
            for (int i = 0; i < OGR_G_GetPointCount(g.get()); ++i)
                OGR_G_AddPoint_2D(ring.get(), OGR_G_GetX(g.get(), i), OGR_G_GetY(g.get(), i));
            GeometryPtr polygon(OGR_G_CreateGeometry(wkbPolygon));
            OGR_G_AddGeometryDirectly(polygon.get(), ring.release());
            g = std::move(polygon);
            out.warning(QStringLiteral("geometry-type"), QString(),
                        QCoreApplication::translate("Import", "a closed line was taken as the outline of a polygon"));
            continue;
        }
        out.error(QStringLiteral("geometry-type"), QString(),
                  QCoreApplication::translate("Import", "%1, but the layer holds %2").arg(description(), geometryName(target)));
        return false;
    }
    out.error(QStringLiteral("geometry-type"), QString(),
              QCoreApplication::translate("Import", "%1: collections nested this deep cannot be imported").arg(description()));
    return false;
}

bool Importer::validGeometry(OGRGeometryH g, bool perPart, QString *reason) const
{
    auto check = [&](OGRGeometryH part) {
        GdalErrors errors;
        if (OGR_G_IsValid(part))
            return true;
        *reason = errors.lastWarning();
        if (reason->isEmpty())
            *reason = errors.lastFailure();
        if (reason->isEmpty())
            *reason = QCoreApplication::translate("Import", "GEOS gives no reason");
        return false;
    };
    if (!perPart)
        return check(g);
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) {
        if (!check(OGR_G_GetGeometryRef(g, i))) {
            *reason = QCoreApplication::translate("Import", "part %1: %2").arg(i + 1).arg(*reason);
            return false;
        }
    }
    return true;
}

void Importer::checkTerritory(OGRGeometryH g, Evaluated &out)
{
    OGREnvelope env;
    OGR_G_GetEnvelope(g, &env);
    double x[5] = {env.MinX, env.MinX, env.MaxX, env.MaxX, (env.MinX + env.MaxX) / 2};
    double y[5] = {env.MinY, env.MaxY, env.MinY, env.MaxY, (env.MinY + env.MaxY) / 2};
    bool ok = true;
    if (!m_identity) {
        GdalErrors quiet;
        int success[5] = {0, 0, 0, 0, 0};
        ok = OCTTransformEx(m_toStore.get(), 5, x, y, nullptr, success) != 0;
        for (int s : success)
            ok = ok && s;
    }
    store::Envelope lonlat;
    for (int i = 0; i < 5 && ok; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]) || std::abs(x[i]) > 180 || std::abs(y[i]) > 90)
            ok = false;
        else if (i < 4)
            lonlat.expand(store::Coord{x[i], y[i]});
    }
    if (!ok) {
        out.error(QStringLiteral("coordinates"), QString(),
                  QCoreApplication::translate("Import", "the coordinates (%1, %2) are not valid in %3: is the coordinate system right?")
                      .arg(env.MinX, 0, 'f', 3)
                      .arg(env.MinY, 0, 'f', 3)
                      .arg(m_sourceSrsText));
        return;
    }
    out.lonlat = lonlat;
    const QString where = placeInWords(y[4], x[4], 5);
    if (!lonlat.intersects(m_territory)) {
        out.outside = true;
        // Accepted on request: then the coordinate system is not in doubt, the rows are where the file says.
        if (m_options.allowOutsideTerritory)
            out.warning(QStringLiteral("outside-territory"), QString(),
                        QCoreApplication::translate("Import", "the feature lies outside the territory of the Città metropolitana di Milano "
                           "(at %1); accepted, as chosen")
                            .arg(where));
        else
            out.error(QStringLiteral("outside-territory"), QString(),
                      QCoreApplication::translate("Import", "the feature lies outside the territory of the Città metropolitana di "
                         "Milano (at %1, read as %2): is the coordinate system right?")
                          .arg(where, m_sourceSrsText));
    } else if (lonlat.minX < m_territory.minX || lonlat.maxX > m_territory.maxX || lonlat.minY < m_territory.minY ||
               lonlat.maxY > m_territory.maxY) {
        out.warning(QStringLiteral("partly-outside"), QString(),
                    QCoreApplication::translate("Import", "the feature extends beyond the territory of the Città metropolitana di Milano"));
    }
}

void Importer::evaluate(SourceFile::Row &row, Evaluated &out, bool writing, unsigned char state)
{
    out.reset(row);
    const auto &columns = m_source->selected().columns;
    QStringList valueErrors;
    for (size_t k = 0; k < m_mapping.size(); ++k) {
        const FieldMap &m = m_mapping[k];
        const FieldDef *f = m_layer->field(m.target);
        if (!f)
            continue;
        const int col = m_mappingColumns[k];
        QVariant raw;
        if (col >= 0) {
            if (row.oversized[size_t(col)]) {
                out.error(QStringLiteral("value-too-long"), f->name,
                          QCoreApplication::translate("Import", "%1: the column %2 holds more than %3 bytes, more than any field may hold")
                              .arg(f->label.text(store::uiLanguage()), columns[size_t(col)].name)
                              .arg(kMaxValueBytes));
                valueErrors << f->name;
                continue;
            }
            raw = row.values[size_t(col)];
        } else if (m.constant.isValid()) {
            raw = m.constant;
        } else {
            continue;
        }
        if (raw.userType() == QMetaType::QByteArray) {
            out.error(QStringLiteral("value"), f->name,
                      QCoreApplication::translate("Import", "%1: the column %2 holds binary data, which cannot be imported")
                          .arg(f->label.text(store::uiLanguage()), columns[size_t(col)].name));
            valueErrors << f->name;
            continue;
        }
        QString error;
        const QVariant v = convertValue(*f, raw, &error);
        if (!error.isEmpty()) {
            out.error(QStringLiteral("value"), f->name, error);
            valueErrors << f->name;
        } else if (v.isValid()) {
            out.attributes.insert(f->name, v);
        }
    }
    for (const FieldIssue &issue : store::validateRecord(*m_layer, out.attributes)) {
        if (valueErrors.contains(issue.field))
            continue;
        if (issue.severity == FieldIssue::Severity::Missing)
            out.error(QStringLiteral("required"), issue.field, issue.message);
        else
            out.error(QStringLiteral("constraint"), issue.field, issue.message);
    }

    GeometryPtr g = rowGeometry(row, out);
    if (!g)
        return;
    // The layer keeps 2D coordinates: heights and measures are dropped, and the report says so for the file.
    const bool z = OGR_G_Is3D(g.get());
    const bool m = OGR_G_IsMeasured(g.get());
    if (z || m) {
        nonZeroZM(g.get(), z, m, &out.hasZ, &out.hasM);
        OGR_G_FlattenTo2D(g.get());
    }
    if (OGR_G_HasCurveGeometry(g.get(), TRUE))
        g.reset(OGR_G_GetLinearGeometry(g.get(), 0, nullptr));
    if (!fitGeometry(g, out, true))
        return;
    const bool split = out.parts > 1;
    const OGRwkbGeometryType fitted = OGR_GT_Flatten(OGR_G_GetGeometryType(g.get()));
    if (fitted == wkbPolygon || fitted == wkbMultiPolygon)
        OGR_G_CloseRings(g.get());
    if (OGR_G_WkbSize(g.get()) > kMaxGeometryBytes) {
        out.error(QStringLiteral("geometry-size"), QString(),
                  QCoreApplication::translate("Import", "the geometry has %1 vertices, more than an import accepts").arg(OGR_G_WkbSize(g.get()) / 16));
        return;
    }

    if (!writing) {
        QString reason;
        if (!validGeometry(g.get(), split, &reason)) {
            if (m_options.repairGeometries) {
                // A split row's parts become features of their own: each is repaired alone, and overlapping parts
                // stay as they are. A whole geometry is repaired as one.
                // A repair may give several parts (a DXF hatch whose islands GDAL reads as holes, a bow tie): they
                // are split like a row of several parts, when that is asked.
                GeometryPtr fixed = split ? repairedParts(g.get()) : repairedGeometry(g.get());
                Evaluated probe;
                probe.row = out.row;
                QString still;
                if (fixed && fitGeometry(fixed, probe, true) && validGeometry(fixed.get(), probe.parts > 1, &still)) {
                    g = std::move(fixed);
                    out.parts = probe.parts;
                    out.multiPart = out.multiPart || probe.multiPart;
                    out.repaired = true;
                    out.warning(QStringLiteral("geometry-repaired"), QString(),
                                QCoreApplication::translate("Import", "the geometry was not valid (%1) and was repaired").arg(reason));
                } else if (fixed && probe.multiPart && !probe.issues.empty()) {
                    out.multiPart = true;
                    out.error(QStringLiteral("geometry-invalid"), QString(),
                              QCoreApplication::translate("Import", "the geometry is not valid (%1) and repairing it gives %2")
                                  .arg(reason, probe.issues.front().message));
                    return;
                } else {
                    out.error(QStringLiteral("geometry-invalid"), QString(),
                              QCoreApplication::translate("Import", "the geometry is not valid (%1) and repairing it does not give one of the "
                                 "layer's %2")
                                  .arg(reason, geometryName(m_layer->geometryType())));
                    return;
                }
            } else {
                out.error(QStringLiteral("geometry-invalid"), QString(),
                          QCoreApplication::translate("Import", "the geometry is not valid (%1); it can be repaired on request").arg(reason));
                return;
            }
        }
        // What the store refuses after conversion (a polygon without area, a line without length), part by part, with
        // a margin so the write never refuses a row this pass accepted.
        const OGRwkbGeometryType type = OGR_GT_Flatten(OGR_G_GetGeometryType(g.get()));
        const bool multi = OGR_GT_IsSubClassOf(type, wkbGeometryCollection);
        const int parts = multi ? OGR_G_GetGeometryCount(g.get()) : 1;
        for (int i = 0; i < parts; ++i) {
            OGRGeometryH part = multi ? OGR_G_GetGeometryRef(g.get(), i) : g.get();
            const OGRwkbGeometryType partType = OGR_GT_Flatten(OGR_G_GetGeometryType(part));
            if (partType == wkbPolygon && OGR_G_Area(part) < (m_projected ? 1e-3 : 1e-13)) {
                out.error(QStringLiteral("geometry-invalid"), QString(),
                          multi ? QCoreApplication::translate("Import", "part %1 of the row's %2 parts has no area").arg(i + 1).arg(parts)
                                : QCoreApplication::translate("Import", "the polygon has no area"));
                return;
            }
            if (partType == wkbLineString && OGR_G_Length(part) < (m_projected ? 1e-3 : 1e-10)) {
                out.error(QStringLiteral("geometry-invalid"), QString(),
                          multi ? QCoreApplication::translate("Import", "part %1 of the row's %2 parts has no length").arg(i + 1).arg(parts)
                                : QCoreApplication::translate("Import", "the line has no length"));
                return;
            }
        }
        checkTerritory(g.get(), out);
        out.geometry = std::move(g);
        return;
    }

    if (state & RowRepaired) {
        GeometryPtr fixed = split ? repairedParts(g.get()) : repairedGeometry(g.get());
        out.parts = 1;
        if (!fixed || !fitGeometry(fixed, out, true))
            return;
        g = std::move(fixed);
        out.repaired = true;
    }
    out.geometry = std::move(g);
    toStore(out);
}

bool Importer::toStore(Evaluated &out)
{
    OGRGeometryH g = out.geometry.get();
    if (!m_identity) {
        GdalErrors errors;
        if (OGR_G_Transform(g, m_toStore.get()) != OGRERR_NONE) {
            out.error(QStringLiteral("coordinates"), QString(),
                      QCoreApplication::translate("Import", "the coordinates cannot be converted from %1 to WGS 84").arg(m_sourceSrsText));
            return false;
        }
    }
    QByteArray wkb(OGR_G_WkbSize(g), Qt::Uninitialized);
    OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
    QString error;
    if (!store::fromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size()), out.stored,
                        &error)) {
        out.error(QStringLiteral("geometry-invalid"), QString(), error);
        return false;
    }
    // A single shape for a multi-part layer becomes a multi of one part (a split row stays whole: it is cut later).
    out.stored = store::convertedTo(out.stored, m_layer->geometryType());
    return true;
}

// ---- Duplicates ----------------------------------------------------------------------------------------------------

QByteArray Importer::attributesKey(const QVariantMap &attributes) const
{
    QByteArray key;
    key.reserve(256);
    for (const FieldDef &f : m_layer->fields) {
        key += store::toJsonText(f, attributes.value(f.name));
        key += '\x1f';
    }
    return key;
}

void Importer::indexExisting()
{
    if (m_existingIndexed)
        return;
    m_existingIndexed = true;
    store::Database &db = m_project.db();
    QStringList cols{QStringLiteral("\"fid\"")};
    for (const FieldDef &f : m_layer->fields)
        cols << store::quoteIdentifier(f.name);
    store::Statement st = db.prepare(QStringLiteral("SELECT %1 FROM %2")
                                         .arg(cols.join(QStringLiteral(", ")), store::quoteIdentifier(m_layer->name)));
    QVariantMap attrs;
    while (st.step()) {
        attrs.clear();
        int c = 1;
        for (const FieldDef &f : m_layer->fields) {
            const QVariant v = store::fromStorage(f, st.value(c++));
            if (v.isValid())
                attrs.insert(f.name, v);
        }
        const QByteArray key = QCryptographicHash::hash(attributesKey(attrs), QCryptographicHash::Md5);
        m_existing.emplace(key.toStdString(), st.int64(0));
    }
}

bool Importer::duplicateOfExisting(store::Database &db, const QByteArray &key, OGRGeometryH g, QString *uuid)
{
    const auto range = m_existing.equal_range(key.toStdString());
    if (range.first == range.second)
        return false;
    GeometryPtr copy(OGR_G_Clone(g));
    if (!m_identity) {
        GdalErrors quiet;
        if (OGR_G_Transform(copy.get(), m_toStore.get()) != OGRERR_NONE)
            return false;
    }
    QByteArray wkb(OGR_G_WkbSize(copy.get()), Qt::Uninitialized);
    OGR_G_ExportToIsoWkb(copy.get(), wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
    store::Geometry candidate;
    if (!store::fromWkb(reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size()), candidate))
        return false;
    candidate = store::convertedTo(candidate, m_layer->geometryType());
    const QByteArray sql = QStringLiteral("SELECT \"geom\", \"uuid\" FROM %1 WHERE \"fid\" = ?")
                               .arg(store::quoteIdentifier(m_layer->name))
                               .toUtf8();
    for (auto it = range.first; it != range.second; ++it) {
        store::Statement st = db.cached(sql.constData());
        st.bind(1, it->second);
        if (!st.step())
            continue;
        store::Geometry existing;
        if (store::fromGpkgBlob(st.blob(0), existing) && store::sameGeometry(candidate, existing)) {
            *uuid = st.text(1);
            return true;
        }
    }
    return false;
}

// ---- Passes --------------------------------------------------------------------------------------------------------

Preview Importer::preview(int rows)
{
    Preview p;
    p.mapping = m_mapping;
    if (!m_source || m_problem != Problem::None)
        return p;
    for (const auto &c : m_source->selected().columns)
        p.sourceColumns << c.name;
    m_source->rewind();
    SourceFile::Row row;
    Evaluated ev;
    QString error;
    for (int i = 0; i < rows; ++i) {
        if (m_source->next(row, &error) != SourceFile::Next::Row)
            break;
        PreviewRow pr;
        pr.row = row.number;
        for (size_t c = 0; c < row.values.size(); ++c)
            pr.source << (row.oversized[c] ? QStringLiteral("…") : displayValue(row.values[c]).left(200));
        evaluate(row, ev, false, 0);
        for (const FieldMap &m : m_mapping)
            pr.converted << displayValue(ev.attributes.value(m.target));
        for (const ImportIssue &i : ev.issues)
            pr.problems << i.message;
        p.rows.push_back(std::move(pr));
    }
    m_source->rewind();
    return p;
}

} // namespace territori::gis
