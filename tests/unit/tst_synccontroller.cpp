// What the sync page tells a person must be true: "every edit is on the SIT" only once the SIT confirmed them, a
// failed run is tried again by itself (and really is), wrong credentials stop the retries and ask, and a conflict
// resolved on the page changes the feature. The SIT here is the in-memory fake (tests/common/fakesit.h).

#include "editgateway.h"
#include "fakesit.h"
#include "featurereader.h"
#include "project.h"
#include "synccontroller.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace territori;
using namespace territori::store;
using namespace territori::sync;
using territori::testing::CannedTransport;
using territori::testing::FakeSit;
using territori::ui::SyncController;

namespace {

// Hands the engine's thread a transport that forwards to one the test owns.
struct Forward : Transport
{
    explicit Forward(Transport &t) : target(t) {}
    HttpReply *start(const HttpRequest &r) override { return target.start(r); }
    void setCredentials(const Credentials &c) override { target.setCredentials(c); }
    Transport &target;
};

} // namespace

class TestSyncController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditGateway> m_gw;
    std::unique_ptr<FakeSit> m_sit;
    std::unique_ptr<SyncController> m_sync;

    void useTransport(Transport &t)
    {
        m_sync->setTransportFactory([&t]() -> std::unique_ptr<Transport> { return std::make_unique<Forward>(t); });
    }
    bool waitFinished(int ms = 10000)
    {
        QSignalSpy spy(m_sync.get(), &SyncController::finished);
        return spy.wait(ms);
    }
    QString addPoint(const QString &nome)
    {
        NewFeature nf;
        nf.geometry = Geometry::point({9.19, 45.46});
        nf.attributes.insert("nome", nome);
        return m_gw->insert("punti", nf).uuid;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_sync.reset();
        m_gw.reset();
        m_project.reset();
        const QString dir = m_tmp.path() + "/p" + QString::number(QRandomGenerator::global()->generate());
        m_project = Project::create(dir, territori::testing::smallDefinition());
        m_gw = std::make_unique<EditGateway>(*m_project, EditContext{"tester", "tablet"});
        m_sit = std::make_unique<FakeSit>(m_project->layers());
        m_sync = std::make_unique<SyncController>(m_project.get(), m_gw.get(), "tablet");
        m_sync->setAutoSync(false);
        useTransport(m_sit->transport);
    }

    // What waits for a person besides conflicts is on the page, and "every edit is on the SIT" is not said meanwhile:
    // a value another program wrote that cannot go, a feature of the SIT this device could not take, a photo missing.
    void whatWaitsForAPersonIsListedAndNothingIsCalledSent()
    {
        m_sync->setSessionAccount("http://127.0.0.1:9/ows/surveyor/", "rilevatore", "pw");
        const QString a = addPoint("Uno");
        m_sync->syncNow();
        QVERIFY(waitFinished());
        QVERIFY(m_sync->allSent());
        // QGIS stores a control character in a name, which XML cannot carry.
        Database qgis;
        qgis.open(m_project->directory() + "/project.gpkg", Database::Mode::ReadWrite);
        qgis.exec(QStringLiteral("UPDATE punti SET nome = 'Uno' || char(7) WHERE uuid = '%1'").arg(a));
        m_sit->tables["punti"]["00000000-0000-4000-8000-000000000999"] = FakeSit::Row{
            ++m_sit->revCounter, false, QString(), QJsonObject{{"nome", "grande"}},
            QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{9.2, 45.5}}}};
        m_sit->huge.insert("00000000-0000-4000-8000-000000000999");
        m_sync->syncNow();
        QVERIFY(waitFinished());
        QCOMPARE(m_sync->toFix(), 1);
        QCOMPARE(m_sync->setAside(), 1);
        QVERIFY(!m_sync->allSent());
        QVERIFY2(m_sync->summary().contains("to correct"), qPrintable(m_sync->summary()));
        const QVariantList items = m_sync->attention();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toMap().value("kind").toString(), QString("fix"));
        QCOMPARE(items[0].toMap().value("uuid").toString(), a);
        QVERIFY2(items[0].toMap().value("text").toString().contains("U+0007"), qPrintable(items[0].toMap().value("text").toString()));
        QCOMPARE(items[1].toMap().value("kind").toString(), QString("setAside"));
        QVERIFY(items[1].toMap().value("text").toString().contains("64 MB"));
        // Corrected (here through the app's form path, the gateway) and fixed on the SIT: nothing waits any more.
        FeatureChange fc;
        fc.attributes.insert("nome", "Uno corretto");
        QVERIFY(m_gw->update("punti", a, fc).ok);
        m_sit->huge.clear();
        m_sync->syncNow();
        QVERIFY(waitFinished());
        QCOMPARE(m_sync->toFix(), 0);
        QCOMPARE(m_sync->setAside(), 0);
        QVERIFY2(m_sync->allSent(), qPrintable(m_sync->summary()));
        QCOMPARE(m_sit->tables["punti"][a].values["nome"].toString(), QString("Uno corretto"));
    }

    void withoutAnAccountItSaysSo()
    {
        QVERIFY(!m_sync->configured());
        QVERIFY(!m_sync->allSent());
        QVERIFY(m_sync->summary().contains("Not connected"));
        m_sync->syncNow();
        QVERIFY(!m_sync->running());
        QVERIFY(m_sync->needsCredentials());
    }

    void everythingSentOnlyAfterTheSitConfirmed()
    {
        m_sync->setSessionAccount("http://127.0.0.1:9/ows/surveyor/", "rilevatore", "pw");
        addPoint("Uno");
        addPoint("Due");
        m_sync->refresh();
        QCOMPARE(m_sync->pending(), 2);
        QVERIFY(!m_sync->allSent());
        QVERIFY2(m_sync->summary().contains("2 edits not yet on the SIT"), qPrintable(m_sync->summary()));
        QSignalSpy changed(m_sync.get(), &SyncController::layersChanged);
        m_sync->syncNow();
        QVERIFY(m_sync->running());
        QVERIFY(waitFinished());
        QCOMPARE(m_sync->pending(), 0);
        QVERIFY(m_sync->allSent());
        QVERIFY(m_sync->summary().contains("Every edit is on the SIT"));
        QCOMPARE(m_sit->tables["punti"].size(), size_t(2));
        QVERIFY(!m_sync->lastSuccess().isEmpty());
        QCOMPARE(m_sit->transport.credentials.user, QString("rilevatore"));
        QVERIFY(!changed.isEmpty()); // the pull wrote the revisions: the map reloads the layer
    }

    void aFailedRunIsTriedAgainByItselfUntilTheSitAnswers()
    {
        m_sync->setSessionAccount("http://127.0.0.1:9/ows/surveyor/", "rilevatore", "pw");
        m_sync->setRetryDelays(50, 200);
        m_sync->setAutoSync(true);
        addPoint("Durante il blackout");
        int refused = 0;
        m_sit->override = [&](const HttpRequest &) -> std::optional<HttpReply::Outcome> {
            if (refused < 8) {
                ++refused;
                return CannedTransport::networkError("Could not connect to server");
            }
            return std::nullopt;
        };
        m_sync->syncNow();
        QVERIFY(waitFinished());
        QVERIFY(!m_sync->lastError().isEmpty());
        QVERIFY(!m_sync->nextAttempt().isEmpty()); // the page says when
        QCOMPARE(m_sync->pending(), 1);
        // The network comes back after two runs (4 tries each): the retry runs by itself and sends the edit.
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->pending() == 0 && !m_sync->running(), 20000);
        QVERIFY(m_sync->lastError().isEmpty());
        QCOMPARE(m_sit->tables["punti"].size(), size_t(1));
    }

    void wrongCredentialsAskInsteadOfRetrying()
    {
        m_sync->setSessionAccount("http://127.0.0.1:9/ows/surveyor/", "rilevatore", "sbagliata");
        m_sync->setRetryDelays(50, 200);
        m_sync->setAutoSync(true);
        addPoint("Uno");
        CannedTransport refuse([](const HttpRequest &) { return CannedTransport::status(401, "Unauthorized"); });
        useTransport(refuse);
        m_sync->syncNow();
        QVERIFY(waitFinished());
        QVERIFY(m_sync->needsCredentials());
        const int requests = refuse.requests.size();
        QTest::qWait(500);
        QCOMPARE(refuse.requests.size(), requests); // no retry with the same wrong password
        QCOMPARE(m_sync->pending(), 1);
    }

    void aConflictIsShownAndResolvedFromThePage()
    {
        m_sync->setSessionAccount("http://127.0.0.1:9/ows/surveyor/", "rilevatore", "pw");
        const QString uuid = addPoint("Originale");
        m_sync->syncNow();
        QVERIFY(waitFinished());
        m_sit->sqlUpdate("punti", uuid, "nome", "Dal desktop");
        FeatureChange fc;
        fc.attributes.insert("nome", "Dal tablet");
        QVERIFY(m_gw->update("punti", uuid, fc).ok);
        m_sync->syncNow();
        QVERIFY(waitFinished());
        QCOMPARE(m_sync->conflicts(), 1);
        QVERIFY(!m_sync->allSent());
        QCOMPARE(m_sync->conflictList()->rowCount(), 1);
        const qint64 id = m_sync->conflictList()->idAt(0);
        const QVariantMap detail = m_sync->conflictDetail(id);
        QCOMPARE(detail.value("kind").toString(), QString("edit-edit"));
        const QVariantMap field = detail.value("fields").toList().at(0).toMap();
        QCOMPARE(field.value("field").toString(), QString("nome"));
        QCOMPARE(field.value("base").toString(), QString("Originale"));
        QCOMPARE(field.value("mine").toString(), QString("Dal tablet"));
        QCOMPARE(field.value("theirs").toString(), QString("Dal desktop"));
        // A value that is neither, typed on the page.
        QVERIFY(m_sync->resolveConflict(id, "edit", {{"nome", "Né l'uno né l'altro"}}));
        QCOMPARE(m_sync->conflicts(), 0);
        m_sync->syncNow();
        QVERIFY(waitFinished());
        QCOMPARE(m_sit->tables["punti"][uuid].values.value("nome").toString(), QString("Né l'uno né l'altro"));
        QVERIFY(m_sync->allSent());
    }

    void refusedEditsShowTheSitsReasonAndCanBeSentAgain()
    {
        m_sync->setSessionAccount("http://127.0.0.1:9/ows/surveyor/", "rilevatore", "pw");
        addPoint("Non ammesso");
        m_sit->override = [](const HttpRequest &r) -> std::optional<HttpReply::Outcome> {
            if (r.method == "POST" && r.body.contains("Transaction"))
                return CannedTransport::status(403, "<ServiceExceptionReport><ServiceException>No capabilities to do "
                                                    "WFS changes on layer 'punti'</ServiceException>"
                                                    "</ServiceExceptionReport>",
                                               "text/xml");
            return std::nullopt;
        };
        m_sync->syncNow();
        QVERIFY(waitFinished());
        QCOMPARE(m_sync->refused(), 1);
        QVERIFY(m_sync->summary().contains("refused"));
        auto *layers = m_sync->layers();
        bool found = false;
        for (int row = 0; row < layers->rowCount(); ++row) {
            const QModelIndex i = layers->index(row);
            if (layers->data(i, ui::SyncLayerModel::NameRole).toString() == "punti") {
                found = true;
                QVERIFY(layers->data(i, ui::SyncLayerModel::RefusalRole).toString().contains("No capabilities"));
            }
        }
        QVERIFY(found);
        m_sit->override = nullptr;
        m_sync->retryRefused();
        QVERIFY(waitFinished());
        QCOMPARE(m_sync->refused(), 0);
        QVERIFY(m_sync->allSent());
    }
};

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
