#include "importcontroller.h"

#include "gisloader.h"
#include "gismodule.h"
#include "language.h"
#include "project.h"
#include "sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace territori::ui {

namespace {

// What GDAL opens for the import (app/gis/sourcefile.cpp): the browser lists these and folders only.
const QStringList kImportable = {QStringLiteral("*.shp"),  QStringLiteral("*.zip"),  QStringLiteral("*.gpkg"),
                                 QStringLiteral("*.geojson"), QStringLiteral("*.json"), QStringLiteral("*.kml"),
                                 QStringLiteral("*.kmz"),  QStringLiteral("*.gml"),  QStringLiteral("*.dxf"),
                                 QStringLiteral("*.csv"),  QStringLiteral("*.txt")};

QString fieldTypeLabel(store::FieldType type)
{
    switch (type) {
    case store::FieldType::Text: return ImportController::tr("text");
    case store::FieldType::Multiline: return ImportController::tr("long text");
    case store::FieldType::Integer: return ImportController::tr("whole number");
    case store::FieldType::Decimal: return ImportController::tr("number");
    case store::FieldType::Date: return ImportController::tr("date");
    case store::FieldType::DateTime: return ImportController::tr("date and time");
    case store::FieldType::Boolean: return ImportController::tr("yes/no");
    case store::FieldType::Choice: return ImportController::tr("one of a list");
    case store::FieldType::MultiChoice: return ImportController::tr("several of a list");
    case store::FieldType::Photo: return ImportController::tr("photos");
    }
    return QString();
}

} // namespace

ImportController::ImportController(store::Project *project, store::EditGateway *gateway, QObject *parent)
    : QObject(parent), m_project(project), m_gateway(gateway)
{
    m_options.automaticMapping = true;
    if (m_gateway)
        m_options.officer = m_gateway->context().author;
    const auto targets = targetLayers();
    if (!targets.isEmpty())
        m_options.targetLayer = targets.front().toMap().value(QStringLiteral("name")).toString();
    // The demo project carries a comune's files to try; elsewhere the officer's documents.
    QString start = m_project ? QDir(m_project->directory()).filePath(QStringLiteral("imports")) : QString();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(start).isDir())
        start = QDir::homePath();
    // Listed when the page first shows it: nothing of the import runs at the app's start.
    m_folder = QFileInfo(start).absoluteFilePath();
}

QVariantList ImportController::entries()
{
    if (!m_listed) {
        m_listed = true;
        list(QDir(m_folder)); // read by a binding: nothing to announce
    }
    return m_entries;
}

ImportController::~ImportController()
{
    delete m_job.data(); // waits for its thread
}

int ImportController::stage() const
{
    return m_job ? m_job->stage() : 0;
}

bool ImportController::busy() const
{
    return !m_job.isNull();
}

double ImportController::progress() const
{
    return m_job ? m_job->progress() : 0.0;
}

QString ImportController::fileName() const
{
    return m_options.path.isEmpty() ? QString() : QFileInfo(m_options.path).fileName();
}

QVariantList ImportController::targetLayers() const
{
    QVariantList out;
    if (!m_project)
        return out;
    for (const store::LayerDef &l : m_project->layers()) {
        if (!gis::isImportTarget(l))
            continue;
        out << QVariantMap{{QStringLiteral("name"), l.name},
                           {QStringLiteral("title"), l.title.text(store::uiLanguage())},
                           {QStringLiteral("geometry"), static_cast<int>(l.geometry)}};
    }
    return out;
}

void ImportController::setTargetLayer(const QString &layer)
{
    const bool chosenNow = !m_targetChosen;
    m_targetChosen = true; // from now on the person's choice, even when it is the layer that was chosen for them
    if (layer == m_options.targetLayer) {
        if (chosenNow)
            emit optionsChanged();
        return;
    }
    m_options.targetLayer = layer;
    m_options.mapping.clear(); // the choices were for the other layer's fields
    m_targetReason.clear();
    invalidateCheck();
    emit optionsChanged();
    emit inspected();
    // On the fields page the mapping and the preview are for the layer: read the file again for this one.
    if (m_step == FieldsStep && !m_options.path.isEmpty())
        inspect();
}

void ImportController::setComune(const QString &comune)
{
    if (comune == m_options.comune)
        return;
    m_options.comune = comune.trimmed();
    emit optionsChanged();
}

