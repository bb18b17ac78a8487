// Saves features as fast as it can through the EditGateway and prints "COMMIT <op> <kind> <layer> <uuid> <name>" after
// each committed edit, <name> being the UTF-8 hex of the name it saved ("-" for a delete). tst_killsafety kills it with
// SIGKILL at random moments and checks what survived.
//
// usage: territori-killwriter PROJECT_DIR SEED

#include "editgateway.h"
#include "project.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>
#include <vector>

using namespace territori::store;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    QRandomGenerator rng(quint32(QByteArray(argv[2]).toUInt()));
    try {
        auto project = Project::open(QString::fromLocal8Bit(argv[1]));
        EditGateway gateway(*project, {QStringLiteral("kill-test"), QStringLiteral("writer")});
        std::vector<std::pair<QString, QString>> live; // (layer, uuid) created by this writer
        for (int i = 0;; ++i) {
            const int dice = rng.bounded(100);
            EditResult r;
            QString layer, kind, name;
            if (live.empty() || dice < 55) {
                layer = rng.bounded(2) ? QStringLiteral("siti") : QStringLiteral("punti");
                NewFeature nf;
                const double x = 9.0 + rng.generateDouble() * 0.4, y = 45.3 + rng.generateDouble() * 0.3;
                if (layer == QLatin1String("siti")) {
                    nf.geometry = Geometry::polygon({{x, y}, {x + 0.001, y}, {x + 0.001, y + 0.001}, {x, y + 0.001}});
                    // A long note makes some edits span several pages, so a kill can land mid-write.
                    nf.attributes = {{"nome", QStringLiteral("sito %1").arg(i)}, {"comune", "Milano"},
                                     {"superficie", rng.bounded(1000)}};
                    if (rng.bounded(4) == 0)
                        nf.draft = true, nf.attributes.remove("comune");
                } else {
                    nf.geometry = Geometry::point({x, y});
                    nf.attributes = {{"nome", QString(rng.bounded(2000) + 1, QChar('a' + i % 26))}};
                }
                kind = QStringLiteral("insert");
                name = nf.attributes.value("nome").toString();
                r = gateway.insert(layer, nf);
                if (r.ok)
                    live.emplace_back(layer, r.uuid);
            } else if (dice < 88) {
                const auto &target = live[size_t(rng.bounded(int(live.size())))];
                layer = target.first;
                FeatureChange c;
                c.attributes = {{"nome", QStringLiteral("modificato %1").arg(i)}};
                if (rng.bounded(3) == 0) {
                    const double x = 9.0 + rng.generateDouble() * 0.4, y = 45.3 + rng.generateDouble() * 0.3;
                    c.geometry = layer == QLatin1String("siti")
                                     ? Geometry::polygon({{x, y}, {x + 0.002, y}, {x + 0.002, y + 0.002}})
                                     : Geometry::point({x, y});
                }
                kind = QStringLiteral("update");
                name = c.attributes.value("nome").toString();
                r = gateway.update(layer, target.second, c);
            } else {
                const size_t index = size_t(rng.bounded(int(live.size())));
                layer = live[index].first;
                kind = QStringLiteral("delete");
                r = gateway.remove(layer, live[index].second);
                if (r.ok)
                    live.erase(live.begin() + long(index));
            }
            if (!r.ok) {
                std::fprintf(stderr, "edit failed: %s\n", qPrintable(r.message));
                return 1;
            }
            std::printf("COMMIT %s %s %s %s %s\n", qPrintable(r.opId), qPrintable(kind), qPrintable(layer),
                        qPrintable(r.uuid), name.isEmpty() ? "-" : name.toUtf8().toHex().constData());
            std::fflush(stdout);
        }
    } catch (const StoreError &e) {
        std::fprintf(stderr, "store error: %s\n", e.what());
        return 1;
    }
}
