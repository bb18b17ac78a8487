#pragma once

// A municipal officer's upload of a GIS file, as the import page walks it:
//   0 File     choose the file (a folder browser: tablets have no usable file dialog) and, if the person wants, the
//              layer it goes into (otherwise the one that fits the file: its geometry kind and most of its columns);
//   1 Fields   what the file is (format, its layer, its coordinate system: chosen by the person when the file names
//              none, never guessed), the layer it goes into and why, each layer field's source column, and the
//              first rows as they would be stored;
//   2 Report   the check of every row: what is wrong, where; what the file holds that the layer will not keep;
//              repair, accept off-territory rows, split multi-part rows; import nothing or the valid rows; the
//              report saved as CSV;
//   3 Done     what was imported; it waits in the outbox for the next sync like a field edit.
// Every step runs as a gis::ImportJob on its own thread with its own connection; the page shows progress and can
// cancel. Nothing is written before step 3, and step 3 is one transaction.

#include "importissuemodel.h"

#include "editgateway.h"
#include "importer.h"

#include <QDir>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <memory>

namespace territori::store {
class Project;
}

namespace territori::gis {
class ImportJob;
}

namespace territori::ui {

class ImportController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(int step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int stage READ stage NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

    Q_PROPERTY(QString folder READ folder NOTIFY folderChanged)
    Q_PROPERTY(QVariantList entries READ entries NOTIFY folderChanged)
    Q_PROPERTY(QString file READ file NOTIFY fileChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged)
    Q_PROPERTY(QVariantList targetLayers READ targetLayers CONSTANT)
    Q_PROPERTY(QString targetLayer READ targetLayer WRITE setTargetLayer NOTIFY optionsChanged)
    // Whether a person chose the layer; until then the layer that fits each file is chosen when it is read.
    Q_PROPERTY(bool targetChosen READ targetChosen NOTIFY optionsChanged)
    Q_PROPERTY(QString targetReason READ targetReason NOTIFY inspected)
    Q_PROPERTY(QString comune READ comune WRITE setComune NOTIFY optionsChanged)
    Q_PROPERTY(QString officer READ officer WRITE setOfficer NOTIFY optionsChanged)

    Q_PROPERTY(int problem READ problem NOTIFY inspected)
    Q_PROPERTY(QString format READ format NOTIFY inspected)
    Q_PROPERTY(QString sourceSrs READ sourceSrs NOTIFY inspected)
    Q_PROPERTY(bool fileNamesSrs READ fileNamesSrs NOTIFY inspected)
    Q_PROPERTY(QStringList notes READ notes NOTIFY inspected)
    Q_PROPERTY(QVariantList sourceLayers READ sourceLayers NOTIFY inspected)
    Q_PROPERTY(QString sourceLayer READ sourceLayer NOTIFY inspected)
    Q_PROPERTY(bool isTable READ isTable NOTIFY inspected)
    Q_PROPERTY(QStringList columns READ columns NOTIFY inspected)
    Q_PROPERTY(QVariantList mapping READ mapping NOTIFY inspected)
    Q_PROPERTY(QVariantList previewRows READ previewRows NOTIFY inspected)
    Q_PROPERTY(QVariantList srsChoices READ srsChoices CONSTANT)
    Q_PROPERTY(int srsEpsg READ srsEpsg NOTIFY optionsChanged)
    Q_PROPERTY(bool overrideFileSrs READ overrideFileSrs NOTIFY optionsChanged)
    Q_PROPERTY(QString wktColumn READ wktColumn NOTIFY optionsChanged)
    Q_PROPERTY(QString xColumn READ xColumn NOTIFY optionsChanged)
    Q_PROPERTY(QString yColumn READ yColumn NOTIFY optionsChanged)

    Q_PROPERTY(bool repairGeometries READ repairGeometries WRITE setRepairGeometries NOTIFY optionsChanged)
    Q_PROPERTY(bool allowOutside READ allowOutside WRITE setAllowOutside NOTIFY optionsChanged)
    Q_PROPERTY(bool splitMultiPart READ splitMultiPart WRITE setSplitMultiPart NOTIFY optionsChanged)
    Q_PROPERTY(bool importValidRows READ importValidRows WRITE setImportValidRows NOTIFY optionsChanged)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY reportChanged)
    Q_PROPERTY(territori::ui::ImportIssueModel *issues READ issues CONSTANT)
    Q_PROPERTY(QString reportPath READ reportPath NOTIFY reportChanged)

public:
    enum Step { FileStep = 0, FieldsStep = 1, ReportStep = 2, DoneStep = 3 };
    Q_ENUM(Step)
    // Mirrors gis::Importer::Problem for QML.
    enum Problem { NoProblem = 0, FileProblem, ChooseSourceLayer, ChooseSrs, SrsMismatch, TargetLayerProblem,
                   GeometryColumns, MappingProblem };
    Q_ENUM(Problem)

    ImportController(store::Project *project, store::EditGateway *gateway, QObject *parent = nullptr);
    ~ImportController() override;

