#include "layerlistmodel.h"

#include "featurereader.h"
#include "language.h"
#include "mapscene.h"
#include "project.h"

namespace territori::ui {

using namespace territori::store;

namespace {
QString geometryName(GeometryKind k)
{
    switch (k) {
    case GeometryKind::Point: return QStringLiteral("point");
    case GeometryKind::Line: return QStringLiteral("line");
    case GeometryKind::Polygon: return QStringLiteral("polygon");
    default: return QString();
    }
}
} // namespace

LayerListModel::LayerListModel(map::MapScene *scene, QObject *parent) : QAbstractListModel(parent), m_scene(scene)
{
    connect(m_scene, &map::MapScene::hiddenLayersChanged, this, [this]() {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {VisibleRole});
    });
}

void LayerListModel::setProject(Project *project)
{
    beginResetModel();
    m_project = project;
    m_counts.clear();
    m_rows.clear();
    if (m_project)
        for (const LayerDef &l : m_project->layers())
            if (!l.hidden)
                m_rows.push_back(&l);
    endResetModel();
    refresh();
    emit countChanged();
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> LayerListModel::roleNames() const
{
    return {{NameRole, "name"},
            {TitleRole, "title"},
            {GeometryRole, "geometry"},
            {VisibleRole, "layerVisible"},
            {EditableRole, "editable"},
            {FillColorRole, "fillColor"},
            {StrokeColorRole, "strokeColor"},
            {FeatureCountRole, "featureCount"},
            {DefinitionErrorRole, "definitionError"},
            {InMenuRole, "inMenu"}};
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LayerDef &l = *m_rows[size_t(index.row())];
    switch (role) {
    case NameRole: return l.name;
    case TitleRole: return l.title.text(uiLanguage());
    case GeometryRole: return geometryName(l.geometry);
    case VisibleRole: return m_scene->isLayerVisible(l.name);
    case EditableRole: return !l.readOnly && l.definitionErrors.isEmpty();
    case FillColorRole: return l.style.fill;
    case StrokeColorRole: return l.style.stroke;
    case FeatureCountRole: return m_counts.value(l.name);
    case DefinitionErrorRole: return l.definitionErrors.join(QStringLiteral("; "));
    case InMenuRole: return l.inMenu && !l.readOnly && l.definitionErrors.isEmpty();
    default: return {};
    }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != VisibleRole || !index.isValid())
        return false;
    setVisible(index.row(), value.toBool());
    return true;
}

void LayerListModel::setVisible(int row, bool visible)
{
    if (row < 0 || row >= rowCount())
        return;
    m_scene->setLayerVisible(m_rows[size_t(row)]->name, visible);
}

void LayerListModel::refresh()
{
    if (!m_project)
        return;
    for (const LayerDef &l : m_project->layers()) {
        try {
            m_counts.insert(l.name, FeatureReader(m_project->db(), l).count());
        } catch (const StoreError &) {
            m_counts.insert(l.name, -1);
        }
    }
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {FeatureCountRole});
}

QString LayerListModel::title(const QString &layer) const
{
    const LayerDef *l = m_project ? m_project->layer(layer) : nullptr;
    return l ? l->title.text(uiLanguage()) : QString();
}

bool LayerListModel::isMultiPart(const QString &layer) const
{
    const LayerDef *l = m_project ? m_project->layer(layer) : nullptr;
    return l && l->multi;
}

QString LayerListModel::geometryOf(const QString &layer) const
{
    const LayerDef *l = m_project ? m_project->layer(layer) : nullptr;
    return l ? geometryName(l->geometry) : QString();
}

QStringList LayerListModel::visibleLayers() const
{
    QStringList out;
    if (!m_project)
        return out;
    for (auto it = m_project->layers().rbegin(); it != m_project->layers().rend(); ++it)
        if (m_scene->isLayerVisible(it->name))
            out << it->name;
    return out;
}

} // namespace territori::ui
