#include "wfs.h"

#include "language.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace territori::sync::wfs {

using namespace territori::store;

namespace {

constexpr const char *kNamespaces =
    "xmlns:wfs=\"http://www.opengis.net/wfs\" xmlns:gml=\"http://www.opengis.net/gml\" "
    "xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:qgs=\"http://www.qgis.org/gml\"";


QString number(double v)
{
    return QString::number(v, 'g', 17);
}

QString positions(const Ring &ring)
{
    QString s;
    s.reserve(int(ring.size()) * 40);
    for (const Coord &c : ring) {
        if (!s.isEmpty())
            s += QLatin1Char(' ');
        s += number(c.x) + QLatin1Char(' ') + number(c.y);
    }
    return s;
}

QString gmlPolygon(const std::vector<Ring> &rings, bool srs)
{
    QString s = srs ? QStringLiteral("<gml:Polygon srsName=\"EPSG:4326\">") : QStringLiteral("<gml:Polygon>");
    for (size_t i = 0; i < rings.size(); ++i) {
        const char *tag = i == 0 ? "exterior" : "interior";
        s += QStringLiteral("<gml:%1><gml:LinearRing><gml:posList>%2</gml:posList></gml:LinearRing></gml:%1>")
                 .arg(QLatin1String(tag), positions(rings[i]));
    }
    return s + QStringLiteral("</gml:Polygon>");
}

void appendProperties(QString &out, const std::vector<Property> &props, bool update)
{
    for (const Property &p : props) {
        if (update) {
            out += QStringLiteral("<wfs:Property><wfs:Name>%1</wfs:Name>").arg(xmlEscape(p.name));
            // No wfs:Value means NULL; an empty wfs:Value would store an empty string (sit-wfst.md Q6).
            if (p.value)
                out += QStringLiteral("<wfs:Value>%1</wfs:Value>").arg(xmlEscape(*p.value));
            out += QStringLiteral("</wfs:Property>");
        } else if (p.value) {
            out += QStringLiteral("<qgs:%1>%2</qgs:%1>").arg(xmlEscape(p.name), xmlEscape(*p.value));
        }
    }
}

QString literalFilter(const QString &property, const QString &value)
{
    return QStringLiteral("<ogc:PropertyIsEqualTo><ogc:PropertyName>%1</ogc:PropertyName><ogc:Literal>%2"
                          "</ogc:Literal></ogc:PropertyIsEqualTo>")
        .arg(property, xmlEscape(value));
}

QUrl withQuery(const QUrl &base, const QList<QPair<QString, QString>> &items)
{
    QUrl url = base;
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=') +
                 QString::fromLatin1(QUrl::toPercentEncoding(item.second));
    }
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

QList<QPair<QString, QString>> getFeature(const QString &typeName)
{
    return {{QStringLiteral("SERVICE"), QStringLiteral("WFS")},
            {QStringLiteral("VERSION"), QStringLiteral("1.1.0")},
            {QStringLiteral("REQUEST"), QStringLiteral("GetFeature")},
            {QStringLiteral("TYPENAME"), typeName}};
}

QString rootName(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name().toString();
    }
    return QString();
}

QString notExpected(const QByteArray &body, const QString &expected)
{
    const QString exception = serviceExceptionMessage(body);
    if (!exception.isEmpty())
        return QCoreApplication::translate("Sync", "The server refused the request: %1").arg(exception);
    const QByteArray head = body.left(200).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return QCoreApplication::translate("Sync", "The server sent a web page instead of %1 (is the address that of "
                                                   "the SIT's WFS service?).")
            .arg(expected);
    if (body.isEmpty())
        return QCoreApplication::translate("Sync", "The server sent an empty reply instead of %1.").arg(expected);
    return QCoreApplication::translate("Sync", "The server sent something other than %1.").arg(expected);
}

} // namespace

QString unexpectedReply(const QByteArray &body, const QByteArray &contentType, const QString &expected)
{
    if (body.trimmed().startsWith('<') || body.isEmpty())
        return notExpected(body, expected);
    return QCoreApplication::translate("Sync", "The server sent something other than %1 (%2).")
        .arg(expected, QString::fromLatin1(contentType.isEmpty() ? QByteArray("no content type") : contentType));
}

