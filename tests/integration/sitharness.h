#pragma once

// A private SIT for an integration test (sync/server/sit in a temporary folder, on free ports), a superuser psql into
// it, and a TCP proxy that breaks connections on purpose: before a transaction reaches the SIT, or after the SIT has
// committed it but before the reply gets back.

#include "testsupport.h"

#include <QHash>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace territori::testing {

inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

class SitHarness
{
public:
    QString dir;
    quint16 port = 0, pgPort = 0, tlsPort = 0;
    // A streaming replica serving /ows-read/<role>/ (sit up --replica-port), applying each commit replicaDelayMs
    // after the primary; set before up().
    quint16 replicaPort = 0;
    int replicaDelayMs = 0;
    QString log;
    // Where `sit up` finds the demo's basemap packages (SIT_PACKAGES); empty: published without them.
    QString packages;

    QString script() const { return sourceDir() + QStringLiteral("/sync/server/sit"); }

    // A test that ends early (a failed initTestCase, an exception) must not leave a SIT running.
    ~SitHarness() { down(); }

    // Free ports unless given (a caller that must stay within a range of ports names them).
    bool up(const QString &folder, bool tls, QString *error, quint16 httpPort = 0, quint16 postgresPort = 0)
    {
        dir = folder;
        port = httpPort ? httpPort : freePort();
        pgPort = postgresPort ? postgresPort : freePort();
        tlsPort = tls ? freePort() : 0;
        QStringList args{QStringLiteral("up"), dir, QStringLiteral("--port"), QString::number(port),
                         QStringLiteral("--pg-port"), QString::number(pgPort)};
        if (tls)
            args << QStringLiteral("--tls-port") << QString::number(tlsPort);
        if (replicaPort)
            args << QStringLiteral("--replica-port") << QString::number(replicaPort);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!packages.isEmpty())
            env.insert(QStringLiteral("SIT_PACKAGES"), packages);
        if (replicaDelayMs > 0)
            env.insert(QStringLiteral("SIT_REPLICA_DELAY_MS"), QString::number(replicaDelayMs));
        p.setProcessEnvironment(env);
        p.start(script(), args);
        const bool finished = p.waitForFinished(180000);
        log = QString::fromUtf8(p.readAll());
        if (!finished || p.exitCode() != 0) {
            *error = QStringLiteral("sit up failed:\n") + log;
            return false;
        }
        QFile creds(dir + QStringLiteral("/demo-credentials.txt"));
        if (!creds.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no demo-credentials.txt");
            return false;
        }
        for (const QByteArray &line : creds.readAll().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() == 3 && !line.startsWith('#'))
                m_users.insert(QString::fromUtf8(f[0]), {QString::fromUtf8(f[1]), QString::fromUtf8(f[2])});
        }
        return true;
    }

    void down()
    {
        if (dir.isEmpty())
            return;
        QProcess::execute(script(), {QStringLiteral("down"), dir});
        dir.clear();
    }

    // `sit publish DIR definition [args]`: its exit status (0 published, 10 nothing changed, 2 refused) and output.
    int publish(const QString &definition, const QStringList &args = {}, QString *output = nullptr) const
    {
        return runSit(QStringList{QStringLiteral("publish"), dir, definition} + args, output);
    }
    // `sit areas DIR file.geojson`: replaces the work areas.
    int areas(const QString &geojson, QString *output = nullptr) const
    {
        return runSit({QStringLiteral("areas"), dir, geojson}, output);
    }
    int runSit(const QStringList &args, QString *output = nullptr) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(script(), args);
        const bool finished = p.waitForFinished(240000);
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QUrl ows(const QString &role, bool tls = false) const
    {
        return QUrl(tls ? QStringLiteral("https://127.0.0.1:%1/ows/%2/").arg(tlsPort).arg(role)
                        : QStringLiteral("http://127.0.0.1:%1/ows/%2/").arg(port).arg(role));
    }
    QUrl owsRead(const QString &role) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/ows-read/%2/").arg(port).arg(role));
    }
    // Superuser SQL on the replica (read-only).
    QString psqlReplica(const QString &sql) const
    {
        QProcess p;
        p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-h"),
                                         dir + QStringLiteral("/pg-replica/run"), QStringLiteral("-p"),
                                         QString::number(replicaPort), QStringLiteral("-U"), QStringLiteral("postgres"),
                                         QStringLiteral("-d"), QStringLiteral("sit"), QStringLiteral("-c"), sql});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    QString user(const QString &role) const { return m_users.value(role).first; }
    QString password(const QString &role) const { return m_users.value(role).second; }
    QString caFile() const { return dir + QStringLiteral("/ca.pem"); }

    // Superuser SQL; returns the rows as psql -At prints them.
    QString psql(const QString &sql) const
    {
        QString out, err;
        if (!run(sql, &out, &err))
            qWarning("psql failed: %s\n%s", qPrintable(sql), qPrintable(err));
        return out;
    }
    // SQL that may fail: false with psql's message.
    bool run(const QString &sql, QString *out, QString *err) const
    {
        QProcess p;
        p.start(script(), {QStringLiteral("psql"), dir, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                           QStringLiteral("-Atc"), sql});
        p.waitForFinished(60000);
        *err = QString::fromUtf8(p.readAllStandardError());
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private:
    QHash<QString, QPair<QString, QString>> m_users;
};

