#pragma once

// A layer's definition: its attribute schema and its form in one list of fields. The definition travels inside the
// GeoPackage (table territori_layers) so a project folder is self-contained, and the same rules validate a value
// whether it comes from the form, from an import or from the sync.

#include "geometry.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace territori::store {

// Text in the project's two languages. Italian is the reference; English falls back to it.
struct LocalizedText
{
    QString it;
    QString en;
    QString text(const QString &language) const;
    bool isEmpty() const { return it.isEmpty() && en.isEmpty(); }
    static LocalizedText fromJson(const QJsonValue &v);
    QJsonValue toJson() const;
};

enum class FieldType { Text, Multiline, Integer, Decimal, Date, DateTime, Boolean, Choice, MultiChoice, Photo };

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(const QString &name);

struct ChoiceOption
{
    QString value;
    LocalizedText label;
};

// When a field is shown: only when another field equals a value, is one of a set, or is filled in.
struct VisibilityRule
{
    enum class Op { Always, Equals, In, NotEmpty };
    Op op = Op::Always;
    QString field;
    QVariant value;      // Equals
    QVariantList values; // In
};

struct FieldDef
{
    QString name;
    FieldType type = FieldType::Text;
    LocalizedText label;
    LocalizedText hint;
    bool required = false;
    std::optional<double> min;
    std::optional<double> max;
    int minLength = 0;
    int maxLength = 0; // 0 = no limit
    QString pattern;
    QRegularExpression regex; // compiled, anchored form of pattern
    LocalizedText patternHint;
    int maxCount = 0; // photos
    std::vector<ChoiceOption> options;
    QJsonValue defaultValue; // literal, or "today" / "now"
    bool remember = false;
    bool readOnly = false;
    VisibilityRule visibleIf;

    QString sqlType() const;
    bool isList() const { return type == FieldType::MultiChoice || type == FieldType::Photo; }
    const ChoiceOption *option(const QString &value) const;
};

struct LayerStyle
{
    QString stroke = QStringLiteral("#333333");
    QString fill = QStringLiteral("#888888");
    double fillOpacity = 0.4;
    double width = 2;
    double size = 12; // point symbol diameter, px
};

struct LayerDef
{
    QString name; // table name
    LocalizedText title;
    GeometryKind geometry = GeometryKind::Point;
    // Features may have several parts (an area split by a road, a park in pieces, an island): the column is declared
    // MULTI* and every geometry is stored as one, a single shape as a multi of one part (GeoPackage does not allow a
    // Polygon in a MULTIPOLYGON column, and QGIS and GDAL rely on the declared type).
    bool multi = false;
    LayerStyle style;
    QString labelField;
    bool readOnly = false; // e.g. drafts that come from the SIT
    bool geometryOptional = false; // features may have no place (a comment, a participant)
    bool hidden = false;   // not drawn or listed: records kept for the sync (table sessions, personal data)
    bool inMenu = true;    // offered in the "new feature" menu (comments are made from the draft reader instead)
    QString moderationState;  // the field the SIT's moderators set (participation layers), empty otherwise
    QString moderationReason;
    // A person's right to erasure: the fields that hold personal data, and the field that records when they were
    // erased. Once a feature is erased, no copy of those values may come back, here or on the SIT.
    QStringList personalFields;
    QString erasedAtField;
    // A project downloaded for a work area (a comune, a zona omogenea) keeps of a Clip layer only the features in the
    // area; a Whole layer comes whole wherever the device works. Default: Clip for a layer whose features always have
    // a place, Whole for one whose features may have none (a draft's paragraphs, a table session), whose place the
    // SIT cannot test.
    enum class WorkArea { Clip, Whole };
    WorkArea workArea = WorkArea::Clip;
    // A layer the project's newer definition no longer has, kept here only because edits of it were not sent: not
    // drawn, listed or synced; the person exports them and lets it go (docs/sync.md, "Definition updates").
    bool retired = false;
    std::vector<FieldDef> fields;
    QJsonObject json; // the definition as written, with value lists resolved
    QStringList definitionErrors; // non-empty: the form cannot be used (e.g. a field type this version does not know)

