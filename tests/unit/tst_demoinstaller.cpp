#include "demoinstaller.h"
#include "project.h"
#include "testsupport.h"

#include <QImage>
#include <QJsonArray>
#include <QSet>
#include <QUuid>
#include <QtTest>

#include <cmath>

using namespace territori::core;
using namespace territori::store;

class TestDemoInstaller : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_tmp = nullptr;

    // The bundle as the build lays it out: the basemap is rendered at build time, so only the build tree has it.
    static QString bundle() { return QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo"); }
    static QString sourceFeatures() { return territori::testing::sourceDir() + QStringLiteral("/assets/demo/features"); }

    QString target(const QString &name) const { return QDir(m_tmp->path()).filePath(name); }

    static qint64 count(Project &p, const QString &sql)
    {
        Statement st = p.db().prepare(sql);
        st.step();
        return st.int64(0);
    }

    // layer -> feature ids, from the GeoJSON files in the source tree.
    static QMap<QString, QStringList> sampleIds()
    {
        QMap<QString, QStringList> out;
        for (const QFileInfo &fi : QDir(sourceFeatures()).entryInfoList({"*.geojson"}, QDir::Files)) {
            const QJsonObject fc = territori::testing::readJson(fi.filePath());
            QStringList ids;
            for (const auto &f : fc["features"].toArray())
                ids << f.toObject()["id"].toString();
            out.insert(fi.completeBaseName(), ids);
        }
        return out;
    }

    static QSet<QString> uuids(Project &p)
    {
        QSet<QString> out;
        for (const LayerDef &layer : p.layers()) {
            Statement st = p.db().prepare(QStringLiteral("SELECT uuid FROM %1").arg(quoteIdentifier(layer.name)));
            while (st.step())
                out << layer.name + QLatin1Char('/') + st.text(0);
        }
        return out;
    }

    static bool copyTree(const QString &from, const QString &to)
    {
        QDir().mkpath(to);
        for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString dest = QDir(to).filePath(fi.fileName());
            if (fi.isDir() ? !copyTree(fi.filePath(), dest) : !QFile::copy(fi.filePath(), dest))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(bundle() + "/project.json"), qPrintable(bundle()));
        QVERIFY2(QFileInfo::exists(bundle() + "/basemaps/milano-schematica.mbtiles"),
                 "the demo basemap is built with the app; build it first");
        QVERIFY(!sampleIds().isEmpty());
    }

    // Issue #14: the schematic basemap covers the project's whole extent, and what a 1920x1280 window shows around
    // it, at every zoom from the package's lowest to a 2 km view (15), with one palette (a palette per tile made
    // the colours jump at tile edges).
    void theSchematicBasemapCoversTheTerritoryAtEveryZoomWithoutSeams()
    {
        const QJsonArray extent = territori::testing::readJson(bundle() + "/project.json")["extent"].toArray();
        QCOMPARE(extent.size(), 4);
        Database db;
        db.open(bundle() + "/basemaps/milano-schematica.mbtiles", Database::Mode::ReadOnly);
        auto meta = [&](const char *name) {
            Statement st = db.prepare(QStringLiteral("SELECT value FROM metadata WHERE name = ?"));
            st.bind(1, QString::fromLatin1(name));
            return st.step() ? st.text(0) : QString();
        };
        const int minZoom = meta("minzoom").toInt(), maxZoom = meta("maxzoom").toInt();
        QVERIFY2(minZoom <= 8 && maxZoom >= 15, qPrintable(QStringLiteral("zoom %1-%2").arg(minZoom).arg(maxZoom)));
        auto tileOf = [](double lon, double lat, int z) {
            const double n = std::pow(2.0, z), s = std::sin(lat * M_PI / 180.0);
            return QPoint(int((lon + 180.0) / 360.0 * n), int((0.5 - std::log((1 + s) / (1 - s)) / (4 * M_PI)) * n));
        };
        QVector<QRgb> palette;
        int checked = 0;
        for (int z = minZoom; z <= 15; ++z) {
            const QPoint nw = tileOf(extent[0].toDouble(), extent[3].toDouble(), z);
            const QPoint se = tileOf(extent[2].toDouble(), extent[1].toDouble(), z);
            const QRect want(QPoint(nw.x() - 3, nw.y() - 2), QPoint(se.x() + 3, se.y() + 2));
            Statement st = db.prepare(QStringLiteral("SELECT tile_column, tile_row, tile_data FROM tiles WHERE zoom_level = ?"));
            st.bind(1, z);
            QSet<QPair<int, int>> have;
            while (st.step()) {
                const int x = int(st.int64(0)), y = (1 << z) - 1 - int(st.int64(1));
                have.insert({x, y});
                if (!want.contains(x, y) || (x + y) % 7 != 0)
                    continue; // decode a sample of them
                QImage img;
                QVERIFY(img.loadFromData(st.blob(2)));
                QCOMPARE(img.size(), QSize(256, 256));
                if (palette.isEmpty())
                    palette = img.colorTable();
                QVERIFY2(img.colorTable() == palette,
                         qPrintable(QStringLiteral("tile %1/%2/%3 has a palette of its own").arg(z).arg(x).arg(y)));
                ++checked;
            }
            for (int x = want.left(); x <= want.right(); ++x)
                for (int y = want.top(); y <= want.bottom(); ++y)
                    QVERIFY2(have.contains({x, y}),
                             qPrintable(QStringLiteral("no tile %1/%2/%3: a blank block in the demo basemap").arg(z).arg(x).arg(y)));
        }
        QVERIFY(checked > 100);
        QVERIFY(!palette.isEmpty());
    }

    void init() { m_tmp = new QTemporaryDir; }
    void cleanup() { delete m_tmp; }

    void everySampleFeatureIsInstalled()
    {
        const auto project = DemoInstaller::install(bundle(), target("demo"));
        QVERIFY(project);
        QVERIFY(project->info().sample);
        const QMap<QString, QStringList> ids = sampleIds();
        int total = 0;
        for (const LayerDef &layer : project->layers()) {
            const qint64 n = count(*project, QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(layer.name)));
            QCOMPARE(n, qint64(ids.value(layer.name).size()));
            total += int(n);
        }
        QVERIFY(total > 0);
        // Every features file belongs to a layer of the project: none is silently skipped.
        for (const QString &file : ids.keys())
            QVERIFY2(project->layer(file), qPrintable(file));
    }

    void samplesAreNotQueuedForTheSit()
    {
        const auto project = DemoInstaller::install(bundle(), target("demo"));
        QCOMPARE(count(*project, "SELECT count(*) FROM territori_outbox"), 0);
        QVERIFY(count(*project, "SELECT count(*) FROM territori_layers") > 0);
    }

    void sampleUuidsAreNameBasedAndStable()
    {
        const QString a = DemoInstaller::sampleUuid("ptm-milano-demo", "lum-001");
        QCOMPARE(DemoInstaller::sampleUuid("ptm-milano-demo", "lum-001"), a);
        QCOMPARE(a.size(), 36);
        QCOMPARE(QUuid(a).version(), QUuid::Sha1);
        QVERIFY(DemoInstaller::sampleUuid("ptm-milano-demo", "lum-002") != a);
        QVERIFY(DemoInstaller::sampleUuid("altro-progetto", "lum-001") != a);

        // Each installed feature carries the UUID derived from its id, in every installation.
        const auto first = DemoInstaller::install(bundle(), target("tablet-1"));
        const auto second = DemoInstaller::install(bundle(), target("tablet-2"));
        const QSet<QString> u1 = uuids(*first), u2 = uuids(*second);
        QCOMPARE(u1, u2);
        QSet<QString> expected;
        const QMap<QString, QStringList> ids = sampleIds();
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            for (const QString &id : it.value())
                expected << it.key() + QLatin1Char('/') + DemoInstaller::sampleUuid(first->info().id, id);
        QCOMPARE(u1, expected);
    }

    void sampleDatesAreRelativeToTheInstallDay()
    {
        // "today-3", "today", "today+45" in a sample's date field are the dates of the day of the installation, as
        // when the SIT seeds the same samples: the demo drafts' comment windows must be open (or closed) any day.
        const QString copy = target("bundle");
        QVERIFY(copyTree(bundle(), copy));
        const QString file = copy + "/features/rete_verde.geojson";
        QJsonObject fc = territori::testing::readJson(file);
        QJsonArray features = fc["features"].toArray();
        QVERIFY(features.size() >= 4);
        const QStringList given{"today-3", "today", "today+45", "2026-09-22"};
        const QList<int> days{-3, 0, 45};
        for (int i = 0; i < given.size(); ++i) {
            QJsonObject f = features[i].toObject();
            QJsonObject props = f["properties"].toObject();
            props["data_rilievo"] = given[i];
            f["properties"] = props;
            features.replace(i, f);
        }
        fc["features"] = features;
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(fc).toJson());
        out.close();

        const QDate before = QDate::currentDate();
        const auto project = DemoInstaller::install(copy, target("demo"));
        const QDate after = QDate::currentDate(); // the same day, unless the install ran across midnight
        for (int i = 0; i < given.size(); ++i) {
            Statement st = project->db().prepare("SELECT data_rilievo FROM rete_verde WHERE uuid = ?");
            st.bind(1, DemoInstaller::sampleUuid(project->info().id, features[i].toObject()["id"].toString()));
            QVERIFY(st.step());
            const QString stored = st.text(0);
            if (i < days.size())
                QVERIFY2(stored == before.addDays(days[i]).toString(Qt::ISODate)
                             || stored == after.addDays(days[i]).toString(Qt::ISODate),
                         qPrintable(given[i] + " -> " + stored));
            else
                QCOMPARE(stored, given[i]); // an absolute date stays as written
        }
    }

    void theDemoDraftsWindowsFollowTheInstallDay()
    {
        // The bundled drafts: STTM 1 version 2 and STTM 2 take comments today, STTM 1 version 1 and STTM 3 no longer.
        const auto project = DemoInstaller::install(bundle(), target("demo"));
        if (!project->layer("sttm_paragrafi"))
            QSKIP("this bundle has no drafts layer (sttm_paragrafi)");
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        auto window = [&](const QString &draft, int version) {
            Statement st = project->db().prepare("SELECT count(*), coalesce(sum(apertura <= ?1 AND chiusura >= ?1), 0) "
                                                 "FROM sttm_paragrafi WHERE bozza = ?2 AND versione = ?3");
            st.bind(1, today).bind(2, draft).bind(3, qint64(version));
            st.step();
            const qint64 paragraphs = st.int64(0), open = st.int64(1);
            return paragraphs == 0 ? QStringLiteral("missing")
                : open == paragraphs ? QStringLiteral("open")
                : open == 0          ? QStringLiteral("closed")
                                     : QStringLiteral("mixed");
        };
        QCOMPARE(window("STTM1", 2), QStringLiteral("open"));
        QCOMPARE(window("STTM2", 1), QStringLiteral("open"));
        QCOMPARE(window("STTM1", 1), QStringLiteral("closed"));
        QCOMPARE(window("STTM3", 1), QStringLiteral("closed"));
    }

    void aComunesFileToTryTheImportOnComesWithIt()
    {
        const auto project = DemoInstaller::install(bundle(), target("demo"));
        QVERIFY(QFileInfo::exists(QDir(project->directory()).filePath("imports/rho_servizi_gauss_boaga.csv")));
    }

    void theBasemapIsCopiedIntoTheProject()
    {
        const auto project = DemoInstaller::install(bundle(), target("demo"));
        const QString mbtiles = QDir(project->directory()).filePath("basemaps/milano-schematica.mbtiles");
        QVERIFY(QFileInfo::exists(mbtiles));
        QCOMPARE(QFileInfo(mbtiles).size(), QFileInfo(bundle() + "/basemaps/milano-schematica.mbtiles").size());
        // Every offline basemap the definition names is there.
        int offline = 0;
        for (const BasemapDef &b : project->info().basemaps) {
            if (b.type != QLatin1String("mbtiles"))
                continue;
            ++offline;
            QVERIFY2(QFileInfo::exists(QDir(project->directory()).filePath(b.path)), qPrintable(b.path));
        }
        QVERIFY(offline > 0);
    }

    void theInstalledProjectOpensAgain()
    {
        qint64 before = 0;
        {
            const auto project = DemoInstaller::install(bundle(), target("demo"));
            before = uuids(*project).size();
        }
        const auto reopened = Project::open(target("demo"));
        QCOMPARE(qint64(uuids(*reopened).size()), before);
    }

    void aBrokenBundleLeavesNoProjectBehind_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("features file is not JSON") << 0;
        QTest::newRow("a geometry is unreadable") << 1;
        QTest::newRow("a value breaks the form") << 2;
        QTest::newRow("project.json missing") << 3;
    }

    void aBrokenBundleLeavesNoProjectBehind()
    {
        QFETCH(int, which);
        const QString copy = target("bundle");
        QVERIFY(copyTree(bundle(), copy));
        const QString file = copy + "/features/rete_verde.geojson";
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QJsonObject fc = QJsonDocument::fromJson(bytes).object();
        QJsonArray features = fc["features"].toArray();
        QVERIFY(features.size() > 2);
        QJsonObject last = features.last().toObject();
        switch (which) {
        case 0: bytes = bytes.left(bytes.size() / 2); break;
        case 1: last["geometry"] = QJsonObject{{"type", "Polygon"}, {"coordinates", "nowhere"}}; break;
        case 2: {
            QJsonObject props = last["properties"].toObject();
            props["nome"] = QString(5000, 'x');
            props["comune"] = "Parigi";
            last["properties"] = props;
            break;
        }
        case 3: QVERIFY(QFile::remove(copy + "/project.json")); break;
        }
        if (which == 1 || which == 2) {
            features.replace(features.size() - 1, last);
            fc["features"] = features;
            bytes = QJsonDocument(fc).toJson();
        }
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();

        const QString dest = target("demo");
        bool threw = false;
        try {
            DemoInstaller::install(copy, dest);
        } catch (const StoreError &e) {
            threw = true;
            QVERIFY(!e.message().isEmpty());
            if (which != 3)
                QVERIFY2(e.message().contains("rete_verde"), qPrintable(e.message()));
        }
        QVERIFY(threw);
        QVERIFY2(!QFileInfo::exists(dest), qPrintable(QDir(dest).entryList().join(", ")));

        // Once the bundle is whole again, the install works in the same place.
        QVERIFY(QDir(copy).removeRecursively());
        QVERIFY(copyTree(bundle(), copy));
        const auto project = DemoInstaller::install(copy, dest);
        QVERIFY(project);
        QCOMPARE(count(*project, "SELECT count(*) FROM rete_verde"), qint64(sampleIds().value("rete_verde").size()));
    }
};

QTEST_GUILESS_MAIN(TestDemoInstaller)
#include "tst_demoinstaller.moc"
