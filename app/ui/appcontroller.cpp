#include "appcontroller.h"

#include "editgateway.h"
#include "language.h"
#include "project.h"

#include <QCoreApplication>
#include <QSettings>

namespace territori::ui {

using namespace territori::store;

AppController::AppController(const QString &deviceId, LanguageHook onLanguage, QObject *parent)
    : QObject(parent), m_deviceId(deviceId), m_onLanguage(std::move(onLanguage))
{
    m_author = QSettings().value(QStringLiteral("user/author")).toString();
}

void AppController::setProject(Project *project, EditGateway *gateway)
{
    m_project = project;
    m_gateway = gateway;
    if (m_gateway)
        m_gateway->setContext({m_author, m_deviceId});
    emit projectChanged();
}

void AppController::setError(const QString &message)
{
    m_error = message;
    emit projectChanged();
}

void AppController::setPickProject(bool pick)
{
    m_pickProject = pick;
    emit projectChanged();
}

void AppController::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

QString AppController::projectTitle() const
{
    return m_project ? m_project->info().title.text(uiLanguage()) : QString();
}

QString AppController::projectDescription() const
{
    return m_project ? m_project->info().description.text(uiLanguage()) : QString();
}

bool AppController::isSample() const
{
    return m_project && m_project->info().sample;
}

QString AppController::projectDirectory() const
{
    return m_project ? m_project->directory() : QString();
}

QString AppController::language() const
{
    return uiLanguage();
}

void AppController::setLanguage(const QString &language)
{
    if (language == uiLanguage())
        return;
    setUiLanguage(language);
    QSettings().setValue(QStringLiteral("user/language"), uiLanguage());
    if (m_onLanguage)
        m_onLanguage(uiLanguage());
    emit languageChanged();
    emit projectChanged(); // titles come in the new language
}

void AppController::setAuthorName(const QString &name)
{
    const QString trimmed = name.trimmed().left(80);
    if (trimmed == m_author)
        return;
    m_author = trimmed;
    QSettings().setValue(QStringLiteral("user/author"), m_author);
    if (m_gateway)
        m_gateway->setContext({m_author, m_deviceId});
    emit authorChanged();
}

QString AppController::version() const
{
    return QCoreApplication::applicationVersion();
}

} // namespace territori::ui
