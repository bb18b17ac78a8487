// The sync's figures against one local SIT, side by side in one run (issue #3):
//  push: N new features sent by the engine, against the server's own floor, the same inserts POSTed raw as WFS-T
//        transactions of 1,000 single-feature Insert actions (the very bodies the engine writes, captured from a run
//        against the in-memory SIT, for a twin project whose features differ only in their uuids);
//  pull: M features brought into a project by territori-sync, against ogr2ogr from the WFS into a GeoPackage, both
//        as child processes with their peak memory (first, so both read the same 100,000 features and little else);
//  bytes on the wire per pushed change.
// usage: bench_sync [push-features] [pull-features]      (needs root and the SIT's packages; starts its own SIT)

#include "curltransport.h"
#include "demoinstaller.h"
#include "editgateway.h"
#include "fakesit.h"
#include "project.h"
#include "sitharness.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

#include <cstdio>

using namespace territori;
using namespace territori::store;
using namespace territori::sync;

namespace {

struct ChildRun
{
    int exitCode = -1;
    double seconds = 0;
    double peakMb = 0;
};

// Runs a program to its end under /usr/bin/time for its peak resident memory (wait4's ru_maxrss would report the
// forked bench process's, which Linux carries across exec).
ChildRun runChild(const QStringList &argv, const QByteArray &input = QByteArray(), const QByteArrayList &env = {})
{
    QTemporaryFile memory;
    memory.open();
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QByteArray &kv : env)
        e.insert(QString::fromUtf8(kv.left(kv.indexOf('='))), QString::fromUtf8(kv.mid(kv.indexOf('=') + 1)));
    p.setProcessEnvironment(e);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("/usr/bin/time"), QStringList{"-f", "%M", "-o", memory.fileName()} + argv);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    ChildRun r;
    r.seconds = t.elapsed() / 1000.0;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.peakMb = QString::fromLatin1(memory.readAll()).trimmed().split('\n').last().toDouble() / 1024.0;
    return r;
}

