#pragma once

// The one shape of every asynchronous operation (photo import, file import, sync, HTTP transfers): finished() is
// emitted exactly once, with an error kind and a message when it failed; progress and cancel() in between.

#include <QObject>
#include <QString>

namespace territori {

class Job : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY finished)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY finished)

public:
    enum class Error {
        None,
        Cancelled,
        InvalidInput,  // the file or value handed in is unusable; the message says what and where
        DiskFull,
        Io,
        Network,       // transient: worth retrying
        Server,        // the server refused: the message carries its reason
        Permission,    // 401/403, or the role may not do this
        Tls,           // the server's certificate is not trusted: never retried, never ignored
        Conflict,
        Other
    };
    Q_ENUM(Error)

    explicit Job(QObject *parent = nullptr) : QObject(parent) {}

    bool isRunning() const { return !m_finished; }
    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    double progress() const { return m_progress; }

    // Asks the job to stop; it still emits finished(), with Error::Cancelled unless it had already completed.
    Q_INVOKABLE virtual void cancel() { m_cancelRequested = true; }
    bool cancelRequested() const { return m_cancelRequested; }

signals:
    void finished();
    void progressChanged();

protected:
    void setProgress(double p)
    {
        if (p == m_progress)
            return;
        m_progress = p;
        emit progressChanged();
    }
    // Emits finished() the first time only.
    void finish(Error error = Error::None, const QString &message = QString())
    {
        if (m_finished)
            return;
        m_finished = true;
        m_error = error;
        m_errorString = message;
        emit finished();
    }

private:
    bool m_finished = false;
    bool m_cancelRequested = false;
    Error m_error = Error::None;
    QString m_errorString;
    double m_progress = 0;
};

} // namespace territori
