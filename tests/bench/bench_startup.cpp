// Cold start to the first drawn map on a 100,000-feature project, and resident memory then. Generates the project
// (70% polygons, 15% lines, 15% points over the metropolitan area, all in the start view) and runs
// `territori --bench-startup` on it several times. Issue #2 target: <= 1.5 s, <= 250 MB. Memory is read when the first
// map has been swapped (rss_at_frame) and just after, once the app has handed back what drawing it freed (rss).
//
// The app prints what the first map drew (the canvas's vertices, the pixels that change when it is hidden) and refuses
// to report a figure after any warning; this exits 1 when the first map did not draw the fixture.
//
// usage: bench_startup TERRITORI_EXECUTABLE [features] [runs] [keep-dir]   (under a display, e.g. xvfb-run)
// With keep-dir the project is generated there once and reused (for profiling).

#include "geometry.h"
#include "project.h"
#include "sqlite.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace territori::store;

namespace {

// The least share of the map's pixels the first map must change (the fixture covers the start view densely).
constexpr double kMinCoverage = 0.01;

// Bulk fixture generation straight into SQLite, in one transaction: the fixture is not what is measured.
void fill(Project &project, int total)
{
    Database &db = project.db();
    Transaction txn(db);
    QRandomGenerator rng(3);
    const QString now = isoDateTime(QDateTime::currentDateTimeUtc());
    auto insert = [&](const QString &layer, const Geometry &g, int i) {
        Statement st = db.prepare(QStringLiteral("INSERT INTO %1 (geom, uuid, nome, comune, created_at, modified_at) "
                                                 "VALUES (?, ?, ?, 'Milano', ?, ?)").arg(layer));
        st.bindBlob(1, toGpkgBlob(g)).bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces));
        st.bind(3, QStringLiteral("Rilievo %1").arg(i)).bind(4, now).bind(5, now);
        st.run();
    };
    const QString polygonLayers[] = {QStringLiteral("aree_dismesse"), QStringLiteral("siti_logistici")};
    for (int i = 0; i < total; ++i) {
        const double x = 8.75 + rng.generateDouble() * 0.8, y = 45.22 + rng.generateDouble() * 0.4;
        const int kind = i % 20;
        if (kind < 14) {
            Ring ring;
            const int n = 6 + int(rng.bounded(10));
            for (int k = 0; k < n; ++k) {
                const double a = k * 2 * M_PI / n, r = 0.0003 + 0.0008 * rng.generateDouble();
                ring.push_back({x + r * std::cos(a), y + 0.7 * r * std::sin(a)});
            }
            insert(polygonLayers[i % 2], Geometry::polygon(ring), i);
        } else if (kind < 17) {
            Ring line;
            for (int k = 0; k < 8; ++k)
                line.push_back({x + k * 0.0004, y + 0.0003 * std::sin(k)});
            insert(QStringLiteral("rete_verde"), Geometry::lineString(line), i);
        } else {
            insert(i % 2 ? QStringLiteral("lum") : QStringLiteral("servizi_sovracomunali"), Geometry::point({x, y}), i);
        }
    }
    txn.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_startup TERRITORI_EXECUTABLE [features] [runs]\n");
        return 2;
    }
    const QString exe = QString::fromLocal8Bit(argv[1]);
    const int total = argc > 2 ? std::max(100, atoi(argv[2])) : 100000;
    const int runs = argc > 3 ? std::max(1, atoi(argv[3])) : 3;
    QTemporaryDir tmp;
    const QString dir = argc > 4 ? QString::fromLocal8Bit(argv[4]) : tmp.path();
    QElapsedTimer gen;
    gen.start();
    if (!QFileInfo::exists(dir + QStringLiteral("/project.gpkg"))) {
        auto project = Project::create(dir, territori::testing::demoDefinition());
        fill(*project, total);
        project->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const qint64 generateMs = gen.elapsed();
    std::vector<double> firstMap, rss, rssAtFrame, coverage;
    std::vector<int> drawnVertices;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        p.start(exe, {QStringLiteral("--project"), dir, QStringLiteral("--offline"),
                      QStringLiteral("--bench-startup"), QStringLiteral("--lang"), QStringLiteral("it")});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            std::fprintf(stderr, "territori failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        const QByteArray out = p.readAllStandardOutput();
        const QJsonObject o = QJsonDocument::fromJson(out.mid(out.indexOf('{'))).object();
        if (o.value(QStringLiteral("features")).toInt() != total) {
            std::fprintf(stderr, "unexpected output: %s\n", out.constData());
            return 1;
        }
        // Proof that the first map drew the fixture, every feature of which is in the start view: at least 3
        // vertices each (a fill's triangle, an overview dot's 4, a line's 4), and pixels of the map that change when
        // the canvas is hidden.
        const int vertices = o.value(QStringLiteral("drawn_vertices")).toInt();
        const double pixels = o.value(QStringLiteral("feature_pixels")).toDouble();
        const double mapPixels = o.value(QStringLiteral("map_pixels")).toDouble();
        if (vertices < 3 * total || pixels < kMinCoverage * mapPixels) {
            std::fprintf(stderr, "bench_startup: the first map did not draw the fixture: %d vertices for %d features "
                                 "(wanted >= %d), %.0f of %.0f map pixels drawn (wanted >= %.0f%%): %s\n",
                         vertices, total, 3 * total, pixels, mapPixels, 100 * kMinCoverage, out.constData());
            return 1;
        }
        drawnVertices.push_back(vertices);
        coverage.push_back(pixels / std::max(1.0, mapPixels));
        firstMap.push_back(o.value(QStringLiteral("first_map_ms")).toDouble());
        rss.push_back(o.value(QStringLiteral("rss_mb")).toDouble());
        rssAtFrame.push_back(o.value(QStringLiteral("rss_at_frame_mb")).toDouble());
    }
    const double first = firstMap.front();
    std::sort(firstMap.begin(), firstMap.end());
    std::printf("{\"benchmark\": \"startup\", \"features\": %d, \"runs\": %d, \"first_run_ms\": %.0f, "
                "\"median_first_map_ms\": %.0f, \"max_rss_mb\": %.1f, \"min_rss_mb\": %.1f, \"max_rss_at_frame_mb\": %.1f, "
                "\"fixture_generation_ms\": %lld, \"drawn_vertices\": %d, \"map_coverage\": %.3f}\n",
                total, runs, first, firstMap[firstMap.size() / 2], *std::max_element(rss.begin(), rss.end()),
                *std::min_element(rss.begin(), rss.end()), *std::max_element(rssAtFrame.begin(), rssAtFrame.end()),
                static_cast<long long>(generateMs), drawnVertices.front(), coverage.front());
    return 0;
}
