#include "platformutilities.h"

#include <QCameraInfo>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace territori::platform {

PlatformUtilities::PlatformUtilities(QObject *parent) : QObject(parent) {}

QString PlatformUtilities::deviceId() const
{
    QSettings settings;
    QString id = settings.value(QStringLiteral("device/id")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        settings.setValue(QStringLiteral("device/id"), id);
    }
    return id;
}

QString PlatformUtilities::dataDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QUrl PlatformUtilities::picturesFolder() const
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QUrl::fromLocalFile(QDir(pictures).exists() ? pictures : QDir::homePath());
}

namespace {

// Linux and other desktops: the target for tests, demos and municipal officers' PCs.
class DesktopPlatformUtilities : public PlatformUtilities
{
public:
    explicit DesktopPlatformUtilities(QObject *parent) : PlatformUtilities(parent) {}

    int capabilities() const override
    {
        int caps = FilePicker | BackgroundGps | SystemKeychain;
        if (!QCameraInfo::availableCameras().isEmpty())
            caps |= Camera;
        return caps;
    }
};

} // namespace

std::unique_ptr<PlatformUtilities> PlatformUtilities::create(QObject *parent)
{
    // Android and iOS implementations (foreground-service GPS, native camera intents, content URIs) are not written
    // yet; until they are, those builds use the desktop one and its capabilities say what is available.
    return std::make_unique<DesktopPlatformUtilities>(parent);
}

} // namespace territori::platform
