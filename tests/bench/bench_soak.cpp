// Soak: sync integrity under faults (issue #10, "Figures to report").
//
// N devices (each the demo project in a folder of its own) sync with one SIT through separate territori-sync processes
// for a number of rounds or seconds, while at the same time
//  - a fault proxy (soak_proxy) between the devices and the SIT drops a share of the requests, half before they reach
//    the SIT and half after it answered (after it committed);
//  - SQL writers commit small transactions straight into PostGIS as a desktop user: inserts, updates of features the
//    devices edit too, soft and hard deletes;
//  - each device makes edits between its syncs through the app's own code path (EditGateway), and some through a
//    desktop GIS on its store (tests/integration/desktop_edit.py: GDAL, QGIS, or raw SQL through Python's sqlite3);
//  - running territori-sync processes are killed with SIGKILL at random moments.
// Then the faults and writers stop, every device syncs cleanly until nothing moves (at least twice) and once more with
// --verify, and the bench compares the SIT, every store and its own ledger of every edit it made.
//
// Every value a writer puts in a tracked field (nome, note, the layer's number, the point) is a token nobody else
// writes, and an audit trigger the bench adds to the SIT records every committed row version. So the bench knows for
// every edit whether it reached the SIT, and for every change the SIT accepted from a device which value it replaced.
//   lost          an edit that never reached the SIT, was not replaced by a later edit of the same device, and is
//                 not held in an open conflict on its device; plus every device write that replaced a value its
//                 device never had (a change overwritten without a conflict)
//   duplicated    count(*) - count(DISTINCT uuid) on the SIT, one insert stored under two uuids, and a feature twice
//                 in a store
//   conflicts     expected: a device's change still not on the SIT while another writer changed the same field of
//                 the same feature (or deleted it) after the revision the change was based on; recorded: the open
//                 rows of territori_conflicts
//   divergence    the anti-entropy check's (sum of verify.divergence of the final --verify runs), and the bench's own
//                 comparison of every store with the SIT (features that differ where nothing is pending)
// Prints one JSON line; exits 1 when anything was lost, duplicated or diverged, 2 when the bench itself could not run.
//
// usage: bench_soak [--clients N] [--rounds R | --seconds S] [--seed N] [--drop-rate 0.2] [--kill-rate 0.15]
//                   [--sql-writers 2] [--sql-interval-ms 200] [--desktop-rate 0.3] [--qgis-share 0.15]
//                   [--edits 3] [--parallel N] [--port-base P] [--keep DIR] [--verbose]
//        bench_soak --analyse DIR      the figures again from what a run with --keep DIR left
// (root and the SIT's packages; --port-base P puts the SIT on P and P+1 and the proxy on P+2, otherwise free ports;
// the environment variable BENCH_SOAK_PORT_BASE does the same.)

#include "demoinstaller.h"
#include "editgateway.h"
#include "featurereader.h"
#include "project.h"
#include "sitharness.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>

using namespace territori;
using namespace territori::store;

namespace {

const QStringList kLayers{QStringLiteral("lum"), QStringLiteral("servizi_sovracomunali")};
const QStringList kTracked{QStringLiteral("nome"), QStringLiteral("note"), QStringLiteral("num"), QStringLiteral("geom")};
const QString kNull = QStringLiteral("<null>");
const QString kAll = QStringLiteral("*"); // the whole feature (a delete)

QString numField(const QString &layer)
{
    return layer == QLatin1String("lum") ? QStringLiteral("posti_auto") : QStringLiteral("bacino_utenti");
}
QString key(const QString &layer, const QString &uuid) { return layer + QLatin1Char('/') + uuid; }
QString point(double x, double y) { return QString::asprintf("%.6f %.6f", x, y); }

struct Options
{
    int clients = 20;
    int rounds = 0;
    int seconds = 0;
    quint64 seed = 1;
    double dropRate = 0.2;
    double killRate = 0.15;
    int sqlWriters = 2;
    int sqlIntervalMs = 200;
    double desktopRate = 0.3;
    double qgisShare = 0.15;
    int edits = 3;
    int parallel = 0;
    int portBase = 0;
    QString keep;
    QString analyse; // a --keep folder to compute the figures of again
    bool verbose = false;
};

enum class Op { Insert, Update, Delete };

// One edit the bench made, as it meant it: the tracked fields' new values and, for an update, what the device held
// before (its base).
struct Edit
{
    int client = -1;
    QString via; // app, gdal, qgis, sqlite
    Op op = Op::Update;
    QString layer, uuid;
    QMap<QString, QString> values;
    QMap<QString, QString> old;
    std::optional<qint64> baseRev;
    int round = 0;
};

// A writer's source of values nobody else writes: texts, numbers and points each from their own counter. The
// numbers of lum (posti_auto, 0..20000 by the layer's rules) are unique for 800 values a device and 2,000 a writer.
struct Tokens
{
    QString tag;
    int index = 0; // client number, or 100 + writer number
    qint64 texts = 0, numbers = 0, places = 0;

    QString text(const char *what) { return QStringLiteral("%1 %2 n%3").arg(QLatin1String(what), tag).arg(++texts); }
    qint64 number(const QString &layer)
    {
        const qint64 n = ++numbers;
        if (layer == QLatin1String("lum"))
            return index < 100 ? 1 + (index % 20) * 800 + n % 800 : 16001 + (index - 100) % 2 * 2000 + n % 2000;
        return index < 100 ? 1 + qint64(index) * 100000 + n % 100000 : 3000001 + qint64(index - 100) * 100000 + n % 100000;
    }
    std::pair<double, double> place()
    {
        const qint64 n = ++places;
        const double x0 = index < 100 ? 9.0 + (index % 20) * 0.015 : 9.31 + (index - 100) % 10 * 0.02;
        const double x = std::round((x0 + double(n % 1400) * 1e-5) * 1e5) / 1e5;
        const double y = std::round((45.40 + double((n / 1400) % 20) * 0.005) * 1e5) / 1e5;
        return {x, y};
    }
};

struct SyncRun
{
    int client = -1;
    bool killed = false;
    bool verify = false;
    int exitCode = -1;
    double seconds = 0;
    double startedAt = 0, endedAt = 0; // seconds since the epoch
    QJsonObject report;
};

QString canonical(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return kNull;
    if (v.type() == QVariant::Double) {
        const double d = v.toDouble();
        if (d == std::floor(d))
            return QString::number(qint64(d));
    }
    return v.toString();
}
QString canonicalGeometry(const QByteArray &blob)
{
    Geometry g;
    if (blob.isEmpty() || !fromGpkgBlob(blob, g) || g.isEmpty())
        return kNull;
    const Coord c = g.parts.front().front().front();
    return point(c.x, c.y);
}
QString canonicalJson(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return kNull;
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

// What a store holds of the tracked layers.
struct LocalRow
{
    QMap<QString, QString> values;
    std::optional<qint64> rev;
};

std::map<QString, LocalRow> readStore(Database &db)
{
    std::map<QString, LocalRow> out;
    for (const QString &layer : kLayers) {
        Statement st = db.prepare(QStringLiteral("SELECT uuid, nome, note, %1, geom, sync_rev FROM %2")
                                      .arg(quoteIdentifier(numField(layer)), quoteIdentifier(layer)));
        while (st.step()) {
            LocalRow r;
            r.values[QStringLiteral("nome")] = canonical(st.value(1));
            r.values[QStringLiteral("note")] = canonical(st.value(2));
            r.values[QStringLiteral("num")] = canonical(st.value(3));
            r.values[QStringLiteral("geom")] = canonicalGeometry(st.blob(4));
            if (!st.isNull(5))
                r.rev = st.int64(5);
            out[key(layer, st.text(0))] = r;
        }
    }
    return out;
}

// One committed row version on the SIT (soak_audit).
struct AuditRow
{
    qint64 rev = 0;
    double at = 0;
    QString op; // SEED, INSERT, UPDATE, DELETE
    QString layer, uuid;
    QMap<QString, QString> values;
    bool deleted = false;
    QString lastOp, updatedBy;
};

const char *kAuditSql = R"SQL(
CREATE TABLE IF NOT EXISTS soak_audit (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp(),
    op text NOT NULL, layer text NOT NULL, uuid text NOT NULL, rev bigint, row jsonb);
CREATE OR REPLACE FUNCTION soak_row(j jsonb, g geometry) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $f$
    SELECT jsonb_build_object('nome', j->'nome', 'note', j->'note', 'num', coalesce(j->'posti_auto', j->'bacino_utenti'),
        'x', round(ST_X(g)::numeric, 6), 'y', round(ST_Y(g)::numeric, 6), 'deleted', j->'deleted',
        'last_op', j->'last_op', 'updated_by', j->'updated_by') $f$;
CREATE OR REPLACE FUNCTION soak_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $f$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO soak_audit (op, layer, uuid, rev, row) SELECT 'DELETE', TG_TABLE_NAME, OLD.uuid, t.rev, NULL
            FROM territori_tombstones t WHERE t.layer = TG_TABLE_NAME AND t.uuid = OLD.uuid;
        RETURN OLD;
    END IF;
    INSERT INTO soak_audit (op, layer, uuid, rev, row)
        VALUES (TG_OP, TG_TABLE_NAME, NEW.uuid, NEW.rev, soak_row(to_jsonb(NEW), NEW.geometry));
    RETURN NEW;
END $f$;
DROP TRIGGER IF EXISTS zz_soak_audit ON lum;
CREATE TRIGGER zz_soak_audit AFTER INSERT OR UPDATE OR DELETE ON lum FOR EACH ROW EXECUTE FUNCTION soak_audit();
DROP TRIGGER IF EXISTS zz_soak_audit ON servizi_sovracomunali;
CREATE TRIGGER zz_soak_audit AFTER INSERT OR UPDATE OR DELETE ON servizi_sovracomunali FOR EACH ROW
    EXECUTE FUNCTION soak_audit();
INSERT INTO soak_audit (op, layer, uuid, rev, row) SELECT 'SEED', 'lum', uuid, rev, soak_row(to_jsonb(l), geometry) FROM lum l;
INSERT INTO soak_audit (op, layer, uuid, rev, row) SELECT 'SEED', 'servizi_sovracomunali', uuid, rev,
    soak_row(to_jsonb(s), geometry) FROM servizi_sovracomunali s;
)SQL";

// Raw SQL on a store through Python's sqlite3, as a script or a database browser writes it. The store's R-tree
// triggers call the GeoPackage ST_ functions, which GDAL and the app register; a bare connection registers them here
// (from the blob's header envelope, or the point itself) or SQLite refuses any statement on a feature table.
const char *kSqliteEdit = R"PY(
import sqlite3, struct, sys
def env(b):
    if b is None:
        return None
    b = bytes(b)
    flags = b[3]
    if flags & 0x10:
        return None
    if (flags >> 1) & 7:
        return struct.unpack('<4d' if flags & 1 else '>4d', b[8:40])
    w = b[8:]
    o = '<' if w[0] == 1 else '>'
    if struct.unpack(o + 'I', w[1:5])[0] % 1000 == 1:
        x, y = struct.unpack(o + '2d', w[5:21])
        return (x, x, y, y)
    return None
c = sqlite3.connect(sys.argv[1], timeout=30)
c.create_function('ST_IsEmpty', 1, lambda b: 1 if env(b) is None else 0)
for i, name in enumerate(('ST_MinX', 'ST_MaxX', 'ST_MinY', 'ST_MaxY')):
    c.create_function(name, 1, lambda b, i=i: (env(b) or (None,) * 4)[i])
c.execute(sys.argv[2])
c.commit()
c.close()
)PY";

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