    bool available() const { return m_project != nullptr; }
    int step() const { return m_step; }
    bool busy() const;
    int stage() const;
    double progress() const;
    QString message() const { return m_message; }

    QString folder() const { return m_folder; }
    QVariantList entries();
    QString file() const { return m_options.path; }
    QString fileName() const;
    QVariantList targetLayers() const;
    QString targetLayer() const { return m_options.targetLayer; }
    void setTargetLayer(const QString &layer);
    bool targetChosen() const { return m_targetChosen; }
    QString targetReason() const { return m_targetReason; }
    QString comune() const { return m_options.comune; }
    void setComune(const QString &comune);
    QString officer() const { return m_options.officer; }
    void setOfficer(const QString &officer);

    int problem() const { return m_problem; }
    QString format() const { return m_format; }
    QString sourceSrs() const { return m_sourceSrs; }
    bool fileNamesSrs() const;
    QStringList notes() const { return m_notes; }
    QVariantList sourceLayers() const;
    QString sourceLayer() const { return m_sourceLayer; }
    bool isTable() const { return m_format == QLatin1String("CSV"); }
    QStringList columns() const;
    QVariantList mapping() const;
    QVariantList previewRows() const;
    QVariantList srsChoices() const;
    int srsEpsg() const { return m_options.srsEpsg; }
    bool overrideFileSrs() const { return m_options.overrideFileSrs; }
    QString wktColumn() const { return m_options.geometryColumns.wkt; }
    QString xColumn() const { return m_options.geometryColumns.x; }
    QString yColumn() const { return m_options.geometryColumns.y; }

    bool repairGeometries() const { return m_options.repairGeometries; }
    void setRepairGeometries(bool on);
    bool allowOutside() const { return m_options.allowOutsideTerritory; }
    void setAllowOutside(bool on);
    bool splitMultiPart() const { return m_options.splitMultiPart; }
    void setSplitMultiPart(bool on);
    bool importValidRows() const { return m_options.importValidRows; }
    void setImportValidRows(bool on);
    QVariantMap summary() const;
    ImportIssueModel *issues() { return &m_issues; }
    QString reportPath() const { return m_reportPath; }

    // ---- Step 0 ----
    Q_INVOKABLE void browse(const QString &folder);
    Q_INVOKABLE void browseUp();
    // Chooses the file and, when the layer is chosen too, reads it (step 1 follows).
    Q_INVOKABLE void chooseFile(const QString &path);
    Q_INVOKABLE void inspect();
    // ---- Step 1 ----
    Q_INVOKABLE void chooseSourceLayer(const QString &id);
    // The coordinate system of the file's coordinates; `confirmOverride` when the file names another one.
    Q_INVOKABLE void chooseSrs(int epsg, bool confirmOverride = false);
    Q_INVOKABLE void chooseGeometryColumns(const QString &wkt, const QString &x, const QString &y);
    // Where a field of the layer takes its value: a column, nothing (""), or the same value for every row.
    Q_INVOKABLE void mapField(const QString &target, const QString &column);
    Q_INVOKABLE void mapFieldToValue(const QString &target, const QString &value);
    Q_INVOKABLE void check();
    // ---- Step 2 ----
    Q_INVOKABLE void runImport();
    Q_INVOKABLE bool saveReport();
    // ---- Step 3 ----
    // The bounding box {north, south, east, west} of what the last import wrote, for the map; empty if nothing.
    Q_INVOKABLE QVariantMap importedExtent() const;
    // ---- Anywhere ----
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void back();
    Q_INVOKABLE void reset();

signals:
    void stepChanged();
    void busyChanged();
    void progressChanged();
    void messageChanged();
    void folderChanged();
    void fileChanged();
    void optionsChanged();
    void inspected();
    void reportChanged();
    // Committed: the layer has `count` new features waiting for the sync.
    void imported(const QString &layer, int count);

private:
    void start(int mode);
    void onFinished();
    void setStep(Step step);
    void setMessage(const QString &message);
    void setOverride(const QString &target, const gis::FieldMap &map);
    // An option pass 1 depends on: on the report page, the file is checked again with it.
    void setCheckOption(bool &option, bool on);
    void list(const QDir &dir);
    // Drops what was settled for the current file.
    void forgetFile();
    // The options changed in a way that makes the last check stale.
    void invalidateCheck();

    store::Project *m_project;
    store::EditGateway *m_gateway;
    Step m_step = FileStep;
    QString m_message;
    QString m_folder;
    QVariantList m_entries;
    bool m_listed = false;
    gis::ImportOptions m_options;
    bool m_targetChosen = false;
    QString m_targetReason;
    QPointer<gis::ImportJob> m_job;
    int m_jobMode = 0;
    bool m_inspectAgain = false;

    int m_problem = NoProblem;
    QString m_format;
    QString m_sourceSrs;
    QStringList m_notes;
    std::vector<gis::SourceLayer> m_sourceLayers;
    QString m_sourceLayer;
    gis::Preview m_preview;

    std::shared_ptr<const gis::ImportReport> m_report;
    ImportIssueModel m_issues;
    QString m_reportPath;
};

} // namespace territori::ui
