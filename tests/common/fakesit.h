#pragma once

// A small in-memory stand-in for the SIT behind a CannedTransport, for the engine's unit tests: it keeps rows with
// revisions, applies WFS-T Insert and compare-and-set Update as QGIS Server + the SIT kit do (a duplicate uuid fails
// the insert, a stale base_rev updates nothing), serves the change feed and the tombstones, and lets a test break
// any reply. The real stack is exercised by tests/integration/tst_sitsync.

#include "cannedtransport.h"
#include "layerdef.h"
#include "wfs.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <limits>
#include <map>

namespace territori::testing {

class FakeSit
{
public:
    struct Row
    {
        qint64 rev = 0;
        bool deleted = false;
        QString lastOp;
        QJsonObject values; // property -> JSON value (text as the SIT stores it)
        QJsonObject geometry;
    };

    // layers: name -> field names
    explicit FakeSit(const std::vector<store::LayerDef> &layers)
    {
        for (const auto &l : layers) {
            QStringList props{"geometry", "uuid", "rev", "base_rev", "last_op", "deleted", "updated_at", "updated_by",
                              "created_at", "author", "device", "gps_accuracy_m", "gps_fix_time", "draft"};
            for (const auto &f : l.fields)
                props << f.name;
            published[l.name] = props;
        }
        published["territori_tombstones"] = QStringList{"layer", "uuid", "rev", "geometry"};
        transport.handler = [this](const sync::HttpRequest &r) { return handle(r); };
    }

    // Returns a reply to use instead of the normal one, or nothing. `applied` is called after a transaction was
    // applied, to lose its reply.
    std::function<std::optional<sync::HttpReply::Outcome>(const sync::HttpRequest &)> override;
    std::function<std::optional<sync::HttpReply::Outcome>(const sync::HttpRequest &)> afterApply;
    // Called after a page of a feed was answered: a test commits more rows here, between two windows' reads.
    std::function<void(const QString &type)> afterFeedPage;
    // The SIT kit's watermark (territori_feed_state) and digests (territori_digest_<layer>); an older kit has neither.
    bool publishesWatermark = true;
    bool checksUploads = true; // as the SIT's sit-dav-put; false: a plain WebDAV folder
    // Features whose row makes any reply that carries it too large for the client (a 34 MB comment), unless only
    // uuid and rev are asked for; and features whose geometry the SIT sends broken.
    QSet<QString> huge;
    QSet<QString> brokenGeometry;
    bool publishesDigests = true;

    CannedTransport transport;
    std::map<QString, std::map<QString, Row>> tables;
    std::vector<std::tuple<QString, QString, qint64>> tombstones; // layer, uuid, rev
    QHash<QString, QStringList> published;
    qint64 revCounter = 100;
    QHash<QString, QByteArray> files; // WebDAV attachments by name
    int uploads = 0;
    qint64 matchedRows = 0; // rows the feed's filters let through, before maxFeatures: what QGIS sorts in memory
    int transactions = 0;

    // A desktop user's SQL edit: a new revision and no client operation.
    void sqlUpdate(const QString &layer, const QString &uuid, const QString &field, const QJsonValue &value)
    {
        Row &r = tables[layer][uuid];
        r.values[field] = value;
        r.rev = ++revCounter;
        r.lastOp.clear();
    }
    void hardDelete(const QString &layer, const QString &uuid)
    {
        tables[layer].erase(uuid);
        tombstones.emplace_back(layer, uuid, ++revCounter);
    }

private:
    sync::HttpReply::Outcome handle(const sync::HttpRequest &r)
    {
        if (override)
            if (auto o = override(r))
                return *o;
        if (r.url.path().contains("/dav/attachments/"))
            return dav(r);
        const QUrlQuery q(r.url);
        const QString request = q.queryItemValue("REQUEST");
        if (request == "DescribeFeatureType")
            return describe(q.queryItemValue("TYPENAME"));
        if (request == "GetFeature")
            return getFeature(q);
        if (r.method == "POST" && r.body.contains("<wfs:GetFeature"))
            return getFeature(postedQuery(r.body));
        if (request == "Transaction") {
            auto o = transaction(r.body);
            if (afterApply)
                if (auto lost = afterApply(r))
                    return *lost;
            return o;
        }
        return CannedTransport::status(400, "<ServiceExceptionReport><ServiceException>bad</ServiceException></ServiceExceptionReport>", "text/xml");
    }

