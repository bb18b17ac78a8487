#pragma once

// The project's layers for the layer panel and the "new feature" menu. Same shape as every list model here:
// roles, count, refresh().

#include <QAbstractListModel>

#include <vector>

namespace territori::store {
class Project;
struct LayerDef;
} // namespace territori::store
namespace territori::map {
class MapScene;
}

namespace territori::ui {

class LayerListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        TitleRole,
        GeometryRole, // "point", "line", "polygon"
        VisibleRole,
        EditableRole,
        FillColorRole,
        StrokeColorRole,
        FeatureCountRole,
        DefinitionErrorRole,
        InMenuRole, // offered in the "new feature" menu
    };

    LayerListModel(map::MapScene *scene, QObject *parent = nullptr);
    void setProject(store::Project *project);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setVisible(int row, bool visible);
    Q_INVOKABLE QString title(const QString &layer) const;
    Q_INVOKABLE QString geometryOf(const QString &layer) const;
    // Whether the layer's features may have several parts (the drawing bar then offers "add a part").
    Q_INVOKABLE bool isMultiPart(const QString &layer) const;
    // Visible layers, top-most first (for identify and labels).
    Q_INVOKABLE QStringList visibleLayers() const;

signals:
    void countChanged();

private:
    store::Project *m_project = nullptr;
    std::vector<const store::LayerDef *> m_rows; // the layers a person sees: hidden ones (personal data) are not
    map::MapScene *m_scene;
    QHash<QString, qint64> m_counts;
};

} // namespace territori::ui
