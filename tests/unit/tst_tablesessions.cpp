// A territorial table from opening to minutes: participants join with consent under a pseudonymous code, personal
// data stay apart and can be erased everywhere, closing locks the entries, and the minutes carry no personal data.

#include "featurereader.h"
#include "outbox.h"
#include "participationfixture.h"

#include <QtTest>

using namespace territori;
using namespace territori::core;
using namespace territori::store;

class TestTableSessions : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::ParticipationFixture> f;
    QString m_session;

    // A comment on paragraph 2.1 of STTM1, version 2.
    static NewComment comment(const QString &stance, const QString &text)
    {
        NewComment c;
        c.draft = "STTM1";
        c.version = 2;
        c.paragraph = "2.1";
        c.stance = stance;
        c.text = text;
        return c;
    }

    std::optional<Feature> participant(const QString &code)
    {
        Statement st = f->project->db().prepare("SELECT uuid FROM partecipanti WHERE codice = ?");
        st.bind(1, code);
        if (!st.step())
            return std::nullopt;
        FeatureReader reader(f->project->db(), *f->project->layer(participation::participants));
        return reader.byUuid(st.text(0));
    }

private slots:
    void init()
    {
        f = std::make_unique<testing::ParticipationFixture>();
        f->paragraph("STTM1", 2, "strategico", "2.1", 1, "Rete Verde", "La rete verde collega i parchi.");
        TableSessions::installGuard(*f->project, *f->gateway);
        TableSessions tables(*f->project, *f->gateway);
        TableSession s;
        s.zone = "nord_ovest";
        s.date = QDate(2026, 11, 30);
        s.topic = "Rete verde e NBS";
        s.facilitator = "Ufficio di piano";
        QString error;
        QVERIFY2(tables.open(s, &m_session, &error), qPrintable(error));
    }

    void joiningNeedsConsentAndGivesACode()
    {
        TableSessions tables(*f->project, *f->gateway);
        QString code, error;
        QVERIFY(!tables.join(m_session, false, "Mario Rossi", QString(), &code, &error));
        QVERIFY(error.contains("consent"));
        QVERIFY(tables.join(m_session, true, "Mario Rossi", "mario@example.it", &code, &error));
        QVERIFY(code.startsWith("P-"));
        QCOMPARE(code.size(), 6);
        const auto people = tables.participants(m_session);
        QCOMPARE(people.size(), size_t(1));
        QVERIFY(people[0].hasPersonalData);
        QVERIFY(!tables.join(m_session, true, QString(), "non-una-email", &code, &error));
        QVERIFY2(error.contains("E-mail") || error.contains("e-mail") || error.contains("address"), qPrintable(error));
    }

    void aParticipantsDataIsKeptInTheirRowAlone()
    {
        // Personal data must be erasable from one place: joining journals the participant, but the entry that will
        // send them names the row and copies nothing of it, so the e-mail is in the store once.
        TableSessions tables(*f->project, *f->gateway);
        QString code, error;
        QVERIFY(tables.join(m_session, true, "Giulia Bianchi", "giulia.bianchi@example.it", &code, &error));
        const auto p = participant(code);
        QVERIFY(p);
        QCOMPARE(p->attributes.value("email").toString(), QStringLiteral("giulia.bianchi@example.it"));
        Statement st = f->project->db().prepare("SELECT count(*), sum(instr(changes, 'giulia') > 0 OR instr(changes, "
                                                "'Bianchi') > 0) FROM territori_outbox WHERE feature_uuid = ?");
        st.bind(1, p->uuid);
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), qint64(1));
        QCOMPARE(st.int64(1), qint64(0));
        st = Statement();
        // The file itself, once the log is folded in: one copy of the address, the row's.
        f->project->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QFile file(f->project->storePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("giulia.bianchi@example.it"), 1);
        // And the sync still has it to send: the row goes whole.
        const auto changes = f->gateway->pendingChanges(100);
        const auto joined = std::find_if(changes.begin(), changes.end(), [&](const PendingChange &pc) {
            return pc.uuid == p->uuid;
        });
        QVERIFY(joined != changes.end());
        QCOMPARE(joined->kind, PendingChange::Kind::Insert);
        QCOMPARE(joined->current->attributes.value("email").toString(), QStringLiteral("giulia.bianchi@example.it"));
    }

    void erasureLeavesNoTraceOnTheDeviceAndIsSent()
    {
        TableSessions tables(*f->project, *f->gateway);
        QString code, error;
        QVERIFY(tables.join(m_session, true, "Giulia Bianchi", "giulia@example.it", &code, &error));
        Comments comments(*f->project, *f->gateway);
        QVERIFY(comments.add(comment("sostegno", "Bene la rete verde."), code, m_session, nullptr, &error));
        QVERIFY2(tables.erase(m_session, code, &error), qPrintable(error));
        const auto p = participant(code);
        QVERIFY(p);
        QVERIFY(p->attributes.value("nome").isNull());
        QVERIFY(p->attributes.value("email").isNull());
        QVERIFY(p->attributes.value("cancellato_il").toDateTime().isValid());
        QVERIFY(!tables.participants(m_session).at(0).hasPersonalData);
        // Nothing of the name is left in the journal, nor anywhere in the file once checkpointed.
        for (const auto &e : Outbox::forFeature(f->project->db(), participation::participants, p->uuid)) {
            const QByteArray json = Outbox::encodeChanges(e.changes);
            QVERIFY2(!json.contains("Giulia") && !json.contains("giulia@"), json.constData());
        }
        f->project->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QFile file(f->project->storePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Giulia Bianchi"));
        QVERIFY(!bytes.contains("giulia@example.it"));
        // The erasure goes to the SIT with the next sync, and the comment stays under the code.
        const auto changes = f->gateway->pendingChanges(100);
        const auto erasure = std::find_if(changes.begin(), changes.end(), [&](const PendingChange &pc) {
            return pc.layer == participation::participants;
        });
        QVERIFY(erasure != changes.end());
        Comments again(*f->project, *f->gateway);
        QCOMPARE(again.page("STTM1", "2.1", code, 0, 10).size(), size_t(1));
    }

    void closingLocksAndTheMinutesHaveNoPersonalData()
    {
        TableSessions tables(*f->project, *f->gateway);
        QString code, error;
        QVERIFY(tables.join(m_session, true, "Luca Verdi", "luca@example.it", &code, &error));
        NewFeature contribution;
        contribution.geometry = Geometry::point({9.05, 45.52});
        contribution.attributes = {{"tema", "nbs"}, {"titolo", "Giardino della pioggia in piazza"},
                                   {"descrizione", "Raccolta delle acque piovane"}, {"partecipante", code},
                                   {"tavolo", m_session}, {"moderazione", "in_attesa"}};
        QVERIFY(f->gateway->insert(participation::contributions, contribution).ok);
        Comments comments(*f->project, *f->gateway);
        QVERIFY(comments.add(comment("proposta", "Aggiungere il canale Villoresi."), code, m_session, nullptr, &error));
        QVERIFY(tables.close(m_session, &error));
        QVERIFY(!tables.session(m_session)->open);
        QVERIFY(!tables.join(m_session, true, QString(), QString(), &code, &error));
        QVERIFY(!f->gateway->insert(participation::contributions, contribution).ok);

        QTemporaryDir out;
        QStringList written;
        QVERIFY2(tables.exportSummary(m_session, out.path() + "/verbale", &written, &error), qPrintable(error));
        QCOMPARE(written.size(), 2);
        QFile csv(out.path() + "/verbale.csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains("Giardino della pioggia in piazza"));
        QVERIFY(text.contains("Aggiungere il canale Villoresi."));
        QVERIFY(!text.contains("Luca"));
        QVERIFY(!text.contains("luca@example.it"));
        QVERIFY(!text.contains(code));
        QFile pdf(out.path() + "/verbale.pdf");
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdf.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF"));
        QVERIFY(pdfBytes.size() > 1000);
        // The PDF's text, as pdftotext (poppler-utils) reads it, has the entries and no personal data.
        {
            QVERIFY2(QFileInfo::exists("/usr/bin/pdftotext"), "poppler-utils is missing (.ci/install-deps)");
            QProcess p;
            p.start("/usr/bin/pdftotext", {pdf.fileName(), "-"});
            QVERIFY(p.waitForFinished(20000));
            const QString pdfText = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(pdfText.contains("Giardino della pioggia"), qPrintable(pdfText));
            QVERIFY(!pdfText.contains("Luca"));
            QVERIFY(!pdfText.contains(code));
        }
    }
};

QTEST_MAIN(TestTableSessions)
#include "tst_tablesessions.moc"
