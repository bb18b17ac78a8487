// Projects from the SIT against the real SIT (sync/server/sit started for this test, with the demo's two projects
// published and its sample work areas): the catalogue per role, the download of a work area, a pull that keeps to
// the area, definition updates with unsent edits (each kind of change), a definition this version cannot read, an
// interrupted and a cancelled download, basemap packages resumed, and two projects on one device (issue #12).

#include "definitionupdate.h"
#include "featurereader.h"
#include "outbox.h"
#include "packages.h"
#include "project.h"
#include "projectdownload.h"
#include "sitclient.h"
#include "syncengine.h"
#include "syncstate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace territori;
using namespace territori::store;
using namespace territori::sync;
using territori::testing::FaultProxy;
using territori::testing::SitHarness;

namespace {

QSet<QString> toSet(const QString &lines)
{
    QSet<QString> out;
    for (const QString &l : lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out.insert(l.trimmed());
    return out;
}

QSet<QString> localUuids(Project &p, const QString &layer)
{
    QSet<QString> out;
    Statement st = p.db().prepare(QStringLiteral("SELECT uuid FROM %1").arg(quoteIdentifier(layer)));
    while (st.step())
        out.insert(st.text(0));
    return out;
}

} // namespace

class TestSitProjects : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    SitHarness m_sit;
    int m_devices = 0;

    QString sit(const QString &sql) { return m_sit.psql(sql); }

    QString newProjectsFolder() { return m_tmp.path() + QStringLiteral("/device%1/projects").arg(++m_devices); }

    DownloadReport download(const QString &projects, const QString &id, const QString &area, const QString &role = "surveyor",
                            quint16 viaPort = 0, int attempts = 4, ProjectDownload **handle = nullptr,
                            QList<QPair<double, QString>> *progress = nullptr)
    {
        CurlTransport transport;
        transport.setCredentials({m_sit.user(role), m_sit.password(role)});
        DownloadSettings d;
        d.owsUrl = m_sit.ows(role);
        if (viaPort)
            d.owsUrl.setPort(viaPort);
        d.user = m_sit.user(role);
        d.device = QStringLiteral("tablet-%1").arg(m_devices);
        d.projectId = id;
        d.areaId = area;
        d.projectsDirectory = projects;
        d.retry.firstDelayMs = 100;
        d.retry.attempts = attempts;
        ProjectDownload job(d, transport);
        if (progress)
            connect(&job, &ProjectDownload::progress, &job, [progress](double p, const QString &what) { progress->append({p, what}); });
        if (handle)
            *handle = &job;
        const DownloadReport r = job.run();
        if (handle)
            *handle = nullptr;
        return r;
    }

    SyncReport sync(const QString &dir, const QString &role = "surveyor", quint16 viaPort = 0, bool push = true)
    {
        CurlTransport transport;
        transport.setCredentials({m_sit.user(role), m_sit.password(role)});
        SyncSettings s;
        s.owsUrl = m_sit.ows(role);
        if (viaPort) {
            s.owsUrl.setPort(viaPort);
            s.attachmentsUrl = SyncSettings::defaultAttachmentsUrl(s.owsUrl);
        }
        s.user = m_sit.user(role);
        s.device = QStringLiteral("tablet-%1").arg(m_devices);
        s.retry.firstDelayMs = 100;
        s.push = push;
        return SyncEngine(dir, transport, s, Project::Check::AlreadyChecked).run();
    }

    // The SIT's live features of a layer that intersect a work area (or all of them).
    QSet<QString> sitUuids(const QString &layer, const QString &area = QString())
    {
        if (area.isEmpty())
            return toSet(sit(QStringLiteral("SELECT uuid FROM %1 WHERE NOT deleted").arg(layer)));
        return toSet(sit(QStringLiteral("SELECT l.uuid FROM %1 l, territori.work_areas w WHERE w.id = '%2' AND "
                                        "ST_Intersects(l.geometry, w.geometry) AND NOT l.deleted")
                             .arg(layer, area)));
    }

    QJsonObject publishedDefinition(const QString &id)
    {
        return QJsonDocument::fromJson(sit(QStringLiteral("SELECT definition FROM territori.projects WHERE id = '%1'").arg(id)).toUtf8())
            .object();
    }

