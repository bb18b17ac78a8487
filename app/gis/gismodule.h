#pragma once

// The import and export as the app reaches them. GDAL and the seventy libraries it brings cost about 21 MB of
// resident memory the moment they are loaded (measured on the demo, /proc/PID/smaps), which the app's start cannot
// afford (issue #2: 250 MB). So the app does not link GDAL: it loads libterritori-gis.so the first time a person opens
// the import or export page and reaches it only through this interface. The command-line tools and the tests link
// territori_gis directly.
//
// The module links the store's shared library (libterritori-store.so), the app's own: Job, the interface language and
// everything else of the store exist once in the process, so the app connects to the jobs' signals with the typed
// Job ones and the jobs read the language the app set.

#include "crs.h"
#include "exporter.h"
#include "importer.h"
#include "jobs.h"

#include <memory>
#include <vector>

namespace territori::gis {

class GisModule
{
public:
    virtual ~GisModule() = default;

    // A started job, owned by `parent`; its results are read after finished().
    // ImportJob announces a change of stage with Job::progressChanged too: the app, which does not link the module's
    // classes, follows both with the base class's typed signal.
    virtual ImportJob *startImport(const QString &projectDirectory, const ImportOptions &options, ImportJob::Mode mode,
                                   const store::EditContext &context, std::shared_ptr<const ImportReport> checked,
                                   QObject *parent) = 0;
    virtual ExportJob *startExport(const QString &projectDirectory, const ExportOptions &options, QObject *parent) = 0;
    virtual std::vector<KnownSystem> knownSystems() const = 0;
    virtual QString displayValue(const QVariant &value) const = 0;
    virtual bool saveReport(const ImportReport &report, const QString &path, QString *error) const = 0;
};

} // namespace territori::gis

// The module's one entry point (resolved by name with QLibrary).
extern "C" territori::gis::GisModule *territori_gis_module();
