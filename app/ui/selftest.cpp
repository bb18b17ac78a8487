#include "selftest.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace territori::ui {

int runSelfTest(QQmlEngine &engine, const QString &root, const QUrl &mainQml)
{
    int problems = 0;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [&problems](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings) {
            std::fprintf(stderr, "self-test: %s\n", qPrintable(w.toString()));
            ++problems;
        }
    });
    int files = 0;
    QDirIterator it(root, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        ++files;
        if (component.isError()) {
            for (const QQmlError &e : component.errors())
                std::fprintf(stderr, "self-test: %s\n", qPrintable(e.toString()));
            ++problems;
        }
    }
    // The whole window, created for real: bindings run and their runtime errors surface as warnings.
    QQmlComponent main(&engine, mainQml);
    std::unique_ptr<QObject> window(main.create());
    if (!window) {
        for (const QQmlError &e : main.errors())
            std::fprintf(stderr, "self-test: %s\n", qPrintable(e.toString()));
        ++problems;
    } else {
        QTimer::singleShot(1500, QCoreApplication::instance(), &QCoreApplication::quit);
        QCoreApplication::exec();
    }
    window.reset();
    std::fprintf(stderr, "self-test: %d QML files, %d problems\n", files, problems);
    return problems == 0 ? 0 : 1;
}

} // namespace territori::ui