    sync::HttpReply::Outcome dav(const sync::HttpRequest &r)
    {
        const QString name = r.url.path().section('/', -1);
        if (r.method == "PUT") {
            if (r.header("If-None-Match") == "*" && files.contains(name))
                return CannedTransport::status(412);
            // As the SIT's upload does: only a file under its own hash is kept, and the reply says what was stored.
            const QByteArray sha = QCryptographicHash::hash(r.body, QCryptographicHash::Sha256);
            if (checksUploads && sha.toHex() != name.section('.', 0, 0).toLatin1())
                return CannedTransport::status(422);
            files[name] = r.body;
            ++uploads;
            sync::HttpReply::Outcome o = CannedTransport::status(201);
            if (checksUploads)
                o.headers << qMakePair(QByteArray("Digest"), "sha-256=" + sha.toBase64());
            return o;
        }
        if (!files.contains(name))
            return CannedTransport::status(404);
        sync::HttpReply::Outcome o = CannedTransport::ok(r.method == "HEAD" ? QByteArray() : files.value(name), "image/jpeg");
        o.headers << qMakePair(QByteArray("Content-Length"), QByteArray::number(files.value(name).size()));
        return o;
    }

    // The KVP equivalent of a POSTed GetFeature (typeName, the rev literal, maxFeatures, resultType).
    static QUrlQuery postedQuery(const QByteArray &body)
    {
        QUrlQuery q;
        QXmlStreamReader x(body);
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (x.name() == QLatin1String("GetFeature")) {
                if (x.attributes().hasAttribute("maxFeatures"))
                    q.addQueryItem("MAXFEATURES", x.attributes().value("maxFeatures").toString());
                if (x.attributes().value("resultType") == QLatin1String("hits"))
                    q.addQueryItem("RESULTTYPE", "hits");
            } else if (x.name() == QLatin1String("Query")) {
                q.addQueryItem("TYPENAME", x.attributes().value("typeName").toString());
            } else if (x.name() == QLatin1String("PropertyName") && x.namespaceUri() == QLatin1String("http://www.opengis.net/wfs")) {
                q.addQueryItem("PROPERTYNAME", x.readElementText());
            } else if (x.name() == QLatin1String("PropertyIsGreaterThan")) {
                x.readNextStartElement(); // PropertyName
                x.skipCurrentElement();
                x.readNextStartElement(); // Literal
                q.addQueryItem("FILTER", "<Literal>" + x.readElementText() + "</Literal>");
            } else if (x.name() == QLatin1String("PropertyIsLessThanOrEqualTo")) {
                x.readNextStartElement();
                x.skipCurrentElement();
                x.readNextStartElement();
                q.addQueryItem("UPTO", x.readElementText());
            }
        }
        return q;
    }

    sync::HttpReply::Outcome describe(const QString &type)
    {
        if (!published.contains(type))
            return CannedTransport::status(400, "<ServiceExceptionReport><ServiceException>TypeName '" + type.toUtf8() +
                                                    "' could not be found</ServiceException></ServiceExceptionReport>",
                                           "text/xml");
        QByteArray xsd = "<schema xmlns=\"http://www.w3.org/2001/XMLSchema\"><complexType name=\"" + type.toUtf8() +
                         "Type\"><complexContent><extension base=\"gml:AbstractFeatureType\"><sequence>";
        for (const QString &p : published.value(type))
            xsd += "<element name=\"" + p.toUtf8() + "\"/>";
        xsd += "</sequence></extension></complexContent></complexType></schema>";
        return CannedTransport::ok(xsd, "text/xml; subtype=gml/3.1.1");
    }

    static qint64 literalAfter(const QString &filter)
    {
        const int a = filter.indexOf("<Literal>");
        const int b = filter.indexOf("</Literal>");
        return a < 0 ? 0 : filter.mid(a + 9, b - a - 9).toLongLong();
    }

