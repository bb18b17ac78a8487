// The outbox entry's one format: what the gateway writes reads back as it was written, what the store's triggers and
// older versions wrote still reads, SQL finds the values where the triggers put them, and an insert carries nothing
// of its feature whatever it is handed. An edit whose change read back wrong would be sent wrong, or merged against
// the wrong base; one that did not read at all would be lost.

#include "editgateway.h"
#include "outbox.h"
#include "project.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace territori::store;

class TestOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Project> m_project;

    Database &db() { return m_project->db(); }

    // The value SQLite's json_extract finds in encoded text (the moderation queries read entries this way).
    QString extract(const QByteArray &json, const QString &path)
    {
        Statement st = db().prepare(QStringLiteral("SELECT json_extract(?, ?)"));
        st.bind(1, json.constData()).bind(2, path);
        st.step();
        return st.text(0);
    }

    OutboxEntry entry(OutboxEntry::Kind kind, const QString &uuid)
    {
        OutboxEntry e;
        e.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.layer = QStringLiteral("siti");
        e.featureUuid = uuid;
        e.kind = kind;
        return e;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_project = Project::create(m_tmp->path(), territori::testing::smallDefinition());
    }
    void cleanup()
    {
        m_project.reset();
        m_tmp.reset();
    }

    void changesReadBackAsTheyWereWritten()
    {
        FieldChanges c;
        c.set(QStringLiteral("nome"), QStringLiteral("Ex \"Falck\"\n\\ àè €"), QStringLiteral("Falck – Sesto"));
        c.set(QStringLiteral("piani"), 2.0, 3.0);
        c.set(QStringLiteral("superficie"), 12.5, QJsonValue::Null);
        c.set(QStringLiteral("contaminato"), QJsonValue::Null, true);
        c.set(QStringLiteral("usi"), QJsonArray{QStringLiteral("a")},
              QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        c.set(QStringLiteral("draft"), true, false);
        const QByteArray text = Outbox::encodeChanges(c);
        QCOMPARE(Outbox::decodeChanges(text), c);
        // In field order whatever order they were set in, and a field set twice keeps its last change.
        QCOMPARE(c.fields(), QStringList({"contaminato", "draft", "nome", "piani", "superficie", "usi"}));
        c.set(QStringLiteral("piani"), 2.0, 4.0);
        QCOMPARE(c.size(), 6);
        QCOMPARE(Outbox::decodeChanges(Outbox::encodeChanges(c)).newValue(QStringLiteral("piani")).toDouble(), 4.0);
        // The shape every version wrote and SQL reads: {"field": {"new": ..., "old": ...}}.
        QCOMPARE(extract(text, QStringLiteral("$.nome.old")), QStringLiteral("Ex \"Falck\"\n\\ àè €"));
        QCOMPARE(extract(text, QStringLiteral("$.piani.new")), QStringLiteral("3"));
        QCOMPARE(extract(text, QStringLiteral("$.usi.new[1]")), QStringLiteral("b"));
        QVERIFY(text.startsWith(R"({"contaminato":{"new":true,"old":null},)"));
        // Nothing changed is the empty object.
        QCOMPARE(Outbox::encodeChanges(FieldChanges()), QByteArray("{}"));
        QVERIFY(Outbox::decodeChanges("{}").isEmpty());
    }

    void whatOtherWritersAndOlderVersionsWroteStillReads()
    {
        // The journal triggers build the object with json_group_object: members in any order, numbers as SQLite
        // prints them, a value JSON cannot hold written as null.
        const FieldChanges trigger =
            Outbox::decodeChanges(R"({"piani":{"old":2,"new":3},"nome":{"old":null,"new":"x"}})");
        QCOMPARE(trigger.fields(), QStringList({"nome", "piani"}));
        QCOMPARE(trigger.oldValue(QStringLiteral("piani")).toDouble(), 2.0);
        QVERIFY(trigger.oldValue(QStringLiteral("nome")).isNull());
        // A member with only one side (never written, but nothing is lost if it is): the other side reads as null.
        const FieldChanges half = Outbox::decodeChanges(R"({"nome":{"new":"x"}})");
        QVERIFY(half.oldValue(QStringLiteral("nome")).isNull());
        QCOMPARE(half.newValue(QStringLiteral("nome")).toString(), QStringLiteral("x"));
        // What is not a change is skipped, not misread; text that is not JSON reads as no change at all.
        QCOMPARE(Outbox::decodeChanges(R"({"nome":"x","piani":{"old":1,"new":2}})").fields(), QStringList{"piani"});
        QVERIFY(Outbox::decodeChanges("not json").isEmpty());
        // Bytes another program stored that are not UTF-8 (QGIS writing Latin-1) keep their entry readable: the
        // field still reads as changed, and the sync's check of the row names the bytes.
        const FieldChanges latin1 = Outbox::decodeChanges("{\"nome\":{\"new\":\"casci\xe8\",\"old\":\"Cascina\"}}");
        QCOMPARE(latin1.fields(), QStringList{"nome"});
        QCOMPARE(latin1.oldValue(QStringLiteral("nome")).toString(), QStringLiteral("Cascina"));
        QVERIFY(latin1.newValue(QStringLiteral("nome")).toString().startsWith(QStringLiteral("casci")));
        // A field that did not change has no values, rather than empty ones.
        QVERIFY(half.oldValue(QStringLiteral("piani")).isUndefined());
    }

    void everyStateHasOneNameAndAnUnknownOneIsHeld()
    {
        const QList<OutboxState> all{OutboxState::Pending, OutboxState::Sent,      OutboxState::Conflict,
                                     OutboxState::Failed,  OutboxState::Cancelled, OutboxState::Merged,
                                     OutboxState::Rebased, OutboxState::Discarded};
        QStringList names;
        for (OutboxState s : all) {
            names << outboxStateName(s);
            QCOMPARE(outboxStateFromName(outboxStateName(s)), s);
        }
        // The names the column has always held (docs/sync.md), so older stores and SQL keep reading them.
        QCOMPARE(names,
                 QStringList({"pending", "sent", "conflict", "failed", "cancelled", "merged", "rebased", "discarded"}));
        // A state this version does not know is neither sent nor taken for delivered.
        QCOMPARE(outboxStateFromName(QStringLiteral("queued")), OutboxState::Failed);
        QVERIFY(Outbox::isUnsent(outboxStateFromName(QStringLiteral("queued"))));
        QCOMPARE(Outbox::unsentIn(QStringLiteral("o.state")),
                 QStringLiteral("o.state IN ('pending', 'failed', 'conflict')"));
    }

    void anEntryReadsBackWhole()
    {
        OutboxEntry e = entry(OutboxEntry::Kind::Update, QStringLiteral("u-1"));
        e.baseRev = 41;
        e.changes.set(QStringLiteral("nome"), QStringLiteral("A"), QStringLiteral("B"));
        e.geomOld = toGpkgBlob(Geometry::point({9.1, 45.4}));
        e.geomNew = toGpkgBlob(Geometry::point({9.2, 45.5}));
        e.attachments = QStringList{QString(64, 'b')};
        Outbox::append(db(), e, QStringLiteral("Giulia"), QStringLiteral("tablet-07"));
        const std::vector<OutboxEntry> read = Outbox::forFeature(db(), QStringLiteral("siti"), QStringLiteral("u-1"));
        QCOMPARE(int(read.size()), 1);
        const OutboxEntry &r = read[0];
        QCOMPARE(r.seq, e.seq);
        QCOMPARE(r.opId, e.opId);
        QCOMPARE(r.kind, OutboxEntry::Kind::Update);
        QCOMPARE(r.baseRev, std::optional<qint64>(41));
        QCOMPARE(r.changes, e.changes);
        QCOMPARE(r.geomOld, e.geomOld);
        QCOMPARE(r.geomNew, e.geomNew);
        QCOMPARE(r.attachments, e.attachments);
        QCOMPARE(r.author, QStringLiteral("Giulia"));
        QCOMPARE(r.device, QStringLiteral("tablet-07"));
        QCOMPARE(r.state, OutboxState::Pending);
        QCOMPARE(r.createdAt, e.createdAt);
    }

    void anInsertCarriesNothingOfItsFeature()
    {
        // Whatever a caller hands it, an insert is written as a name: the values stay in the row alone.
        OutboxEntry e = entry(OutboxEntry::Kind::Insert, QStringLiteral("u-2"));
        e.changes.set(QStringLiteral("nome"), QJsonValue::Null, QStringLiteral("giulia@example.it"));
        e.geomNew = toGpkgBlob(Geometry::point({9.2, 45.5}));
        e.attachments = QStringList{QString(64, 'c')};
        Outbox::append(db(), e, QStringLiteral("Giulia"), QStringLiteral("tablet-07"));
        Statement raw =
            db().prepare(QStringLiteral("SELECT changes, geom_old, geom_new, attachments FROM territori_outbox "
                                        "WHERE seq = ?"));
        raw.bind(1, e.seq);
        QVERIFY(raw.step());
        QCOMPARE(raw.text(0), QStringLiteral("{}"));
        QVERIFY(raw.isNull(1) && raw.isNull(2) && raw.isNull(3));
        raw = Statement();
        // An insert an older version wrote with a copy reads without it (schema step 6 empties such entries; the
        // decoder does not depend on it).
        db().exec(QStringLiteral("UPDATE territori_outbox SET changes = '{\"nome\":{\"new\":\"x\",\"old\":null}}', "
                                 "geom_new = x'00' WHERE seq = %1")
                      .arg(e.seq));
        const OutboxEntry old = Outbox::forFeature(db(), QStringLiteral("siti"), QStringLiteral("u-2")).at(0);
        QCOMPARE(old.kind, OutboxEntry::Kind::Insert);
        QVERIFY(old.changes.isEmpty());
        QVERIFY(old.geomNew.isNull());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
