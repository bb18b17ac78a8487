#include "definitionupdate.h"

#include "language.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace territori::store {

namespace {


QJsonObject withoutFields(QJsonObject o)
{
    o.remove(QStringLiteral("fields"));
    o.remove(QStringLiteral("retired"));
    return o;
}

QJsonObject fieldJson(const LayerDef &layer, const QString &name)
{
    for (const QJsonValue &v : layer.json.value(QStringLiteral("fields")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return QJsonObject();
}

// Values of both types are stored and read the same way, so the store can keep what it holds; the new rules then
// decide whether an unsent value may go.
bool sameStorage(const FieldDef &a, const FieldDef &b)
{
    return a.type == b.type || (a.sqlType() == b.sqlType() && a.isList() == b.isList() &&
                                a.type != FieldType::Photo && b.type != FieldType::Photo);
}

} // namespace

QString DefinitionChange::text() const
{
    switch (kind) {
    case Kind::Project:
        return QCoreApplication::translate("DefinitionUpdate", "The project's description, extent or basemaps changed.");
    case Kind::LayerAdded:
        return QCoreApplication::translate("DefinitionUpdate", "New layer '%1'.").arg(layer);
    case Kind::LayerRemoved:
        return QCoreApplication::translate("DefinitionUpdate", "The layer '%1' was removed from the project.").arg(layer);
    case Kind::LayerChanged:
        return QCoreApplication::translate("DefinitionUpdate", "The layer '%1' changed (title, style or options).").arg(layer);
    case Kind::FieldAdded:
        return QCoreApplication::translate("DefinitionUpdate", "New field '%2' in '%1'.").arg(layer, field);
    case Kind::FieldRemoved:
        return QCoreApplication::translate("DefinitionUpdate", "The field '%2' was removed from '%1'; its values stay on this device and on the SIT.").arg(layer, field);
    case Kind::FieldChanged:
        return QCoreApplication::translate("DefinitionUpdate", "The field '%2' of '%1' changed (label, choices or constraints).").arg(layer, field);
    case Kind::WorkAreaChanged:
        return QCoreApplication::translate("DefinitionUpdate", "The layer '%1' now comes %2: it is received again.")
            .arg(layer, field == QLatin1String("whole") ? QCoreApplication::translate("DefinitionUpdate", "whole") : QCoreApplication::translate("DefinitionUpdate", "for the work area only"));
    }
    return QString();
}

bool DefinitionPlan::changesLayer(const QString &layer) const
{
    for (const DefinitionChange &c : changes)
        if (c.layer == layer && c.kind != DefinitionChange::Kind::LayerChanged)
            return true;
    return false;
}

DefinitionPlan planDefinitionUpdate(const Project &project, const QJsonObject &definition, int version)
{
    DefinitionPlan plan;
    plan.definition = definition;
    plan.version = version;
    const int format = definition.value(QStringLiteral("format")).toInt(kDefinitionFormat);
    if (format > kDefinitionFormat) {
        plan.refusals << QCoreApplication::translate("DefinitionUpdate", "The SIT's definition (version %1) is in format %2; this version of Territori reads format "
                            "%3. Update the app; the project keeps working on its current definition.")
                             .arg(version)
                             .arg(format)
                             .arg(kDefinitionFormat);
        return plan;
    }
    const QString id = definition.value(QStringLiteral("id")).toString();
    if (id != project.info().id) {
        plan.refusals << QCoreApplication::translate("DefinitionUpdate", "The SIT sent the definition of another project ('%1' instead of '%2').").arg(id, project.info().id);
        return plan;
    }
    const QStringList errors = Project::checkDefinition(definition);
    if (!errors.isEmpty()) {
        plan.refusals << QCoreApplication::translate("DefinitionUpdate", "The SIT's definition (version %1) has errors: %2").arg(version).arg(errors.join(QStringLiteral("; ")));
        return plan;
    }
    QStringList ignored;
    plan.info = parseProjectInfo(definition, ignored);
    const QJsonObject valueLists = definition.value(QStringLiteral("valueLists")).toObject();
    for (const QJsonValue &lv : definition.value(QStringLiteral("layers")).toArray())
        if (auto layer = parseLayerDef(lv.toObject(), valueLists, ignored))
            plan.layers.push_back(std::move(*layer));

    auto change = [&](DefinitionChange::Kind kind, const QString &layer, const QString &field = QString()) {
        plan.changes.push_back({kind, layer, field});
    };
    if (plan.info.json != project.info().json)
        change(DefinitionChange::Kind::Project, QString());
    for (const LayerDef &now : plan.layers) {
        const LayerDef *before = project.layer(now.name);
        if (!before)
            before = project.retiredLayer(now.name); // removed once, back again: its table is still here
        if (!before) {
            change(DefinitionChange::Kind::LayerAdded, now.name);
            continue;
        }
        if (before->geometry != now.geometry || before->multi != now.multi) {
            plan.refusals << QCoreApplication::translate("DefinitionUpdate", "The layer '%1' would change its kind of geometry; its features cannot be kept as they "
                                "are. Ask the GIS office to publish a new layer instead.")
                                 .arg(now.name);
            continue;
        }
        if (before->retired || withoutFields(before->json) != withoutFields(now.json))
            change(DefinitionChange::Kind::LayerChanged, now.name);
        if (before->workArea != now.workArea)
            change(DefinitionChange::Kind::WorkAreaChanged, now.name,
                   now.workArea == LayerDef::WorkArea::Whole ? QStringLiteral("whole") : QStringLiteral("clip"));
        for (const FieldDef &f : now.fields) {
            const FieldDef *old = before->field(f.name);
            if (!old) {
                change(DefinitionChange::Kind::FieldAdded, now.name, f.name);
            } else if (!sameStorage(*old, f)) {
                plan.refusals << QCoreApplication::translate("DefinitionUpdate", "The field '%2' of '%1' would change from %3 to %4; the values here cannot be kept "
                                    "as they are. Ask the GIS office to add a new field instead.")
                                     .arg(now.name, f.name, fieldTypeName(old->type), fieldTypeName(f.type));
            } else if (fieldJson(*before, f.name) != fieldJson(now, f.name)) {
                change(DefinitionChange::Kind::FieldChanged, now.name, f.name);
            }
        }
        for (const FieldDef &f : before->fields)
            if (!now.field(f.name))
                change(DefinitionChange::Kind::FieldRemoved, now.name, f.name);
    }
    for (const LayerDef &l : project.layers()) {
        bool kept = false;
        for (const LayerDef &now : plan.layers)
            kept = kept || now.name == l.name;
        if (!kept)
            change(DefinitionChange::Kind::LayerRemoved, l.name);
    }
    return plan;
}

} // namespace territori::store
