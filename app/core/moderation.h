#pragma once

// The moderators' work on a moderator's tablet, offline like everything else: the entries of the participation
// layers (comments on the drafts, contributions) waiting for a decision, those published and those hidden, a
// decision (publish, or hide with a reason; a published entry can be withdrawn later), and the history of the
// decisions taken here. A decision is an edit of the two moderation fields through the EditGateway: journalled,
// synced as the moderator's account, refused by the SIT for anyone else and for any other field (docs/sit.md).

#include "outbox.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace territori::store {
class EditGateway;
class Project;
struct LayerDef;
} // namespace territori::store

namespace territori::core {

namespace moderation {
inline const QString waiting = QStringLiteral("in_attesa");
inline const QString published = QStringLiteral("pubblicato");
inline const QString hidden = QStringLiteral("nascosto");
} // namespace moderation

struct ModerationItem
{
    QString layer;
    QString layerTitle;
    QString uuid;
    QString title;       // the entry's label (a comment's text, a contribution's title)
    QString text;        // the rest of what it says (a contribution's description)
    QString where;       // the draft and paragraph it is about, or "a place on the map"
    QString participant; // the participant's code at a territorial table, if any
    QString state;
    QString reason;
    QDateTime createdAt;
    bool hasPlace = false;
    bool decisionToSend = false; // a decision taken here that has not reached the SIT yet
};

struct ModerationDecision
{
    QString layer;
    QString layerTitle;
    QString uuid;
    QString title;
    QString state;
    QString reason;
    QDateTime at;
    store::OutboxState status = store::OutboxState::Pending; // the outbox state of the decision
};

class Moderation
{
public:
    Moderation(store::Project &project, store::EditGateway &gateway);

    // Whether the project has moderated layers.
    bool available() const;
    // Entries in a state (moderation::waiting first of all), oldest first, paged.
    std::vector<ModerationItem> items(const QString &state, int limit = 200, int offset = 0) const;
    int count(const QString &state) const;
    // Publish, hide (a reason is required) or put back in the queue. False with the reason when refused.
    bool decide(const QString &layer, const QString &uuid, const QString &state, const QString &reason,
                QString *error);
    // The decisions taken on this tablet, newest first.
    std::vector<ModerationDecision> history(int limit = 200) const;

private:
    std::vector<const store::LayerDef *> layers() const;
    store::Project &m_project;
    store::EditGateway &m_gateway;
};

} // namespace territori::core
