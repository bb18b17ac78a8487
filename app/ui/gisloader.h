#pragma once

// Loads the import/export module (libterritori-gis.so, see app/gis/gismodule.h) the first time it is needed, so that
// GDAL is not resident in an app that never imports a file.

#include <QString>

namespace territori::gis {
class GisModule;
}

namespace territori::ui {

// The module, or null with *error saying what is missing and where it was looked for. Loaded once, kept loaded.
gis::GisModule *gisModule(QString *error = nullptr);

} // namespace territori::ui
