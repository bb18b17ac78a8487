// Territori: everything lives in the libraries; this only starts the clock, reads the command line and runs.

#include "application.h"

#include <QElapsedTimer>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // --help and --version must work on a server without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QCoreApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QCoreApplication::setOrganizationName(QStringLiteral("CittaMetropolitanaMilano"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cittametropolitana.mi.it"));
    QCoreApplication::setApplicationName(QStringLiteral("Territori"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TERRITORI_VERSION));
    QGuiApplication app(argc, argv);
    // The desktop entry and AppStream id (packaging/): the window's app id on Wayland, its class on X11.
    QGuiApplication::setDesktopFileName(QStringLiteral("it.mi.cittametropolitana.Territori"));
    const territori::ui::Options options = territori::ui::parseOptions(app);
    return territori::ui::run(app, options, sinceStart);
}
