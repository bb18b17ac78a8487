// A form of 100 fields opened on an existing feature in the app's own FeaturePage (qml/forms/FeaturePage.qml, the
// real AppContext, Italian UI) and scrolled from the first field to the last: the time from Form.openFeature() to the
// first frame that shows the form, and each frame's time while scrolling. The peers' users report a 91-field form
// that takes a minute to open (QField #178); the fields here mix every editor type, constraints and conditions.
//
// usage: bench_form [fields] [pixels-per-frame] [screenshot.png]      (under a display, e.g. xvfb-run)

#include "application.h"
#include "benchcheck.h"
#include "framestats.h"
#include "editgateway.h"
#include "project.h"

#include <QDate>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlComponent>
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
import Territori 1.0
import "qrc:/qml/forms" as F
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    function open(layer, uuid) { return Form.openFeature(layer, uuid) }
    F.FeaturePage { anchors.fill: parent }
}
)QML";

// Field i of the layer, one type after the other, with the constraints and conditions a real survey form has.
QJsonObject field(int i)
{
    const QString name = QStringLiteral("campo_%1").arg(i, 3, 10, QLatin1Char('0'));
    QJsonObject f{{"name", name}, {"label", QJsonObject{{"it", QStringLiteral("Campo %1").arg(i)}, {"en", QStringLiteral("Field %1").arg(i)}}}};
    switch (i % 10) {
    case 0: f.insert("type", "text"), f.insert("maxLength", 80), f.insert("required", true); break;
    case 1: f.insert("type", "multiline"); break;
    case 2: f.insert("type", "integer"), f.insert("min", 0), f.insert("max", 1000); break;
    case 3: f.insert("type", "decimal"), f.insert("min", 0); break;
    case 4: f.insert("type", "date"); break;
    case 5: f.insert("type", "datetime"); break;
    case 6: f.insert("type", "boolean"); break;
    case 7: // shown when the yes/no just above says yes
        f.insert("type", "text");
        f.insert("visibleIf", QJsonObject{{"field", QStringLiteral("campo_%1").arg(i - 1, 3, 10, QLatin1Char('0'))}, {"equals", true}});
        break;
    case 8: f.insert("type", "choice"), f.insert("options", "comuni"), f.insert("remember", true); break;
    default:
        f.insert("type", "multichoice");
        f.insert("options", QJsonArray{QJsonObject{{"value", "verde"}}, QJsonObject{{"value", "servizi"}},
                                       QJsonObject{{"value", "logistica"}}});
        break;
    }
    return f;
}