class Soak : public QObject
{
public:
    Options o;
    QTemporaryDir tmp;
    QString root;
    testing::SitHarness sit;
    QString user, password;
    QProcess proxy;
    quint16 proxyPort = 0;
    QJsonObject proxyCounts;

    struct Client
    {
        int id = 0;
        QString dir;
        std::mt19937_64 rng;
        Tokens tokens;
        int round = 0;
        bool done = false;
        int desktopEdits = 0;
    };
    std::vector<Client> clients;
    std::vector<Edit> ledger;
    std::vector<SyncRun> runs;       // the soak's
    std::vector<SyncRun> finalRuns;  // the clean ones at the end
    QHash<QString, QSet<QString>> hot; // layer -> the SIT's features at the start, which every device has
    std::map<std::string, int> counts;   // edits and events by kind
    QStringList problems;            // infrastructure trouble (not findings)

    struct Writer
    {
        int id = 0;
        std::mt19937_64 rng;
        Tokens tokens;
        QProcess *psql = nullptr;
        QTimer timer;
        int transactions = 0;
    };
    std::vector<std::unique_ptr<Writer>> writers;
    QHash<QString, QStringList> sqlInserted; // layer -> uuids the SQL writers inserted and have not hard-deleted
    int hotHardDeletes = 0;

    QElapsedTimer clock;
    qint64 soakStartMs = 0, soakEndMs = 0;
    double soakStartEpoch = 0, soakEndEpoch = 0;
    int running = 0;
    std::vector<int> waiting; // clients waiting for a sync slot
    bool stopping = false;
    QEventLoop *loop = nullptr;

    std::uniform_real_distribution<double> unit{0.0, 1.0};
    double draw(std::mt19937_64 &r) { return unit(r); }
    int pick(std::mt19937_64 &r, int n) { return int(r() % quint64(std::max(1, n))); }

    void log(const QString &what)
    {
        if (o.verbose)
            std::fprintf(stderr, "[%7.1f] %s\n", clock.elapsed() / 1000.0, qPrintable(what));
    }

    QString syncBinary() const { return QStringLiteral(TERRITORI_BINARY_DIR "/sync/territori-sync"); }
    QString proxyBinary() const { return QCoreApplication::applicationDirPath() + QStringLiteral("/soak_proxy"); }
    QString desktopScript() const { return testing::sourceDir() + QStringLiteral("/tests/integration/desktop_edit.py"); }

