// Participation against the real SIT (sync/server/sit started for this test): drafts coming from the SIT, comments
// written offline and synced, the moderators' decision coming back to the author, the comment window enforced by
// the SIT and not only by the app, what a citizen may read, consent and erasure, and a territorial table from its
// opening to its minutes.

#include "participation.h"
#include "sitclient.h"

#include <QDirIterator>
#include <QtTest>

using namespace territori;
using namespace territori::core;
using namespace territori::store;
using namespace territori::sync;
using territori::testing::FaultProxy;
using territori::testing::SitHarness;

using Client = territori::testing::SitClient;

class TestSitParticipation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    SitHarness m_sit;
    int m_clients = 0;

    Client client(const QString &role)
    {
        ++m_clients;
        Client c = Client::install(m_tmp.path() + QStringLiteral("/client%1").arg(m_clients), role,
                                   QStringLiteral("tablet-%1").arg(m_clients));
        c.role = role;
        TableSessions::installGuard(*c.project, *c.gw);
        return c;
    }

    SyncReport sync(Client &c, quint16 viaPort = 0) { return c.sync(m_sit, viaPort); }

    QString sit(const QString &sql) { return m_sit.psql(sql); }

    // Every file under a folder that holds a marker (raw bytes, as `strings` or `grep -a` would find it).
    static QStringList filesHolding(const QString &folder, const QList<QByteArray> &markers)
    {
        QStringList out;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (const QByteArray &m : markers)
                if (bytes.contains(m))
                    out << QStringLiteral("%1 (%2)").arg(path, QString::fromUtf8(m));
        }
        return out;
    }

    NewComment comment(const QString &text, const QString &draft = "STTM1", int version = 2,
                       const QString &paragraph = "2.1")
    {
        NewComment c;
        c.draft = draft;
        c.version = version;
        c.paragraph = paragraph;
        c.stance = "proposta";
        c.text = text;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_tmp.setAutoRemove(qEnvironmentVariableIsEmpty("TERRITORI_KEEP_TMP"));
        QFile::setPermissions(m_tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        QString error;
        QVERIFY2(m_sit.up(m_tmp.path() + "/sit", false, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_sit.down(); }

    void draftsComeFromTheSitWithTheirNewVersions()
    {
        Client c = client("citizen");
        QVERIFY(sync(c).ok());
        DraftLibrary lib(*c.project);
        const auto drafts = lib.drafts();
        QCOMPARE(drafts.size(), size_t(3));
        // The SIT publishes a new version of STTM 2: the tablet gets it, and sees what changed.
        sit("INSERT INTO sttm_paragrafi (uuid, bozza, strategia, versione, sezione, paragrafo, ordine, titolo, testo, "
            "apertura, chiusura) SELECT uuid || '-v9', bozza, strategia, 9, sezione, paragrafo, ordine, titolo, "
            "CASE WHEN paragrafo = '1.1' THEN testo || ' Testo aggiunto nella nuova versione.' ELSE testo END, "
            "current_date - 1, current_date + 30 FROM sttm_paragrafi WHERE bozza = 'STTM2' AND versione = 1");
        const SyncReport r = sync(c);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(lib.draft("STTM2")->latestVersion, 9);
        const auto diff = lib.diff("STTM2", 1, 9);
        const auto changed = std::find_if(diff.begin(), diff.end(), [](const ParagraphDiff &d) {
            return d.change == ParagraphChange::Changed;
        });
        QVERIFY(changed != diff.end());
        QVERIFY(changed->textHtml.contains("<ins>"));
        QVERIFY(changed->textHtml.contains("nuova versione"));
    }

    void aCommentWrittenOfflineReachesTheSitAndItsModerationComesBack()
    {
        Client author = client("citizen");
        QVERIFY(sync(author).ok());
        Comments comments(*author.project, *author.gw);
        QString uuid, error;
        NewComment c = comment("Il Parco Nord va collegato alla rete verde.");
        c.place = Geometry::point({9.2, 45.535});
        QVERIFY2(comments.add(c, QString(), QString(), &uuid, &error), qPrintable(error));
        QCOMPARE(author.pending(), 1);
        const SyncReport r = sync(author);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(author.pending(), 0);
        QCOMPARE(sit(QStringLiteral("SELECT moderazione || ' ' || testo FROM commenti WHERE uuid = '%1'").arg(uuid)),
                 QString("in_attesa Il Parco Nord va collegato alla rete verde."));
        // Another citizen does not read it until a moderator publishes it.
        Client other = client("citizen");
        QVERIFY(sync(other).ok());
        QVERIFY(!other.feature(participation::comments, uuid));
        // The moderator hides it, with a reason: the author's tablet learns it from the moderation feed.
        QString out, err;
        QVERIFY2(m_sit.run(QStringLiteral("SET ROLE territori_moderator; UPDATE commenti SET moderazione = 'nascosto', "
                                          "motivo_moderazione = 'Fuori tema' WHERE uuid = '%1'")
                               .arg(uuid),
                           &out, &err),
                 qPrintable(err));
        QVERIFY(sync(author).ok());
        auto mine = author.feature(participation::comments, uuid);
        QCOMPARE(mine->attributes.value("moderazione").toString(), QString("nascosto"));
        QCOMPARE(mine->attributes.value("motivo_moderazione").toString(), QString("Fuori tema"));
        QCOMPARE(mine->attributes.value("testo").toString(), QString("Il Parco Nord va collegato alla rete verde."));
        // Published: now everyone reads it.
        QVERIFY(m_sit.run(QStringLiteral("SET ROLE territori_moderator; UPDATE commenti SET moderazione = 'pubblicato', "
                                         "motivo_moderazione = NULL WHERE uuid = '%1'")
                              .arg(uuid),
                          &out, &err));
        QVERIFY(sync(other).ok());
        QVERIFY(other.feature(participation::comments, uuid));
        QVERIFY(sync(author).ok());
        QCOMPARE(author.feature(participation::comments, uuid)->attributes.value("moderazione").toString(),
                 QString("pubblicato"));
    }

    void aCitizenCannotPublishOrChangeEntries()
    {
        Client c = client("citizen");
        QVERIFY(sync(c).ok());
        // Forged locally as published: the SIT stores it as awaiting moderation.
        NewFeature nf;
        nf.geometry = Geometry::point({9.1, 45.45});
        nf.attributes = {{"tema", "nbs"}, {"titolo", "Tetto verde"}, {"moderazione", "pubblicato"}};
        const EditResult ins = c.gw->insert(participation::contributions, nf);
        QVERIFY(ins.ok);
        QVERIFY(sync(c).ok());
        QCOMPARE(sit(QStringLiteral("SELECT moderazione FROM contributi WHERE uuid = '%1'").arg(ins.uuid)), QString("in_attesa"));
    }

    void theSitRefusesACommentOutsideTheWindowEvenIfTheAppLetItThrough()
    {
        Client c = client("citizen");
        QVERIFY(sync(c).ok());
        Comments comments(*c.project, *c.gw);
        QString error;
        // STTM 3 is closed: the app refuses...
        QVERIFY(!comments.add(comment("Tardi", "STTM3", 1, "1.1"), QString(), QString(), nullptr, &error));
        QVERIFY(error.contains("closed"));
        // ...and a client that skipped the check is refused by the SIT: the comment is held, not lost, not there.
        NewFeature nf;
        nf.attributes = {{"bozza", "STTM3"}, {"versione", 1}, {"paragrafo", "1.1"}, {"posizione", "proposta"},
                         {"testo", "Scritto da un client che non controlla"}};
        const EditResult forged = c.gw->insert(participation::comments, nf);
        QVERIFY(forged.ok);
        const SyncReport r = sync(c);
        QCOMPARE(r.failed, 1);
        QCOMPARE(sit(QStringLiteral("SELECT count(*) FROM commenti WHERE uuid = '%1'").arg(forged.uuid)), QString("0"));
        QCOMPARE(c.pending(), 1);
    }

    void aCitizensLostReplyIsConfirmedThroughTheModerationFeed()
    {
        Client c = client("citizen");
        QVERIFY(sync(c).ok());
        Comments comments(*c.project, *c.gw);
        QString uuid, error;
        QVERIFY(comments.add(comment("Risposta persa"), QString(), QString(), &uuid, &error));
        FaultProxy proxy(m_sit.port);
        proxy.breakNext(FaultProxy::Fault::DropAfterCommit);
        const SyncReport r = sync(c, proxy.port());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(proxy.broken, 1);
        QCOMPARE(c.pending(), 0);
        QCOMPARE(sit(QStringLiteral("SELECT count(*) FROM commenti WHERE uuid = '%1'").arg(uuid)), QString("1"));
    }

    void aTerritorialTableFromOpeningToMinutesWithConsentAndErasure()
    {
        Client facilitator = client("officer");
        QVERIFY(sync(facilitator).ok());
        TableSessions tables(*facilitator.project, *facilitator.gw);
        TableSession s;
        s.comune = "Rho";
        s.date = QDate::currentDate();
        s.topic = "Rete verde nel Nord Ovest";
        s.facilitator = "Ufficio di piano";
        QString session, a, b, error;
        QVERIFY(tables.open(s, &session, &error));
        QVERIFY(tables.join(session, true, "Anna Neri", "anna@example.it", &a, &error));
        QVERIFY(tables.join(session, true, QString(), QString(), &b, &error));
        Comments comments(*facilitator.project, *facilitator.gw);
        QVERIFY(comments.add(comment("Più alberi lungo il Villoresi"), a, session, nullptr, &error));
        NewFeature contribution;
        contribution.geometry = Geometry::point({9.05, 45.53});
        contribution.attributes = {{"tema", "rete_verde"}, {"titolo", "Filare sul canale"}, {"partecipante", b},
                                   {"tavolo", session}};
        QVERIFY(facilitator.gw->insert(participation::contributions, contribution).ok);
        QVERIFY(tables.close(session, &error));
        const SyncReport r = sync(facilitator);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(facilitator.pending(), 0);
        QCOMPARE(sit(QStringLiteral("SELECT stato FROM tavoli WHERE uuid = '%1'").arg(session)), QString("chiuso"));
        QCOMPARE(sit(QStringLiteral("SELECT nome || ' ' || email FROM partecipanti WHERE codice = '%1'").arg(a)),
                 QString("Anna Neri anna@example.it"));
        QCOMPARE(sit(QStringLiteral("SELECT count(*) FROM commenti WHERE tavolo = '%1' AND partecipante = '%2'").arg(session, a)),
                 QString("1"));
        // The citizens' endpoint does not hand out personal data at all.
        QString out, err;
        QVERIFY(!m_sit.run("SET ROLE territori_citizen; SELECT count(*) FROM partecipanti", &out, &err));
        // Anna asks for her data to be erased: on the tablet now, at the SIT with the sync; her comment stays.
        QVERIFY2(tables.erase(session, a, &error), qPrintable(error));
        QVERIFY(sync(facilitator).ok());
        QCOMPARE(sit(QStringLiteral("SELECT coalesce(nome, '-') || ' ' || coalesce(email, '-') || ' ' || (cancellato_il IS "
                                    "NOT NULL) FROM partecipanti WHERE codice = '%1'")
                         .arg(a)),
                 QString("- - true"));
        QCOMPARE(sit(QStringLiteral("SELECT count(*) FROM commenti WHERE partecipante = '%1'").arg(a)), QString("1"));
        // The minutes.
        QStringList written;
        QVERIFY2(tables.exportSummary(session, m_tmp.path() + "/verbale", &written, &error), qPrintable(error));
        QFile csv(m_tmp.path() + "/verbale.csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains("Filare sul canale"));
        QVERIFY(text.contains("Più alberi lungo il Villoresi"));
        QVERIFY(!text.contains("Anna"));
        QVERIFY(!text.contains(a));
    }

    // Issue #11: an erasure reaches every copy on every tablet, whichever tablet or the SIT makes it and in whatever
    // order the other edits come: the person's data are in no file of any tablet afterwards.
    void anErasureReachesEveryCopyOnEveryTabletWhateverTheOrder()
    {
        Client a = client("officer"), b = client("surveyor");
        QVERIFY(sync(a).ok());
        TableSessions tables(*a.project, *a.gw);
        TableSession s;
        s.comune = "Rho";
        s.date = QDate::currentDate();
        s.topic = "Cancellazione";
        s.facilitator = "Ufficio di piano";
        QString session, error;
        QVERIFY(tables.open(s, &session, &error));
        QStringList codes;
        QList<QByteArray> markers;
        for (int i = 1; i <= 4; ++i) {
            QString code;
            const QString name = QStringLiteral("Persona%1 Erasetest").arg(i);
            const QString mail = QStringLiteral("persona%1.erasetest@example.it").arg(i);
            QVERIFY(tables.join(session, true, name, mail, &code, &error));
            codes << code;
            markers << name.toUtf8() << mail.toUtf8();
        }
        QVERIFY(sync(a).ok());
        QVERIFY(sync(b).ok());
        auto uuidOf = [&](Client &c, const QString &code) {
            Statement st = c.project->db().prepare("SELECT uuid FROM partecipanti WHERE codice = ?");
            st.bind(1, code);
            return st.step() ? st.text(0) : QString();
        };
        auto setMail = [&](Client &c, const QString &code, const QString &mail) {
            FeatureChange fc;
            fc.attributes.insert("email", mail);
            const EditResult r = c.gw->update("partecipanti", uuidOf(c, code), fc);
            QVERIFY2(r.ok, qPrintable(r.message));
        };
        const QString changedMail = "nuova.erasetest@example.it", otherMail = "altra.erasetest@example.it";
        markers << changedMail.toUtf8() << otherMail.toUtf8();

        // 1. B changes the e-mail while A erases the person; B syncs after.
        setMail(b, codes[0], changedMail);
        QVERIFY(tables.erase(session, codes[0], &error));
        QVERIFY(sync(a).ok());
        SyncReport r = sync(b);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(b.conflicts().size(), size_t(0));
        // 2. Erased on B (another tablet than the one where the person joined); A syncs after.
        const EditResult erasedOnB = b.gw->erasePersonalData("partecipanti", uuidOf(b, codes[1]), {"nome", "email"},
                                                             "cancellato_il");
        QVERIFY2(erasedOnB.ok, qPrintable(erasedOnB.message));
        QVERIFY(sync(b).ok());
        QVERIFY(sync(a).ok());
        // 3. Erased by the SIT's own helper.
        QCOMPARE(sit(QStringLiteral("SELECT territori.erase_participant('%1')").arg(codes[2])), QString("1"));
        // 4. A conflict about the e-mail first (A and B change it differently; B keeps theirs), then the erasure.
        setMail(a, codes[3], changedMail);
        setMail(b, codes[3], otherMail);
        QVERIFY(sync(a).ok());
        QVERIFY(sync(b).ok());
        QCOMPARE(b.conflicts().size(), size_t(1));
        QVERIFY(b.gw->resolveConflict(b.conflicts().front().id, EditGateway::Resolution::KeepTheirs).ok);
        QCOMPARE(sit(QStringLiteral("SELECT territori.erase_participant('%1')").arg(codes[3])), QString("1"));
        for (Client *c : {&a, &b, &a, &b}) {
            r = sync(*c);
            QVERIFY2(r.ok(), qPrintable(r.message));
        }
        // Nothing of them on the SIT's rows, nor anywhere in either tablet's folder.
        QCOMPARE(sit("SELECT count(*) FROM partecipanti WHERE email LIKE '%erasetest%' OR nome LIKE '%Erasetest%'"),
                 QString("0"));
        QCOMPARE(sit(QStringLiteral("SELECT count(*) FROM partecipanti WHERE tavolo = '%1' AND cancellato_il IS NOT NULL")
                         .arg(session)),
                 QString("4"));
        for (Client *c : {&a, &b}) {
            Statement st = c->project->db().prepare("SELECT count(*) FROM partecipanti WHERE nome IS NOT NULL AND tavolo = ?");
            st.bind(1, session);
            st.step();
            QCOMPARE(st.int64(0), qint64(0));
            st = Statement();
            const QStringList found = filesHolding(c->dir, markers);
            QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
            QCOMPARE(c->conflicts().size(), size_t(0));
        }
        // And, once the SIT's sweeper has run (within 30 s), in no file of the SIT either: tables, WAL, logs.
        QTRY_COMPARE_WITH_TIMEOUT(sit("SELECT count(*) FROM territori.erasures WHERE swept_at IS NULL"), QString("0"), 40000);
        m_sit.psql("CHECKPOINT");
        const QStringList onSit = filesHolding(m_sit.dir, markers);
        QVERIFY2(onSit.isEmpty(), qPrintable(onSit.join('\n')));
    }
};

QTEST_MAIN(TestSitParticipation)
#include "tst_sitparticipation.moc"
