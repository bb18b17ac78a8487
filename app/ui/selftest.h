#pragma once

#include <QString>
#include <QUrl>

class QQmlEngine;

namespace territori::ui {

// Compiles every .qml file under `root` (a resource folder), instantiates the main window and lets it run for a
// moment. Returns 0 only if nothing produced an error or a warning; prints each problem with its file and line.
int runSelfTest(QQmlEngine &engine, const QString &root, const QUrl &mainQml);

} // namespace territori::ui
