#pragma once

// A feature's form, generated from its layer's definition. The model keeps what the user typed next to the value it
// converts to, so a mistyped number stays on screen with its message instead of being lost. Hard constraint
// failures block saving; missing required values only block "Save" and leave "Keep as draft".

#include "feature.h"
#include "layerdef.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

namespace territori::store {
class Project;
class EditGateway;
} // namespace territori::store

namespace territori::core {

class CaptureController;

class FormFieldModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        TypeRole,
        LabelRole,
        HintRole,
        ValueRole,     // what the editor shows: text, bool, list
        VisibleRole,
        RequiredRole,
        ErrorRole,     // a hard problem with this field's value, translated, or ""
        MissingRole,   // required, visible and empty
        OptionsRole,   // [{value, label}]
        MinRole,
        MaxRole,
        MaxLengthRole,
        MaxCountRole,
        ReadOnlyRole,
        PhotoUrlsRole, // thumbnail URLs for photo fields
    };

    explicit FormFieldModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    friend class FormController;
    struct Row
    {
        const store::FieldDef *field = nullptr;
        QVariant shown;   // as typed / as displayed
        QVariant value;   // canonical, or invalid when empty or not convertible
        QString error;
        bool missing = false;
        bool visible = true;
    };
    std::vector<Row> m_rows;
    QString m_projectDirectory;
};

class FormController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(territori::core::FormFieldModel *fields READ fields CONSTANT)
    Q_PROPERTY(QString layer READ layer NOTIFY openedChanged)
    Q_PROPERTY(QString layerTitle READ layerTitle NOTIFY openedChanged)
    Q_PROPERTY(QString featureUuid READ featureUuid NOTIFY openedChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY openedChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)
    Q_PROPERTY(bool wasDraft READ wasDraft NOTIFY openedChanged)
    Q_PROPERTY(QString definitionError READ definitionError NOTIFY openedChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY stateChanged)
    Q_PROPERTY(bool hasErrors READ hasErrors NOTIFY stateChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY stateChanged)
    Q_PROPERTY(QString problems READ problems NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int pendingPhotos READ pendingPhotos NOTIFY stateChanged)
    // Why the sync keeps this feature's edits on the device (values another program wrote), empty otherwise.
    Q_PROPERTY(QString syncHold READ syncHold NOTIFY openedChanged)

public:
    FormController(store::Project *project, store::EditGateway *gateway, QObject *parent = nullptr);

    // A new feature with the geometry the capture drew (or none yet).
    bool openNew(const QString &layer, const store::Geometry &geometry, std::optional<double> gpsAccuracy,
                 const QDateTime &gpsFixTime);
    Q_INVOKABLE bool openNewFromCapture(territori::core::CaptureController *capture);
    // The value a field declared as measured ("default": "$area", "$length", "$perimeter") takes from a geometry;
    // invalid when the measure does not apply (see the layer definition format in docs).
    static QVariant measuredValue(const QString &name, const store::Geometry &geometry);
    static bool isMeasured(const store::FieldDef &f);
    // Values a new feature of a layer starts with, over defaults and remembered values (at a territorial table: who
    // writes and where). Empty map: none.
    void setPresets(const QString &layer, const QVariantMap &values);
    Q_INVOKABLE bool openFeature(const QString &layer, const QString &uuid);
    Q_INVOKABLE void close();

    Q_INVOKABLE void setValue(int row, const QVariant &value);
    Q_INVOKABLE void addPhoto(int row, const QUrl &file);
    Q_INVOKABLE void removePhoto(int row, const QString &sha256);
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool saveDraft();
    Q_INVOKABLE bool removeFeature();

    FormFieldModel *fields() { return &m_model; }
    QString layer() const { return m_layer ? m_layer->name : QString(); }
    QString layerTitle() const;
    QString featureUuid() const { return m_uuid; }
    bool isNew() const { return m_isNew; }
    bool isOpen() const { return m_layer != nullptr; }
    bool wasDraft() const { return m_wasDraft; }
    QString definitionError() const;
    bool dirty() const { return m_dirty; }
    bool hasErrors() const;
    bool complete() const;
    QString problems() const;
    QString message() const { return m_message; }
    QString syncHold() const { return m_syncHold; }
    int pendingPhotos() const { return m_pendingPhotos; }

    // The values as they would be saved (hidden fields cleared).
    QVariantMap values() const;

signals:
    void openedChanged();
    void stateChanged();
    void messageChanged();
    // The feature was written; the map and lists refresh from EditGateway::featureChanged.
    void saved(const QString &uuid);
    void removed(const QString &uuid);

private:
    QHash<QString, QVariantMap> m_presets; // per layer, see setPresets
    // Resets the rows for `layer` (none: closed), each with the value `initial` gives it (none: empty).
    bool open(const store::LayerDef *layer, const std::function<QVariant(const store::FieldDef &)> &initial = {});
    bool commit(bool draft);
    void revalidate();
    void setMessage(const QString &m);
    QVariant shownFor(const store::FieldDef &f, const QVariant &canonical) const;
    QString rememberKey(const store::FieldDef &f) const;

    store::Project *m_project;
    store::EditGateway *m_gateway;
    FormFieldModel m_model;
    const store::LayerDef *m_layer = nullptr;
    QString m_uuid;
    QString m_syncHold;
    bool m_isNew = false;
    bool m_wasDraft = false;
    bool m_dirty = false;
    QString m_message;
    int m_pendingPhotos = 0;
    quint64 m_session = 0; // bumped whenever a form is opened or closed: late photo imports find their form by it
    store::Geometry m_geometry;
    std::optional<double> m_gpsAccuracy;
    QDateTime m_gpsFixTime;
};

} // namespace territori::core
