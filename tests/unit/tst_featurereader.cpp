#include "editgateway.h"
#include "featurereader.h"
#include "project.h"
#include "testsupport.h"

#include <QtTest>

using namespace territori::store;

class TestFeatureReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Project> m_project;

private slots:
    void initTestCase()
    {
        m_project = Project::create(m_tmp.path(), territori::testing::smallDefinition());
        EditGateway gw(*m_project, {"a", "d"});
        const char *names[] = {"Scalo Farini", "Ex Falck", "Bovisa 50%", "Area_Expo", "Porto di Mare"};
        for (int i = 0; i < 5; ++i) {
            NewFeature nf;
            nf.geometry = Geometry::point({9.0 + i * 0.1, 45.4});
            nf.attributes = {{"nome", names[i]}};
            QVERIFY(gw.insert("punti", nf).ok);
        }
    }

    void searchIsCaseInsensitiveAndEscapesWildcards()
    {
        FeatureReader r(m_project->db(), *m_project->layer("punti"));
        QCOMPARE(int(r.search("farini", 10, 0).size()), 1);
        QCOMPARE(int(r.search("50%", 10, 0).size()), 1);   // % is literal
        QCOMPARE(int(r.search("a_e", 10, 0).size()), 1);   // _ is literal: only "Area_Expo"
        QCOMPARE(int(r.search("", 10, 0).size()), 5);
        QCOMPARE(r.searchCount("ex"), 1 + 1);             // Ex Falck, Area_Expo
        QCOMPARE(int(r.search("'; DROP TABLE punti; --", 10, 0).size()), 0);
        QCOMPARE(r.count(), 5);
    }

    void searchPages()
    {
        FeatureReader r(m_project->db(), *m_project->layer("punti"));
        const auto first = r.search("", 2, 0);
        const auto second = r.search("", 2, 2);
        const auto third = r.search("", 2, 4);
        QCOMPARE(int(first.size() + second.size() + third.size()), 5);
        QSet<QString> uuids;
        for (const auto *page : {&first, &second, &third})
            for (const auto &s : *page)
                uuids.insert(s.uuid);
        QCOMPARE(uuids.size(), 5);
    }

    void boxQueryUsesTheSpatialIndex()
    {
        FeatureReader r(m_project->db(), *m_project->layer("punti"));
        Envelope box;
        box.minX = 9.05;
        box.maxX = 9.25;
        box.minY = 45.3;
        box.maxY = 45.5;
        QStringList labels;
        r.forEach(&box, [&](const FeatureRow &row) {
            labels << row.label;
            return true;
        });
        labels.sort();
        QCOMPARE(labels, QStringList({"Bovisa 50%", "Ex Falck"}));
        int all = 0;
        r.forEach(nullptr, [&](const FeatureRow &) { return ++all < 3; });
        QCOMPARE(all, 3); // stopping early works
    }

    void aReaderConnectionSeesCommittedEdits()
    {
        auto reader = m_project->openReader();
        FeatureReader r(*reader, *m_project->layer("punti"));
        const qint64 before = r.count();
        EditGateway gw(*m_project, {"a", "d"});
        NewFeature nf;
        nf.geometry = Geometry::point({9.5, 45.5});
        QVERIFY(gw.insert("punti", nf).ok);
        QCOMPARE(r.count(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestFeatureReader)
#include "tst_featurereader.moc"
