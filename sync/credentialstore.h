#pragma once

// Passwords for the SIT live in the platform keychain (Secret Service / KWallet on Linux, Keychain on iOS and macOS,
// the Keystore on Android) through qtkeychain, keyed by user and server; never in settings files or logs. Where the
// platform has no keychain, the caller keeps the password in memory for the session only and says so.

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace territori::sync {

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    // Callbacks run in the caller's thread once the keychain answered. ok=false: no keychain or no entry; message says
    // which, for the person.
    void read(const QUrl &server, const QString &user,
              std::function<void(bool ok, const QString &password, const QString &message)> done);
    void write(const QUrl &server, const QString &user, const QString &password,
               std::function<void(bool ok, const QString &message)> done);
    void remove(const QUrl &server, const QString &user, std::function<void(bool ok)> done);

    static QString keyFor(const QUrl &server, const QString &user);
    // Blocking read for the headless command.
    static bool readBlocking(const QUrl &server, const QString &user, QString &password, QString &message);
};

} // namespace territori::sync