    QList<QJsonObject> psqlJson(const QString &sql)
    {
        QList<QJsonObject> out;
        for (const QString &line : sit.psql(sql).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out << QJsonDocument::fromJson(line.toUtf8()).object();
        return out;
    }

    // ---- setting up ---------------------------------------------------------------------------------------------
    bool setUp()
    {
        clock.start();
        root = o.keep.isEmpty() ? tmp.path() : o.keep;
        QDir().mkpath(root);
        QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        QString error;
        if (!sit.up(root + QStringLiteral("/sit"), false, &error, quint16(o.portBase), quint16(o.portBase ? o.portBase + 1 : 0))) {
            std::fprintf(stderr, "bench_soak: %s\n", qPrintable(error));
            return false;
        }
        log(QStringLiteral("SIT up on %1").arg(sit.port));
        user = sit.user(QStringLiteral("surveyor"));
        password = sit.password(QStringLiteral("surveyor"));
        QString out, err;
        if (!sit.run(QString::fromUtf8(kAuditSql), &out, &err)) {
            std::fprintf(stderr, "bench_soak: the audit trigger: %s\n", qPrintable(err));
            return false;
        }
        for (const QString &layer : kLayers)
            for (const QString &u : sit.psql(QStringLiteral("SELECT uuid FROM %1").arg(layer)).split('\n', Qt::SkipEmptyParts))
                hot[layer].insert(u);

        const QString bundle = QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo");
        for (int i = 0; i < o.clients; ++i) {
            Client c;
            c.id = i;
            c.dir = root + QStringLiteral("/client%1").arg(i);
            c.rng.seed(o.seed * 1000003ULL + quint64(i) * 7919ULL + 17ULL);
            c.tokens.tag = QStringLiteral("c%1").arg(i);
            c.tokens.index = i;
            core::DemoInstaller::install(bundle, c.dir);
            clients.push_back(std::move(c));
        }
        log(QStringLiteral("%1 devices installed").arg(o.clients));

        proxy.setProcessChannelMode(QProcess::SeparateChannels);
        proxy.start(proxyBinary(), {QStringLiteral("--target"), QString::number(sit.port), QStringLiteral("--listen"),
                                    QString::number(o.portBase ? o.portBase + 2 : 0), QStringLiteral("--rate"),
                                    QString::number(o.dropRate), QStringLiteral("--seed"), QString::number(o.seed)});
        if (!proxy.waitForReadyRead(10000)) {
            std::fprintf(stderr, "bench_soak: soak_proxy did not start: %s\n", proxy.readAllStandardError().constData());
            return false;
        }
        proxyPort = quint16(QString::fromLatin1(proxy.readLine()).section(' ', 1).trimmed().toUInt());
        log(QStringLiteral("proxy on %1").arg(proxyPort));
        return true;
    }

    // ---- the SQL writers ----------------------------------------------------------------------------------------
    QString sqlPoint(Tokens &t)
    {
        const auto [x, y] = t.place();
        return QStringLiteral("ST_SetSRID(ST_MakePoint(%1, %2), 4326)").arg(x, 0, 'f', 5).arg(y, 0, 'f', 5);
    }

    QString knownTarget(std::mt19937_64 &r, const QString &layer)
    {
        // A feature the devices edit too (the samples), one a device inserted, or one of the writers'.
        const double d = draw(r);
        if (d < 0.45 && !hot[layer].isEmpty()) {
            const QStringList h = hot[layer].values();
            return h[pick(r, h.size())];
        }
        if (d < 0.75) {
            QStringList fromDevices;
            for (const Edit &e : ledger)
                if (e.op == Op::Insert && e.layer == layer)
                    fromDevices << e.uuid;
            if (!fromDevices.isEmpty())
                return fromDevices[pick(r, fromDevices.size())];
        }
        const QStringList &own = sqlInserted[layer];
        return own.isEmpty() ? QString() : own[pick(r, own.size())];
    }

    QString sqlStatement(Writer &w)
    {
        std::mt19937_64 &r = w.rng;
        const QString layer = draw(r) < 0.7 ? kLayers[0] : kLayers[1];
        const double d = draw(r);
        auto insert = [&] {
            const QString u = QUuid::createUuid().toString(QUuid::WithoutBraces);
            sqlInserted[layer] << u;
            if (layer == QLatin1String("lum"))
                return QStringLiteral("INSERT INTO lum (uuid, nome, comune, nodo, posti_auto, note, geometry) VALUES "
                                      "('%1', '%2', 'Milano', 'ferrovia', %3, '%4', %5);")
                    .arg(u, w.tokens.text("soak"))
                    .arg(w.tokens.number(layer))
                    .arg(w.tokens.text("nota"), sqlPoint(w.tokens));
            return QStringLiteral("INSERT INTO servizi_sovracomunali (uuid, nome, comune, categoria, bacino_utenti, note, "
                                  "geometry) VALUES ('%1', '%2', 'Rho', 'sanita', %3, '%4', %5);")
                .arg(u, w.tokens.text("soak"))
                .arg(w.tokens.number(layer))
                .arg(w.tokens.text("nota"), sqlPoint(w.tokens));
        };
        auto update = [&]() -> QString {
            const QString u = knownTarget(r, layer);
            if (u.isEmpty())
                return insert();
            QStringList sets;
            const int fields = 1 + pick(r, 2);
            std::vector<int> order{0, 1, 2, 3};
            std::shuffle(order.begin(), order.end(), r);
            for (int i = 0; i < fields; ++i) {
                switch (order[size_t(i)]) {
                case 0: sets << QStringLiteral("nome = '%1'").arg(w.tokens.text("soak")); break;
                case 1: sets << QStringLiteral("note = '%1'").arg(w.tokens.text("nota")); break;
                case 2: sets << QStringLiteral("%1 = %2").arg(numField(layer)).arg(w.tokens.number(layer)); break;
                default: sets << QStringLiteral("geometry = %1").arg(sqlPoint(w.tokens)); break;
                }
            }
            return QStringLiteral("UPDATE %1 SET %2 WHERE uuid = '%3';").arg(layer, sets.join(QStringLiteral(", ")), u);
        };
        if (d < 0.30)
            return insert();
        if (d < 0.80)
            return update();
        if (d < 0.85) {
            const QString u = knownTarget(r, layer);
            return u.isEmpty() ? insert() : QStringLiteral("UPDATE %1 SET deleted = true WHERE uuid = '%2';").arg(layer, u);
        }
        if (d < 0.95) {
            // Hard deletes: mostly the writers' own features and the devices', a few of the samples.
            QString u;
            const double which = draw(r);
            if (which < 0.08 && hotHardDeletes < std::max(2, int(hot[layer].size()) / 4) && !hot[layer].isEmpty()) {
                const QStringList h = hot[layer].values();
                u = h[pick(r, h.size())];
                hot[layer].remove(u);
                ++hotHardDeletes;
            } else if (which < 0.4) {
                QStringList fromDevices;
                for (const Edit &e : ledger)
                    if (e.op == Op::Insert && e.layer == layer)
                        fromDevices << e.uuid;
                if (!fromDevices.isEmpty())
                    u = fromDevices[pick(r, fromDevices.size())];
            }
            if (u.isEmpty() && !sqlInserted[layer].isEmpty())
                u = sqlInserted[layer].takeAt(pick(r, sqlInserted[layer].size()));
            return u.isEmpty() ? insert() : QStringLiteral("DELETE FROM %1 WHERE uuid = '%2';").arg(layer, u);
        }
        return insert() + QLatin1Char(' ') + update(); // two actions in one transaction
    }

    void startWriters()
    {
        for (int i = 0; i < o.sqlWriters; ++i) {
            auto w = std::make_unique<Writer>();
            w->id = i;
            w->rng.seed(o.seed * 2000003ULL + quint64(i) * 104729ULL + 5ULL);
            w->tokens.tag = QStringLiteral("w%1").arg(i);
            w->tokens.index = 100 + i;
            w->psql = new QProcess(this);
            w->psql->setStandardOutputFile(QProcess::nullDevice());
            w->psql->start(sit.script(), {QStringLiteral("psql"), sit.dir, QStringLiteral("-q"), QStringLiteral("-v"),
                                          QStringLiteral("ON_ERROR_STOP=0")});
            Writer *wp = w.get();
            w->timer.setSingleShot(true);
            connect(&w->timer, &QTimer::timeout, this, [this, wp] {
                if (stopping)
                    return;
                const QString sql = QStringLiteral("BEGIN; %1 COMMIT;\n").arg(sqlStatement(*wp));
                wp->psql->write(sql.toUtf8());
                ++wp->transactions;
                wp->timer.start(int(o.sqlIntervalMs * (0.25 + 1.5 * draw(wp->rng))));
            });
            w->timer.start(pick(w->rng, o.sqlIntervalMs));
            writers.push_back(std::move(w));
        }
    }

    void stopWriters()
    {
        int errors = 0;
        for (auto &w : writers) {
            w->timer.stop();
            w->psql->closeWriteChannel();
            if (!w->psql->waitForFinished(120000))
                problems << QStringLiteral("SQL writer %1 did not finish").arg(w->id);
            const QString err = QString::fromUtf8(w->psql->readAllStandardError());
            errors += err.count(QStringLiteral("ERROR:"));
            if (o.verbose && !err.isEmpty())
                std::fprintf(stderr, "writer %d stderr:\n%s\n", w->id, qPrintable(err.left(2000)));
            counts["sql_transactions"] += w->transactions;
        }
        counts["sql_statement_errors"] += errors;
    }

    // ---- a device's edits ---------------------------------------------------------------------------------------
    static QMap<QString, QString> valuesOf(const LayerDef &layer, const Feature &f)
    {
        QMap<QString, QString> v;
        v[QStringLiteral("nome")] = canonical(f.attributes.value(QStringLiteral("nome")));
        v[QStringLiteral("note")] = canonical(f.attributes.value(QStringLiteral("note")));
        v[QStringLiteral("num")] = canonical(f.attributes.value(numField(layer.name)));
        v[QStringLiteral("geom")] = f.geometry.isEmpty() ? kNull : canonicalGeometry(toGpkgBlob(f.geometry));
        return v;
    }

    // Live features of a layer in a store, and those this device inserted (which it may delete).
    QStringList localUuids(Database &db, const QString &layer)
    {
        QStringList out;
        Statement st = db.prepare(QStringLiteral("SELECT uuid FROM %1 ORDER BY uuid").arg(quoteIdentifier(layer)));
        while (st.step())
            out << st.text(0);
        return out;
    }
    QStringList ownInserted(const Client &c, const QString &layer, const QStringList &present)
    {
        QSet<QString> deleted;
        QStringList out;
        for (const Edit &e : ledger)
            if (e.client == c.id && e.layer == layer && e.op == Op::Delete)
                deleted.insert(e.uuid);
        for (const Edit &e : ledger)
            if (e.client == c.id && e.layer == layer && e.op == Op::Insert && !deleted.contains(e.uuid) &&
                present.contains(e.uuid))
                out << e.uuid;
        return out;
    }
    QString target(Client &c, const QString &layer, const QStringList &present)
    {
        if (present.isEmpty())
            return QString();
        if (draw(c.rng) < 0.55) {
            QStringList h;
            for (const QString &u : present)
                if (hot[layer].contains(u))
                    h << u;
            if (!h.isEmpty())
                return h[pick(c.rng, h.size())];
        }
        return present[pick(c.rng, present.size())];
    }

    void appEdits(Client &c)
    {
        auto project = Project::open(c.dir, Project::Check::AlreadyChecked);
        EditGateway gw(*project, {QStringLiteral("soak"), QStringLiteral("soak-c%1").arg(c.id)});
        const int n = 1 + pick(c.rng, o.edits);
        for (int i = 0; i < n; ++i) {
            const QString layerName = draw(c.rng) < 0.65 ? kLayers[0] : kLayers[1];
            const LayerDef &layer = *project->layer(layerName);
            const QStringList present = localUuids(project->db(), layerName);
            const double d = draw(c.rng);
            Edit e;
            e.client = c.id;
            e.via = QStringLiteral("app");
            e.layer = layerName;
            e.round = c.round;
            const QStringList own = ownInserted(c, layerName, present);
            if (d < 0.25 || present.isEmpty()) {
                NewFeature nf;
                const auto [x, y] = c.tokens.place();
                nf.geometry = Geometry::point({x, y});
                const QString nome = c.tokens.text("soak"), note = c.tokens.text("nota");
                const qint64 num = c.tokens.number(layerName);
                nf.attributes = {{QStringLiteral("nome"), nome}, {QStringLiteral("note"), note},
                                 {numField(layerName), num}, {QStringLiteral("comune"), QStringLiteral("Milano")}};
                if (layerName == QLatin1String("lum"))
                    nf.attributes.insert(QStringLiteral("nodo"), QStringLiteral("interscambio"));
                else
                    nf.attributes.insert(QStringLiteral("categoria"), QStringLiteral("cultura"));
                const EditResult r = gw.insert(layerName, nf);
                if (!r.ok) {
                    problems << QStringLiteral("client %1 insert refused: %2").arg(c.id).arg(r.message);
                    continue;
                }
                e.op = Op::Insert;
                e.uuid = r.uuid;
                e.values = {{QStringLiteral("nome"), nome}, {QStringLiteral("note"), note},
                            {QStringLiteral("num"), QString::number(num)}, {QStringLiteral("geom"), point(x, y)}};
            } else if (d < 0.35 && !own.isEmpty()) {
                e.op = Op::Delete;
                e.uuid = own[pick(c.rng, own.size())];
                FeatureReader reader(project->db(), layer);
                const std::optional<Feature> f = reader.byUuid(e.uuid);
                if (!f)
                    continue;
                e.baseRev = f->meta.syncRev;
                e.old = valuesOf(layer, *f);
                const EditResult r = gw.remove(layerName, e.uuid);
                if (!r.ok) {
                    problems << QStringLiteral("client %1 delete refused: %2").arg(c.id).arg(r.message);
                    continue;
                }
            } else {
                e.op = Op::Update;
                e.uuid = target(c, layerName, present);
                FeatureReader reader(project->db(), layer);
                const std::optional<Feature> f = reader.byUuid(e.uuid);
                if (!f)
                    continue;
                e.baseRev = f->meta.syncRev;
                const QMap<QString, QString> before = valuesOf(layer, *f);
                FeatureChange change;
                const int fields = 1 + pick(c.rng, 2);
                std::vector<int> order{0, 1, 2, 3};
                std::shuffle(order.begin(), order.end(), c.rng);
                for (int k = 0; k < fields; ++k) {
                    switch (order[size_t(k)]) {
                    case 0: e.values[QStringLiteral("nome")] = c.tokens.text("soak");
                        change.attributes.insert(QStringLiteral("nome"), e.values[QStringLiteral("nome")]);
                        break;
                    case 1: e.values[QStringLiteral("note")] = c.tokens.text("nota");
                        change.attributes.insert(QStringLiteral("note"), e.values[QStringLiteral("note")]);
                        break;
                    case 2: {
                        const qint64 num = c.tokens.number(layerName);
                        e.values[QStringLiteral("num")] = QString::number(num);
                        change.attributes.insert(numField(layerName), num);
                        break;
                    }
                    default: {
                        const auto [x, y] = c.tokens.place();
                        e.values[QStringLiteral("geom")] = point(x, y);
                        change.geometry = Geometry::point({x, y});
                        break;
                    }
                    }
                }
                for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
                    e.old[it.key()] = before.value(it.key());
                const EditResult r = gw.update(layerName, e.uuid, change);
                if (!r.ok) {
                    problems << QStringLiteral("client %1 update refused: %2").arg(c.id).arg(r.message);
                    continue;
                }
            }
            ledger.push_back(e);
            ++counts["edits_app"];
        }
    }

    // A desktop GIS edit of the store: GDAL or QGIS through desktop_edit.py, or raw SQL through Python's sqlite3. What
    // it meant to write is checked against the store afterwards, and only what is there goes into the ledger.
    void startDesktopEdit(Client &c, const std::function<void()> &then)
    {
        const QString gpkg = c.dir + QStringLiteral("/project.gpkg");
        const QString layerName = kLayers[0];
        QString tool;
        {
            const double t = draw(c.rng);
            tool = t < o.qgisShare ? QStringLiteral("qgis") : t < 0.6 ? QStringLiteral("gdal") : QStringLiteral("sqlite");
        }
        Edit e;
        e.client = c.id;
        e.via = tool;
        e.layer = layerName;
        e.round = c.round;
        QStringList args;
        {
            auto project = Project::open(c.dir, Project::Check::AlreadyChecked);
            const LayerDef &layer = *project->layer(layerName);
            const QStringList present = localUuids(project->db(), layerName);
            const QStringList own = ownInserted(c, layerName, present);
            const double d = draw(c.rng);
            if (d < 0.12 && !own.isEmpty())
                e.op = Op::Delete;
            else if (d < 0.3 && tool != QLatin1String("sqlite"))
                e.op = Op::Insert;
            else
                e.op = Op::Update;
            if (e.op == Op::Insert) {
                const auto [x, y] = c.tokens.place();
                e.values = {{QStringLiteral("nome"), c.tokens.text("soak")},
                            {QStringLiteral("note"), c.tokens.text("nota")},
                            {QStringLiteral("num"), QString::number(c.tokens.number(layerName))},
                            {QStringLiteral("geom"), point(x, y)}};
            } else {
                e.uuid = e.op == Op::Delete ? own[pick(c.rng, own.size())] : target(c, layerName, present);
                FeatureReader reader(project->db(), layer);
                const std::optional<Feature> f = reader.byUuid(e.uuid);
                if (!f) {
                    then();
                    return;
                }
                e.baseRev = f->meta.syncRev;
                const QMap<QString, QString> before = valuesOf(layer, *f);
                if (e.op == Op::Update) {
                    const int fields = 1 + pick(c.rng, 2);
                    std::vector<int> order{0, 1, 2, 3};
                    std::shuffle(order.begin(), order.end(), c.rng);
                    for (int k = 0; k < fields; ++k) {
                        const int which = order[size_t(k)];
                        if (which == 0)
                            e.values[QStringLiteral("nome")] = c.tokens.text("soak");
                        else if (which == 1)
                            e.values[QStringLiteral("note")] = c.tokens.text("nota");
                        else if (which == 2)
                            e.values[QStringLiteral("num")] = QString::number(c.tokens.number(layerName));
                        else {
                            const auto [x, y] = c.tokens.place();
                            e.values[QStringLiteral("geom")] = point(x, y);
                        }
                    }
                    for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
                        e.old[it.key()] = before.value(it.key());
                } else {
                    e.old = before;
                }
            }
        } // the store is closed again before the other program opens it
        QString program;
        if (tool == QLatin1String("sqlite")) {
            program = QStringLiteral("/usr/bin/python3");
            QString sql;
            if (e.op == Op::Delete) {
                sql = QStringLiteral("DELETE FROM lum WHERE uuid = '%1'").arg(e.uuid);
            } else {
                QStringList sets;
                for (auto it = e.values.cbegin(); it != e.values.cend(); ++it) {
                    if (it.key() == QLatin1String("num")) {
                        sets << QStringLiteral("posti_auto = %1").arg(it.value());
                    } else if (it.key() == QLatin1String("geom")) {
                        const QStringList xy = it.value().split(QLatin1Char(' '));
                        sets << QStringLiteral("geom = X'%1'").arg(QString::fromLatin1(
                                    toGpkgBlob(Geometry::point({xy[0].toDouble(), xy[1].toDouble()})).toHex()));
                    } else {
                        sets << QStringLiteral("%1 = '%2'").arg(it.key(), it.value());
                    }
                }
                sql = QStringLiteral("UPDATE lum SET %1 WHERE uuid = '%2'").arg(sets.join(QStringLiteral(", ")), e.uuid);
            }
            args = QStringList{QStringLiteral("-c"), QString::fromLatin1(kSqliteEdit), gpkg, sql};
        } else {
            program = QStringLiteral("/usr/bin/python3");
            args = QStringList{desktopScript(), tool, gpkg, layerName};
            if (e.op == Op::Delete) {
                args << QStringLiteral("delete") << QStringLiteral("--uuid") << e.uuid;
            } else {
                args << (e.op == Op::Insert ? QStringLiteral("add") : QStringLiteral("change"));
                if (e.op == Op::Update)
                    args << QStringLiteral("--uuid") << e.uuid;
                else
                    args << QStringLiteral("--attr") << QStringLiteral("comune=Milano") << QStringLiteral("--attr")
                         << QStringLiteral("nodo=interscambio");
                for (auto it = e.values.cbegin(); it != e.values.cend(); ++it) {
                    if (it.key() == QLatin1String("geom"))
                        args << QStringLiteral("--wkt") << QStringLiteral("POINT(%1)").arg(it.value());
                    else
                        args << QStringLiteral("--attr")
                             << QStringLiteral("%1=%2").arg(it.key() == QLatin1String("num") ? QStringLiteral("posti_auto")
                                                                                              : it.key(),
                                                            it.value());
                }
            }
        }
        auto *p = new QProcess(this);
        const int id = c.id;
        connect(p, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), this, [this, p, e, id, then](int code, QProcess::ExitStatus) mutable {
            const QString out = QString::fromUtf8(p->readAllStandardOutput()).trimmed();
            const QString err = QString::fromUtf8(p->readAllStandardError()).trimmed();
            p->deleteLater();
            Client &c = clients[size_t(id)];
            if (code != 0) {
                ++counts["desktop_failed"];
                problems << QStringLiteral("client %1 %2 edit failed (%3): %4").arg(id).arg(e.via).arg(code).arg(err.left(300));
            }
            // What is in the store now decides what the ledger records.
            auto project = Project::open(c.dir, Project::Check::AlreadyChecked);
            const LayerDef &layer = *project->layer(e.layer);
            FeatureReader reader(project->db(), layer);
            if (e.op == Op::Insert) {
                e.uuid = out.section(QLatin1Char('\n'), -1).trimmed();
                std::optional<Feature> f = e.uuid.size() == 36 ? reader.byUuid(e.uuid) : std::nullopt;
                if (!f || valuesOf(layer, *f).value(QStringLiteral("nome")) != e.values.value(QStringLiteral("nome"))) {
                    problems << QStringLiteral("client %1 %2 add not found in the store").arg(id).arg(e.via);
                    return then();
                }
                e.values = valuesOf(layer, *f);
            } else if (e.op == Op::Update) {
                const std::optional<Feature> f = reader.byUuid(e.uuid);
                const QMap<QString, QString> now = f ? valuesOf(layer, *f) : QMap<QString, QString>();
                for (const QString &field : e.values.keys())
                    if (now.value(field) != e.values.value(field)) {
                        problems << QStringLiteral("client %1 %2 change of %3 not in the store (%4 instead of %5)")
                                        .arg(id)
                                        .arg(e.via, field, now.value(field), e.values.value(field));
                        e.values.remove(field);
                        e.old.remove(field);
                    }
                if (e.values.isEmpty())
                    return then();
            } else if (reader.byUuid(e.uuid)) {
                problems << QStringLiteral("client %1 %2 delete did not delete").arg(id).arg(e.via);
                return then();
            }
            ledger.push_back(e);
            ++counts["edits_desktop_" + e.via.toStdString()];
            ++c.desktopEdits;
            then();
        });
        p->start(program, args);
    }

