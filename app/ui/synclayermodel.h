#pragma once

// One row per layer for the sync page: edits waiting, held in conflicts or refused (with the SIT's reason), and the
// last successful sync of the layer's feed. Same shape as every list model here: roles, count, refresh().

#include <QAbstractListModel>
#include <QDateTime>

namespace territori::store {
class Project;
}

namespace territori::ui {

class SyncLayerModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, TitleRole, PendingRole, RefusedRole, ConflictsRole, LastSuccessRole,
                LastErrorRole, RefusalRole };

    explicit SyncLayerModel(store::Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

signals:
    void countChanged();

private:
    struct Row
    {
        QString name, title;
        int pending = 0, refused = 0, conflicts = 0;
        QDateTime lastSuccess;
        QString lastError, refusal;
    };
    store::Project *m_project;
    std::vector<Row> m_rows;
};

} // namespace territori::ui