void ImportController::setOfficer(const QString &officer)
{
    if (officer == m_options.officer)
        return;
    m_options.officer = officer.trimmed();
    emit optionsChanged();
}

bool ImportController::fileNamesSrs() const
{
    for (const gis::SourceLayer &l : m_sourceLayers)
        if (l.id == m_sourceLayer || m_sourceLayers.size() == 1)
            return l.crs.present;
    return false;
}

QVariantList ImportController::sourceLayers() const
{
    QVariantList out;
    for (const gis::SourceLayer &l : m_sourceLayers) {
        out << QVariantMap{{QStringLiteral("id"), l.id},
                           {QStringLiteral("name"), l.entry.isEmpty() ? l.name : l.entry + QStringLiteral(" › ") + l.name},
                           {QStringLiteral("geometryType"), l.geometryType},
                           {QStringLiteral("count"), l.featureCount}};
    }
    return out;
}

QStringList ImportController::columns() const
{
    if (!m_preview.sourceColumns.isEmpty())
        return m_preview.sourceColumns;
    // Before the file is fully settled (no coordinate system yet, geometry columns to choose) the columns still come
    // from the file's layer.
    QStringList out;
    for (const gis::SourceLayer &l : m_sourceLayers) {
        if (m_sourceLayers.size() == 1 || l.id == m_options.sourceLayer) {
            for (const auto &c : l.columns)
                out << c.name;
            break;
        }
    }
    return out;
}

QVariantList ImportController::mapping() const
{
    QVariantList out;
    const store::LayerDef *layer = m_project ? m_project->layer(m_options.targetLayer) : nullptr;
    if (!layer)
        return out;
    const QString lang = store::uiLanguage();
    gis::GisModule *gis = gisModule();
    for (size_t i = 0; i < m_preview.mapping.size(); ++i) {
        const gis::FieldMap &m = m_preview.mapping[i];
        const store::FieldDef *f = layer->field(m.target);
        if (!f)
            continue;
        QStringList samples;
        for (const gis::PreviewRow &r : m_preview.rows) {
            if (i < size_t(r.converted.size()) && !r.converted[int(i)].isEmpty())
                samples << r.converted[int(i)];
            if (samples.size() == 3)
                break;
        }
        out << QVariantMap{{QStringLiteral("target"), m.target},
                           {QStringLiteral("label"), f->label.text(lang).isEmpty() ? f->name : f->label.text(lang)},
                           {QStringLiteral("type"), fieldTypeLabel(f->type)},
                           {QStringLiteral("required"), f->required},
                           {QStringLiteral("source"), m.source},
                           {QStringLiteral("constant"), m.source.isEmpty() && gis ? gis->displayValue(m.constant) : QString()},
                           {QStringLiteral("automatic"), m.automatic},
                           {QStringLiteral("samples"), samples.join(QStringLiteral(" · "))}};
    }
    return out;
}

QVariantList ImportController::previewRows() const
{
    QVariantList out;
    for (const gis::PreviewRow &r : m_preview.rows)
        out << QVariantMap{{QStringLiteral("row"), r.row},
                           {QStringLiteral("values"), r.converted},
                           {QStringLiteral("problems"), r.problems.join(QLatin1Char('\n'))}};
    return out;
}

QVariantList ImportController::srsChoices() const
{
    QVariantList out;
    gis::GisModule *gis = gisModule();
    if (!gis)
        return out;
    for (const gis::KnownSystem &s : gis->knownSystems())
        out << QVariantMap{{QStringLiteral("epsg"), s.epsg},
                           {QStringLiteral("label"), QStringLiteral("EPSG:%1 – %2").arg(s.epsg).arg(QString::fromUtf8(s.name))}};
    return out;
}

void ImportController::setCheckOption(bool &option, bool on)
{
    if (on == option)
        return;
    option = on;
    emit optionsChanged();
    // The report shown must be the report of these options: check again.
    if (m_step == ReportStep) {
        invalidateCheck();
        check();
    }
}

void ImportController::setRepairGeometries(bool on)
{
    setCheckOption(m_options.repairGeometries, on);
}

void ImportController::setAllowOutside(bool on)
{
    setCheckOption(m_options.allowOutsideTerritory, on);
}

void ImportController::setSplitMultiPart(bool on)
{
    setCheckOption(m_options.splitMultiPart, on);
}

