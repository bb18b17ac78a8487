// Frame time during a scripted pan over N polygons in view: Territori's FeatureCanvas (batched scene graph) against
// the baseline of one Qt Location MapPolygon per feature, measured in one run on the same data and machine.
// Prints JSON with both sides' frame times and their ratio. Issue #2 target: ours at least 10x faster.
//
// Each side proves it drew the fixture, or the benchmark exits 1 without a figure: any Qt or QML warning is fatal
// (benchcheck.h); the canvas must draw exactly the fixture's vertices at full detail, the baseline must hold one
// MapPolygon per feature; and a frame grabbed after the pan must show the features where the fixture puts them (its
// pixels compared with the polygons rasterised by QPainter for the same view).
//
// usage: bench_pan [polygons] [steps] [frames-dir]     (run under a display, e.g. xvfb-run)
// With frames-dir the two grabbed frames are saved there (pan-featurecanvas.png, pan-mappolygon.png).
// BENCH_PAN_SIDE=canvas (or mappolygon) measures that side alone, for a profiler: no ratio then.

#include "benchcheck.h"
#include "editgateway.h"
#include "featurecanvas.h"
#include "framestats.h"
#include "mapmath.h"
#include "mapscene.h"
#include "project.h"
#include "qmltypes.h"
#include "testsupport.h"
#include "tileserver.h"

#include <QAbstractListModel>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGeoCoordinate>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
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
using territori::testing::requireDrawn;

namespace {

constexpr double kLat = 45.4700, kLon = 9.1900, kZoom = 13.0;
constexpr int kVertices = 8; // per polygon ring

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
    property alias canvas: canvas
    property alias polygonView: polygonView
    readonly property bool onLocalTiles: map.activeMapType.style === MapType.CustomMap
    Plugin {
        id: tiles; name: "osm"
        PluginParameter { name: "osm.mapping.custom.host"; value: tileHost }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 0 }
    }
    Map {
        id: map; anchors.fill: parent; plugin: tiles; copyrightsVisible: false
        center: QtPositioning.coordinate(startLat, startLon); zoomLevel: startZoom
        // The local tile server's map type, as the app's MapView chooses it (the default type fetches OSM's tiles).
        Component.onCompleted: {
            for (var i = 0; i < supportedMapTypes.length; ++i)
                if (supportedMapTypes[i].style === MapType.CustomMap)
                    activeMapType = supportedMapTypes[i]
        }
        FeatureCanvas {
            id: canvas
            anchors.fill: parent; visible: mode === "canvas"; scene: mode === "canvas" ? mapScene : null
            center: map.center; zoomLevel: map.zoomLevel; bearing: map.bearing
        }
        MapItemView {
            id: polygonView
            model: mode === "mappolygon" ? polygons : null
            delegate: MapPolygon { path: model.path; color: "#66fd8d3c"; border.color: "#a63603"; border.width: 1 }
        }
    }
}
)QML";

struct Fixture
{
    int count = 0;
    std::vector<std::vector<QGeoCoordinate>> rings;
    float canvasOutlineWidth = 1; // the layer's style, as the canvas draws its outlines
};

struct Result
{
    std::vector<double> frames; // ms, in order
    double setupMs = 0;
    int drawnBatches = 0, drawnVertices = 0, mapItems = 0;
    testing::Coverage coverage;
};

// Waits for the next swapped frame after asking for one; false after 20 s without one.
bool nextFrame(QQuickWindow *window)
{
    QEventLoop loop;
    bool swapped = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        swapped = true;
        loop.quit();
    });
    window->update();
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return swapped;
}

