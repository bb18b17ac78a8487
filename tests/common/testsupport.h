#pragma once

// Shared by the unit tests: a small project definition and a scratch folder per test.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace territori::testing {

inline QString sourceDir()
{
    const QString env = qEnvironmentVariable("TERRITORI_SOURCE_DIR");
    return env.isEmpty() ? QStringLiteral(TERRITORI_SOURCE_DIR_FALLBACK) : env;
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QJsonObject demoDefinition()
{
    return readJson(sourceDir() + QStringLiteral("/assets/demo/project.json"));
}

// A two-layer project with one field of every kind the forms support.
inline QJsonObject smallDefinition()
{
    const char *json = R"({
 "format": 1, "id": "test", "title": {"it": "Prova", "en": "Test"}, "extent": [9.0, 45.3, 9.4, 45.6],
 "valueLists": {"comuni": [{"value": "Milano"}, {"value": "Rho"}, {"value": "Sesto San Giovanni"}]},
 "layers": [
  {"name": "siti", "title": {"it": "Siti", "en": "Sites"}, "geometry": "polygon", "label": "nome",
   "fields": [
    {"name": "nome", "type": "text", "required": true, "maxLength": 20},
    {"name": "comune", "type": "choice", "options": "comuni", "required": true, "remember": true},
    {"name": "superficie", "type": "decimal", "min": 0, "max": 1000},
    {"name": "piani", "type": "integer", "min": 1, "max": 5},
    {"name": "codice", "type": "text", "pattern": "^[A-Z]{2}-[0-9]{1,4}$", "patternHint": {"it": "es. AT-12", "en": "e.g. AT-12"}},
    {"name": "contaminato", "type": "boolean"},
    {"name": "note_bonifica", "type": "multiline", "required": true, "visibleIf": {"field": "contaminato", "equals": true}},
    {"name": "visita", "type": "date", "default": "today"},
    {"name": "rilevato", "type": "datetime", "default": "now"},
    {"name": "usi", "type": "multichoice", "options": [{"value": "a"}, {"value": "b"}, {"value": "c"}]},
    {"name": "foto", "type": "photo", "maxCount": 2}
   ]},
  {"name": "punti", "title": "Punti", "geometry": "point", "label": "nome",
   "fields": [{"name": "nome", "type": "text"}]}
 ]})";
    return QJsonDocument::fromJson(json).object();
}

} // namespace territori::testing
