#include "moderationcontroller.h"

#include "language.h"

#include <QLocale>

namespace territori::ui {

ModerationController::ModerationController(store::Project *project, store::EditGateway *gateway,
                                           std::function<bool()> isModerator, QObject *parent)
    : QObject(parent),
      m_moderation(project && gateway ? std::make_unique<core::Moderation>(*project, *gateway) : nullptr),
      m_isModerator(std::move(isModerator))
{
}

ModerationController::~ModerationController() = default;

bool ModerationController::available() const
{
    return m_moderation && m_moderation->available() && m_isModerator && m_isModerator();
}

int ModerationController::waiting() const
{
    return m_moderation ? m_moderation->count(core::moderation::waiting) : 0;
}

QString ModerationController::stateText(const QString &state) const
{
    if (state == core::moderation::published)
        return tr("Published");
    if (state == core::moderation::hidden)
        return tr("Hidden");
    return tr("Waiting for moderation");
}

QVariantList ModerationController::items(const QString &state) const
{
    QVariantList out;
    if (!m_moderation)
        return out;
    const QLocale locale(store::uiLanguage());
    for (const core::ModerationItem &i : m_moderation->items(state))
        out << QVariantMap{{QStringLiteral("layer"), i.layer},
                           {QStringLiteral("layerTitle"), i.layerTitle},
                           {QStringLiteral("uuid"), i.uuid},
                           {QStringLiteral("title"), i.title},
                           {QStringLiteral("text"), i.text},
                           {QStringLiteral("where"), i.where},
                           {QStringLiteral("participant"), i.participant},
                           {QStringLiteral("state"), i.state},
                           {QStringLiteral("reason"), i.reason},
                           {QStringLiteral("created"), i.createdAt.isValid()
                                                           ? locale.toString(i.createdAt.toLocalTime(), QLocale::ShortFormat)
                                                           : QString()},
                           {QStringLiteral("place"), i.hasPlace},
                           {QStringLiteral("toSend"), i.decisionToSend}};
    return out;
}

int ModerationController::count(const QString &state) const
{
    return m_moderation ? m_moderation->count(state) : 0;
}

bool ModerationController::decide(const QString &layer, const QString &uuid, const QString &state,
                                  const QString &reason)
{
    if (!m_moderation)
        return false;
    QString error;
    const bool ok = m_moderation->decide(layer, uuid, state, reason, &error);
    m_message = ok ? (state == core::moderation::published
                          ? tr("Published: it goes to the SIT with the next sync.")
                          : state == core::moderation::hidden ? tr("Hidden: it goes to the SIT with the next sync.")
                                                              : tr("Back in the queue."))
                   : error;
    emit changed();
    return ok;
}

QVariantList ModerationController::history() const
{
    QVariantList out;
    if (!m_moderation)
        return out;
    const QLocale locale(store::uiLanguage());
    for (const core::ModerationDecision &d : m_moderation->history()) {
        const QString status = d.status == store::OutboxState::Sent      ? tr("on the SIT")
                               : d.status == store::OutboxState::Pending ? tr("to send")
                               : d.status == store::OutboxState::Failed  ? tr("refused by the SIT")
                                                                         : store::outboxStateName(d.status);
        out << QVariantMap{{QStringLiteral("layerTitle"), d.layerTitle},
                           {QStringLiteral("title"), d.title},
                           {QStringLiteral("state"), d.state},
                           {QStringLiteral("stateText"), stateText(d.state)},
                           {QStringLiteral("reason"), d.reason},
                           {QStringLiteral("at"), locale.toString(d.at.toLocalTime(), QLocale::ShortFormat)},
                           {QStringLiteral("status"), store::outboxStateName(d.status)},
                           {QStringLiteral("statusText"), status}};
    }
    return out;
}

} // namespace territori::ui