// Where the fixture's polygons are in a 1280x800 view centred on `center`: their fills (`outline` 0) or fills with a
// margin of `outline` px, rasterised by QPainter without antialiasing.
QImage fixtureMask(const Fixture &f, const QGeoCoordinate &center, QSize size, double outline)
{
    map::View view;
    view.center = map::toWorld(center.longitude(), center.latitude());
    view.zoom = kZoom;
    view.width = size.width();
    view.height = size.height();
    QImage mask(size, QImage::Format_ARGB32);
    mask.fill(Qt::transparent);
    QPainter p(&mask);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setBrush(Qt::black);
    if (outline > 0)
        p.setPen(QPen(Qt::black, outline, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    else
        p.setPen(Qt::NoPen);
    for (const auto &ring : f.rings) {
        QPolygonF poly;
        for (const QGeoCoordinate &c : ring)
            poly << view.toScreen(map::toWorld(c.longitude(), c.latitude()));
        p.drawPolygon(poly);
    }
    return mask;
}

Result runMode(const QString &mode, map::MapScene &scene, PolygonModel &polygons, const Fixture &fixture,
               const QString &tileHost, int steps, const QString &framesDir)
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
    requireDrawn(root != nullptr, component.errorString());
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    QObject *map = root->property("map").value<QObject *>();
    auto *canvas = root->property("canvas").value<map::FeatureCanvas *>();
    requireDrawn(window && map && canvas, QStringLiteral("the window, its Map or its FeatureCanvas is missing"));
    requireDrawn(root->property("onLocalTiles").toBool(),
                 QStringLiteral("the Map is not on the local tile server's map type"));
    const bool ours = mode == QLatin1String("canvas");
    // What the side must draw: the canvas, every polygon at full detail (a ring's vertices for its fill, one more
    // for its closed outline, as LayerBuilder lays them out); the baseline, one MapPolygon per feature.
    const int expectedVertices = fixture.count * (kVertices + kVertices + 1);
    auto ready = [&] {
        if (ours)
            return canvas->scene() == &scene && canvas->drawnVertices() == expectedVertices;
        return map->property("mapItems").value<QList<QObject *>>().size() == fixture.count;
    };
    // Let it create its items and draw a few frames before measuring, and until it draws the whole fixture.
    int warm = 0;
    for (; warm < 10 || (!ready() && warm < 500); ++warm)
        requireDrawn(nextFrame(window), QStringLiteral("%1: no frame within 20 s while starting").arg(mode));
    Result r;
    r.setupMs = setup.elapsed();
    r.drawnBatches = canvas->drawnBatches();
    r.drawnVertices = canvas->drawnVertices();
    r.mapItems = map->property("mapItems").value<QList<QObject *>>().size();
    if (ours)
        requireDrawn(ready(), QStringLiteral("FeatureCanvas drew %1 vertices in %2 batches after %3 frames, the fixture "
                                             "at full detail has %4 (scene assigned: %5)")
                                  .arg(r.drawnVertices).arg(r.drawnBatches).arg(warm).arg(expectedVertices)
                                  .arg(canvas->scene() == &scene ? "yes" : "no"));
    else
        requireDrawn(ready(), QStringLiteral("the Map holds %1 items after %2 frames, the fixture %3 polygons")
                                  .arg(r.mapItems).arg(warm).arg(fixture.count));

    QGeoCoordinate last;
    for (int i = 0; i < steps; ++i) {
        // A slow circular pan: every frame every feature moves on screen.
        const double a = i * 2 * M_PI / steps;
        last = QGeoCoordinate(kLat + 0.004 * std::sin(a), kLon + 0.006 * std::cos(a));
        QEventLoop loop;
        bool swapped = false;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
            swapped = true;
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        map->setProperty("center", QVariant::fromValue(last));
        loop.exec();
        requireDrawn(swapped, QStringLiteral("%1: step %2 swapped no frame within 20 s").arg(mode).arg(i));
        r.frames.push_back(t.nsecsElapsed() / 1e6);
    }

    // Proof of drawing, after the measured frames: what the last pan frame drew, and a grabbed frame of that view.
    if (ours)
        requireDrawn(canvas->drawnVertices() == expectedVertices,
                     QStringLiteral("FeatureCanvas drew %1 vertices in the last pan frame, the fixture has %2")
                         .arg(canvas->drawnVertices()).arg(expectedVertices));
    const QImage frame = window->grabWindow();
    requireDrawn(!frame.isNull(), QStringLiteral("%1: grabWindow() gave no image").arg(mode));
    if (!framesDir.isEmpty())
        frame.save(QDir(framesDir).filePath(QStringLiteral("pan-%1.png").arg(ours ? "featurecanvas" : "mappolygon")));
    const double outline = ours ? fixture.canvasOutlineWidth : 1.0;
    const QImage required = fixtureMask(fixture, last, frame.size(), 0);
    const QImage allowed = fixtureMask(fixture, last, frame.size(), outline + 3);
    // The background: a corner, which the fixture (the middle quarter of the view) never reaches.
    requireDrawn(qAlpha(allowed.pixel(2, 2)) == 0, QStringLiteral("the fixture reaches the corner of the view"));
    r.coverage = testing::compareCoverage(frame, required, allowed, frame.pixel(2, 2));
    // Nearly every pixel the fills cover must be drawn, and nearly every drawn pixel must lie on a polygon (with
    // a margin for outlines): an empty map, or one drawn elsewhere or at another scale, fails both.
    requireDrawn(r.coverage.recall() >= 0.95 && r.coverage.stray() <= 0.05,
                 QStringLiteral("%1: of the %2 pixels the fixture's fills cover, %3% were drawn; of the %4 drawn "
                                "pixels, %5% lie off the fixture's polygons (wanted >= 95% and <= 5%)")
                     .arg(mode).arg(r.coverage.required).arg(100 * r.coverage.recall(), 0, 'f', 1)
                     .arg(r.coverage.drawn).arg(100 * r.coverage.stray(), 0, 'f', 1));
    return r;
}

QString sideJson(const Result &r, bool ours)
{
    const auto pct = [&](double p) { return testing::percentile(r.frames, p); };
    QString drawn = ours ? QStringLiteral("\"drawn_batches\": %1, \"drawn_vertices\": %2").arg(r.drawnBatches).arg(r.drawnVertices)
                         : QStringLiteral("\"map_items\": %1").arg(r.mapItems);
    return QStringLiteral("{\"median_ms\": %1, \"p90_ms\": %2, \"p99_ms\": %3, \"max_ms\": %4, \"setup_ms\": %5, %6, "
                          "\"pixels_expected\": %7, \"pixels_drawn\": %8, \"recall\": %9, \"stray\": %10}")
        .arg(pct(0.5), 0, 'f', 2).arg(pct(0.9), 0, 'f', 2).arg(pct(0.99), 0, 'f', 2)
        .arg(*std::max_element(r.frames.begin(), r.frames.end()), 0, 'f', 2).arg(r.setupMs, 0, 'f', 0).arg(drawn)
        .arg(r.coverage.required).arg(r.coverage.drawn).arg(r.coverage.recall(), 0, 'f', 3)
        .arg(r.coverage.stray(), 0, 'f', 3);
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
    testing::failOnWarnings("bench_pan");
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    const int steps = argc > 2 ? std::max(10, atoi(argv[2])) : 120;
    const QString framesDir = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    map::registerQmlTypes(); // as the app registers Territori.Map

    QTemporaryDir tmp;
    auto project = store::Project::create(tmp.path(), testing::smallDefinition());
    store::EditGateway gateway(*project, {QStringLiteral("bench"), QStringLiteral("bench")});
    PolygonModel polygons;
    Fixture fixture;
    fixture.count = count;
    QRandomGenerator rng(11);
    // Polygons of 8 vertices spread over the middle of the 1280x800 view at zoom 13 (about 0.11 x 0.05 degrees).
    for (int i = 0; i < count; ++i) {
        const double x = kLon - 0.055 + rng.generateDouble() * 0.11, y = kLat - 0.025 + rng.generateDouble() * 0.05;
        store::Ring ring;
        QVariantList path;
        std::vector<QGeoCoordinate> coords;
        for (int k = 0; k < kVertices; ++k) {
            const double ang = k * 2 * M_PI / kVertices;
            const double r = 0.0004 + 0.0003 * rng.generateDouble();
            ring.push_back({x + r * std::cos(ang), y + r * 0.7 * std::sin(ang)});
            coords.emplace_back(ring.back().y, ring.back().x);
            path << QVariant::fromValue(coords.back());
        }
        store::NewFeature nf;
        nf.geometry = store::Geometry::polygon(ring);
        nf.attributes = {{"nome", QStringLiteral("p%1").arg(i)}, {"comune", "Milano"}};
        requireDrawn(gateway.seed(QStringLiteral("siti"), nf).ok, QStringLiteral("the fixture could not be stored"));
        polygons.paths.push_back(path);
        fixture.rings.push_back(std::move(coords));
    }
    map::MapScene scene;
    QEventLoop loading;
    QObject::connect(&scene, &map::MapScene::loaded, &loading, &QEventLoop::quit);
    scene.setProject(project.get());
    // Zoom 13 shows the layer at full detail, which the scene builds once a view asks for it: ask before measuring,
    // as the canvas would on its first frame.
    scene.requestDetail(QStringLiteral("siti"));
    loading.exec();
    const auto siti = scene.layer(QStringLiteral("siti"));
    requireDrawn(siti && siti->detailBuilt && siti->featureCount == count && scene.featureCount() == count,
                 QStringLiteral("the scene holds %1 features (detail built: %2), the fixture %3")
                     .arg(scene.featureCount()).arg(siti && siti->detailBuilt ? "yes" : "no").arg(count));
    fixture.canvasOutlineWidth = siti->style.width;
    map::TileServer tiles; // no basemap: every tile answers empty, so only the features cost anything
    tiles.start();
    const QString host = tiles.baseUrl() + QStringLiteral("none/");

    // BENCH_PAN_SIDE=canvas or mappolygon runs one side only (for a profiler); its line has no ratio.
    const QByteArray only = qgetenv("BENCH_PAN_SIDE");
    if (!only.isEmpty()) {
        const bool canvasSide = only == "canvas";
        requireDrawn(canvasSide || only == "mappolygon", QStringLiteral("BENCH_PAN_SIDE is canvas or mappolygon"));
        const Result r = runMode(QString::fromLatin1(only), scene, polygons, fixture, host, steps, framesDir);
        std::printf("{\"benchmark\": \"pan\", \"polygons\": %d, \"steps\": %d, \"%s\": %s}\n", count, steps,
                    canvasSide ? "featurecanvas" : "mappolygon", qPrintable(sideJson(r, canvasSide)));
        return 0;
    }
    const Result ours = runMode(QStringLiteral("canvas"), scene, polygons, fixture, host, steps, framesDir);
    const Result base = runMode(QStringLiteral("mappolygon"), scene, polygons, fixture, host, steps, framesDir);
    const double oursMedian = testing::percentile(ours.frames, 0.5), baseMedian = testing::percentile(base.frames, 0.5);
    std::printf("{\"benchmark\": \"pan\", \"polygons\": %d, \"steps\": %d, \"featurecanvas\": %s, \"mappolygon\": %s, "
                "\"speedup_median\": %.2f}\n",
                count, steps, qPrintable(sideJson(ours, true)), qPrintable(sideJson(base, false)),
                baseMedian / std::max(oursMedian, 1e-6));
    return 0;
}
