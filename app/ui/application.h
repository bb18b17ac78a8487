#pragma once

// The composition root: builds the store, the map, the controllers and the QML engine, and wires them together.
// main.cpp only parses the command line and calls run().

#include <QElapsedTimer>
#include <QString>
#include <QVariantMap>

#include <memory>

class QGuiApplication;
class QQmlEngine;

namespace territori::ui {

struct Options
{
    bool selfTest = false;      // load every QML file, run briefly, exit non-zero on any error or warning
    bool layoutCheck = false;   // bring the UI into each --scenario (a list, or all), report cut text, controls out of
                                // the window and small touch targets (app/ui/layoutcheck.h), exit non-zero if any
    QString layoutReport;       // --layout-check: also append the findings to this tab-separated file
    QString nmeaReplay;         // replay an NMEA log as the position source
    QString projectDirectory;   // open this project instead of the demo
    QString dataDirectory;      // where projects live (default: the platform's app data folder)
    QString language;           // "it" or "en"; default: the saved choice, else Italian
    QString screenshot;         // save a screenshot of the window to this file once the map is drawn, then quit
    QString scenario;           // drive the UI into a state before the screenshot (see qml/dev/Scenario.qml)
    bool benchStartup = false;  // print the time to the first drawn map and the resident memory, then quit
    bool offline = false;       // never fetch online tiles
    QString demoBundle;         // where the demo project is installed from (default: ../share/territori/demo)
    QString syncServer;         // a SIT for this session (the demo's local one), with the two below
    QString syncUser;
    QString syncPasswordFile;   // its first line is the password; read once, kept in memory only
    QString benchSwitch;        // --bench-switch A,B,…: open each project in turn, print the switch times, quit
    int width = 1280;
    int height = 800;
    // Set by the project switch loop (run()), not by the command line.
    QString startPage;          // shown over the map once the project is open: "export", "sync", or "" for none
    QVariantMap definitionUpdate; // what a definition update changed, shown once the project is open again
    bool maximized = false;
};

// Parses the command line of the territori executable. Exits with usage on --help.
Options parseOptions(QGuiApplication &app);

class ProjectsController;

// Everything the UI talks to for one open project (or none), built and wired once: store, map, controllers. The
// executable builds one per project it opens (run() is a loop: opening another project tears the QML engine and the
// context down and builds them again); the QML tests build one and register it with their engine.
// projects: the app-level projects controller, which outlives the contexts; none: the context makes its own.
class AppContext
{
public:
    explicit AppContext(const Options &options, ProjectsController *projects = nullptr);
    ~AppContext();
    AppContext(const AppContext &) = delete;
    AppContext &operator=(const AppContext &) = delete;

    // Registers the singletons and types QML imports as "Territori" and "Territori.Map". The types are registered
    // once per process; the singletons an engine creates are this context's (the latest one registered).
    void registerTypes(QQmlEngine &engine);
    bool hasProject() const;
    struct Parts;
    Parts &parts() { return *m_parts; }

private:
    std::unique_ptr<Parts> m_parts;
};

int run(QGuiApplication &app, const Options &options, const QElapsedTimer &sinceStart);

} // namespace territori::ui
