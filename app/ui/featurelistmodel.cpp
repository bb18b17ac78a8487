#include "featurelistmodel.h"

#include "project.h"

#include <QLocale>

namespace territori::ui {

using namespace territori::store;

FeatureListModel::FeatureListModel(QObject *parent) : QAbstractListModel(parent) {}

void FeatureListModel::setProject(Project *project)
{
    m_project = project;
    refresh();
}

int FeatureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> FeatureListModel::roleNames() const
{
    return {{UuidRole, "uuid"}, {LabelRole, "label"}, {ModifiedRole, "modified"}, {DraftRole, "draft"}};
}

QVariant FeatureListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const FeatureSummary &s = m_rows[size_t(index.row())];
    switch (role) {
    case UuidRole: return s.uuid;
    case LabelRole: return s.label.isEmpty() ? s.uuid.left(8) : s.label;
    case ModifiedRole: return QLocale().toString(s.modifiedAt.toLocalTime(), QLocale::ShortFormat);
    case DraftRole: return s.draft;
    default: return {};
    }
}

bool FeatureListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && qint64(m_rows.size()) < m_total;
}

void FeatureListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_project)
        return;
    const LayerDef *layer = m_project->layer(m_layer);
    if (!layer)
        return;
    try {
        FeatureReader reader(m_project->db(), *layer);
        auto page = reader.search(m_search, kPageSize, int(m_rows.size()));
        if (page.empty()) {
            m_total = qint64(m_rows.size());
            return;
        }
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        for (auto &s : page)
            m_rows.push_back(std::move(s));
        endInsertRows();
        emit countChanged();
    } catch (const StoreError &e) {
        m_error = e.message();
        emit countChanged();
    }
}

void FeatureListModel::setLayer(const QString &layer)
{
    if (m_layer == layer)
        return;
    m_layer = layer;
    emit layerChanged();
    refresh();
}

void FeatureListModel::setSearch(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    emit searchChanged();
    refresh();
}

void FeatureListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    const LayerDef *layer = m_project ? m_project->layer(m_layer) : nullptr;
    if (layer) {
        try {
            m_total = FeatureReader(m_project->db(), *layer).searchCount(m_search);
        } catch (const StoreError &e) {
            m_error = e.message();
        }
    }
    endResetModel();
    emit countChanged();
    fetchMore(QModelIndex());
}

} // namespace territori::ui
