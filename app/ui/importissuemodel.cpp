#include "importissuemodel.h"

#include "importer.h"

namespace territori::ui {

void ImportIssueModel::setReport(std::shared_ptr<const gis::ImportReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
    emit countChanged();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_report)
        return 0;
    return int(m_report->issues.size());
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!m_report || index.row() < 0 || index.row() >= rowCount())
        return {};
    const gis::ImportIssue &i = m_report->issues[size_t(index.row())];
    switch (role) {
    case RowRole: return i.row;
    case FieldRole: return i.field;
    case ErrorRole: return i.severity == gis::ImportIssue::Severity::Error;
    case CodeRole: return i.code;
    case MessageRole:
    case Qt::DisplayRole: return i.message;
    default: return {};
    }
}

QHash<int, QByteArray> ImportIssueModel::roleNames() const
{
    return {{RowRole, "row"}, {FieldRole, "field"}, {ErrorRole, "isError"}, {CodeRole, "code"},
            {MessageRole, "message"}};
}

} // namespace territori::ui
