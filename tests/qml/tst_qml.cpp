// Runs the tst_*.qml files in this folder against the real application: the same AppContext the executable builds,
// on a freshly installed demo project in a temporary folder, English UI, no network. The projects page's controller is
// the app-level one, as in the executable; what it asks the switch loop to open is recorded (fixtures.opened) instead
// of rebuilding the engine under the test.

#include "application.h"
#include "editgateway.h"
#include "project.h"
#include "projectdownload.h"
#include "projectregistry.h"
#include "projectscontroller.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQuickTest>

// What a QML test needs that the UI cannot make: more projects on the device (with unsent changes), an interrupted
// download, and what the projects page asked to open.
class Fixtures : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString opened MEMBER m_opened NOTIFY openedChanged)
    Q_PROPERTY(QString openedPage MEMBER m_openedPage NOTIFY openedChanged)
public:
    explicit Fixtures(QString projects) : m_projects(std::move(projects)) {}

    Q_INVOKABLE bool makeProject(const QString &id, const QString &title, int unsent)
    {
        QJsonObject d{{"format", 1},
                      {"id", id},
                      {"title", QJsonObject{{"it", title}, {"en", title}}},
                      {"extent", QJsonArray{9.0, 45.3, 9.4, 45.6}},
                      {"layers", QJsonArray{QJsonObject{{"name", "punti"}, {"geometry", "point"},
                                                        {"fields", QJsonArray{QJsonObject{{"name", "nome"}, {"type", "text"}}}}}}}};
        try {
            auto p = territori::store::Project::create(QDir(m_projects).filePath(id), d, 1);
            territori::store::EditGateway gw(*p, territori::store::EditContext{QStringLiteral("qml"), QStringLiteral("qml")});
            for (int i = 0; i < unsent; ++i) {
                territori::store::NewFeature f;
                f.geometry = territori::store::Geometry::point({9.1 + i * 0.01, 45.5});
                f.attributes.insert(QStringLiteral("nome"), QStringLiteral("Punto %1").arg(i + 1));
                if (!gw.insert(QStringLiteral("punti"), f).ok)
                    return false;
            }
            return true;
        } catch (const territori::store::StoreError &e) {
            qWarning("%s", qPrintable(e.message()));
            return false;
        }
    }
    Q_INVOKABLE bool makeInterrupted(const QString &id) const
    {
        const QString staging = territori::sync::ProjectDownload::stagingDirectory(m_projects, id);
        return QDir().mkpath(staging + QStringLiteral("/attachments"));
    }
    Q_INVOKABLE bool exists(const QString &relative) const { return QFileInfo::exists(QDir(m_projects).filePath(relative)); }

    void open(const QString &directory, const QString &page)
    {
        m_opened = QFileInfo(directory).fileName();
        m_openedPage = page;
        emit openedChanged();
    }

signals:
    void openedChanged();

private:
    QString m_projects;
    QString m_opened;
    QString m_openedPage;
};

class Setup : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Fixtures> m_fixtures;
    std::unique_ptr<territori::ui::ProjectsController> m_projects;
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
        const QString projects = territori::core::ProjectRegistry::projectsDirectory(o.dataDirectory);
        // Every test file starts on the demo, whatever other projects an earlier file left on the device.
        o.projectDirectory = QDir(projects).filePath(QLatin1String(territori::ui::ProjectsController::kDemoId));
        // One engine per test file: the previous file's context goes before the controller it points to.
        m_context.reset();
        m_projects.reset();
        m_fixtures = std::make_unique<Fixtures>(projects);
        m_projects = std::make_unique<territori::ui::ProjectsController>(projects, QStringLiteral("qml-tests"));
        m_projects->setOpenHandler([this](const QString &dir, const QString &page, const QVariantMap &) {
            m_fixtures->open(dir, page);
        });
        m_context = std::make_unique<territori::ui::AppContext>(o, m_projects.get());
        m_context->registerTypes(*engine);
        // A photo to attach, as a camera would leave it.
        QImage photo(800, 600, QImage::Format_RGB32);
        photo.fill(QColor(40, 120, 60));
        const QString photoPath = m_dir->filePath(QStringLiteral("foto-tavolo.jpg"));
        photo.save(photoPath, "JPEG");
        engine->rootContext()->setContextProperty(QStringLiteral("fixtures"), m_fixtures.get());
        engine->rootContext()->setContextProperty(QStringLiteral("testPhoto"), QUrl::fromLocalFile(photoPath));
        engine->rootContext()->setContextProperty(
            QStringLiteral("demoNmea"), QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo/nmea/walk-scalo-farini.nmea"));
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_projects.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(territori_qml, Setup)
#include "tst_qml.moc"