    // ---- sync runs ----------------------------------------------------------------------------------------------
    QProcess *startSync(const Client &c, bool viaProxy, const QStringList &extra)
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        const QString url = QStringLiteral("http://127.0.0.1:%1/ows/surveyor/").arg(viaProxy ? proxyPort : sit.port);
        p->start(syncBinary(), QStringList{c.dir, QStringLiteral("--server"), url, QStringLiteral("--user"), user,
                                           QStringLiteral("--password-stdin"), QStringLiteral("--json")} + extra);
        p->write(password.toUtf8() + '\n');
        p->closeWriteChannel();
        return p;
    }
    static QJsonObject reportOf(QProcess *p)
    {
        const QList<QByteArray> lines = p->readAllStandardOutput().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
    }

    void soakSync(Client &c)
    {
        if (running >= o.parallel) {
            waiting.push_back(c.id);
            return;
        }
        ++running;
        QStringList extra;
        const bool verify = draw(c.rng) < 0.1;
        extra << (verify ? QStringLiteral("--verify") : QStringLiteral("--no-verify"));
        const double b = draw(c.rng);
        if (b < 0.25)
            extra << QStringLiteral("--batch") << QString::number(1 + pick(c.rng, 3));
        if (draw(c.rng) < 0.25)
            extra << QStringLiteral("--page") << QString::number(5 + pick(c.rng, 40));
        const bool kill = draw(c.rng) < o.killRate;
        const int killAfterMs = 30 + pick(c.rng, 2500);
        QProcess *p = startSync(c, true, extra);
        auto run = std::make_shared<SyncRun>();
        run->client = c.id;
        run->verify = verify;
        run->startedAt = QDateTime::currentMSecsSinceEpoch() / 1000.0;
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        if (kill)
            QTimer::singleShot(killAfterMs, p, [p, run] {
                if (p->state() == QProcess::Running) {
                    run->killed = true;
                    p->kill(); // SIGKILL
                }
            });
        const int id = c.id;
        connect(p, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), this,
                [this, p, run, started, id](int code, QProcess::ExitStatus status) {
                    run->seconds = started->elapsed() / 1000.0;
                    run->endedAt = QDateTime::currentMSecsSinceEpoch() / 1000.0;
                    run->exitCode = status == QProcess::NormalExit ? code : -9;
                    run->report = reportOf(p);
                    if (!run->killed && run->report.isEmpty())
                        problems << QStringLiteral("client %1: territori-sync printed no report (exit %2): %3")
                                        .arg(id)
                                        .arg(run->exitCode)
                                        .arg(QString::fromUtf8(p->readAllStandardError()).left(300));
                    p->deleteLater();
                    runs.push_back(*run);
                    log(QStringLiteral("client %1 round %2: %3 %4 sent %5 conflicts %6")
                            .arg(id)
                            .arg(clients[size_t(id)].round)
                            .arg(run->killed ? QStringLiteral("KILLED") : QStringLiteral("exit %1").arg(run->exitCode))
                            .arg(run->seconds, 0, 'f', 1)
                            .arg(run->report.value(QStringLiteral("sent")).toInt())
                            .arg(run->report.value(QStringLiteral("conflicts")).toInt()));
                    --running;
                    if (!waiting.empty()) {
                        const int next = waiting.front();
                        waiting.erase(waiting.begin());
                        soakSync(clients[size_t(next)]);
                    }
                    Client &c = clients[size_t(id)];
                    ++c.round;
                    QTimer::singleShot(pick(c.rng, 300), this, [this, id] { nextRound(clients[size_t(id)]); });
                });
    }

    bool timeIsUp(const Client &c) const
    {
        if (o.seconds > 0)
            return clock.elapsed() - soakStartMs >= qint64(o.seconds) * 1000;
        return c.round >= o.rounds;
    }

    void nextRound(Client &c)
    {
        if (timeIsUp(c)) {
            c.done = true;
            if (std::all_of(clients.begin(), clients.end(), [](const Client &k) { return k.done; }) && loop)
                loop->quit();
            return;
        }
        appEdits(c);
        if (draw(c.rng) < o.desktopRate) {
            const int id = c.id;
            startDesktopEdit(c, [this, id] { soakSync(clients[size_t(id)]); });
        } else {
            soakSync(c);
        }
    }

    void soak()
    {
        soakStartMs = clock.elapsed();
        soakStartEpoch = QDateTime::currentMSecsSinceEpoch() / 1000.0;
        startWriters();
        QEventLoop l;
        loop = &l;
        for (Client &c : clients) {
            const int id = c.id;
            QTimer::singleShot(pick(c.rng, 1000), this, [this, id] { nextRound(clients[size_t(id)]); });
        }
        l.exec();
        loop = nullptr;
        stopping = true;
        soakEndMs = clock.elapsed();
        soakEndEpoch = QDateTime::currentMSecsSinceEpoch() / 1000.0;
        stopWriters();
        ::kill(pid_t(proxy.processId()), SIGTERM);
        proxy.waitForFinished(10000);
        const QList<QByteArray> lines = proxy.readAllStandardOutput().trimmed().split('\n');
        proxyCounts = QJsonDocument::fromJson(lines.last()).object();
        log(QStringLiteral("soak over after %1 s").arg((soakEndMs - soakStartMs) / 1000.0));
    }

    // Every device, up to two at a time, straight to the SIT; a run that fails is tried again (at most 3 times).
    std::vector<SyncRun> syncAll(const QStringList &extra)
    {
        std::vector<SyncRun> out;
        std::vector<int> queue;
        for (const Client &c : clients)
            queue.push_back(c.id);
        std::map<int, int> tries;
        int active = 0;
        QEventLoop l;
        std::function<void()> pump = [&] {
            while (active < 2 && !queue.empty()) {
                const int id = queue.front();
                queue.erase(queue.begin());
                ++active;
                QProcess *p = startSync(clients[size_t(id)], false, extra);
                auto started = std::make_shared<QElapsedTimer>();
                started->start();
                connect(p, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), this,
                        [&, p, id, started](int code, QProcess::ExitStatus status) {
                            SyncRun r;
                            r.client = id;
                            r.seconds = started->elapsed() / 1000.0;
                            r.exitCode = status == QProcess::NormalExit ? code : -9;
                            r.report = reportOf(p);
                            r.verify = extra.contains(QStringLiteral("--verify"));
                            if (r.exitCode != 0) {
                                problems << QStringLiteral("final sync of client %1 failed (exit %2): %3 %4")
                                                .arg(id)
                                                .arg(r.exitCode)
                                                .arg(r.report.value(QStringLiteral("message")).toString(),
                                                     QString::fromUtf8(p->readAllStandardError()).left(300));
                                if (++tries[id] < 3)
                                    queue.push_back(id);
                            }
                            p->deleteLater();
                            out.push_back(r);
                            --active;
                            pump();
                            if (active == 0 && queue.empty())
                                l.quit();
                        });
            }
        };
        pump();
        if (active > 0)
            l.exec();
        return out;
    }

    void finalSyncs()
    {
        int sentLast = 1;
        for (int pass = 0; pass < 6 && (pass < 2 || sentLast > 0); ++pass) {
            const std::vector<SyncRun> r = syncAll({QStringLiteral("--no-verify")});
            sentLast = 0;
            for (const SyncRun &s : r)
                sentLast += s.report.value(QStringLiteral("sent")).toInt();
            finalRuns.insert(finalRuns.end(), r.begin(), r.end());
            ++counts["final_passes"];
            log(QStringLiteral("final pass %1: %2 sent").arg(pass + 1).arg(sentLast));
        }
        const std::vector<SyncRun> v = syncAll({QStringLiteral("--verify")});
        finalRuns.insert(finalRuns.end(), v.begin(), v.end());
    }

    // With --keep: the ledger and every run's report next to the SIT and the stores, to follow a finding up.
    void dump() const
    {
        if (o.keep.isEmpty())
            return;
        QFile l(root + QStringLiteral("/ledger.jsonl"));
        if (l.open(QIODevice::WriteOnly)) {
            for (const Edit &e : ledger) {
                QJsonObject j{{QStringLiteral("client"), e.client},
                              {QStringLiteral("via"), e.via},
                              {QStringLiteral("op"), e.op == Op::Insert ? QStringLiteral("insert")
                                                     : e.op == Op::Update ? QStringLiteral("update") : QStringLiteral("delete")},
                              {QStringLiteral("layer"), e.layer},
                              {QStringLiteral("uuid"), e.uuid},
                              {QStringLiteral("round"), e.round},
                              {QStringLiteral("base_rev"), e.baseRev ? QJsonValue(double(*e.baseRev)) : QJsonValue()}};
                QJsonObject v, old;
                for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
                    v.insert(it.key(), it.value());
                for (auto it = e.old.cbegin(); it != e.old.cend(); ++it)
                    old.insert(it.key(), it.value());
                j.insert(QStringLiteral("values"), v);
                j.insert(QStringLiteral("old"), old);
                l.write(QJsonDocument(j).toJson(QJsonDocument::Compact) + '\n');
            }
        }
        QFile m(root + QStringLiteral("/meta.json"));
        if (m.open(QIODevice::WriteOnly)) {
            QJsonObject c;
            for (const auto &[what, n] : counts)
                c.insert(QString::fromStdString(what), n);
            m.write(QJsonDocument(QJsonObject{{QStringLiteral("clients"), o.clients},
                                              {QStringLiteral("seed"), QString::number(o.seed)},
                                              {QStringLiteral("rounds"), o.rounds},
                                              {QStringLiteral("seconds"), o.seconds},
                                              {QStringLiteral("drop_rate"), o.dropRate},
                                              {QStringLiteral("kill_rate"), o.killRate},
                                              {QStringLiteral("sql_writers"), o.sqlWriters},
                                              {QStringLiteral("soak_start"), soakStartEpoch},
                                              {QStringLiteral("soak_end"), soakEndEpoch},
                                              {QStringLiteral("soak_ms"), double(soakEndMs - soakStartMs)},
                                              {QStringLiteral("counts"), c},
                                              {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                                              {QStringLiteral("proxy"), proxyCounts}})
                        .toJson());
        }
        QFile r(root + QStringLiteral("/runs.jsonl"));
        if (r.open(QIODevice::WriteOnly)) {
            for (const std::vector<SyncRun> *list : {&runs, &finalRuns})
                for (const SyncRun &run : *list)
                    r.write(QJsonDocument(QJsonObject{{QStringLiteral("final"), list == &finalRuns},
                                                      {QStringLiteral("client"), run.client},
                                                      {QStringLiteral("killed"), run.killed},
                                                      {QStringLiteral("exit"), run.exitCode},
                                                      {QStringLiteral("verify"), run.verify},
                                                      {QStringLiteral("seconds"), run.seconds},
                                                      {QStringLiteral("started_at"), run.startedAt},
                                                      {QStringLiteral("ended_at"), run.endedAt},
                                                      {QStringLiteral("report"), run.report}})
                                .toJson(QJsonDocument::Compact) +
                            '\n');
        }
    }

    // --analyse DIR: the figures again from what a --keep run left (after a change of the analysis, or to look at a
    // finding): its ledger, its runs, its stores and its SIT, started again from its folder.
    bool reload(const QString &dir)
    {
        clock.start();
        root = dir;
        const QJsonObject meta = testing::readJson(dir + QStringLiteral("/meta.json"));
        if (meta.isEmpty()) {
            std::fprintf(stderr, "bench_soak: no meta.json in %s\n", qPrintable(dir));
            return false;
        }
        o.clients = meta.value(QStringLiteral("clients")).toInt();
        o.seed = meta.value(QStringLiteral("seed")).toString().toULongLong();
        o.rounds = meta.value(QStringLiteral("rounds")).toInt();
        o.seconds = meta.value(QStringLiteral("seconds")).toInt();
        o.dropRate = meta.value(QStringLiteral("drop_rate")).toDouble();
        o.killRate = meta.value(QStringLiteral("kill_rate")).toDouble();
        o.sqlWriters = meta.value(QStringLiteral("sql_writers")).toInt();
        soakStartEpoch = meta.value(QStringLiteral("soak_start")).toDouble();
        soakEndEpoch = meta.value(QStringLiteral("soak_end")).toDouble();
        soakEndMs = qint64(meta.value(QStringLiteral("soak_ms")).toDouble());
        proxyCounts = meta.value(QStringLiteral("proxy")).toObject();
        const QJsonObject c = meta.value(QStringLiteral("counts")).toObject();
        for (auto it = c.begin(); it != c.end(); ++it)
            counts[it.key().toStdString()] = it.value().toInt();
        for (const QJsonValue &p : meta.value(QStringLiteral("problems")).toArray())
            problems << p.toString();
        for (int i = 0; i < o.clients; ++i) {
            Client k;
            k.id = i;
            k.dir = dir + QStringLiteral("/client%1").arg(i);
            clients.push_back(std::move(k));
        }
        auto lines = [](const QString &path) {
            QFile f(path);
            QList<QJsonObject> out;
            if (f.open(QIODevice::ReadOnly))
                for (const QByteArray &l : f.readAll().split('\n'))
                    if (!l.trimmed().isEmpty())
                        out << QJsonDocument::fromJson(l).object();
            return out;
        };
        for (const QJsonObject &j : lines(dir + QStringLiteral("/ledger.jsonl"))) {
            Edit e;
            e.client = j.value(QStringLiteral("client")).toInt();
            e.via = j.value(QStringLiteral("via")).toString();
            const QString op = j.value(QStringLiteral("op")).toString();
            e.op = op == QLatin1String("insert") ? Op::Insert : op == QLatin1String("update") ? Op::Update : Op::Delete;
            e.layer = j.value(QStringLiteral("layer")).toString();
            e.uuid = j.value(QStringLiteral("uuid")).toString();
            e.round = j.value(QStringLiteral("round")).toInt();
            if (j.value(QStringLiteral("base_rev")).isDouble())
                e.baseRev = qint64(j.value(QStringLiteral("base_rev")).toDouble());
            const QJsonObject v = j.value(QStringLiteral("values")).toObject(), old = j.value(QStringLiteral("old")).toObject();
            for (auto it = v.begin(); it != v.end(); ++it)
                e.values[it.key()] = it.value().toString();
            for (auto it = old.begin(); it != old.end(); ++it)
                e.old[it.key()] = it.value().toString();
            ledger.push_back(e);
        }
        for (const QJsonObject &j : lines(dir + QStringLiteral("/runs.jsonl"))) {
            SyncRun r;
            r.client = j.value(QStringLiteral("client")).toInt();
            r.killed = j.value(QStringLiteral("killed")).toBool();
            r.exitCode = j.value(QStringLiteral("exit")).toInt();
            r.verify = j.value(QStringLiteral("verify")).toBool();
            r.seconds = j.value(QStringLiteral("seconds")).toDouble();
            r.startedAt = j.value(QStringLiteral("started_at")).toDouble();
            r.endedAt = j.value(QStringLiteral("ended_at")).toDouble();
            r.report = j.value(QStringLiteral("report")).toObject();
            (j.value(QStringLiteral("final")).toBool() ? finalRuns : runs).push_back(r);
        }
        QFile conf(dir + QStringLiteral("/sit/sit.conf"));
        quint16 port = 0, pgPort = 0;
        if (conf.open(QIODevice::ReadOnly))
            for (const QByteArray &l : conf.readAll().split('\n')) {
                if (l.startsWith("PORT="))
                    port = quint16(l.mid(5).trimmed().replace("'", "").toUInt());
                if (l.startsWith("PG_PORT="))
                    pgPort = quint16(l.mid(8).trimmed().replace("'", "").toUInt());
            }
        QString error;
        if (!sit.up(dir + QStringLiteral("/sit"), false, &error, port, pgPort)) {
            std::fprintf(stderr, "bench_soak: %s\n", qPrintable(error));
            return false;
        }
        user = sit.user(QStringLiteral("surveyor"));
        password = sit.password(QStringLiteral("surveyor"));
        return true;
    }

    // ---- the figures --------------------------------------------------------------------------------------------
    QJsonObject analyse();
};

