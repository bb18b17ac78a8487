#pragma once

// What differs between platforms, behind one interface. QML asks for capabilities
// (Platform.capabilities & Platform.Camera), never for the operating system.

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace territori::platform {

class PlatformUtilities : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int capabilities READ capabilities NOTIFY capabilitiesChanged)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)
    Q_PROPERTY(QUrl picturesFolder READ picturesFolder CONSTANT)

public:
    enum Capability {
        Camera = 0x1,          // a camera Qt Multimedia can capture stills from
        FilePicker = 0x2,      // a dialog to pick photo files
        BackgroundGps = 0x4,   // positions keep coming while the screen is off
        SystemKeychain = 0x8,  // credentials can be stored in the platform keychain
    };
    Q_ENUM(Capability)

    // The implementation for the platform this build targets.
    static std::unique_ptr<PlatformUtilities> create(QObject *parent = nullptr);

    virtual int capabilities() const = 0;
    // A stable, non-personal identifier of this installation, recorded with every edit.
    QString deviceId() const;
    // Where the app keeps projects.
    virtual QString dataDirectory() const;
    // Where the photo picker starts.
    virtual QUrl picturesFolder() const;

signals:
    void capabilitiesChanged();

protected:
    explicit PlatformUtilities(QObject *parent);
};

} // namespace territori::platform
