// What the projects page does with a person's projects must be what it says: the list shows what is on the device,
// opening goes through the app's switch loop, a project with unsent changes is removed only once the person
// confirmed it (and the open one never), the SIT account is saved without its password, the catalogue is the SIT's
// for the account, a download that cannot start says why, one that fails can be resumed on the same work area, and a
// cancelled one leaves nothing. The SIT here answers canned replies; tst_sitprojects downloads from a real one.

#include "cannedtransport.h"
#include "editgateway.h"
#include "language.h"
#include "project.h"
#include "projectdownload.h"
#include "projectscontroller.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace territori;
using namespace territori::store;
using territori::testing::CannedTransport;
using territori::testing::smallDefinition;
using territori::ui::ProjectListModel;
using territori::ui::ProjectsController;

namespace {

QJsonObject definitionWithId(const QString &id, const QString &title)
{
    QJsonObject d = smallDefinition();
    d.insert(QStringLiteral("id"), id);
    d.insert(QStringLiteral("title"), QJsonObject{{"it", title}, {"en", title}});
    return d;
}

QByteArray featureCollection(const QJsonArray &properties)
{
    QJsonArray features;
    for (const QJsonValue &p : properties)
        features << QJsonObject{{"type", "Feature"}, {"geometry", QJsonValue()}, {"properties", p}};
    return QJsonDocument(QJsonObject{{"type", "FeatureCollection"}, {"features", features}}).toJson();
}

// The SIT's catalogue for the account: a project to download, one this device has, one in a format too new.
QByteArray catalogueReply()
{
    auto entry = [](const QString &id, int version, int format, const QString &it) {
        return QJsonObject{{"id", id},
                           {"version", version},
                           {"format", format},
                           {"roles", "surveyor"},
                           {"title", QString::fromUtf8(QJsonDocument(QJsonObject{{"it", it}, {"en", it + " (en)"}}).toJson(QJsonDocument::Compact))},
                           {"published_at", "2026-03-12T09:00:00.000Z"}};
    };
    return featureCollection({entry("ptm-rilievi", 4, 1, "Rilievi PTM"), entry("alfa", 3, 1, "Alfa"),
                              entry("futuro", 1, 99, "Futuro")});
}

QByteArray areasReply()
{
    auto area = [](const QString &id, const QString &kind, const QString &name, const QString &code) {
        return QJsonObject{{"id", id}, {"kind", kind}, {"name", name}, {"code", code}, {"sample", true}};
    };
    return featureCollection({area("comune-rho", "comune", "Rho", "015182"),
                              area("zona-nord-ovest", "zona_omogenea", "Nord Ovest", "ZO6"),
                              area("comune-arese", "comune", "Arese", "015009")});
}

} // namespace