    int publish(const QJsonObject &definition, QString *output)
    {
        const QString path = m_tmp.filePath(QStringLiteral("def-%1.json").arg(QDateTime::currentMSecsSinceEpoch()));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(definition).toJson());
        f.close();
        return m_sit.publish(path, {QStringLiteral("--packages"), m_sit.packages}, output);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_tmp.setAutoRemove(qEnvironmentVariableIsEmpty("TERRITORI_KEEP_TMP"));
        QFile::setPermissions(m_tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        m_sit.packages = QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo");
        QString error;
        QVERIFY2(m_sit.up(m_tmp.path() + "/sit", false, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_sit.down(); }

    void eachRoleSeesItsProjectsAndTheWorkAreas()
    {
        const QHash<QString, QString> expected{{"surveyor", "ptm-rilievi"},
                                               {"officer", "ptm-rilievi"},
                                               {"citizen", "ptm-partecipazione"},
                                               {"moderator", "ptm-partecipazione"}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            CurlTransport transport;
            transport.setCredentials({m_sit.user(it.key()), m_sit.password(it.key())});
            SitClient client(transport, m_sit.ows(it.key()), SyncSettings::defaultAttachmentsUrl(m_sit.ows(it.key())));
            std::vector<wfs::CatalogueEntry> entries;
            bool published = false;
            QVERIFY(client.catalogue(entries, published).ok());
            QVERIFY(published);
            QStringList ids;
            for (const auto &e : entries)
                ids << e.id;
            QVERIFY2(ids == QStringList{it.value()}, qPrintable(it.key() + ": " + ids.join(',')));
            QVERIFY(entries.front().version >= 1);
            QVERIFY(!entries.front().title.it.isEmpty());
            std::vector<wfs::AreaEntry> areas;
            QVERIFY(client.workAreas(areas, published).ok());
            QVERIFY(areas.size() >= 30);
            QVERIFY(std::all_of(areas.begin(), areas.end(), [](const wfs::AreaEntry &a) { return a.sample; }));
        }
        // A citizen's account cannot get the survey project, even by name.
        const DownloadReport r = download(newProjectsFolder(), QStringLiteral("ptm-rilievi"), QString(), QStringLiteral("citizen"));
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(QStringLiteral("catalogue")), qPrintable(r.message));
    }

    void aWorkAreaDownloadHoldsExactlyTheAreasFeatures()
    {
        // Features of the survey layers inside and outside Rho, written on the SIT by a desktop user.
        sit(QStringLiteral(
            "INSERT INTO aree_dismesse (nome, comune, stato, data_sopralluogo, geometry) SELECT 'Prova ' || i, 'Rho', "
            "'dismessa', current_date, ST_Buffer(ST_PointOnSurface(w.geometry), 0.002) FROM generate_series(1, 20) i, "
            "territori.work_areas w WHERE w.id IN ('comune-rho', 'comune-legnano')"));
        const QString projects = newProjectsFolder();
        QList<QPair<double, QString>> progress;
        const DownloadReport r = download(projects, QStringLiteral("ptm-rilievi"), QStringLiteral("comune-rho"), "surveyor",
                                          0, 4, nullptr, &progress);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.directory, QDir(projects).filePath(QStringLiteral("ptm-rilievi")));
        // The bar only moves forward, and the basemap package (most of a download's time on a slow link) has a share
        // of it rather than the last two per cent.
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY2(progress[i].first >= progress[i - 1].first - 1e-9,
                     qPrintable(QString("%1 then %2 (%3)").arg(progress[i - 1].first).arg(progress[i].first).arg(progress[i].second)));
        const auto basemap = std::find_if(progress.begin(), progress.end(), [](const QPair<double, QString> &p) {
            return p.second.contains(QLatin1String("basemap"));
        });
        if (basemap != progress.end())
            QVERIFY2(basemap->first < 0.7, qPrintable(QString::number(basemap->first)));
        QVERIFY(!QFileInfo::exists(ProjectDownload::stagingDirectory(projects, QStringLiteral("ptm-rilievi"))));
        auto p = Project::open(r.directory);
        QCOMPARE(p->workArea().id, QStringLiteral("comune-rho"));
        QVERIFY(p->workArea().sample);
        QCOMPARE(p->definitionVersion(), sit("SELECT version FROM territori.projects WHERE id = 'ptm-rilievi'").toInt());
        for (const LayerDef &l : p->layers()) {
            const QSet<QString> want = sitUuids(l.name, QStringLiteral("comune-rho"));
            QCOMPARE(localUuids(*p, l.name), want);
        }
        QVERIFY(localUuids(*p, "aree_dismesse").size() >= 20);
        // The basemap package came with it, whole.
        for (const BasemapDef &b : p->info().basemaps)
            if (!b.package.isEmpty())
                QVERIFY(packageIsHere(QDir(r.directory).filePath(b.path), b.package.value("sha256").toString()));
    }