QString xmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    const QVector<uint> codes = text.toUcs4();
    for (uint c : codes) {
        switch (c) {
        case '&': out += QLatin1String("&amp;"); continue;
        case '<': out += QLatin1String("&lt;"); continue;
        case '>': out += QLatin1String("&gt;"); continue;
        case '"': out += QLatin1String("&quot;"); continue;
        case '\'': out += QLatin1String("&apos;"); continue;
        default: break;
        }
        const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                             (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
        if (!allowed)
            c = 0xFFFD;
        if (c < 0x80)
            out += QChar(ushort(c));
        else
            out += QStringLiteral("&#%1;").arg(c);
    }
    return out;
}

EncodedValue encodeValue(const FieldDef &field, const QJsonValue &value)
{
    EncodedValue out;
    if (value.isNull() || value.isUndefined())
        return out;
    const QVariant v = normalizeValue(field, value.toVariant(), &out.error);
    if (!out.error.isEmpty() || !v.isValid())
        return out;
    switch (field.type) {
    case FieldType::Integer: out.text = QString::number(v.toLongLong()); break;
    case FieldType::Decimal: out.text = number(v.toDouble()); break;
    case FieldType::Boolean: out.text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false"); break;
    default: out.text = toStorage(field, v).toString(); break;
    }
    const QString problem = textTravelProblem(*out.text);
    if (!problem.isEmpty()) {
        out.error = field.label.text(uiLanguage()) + QStringLiteral(": ") + problem;
        out.text.reset();
    }
    return out;
}

QString encodeGml(const Geometry &g)
{
    if (g.isEmpty())
        return QString();
    switch (g.type) {
    case GeometryType::Point: {
        const Coord &c = g.parts[0][0][0];
        return QStringLiteral("<gml:Point srsName=\"EPSG:4326\"><gml:pos>%1 %2</gml:pos></gml:Point>")
            .arg(number(c.x), number(c.y));
    }
    case GeometryType::LineString:
        return QStringLiteral("<gml:LineString srsName=\"EPSG:4326\"><gml:posList>%1</gml:posList></gml:LineString>")
            .arg(positions(g.parts[0][0]));
    case GeometryType::Polygon: return gmlPolygon(g.parts[0], true);
    case GeometryType::MultiPoint: {
        QString s = QStringLiteral("<gml:MultiPoint srsName=\"EPSG:4326\">");
        for (const auto &part : g.parts)
            s += QStringLiteral("<gml:pointMember><gml:Point><gml:pos>%1</gml:pos></gml:Point></gml:pointMember>")
                     .arg(positions(part[0]));
        return s + QStringLiteral("</gml:MultiPoint>");
    }
    case GeometryType::MultiLineString: {
        QString s = QStringLiteral("<gml:MultiLineString srsName=\"EPSG:4326\">");
        for (const auto &part : g.parts)
            s += QStringLiteral("<gml:lineStringMember><gml:LineString><gml:posList>%1</gml:posList></gml:LineString>"
                                "</gml:lineStringMember>")
                     .arg(positions(part[0]));
        return s + QStringLiteral("</gml:MultiLineString>");
    }
    case GeometryType::MultiPolygon: {
        QString s = QStringLiteral("<gml:MultiPolygon srsName=\"EPSG:4326\">");
        for (const auto &part : g.parts)
            s += QStringLiteral("<gml:polygonMember>%1</gml:polygonMember>").arg(gmlPolygon(part, false));
        return s + QStringLiteral("</gml:MultiPolygon>");
    }
    case GeometryType::None: break;
    }
    return QString();
}

