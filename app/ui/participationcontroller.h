#pragma once

// Participation for QML (singleton Participation): reading the STTM drafts, commenting on their paragraphs (with a
// place drawn on the map when wanted), and running a territorial table on a shared tablet: who is writing now, their
// consent, closing the table, the minutes, erasing a person's data.

#include "commentlistmodel.h"
#include "geometry.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>

#include <memory>

namespace territori::store {
class EditGateway;
class Project;
} // namespace territori::store

namespace territori::core {
class CaptureController;
class FormController;
} // namespace territori::core

namespace territori::ui {

class ParticipationController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString session READ session NOTIFY sessionChanged)
    Q_PROPERTY(QString sessionTitle READ sessionTitle NOTIFY sessionChanged)
    Q_PROPERTY(bool sessionOpen READ sessionOpen NOTIFY sessionChanged)
    Q_PROPERTY(QString participant READ participant WRITE setParticipant NOTIFY sessionChanged)
    Q_PROPERTY(QVariantList participants READ participants NOTIFY sessionChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool placingComment READ placingComment NOTIFY placingChanged)
    Q_PROPERTY(territori::ui::CommentListModel *comments READ comments CONSTANT)
    Q_PROPERTY(QString noticeVersion READ noticeVersion CONSTANT)
    Q_PROPERTY(QStringList commentPhotos READ commentPhotos NOTIFY commentPhotosChanged)
    Q_PROPERTY(int photosPending READ photosPending NOTIFY commentPhotosChanged)

public:
    ParticipationController(store::Project *project, store::EditGateway *gateway, core::FormController *form,
                            QObject *parent = nullptr);
    ~ParticipationController() override;

    bool available() const;
    QString session() const { return m_session; }
    QString sessionTitle() const;
    bool sessionOpen() const;
    QString participant() const { return m_participant; }
    void setParticipant(const QString &code);
    QVariantList participants() const;
    QString message() const { return m_message; }
    bool placingComment() const { return !m_pendingComment.isEmpty(); }
    CommentListModel *comments() { return &m_comments; }
    QString noticeVersion() const;
    QStringList commentPhotos() const { return m_commentPhotos; }
    int photosPending() const { return m_photosPending; }

    // {draft, strategy, strategyTitle, version, versions, open, window, paragraphs}
    Q_INVOKABLE QVariantList drafts() const;
    // {uuid, id, section, sectionTitle, title, text (Markdown), place, hasPlace, lat, lon, zoomExtent, comments}
    Q_INVOKABLE QVariantList paragraphs(const QString &draft, int version) const;
    Q_INVOKABLE QVariantList search(const QString &text) const;
    // What changed since a version: {id, title, sectionTitle, change (added|changed|removed|unchanged), html}
    Q_INVOKABLE QVariantList changes(const QString &draft, int from, int to) const;
    // {open, text}: whether a version takes comments, and the sentence that says until when or why not.
    Q_INVOKABLE QVariantMap window(const QString &draft, int version) const;
    // {draft, version, paragraph} of a paragraph feature (a place tapped on the map), empty if it is none.
    Q_INVOKABLE QVariantMap paragraphOf(const QString &uuid) const;

    // The options of a choice field: [{value, label}] (the comuni and zone omogenee of a table, the stances).
    Q_INVOKABLE QVariantList choices(const QString &layer, const QString &field) const;

    Q_INVOKABLE void showThread(const QString &draft, const QString &paragraph);
    // {draft, version, paragraph, stance, text, quote, replyTo}. False with message when refused.
    Q_INVOKABLE bool addComment(const QVariantMap &comment);
    // The comment waits while its place is drawn on the map; finish with the capture, or cancel.
    Q_INVOKABLE void beginCommentPlace(const QVariantMap &comment);
    Q_INVOKABLE bool finishCommentPlace(territori::core::CaptureController *capture);
    Q_INVOKABLE void cancelCommentPlace();
    // Photos for the comment being written: stored in the project at once (by SHA-256), attached when it is saved.
    Q_INVOKABLE void addCommentPhoto(const QUrl &file);
    Q_INVOKABLE void removeCommentPhoto(const QString &sha256);
    Q_INVOKABLE void clearCommentPhotos();
    Q_INVOKABLE QUrl photoThumbnail(const QString &sha256) const;

    // A territorial table: {comune, zone, date (yyyy-MM-dd), topic, facilitator}
    Q_INVOKABLE bool openSession(const QVariantMap &session);
    Q_INVOKABLE bool closeSession();
    Q_INVOKABLE QString join(bool consent, const QString &name, const QString &email);
    Q_INVOKABLE bool erase(const QString &code);
    // Writes the minutes (CSV and PDF) in the project folder; returns where, or empty with message.
    Q_INVOKABLE QString exportSummary();
    Q_INVOKABLE void leaveSession();

signals:
    void sessionChanged();
    void messageChanged();
    void placingChanged();
    void commentAdded(const QString &uuid);
    void commentPhotosChanged();

private:
    void setMessage(const QString &m);
    void restoreSession();
    void updatePresets();
    bool add(const QVariantMap &comment, const store::Geometry &place);

    store::Project *m_project;
    store::EditGateway *m_gateway;
    core::FormController *m_form;
    CommentListModel m_comments;
    QString m_session;
    QString m_participant;
    QString m_message;
    QVariantMap m_pendingComment;
    QStringList m_commentPhotos;
    int m_photosPending = 0;
    quint64 m_photoSession = 0; // bumped when the comment is saved or dropped: a late photo does not join the next
};

} // namespace territori::ui
