#include "layerdef.h"

#include "language.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace territori::store {

namespace {

const QRegularExpression &identifierRe()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return re;
}

const QRegularExpression &sha256Re()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}

} // namespace

QString LocalizedText::text(const QString &language) const
{
    if (language == QLatin1String("en") && !en.isEmpty())
        return en;
    return it.isEmpty() ? en : it;
}

LocalizedText LocalizedText::fromJson(const QJsonValue &v)
{
    LocalizedText t;
    if (v.isString()) {
        t.it = t.en = v.toString();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        t.it = o.value(QStringLiteral("it")).toString();
        t.en = o.value(QStringLiteral("en")).toString();
    }
    return t;
}

QJsonValue LocalizedText::toJson() const
{
    return QJsonObject{{QStringLiteral("it"), it}, {QStringLiteral("en"), en}};
}

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text: return QStringLiteral("text");
    case FieldType::Multiline: return QStringLiteral("multiline");
    case FieldType::Integer: return QStringLiteral("integer");
    case FieldType::Decimal: return QStringLiteral("decimal");
    case FieldType::Date: return QStringLiteral("date");
    case FieldType::DateTime: return QStringLiteral("datetime");
    case FieldType::Boolean: return QStringLiteral("boolean");
    case FieldType::Choice: return QStringLiteral("choice");
    case FieldType::MultiChoice: return QStringLiteral("multichoice");
    case FieldType::Photo: return QStringLiteral("photo");
    }
    return QString();
}

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    for (FieldType t : {FieldType::Text, FieldType::Multiline, FieldType::Integer, FieldType::Decimal, FieldType::Date,
                        FieldType::DateTime, FieldType::Boolean, FieldType::Choice, FieldType::MultiChoice,
                        FieldType::Photo}) {
        if (fieldTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString FieldDef::sqlType() const
{
    // Only the column types GeoPackage allows (requirement 5), so validators and QGIS accept the file.
    switch (type) {
    case FieldType::Integer: return QStringLiteral("INTEGER");
    case FieldType::Decimal: return QStringLiteral("REAL");
    case FieldType::Date: return QStringLiteral("DATE");
    case FieldType::DateTime: return QStringLiteral("DATETIME");
    case FieldType::Boolean: return QStringLiteral("BOOLEAN");
    default: return QStringLiteral("TEXT");
    }
}

const ChoiceOption *FieldDef::option(const QString &value) const
{
    for (const auto &o : options)
        if (o.value == value)
            return &o;
    return nullptr;
}

int LayerDef::indexOf(const QString &name) const
{
    for (size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == name)
            return int(i);
    return -1;
}

const FieldDef *LayerDef::field(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &fields[size_t(i)];
}

GeometryType LayerDef::geometryType() const
{
    switch (geometry) {
    case GeometryKind::Point: return multi ? GeometryType::MultiPoint : GeometryType::Point;
    case GeometryKind::Line: return multi ? GeometryType::MultiLineString : GeometryType::LineString;
    case GeometryKind::Polygon: return multi ? GeometryType::MultiPolygon : GeometryType::Polygon;
    default: return GeometryType::None;
    }
}

QStringList columns::all()
{
    return {fid, geom, uuid, createdAt, modifiedAt, author, device, gpsAccuracy, gpsFixTime, draft, syncRev, source};
}

// ---- Parsing ------------------------------------------------------------------------------------------------------

namespace {

std::optional<double> optionalNumber(const QJsonObject &o, const char *key, const QString &where, QStringList &errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        errors << QStringLiteral("%1: '%2' must be a number").arg(where, QLatin1String(key));
        return std::nullopt;
    }
    return v.toDouble();
}

bool parseOptions(FieldDef &f, const QJsonValue &v, const QJsonObject &valueLists, const QString &where,
                  QStringList &errors)
{
    QJsonArray list;
    if (v.isString()) {
        const QJsonValue named = valueLists.value(v.toString());
        if (!named.isArray()) {
            errors << QStringLiteral("%1: value list '%2' does not exist").arg(where, v.toString());
            return false;
        }
        list = named.toArray();
    } else if (v.isArray()) {
        list = v.toArray();
    } else {
        errors << QStringLiteral("%1: a choice field needs 'options' (a list or the name of a value list)").arg(where);
        return false;
    }
    for (const auto &ov : list) {
        ChoiceOption opt;
        if (ov.isString()) {
            opt.value = ov.toString();
            opt.label.it = opt.label.en = opt.value;
        } else {
            const QJsonObject oo = ov.toObject();
            opt.value = oo.value(QStringLiteral("value")).toString();
            opt.label = LocalizedText::fromJson(oo.value(QStringLiteral("label")));
            if (opt.label.isEmpty())
                opt.label.it = opt.label.en = opt.value;
        }
        if (opt.value.isEmpty()) {
            errors << QStringLiteral("%1: an option has no value").arg(where);
            return false;
        }
        f.options.push_back(std::move(opt));
    }
    if (f.options.empty()) {
        errors << QStringLiteral("%1: the list of options is empty").arg(where);
        return false;
    }
    return true;
}

} // namespace

std::optional<LayerDef> parseLayerDef(const QJsonObject &obj, const QJsonObject &valueLists, QStringList &errors)
{
    const int errorsBefore = errors.size();
    LayerDef layer;
    layer.name = obj.value(QStringLiteral("name")).toString();
    const QString lw = QStringLiteral("layer '%1'").arg(layer.name);
    if (!identifierRe().match(layer.name).hasMatch() || layer.name.startsWith(QLatin1String("gpkg_")) ||
        layer.name.startsWith(QLatin1String("rtree_")) || layer.name.startsWith(QLatin1String("territori_"))) {
        errors << QStringLiteral("%1: the name must be lower-case letters, digits and '_', start with a letter, and "
                                 "not use a reserved prefix (gpkg_, rtree_, territori_)")
                      .arg(lw);
        return std::nullopt;
    }
    layer.title = LocalizedText::fromJson(obj.value(QStringLiteral("title")));
    if (layer.title.isEmpty())
        layer.title.it = layer.title.en = layer.name;

    const QString geometry = obj.value(QStringLiteral("geometry")).toString();
    if (geometry == QLatin1String("point"))
        layer.geometry = GeometryKind::Point;
    else if (geometry == QLatin1String("line"))
        layer.geometry = GeometryKind::Line;
    else if (geometry == QLatin1String("polygon"))
        layer.geometry = GeometryKind::Polygon;
    else
        errors << QStringLiteral("%1: unknown geometry '%2' (expected point, line or polygon)").arg(lw, geometry);
    const QJsonValue multi = obj.value(QStringLiteral("multi"));
    if (!multi.isUndefined() && !multi.isBool())
        errors << QStringLiteral("%1: \"multi\" must be true or false").arg(lw);
    layer.multi = multi.toBool(false);

    const QJsonObject style = obj.value(QStringLiteral("style")).toObject();
    layer.style.stroke = style.value(QStringLiteral("stroke")).toString(layer.style.stroke);
    layer.style.fill = style.value(QStringLiteral("fill")).toString(layer.style.fill);
    layer.style.fillOpacity = style.value(QStringLiteral("fillOpacity")).toDouble(layer.style.fillOpacity);
    layer.style.width = style.value(QStringLiteral("width")).toDouble(layer.style.width);
    layer.style.size = style.value(QStringLiteral("size")).toDouble(layer.style.size);
    layer.labelField = obj.value(QStringLiteral("label")).toString();
    layer.readOnly = obj.value(QStringLiteral("readOnly")).toBool(false);
    layer.geometryOptional = obj.value(QStringLiteral("geometryOptional")).toBool(false);
    layer.hidden = obj.value(QStringLiteral("hidden")).toBool(false);
    layer.inMenu = obj.value(QStringLiteral("menu")).toBool(!layer.readOnly && !layer.hidden);
    const QJsonObject moderation = obj.value(QStringLiteral("moderation")).toObject();
    layer.moderationState = moderation.value(QStringLiteral("state")).toString();
    layer.moderationReason = moderation.value(QStringLiteral("reason")).toString();
    const QJsonObject erasure = obj.value(QStringLiteral("erasure")).toObject();
    for (const QJsonValue &v : erasure.value(QStringLiteral("fields")).toArray())
        layer.personalFields << v.toString();
    layer.erasedAtField = erasure.value(QStringLiteral("erasedAt")).toString();
    const QString area = obj.value(QStringLiteral("workArea")).toString();
    if (area == QLatin1String("clip"))
        layer.workArea = LayerDef::WorkArea::Clip;
    else if (area == QLatin1String("whole"))
        layer.workArea = LayerDef::WorkArea::Whole;
    else if (area.isEmpty())
        layer.workArea = layer.geometryOptional ? LayerDef::WorkArea::Whole : LayerDef::WorkArea::Clip;
    else
        errors << QStringLiteral("%1: unknown workArea '%2' (expected clip or whole)").arg(lw, area);
    layer.retired = obj.value(QStringLiteral("retired")).toBool(false);

    const QStringList reserved = columns::all();
    QJsonArray resolvedFields;
    for (const auto &fv : obj.value(QStringLiteral("fields")).toArray()) {
        QJsonObject fo = fv.toObject();
        FieldDef f;
        f.name = fo.value(QStringLiteral("name")).toString();
        const QString fw = QStringLiteral("%1, field '%2'").arg(lw, f.name);
        if (!identifierRe().match(f.name).hasMatch() || reserved.contains(f.name)) {
            errors << QStringLiteral("%1: invalid or reserved field name").arg(fw);
            continue;
        }
        if (layer.indexOf(f.name) >= 0) {
            errors << QStringLiteral("%1: defined twice").arg(fw);
            continue;
        }
        const QString typeName = fo.value(QStringLiteral("type")).toString();
        const auto type = fieldTypeFromName(typeName);
        if (!type) {
            errors << QStringLiteral("%1: unknown field type '%2'").arg(fw, typeName);
            continue;
        }
        f.type = *type;
        f.label = LocalizedText::fromJson(fo.value(QStringLiteral("label")));
        if (f.label.isEmpty())
            f.label.it = f.label.en = f.name;
        f.hint = LocalizedText::fromJson(fo.value(QStringLiteral("hint")));
        f.required = fo.value(QStringLiteral("required")).toBool(false);
        f.min = optionalNumber(fo, "min", fw, errors);
        f.max = optionalNumber(fo, "max", fw, errors);
        if (f.min && f.max && *f.min > *f.max)
            errors << QStringLiteral("%1: min is greater than max").arg(fw);
        f.minLength = fo.value(QStringLiteral("minLength")).toInt(0);
        f.maxLength = fo.value(QStringLiteral("maxLength")).toInt(0);
        f.maxCount = fo.value(QStringLiteral("maxCount")).toInt(0);
        f.pattern = fo.value(QStringLiteral("pattern")).toString();
        if (!f.pattern.isEmpty()) {
            f.regex = QRegularExpression(QRegularExpression::anchoredPattern(f.pattern));
            if (!f.regex.isValid())
                errors << QStringLiteral("%1: invalid pattern: %2").arg(fw, f.regex.errorString());
        }
        f.patternHint = LocalizedText::fromJson(fo.value(QStringLiteral("patternHint")));
        f.defaultValue = fo.value(QStringLiteral("default"));
        f.remember = fo.value(QStringLiteral("remember")).toBool(false);
        f.readOnly = fo.value(QStringLiteral("readOnly")).toBool(false);
        if (f.type == FieldType::Choice || f.type == FieldType::MultiChoice) {
            if (!parseOptions(f, fo.value(QStringLiteral("options")), valueLists, fw, errors))
                continue;
            QJsonArray resolved;
            for (const auto &o : f.options)
                resolved.append(
                    QJsonObject{{QStringLiteral("value"), o.value}, {QStringLiteral("label"), o.label.toJson()}});
            fo.insert(QStringLiteral("options"), resolved);
        }
        const QJsonObject vis = fo.value(QStringLiteral("visibleIf")).toObject();
        if (!vis.isEmpty()) {
            f.visibleIf.field = vis.value(QStringLiteral("field")).toString();
            if (vis.contains(QStringLiteral("equals"))) {
                f.visibleIf.op = VisibilityRule::Op::Equals;
                f.visibleIf.value = vis.value(QStringLiteral("equals")).toVariant();
            } else if (vis.contains(QStringLiteral("in"))) {
                f.visibleIf.op = VisibilityRule::Op::In;
                f.visibleIf.values = vis.value(QStringLiteral("in")).toArray().toVariantList();
            } else if (vis.value(QStringLiteral("notEmpty")).toBool()) {
                f.visibleIf.op = VisibilityRule::Op::NotEmpty;
            } else {
                errors << QStringLiteral("%1: visibleIf needs 'equals', 'in' or 'notEmpty'").arg(fw);
            }
            if (layer.indexOf(f.visibleIf.field) < 0)
                errors << QStringLiteral("%1: visibleIf refers to '%2', which is not a field defined before it")
                              .arg(fw, f.visibleIf.field);
        }
        resolvedFields.append(fo);
        layer.fields.push_back(std::move(f));
    }
    if (!layer.labelField.isEmpty() && layer.indexOf(layer.labelField) < 0)
        errors << QStringLiteral("%1: label field '%2' does not exist").arg(lw, layer.labelField);
    for (const QString &m : {layer.moderationState, layer.moderationReason})
        if (!m.isEmpty() && layer.indexOf(m) < 0)
            errors << QStringLiteral("%1: moderation field '%2' does not exist").arg(lw, m);
    for (const QString &f : layer.personalFields + QStringList{layer.erasedAtField})
        if (!f.isEmpty() && layer.indexOf(f) < 0)
            errors << QStringLiteral("%1: erasure field '%2' does not exist").arg(lw, f);
    if (layer.personalFields.isEmpty() != layer.erasedAtField.isEmpty())
        errors << QStringLiteral("%1: erasure needs both 'fields' and 'erasedAt'").arg(lw);
    // A definition with errors still yields the layer (its features can be drawn and read); the errors travel with
    // it so the form refuses editing and says why, instead of the whole project failing to open.
    layer.definitionErrors = errors.mid(errorsBefore);
    layer.json = obj;
    layer.json.insert(QStringLiteral("fields"), resolvedFields);
    return layer;
}

// ---- Values -------------------------------------------------------------------------------------------------------

namespace {

// Writes `value` as `width` decimal digits, zero-padded.
char *digits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
    return at + width;
}

char *dateDigits(char *at, const QDate &d)
{
    at = digits(at, d.year(), 4);
    *at++ = '-';
    at = digits(at, d.month(), 2);
    *at++ = '-';
    return digits(at, d.day(), 2);
}

} // namespace

