#pragma once

// The labels the map shows: at most maxLabels, recomputed when the view settles, placed greedily so none overlap.
// A label is a QML item, so this model is what keeps their number small on a 100,000-feature project.

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QStringList>

#include <vector>

namespace territori::store {
class Project;
}

namespace territori::map {

class LabelModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int maxLabels READ maxLabels WRITE setMaxLabels NOTIFY countChanged)

public:
    enum Role { TextRole = Qt::UserRole + 1, CoordinateRole, LayerRole };

    explicit LabelModel(QObject *parent = nullptr);
    void setProject(store::Project *project) { m_project = project; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int maxLabels() const { return m_maxLabels; }
    void setMaxLabels(int n);

    // Recomputes for a view; `layers` are the visible ones, top-most first.
    Q_INVOKABLE void update(const QGeoCoordinate &center, double zoom, double width, double height,
                            const QStringList &layers);
    Q_INVOKABLE void clear();

signals:
    void countChanged();

private:
    struct Label
    {
        QString text;
        QGeoCoordinate coordinate;
        QString layer;
    };
    store::Project *m_project = nullptr;
    std::vector<Label> m_labels;
    int m_maxLabels = 80;
};

} // namespace territori::map
