#include "exportcontroller.h"

#include "gisloader.h"
#include "gismodule.h"
#include "language.h"
#include "project.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace territori::ui {

ExportController::ExportController(store::Project *project, QObject *parent) : QObject(parent), m_project(project)
{
    m_folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (m_folder.isEmpty())
        m_folder = QDir::homePath();
}

ExportController::~ExportController()
{
    delete m_job.data(); // waits for its thread
}

QVariantList ExportController::layers() const
{
    QVariantList out;
    if (!m_project)
        return out;
    // Personal data (participants) and table records stay on the device and the SIT: they are hidden layers.
    for (const store::LayerDef &l : m_project->layers()) {
        if (l.hidden)
            continue;
        out << QVariantMap{{QStringLiteral("name"), l.name}, {QStringLiteral("title"), l.title.text(store::uiLanguage())}};
    }
    return out;
}

QVariantList ExportController::retiredLayers() const
{
    QVariantList out;
    if (!m_project)
        return out;
    for (const store::LayerDef &l : m_project->retiredLayers())
        out << QVariantMap{{QStringLiteral("name"), l.name}, {QStringLiteral("title"), l.title.text(store::uiLanguage())}};
    return out;
}

QVariantList ExportController::formats() const
{
    return {QVariantMap{{QStringLiteral("id"), QStringLiteral("gpkg")}, {QStringLiteral("label"), tr("GeoPackage (QGIS)")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("shp")}, {QStringLiteral("label"), tr("Shapefile")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("geojson")}, {QStringLiteral("label"), tr("GeoJSON")}},
            QVariantMap{{QStringLiteral("id"), QStringLiteral("csv")}, {QStringLiteral("label"), tr("CSV (geometry as WKT)")}}};
}

void ExportController::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged();
}

bool ExportController::busy() const
{
    return !m_job.isNull();
}

double ExportController::progress() const
{
    return m_job ? m_job->progress() : 0.0;
}

void ExportController::start(const QStringList &layers, const QString &format, int epsg)
{
    if (!m_project || busy())
        return;
    m_result.clear();
    m_message.clear();
    QDir().mkpath(m_folder); // a new folder is fine; a file in the way or a read-only place is said below
    if (!QFileInfo(m_folder).isDir() || !QFileInfo(m_folder).isWritable()) {
        m_message = tr("The folder %1 cannot be written: choose another one.").arg(m_folder);
        emit resultChanged();
        emit finished(false);
        return;
    }
    gis::ExportOptions o;
    o.layers = layers;
    o.format = format;
    o.srsEpsg = epsg;
    // A new name each time: an earlier export in the same folder is never overwritten. A GeoPackage is one file;
    // the other formats get a folder with a file per layer.
    const QString stem = QStringLiteral("%1_%2").arg(QFileInfo(m_project->directory()).fileName(),
                                                     QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    o.outPath = QDir(m_folder).filePath(format == QLatin1String("gpkg") ? stem + QStringLiteral(".gpkg")
                                                                          : stem + QLatin1Char('_') + format);
    gis::GisModule *gis = gisModule(&m_message);
    if (!gis) {
        emit resultChanged();
        emit finished(false);
        return;
    }
    auto *job = gis->startExport(m_project->directory(), o, this);
    m_job = job;
    connect(job, &Job::progressChanged, this, &ExportController::progressChanged);
    connect(job, &Job::finished, this, &ExportController::onFinished);
    emit busyChanged();
    emit resultChanged();
}

void ExportController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ExportController::onFinished()
{
    gis::ExportJob *job = m_job;
    if (!job)
        return;
    const bool ok = job->error() == Job::Error::None;
    if (ok) {
        const gis::ExportReport &r = job->report();
        QStringList renamed;
        for (const auto &c : r.renamed)
            renamed << tr("%1: %2 → %3").arg(c.layer, c.column, c.shortName);
        m_result = {{QStringLiteral("files"), r.files},
                    {QStringLiteral("features"), r.features},
                    {QStringLiteral("srs"), r.srs},
                    {QStringLiteral("renamed"), renamed},
                    {QStringLiteral("notes"), r.notes}};
        m_message.clear();
    } else {
        m_message = job->error() == Job::Error::Cancelled ? tr("Export cancelled: nothing was written.")
                                                          : job->errorString();
    }
    m_job = nullptr;
    job->deleteLater();
    emit busyChanged();
    emit progressChanged();
    emit resultChanged();
    emit finished(ok);
}

} // namespace territori::ui