void ImportController::setImportValidRows(bool on)
{
    if (on == m_options.importValidRows)
        return;
    m_options.importValidRows = on; // decides pass 2 only: the check stands
    emit optionsChanged();
}

QVariantMap ImportController::summary() const
{
    if (!m_report)
        return {};
    const gis::ImportReport &r = *m_report;
    return {{QStringLiteral("checked"), r.checked},
            {QStringLiteral("imported"), r.imported},
            {QStringLiteral("rowsRead"), r.rowsRead},
            {QStringLiteral("rowsValid"), r.rowsValid},
            {QStringLiteral("rowsRejected"), r.rowsRejected},
            {QStringLiteral("rowsRepaired"), r.rowsRepaired},
            {QStringLiteral("rowsImported"), r.rowsImported},
            {QStringLiteral("warnings"), r.warnings},
            {QStringLiteral("rowsMultiPart"), r.rowsMultiPart},
            {QStringLiteral("rowsSplit"), r.rowsSplit},
            {QStringLiteral("featuresFromSplit"), r.featuresFromSplit},
            {QStringLiteral("featuresToImport"), r.featuresToImport()},
            {QStringLiteral("rowsWithZ"), r.rowsWithZ},
            {QStringLiteral("rowsWithM"), r.rowsWithM},
            {QStringLiteral("unusedColumns"), r.unusedColumns},
            {QStringLiteral("issuesDropped"), r.issuesDropped},
            {QStringLiteral("sourceSrs"), r.sourceSrs},
            {QStringLiteral("notes"), r.notes}};
}

void ImportController::browse(const QString &folder)
{
    const QFileInfo fi(folder);
    if (!fi.isDir()) {
        setMessage(tr("%1 is not a folder that can be opened.").arg(folder));
        return;
    }
    m_folder = fi.absoluteFilePath();
    m_listed = true;
    list(QDir(m_folder));
    emit folderChanged();
}

void ImportController::list(const QDir &dir)
{
    m_entries.clear();
    const auto dirs = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &d : dirs)
        m_entries << QVariantMap{{QStringLiteral("name"), d.fileName()}, {QStringLiteral("path"), d.absoluteFilePath()},
                                 {QStringLiteral("folder"), true}, {QStringLiteral("size"), 0}};
    const auto files = dir.entryInfoList(kImportable, QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &f : files)
        if (!m_project || !m_project->isStoreFile(f.absoluteFilePath())) // the project's own store is not for GDAL
            m_entries << QVariantMap{{QStringLiteral("name"), f.fileName()},
                                     {QStringLiteral("path"), f.absoluteFilePath()},
                                     {QStringLiteral("folder"), false},
                                     {QStringLiteral("size"), f.size()}};
}

void ImportController::browseUp()
{
    QDir dir(m_folder);
    if (dir.cdUp())
        browse(dir.absolutePath());
}

void ImportController::chooseFile(const QString &path)
{
    if (busy())
        return;
    m_options.path = QFileInfo(path).absoluteFilePath();
    forgetFile();
    // Unless a person chose the layer, the import chooses the one that fits this file (ImportJob::targetLayer).
    if (!m_targetChosen) {
        m_options.targetLayer.clear();
        m_targetReason.clear();
    }
    emit fileChanged();
    inspect();
}

void ImportController::forgetFile()
{
    // What was settled for one file (its layer, coordinate system, columns, the check) is that file's own.
    m_options.sourceLayer.clear();
    m_options.srsEpsg = 0;
    m_options.overrideFileSrs = false;
    m_options.geometryColumns = {};
    m_options.mapping.clear();
    m_sourceLayers.clear();
    m_preview = {};
    invalidateCheck();
}

void ImportController::inspect()
{
    if (m_options.path.isEmpty()) {
        setMessage(tr("Choose the file to import first."));
        return;
    }
    start(int(gis::ImportJob::Mode::Inspect));
}

void ImportController::chooseSourceLayer(const QString &id)
{
    m_options.sourceLayer = id;
    m_options.geometryColumns = {};
    m_options.mapping.clear();
    invalidateCheck();
    inspect();
}

void ImportController::chooseSrs(int epsg, bool confirmOverride)
{
    m_options.srsEpsg = epsg;
    m_options.overrideFileSrs = confirmOverride;
    invalidateCheck();
    emit optionsChanged();
    inspect();
}

