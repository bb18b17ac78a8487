#pragma once

// Edits outside the form: undo of the last edit, moving the vertices of an existing feature, deleting, and the
// number of edits waiting for the sync.

#include <QObject>

namespace territori::store {
class EditGateway;
class Project;
} // namespace territori::store
namespace territori::core {
class CaptureController;
}

namespace territori::ui {

class EditController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY undoChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    EditController(store::Project *project, store::EditGateway *gateway, core::CaptureController *capture,
                   QObject *parent = nullptr);

    bool canUndo() const { return m_canUndo; }
    QString undoText() const { return m_undoText; }
    int pendingCount() const { return m_pending; }
    QString message() const { return m_message; }

    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool beginGeometryEdit(const QString &layer, const QString &uuid);
    Q_INVOKABLE bool saveGeometryEdit();
    Q_INVOKABLE bool deleteFeature(const QString &layer, const QString &uuid);
    Q_INVOKABLE void refresh();

signals:
    void undoChanged();
    void messageChanged();
    // After an undo, so the page can close a form showing the reverted feature.
    void undone(const QString &layer, const QString &uuid);

private:
    void setMessage(const QString &m);

    store::Project *m_project;
    store::EditGateway *m_gateway;
    core::CaptureController *m_capture;
    bool m_canUndo = false;
    QString m_undoText;
    int m_pending = 0;
    QString m_message;
};

} // namespace territori::ui
