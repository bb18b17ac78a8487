// The figures of issue #12, measured side by side in one run:
//  definition: a definition update (a choice withdrawn, a field removed, one added, a layer added, one removed)
//              applied to a store with N unsent edits: the time, and that none is lost;
//  download:   a project whose SIT layer holds M features, downloaded for a work area holding a tenth of them, until
//              the project can be opened (territori-sync --download), against ogr2ogr from the same WFS with the same
//              spatial filter into a GeoPackage, both as child processes;
//  package:    a basemap package of P MB cut off half way by the link: the bytes the retry transfers against the half
//              that was missing.
// usage: bench_projects [unsent-edits] [sit-features] [package-mb] [--no-sit]
//        (the download and package parts need root and the SIT's packages; they start their own SIT)

#include "curltransport.h"
#include "definitionupdate.h"
#include "editgateway.h"
#include "outbox.h"
#include "packages.h"
#include "project.h"
#include "projectdownload.h"
#include "sitharness.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
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
    QByteArray output;
};

ChildRun runChild(const QStringList &argv, const QByteArray &input = QByteArray(), const QByteArrayList &env = {})
{
    QTemporaryFile memory;
    memory.open();
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QByteArray &kv : env)
        e.insert(QString::fromUtf8(kv.left(kv.indexOf('='))), QString::fromUtf8(kv.mid(kv.indexOf('=') + 1)));
    p.setProcessEnvironment(e);
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
    r.output = p.readAllStandardOutput();
    return r;
}