// Both written by hand: every imported row and outbox entry formats a few of them, and QDateTime::toString parses its
// pattern each time (a tenth of an import's writing). The same text as Qt gives for years 0 to 9999.
QString isoDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return QString();
    const QDateTime utc = dt.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    char text[24];
    char *at = dateDigits(text, d);
    *at++ = 'T';
    at = digits(at, t.hour(), 2);
    *at++ = ':';
    at = digits(at, t.minute(), 2);
    *at++ = ':';
    at = digits(at, t.second(), 2);
    *at++ = '.';
    at = digits(at, t.msec(), 3);
    *at++ = 'Z';
    return QString::fromLatin1(text, int(at - text));
}

QString isoDate(const QDate &d)
{
    if (!d.isValid() || d.year() < 0 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    char text[10];
    return QString::fromLatin1(text, int(dateDigits(text, d) - text));
}

namespace {

QString label(const FieldDef &f)
{
    return f.label.text(uiLanguage());
}

QString formatNumber(double v)
{
    QLocale locale(uiLanguage() == QLatin1String("en") ? QLocale::English : QLocale::Italian);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(v, 'g', 15);
}

bool isEmptyValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.userType() == QMetaType::QString)
        return v.toString().isEmpty();
    if (v.userType() == QMetaType::QStringList)
        return v.toStringList().isEmpty();
    if (v.userType() == QMetaType::QVariantList)
        return v.toList().isEmpty();
    return false;
}

