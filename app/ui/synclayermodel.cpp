#include "synclayermodel.h"

#include "language.h"
#include "project.h"
#include "syncstate.h"

#include <QLocale>

namespace territori::ui {

using namespace territori::store;

SyncLayerModel::SyncLayerModel(Project *project, QObject *parent) : QAbstractListModel(parent), m_project(project)
{
    refresh();
}

int SyncLayerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> SyncLayerModel::roleNames() const
{
    return {{NameRole, "name"},       {TitleRole, "title"},           {PendingRole, "pending"},
            {RefusedRole, "refused"}, {ConflictsRole, "conflicts"},   {LastSuccessRole, "lastSuccess"},
            {LastErrorRole, "lastError"}, {RefusalRole, "refusal"}};
}

QVariant SyncLayerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case NameRole: return r.name;
    case TitleRole: return r.title;
    case PendingRole: return r.pending;
    case RefusedRole: return r.refused;
    case ConflictsRole: return r.conflicts;
    case LastSuccessRole:
        return r.lastSuccess.isValid() ? QLocale(uiLanguage()).toString(r.lastSuccess.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    case LastErrorRole: return r.lastError;
    case RefusalRole: return r.refusal;
    default: return QVariant();
    }
}

void SyncLayerModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_project) {
        try {
            SyncState state(m_project->db());
            const auto unsent = state.unsentByLayer();
            for (const LayerDef &l : m_project->layers()) {
                Row r;
                r.name = l.name;
                r.title = l.title.text(uiLanguage());
                const UnsentCounts c = unsent.value(l.name);
                r.pending = c.pending;
                r.refused = c.failed;
                r.conflicts = c.conflict;
                r.refusal = c.lastError;
                const FeedState f = state.feed(l.name);
                r.lastSuccess = f.lastSuccess;
                r.lastError = f.lastError;
                m_rows.push_back(r);
            }
        } catch (const StoreError &) {
            m_rows.clear(); // the page shows nothing rather than something untrue
        }
    }
    endResetModel();
    emit countChanged();
}

} // namespace territori::ui