QJsonObject Soak::analyse()
{
    QJsonObject out;
    QJsonArray examples;
    auto example = [&](const QString &what) {
        if (examples.size() < 40)
            examples.append(what);
    };

    // The SIT's history (every committed row version, in commit order) and its state now.
    std::map<QString, std::vector<AuditRow>> history; // key -> versions by rev
    for (const QJsonObject &j : psqlJson(QStringLiteral(
             "SELECT json_build_object('op', op, 'layer', layer, 'uuid', uuid, 'rev', rev, 'at', extract(epoch from at), "
             "'row', row)::text FROM soak_audit ORDER BY rev, id"))) {
        AuditRow a;
        a.op = j.value(QStringLiteral("op")).toString();
        a.layer = j.value(QStringLiteral("layer")).toString();
        a.uuid = j.value(QStringLiteral("uuid")).toString();
        a.rev = qint64(j.value(QStringLiteral("rev")).toDouble());
        a.at = j.value(QStringLiteral("at")).toDouble();
        const QJsonObject row = j.value(QStringLiteral("row")).toObject();
        if (a.op != QLatin1String("DELETE")) {
            a.values[QStringLiteral("nome")] = canonicalJson(row.value(QStringLiteral("nome")));
            a.values[QStringLiteral("note")] = canonicalJson(row.value(QStringLiteral("note")));
            a.values[QStringLiteral("num")] = canonicalJson(row.value(QStringLiteral("num")));
            const QJsonValue x = row.value(QStringLiteral("x")), y = row.value(QStringLiteral("y"));
            a.values[QStringLiteral("geom")] = x.isDouble() ? point(x.toDouble(), y.toDouble()) : kNull;
            a.deleted = row.value(QStringLiteral("deleted")).toBool();
            a.lastOp = row.value(QStringLiteral("last_op")).toString();
            a.updatedBy = row.value(QStringLiteral("updated_by")).toString();
        } else {
            a.deleted = true;
        }
        history[key(a.layer, a.uuid)].push_back(a);
    }
    QHash<QString, QSet<QString>> everValues; // key + field -> values it ever held on the SIT
    QSet<QString> everDeleted, everThere;
    for (const auto &[k, versions] : history) {
        everThere.insert(k);
        for (const AuditRow &a : versions) {
            if (a.deleted)
                everDeleted.insert(k);
            for (auto it = a.values.cbegin(); it != a.values.cend(); ++it)
                everValues[k + QLatin1Char('|') + it.key()].insert(it.value());
        }
    }
    struct SitRow
    {
        QMap<QString, QString> values;
        bool deleted = false;
    };
    std::map<QString, SitRow> sitNow;
    for (const QString &layer : kLayers) {
        for (const QJsonObject &j : psqlJson(QStringLiteral("SELECT json_build_object('uuid', uuid, 'deleted', deleted, "
                                                            "'row', soak_row(to_jsonb(t), geometry))::text FROM %1 t")
                                                 .arg(layer))) {
            SitRow s;
            const QJsonObject row = j.value(QStringLiteral("row")).toObject();
            s.values[QStringLiteral("nome")] = canonicalJson(row.value(QStringLiteral("nome")));
            s.values[QStringLiteral("note")] = canonicalJson(row.value(QStringLiteral("note")));
            s.values[QStringLiteral("num")] = canonicalJson(row.value(QStringLiteral("num")));
            const QJsonValue x = row.value(QStringLiteral("x")), y = row.value(QStringLiteral("y"));
            s.values[QStringLiteral("geom")] = x.isDouble() ? point(x.toDouble(), y.toDouble()) : kNull;
            s.deleted = j.value(QStringLiteral("deleted")).toBool();
            sitNow[key(layer, j.value(QStringLiteral("uuid")).toString())] = s;
        }
    }

    // Which device wrote a value: the tokens of the ledger.
    QHash<QString, int> tokenOwner; // key|field|value -> client
    QHash<QString, QSet<QString>> knownBy; // client|key|field -> values that device held as its base, or wrote
    QHash<QString, int> deletedBy;  // key -> client that deleted it
    for (const Edit &e : ledger) {
        const QString k = key(e.layer, e.uuid);
        for (auto it = e.values.cbegin(); it != e.values.cend(); ++it) {
            tokenOwner.insert(k + QLatin1Char('|') + it.key() + QLatin1Char('|') + it.value(), e.client);
            knownBy[QString::number(e.client) + QLatin1Char('|') + k + QLatin1Char('|') + it.key()].insert(it.value());
        }
        for (auto it = e.old.cbegin(); it != e.old.cend(); ++it)
            knownBy[QString::number(e.client) + QLatin1Char('|') + k + QLatin1Char('|') + it.key()].insert(it.value());
        if (e.op == Op::Delete)
            deletedBy.insert(k, e.client);
    }
    // The writer of a row version: a device (by the tokens it changed), or another writer (-1).
    auto writerOf = [&](const AuditRow &a, const AuditRow *prev) -> int {
        if (a.op == QLatin1String("DELETE") || a.updatedBy != user)
            return -1;
        const QString k = key(a.layer, a.uuid);
        for (auto it = a.values.cbegin(); it != a.values.cend(); ++it)
            if (!prev || prev->values.value(it.key()) != it.value()) {
                const auto owner = tokenOwner.find(k + QLatin1Char('|') + it.key() + QLatin1Char('|') + it.value());
                if (owner != tokenOwner.end())
                    return owner.value();
            }
        return deletedBy.value(k, -2);
    };

    // Changes the SIT accepted from a device that replaced a value the device never held: overwritten without a
    // conflict. And values written by a device that no edit of the bench made.
    int overwritten = 0, strangeValues = 0, appActionsInSoak = 0;
    for (const auto &[k, versions] : history) {
        for (size_t i = 0; i < versions.size(); ++i) {
            const AuditRow &a = versions[i];
            if ((a.op == QLatin1String("INSERT") || a.op == QLatin1String("UPDATE")) && a.updatedBy == user &&
                a.at >= soakStartEpoch && a.at <= soakEndEpoch)
                ++appActionsInSoak;
            if (a.op != QLatin1String("UPDATE") || a.updatedBy != user || i == 0)
                continue;
            const AuditRow &p = versions[i - 1];
            for (auto it = a.values.cbegin(); it != a.values.cend(); ++it) {
                const QString before = p.values.value(it.key());
                if (before == it.value())
                    continue;
                const auto owner = tokenOwner.find(k + QLatin1Char('|') + it.key() + QLatin1Char('|') + it.value());
                if (owner == tokenOwner.end()) {
                    ++strangeValues;
                    example(QStringLiteral("strange: %1 rev %2 %3: %4 -> %5 written by a device, from no edit")
                                .arg(k).arg(a.rev).arg(it.key(), before, it.value()));
                    continue;
                }
                if (!knownBy.value(QString::number(owner.value()) + QLatin1Char('|') + k + QLatin1Char('|') + it.key())
                         .contains(before)) {
                    ++overwritten;
                    example(QStringLiteral("overwritten: %1 rev %2 %3: client %4 replaced %5 (never its base) with %6")
                                .arg(k).arg(a.rev).arg(it.key()).arg(owner.value()).arg(before, it.value()));
                }
            }
        }
    }

    // Each device's store, conflicts and unsent entries.
    int storeDuplicates = 0, storesDiffering = 0, conflictsRecorded = 0, refused = 0;
    std::vector<QSet<QString>> openConflicts(clients.size()), unsent(clients.size()), refusedHere(clients.size());
    QHash<QString, QString> conflictKind;
    QHash<QString, QStringList> outboxOf; // client|key -> "kind state acked_at" of every entry, for the findings
    QHash<QString, QString> lastState;    // client|key -> the state of its newest outbox entry
    for (const Client &c : clients) {
        auto project = Project::open(c.dir, Project::Check::AlreadyChecked);
        Database &db = project->db();
        {
            Statement st = db.prepare(QStringLiteral("SELECT layer, feature_uuid, kind, state, acked_at, base_rev FROM "
                                                     "territori_outbox ORDER BY seq"));
            while (st.step()) {
                const QString pk = QString::number(c.id) + QLatin1Char('|') + key(st.text(0), st.text(1));
                outboxOf[pk] << QStringLiteral("%1 base %2 %3 %4").arg(st.text(2), st.isNull(5) ? QStringLiteral("-") : st.text(5), st.text(3), st.text(4));
                lastState[pk] = st.text(3);
            }
        }
        {
            Statement st = db.prepare(QStringLiteral("SELECT layer, feature_uuid, kind FROM territori_conflicts WHERE "
                                                     "resolved_at IS NULL"));
            while (st.step()) {
                openConflicts[size_t(c.id)].insert(key(st.text(0), st.text(1)));
                conflictKind.insert(QString::number(c.id) + QLatin1Char('|') + key(st.text(0), st.text(1)), st.text(2));
                ++conflictsRecorded;
            }
        }
        {
            Statement st = db.prepare(QStringLiteral("SELECT layer, feature_uuid, state, problem, last_error FROM "
                                                     "territori_outbox WHERE state IN ('pending', 'failed', 'conflict')"));
            while (st.step()) {
                const QString k = key(st.text(0), st.text(1));
                unsent[size_t(c.id)].insert(k);
                if (st.text(2) == QLatin1String("failed") || !st.isNull(3)) {
                    if (!refusedHere[size_t(c.id)].contains(k)) {
                        ++refused;
                        example(QStringLiteral("refused: client %1 %2 (%3): %4 %5")
                                    .arg(c.id).arg(k, st.text(2), st.text(3), st.text(4)));
                    }
                    refusedHere[size_t(c.id)].insert(k);
                }
            }
        }
        for (const QString &layer : kLayers) {
            Statement st = db.prepare(QStringLiteral("SELECT (SELECT count(*) - count(DISTINCT uuid) FROM %1) + (SELECT "
                                                     "count(*) FROM (SELECT nome FROM %1 WHERE nome LIKE 'soak %' GROUP BY "
                                                     "nome HAVING count(*) > 1))")
                                          .arg(quoteIdentifier(layer)));
            st.step();
            storeDuplicates += int(st.int64(0));
        }
        const std::map<QString, LocalRow> local = readStore(db);
        int differing = 0;
        for (const auto &[k, s] : sitNow) {
            if (unsent[size_t(c.id)].contains(k))
                continue;
            const auto here = local.find(k);
            if (s.deleted) {
                if (here != local.end()) {
                    ++differing;
                    example(QStringLiteral("store: client %1 still holds %2, deleted on the SIT").arg(c.id).arg(k));
                }
                continue;
            }
            if (here == local.end()) {
                ++differing;
                example(QStringLiteral("store: client %1 lacks %2").arg(c.id).arg(k));
            } else if (here->second.values != s.values) {
                ++differing;
                QStringList d;
                for (const QString &f : kTracked)
                    if (here->second.values.value(f) != s.values.value(f))
                        d << QStringLiteral("%1 here '%2' SIT '%3'").arg(f, here->second.values.value(f), s.values.value(f));
                example(QStringLiteral("store: client %1 %2 differs: %3").arg(c.id).arg(k, d.join(QStringLiteral("; "))));
            }
        }
        for (const auto &[k, row] : local)
            if (!sitNow.count(k) && !unsent[size_t(c.id)].contains(k)) {
                ++differing;
                const auto h = history.find(k);
                const bool hardDeleted = h != history.end() && h->second.back().op == QLatin1String("DELETE");
                example(QStringLiteral("store: client %1 holds %2, %3")
                            .arg(c.id)
                            .arg(k, hardDeleted ? QStringLiteral("hard-deleted on the SIT at rev %1").arg(h->second.back().rev)
                                                : QStringLiteral("which the SIT has never had")));
            }
        storesDiffering += differing;
    }

    // Every edit of the ledger: on the SIT at some point, replaced by a later edit of its own device, or held in an
    // open conflict there. Anything else is lost.
    int lostEdits = 0, reached = 0, inConflict = 0, superseded = 0, lostAcknowledged = 0;
    std::map<QString, std::pair<std::optional<qint64>, QSet<QString>>> pendingOf; // client|key -> (base, fields)
    for (size_t i = 0; i < ledger.size(); ++i) {
        const Edit &e = ledger[i];
        const QString k = key(e.layer, e.uuid);
        QStringList fields = e.op == Op::Delete ? QStringList{kAll} : e.values.keys();
        bool lost = false, anyConflict = false, allSuperseded = true;
        for (const QString &f : fields) {
            bool replaced = false;
            for (size_t j = i + 1; j < ledger.size() && !replaced; ++j) {
                const Edit &later = ledger[j];
                if (later.client == e.client && later.layer == e.layer && later.uuid == e.uuid &&
                    (later.op == Op::Delete || (f != kAll && later.values.contains(f))))
                    replaced = true;
            }
            if (replaced)
                continue;
            allSuperseded = false;
            const bool there = f == kAll ? (everDeleted.contains(k) || !everThere.contains(k))
                                         : everValues.value(k + QLatin1Char('|') + f).contains(e.values.value(f));
            if (there)
                continue;
            const QString pk = QString::number(e.client) + QLatin1Char('|') + k;
            auto &p = pendingOf[pk];
            if (e.baseRev && (!p.first || *e.baseRev < *p.first))
                p.first = e.baseRev;
            p.second.insert(f);
            if (openConflicts[size_t(e.client)].contains(k)) {
                anyConflict = true;
                continue;
            }
            lost = true;
            // What the device's outbox says, and what became of the feature on the SIT.
            QString fate;
            const auto h = history.find(k);
            if (h != history.end() && !h->second.empty()) {
                const AuditRow &last = h->second.back();
                fate = QStringLiteral("; on the SIT: %1 rev %2 at %3")
                           .arg(last.op == QLatin1String("DELETE") ? QStringLiteral("hard-deleted")
                                                                   : last.deleted ? QStringLiteral("soft-deleted")
                                                                                  : QStringLiteral("last written"))
                           .arg(last.rev)
                           .arg(QDateTime::fromMSecsSinceEpoch(qint64(last.at * 1000), Qt::UTC).toString(Qt::ISODateWithMs));
            }
            example(QStringLiteral("lost: client %1 %2 %3 of %4 (%5 = '%6', base rev %7, round %8)%9; its outbox: [%10]%11")
                        .arg(e.client)
                        .arg(e.via, e.op == Op::Insert ? QStringLiteral("insert")
                                                       : e.op == Op::Update ? QStringLiteral("update") : QStringLiteral("delete"),
                             k, f, e.values.value(f), e.baseRev ? QString::number(*e.baseRev) : QStringLiteral("-"))
                        .arg(e.round)
                        .arg(refusedHere[size_t(e.client)].contains(k) ? QStringLiteral(" [refused there]") : QString(),
                             outboxOf.value(QString::number(e.client) + QLatin1Char('|') + k).join(QStringLiteral(", ")), fate));
        }
        if (lost) {
            ++lostEdits;
            // The device holds the edit as delivered ('sent'), and the SIT never had it.
            if (lastState.value(QString::number(e.client) + QLatin1Char('|') + k) == QLatin1String("sent"))
                ++lostAcknowledged;
        }
        else if (anyConflict)
            ++inConflict;
        else if (allSuperseded)
            ++superseded;
        else
            ++reached;
    }

    // Conflicts expected: a device's change not on the SIT while another writer changed one of its fields (or deleted
    // the feature) after the revision the change was based on.
    int expected = 0, matched = 0, unexplained = 0, missing = 0;
    std::map<std::string, int> unexplainedCauses;
    // Why a conflict nobody expected was recorded. "own write landed": the device's change is on the SIT (its
    // tokens are in the history, written with its op id), its reply was lost or its run killed, and another writer
    // wrote the feature before the device read it back, clearing last_op, so the device could not recognise its own
    // write. "own write not pulled back": the device's earlier write was acknowledged but its pull did not bring it
    // back before a delete was made on the stale revision.
    auto causeOf = [&](int client, const QString &k, QString *detail) -> QString {
        const auto h = history.find(k);
        if (h == history.end())
            return QStringLiteral("other");
        // The device's newest write on the SIT, and what followed it.
        for (size_t i = h->second.size(); i-- > 0;) {
            const AuditRow &a = h->second[i];
            if (writerOf(a, i > 0 ? &h->second[i - 1] : nullptr) != client || a.op == QLatin1String("SEED"))
                continue;
            if (i + 1 < h->second.size() && h->second[i + 1].lastOp.isEmpty() &&
                writerOf(h->second[i + 1], &a) != client && !lastState.value(QString::number(client) + QLatin1Char('|') + k).isEmpty() &&
                lastState.value(QString::number(client) + QLatin1Char('|') + k) == QLatin1String("conflict")) {
                const AuditRow &next = h->second[i + 1];
                bool ownInConflict = false; // the write that landed is among the entries now held in the conflict
                for (const Edit &e : ledger)
                    if (e.client == client && key(e.layer, e.uuid) == k)
                        for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
                            if (a.values.value(it.key()) == it.value())
                                ownInConflict = true;
                if (ownInConflict) {
                    *detail = QStringLiteral("its write landed at rev %1 (%2), then %3 wrote rev %4 %5 ms later and "
                                             "cleared last_op")
                                  .arg(a.rev)
                                  .arg(a.lastOp, next.updatedBy.isEmpty() ? QStringLiteral("a hard delete") : next.updatedBy)
                                  .arg(next.rev)
                                  .arg(qint64((next.at - a.at) * 1000));
                    return QStringLiteral("own_write_landed_then_last_op_cleared");
                }
            }
            break;
        }
        if (conflictKind.value(QString::number(client) + QLatin1Char('|') + k) == QLatin1String("delete-edit"))
            return QStringLiteral("delete_after_own_write_not_pulled_back");
        return QStringLiteral("other");
    };
    QSet<QString> expectedSet;
    for (const auto &[pk, p] : pendingOf) {
        const int client = pk.section(QLatin1Char('|'), 0, 0).toInt();
        const QString k = pk.section(QLatin1Char('|'), 1);
        const qint64 base = p.first.value_or(0);
        const auto h = history.find(k);
        if (h == history.end())
            continue;
        bool clash = false;
        for (size_t i = 0; i < h->second.size() && !clash; ++i) {
            const AuditRow &a = h->second[i];
            const AuditRow *prev = i > 0 ? &h->second[i - 1] : nullptr;
            if (a.rev <= base || writerOf(a, prev) == client)
                continue;
            if (a.deleted && (!prev || !prev->deleted)) {
                clash = true;
                break;
            }
            for (auto it = a.values.cbegin(); it != a.values.cend(); ++it)
                if (prev && prev->values.value(it.key()) != it.value() &&
                    (p.second.contains(it.key()) || p.second.contains(kAll)))
                    clash = true;
        }
        if (clash)
            expectedSet.insert(pk);
    }
    // A device's insert that landed on the SIT without the device learning it (its reply lost, then the read-back cut
    // off, or the run killed) and was deleted there before the device tried again: the device cannot tell its insert
    // from anyone's, so the retried insert, refused for the tombstone, is rightly an edit-delete conflict.
    for (const Edit &e : ledger) {
        const QString k = key(e.layer, e.uuid);
        const QString pk = QString::number(e.client) + QLatin1Char('|') + k;
        if (e.op != Op::Insert || expectedSet.contains(pk) || lastState.value(pk) != QLatin1String("conflict"))
            continue;
        const auto h = history.find(k);
        if (h != history.end() && !h->second.empty() && h->second.back().deleted &&
            writerOf(h->second.back(), h->second.size() > 1 ? &h->second[h->second.size() - 2] : nullptr) != e.client)
            expectedSet.insert(pk);
    }
    for (const Client &c : clients)
        for (const QString &k : openConflicts[size_t(c.id)]) {
            const QString pk = QString::number(c.id) + QLatin1Char('|') + k;
            if (expectedSet.contains(pk)) {
                ++matched;
            } else {
                ++unexplained;
                QString detail;
                const QString cause = causeOf(c.id, k, &detail);
                ++unexplainedCauses[cause.toStdString()];
                example(QStringLiteral("conflict not expected: client %1 %2 (%3): %4%5; its outbox: [%6]")
                            .arg(c.id)
                            .arg(k, conflictKind.value(pk), cause, detail.isEmpty() ? QString() : QStringLiteral(", ") + detail,
                                 outboxOf.value(pk).join(QStringLiteral(", "))));
            }
        }
    expected = int(expectedSet.size());
    for (const QString &pk : expectedSet) {
        const int client = pk.section(QLatin1Char('|'), 0, 0).toInt();
        if (!openConflicts[size_t(client)].contains(pk.section(QLatin1Char('|'), 1))) {
            ++missing;
            example(QStringLiteral("conflict expected, not recorded: client %1").arg(pk));
        }
    }

    // Duplicates on the SIT: two rows of a uuid, one insert stored twice, a token in two live features.
    const int sitDuplicates =
        sit.psql(QStringLiteral(
                     "SELECT (SELECT count(*) - count(DISTINCT uuid) FROM lum) + (SELECT count(*) - count(DISTINCT uuid) "
                     "FROM servizi_sovracomunali) + (SELECT count(*) FROM (SELECT layer, row->>'nome' FROM soak_audit "
                     "WHERE op = 'INSERT' GROUP BY 1, 2 HAVING count(DISTINCT uuid) > 1) i) + (SELECT count(*) FROM "
                     "(SELECT nome FROM lum WHERE NOT deleted AND nome LIKE 'soak %' GROUP BY nome HAVING count(*) > 1) "
                     "l) + (SELECT count(*) FROM (SELECT nome FROM servizi_sovracomunali WHERE NOT deleted AND nome LIKE "
                     "'soak %' GROUP BY nome HAVING count(*) > 1) s)"))
            .toInt();

    // The runs.
    int sent = 0, recovered = 0, received = 0, killed = 0, ok = 0, verifyDuringSoak = 0, setAside = 0,
        healedDeleted = 0;
    std::map<QString, int> exits;
    std::vector<double> seconds;
    for (const SyncRun &r : runs) {
        if (r.killed) {
            ++killed;
            continue;
        }
        ++exits[QString::number(r.exitCode)];
        seconds.push_back(r.seconds);
        ok += r.exitCode == 0;
        sent += r.report.value(QStringLiteral("sent")).toInt();
        recovered += r.report.value(QStringLiteral("recovered")).toInt();
        received += r.report.value(QStringLiteral("received")).toInt();
        setAside += r.report.value(QStringLiteral("set_aside")).toArray().size();
        const QJsonObject v = r.report.value(QStringLiteral("verify")).toObject();
        verifyDuringSoak += v.value(QStringLiteral("divergence")).toInt();
        // What it healed that a desktop user hard-deleted on the SIT while this very run was going on: not a device
        // that diverged, a deletion newer than what the run had pulled.
        for (const QJsonValue &h : v.value(QStringLiteral("healed_features")).toArray()) {
            const QString k = key(h.toString().section(QLatin1Char(' '), 0, 0), h.toString().section(QLatin1Char(' '), 1));
            const auto hist = history.find(k);
            if (hist != history.end() && !hist->second.empty() && hist->second.back().op == QLatin1String("DELETE") &&
                hist->second.back().at >= r.startedAt && hist->second.back().at <= r.endedAt)
                ++healedDeleted;
        }
    }
    const int soakReceived = received;
    int divergence = 0, finalSent = 0, verifyRuns = 0;
    for (const SyncRun &r : finalRuns) {
        finalSent += r.report.value(QStringLiteral("sent")).toInt();
        recovered += r.report.value(QStringLiteral("recovered")).toInt();
        setAside += r.report.value(QStringLiteral("set_aside")).toArray().size();
        if (r.verify && r.exitCode == 0) {
            ++verifyRuns;
            const QJsonObject v = r.report.value(QStringLiteral("verify")).toObject();
            divergence += v.value(QStringLiteral("divergence")).toInt();
            if (v.value(QStringLiteral("divergence")).toInt() > 0)
                example(QStringLiteral("verify: client %1 %2").arg(r.client).arg(QString::fromUtf8(QJsonDocument(v).toJson(QJsonDocument::Compact))));
        }
    }
    const double soakSeconds = (soakEndMs - soakStartMs) / 1000.0;
    QJsonObject exitCodes;
    for (const auto &[code, n] : exits)
        exitCodes.insert(code, n);
    QJsonObject edits;
    for (const auto &[what, n] : counts)
        edits.insert(QString::fromStdString(what), n);

    const int lost = lostEdits + overwritten + strangeValues;
    const int duplicated = sitDuplicates + storeDuplicates;
    out = QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("soak")},
        {QStringLiteral("seed"), QString::number(o.seed)},
        {QStringLiteral("clients"), o.clients},
        {QStringLiteral("rounds"), o.rounds},
        {QStringLiteral("seconds"), o.seconds},
        {QStringLiteral("drop_rate"), o.dropRate},
        {QStringLiteral("kill_rate"), o.killRate},
        {QStringLiteral("sql_writers"), o.sqlWriters},
        {QStringLiteral("soak_s"), soakSeconds},
        {QStringLiteral("total_s"), clock.elapsed() / 1000.0},
        {QStringLiteral("edits"), edits},
        {QStringLiteral("ledger_edits"), int(ledger.size())},
        {QStringLiteral("edits_reached_sit"), reached},
        {QStringLiteral("edits_replaced_by_own_later_edit"), superseded},
        {QStringLiteral("edits_held_in_conflict"), inConflict},
        {QStringLiteral("sync_runs"), int(runs.size())},
        {QStringLiteral("sync_runs_ok"), ok},
        {QStringLiteral("sync_runs_killed"), killed},
        {QStringLiteral("sync_exit_codes"), exitCodes},
        {QStringLiteral("sync_run_median_s"), percentile(seconds, 0.5)},
        {QStringLiteral("sync_run_p90_s"), percentile(seconds, 0.9)},
        {QStringLiteral("sync_run_p99_s"), percentile(seconds, 0.99)},
        {QStringLiteral("proxy"), proxyCounts},
        {QStringLiteral("changes_sent"), sent + finalSent},
        {QStringLiteral("changes_sent_in_final_syncs"), finalSent},
        {QStringLiteral("recovered"), recovered},
        {QStringLiteral("lost"), lost},
        {QStringLiteral("lost_edits"), lostEdits},
        {QStringLiteral("lost_edits_acknowledged_as_sent"), lostAcknowledged},
        {QStringLiteral("overwritten_without_conflict"), overwritten},
        {QStringLiteral("values_from_no_edit"), strangeValues},
        {QStringLiteral("duplicated"), duplicated},
        {QStringLiteral("conflicts_expected"), expected},
        {QStringLiteral("conflicts_recorded"), conflictsRecorded},
        {QStringLiteral("conflicts_matched"), matched},
        {QStringLiteral("conflicts_unexpected"), unexplained},
        {QStringLiteral("conflicts_unexpected_causes"), [&] {
             QJsonObject o;
             for (const auto &[cause, n] : unexplainedCauses)
                 o.insert(QString::fromStdString(cause), n);
             return o;
         }()},
        {QStringLiteral("conflicts_missing"), missing},
        {QStringLiteral("divergence"), divergence},
        {QStringLiteral("verify_runs"), verifyRuns},
        {QStringLiteral("divergence_healed_during_soak"), verifyDuringSoak},
        {QStringLiteral("divergence_during_soak_deleted_while_running"), healedDeleted},
        {QStringLiteral("stores_differing"), storesDiffering},
        {QStringLiteral("refused"), refused},
        {QStringLiteral("set_aside"), setAside},
        {QStringLiteral("sit_wfst_actions"), appActionsInSoak},
        {QStringLiteral("sit_wfst_actions_per_s"), soakSeconds > 0 ? appActionsInSoak / soakSeconds : 0.0},
        {QStringLiteral("feed_features_received"), soakReceived},
        {QStringLiteral("feed_features_per_s"), soakSeconds > 0 ? soakReceived / soakSeconds : 0.0},
        {QStringLiteral("proxy_requests_per_s"),
         soakSeconds > 0 ? proxyCounts.value(QStringLiteral("requests")).toDouble() / soakSeconds : 0.0},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems.mid(0, 20))},
        {QStringLiteral("problem_count"), int(problems.size())},
        {QStringLiteral("findings"), examples},
    };
    return out;
}