QByteArray encodeTransaction(const std::vector<InsertAction> &inserts, const std::vector<UpdateAction> &updates)
{
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><wfs:Transaction service=\"WFS\" "
                                 "version=\"1.1.0\" %1>")
                      .arg(QLatin1String(kNamespaces));
    for (const InsertAction &a : inserts) {
        // One feature per wfs:Insert: QGIS Server 3.22 refuses several (HTTP 400).
        out += QStringLiteral("<wfs:Insert handle=\"%1\"><qgs:%2>").arg(xmlEscape(a.handle), xmlEscape(a.typeName));
        appendProperties(out, a.properties, false);
        if (!a.geometry.isEmpty())
            out += QStringLiteral("<qgs:geometry>%1</qgs:geometry>").arg(encodeGml(a.geometry));
        out += QStringLiteral("</qgs:%1></wfs:Insert>").arg(xmlEscape(a.typeName));
    }
    for (const UpdateAction &a : updates) {
        out += QStringLiteral("<wfs:Update typeName=\"qgs:%1\" handle=\"%2\">")
                   .arg(xmlEscape(a.typeName), xmlEscape(a.handle));
        appendProperties(out, a.properties, true);
        if (a.geometry) {
            out += QStringLiteral("<wfs:Property><wfs:Name>geometry</wfs:Name>");
            if (!a.geometry->isEmpty())
                out += QStringLiteral("<wfs:Value>%1</wfs:Value>").arg(encodeGml(*a.geometry));
            out += QStringLiteral("</wfs:Property>");
        }
        // Without a filter an Update changes every row (sit-wfst.md Q8): the uuid is always there.
        QString filter = literalFilter(sit::uuid, a.uuid);
        if (a.rev)
            filter = QStringLiteral("<ogc:And>%1%2</ogc:And>").arg(filter, literalFilter(sit::rev, QString::number(*a.rev)));
        out += QStringLiteral("<ogc:Filter>%1</ogc:Filter></wfs:Update>").arg(filter);
    }
    out += QStringLiteral("</wfs:Transaction>");
    return out.toUtf8();
}

QString serviceExceptionMessage(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    bool inReport = false;
    QStringList messages;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("ServiceExceptionReport") || name == QLatin1String("ExceptionReport"))
            inReport = true;
        else if (!inReport)
            return QString();
        else if (name == QLatin1String("ServiceException") || name == QLatin1String("ExceptionText"))
            messages << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return messages.join(QStringLiteral("; "));
}

bool parseTransactionResponse(const QByteArray &body, TransactionResult &out, QString *error)
{
    out = TransactionResult();
    const QString root = rootName(body);
    if (root != QLatin1String("TransactionResponse") && root != QLatin1String("WFS_TransactionResponse")) {
        if (error)
            *error = notExpected(body, QCoreApplication::translate("Sync", "a WFS transaction response"));
        return false;
    }
    QXmlStreamReader xml(body);
    QString locator, handle;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == QLatin1String("totalInserted"))
            out.totalInserted = xml.readElementText().toInt();
        else if (name == QLatin1String("totalUpdated"))
            out.totalUpdated = xml.readElementText().toInt();
        else if (name == QLatin1String("totalDeleted"))
            out.totalDeleted = xml.readElementText().toInt();
        else if (name == QLatin1String("Action"))
            locator = xml.attributes().value(QLatin1String("locator")).toString();
        else if (name == QLatin1String("Message"))
            out.failures.insert(locator, xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        else if (name == QLatin1String("Feature"))
            handle = xml.attributes().value(QLatin1String("handle")).toString();
        else if (name == QLatin1String("FeatureId"))
            out.inserted.insert(handle, xml.attributes().value(QLatin1String("fid")).toString());
    }
    if (xml.hasError()) {
        if (error)
            *error = QCoreApplication::translate("Sync", "The server's reply is cut off or malformed (%1, line %2).")
                         .arg(xml.errorString())
                         .arg(xml.lineNumber());
        return false;
    }
    return true;
}

bool parseDescribeFeatureType(const QByteArray &body, QHash<QString, QStringList> &properties, QString *error)
{
    const QString root = rootName(body);
    if (root != QLatin1String("schema")) {
        if (error)
            *error = notExpected(body, QCoreApplication::translate("Sync", "a feature type description"));
        return false;
    }
    QXmlStreamReader xml(body);
    QString type;
    int depth = 0, typeDepth = -1;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depth == typeDepth)
                typeDepth = -1;
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const auto name = xml.name();
        if (name == QLatin1String("complexType")) {
            type = xml.attributes().value(QLatin1String("name")).toString();
            if (type.endsWith(QLatin1String("Type")))
                type.chop(4);
            typeDepth = depth;
            properties[type];
        } else if (name == QLatin1String("element") && typeDepth >= 0) {
            properties[type] << xml.attributes().value(QLatin1String("name")).toString();
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = QCoreApplication::translate("Sync", "The server's feature type description is cut off or malformed (%1).").arg(xml.errorString());
        return false;
    }
    return true;
}

bool isJson(const QByteArray &contentType)
{
    const QByteArray t = contentType.toLower();
    return t.startsWith("application/json") || t.startsWith("application/geo+json") ||
           t.startsWith("application/vnd.geo+json");
}

bool isXml(const QByteArray &contentType)
{
    const QByteArray t = contentType.toLower();
    return t.startsWith("text/xml") || t.startsWith("application/xml") || t.contains("+xml");
}

