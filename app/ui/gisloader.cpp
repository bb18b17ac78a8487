#include "gisloader.h"

#include "gismodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace territori::ui {

gis::GisModule *gisModule(QString *error)
{
    static gis::GisModule *module = nullptr;
    static QString failure;
    if (!module && failure.isEmpty()) {
        // Next to the executable (the build tree), then where `install` puts it, then the build tree for the tests.
        QStringList candidates;
        const QString env = qEnvironmentVariable("TERRITORI_GIS_MODULE");
        if (!env.isEmpty())
            candidates << env;
        const QDir bin(QCoreApplication::applicationDirPath());
        candidates << bin.filePath(QStringLiteral("libterritori-gis.so"))
                   << bin.filePath(QStringLiteral("../lib/territori/libterritori-gis.so"));
#ifdef TERRITORI_GIS_MODULE_BUILD_PATH
        candidates << QStringLiteral(TERRITORI_GIS_MODULE_BUILD_PATH);
#endif
        QStringList tried;
        for (const QString &path : candidates) {
            if (!QFileInfo::exists(path)) {
                tried << path;
                continue;
            }
            // Never unloaded: jobs and their threads may outlive any one page.
            auto *library = new QLibrary(path);
            library->setLoadHints(QLibrary::PreventUnloadHint);
            using Entry = gis::GisModule *(*)();
            auto entry = reinterpret_cast<Entry>(library->resolve("territori_gis_module"));
            if (entry && (module = entry()))
                break;
            tried << QStringLiteral("%1 (%2)").arg(path, library->errorString());
            delete library;
        }
        if (!module)
            failure = QCoreApplication::translate("Import", "The import and export module cannot be loaded; looked for: %1")
                          .arg(tried.join(QStringLiteral(", ")));
    }
    if (error)
        *error = failure;
    return module;
}

} // namespace territori::ui