QStringList toStringList(const QVariant &value, bool *ok)
{
    *ok = true;
    if (value.userType() == QMetaType::QStringList)
        return value.toStringList();
    if (value.canConvert<QVariantList>() && value.userType() != QMetaType::QString) {
        QStringList out;
        for (const auto &v : value.toList())
            out << v.toString();
        return out;
    }
    const QString s = value.toString().trimmed();
    if (s.startsWith(QLatin1Char('['))) {
        const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8());
        if (!doc.isArray()) {
            *ok = false;
            return {};
        }
        QStringList out;
        for (const auto &v : doc.array())
            out << v.toString();
        return out;
    }
    if (s.isEmpty())
        return {};
    return {s};
}

} // namespace

QVariant normalizeValue(const FieldDef &field, const QVariant &value, QString *error)
{
    if (isEmptyValue(value))
        return QVariant();
    auto fail = [&](const QString &msg) {
        if (error)
            *error = msg;
        return QVariant();
    };
    const QString s = value.userType() == QMetaType::QString ? value.toString().trimmed() : QString();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Multiline:
    case FieldType::Choice: return value.toString();
    case FieldType::Integer: {
        bool ok = false;
        qlonglong v = 0;
        if (value.userType() == QMetaType::QString) {
            v = s.toLongLong(&ok);
        } else if (value.userType() == QMetaType::Double) {
            const double d = value.toDouble();
            ok = std::floor(d) == d && std::abs(d) < 9e15;
            v = qlonglong(d);
        } else {
            v = value.toLongLong(&ok);
        }
        if (!ok)
            return fail(QCoreApplication::translate("Validation", "%1: '%2' is not a whole number").arg(label(field), value.toString()));
        return v;
    }
    case FieldType::Decimal: {
        bool ok = false;
        double v = 0;
        if (value.userType() == QMetaType::QString) {
            // Italian keyboards and forms write a decimal comma.
            QString t = s;
            if (!t.contains(QLatin1Char('.')))
                t.replace(QLatin1Char(','), QLatin1Char('.'));
            v = t.toDouble(&ok);
        } else {
            v = value.toDouble(&ok);
        }
        if (!ok || !std::isfinite(v))
            return fail(QCoreApplication::translate("Validation", "%1: '%2' is not a number").arg(label(field), value.toString()));
        return v;
    }
    case FieldType::Date: {
        QDate d = value.userType() == QMetaType::QDate ? value.toDate()
                  : value.userType() == QMetaType::QDateTime
                      ? value.toDateTime().date()
                      : QDate::fromString(s.left(10), Qt::ISODate);
        if (!d.isValid())
            return fail(QCoreApplication::translate("Validation", "%1: '%2' is not a date (YYYY-MM-DD)").arg(label(field), value.toString()));
        return d;
    }
    case FieldType::DateTime: {
        QDateTime dt = value.userType() == QMetaType::QDateTime ? value.toDateTime()
                                                                : QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!dt.isValid())
            return fail(QCoreApplication::translate("Validation", "%1: '%2' is not a date and time").arg(label(field), value.toString()));
        return dt.toUTC();
    }
    case FieldType::Boolean: {
        if (value.userType() == QMetaType::Bool)
            return value.toBool();
        const QString l = value.toString().trimmed().toLower();
        if (l == QLatin1String("1") || l == QLatin1String("true") || l == QStringLiteral("sì") ||
            l == QLatin1String("si") || l == QLatin1String("yes"))
            return true;
        if (l == QLatin1String("0") || l == QLatin1String("false") || l == QLatin1String("no"))
            return false;
        return fail(QCoreApplication::translate("Validation", "%1: '%2' is neither yes nor no").arg(label(field), value.toString()));
    }
    case FieldType::MultiChoice:
    case FieldType::Photo: {
        bool ok = true;
        QStringList list = toStringList(value, &ok);
        if (!ok)
            return fail(QCoreApplication::translate("Validation", "%1: '%2' is not a list").arg(label(field), value.toString()));
        list.removeAll(QString());
        list.removeDuplicates();
        if (list.isEmpty())
            return QVariant();
        return list;
    }
    }
    return value;
}

