// The packed R-tree (spatialindex.h) is written straight into SQLite's own tables, so what a user relies on is that
// SQLite itself accepts it (rtreecheck), that every window query gives exactly the features a scan gives, that no box
// shrinks when rounded to 32-bit floats, and that ordinary inserts and deletes keep working on it afterwards.

#include "spatialindex.h"
#include "sqlite.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace territori::store;

class TestSpatialIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Database> m_db;

    QString check()
    {
        Statement st = m_db->prepare(QStringLiteral("SELECT rtreecheck('rt')"));
        st.step();
        return st.text(0);
    }

    qint64 count(const QString &sql)
    {
        Statement st = m_db->prepare(sql);
        st.step();
        return st.int64(0);
    }

    // Boxes on a grid of binary fractions, exactly representable as floats, so the index and a scan of the doubles
    // must agree to the last entry.
    static std::vector<IndexEntry> grid(int n, qint64 firstId, quint32 seed)
    {
        QRandomGenerator random(seed);
        std::vector<IndexEntry> out;
        for (int i = 0; i < n; ++i) {
            IndexEntry e;
            e.id = firstId + i;
            e.minX = 9.0 + random.bounded(4096) / 1024.0;
            e.minY = 45.0 + random.bounded(4096) / 1024.0;
            e.maxX = e.minX + random.bounded(1, 64) / 1024.0;
            e.maxY = e.minY + random.bounded(1, 64) / 1024.0;
            out.push_back(e);
        }
        return out;
    }

    std::set<qint64> query(double minX, double maxX, double minY, double maxY)
    {
        Statement st = m_db->prepare(
            QStringLiteral("SELECT id FROM rt WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?"));
        st.bind(1, minX).bind(2, maxX).bind(3, minY).bind(4, maxY);
        std::set<qint64> ids;
        while (st.step())
            ids.insert(st.int64(0));
        return ids;
    }

    static std::set<qint64> scan(const std::vector<IndexEntry> &all, double minX, double maxX, double minY, double maxY)
    {
        std::set<qint64> ids;
        for (const IndexEntry &e : all)
            if (e.maxX >= minX && e.minX <= maxX && e.maxY >= minY && e.minY <= maxY) ids.insert(e.id);
        return ids;
    }

    void compareWindows(const std::vector<IndexEntry> &all)
    {
        QRandomGenerator random(7);
        for (int w = 0; w < 40; ++w) {
            const double minX = 9.0 + random.bounded(4096) / 1024.0;
            const double minY = 45.0 + random.bounded(4096) / 1024.0;
            const double maxX = minX + random.bounded(1, 512) / 1024.0;
            const double maxY = minY + random.bounded(1, 512) / 1024.0;
            QCOMPARE(query(minX, maxX, minY, maxY), scan(all, minX, maxX, minY, maxY));
        }
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        m_db->open(m_tmp.filePath(QStringLiteral("index.gpkg")), Database::Mode::ReadWriteCreate);
        m_db->exec("DROP TABLE IF EXISTS rt");
        m_db->exec("CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy)");
    }

    void cleanup() { m_db.reset(); }

    void packedTreeIsOneSQLiteAcceptsAndFindsEveryEntry_data()
    {
        QTest::addColumn<int>("entries");
        // Around the edges of a node (51 cells) and of a level (51 x 51 cells).
        for (int n : {0, 1, 50, 51, 52, 2601, 2602, 20000})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void packedTreeIsOneSQLiteAcceptsAndFindsEveryEntry()
    {
        QFETCH(int, entries);
        const std::vector<IndexEntry> all = grid(entries, 1, 42);
        Transaction t(*m_db);
        rebuildSpatialIndex(*m_db, QStringLiteral("rt"), all);
        t.commit();
        QCOMPARE(check(), QStringLiteral("ok"));
        QCOMPARE(count("SELECT count(*) FROM rt"), qint64(entries));
        compareWindows(all);
    }

    void nodesFollowThePageSize()
    {
        // rtree.c sizes nodes from the page size the tree was created with (here 39 cells, not 51).
        m_db.reset();
        m_db = std::make_unique<Database>();
        m_db->open(m_tmp.filePath(QStringLiteral("small-pages.gpkg")), Database::Mode::ReadWriteCreate);
        m_db->exec("PRAGMA page_size = 1024");
        m_db->exec("VACUUM");
        m_db->exec("DROP TABLE IF EXISTS rt");
        m_db->exec("CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy)");
        QCOMPARE(count("SELECT length(data) FROM rt_node WHERE nodeno = 1"), qint64(1024 - 64));
        const std::vector<IndexEntry> all = grid(3000, 1, 11);
        Transaction t(*m_db);
        rebuildSpatialIndex(*m_db, QStringLiteral("rt"), all);
        t.commit();
        QCOMPARE(check(), QStringLiteral("ok"));
        QCOMPARE(count("SELECT max(length(data)) FROM rt_node"), qint64(1024 - 64));
        compareWindows(all);
    }

    void packingFillsNodesEvenly()
    {
        // 52 entries: two leaves of 26, not 51 and 1; every leaf at least half full.
        for (int n : {52, 205, 5000}) {
            Transaction t(*m_db);
            rebuildSpatialIndex(*m_db, QStringLiteral("rt"), grid(n, 1, 12));
            t.commit();
            QCOMPARE(check(), QStringLiteral("ok"));
            QCOMPARE(count("SELECT min(cells) FROM (SELECT count(*) AS cells FROM rt_rowid GROUP BY nodeno)") >= 25,
                     true);
            QCOMPARE(count("SELECT count(DISTINCT nodeno) FROM rt_rowid"), qint64((n + 50) / 51));
        }
    }

    void anEntryLeftForAReusedIdIsReplacedNotAnError()
    {
        // A tool that bypassed the triggers may leave an entry behind for a fid that is used again.
        std::vector<IndexEntry> old = grid(10, 1, 13);
        rebuildSpatialIndex(*m_db, QStringLiteral("rt"), old);
        IndexEntry moved = old[3];
        moved.minX += 1;
        moved.maxX += 1;
        addToSpatialIndex(*m_db, QStringLiteral("rt"), {moved}); // few: through the virtual table
        QCOMPARE(count("SELECT count(*) FROM rt"), qint64(10));
        std::vector<IndexEntry> many = grid(1000, 1, 14); // ids 1..1000 again, many: rebuilt
        addToSpatialIndex(*m_db, QStringLiteral("rt"), many);
        QCOMPARE(check(), QStringLiteral("ok"));
        QCOMPARE(count("SELECT count(*) FROM rt"), qint64(1000));
        compareWindows(many); // the new boxes, not the old ones
    }

    void boxesAreRoundedOutwards()
    {
        // Coordinates with more digits than a float holds: the stored box must still contain the feature's.
        std::vector<IndexEntry> all;
        for (int i = 0; i < 500; ++i)
            all.push_back({i + 1, 9.123456789 + i * 1e-7, 9.123456789 + i * 1e-7 + 3e-7, 45.987654321 - i * 1e-7,
                           45.987654321 - i * 1e-7 + 3e-7});
        Transaction t(*m_db);
        rebuildSpatialIndex(*m_db, QStringLiteral("rt"), all);
        t.commit();
        QCOMPARE(check(), QStringLiteral("ok"));
        for (const IndexEntry &e : all) {
            Statement st = m_db->prepare(QStringLiteral("SELECT minx, maxx, miny, maxy FROM rt WHERE id = ?"));
            st.bind(1, e.id);
            QVERIFY(st.step());
            QVERIFY(st.real(0) <= e.minX);
            QVERIFY(st.real(1) >= e.maxX);
            QVERIFY(st.real(2) <= e.minY);
            QVERIFY(st.real(3) >= e.maxY);
            QVERIFY(st.real(1) - st.real(0) < 1e-5); // and not much larger
        }
    }

    void insertsAndDeletesKeepWorkingOnAPackedTree()
    {
        Transaction t(*m_db);
        std::vector<IndexEntry> all = grid(5000, 1, 3);
        rebuildSpatialIndex(*m_db, QStringLiteral("rt"), all);
        const std::vector<IndexEntry> more = grid(2000, 100000, 4);
        {
            Statement insert = m_db->prepare(QStringLiteral("INSERT INTO rt VALUES (?, ?, ?, ?, ?)"));
            for (const IndexEntry &e : more) {
                insert.bind(1, e.id).bind(2, e.minX).bind(3, e.maxX).bind(4, e.minY).bind(5, e.maxY);
                insert.run();
                insert.reset();
            }
        }
        all.insert(all.end(), more.begin(), more.end());
        // Deleting most of the entries makes SQLite merge underfull nodes across the packed ones.
        std::vector<IndexEntry> kept;
        {
            Statement remove = m_db->prepare(QStringLiteral("DELETE FROM rt WHERE id = ?"));
            for (const IndexEntry &e : all) {
                if (e.id % 4 != 0) {
                    remove.bind(1, e.id);
                    remove.run();
                    remove.reset();
                } else {
                    kept.push_back(e);
                }
            }
        }
        t.commit();
        QCOMPARE(check(), QStringLiteral("ok"));
        QCOMPARE(count("SELECT count(*) FROM rt"), qint64(kept.size()));
        compareWindows(kept);
    }

    void addingKeepsTheEntriesAlreadyThere()
    {
        // Few entries already in the tree, many added: the tree is rebuilt with both.
        std::vector<IndexEntry> all = grid(300, 1, 5);
        Transaction t(*m_db);
        {
            Statement insert = m_db->prepare(QStringLiteral("INSERT INTO rt VALUES (?, ?, ?, ?, ?)"));
            for (const IndexEntry &e : all) {
                insert.bind(1, e.id).bind(2, e.minX).bind(3, e.maxX).bind(4, e.minY).bind(5, e.maxY);
                insert.run();
                insert.reset();
            }
        }
        const std::vector<IndexEntry> many = grid(4000, 1000, 6);
        addToSpatialIndex(*m_db, QStringLiteral("rt"), many);
        all.insert(all.end(), many.begin(), many.end());
        QCOMPARE(check(), QStringLiteral("ok"));
        // Rebuilt packed: as few leaves as 4,300 entries need, where 300 inserts and 4,000 more would leave more.
        QCOMPARE(count("SELECT count(DISTINCT nodeno) FROM rt_rowid"), qint64((4300 + 50) / 51));
        QCOMPARE(count("SELECT count(*) FROM rt"), qint64(all.size()));
        compareWindows(all);
        t.commit();

        // Few added to many: inserted one by one, the packed tree kept.
        const std::vector<IndexEntry> few = grid(20, 10000, 8);
        addToSpatialIndex(*m_db, QStringLiteral("rt"), few);
        all.insert(all.end(), few.begin(), few.end());
        QCOMPARE(check(), QStringLiteral("ok"));
        QCOMPARE(count("SELECT count(*) FROM rt"), qint64(all.size()));
        compareWindows(all);
    }

    void aRollbackRestoresTheTreeAsItWas()
    {
        const std::vector<IndexEntry> before = grid(600, 1, 9);
        {
            Transaction t(*m_db);
            rebuildSpatialIndex(*m_db, QStringLiteral("rt"), before);
            t.commit();
        }
        {
            Transaction t(*m_db);
            addToSpatialIndex(*m_db, QStringLiteral("rt"), grid(3000, 5000, 10));
            QCOMPARE(count("SELECT count(*) FROM rt"), qint64(3600));
        } // not committed
        QCOMPARE(check(), QStringLiteral("ok"));
        QCOMPARE(count("SELECT count(*) FROM rt"), qint64(600));
        compareWindows(before);
    }
};

QTEST_GUILESS_MAIN(TestSpatialIndex)
#include "tst_spatialindex.moc"
