#pragma once

// A newer version of a project's definition, as the GIS office published it on the SIT, compared with the one a
// store holds: what changes, and whether this device can apply it. EditGateway::applyDefinition applies a plan in one
// transaction (editgateway_definition.cpp). Nothing the person entered is dropped on the way: a field removed keeps
// its column and values here; a layer removed while edits of it are unsent stays, retired, until they are exported;
// an unsent value the new rules refuse, or one in a removed field, is held for a person (docs/sync.md, "Definition
// updates").

#include "layerdef.h"
#include "project.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace territori::store {

// The definition formats this version reads (project.json "format").
constexpr int kDefinitionFormat = 1;

struct DefinitionChange
{
    enum class Kind {
        Project,        // title, description, extent, basemaps: nothing in the store's tables changes
        LayerAdded,     // a new feature table
        LayerRemoved,   // its table goes (nothing unsent) or stays retired (edits unsent)
        LayerChanged,   // title, style, form options of the layer itself
        FieldAdded,     // a new column
        FieldRemoved,   // the column and its values stay here; the form no longer shows it
        FieldChanged,   // label, hint, choices, constraints: unsent values are checked again
        WorkAreaChanged // the layer now comes clipped to the work area, or whole: its feed is read again
    };
    Kind kind = Kind::Project;
    QString layer;
    QString field;
    // For the report and the sync page, in the UI language.
    QString text() const;
};

struct DefinitionPlan
{
    QJsonObject definition; // as published
    int version = 0;        // the SIT's version of it
    ProjectInfo info;
    std::vector<LayerDef> layers;          // the new definition's layers, in its order
    std::vector<DefinitionChange> changes; // empty: the same definition (only the version moves)
    // Non-empty: this device cannot apply it (a format it does not know, a field whose type changed, another
    // project's definition); the store keeps its definition and the reasons are shown.
    QStringList refusals;
    bool applicable() const { return refusals.isEmpty(); }
    bool changesLayer(const QString &layer) const;
};

// Compares a published definition with the project's. Reads the project only.
DefinitionPlan planDefinitionUpdate(const Project &project, const QJsonObject &definition, int version);

// What applying a plan did.
struct DefinitionOutcome
{
    int fromVersion = 0;
    int toVersion = 0;
    int held = 0;               // unsent changes kept here for a person: a value the new rules refuse, or a removed field's
    QStringList retiredLayers;  // layers removed from the project whose unsent edits keep them here
    QStringList droppedLayers;  // layers removed with nothing unsent: their tables are gone (the SIT keeps the rows)
    QStringList changes;        // DefinitionChange::text() of each change
};

} // namespace territori::store
