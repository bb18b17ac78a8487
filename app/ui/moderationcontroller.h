#pragma once

// The moderators' pages (singleton Moderation): the entries waiting for a decision, published or hidden, a decision
// taken offline and synced, and the history of the decisions taken here. Shown only on a moderator's tablet (the
// SIT account is the moderators' endpoint); the SIT refuses moderation from anyone else anyway.

#include "moderation.h"

#include <QObject>
#include <QVariantList>

#include <functional>
#include <memory>

namespace territori::ui {

class ModerationController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    // isModerator: whether this tablet syncs as a moderator (asked each time: the account can change).
    ModerationController(store::Project *project, store::EditGateway *gateway, std::function<bool()> isModerator,
                         QObject *parent = nullptr);
    ~ModerationController() override;

    bool available() const;
    int waiting() const;
    QString message() const { return m_message; }

    // [{layer, layerTitle, uuid, title, text, where, participant, state, reason, created, place, toSend}]
    Q_INVOKABLE QVariantList items(const QString &state) const;
    Q_INVOKABLE int count(const QString &state) const;
    // state: "pubblicato", "nascosto" (reason required) or "in_attesa".
    Q_INVOKABLE bool decide(const QString &layer, const QString &uuid, const QString &state, const QString &reason);
    // [{layerTitle, title, state, stateText, reason, at, status, statusText}]
    Q_INVOKABLE QVariantList history() const;
    Q_INVOKABLE QString stateText(const QString &state) const;

    // After a sync or an edit: the lists are read again.
    Q_INVOKABLE void refresh() { emit changed(); }

signals:
    void changed();

private:
    std::unique_ptr<core::Moderation> m_moderation;
    std::function<bool()> m_isModerator;
    QString m_message;
};

} // namespace territori::ui