std::optional<FieldIssue> checkValue(const FieldDef &field, const QVariant &value)
{
    auto issue = [&](const QString &msg, FieldIssue::Severity sev = FieldIssue::Severity::Error) {
        return std::optional<FieldIssue>(FieldIssue{field.name, sev, msg});
    };
    if (isEmptyValue(value)) {
        if (field.required)
            return issue(QCoreApplication::translate("Validation", "%1 is required").arg(label(field)), FieldIssue::Severity::Missing);
        return std::nullopt;
    }
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Decimal: {
        const double v = value.toDouble();
        if (field.min && v < *field.min)
            return issue(QCoreApplication::translate("Validation", "%1 must be at least %2").arg(label(field), formatNumber(*field.min)));
        if (field.max && v > *field.max)
            return issue(QCoreApplication::translate("Validation", "%1 must be at most %2").arg(label(field), formatNumber(*field.max)));
        break;
    }
    case FieldType::Text:
    case FieldType::Multiline: {
        const QString s = value.toString();
        if (field.minLength > 0 && s.size() < field.minLength)
            return issue(QCoreApplication::translate("Validation", "%1 needs at least %2 characters").arg(label(field)).arg(field.minLength));
        if (field.maxLength > 0 && s.size() > field.maxLength)
            return issue(
                QCoreApplication::translate("Validation", "%1 is too long: %2 characters, at most %3").arg(label(field)).arg(s.size()).arg(field.maxLength));
        if (field.regex.isValid() && !field.pattern.isEmpty() && !field.regex.match(s).hasMatch()) {
            const QString hint = field.patternHint.text(uiLanguage());
            return issue(hint.isEmpty() ? QCoreApplication::translate("Validation", "%1 is not in the expected format").arg(label(field))
                                        : QCoreApplication::translate("Validation", "%1 is not in the expected format: %2").arg(label(field), hint));
        }
        break;
    }
    case FieldType::Choice:
        if (!field.option(value.toString()))
            return issue(QCoreApplication::translate("Validation", "%1: '%2' is not one of the choices").arg(label(field), value.toString()));
        break;
    case FieldType::MultiChoice:
        for (const QString &v : value.toStringList())
            if (!field.option(v))
                return issue(QCoreApplication::translate("Validation", "%1: '%2' is not one of the choices").arg(label(field), v));
        break;
    case FieldType::Photo: {
        const QStringList photos = value.toStringList();
        if (field.maxCount > 0 && photos.size() > field.maxCount)
            return issue(QCoreApplication::translate("Validation", "%1: at most %2 photos").arg(label(field)).arg(field.maxCount));
        for (const QString &h : photos)
            if (!sha256Re().match(h).hasMatch())
                return issue(QCoreApplication::translate("Validation", "%1: '%2' is not a photo reference").arg(label(field), h));
        break;
    }
    case FieldType::Date:
        if (!value.toDate().isValid())
            return issue(QCoreApplication::translate("Validation", "%1: invalid date").arg(label(field)));
        break;
    case FieldType::DateTime:
        if (!value.toDateTime().isValid())
            return issue(QCoreApplication::translate("Validation", "%1: invalid date and time").arg(label(field)));
        break;
    case FieldType::Boolean: break;
    }
    return std::nullopt;
}

