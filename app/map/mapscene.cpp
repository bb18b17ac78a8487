#include "mapscene.h"

#include "project.h"
#include "sqlite.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace territori::map {

using namespace territori::store;

namespace {

struct BuildResult
{
    std::shared_ptr<LayerRenderData> data;
    QString error;
};

int drawRank(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Polygon: return 0;
    case GeometryKind::Line: return 1;
    case GeometryKind::Point: return 2;
    default: return 3;
    }
}

} // namespace

MapScene::MapScene(QObject *parent) : QObject(parent) {}

MapScene::~MapScene()
{
    for (const auto &flag : qAsConst(m_cancel))
        flag->store(true);
    QThreadPool::globalInstance()->waitForDone();
}

void MapScene::setProject(Project *project)
{
    for (const auto &flag : qAsConst(m_cancel))
        flag->store(true);
    m_project = project;
    m_data.clear();
    m_order.clear();
    m_cancel.clear();
    m_wantDetail.clear();
    ++m_revision;
    emit changed();
    if (!project)
        return;
    std::vector<const LayerDef *> defs;
    for (const LayerDef &l : project->layers())
        defs.push_back(&l);
    std::stable_sort(defs.begin(), defs.end(),
                     [](const LayerDef *a, const LayerDef *b) { return drawRank(a->geometry) < drawRank(b->geometry); });
    for (const LayerDef *l : defs)
        m_order << l->name;
    m_clock.start();
    m_initialLoad = true;
    reloadAll();
}

void MapScene::reloadAll()
{
    for (const QString &name : qAsConst(m_order))
        startBuild(name);
}

void MapScene::reloadLayer(const QString &layer)
{
    if (m_order.contains(layer))
        startBuild(layer);
}

void MapScene::requestDetail(const QString &layer)
{
    QMetaObject::invokeMethod(
        this,
        [this, layer]() {
            if (m_wantDetail.contains(layer))
                return;
            m_wantDetail.insert(layer);
            startBuild(layer);
        },
        Qt::QueuedConnection);
}

void MapScene::startBuild(const QString &name)
{
    const LayerDef *def = m_project ? m_project->layer(name) : nullptr;
    if (!def)
        return;
    if (auto previous = m_cancel.value(name))
        previous->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel.insert(name, cancel);
    const quint64 generation = ++m_generation[name];
    const QString path = m_project->storePath();
    const LayerDef layer = *def; // the worker gets its own copy
    const bool withDetail = m_wantDetail.contains(name);

    ++m_pending;
    if (m_pending == 1)
        emit loadingChanged();
    auto *watcher = new QFutureWatcher<BuildResult>(this);
    connect(watcher, &QFutureWatcher<BuildResult>::finished, this, [this, watcher, name, generation]() {
        const BuildResult result = watcher->result();
        watcher->deleteLater();
        --m_pending;
        if (m_generation.value(name) == generation) { // a newer build supersedes this one
            if (result.data) {
                m_data.insert(name, result.data);
                ++m_revision;
                emit changed();
            } else if (!result.error.isEmpty()) {
                emit layerFailed(name, result.error);
            }
        }
        if (m_pending == 0) {
#ifdef __GLIBC__
            // The builders' scratch memory (decoded geometries, triangulation) sits freed in the worker threads'
            // malloc arenas; hand it back to the system instead of keeping it resident for the whole session.
            malloc_trim(0);
#endif
            emit loadingChanged();
            if (m_initialLoad) {
                m_initialLoad = false;
                emit loaded(m_clock.elapsed());
            }
        }
    });
    watcher->setFuture(QtConcurrent::run([path, layer, cancel, withDetail]() {
        BuildResult r;
        try {
            Database db;
            db.open(path, Database::Mode::ReadOnly);
            r.data = buildLayer(db, layer, cancel.get(), withDetail);
            if (cancel->load())
                r.data.reset();
        } catch (const StoreError &e) {
            r.error = e.message();
        }
        return r;
    }));
}

int MapScene::featureCount() const
{
    int n = 0;
    for (const auto &d : m_data)
        n += d->featureCount;
    return n;
}

std::vector<std::shared_ptr<const LayerRenderData>> MapScene::layers() const
{
    std::vector<std::shared_ptr<const LayerRenderData>> out;
    for (const QString &name : m_order)
        if (auto d = m_data.value(name))
            out.push_back(d);
    return out;
}

void MapScene::setHiddenLayers(const QStringList &layers)
{
    const QSet<QString> hidden(layers.begin(), layers.end());
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    ++m_revision;
    emit hiddenLayersChanged();
    emit changed();
}

void MapScene::setLayerVisible(const QString &layer, bool visible)
{
    QSet<QString> hidden = m_hidden;
    if (visible)
        hidden.remove(layer);
    else
        hidden.insert(layer);
    setHiddenLayers(QStringList(hidden.begin(), hidden.end()));
}

} // namespace territori::map
