#include "editcontroller.h"

#include "capturecontroller.h"
#include "editgateway.h"
#include "featurereader.h"
#include "language.h"
#include "outbox.h"
#include "project.h"

namespace territori::ui {

using namespace territori::store;

EditController::EditController(Project *project, EditGateway *gateway, core::CaptureController *capture,
                               QObject *parent)
    : QObject(parent), m_project(project), m_gateway(gateway), m_capture(capture)
{
    if (m_gateway)
        connect(m_gateway, &EditGateway::featureChanged, this, &EditController::refresh);
    refresh();
}

void EditController::setMessage(const QString &m)
{
    m_message = m;
    emit messageChanged();
}

void EditController::refresh()
{
    if (!m_gateway)
        return;
    try {
        const auto last = m_gateway->lastUndoable();
        m_canUndo = last.has_value();
        m_undoText.clear();
        if (last) {
            const LayerDef *layer = m_project->layer(last->layer);
            const QString title = layer ? layer->title.text(uiLanguage()) : last->layer;
            switch (last->kind) {
            case OutboxEntry::Kind::Insert: m_undoText = tr("Undo: new feature in %1").arg(title); break;
            case OutboxEntry::Kind::Update: m_undoText = tr("Undo: change in %1").arg(title); break;
            case OutboxEntry::Kind::Delete: m_undoText = tr("Undo: deletion in %1").arg(title); break;
            case OutboxEntry::Kind::Import: m_undoText = tr("Undo: file import into %1").arg(title); break;
            }
        }
        m_pending = int(Outbox::pendingCount(m_project->db()));
    } catch (const StoreError &e) {
        m_canUndo = false;
        setMessage(e.message());
    }
    emit undoChanged();
}

bool EditController::undo()
{
    const EditResult r = m_gateway->undoLast();
    if (!r.ok) {
        setMessage(r.message);
        return false;
    }
    setMessage(QString());
    refresh();
    emit undone(QString(), r.uuid);
    return true;
}

bool EditController::beginGeometryEdit(const QString &layerName, const QString &uuid)
{
    const LayerDef *layer = m_project->layer(layerName);
    if (!layer)
        return false;
    std::optional<Feature> f;
    try {
        f = FeatureReader(m_project->db(), *layer).byUuid(uuid);
    } catch (const StoreError &e) {
        setMessage(e.message());
        return false;
    }
    if (!f) {
        setMessage(tr("The feature no longer exists."));
        return false;
    }
    m_capture->beginEdit(layerName, uuid, f->geometry);
    return true;
}

bool EditController::saveGeometryEdit()
{
    if (!m_capture->editing() || !m_capture->canFinish()) {
        setMessage(tr("The geometry is not complete: a line needs two points, a polygon three."));
        return false;
    }
    FeatureChange change;
    change.geometry = m_capture->geometry();
    const EditResult r = m_gateway->update(m_capture->layer(), m_capture->featureUuid(), change);
    if (!r.ok) {
        setMessage(r.message);
        return false;
    }
    m_capture->cancel();
    setMessage(QString());
    return true;
}

bool EditController::deleteFeature(const QString &layer, const QString &uuid)
{
    const EditResult r = m_gateway->remove(layer, uuid);
    if (!r.ok) {
        setMessage(r.message);
        return false;
    }
    setMessage(QString());
    return true;
}

} // namespace territori::ui
