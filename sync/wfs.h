#pragma once

// The OGC WFS 1.1 / WFS-T dialect the sync speaks with the SIT, as pure functions: transactions written the way
// QGIS Server 3.22 accepts them (one feature per wfs:Insert, longitude first, only properties the layer publishes,
// non-ASCII as character references), and replies read strictly (a reply that is not what was asked for is an error
// that names what came instead). See docs/sync.md.

#include "journal.h"
#include "layerdef.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <vector>

namespace territori::sync::wfs {

// Sync columns every published layer has beside its fields (see sync/server/sql).
namespace sit {
inline const QString uuid = QStringLiteral("uuid");
inline const QString rev = QStringLiteral("rev");
inline const QString baseRev = QStringLiteral("base_rev");
inline const QString lastOp = QStringLiteral("last_op");
inline const QString deleted = QStringLiteral("deleted");
inline const QString updatedAt = QStringLiteral("updated_at");
inline const QString updatedBy = QStringLiteral("updated_by");
inline const QString geometry = QStringLiteral("geometry");
inline const QString tombstones = QStringLiteral("territori_tombstones");
inline const QString moderation = QStringLiteral("territori_moderation");
inline const QString feedState = QStringLiteral("territori_feed_state");
inline const QString ops = QStringLiteral("territori_ops");
// The anti-entropy digest of a layer is published as this prefix + the layer's name.
inline const QString digestPrefix = QStringLiteral("territori_digest_");
inline const QString projects = QStringLiteral("territori_projects");
inline const QString workAreas = QStringLiteral("territori_work_areas");
} // namespace sit

// A project of the SIT's catalogue (territori_projects), as the account's role may see it.
struct CatalogueEntry
{
    QString id;
    int version = 0;
    int format = 0;
    QStringList roles;
    store::LocalizedText title;
    store::LocalizedText description;
    QString sha256;             // of the definition's text
    QDateTime publishedAt;
    QJsonObject definition;     // empty unless asked for
};
// Reads a catalogue reply. A row without id or version is an error; a definition whose text does not match its
// sha256, or is not a JSON object, too.
bool parseCatalogue(const QByteArray &body, std::vector<CatalogueEntry> &entries, QString *error);

// A part of the territory a project can be downloaded for (territori_work_areas).
struct AreaEntry
{
    QString id;
    QString kind; // "comune", "zona_omogenea"
    QString name;
    QString code;
    bool sample = false;
    store::Geometry geometry; // empty unless asked for
};
bool parseWorkAreas(const QByteArray &body, std::vector<AreaEntry> &areas, QString *error);
// The GML of a work area for an ogc:Intersects filter: a gml:MultiPolygon of polygonMembers, longitude first, which
// QGIS Server 3.22 reads (it answers a gml:MultiSurface with no features at all, silently).
QString areaGml(const store::Geometry &area);

// One property of an action: a value written as text, or NULL.
struct Property
{
    QString name;
    std::optional<QString> value;
};

struct InsertAction
{
    QString typeName;
    QString handle;
    std::vector<Property> properties;
    store::Geometry geometry; // empty: no geometry element
};

struct UpdateAction
{
    QString typeName;
    QString handle;
    std::vector<Property> properties;
    std::optional<store::Geometry> geometry;
    QString uuid;
    std::optional<qint64> rev; // compare-and-set: only the row still at this revision is updated
};

QByteArray encodeTransaction(const std::vector<InsertAction> &inserts, const std::vector<UpdateAction> &updates);

// Text of a field value as the SIT column expects it (see sync/server: lists are JSON text, times ISO 8601 UTC), or
// why it cannot be sent as it is: a value that is not of the field's type, or a character that would not arrive as
// it is. Never ignore the error: leaving the field out would have the next pull write NULL over the value.
struct EncodedValue
{
    std::optional<QString> text; // nothing: NULL
    QString error;
    bool ok() const { return error.isEmpty(); }
};
[[nodiscard]] EncodedValue encodeValue(const store::FieldDef &field, const QJsonValue &value);
QString encodeGml(const store::Geometry &g);
// Escapes text for XML: markup characters, every non-ASCII character as a character reference (the QGIS development
// server hangs on raw UTF-8), and characters XML 1.0 cannot carry replaced by U+FFFD.
QString xmlEscape(const QString &text);

struct TransactionResult
{
    int totalInserted = 0;
    int totalUpdated = 0;
    int totalDeleted = 0;
    QHash<QString, QString> inserted; // handle -> feature id ("layer.uuid")
    QHash<QString, QString> failures; // action locator (our handle, or "Update:<type>") -> server message
};

// Reads a TransactionResponse. False with a message naming what was wrong otherwise (an exception report gives the
// server's own message).
bool parseTransactionResponse(const QByteArray &body, TransactionResult &out, QString *error);
// The message of an OGC ServiceExceptionReport, empty when the body is not one.
QString serviceExceptionMessage(const QByteArray &body);

// Property names a layer publishes, from a DescribeFeatureType schema.
bool parseDescribeFeatureType(const QByteArray &body, QHash<QString, QStringList> &properties, QString *error);

struct FeaturePage
{
    std::vector<store::RemoteFeature> features;
    qint64 maxRev = 0;
    QStringList warnings; // values this device cannot hold, named by feature and field
    bool unreadable = false; // parsing failed on one feature's content (the rest of the reply was sound)
};

// A GeoJSON FeatureCollection of a synced layer, or (layer null) of the tombstones or the moderation feed.
bool parseFeaturePage(const QByteArray &body, const store::LayerDef *layer, FeaturePage &out, QString *error,
                      const QString &typeName = QString());

// A message for a reply that is not what was asked for: the server's exception, a web page, or its content type.
QString unexpectedReply(const QByteArray &body, const QByteArray &contentType, const QString &expected);

// Whether a Content-Type is what the request asked for.
bool isJson(const QByteArray &contentType);
bool isXml(const QByteArray &contentType);

// A GetFeature request body (POST): features of typeName with afterRev < rev <= upToRev (no upper bound when
// empty), oldest first, at most max; or only their number. POST, not KVP: QGIS Server 3.22 ignores SORTBY when a
// KVP FILTER is given; and a window, because it sorts every matching row in memory (docs/sync.md).
// With `area` (areaGml), only features whose geometry intersects it, or with `outside`, only those whose geometry
// does not (a feature without geometry counts as outside).
QByteArray changesRequest(const QString &typeName, qint64 afterRev, std::optional<qint64> upToRev, int max,
                          bool hitsOnly = false, bool idsOnly = false, const QString &alsoProperty = QString(),
                          const QString &area = QString(), bool outside = false);
QUrl serviceUrl(const QUrl &base);
// KVP GetFeature URL of given features by id.
QUrl featuresByIdUrl(const QUrl &base, const QString &typeName, const QStringList &uuids);
QUrl describeUrl(const QUrl &base, const QStringList &typeNames);
QUrl transactionUrl(const QUrl &base);

// KVP GetFeature URL of every feature of a type, as GeoJSON.
QUrl allFeaturesUrl(const QUrl &base, const QString &typeName);
// The operations of a territori_ops reply: op -> the revision it wrote.
bool parseAppliedOps(const QByteArray &body, QHash<QString, qint64> &revs, QString *error);
// The watermark from the territori_feed_state reply: every rev at or below it is settled on the SIT.
bool parseWatermark(const QByteArray &body, qint64 &highWater, QString *error);

// One row of a layer's anti-entropy digest: the live rows of a bucket of 4096 revisions (rev >> 12) in one
// moderation state, their number and the sum of the first 60 bits of md5("<uuid>:<rev>") (docs/sync.md).
struct DigestRow
{
    qint64 bucket = 0;
    QString moderation;
    qint64 count = 0;
    QString digest; // decimal text: the sum can pass 64 bits
};
constexpr int digestBucketBits = 12;
bool parseDigests(const QByteArray &body, std::vector<DigestRow> &rows, QString *error);
// The digest term of one feature, as the SIT computes it: the first 60 bits of md5("<uuid>:<rev>").
quint64 digestTerm(const QString &uuid, qint64 rev);

// From the hits reply (RESULTTYPE=hits): numberOfFeatures.
bool parseHits(const QByteArray &body, qint64 &count, QString *error);

} // namespace territori::sync::wfs
