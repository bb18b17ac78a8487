#pragma once

// Exporting layers for QGIS and the comuni's own GIS: which layers, the format, the coordinate system and the
// destination folder; a gis::ExportJob writes them off the UI thread, and the page shows what was written and what
// the format could not carry (cut column names, long values).

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariant>

namespace territori::store {
class Project;
}

namespace territori::gis {
class ExportJob;
}

namespace territori::ui {

class ExportController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QVariantList layers READ layers CONSTANT)
    // Layers a newer definition removed whose unsent features are still here: exported only when chosen.
    Q_PROPERTY(QVariantList retiredLayers READ retiredLayers NOTIFY retiredChanged)
    Q_PROPERTY(QVariantList formats READ formats CONSTANT)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    Q_PROPERTY(QVariantMap result READ result NOTIFY resultChanged)

public:
    ExportController(store::Project *project, QObject *parent = nullptr);
    ~ExportController() override;

    bool available() const { return m_project != nullptr; }
    QVariantList layers() const;
    QVariantList retiredLayers() const;
    // The sync page let a retired layer go: it is no longer offered.
    Q_INVOKABLE void refreshRetired() { emit retiredChanged(); }
    QVariantList formats() const;
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    bool busy() const;
    double progress() const;
    QString message() const { return m_message; }
    QVariantMap result() const { return m_result; }

    // Exports `layers` (empty: all of them) as `format` ("gpkg", "geojson", "shp", "csv") in EPSG:`epsg` into a
    // new folder inside folder(), named after the project and the time, so nothing already there is overwritten.
    Q_INVOKABLE void start(const QStringList &layers, const QString &format, int epsg);
    Q_INVOKABLE void cancel();

signals:
    void folderChanged();
    void retiredChanged();
    void busyChanged();
    void progressChanged();
    void resultChanged();
    void finished(bool ok);

private:
    void onFinished();

    store::Project *m_project;
    QString m_folder;
    QPointer<gis::ExportJob> m_job;
    QString m_message;
    QVariantMap m_result;
};

} // namespace territori::ui