    void thePullKeepsToTheWorkArea()
    {
        const QString projects = newProjectsFolder();
        const DownloadReport r = download(projects, QStringLiteral("ptm-rilievi"), QStringLiteral("comune-rho"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QString dir = r.directory;
        const QString inside = sit("SELECT a.uuid FROM aree_dismesse a, territori.work_areas w WHERE w.id = 'comune-rho' "
                                   "AND ST_Intersects(a.geometry, w.geometry) AND NOT a.deleted ORDER BY a.rev LIMIT 1");
        const QString edited = sit("SELECT a.uuid FROM aree_dismesse a, territori.work_areas w WHERE w.id = 'comune-rho' "
                                   "AND ST_Intersects(a.geometry, w.geometry) AND NOT a.deleted ORDER BY a.rev DESC LIMIT 1");
        const QString outside = sit("SELECT a.uuid FROM aree_dismesse a, territori.work_areas w WHERE w.id = 'comune-legnano' "
                                    "AND ST_Intersects(a.geometry, w.geometry) AND NOT a.deleted LIMIT 1");
        QVERIFY(!inside.isEmpty() && !outside.isEmpty() && inside != edited);
        QString mine;
        {
            auto p = Project::open(dir);
            EditGateway gw(*p, EditContext{QStringLiteral("rilevatore"), QStringLiteral("tablet-x")});
            // An edit not sent yet of a feature the SIT is about to move away, and a feature created here.
            FeatureChange change;
            change.attributes = {{"note", "Verificato in sopralluogo"}};
            QVERIFY(gw.update(QStringLiteral("aree_dismesse"), edited, change).ok);
            NewFeature nf;
            nf.geometry = Geometry::polygon({{9.03, 45.53}, {9.031, 45.53}, {9.031, 45.531}, {9.03, 45.53}});
            nf.attributes = {{"nome", "Nuova area"}, {"comune", "Rho"}, {"stato", "dismessa"}, {"data_sopralluogo", QDate::currentDate()}};
            const EditResult made = gw.insert(QStringLiteral("aree_dismesse"), nf);
            QVERIFY(made.ok);
            mine = made.uuid;
        }
        QCOMPARE(sync(dir).error, Job::Error::None); // the new feature is on the SIT now, sent from here
        const QString legnano = "(SELECT ST_PointOnSurface(geometry) FROM territori.work_areas WHERE id = 'comune-legnano')";
        const QString rho = "(SELECT ST_PointOnSurface(geometry) FROM territori.work_areas WHERE id = 'comune-rho')";
        // On the SIT: one feature moves out of Rho, one moves in, the one edited here moves out, so does ours.
        sit(QStringLiteral("UPDATE aree_dismesse SET geometry = ST_Buffer(%1, 0.001) WHERE uuid IN ('%2', '%3', '%4')")
                .arg(legnano, inside, edited, mine));
        sit(QStringLiteral("UPDATE aree_dismesse SET geometry = ST_Buffer(%1, 0.001) WHERE uuid = '%2'").arg(rho, outside));
        {
            auto p = Project::open(dir);
            EditGateway gw(*p, EditContext{QStringLiteral("rilevatore"), QStringLiteral("tablet-x")});
            FeatureChange change;
            change.attributes = {{"note", "Verificato ancora"}};
            QVERIFY(gw.update(QStringLiteral("aree_dismesse"), edited, change).ok);
        }
        // A run that only receives (the edit cannot go yet).
        const SyncReport s = sync(dir, "surveyor", 0, false);
        QVERIFY2(s.ok(), qPrintable(s.message));
        auto p = Project::open(dir);
        const QSet<QString> here = localUuids(*p, QStringLiteral("aree_dismesse"));
        QVERIFY2(!here.contains(inside), "a feature that left the area stays");
        QVERIFY2(here.contains(outside), "a feature that entered the area did not arrive");
        QVERIFY2(here.contains(mine), "a feature created here left with the area");
        QVERIFY2(here.contains(edited), "a feature with an edit not yet sent left");
        QVERIFY(s.left >= 1);
        // The next full run sends the edit, merged with the move; with nothing of it waiting here any more, the
        // feature then goes the way of the area. Ours stays.
        p.reset();
        const SyncReport full = sync(dir);
        QVERIFY2(full.ok(), qPrintable(full.message));
        QCOMPARE(sit(QStringLiteral("SELECT note FROM aree_dismesse WHERE uuid = '%1'").arg(edited)), QString("Verificato ancora"));
        p = Project::open(dir);
        QVERIFY(!localUuids(*p, QStringLiteral("aree_dismesse")).contains(edited));
        QVERIFY(localUuids(*p, QStringLiteral("aree_dismesse")).contains(mine));
        QCOMPARE(Outbox::pendingCount(p->db()), 0);
    }

    void aDefinitionUpdateKeepsEveryUnsentValue()
    {
        const QString projects = newProjectsFolder();
        const DownloadReport r = download(projects, QStringLiteral("ptm-rilievi"), QString());
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QString dir = r.directory;
        const int version = sit("SELECT version FROM territori.projects WHERE id = 'ptm-rilievi'").toInt();
        QString withdrawn, removed, plain, retired;
        {
            auto p = Project::open(dir);
            EditGateway gw(*p, EditContext{QStringLiteral("rilevatore"), QStringLiteral("tablet-y")});
            auto area = [](const QString &nome, const QString &stato) {
                NewFeature nf;
                nf.geometry = Geometry::polygon({{9.1, 45.45}, {9.101, 45.45}, {9.101, 45.451}, {9.1, 45.45}});
                nf.attributes = {{"nome", nome}, {"comune", "Milano"}, {"stato", stato}, {"data_sopralluogo", QDate::currentDate()}};
                return nf;
            };
            auto made = [](const EditResult &r) {
                if (!r.ok)
                    qWarning("%s", qPrintable(r.message));
                return r.uuid;
            };
            withdrawn = made(gw.insert("aree_dismesse", area("Con stato ritirato", "rigenerata")));
            NewFeature withCode = area("Con codice PGT", "dismessa");
            withCode.attributes.insert("codice_pgt", "AT-99");
            removed = made(gw.insert("aree_dismesse", withCode));
            NewFeature line;
            line.geometry = Geometry::lineString({{9.1, 45.45}, {9.11, 45.46}});
            line.attributes = {{"nome", "Filare nuovo"}, {"comune", "Milano"}, {"tipo", "filare"}};
            plain = made(gw.insert("rete_verde", line));
            NewFeature node;
            node.geometry = Geometry::point({9.12, 45.47});
            node.attributes = {{"nome", "Nodo nuovo"}, {"comune", "Milano"}, {"nodo", "interscambio"}, {"servizi", QStringList{"ricarica"}}};
            retired = made(gw.insert("lum", node));
            QVERIFY(!withdrawn.isEmpty() && !removed.isEmpty() && !plain.isEmpty() && !retired.isEmpty());
        }
        // The GIS office publishes a new version: a choice withdrawn, a field removed, one added, a layer added, a
        // layer removed.
        QJsonObject def = publishedDefinition(QStringLiteral("ptm-rilievi"));
        QVERIFY(!def.isEmpty());
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
                fields.append(QJsonObject{{"name", "fonte"}, {"type", "text"}, {"label", QJsonObject{{"it", "Fonte"}, {"en", "Source"}}}});
                l.insert("fields", fields);
            }
            layers.append(l);
        }
        layers.append(QJsonObject{{"name", "alberi_monumentali"}, {"geometry", "point"}, {"title", QJsonObject{{"it", "Alberi monumentali"}, {"en", "Monumental trees"}}},
                                  {"fields", QJsonArray{QJsonObject{{"name", "specie"}, {"type", "text"}, {"required", true}}}}});
        def.insert("layers", layers);
        def.remove("version");
        QString out;
        QCOMPARE(publish(def, &out), 0);
        QCOMPARE(sit("SELECT version FROM territori.projects WHERE id = 'ptm-rilievi'").toInt(), version + 1);

        const SyncReport s = sync(dir);
        QVERIFY2(s.ok(), qPrintable(s.message));
        QVERIFY(s.definition.has_value());
        QCOMPARE(s.definition->toVersion, version + 1);
        QCOMPARE(s.definition->held, 2);
        QCOMPARE(s.definition->retiredLayers, QStringList{QStringLiteral("lum")});
        // What could go went; what could not stays here, whole.
        QCOMPARE(sit(QStringLiteral("SELECT nome FROM rete_verde WHERE uuid = '%1'").arg(plain)), QString("Filare nuovo"));
        QVERIFY(sit(QStringLiteral("SELECT count(*) FROM aree_dismesse WHERE uuid IN ('%1', '%2')").arg(withdrawn, removed)) == "0");
        auto p = Project::open(dir);
        QCOMPARE(p->definitionVersion(), version + 1);
        QVERIFY(p->layer("alberi_monumentali"));
        QVERIFY(p->retiredLayer("lum"));
        {
            Statement st = p->db().prepare("SELECT stato, codice_pgt FROM aree_dismesse WHERE uuid IN (?, ?) ORDER BY nome");
            st.bind(1, withdrawn).bind(2, removed);
            QVERIFY(st.step());
            QCOMPARE(st.text(1), QString("AT-99"));
            QVERIFY(st.step());
            QCOMPARE(st.text(0), QString("rigenerata"));
        }
        QVERIFY(FeatureReader(p->db(), *p->retiredLayer("lum")).byUuid(retired).has_value());
        // The person fixes the one, lets the other go without the removed value, and records in the new layer.
        {
            EditGateway gw(*p, EditContext{QStringLiteral("rilevatore"), QStringLiteral("tablet-y")});
            FeatureChange fix;
            fix.attributes = {{"stato", "in_trasformazione"}};
            QVERIFY(gw.update("aree_dismesse", withdrawn, fix).ok);
            QVERIFY(gw.sendWithoutRemovedValues("aree_dismesse", removed).ok);
            NewFeature tree;
            tree.geometry = Geometry::point({9.19, 45.47});
            tree.attributes = {{"specie", "Platanus x acerifolia"}};
            QVERIFY(gw.insert("alberi_monumentali", tree).ok);
        }
        p.reset();
        const SyncReport after = sync(dir);
        QVERIFY2(after.ok(), qPrintable(after.message));
        QCOMPARE(sit(QStringLiteral("SELECT stato FROM aree_dismesse WHERE uuid = '%1'").arg(withdrawn)), QString("in_trasformazione"));
        QCOMPARE(sit(QStringLiteral("SELECT coalesce(codice_pgt, '-') FROM aree_dismesse WHERE uuid = '%1'").arg(removed)), QString("-"));
        QCOMPARE(sit("SELECT specie FROM alberi_monumentali"), QString("Platanus x acerifolia"));
        // Only the retired layer's edit is left, until the person lets it go.
        p = Project::open(dir);
        QCOMPARE(Outbox::pendingCount(p->db()), 1);
        EditGateway gw(*p, EditContext{});
        QVERIFY(gw.dropRetiredLayer("lum").ok);
        QCOMPARE(Outbox::pendingCount(p->db()), 0);
    }

