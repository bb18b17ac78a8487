// Saving one feature with its outbox entry, as the form does it (EditGateway::insert / update), N times.
// Prints JSON with median, p90, p99 and max in milliseconds. Issue #2 target: median <= 2 ms, p99 <= 10 ms.
//
// usage: bench_save [count] [project-folder]

#include "editgateway.h"
#include "project.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace territori::store;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    QTemporaryDir tmp(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench-XXXXXX") : QString());
    auto project = Project::create(tmp.path(), territori::testing::demoDefinition());
    EditGateway gateway(*project, {QStringLiteral("bench"), QStringLiteral("bench")});
    QRandomGenerator rng(7);
    std::vector<double> insertMs, updateMs;
    insertMs.reserve(size_t(count));
    std::vector<QString> uuids;
    QElapsedTimer t;
    for (int i = 0; i < count; ++i) {
        NewFeature nf;
        const double x = 8.8 + rng.generateDouble() * 0.7, y = 45.2 + rng.generateDouble() * 0.4;
        territori::store::Ring ring;
        for (int k = 0; k < 12; ++k) {
            const double a = k * 2 * M_PI / 12;
            ring.push_back({x + 0.002 * std::cos(a), y + 0.0014 * std::sin(a)});
        }
        nf.geometry = Geometry::polygon(ring);
        nf.attributes = {{"nome", QStringLiteral("Area %1").arg(i)}, {"comune", "Milano"}, {"stato", "dismessa"},
                         {"superficie_mq", 12000.5}, {"priorita", 3}, {"data_sopralluogo", "2026-10-14"},
                         {"note", QStringLiteral("Sopralluogo di prova numero %1").arg(i)}};
        t.start();
        const EditResult r = gateway.insert(QStringLiteral("aree_dismesse"), nf);
        insertMs.push_back(t.nsecsElapsed() / 1e6);
        if (!r.ok) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(r.message));
            return 1;
        }
        uuids.push_back(r.uuid);
    }
    for (int i = 0; i < count / 10; ++i) {
        FeatureChange c;
        c.attributes = {{"note", QStringLiteral("Aggiornato %1").arg(i)}, {"priorita", 1 + i % 5}};
        t.start();
        const EditResult r = gateway.update(QStringLiteral("aree_dismesse"), uuids[size_t(rng.bounded(count))], c);
        updateMs.push_back(t.nsecsElapsed() / 1e6);
        if (!r.ok)
            return 1;
    }
    auto stats = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        auto q = [&](double p) { return v[std::min(v.size() - 1, size_t(p * double(v.size())))]; };
        return QStringLiteral("{\"n\": %1, \"median_ms\": %2, \"p90_ms\": %3, \"p99_ms\": %4, \"max_ms\": %5}")
            .arg(v.size())
            .arg(q(0.5), 0, 'f', 3)
            .arg(q(0.9), 0, 'f', 3)
            .arg(q(0.99), 0, 'f', 3)
            .arg(v.back(), 0, 'f', 3);
    };
    std::printf("{\"benchmark\": \"save\", \"insert\": %s, \"update\": %s, \"synchronous\": \"FULL\", \"journal\": \"WAL\"}\n",
                qPrintable(stats(insertMs)), qPrintable(stats(updateMs)));
    return 0;
}
