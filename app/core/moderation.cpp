#include "moderation.h"

#include "editgateway.h"
#include "featurereader.h"
#include "language.h"
#include "outbox.h"
#include "project.h"

#include <QCoreApplication>

#include <algorithm>

namespace territori::core {

using namespace territori::store;

namespace {


// The entry's body beside its label: the first long text that is not the label itself.
const FieldDef *bodyField(const LayerDef &layer)
{
    for (const FieldDef &f : layer.fields)
        if (f.type == FieldType::Multiline && f.name != layer.labelField)
            return &f;
    return nullptr;
}

} // namespace

Moderation::Moderation(Project &project, EditGateway &gateway) : m_project(project), m_gateway(gateway) {}

std::vector<const LayerDef *> Moderation::layers() const
{
    std::vector<const LayerDef *> out;
    for (const LayerDef &l : m_project.layers())
        if (!l.moderationState.isEmpty())
            out.push_back(&l);
    return out;
}

bool Moderation::available() const
{
    return !layers().empty();
}

std::vector<ModerationItem> Moderation::items(const QString &state, int limit, int offset) const
{
    std::vector<ModerationItem> out;
    for (const LayerDef *l : layers()) {
        const FieldDef *body = bodyField(*l);
        const bool aboutDraft = l->field(QStringLiteral("bozza")) && l->field(QStringLiteral("paragrafo")) &&
                                l->field(QStringLiteral("versione"));
        auto col = [](const QString &name) { return quoteIdentifier(name); };
        const QString sql =
            QStringLiteral("SELECT t.uuid, %1, %2, %3, %4, t.created_at, t.geom IS NOT NULL, %5, %6, "
                           "EXISTS (SELECT 1 FROM territori_outbox o WHERE o.layer = ?1 AND o.feature_uuid = t.uuid "
                           "AND o.kind = 'update' AND json_extract(o.changes, ?3) IS NOT NULL AND %8) "
                           "FROM %7 t WHERE coalesce(%3, ?2) = ?2 "
                           "ORDER BY t.created_at, t.fid")
                .arg(l->labelField.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("t.") + col(l->labelField),
                     body ? QStringLiteral("t.") + col(body->name) : QStringLiteral("NULL"),
                     QStringLiteral("t.") + col(l->moderationState),
                     l->moderationReason.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("t.") + col(l->moderationReason),
                     aboutDraft ? QStringLiteral("t.bozza || ' v' || t.versione || ' · §' || t.paragrafo") : QStringLiteral("NULL"),
                     l->field(QStringLiteral("partecipante")) ? QStringLiteral("t.partecipante") : QStringLiteral("NULL"),
                     col(l->name), store::Outbox::unsentIn(QStringLiteral("o.state")));
        Statement st = m_project.db().prepare(sql);
        st.bind(1, l->name).bind(2, state).bind(3, QStringLiteral("$.") + l->moderationState);
        while (st.step()) {
            ModerationItem i;
            i.layer = l->name;
            i.layerTitle = l->title.text(uiLanguage());
            i.uuid = st.text(0);
            i.title = st.text(1);
            i.text = st.text(2);
            i.state = st.isNull(3) ? moderation::waiting : st.text(3);
            i.reason = st.text(4);
            i.createdAt = QDateTime::fromString(st.text(5), Qt::ISODateWithMs);
            i.hasPlace = st.int64(6) != 0;
            i.where = !st.isNull(7) ? st.text(7) : i.hasPlace ? QCoreApplication::translate("Moderation", "a place on the map") : QString();
            i.participant = st.text(8);
            i.decisionToSend = st.int64(9) != 0;
            out.push_back(std::move(i));
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ModerationItem &a, const ModerationItem &b) { return a.createdAt < b.createdAt; });
    if (offset >= int(out.size()))
        return {};
    out.erase(out.begin(), out.begin() + offset);
    if (int(out.size()) > limit)
        out.resize(size_t(limit));
    return out;
}

int Moderation::count(const QString &state) const
{
    int n = 0;
    for (const LayerDef *l : layers()) {
        Statement st = m_project.db().prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE coalesce(%2, ?1) = ?1")
                                                  .arg(quoteIdentifier(l->name), quoteIdentifier(l->moderationState)));
        st.bind(1, state);
        st.step();
        n += int(st.int64(0));
    }
    return n;
}

bool Moderation::decide(const QString &layerName, const QString &uuid, const QString &state, const QString &reason,
                        QString *error)
{
    auto fail = [&](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    const LayerDef *layer = m_project.layer(layerName);
    if (!layer || layer->moderationState.isEmpty())
        return fail(QCoreApplication::translate("Moderation", "This layer is not moderated."));
    if (state != moderation::waiting && state != moderation::published && state != moderation::hidden)
        return fail(QCoreApplication::translate("Moderation", "Unknown moderation state '%1'.").arg(state));
    const QString why = reason.trimmed();
    if (state == moderation::hidden && why.isEmpty())
        return fail(QCoreApplication::translate("Moderation", "Say why it is hidden: its author reads the reason."));
    FeatureChange fc;
    fc.attributes.insert(layer->moderationState, state);
    if (!layer->moderationReason.isEmpty())
        fc.attributes.insert(layer->moderationReason, state == moderation::hidden ? QVariant(why) : QVariant());
    const EditResult r = m_gateway.update(layerName, uuid, fc);
    if (!r.ok)
        return fail(r.message);
    return true;
}

std::vector<ModerationDecision> Moderation::history(int limit) const
{
    std::vector<ModerationDecision> out;
    for (const LayerDef *l : layers()) {
        const QString path = QStringLiteral("$.") + l->moderationState;
        const QString reasonPath = QStringLiteral("$.") + l->moderationReason;
        Statement st = m_project.db().prepare(
            QStringLiteral("SELECT o.feature_uuid, json_extract(o.changes, ?2), json_extract(o.changes, ?3), "
                           "o.created_at, o.state, %1 FROM territori_outbox o LEFT JOIN %2 t ON t.uuid = o.feature_uuid "
                           "WHERE o.layer = ?1 AND o.kind = 'update' AND o.origin IS NULL AND "
                           "json_extract(o.changes, ?2) IS NOT NULL ORDER BY o.seq DESC LIMIT ?4")
                .arg(l->labelField.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("t.") + quoteIdentifier(l->labelField),
                     quoteIdentifier(l->name)));
        st.bind(1, l->name).bind(2, path + QStringLiteral(".new")).bind(3, reasonPath + QStringLiteral(".new"));
        st.bind(4, qint64(limit));
        while (st.step()) {
            ModerationDecision d;
            d.layer = l->name;
            d.layerTitle = l->title.text(uiLanguage());
            d.uuid = st.text(0);
            d.state = st.text(1);
            d.reason = st.text(2);
            d.at = QDateTime::fromString(st.text(3), Qt::ISODateWithMs);
            d.status = outboxStateFromName(st.text(4));
            d.title = st.text(5);
            out.push_back(std::move(d));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ModerationDecision &a, const ModerationDecision &b) { return a.at > b.at; });
    if (int(out.size()) > limit)
        out.resize(size_t(limit));
    return out;
}

} // namespace territori::core
