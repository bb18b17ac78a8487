#include "application.h"

#include "appcontroller.h"
#include "capturecontroller.h"
#include "demoinstaller.h"
#include "editcontroller.h"
#include "editgateway.h"
#include "exportcontroller.h"
#include "featurecanvas.h"
#include "featurelistmodel.h"
#include "formcontroller.h"
#include "importcontroller.h"
#include "labelmodel.h"
#include "language.h"
#include "layoutcheck.h"
#include "layerlistmodel.h"
#include "mapcontroller.h"
#include "mapscene.h"
#include "platformutilities.h"
#include "positionprovider.h"
#include "project.h"
#include "projectregistry.h"
#include "projectscontroller.h"
#include "qmltypes.h"
#include "moderationcontroller.h"
#include "participationcontroller.h"
#include "selftest.h"
#include "synccontroller.h"
#include "tileserver.h"

#include <QCommandLineParser>
#include <QImage>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <atomic>
#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace territori::ui {

using namespace territori::store;

namespace {

QString bundledDemoDirectory()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/territori/demo"));
}

double residentMegabytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// --bench-startup: warnings (QML's included) while the app starts. The figure is printed only when there were none: a
// start-up that failed to bind or load something is not the start-up it claims to measure.
std::atomic<int> g_benchWarnings{0};

void countWarningsForBench()
{
    static const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type != QtDebugMsg && type != QtInfoMsg)
                ++g_benchWarnings;
            if (previous)
                previous(type, context, message);
        });
}

// What the first map drew, for --bench-startup: the canvas's batches and vertices, and the pixels of the window that
// change when the canvas is hidden (grabbed after the figures are taken).
struct DrawnProof
{
    int batches = 0, vertices = 0;
    qint64 featurePixels = 0, mapPixels = 0;
};

DrawnProof proveDrawn(QQuickWindow *window, map::FeatureCanvas *canvas)
{
    DrawnProof p;
    if (!canvas)
        return p;
    p.batches = canvas->drawnBatches();
    p.vertices = canvas->drawnVertices();
    const QImage with = window->grabWindow().convertToFormat(QImage::Format_RGB32);
    canvas->setVisible(false);
    const QImage without = window->grabWindow().convertToFormat(QImage::Format_RGB32);
    canvas->setVisible(true);
    if (with.size() != without.size())
        return p;
    const QRect area = canvas->mapRectToScene(canvas->boundingRect()).toAlignedRect() & with.rect();
    p.mapPixels = qint64(area.width()) * area.height();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(with.constScanLine(y));
        const auto *b = reinterpret_cast<const QRgb *>(without.constScanLine(y));
        for (int x = area.left(); x <= area.right(); ++x)
            p.featurePixels += a[x] != b[x];
    }
    return p;
}

