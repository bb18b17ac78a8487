#include "gismodule.h"

namespace territori::gis {
namespace {

class Module final : public GisModule
{
public:
    ImportJob *startImport(const QString &projectDirectory, const ImportOptions &options, ImportJob::Mode mode,
                           const store::EditContext &context, std::shared_ptr<const ImportReport> checked,
                           QObject *parent) override
    {
        auto *job = new ImportJob(projectDirectory, options, mode, context, parent);
        if (checked)
            job->setCheckedReport(std::move(checked));
        job->start();
        return job;
    }

    ExportJob *startExport(const QString &projectDirectory, const ExportOptions &options, QObject *parent) override
    {
        auto *job = new ExportJob(projectDirectory, options, parent);
        job->start();
        return job;
    }

    std::vector<KnownSystem> knownSystems() const override { return gis::knownSystems(); }
    QString displayValue(const QVariant &value) const override { return gis::displayValue(value); }
    bool saveReport(const ImportReport &report, const QString &path, QString *error) const override
    {
        return report.saveCsv(path, error);
    }
};

} // namespace
} // namespace territori::gis

extern "C" Q_DECL_EXPORT territori::gis::GisModule *territori_gis_module()
{
    static territori::gis::Module module;
    return &module;
}
