// The projects page's controller against the real SIT (sync/server/sit started for this test with the demo's two
// projects and sample work areas), on one device, as the app uses it (issue #12): signing in reads the catalogue
// for the account; a download for a work area shows progress, lands whole, and leaves the project's sync on the
// account it came with; a cancelled one leaves nothing; the start rules pick the project, the projects page or the
// demo from what is on the device; the switch loop opens another project; and two projects on the device keep
// separate outboxes, each synced with its own account, neither sending the other's changes.
//
// AppContext is the app's composition root (store, map, controllers), built here without a window, as tst_qml does.

#include "application.h"
#include "editgateway.h"
#include "exportcontroller.h"
#include "outbox.h"
#include "project.h"
#include "projectdownload.h"
#include "projectregistry.h"
#include "projectscontroller.h"
#include "sitharness.h"
#include "synccontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace territori;
using namespace territori::store;
using territori::testing::SitHarness;
using territori::ui::AppContext;
using territori::ui::ExportController;
using territori::ui::ProjectsController;
using territori::ui::SyncController;

class TestSitProjectsController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    SitHarness m_sit;
    QString m_data;     // the device's data folder
    QString m_projects; // its projects folder
    QStringList m_opened;
    QVariantMap m_openedUpdate; // what the last open asked to show: a definition update

    std::unique_ptr<ProjectsController> controller()
    {
        auto c = std::make_unique<ProjectsController>(m_projects, QStringLiteral("tablet-ui"));
        c->setOpenHandler([this](const QString &dir, const QString &, const QVariantMap &update) {
            m_opened << dir;
            m_openedUpdate = update;
        });
        return c;
    }

    bool signIn(ProjectsController &c, const QString &role)
    {
        // As a person does on the projects page, without keeping the password in the keychain.
        c.setAccount(m_sit.ows(role).toString(), m_sit.user(role), m_sit.password(role), false);
        return QTest::qWaitFor([&c] { return !c.catalogueLoading(); }, 30000) && c.catalogueLoaded();
    }

    bool download(ProjectsController &c, const QString &id, const QString &area, QList<double> *progress = nullptr)
    {
        QSignalSpy finished(&c, &ProjectsController::downloadFinished);
        auto connection = connect(&c, &ProjectsController::downloadProgressChanged, this, [&c, progress] {
            if (progress && c.downloading())
                *progress << c.downloadProgress();
        });
        if (!c.download(id, area)) {
            qWarning("%s: %s", qPrintable(c.downloadErrorTitle()), qPrintable(c.downloadError()));
            return false;
        }
        const bool ended = finished.wait(180000);
        disconnect(connection);
        if (!ended || !finished.last().at(1).toBool()) {
            qWarning("%s: %s", qPrintable(c.downloadErrorTitle()), qPrintable(c.downloadError()));
            return false;
        }
        return true;
    }

    // What the app builds at a start, or after the switch loop was asked to open another project.
    std::unique_ptr<AppContext> start(ProjectsController &c, const QString &project = QString())
    {
        ui::Options o;
        o.dataDirectory = m_data;
        o.projectDirectory = project;
        o.language = QStringLiteral("en");
        o.offline = true;
        o.selfTest = true; // no device GPS, no sync account handed around
        o.demoBundle = QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo");
        return std::make_unique<AppContext>(o, &c);
    }

    QString addPoint(const QString &dir, const QString &layer, QVariantMap attributes, double x, double y)
    {
        auto p = Project::open(dir);
        EditGateway gw(*p, EditContext{QStringLiteral("rilevatore"), QStringLiteral("tablet-ui")});
        NewFeature f;
        f.geometry = Geometry::point({x, y});
        f.attributes = attributes;
        const EditResult r = gw.insert(layer, f);
        if (!r.ok)
            qWarning("%s", qPrintable(r.message));
        return r.uuid;
    }

    // A project's sync as AppContext builds it: its own store, gateway and account (sync/<id>/*, written by the
    // download), the password lent by the projects page's account when the keychain does not have it.
    struct OpenProject
    {
        std::unique_ptr<Project> project;
        std::unique_ptr<EditGateway> gateway;
        std::unique_ptr<SyncController> sync;
    };
    OpenProject openForSync(ProjectsController &c, const QString &dir)
    {
        OpenProject o;
        o.project = Project::open(dir);
        o.gateway = std::make_unique<EditGateway>(*o.project, EditContext{QStringLiteral("rilevatore"), QStringLiteral("tablet-ui")});
        o.sync = std::make_unique<SyncController>(o.project.get(), o.gateway.get(), QStringLiteral("tablet-ui"));
        o.sync->setAutoSync(false);
        const QString lent = c.sessionPasswordFor(o.sync->serverUrl(), o.sync->user());
        if (!lent.isEmpty())
            o.sync->setSessionAccount(o.sync->serverUrl(), o.sync->user(), lent);
        return o;
    }

    bool syncNow(SyncController &s)
    {
        QSignalSpy finished(&s, &SyncController::finished);
        s.syncNow();
        if (!finished.wait(120000))
            return false;
        if (!finished.last().at(0).toBool())
            qWarning("sync: %s", qPrintable(finished.last().at(1).toString()));
        return finished.last().at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_tmp.setAutoRemove(qEnvironmentVariableIsEmpty("TERRITORI_KEEP_TMP"));
        QFile::setPermissions(m_tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        QCoreApplication::setOrganizationName(QStringLiteral("TerritoriTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sitprojectscontroller"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QSettings().clear();
        m_data = m_tmp.filePath(QStringLiteral("device"));
        m_projects = core::ProjectRegistry::projectsDirectory(m_data);
        QDir().mkpath(m_projects);
        m_sit.packages = QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo");
        QString error;
        QVERIFY2(m_sit.up(m_tmp.path() + "/sit", false, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_sit.down(); }

    // A fresh device with no account: the offline demo, as before issue #12. It is removed again for what follows.
    void aFirstStartWithoutAnAccountInstallsTheDemo()
    {
        auto c = controller();
        {
            auto app = start(*c);
            QVERIFY(app->hasProject());
            QCOMPARE(c->currentId(), QLatin1String(ProjectsController::kDemoId));
        }
        c->setCurrent(QString());
        QVERIFY(c->remove(QLatin1String(ProjectsController::kDemoId), true));
        QVERIFY(core::ProjectRegistry::projectIds(m_projects).isEmpty());
    }

    void signingInReadsTheCatalogueForTheAccount()
    {
        auto c = controller();
        QVERIFY(signIn(*c, QStringLiteral("surveyor")));
        QStringList ids;
        for (const QVariant &e : c->catalogue())
            ids << e.toMap().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, QStringList{QStringLiteral("ptm-rilievi")});
        QVERIFY(c->areas(QString()).size() > 30);
        QCOMPARE(c->areas(QStringLiteral("rho")).value(0).toMap().value(QStringLiteral("id")).toString(),
                 QStringLiteral("comune-rho"));
        // The account is saved (not its password): with no project yet, the next start is the projects page.
        QVERIFY(ProjectsController::accountSaved());
        auto app = start(*c);
        QVERIFY(!app->hasProject());
        QVERIFY(!QFileInfo::exists(QDir(m_projects).filePath(QLatin1String(ProjectsController::kDemoId))));
        // A wrong password is said so.
        auto wrong = controller();
        wrong->setSessionAccount(m_sit.ows("surveyor").toString(), m_sit.user("surveyor"), QStringLiteral("sbagliata"));
        wrong->refreshCatalogue();
        QVERIFY(QTest::qWaitFor([&wrong] { return !wrong->catalogueLoading(); }, 30000));
        QVERIFY(!wrong->catalogueLoaded());
        QVERIFY2(wrong->catalogueError().contains(QStringLiteral("refused")), qPrintable(wrong->catalogueError()));
    }

    void aCancelledDownloadLeavesNothing()
    {
        auto c = controller();
        QVERIFY(signIn(*c, QStringLiteral("surveyor")));
        QSignalSpy finished(c.get(), &ProjectsController::downloadFinished);
        bool cancelled = false;
        connect(c.get(), &ProjectsController::downloadProgressChanged, this, [&] {
            if (!cancelled && c->downloading() && c->downloadProgress() > 0.1) {
                cancelled = true;
                c->cancelDownload();
            }
        });
        QVERIFY(c->download(QStringLiteral("ptm-rilievi"), QString()));
        QVERIFY(finished.wait(180000));
        QVERIFY(cancelled);
        QVERIFY(!finished.last().at(1).toBool());
        QVERIFY(c->downloadError().isEmpty());
        QVERIFY(!QFileInfo::exists(QDir(m_projects).filePath(QStringLiteral("ptm-rilievi"))));
        QVERIFY(!QFileInfo::exists(sync::ProjectDownload::stagingDirectory(m_projects, QStringLiteral("ptm-rilievi"))));
        QVERIFY(!QSettings().contains(QStringLiteral("sync/ptm-rilievi/url")));
    }

    void aDownloadForAWorkAreaThenTheStartOpensIt()
    {
        auto c = controller();
        QVERIFY(signIn(*c, QStringLiteral("surveyor")));
        QList<double> progress;
        QVERIFY(download(*c, QStringLiteral("ptm-rilievi"), QStringLiteral("comune-rho"), &progress));
        // The person saw it move.
        QVERIFY(progress.size() >= 3);
        QVERIFY(std::any_of(progress.begin(), progress.end(), [](double p) { return p > 0 && p < 1; }));
        QCOMPARE(c->downloadedId(), QStringLiteral("ptm-rilievi"));
        QCOMPARE(c->downloadArea(), c->areas(QStringLiteral("rho")).value(0).toMap().value(QStringLiteral("name")).toString());
        QVERIFY(c->downloadArea().startsWith(QStringLiteral("Rho")));
        const QString dir = QDir(m_projects).filePath(QStringLiteral("ptm-rilievi"));
        QCOMPARE(Project::open(dir)->workArea().id, QStringLiteral("comune-rho"));
        QVERIFY(!QFileInfo::exists(sync::ProjectDownload::stagingDirectory(m_projects, QStringLiteral("ptm-rilievi"))));
        // The project's sync uses the account it came with.
        QSettings s;
        QCOMPARE(s.value(QStringLiteral("sync/ptm-rilievi/url")).toString(), m_sit.ows("surveyor").toString());
        QCOMPARE(s.value(QStringLiteral("sync/ptm-rilievi/user")).toString(), m_sit.user("surveyor"));
        // The list and the catalogue say it is here.
        QTRY_VERIFY_WITH_TIMEOUT(c->local()->find(QStringLiteral("ptm-rilievi")) != nullptr, 10000);
        QVERIFY(c->catalogue().value(0).toMap().value(QStringLiteral("onDevice")).toBool());
        // A second download of it is refused before anything is asked of the SIT.
        QVERIFY(!c->download(QStringLiteral("ptm-rilievi"), QString()));

        // The only project on the device: a start opens it, account or not.
        auto app = start(*c);
        QVERIFY(app->hasProject());
        QCOMPARE(c->currentId(), QStringLiteral("ptm-rilievi"));
    }

    void twoProjectsKeepTheirOwnOutboxesAndAccounts()
    {
        // The participation project is the citizens': the same device signs in with a citizen's account for it.
        auto c = controller();
        QVERIFY(signIn(*c, QStringLiteral("citizen")));
        QVERIFY(download(*c, QStringLiteral("ptm-partecipazione"), QStringLiteral("comune-milano")));
        QCOMPARE(QSettings().value(QStringLiteral("sync/ptm-partecipazione/user")).toString(), m_sit.user("citizen"));
        QCOMPARE(QSettings().value(QStringLiteral("sync/ptm-rilievi/user")).toString(), m_sit.user("surveyor"));

        // Several projects: the start shows the projects page; --project (an id) opens that one.
        {
            auto app = start(*c);
            QVERIFY(!app->hasProject());
        }
        {
            auto app = start(*c, QStringLiteral("ptm-partecipazione"));
            QVERIFY(app->hasProject());
            QCOMPARE(c->currentId(), QStringLiteral("ptm-partecipazione"));
            // The switch loop: the page asks, the app builds the next context on the project asked for.
            m_opened.clear();
            QVERIFY(c->open(QStringLiteral("ptm-rilievi")));
            QCOMPARE(m_opened, QStringList{QDir(m_projects).filePath(QStringLiteral("ptm-rilievi"))});
        }
        {
            auto app = start(*c, m_opened.value(0));
            QVERIFY(app->hasProject());
            QCOMPARE(c->currentId(), QStringLiteral("ptm-rilievi"));
        }
        c->setCurrent(QString());

        // An unsent edit in the survey project (surveyor's account, kept only in memory on the projects page).
        const QString rilievi = QDir(m_projects).filePath(QStringLiteral("ptm-rilievi"));
        const QString partecipazione = QDir(m_projects).filePath(QStringLiteral("ptm-partecipazione"));
        const QString service = addPoint(rilievi, QStringLiteral("servizi_sovracomunali"),
                                         {{"nome", "Servizio dal tablet"}, {"comune", "Rho"}, {"categoria", "sport"}}, 9.04, 45.53);
        QVERIFY(!service.isEmpty());
        QCOMPARE(Outbox::pendingCount(Project::open(rilievi)->db()), 1);
        QCOMPARE(Outbox::pendingCount(Project::open(partecipazione)->db()), 0);
        QCOMPARE(c->removal(QStringLiteral("ptm-rilievi")).value(QStringLiteral("unsent")).toInt(), 1);
        QCOMPARE(c->removal(QStringLiteral("ptm-partecipazione")).value(QStringLiteral("unsent")).toInt(), 0);

        // The participation project syncs with the citizen's account: the survey edit stays where it is.
        {
            OpenProject p = openForSync(*c, partecipazione);
            QCOMPARE(p.sync->user(), m_sit.user("citizen"));
            QVERIFY(p.sync->hasPassword());
            QVERIFY(syncNow(*p.sync));
        }
        QCOMPARE(m_sit.psql(QStringLiteral("SELECT count(*) FROM servizi_sovracomunali WHERE uuid = '%1'").arg(service)),
                 QStringLiteral("0"));
        QCOMPARE(Outbox::pendingCount(Project::open(rilievi)->db()), 1);

        // The survey project syncs with the surveyor's account, which the projects page no longer holds (it is the
        // citizen's now): the password is the surveyor's, given again as a person would.
        {
            OpenProject p = openForSync(*c, rilievi);
            QCOMPARE(p.sync->user(), m_sit.user("surveyor"));
            QVERIFY(!p.sync->hasPassword()); // not lent: another account's
            p.sync->setSessionAccount(p.sync->serverUrl(), p.sync->user(), m_sit.password("surveyor"));
            QVERIFY(syncNow(*p.sync));
        }
        QCOMPARE(m_sit.psql(QStringLiteral("SELECT nome FROM servizi_sovracomunali WHERE uuid = '%1'").arg(service)),
                 QStringLiteral("Servizio dal tablet"));
        QCOMPARE(Outbox::pendingCount(Project::open(rilievi)->db()), 0);
        QCOMPARE(m_sit.psql(QStringLiteral("SELECT updated_by FROM servizi_sovracomunali WHERE uuid = '%1'").arg(service)),
                 m_sit.user("surveyor"));

        // Nothing unsent any more: the survey project goes on the first ask, the other stays.
        c->refresh();
        QVERIFY(c->remove(QStringLiteral("ptm-rilievi"), false));
        QVERIFY(!QFileInfo::exists(rilievi));
        QVERIFY(QFileInfo::exists(partecipazione + "/project.gpkg"));
        QVERIFY(!QSettings().contains(QStringLiteral("sync/ptm-rilievi/url")));
        // One project again: the start opens it.
        auto app = start(*c);
        QVERIFY(app->hasProject());
        QCOMPARE(c->currentId(), QStringLiteral("ptm-partecipazione"));
    }

    // A sync brings a newer definition: a field with an unsent value removed, a layer with an unsent feature retired.
    // The sync page learns what changed (and the app asks the switch loop to open the project again on it); on the
    // project opened again the change waits for "send without it", the layer for export and "let it go".
    void aDefinitionUpdateReopensTheProjectWithWhatWaits()
    {
        auto c = controller();
        QVERIFY(signIn(*c, QStringLiteral("surveyor")));
        QVERIFY(download(*c, QStringLiteral("ptm-rilievi"), QString()));
        const QString dir = QDir(m_projects).filePath(QStringLiteral("ptm-rilievi"));
        QString withCode, node;
        {
            auto p = Project::open(dir);
            EditGateway gw(*p, EditContext{QStringLiteral("rilevatore"), QStringLiteral("tablet-ui")});
            NewFeature area;
            area.geometry = Geometry::polygon({{9.1, 45.45}, {9.101, 45.45}, {9.101, 45.451}, {9.1, 45.45}});
            area.attributes = {{"nome", "Con codice PGT"}, {"comune", "Milano"}, {"stato", "dismessa"},
                               {"data_sopralluogo", QDate::currentDate()}, {"codice_pgt", "AT-12"}};
            withCode = gw.insert("aree_dismesse", area).uuid;
            NewFeature n;
            n.geometry = Geometry::point({9.12, 45.47});
            n.attributes = {{"nome", "Nodo nuovo"}, {"comune", "Milano"}, {"nodo", "interscambio"}};
            const EditResult r = gw.insert("lum", n);
            QVERIFY2(r.ok, qPrintable(r.message));
            node = r.uuid;
            QVERIFY(!withCode.isEmpty());
        }
        // The GIS office publishes a version without the field codice_pgt and without the layer lum.
        QJsonObject def = QJsonDocument::fromJson(
                              m_sit.psql(QStringLiteral("SELECT definition FROM territori.projects WHERE id = 'ptm-rilievi'")).toUtf8())
                              .object();
        QVERIFY(!def.isEmpty());
        QJsonArray layers;
        for (const QJsonValue &lv : def.value("layers").toArray()) {
            QJsonObject l = lv.toObject();
            if (l.value("name").toString() == QLatin1String("lum"))
                continue;
            if (l.value("name").toString() == QLatin1String("aree_dismesse")) {
                QJsonArray fields;
                for (const QJsonValue &fv : l.value("fields").toArray())
                    if (fv.toObject().value("name").toString() != QLatin1String("codice_pgt"))
                        fields.append(fv);
                l.insert("fields", fields);
            }
            layers.append(l);
        }
        def.insert("layers", layers);
        def.remove("version");
        const QString path = m_tmp.filePath(QStringLiteral("ptm-rilievi-next.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(def).toJson());
        }
        QString out;
        QCOMPARE(m_sit.publish(path, {QStringLiteral("--packages"), m_sit.packages}, &out), 0);
        const int version = m_sit.psql(QStringLiteral("SELECT version FROM territori.projects WHERE id = 'ptm-rilievi'")).toInt();

        QVariantMap update;
        c->setCurrent(dir);
        {
            OpenProject p = openForSync(*c, dir);
            QVERIFY(p.sync->hasPassword());
            QSignalSpy updated(p.sync.get(), &SyncController::definitionUpdated);
            QVERIFY(syncNow(*p.sync));
            QCOMPARE(updated.size(), 1);
            update = p.sync->definitionUpdate();
            QCOMPARE(update.value(QStringLiteral("toVersion")).toInt(), version);
            QCOMPARE(update.value(QStringLiteral("held")).toInt(), 1);
            QCOMPARE(update.value(QStringLiteral("retiredLayers")).toStringList(), QStringList{QStringLiteral("lum")});
            QVERIFY(!update.value(QStringLiteral("changes")).toStringList().isEmpty());
            // The window asks for the project to be opened again on it (main.qml, once the person is on the map).
            m_opened.clear();
            QVERIFY(c->reopen(update));
            QCOMPARE(m_opened, QStringList{QDir(dir).absolutePath()});
            QCOMPARE(m_openedUpdate.value(QStringLiteral("toVersion")).toInt(), version);
        }

        // Opened again: what waits for the person is on the sync page.
        OpenProject p = openForSync(*c, dir);
        auto attention = [&p](const QString &kind) {
            QVariantList out;
            for (const QVariant &v : p.sync->attention())
                if (v.toMap().value(QStringLiteral("kind")).toString() == kind)
                    out << v;
            return out;
        };
        QCOMPARE(attention(QStringLiteral("fix")).size(), 1);
        const QVariantMap kept = attention(QStringLiteral("fix")).value(0).toMap();
        QCOMPARE(kept.value(QStringLiteral("uuid")).toString(), withCode);
        QVERIFY(kept.value(QStringLiteral("kept")).toBool());
        QVERIFY2(kept.value(QStringLiteral("text")).toString().contains(QStringLiteral("AT-12")),
                 qPrintable(kept.value(QStringLiteral("text")).toString()));
        QCOMPARE(attention(QStringLiteral("retired")).size(), 1);
        QCOMPARE(attention(QStringLiteral("retired")).value(0).toMap().value(QStringLiteral("count")).toInt(), 1);
        // The retired layer can be exported (its unsent feature is here to take away) before it is let go.
        ExportController exporter(p.project.get());
        QCOMPARE(exporter.retiredLayers().size(), 1);
        QCOMPARE(exporter.retiredLayers().value(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("lum"));

        // "Send without it": the change goes, without the removed value.
        QVERIFY(p.sync->sendWithoutRemovedValues(QStringLiteral("aree_dismesse"), withCode));
        QVERIFY(attention(QStringLiteral("fix")).isEmpty());
        QVERIFY(syncNow(*p.sync));
        QCOMPARE(m_sit.psql(QStringLiteral("SELECT nome FROM aree_dismesse WHERE uuid = '%1'").arg(withCode)),
                 QStringLiteral("Con codice PGT"));
        QCOMPARE(m_sit.psql(QStringLiteral("SELECT coalesce(codice_pgt, '-') FROM aree_dismesse WHERE uuid = '%1'").arg(withCode)),
                 QStringLiteral("-"));
        // "Let it go": the layer and its unsent feature leave the device; nothing waits any more.
        QCOMPARE(Outbox::pendingCount(p.project->db()), 1);
        QVERIFY(p.sync->letRetiredLayerGo(QStringLiteral("lum")));
        QVERIFY(attention(QStringLiteral("retired")).isEmpty());
        QVERIFY(exporter.retiredLayers().isEmpty());
        QCOMPARE(Outbox::pendingCount(p.project->db()), 0);
        QCOMPARE(m_sit.psql(QStringLiteral("SELECT count(*) FROM lum WHERE uuid = '%1'").arg(node)), QStringLiteral("0"));
        c->setCurrent(QString());
    }
};

QTEST_MAIN(TestSitProjectsController)
#include "tst_sitprojectscontroller.moc"
