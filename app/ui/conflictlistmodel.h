#pragma once

// The conflicts waiting for a person: which feature, of which layer, what kind, since when.

#include <QAbstractListModel>

namespace territori::store {
class Project;
}

namespace territori::ui {

class ConflictListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, LayerTitleRole, FeatureRole, KindRole, KindTextRole, DetectedRole };

    explicit ConflictListModel(store::Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE qint64 idAt(int row) const { return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : -1; }

    static QString kindText(const QString &kind);
    // What a person calls the feature: its label field, else its uuid's first characters.
    static QString featureLabel(store::Project &project, const QString &layer, const QString &uuid,
                                const QJsonObject &serverRow);

signals:
    void countChanged();

private:
    struct Row
    {
        qint64 id;
        QString layerTitle, feature, kind, detected;
    };
    store::Project *m_project;
    std::vector<Row> m_rows;
};

} // namespace territori::ui
