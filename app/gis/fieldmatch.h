#pragma once

// Matching a file's columns to a layer's fields, and turning the values a comune's file holds into the field's
// canonical value. The conversion accepts what municipal GIS files really contain (decimal commas, dd/mm/yyyy dates,
// S/N flags, choices written in capitals or by their label) and then applies the store's own rules
// (store::normalizeValue, then validateRecord in the gateway), so an import can never store what the form refuses.

#include "layerdef.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace territori::gis {

// Where one field of the target layer takes its value from.
struct FieldMap
{
    QString target;      // the layer's field name
    QString source;      // the file's column; empty: the constant, or nothing
    QVariant constant;   // the same value for every row (e.g. the comune), used when source is empty
    bool automatic = false; // matched by name, not chosen by a person
};

// Lowercase, accents removed, only letters and digits: "Comune", "COMUNE" and "comune_" compare equal, "Città" and
// "citta" too.
QString normalizedName(const QString &name);

// One entry per field of the layer (photos are never matched: a file cannot carry the store's photo references).
// A column matches a field by its name, else by the field's Italian or English label, else as a Shapefile's
// 10-character cut of the name ("superficie" for "superficie_mq") when only one field starts so. Each column is used
// once.
std::vector<FieldMap> matchFields(const store::LayerDef &layer, const QStringList &columns);

// The canonical value of `raw` for `field` (see store::normalizeValue), or an invalid QVariant for an empty value.
// On failure *error says what is wrong with which field, in the user's language.
QVariant convertValue(const store::FieldDef &field, const QVariant &raw, QString *error);

// A value as the preview and the report show it.
QString displayValue(const QVariant &value);

} // namespace territori::gis
