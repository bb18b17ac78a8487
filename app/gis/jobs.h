#pragma once

// The import and the export as Jobs (app/store/job.h) for the app: each runs on its own worker thread with its own
// connection to the project (so the UI keeps reading and saving meanwhile), reports progress, can be cancelled, and
// emits finished() once. Results are read after finished().
//
// The import page uses one ImportJob per step:
//   Inspect  opens the file: its format, layers, columns and coordinate system; which choice is still missing
//            (problem()); the automatic field mapping and a preview of the first rows.
//   Check    pass 1 over the whole file: the report of every problem, by row (nothing is stored).
//   Import   pass 2: writes the rows the check accepted in one transaction (given the Check's report, pass 1 is not
//            run again unless the file changed).
// After an Import the UI reloads the layer (the features were written through the job's own connection).

#include "exporter.h"
#include "importer.h"

#include "job.h"
#include "workerthread.h"

#include <atomic>
#include <memory>

namespace territori::gis {

class ImportJob : public Job
{
    Q_OBJECT
    Q_PROPERTY(int stage READ stage NOTIFY stageChanged)

public:
    enum class Mode { Inspect, Check, Import };
    Q_ENUM(Mode)
    // 0 waiting, 1 reading the file, 2 checking rows, 3 writing to the store. A change emits stageChanged and
    // Job::progressChanged, which is all the app can connect to.
    enum Stage { Waiting = 0, Reading = 1, Checking = 2, Writing = 3 };

    ImportJob(const QString &projectDirectory, const ImportOptions &options, Mode mode,
              const store::EditContext &context = {}, QObject *parent = nullptr);
    ~ImportJob() override; // out of line: the app deletes jobs it only knows through the module

    // For Mode::Import: the report of a Check of the same options, so pass 1 is not repeated.
    void setCheckedReport(std::shared_ptr<const ImportReport> report) { m_checked = std::move(report); }
    // Number of preview rows (Mode::Inspect).
    void setPreviewRows(int rows) { m_previewRows = rows; }

    void start();
    void cancel() override;
    int stage() const { return m_stage; }

    // ---- Results (after finished) ----
    Mode mode() const { return m_mode; }
    Importer::Problem problem() const { return m_problem; }
    const std::vector<SourceLayer> &sourceLayers() const { return m_layers; }
    QString format() const { return m_format; }
    QString selectedSourceLayer() const { return m_selectedLayer; }
    // The layer the file goes into: the options', or the one chosen to fit the file when they left it empty (and why).
    QString targetLayer() const { return m_targetLayer; }
    QString targetReason() const { return m_targetReason; }
    QString sourceSrs() const { return m_sourceSrs; }
    QStringList notes() const { return m_notes; }
    const Preview &preview() const { return m_preview; }
    std::shared_ptr<const ImportReport> report() const { return m_report; }

signals:
    void stageChanged();

private:
    void run();
    void post(double progress);
    void enter(Stage stage);

    QString m_directory;
    ImportOptions m_options;
    Mode m_mode;
    store::EditContext m_context;
    std::shared_ptr<const ImportReport> m_checked;
    int m_previewRows = 20;
    int m_stage = Waiting;

    Importer::Problem m_problem = Importer::Problem::None;
    std::vector<SourceLayer> m_layers;
    QString m_format;
    QString m_selectedLayer;
    QString m_targetLayer;
    QString m_targetReason;
    QString m_sourceSrs;
    QStringList m_notes;
    Preview m_preview;
    std::shared_ptr<ImportReport> m_report;
    WorkerThread m_worker; // last: joined before the members above go
};

class ExportJob : public Job
{
    Q_OBJECT
public:
    ExportJob(const QString &projectDirectory, const ExportOptions &options, QObject *parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel() override;
    const ExportReport &report() const { return m_report; }

private:
    void run();
    QString m_directory;
    ExportOptions m_options;
    ExportReport m_report;
    WorkerThread m_worker; // last: joined before the members above go
};

} // namespace territori::gis