bool isVisible(const LayerDef &layer, const FieldDef &field, const QVariantMap &values)
{
    const VisibilityRule &rule = field.visibleIf;
    if (rule.op == VisibilityRule::Op::Always)
        return true;
    const FieldDef *other = layer.field(rule.field);
    // A field hidden behind a hidden field is hidden too.
    if (!other || !isVisible(layer, *other, values))
        return false;
    const QVariant v = values.value(rule.field);
    switch (rule.op) {
    case VisibilityRule::Op::NotEmpty: return !isEmptyValue(v);
    case VisibilityRule::Op::Equals: {
        if (isEmptyValue(v))
            return false;
        if (other->type == FieldType::Boolean)
            return v.toBool() == rule.value.toBool();
        if (other->type == FieldType::MultiChoice)
            return v.toStringList().contains(rule.value.toString());
        return v.toString() == rule.value.toString();
    }
    case VisibilityRule::Op::In:
        for (const auto &candidate : rule.values)
            if (v.toString() == candidate.toString() ||
                (other->type == FieldType::MultiChoice && v.toStringList().contains(candidate.toString())))
                return true;
        return false;
    default: return true;
    }
}

std::vector<FieldIssue> validateRecord(const LayerDef &layer, const QVariantMap &values)
{
    std::vector<FieldIssue> issues;
    for (const auto &f : layer.fields) {
        if (!isVisible(layer, f, values))
            continue;
        if (auto issue = checkValue(f, values.value(f.name)))
            issues.push_back(*issue);
    }
    return issues;
}