bool parse(int argc, char *argv[], Options &o)
{
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        auto next = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--clients")) o.clients = next().toInt();
        else if (a == QLatin1String("--rounds")) o.rounds = next().toInt();
        else if (a == QLatin1String("--seconds")) o.seconds = next().toInt();
        else if (a == QLatin1String("--seed")) o.seed = next().toULongLong();
        else if (a == QLatin1String("--drop-rate")) o.dropRate = next().toDouble();
        else if (a == QLatin1String("--kill-rate")) o.killRate = next().toDouble();
        else if (a == QLatin1String("--sql-writers")) o.sqlWriters = next().toInt();
        else if (a == QLatin1String("--sql-interval-ms")) o.sqlIntervalMs = std::max(5, next().toInt());
        else if (a == QLatin1String("--desktop-rate")) o.desktopRate = next().toDouble();
        else if (a == QLatin1String("--qgis-share")) o.qgisShare = next().toDouble();
        else if (a == QLatin1String("--edits")) o.edits = std::max(1, next().toInt());
        else if (a == QLatin1String("--parallel")) o.parallel = next().toInt();
        else if (a == QLatin1String("--port-base")) o.portBase = next().toInt();
        else if (a == QLatin1String("--keep")) o.keep = next();
        else if (a == QLatin1String("--analyse")) o.analyse = next();
        else if (a == QLatin1String("--verbose")) o.verbose = true;
        else {
            std::fprintf(stderr, "bench_soak: unknown option %s (see the comment at the top of bench_soak.cpp)\n", qPrintable(a));
            return false;
        }
    }
    if (o.rounds <= 0 && o.seconds <= 0)
        o.rounds = 10;
    if (o.parallel <= 0)
        o.parallel = o.clients;
    if (o.portBase == 0)
        o.portBase = qEnvironmentVariableIntValue("BENCH_SOAK_PORT_BASE");
    return o.clients > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Soak s;
    if (!parse(argc, argv, s.o))
        return 2;
    QJsonObject figures;
    if (!s.o.analyse.isEmpty()) {
        if (!s.reload(s.o.analyse)) {
            s.sit.down();
            return 2;
        }
        figures = s.analyse();
    } else {
        if (!s.setUp()) {
            s.sit.down();
            return 2;
        }
        s.soak();
        s.finalSyncs();
        figures = s.analyse();
        s.dump();
    }
    s.sit.down();
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    const bool bad = figures.value(QStringLiteral("lost")).toInt() > 0 ||
                     figures.value(QStringLiteral("duplicated")).toInt() > 0 ||
                     figures.value(QStringLiteral("divergence")).toInt() > 0 ||
                     figures.value(QStringLiteral("stores_differing")).toInt() > 0;
    if (bad)
        std::fprintf(stderr, "bench_soak: sync integrity broken (seed %llu); see \"findings\" in the JSON line%s\n",
                     static_cast<unsigned long long>(s.o.seed),
                     s.o.keep.isEmpty() ? "; run again with --keep DIR to keep the SIT and the stores" : "");
    return bad ? 1 : 0;
}