QVariant valueFor(int i)
{
    switch (i % 10) {
    case 0: return QStringLiteral("Valore %1").arg(i);
    case 1: return QStringLiteral("Nota su più righe\nseconda riga del campo %1").arg(i);
    case 2: return i;
    case 3: return i * 1.5;
    case 4: return QDate(2026, 11, 30);
    case 5: return QStringLiteral("2026-11-30T10:15:00Z");
    case 6: return (i / 10) % 2 == 0;
    case 7: return QStringLiteral("Dettaglio %1").arg(i);
    case 8: return QStringLiteral("Rho");
    default: return QVariantList{QStringLiteral("verde"), QStringLiteral("logistica")};
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Frames rendered and swapped on this thread: with the threaded loop a swap signalled from the render thread
    // can arrive after Form.openFeature() although its frame was synchronised before, and would be timed as the
    // form's first frame.
    qputenv("QSG_RENDER_LOOP", "basic");
    QGuiApplication app(argc, argv);
    territori::testing::failOnWarnings("bench_form");
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100;
    const double step = argc > 2 ? std::atof(argv[2]) : 40; // px per frame: a brisk scroll (2,400 px/s at 60 Hz)
    const QString screenshot = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    QTemporaryDir tmp;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, tmp.filePath(QStringLiteral("settings")));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const QString dir = tmp.filePath(QStringLiteral("project"));
    QString uuid;
    {
        QJsonArray fields;
        fields.append(QJsonObject{{"name", "foto"}, {"type", "photo"}, {"maxCount", 3}});
        for (int i = 0; i < n - 1; ++i)
            fields.append(field(i));
        const QJsonObject definition{
            {"format", 1},
            {"id", "bench-form"},
            {"title", QJsonObject{{"it", "Modulo lungo"}, {"en", "Long form"}}},
            {"extent", QJsonArray{9.0, 45.3, 9.4, 45.6}},
            {"valueLists", QJsonObject{{"comuni", QJsonArray{QJsonObject{{"value", "Milano"}}, QJsonObject{{"value", "Rho"}},
                                                             QJsonObject{{"value", "Sesto San Giovanni"}}}}}},
            {"layers", QJsonArray{QJsonObject{{"name", "rilievo"},
                                              {"title", QJsonObject{{"it", "Rilievo"}, {"en", "Survey"}}},
                                              {"geometry", "point"},
                                              {"label", "campo_000"},
                                              {"fields", fields}}}}};
        auto project = store::Project::create(dir, definition);
        if (!project->layer(QStringLiteral("rilievo")) || !project->layer(QStringLiteral("rilievo"))->definitionErrors.isEmpty()) {
            std::fprintf(stderr, "bench_form: the generated layer definition was refused\n");
            return 1;
        }
        store::EditGateway gw(*project, {"bench", "bench"});
        store::NewFeature nf;
        nf.geometry = store::Geometry::point({9.19, 45.46});
        for (int i = 0; i < n - 1; ++i)
            nf.attributes.insert(QStringLiteral("campo_%1").arg(i, 3, 10, QLatin1Char('0')), valueFor(i));
        const store::EditResult r = gw.insert(QStringLiteral("rilievo"), nf);
        if (!r.ok) {
            std::fprintf(stderr, "bench_form: %s\n", qPrintable(r.message));
            return 1;
        }
        uuid = r.uuid;
    }

    ui::Options o;
    o.projectDirectory = dir;
    o.language = QStringLiteral("it");
    o.offline = true;
    o.selfTest = true; // no device GPS
    ui::AppContext context(o);
    QQmlEngine engine;
    context.registerTypes(engine);

    QQmlComponent component(&engine);
    component.setData(kQml, QUrl(QStringLiteral("qrc:/bench_form.qml")));
    QObject *root = component.create();
    if (!root) {
        std::fprintf(stderr, "bench_form: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(root);
    auto *list = root->findChild<QQuickItem *>(QStringLiteral("fieldList"));
    if (!window || !list) {
        std::fprintf(stderr, "bench_form: no field list\n");
        return 1;
    }
    QElapsedTimer clock;
    enum class Phase { Empty, Opening, Settling, Scrolling, Done } phase = Phase::Empty;
    qint64 opened = -1;
    qint64 lastSwap = -1;
    std::vector<double> intervals;
    int frames = 0;
    bool openOk = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        switch (phase) {
        case Phase::Empty: // the page is up with no form: open the feature on the next turn of the event loop
            phase = Phase::Opening;
            QTimer::singleShot(0, window, [&] {
                clock.start();
                QVariant ok;
                QMetaObject::invokeMethod(root, "open", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, QStringLiteral("rilievo")),
                                          Q_ARG(QVariant, uuid));
                openOk = ok.toBool();
                window->update();
            });
            return;
        case Phase::Opening:
            if (!clock.isValid() || list->property("count").toInt() == 0)
                return; // a frame from before the form had its fields
            opened = clock.nsecsElapsed();
            phase = Phase::Settling;
            QTimer::singleShot(300, window, [&] {
                if (!screenshot.isEmpty())
                    window->grabWindow().save(screenshot);
                phase = Phase::Scrolling;
                lastSwap = -1;
                window->update();
            });
            return;
        case Phase::Settling:
        case Phase::Done:
            return;
        case Phase::Scrolling:
            break;
        }
        const qint64 now = clock.nsecsElapsed();
        if (lastSwap >= 0)
            intervals.push_back(double(now - lastSwap) / 1e6);
        lastSwap = now;
        ++frames;
        const double contentHeight = list->property("contentHeight").toDouble();
        const double originY = list->property("originY").toDouble();
        const double y = list->property("contentY").toDouble();
        const double bottom = originY + contentHeight - list->height();
        if (y >= bottom - 1) {
            phase = Phase::Done;
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
            return;
        }
        if (frames > 20000) {
            std::fprintf(stderr, "bench_form: the list did not reach its end in 20,000 frames\n");
            app.exit(1);
            return;
        }
        list->setProperty("contentY", std::min(y + step, std::max(originY, bottom)));
        window->update();
    });
    QTimer::singleShot(120000, &app, [&] {
        std::fprintf(stderr, "bench_form: %s after 120 s\n", opened < 0 ? "no form" : "still scrolling");
        app.exit(1);
    });
    if (app.exec() != 0)
        return 1;
    if (!openOk) {
        std::fprintf(stderr, "bench_form: the feature did not open\n");
        return 1;
    }

    QJsonObject out{{"benchmark", "form"},
                    {"fields", n},
                    {"rows", list->property("count").toInt()},
                    {"open_to_first_frame_ms", double(opened) / 1e6},
                    {"px_per_frame", step}};
    territori::testing::addFrameStats(out, intervals);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    delete root;
    return 0;
}