QString textTravelProblem(const QString &text)
{
    int character = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it, ++character) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && it + 1 != text.cend() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        if ((c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) || c == 0xFFFE || c == 0xFFFF)
            return QCoreApplication::translate("Sync", "holds the control character U+%1 at character %2, which XML "
                                                       "cannot carry: remove it")
                .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')))
                .arg(character + 1);
        if (c > 0xFFFF)
            return QCoreApplication::translate("Sync", "holds %1 (U+%2) at character %3, which the SIT's WFS (QGIS "
                                                       "Server 3.22) stores as another character: remove it")
                .arg(QString::fromUcs4(&c, 1), QString::number(uint(c), 16).toUpper())
                .arg(character + 1);
    }
    return QString();
}

QVariant toStorage(const FieldDef &field, const QVariant &value)
{
    if (isEmptyValue(value))
        return QVariant();
    switch (field.type) {
    case FieldType::Date: return isoDate(value.toDate());
    case FieldType::DateTime: return isoDateTime(value.toDateTime());
    case FieldType::Boolean: return qlonglong(value.toBool() ? 1 : 0);
    case FieldType::Integer: return value.toLongLong();
    case FieldType::Decimal: return value.toDouble();
    case FieldType::MultiChoice:
    case FieldType::Photo:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(value.toStringList())).toJson(QJsonDocument::Compact));
    default: return value.toString();
    }
}

