#include "demoinstaller.h"

#include "editgateway.h"
#include "project.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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

// A sample's date field may be written relative to the day of the installation ("today", "today-60", "today+45"),
// so that the demo drafts' comment windows stay open (or closed) whenever it is installed. The SIT seeds the same
// features the same way (sync/server/sitkit.py).
QVariant relativeDate(const QVariant &value, const QDate &today)
{
    static const QRegularExpression re(QStringLiteral("^today(?:([+-])(\\d{1,5}))?$"));
    if (value.userType() != QMetaType::QString)
        return value;
    const QRegularExpressionMatch m = re.match(value.toString());
    if (!m.hasMatch())
        return value;
    const qint64 days = m.captured(2).toLongLong();
    return today.addDays(m.captured(1) == QLatin1String("-") ? -days : days).toString(Qt::ISODate);
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
        // A comune's file to try the import on; the import page opens this folder first.
        if (QFileInfo(bundle.filePath(QStringLiteral("imports"))).isDir()
            && !copyTree(bundle.filePath(QStringLiteral("imports")), QDir(targetDirectory).filePath(QStringLiteral("imports"))))
            throw StoreError(ErrorKind::Io, QCoreApplication::translate("DemoInstaller", "Cannot copy the demo files to import into %1").arg(targetDirectory));
        EditGateway gateway(*project, EditContext{QStringLiteral("Città metropolitana di Milano (esempio)"),
                                                  QStringLiteral("demo")});
        const QDate today = QDate::currentDate();
        for (const LayerDef &layer : project->layers()) {
            const QString path = bundle.filePath(QStringLiteral("features/%1.geojson").arg(layer.name));
            if (!QFile::exists(path))
                continue;
            const QJsonArray features = readJson(path).value(QStringLiteral("features")).toArray();
            for (const auto &fv : features) {
                const QJsonObject fo = fv.toObject();
                NewFeature nf;
                QString err;
                // "geometry": null is a feature without a place (a draft's general paragraph)
                const QJsonValue geometry = fo.value(QStringLiteral("geometry"));
                if (!geometry.isNull() && !fromGeoJson(geometry.toObject(), nf.geometry, &err))
                    throw StoreError(ErrorKind::Invalid, QStringLiteral("%1: %2").arg(path, err));
                nf.uuid = sampleUuid(project->info().id, fo.value(QStringLiteral("id")).toString());
                nf.attributes = fo.value(QStringLiteral("properties")).toObject().toVariantMap();
                for (const FieldDef &field : layer.fields)
                    if (field.type == FieldType::Date && nf.attributes.contains(field.name))
                        nf.attributes[field.name] = relativeDate(nf.attributes.value(field.name), today);
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