class TestProjectsController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_projects;
    std::unique_ptr<ProjectsController> m_controller;
    struct Opened
    {
        QString directory, page;
        QVariantMap update;
    };
    QList<Opened> m_opened;
    // What the canned SIT answers, per request; runs on the catalogue's and the download's worker threads.
    std::function<sync::HttpReply::Outcome(const sync::HttpRequest &)> m_sit;
    QMutex m_requestsLock;
    QList<sync::HttpRequest> m_requests;

    QString folder(const QString &id) const { return QDir(m_projects).filePath(id); }

    void makeProject(const QString &id, int unsent = 0)
    {
        auto p = Project::create(folder(id), definitionWithId(id, id.toUpper()), 2);
        EditGateway gw(*p, EditContext{QStringLiteral("tester"), QStringLiteral("tablet")});
        for (int i = 0; i < unsent; ++i) {
            NewFeature f;
            f.geometry = Geometry::point({9.1, 45.5});
            f.attributes.insert(QStringLiteral("nome"), QStringLiteral("p%1").arg(i));
            QVERIFY(gw.insert(QStringLiteral("punti"), f).ok);
        }
    }

    std::unique_ptr<ProjectsController> newController()
    {
        auto c = std::make_unique<ProjectsController>(m_projects, QStringLiteral("tablet-1"));
        c->setOpenHandler([this](const QString &dir, const QString &page, const QVariantMap &update) {
            m_opened << Opened{dir, page, update};
        });
        c->setTransportFactory([this]() -> std::unique_ptr<sync::Transport> {
            return std::make_unique<CannedTransport>([this](const sync::HttpRequest &r) {
                {
                    QMutexLocker lock(&m_requestsLock);
                    m_requests << r;
                }
                return m_sit ? m_sit(r) : CannedTransport::networkError();
            });
        });
        return c;
    }

    // The list is read on a worker thread: wait for the read under way (and any one queued behind it).
    bool refreshed(ProjectsController &c)
    {
        QSignalSpy spy(&c, &ProjectsController::localChanged);
        c.refresh();
        if (!spy.wait(5000))
            return false;
        return QTest::qWaitFor([&c] { return !c.local()->loading(); }, 5000);
    }

    QStringList localIds(ProjectsController &c)
    {
        QStringList ids;
        for (int i = 0; i < c.local()->rowCount(); ++i)
            ids << c.local()->get(i).value(QStringLiteral("projectId")).toString() +
                       (c.local()->get(i).value(QStringLiteral("interrupted")).toBool() ? QStringLiteral(" (interrupted)") : QString());
        return ids;
    }

    bool signIn(ProjectsController &c)
    {
        c.setSessionAccount(QStringLiteral("http://sit.test/ows/surveyor/"), QStringLiteral("rilevatore"), QStringLiteral("pw"));
        QSignalSpy spy(&c, &ProjectsController::catalogueChanged);
        c.refreshCatalogue();
        return QTest::qWaitFor([&c] { return !c.catalogueLoading(); }, 5000);
    }

    static sync::HttpReply::Outcome catalogueSit(const sync::HttpRequest &r)
    {
        const QString url = r.url.toString();
        if (url.contains(QStringLiteral("territori_projects")))
            return CannedTransport::ok(catalogueReply(), "application/geo+json");
        if (url.contains(QStringLiteral("territori_work_areas")))
            return CannedTransport::ok(areasReply(), "application/geo+json");
        return CannedTransport::status(404);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TerritoriTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_projectscontroller"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        setUiLanguage(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        m_projects = m_tmp.filePath(QStringLiteral("data%1/projects").arg(QRandomGenerator::global()->generate()));
        QDir().mkpath(m_projects);
        m_opened.clear();
        m_sit = nullptr;
        m_requests.clear();
        m_controller.reset();
    }

    void cleanup() { m_controller.reset(); }

    void theListShowsTheProjectsAndWhichIsOpen()
    {
        makeProject(QStringLiteral("alfa"));
        makeProject(QStringLiteral("beta"), 2);
        m_controller = newController();
        ProjectsController &c = *m_controller;
        c.setCurrent(folder(QStringLiteral("alfa")));
        QVERIFY(refreshed(c));
        QCOMPARE(localIds(c), (QStringList{QStringLiteral("alfa"), QStringLiteral("beta")}));
        QCOMPARE(c.currentId(), QStringLiteral("alfa"));
        QVERIFY(c.local()->get(0).value(QStringLiteral("current")).toBool());
        QVERIFY(!c.local()->get(1).value(QStringLiteral("current")).toBool());
        QCOMPARE(c.local()->get(1).value(QStringLiteral("unsent")).toInt(), 2);
        QCOMPARE(c.local()->get(1).value(QStringLiteral("title")).toString(), QStringLiteral("BETA"));
        // The next start remembers which one was open.
        QCOMPARE(QSettings().value(QStringLiteral("projects/last")).toString(), QStringLiteral("alfa"));
        QVERIFY(!c.demoOnDevice());
    }

    void openingGoesThroughTheSwitchLoop()
    {
        makeProject(QStringLiteral("alfa"));
        makeProject(QStringLiteral("beta"));
        m_controller = newController();
        ProjectsController &c = *m_controller;
        c.setCurrent(folder(QStringLiteral("alfa")));
        QSignalSpy messages(&c, &ProjectsController::message);
        QVERIFY(c.open(QStringLiteral("beta")));
        QVERIFY(c.open(QStringLiteral("beta"), QStringLiteral("export")));
        QCOMPARE(m_opened.size(), 2);
        QCOMPARE(m_opened[0].directory, folder(QStringLiteral("beta")));
        QCOMPARE(m_opened[0].page, QString());
        QCOMPARE(m_opened[1].page, QStringLiteral("export"));
        // Nothing that is not a project of this device is opened.
        QVERIFY(!c.open(QStringLiteral("gamma")));
        QVERIFY(!c.open(QStringLiteral("../alfa")));
        QVERIFY(!c.open(QStringLiteral(".incoming")));
        QCOMPARE(m_opened.size(), 2);
        QCOMPARE(messages.size(), 3);
        QVERIFY(messages.last().at(1).toBool()); // said as an error
        // After a definition update the open project opens again, with what changed.
        const QVariantMap update{{QStringLiteral("toVersion"), 5}};
        QVERIFY(c.reopen(update));
        QCOMPARE(m_opened.last().directory, QDir(folder(QStringLiteral("alfa"))).absolutePath());
        QCOMPARE(m_opened.last().update.value(QStringLiteral("toVersion")).toInt(), 5);
        // The demo opens where it is installed.
        QVERIFY(c.installDemo());
        QCOMPARE(m_opened.last().directory, c.demoDirectory());
    }

    void removingAProjectWithUnsentChangesNeedsConsent()
    {
        makeProject(QStringLiteral("alfa"));
        makeProject(QStringLiteral("beta"), 3);
        makeProject(QStringLiteral("gamma"));
        QSettings().setValue(QStringLiteral("sync/beta/url"), QStringLiteral("http://sit.test/ows/surveyor/"));
        m_controller = newController();
        ProjectsController &c = *m_controller;
        c.setCurrent(folder(QStringLiteral("alfa")));
        QVERIFY(refreshed(c));

        // The open project is never removed.
        QVariantMap r = c.removal(QStringLiteral("alfa"));
        QVERIFY(!r.value(QStringLiteral("allowed")).toBool());
        QVERIFY(!r.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(!c.remove(QStringLiteral("alfa"), true));
        QVERIFY(QFileInfo::exists(folder(QStringLiteral("alfa")) + "/project.gpkg"));

        // Unsent changes are counted now, and without consent nothing goes.
        r = c.removal(QStringLiteral("beta"));
        QVERIFY(r.value(QStringLiteral("allowed")).toBool());
        QCOMPARE(r.value(QStringLiteral("unsent")).toInt(), 3);
        QVERIFY(!c.remove(QStringLiteral("beta"), false));
        QVERIFY(QFileInfo::exists(folder(QStringLiteral("beta")) + "/project.gpkg"));
        QVERIFY(c.remove(QStringLiteral("beta"), true));
        QVERIFY(!QFileInfo::exists(folder(QStringLiteral("beta"))));
        QVERIFY(!QSettings().contains(QStringLiteral("sync/beta/url")));
        // Nothing unsent: removed on the first ask.
        QCOMPARE(c.removal(QStringLiteral("gamma")).value(QStringLiteral("unsent")).toInt(), 0);
        QVERIFY(c.remove(QStringLiteral("gamma"), false));
        QTRY_COMPARE_WITH_TIMEOUT(localIds(c), QStringList{QStringLiteral("alfa")}, 5000);
        // No folder was left behind under another name.
        QCOMPARE(QDir(m_projects).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("alfa")});
    }

    void aRemovalCutShortIsFinishedAtTheNextStart()
    {
        makeProject(QStringLiteral("alfa"));
        const QString left = QDir(m_projects).filePath(QStringLiteral(".removing-beta-0000abcd"));
        QDir().mkpath(left + "/attachments");
        QFile f(left + "/project.gpkg");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("half");
        f.close();
        m_controller = newController();
        QVERIFY(!QFileInfo::exists(left));
        QVERIFY(QFileInfo::exists(folder(QStringLiteral("alfa")) + "/project.gpkg"));
    }

    void theAccountIsSavedWithoutItsPassword()
    {
        m_sit = catalogueSit;
        m_controller = newController();
        ProjectsController &c = *m_controller;
        QVERIFY(!ProjectsController::accountSaved());
        // A session account signs in, but is not the person's saved account (it does not change the start rules).
        c.setSessionAccount(QStringLiteral("http://sit.test/ows/surveyor/"), QStringLiteral("rilevatore"), QStringLiteral("pw"));
        QVERIFY(c.configured());
        QVERIFY(!ProjectsController::accountSaved());
        // A wrong address is refused with a word, and nothing is saved.
        c.setAccount(QStringLiteral("ftp://sit.test"), QStringLiteral("rilevatore"), QStringLiteral("pw"), false);
        QVERIFY(!c.accountMessage().isEmpty());
        QVERIFY(!ProjectsController::accountSaved());

        c.setAccount(QStringLiteral("https://sit.test/ows/surveyor/"), QStringLiteral(" rilevatore "),
                     QStringLiteral("segreto-123"), false);
        QVERIFY(ProjectsController::accountSaved());
        QCOMPARE(c.serverUrl(), QStringLiteral("https://sit.test/ows/surveyor/"));
        QCOMPARE(c.user(), QStringLiteral("rilevatore"));
        QVERIFY(c.hasPassword());
        QCOMPARE(c.passwordInMemoryOnly(), QStringLiteral("segreto-123")); // not kept: a project's sync is handed it
        QSettings s;
        s.sync();
        QCOMPARE(s.value(QStringLiteral("account/url")).toString(), QStringLiteral("https://sit.test/ows/surveyor/"));
        QCOMPARE(s.value(QStringLiteral("account/user")).toString(), QStringLiteral("rilevatore"));
        QFile file(s.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("segreto-123"));
        // Signing in asks the SIT for its catalogue with that account.
        QTRY_VERIFY_WITH_TIMEOUT(c.catalogueLoaded(), 5000);
        // A new start (a new controller) knows the account, not the password it was not asked to keep.
        m_controller.reset();
        m_controller = newController();
        QCOMPARE(m_controller->serverUrl(), QStringLiteral("https://sit.test/ows/surveyor/"));
        QCOMPARE(m_controller->user(), QStringLiteral("rilevatore"));
        QCOMPARE(m_controller->passwordInMemoryOnly(), QString());
    }

    void theCatalogueIsTheSitsForTheAccount()
    {
        makeProject(QStringLiteral("alfa"));
        m_sit = catalogueSit;
        m_controller = newController();
        ProjectsController &c = *m_controller;
        QVERIFY(refreshed(c));
        QVERIFY(signIn(c));
        QVERIFY2(c.catalogueError().isEmpty(), qPrintable(c.catalogueError()));
        QVERIFY(c.catalogueLoaded());
        QVERIFY(c.cataloguePublished());
        {
            QMutexLocker lock(&m_requestsLock);
            QVERIFY(!m_requests.isEmpty());
        }
        const QVariantList entries = c.catalogue();
        QCOMPARE(entries.size(), 3);
        QVariantMap byId[3];
        for (const QVariant &v : entries) {
            const QVariantMap e = v.toMap();
            const QString id = e.value(QStringLiteral("id")).toString();
            byId[id == QLatin1String("ptm-rilievi") ? 0 : id == QLatin1String("alfa") ? 1 : 2] = e;
        }
        QCOMPARE(byId[0].value(QStringLiteral("title")).toString(), QStringLiteral("Rilievi PTM (en)"));
        QVERIFY(!byId[0].value(QStringLiteral("onDevice")).toBool());
        QVERIFY(byId[0].value(QStringLiteral("readable")).toBool());
        QVERIFY(byId[1].value(QStringLiteral("onDevice")).toBool());
        QCOMPARE(byId[1].value(QStringLiteral("localVersion")).toInt(), 2);
        QCOMPARE(byId[1].value(QStringLiteral("version")).toInt(), 3);
        QVERIFY(!byId[2].value(QStringLiteral("readable")).toBool());

        // The work areas: the whole territory first, then the zone omogenee, then the comuni by name.
        QStringList names;
        for (const QVariant &v : c.areas(QString()))
            names << v.toMap().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("The whole territory"), QStringLiteral("Nord Ovest"),
                                     QStringLiteral("Arese"), QStringLiteral("Rho")}));
        QCOMPARE(c.areas(QStringLiteral("rh")).size(), 1);
        QCOMPARE(c.areas(QStringLiteral("015182")).value(0).toMap().value(QStringLiteral("id")).toString(),
                 QStringLiteral("comune-rho"));
        QVERIFY(c.areas(QStringLiteral("zzz")).isEmpty());
    }

    void aRefusedAccountIsSaidSo()
    {
        m_sit = [](const sync::HttpRequest &) { return CannedTransport::status(401); };
        m_controller = newController();
        ProjectsController &c = *m_controller;
        QVERIFY(signIn(c));
        QVERIFY(!c.catalogueLoaded());
        QVERIFY2(c.catalogueError().contains(QStringLiteral("refused")), qPrintable(c.catalogueError()));
    }

    void aDownloadThatCannotStartSaysWhy()
    {
        makeProject(QStringLiteral("alfa"));
        m_sit = catalogueSit;
        m_controller = newController();
        ProjectsController &c = *m_controller;
        QVERIFY(refreshed(c));
        QVERIFY(!c.download(QStringLiteral("ptm-rilievi"), QString()));
        QCOMPARE(c.downloadErrorTitle(), QStringLiteral("Sign in first"));
        QVERIFY(signIn(c));
        QVERIFY(!c.download(QStringLiteral("alfa"), QString()));
        QCOMPARE(c.downloadErrorTitle(), QStringLiteral("Already on this device"));
        QVERIFY(!c.download(QStringLiteral("futuro"), QString()));
        QCOMPARE(c.downloadErrorTitle(), QStringLiteral("A newer version of Territori is needed"));
        QVERIFY(!c.download(QStringLiteral("altro"), QString()));
        QCOMPARE(c.downloadErrorTitle(), QStringLiteral("Not in the catalogue for your account"));
        QVERIFY(!c.download(QStringLiteral("../alfa"), QString()));
        QVERIFY(!c.downloading());
        QVERIFY(!QFileInfo::exists(ProjectRegistryIncoming()));
    }

    void aFailedDownloadResumesOnTheSameWorkArea()
    {
        m_sit = catalogueSit;
        m_controller = newController();
        ProjectsController &c = *m_controller;
        QVERIFY(signIn(c));
        // The SIT goes away once the catalogue has been read.
        m_sit = [](const sync::HttpRequest &) { return CannedTransport::networkError(); };
        QSignalSpy finished(&c, &ProjectsController::downloadFinished);
        QVERIFY(c.download(QStringLiteral("ptm-rilievi"), QStringLiteral("comune-rho")));
        QVERIFY(c.downloading());
        QCOMPARE(c.downloadArea(), QStringLiteral("Rho"));
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.last().at(1).toBool());
        QVERIFY(!c.downloading());
        QCOMPARE(c.downloadErrorTitle(), QStringLiteral("No connection to the SIT"));
        QVERIFY(!c.downloadError().isEmpty());
        QVERIFY(!QFileInfo::exists(folder(QStringLiteral("ptm-rilievi"))));
        // Resumed, it asks for the same work area, even from a new start that has no catalogue yet.
        m_controller.reset();
        m_controller = newController();
        ProjectsController &again = *m_controller;
        again.setSessionAccount(QStringLiteral("http://sit.test/ows/surveyor/"), QStringLiteral("rilevatore"), QStringLiteral("pw"));
        QSignalSpy finishedAgain(&again, &ProjectsController::downloadFinished);
        QVERIFY(again.resume(QStringLiteral("ptm-rilievi")));
        QCOMPARE(again.downloadArea(), QStringLiteral("Rho"));
        QVERIFY(finishedAgain.wait(60000));
        QCOMPARE(QSettings().value(QStringLiteral("downloads/ptm-rilievi/area")).toString(), QStringLiteral("comune-rho"));
    }

    void aCancelledDownloadLeavesNothing()
    {
        m_sit = catalogueSit;
        m_controller = newController();
        ProjectsController &c = *m_controller;
        QVERIFY(signIn(c));
        // A slow SIT: the download is still asking when the person cancels.
        m_sit = [](const sync::HttpRequest &) {
            QThread::msleep(300);
            return CannedTransport::networkError();
        };
        QSignalSpy finished(&c, &ProjectsController::downloadFinished);
        QVERIFY(c.download(QStringLiteral("ptm-rilievi"), QString()));
        // A second download waits for the first; the refusal is said apart, the pane keeps showing the first.
        QSignalSpy messages(&c, &ProjectsController::message);
        QVERIFY(!c.download(QStringLiteral("alfa"), QString()));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().at(1).toBool());
        QVERIFY(c.downloadError().isEmpty());
        QCOMPARE(c.downloadId(), QStringLiteral("ptm-rilievi"));
        QTest::qWait(100);
        c.cancelDownload();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().at(1).toBool());
        QVERIFY(!c.downloading());
        QVERIFY(!QFileInfo::exists(folder(QStringLiteral("ptm-rilievi"))));
        QVERIFY(!QFileInfo::exists(sync::ProjectDownload::stagingDirectory(m_projects, QStringLiteral("ptm-rilievi"))));
        QVERIFY(!QSettings().contains(QStringLiteral("downloads/ptm-rilievi/area")));
        QVERIFY(c.downloadError().isEmpty()); // a cancel is no error to show
    }

    void anInterruptedDownloadIsListedAndCanBeDiscarded()
    {
        makeProject(QStringLiteral("alfa"));
        const QString staging = sync::ProjectDownload::stagingDirectory(m_projects, QStringLiteral("beta"));
        Project::create(staging, definitionWithId(QStringLiteral("beta"), QStringLiteral("Beta")), 1);
        m_controller = newController();
        ProjectsController &c = *m_controller;
        QVERIFY(refreshed(c));
        QCOMPARE(localIds(c), (QStringList{QStringLiteral("alfa"), QStringLiteral("beta (interrupted)")}));
        // An interrupted download is no project to open.
        QVERIFY(!c.open(QStringLiteral("beta")));
        QVERIFY(c.discard(QStringLiteral("beta")));
        QVERIFY(!QFileInfo::exists(staging));
        QTRY_COMPARE_WITH_TIMEOUT(localIds(c), QStringList{QStringLiteral("alfa")}, 5000);
    }

private:
    QString ProjectRegistryIncoming() const { return QDir(m_projects).filePath(QStringLiteral(".incoming")); }
};

QTEST_GUILESS_MAIN(TestProjectsController)
#include "tst_projectscontroller.moc"
