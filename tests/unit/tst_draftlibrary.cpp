// The drafts as a person reads them offline: in the order of the four frames, searchable, and showing what changed
// since the version they commented on.

#include "participationfixture.h"

#include <QtTest>

using namespace territori;
using namespace territori::core;

class TestDraftLibrary : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::ParticipationFixture> f;

private slots:
    void init()
    {
        f = std::make_unique<testing::ParticipationFixture>();
        f->paragraph("STTM1", 1, "strategico", "2.1", 1, "Rete Verde", "La rete verde collega i parchi.", -90, -10);
        f->paragraph("STTM1", 1, "conoscitivo", "1.1", 1, "Consumo di suolo", "Il suolo è una risorsa finita.", -90, -10);
        f->paragraph("STTM1", 1, "normativo", "3.1", 1, "Norme", "Indirizzi per i PGT.", -90, -10);
        f->paragraph("STTM1", 2, "conoscitivo", "1.1", 1, "Consumo di suolo", "Il suolo è una risorsa finita e non rinnovabile.");
        f->paragraph("STTM1", 2, "strategico", "2.1", 1, "Rete Verde", "La rete verde collega i parchi.");
        f->paragraph("STTM1", 2, "bersagli", "4.1", 1, "Città dei 15 minuti", "Servizi a portata di passo.");
        f->paragraph("STTM3", 1, "bersagli", "4.1", 1, "Logistica", "Poli logistici e ultimo miglio.", -60, -1);
    }

    void draftsListTheirVersionsAndWindow()
    {
        DraftLibrary lib(*f->project);
        const auto drafts = lib.drafts();
        QCOMPARE(drafts.size(), size_t(2));
        const DraftInfo &d = drafts[0];
        QCOMPARE(d.draft, QString("STTM1"));
        QCOMPARE(d.versions, QList<int>({1, 2}));
        QCOMPARE(d.latestVersion, 2);
        QVERIFY(d.open(QDate::currentDate()));
        QVERIFY(d.strategyTitle.contains("STTM 1"));
        QVERIFY(!drafts[1].open(QDate::currentDate()));
    }

    void paragraphsComeInTheOrderOfTheFrames()
    {
        DraftLibrary lib(*f->project);
        const auto ps = lib.paragraphs("STTM1", 1);
        QStringList ids;
        for (const auto &p : ps)
            ids << p.id;
        QCOMPARE(ids, QStringList({"1.1", "2.1", "3.1"}));
        QVERIFY(!ps[0].sectionTitle.isEmpty());
        QVERIFY(ps[0].sectionTitle != "conoscitivo"); // the label, not the value
    }

    void searchFindsAllWordsInTheLatestVersions()
    {
        DraftLibrary lib(*f->project);
        auto hits = lib.search("suolo rinnovabile");
        QCOMPARE(hits.size(), size_t(1));
        QCOMPARE(hits[0].version, 2);
        QCOMPARE(lib.search("parchi").size(), size_t(1)); // only v2's, not v1's
        QCOMPARE(lib.search("100%_").size(), size_t(0));  // wildcards are literal
        QCOMPARE(lib.search("ultimo miglio").at(0).draft, QString("STTM3"));
    }

    void aNewVersionShowsWhatChanged()
    {
        DraftLibrary lib(*f->project);
        const auto diff = lib.diff("STTM1", 1, 2);
        QMap<QString, ParagraphChange> changes;
        for (const auto &d : diff)
            changes[d.paragraph.id] = d.change;
        QCOMPARE(changes.value("1.1"), ParagraphChange::Changed);
        QCOMPARE(changes.value("2.1"), ParagraphChange::Unchanged);
        QCOMPARE(changes.value("3.1"), ParagraphChange::Removed);
        QCOMPARE(changes.value("4.1"), ParagraphChange::Added);
        const auto changed = std::find_if(diff.begin(), diff.end(), [](const auto &d) { return d.paragraph.id == "1.1"; });
        QVERIFY2(changed->textHtml.contains("<ins>e non rinnovabile.</ins>") ||
                     changed->textHtml.contains("<ins>"),
                 qPrintable(changed->textHtml));
        QVERIFY(changed->textHtml.contains("<del>finita.</del>") || changed->textHtml.contains("<del>"));
    }

    void wordDiffEscapesMarkup()
    {
        const QString html = DraftLibrary::wordDiffHtml("a <b> c", "a <i> c");
        QVERIFY(html.contains("<del>&lt;b&gt;</del>"));
        QVERIFY(html.contains("<ins>&lt;i&gt;</ins>"));
        QCOMPARE(DraftLibrary::wordDiffHtml("uguale", "uguale"), QString("uguale"));
    }

    void theWindowSaysWhyItIsClosed()
    {
        DraftLibrary lib(*f->project);
        QString why;
        QVERIFY(lib.acceptsComments("STTM1", 2, &why));
        QVERIFY(!lib.acceptsComments("STTM1", 1, &why));
        QVERIFY2(why.contains("closed"), qPrintable(why));
        QVERIFY(!lib.acceptsComments("STTM9", 1, &why));
        QVERIFY(why.contains("not on this device"));
        f->paragraph("STTM2", 1, "strategico", "2.1", 1, "Servizi", "Welfare metropolitano.", 5, 60);
        QVERIFY(!lib.acceptsComments("STTM2", 1, &why));
        QVERIFY(why.contains("open on"));
    }
};

QTEST_GUILESS_MAIN(TestDraftLibrary)
#include "tst_draftlibrary.moc"
