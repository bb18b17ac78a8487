#include "credentialstore.h"

#include <qt5keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace territori::sync {

namespace {

const QString kService = QStringLiteral("Territori SIT");

QString describe(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return QCoreApplication::translate("Sync", "No password is saved for this user yet.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("Sync", "This device has no keychain: the password is kept only until "
                                                   "Territori is closed.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("Sync", "The keychain refused access: the password is kept only until "
                                                   "Territori is closed.");
    default: return QCoreApplication::translate("Sync", "The keychain failed (%1).").arg(detail);
    }
}

} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

QString CredentialStore::keyFor(const QUrl &server, const QString &user)
{
    return user + QLatin1Char('@') + server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
}

void CredentialStore::read(const QUrl &server, const QString &user,
                           std::function<void(bool, const QString &, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            done(true, job->textData(), QString());
        else
            done(false, QString(), describe(job->error(), job->errorString()));
    });
    job->start();
}

void CredentialStore::write(const QUrl &server, const QString &user, const QString &password,
                            std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server, user));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        done(job->error() == QKeychain::NoError, describe(job->error(), job->errorString()));
    });
    job->start();
}

void CredentialStore::remove(const QUrl &server, const QString &user, std::function<void(bool)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this,
            [job, done](QKeychain::Job *) { done(job->error() == QKeychain::NoError); });
    job->start();
}

bool CredentialStore::readBlocking(const QUrl &server, const QString &user, QString &password, QString &message)
{
    CredentialStore store;
    QEventLoop loop;
    bool result = false;
    store.read(server, user, [&](bool ok, const QString &p, const QString &m) {
        result = ok;
        password = p;
        message = m;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace territori::sync
