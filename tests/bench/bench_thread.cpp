// A thread of 1,000 comments on one paragraph, opened and scrolled from top to bottom in the app's own comments page
// (qml/participation/CommentsPage.qml, the real AppContext, Italian UI): the time to the first frame of the page and
// the frame times while scrolling, as the list fetches its pages of 50. Issue #5: "without stalls".
//
// usage: bench_thread [comments] [pixels-per-frame]      (under a display, e.g. xvfb-run)

#include "application.h"
#include "benchcheck.h"
#include "framestats.h"
#include "demoinstaller.h"
#include "editgateway.h"
#include "participation.h"
#include "project.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace territori;

namespace {

const char *kQml = R"QML(
import QtQuick 2.15
import QtQuick.Controls 2.15
import "qrc:/qml/participation" as P
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    P.CommentsPage {
        anchors.fill: parent
        draft: "STTM1"
        version: 2
        paragraph: ({ "id": "2.1", "title": "Obiettivi della strategia", "text": "La strategia persegue la sostenibilita." })
    }
}
)QML";

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    territori::testing::failOnWarnings("bench_thread");
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000;
    const double step = argc > 2 ? std::atof(argv[2]) : 40; // px per frame: a brisk scroll (2,400 px/s at 60 Hz)
    QTemporaryDir tmp;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, tmp.filePath(QStringLiteral("settings")));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    // The thread: comments of a few lines, one in four a reply.
    const QString dir = tmp.filePath(QStringLiteral("project"));
    {
        auto project = core::DemoInstaller::install(QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo"), dir);
        store::EditGateway gw(*project, {"bench", "bench"});
        core::Comments comments(*project, gw);
        QString last, error;
        const char *stances[] = {"sostegno", "preoccupazione", "proposta"};
        for (int i = 0; i < n; ++i) {
            core::NewComment c;
            c.draft = QStringLiteral("STTM1");
            c.version = 2;
            c.paragraph = QStringLiteral("2.1");
            c.stance = QString::fromLatin1(stances[i % 3]);
            c.text = QStringLiteral("Osservazione %1: la rete verde dovrebbe raggiungere anche i quartieri a nord del "
                                    "canale, con percorsi ciclopedonali continui.")
                         .arg(i) +
                     QString(QStringLiteral(" Aggiungo un dettaglio.")).repeated(i % 4);
            c.replyTo = i % 4 == 3 ? last : QString();
            QString uuid;
            if (!comments.add(c, QString(), QString(), &uuid, &error)) {
                std::fprintf(stderr, "bench_thread: %s\n", qPrintable(error));
                return 1;
            }
            if (i % 4 != 3)
                last = uuid;
        }
    }

    ui::Options o;
    o.projectDirectory = dir;
    o.language = QStringLiteral("it");
    o.offline = true;
    o.selfTest = true; // no device GPS
    ui::AppContext context(o);
    QQmlEngine engine;
    context.registerTypes(engine);

    QElapsedTimer clock;
    clock.start();
    QQmlComponent component(&engine);
    component.setData(kQml, QUrl(QStringLiteral("qrc:/bench_thread.qml")));
    QObject *root = component.create();
    if (!root) {
        std::fprintf(stderr, "bench_thread: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(root);
    auto *list = root->findChild<QQuickItem *>(QStringLiteral("commentList"));
    if (!window || !list) {
        std::fprintf(stderr, "bench_thread: no comment list\n");
        return 1;
    }
    qint64 firstFrame = -1;
    std::vector<double> intervals;
    qint64 lastSwap = -1;
    bool scrolling = false;
    bool reachedEnd = false;
    int frames = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (firstFrame < 0) {
            firstFrame = now;
            // Let the first page settle, then scroll a fixed distance per frame to the end.
            QTimer::singleShot(300, window, [&] { scrolling = true; lastSwap = -1; window->update(); });
            return;
        }
        if (!scrolling)
            return;
        if (lastSwap >= 0)
            intervals.push_back(double(now - lastSwap) / 1e6);
        lastSwap = now;
        ++frames;
        const double contentHeight = list->property("contentHeight").toDouble();
        const double originY = list->property("originY").toDouble();
        const double y = list->property("contentY").toDouble();
        const double bottom = originY + contentHeight - list->height();
        const bool atEnd = list->property("count").toInt() >= n && y >= bottom - 1;
        if (atEnd || frames > 20000) {
            scrolling = false;
            reachedEnd = atEnd;
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
            return;
        }
        list->setProperty("contentY", std::min(y + step, std::max(originY, bottom)));
        window->update();
    });
    app.exec();
    // What the frames showed: the page's first frame, then every comment of the thread paged in and scrolled to.
    territori::testing::requireDrawn(firstFrame >= 0 && !intervals.empty(),
                                     QStringLiteral("the comments page drew no frame, or none while scrolling"));
    territori::testing::requireDrawn(list->property("count").toInt() == n && reachedEnd,
                                     QStringLiteral("the list holds %1 of the thread's %2 comments after %3 frames, "
                                                    "not scrolled to its end")
                                         .arg(list->property("count").toInt()).arg(n).arg(frames));

    QJsonObject out{{"benchmark", "thread"},
                    {"comments", n},
                    {"loaded", list->property("count").toInt()},
                    {"open_to_first_frame_ms", double(firstFrame) / 1e6},
                    {"px_per_frame", step}};
    territori::testing::addFrameStats(out, intervals);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    delete root;
    return 0;
}