void addFeatures(const QString &dir, int n)
{
    auto project = Project::open(dir);
    EditGateway gw(*project, {"bench", "bench"});
    for (int i = 0; i < n; ++i) {
        NewFeature nf;
        nf.geometry = Geometry::point({9.0 + (i % 300) * 0.002, 45.3 + (i / 300) * 0.002});
        nf.attributes = {{"nome", QStringLiteral("Nodo di prova %1").arg(i)}, {"comune", "Milano"},
                         {"nodo", "interscambio"}, {"servizi", QStringList{"parcheggio_bici", "ricarica"}},
                         {"posti_auto", i % 500}, {"note", "Rilievo generato per la misura"}};
        const EditResult r = gw.insert("lum", nf);
        if (!r.ok)
            qFatal("insert: %s", qPrintable(r.message));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pushN = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int pullN = argc > 2 ? std::atoi(argv[2]) : 100000;
    QTemporaryDir tmp;
    QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    testing::SitHarness sit;
    QString error;
    if (!sit.up(tmp.path() + "/sit", false, &error)) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
        return 1;
    }
    const QString bundle = QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo");
    const QString user = sit.user("surveyor"), password = sit.password("surveyor");
    QJsonObject out{{"benchmark", "sync"}};

    // ---- pull ----------------------------------------------------------------------------------------------------
    {
        // M polygons written on the SIT by a desktop user (SQL), then brought to a fresh tablet.
        QElapsedTimer gen;
        gen.start();
        sit.psql(QStringLiteral(
                     "INSERT INTO aree_dismesse (uuid, nome, comune, stato, superficie_mq, note, data_sopralluogo, "
                     "geometry) SELECT md5(i::text || 'bench')::uuid::text, 'Area di prova ' || i, 'Milano', 'dismessa', "
                     "1000 + i, 'Generata per la misura', current_date, ST_SetSRID(ST_MakeEnvelope(8.9 + (i % 400) * 0.0015, "
                     "45.2 + (i / 400) * 0.0015, 8.9 + (i % 400) * 0.0015 + 0.001, 45.2 + (i / 400) * 0.0015 + 0.0008), "
                     "4326) FROM generate_series(1, %1) i")
                     .arg(pullN));
        const double genSeconds = gen.elapsed() / 1000.0;
        const QString fresh = tmp.path() + "/fresh";
        core::DemoInstaller::install(bundle, fresh);
        const ChildRun ours = runChild({QStringLiteral(TERRITORI_BINARY_DIR "/sync/territori-sync"), fresh, "--server",
                                        sit.ows("surveyor").toString(), "--user", user, "--password-stdin",
                                        "--pull-only", "--json"},
                                       (password + "\n").toUtf8());
        auto p = Project::open(fresh);
        Statement count = p->db().prepare("SELECT count(*) FROM aree_dismesse");
        count.step();
        const qint64 pulled = count.int64(0);
        const QString gpkg = tmp.path() + "/ogr.gpkg";
        const ChildRun ogr = runChild({"/usr/bin/ogr2ogr", "-f", "GPKG", gpkg,
                                       "WFS:" + sit.ows("surveyor").toString(), "aree_dismesse"},
                                      QByteArray(), {"GDAL_HTTP_USERPWD=" + (user + ":" + password).toUtf8()});
        const QString info = [&] {
            QProcess q;
            q.start("/usr/bin/ogrinfo", {"-so", "-al", gpkg});
            q.waitForFinished(60000);
            return QString::fromUtf8(q.readAllStandardOutput());
        }();
        out["pull"] = QJsonObject{{"features_on_sit", pullN},
                                  {"fixture_sql_s", genSeconds},
                                  {"ours_s", ours.seconds},
                                  {"ours_exit", ours.exitCode},
                                  {"ours_features", double(pulled)},
                                  {"ours_peak_mb", ours.peakMb},
                                  {"ogr2ogr_s", ogr.seconds},
                                  {"ogr2ogr_exit", ogr.exitCode},
                                  {"ogr2ogr_features", info.section("Feature Count: ", 1).section('\n', 0, 0).toDouble()},
                                  {"ogr2ogr_peak_mb", ogr.peakMb},
                                  {"ratio", ours.seconds / ogr.seconds}};
    }
    // ---- push ----------------------------------------------------------------------------------------------------
    {
        const QString ours = tmp.path() + "/ours", twin = tmp.path() + "/twin";
        core::DemoInstaller::install(bundle, ours);
        core::DemoInstaller::install(bundle, twin);
        addFeatures(ours, pushN);
        addFeatures(twin, pushN);
        // The bodies the engine writes for the twin, captured against the in-memory SIT.
        QList<QByteArray> bodies;
        {
            auto p = Project::open(twin);
            testing::FakeSit fake(p->layers());
            fake.afterApply = [&](const HttpRequest &r) -> std::optional<HttpReply::Outcome> {
                bodies << r.body;
                return std::nullopt;
            };
            SyncSettings s;
            s.owsUrl = QUrl("http://127.0.0.1:9/ows/surveyor/");
            s.user = user;
            s.pull = false;
            SyncEngine(twin, fake.transport, s, Project::Check::AlreadyChecked).run();
        }
        // The floor: those bodies POSTed as they are, one after the other, on one kept-alive connection.
        CurlTransport transport;
        transport.setCredentials({user, password});
        SitClient client(transport, sit.ows("surveyor"), SyncSettings::defaultAttachmentsUrl(sit.ows("surveyor")));
        QElapsedTimer t;
        t.start();
        int inserted = 0;
        for (const QByteArray &body : bodies) {
            wfs::TransactionResult result;
            const CallResult r = client.transaction(body, result);
            if (!r.ok())
                qFatal("raw transaction: %s", qPrintable(r.message));
            inserted += result.totalInserted;
        }
        const double floorSeconds = t.elapsed() / 1000.0;
        // Ours: the engine pushing the other project, from its outbox to the SIT's confirmation.
        CurlTransport ourTransport;
        ourTransport.setCredentials({user, password});
        SyncSettings s;
        s.owsUrl = sit.ows("surveyor");
        s.user = user;
        s.pull = false;
        t.restart();
        const SyncReport report = SyncEngine(ours, ourTransport, s, Project::Check::AlreadyChecked).run();
        const double oursSeconds = t.elapsed() / 1000.0;
        if (!report.ok() || report.sent != pushN || inserted != pushN)
            qFatal("push: %s (sent %d, raw inserted %d)", qPrintable(report.message), report.sent, inserted);
        const qint64 bytes = report.traffic.bytesSent + report.traffic.bytesReceived;
        out["push"] = QJsonObject{{"features", pushN},
                                  {"ours_s", oursSeconds},
                                  {"raw_wfst_floor_s", floorSeconds},
                                  {"ratio", oursSeconds / floorSeconds},
                                  {"requests", double(report.traffic.requests)},
                                  {"raw_requests", bodies.size()},
                                  {"bytes_per_change", double(bytes) / pushN},
                                  {"bytes_sent_per_change", double(report.traffic.bytesSent) / pushN},
                                  {"bytes_received_per_change", double(report.traffic.bytesReceived) / pushN}};
    }

    sit.down();
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
