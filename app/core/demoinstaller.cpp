#include "demoinstaller.h"

#include "editgateway.h"
#include "project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace territori::core {

using namespace territori::store;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(ErrorKind::NotFound, QCoreApplication::translate("DemoInstaller", "The demo file %1 is missing: %2").arg(path, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject())
        throw StoreError(ErrorKind::Invalid,
                         QCoreApplication::translate("DemoInstaller", "The demo file %1 is not valid JSON: %2").arg(path, err.errorString()));
    return doc.object();
}

bool copyTree(const QString &from, const QString &to)
{
    QDir src(from);
    if (!src.exists())
        return true;
    QDir().mkpath(to);
    for (const QFileInfo &fi : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(fi.fileName());
        if (fi.isDir()) {
            if (!copyTree(fi.filePath(), target))
                return false;
        } else if (!QFile::exists(target) && !QFile::copy(fi.filePath(), target)) {
            return false;
        }
    }
    return true;
}

} // namespace

QString DemoInstaller::sampleUuid(const QString &projectId, const QString &featureId)
{
    static const QUuid ns(QStringLiteral("{6d1f5a3e-2b7c-4e0a-9c55-7e3b1c2a9f10}"));
    return QUuid::createUuidV5(ns, projectId + QLatin1Char('/') + featureId).toString(QUuid::WithoutBraces);
}

std::unique_ptr<Project> DemoInstaller::install(const QString &bundleDirectory, const QString &targetDirectory)
{
    const QDir bundle(bundleDirectory);
    const QJsonObject definition = readJson(bundle.filePath(QStringLiteral("project.json")));
    std::unique_ptr<Project> project;
    try {
        project = Project::create(targetDirectory, definition);
        if (!copyTree(bundle.filePath(QStringLiteral("basemaps")),
                      QDir(targetDirectory).filePath(QStringLiteral("basemaps"))))
            throw StoreError(ErrorKind::Io, QCoreApplication::translate("DemoInstaller", "Cannot copy the demo basemaps into %1").arg(targetDirectory));
        EditGateway gateway(*project, EditContext{QStringLiteral("Città metropolitana di Milano (esempio)"),
                                                  QStringLiteral("demo")});
        for (const LayerDef &layer : project->layers()) {
            const QString path = bundle.filePath(QStringLiteral("features/%1.geojson").arg(layer.name));
            if (!QFile::exists(path))
                continue;
            const QJsonArray features = readJson(path).value(QStringLiteral("features")).toArray();
            for (const auto &fv : features) {
                const QJsonObject fo = fv.toObject();
                NewFeature nf;
                QString err;
                if (!fromGeoJson(fo.value(QStringLiteral("geometry")).toObject(), nf.geometry, &err))
                    throw StoreError(ErrorKind::Invalid, QStringLiteral("%1: %2").arg(path, err));
                nf.uuid = sampleUuid(project->info().id, fo.value(QStringLiteral("id")).toString());
                nf.attributes = fo.value(QStringLiteral("properties")).toObject().toVariantMap();
                const EditResult r = gateway.seed(layer.name, nf);
                if (!r.ok)
                    throw StoreError(r.error, QStringLiteral("%1 (%2): %3")
                                                  .arg(path, fo.value(QStringLiteral("id")).toString(), r.message));
            }
        }
    } catch (...) {
        project.reset();
        QDir(targetDirectory).removeRecursively();
        throw;
    }
    return project;
}

} // namespace territori::core
