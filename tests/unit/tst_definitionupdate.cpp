// A newer definition of a project applied to a store with unsent edits: each kind of change keeps every value, and
// what can no longer be sent as it is waits for a person (definitionupdate.h).

#include "definitionupdate.h"
#include "editgateway.h"
#include "featurereader.h"
#include "outbox.h"
#include "project.h"
#include "syncstate.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace territori::store;
using namespace territori::testing;

namespace {

QJsonObject layerNamed(const QJsonObject &def, const QString &name)
{
    for (const QJsonValue &v : def.value(QStringLiteral("layers")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

// Replaces a layer (by name) or, with an empty object, removes it.
QJsonObject withLayer(QJsonObject def, const QString &name, const QJsonObject &layer)
{
    QJsonArray layers;
    bool found = false;
    for (const QJsonValue &v : def.value(QStringLiteral("layers")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            found = true;
            if (!layer.isEmpty())
                layers.append(layer);
        } else {
            layers.append(v);
        }
    }
    if (!found && !layer.isEmpty())
        layers.append(layer);
    def.insert(QStringLiteral("layers"), layers);
    return def;
}

// Changes one field of a layer (or removes it with an empty object, or adds it when absent).
QJsonObject withField(const QJsonObject &def, const QString &layer, const QString &field, const QJsonObject &f)
{
    QJsonObject l = layerNamed(def, layer);
    QJsonArray fields;
    bool found = false;
    for (const QJsonValue &v : l.value(QStringLiteral("fields")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == field) {
            found = true;
            if (!f.isEmpty())
                fields.append(f);
        } else {
            fields.append(v);
        }
    }
    if (!found && !f.isEmpty())
        fields.append(f);
    l.insert(QStringLiteral("fields"), fields);
    return withLayer(def, layer, l);
}

QJsonObject fieldOf(const QJsonObject &def, const QString &layer, const QString &field)
{
    for (const QJsonValue &v : layerNamed(def, layer).value(QStringLiteral("fields")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == field)
            return v.toObject();
    return {};
}

NewFeature site(const QString &nome, const QString &comune)
{
    NewFeature f;
    f.geometry = Geometry::polygon({{9.1, 45.4}, {9.11, 45.4}, {9.11, 45.41}, {9.1, 45.4}});
    f.attributes = {{"nome", nome}, {"comune", comune}, {"piani", 2}};
    return f;
}

QStringList heldProblems(Database &db, const QString &uuid)
{
    QStringList out;
    Statement st = db.prepare(QStringLiteral("SELECT problem FROM territori_outbox WHERE feature_uuid = ? AND problem IS NOT NULL"));
    st.bind(1, uuid);
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace

class TestDefinitionUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QJsonObject m_def;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditGateway> m_gateway;

    void fresh()
    {
        m_gateway.reset();
        m_project.reset();
        m_dir = m_tmp.filePath(QString::number(qrand64()));
        m_def = smallDefinition();
        m_project = Project::create(m_dir, m_def, 1);
        m_gateway = std::make_unique<EditGateway>(*m_project, EditContext{QStringLiteral("tester"), QStringLiteral("dev-1")});
    }
    static qint64 qrand64()
    {
        static qint64 n = 0;
        return ++n;
    }
    void reopen()
    {
        m_gateway.reset();
        m_project.reset();
        m_project = Project::open(m_dir);
        m_gateway = std::make_unique<EditGateway>(*m_project, EditContext{QStringLiteral("tester"), QStringLiteral("dev-1")});
    }
    DefinitionOutcome apply(const QJsonObject &def, int version)
    {
        const DefinitionPlan plan = planDefinitionUpdate(*m_project, def, version);
        DefinitionOutcome outcome;
        const EditResult r = m_gateway->applyDefinition(plan, &outcome);
        if (!r.ok)
            qWarning("%s", qPrintable(r.message));
        reopen();
        return outcome;
    }
    QString insertSite(const QString &nome, const QString &comune)
    {
        const EditResult r = m_gateway->insert(QStringLiteral("siti"), site(nome, comune));
        return r.ok ? r.uuid : QString();
    }
    std::vector<FieldIssue> issuesOf(const QString &uuid)
    {
        for (const PendingChange &c : m_gateway->pendingChanges(1000))
            if (c.uuid == uuid)
                return m_gateway->checkBeforeSending(c);
        return {};
    }

private slots:
    void theSameDefinitionChangesNothing()
    {
        fresh();
        const QString u = insertSite(QStringLiteral("A"), QStringLiteral("Rho"));
        const DefinitionPlan plan = planDefinitionUpdate(*m_project, m_def, 2);
        QVERIFY(plan.applicable());
        QVERIFY(plan.changes.empty());
        const DefinitionOutcome o = apply(m_def, 2);
        QCOMPARE(o.held, 0);
        QCOMPARE(m_project->definitionVersion(), 2);
        QVERIFY(heldProblems(m_project->db(), u).isEmpty());
    }

    void aFieldAddedGetsAColumnAndARequiredOneHoldsWhatLacksIt()
    {
        fresh();
        const QString u = insertSite(QStringLiteral("A"), QStringLiteral("Rho"));
        QVERIFY(!u.isEmpty());
        QJsonObject def = withField(m_def, QStringLiteral("siti"), QStringLiteral("fonte"),
                                    QJsonObject{{"name", "fonte"}, {"type", "text"}, {"required", true}});
        const DefinitionOutcome o = apply(def, 2);
        QVERIFY(m_project->layer(QStringLiteral("siti"))->field(QStringLiteral("fonte")));
        QCOMPARE(o.held, 1);
        const auto issues = issuesOf(u);
        QCOMPARE(int(issues.size()), 1);
        QCOMPARE(issues.front().field, QStringLiteral("fonte"));
        // Filled in through the form, it goes.
        FeatureChange fix;
        fix.attributes = {{"fonte", "sopralluogo"}};
        QVERIFY(m_gateway->update(QStringLiteral("siti"), u, fix).ok);
        QVERIFY(issuesOf(u).empty());
        // The value is kept in the store like any other.
        FeatureReader reader(m_project->db(), *m_project->layer(QStringLiteral("siti")));
        QCOMPARE(reader.byUuid(u)->attributes.value(QStringLiteral("fonte")).toString(), QStringLiteral("sopralluogo"));
    }

    void aChoiceWithdrawnHoldsAnUnsentValueUntilFixed()
    {
        fresh();
        const QString u = insertSite(QStringLiteral("A"), QStringLiteral("Sesto San Giovanni"));
        const QString ok = insertSite(QStringLiteral("B"), QStringLiteral("Rho"));
        QJsonObject def = m_def;
        def.insert(QStringLiteral("valueLists"),
                   QJsonObject{{"comuni", QJsonArray{QJsonObject{{"value", "Milano"}}, QJsonObject{{"value", "Rho"}}}}});
        const DefinitionOutcome o = apply(def, 2);
        QCOMPARE(o.held, 1);
        QVERIFY(!heldProblems(m_project->db(), u).isEmpty());
        QVERIFY(heldProblems(m_project->db(), ok).isEmpty());
        // Nothing lost: the value is still in the feature.
        FeatureReader reader(m_project->db(), *m_project->layer(QStringLiteral("siti")));
        QCOMPARE(reader.byUuid(u)->attributes.value(QStringLiteral("comune")).toString(), QStringLiteral("Sesto San Giovanni"));
        QCOMPARE(issuesOf(u).front().field, QStringLiteral("comune"));
        FeatureChange fix;
        fix.attributes = {{"comune", "Milano"}};
        QVERIFY(m_gateway->update(QStringLiteral("siti"), u, fix).ok);
        QVERIFY(issuesOf(u).empty());
    }

    void aConstraintTightenedHoldsWhatNoLongerPasses()
    {
        fresh();
        const QString u = insertSite(QStringLiteral("Nome abbastanza"), QStringLiteral("Rho"));
        QVERIFY(!u.isEmpty());
        QJsonObject nome = fieldOf(m_def, QStringLiteral("siti"), QStringLiteral("nome"));
        nome.insert(QStringLiteral("maxLength"), 10);
        const DefinitionOutcome o = apply(withField(m_def, QStringLiteral("siti"), QStringLiteral("nome"), nome), 2);
        QCOMPARE(o.held, 1);
        QCOMPARE(issuesOf(u).front().field, QStringLiteral("nome"));
    }

    void aRemovedFieldKeepsItsValuesAndAnUnsentOneWaitsForAPerson()
    {
        fresh();
        NewFeature f = site(QStringLiteral("A"), QStringLiteral("Rho"));
        f.attributes.insert(QStringLiteral("codice"), QStringLiteral("AT-12"));
        const EditResult r = m_gateway->insert(QStringLiteral("siti"), f);
        QVERIFY(r.ok);
        const QString plain = insertSite(QStringLiteral("B"), QStringLiteral("Rho")); // no value in it: nothing to hold
        const DefinitionOutcome o = apply(withField(m_def, QStringLiteral("siti"), QStringLiteral("codice"), {}), 2);
        QCOMPARE(o.held, 1);
        QVERIFY(!m_project->layer(QStringLiteral("siti"))->field(QStringLiteral("codice")));
        // The column and the value stay in the store (QGIS still sees them).
        Statement st = m_project->db().prepare(QStringLiteral("SELECT codice FROM siti WHERE uuid = ?"));
        st.bind(1, r.uuid);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("AT-12"));
        st = Statement();
        // No check clears it: the value is fine, the field is gone. The message shows the value to copy.
        auto issues = issuesOf(r.uuid);
        QCOMPARE(int(issues.size()), 1);
        QVERIFY(issues.front().kept);
        QVERIFY(issues.front().message.contains(QStringLiteral("AT-12")));
        QVERIFY(issuesOf(plain).empty());
        // The sync page tells it apart from a value to correct: it offers to send the change without it.
        const auto held = SyncState(m_project->db()).heldForFixing();
        QCOMPARE(int(held.size()), 1);
        QVERIFY(held.front().kept);
        // The person lets it go without the value.
        QVERIFY(m_gateway->sendWithoutRemovedValues(QStringLiteral("siti"), r.uuid).ok);
        QVERIFY(issuesOf(r.uuid).empty());
    }

    void aLayerAddedCanBeEdited()
    {
        fresh();
        QJsonObject def = withLayer(m_def, QStringLiteral("alberi"),
                                    QJsonObject{{"name", "alberi"}, {"geometry", "point"},
                                                {"fields", QJsonArray{QJsonObject{{"name", "specie"}, {"type", "text"}}}}});
        const DefinitionOutcome o = apply(def, 2);
        QVERIFY(m_project->layer(QStringLiteral("alberi")));
        NewFeature t;
        t.geometry = Geometry::point({9.2, 45.5});
        t.attributes = {{"specie", "Platanus"}};
        QVERIFY(m_gateway->insert(QStringLiteral("alberi"), t).ok);
        Q_UNUSED(o);
    }

    void aLayerRemovedGoesOrStaysRetiredWithItsUnsentEdits()
    {
        fresh();
        // punti: nothing unsent (seeded as the SIT's) -> dropped. siti: an unsent insert -> retired.
        NewFeature p;
        p.geometry = Geometry::point({9.2, 45.5});
        p.attributes = {{"nome", "x"}};
        QVERIFY(m_gateway->seed(QStringLiteral("punti"), p, 7).ok);
        const QString u = insertSite(QStringLiteral("A"), QStringLiteral("Rho"));
        QJsonObject def = withLayer(m_def, QStringLiteral("punti"), {});
        def = withLayer(def, QStringLiteral("siti"), {});
        def = withLayer(def, QStringLiteral("alberi"),
                        QJsonObject{{"name", "alberi"}, {"geometry", "point"},
                                    {"fields", QJsonArray{QJsonObject{{"name", "specie"}, {"type", "text"}}}}});
        const DefinitionOutcome o = apply(def, 2);
        QCOMPARE(o.droppedLayers, QStringList{QStringLiteral("punti")});
        QCOMPARE(o.retiredLayers, QStringList{QStringLiteral("siti")});
        QVERIFY(!m_project->db().tableExists(QStringLiteral("punti")));
        QVERIFY(!m_project->layer(QStringLiteral("siti")));
        QVERIFY(m_project->retiredLayer(QStringLiteral("siti")));
        // Its edit is still unsent (the sync page counts it) but the sync no longer takes it.
        QCOMPARE(Outbox::pendingCount(m_project->db()), 1);
        QVERIFY(m_gateway->pendingChanges(100).empty());
        FeatureReader reader(m_project->db(), *m_project->retiredLayer(QStringLiteral("siti")));
        QVERIFY(reader.byUuid(u).has_value());
        // Back in a later definition, the layer and its edit are as they were.
        const DefinitionOutcome back = apply(withLayer(def, QStringLiteral("siti"), layerNamed(m_def, QStringLiteral("siti"))), 3);
        QVERIFY(back.retiredLayers.isEmpty());
        QVERIFY(m_project->layer(QStringLiteral("siti")));
        QCOMPARE(int(m_gateway->pendingChanges(100).size()), 1);
        // Retired again, then let go by the person.
        apply(def, 4);
        QVERIFY(m_gateway->dropRetiredLayer(QStringLiteral("siti")).ok);
        // The open project stops naming it at once: the app keeps it open (the sync page lists retired layers from
        // it, and the gateway's photo cleanup reads every layer it names).
        QVERIFY(!m_project->retiredLayer(QStringLiteral("siti")));
        reopen();
        QVERIFY(!m_project->retiredLayer(QStringLiteral("siti")));
        QVERIFY(!m_project->db().tableExists(QStringLiteral("siti")));
        QCOMPARE(Outbox::pendingCount(m_project->db()), 0);
    }

    void whatCannotBeAppliedChangesNothing_data()
    {
        QTest::addColumn<QJsonObject>("def");
        QJsonObject base = smallDefinition();
        QJsonObject newer = base;
        newer.insert(QStringLiteral("format"), 2);
        QTest::newRow("newer format") << newer;
        QJsonObject other = base;
        other.insert(QStringLiteral("id"), QStringLiteral("altro"));
        QTest::newRow("another project") << other;
        QJsonObject kind = layerNamed(base, QStringLiteral("punti"));
        kind.insert(QStringLiteral("geometry"), QStringLiteral("line"));
        QTest::newRow("geometry kind") << withLayer(base, QStringLiteral("punti"), kind);
        QJsonObject piani = fieldOf(base, QStringLiteral("siti"), QStringLiteral("piani"));
        piani.insert(QStringLiteral("type"), QStringLiteral("date"));
        QTest::newRow("field type") << withField(base, QStringLiteral("siti"), QStringLiteral("piani"), piani);
        QJsonObject broken = base;
        broken.insert(QStringLiteral("layers"), QJsonArray{QJsonObject{{"name", "x"}, {"geometry", "cerchio"}}});
        QTest::newRow("errors") << broken;
    }
    void whatCannotBeAppliedChangesNothing()
    {
        QFETCH(QJsonObject, def);
        fresh();
        const QString u = insertSite(QStringLiteral("A"), QStringLiteral("Rho"));
        const DefinitionPlan plan = planDefinitionUpdate(*m_project, def, 2);
        QVERIFY(!plan.applicable());
        QVERIFY(!plan.refusals.join(QString()).isEmpty());
        QVERIFY(!m_gateway->applyDefinition(plan).ok);
        reopen();
        QCOMPARE(m_project->definitionVersion(), 1);
        QCOMPARE(int(m_project->layers().size()), 2);
        QCOMPARE(int(m_gateway->pendingChanges(10).size()), 1);
        QVERIFY(heldProblems(m_project->db(), u).isEmpty());
    }

    void aFailureHalfWayLeavesTheOldDefinition()
    {
        fresh();
        insertSite(QStringLiteral("A"), QStringLiteral("Rho"));
        // Something in the file blocks the new layer's R-tree: the whole update rolls back.
        m_project->db().exec("CREATE TABLE \"rtree_alberi_geom\" (x)");
        QJsonObject def = withField(m_def, QStringLiteral("siti"), QStringLiteral("fonte"),
                                    QJsonObject{{"name", "fonte"}, {"type", "text"}});
        def = withLayer(def, QStringLiteral("alberi"), QJsonObject{{"name", "alberi"}, {"geometry", "point"}, {"fields", QJsonArray{}}});
        const DefinitionPlan plan = planDefinitionUpdate(*m_project, def, 2);
        QVERIFY(plan.applicable());
        const EditResult r = m_gateway->applyDefinition(plan);
        QVERIFY(!r.ok);
        QVERIFY(!r.message.isEmpty());
        reopen();
        QCOMPARE(m_project->definitionVersion(), 1);
        QVERIFY(!m_project->layer(QStringLiteral("alberi")));
        QVERIFY(!m_project->db().tableExists(QStringLiteral("alberi")));
        Statement cols = m_project->db().prepare(QStringLiteral("SELECT 1 FROM pragma_table_info('siti') WHERE name = 'fonte'"));
        QVERIFY(!cols.step());
    }

    void aWorkAreaChangeReadsTheLayerAgain()
    {
        fresh();
        WorkArea area;
        area.id = QStringLiteral("comune-015146");
        area.name = QStringLiteral("Milano");
        area.kind = QStringLiteral("comune");
        area.geometry = Geometry::polygon({{9.0, 45.3}, {9.3, 45.3}, {9.3, 45.6}, {9.0, 45.3}});
        QVERIFY(m_gateway->setWorkArea(area).ok);
        QVERIFY(m_gateway->applyRemote(QStringLiteral("punti"), 500, {}).applied == 0);
        reopen();
        QCOMPARE(m_project->workArea().name, QStringLiteral("Milano"));
        QCOMPARE(SyncState(m_project->db()).feed(QStringLiteral("punti")).cursor, qint64(500));
        QJsonObject punti = layerNamed(m_def, QStringLiteral("punti"));
        punti.insert(QStringLiteral("workArea"), QStringLiteral("whole"));
        apply(withLayer(m_def, QStringLiteral("punti"), punti), 2);
        QCOMPARE(m_project->layer(QStringLiteral("punti"))->workArea, LayerDef::WorkArea::Whole);
        QCOMPARE(SyncState(m_project->db()).feed(QStringLiteral("punti")).cursor, qint64(0));
    }

    void tenThousandUnsentEditsAreAllKept()
    {
        fresh();
        // Written as one import (one transaction): each is an unsent insert with its outbox entry all the same.
        int i = 0;
        ImportRecord record;
        record.id = QStringLiteral("import-1");
        record.fileName = QStringLiteral("siti.csv");
        record.startedAt = QDateTime::currentDateTimeUtc();
        int imported = 0;
        const EditResult r = m_gateway->importFeatures(
            QStringLiteral("siti"), record,
            [&](EditGateway::ImportRow &row, QString &) {
                if (i == 10000)
                    return EditGateway::Feed::End;
                row.feature = site(QStringLiteral("S%1").arg(i), i % 10 == 0 ? QStringLiteral("Sesto San Giovanni")
                                                                             : QStringLiteral("Rho"));
                row.where = QStringLiteral("Row %1").arg(++i);
                return EditGateway::Feed::Feature;
            },
            &imported);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(imported, 10000);
        // Edits to send: the import's rows are one entry (outbox.h, ImportBatch); a held one gets its own.
        const qint64 before = Outbox::pendingCount(m_project->db());
        QCOMPARE(before, 10000);
        QJsonObject def = m_def;
        def.insert(QStringLiteral("valueLists"),
                   QJsonObject{{"comuni", QJsonArray{QJsonObject{{"value", "Milano"}}, QJsonObject{{"value", "Rho"}}}}});
        def = withField(def, QStringLiteral("siti"), QStringLiteral("fonte"), QJsonObject{{"name", "fonte"}, {"type", "text"}});
        const DefinitionOutcome o = apply(def, 2);
        QCOMPARE(o.held, 1000);
        QCOMPARE(Outbox::pendingCount(m_project->db()), before);
        QCOMPARE(int(SyncState(m_project->db()).heldForFixing().size()), 1000);
        QCOMPARE(int(m_gateway->pendingChanges(20000).size()), 10000);
    }
};

QTEST_GUILESS_MAIN(TestDefinitionUpdate)
#include "tst_definitionupdate.moc"