QVariant fromStorage(const FieldDef &field, const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return QVariant();
    QString ignored;
    return normalizeValue(field, stored, &ignored);
}

QJsonValue toJsonValue(const FieldDef &field, const QVariant &value)
{
    if (isEmptyValue(value))
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Date: return isoDate(value.toDate());
    case FieldType::DateTime: return isoDateTime(value.toDateTime());
    case FieldType::Boolean: return value.toBool();
    case FieldType::Integer: return double(value.toLongLong());
    case FieldType::Decimal: return value.toDouble();
    case FieldType::MultiChoice:
    case FieldType::Photo: return QJsonArray::fromStringList(value.toStringList());
    default: return value.toString();
    }
}

QByteArray jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return QByteArrayLiteral("null");
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        const QByteArray utf8 = value.toString().toUtf8();
        QByteArray out;
        out.reserve(utf8.size() + 2);
        out += '"';
        // Most values need no escaping: copied whole (appending byte by byte was a fifth of building an outbox entry).
        const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
            return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
        });
        if (plain) {
            out += utf8;
            out += '"';
            return out;
        }
        for (const char c : utf8) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
                else
                    out += c;
            }
        }
        out += '"';
        return out;
    }
    case QJsonValue::Array: {
        QByteArray out("[");
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            out += jsonText(a.at(i));
        }
        return out + ']';
    }
    case QJsonValue::Object: return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    default: return QByteArrayLiteral("null");
    }
}

QByteArray toJsonText(const FieldDef &field, const QVariant &value)
{
    if (isEmptyValue(value))
        return QByteArrayLiteral("null");
    switch (field.type) {
    case FieldType::Date: return '"' + isoDate(value.toDate()).toLatin1() + '"';
    case FieldType::Boolean: return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case FieldType::Integer: return QByteArray::number(value.toLongLong());
    case FieldType::Decimal: return jsonText(QJsonValue(value.toDouble()));
    default: return jsonText(toJsonValue(field, value));
    }
}

} // namespace territori::store
