#pragma once

// The device position for QML and for GPS capture: the platform's default source, or an NMEA log replayed in real
// time (--nmea-replay FILE) for desktops, tests and demos.

#include <QDateTime>
#include <QGeoCoordinate>
#include <QGeoPositionInfo>
#include <QObject>

#include <memory>

class QGeoPositionInfoSource;
class QFile;

namespace territori::platform {

class PositionProvider : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY positionChanged)
    Q_PROPERTY(QGeoCoordinate coordinate READ coordinate NOTIFY positionChanged)
    Q_PROPERTY(double horizontalAccuracy READ horizontalAccuracy NOTIFY positionChanged)
    Q_PROPERTY(QDateTime timestamp READ timestamp NOTIFY positionChanged)
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY activeChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    // Typical GPS user-equivalent range error: NMEA gives HDOP, accuracy = HDOP x UERE.
    static constexpr double kUserEquivalentRangeError = 5.0;

    explicit PositionProvider(QObject *parent = nullptr);
    ~PositionProvider() override;

    // Starts replaying an NMEA log; it loops so a demo never runs dry. Returns false if the file cannot be read.
    Q_INVOKABLE bool startReplay(const QString &path);
    // Starts the platform's own source, if there is one.
    Q_INVOKABLE bool startDefault();
    Q_INVOKABLE void stop();

    bool active() const { return m_source != nullptr; }
    bool valid() const { return m_info.isValid(); }
    QGeoCoordinate coordinate() const { return m_info.coordinate(); }
    // Metres; NaN when the source does not tell.
    double horizontalAccuracy() const;
    QDateTime timestamp() const { return m_info.timestamp(); }
    QGeoPositionInfo info() const { return m_info; }
    QString sourceName() const { return m_sourceName; }
    QString errorString() const { return m_error; }

signals:
    void activeChanged();
    void positionChanged();
    void errorChanged();
    // Every fix, for capture (averaging, streaming).
    void positionUpdated(const QGeoPositionInfo &info);

private:
    void attach(QGeoPositionInfoSource *source, const QString &name);
    void setError(const QString &error);

    QGeoPositionInfoSource *m_source = nullptr;
    QFile *m_replayFile = nullptr;
    QString m_replayPath;
    QGeoPositionInfo m_info;
    QString m_sourceName;
    QString m_error;
};

} // namespace territori::platform