    void aDefinitionThisVersionCannotReadKeepsTheOldOne()
    {
        const QString projects = newProjectsFolder();
        const DownloadReport r = download(projects, QStringLiteral("ptm-rilievi"), QStringLiteral("comune-rho"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const int version = Project::open(r.directory)->definitionVersion();
        // A newer kit published a format this app does not know.
        sit("UPDATE territori.projects SET version = version + 1, format = 2, definition = "
            "jsonb_set(definition::jsonb, '{format}', '2')::text WHERE id = 'ptm-rilievi'");
        sit("UPDATE territori.projects SET sha256 = encode(sha256(convert_to(definition, 'UTF8')), 'hex') WHERE id = 'ptm-rilievi'");
        {
            auto p = Project::open(r.directory);
            EditGateway gw(*p, EditContext{QStringLiteral("rilevatore"), QStringLiteral("tablet-z")});
            NewFeature nf;
            nf.geometry = Geometry::point({9.04, 45.53});
            nf.attributes = {{"nome", "Servizio"}, {"comune", "Rho"}, {"categoria", "sanita"}};
            QVERIFY(gw.insert("servizi_sovracomunali", nf).ok);
        }
        const SyncReport s = sync(r.directory);
        QVERIFY2(s.ok(), qPrintable(s.message));
        QVERIFY(!s.definition.has_value());
        QVERIFY(!s.definitionRefused.isEmpty());
        QVERIFY(s.definitionRefused.join(' ').contains(QStringLiteral("format 2")));
        QCOMPARE(Project::open(r.directory)->definitionVersion(), version);
        QCOMPARE(s.remaining, 0); // the project kept working: its edit went
        // Put back for the tests that follow.
        sit("UPDATE territori.projects SET version = version - 1, format = 1, definition = "
            "jsonb_set(definition::jsonb, '{format}', '1')::text WHERE id = 'ptm-rilievi'");
        sit("UPDATE territori.projects SET sha256 = encode(sha256(convert_to(definition, 'UTF8')), 'hex') WHERE id = 'ptm-rilievi'");
    }

    void anInterruptedDownloadResumesAndACancelledOneLeavesNothing()
    {
        FaultProxy proxy(m_sit.port);
        const QString projects = newProjectsFolder();
        // The link drops on the fourth feed request, and stays down for the retries.
        proxy.method = "POST";
        proxy.pattern = QStringLiteral("/ows/");
        proxy.breakNext(FaultProxy::Fault::DropBeforeForward, 1000, 3);
        const DownloadReport cut = download(projects, QStringLiteral("ptm-rilievi"), QString(), "surveyor", proxy.port(), 2);
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error, Job::Error::Network);
        QVERIFY(!QFileInfo::exists(QDir(projects).filePath("ptm-rilievi/project.gpkg")));
        const auto pending = ProjectDownload::unfinished(projects);
        QCOMPARE(int(pending.size()), 1);
        QCOMPARE(pending.front().projectId, QStringLiteral("ptm-rilievi"));
        // Back online: it goes on from there and ends with the whole project.
        proxy.breakNext(FaultProxy::Fault::None, 0);
        const DownloadReport resumed = download(projects, QStringLiteral("ptm-rilievi"), QString(), "surveyor", proxy.port());
        QVERIFY2(resumed.ok(), qPrintable(resumed.message));
        QVERIFY(resumed.resumed);
        auto p = Project::open(resumed.directory);
        for (const LayerDef &l : p->layers())
            QCOMPARE(localUuids(*p, l.name), sitUuids(l.name));
        QVERIFY(ProjectDownload::unfinished(projects).empty());

        // Cancelled half way: nothing stays.
        const QString other = newProjectsFolder();
        CurlTransport transport;
        transport.setCredentials({m_sit.user("surveyor"), m_sit.password("surveyor")});
        DownloadSettings d;
        d.owsUrl = m_sit.ows("surveyor");
        d.user = m_sit.user("surveyor");
        d.projectId = QStringLiteral("ptm-rilievi");
        d.projectsDirectory = other;
        ProjectDownload job(d, transport);
        connect(&job, &ProjectDownload::progress, &job, [&job](double f, const QString &) {
            if (f > 0.3)
                job.cancel();
        });
        const DownloadReport cancelled = job.run();
        QCOMPARE(cancelled.error, Job::Error::Cancelled);
        QVERIFY(!QFileInfo::exists(QDir(other).filePath("ptm-rilievi")));
        QVERIFY(!QFileInfo::exists(ProjectDownload::stagingDirectory(other, "ptm-rilievi")));
    }

    void aBasemapPackageCutOffResumesWhereItStopped()
    {
        const QString projects = newProjectsFolder();
        const DownloadReport r = download(projects, QStringLiteral("ptm-rilievi"), QStringLiteral("comune-milano"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        auto p = Project::open(r.directory);
        const auto b = std::find_if(p->info().basemaps.begin(), p->info().basemaps.end(),
                                    [](const BasemapDef &d) { return !d.package.isEmpty(); });
        if (b == p->info().basemaps.end())
            QSKIP("the SIT published the demo without its basemap package (SIT_PACKAGES)");
        const QString path = QDir(r.directory).filePath(b->path);
        const QString sha = b->package.value("sha256").toString();
        const qint64 size = qint64(b->package.value("size").toDouble());
        p.reset();
        QVERIFY(QFile::remove(path));
        // The link drops half way through the package: the same run goes on from the byte it reached.
        FaultProxy proxy(m_sit.port);
        proxy.method = "GET";
        proxy.pattern = QStringLiteral("/files/");
        proxy.cutAfter = size / 2;
        proxy.breakNext(FaultProxy::Fault::CutReply, 1);
        const SyncReport s = sync(r.directory, "surveyor", proxy.port());
        QVERIFY2(s.ok(), qPrintable(s.message));
        QVERIFY(packageIsHere(path, sha));
        QCOMPARE(proxy.broken, 1);
        // What travelled for the package: the first half (and headers), then only the rest.
        QVERIFY2(proxy.replyBytes < size + size / 20, qPrintable(QString::number(proxy.replyBytes)));
        QVERIFY(!QFileInfo::exists(path + ".part"));
    }

    void twoProjectsLiveSideBySideOnOneDevice()
    {
        // A second survey project with a layer of its own, for the same role.
        QJsonObject def{{"format", 1},
                        {"id", "prova-alberate"},
                        {"title", QJsonObject{{"it", "Alberate (prova)"}, {"en", "Tree rows (test)"}}},
                        {"roles", QJsonArray{"surveyor"}},
                        {"extent", QJsonArray{8.7, 45.17, 9.56, 45.65}},
                        {"layers", QJsonArray{QJsonObject{{"name", "alberate_prova"}, {"geometry", "line"},
                                                          {"fields", QJsonArray{QJsonObject{{"name", "nome"}, {"type", "text"}}}}}}}};
        QString out;
        QCOMPARE(publish(def, &out), 0);
        const QString projects = newProjectsFolder();
        const DownloadReport a = download(projects, QStringLiteral("ptm-rilievi"), QStringLiteral("comune-rho"));
        const DownloadReport b = download(projects, QStringLiteral("prova-alberate"), QString());
        QVERIFY2(a.ok(), qPrintable(a.message));
        QVERIFY2(b.ok(), qPrintable(b.message));
        QCOMPARE(QDir(projects).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("prova-alberate"), QStringLiteral("ptm-rilievi")}));
        // An edit in each; syncing one sends only its own.
        QString line;
        {
            auto pb = Project::open(b.directory);
            EditGateway gw(*pb, EditContext{QStringLiteral("rilevatore"), QStringLiteral("tablet-w")});
            NewFeature nf;
            nf.geometry = Geometry::lineString({{9.0, 45.5}, {9.01, 45.51}});
            nf.attributes = {{"nome", "Filare di prova"}};
            line = gw.insert("alberate_prova", nf).uuid;
            auto pa = Project::open(a.directory);
            EditGateway ga(*pa, EditContext{QStringLiteral("rilevatore"), QStringLiteral("tablet-w")});
            NewFeature service;
            service.geometry = Geometry::point({9.04, 45.52});
            service.attributes = {{"nome", "Servizio"}, {"comune", "Rho"}, {"categoria", "sport"}};
            QVERIFY(ga.insert("servizi_sovracomunali", service).ok);
        }
        QVERIFY(sync(b.directory).ok());
        QCOMPARE(sit(QStringLiteral("SELECT nome FROM alberate_prova WHERE uuid = '%1'").arg(line)), QString("Filare di prova"));
        QCOMPARE(Outbox::pendingCount(Project::open(a.directory)->db()), 1);
        QVERIFY(sync(a.directory).ok());
        QCOMPARE(Outbox::pendingCount(Project::open(a.directory)->db()), 0);
        // The same project twice is refused; the one there is untouched.
        const DownloadReport again = download(projects, QStringLiteral("ptm-rilievi"), QString());
        QVERIFY(!again.ok());
        QVERIFY(QFileInfo::exists(QDir(projects).filePath("ptm-rilievi/project.gpkg")));
    }
};

QTEST_GUILESS_MAIN(TestSitProjects)
#include "tst_sitprojects.moc"
