// Runs the tst_*.qml files in this folder against the real application: the same AppContext the executable builds,
// on a freshly installed demo project in a temporary folder, English UI, no network.

#include "application.h"

#include <QImage>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQuickTest>

class Setup : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<territori::ui::AppContext> m_context;

public slots:
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TerritoriTests"));
        QCoreApplication::setApplicationName(QStringLiteral("territori-qml-tests"));
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // Settings (remembered values, language) live in the test's own folder, never in the user's.
        m_dir = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        territori::ui::Options o;
        o.dataDirectory = m_dir->path();
        o.language = QStringLiteral("en");
        o.offline = true;
        o.selfTest = true; // no device GPS: tests replay NMEA when they need positions
        o.demoBundle = QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo");
        m_context = std::make_unique<territori::ui::AppContext>(o);
        m_context->registerTypes(*engine);
        // A photo to attach, as a camera would leave it.
        QImage photo(800, 600, QImage::Format_RGB32);
        photo.fill(QColor(40, 120, 60));
        const QString photoPath = m_dir->filePath(QStringLiteral("foto-tavolo.jpg"));
        photo.save(photoPath, "JPEG");
        engine->rootContext()->setContextProperty(QStringLiteral("testPhoto"), QUrl::fromLocalFile(photoPath));
        engine->rootContext()->setContextProperty(
            QStringLiteral("demoNmea"), QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo/nmea/walk-scalo-farini.nmea"));
    }

    void cleanupTestCase() { m_context.reset(); }
};

QUICK_TEST_MAIN_WITH_SETUP(territori_qml, Setup)
#include "tst_qml.moc"
