#pragma once

// The features of one layer for the list page: searched in SQLite and fetched a page at a time as the list scrolls,
// so a 100,000-feature layer opens as fast as a small one.

#include "featurereader.h"

#include <QAbstractListModel>

namespace territori::store {
class Project;
}

namespace territori::ui {

class FeatureListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString layer READ layer WRITE setLayer NOTIFY layerChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY countChanged)

public:
    enum Role { UuidRole = Qt::UserRole + 1, LabelRole, ModifiedRole, DraftRole };
    static constexpr int kPageSize = 100;

    explicit FeatureListModel(QObject *parent = nullptr);
    void setProject(store::Project *project);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString layer() const { return m_layer; }
    void setLayer(const QString &layer);
    QString search() const { return m_search; }
    void setSearch(const QString &text);
    int total() const { return int(m_total); }
    bool loading() const { return false; } // pages are small indexed queries, answered in milliseconds
    QString errorString() const { return m_error; }

    Q_INVOKABLE void refresh();

signals:
    void layerChanged();
    void searchChanged();
    void countChanged();

private:
    store::Project *m_project = nullptr;
    QString m_layer;
    QString m_search;
    std::vector<store::FeatureSummary> m_rows;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace territori::ui
