#include "participation.h"

#include "featurereader.h"

#include "editgateway.h"
#include "layerdef.h"
#include "outbox.h"
#include "project.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace territori::core {

using namespace territori::store;

namespace {

QString table()
{
    return quoteIdentifier(participation::comments);
}

// Only what a shared tablet may show: one participant's entries when one is named.
QString participantFilter(const QString &participant, int index)
{
    return participant.isEmpty() ? QString() : QStringLiteral(" AND c.partecipante = ?%1").arg(index);
}

// Published comments and this device's own: not what waits for moderation or was withdrawn.
QString visibleFilter(const Project &project)
{
    const LayerDef *layer = project.layer(participation::comments);
    const QString c = layer ? FeatureReader::visibleCondition(*layer, QStringLiteral("c")) : QString();
    return c.isEmpty() ? QString() : QStringLiteral(" AND ") + c;
}

} // namespace

Geometry Comments::circleAround(const Coord &centre, double radiusMetres)
{
    constexpr double metresPerDegree = 111320.0;
    const double dy = radiusMetres / metresPerDegree;
    const double dx = radiusMetres / (metresPerDegree * std::cos(centre.y * M_PI / 180.0));
    Ring ring;
    for (int i = 0; i <= 12; ++i) {
        const double a = 2 * M_PI * (i % 12) / 12.0;
        ring.push_back({centre.x + dx * std::cos(a), centre.y + dy * std::sin(a)});
    }
    return Geometry::polygon(ring);
}

bool Comments::add(const NewComment &c, const QString &participant, const QString &tableSession, QString *uuid,
                   QString *error)
{
    auto fail = [&](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    if (!m_project.layer(participation::comments))
        return fail(QCoreApplication::translate("Participation", "This project does not take comments."));
    QString why;
    DraftLibrary drafts(m_project);
    if (!drafts.acceptsComments(c.draft, c.version, &why))
        return fail(why);
    if (!c.replyTo.isEmpty()) {
        Statement st = m_project.db().prepare(
            QStringLiteral("SELECT paragrafo FROM %1 WHERE uuid = ? AND bozza = ?").arg(table()));
        st.bind(1, c.replyTo).bind(2, c.draft);
        if (!st.step() || st.text(0) != c.paragraph)
            return fail(QCoreApplication::translate("Participation", "The comment being answered is not on this device."));
    }
    NewFeature nf;
    if (!c.place.isEmpty())
        nf.geometry = c.place.type == GeometryType::Point ? circleAround(c.place.parts[0][0][0]) : c.place;
    nf.attributes = {{QStringLiteral("bozza"), c.draft},
                     {QStringLiteral("versione"), c.version},
                     {QStringLiteral("paragrafo"), c.paragraph},
                     {QStringLiteral("citazione"), c.quote},
                     {QStringLiteral("posizione"), c.stance},
                     {QStringLiteral("testo"), c.text},
                     {QStringLiteral("risposta_a"), c.replyTo},
                     {QStringLiteral("foto"), c.photos},
                     {QStringLiteral("partecipante"), participant},
                     {QStringLiteral("tavolo"), tableSession},
                     {QStringLiteral("moderazione"), QStringLiteral("in_attesa")}};
    const EditResult r = m_gateway.insert(participation::comments, nf);
    if (!r.ok)
        return fail(r.message);
    if (uuid)
        *uuid = r.uuid;
    return true;
}

std::vector<Comment> Comments::page(const QString &draft, const QString &paragraph, const QString &participant,
                                    int offset, int limit)
{
    std::vector<Comment> out;
    if (!m_project.layer(participation::comments))
        return out;
    // Thread order: each thread by the time of its first comment, the first comment, then its replies in time.
    Statement st = m_project.db().prepare(
        QStringLiteral(
            "SELECT c.uuid, c.bozza, c.versione, c.paragrafo, c.citazione, c.posizione, c.testo, c.risposta_a, c.foto, "
            "c.partecipante, c.tavolo, c.moderazione, c.motivo_moderazione, c.created_at, c.geom IS NOT NULL, "
            "NOT EXISTS (SELECT 1 FROM territori_outbox o WHERE o.layer = ?1 AND o.feature_uuid = c.uuid AND %4) "
            "AND c.import_batch IS NULL "
            "FROM %1 c LEFT JOIN %1 p ON p.uuid = c.risposta_a WHERE c.bozza = ?2 AND c.paragrafo = ?3%2%3 "
            "ORDER BY coalesce(p.created_at, c.created_at), coalesce(p.fid, c.fid), c.risposta_a IS NOT NULL, "
            "c.created_at, c.fid LIMIT ?5 OFFSET ?6")
            .arg(table(), participantFilter(participant, 4), visibleFilter(m_project),
                 Outbox::unsentIn(QStringLiteral("o.state"))));
    st.bind(1, participation::comments).bind(2, draft).bind(3, paragraph);
    if (!participant.isEmpty())
        st.bind(4, participant);
    st.bind(5, qint64(limit)).bind(6, qint64(offset));
    while (st.step()) {
        Comment c;
        c.uuid = st.text(0);
        c.draft = st.text(1);
        c.version = int(st.int64(2));
        c.paragraph = st.text(3);
        c.quote = st.text(4);
        c.stance = st.text(5);
        c.text = st.text(6);
        c.replyTo = st.text(7);
        for (const auto &v : QJsonDocument::fromJson(st.text(8).toUtf8()).array())
            c.photos << v.toString();
        c.participant = st.text(9);
        c.table = st.text(10);
        c.moderation = st.text(11);
        c.moderationReason = st.text(12);
        c.createdAt = QDateTime::fromString(st.text(13), Qt::ISODateWithMs);
        c.hasPlace = st.int64(14) != 0;
        c.sent = st.int64(15) != 0;
        out.push_back(c);
    }
    return out;
}

int Comments::count(const QString &draft, const QString &paragraph, const QString &participant)
{
    if (!m_project.layer(participation::comments))
        return 0;
    Statement st = m_project.db().prepare(
        QStringLiteral("SELECT count(*) FROM %1 c WHERE c.bozza = ?1 AND c.paragrafo = ?2%2%3")
            .arg(table(), participantFilter(participant, 3), visibleFilter(m_project)));
    st.bind(1, draft).bind(2, paragraph);
    if (!participant.isEmpty())
        st.bind(3, participant);
    st.step();
    return int(st.int64(0));
}

QHash<QString, int> Comments::countsByParagraph(const QString &draft, const QString &participant)
{
    QHash<QString, int> out;
    if (!m_project.layer(participation::comments))
        return out;
    Statement st = m_project.db().prepare(
        QStringLiteral("SELECT c.paragrafo, count(*) FROM %1 c WHERE c.bozza = ?1%2%3 GROUP BY c.paragrafo")
            .arg(table(), participantFilter(participant, 2), visibleFilter(m_project)));
    st.bind(1, draft);
    if (!participant.isEmpty())
        st.bind(2, participant);
    while (st.step())
        out.insert(st.text(0), int(st.int64(1)));
    return out;
}

} // namespace territori::core
