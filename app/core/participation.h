#pragma once

// Participation offline: the drafts of the three STTM as the SIT sends them, the comments people make on their
// paragraphs, bottom-up contributions, and the territorial tables where several people take turns on one tablet.
// The data are ordinary synced layers of the project (their names below); everything is read with SQL on the store
// and written through the EditGateway, so it is journalled and synced like a surveyor's edit.

#include "geometry.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QHash>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace territori::store {
class EditGateway;
class Project;
struct LayerDef;
} // namespace territori::store

namespace territori::core {

// The layers a participation project has (see assets/demo/project.json).
namespace participation {
inline const QString drafts = QStringLiteral("sttm_paragrafi");
inline const QString comments = QStringLiteral("commenti");
inline const QString contributions = QStringLiteral("contributi");
inline const QString tables = QStringLiteral("tavoli");
inline const QString participants = QStringLiteral("partecipanti");
// The version of the privacy notice a participant consents to (shown in the consent dialog).
inline const QString noticeVersion = QStringLiteral("2026-11");
// Whether the project has what participation needs.
bool available(const store::Project &project);
} // namespace participation

struct DraftInfo
{
    QString draft;        // "STTM1"
    QString strategy;     // choice value, e.g. "sttm1"
    QString strategyTitle;
    int latestVersion = 0;
    QList<int> versions;
    QDate versionDate;
    QDate opens, closes;  // the comment window of the latest version
    int paragraphs = 0;
    bool open(const QDate &today) const { return opens.isValid() && closes.isValid() && today >= opens && today <= closes; }
};

struct Paragraph
{
    QString uuid;
    QString draft;
    int version = 0;
    QString section;      // conoscitivo, strategico, normativo, bersagli
    QString sectionTitle;
    QString id;           // stable across versions, e.g. "2.3"
    int order = 0;
    QString title;
    QString text;         // Markdown
    QString place;
    store::Envelope extent; // null when the paragraph names no place
};

enum class ParagraphChange { Unchanged, Added, Changed, Removed };

struct ParagraphDiff
{
    Paragraph paragraph; // the newer one (the older one for Removed)
    ParagraphChange change = ParagraphChange::Unchanged;
    QString textHtml;    // the text with <del> and <ins> marks, word by word, for Changed
};

class DraftLibrary
{
public:
    explicit DraftLibrary(store::Project &project) : m_project(project) {}

    std::vector<DraftInfo> drafts();
    std::optional<DraftInfo> draft(const QString &draft);
    // In reading order: section by section (the four frames in their order), then by paragraph order.
    std::vector<Paragraph> paragraphs(const QString &draft, int version);
    // Paragraphs of the latest version of every draft whose title or text contains all the words of `query`.
    std::vector<Paragraph> search(const QString &query, int limit = 100);
    // What changed from one version to another, in the newer version's order (removed ones where they were).
    std::vector<ParagraphDiff> diff(const QString &draft, int from, int to);
    // Whether a version still takes comments today, and if not, why (for the person).
    bool acceptsComments(const QString &draft, int version, QString *why, const QDate &today = QDate::currentDate());

    static int sectionRank(const QString &section);
    // Word-level difference as HTML (<del>removed</del> <ins>added</ins>, the rest escaped).
    static QString wordDiffHtml(const QString &before, const QString &after);

private:
    store::Project &m_project;
};

struct Comment
{
    QString uuid;
    QString draft;
    int version = 0;
    QString paragraph;
    QString quote;
    QString stance;       // sostegno, preoccupazione, proposta
    QString text;
    QString replyTo;      // the comment this answers, empty for a new thread
    QStringList photos;
    QString participant;  // pseudonymous code
    QString table;        // the territorial table it was written at
    QString moderation;   // in_attesa, pubblicato, nascosto
    QString moderationReason;
    QDateTime createdAt;
    bool hasPlace = false;
    bool sent = false;    // the SIT has it
};

struct NewComment
{
    QString draft;
    int version = 0;
    QString paragraph;
    QString quote;
    QString stance;
    QString text;
    QString replyTo;
    QStringList photos;
    store::Geometry place; // a point becomes a small circle (the layer holds areas); empty: no place
};

class Comments
{
public:
    Comments(store::Project &project, store::EditGateway &gateway) : m_project(project), m_gateway(gateway) {}

    // Refused, with the reason, when the draft's window is closed, the table is closed, or a value is wrong.
    // participant and table: who writes it and where (empty outside a territorial table).
    bool add(const NewComment &c, const QString &participant, const QString &table, QString *uuid, QString *error);

    // A paragraph's comments in thread order (each thread: the first comment, then its replies in time), a page at a
    // time. participant: only that participant's (a shared tablet shows each person their own entries).
    std::vector<Comment> page(const QString &draft, const QString &paragraph, const QString &participant, int offset,
                              int limit);
    int count(const QString &draft, const QString &paragraph, const QString &participant);
    // Comments per paragraph of a draft (all versions: a comment stays attached to its paragraph's id).
    QHash<QString, int> countsByParagraph(const QString &draft, const QString &participant);

    // A point as the small area that stands for it (the comments layer holds areas): 12-sided, radius in metres.
    static store::Geometry circleAround(const store::Coord &centre, double radiusMetres = 10);

private:
    store::Project &m_project;
    store::EditGateway &m_gateway;
};

struct TableSession
{
    QString uuid;
    QString comune;
    QString zone;
    QDate date;
    QString topic;
    QString facilitator;
    bool open = true;
    QDateTime closedAt;
};

struct Participant
{
    QString uuid;
    QString code;
    QDateTime consentAt;
    bool hasPersonalData = false; // a name or an e-mail is kept (apart from the entries)
    bool erased = false;
};

class TableSessions
{
public:
    TableSessions(store::Project &project, store::EditGateway &gateway) : m_project(project), m_gateway(gateway) {}

    // Opens a session: where (a comune or a zona omogenea), when, on what, led by whom.
    bool open(const TableSession &session, QString *uuid, QString *error);
    // Closes it: what its participants wrote can no longer be changed (the EditGateway's guard refuses it).
    bool close(const QString &uuid, QString *error);
    std::optional<TableSession> session(const QString &uuid);
    std::vector<TableSession> sessions();

    // A participant joins with explicit consent; name and e-mail are optional and kept in the participants layer
    // only. The pseudonymous code is what the entries carry.
    bool join(const QString &session, bool consent, const QString &name, const QString &email, QString *code,
              QString *error);
    std::vector<Participant> participants(const QString &session);
    // The right to erasure: name and e-mail go, on the device now and on the SIT with the next sync; the entries
    // stay, under the pseudonymous code.
    bool erase(const QString &session, const QString &code, QString *error);

    // The minutes: the session and what was contributed and commented, without any personal data (no names,
    // e-mails or codes). Writes <base>.csv and <base>.pdf.
    bool exportSummary(const QString &session, const QString &basePath, QStringList *written, QString *error);

    // Installs the rule that a closed session's entries are locked.
    static void installGuard(store::Project &project, store::EditGateway &gateway);
    static QString newCode();

private:
    store::Project &m_project;
    store::EditGateway &m_gateway;
};

} // namespace territori::core
