// The sync against the real SIT: PostgreSQL + PostGIS with the project's SQL kit, QGIS Server WFS-T per role behind
// lighttpd, WebDAV for photos, started by sync/server/sit for this test alone. In every case the clients and the SIT
// converge, nothing is duplicated or lost, and every conflict is recorded for a person.

#include "sitclient.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>

using namespace territori;
using namespace territori::store;
using namespace territori::sync;
using territori::testing::FaultProxy;
using territori::testing::SitHarness;

using Client = territori::testing::SitClient;

class TestSitSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    SitHarness m_sit;
    int m_clients = 0;
    QString m_lum; // a demo LUM point the tests edit

    Client client()
    {
        ++m_clients;
        return Client::install(m_tmp.path() + QStringLiteral("/client%1").arg(m_clients), "test",
                               QStringLiteral("tablet-%1").arg(m_clients));
    }

    SyncReport sync(Client &c, const QString &role = QStringLiteral("surveyor"), quint16 viaPort = 0,
                    int batch = 1000, int page = 1000)
    {
        c.role = role;
        return c.sync(m_sit, viaPort, batch, page);
    }

    QString sitValue(const QString &layer, const QString &uuid, const QString &column)
    {
        return m_sit.psql(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = '%3'").arg(column, layer, uuid));
    }

    void rename(Client &c, const QString &uuid, const QString &field, const QVariant &value, const QString &layer = "lum")
    {
        FeatureChange fc;
        fc.attributes.insert(field, value);
        const EditResult r = c.gw->update(layer, uuid, fc);
        QVERIFY2(r.ok, qPrintable(r.message));
    }

    QString addLum(Client &c, const QString &nome, Coord at = {9.2, 45.5})
    {
        NewFeature nf;
        nf.geometry = Geometry::point(at);
        nf.attributes = {{"nome", nome}, {"comune", "Milano"}, {"nodo", "interscambio"}};
        const EditResult r = c.gw->insert("lum", nf);
        Q_ASSERT_X(r.ok, "addLum", qPrintable(r.message));
        return r.uuid;
    }

    // Every live feature of a layer is the same here and on the SIT, once.
    void assertConverged(Client &c, const QString &layer)
    {
        QCOMPARE(m_sit.psql(QStringLiteral("SELECT count(*) - count(DISTINCT uuid) FROM %1").arg(layer)), QString("0"));
        const QStringList rows = m_sit.psql(QStringLiteral("SELECT uuid || '|' || coalesce(nome, '') FROM %1 WHERE NOT "
                                                           "deleted ORDER BY uuid")
                                                .arg(layer))
                                     .split('\n', Qt::SkipEmptyParts);
        QStringList local;
        Statement st = c.project->db().prepare(
            QStringLiteral("SELECT uuid || '|' || coalesce(nome, '') FROM %1 ORDER BY uuid").arg(layer));
        while (st.step())
            local << st.text(0);
        QCOMPARE(local, rows);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_tmp.setAutoRemove(qEnvironmentVariableIsEmpty("TERRITORI_KEEP_TMP"));
        // PostgreSQL runs as its own user and must reach its folder inside ours.
        QFile::setPermissions(m_tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        QString error;
        QVERIFY2(m_sit.up(m_tmp.path() + "/sit", true, &error), qPrintable(error));
        m_lum = core::DemoInstaller::sampleUuid("ptm-milano-demo", "lum-001");
    }

    void cleanupTestCase() { m_sit.down(); }

    void theDemoSyncsAtOnce()
    {
        Client a = client();
        const SyncReport r = sync(a);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join('\n')));
        QCOMPARE(r.remaining, 0);
        // The samples on the tablet and in the SIT are the same features: nothing duplicated, revisions learnt.
        for (const char *layer : {"aree_dismesse", "rete_verde", "servizi_sovracomunali", "siti_logistici", "lum"})
            assertConverged(a, layer);
        QVERIFY(a.feature("lum", m_lum)->meta.syncRev);
    }

    void newFeaturesReachPostgisAsTheyWere()
    {
        Client a = client();
        NewFeature nf;
        nf.geometry = Geometry::point({9.2317, 45.5375});
        nf.attributes = {{"nome", "Sesto 1° Maggio – nodo è \"nuovo\" <&>"},
                         {"comune", "Sesto San Giovanni"},
                         {"nodo", "interscambio"},
                         {"servizi", QStringList{"parcheggio_bici", "ricarica"}},
                         {"posti_auto", 250}};
        const EditResult ins = a.gw->insert("lum", nf);
        QVERIFY(ins.ok);
        const SyncReport r = sync(a);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.sent, 1);
        QCOMPARE(sitValue("lum", ins.uuid, "ST_X(geometry) || ' ' || ST_Y(geometry)"), QString("9.2317 45.5375"));
        QCOMPARE(sitValue("lum", ins.uuid, "nome"), QString("Sesto 1° Maggio – nodo è \"nuovo\" <&>"));
        QCOMPARE(sitValue("lum", ins.uuid, "servizi"), QString("[\"parcheggio_bici\",\"ricarica\"]"));
        QCOMPARE(sitValue("lum", ins.uuid, "posti_auto"), QString("250"));
        QCOMPARE(sitValue("lum", ins.uuid, "last_op"), ins.opId);
        QCOMPARE(sitValue("lum", ins.uuid, "updated_by"), m_sit.user("surveyor"));
        QCOMPARE(sitValue("lum", ins.uuid, "deleted"), QString("f"));
        // And back: the revision is known here, the values unchanged by the round trip.
        const Feature f = *a.feature("lum", ins.uuid);
        QCOMPARE(*f.meta.syncRev, sitValue("lum", ins.uuid, "rev").toLongLong());
        QCOMPARE(f.attributes.value("servizi").toStringList(), QStringList({"parcheggio_bici", "ricarica"}));
        QCOMPARE(f.geometry, Geometry::point({9.2317, 45.5375}));
        QCOMPARE(a.pending(), 0);
    }

    void multiPartFeaturesTravelWholeBothWays()
    {
        // A logistics site in two parts (the terminal and its yard across the tracks), made on one tablet.
        Client a = client(), b = client();
        QVERIFY(sync(a).ok());
        Geometry two;
        two.type = GeometryType::MultiPolygon;
        two.parts = {Geometry::polygon({{9.1, 45.4}, {9.102, 45.4}, {9.102, 45.401}, {9.1, 45.401}}).parts[0],
                     Geometry::polygon({{9.103, 45.4}, {9.105, 45.4}, {9.105, 45.401}, {9.103, 45.401}}).parts[0]};
        NewFeature nf;
        nf.geometry = two;
        nf.attributes = {{"nome", "Polo logistico in due parti"}, {"comune", "Milano"}, {"tipo", "logistica"}};
        const EditResult ins = a.gw->insert("siti_logistici", nf);
        QVERIFY2(ins.ok, qPrintable(ins.message));
        const SyncReport sent = sync(a);
        QVERIFY2(sent.ok(), qPrintable(sent.message));
        QCOMPARE(sent.sent, 1);
        QCOMPARE(sitValue("siti_logistici", ins.uuid, "ST_GeometryType(geometry) || ' ' || ST_NumGeometries(geometry)"),
                 QString("ST_MultiPolygon 2"));
        // A desktop user on the SIT adds a third part; both tablets get all three, vertex for vertex.
        m_sit.psql(QStringLiteral("UPDATE siti_logistici SET geometry = ST_Multi(ST_Union(geometry, "
                                  "ST_MakeEnvelope(9.106, 45.4, 9.107, 45.401, 4326))) WHERE uuid = '%1'")
                       .arg(ins.uuid));
        QCOMPARE(sitValue("siti_logistici", ins.uuid, "ST_NumGeometries(geometry)"), QString("3"));
        QVERIFY(sync(a).ok());
        QVERIFY(sync(b).ok());
        for (Client *c : {&a, &b}) {
            const Geometry g = c->feature("siti_logistici", ins.uuid)->geometry;
            QCOMPARE(g.type, GeometryType::MultiPolygon);
            QCOMPARE(g.parts.size(), size_t(3));
            Geometry expected = two;
            expected.parts.push_back(Geometry::polygon({{9.106, 45.4}, {9.107, 45.4}, {9.107, 45.401}, {9.106, 45.401}}).parts[0]);
            for (size_t i = 0; i < 3; ++i) { // PostGIS may start a ring elsewhere: compare what each part covers
                Envelope got, want;
                for (const Coord &v : g.parts[i][0])
                    got.expand(v);
                bool found = false;
                for (const auto &part : expected.parts) {
                    Envelope e;
                    for (const Coord &v : part[0])
                        e.expand(v);
                    found = found || (qFuzzyCompare(e.minX, got.minX) && qFuzzyCompare(e.maxX, got.maxX) &&
                                      qFuzzyCompare(e.minY, got.minY) && qFuzzyCompare(e.maxY, got.maxY));
                }
                QVERIFY2(found, qPrintable(QString("part %1 is not one of the three").arg(i)));
            }
        }
        // A tablet removes a part: the SIT keeps the two that are left.
        FeatureChange fc;
        fc.geometry = two;
        QVERIFY(b.gw->update("siti_logistici", ins.uuid, fc).ok);
        QVERIFY(sync(b).ok());
        QCOMPARE(sitValue("siti_logistici", ins.uuid, "ST_NumGeometries(geometry)"), QString("2"));
        // The SIT's own rules check every part as the device does: a part without area is refused.
        QString out, err;
        QVERIFY(!m_sit.run(QStringLiteral("UPDATE siti_logistici SET geometry = ST_Multi(ST_Collect(ARRAY[ST_GeometryN(geometry, 1), "
                                          "ST_GeomFromText('POLYGON((9.2 45.4, 9.201 45.4, 9.202 45.4, 9.2 45.4))', 4326)])) "
                                          "WHERE uuid = '%1'").arg(ins.uuid), &out, &err));
        QVERIFY2(err.contains("no area"), qPrintable(err));
        // And by the same validity rule (GEOS, validity.h on the device): an outline crossing itself is refused.
        QVERIFY(!m_sit.run(QStringLiteral("UPDATE siti_logistici SET geometry = ST_Multi(ST_GeomFromText("
                                          "'POLYGON((9.1 45.4, 9.11 45.41, 9.11 45.4, 9.1 45.405, 9.1 45.4))', 4326)) "
                                          "WHERE uuid = '%1'").arg(ins.uuid), &out, &err));
        QVERIFY2(err.contains("not valid") && err.contains("Self-intersection"), qPrintable(err));
    }

    void typesRoundTrip()
    {
        Client a = client();
        NewFeature nf;
        nf.geometry = Geometry::polygon({{9.1, 45.4}, {9.101, 45.4}, {9.101, 45.401}, {9.1, 45.4}},
                                        {{{9.1002, 45.4002}, {9.1004, 45.4002}, {9.1004, 45.4004}, {9.1002, 45.4002}}});
        nf.attributes = {{"nome", "Area tipi"},           {"comune", "Rho"},      {"stato", "dismessa"},
                         {"superficie_mq", 1234.5678},      {"contaminazione_sospetta", true},
                         {"note_bonifica", "riga 1\nriga 2"}, {"priorita", 4},    {"data_sopralluogo", QDate(2026, 11, 30)}};
        const EditResult ins = a.gw->insert("aree_dismesse", nf);
        QVERIFY2(ins.ok, qPrintable(ins.message));
        QVERIFY(sync(a).ok());
        QCOMPARE(sitValue("aree_dismesse", ins.uuid, "data_sopralluogo"), QString("2026-11-30"));
        QCOMPARE(sitValue("aree_dismesse", ins.uuid, "contaminazione_sospetta"), QString("t"));
        QCOMPARE(sitValue("aree_dismesse", ins.uuid, "superficie_mq"), QString("1234.5678"));
        QCOMPARE(sitValue("aree_dismesse", ins.uuid, "ST_NumInteriorRings(geometry)"), QString("1"));
        Client b = client();
        QVERIFY(sync(b).ok());
        const Feature f = *b.feature("aree_dismesse", ins.uuid);
        QCOMPARE(f.attributes.value("data_sopralluogo").toDate(), QDate(2026, 11, 30));
        QCOMPARE(f.attributes.value("contaminazione_sospetta").toBool(), true);
        QCOMPARE(f.attributes.value("note_bonifica").toString(), QString("riga 1\nriga 2"));
        QCOMPARE(f.attributes.value("priorita").toLongLong(), 4LL);
        QCOMPARE(f.geometry.parts[0].size(), size_t(2));
    }

    void twoClientsChangingDifferentFieldsMerge()
    {
        Client a = client(), b = client();
        QVERIFY(sync(a).ok());
        QVERIFY(sync(b).ok());
        rename(a, m_lum, "nome", "LUM Rho Fiera (A)");
        rename(b, m_lum, "posti_auto", 1600);
        QVERIFY(sync(a).ok());
        const SyncReport rb = sync(b);
        QVERIFY2(rb.ok(), qPrintable(rb.message));
        QCOMPARE(rb.conflicts, 0);
        QCOMPARE(sitValue("lum", m_lum, "nome"), QString("LUM Rho Fiera (A)"));
        QCOMPARE(sitValue("lum", m_lum, "posti_auto"), QString("1600"));
        QVERIFY(sync(a).ok());
        QCOMPARE(a.feature("lum", m_lum)->attributes.value("posti_auto").toLongLong(), 1600LL);
        QCOMPARE(b.feature("lum", m_lum)->attributes.value("nome").toString(), QString("LUM Rho Fiera (A)"));
        assertConverged(a, "lum");
        assertConverged(b, "lum");
    }

    void twoClientsChangingTheSameFieldConflict()
    {
        Client a = client(), b = client();
        QVERIFY(sync(a).ok());
        QVERIFY(sync(b).ok());
        const QString uuid = core::DemoInstaller::sampleUuid("ptm-milano-demo", "lum-002");
        rename(a, uuid, "nome", "Nome di A");
        rename(b, uuid, "nome", "Nome di B");
        QVERIFY(sync(a).ok());
        const SyncReport rb = sync(b);
        QVERIFY2(rb.ok(), qPrintable(rb.message));
        QCOMPARE(rb.conflicts, 1);
        // Nothing overwritten: the SIT keeps A's, B keeps its own until a person decides, with all three values.
        QCOMPARE(sitValue("lum", uuid, "nome"), QString("Nome di A"));
        QCOMPARE(b.feature("lum", uuid)->attributes.value("nome").toString(), QString("Nome di B"));
        const auto conflicts = b.conflicts();
        QCOMPARE(conflicts.size(), size_t(1));
        QCOMPARE(conflicts[0].fields.value("nome").toObject().value("theirs").toString(), QString("Nome di A"));
        QCOMPARE(conflicts[0].fields.value("nome").toObject().value("mine").toString(), QString("Nome di B"));
        QCOMPARE(b.pending(), 1);
        QVERIFY(b.gw->resolveConflict(conflicts[0].id, EditGateway::Resolution::KeepMine).ok);
        QVERIFY(sync(b).ok());
        QCOMPARE(sitValue("lum", uuid, "nome"), QString("Nome di B"));
        QVERIFY(sync(a).ok());
        assertConverged(a, "lum");
        assertConverged(b, "lum");
        QCOMPARE(a.pending() + b.pending(), 0);
    }

    void anUpdateAgainstADeleteIsAConflict()
    {
        Client a = client(), b = client();
        QVERIFY(sync(a).ok());
        QVERIFY(sync(b).ok());
        const QString uuid = core::DemoInstaller::sampleUuid("ptm-milano-demo", "lum-003");
        QVERIFY(a.gw->remove("lum", uuid).ok);
        QVERIFY(sync(a).ok());
        QCOMPARE(sitValue("lum", uuid, "deleted"), QString("t")); // a soft delete, conflict-checked
        rename(b, uuid, "nome", "Ancora utile");
        const SyncReport rb = sync(b);
        QCOMPARE(rb.conflicts, 1);
        const auto c = b.conflicts().at(0);
        QCOMPARE(c.kind, QString("edit-delete"));
        QVERIFY(b.feature("lum", uuid));
        // Keep mine: the feature comes back on the SIT with B's change.
        QVERIFY(b.gw->resolveConflict(c.id, EditGateway::Resolution::KeepMine).ok);
        QVERIFY(sync(b).ok());
        QCOMPARE(sitValue("lum", uuid, "deleted"), QString("f"));
        QCOMPARE(sitValue("lum", uuid, "nome"), QString("Ancora utile"));
        QVERIFY(sync(a).ok());
        QCOMPARE(a.feature("lum", uuid)->attributes.value("nome").toString(), QString("Ancora utile"));
    }

    void aDesktopUsersSqlEditAndHardDeleteReachTheClients()
    {
        Client a = client();
        QVERIFY(sync(a).ok());
        const QString edited = core::DemoInstaller::sampleUuid("ptm-milano-demo", "lum-004");
        const QString removed = core::DemoInstaller::sampleUuid("ptm-milano-demo", "lum-005");
        const QString editedHere = core::DemoInstaller::sampleUuid("ptm-milano-demo", "lum-006");
        m_sit.psql(QStringLiteral("UPDATE lum SET nome = 'Modificato in QGIS' WHERE uuid = '%1'").arg(edited));
        QCOMPARE(sitValue("lum", edited, "last_op IS NULL"), QString("t"));
        m_sit.psql(QStringLiteral("DELETE FROM lum WHERE uuid IN ('%1', '%2')").arg(removed, editedHere));
        rename(a, editedHere, "note", "cambiata sul tablet");
        const SyncReport r = sync(a);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(a.feature("lum", edited)->attributes.value("nome").toString(), QString("Modificato in QGIS"));
        QVERIFY(!a.feature("lum", removed));
        // Edited here, hard-deleted there: a conflict; keeping it re-creates it under a new uuid.
        QCOMPARE(r.conflicts, 1);
        const auto c = a.conflicts().at(0);
        QCOMPARE(c.featureUuid, editedHere);
        QVERIFY(a.gw->resolveConflict(c.id, EditGateway::Resolution::KeepMine).ok);
        QVERIFY(sync(a).ok());
        QCOMPARE(m_sit.psql("SELECT count(*) FROM lum WHERE note = 'cambiata sul tablet'"), QString("1"));
        assertConverged(a, "lum");
        QCOMPARE(a.pending(), 0);
    }

    void aLostReplyIsNeitherLostNorDuplicated_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("dropped after the SIT committed") << int(FaultProxy::Fault::DropAfterCommit);
        QTest::newRow("dropped before reaching the SIT") << int(FaultProxy::Fault::DropBeforeForward);
    }

    void aLostReplyIsNeitherLostNorDuplicated()
    {
        QFETCH(int, fault);
        Client a = client();
        QVERIFY(sync(a).ok());
        FaultProxy proxy(m_sit.port);
        QStringList uuids;
        for (int i = 0; i < 5; ++i)
            uuids << addLum(a, QStringLiteral("Perso e ritrovato %1").arg(i), {9.1 + i * 0.01, 45.45});
        rename(a, m_lum, "note", QStringLiteral("nota %1").arg(fault));
        proxy.breakNext(FaultProxy::Fault(fault));
        const SyncReport r = sync(a, "surveyor", proxy.port());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(proxy.broken, 1);
        QCOMPARE(a.pending(), 0);
        for (const QString &u : uuids)
            QCOMPARE(m_sit.psql(QStringLiteral("SELECT count(*) FROM lum WHERE uuid = '%1'").arg(u)), QString("1"));
        QCOMPARE(sitValue("lum", m_lum, "note"), QStringLiteral("nota %1").arg(fault));
        QVERIFY(a.conflicts().empty());
        assertConverged(a, "lum");
    }

    // Issue #13: a file import is one outbox entry, its rows sent page by page under op ids of their own. Against the
    // real SIT, with replies lost after the SIT committed, every imported row arrives once, and the SIT records where
    // it came from.
    void anImportGoesToTheSitOnceThroughLostReplies()
    {
        Client a = client();
        QVERIFY(sync(a).ok());
        QJsonArray features;
        for (int i = 0; i < 120; ++i)
            features.append(QJsonObject{
                {"type", "Feature"},
                {"geometry", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{9.05 + (i % 12) * 0.02, 45.40 + (i / 12) * 0.01}}}},
                {"properties", QJsonObject{{"nome", QStringLiteral("Importato %1").arg(i)}, {"comune", "Milano"},
                                           {"nodo", "interscambio"}}}});
        const QString file = m_tmp.path() + QStringLiteral("/nodi-comune.geojson");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject{{"type", "FeatureCollection"}, {"features", features}}).toJson());
        }
        QProcess import;
        import.setProcessChannelMode(QProcess::MergedChannels);
        import.start(QStringLiteral(TERRITORI_BINARY_DIR "/app/territori-import"),
                     {file, "--project", a.dir, "--layer", "lum", "--quiet"});
        QVERIFY(import.waitForFinished(120000));
        QVERIFY2(import.exitCode() == 0, import.readAll().constData());
        {
            Statement st = a.project->db().prepare("SELECT count(*) FROM territori_outbox WHERE kind = 'import' "
                                                   "AND state = 'pending'");
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), qint64(1)); // one entry for the file, not 120
        }
        QCOMPARE(a.pending(), qint64(120));

        FaultProxy proxy(m_sit.port);
        proxy.breakNext(FaultProxy::Fault::DropAfterCommit, 2, 1); // the 2nd and 3rd transactions' replies lost
        int runs = 0;
        while (a.pending() > 0 && runs < 6) {
            sync(a, "surveyor", proxy.port(), 25);
            ++runs;
        }
        QCOMPARE(proxy.broken, 2);
        QCOMPARE(a.pending(), qint64(0));
        QCOMPARE(m_sit.psql("SELECT count(*) || ' ' || count(DISTINCT uuid) FROM lum WHERE nome LIKE 'Importato %'"),
                 QString("120 120"));
        const QString source = m_sit.psql("SELECT source FROM lum WHERE nome = 'Importato 7'");
        QVERIFY2(source.contains("nodi-comune.geojson") && source.contains("row"), qPrintable(source));
        QVERIFY(a.conflicts().empty());
        assertConverged(a, "lum");
    }

    void aClientKilledMidSyncConvergesWhenRestarted()
    {
        Client a = client();
        QVERIFY(sync(a).ok());
        // 2000 features already on the SIT; then 200 of them edited, 30 deleted and 1000 new ones, all in flight
        // while the command is killed.
        QStringList created;
        for (int i = 0; i < 2000; ++i)
            created << addLum(a, QStringLiteral("Massivo %1").arg(i), {9.0 + (i % 100) * 0.003, 45.3 + (i / 100) * 0.003});
        const SyncReport first = sync(a);
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.sent, 2000);
        for (int i = 0; i < 2000; i += 10)
            rename(a, created[i], "note", "rivisto");
        for (int i = 5; i < 2000; i += 66)
            QVERIFY(a.gw->remove("lum", created[i]).ok);
        for (int i = 2000; i < 3000; ++i)
            created << addLum(a, QStringLiteral("Massivo %1").arg(i), {9.0 + (i % 100) * 0.003, 45.0 + (i / 100) * 0.003});
        a.gw.reset();
        a.project.reset(); // the command has the store to itself, as a script would
        const QString cli = QStringLiteral(TERRITORI_BINARY_DIR "/sync/territori-sync");
        const QStringList args{a.dir, "--server", m_sit.ows("surveyor").toString(), "--user", m_sit.user("surveyor"),
                               "--password-stdin", "--batch", "500", "--json"};
        int kills = 0;
        for (int attempt = 0; attempt < 6; ++attempt) {
            QProcess p;
            p.start(cli, args);
            p.write((m_sit.password("surveyor") + "\n").toUtf8());
            p.closeWriteChannel();
            QTest::qWait(150 + int(QRandomGenerator::global()->bounded(600)));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++kills;
            }
            p.waitForFinished(30000);
        }
        QVERIFY2(kills >= 3, "the runs ended before they could be killed: make the batch smaller");
        QProcess last;
        last.start(cli, args);
        last.write((m_sit.password("surveyor") + "\n").toUtf8());
        last.closeWriteChannel();
        QVERIFY(last.waitForFinished(120000));
        const QByteArray out = last.readAllStandardOutput();
        QVERIFY2(last.exitCode() == 0, out.constData());
        a.project = Project::open(a.dir);
        a.gw = std::make_unique<EditGateway>(*a.project, EditContext{"test", "tablet"});
        Statement check = a.project->db().prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QString("ok"));
        QCOMPARE(a.pending(), 0);
        QCOMPARE(m_sit.psql("SELECT count(*) FROM lum WHERE nome LIKE 'Massivo %' AND NOT deleted"), QString("2969"));
        QCOMPARE(m_sit.psql("SELECT count(*) FROM lum WHERE nome LIKE 'Massivo %' AND deleted"), QString("31"));
        QCOMPARE(m_sit.psql("SELECT count(*) FROM lum WHERE nome LIKE 'Massivo %' AND note = 'rivisto'"), QString("200"));
        assertConverged(a, "lum");
        // A second device pulls them all, across pages.
        Client b = client();
        const SyncReport rb = sync(b, "surveyor", 0, 1000, 700);
        QVERIFY2(rb.ok(), qPrintable(rb.message));
        assertConverged(b, "lum");
    }

    void aCitizenCannotChangeASurveyLayer()
    {
        Client c = client();
        QVERIFY(sync(c, "citizen").ok()); // reading is allowed
        const QString uuid = core::DemoInstaller::sampleUuid("ptm-milano-demo", "lum-007");
        const QString before = sitValue("lum", uuid, "nome || rev");
        rename(c, uuid, "nome", "Cambiato da un cittadino");
        const SyncReport r = sync(c, "citizen");
        QCOMPARE(r.failed, 1);
        QCOMPARE(sitValue("lum", uuid, "nome || rev"), before);
        // Kept on the device with the SIT's reason, never shown as sent.
        QCOMPARE(c.pending(), 1);
        const UnsentCounts counts = SyncState(c.project->db()).unsentByLayer().value("lum");
        QCOMPARE(counts.failed, 1);
        QVERIFY2(!counts.lastError.isEmpty(), "no message from the SIT");
        // And the database refuses the role too, whatever the endpoint.
        QString out, err;
        QVERIFY(!m_sit.run(QStringLiteral("SET ROLE territori_citizen; UPDATE lum SET nome = 'x' WHERE uuid = '%1'")
                               .arg(uuid),
                           &out, &err));
        QVERIFY2(err.contains("permission denied"), qPrintable(err));
        QCOMPARE(sitValue("lum", uuid, "nome || rev"), before);
    }

    void wrongPasswordIsReportedAndNothingIsMarkedSent()
    {
        Client a = client();
        addLum(a, "Con password sbagliata");
        CurlTransport transport;
        transport.setCredentials({m_sit.user("surveyor"), "sbagliata"});
        SyncSettings s;
        s.owsUrl = m_sit.ows("surveyor");
        SyncEngine engine(a.dir, transport, s, Project::Check::AlreadyChecked);
        const SyncReport r = engine.run();
        QCOMPARE(r.error, Job::Error::Permission);
        QCOMPARE(a.pending(), 1);
    }

    void tlsIsVerified()
    {
        Client a = client();
        SyncSettings s;
        s.owsUrl = m_sit.ows("surveyor", true);
        s.retry.attempts = 1;
        {
            CurlTransport untrusting;
            untrusting.setCredentials({m_sit.user("surveyor"), m_sit.password("surveyor")});
            SyncEngine engine(a.dir, untrusting, s, Project::Check::AlreadyChecked);
            const SyncReport r = engine.run();
            QCOMPARE(r.error, Job::Error::Tls);
            QVERIFY2(r.message.contains("127.0.0.1"), qPrintable(r.message));
        }
        CurlTransport::Options o;
        o.caFile = m_sit.caFile();
        CurlTransport trusting(o);
        trusting.setCredentials({m_sit.user("surveyor"), m_sit.password("surveyor")});
        SyncEngine engine(a.dir, trusting, s, Project::Check::AlreadyChecked);
        const SyncReport r = engine.run();
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    void photosAreUploadedOnceVerifiedAndResumed()
    {
        Client a = client();
        QVERIFY(sync(a).ok());
        QStringList hashes;
        for (int i = 0; i < 3; ++i) {
            const QByteArray photo = "\xFF\xD8\xFF\xE0" + QByteArray("foto di prova ").repeated(2000 + i) + "\xFF\xD9";
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
            QFile f(a.dir + "/attachments/" + sha + ".jpg");
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(photo);
            f.close();
            QVERIFY(a.gw->registerAttachment(sha, "image/jpeg", photo.size(), "foto.jpg").ok);
            hashes << sha;
        }
        NewFeature nf;
        nf.geometry = Geometry::point({9.15, 45.47});
        nf.attributes = {{"nome", "Con foto"}, {"comune", "Milano"}, {"nodo", "interscambio"}, {"foto", hashes}};
        const QString uuid = a.gw->insert("lum", nf).uuid;
        // The second photo's upload is cut: the run stops, and the feature is not sent without its photos.
        FaultProxy proxy(m_sit.port);
        proxy.method = "PUT";
        proxy.pattern = "/dav/attachments/" + hashes[1];
        proxy.breakNext(FaultProxy::Fault::DropBeforeForward, 1);
        int puts = 0;
        {
            SyncSettings s;
            s.owsUrl = m_sit.ows("surveyor");
            s.owsUrl.setPort(proxy.port());
            s.user = m_sit.user("surveyor");
            s.retry.attempts = 1;
            CurlTransport transport;
            transport.setCredentials({m_sit.user("surveyor"), m_sit.password("surveyor")});
            SyncEngine engine(a.dir, transport, s, Project::Check::AlreadyChecked);
            const SyncReport r = engine.run();
            QVERIFY(!r.ok());
            QCOMPARE(r.error, Job::Error::Network);
            puts = r.photosUploaded;
        }
        QCOMPARE(proxy.broken, 1);
        QCOMPARE(m_sit.psql(QStringLiteral("SELECT count(*) FROM lum WHERE uuid = '%1'").arg(uuid)), QString("0"));
        QVERIFY(QFile::exists(a.dir + "/attachments/" + hashes[0] + ".jpg"));
        // Resumed: only what is missing goes, then the feature.
        const SyncReport r = sync(a);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(puts + r.photosUploaded, 3);
        for (const QString &h : hashes) {
            QFile stored(m_sit.dir + "/attachments/" + h);
            QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(stored.fileName()));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(stored.readAll(), QCryptographicHash::Sha256).toHex()), h);
            QVERIFY(QFile::exists(a.dir + "/attachments/" + h + ".jpg")); // never removed here
        }
        QVERIFY(sitValue("lum", uuid, "foto").contains(hashes[2]));
        // Another device gets the photos with the feature, checked against their hash.
        Client b = client();
        const SyncReport rb = sync(b);
        QVERIFY2(rb.ok(), qPrintable(rb.message));
        QVERIFY(rb.photosDownloaded >= 3);
        for (const QString &h : hashes)
            QVERIFY(QFile::exists(b.dir + "/attachments/" + h + ".jpg"));
    }
};

QTEST_GUILESS_MAIN(TestSitSync)
#include "tst_sitsync.moc"