bool parseFeaturePage(const QByteArray &body, const LayerDef *layer, FeaturePage &out, QString *error,
                      const QString &typeName)
{
    out = FeaturePage();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        out = FeaturePage();
        return false;
    };
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (doc.isNull()) {
        if (body.trimmed().startsWith('<'))
            return fail(notExpected(body, QCoreApplication::translate("Sync", "GeoJSON features")));
        return fail(QCoreApplication::translate("Sync", "The server's list of features is cut off or malformed (%1 at byte %2).")
                        .arg(perr.errorString())
                        .arg(perr.offset));
    }
    const QJsonObject collection = doc.object();
    if (collection.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection") ||
        !collection.value(QStringLiteral("features")).isArray())
        return fail(QCoreApplication::translate("Sync", "The server's reply is JSON but not a GeoJSON FeatureCollection."));
    const QJsonArray features = collection.value(QStringLiteral("features")).toArray();
    out.features.reserve(size_t(features.size()));
    for (const QJsonValue &fv : features) {
        const QJsonObject f = fv.toObject();
        const QJsonObject p = f.value(QStringLiteral("properties")).toObject();
        RemoteFeature r;
        r.uuid = p.value(sit::uuid).toString();
        if (r.uuid.isEmpty()) {
            const QString id = f.value(QStringLiteral("id")).toString();
            r.uuid = id.mid(id.indexOf(QLatin1Char('.')) + 1);
        }
        const QJsonValue rev = p.value(sit::rev);
        if (r.uuid.isEmpty() || !rev.isDouble())
            return fail(QCoreApplication::translate("Sync", "A feature in the server's reply has no uuid or no revision: the SIT layer is not set up "
                           "for sync (see docs/sit.md)."));
        r.rev = qint64(rev.toDouble());
        out.maxRev = std::max(out.maxRev, r.rev);
        if (!layer) {
            r.layer = p.value(QStringLiteral("layer")).toString();
            if (typeName == sit::moderation) {
                r.moderationOnly = true;
                r.moderationState = p.value(QStringLiteral("stato")).toString();
                r.moderationReason = p.value(QStringLiteral("motivo")).toString();
            } else {
                r.deleted = true;
                r.tombstone = true;
            }
            out.features.push_back(std::move(r));
            continue;
        }
        r.layer = layer->name;
        r.deleted = p.value(sit::deleted).toBool(false);
        r.lastOp = p.value(sit::lastOp).toString();
        r.updatedBy = p.value(sit::updatedBy).toString();
        for (const FieldDef &field : layer->fields) {
            const QJsonValue j = p.value(field.name);
            if (j.isNull() || j.isUndefined())
                continue;
            QString problem;
            const QVariant v = normalizeValue(field, j.toVariant(), &problem);
            if (!problem.isEmpty()) {
                out.warnings << QCoreApplication::translate("Sync", "%1 %2: %3 (left empty on this device)").arg(layer->name, r.uuid, problem);
                continue;
            }
            if (v.isValid())
                r.attributes.insert(field.name, v);
        }
        auto time = [&](const QString &key) {
            return QDateTime::fromString(p.value(key).toString(), Qt::ISODateWithMs).toUTC();
        };
        r.meta.createdAt = time(columns::createdAt);
        r.meta.modifiedAt = time(sit::updatedAt);
        r.meta.author = p.value(columns::author).toString();
        r.meta.device = p.value(columns::device).toString();
        if (p.value(columns::gpsAccuracy).isDouble())
            r.meta.gpsAccuracy = p.value(columns::gpsAccuracy).toDouble();
        r.meta.gpsFixTime = time(columns::gpsFixTime);
        r.meta.draft = p.value(columns::draft).toBool(false);
        r.meta.source = p.value(columns::source).toString();
        r.meta.syncRev = r.rev;
        const QJsonValue g = f.value(QStringLiteral("geometry"));
        if (g.isObject()) {
            QString gerr;
            if (!fromGeoJson(g.toObject(), r.geometry, &gerr)) {
                fail(QCoreApplication::translate("Sync", "The geometry of %1 %2 in the server's reply is unreadable: %3").arg(layer->name, r.uuid, gerr));
                out.unreadable = true;
                return false;
            }
            if (layer)
                r.geometry = convertedTo(r.geometry, layer->geometryType());
        }
        out.features.push_back(std::move(r));
    }
    return true;
}

