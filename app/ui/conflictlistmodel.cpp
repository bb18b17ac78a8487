#include "conflictlistmodel.h"

#include "featurereader.h"
#include "language.h"
#include "project.h"
#include "syncstate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace territori::ui {

using namespace territori::store;

ConflictListModel::ConflictListModel(Project *project, QObject *parent) : QAbstractListModel(parent), m_project(project)
{
    refresh();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ConflictListModel::roleNames() const
{
    return {{IdRole, "conflictId"}, {LayerTitleRole, "layerTitle"}, {FeatureRole, "feature"},
            {KindRole, "kind"},     {KindTextRole, "kindText"},     {DetectedRole, "detected"}};
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole: return r.id;
    case LayerTitleRole: return r.layerTitle;
    case FeatureRole: return r.feature;
    case KindRole: return r.kind;
    case KindTextRole: return kindText(r.kind);
    case DetectedRole: return r.detected;
    default: return QVariant();
    }
}

QString ConflictListModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("edit-delete"))
        return QCoreApplication::translate("Sync", "Changed here, deleted on the SIT");
    if (kind == QLatin1String("delete-edit"))
        return QCoreApplication::translate("Sync", "Deleted here, changed on the SIT");
    return QCoreApplication::translate("Sync", "Changed here and on the SIT");
}

QString ConflictListModel::featureLabel(Project &project, const QString &layerName, const QString &uuid,
                                        const QJsonObject &serverRow)
{
    const LayerDef *layer = project.layer(layerName);
    if (layer && !layer->labelField.isEmpty()) {
        FeatureReader reader(project.db(), *layer);
        if (const auto f = reader.byUuid(uuid)) {
            const QString label = f->attributes.value(layer->labelField).toString();
            if (!label.isEmpty())
                return label;
        }
        const QString theirs =
            serverRow.value(QStringLiteral("values")).toObject().value(layer->labelField).toString();
        if (!theirs.isEmpty())
            return theirs;
    }
    return uuid.left(8);
}

void ConflictListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_project) {
        try {
            for (const ConflictRecord &c : SyncState(m_project->db()).openConflicts()) {
                const LayerDef *layer = m_project->layer(c.layer);
                m_rows.push_back({c.id, layer ? layer->title.text(uiLanguage()) : c.layer,
                                  featureLabel(*m_project, c.layer, c.featureUuid, c.serverRow), c.kind,
                                  QLocale(uiLanguage()).toString(c.detectedAt.toLocalTime(), QLocale::ShortFormat)});
            }
        } catch (const StoreError &) {
            m_rows.clear();
        }
    }
    endResetModel();
    emit countChanged();
}

} // namespace territori::ui