// Forwards TCP to the SIT and breaks what it is told to break. Lives in the test's thread; the sync's waits spin the
// event loop, so it keeps forwarding while the engine blocks.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    // CutReply: the reply is cut off after cutAfter bytes (a link that drops in the middle of a large file).
    enum class Fault { None, DropBeforeForward, DropAfterCommit, CutReply };
    qint64 cutAfter = 0;
    qint64 replyBytes = 0; // bytes of replies forwarded to the client, all requests
    QString pattern = QStringLiteral("REQUEST=Transaction"); // what a request line must contain to be broken
    QByteArray method = "POST";
    Fault fault = Fault::None;
    int remaining = 0; // how many matching requests to break
    int skip = 0;      // matching requests let through before the first one broken
    int broken = 0;

    explicit FaultProxy(quint16 target) : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    void breakNext(Fault f, int n = 1, int skipFirst = 0)
    {
        fault = f;
        remaining = n;
        skip = skipFirst;
    }

private:
    void accept(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto dropReply = std::make_shared<bool>(false);
        auto cut = std::make_shared<qint64>(-1); // bytes of the reply still to forward before the cut
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        connect(client, &QTcpSocket::readyRead, client, [=] {
            const QByteArray data = client->readAll();
            const QByteArray line = data.left(data.indexOf('\n'));
            const bool matches = line.startsWith(method + ' ') && line.contains(pattern.toUtf8());
            if (matches && remaining > 0 && skip > 0) {
                --skip;
            } else if (remaining > 0 && matches) {
                --remaining;
                ++broken;
                if (fault == Fault::DropBeforeForward) {
                    client->abort();
                    return;
                }
                if (fault == Fault::CutReply)
                    *cut = cutAfter;
                else
                    *dropReply = true;
            }
            if (upstream->state() != QAbstractSocket::ConnectedState)
                upstream->waitForConnected(5000);
            upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [=] {
            const QByteArray data = upstream->readAll();
            // The SIT answers only after it has committed: the first byte back is proof, and it never arrives.
            if (*dropReply) {
                client->abort();
                return;
            }
            if (*cut >= 0) {
                const qint64 n = std::min<qint64>(*cut, data.size());
                client->write(data.left(int(n)));
                replyBytes += n;
                *cut -= n;
                if (*cut == 0) {
                    // Closed once what was written has gone out: the client gets exactly cutAfter bytes (an abort
                    // here would also drop what still sat in the socket's buffer, and the retry would look worse).
                    upstream->abort();
                    client->disconnectFromHost();
                }
                return;
            }
            replyBytes += data.size();
            client->write(data);
        });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

    quint16 m_target;
    QTcpServer m_server;
};

} // namespace territori::testing