bool parseHits(const QByteArray &body, qint64 &count, QString *error)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("FeatureCollection")) {
            bool ok = false;
            count = xml.attributes().value(QLatin1String("numberOfFeatures")).toLongLong(&ok);
            if (ok)
                return true;
        }
        break;
    }
    if (error)
        *error = notExpected(body, QCoreApplication::translate("Sync", "a feature count"));
    return false;
}

QByteArray changesRequest(const QString &typeName, qint64 afterRev, std::optional<qint64> upToRev, int max,
                          bool hitsOnly, bool idsOnly, const QString &alsoProperty, const QString &area, bool outside)
{
    const QString result = hitsOnly ? QStringLiteral("resultType=\"hits\"")
                                    : QStringLiteral("outputFormat=\"application/json\" maxFeatures=\"%1\"").arg(max);
    QString filter = QStringLiteral("<ogc:PropertyIsGreaterThan><ogc:PropertyName>rev</ogc:PropertyName><ogc:Literal>%1"
                                    "</ogc:Literal></ogc:PropertyIsGreaterThan>")
                         .arg(afterRev);
    if (upToRev)
        filter = QStringLiteral("<ogc:And>%1<ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>rev</ogc:PropertyName>"
                                "<ogc:Literal>%2</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo></ogc:And>")
                     .arg(filter)
                     .arg(*upToRev);
    if (!area.isEmpty()) {
        // The spatial test goes last: QGIS Server turns the revision range into SQL and the intersection into the
        // geometry index's bounding-box search plus an exact test; a Not() of it is tested row by row, so only on
        // the rows of the window.
        const QString intersects = QStringLiteral("<ogc:Intersects><ogc:PropertyName>geometry</ogc:PropertyName>%1"
                                                  "</ogc:Intersects>")
                                       .arg(area);
        filter = QStringLiteral("<ogc:And>%1%2</ogc:And>")
                     .arg(filter, outside ? QStringLiteral("<ogc:Not>%1</ogc:Not>").arg(intersects) : intersects);
    }
    const QString sort = hitsOnly ? QString()
                                  : QStringLiteral("<ogc:SortBy><ogc:SortProperty><ogc:PropertyName>rev</ogc:PropertyName>"
                                                   "<ogc:SortOrder>ASC</ogc:SortOrder></ogc:SortProperty></ogc:SortBy>");
    // Only what names a feature and its version: enough to compare, and to name one whose row does not fit in a
    // reply.
    const QString properties = idsOnly ? QStringLiteral("<wfs:PropertyName>uuid</wfs:PropertyName>"
                                                        "<wfs:PropertyName>rev</wfs:PropertyName>"
                                                        "<wfs:PropertyName>deleted</wfs:PropertyName>") +
                                             (alsoProperty.isEmpty() ? QString()
                                                                     : QStringLiteral("<wfs:PropertyName>%1</wfs:PropertyName>")
                                                                           .arg(xmlEscape(alsoProperty)))
                                       : QString();
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><wfs:GetFeature service=\"WFS\" version=\"1.1.0\" "
                          "%1 %2><wfs:Query typeName=\"%3\" srsName=\"EPSG:4326\">%6<ogc:Filter>%4</ogc:Filter>%5"
                          "</wfs:Query></wfs:GetFeature>")
        .arg(result, QLatin1String(kNamespaces), xmlEscape(typeName), filter, sort, properties)
        .toUtf8();
}

QUrl serviceUrl(const QUrl &base)
{
    return withQuery(base, {{QStringLiteral("SERVICE"), QStringLiteral("WFS")}});
}

QUrl featuresByIdUrl(const QUrl &base, const QString &typeName, const QStringList &uuids)
{
    QStringList ids;
    for (const QString &u : uuids)
        ids << typeName + QLatin1Char('.') + u;
    auto items = getFeature(typeName);
    items << qMakePair(QStringLiteral("OUTPUTFORMAT"), QStringLiteral("application/json"))
          << qMakePair(QStringLiteral("SRSNAME"), QStringLiteral("EPSG:4326"))
          << qMakePair(QStringLiteral("FEATUREID"), ids.join(QLatin1Char(',')));
    return withQuery(base, items);
}

QUrl allFeaturesUrl(const QUrl &base, const QString &typeName)
{
    auto items = getFeature(typeName);
    items << qMakePair(QStringLiteral("OUTPUTFORMAT"), QStringLiteral("application/json"));
    return withQuery(base, items);
}

