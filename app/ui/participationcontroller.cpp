#include "participationcontroller.h"


#include "capturecontroller.h"
#include "editgateway.h"
#include "formcontroller.h"
#include "language.h"
#include "layerdef.h"
#include "participation.h"
#include "photostore.h"
#include "project.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace territori::ui {

using namespace territori::core;
using namespace territori::store;

namespace {

// The little Markdown the drafts use, on text that is already HTML (escaped, with the diff's marks): "**bold**" and
// "__bold__", "*italic*", "`code`", and list items ("- ", "* ") as bullets, so a compared paragraph reads as the draft
// does rather than showing "- **isole di calore**". A mark the diff split in two stays as it is.
QString inlineMarkdown(QString html)
{
    static const QRegularExpression bold(QStringLiteral("\\*\\*(\\S(?:[^*]*?\\S)?)\\*\\*|__(\\S(?:[^_]*?\\S)?)__"));
    static const QRegularExpression italic(QStringLiteral("(^|[\\s>(])\\*(\\S(?:[^*]*?\\S)?)\\*(?=[\\s<.,;:!?)]|$)"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression bullet(QStringLiteral("^((?:<(?:ins|del)>)*)[-*+] "));
    QStringList lines = html.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        line.replace(bullet, QStringLiteral("\\1\u2022 "));
        line.replace(bold, QStringLiteral("<b>\\1\\2</b>"));
        line.replace(italic, QStringLiteral("\\1<i>\\2</i>"));
        line.replace(code, QStringLiteral("<tt>\\1</tt>"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString styledDiff(QString html)
{
    html = inlineMarkdown(html);
    // Qt's rich text knows neither <ins> nor <del>: the marks become styled spans, readable in the sun.
    html.replace(QLatin1String("<del>"), QLatin1String("<span style=\"color:#9b1c1c;text-decoration:line-through\">"));
    html.replace(QLatin1String("<ins>"), QLatin1String("<span style=\"color:#0b5d1e;background-color:#d9f2df\">"));
    html.replace(QLatin1String("</del>"), QLatin1String("</span>"));
    html.replace(QLatin1String("</ins>"), QLatin1String("</span>"));
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

QString changeName(ParagraphChange c)
{
    switch (c) {
    case ParagraphChange::Added: return QStringLiteral("added");
    case ParagraphChange::Changed: return QStringLiteral("changed");
    case ParagraphChange::Removed: return QStringLiteral("removed");
    default: return QStringLiteral("unchanged");
    }
}

// The zoom at which an extent fills about a phone's width (Web Mercator, 256 px tiles, ~600 px).
double zoomFor(const Envelope &e)
{
    const double span = std::max(e.maxX - e.minX, (e.maxY - e.minY) * 1.5);
    if (span <= 0)
        return 16;
    return std::clamp(std::log2(360.0 * 600.0 / 256.0 / span), 8.0, 17.0);
}

} // namespace

ParticipationController::ParticipationController(Project *project, EditGateway *gateway, FormController *form,
                                                 QObject *parent)
    : QObject(parent), m_project(project), m_gateway(gateway), m_form(form), m_comments(project, gateway)
{
    if (available()) {
        TableSessions::installGuard(*m_project, *m_gateway);
        restoreSession();
    }
}

ParticipationController::~ParticipationController() = default;

bool ParticipationController::available() const
{
    return m_project && m_gateway && participation::available(*m_project);
}

QString ParticipationController::noticeVersion() const
{
    return participation::noticeVersion;
}

void ParticipationController::setMessage(const QString &m)
{
    m_message = m;
    emit messageChanged();
}

void ParticipationController::restoreSession()
{
    QSettings s;
    const QString key = QStringLiteral("participation/%1/").arg(m_project->info().id);
    m_session = s.value(key + QStringLiteral("session")).toString();
    m_participant = s.value(key + QStringLiteral("participant")).toString();
    if (!m_session.isEmpty() && !TableSessions(*m_project, *m_gateway).session(m_session)) {
        m_session.clear();
        m_participant.clear();
    }
    updatePresets();
}

void ParticipationController::updatePresets()
{
    QSettings s;
    const QString key = QStringLiteral("participation/%1/").arg(m_project->info().id);
    s.setValue(key + QStringLiteral("session"), m_session);
    s.setValue(key + QStringLiteral("participant"), m_participant);
    // A contribution made at the table carries who and where, without anyone typing it.
    if (m_form)
        m_form->setPresets(participation::contributions,
                           m_session.isEmpty() ? QVariantMap()
                                               : QVariantMap{{QStringLiteral("tavolo"), m_session},
                                                             {QStringLiteral("partecipante"), m_participant}});
}

QString ParticipationController::sessionTitle() const
{
    if (m_session.isEmpty())
        return QString();
    const auto s = TableSessions(*m_project, *m_gateway).session(m_session);
    if (!s)
        return QString();
    return QStringLiteral("%1 · %2").arg(s->topic, s->comune.isEmpty() ? s->zone : s->comune);
}

bool ParticipationController::sessionOpen() const
{
    if (m_session.isEmpty())
        return false;
    const auto s = TableSessions(*m_project, *m_gateway).session(m_session);
    return s && s->open;
}

void ParticipationController::setParticipant(const QString &code)
{
    if (code == m_participant)
        return;
    m_participant = code;
    updatePresets();
    emit sessionChanged();
}

QVariantList ParticipationController::participants() const
{
    QVariantList out;
    if (m_session.isEmpty())
        return out;
    const QLocale locale(uiLanguage());
    for (const Participant &p : TableSessions(*m_project, *m_gateway).participants(m_session))
        out << QVariantMap{{QStringLiteral("code"), p.code},
                           {QStringLiteral("personal"), p.hasPersonalData},
                           {QStringLiteral("erased"), p.erased},
                           {QStringLiteral("since"), locale.toString(p.consentAt.toLocalTime().time(), QLocale::ShortFormat)}};
    return out;
}

QVariantList ParticipationController::drafts() const
{
    QVariantList out;
    if (!available())
        return out;
    const QLocale locale(uiLanguage());
    const QDate today = QDate::currentDate();
    for (const DraftInfo &d : DraftLibrary(*m_project).drafts()) {
        QVariantList versions;
        for (int v : d.versions)
            versions << v;
        out << QVariantMap{{QStringLiteral("draft"), d.draft},
                           {QStringLiteral("strategy"), d.strategy},
                           {QStringLiteral("strategyTitle"), d.strategyTitle},
                           {QStringLiteral("version"), d.latestVersion},
                           {QStringLiteral("versions"), versions},
                           {QStringLiteral("open"), d.open(today)},
                           {QStringLiteral("window"), window(d.draft, d.latestVersion).value(QStringLiteral("text"))},
                           {QStringLiteral("paragraphs"), d.paragraphs}};
    }
    return out;
}

QVariantList ParticipationController::paragraphs(const QString &draft, int version) const
{
    QVariantList out;
    if (!available())
        return out;
    const QHash<QString, int> counts = Comments(*m_project, *m_gateway).countsByParagraph(draft, m_participant);
    for (const Paragraph &p : DraftLibrary(*m_project).paragraphs(draft, version)) {
        const bool hasPlace = !p.extent.isNull();
        out << QVariantMap{{QStringLiteral("uuid"), p.uuid},
                           {QStringLiteral("id"), p.id},
                           {QStringLiteral("section"), p.section},
                           {QStringLiteral("sectionTitle"), p.sectionTitle},
                           {QStringLiteral("title"), p.title},
                           {QStringLiteral("text"), p.text},
                           {QStringLiteral("place"), p.place},
                           {QStringLiteral("hasPlace"), hasPlace},
                           {QStringLiteral("lat"), hasPlace ? (p.extent.minY + p.extent.maxY) / 2 : 0.0},
                           {QStringLiteral("lon"), hasPlace ? (p.extent.minX + p.extent.maxX) / 2 : 0.0},
                           {QStringLiteral("zoom"), hasPlace ? zoomFor(p.extent) : 0.0},
                           {QStringLiteral("comments"), counts.value(p.id)}};
    }
    return out;
}

QVariantList ParticipationController::search(const QString &text) const
{
    QVariantList out;
    if (!available())
        return out;
    for (const Paragraph &p : DraftLibrary(*m_project).search(text))
        out << QVariantMap{{QStringLiteral("draft"), p.draft},   {QStringLiteral("version"), p.version},
                           {QStringLiteral("id"), p.id},         {QStringLiteral("title"), p.title},
                           {QStringLiteral("sectionTitle"), p.sectionTitle},
                           {QStringLiteral("excerpt"), p.text.left(160)}};
    return out;
}

QVariantList ParticipationController::changes(const QString &draft, int from, int to) const
{
    QVariantList out;
    if (!available())
        return out;
    for (const ParagraphDiff &d : DraftLibrary(*m_project).diff(draft, from, to))
        out << QVariantMap{{QStringLiteral("id"), d.paragraph.id},
                           {QStringLiteral("title"), d.paragraph.title},
                           {QStringLiteral("sectionTitle"), d.paragraph.sectionTitle},
                           {QStringLiteral("change"), changeName(d.change)},
                           {QStringLiteral("html"), d.change == ParagraphChange::Changed
                                                        ? styledDiff(d.textHtml)
                                                        : styledDiff(d.paragraph.text.toHtmlEscaped())}};
    return out;
}

QVariantMap ParticipationController::window(const QString &draft, int version) const
{
    QString why;
    const bool open = available() && DraftLibrary(*m_project).acceptsComments(draft, version, &why);
    if (open) {
        const auto d = DraftLibrary(*m_project).draft(draft);
        why = d && d->closes.isValid()
                  ? tr("Comments open until %1").arg(QLocale(uiLanguage()).toString(d->closes, QLocale::LongFormat))
                  : tr("Comments open");
    }
    return {{QStringLiteral("open"), open}, {QStringLiteral("text"), why}};
}

QVariantList ParticipationController::choices(const QString &layerName, const QString &field) const
{
    QVariantList out;
    const LayerDef *layer = m_project ? m_project->layer(layerName) : nullptr;
    const FieldDef *f = layer ? layer->field(field) : nullptr;
    if (!f)
        return out;
    for (const ChoiceOption &o : f->options)
        out << QVariantMap{{QStringLiteral("value"), o.value}, {QStringLiteral("label"), o.label.text(uiLanguage())}};
    return out;
}

void ParticipationController::showThread(const QString &draft, const QString &paragraph)
{
    m_comments.show(draft, paragraph, m_participant);
}

bool ParticipationController::add(const QVariantMap &c, const Geometry &place)
{
    if (!available())
        return false;
    // A closed table stays on screen for its minutes; what is written now must not land in it nor pass as the
    // tablet owner's own comment.
    if (!m_session.isEmpty() && !sessionOpen()) {
        setMessage(tr("This territorial table is closed: leave it to comment on your own."));
        return false;
    }
    if (!m_session.isEmpty() && m_participant.isEmpty()) {
        setMessage(tr("Choose who is writing: each participant at the table writes under their own code."));
        return false;
    }
    NewComment n;
    n.draft = c.value(QStringLiteral("draft")).toString();
    n.version = c.value(QStringLiteral("version")).toInt();
    n.paragraph = c.value(QStringLiteral("paragraph")).toString();
    n.stance = c.value(QStringLiteral("stance")).toString();
    n.text = c.value(QStringLiteral("text")).toString();
    n.quote = c.value(QStringLiteral("quote")).toString();
    n.replyTo = c.value(QStringLiteral("replyTo")).toString();
    n.place = place;
    n.photos = m_commentPhotos;
    QString uuid, error;
    const bool atTable = !m_session.isEmpty() && sessionOpen();
    if (!Comments(*m_project, *m_gateway).add(n, atTable ? m_participant : QString(), atTable ? m_session : QString(),
                                              &uuid, &error)) {
        setMessage(error);
        return false;
    }
    setMessage(QString());
    m_comments.refresh();
    clearCommentPhotos();
    emit commentAdded(uuid);
    return true;
}

void ParticipationController::addCommentPhoto(const QUrl &file)
{
    if (!available())
        return;
    auto *job = new core::PhotoImportJob(m_project->directory(), file.isLocalFile() ? file.toLocalFile() : file.toString(),
                                         this);
    ++m_photosPending;
    emit commentPhotosChanged();
    const quint64 session = m_photoSession;
    connect(job, &Job::finished, this, [this, job, session]() {
        job->deleteLater();
        --m_photosPending;
        if (job->error() != Job::Error::None) {
            setMessage(job->errorString());
        } else {
            const core::PhotoInfo info = job->result();
            const store::EditResult reg = m_gateway->registerAttachment(info.sha256, info.mime, info.size, info.originalName);
            if (!reg.ok)
                setMessage(reg.message);
            else if (session == m_photoSession && !m_commentPhotos.contains(info.sha256))
                m_commentPhotos << info.sha256; // kept in the project either way; attached only to its own comment
        }
        emit commentPhotosChanged();
    });
    job->start();
}

void ParticipationController::removeCommentPhoto(const QString &sha256)
{
    if (m_commentPhotos.removeAll(sha256) > 0)
        emit commentPhotosChanged();
}

void ParticipationController::clearCommentPhotos()
{
    ++m_photoSession;
    if (m_commentPhotos.isEmpty())
        return;
    m_commentPhotos.clear();
    emit commentPhotosChanged();
}

QUrl ParticipationController::photoThumbnail(const QString &sha256) const
{
    if (!available())
        return {};
    return QUrl::fromLocalFile(core::PhotoStore::thumbnailPath(m_project->directory(), sha256));
}

QVariantMap ParticipationController::paragraphOf(const QString &uuid) const
{
    if (!available() || !m_project->layer(QStringLiteral("sttm_paragrafi")))
        return {};
    try {
        store::Statement st = m_project->db().prepare(
            QStringLiteral("SELECT bozza, versione, paragrafo FROM sttm_paragrafi WHERE uuid = ?1"));
        st.bind(1, uuid);
        if (!st.step())
            return {};
        return {{QStringLiteral("draft"), st.text(0)},
                {QStringLiteral("version"), int(st.int64(1))},
                {QStringLiteral("paragraph"), st.text(2)}};
    } catch (const store::StoreError &) {
        return {};
    }
}

bool ParticipationController::addComment(const QVariantMap &comment)
{
    return add(comment, Geometry());
}

void ParticipationController::beginCommentPlace(const QVariantMap &comment)
{
    m_pendingComment = comment;
    emit placingChanged();
}

bool ParticipationController::finishCommentPlace(CaptureController *capture)
{
    if (m_pendingComment.isEmpty() || !capture || !capture->canFinish())
        return false;
    const bool ok = add(m_pendingComment, capture->geometry());
    if (ok) {
        m_pendingComment.clear();
        emit placingChanged();
    }
    return ok;
}

void ParticipationController::cancelCommentPlace()
{
    m_pendingComment.clear();
    emit placingChanged();
}

bool ParticipationController::openSession(const QVariantMap &session)
{
    TableSession s;
    s.comune = session.value(QStringLiteral("comune")).toString();
    s.zone = session.value(QStringLiteral("zone")).toString();
    s.date = QDate::fromString(session.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (!s.date.isValid())
        s.date = QDate::currentDate();
    s.topic = session.value(QStringLiteral("topic")).toString();
    s.facilitator = session.value(QStringLiteral("facilitator")).toString();
    QString uuid, error;
    if (!TableSessions(*m_project, *m_gateway).open(s, &uuid, &error)) {
        setMessage(error);
        return false;
    }
    m_session = uuid;
    m_participant.clear();
    updatePresets();
    setMessage(QString());
    emit sessionChanged();
    return true;
}

bool ParticipationController::closeSession()
{
    QString error;
    if (!TableSessions(*m_project, *m_gateway).close(m_session, &error)) {
        setMessage(error);
        return false;
    }
    m_participant.clear();
    updatePresets();
    emit sessionChanged();
    return true;
}

void ParticipationController::leaveSession()
{
    m_session.clear();
    m_participant.clear();
    updatePresets();
    emit sessionChanged();
}

QString ParticipationController::join(bool consent, const QString &name, const QString &email)
{
    QString code, error;
    if (!TableSessions(*m_project, *m_gateway).join(m_session, consent, name, email, &code, &error)) {
        setMessage(error);
        return QString();
    }
    setMessage(QString());
    m_participant = code;
    updatePresets();
    emit sessionChanged();
    return code;
}

bool ParticipationController::erase(const QString &code)
{
    QString error;
    if (!TableSessions(*m_project, *m_gateway).erase(m_session, code, &error)) {
        setMessage(error);
        return false;
    }
    setMessage(tr("The personal data of %1 were erased on this device; the erasure reaches the SIT with the next "
                  "sync.")
                   .arg(code));
    emit sessionChanged();
    return true;
}

QString ParticipationController::exportSummary()
{
    const auto s = TableSessions(*m_project, *m_gateway).session(m_session);
    if (!s)
        return QString();
    QDir dir(m_project->directory());
    dir.mkpath(QStringLiteral("exports"));
    QString base = QStringLiteral("tavolo-%1-%2").arg(s->date.toString(Qt::ISODate), (s->comune.isEmpty() ? s->zone : s->comune));
    base.replace(QLatin1Char(' '), QLatin1Char('-'));
    QStringList written;
    QString error;
    if (!TableSessions(*m_project, *m_gateway).exportSummary(m_session, dir.filePath(QStringLiteral("exports/") + base),
                                                             &written, &error)) {
        setMessage(error);
        return QString();
    }
    setMessage(QString());
    return written.join(QStringLiteral("\n"));
}

} // namespace territori::ui