// Loads the Italian or English catalogue. English is the source language, its catalogue holds the plural forms.
class Translations
{
public:
    void apply(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        if (m_app.load(QStringLiteral(":/i18n/territori_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(language), QStringLiteral("/usr/share/qt5/translations")))
            QCoreApplication::installTranslator(&m_qt);
    }

private:
    QTranslator m_app;
    QTranslator m_qt;
};

QString dataDirectoryOf(const Options &options)
{
    return options.dataDirectory.isEmpty() ? platform::PlatformUtilities::create()->dataDirectory()
                                           : options.dataDirectory;
}

QString readPasswordFile(const Options &options)
{
    QFile f(options.syncPasswordFile);
    if (f.open(QIODevice::ReadOnly))
        return QString::fromUtf8(f.readLine()).trimmed();
    if (!options.syncPasswordFile.isEmpty())
        std::fprintf(stderr, "territori: cannot read %s\n", qPrintable(options.syncPasswordFile));
    return QString();
}

struct Opened
{
    std::unique_ptr<Project> project;
    QString error;
    QString notice;
    bool pickProject = false; // none opened on purpose: the person chooses on the projects page
};

// --project names a folder, or the id of a project on this device (its folder's name under the projects folder).
QString requestedDirectory(const QString &requested, const QString &projectsDirectory)
{
    if (requested.isEmpty() || requested.contains(QLatin1Char('/')) || QFileInfo(requested).isDir())
        return requested;
    const QString byId = QDir(projectsDirectory).filePath(requested);
    return QFileInfo::exists(QDir(byId).filePath(QString::fromLatin1(Project::kStoreFile))) ? byId : requested;
}

// Which project a start opens (issue #12): the one asked for (--project, or the one the person opened in the
// switch loop); else ProjectRegistry::startChoice: the only project on the device; with several, or none while the
// person has saved a SIT account, none (the projects page); with none and no account, the bundled demo, installed
// on the first run.
Opened openProject(const Options &options, const QString &projectsDirectory, bool accountSaved)
{
    Opened out;
    const QString demo = QDir(projectsDirectory).filePath(QLatin1String(ProjectsController::kDemoId));
    auto installDemo = [&]() {
        out.project = core::DemoInstaller::install(
            options.demoBundle.isEmpty() ? bundledDemoDirectory() : options.demoBundle, demo);
        out.notice = QCoreApplication::translate("Application",
                                                 "The demo project was installed. Its features are samples, not "
                                                 "official data.");
    };
    auto openAt = [&](const QString &directory) {
        out.project = Project::open(directory);
        if (out.project->migratedFrom() > 0)
            out.notice = QCoreApplication::translate("Application", "The project was updated to the current "
                                                                    "store version (from version %1).")
                             .arg(out.project->migratedFrom());
    };
    try {
        const QString requested = requestedDirectory(options.projectDirectory, projectsDirectory);
        if (!requested.isEmpty()) {
            // "Install the demo" on the projects page opens the demo's folder before it exists.
            if (QDir(requested).absolutePath() == QDir(demo).absolutePath() &&
                !QFileInfo::exists(QDir(demo).filePath(QString::fromLatin1(Project::kStoreFile))))
                installDemo();
            else
                openAt(requested);
            return out;
        }
        const core::StartChoice choice = core::ProjectRegistry::startChoice(
            projectsDirectory, accountSaved, QLatin1String(ProjectsController::kDemoId));
        switch (choice.kind) {
        case core::StartChoice::Kind::Open: openAt(choice.directory); break;
        case core::StartChoice::Kind::PickProject: out.pickProject = true; break;
        case core::StartChoice::Kind::InstallDemo: installDemo(); break;
        }
        return out;
    } catch (const StoreError &e) {
        out.project.reset();
        out.error = e.message();
        return out;
    }
}

// The context QML's singletons come from: the latest one registered (one at a time in the app; the QML tests build
// one per test file).
AppContext *g_context = nullptr;

template <typename T, typename Get>
void registerSingleton(const char *name, Get get)
{
    qmlRegisterSingletonType<T>("Territori", 1, 0, name, [get](QQmlEngine *, QJSEngine *) -> QObject * {
        QObject *o = get(g_context->parts());
        QQmlEngine::setObjectOwnership(o, QQmlEngine::CppOwnership); // the context owns it, not the engine
        return o;
    });
}

} // namespace

Options parseOptions(QGuiApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Territori: field surveys and participation for the PTM of the "
                                                    "Città metropolitana di Milano"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Load every QML file and exit."));
    const QCommandLineOption layoutCheck(
        QStringLiteral("layout-check"),
        QStringLiteral("Bring the window into each --scenario (comma-separated, or all: the default) and report any "
                       "text elided or cut, any control outside the window and any touch target under 48 px; exit "
                       "non-zero if there is one. Each scenario starts on a fresh data folder under --data-dir (default: "
                       "a temporary one) with settings of its own; --screenshot FILE saves each scenario's window, "
                       "{scenario} in FILE standing for its name."));
    const QCommandLineOption layoutReport(QStringLiteral("layout-report"),
                                          QStringLiteral("With --layout-check: append the findings to this "
                                                         "tab-separated file."),
                                          QStringLiteral("file.tsv"));
    const QCommandLineOption nmea(QStringLiteral("nmea-replay"), QStringLiteral("Replay an NMEA log as the GPS."),
                                  QStringLiteral("file"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Open this project: its folder, or the id of a project on this device."),
                                     QStringLiteral("dir|id"));
    const QCommandLineOption data(QStringLiteral("data-dir"), QStringLiteral("Folder that holds the projects."),
                                  QStringLiteral("dir"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: it or en."),
                                  QStringLiteral("code"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a screenshot once the map is drawn, then quit."),
                                  QStringLiteral("file.png"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("Bring the UI into a state before the screenshot: map, "
                                                     "draw-polygon, form-error, feature-list, layers, sync, conflict, participation, draft, draft-changes, comment-map, comment-compose, table, import-file, import-srs, import-fields, import-report, import-done, export, projects, download-area, download (the last three against the SIT the app is signed in to)."),
                                      QStringLiteral("name"));
    const QCommandLineOption bench(QStringLiteral("bench-startup"),
                                   QStringLiteral("Print the time to the first drawn map and the memory, then quit."));
    const QCommandLineOption benchSwitch(QStringLiteral("bench-switch"),
                                         QStringLiteral("Open these projects (ids, comma-separated) one after the other "
                                                        "once the map is drawn; print each switch time, then quit."),
                                         QStringLiteral("ids"));
    const QCommandLineOption offline(QStringLiteral("offline"), QStringLiteral("Never fetch online map tiles."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x800."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption syncServer(QStringLiteral("sync-server"),
                                        QStringLiteral("Sync with this SIT for this session (WFS endpoint of a role)."),
                                        QStringLiteral("url"));
    const QCommandLineOption syncUser(QStringLiteral("sync-user"), QStringLiteral("User name on that SIT."),
                                      QStringLiteral("name"));
    const QCommandLineOption syncPassword(QStringLiteral("sync-password-file"),
                                          QStringLiteral("File whose first line is the password (not stored)."),
                                          QStringLiteral("file"));
    parser.addOptions({selfTest, layoutCheck, layoutReport, nmea, project, data, lang, shot, scenario, bench, benchSwitch, offline, size, syncServer,
                       syncUser, syncPassword});
    parser.process(app);
    Options o;
    o.selfTest = parser.isSet(selfTest);
    o.layoutCheck = parser.isSet(layoutCheck);
    o.layoutReport = parser.value(layoutReport);
    o.nmeaReplay = parser.value(nmea);
    o.projectDirectory = parser.value(project);
    o.dataDirectory = parser.value(data);
    o.language = parser.value(lang);
    o.screenshot = parser.value(shot);
    o.scenario = parser.value(scenario);
    o.benchStartup = parser.isSet(bench);
    o.benchSwitch = parser.value(benchSwitch);
    o.offline = parser.isSet(offline);
    o.syncServer = parser.value(syncServer);
    o.syncUser = parser.value(syncUser);
    o.syncPasswordFile = parser.value(syncPassword);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2) {
            o.width = std::max(320, wh[0].toInt());
            o.height = std::max(320, wh[1].toInt());
        }
    }
    return o;
}

struct AppContext::Parts
{
    explicit Parts(const Options &o) : options(o) {}
    Options options;
    Translations translations;
    std::unique_ptr<platform::PlatformUtilities> platform = platform::PlatformUtilities::create();
    platform::PositionProvider position;
    map::TileServer tiles;
    std::unique_ptr<ProjectsController> ownProjects; // when no app-level one was handed in (the QML tests)
    ProjectsController *projects = nullptr;
    std::unique_ptr<Project> project;
    std::unique_ptr<EditGateway> gateway;
    QQmlEngine *engine = nullptr;
    std::unique_ptr<AppController> app;
    map::MapScene scene;
    map::LabelModel labels;
    std::unique_ptr<MapController> mapController;
    std::unique_ptr<LayerListModel> layers;
    FeatureListModel features;
    core::CaptureController capture;
    std::unique_ptr<core::FormController> form;
    std::unique_ptr<EditController> edits;
    std::unique_ptr<SyncController> sync;
    std::unique_ptr<ParticipationController> participation;
    std::unique_ptr<ModerationController> moderation;
    std::unique_ptr<ImportController> importer;
    std::unique_ptr<ExportController> exporter;
};

AppContext::AppContext(const Options &options, ProjectsController *projects) : m_parts(std::make_unique<Parts>(options))
{
    Parts &p = *m_parts;
    const QString language = !options.language.isEmpty()
                                 ? options.language
                                 : QSettings().value(QStringLiteral("user/language"), QStringLiteral("it")).toString();
    setUiLanguage(language);
    p.translations.apply(uiLanguage());

    if (!options.nmeaReplay.isEmpty()) {
        if (!p.position.startReplay(options.nmeaReplay))
            std::fprintf(stderr, "territori: %s\n", qPrintable(p.position.errorString()));
    } else if (!options.selfTest && !options.benchStartup) {
        p.position.startDefault();
    }
    if (!p.tiles.start())
        std::fprintf(stderr, "territori: %s\n", qPrintable(p.tiles.errorString()));
    p.tiles.setOnlineAllowed(!options.offline);

    const QString password = options.syncServer.isEmpty() ? QString() : readPasswordFile(options);
    if (!projects) {
        p.ownProjects = std::make_unique<ProjectsController>(
            core::ProjectRegistry::projectsDirectory(dataDirectoryOf(options)), p.platform->deviceId());
        if (!options.syncServer.isEmpty())
            p.ownProjects->setSessionAccount(options.syncServer, options.syncUser, password);
        projects = p.ownProjects.get();
    }
    p.projects = projects;

    // A session account (--sync-server) signs in for this session but does not replace the offline demo as the first
    // project: only an account the person saved in the app does (QSettings account/*).
    Opened opened = openProject(options, projects->projectsDirectory(), projects->accountSaved());
    p.project = std::move(opened.project);
    if (p.project)
        p.gateway = std::make_unique<EditGateway>(*p.project, EditContext{QString(), p.platform->deviceId()});
    projects->setCurrent(p.project ? p.project->directory() : QString());
    projects->refresh();

    p.app = std::make_unique<AppController>(p.platform->deviceId(), [&p](const QString &lang) {
        p.translations.apply(lang);
        if (p.engine)
            p.engine->retranslate();
        p.projects->refresh(); // titles come in the new language
    });
    p.mapController = std::make_unique<MapController>(&p.scene, &p.labels, &p.tiles);
    p.mapController->setTileCacheDirectory(
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("qtlocation")));
    p.layers = std::make_unique<LayerListModel>(&p.scene);
    p.form = std::make_unique<core::FormController>(p.project.get(), p.gateway.get());
    p.edits = std::make_unique<EditController>(p.project.get(), p.gateway.get(), &p.capture);
    p.sync = std::make_unique<SyncController>(p.project.get(), p.gateway.get(), p.platform->deviceId());
    p.participation = std::make_unique<ParticipationController>(p.project.get(), p.gateway.get(), p.form.get());
    p.moderation = std::make_unique<ModerationController>(p.project.get(), p.gateway.get(),
                                                          [&p] { return p.sync && p.sync->moderator(); });
    p.importer = std::make_unique<ImportController>(p.project.get(), p.gateway.get());
    p.exporter = std::make_unique<ExportController>(p.project.get());
    if (!options.selfTest && !options.benchStartup) {
        if (!options.syncServer.isEmpty()) {
            p.sync->setSessionAccount(options.syncServer, options.syncUser, password);
        } else if (const QString lent = projects->sessionPasswordFor(p.sync->serverUrl(), p.sync->user());
                   !lent.isEmpty()) {
            // Signed in on the projects page without keeping the password: this project's sync (downloaded with
            // that account) has it for the session too.
            p.sync->setSessionAccount(p.sync->serverUrl(), p.sync->user(), lent);
        }
    }
    QObject::connect(&p.position, &platform::PositionProvider::positionUpdated, &p.capture,
                     &core::CaptureController::onPosition);

    if (p.project) {
        p.app->setProject(p.project.get(), p.gateway.get());
        p.scene.setProject(p.project.get());
        p.mapController->setProject(p.project.get());
        p.layers->setProject(p.project.get());
        p.features.setProject(p.project.get());
        // After every committed edit: redraw that layer (off the UI thread), recount, refresh lists, and let the
        // sync know there is something to send.
        QObject::connect(p.gateway.get(), &EditGateway::featureChanged, &p.scene,
                         [&p](const QString &layer, const QString &, const QString &) {
                             p.scene.reloadLayer(layer);
                             p.layers->refresh();
                             if (p.features.layer() == layer)
                                 p.features.refresh();
                             p.sync->onLocalEdit();
                         });
        // The sync writes through its own connection on its own thread: what it changed is reloaded here.
        QObject::connect(p.sync.get(), &SyncController::layersChanged, &p.scene, [&p](const QStringList &layers) {
            for (const QString &layer : layers) {
                p.scene.reloadLayer(layer);
                if (p.features.layer() == layer)
                    p.features.refresh();
            }
            p.layers->refresh();
        });
        QObject::connect(p.sync.get(), &SyncController::finished, p.edits.get(), &EditController::refresh);
        QObject::connect(p.sync.get(), &SyncController::finished, p.moderation.get(), &ModerationController::refresh);
        QObject::connect(p.sync.get(), &SyncController::accountChanged, p.moderation.get(), &ModerationController::refresh);
        // The projects page's counts of this project follow its sync.
        QObject::connect(p.sync.get(), &SyncController::finished, projects, &ProjectsController::refresh);
        // An import commits through its own connection: redraw and recount as after the sync, and send it.
        QObject::connect(p.importer.get(), &ImportController::imported, &p.scene, [&p](const QString &layer, int) {
            p.scene.reloadLayer(layer);
            if (p.features.layer() == layer)
                p.features.refresh();
            p.layers->refresh();
            p.edits->refresh();
            p.sync->onLocalEdit();
        });
    } else if (opened.pickProject) {
        p.app->setPickProject(true);
    } else {
        p.app->setError(opened.error);
    }
    p.app->setNotice(opened.notice);
    p.app->setStartPage(options.startPage);
    p.app->setDefinitionUpdate(options.definitionUpdate);
}

AppContext::~AppContext()
{
    if (g_context == this)
        g_context = nullptr;
}

bool AppContext::hasProject() const
{
    return m_parts->project != nullptr;
}

void AppContext::registerTypes(QQmlEngine &engine)
{
    Parts &p = *m_parts;
    p.engine = &engine;
    g_context = this;
    static bool registered = false;
    if (!registered) {
        registered = true;
        map::registerQmlTypes(); // Territori.Map, as the benchmarks register it
        qmlRegisterUncreatableType<core::CaptureController>("Territori", 1, 0, "CaptureController",
                                                            QStringLiteral("use Capture"));
        qmlRegisterUncreatableType<core::FormFieldModel>("Territori", 1, 0, "FormFieldModel", QStringLiteral("owned by C++"));
        qmlRegisterUncreatableType<SyncLayerModel>("Territori", 1, 0, "SyncLayerModel", QStringLiteral("owned by Sync"));
        qmlRegisterUncreatableType<ConflictListModel>("Territori", 1, 0, "ConflictListModel",
                                                      QStringLiteral("owned by Sync"));
        qmlRegisterUncreatableType<CommentListModel>("Territori", 1, 0, "CommentListModel",
                                                     QStringLiteral("owned by Participation"));
        qmlRegisterUncreatableType<ImportIssueModel>("Territori", 1, 0, "ImportIssueModel", QStringLiteral("owned by Import"));
        qmlRegisterUncreatableType<ImportController>("Territori", 1, 0, "ImportController", QStringLiteral("use Import"));
        qmlRegisterUncreatableType<ProjectListModel>("Territori", 1, 0, "ProjectListModel",
                                                     QStringLiteral("owned by Projects"));
        registerSingleton<AppController>("App", [](Parts &p) { return p.app.get(); });
        registerSingleton<MapController>("MapControl", [](Parts &p) { return p.mapController.get(); });
        registerSingleton<LayerListModel>("Layers", [](Parts &p) { return p.layers.get(); });
        registerSingleton<FeatureListModel>("Features", [](Parts &p) { return &p.features; });
        registerSingleton<core::CaptureController>("Capture", [](Parts &p) { return &p.capture; });
        registerSingleton<core::FormController>("Form", [](Parts &p) { return p.form.get(); });
        registerSingleton<EditController>("Edits", [](Parts &p) { return p.edits.get(); });
        registerSingleton<SyncController>("Sync", [](Parts &p) { return p.sync.get(); });
        registerSingleton<ParticipationController>("Participation", [](Parts &p) { return p.participation.get(); });
        registerSingleton<ModerationController>("Moderation", [](Parts &p) { return p.moderation.get(); });
        registerSingleton<ImportController>("Import", [](Parts &p) { return p.importer.get(); });
        registerSingleton<ExportController>("Export", [](Parts &p) { return p.exporter.get(); });
        registerSingleton<platform::PositionProvider>("Gps", [](Parts &p) { return &p.position; });
        registerSingleton<platform::PlatformUtilities>("Platform", [](Parts &p) { return p.platform.get(); });
        registerSingleton<ProjectsController>("Projects", [](Parts &p) { return p.projects; });
    }
    engine.rootContext()->setContextProperty(QStringLiteral("startupScenario"), p.options.scenario);
    engine.rootContext()->setContextProperty(QStringLiteral("initialWidth"), p.options.width);
    engine.rootContext()->setContextProperty(QStringLiteral("initialHeight"), p.options.height);
}

namespace {

// The exit code of a round of run()'s loop that ends because another project is to be opened (not a process exit
// code: run() never returns it).
constexpr int kOpenAnotherProject = 0x7e120;
// The exit code of a --layout-check round that found something.
constexpr int kLayoutProblems = 0x7e121;

struct OpenRequest
{
    bool pending = false;
    QString directory;
    QString page;
    QVariantMap definitionUpdate;
    QElapsedTimer clock; // from Projects.open() to the first drawn map of the project it opened
};

// One project open (or the projects page), until the app quits or the person opens another project. firstMap is
// called once, when the first map is drawn (or the first frame without one).
int runRound(QGuiApplication &app, Options &options, ProjectsController &projects, const QElapsedTimer &sinceStart,
             const std::function<void(qint64 sinceStartMs)> &firstMap)
{
    AppContext context(options, &projects);
    QQmlApplicationEngine engine;
    context.registerTypes(engine);
    auto &scene = context.parts().scene;
    const bool haveProject = context.hasProject();

    engine.load(QUrl(QStringLiteral("qrc:/qml/main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (options.maximized)
        window->showMaximized();

    // "The first drawn map" is the first frame swapped after the map's nodes were built for the scene with every
    // layer loaded. Not merely the next frame after loading: one may already be on its way without the layers (the
    // render thread runs ahead), and it would be counted with neither their time nor their memory.
    auto loadedAt = std::make_shared<qint64>(-1);
    auto loadedRevision = std::make_shared<quint64>(0);
    auto builtRevision = std::make_shared<qint64>(-1); // none yet
    auto drawn = std::make_shared<bool>(false);
    auto *canvas = haveProject ? window->findChild<map::FeatureCanvas *>() : nullptr;
    QObject::connect(&scene, &map::MapScene::loaded, window, [=, &scene, &sinceStart](qint64) {
        *loadedAt = sinceStart.elapsed();
        *loadedRevision = scene.revision();
        // The nodes may already show this revision (the last layer to finish brought nothing new to draw).
        *drawn = !canvas || *builtRevision >= qint64(*loadedRevision);
        window->update();
        // A map that never builds its nodes (hidden behind a page) must not hold the first frame back for ever.
        QTimer::singleShot(3000, window, [drawn, window] {
            *drawn = true;
            window->update();
        });
    });
    if (canvas)
        QObject::connect(canvas, &map::FeatureCanvas::nodesBuilt, window, [=](quint64 revision) {
            *builtRevision = qint64(revision);
            if (*loadedAt >= 0 && revision >= *loadedRevision)
                *drawn = true;
        });
    // Watches frames only until the first map: afterwards it would run for nothing on every frame.
    auto watch = std::make_shared<QMetaObject::Connection>();
    *watch = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&, loadedAt, drawn, window, watch]() {
        if (*loadedAt < 0 || !*drawn) // not loaded or not drawn yet, or done (a frame queued before the disconnect)
            return;
        QObject::disconnect(*watch);
        const qint64 firstMapMs = sinceStart.elapsed();
        const qint64 layersLoaded = *loadedAt;
        *loadedAt = -2;
        const double atFrame = residentMegabytes();
#ifdef __GLIBC__
        // Drawing the first map (uploading every layer, and with a software renderer rasterising them) leaves tens of
        // MB freed but kept in the render thread's malloc arena; give them back to the system for the session.
        malloc_trim(0);
#endif
        if (options.benchStartup) {
            const double rss = residentMegabytes();
            const DrawnProof drawnProof = proveDrawn(window, canvas); // after the figures: it draws two more frames
            if (g_benchWarnings > 0) {
                std::fprintf(stderr, "territori: %d warning(s) during --bench-startup, no figure reported\n",
                             g_benchWarnings.load());
                QTimer::singleShot(0, &app, [] { QCoreApplication::exit(1); });
                return;
            }
            std::printf("{\"first_map_ms\": %lld, \"layers_loaded_ms\": %lld, \"features\": %d, "
                        "\"rss_at_frame_mb\": %.1f, \"rss_mb\": %.1f, \"drawn_batches\": %d, \"drawn_vertices\": %d, "
                        "\"feature_pixels\": %lld, \"map_pixels\": %lld}\n",
                        static_cast<long long>(firstMapMs), static_cast<long long>(layersLoaded), scene.featureCount(),
                        atFrame, rss, drawnProof.batches, drawnProof.vertices,
                        static_cast<long long>(drawnProof.featurePixels), static_cast<long long>(drawnProof.mapPixels));
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
            return;
        }
        if (firstMap)
            firstMap(firstMapMs);
        if (options.layoutCheck) {
            const LayoutCheckRun run{options.scenario, options.language.isEmpty() ? QStringLiteral("it") : options.language,
                                     options.layoutReport, options.screenshot};
            checkLayoutWhenSettled(window, run, [](int findings) {
                QCoreApplication::exit(findings > 0 ? kLayoutProblems : 0);
            });
            return;
        }
        if (options.screenshot.isEmpty())
            return;
        // Give the tiles and the scenario time to settle, then grab what a user would see.
        // A scenario that needs longer (a download under way) holds the window's holdScreenshot until it is ready,
        // at most a minute.
        auto *poll = new QTimer(window);
        poll->setInterval(10); // a download moves on quickly: grab the moment the scenario lets go
        auto held = std::make_shared<QElapsedTimer>();
        QObject::connect(poll, &QTimer::timeout, window, [&options, window, poll, held] {
            if (window->property("holdScreenshot").toBool() && held->elapsed() < 60000)
                return;
            poll->stop();
            const QImage shot = window->grabWindow();
            const bool ok = shot.save(options.screenshot);
            std::fprintf(stderr, "territori: screenshot %s %s\n", qPrintable(options.screenshot),
                         ok ? "saved" : "FAILED");
            QCoreApplication::exit(ok ? 0 : 1);
        });
        QTimer::singleShot(options.scenario.isEmpty() ? 2500 : 4000, poll, [poll, held] {
            held->start();
            poll->start();
        });
    });
    if (!haveProject) // nothing to load: the projects page or the error page is the first frame
        QMetaObject::invokeMethod(&scene, [&scene]() { emit scene.loaded(0); }, Qt::QueuedConnection);
    const int code = app.exec();
    // The next round's window opens where and as large as this one was.
    options.maximized = window->visibility() == QWindow::Maximized;
    if (!options.maximized) {
        options.width = window->width();
        options.height = window->height();
    }
    return code;
}


// Every scenario qml/dev/ScenarioRunner.qml knows (its `case "name":` labels), after "map" (the window as it opens).
QStringList allScenarios()
{
    QStringList names{QStringLiteral("map")};
    QFile runner(QStringLiteral(":/qml/dev/ScenarioRunner.qml"));
    if (!runner.open(QIODevice::ReadOnly))
        return names;
    static const QRegularExpression label(QStringLiteral("^\\s*case \"([a-z0-9-]+)\":"), QRegularExpression::MultilineOption);
    auto it = label.globalMatch(QString::fromUtf8(runner.readAll()));
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

// --layout-check: one round of the real window per scenario, each on a fresh data folder (the demo installed anew, as
// on a first start) and with settings of its own, never the person's.
int runLayoutCheck(QGuiApplication &app, const Options &options, const QElapsedTimer &sinceStart)
{
    QStringList scenarios = options.scenario.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (scenarios.isEmpty() || scenarios == QStringList{QStringLiteral("all")})
        scenarios = allScenarios();
    QTemporaryDir temporary;
    const QString base = options.dataDirectory.isEmpty() ? temporary.path() : options.dataDirectory;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QDir(base).filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QDir(base).filePath(QStringLiteral("settings")));
    QStringList failed;
    for (const QString &scenario : scenarios) {
        QSettings().clear();
        Options current = options;
        current.scenario = scenario;
        current.dataDirectory = QDir(base).filePath(QStringLiteral("data-") + scenario);
        QDir(current.dataDirectory).removeRecursively();
        current.screenshot.replace(QLatin1String("{scenario}"), scenario);
        ProjectsController projects(core::ProjectRegistry::projectsDirectory(current.dataDirectory),
                                    platform::PlatformUtilities::create()->deviceId());
        if (!options.syncServer.isEmpty())
            projects.setSessionAccount(options.syncServer, options.syncUser, readPasswordFile(options));
        projects.setOpenHandler([scenario](const QString &, const QString &, const QVariantMap &) {
            std::fprintf(stderr, "layout-check: %s opened another project; not followed\n", qPrintable(scenario));
        });
        const int code = runRound(app, current, projects, sinceStart, nullptr);
        if (code == kLayoutProblems)
            failed << scenario;
        else if (code != 0)
            failed << scenario + QStringLiteral(" (exit code %1)").arg(code);
    }
    std::printf("layout-check: %lld scenario%s checked, %lld with problems%s%s\n", static_cast<long long>(scenarios.size()),
                scenarios.size() == 1 ? "" : "s", static_cast<long long>(failed.size()), failed.isEmpty() ? "" : ": ",
                qPrintable(failed.join(QStringLiteral(", "))));
    return failed.isEmpty() ? 0 : 1;
}

} // namespace

int run(QGuiApplication &app, const Options &options, const QElapsedTimer &sinceStart)
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (options.benchStartup)
        countWarningsForBench();
    if (options.selfTest) {
        AppContext context(options);
        QQmlApplicationEngine engine;
        context.registerTypes(engine);
        return runSelfTest(engine, QStringLiteral(":/qml"), QUrl(QStringLiteral("qrc:/qml/main.qml")));
    }
    if (options.layoutCheck)
        return runLayoutCheck(app, options, sinceStart);

    // The projects page's controller is the app's: the account, the catalogue and a download under way outlive the
    // project open now.
    ProjectsController projects(core::ProjectRegistry::projectsDirectory(dataDirectoryOf(options)),
                                platform::PlatformUtilities::create()->deviceId());
    if (!options.syncServer.isEmpty())
        projects.setSessionAccount(options.syncServer, options.syncUser, readPasswordFile(options));
    OpenRequest request;
    projects.setOpenHandler([&request, &app](const QString &directory, const QString &page, const QVariantMap &update) {
        request.pending = true;
        request.directory = directory;
        request.page = page;
        request.definitionUpdate = update;
        request.clock.start();
        // Out of the QML handler that asked first: the engine that runs it is about to go.
        QMetaObject::invokeMethod(&app, [] { QCoreApplication::exit(kOpenAnotherProject); }, Qt::QueuedConnection);
    });

    // --bench-switch: the projects to open in turn, and how long each took to its first drawn map.
    QStringList benchIds = options.benchSwitch.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool benchSwitch = !benchIds.isEmpty();
    QStringList switchTimes;

    Options current = options;
    for (;;) {
        QElapsedTimer clock = request.clock;
        const bool switched = request.pending;
        request.pending = false;
        const int code = runRound(app, current, projects, sinceStart, [&](qint64) {
            if (switched) {
                const qint64 ms = clock.elapsed();
                switchTimes << QStringLiteral("{\"project\": \"%1\", \"switch_ms\": %2}")
                                   .arg(QFileInfo(current.projectDirectory).fileName())
                                   .arg(ms);
            }
            if (!benchSwitch)
                return;
            if (benchIds.isEmpty()) {
                std::printf("{\"switches\": [%s]}\n", qPrintable(switchTimes.join(QStringLiteral(", "))));
                std::fflush(stdout);
                QTimer::singleShot(0, &app, &QCoreApplication::quit);
                return;
            }
            const QString next = benchIds.takeFirst();
            QTimer::singleShot(200, &projects, [&projects, next] {
                if (!projects.open(next))
                    QCoreApplication::exit(2);
            });
        });
        if (code != kOpenAnotherProject)
            return code;
        current.projectDirectory = request.directory;
        current.startPage = request.page;
        current.definitionUpdate = request.definitionUpdate;
        // A scenario, a screenshot and the start-up benchmark are of the first project only.
        current.scenario.clear();
        current.screenshot.clear();
        current.benchStartup = false;
    }
}

} // namespace territori::ui