namespace {

// The features of a GeoJSON FeatureCollection, or why the body is not one.
bool featureArray(const QByteArray &body, QJsonArray &features, QString *error)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (doc.isNull()) {
        if (error)
            *error = body.trimmed().startsWith('<')
                         ? notExpected(body, QCoreApplication::translate("Sync", "GeoJSON features"))
                         : QCoreApplication::translate("Sync", "The server's list of features is cut off or malformed (%1 at byte %2).")
                               .arg(perr.errorString())
                               .arg(perr.offset);
        return false;
    }
    const QJsonObject collection = doc.object();
    if (collection.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection") ||
        !collection.value(QStringLiteral("features")).isArray()) {
        if (error)
            *error = QCoreApplication::translate("Sync", "The server's reply is JSON but not a GeoJSON FeatureCollection.");
        return false;
    }
    features = collection.value(QStringLiteral("features")).toArray();
    return true;
}

} // namespace

bool parseWatermark(const QByteArray &body, qint64 &highWater, QString *error)
{
    QJsonArray features;
    if (!featureArray(body, features, error))
        return false;
    const QJsonValue v = features.first().toObject().value(QStringLiteral("properties")).toObject().value(
        QStringLiteral("high_water"));
    if (features.size() != 1 || !v.isDouble() || v.toDouble() < 0) {
        if (error)
            *error = QCoreApplication::translate("Sync", "The SIT's feed watermark (territori_feed_state) is not one row with a revision.");
        return false;
    }
    highWater = qint64(v.toDouble());
    return true;
}

bool parseAppliedOps(const QByteArray &body, QHash<QString, qint64> &revs, QString *error)
{
    QJsonArray features;
    if (!featureArray(body, features, error))
        return false;
    for (const QJsonValue &fv : features) {
        const QJsonObject p = fv.toObject().value(QStringLiteral("properties")).toObject();
        const QString op = p.value(QStringLiteral("op")).toString();
        const QJsonValue rev = p.value(QStringLiteral("rev"));
        if (op.isEmpty() || !rev.isDouble()) {
            if (error)
                *error = QCoreApplication::translate("Sync", "A row of the SIT's applied operations has no operation or revision.");
            return false;
        }
        revs.insert(op, qint64(rev.toDouble()));
    }
    return true;
}

bool parseDigests(const QByteArray &body, std::vector<DigestRow> &rows, QString *error)
{
    rows.clear();
    QJsonArray features;
    if (!featureArray(body, features, error))
        return false;
    for (const QJsonValue &fv : features) {
        const QJsonObject p = fv.toObject().value(QStringLiteral("properties")).toObject();
        DigestRow r;
        const QJsonValue bucket = p.value(QStringLiteral("bucket"));
        const QJsonValue n = p.value(QStringLiteral("n"));
        r.digest = p.value(QStringLiteral("digest")).toString();
        r.moderation = p.value(QStringLiteral("moderazione")).toString();
        bool digits = !r.digest.isEmpty();
        for (QChar c : std::as_const(r.digest))
            digits = digits && c.isDigit();
        if (!bucket.isDouble() || !n.isDouble() || !digits) {
            if (error)
                *error = QCoreApplication::translate("Sync", "A row of the SIT's layer digest has no bucket, count or digest.");
            rows.clear();
            return false;
        }
        r.bucket = qint64(bucket.toDouble());
        r.count = qint64(n.toDouble());
        rows.push_back(std::move(r));
    }
    return true;
}

quint64 digestTerm(const QString &uuid, qint64 rev)
{
    const QByteArray md5 = QCryptographicHash::hash(uuid.toUtf8() + ':' + QByteArray::number(rev),
                                                    QCryptographicHash::Md5);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(md5[i]);
    return v >> 4; // the first 15 hex digits
}

QUrl describeUrl(const QUrl &base, const QStringList &typeNames)
{
    return withQuery(base, {{QStringLiteral("SERVICE"), QStringLiteral("WFS")},
                            {QStringLiteral("VERSION"), QStringLiteral("1.1.0")},
                            {QStringLiteral("REQUEST"), QStringLiteral("DescribeFeatureType")},
                            {QStringLiteral("TYPENAME"), typeNames.join(QLatin1Char(','))}});
}

