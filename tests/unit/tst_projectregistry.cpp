// The projects page's list of what is on this device: each project with what a person decides by (title, size, last
// sync, changes not yet sent, the work area), a store that cannot be read listed with why and left untouched, and the
// downloads that stopped apart from the projects.

#include "editgateway.h"
#include "language.h"
#include "project.h"
#include "projectregistry.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace territori::core;
using namespace territori::store;
using territori::testing::smallDefinition;

namespace {

QJsonObject definitionWithId(const QString &id, const QString &it, const QString &en)
{
    QJsonObject d = smallDefinition();
    d.insert(QStringLiteral("id"), id);
    d.insert(QStringLiteral("title"), QJsonObject{{"it", it}, {"en", en}});
    return d;
}

NewFeature point(const QString &nome)
{
    NewFeature f;
    f.geometry = Geometry::point({9.1, 45.5});
    f.attributes.insert(QStringLiteral("nome"), nome);
    return f;
}

QByteArray digestOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const LocalProject *byId(const std::vector<LocalProject> &list, const QString &id, bool interrupted = false)
{
    for (const LocalProject &p : list)
        if (p.id == id && p.interrupted == interrupted)
            return &p;
    return nullptr;
}

} // namespace

class TestProjectRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_projects;

    QString folder(const QString &id) const { return QDir(m_projects).filePath(id); }