    QJsonObject feature(const QString &layer, const QString &uuid, const Row &row)
    {
        if (brokenGeometry.contains(uuid)) {
            Row broken = row;
            broken.geometry = QJsonObject{{"type", "Point"}, {"coordinates", "not a position"}};
            brokenGeometry.remove(uuid);
            QJsonObject f = feature(layer, uuid, broken);
            brokenGeometry.insert(uuid);
            return f;
        }
        QJsonObject p = row.values;
        p["uuid"] = uuid;
        p["rev"] = double(row.rev);
        p["deleted"] = row.deleted;
        p["last_op"] = row.lastOp.isEmpty() ? QJsonValue() : QJsonValue(row.lastOp);
        return QJsonObject{{"type", "Feature"}, {"id", layer + "." + uuid},
                           {"geometry", row.geometry.isEmpty() ? QJsonValue() : QJsonValue(row.geometry)},
                           {"properties", p}};
    }

    // The highest revision committed: every row here is committed.
    qint64 watermark() const
    {
        qint64 high = 0;
        for (const auto &[layer, rows] : tables)
            for (const auto &[uuid, row] : rows)
                high = std::max(high, row.rev);
        for (const auto &t : tombstones)
            high = std::max(high, std::get<2>(t));
        return high;
    }

    static sync::HttpReply::Outcome unknownType(const QString &type)
    {
        return CannedTransport::status(400, "<ServiceExceptionReport><ServiceException>TypeName '" + type.toUtf8() +
                                                "' could not be found</ServiceException></ServiceExceptionReport>",
                                       "text/xml");
    }

    static sync::HttpReply::Outcome collection(const QJsonArray &features)
    {
        return CannedTransport::ok(QJsonDocument(QJsonObject{{"type", "FeatureCollection"}, {"features", features}})
                                       .toJson(QJsonDocument::Compact),
                                   "application/vnd.geo+json; charset=utf-8");
    }

    // As the kit's view: live rows by bucket of 4096 revisions, their count and the sum of md5 terms as text.
    sync::HttpReply::Outcome digests(const QString &layer)
    {
        std::map<qint64, std::pair<qint64, unsigned __int128>> buckets;
        for (const auto &[uuid, row] : tables[layer]) {
            if (row.deleted)
                continue;
            auto &b = buckets[row.rev >> sync::wfs::digestBucketBits];
            ++b.first;
            b.second += sync::wfs::digestTerm(uuid, row.rev);
        }
        QJsonArray out;
        for (const auto &[bucket, v] : buckets) {
            QString digest;
            for (unsigned __int128 x = v.second; x > 0; x /= 10)
                digest.prepend(QChar(char('0' + int(x % 10))));
            out.append(QJsonObject{{"type", "Feature"}, {"geometry", QJsonValue()},
                                   {"properties", QJsonObject{{"bucket", double(bucket)}, {"n", double(v.first)},
                                                              {"digest", digest.isEmpty() ? "0" : digest},
                                                              {"moderazione", QJsonValue()}}}});
        }
        return collection(out);
    }