QUrl transactionUrl(const QUrl &base)
{
    return withQuery(base, {{QStringLiteral("SERVICE"), QStringLiteral("WFS")},
                            {QStringLiteral("VERSION"), QStringLiteral("1.1.0")},
                            {QStringLiteral("REQUEST"), QStringLiteral("Transaction")}});
}

} // namespace territori::sync::wfs

namespace territori::sync::wfs {

QString areaGml(const Geometry &area)
{
    Geometry multi;
    multi.type = GeometryType::MultiPolygon;
    if (area.type == GeometryType::Polygon || area.type == GeometryType::MultiPolygon)
        multi.parts = area.parts;
    return encodeGml(multi);
}

bool parseCatalogue(const QByteArray &body, std::vector<CatalogueEntry> &entries, QString *error)
{
    entries.clear();
    QJsonArray features;
    if (!featureArray(body, features, error))
        return false;
    for (const QJsonValue &fv : features) {
        const QJsonObject p = fv.toObject().value(QStringLiteral("properties")).toObject();
        CatalogueEntry e;
        e.id = p.value(QStringLiteral("id")).toString();
        e.version = p.value(QStringLiteral("version")).toInt(0);
        e.format = p.value(QStringLiteral("format")).toInt(0);
        if (e.id.isEmpty() || e.version <= 0) {
            if (error)
                *error = QCoreApplication::translate("Sync", "A project of the SIT's catalogue has no id or version.");
            return false;
        }
        for (const QString &r : p.value(QStringLiteral("roles")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            e.roles << r.trimmed();
        e.title = store::LocalizedText::fromJson(QJsonDocument::fromJson(p.value(QStringLiteral("title")).toString().toUtf8()).object());
        if (e.title.isEmpty())
            e.title.it = e.title.en = e.id;
        e.description = store::LocalizedText::fromJson(
            QJsonDocument::fromJson(p.value(QStringLiteral("description")).toString().toUtf8()).object());
        e.sha256 = p.value(QStringLiteral("sha256")).toString();
        e.publishedAt = QDateTime::fromString(p.value(QStringLiteral("published_at")).toString(), Qt::ISODateWithMs);
        const QJsonValue definition = p.value(QStringLiteral("definition"));
        if (definition.isString()) {
            const QByteArray text = definition.toString().toUtf8();
            if (!e.sha256.isEmpty() &&
                QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex() != e.sha256.toLatin1()) {
                if (error)
                    *error = QCoreApplication::translate("Sync", "The definition of the project '%1' arrived damaged "
                                                                 "(it does not match its fingerprint).")
                                 .arg(e.id);
                return false;
            }
            QJsonParseError perr;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &perr);
            if (!doc.isObject()) {
                if (error)
                    *error = QCoreApplication::translate("Sync", "The definition of the project '%1' on the SIT is not "
                                                                 "valid JSON: %2")
                                 .arg(e.id, perr.errorString());
                return false;
            }
            e.definition = doc.object();
        }
        entries.push_back(std::move(e));
    }
    return true;
}

bool parseWorkAreas(const QByteArray &body, std::vector<AreaEntry> &areas, QString *error)
{
    areas.clear();
    QJsonArray features;
    if (!featureArray(body, features, error))
        return false;
    for (const QJsonValue &fv : features) {
        const QJsonObject f = fv.toObject();
        const QJsonObject p = f.value(QStringLiteral("properties")).toObject();
        AreaEntry a;
        a.id = p.value(QStringLiteral("id")).toString();
        a.kind = p.value(QStringLiteral("kind")).toString();
        a.name = p.value(QStringLiteral("name")).toString();
        a.code = p.value(QStringLiteral("code")).toString();
        a.sample = p.value(QStringLiteral("sample")).toBool(false);
        if (a.id.isEmpty() || a.name.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Sync", "A work area of the SIT has no id or name.");
            return false;
        }
        const QJsonValue g = f.value(QStringLiteral("geometry"));
        if (g.isObject()) {
            QString gerr;
            if (!fromGeoJson(g.toObject(), a.geometry, &gerr) ||
                (a.geometry.type != GeometryType::Polygon && a.geometry.type != GeometryType::MultiPolygon)) {
                if (error)
                    *error = QCoreApplication::translate("Sync", "The boundary of the work area '%1' is not a polygon: %2")
                                 .arg(a.name, gerr);
                return false;
            }
        }
        areas.push_back(std::move(a));
    }
    return true;
}

} // namespace territori::sync::wfs
