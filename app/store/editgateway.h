#pragma once

// The one way to change features. Every insert, update, delete and undo writes the feature row and its outbox entry
// in a single transaction: after a crash, a kill or a full disk the store holds either both or neither.

#include "feature.h"
#include "layerdef.h"
#include "sqlite.h"

#include <QObject>

#include <vector>

namespace territori::store {

class Project;

struct EditContext
{
    QString author;
    QString device;
};

struct EditResult
{
    bool ok = false;
    ErrorKind error = ErrorKind::None;
    QString message; // translated, for the user
    QString uuid;
    QString opId;
    std::vector<FieldIssue> issues; // per-field problems that stopped the save

    static EditResult success(const QString &uuid, const QString &opId);
    static EditResult failure(ErrorKind kind, const QString &message);
};

class EditGateway : public QObject
{
    Q_OBJECT
public:
    EditGateway(Project &project, EditContext context, QObject *parent = nullptr);

    void setContext(const EditContext &context) { m_context = context; }
    const EditContext &context() const { return m_context; }

    EditResult insert(const QString &layer, const NewFeature &feature);
    EditResult update(const QString &layer, const QString &uuid, const FeatureChange &change);
    EditResult remove(const QString &layer, const QString &uuid);

    // Writes a feature that the SIT already has (the demo project's samples, later the rows a pull brings), so it
    // gets no outbox entry: there is nothing to send. Same validation as insert.
    EditResult seed(const QString &layer, const NewFeature &feature, std::optional<qint64> syncRev = std::nullopt);

    // Records a photo stored in the project folder (by its SHA-256), so the sync knows to upload it.
    EditResult registerAttachment(const QString &sha256, const QString &mime, qint64 size,
                                  const QString &originalName);

    // Reverts the most recent edit that has not been sent to the SIT: the feature goes back to how it was and the
    // edit's outbox entry is removed in the same transaction.
    EditResult undoLast();
    // The edit undoLast() would revert, if any.
    std::optional<OutboxEntry> lastUndoable();

signals:
    // After a commit. kind: "insert", "update", "delete".
    void featureChanged(const QString &layer, const QString &uuid, const QString &kind);

private:
    struct Prepared;
    EditResult validate(const LayerDef &layer, QVariantMap &attributes, bool draft, bool partial,
                        const QVariantMap &existing) const;
    EditResult checkGeometry(const LayerDef &layer, const Geometry &geometry) const;
    template <typename Fn> EditResult write(Fn &&fn);
    EditResult insertRow(const QString &layer, const NewFeature &feature, bool journal, std::optional<qint64> syncRev);
    void touchContents(const QString &layer, const Envelope &env);

    Project &m_project;
    Database &m_db;
    EditContext m_context;
};

} // namespace territori::store
