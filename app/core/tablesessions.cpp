#include "participation.h"

#include "editgateway.h"
#include "language.h"
#include "layerdef.h"
#include "project.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTextDocument>

namespace territori::core {

using namespace territori::store;

namespace {


QString label(const Project &project, const QString &layer, const QString &field, const QString &value)
{
    const LayerDef *l = project.layer(layer);
    const FieldDef *f = l ? l->field(field) : nullptr;
    const ChoiceOption *o = f ? f->option(value) : nullptr;
    return o ? o->label.text(uiLanguage()) : value;
}

QString csvField(const QString &s)
{
    QString v = s;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

TableSession readSession(Statement &st)
{
    TableSession s;
    s.uuid = st.text(0);
    s.comune = st.text(1);
    s.zone = st.text(2);
    s.date = QDate::fromString(st.text(3), Qt::ISODate);
    s.topic = st.text(4);
    s.facilitator = st.text(5);
    s.open = st.text(6) != QLatin1String("chiuso");
    s.closedAt = QDateTime::fromString(st.text(7), Qt::ISODateWithMs);
    return s;
}

constexpr const char *kSessionColumns = "uuid, comune, zona_omogenea, data, tema, facilitatore, stato, chiuso_il";

} // namespace

QString TableSessions::newCode()
{
    // Short enough to say aloud at a table, without letters and digits people confuse (0/O, 1/I, 5/S, 8/B).
    static const char alphabet[] = "ACDEFHJKLMNPQRTUVWXY34679";
    QString code = QStringLiteral("P-");
    for (int i = 0; i < 4; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return code;
}

void TableSessions::installGuard(Project &project, EditGateway &gateway)
{
    Project *p = &project;
    gateway.setEditGuard([p](const LayerDef &layer, const QVariantMap &values) -> QString {
        if (layer.name == participation::tables || !layer.field(QStringLiteral("tavolo")))
            return QString();
        const QString session = values.value(QStringLiteral("tavolo")).toString();
        if (session.isEmpty() || !p->layer(participation::tables))
            return QString();
        Statement st = p->db().prepare(QStringLiteral("SELECT stato, tema FROM %1 WHERE uuid = ?")
                                           .arg(quoteIdentifier(participation::tables)));
        st.bind(1, session);
        if (st.step() && st.text(0) == QLatin1String("chiuso"))
            return QCoreApplication::translate("Participation", "The territorial table \"%1\" is closed: what was "
                                                                "written there can no longer be changed.")
                .arg(st.text(1));
        return QString();
    });
}

bool TableSessions::open(const TableSession &s, QString *uuid, QString *error)
{
    if (s.comune.isEmpty() && s.zone.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Participation", "Say where the table meets: a comune or a zona omogenea.");
        return false;
    }
    NewFeature nf;
    nf.attributes = {{QStringLiteral("comune"), s.comune},     {QStringLiteral("zona_omogenea"), s.zone},
                     {QStringLiteral("data"), s.date},         {QStringLiteral("tema"), s.topic},
                     {QStringLiteral("facilitatore"), s.facilitator}, {QStringLiteral("stato"), QStringLiteral("aperto")}};
    const EditResult r = m_gateway.insert(participation::tables, nf);
    if (!r.ok) {
        if (error)
            *error = r.message;
        return false;
    }
    if (uuid)
        *uuid = r.uuid;
    return true;
}

bool TableSessions::close(const QString &uuid, QString *error)
{
    FeatureChange fc;
    fc.attributes = {{QStringLiteral("stato"), QStringLiteral("chiuso")},
                     {QStringLiteral("chiuso_il"), QDateTime::currentDateTimeUtc()}};
    const EditResult r = m_gateway.update(participation::tables, uuid, fc);
    if (!r.ok && error)
        *error = r.message;
    return r.ok;
}

std::optional<TableSession> TableSessions::session(const QString &uuid)
{
    if (!m_project.layer(participation::tables))
        return std::nullopt;
    Statement st = m_project.db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?")
                                              .arg(QLatin1String(kSessionColumns), quoteIdentifier(participation::tables)));
    st.bind(1, uuid);
    if (!st.step())
        return std::nullopt;
    return readSession(st);
}

std::vector<TableSession> TableSessions::sessions()
{
    std::vector<TableSession> out;
    if (!m_project.layer(participation::tables))
        return out;
    Statement st = m_project.db().prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY data DESC, created_at DESC")
                                              .arg(QLatin1String(kSessionColumns), quoteIdentifier(participation::tables)));
    while (st.step())
        out.push_back(readSession(st));
    return out;
}

bool TableSessions::join(const QString &session, bool consent, const QString &name, const QString &email,
                         QString *code, QString *error)
{
    auto fail = [&](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    if (!consent)
        return fail(QCoreApplication::translate("Participation", "Taking part needs the participant's consent to the privacy notice."));
    const auto s = this->session(session);
    if (!s)
        return fail(QCoreApplication::translate("Participation", "The territorial table is not on this device."));
    if (!s->open)
        return fail(QCoreApplication::translate("Participation", "The territorial table is closed."));
    QString fresh;
    for (int attempt = 0; attempt < 20 && fresh.isEmpty(); ++attempt) {
        const QString candidate = newCode();
        Statement st = m_project.db().prepare(QStringLiteral("SELECT 1 FROM %1 WHERE codice = ? AND tavolo = ?")
                                                  .arg(quoteIdentifier(participation::participants)));
        st.bind(1, candidate).bind(2, session);
        if (!st.step())
            fresh = candidate;
    }
    NewFeature nf;
    nf.attributes = {{QStringLiteral("codice"), fresh},
                     {QStringLiteral("tavolo"), session},
                     {QStringLiteral("consenso_il"), QDateTime::currentDateTimeUtc()},
                     {QStringLiteral("consenso_versione"), participation::noticeVersion},
                     {QStringLiteral("nome"), name.trimmed()},
                     {QStringLiteral("email"), email.trimmed()}};
    const EditResult r = m_gateway.insert(participation::participants, nf);
    if (!r.ok)
        return fail(r.message);
    if (code)
        *code = fresh;
    return true;
}

std::vector<Participant> TableSessions::participants(const QString &session)
{
    std::vector<Participant> out;
    if (!m_project.layer(participation::participants))
        return out;
    Statement st = m_project.db().prepare(
        QStringLiteral("SELECT uuid, codice, consenso_il, nome IS NOT NULL OR email IS NOT NULL, cancellato_il IS NOT NULL "
                       "FROM %1 WHERE tavolo = ? ORDER BY consenso_il")
            .arg(quoteIdentifier(participation::participants)));
    st.bind(1, session);
    while (st.step()) {
        Participant p;
        p.uuid = st.text(0);
        p.code = st.text(1);
        p.consentAt = QDateTime::fromString(st.text(2), Qt::ISODateWithMs);
        p.hasPersonalData = st.int64(3) != 0;
        p.erased = st.int64(4) != 0;
        out.push_back(p);
    }
    return out;
}

bool TableSessions::erase(const QString &session, const QString &code, QString *error)
{
    Statement st = m_project.db().prepare(QStringLiteral("SELECT uuid FROM %1 WHERE codice = ? AND tavolo = ?")
                                              .arg(quoteIdentifier(participation::participants)));
    st.bind(1, code).bind(2, session);
    if (!st.step()) {
        if (error)
            *error = QCoreApplication::translate("Participation", "There is no participant %1 at this table.").arg(code);
        return false;
    }
    const QString uuid = st.text(0);
    st = Statement();
    const LayerDef *layer = m_project.layer(participation::participants);
    if (!layer || layer->erasedAtField.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Participation", "The project does not say which data of a participant are personal.");
        return false;
    }
    const EditResult r = m_gateway.erasePersonalData(layer->name, uuid, layer->personalFields, layer->erasedAtField);
    if (!r.ok && error)
        *error = r.message;
    return r.ok;
}

bool TableSessions::exportSummary(const QString &sessionId, const QString &basePath, QStringList *written,
                                  QString *error)
{
    auto fail = [&](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    const auto s = session(sessionId);
    if (!s)
        return fail(QCoreApplication::translate("Participation", "The territorial table is not on this device."));
    const QLocale locale(uiLanguage());
    struct Row
    {
        QString kind, subject, title, stance, text, state;
    };
    std::vector<Row> rows;
    if (m_project.layer(participation::contributions)) {
        Statement st = m_project.db().prepare(QStringLiteral("SELECT tema, titolo, descrizione, moderazione FROM %1 WHERE "
                                                             "tavolo = ? ORDER BY created_at")
                                                  .arg(quoteIdentifier(participation::contributions)));
        st.bind(1, sessionId);
        while (st.step())
            rows.push_back({QCoreApplication::translate("Participation", "Contribution"),
                            label(m_project, participation::contributions, QStringLiteral("tema"), st.text(0)),
                            st.text(1), QString(), st.text(2),
                            label(m_project, participation::contributions, QStringLiteral("moderazione"), st.text(3))});
    }
    Statement st = m_project.db().prepare(
        QStringLiteral("SELECT c.bozza, c.paragrafo, (SELECT d.titolo FROM %2 d WHERE d.bozza = c.bozza AND "
                       "d.paragrafo = c.paragrafo ORDER BY d.versione DESC LIMIT 1), c.posizione, c.testo, c.moderazione "
                       "FROM %1 c WHERE c.tavolo = ? ORDER BY c.created_at")
            .arg(quoteIdentifier(participation::comments), quoteIdentifier(participation::drafts)));
    st.bind(1, sessionId);
    while (st.step())
        rows.push_back({QCoreApplication::translate("Participation", "Comment"), QStringLiteral("%1 §%2").arg(st.text(0), st.text(1)), st.text(2),
                        label(m_project, participation::comments, QStringLiteral("posizione"), st.text(3)), st.text(4),
                        label(m_project, participation::comments, QStringLiteral("moderazione"), st.text(5))});
    const int people = int(participants(sessionId).size());
    const QString where = !s->comune.isEmpty() ? s->comune
                                               : label(m_project, participation::tables,
                                                       QStringLiteral("zona_omogenea"), s->zone);

    // CSV: UTF-8 with a byte-order mark, so spreadsheet programs open the accents right.
    QSaveFile csv(basePath + QStringLiteral(".csv"));
    if (!csv.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("Participation", "Cannot write %1: %2").arg(csv.fileName(), csv.errorString()));
    QByteArray out = "\xEF\xBB\xBF";
    const QStringList header{QCoreApplication::translate("Participation", "Type"), QCoreApplication::translate("Participation", "Theme or paragraph"), QCoreApplication::translate("Participation", "Title"), QCoreApplication::translate("Participation", "Stance"), QCoreApplication::translate("Participation", "Text"),
                             QCoreApplication::translate("Participation", "Moderation")};
    QStringList cells;
    for (const QString &h : header)
        cells << csvField(h);
    out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const Row &r : rows) {
        cells.clear();
        for (const QString &v : {r.kind, r.subject, r.title, r.stance, r.text, r.state})
            cells << csvField(v);
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    csv.write(out);
    if (!csv.commit())
        return fail(QCoreApplication::translate("Participation", "Cannot write %1: %2").arg(csv.fileName(), csv.errorString()));

    QString html = QStringLiteral("<h1>%1</h1><p><b>%2</b> · %3 · %4</p><p>%5</p>")
                       .arg(QCoreApplication::translate("Participation", "Territorial table").toHtmlEscaped(), s->topic.toHtmlEscaped(), where.toHtmlEscaped(),
                            locale.toString(s->date, QLocale::LongFormat).toHtmlEscaped(),
                            QCoreApplication::translate("Participation", "%n participants, %1 entries", "", people)
                                .arg(rows.size())
                                .toHtmlEscaped());
    if (!s->facilitator.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("Participation", "Facilitator: %1").arg(s->facilitator).toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellpadding='4' cellspacing='0' width='100%'><tr>");
    for (const QString &h : header)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const Row &r : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &v : {r.kind, r.subject, r.title, r.stance, r.text, r.state})
            html += QStringLiteral("<td>%1</td>").arg(v.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p><i>%1</i></p>")
                .arg(QCoreApplication::translate("Participation", "No personal data: participants are counted, not named.").toHtmlEscaped());
    QPdfWriter pdf(basePath + QStringLiteral(".pdf"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setTitle(QCoreApplication::translate("Participation", "Territorial table: %1").arg(s->topic));
    pdf.setCreator(QStringLiteral("Territori"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
    doc.print(&pdf);
    if (!QFile::exists(basePath + QStringLiteral(".pdf")))
        return fail(QCoreApplication::translate("Participation", "Cannot write %1.").arg(basePath + QStringLiteral(".pdf")));
    if (written)
        *written = QStringList{basePath + QStringLiteral(".csv"), basePath + QStringLiteral(".pdf")};
    return true;
}

} // namespace territori::core