    sync::HttpReply::Outcome getFeature(const QUrlQuery &q)
    {
        const QString type = q.queryItemValue("TYPENAME");
        if (type == sync::wfs::sit::feedState) {
            if (!publishesWatermark)
                return unknownType(type);
            return collection(QJsonArray{QJsonObject{
                {"type", "Feature"}, {"geometry", QJsonValue()},
                {"properties", QJsonObject{{"id", "sit"}, {"high_water", double(watermark())}}}}});
        }
        if (type.startsWith(sync::wfs::sit::digestPrefix)) {
            if (!publishesDigests || !tables.count(type.mid(sync::wfs::sit::digestPrefix.size())))
                return unknownType(type);
            return digests(type.mid(sync::wfs::sit::digestPrefix.size()));
        }
        QJsonArray out;
        std::vector<std::pair<qint64, QJsonObject>> rows;
        const QString ids = q.queryItemValue("FEATUREID", QUrl::FullyDecoded);
        if (!ids.isEmpty()) {
            for (const QString &id : ids.split(',')) {
                const QString uuid = id.mid(id.indexOf('.') + 1);
                if (type == "territori_tombstones") {
                    for (const auto &[layer, u, rev] : tombstones)
                        if (layer + "@@" + u == uuid)
                            out.append(QJsonObject{{"type", "Feature"}, {"id", id}, {"geometry", QJsonValue()},
                                                   {"properties", QJsonObject{{"layer", layer}, {"uuid", u},
                                                                              {"rev", double(rev)}}}});
                    continue;
                }
                auto it = tables[type].find(uuid);
                if (it != tables[type].end() && huge.contains(uuid)) {
                    sync::HttpReply::Outcome o;
                    o.error = Job::Error::Server;
                    o.tooLarge = true;
                    o.message = "The reply from 127.0.0.1 is larger than 64 MB: refused.";
                    return o;
                }
                if (it != tables[type].end())
                    out.append(feature(type, uuid, it->second));
            }
        } else {
            const qint64 after = literalAfter(q.queryItemValue("FILTER", QUrl::FullyDecoded));
            const qint64 upTo = q.hasQueryItem("UPTO") ? q.queryItemValue("UPTO").toLongLong()
                                                       : std::numeric_limits<qint64>::max();
            if (type == "territori_tombstones") {
                for (const auto &[layer, uuid, rev] : tombstones)
                    if (rev > after && rev <= upTo)
                        rows.push_back({rev, QJsonObject{{"type", "Feature"}, {"id", "territori_tombstones." + uuid},
                                                         {"geometry", QJsonValue()},
                                                         {"properties", QJsonObject{{"layer", layer}, {"uuid", uuid},
                                                                                    {"rev", double(rev)}}}}});
            } else {
                for (const auto &[uuid, row] : tables[type])
                    if (row.rev > after && row.rev <= upTo)
                        rows.push_back({row.rev, feature(type, uuid, row)});
            }
            std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            if (q.queryItemValue("RESULTTYPE") != "hits")
                matchedRows += qint64(rows.size());
            if (q.queryItemValue("RESULTTYPE") == "hits")
                return CannedTransport::ok("<wfs:FeatureCollection xmlns:wfs=\"http://www.opengis.net/wfs\" "
                                           "numberOfFeatures=\"" + QByteArray::number(qint64(rows.size())) + "\"/>",
                                           "text/xml");
            const int max = q.queryItemValue("MAXFEATURES").toInt();
            const bool idsOnly = q.hasQueryItem("PROPERTYNAME");
            for (const auto &r : rows) {
                if (max > 0 && out.size() >= max)
                    break;
                if (idsOnly) {
                    const QJsonObject p = r.second.value("properties").toObject();
                    out.append(QJsonObject{{"type", "Feature"}, {"geometry", QJsonValue()},
                                           {"properties", QJsonObject{{"uuid", p.value("uuid")}, {"rev", p.value("rev")}}}});
                    continue;
                }
                if (huge.contains(r.second.value("properties").toObject().value("uuid").toString())) {
                    sync::HttpReply::Outcome o;
                    o.error = Job::Error::Server;
                    o.tooLarge = true;
                    o.message = "The reply from 127.0.0.1 is larger than 64 MB: refused.";
                    return o;
                }
                out.append(r.second);
            }
            if (afterFeedPage) {
                const auto reply = collection(out);
                afterFeedPage(type);
                return reply;
            }
        }
        return collection(out);
    }

