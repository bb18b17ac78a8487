// Comments on draft paragraphs: refused outside the comment window and at a closed table, journalled for the sync,
// in thread order a page at a time, and at a shared tablet only the current participant's.

#include "featurereader.h"
#include "outbox.h"
#include "participationfixture.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace territori;
using namespace territori::core;
using namespace territori::store;

class TestComments : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::ParticipationFixture> f;

    NewComment comment(const QString &text, const QString &replyTo = QString())
    {
        NewComment c;
        c.draft = "STTM1";
        c.version = 2;
        c.paragraph = "2.1";
        c.stance = "proposta";
        c.text = text;
        c.quote = "La rete verde collega i parchi.";
        c.replyTo = replyTo;
        return c;
    }

private slots:
    void init()
    {
        f = std::make_unique<testing::ParticipationFixture>();
        f->paragraph("STTM1", 2, "strategico", "2.1", 1, "Rete Verde", "La rete verde collega i parchi.");
        f->paragraph("STTM3", 1, "bersagli", "4.1", 1, "Logistica", "Poli logistici.", -60, -1);
        TableSessions::installGuard(*f->project, *f->gateway);
    }

    void aCommentIsJournalledForTheSyncAndAwaitsModeration()
    {
        Comments comments(*f->project, *f->gateway);
        QString uuid, error;
        NewComment c = comment("Collegare anche il Parco Nord.");
        c.place = Geometry::point({9.2, 45.53});
        QVERIFY2(comments.add(c, QString(), QString(), &uuid, &error), qPrintable(error));
        FeatureReader reader(f->project->db(), *f->project->layer(participation::comments));
        const auto feature = reader.byUuid(uuid);
        QVERIFY(feature);
        QCOMPARE(feature->attributes.value("moderazione").toString(), QString("in_attesa"));
        QCOMPARE(feature->geometry.type, GeometryType::Polygon); // a place is a small circle
        QVERIFY(feature->geometry.envelope().contains({9.2, 45.53}));
        QCOMPARE(Outbox::forFeature(f->project->db(), participation::comments, uuid).size(), size_t(1));
        // Without a place too.
        QVERIFY(comments.add(comment("Senza luogo."), QString(), QString(), &uuid, &error));
        QVERIFY(reader.byUuid(uuid)->geometry.isEmpty());
    }

    // Issue #11: what others wrote is shown only once published, and not after the moderators withdrew it; one's own
    // entries are shown whatever their state (with it), in the thread, in the counts, in lists and on the map.
    void othersEntriesAreShownOnlyWhilePublished()
    {
        Comments comments(*f->project, *f->gateway);
        QString mine, error;
        QVERIFY(comments.add(comment("Il mio, in attesa."), QString(), QString(), &mine, &error));
        f->gateway->setKeepsWithdrawn(true); // a device that keeps them (a moderator's): the lists still filter
        auto others = [&](const QString &uuid, const QString &state) {
            RemoteFeature r;
            r.layer = participation::comments;
            r.uuid = uuid;
            r.rev = 100;
            r.attributes = {{"bozza", "STTM1"}, {"versione", 2}, {"paragrafo", "2.1"}, {"posizione", "proposta"},
                            {"testo", "Di altri, " + state}, {"moderazione", state}};
            r.meta.syncRev = 100;
            return r;
        };
        QVERIFY(f->gateway->applyRemote(QString(), std::nullopt,
                                        {others("00000000-0000-4000-8000-000000000001", "pubblicato"),
                                         others("00000000-0000-4000-8000-000000000002", "in_attesa"),
                                         others("00000000-0000-4000-8000-000000000003", "nascosto")})
                    .applied == 3);
        QStringList shown;
        for (const Comment &c : comments.page("STTM1", "2.1", QString(), 0, 50))
            shown << c.text;
        shown.sort();
        QCOMPARE(shown, QStringList({"Di altri, pubblicato", "Il mio, in attesa."}));
        QCOMPARE(comments.count("STTM1", "2.1", QString()), 2);
        QCOMPARE(comments.countsByParagraph("STTM1", QString()).value("2.1"), 2);
        FeatureReader reader(f->project->db(), *f->project->layer(participation::comments));
        int onMap = 0;
        reader.forEach(nullptr, [&](const FeatureRow &) { return ++onMap, true; });
        QCOMPARE(onMap, 2);
        QCOMPARE(reader.searchCount(QString()), qint64(2));
        QCOMPARE(reader.searchCount("altri"), qint64(1));
        reader.setShowAll(true); // the moderators' pages
        QCOMPARE(reader.searchCount(QString()), qint64(4));
    }

    // Issue #11: content the moderators withdraw after publication leaves a device that is not theirs (a citizen's, a
    // surveyor's): its text and its photos, not only its display. One's own entries stay, with their state.
    void withdrawnContentLeavesOtherPeoplesDevices()
    {
        Comments comments(*f->project, *f->gateway);
        QString mine, error;
        QVERIFY(comments.add(comment("Il mio."), QString(), QString(), &mine, &error));
        const QByteArray photo("\xFF\xD8 foto di un altro \xFF\xD9", 24);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
        QFile file(f->project->attachmentsDirectory() + "/" + sha + ".jpg");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(photo);
        file.close();
        RemoteFeature theirs;
        theirs.layer = participation::comments;
        theirs.uuid = "00000000-0000-4000-8000-000000000007";
        theirs.rev = 100;
        theirs.attributes = {{"bozza", "STTM1"}, {"versione", 2}, {"paragrafo", "2.1"}, {"posizione", "proposta"},
                             {"testo", "Testo che sarà ritirato"}, {"moderazione", "pubblicato"}, {"foto", QStringList{sha}}};
        theirs.meta.syncRev = 100;
        RemoteFeature waiting = theirs;
        waiting.uuid = "00000000-0000-4000-8000-000000000008";
        waiting.attributes["moderazione"] = "in_attesa";
        waiting.attributes.remove("foto");
        auto stats = f->gateway->applyRemote(QString(), std::nullopt, {theirs, waiting});
        QCOMPARE(stats.applied, 1); // another's entry waiting for moderation is not kept here
        FeatureReader reader(f->project->db(), *f->project->layer(participation::comments));
        reader.setShowAll(true);
        QVERIFY(reader.byUuid(theirs.uuid));
        QVERIFY(!reader.byUuid(waiting.uuid));
        // The moderators withdraw it (the moderation feed), and hide this device's own too.
        RemoteFeature hidden, mineHidden;
        hidden.layer = mineHidden.layer = participation::comments;
        hidden.uuid = theirs.uuid;
        mineHidden.uuid = mine;
        hidden.rev = 101;
        mineHidden.rev = 102;
        hidden.moderationOnly = mineHidden.moderationOnly = true;
        hidden.moderationState = mineHidden.moderationState = "nascosto";
        mineHidden.moderationReason = "Fuori tema";
        stats = f->gateway->applyRemote(QString(), std::nullopt, {hidden, mineHidden});
        QCOMPARE(stats.withdrawn, 1);
        QVERIFY(!reader.byUuid(theirs.uuid));
        QVERIFY(!QFile::exists(file.fileName()));
        QCOMPARE(reader.byUuid(mine)->attributes.value("moderazione").toString(), QString("nascosto"));
        QCOMPARE(reader.byUuid(mine)->attributes.value("motivo_moderazione").toString(), QString("Fuori tema"));
        // Nothing of its text is left in the store's file.
        f->project->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QFile store(f->project->storePath());
        QVERIFY(store.open(QIODevice::ReadOnly));
        QVERIFY(!store.readAll().contains("Testo che sar"));
    }

    void outsideTheWindowItIsRefusedAndNothingIsWritten()
    {
        Comments comments(*f->project, *f->gateway);
        NewComment c = comment("Troppo tardi.");
        c.draft = "STTM3";
        c.version = 1;
        c.paragraph = "4.1";
        QString uuid, error;
        QVERIFY(!comments.add(c, QString(), QString(), &uuid, &error));
        QVERIFY2(error.contains("closed"), qPrintable(error));
        QCOMPARE(Outbox::pendingCount(f->project->db()), qint64(0));
    }

    void threadsComeInOrderAPageAtATime()
    {
        Comments comments(*f->project, *f->gateway);
        QString first, second, reply, error;
        QVERIFY(comments.add(comment("Primo"), QString(), QString(), &first, &error));
        QTest::qWait(5);
        QVERIFY(comments.add(comment("Secondo"), QString(), QString(), &second, &error));
        QTest::qWait(5);
        QVERIFY2(comments.add(comment("Risposta al primo", first), QString(), QString(), &reply, &error), qPrintable(error));
        const auto all = comments.page("STTM1", "2.1", QString(), 0, 10);
        QStringList texts;
        for (const auto &c : all)
            texts << c.text;
        QCOMPARE(texts, QStringList({"Primo", "Risposta al primo", "Secondo"}));
        QCOMPARE(all[1].replyTo, first);
        QCOMPARE(comments.page("STTM1", "2.1", QString(), 1, 1).at(0).text, QString("Risposta al primo"));
        QCOMPARE(comments.count("STTM1", "2.1", QString()), 3);
        QCOMPARE(comments.countsByParagraph("STTM1", QString()).value("2.1"), 3);
        QVERIFY(!all[0].sent); // not on the SIT yet
        // A reply to a comment of another paragraph is refused.
        NewComment wrong = comment("Altrove", first);
        wrong.paragraph = "9.9";
        QVERIFY(!comments.add(wrong, QString(), QString(), nullptr, &error));
    }

    void aParticipantSeesOnlyTheirOwn()
    {
        Comments comments(*f->project, *f->gateway);
        TableSessions tables(*f->project, *f->gateway);
        QString session, a, b, error;
        TableSession s;
        s.comune = "Rho";
        s.date = QDate::currentDate();
        s.topic = "Rete verde";
        QVERIFY(tables.open(s, &session, &error));
        QVERIFY(tables.join(session, true, QString(), QString(), &a, &error));
        QVERIFY(tables.join(session, true, QString(), QString(), &b, &error));
        QVERIFY(comments.add(comment("Di A"), a, session, nullptr, &error));
        QVERIFY(comments.add(comment("Di B"), b, session, nullptr, &error));
        const auto mine = comments.page("STTM1", "2.1", a, 0, 10);
        QCOMPARE(mine.size(), size_t(1));
        QCOMPARE(mine[0].text, QString("Di A"));
        QCOMPARE(comments.count("STTM1", "2.1", b), 1);
        // Closing the table locks what was written there.
        QVERIFY(tables.close(session, &error));
        QVERIFY(!comments.add(comment("Dopo la chiusura"), a, session, nullptr, &error));
        QVERIFY2(error.contains("closed"), qPrintable(error));
        FeatureChange change;
        change.attributes.insert("testo", "Cambiato");
        const EditResult r = f->gateway->update(participation::comments, mine[0].uuid, change);
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains("closed"));
        QVERIFY(!f->gateway->remove(participation::comments, mine[0].uuid).ok);
    }

    void aThousandCommentsPageFast()
    {
        Comments comments(*f->project, *f->gateway);
        QString error;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(comments.add(comment(QStringLiteral("Osservazione %1").arg(i)), QString(), QString(), nullptr, &error));
        QCOMPARE(comments.count("STTM1", "2.1", QString()), 1000);
        const auto last = comments.page("STTM1", "2.1", QString(), 950, 50);
        QCOMPARE(last.size(), size_t(50));
        QCOMPARE(last.back().text, QString("Osservazione 999"));
    }
};

QTEST_GUILESS_MAIN(TestComments)
#include "tst_comments.moc"