void ImportController::chooseGeometryColumns(const QString &wkt, const QString &x, const QString &y)
{
    m_options.geometryColumns.wkt = wkt;
    m_options.geometryColumns.x = x;
    m_options.geometryColumns.y = y;
    invalidateCheck();
    emit optionsChanged();
    inspect();
}

void ImportController::setOverride(const QString &target, const gis::FieldMap &map)
{
    for (auto &m : m_options.mapping) {
        if (m.target == target) {
            m = map;
            return;
        }
    }
    m_options.mapping.push_back(map);
}

void ImportController::mapField(const QString &target, const QString &column)
{
    setOverride(target, gis::FieldMap{target, column, QVariant(), false});
    invalidateCheck();
    inspect();
}

void ImportController::mapFieldToValue(const QString &target, const QString &value)
{
    setOverride(target, gis::FieldMap{target, QString(), value.trimmed().isEmpty() ? QVariant() : QVariant(value.trimmed()),
                                      false});
    invalidateCheck();
    inspect();
}

void ImportController::check()
{
    if (m_problem != NoProblem || m_options.path.isEmpty()) {
        setMessage(tr("The file is not ready to be checked: settle what the page asks first."));
        return;
    }
    start(int(gis::ImportJob::Mode::Check));
}

void ImportController::runImport()
{
    if (!m_report || !m_report->checked) {
        setMessage(tr("The file must be checked completely before it is imported."));
        return;
    }
    start(int(gis::ImportJob::Mode::Import));
}

