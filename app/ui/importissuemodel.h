#pragma once

// The problems of an import's check, one row each (row number, field, error or warning, why), for the report page.
// A file can hold up to Importer::kMaxIssues of them, so they stay in the report and the list reads them on demand.

#include <QAbstractListModel>

#include <memory>

namespace territori::gis {
struct ImportReport;
}

namespace territori::ui {

class ImportIssueModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { RowRole = Qt::UserRole + 1, FieldRole, ErrorRole, CodeRole, MessageRole };

    using QAbstractListModel::QAbstractListModel;

    void setReport(std::shared_ptr<const gis::ImportReport> report);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::shared_ptr<const gis::ImportReport> m_report;
};

} // namespace territori::ui