    static QJsonObject geometryFromGml(QXmlStreamReader &x)
    {
        // Enough GML for points, lines and single polygons (what the tests send).
        const QString type = x.name().toString();
        QList<QJsonArray> rings;
        while (!(x.isEndElement() && x.name() == type) && !x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && (x.name() == QLatin1String("pos") || x.name() == QLatin1String("posList"))) {
                const QStringList n = x.readElementText().split(' ', Qt::SkipEmptyParts);
                QJsonArray ring;
                for (int i = 0; i + 1 < n.size(); i += 2)
                    ring.append(QJsonArray{n[i].toDouble(), n[i + 1].toDouble()});
                rings << ring;
            }
        }
        if (type == "Point")
            return QJsonObject{{"type", "Point"}, {"coordinates", rings.value(0).at(0)}};
        if (type == "LineString")
            return QJsonObject{{"type", "LineString"}, {"coordinates", rings.value(0)}};
        QJsonArray all;
        for (const auto &r : rings)
            all.append(r);
        return QJsonObject{{"type", "Polygon"}, {"coordinates", all}};
    }

    sync::HttpReply::Outcome transaction(const QByteArray &body)
    {
        ++transactions;
        QXmlStreamReader x(body);
        int inserted = 0, updated = 0;
        QByteArray insertResults, failures;
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            if (x.name() == QLatin1String("Insert")) {
                const QString handle = x.attributes().value("handle").toString();
                x.readNextStartElement();
                const QString type = x.name().toString();
                Row row;
                QString uuid;
                while (!(x.isEndElement() && x.name() == type)) {
                    x.readNext();
                    if (!x.isStartElement())
                        continue;
                    const QString prop = x.name().toString();
                    if (prop == "geometry") {
                        x.readNextStartElement();
                        row.geometry = geometryFromGml(x);
                        x.readNext();
                        continue;
                    }
                    const QString text = x.readElementText();
                    if (prop == "uuid")
                        uuid = text;
                    else if (prop == "last_op")
                        row.lastOp = text;
                    else if (prop != "deleted")
                        row.values[prop] = text;
                }
                const bool tombstoned = std::any_of(tombstones.begin(), tombstones.end(), [&](const auto &t) {
                    return std::get<0>(t) == type && std::get<1>(t) == uuid;
                });
                if (tables[type].count(uuid) || tombstoned) {
                    failures += "<Action locator=\"" + handle.toUtf8() + "\"><Message>Insert features failed on "
                                "layer '" + type.toUtf8() + "'</Message></Action>";
                    continue;
                }
                row.rev = ++revCounter;
                tables[type][uuid] = row;
                ++inserted;
                insertResults += "<Feature handle=\"" + handle.toUtf8() + "\"><ogc:FeatureId fid=\"" + type.toUtf8() +
                                 "." + uuid.toUtf8() + "\"/></Feature>";
            } else if (x.name() == QLatin1String("Update")) {
                const QString type = x.attributes().value("typeName").toString().section(':', 1);
                QJsonObject set;
                QJsonObject geometry;
                QString uuid;
                std::optional<qint64> rev;
                QString lastFilterProperty;
                while (!(x.isEndElement() && x.name() == QLatin1String("Update"))) {
                    x.readNext();
                    if (!x.isStartElement())
                        continue;
                    if (x.name() == QLatin1String("Name")) {
                        const QString name = x.readElementText();
                        x.readNext();
                        while (!x.isStartElement() && !(x.isEndElement() && x.name() == QLatin1String("Property")))
                            x.readNext();
                        if (x.isStartElement() && x.name() == QLatin1String("Value")) {
                            if (name == "geometry") {
                                x.readNextStartElement();
                                geometry = geometryFromGml(x);
                            } else {
                                set[name] = x.readElementText();
                            }
                        } else {
                            set[name] = QJsonValue();
                        }
                    } else if (x.name() == QLatin1String("PropertyName")) {
                        lastFilterProperty = x.readElementText();
                    } else if (x.name() == QLatin1String("Literal")) {
                        const QString v = x.readElementText();
                        if (lastFilterProperty == "uuid")
                            uuid = v;
                        else if (lastFilterProperty == "rev")
                            rev = v.toLongLong();
                    }
                }
                auto it = tables[type].find(uuid);
                if (it == tables[type].end() || (rev && it->second.rev != *rev))
                    continue; // compare-and-set failed: totalUpdated stays 0, no message (as QGIS does)
                Row &row = it->second;
                if (set.contains("base_rev") && set.value("base_rev").toString().toLongLong() != row.rev) {
                    failures += "<Action locator=\"" + QByteArray("x") + "\"><Message>sync-conflict</Message></Action>";
                    continue;
                }
                for (auto s = set.constBegin(); s != set.constEnd(); ++s) {
                    if (s.key() == "last_op")
                        row.lastOp = s.value().toString();
                    else if (s.key() == "deleted")
                        row.deleted = s.value().toString() == "true";
                    else if (s.key() != "base_rev")
                        row.values[s.key()] = s.value();
                }
                if (!geometry.isEmpty())
                    row.geometry = geometry;
                row.rev = ++revCounter;
                ++updated;
            }
        }
        const QByteArray xml = "<?xml version=\"1.0\"?><TransactionResponse xmlns=\"http://www.opengis.net/wfs\" "
                               "xmlns:ogc=\"http://www.opengis.net/ogc\"><TransactionSummary><totalInserted>" +
                               QByteArray::number(inserted) + "</totalInserted><totalUpdated>" +
                               QByteArray::number(updated) + "</totalUpdated></TransactionSummary>" +
                               (failures.isEmpty() ? QByteArray() : "<TransactionResults>" + failures + "</TransactionResults>") +
                               (insertResults.isEmpty() ? QByteArray() : "<InsertResults>" + insertResults + "</InsertResults>") +
                               "</TransactionResponse>";
        return CannedTransport::ok(xml, "text/xml; charset=utf-8");
    }
};

} // namespace territori::testing