    int indexOf(const QString &field) const;
    const FieldDef *field(const QString &name) const;
    GeometryType geometryType() const;
};

// The system columns every feature table has beside its fields.
namespace columns {
inline const QString fid = QStringLiteral("fid");
inline const QString geom = QStringLiteral("geom");
inline const QString uuid = QStringLiteral("uuid");
inline const QString createdAt = QStringLiteral("created_at");
inline const QString modifiedAt = QStringLiteral("modified_at");
inline const QString author = QStringLiteral("author");
inline const QString device = QStringLiteral("device");
inline const QString gpsAccuracy = QStringLiteral("gps_accuracy_m");
inline const QString gpsFixTime = QStringLiteral("gps_fix_time");
inline const QString draft = QStringLiteral("draft");
inline const QString syncRev = QStringLiteral("sync_rev");
inline const QString source = QStringLiteral("source"); // provenance of an imported feature
QStringList all();
} // namespace columns

// Parses a layer definition. Value lists named by a field's "options" are resolved from valueLists. Problems are
// appended to errors (and kept in definitionErrors) with the layer, the field and what is wrong; nullopt only when
// the name itself is unusable.
std::optional<LayerDef> parseLayerDef(const QJsonObject &obj, const QJsonObject &valueLists, QStringList &errors);

// ---- Values -------------------------------------------------------------------------------------------------------

// A problem with one field's value.
struct FieldIssue
{
    enum class Severity { Error, Missing };
    QString field;
    Severity severity = Severity::Error;
    QString message; // translated, names the field and says why
    // Held until a person lets the change go without it (a value in a field a newer definition removed): no check
    // can clear it, since nothing about the value itself is wrong.
    bool kept = false;
};

// Converts what a form, an import or the sync hands over into the field's canonical type: QString, qlonglong,
// double, QDate, QDateTime (UTC), bool, QStringList. Empty text becomes null. A value that cannot be converted is
// an error ("'abc' is not a whole number").
QVariant normalizeValue(const FieldDef &field, const QVariant &value, QString *error);
// Checks a canonical value against the field's constraints. Required values are reported as Missing.
std::optional<FieldIssue> checkValue(const FieldDef &field, const QVariant &value);
// Whether a field is shown (and so required) given the other values of the feature.
bool isVisible(const LayerDef &layer, const FieldDef &field, const QVariantMap &values);
// Every issue of a whole record, hidden fields skipped.
std::vector<FieldIssue> validateRecord(const LayerDef &layer, const QVariantMap &values);

// Why a text cannot travel to the SIT as it is, or nothing: a control character XML cannot carry, or a character
// beyond U+FFFF, which the SIT's WFS (QGIS Server 3.22) stores as another character. Shared by the sync's checks
// of stored values and its encoding, so a value is never changed on the way without a word.
QString textTravelProblem(const QString &text);

// The SQLite representation of a canonical value and back.
QVariant toStorage(const FieldDef &field, const QVariant &value);
QVariant fromStorage(const FieldDef &field, const QVariant &stored);
// JSON form of a canonical value, for the outbox and exports.
QJsonValue toJsonValue(const FieldDef &field, const QVariant &value);
// The same as compact JSON text, without building a QJsonDocument (an import keys every row's values with it to find
// duplicates).
QByteArray toJsonText(const FieldDef &field, const QVariant &value);
// Compact JSON text of a scalar or an array of scalars (what toJsonValue returns).
QByteArray jsonText(const QJsonValue &value);

QString isoDateTime(const QDateTime &dt); // UTC, milliseconds, "Z": the GeoPackage DATETIME form
QString isoDate(const QDate &date);       // YYYY-MM-DD, as Qt::ISODate

} // namespace territori::store
