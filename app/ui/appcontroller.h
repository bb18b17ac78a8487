#pragma once

// Project-wide state for QML: which project is open (or why none could be), the language, and who is editing.

#include <QObject>
#include <QVariantMap>

#include <functional>

namespace territori::store {
class Project;
class EditGateway;
} // namespace territori::store

namespace territori::ui {

class AppController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ ready NOTIFY projectChanged)
    Q_PROPERTY(QString projectTitle READ projectTitle NOTIFY projectChanged)
    Q_PROPERTY(QString projectDescription READ projectDescription NOTIFY projectChanged)
    Q_PROPERTY(bool isSample READ isSample NOTIFY projectChanged)
    Q_PROPERTY(QString projectDirectory READ projectDirectory NOTIFY projectChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY projectChanged)
    // No project is open, on purpose: the person chooses one on the projects page (several on the device, or none
    // and a SIT account to download from).
    Q_PROPERTY(bool pickProject READ pickProject NOTIFY projectChanged)
    // A page to show over the map once the project is open ("export", "sync"), when it was opened to go there.
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    // What a definition update changed, when the project was opened again because of one: {fromVersion, toVersion,
    // changes, held, retiredLayers, droppedLayers}; empty otherwise.
    Q_PROPERTY(QVariantMap definitionUpdate READ definitionUpdate CONSTANT)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString authorName READ authorName WRITE setAuthorName NOTIFY authorChanged)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    using LanguageHook = std::function<void(const QString &)>;

    AppController(const QString &deviceId, LanguageHook onLanguage, QObject *parent = nullptr);

    void setProject(store::Project *project, store::EditGateway *gateway);
    void setError(const QString &message);
    void setNotice(const QString &notice);
    void setPickProject(bool pick);
    void setStartPage(const QString &page) { m_startPage = page; }
    void setDefinitionUpdate(const QVariantMap &update) { m_definitionUpdate = update; }

    bool ready() const { return m_project != nullptr; }
    QString projectTitle() const;
    QString projectDescription() const;
    bool isSample() const;
    QString projectDirectory() const;
    QString errorMessage() const { return m_error; }
    bool pickProject() const { return m_pickProject; }
    QString startPage() const { return m_startPage; }
    QVariantMap definitionUpdate() const { return m_definitionUpdate; }
    QString notice() const { return m_notice; }
    QString language() const;
    void setLanguage(const QString &language);
    QString authorName() const { return m_author; }
    void setAuthorName(const QString &name);
    QString deviceId() const { return m_deviceId; }
    QString version() const;

    Q_INVOKABLE void dismissNotice() { setNotice(QString()); }

signals:
    void projectChanged();
    void languageChanged();
    void authorChanged();
    void noticeChanged();

private:
    store::Project *m_project = nullptr;
    store::EditGateway *m_gateway = nullptr;
    QString m_error;
    bool m_pickProject = false;
    QString m_startPage;
    QVariantMap m_definitionUpdate;
    QString m_notice;
    QString m_author;
    QString m_deviceId;
    LanguageHook m_onLanguage;
};

} // namespace territori::ui
