#include "positionprovider.h"

#include <QFile>
#include <QFileInfo>
#include <QNmeaPositionInfoSource>
#include <QTimer>

#include <cmath>

namespace territori::platform {

PositionProvider::PositionProvider(QObject *parent) : QObject(parent) {}

PositionProvider::~PositionProvider()
{
    stop();
}

double PositionProvider::horizontalAccuracy() const
{
    return m_info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
               ? m_info.attribute(QGeoPositionInfo::HorizontalAccuracy)
               : std::nan("");
}

void PositionProvider::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

void PositionProvider::attach(QGeoPositionInfoSource *source, const QString &name)
{
    m_source = source;
    m_sourceName = name;
    m_source->setUpdateInterval(1000);
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, [this](const QGeoPositionInfo &info) {
        m_info = info;
        setError(QString());
        emit positionChanged();
        emit positionUpdated(info);
    });
    connect(m_source, QOverload<QGeoPositionInfoSource::Error>::of(&QGeoPositionInfoSource::error), this,
            [this](QGeoPositionInfoSource::Error e) {
                if (e == QGeoPositionInfoSource::AccessError)
                    setError(tr("The app may not use the position: allow it in the system settings."));
                else if (e == QGeoPositionInfoSource::ClosedError)
                    setError(tr("The position source was switched off."));
            });
    m_source->startUpdates();
    emit activeChanged();
}

bool PositionProvider::startReplay(const QString &path)
{
    stop();
    auto *file = new QFile(path, this);
    if (!file->open(QIODevice::ReadOnly)) {
        setError(tr("Cannot read the NMEA log %1: %2").arg(path, file->errorString()));
        delete file;
        return false;
    }
    m_replayFile = file;
    m_replayPath = path;
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
    source->setUserEquivalentRangeError(kUserEquivalentRangeError);
    source->setDevice(file);
    // At the end of the log the source stops; start over so a demo or a long test keeps moving.
    connect(source, &QGeoPositionInfoSource::updateTimeout, this, [this]() {
        QTimer::singleShot(0, this, [this]() {
            if (m_replayFile && m_replayFile->atEnd())
                startReplay(m_replayPath);
        });
    });
    attach(source, QStringLiteral("nmea:") + QFileInfo(path).fileName());
    return true;
}

bool PositionProvider::startDefault()
{
    stop();
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(this);
    if (!source) {
        setError(tr("This device has no position source."));
        return false;
    }
    attach(source, source->sourceName());
    return true;
}

void PositionProvider::stop()
{
    if (!m_source)
        return;
    m_source->stopUpdates();
    m_source->deleteLater();
    m_source = nullptr;
    if (m_replayFile) {
        m_replayFile->deleteLater();
        m_replayFile = nullptr;
    }
    emit activeChanged();
}

} // namespace territori::platform
