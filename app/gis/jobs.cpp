#include "jobs.h"

#include <QCoreApplication>

namespace territori::gis {

namespace {

Job::Error jobError(store::ErrorKind kind)
{
    switch (kind) {
    case store::ErrorKind::DiskFull: return Job::Error::DiskFull;
    case store::ErrorKind::None:
    case store::ErrorKind::Invalid:
    case store::ErrorKind::NotFound: return Job::Error::InvalidInput;
    case store::ErrorKind::Busy:
    case store::ErrorKind::ReadOnly:
    case store::ErrorKind::Io: return Job::Error::Io;
    default: return Job::Error::Other;
    }
}

} // namespace

ImportJob::ImportJob(const QString &projectDirectory, const ImportOptions &options, Mode mode,
                     const store::EditContext &context, QObject *parent)
    : Job(parent), m_directory(projectDirectory), m_options(options), m_mode(mode), m_context(context)
{
}

ImportJob::~ImportJob() = default; // m_worker stops and joins the thread first

void ImportJob::start()
{
    m_worker.start([this] { run(); }, QStringLiteral("territori-import"));
}

void ImportJob::cancel()
{
    Job::cancel();
    m_worker.requestStop();
}

void ImportJob::post(double progress)
{
    QMetaObject::invokeMethod(this, [this, progress] { setProgress(progress); }, Qt::QueuedConnection);
}

void ImportJob::enter(Stage stage)
{
    QMetaObject::invokeMethod(
        this,
        [this, stage] {
            m_stage = stage;
            emit stageChanged();
            emit progressChanged(); // what the app follows: it reaches this class only through Job (gismodule.h)
        },
        Qt::QueuedConnection);
}

void ImportJob::run()
{
    Error error = Error::None;
    QString message;
    auto report = std::make_shared<ImportReport>();
    try {
        enter(Reading);
        auto project = store::Project::open(m_directory, store::Project::Check::AlreadyChecked);
        Importer importer(*project);
        bool ok = importer.prepare(m_options);
        m_problem = importer.problem();
        m_sourceSrs = importer.sourceSrsDescription();
        m_targetLayer = importer.options().targetLayer;
        m_targetReason = importer.targetReason();
        if (const SourceFile *source = importer.source()) {
            m_layers = source->layers();
            m_format = source->format();
            m_notes = source->notes();
            if (ok)
                m_selectedLayer = source->selected().id;
        }
        if (!ok) {
            error = Error::InvalidInput;
            message = importer.message();
        } else if (m_mode == Mode::Inspect) {
            m_preview = importer.preview(m_previewRows);
        } else {
            const bool reuse = m_mode == Mode::Import && m_checked && m_checked->checked;
            const double checkShare = m_mode == Mode::Check ? 1.0 : reuse ? 0.0 : 0.5;
            if (reuse) {
                *report = *m_checked;
            } else {
                enter(Checking);
                ok = importer.check(*report, [&](double p) { post(p * checkShare); }, m_worker.stopFlag());
                if (!ok) {
                    error = importer.cancelled() ? Error::Cancelled : Error::InvalidInput;
                    message = importer.message();
                }
            }
            if (ok && m_mode == Mode::Import) {
                enter(Writing);
                ok = importer.write(*report, m_context,
                                    [&](double p) { post(checkShare + p * (1.0 - checkShare)); }, m_worker.stopFlag());
                if (!ok) {
                    error = importer.cancelled() ? Error::Cancelled : jobError(importer.storeError());
                    message = importer.message();
                }
            }
        }
    } catch (const store::StoreError &e) {
        error = jobError(e.kind());
        message = e.message();
    }
    m_report = report;
    QMetaObject::invokeMethod(
        this,
        [this, error, message] {
            m_stage = Waiting;
            emit stageChanged();
            emit progressChanged();
            finish(error, message);
        },
        Qt::QueuedConnection);
}

ExportJob::ExportJob(const QString &projectDirectory, const ExportOptions &options, QObject *parent)
    : Job(parent), m_directory(projectDirectory), m_options(options)
{
}

ExportJob::~ExportJob() = default;

void ExportJob::start()
{
    m_worker.start([this] { run(); }, QStringLiteral("territori-export"));
}

void ExportJob::cancel()
{
    Job::cancel();
    m_worker.requestStop();
}

void ExportJob::run()
{
    Error error = Error::None;
    QString message;
    try {
        auto project = store::Project::open(m_directory, store::Project::Check::AlreadyChecked);
        Exporter exporter(*project);
        const bool ok = exporter.run(
            m_options, m_report,
            [this](double p) { QMetaObject::invokeMethod(this, [this, p] { setProgress(p); }, Qt::QueuedConnection); },
            m_worker.stopFlag());
        if (!ok) {
            error = exporter.cancelled() ? Error::Cancelled : Error::InvalidInput;
            message = exporter.message();
        }
    } catch (const store::StoreError &e) {
        error = jobError(e.kind());
        message = e.message();
    }
    QMetaObject::invokeMethod(this, [this, error, message] { finish(error, message); }, Qt::QueuedConnection);
}

} // namespace territori::gis