bool ImportController::saveReport()
{
    if (!m_report)
        return false;
    const QFileInfo source(m_options.path);
    const QString name = QStringLiteral("%1_report_%2.csv")
                             .arg(source.completeBaseName(),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Beside the file when its folder takes it (the officer finds both together), else in the documents.
    QStringList folders{source.absolutePath(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)};
    QString error;
    for (const QString &folder : folders) {
        if (folder.isEmpty() || !QFileInfo(folder).isWritable())
            continue;
        const QString path = QDir(folder).filePath(name);
        gis::GisModule *gis = gisModule(&error);
        if (gis && gis->saveReport(*m_report, path, &error)) {
            m_reportPath = path;
            setMessage(QString());
            emit reportChanged();
            return true;
        }
    }
    setMessage(error.isEmpty() ? tr("No folder can take the report: neither %1 nor the documents folder is writable.")
                                     .arg(source.absolutePath())
                               : error);
    return false;
}

QVariantMap ImportController::importedExtent() const
{
    // Kept by the import itself: reading it back from the layer meant a scan of the whole table on the UI thread.
    if (!m_report || !m_report->imported || m_report->importedExtent.isNull())
        return {};
    const store::Envelope &e = m_report->importedExtent;
    return {{QStringLiteral("south"), e.minY}, {QStringLiteral("north"), e.maxY}, {QStringLiteral("east"), e.maxX},
            {QStringLiteral("west"), e.minX}};
}

void ImportController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ImportController::back()
{
    if (busy())
        return;
    setMessage(QString());
    if (m_step == ReportStep)
        setStep(FieldsStep);
    else if (m_step == FieldsStep)
        setStep(FileStep);
    else if (m_step == DoneStep)
        reset();
}

void ImportController::reset()
{
    if (busy()) {
        // Its result is for a file no longer on the page: let it stop and go without telling anyone.
        gis::ImportJob *job = m_job;
        disconnect(job, nullptr, this, nullptr);
        connect(job, &Job::finished, job, &QObject::deleteLater);
        job->cancel();
        m_job = nullptr;
        m_inspectAgain = false;
        emit busyChanged();
    }
    m_options.path.clear();
    forgetFile();
    m_targetChosen = false;
    m_targetReason.clear();
    m_problem = NoProblem;
    m_format.clear();
    m_sourceSrs.clear();
    m_notes.clear();
    setMessage(QString());
    emit fileChanged();
    emit inspected();
    emit optionsChanged();
    setStep(FileStep);
    browse(m_folder);
}

void ImportController::invalidateCheck()
{
    if (!m_report && m_reportPath.isEmpty())
        return;
    m_report.reset();
    m_reportPath.clear();
    m_issues.setReport(nullptr);
    emit reportChanged();
}

void ImportController::start(int mode)
{
    if (!m_project)
        return;
    if (busy()) {
        // A choice made while the file is being read (a column, a coordinate system) is in the options already: read
        // it again as soon as this run ends, so the preview shows it.
        if (mode == int(gis::ImportJob::Mode::Inspect) && m_jobMode == mode)
            m_inspectAgain = true;
        return;
    }
    setMessage(QString());
    QString error;
    gis::GisModule *gis = gisModule(&error);
    if (!gis) {
        setMessage(error);
        return;
    }
    store::EditContext context = m_gateway ? m_gateway->context() : store::EditContext{};
    if (!m_options.officer.isEmpty())
        context.author = m_options.officer;
    auto *job = gis->startImport(m_project->directory(), m_options, gis::ImportJob::Mode(mode), context,
                                 mode == int(gis::ImportJob::Mode::Import) ? m_report : nullptr, this);
    m_job = job;
    m_jobMode = mode;
    // Through the base Job's signals: the job's own class lives in the module, which this binary does not link (a
    // change of stage comes with progressChanged). The job emits nothing before control returns here (its results
    // are posted to this thread).
    connect(job, &Job::progressChanged, this, &ImportController::progressChanged);
    connect(job, &Job::finished, this, &ImportController::onFinished);
    emit busyChanged();
    emit progressChanged();
}

void ImportController::onFinished()
{
    gis::ImportJob *job = m_job;
    if (!job)
        return;
    // Not busy any more before anyone hears the result: a listener may start the next step right away.
    m_job = nullptr;
    job->deleteLater();
    emit busyChanged();
    const auto mode = gis::ImportJob::Mode(m_jobMode);
    const Job::Error error = job->error();
    const QString message = job->errorString();

    if (mode == gis::ImportJob::Mode::Inspect) {
        m_problem = int(job->problem());
        m_format = job->format();
        m_sourceSrs = job->sourceSrs();
        m_notes = job->notes();
        m_sourceLayers = job->sourceLayers();
        m_sourceLayer = job->selectedSourceLayer();
        m_preview = job->preview();
        if (!job->targetLayer().isEmpty() && job->targetLayer() != m_options.targetLayer) {
            m_options.targetLayer = job->targetLayer();
            emit optionsChanged();
        }
        if (!job->targetReason().isEmpty())
            m_targetReason = job->targetReason();
        // The file's own layer settled: later inspections keep it even if the file had several.
        if (!m_sourceLayer.isEmpty() && m_options.sourceLayer.isEmpty() && m_sourceLayers.size() > 1)
            m_options.sourceLayer = m_sourceLayer;
        emit inspected();
        if (m_problem == FileProblem) {
            setMessage(message);
            setStep(FileStep);
        } else {
            // Every other problem is a choice the fields page asks for. The coordinate system and the file's layer
            // have their own boxes there; the others are told in words.
            const bool hasBox = m_problem == ChooseSrs || m_problem == SrsMismatch || m_problem == ChooseSourceLayer;
            setMessage(m_problem == NoProblem || hasBox ? QString() : message);
            setStep(FieldsStep);
        }
    } else {
        auto report = job->report();
        if (error == Job::Error::Cancelled) {
            setMessage(mode == gis::ImportJob::Mode::Import ? tr("Import cancelled: nothing was imported.")
                                                            : tr("Check cancelled."));
        } else if (mode == gis::ImportJob::Mode::Check) {
            if (report && report->checked) {
                m_report = report;
                m_reportPath.clear();
                m_issues.setReport(report);
                emit reportChanged();
                setMessage(QString());
                setStep(ReportStep);
            } else {
                setMessage(message);
            }
        } else if (error == Job::Error::None && report && report->imported) {
            m_report = report;
            m_issues.setReport(report);
            emit reportChanged();
            setStep(DoneStep);
            emit imported(m_options.targetLayer, report->rowsImported);
        } else {
            // Nothing was written (one transaction): the report and the choices stay for another try.
            setMessage(message.isEmpty() ? tr("Nothing was imported.") : message);
        }
    }
    emit progressChanged();
    if (m_inspectAgain) {
        m_inspectAgain = false;
        if (mode == gis::ImportJob::Mode::Inspect)
            inspect();
    }
}

void ImportController::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    emit stepChanged();
}

void ImportController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace territori::ui
