#pragma once

// What the map draws: per-layer render data, built on worker threads from the store, swapped in when ready.
// A layer is rebuilt after an edit touches it; results of a superseded build are dropped, never shown.

#include "renderdata.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace territori::store {
class Project;
}

namespace territori::map {

class MapScene : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int featureCount READ featureCount NOTIFY changed)
    Q_PROPERTY(QStringList hiddenLayers READ hiddenLayers WRITE setHiddenLayers NOTIFY hiddenLayersChanged)

public:
    explicit MapScene(QObject *parent = nullptr);
    ~MapScene() override;

    // Loads every layer of the project (asynchronously). nullptr clears the scene.
    void setProject(store::Project *project);
    Q_INVOKABLE void reloadLayer(const QString &layer);
    Q_INVOKABLE void reloadAll();
    // A view zoomed in far enough to need a layer's full detail: built once, then kept (and rebuilt with the layer).
    // Thread-safe: the canvas asks from the render thread.
    void requestDetail(const QString &layer);

    bool loading() const { return m_pending > 0; }
    int featureCount() const;

    // Layers in drawing order (polygons, then lines, then points; project order within each).
    std::vector<std::shared_ptr<const LayerRenderData>> layers() const;
    std::shared_ptr<const LayerRenderData> layer(const QString &name) const { return m_data.value(name); }

    QStringList hiddenLayers() const { return QStringList(m_hidden.begin(), m_hidden.end()); }
    void setHiddenLayers(const QStringList &layers);
    Q_INVOKABLE bool isLayerVisible(const QString &layer) const { return !m_hidden.contains(layer); }
    Q_INVOKABLE void setLayerVisible(const QString &layer, bool visible);

    // Bumped on every change the canvas must pick up.
    quint64 revision() const { return m_revision; }

signals:
    void changed();
    void loadingChanged();
    void hiddenLayersChanged();
    // All layers of a setProject() are loaded; milliseconds since setProject().
    void loaded(qint64 milliseconds);
    void layerFailed(const QString &layer, const QString &message);

private:
    void startBuild(const QString &layer);
    QSet<QString> m_wantDetail; // layers some view has needed in full detail

    store::Project *m_project = nullptr;
    QStringList m_order;
    QHash<QString, std::shared_ptr<const LayerRenderData>> m_data;
    QHash<QString, quint64> m_generation;
    QHash<QString, std::shared_ptr<std::atomic_bool>> m_cancel;
    QSet<QString> m_hidden;
    int m_pending = 0;
    bool m_initialLoad = false;
    quint64 m_revision = 0;
    QElapsedTimer m_clock;
};

} // namespace territori::map