QJsonObject definitionBench(const QString &dir, int n)
{
    QJsonObject def = testing::demoDefinition();
    auto project = Project::create(dir, def, 1);
    {
        EditGateway gw(*project, EditContext{"bench", "bench"});
        int i = 0;
        ImportRecord record;
        record.id = "bench";
        record.fileName = "bench.csv";
        record.startedAt = QDateTime::currentDateTimeUtc();
        const EditResult r = gw.importFeatures(
            "aree_dismesse", record,
            [&](EditGateway::ImportRow &row, QString &) {
                if (i == n)
                    return EditGateway::Feed::End;
                const double x = 9.0 + (i % 300) * 0.002, y = 45.3 + (i / 300) * 0.002;
                row.feature.geometry = Geometry::polygon({{x, y}, {x + 0.001, y}, {x + 0.001, y + 0.001}, {x, y}});
                row.feature.attributes = {{"nome", QStringLiteral("Area %1").arg(i)}, {"comune", "Milano"},
                                          {"stato", i % 10 == 0 ? "rigenerata" : "dismessa"},
                                          {"codice_pgt", QStringLiteral("AT-%1").arg(i)},
                                          {"data_sopralluogo", QDate::currentDate()}};
                row.where = QString::number(++i);
                return EditGateway::Feed::Feature;
            });
        if (!r.ok)
            qFatal("import: %s", qPrintable(r.message));
    }
    const qint64 before = Outbox::pendingCount(project->db());
    // The new version: 'rigenerata' withdrawn, codice_pgt removed, a field and a layer added, lum removed.
    QJsonArray layers;
    for (const QJsonValue &lv : def.value("layers").toArray()) {
        QJsonObject l = lv.toObject();
        if (l.value("name").toString() == QLatin1String("lum"))
            continue;
        if (l.value("name").toString() == QLatin1String("aree_dismesse")) {
            QJsonArray fields;
            for (const QJsonValue &fv : l.value("fields").toArray()) {
                QJsonObject f = fv.toObject();
                if (f.value("name").toString() == QLatin1String("codice_pgt"))
                    continue;
                if (f.value("name").toString() == QLatin1String("stato")) {
                    QJsonArray options;
                    for (const QJsonValue &o : f.value("options").toArray())
                        if (o.toObject().value("value").toString() != QLatin1String("rigenerata"))
                            options.append(o);
                    f.insert("options", options);
                }
                fields.append(f);
            }
            fields.append(QJsonObject{{"name", "fonte"}, {"type", "text"}});
            l.insert("fields", fields);
        }
        layers.append(l);
    }
    layers.append(QJsonObject{{"name", "alberi"}, {"geometry", "point"}, {"fields", QJsonArray{QJsonObject{{"name", "specie"}, {"type", "text"}}}}});
    def.insert("layers", layers);

    QElapsedTimer t;
    t.start();
    const DefinitionPlan plan = planDefinitionUpdate(*project, def, 2);
    EditGateway gw(*project, EditContext{"bench", "bench"});
    DefinitionOutcome outcome;
    const EditResult r = gw.applyDefinition(plan, &outcome);
    const double seconds = t.elapsed() / 1000.0;
    if (!r.ok)
        qFatal("apply: %s", qPrintable(r.message));
    project.reset();
    auto reopened = Project::open(dir);
    const qint64 after = Outbox::pendingCount(reopened->db());
    Statement kept = reopened->db().prepare("SELECT count(*) FROM aree_dismesse WHERE codice_pgt IS NOT NULL");
    kept.step();
    return QJsonObject{{"unsent_edits", double(before)},
                       {"apply_s", seconds},
                       {"held_for_a_person", outcome.held},
                       {"unsent_after", double(after)},
                       {"removed_field_values_kept", double(kept.int64(0))},
                       {"lost", double(before - after)}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool noSit = args.removeAll("--no-sit") > 0;
    const int unsent = args.value(0, "10000").toInt();
    const int sitFeatures = args.value(1, "100000").toInt();
    const int packageMb = args.value(2, "200").toInt();
    QTemporaryDir tmp;
    QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QJsonObject out{{"benchmark", "projects"}};
    bool measured = true; // false when a side did not do what the figure compares: the run then exits 1
    out["definition"] = definitionBench(tmp.path() + "/definition", unsent);
    if (noSit) {
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
        return 0;
    }

    testing::SitHarness sit;
    sit.packages = QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo");
    QString error;
    if (!sit.up(tmp.path() + "/sit", false, &error)) {
        std::fprintf(stderr, "bench_projects: %s\n", qPrintable(error));
        return 1;
    }
    const QString user = sit.user("surveyor"), password = sit.password("surveyor");

    // ---- download of a work area -------------------------------------------------------------------------------
    {
        // M polygons on a grid of 400 columns; the work area is a rectangle of 100 columns by 4/10 of the rows: a tenth.
        const int rows = sitFeatures / 400;
        QElapsedTimer gen;
        gen.start();
        sit.psql(QStringLiteral(
                     "INSERT INTO aree_dismesse (uuid, nome, comune, stato, superficie_mq, note, data_sopralluogo, "
                     "geometry) SELECT md5(i::text || 'bench')::uuid::text, 'Area di prova ' || i, 'Milano', 'dismessa', "
                     "1000 + i, 'Generata per la misura', current_date, ST_SetSRID(ST_MakeEnvelope(8.9 + (i % 400) * 0.0015, "
                     "45.2 + (i / 400) * 0.0015, 8.9 + (i % 400) * 0.0015 + 0.001, 45.2 + (i / 400) * 0.0015 + 0.0008), "
                     "4326) FROM generate_series(0, %1) i")
                     .arg(sitFeatures - 1));
        const double xmin = 8.9 + 150 * 0.0015, xmax = 8.9 + 250 * 0.0015 - 0.0002;
        const double ymin = 45.2, ymax = 45.2 + (rows * 4 / 10) * 0.0015 - 0.0002;
        sit.psql(QStringLiteral("INSERT INTO territori.work_areas (id, kind, name, code, sample, geometry) VALUES "
                                "('bench-area', 'comune', 'Area della misura', NULL, true, ST_Multi(ST_MakeEnvelope(%1, %2, %3, %4, 4326)))")
                     .arg(xmin, 0, 'f', 6)
                     .arg(ymin, 0, 'f', 6)
                     .arg(xmax, 0, 'f', 6)
                     .arg(ymax, 0, 'f', 6));
        const double genSeconds = gen.elapsed() / 1000.0;
        const QString inArea = sit.psql("SELECT count(*) FROM aree_dismesse a, territori.work_areas w WHERE w.id = 'bench-area' "
                                        "AND ST_Intersects(a.geometry, w.geometry) AND NOT a.deleted");
        const QString projects = tmp.path() + "/device/projects";
        const ChildRun ours = runChild({QStringLiteral(TERRITORI_BINARY_DIR "/sync/territori-sync"), "--download", "ptm-rilievi",
                                        "--area", "bench-area", "--into", projects, "--server", sit.ows("surveyor").toString(),
                                        "--user", user, "--password-stdin", "--json"},
                                       (password + "\n").toUtf8());
        qint64 pulled = -1;
        try {
            auto p = Project::open(projects + "/ptm-rilievi");
            Statement count = p->db().prepare("SELECT count(*) FROM aree_dismesse");
            count.step();
            pulled = count.int64(0);
        } catch (const StoreError &e) {
            std::fprintf(stderr, "bench_projects: %s\n%s\n", qPrintable(e.message()), ours.output.constData());
        }
        const QString gpkg = tmp.path() + "/ogr.gpkg";
        // QGIS Server's WFS 1.1 writes srsName="EPSG:4326" with latitude first; GDAL reads that form as longitude
        // first unless told, and its own spatial filter then drops every feature (0 features, a meaningless time).
        const ChildRun ogr = runChild({"/usr/bin/ogr2ogr", "-f", "GPKG", gpkg, "WFS:" + sit.ows("surveyor").toString(),
                                       "aree_dismesse", "-oo", "CONSIDER_EPSG_AS_URN=YES", "-spat", QString::number(xmin, 'f', 6), QString::number(ymin, 'f', 6),
                                       QString::number(xmax, 'f', 6), QString::number(ymax, 'f', 6)},
                                      QByteArray(), {"GDAL_HTTP_USERPWD=" + (user + ":" + password).toUtf8()});
        QProcess q;
        q.start("/usr/bin/ogrinfo", {"-so", "-al", gpkg});
        q.waitForFinished(60000);
        const QString info = QString::fromUtf8(q.readAllStandardOutput());
        out["download"] = QJsonObject{{"features_on_sit", sitFeatures},
                                      {"features_in_area_on_sit", inArea.toDouble()},
                                      {"fixture_sql_s", genSeconds},
                                      {"ours_s", ours.seconds},
                                      {"ours_exit", ours.exitCode},
                                      {"ours_features", double(pulled)},
                                      {"ours_peak_mb", ours.peakMb},
                                      {"ours_layers", "the project's 5 layers, photos and its 1.3 MB basemap package"},
                                      {"ogr2ogr_s", ogr.seconds},
                                      {"ogr2ogr_exit", ogr.exitCode},
                                      {"ogr2ogr_features", info.section("Feature Count: ", 1).section('\n', 0, 0).toDouble()},
                                      {"ogr2ogr_peak_mb", ogr.peakMb},
                                      {"ogr2ogr_layers", "aree_dismesse only, -spat of the area's rectangle (a BBOX)"},
                                      {"ratio", ours.seconds / ogr.seconds}};
        // A reference that brought fewer features than the area holds measured something else: no ratio then.
        const double ogrFeatures = out["download"].toObject().value("ogr2ogr_features").toDouble();
        if (ogrFeatures < inArea.toDouble() || pulled < qint64(inArea.toDouble())) {
            QJsonObject d = out["download"].toObject();
            d["ratio"] = QJsonValue::Null;
            d["invalid"] = "a side brought fewer features than the area holds";
            out["download"] = d;
            measured = false;
        }
    }

    // ---- a basemap package cut off half way --------------------------------------------------------------------
    if (packageMb > 0) {
        const QString packages = tmp.path() + "/packages";
        QDir().mkpath(packages + "/basemaps");
        {
            // An mbtiles file of the given size (random tiles: nothing for gzip to shrink).
            Database db;
            db.open(packages + "/basemaps/bench.mbtiles", Database::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE metadata (name TEXT, value TEXT)");
            db.exec("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            db.exec("INSERT INTO metadata VALUES ('name', 'bench'), ('format', 'png')");
            Transaction txn(db);
            QByteArray blob(1024 * 1024, '\0');
            for (int i = 0; i < packageMb; ++i) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
                Statement st = db.prepare("INSERT INTO tiles VALUES (10, ?, 0, ?)");
                st.bind(1, i).bindBlob(2, blob);
                st.run();
            }
            txn.commit();
        }
        const QJsonObject def{{"format", 1}, {"id", "bench-basemap"}, {"title", "Bench basemap"},
                              {"roles", QJsonArray{"surveyor"}}, {"extent", QJsonArray{8.7, 45.17, 9.56, 45.65}},
                              {"basemaps", QJsonArray{QJsonObject{{"id", "big"}, {"type", "mbtiles"}, {"path", "basemaps/bench.mbtiles"}, {"title", "Big"}}}},
                              {"layers", QJsonArray{QJsonObject{{"name", "bench_punti"}, {"geometry", "point"},
                                                                {"fields", QJsonArray{QJsonObject{{"name", "nome"}, {"type", "text"}}}}}}}};
        QFile f(packages + "/bench.json");
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(def).toJson());
        f.close();
        QString log;
        if (sit.publish(f.fileName(), {"--packages", packages}, &log) != 0)
            qFatal("publish: %s", qPrintable(log));
        const qint64 size = QFileInfo(packages + "/basemaps/bench.mbtiles").size();

        testing::FaultProxy proxy(sit.port);
        proxy.method = "GET";
        proxy.pattern = "/files/";
        proxy.cutAfter = size / 2;
        proxy.breakNext(testing::FaultProxy::Fault::CutReply, 1);
        auto attempt = [&](int attempts) {
            CurlTransport transport;
            transport.setCredentials({user, password});
            DownloadSettings d;
            d.owsUrl = sit.ows("surveyor");
            d.owsUrl.setPort(proxy.port());
            d.user = user;
            d.projectId = "bench-basemap";
            d.projectsDirectory = tmp.path() + "/device2/projects";
            d.retry.attempts = attempts;
            d.retry.firstDelayMs = 100;
            ProjectDownload job(d, transport);
            return job.run();
        };
        const DownloadReport first = attempt(1); // the link drops; this try gives up
        const QString part = ProjectDownload::stagingDirectory(tmp.path() + "/device2/projects", "bench-basemap") +
                             "/basemaps/bench.mbtiles.part";
        const qint64 had = QFileInfo(part).size();
        const qint64 before = proxy.replyBytes;
        QElapsedTimer t;
        t.start();
        const DownloadReport second = attempt(4);
        const double seconds = t.elapsed() / 1000.0;
        const qint64 retryBytes = proxy.replyBytes - before;
        if (!second.ok() || !second.resumed)
            measured = false;
        out["package"] = QJsonObject{{"package_bytes", double(size)},
                                     {"first_try_ok", first.ok()},
                                     {"kept_after_cut_bytes", double(had)},
                                     {"missing_bytes", double(size - had)},
                                     {"retry_ok", second.ok()},
                                     {"retry_resumed", second.resumed},
                                     {"retry_bytes_all_replies", double(retryBytes)},
                                     {"retry_s", seconds},
                                     {"retry_over_missing", double(retryBytes) / double(std::max<qint64>(1, size - had))},
                                     {"over_remaining_half", double(retryBytes) / double(size - size / 2) - 1.0}};
    }
    sit.down();
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return measured ? 0 : 1;
}
