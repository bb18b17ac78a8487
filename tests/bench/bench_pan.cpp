// Frame time during a scripted pan over 10,000 polygons in view: Territori's FeatureCanvas (batched scene graph)
// against the baseline of one Qt Location MapPolygon per feature, measured in one run on the same data and machine.
// Prints JSON with both medians and their ratio. Issue #2 target: ours at least 10x faster.
//
// usage: bench_pan [polygons] [steps]      (run under a display, e.g. xvfb-run)

#include "editgateway.h"
#include "featurecanvas.h"
#include "mapscene.h"
#include "project.h"
#include "testsupport.h"
#include "tileserver.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGeoCoordinate>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace territori;

namespace {

constexpr double kLat = 45.4700, kLon = 9.1900, kZoom = 13.0;

// The same polygons for the baseline, as Qt Location wants them: one path per MapPolygon.
class PolygonModel : public QAbstractListModel
{
public:
    std::vector<QVariantList> paths;
    int rowCount(const QModelIndex & = QModelIndex()) const override { return int(paths.size()); }
    QVariant data(const QModelIndex &i, int) const override { return paths[size_t(i.row())]; }
    QHash<int, QByteArray> roleNames() const override { return {{Qt::UserRole, "path"}}; }
};

const char *kQml = R"QML(
import QtQuick 2.15
import QtQuick.Window 2.15
import QtLocation 5.15
import QtPositioning 5.15
import Territori.Map 1.0
Window {
    width: 1280; height: 800; visible: true
    property alias map: map
    Plugin {
        id: tiles; name: "osm"
        PluginParameter { name: "osm.mapping.custom.host"; value: tileHost }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 0 }
    }
    Map {
        id: map; anchors.fill: parent; plugin: tiles; copyrightsVisible: false
        center: QtPositioning.coordinate(startLat, startLon); zoomLevel: startZoom
        FeatureCanvas {
            anchors.fill: parent; visible: mode === "canvas"; scene: mode === "canvas" ? mapScene : null
            center: map.center; zoomLevel: map.zoomLevel; bearing: map.bearing
        }
        MapItemView {
            model: mode === "mappolygon" ? polygons : null
            delegate: MapPolygon { path: model.path; color: "#66fd8d3c"; border.color: "#a63603"; border.width: 1 }
        }
    }
}
)QML";

struct Result
{
    double median = 0, p90 = 0, max = 0, setupMs = 0;
};

Result runMode(const QString &mode, map::MapScene &scene, PolygonModel &polygons, const QString &tileHost, int steps)
{
    QQmlEngine engine;
    engine.rootContext()->setContextProperty(QStringLiteral("mode"), mode);
    engine.rootContext()->setContextProperty(QStringLiteral("mapScene"), &scene);
    engine.rootContext()->setContextProperty(QStringLiteral("polygons"), &polygons);
    engine.rootContext()->setContextProperty(QStringLiteral("tileHost"), tileHost);
    engine.rootContext()->setContextProperty(QStringLiteral("startLat"), kLat);
    engine.rootContext()->setContextProperty(QStringLiteral("startLon"), kLon);
    engine.rootContext()->setContextProperty(QStringLiteral("startZoom"), kZoom);
    QElapsedTimer setup;
    setup.start();
    QQmlComponent component(&engine);
    component.setData(kQml, QUrl());
    std::unique_ptr<QObject> root(component.create());
    if (!root) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        std::exit(1);
    }
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    QObject *map = root->property("map").value<QObject *>();
    // Let it create its items and draw a few frames before measuring.
    for (int i = 0; i < 10; ++i) {
        QEventLoop loop;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
        window->update();
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Result r;
    r.setupMs = setup.elapsed();
    std::vector<double> frames;
    for (int i = 0; i < steps; ++i) {
        // A slow circular pan: every frame every feature moves on screen.
        const double a = i * 2 * M_PI / steps;
        const QGeoCoordinate c(kLat + 0.004 * std::sin(a), kLon + 0.006 * std::cos(a));
        QEventLoop loop;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        map->setProperty("center", QVariant::fromValue(c));
        loop.exec();
        frames.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    r.median = frames[frames.size() / 2];
    r.p90 = frames[size_t(frames.size() * 0.9)];
    r.max = frames.back();
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    // One thread, no vsync: a frame's time is the work it costs, not the display's refresh.
    qputenv("QSG_RENDER_LOOP", "basic");
    QSurfaceFormat fmt = QSurfaceFormat::defaultFormat();
    fmt.setSwapInterval(0);
    QSurfaceFormat::setDefaultFormat(fmt);
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    const int steps = argc > 2 ? std::max(10, atoi(argv[2])) : 120;
    qmlRegisterType<map::FeatureCanvas>("Territori.Map", 1, 0, "FeatureCanvas");

    QTemporaryDir tmp;
    auto project = store::Project::create(tmp.path(), testing::smallDefinition());
    store::EditGateway gateway(*project, {QStringLiteral("bench"), QStringLiteral("bench")});
    PolygonModel polygons;
    QRandomGenerator rng(11);
    // 10,000 polygons of 8 vertices spread over the 1280x800 view at zoom 13 (about 0.11 x 0.05 degrees).
    for (int i = 0; i < count; ++i) {
        const double x = kLon - 0.055 + rng.generateDouble() * 0.11, y = kLat - 0.025 + rng.generateDouble() * 0.05;
        store::Ring ring;
        QVariantList path;
        for (int k = 0; k < 8; ++k) {
            const double ang = k * 2 * M_PI / 8;
            const double r = 0.0004 + 0.0003 * rng.generateDouble();
            ring.push_back({x + r * std::cos(ang), y + r * 0.7 * std::sin(ang)});
            path << QVariant::fromValue(QGeoCoordinate(ring.back().y, ring.back().x));
        }
        store::NewFeature nf;
        nf.geometry = store::Geometry::polygon(ring);
        nf.attributes = {{"nome", QStringLiteral("p%1").arg(i)}, {"comune", "Milano"}};
        if (!gateway.seed(QStringLiteral("siti"), nf).ok)
            return 1;
        polygons.paths.push_back(path);
    }
    map::MapScene scene;
    QEventLoop loading;
    QObject::connect(&scene, &map::MapScene::loaded, &loading, &QEventLoop::quit);
    scene.setProject(project.get());
    loading.exec();
    map::TileServer tiles; // no basemap: every tile answers empty, so only the features cost anything
    tiles.start();
    const QString host = tiles.baseUrl() + QStringLiteral("none/");

    const Result ours = runMode(QStringLiteral("canvas"), scene, polygons, host, steps);
    const Result base = runMode(QStringLiteral("mappolygon"), scene, polygons, host, steps);
    std::printf("{\"benchmark\": \"pan\", \"polygons\": %d, \"steps\": %d, "
                "\"featurecanvas\": {\"median_ms\": %.2f, \"p90_ms\": %.2f, \"max_ms\": %.2f, \"setup_ms\": %.0f}, "
                "\"mappolygon\": {\"median_ms\": %.2f, \"p90_ms\": %.2f, \"max_ms\": %.2f, \"setup_ms\": %.0f}, "
                "\"speedup_median\": %.1f}\n",
                count, steps, ours.median, ours.p90, ours.max, ours.setupMs, base.median, base.p90, base.max,
                base.setupMs, base.median / std::max(ours.median, 1e-6));
    return 0;
}