private slots:
    void init()
    {
        m_projects = m_tmp.filePath(QStringLiteral("data%1/projects").arg(QRandomGenerator::global()->generate()));
        QDir().mkpath(m_projects);
        setUiLanguage(QStringLiteral("it"));
    }

    void everyProjectWithWhatThePageShows()
    {
        {
            auto p = Project::create(folder("rho"), definitionWithId("rho", "Rilievi Rho", "Rho surveys"), 3);
            EditGateway gw(*p, EditContext{"tester", "tablet"});
            WorkArea area;
            area.id = QStringLiteral("comune-015182");
            area.kind = QStringLiteral("comune");
            area.name = QStringLiteral("Rho");
            area.sample = true;
            area.geometry = Geometry::polygon({{9.0, 45.5}, {9.1, 45.5}, {9.1, 45.6}, {9.0, 45.5}});
            QVERIFY(gw.setWorkArea(area).ok);
            // Three features with unsent changes (one edited twice, one in conflict), one refused, one the SIT has.
            const QString a = gw.insert("punti", point("a")).uuid;
            FeatureChange c;
            c.attributes.insert(QStringLiteral("nome"), QStringLiteral("a2"));
            QVERIFY(gw.update("punti", a, c).ok);
            gw.insert("punti", point("b"));
            const QString conflict = gw.insert("punti", point("c")).uuid;
            const QString sent = gw.insert("punti", point("d")).uuid;
            QVERIFY(gw.seed("punti", point("e"), 12).ok);
            Statement st = p->db().prepare("UPDATE territori_outbox SET state = 'conflict' WHERE feature_uuid = ?");
            st.bind(1, conflict);
            st.run();
            st = p->db().prepare("UPDATE territori_outbox SET state = 'sent' WHERE feature_uuid = ?");
            st.bind(1, sent);
            st.run();
            // The latest success of a feed is the last sync; the later comparison with the SIT is not one.
            p->db().exec("INSERT INTO territori_sync_state (feed, last_success) VALUES "
                         "('punti', '2026-03-02T10:00:00.000Z'), ('siti', '2026-03-04T09:30:00.000Z'), "
                         "('territori_verify', '2026-03-05T08:00:00.000Z')");
        }
        writeFile(folder("rho") + "/attachments/" + QString(64, 'a') + ".jpg", QByteArray(300000, 'x'));
        Project::create(folder("demo"), definitionWithId("demo", "Demo PTM", "PTM demo"));

        std::vector<LocalProject> list = ProjectRegistry::scan(m_projects);
        QCOMPARE(int(list.size()), 2);
        const LocalProject *rho = byId(list, "rho");
        QVERIFY(rho);
        QVERIFY2(rho->readable(), qPrintable(rho->error));
        QCOMPARE(rho->title, QStringLiteral("Rilievi Rho"));
        QCOMPARE(rho->projectId, QStringLiteral("rho"));
        QCOMPARE(rho->directory, QDir(folder("rho")).absolutePath());
        QCOMPARE(rho->unsent, 3);
        QCOMPARE(rho->lastSync, QDateTime(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC));
        QCOMPARE(rho->definitionVersion, 3);
        QCOMPARE(rho->workAreaId, QStringLiteral("comune-015182"));
        QCOMPARE(rho->workAreaName, QStringLiteral("Rho"));
        QVERIFY(rho->sampleArea);
        QVERIFY(!rho->interrupted);
        QVERIFY(rho->bytes > 300000 + QFileInfo(folder("rho") + "/project.gpkg").size() - 1);

        const LocalProject *demo = byId(list, "demo");
        QVERIFY(demo && demo->readable());
        QCOMPARE(demo->unsent, 0);
        QVERIFY(!demo->lastSync.isValid());
        QCOMPARE(demo->definitionVersion, 0);
        QVERIFY(demo->workAreaId.isEmpty());
        // Sorted by title.
        QCOMPARE(list.front().id, QStringLiteral("demo"));

        setUiLanguage(QStringLiteral("en"));
        QCOMPARE(ProjectRegistry::read(folder("rho")).title, QStringLiteral("Rho surveys"));
    }

    // A store that cannot be read is listed with why, next to the ones that can, and is left byte for byte as it was.
    void aStoreThatCannotBeReadIsListedWithItsError()
    {
        Project::create(folder("buono"), definitionWithId("buono", "Buono", "Good"));
        writeFile(folder("rotto") + "/project.gpkg", QByteArray(4096, 'z'));
        writeFile(folder("corto") + "/project.gpkg", QByteArray("SQLite"));
        QDir().mkpath(folder("sqlite"));
        {
            Database db; // an SQLite database, not a GeoPackage
            db.open(folder("sqlite") + "/project.gpkg", Database::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE t (x)");
        }
        {
            Database db; // a GeoPackage of another program
            QDir().mkpath(folder("altro"));
            db.open(folder("altro") + "/project.gpkg", Database::Mode::ReadWriteCreate);
            db.exec("PRAGMA application_id = 1196444487");
            db.exec("CREATE TABLE gpkg_contents (table_name TEXT)");
        }
        {
            auto p = Project::create(folder("futuro"), definitionWithId("futuro", "Futuro", "Future"));
            p->db().exec("UPDATE territori_meta SET value = '99' WHERE key = 'schema_version'");
        }
        QMap<QString, QByteArray> before;
        for (const QString &id : QStringList{"rotto", "corto", "sqlite", "altro", "futuro"})
            before[id] = digestOf(folder(id) + "/project.gpkg");

        const std::vector<LocalProject> list = ProjectRegistry::scan(m_projects);
        QCOMPARE(int(list.size()), 6);
        QVERIFY(byId(list, "buono")->readable());
        QCOMPARE(byId(list, "rotto")->errorKind, ErrorKind::Corrupt);
        QCOMPARE(byId(list, "corto")->errorKind, ErrorKind::Corrupt);
        QCOMPARE(byId(list, "sqlite")->errorKind, ErrorKind::NotAProject);
        QCOMPARE(byId(list, "altro")->errorKind, ErrorKind::NotAProject);
        QCOMPARE(byId(list, "futuro")->errorKind, ErrorKind::TooNew);
        QVERIFY(byId(list, "futuro")->error.contains(QStringLiteral("99")));
        for (const QString &id : QStringList{"rotto", "corto", "sqlite", "altro", "futuro"}) {
            const LocalProject *p = byId(list, id);
            QVERIFY2(!p->error.isEmpty(), qPrintable(id));
            QCOMPARE(p->title, id); // nothing else is known
            QCOMPARE(digestOf(folder(id) + "/project.gpkg"), before[id]);
        }
    }

    // A download that stopped is listed apart, with what its staging folder tells; dot folders are not projects.
    void interruptedDownloadsAreListedApart()
    {
        const QString incoming = ProjectRegistry::incomingDirectory(m_projects);
        {
            auto p = Project::create(incoming + "/legnano", definitionWithId("legnano", "Rilievi Legnano", "Legnano"), 2);
            EditGateway gw(*p, EditContext{});
            WorkArea area;
            area.id = QStringLiteral("zona-alto-milanese");
            area.kind = QStringLiteral("zona_omogenea");
            area.name = QStringLiteral("Alto Milanese");
            area.geometry = Geometry::polygon({{8.8, 45.5}, {9.0, 45.5}, {9.0, 45.7}, {8.8, 45.5}});
            QVERIFY(gw.setWorkArea(area).ok);
        }
        QDir().mkpath(incoming + "/appena-iniziato"); // stopped before its store was made
        writeFile(incoming + "/rotto/project.gpkg.part", QByteArray(1000, 'y'));
        writeFile(incoming + "/rotto/project.gpkg", QByteArray(200, 'y')); // cut off while it was made
        Project::create(m_projects + "/.removing-vecchio", definitionWithId("vecchio", "Vecchio", "Old"));
        Project::create(folder("rho"), definitionWithId("rho", "Rho", "Rho"));

        QCOMPARE(ProjectRegistry::projectIds(m_projects), QStringList{"rho"});
        const std::vector<LocalProject> list = ProjectRegistry::scan(m_projects);
        QCOMPARE(int(list.size()), 4);
        QCOMPARE(list.front().id, QStringLiteral("rho")); // the projects first
        QVERIFY(!list.front().interrupted);
        const LocalProject *legnano = byId(list, "legnano", true);
        QVERIFY(legnano);
        QCOMPARE(legnano->title, QStringLiteral("Rilievi Legnano"));
        QCOMPARE(legnano->workAreaName, QStringLiteral("Alto Milanese"));
        QCOMPARE(legnano->workAreaId, QStringLiteral("zona-alto-milanese"));
        QVERIFY(legnano->bytes > 0);
        const LocalProject *started = byId(list, "appena-iniziato", true);
        QVERIFY(started);
        QCOMPARE(started->title, QStringLiteral("appena-iniziato"));
        QVERIFY(started->readable()); // nothing wrong: the next try makes the store
        const LocalProject *broken = byId(list, "rotto", true);
        QVERIFY(broken && broken->readable());
        QCOMPARE(broken->bytes, qint64(1200));
        QVERIFY(!byId(list, "vecchio") && !byId(list, ".removing-vecchio"));
    }

    // The list is read while the app has one of the stores open and writing: it sees the committed edits (in the
    // log), and the app's connection goes on writing afterwards.
    void readsAStoreTheAppHasOpen()
    {
        auto p = Project::create(folder("aperto"), definitionWithId("aperto", "Aperto", "Open"));
        EditGateway gw(*p, EditContext{});
        QVERIFY(gw.insert("punti", point("a")).ok);
        QVERIFY(QFileInfo::exists(folder("aperto") + "/project.gpkg-wal"));
        QCOMPARE(ProjectRegistry::read(folder("aperto")).unsent, 1);
        QVERIFY(gw.insert("punti", point("b")).ok);
        QCOMPARE(ProjectRegistry::read(folder("aperto")).unsent, 2);
        Statement st = p->db().prepare("PRAGMA quick_check");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("ok"));
    }

    // The start rules (issue #12): one project opens; several, or none with a saved SIT account, show the projects
    // page; none and no account install the offline demo. A download that stopped is not a project.
    void theStartRules()
    {
        using Kind = StartChoice::Kind;
        StartChoice c = ProjectRegistry::startChoice(m_projects, false, "ptm-milano-demo");
        QCOMPARE(c.kind, Kind::InstallDemo);
        QCOMPARE(c.directory, QDir(m_projects).filePath("ptm-milano-demo"));
        QCOMPARE(ProjectRegistry::startChoice(m_projects, true, "ptm-milano-demo").kind, Kind::PickProject);

        QDir().mkpath(ProjectRegistry::incomingDirectory(m_projects) + "/rho");
        QDir().mkpath(folder("vuota")); // a folder without a store is no project either
        QCOMPARE(ProjectRegistry::startChoice(m_projects, false, "ptm-milano-demo").kind, Kind::InstallDemo);

        Project::create(folder("rho"), definitionWithId("rho", "Rho", "Rho"));
        for (bool account : {false, true}) {
            c = ProjectRegistry::startChoice(m_projects, account, "ptm-milano-demo");
            QCOMPARE(c.kind, Kind::Open);
            QCOMPARE(c.directory, folder("rho"));
        }
        Project::create(folder("legnano"), definitionWithId("legnano", "Legnano", "Legnano"));
        QCOMPARE(ProjectRegistry::startChoice(m_projects, false, "ptm-milano-demo").kind, Kind::PickProject);
        QVERIFY(ProjectRegistry::startChoice(m_projects, false, "ptm-milano-demo").directory.isEmpty());
    }

    void noFolderNoProjects()
    {
        QVERIFY(ProjectRegistry::scan(m_tmp.filePath("nowhere")).empty());
        QVERIFY(ProjectRegistry::projectIds(m_tmp.filePath("nowhere")).isEmpty());
        QCOMPARE(ProjectRegistry::projectsDirectory("/data"), QStringLiteral("/data/projects"));
    }
};

QTEST_GUILESS_MAIN(TestProjectRegistry)
#include "tst_projectregistry.moc"
