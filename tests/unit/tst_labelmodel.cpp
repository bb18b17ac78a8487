#include "editgateway.h"
#include "labelmodel.h"
#include "language.h"
#include "mapmath.h"
#include "project.h"
#include "testsupport.h"

#include <QRectF>
#include <QSignalSpy>
#include <QtTest>

#include <random>

using namespace territori::store;
using namespace territori::map;

class TestLabelModel : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_tmp = nullptr;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditGateway> m_gw;
    std::unique_ptr<LabelModel> m_model;

    // The view the tests look through: central Milan on an 800 x 600 map at zoom 16.
    const QGeoCoordinate m_center{45.46, 9.19};
    static constexpr double kZoom = 16;
    static constexpr double kWidth = 800;
    static constexpr double kHeight = 600;
    // The label box labelmodel.cpp places under its anchor: 7.5 px per character, 20 px high, 6 px below.
    static constexpr double kCharWidth = 7.5;
    static constexpr double kLineHeight = 20;

    View view() const
    {
        View v;
        v.center = toWorld(m_center.longitude(), m_center.latitude());
        v.zoom = kZoom;
        v.width = kWidth;
        v.height = kHeight;
        return v;
    }

    Coord at(double x, double y) const { return fromWorld(view().toWorld(QPointF(x, y))); }

    QString addPoint(double x, double y, const QString &name)
    {
        NewFeature nf;
        nf.geometry = Geometry::point(at(x, y));
        if (!name.isNull())
            nf.attributes = {{"nome", name}};
        const EditResult r = m_gw->insert("punti", nf);
        if (!r.ok)
            qWarning() << r.message;
        return r.uuid;
    }

    // A square site centred on a screen position, `size` screen px wide.
    QString addSite(double x, double y, double size, const QString &name)
    {
        const Coord nw = at(x - size / 2, y - size / 2), se = at(x + size / 2, y + size / 2);
        NewFeature nf;
        nf.geometry = Geometry::polygon({{nw.x, se.y}, {se.x, se.y}, {se.x, nw.y}, {nw.x, nw.y}});
        nf.attributes = {{"nome", name}, {"comune", "Milano"}};
        const EditResult r = m_gw->insert("siti", nf);
        if (!r.ok)
            qWarning() << r.message;
        return r.uuid;
    }

    void update(const QStringList &layers = {"punti", "siti"})
    {
        m_model->update(m_center, kZoom, kWidth, kHeight, layers);
    }

    QStringList texts() const
    {
        QStringList out;
        for (int i = 0; i < m_model->rowCount(); ++i)
            out << m_model->data(m_model->index(i), LabelModel::TextRole).toString();
        out.sort();
        return out;
    }

    QRectF screenRect(int row) const
    {
        const auto c = m_model->data(m_model->index(row), LabelModel::CoordinateRole).value<QGeoCoordinate>();
        const QString text = m_model->data(m_model->index(row), LabelModel::TextRole).toString();
        const QPointF p = view().toScreen(toWorld(c.longitude(), c.latitude()));
        return QRectF(p.x() - text.size() * kCharWidth / 2, p.y() + 6, text.size() * kCharWidth, kLineHeight);
    }

private slots:
    void init()
    {
        setUiLanguage("en");
        m_tmp = new QTemporaryDir;
        m_project = Project::create(m_tmp->path(), territori::testing::smallDefinition());
        m_gw = std::make_unique<EditGateway>(*m_project, EditContext{"Giulia Rossi", "tablet-07"});
        m_model = std::make_unique<LabelModel>();
        m_model->setProject(m_project.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_gw.reset();
        m_project.reset();
        delete m_tmp;
    }

    void labelsOnlyForFeaturesInTheViewport()
    {
        addPoint(400, 300, "Centro");
        addPoint(150, 100, "Nordovest");
        addPoint(-200, 300, "Fuori ovest");
        addPoint(400, 900, "Fuori sud");
        addPoint(3000, -2000, "Lontano");
        QSignalSpy count(m_model.get(), &LabelModel::countChanged);
        update();
        QCOMPARE(texts(), QStringList({"Centro", "Nordovest"}));
        QCOMPARE(count.count(), 1);
        for (int i = 0; i < m_model->rowCount(); ++i) {
            QVERIFY(QRectF(0, 0, kWidth, kHeight).contains(screenRect(i)));
            QCOMPARE(m_model->data(m_model->index(i), LabelModel::LayerRole).toString(), QStringLiteral("punti"));
        }
        // The coordinate is the feature's own position.
        const int centre = m_model->data(m_model->index(0), LabelModel::TextRole).toString() == "Centro" ? 0 : 1;
        const auto c = m_model->data(m_model->index(centre), LabelModel::CoordinateRole).value<QGeoCoordinate>();
        QVERIFY(std::abs(c.longitude() - at(400, 300).x) < 1e-9 && std::abs(c.latitude() - at(400, 300).y) < 1e-9);

        // Panning away brings the others in and drops these.
        m_model->update(QGeoCoordinate(at(400, 900).y, at(400, 900).x), kZoom, kWidth, kHeight, {"punti"});
        QCOMPARE(texts(), QStringList({"Fuori sud"}));
    }

    void neverMoreThanMaxLabels()
    {
        // A 12 x 12 grid, 60 x 40 px apart: every label fits on its own.
        for (int r = 0; r < 12; ++r)
            for (int c = 0; c < 12; ++c)
                addPoint(40 + c * 60, 40 + r * 40, QStringLiteral("%1-%2").arg(r).arg(c));
        m_model->setMaxLabels(500);
        update();
        QCOMPARE(m_model->rowCount(), 144);
        QCOMPARE(m_model->property("count").toInt(), 144);

        m_model->setMaxLabels(80); // the default
        update();
        QCOMPARE(m_model->rowCount(), 80);
        m_model->setMaxLabels(7);
        update();
        QCOMPARE(m_model->rowCount(), 7);
        m_model->setMaxLabels(-3);
        QCOMPARE(m_model->maxLabels(), 0);
        update();
        QCOMPARE(m_model->rowCount(), 0);
    }

    void labelsNeverOverlap()
    {
        std::mt19937 rng(20261014);
        std::uniform_real_distribution<double> x(0, kWidth), y(0, kHeight);
        std::uniform_int_distribution<int> len(3, 18);
        for (int i = 0; i < 300; ++i)
            addPoint(x(rng), y(rng), QString(len(rng), QChar('a' + i % 26)));
        m_model->setMaxLabels(300);
        update();
        const int n = m_model->rowCount();
        QVERIFY2(n > 10 && n < 300, qPrintable(QString::number(n))); // many placed, many dropped
        for (int i = 0; i < n; ++i) {
            const QRectF a = screenRect(i);
            QVERIFY(QRectF(0, 0, kWidth, kHeight).contains(a));
            for (int j = i + 1; j < n; ++j)
                QVERIFY2(!a.intersects(screenRect(j)),
                         qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
        }
    }

    void twoFeaturesOnTheSameSpotGetOneLabel()
    {
        addPoint(300, 300, "Pozzo");
        addPoint(300, 300, "Pozzo bis");
        update();
        QCOMPARE(m_model->rowCount(), 1);
    }

    void areasTooSmallOnScreenGetNoLabel()
    {
        addSite(200, 200, 20, "Piccolo");
        addSite(500, 300, 120, "Grande");
        update();
        QCOMPARE(texts(), QStringList({"Grande"}));
        QCOMPARE(m_model->data(m_model->index(0), LabelModel::LayerRole).toString(), QStringLiteral("siti"));
        // The label sits inside the area, at its centre.
        const auto c = m_model->data(m_model->index(0), LabelModel::CoordinateRole).value<QGeoCoordinate>();
        const QPointF p = view().toScreen(toWorld(c.longitude(), c.latitude()));
        QVERIFY2(std::abs(p.x() - 500) < 0.5 && std::abs(p.y() - 300) < 0.5,
                 qPrintable(QStringLiteral("%1, %2").arg(p.x()).arg(p.y())));
        // Zoomed in three levels the small one is 160 px wide and gets its label.
        const QPointF small = QPointF(200, 200);
        const Coord sc = at(small.x(), small.y());
        m_model->update(QGeoCoordinate(sc.y, sc.x), kZoom + 3, kWidth, kHeight, {"siti"});
        QCOMPARE(texts(), QStringList({"Piccolo"}));
    }

    void emptyLabelsAreSkipped()
    {
        addPoint(200, 200, QString());
        addPoint(400, 300, QStringLiteral(""));
        addPoint(600, 400, "Pozzo");
        update();
        QCOMPARE(texts(), QStringList({"Pozzo"}));
    }

    void longLabelsAreShortened()
    {
        addPoint(400, 300, QString(50, QChar('x')));
        update();
        QCOMPARE(m_model->rowCount(), 1);
        const QString text = m_model->data(m_model->index(0), LabelModel::TextRole).toString();
        QCOMPARE(text, QString(42, QChar('x')) + QChar(0x2026));
    }

    void hiddenLayersShowNoLabels()
    {
        addPoint(200, 150, "Pozzo");
        addSite(500, 350, 120, "Ex Falck");
        update({"punti", "siti"});
        QCOMPARE(texts(), QStringList({"Ex Falck", "Pozzo"}));
        update({"siti"});
        QCOMPARE(texts(), QStringList({"Ex Falck"}));
        update({"punti"});
        QCOMPARE(texts(), QStringList({"Pozzo"}));
        update({});
        QCOMPARE(m_model->rowCount(), 0);
        update({"nessuno"});
        QCOMPARE(m_model->rowCount(), 0);
    }

    void clearAndInvalidViewsEmptyTheModel()
    {
        addPoint(400, 300, "Pozzo");
        update();
        QCOMPARE(m_model->rowCount(), 1);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        update();
        m_model->update(QGeoCoordinate(), kZoom, kWidth, kHeight, {"punti"});
        QCOMPARE(m_model->rowCount(), 0);
        update();
        m_model->update(m_center, kZoom, 0, kHeight, {"punti"});
        QCOMPARE(m_model->rowCount(), 0);
        const auto roles = m_model->roleNames();
        QCOMPARE(roles.value(LabelModel::TextRole), QByteArray("text"));
        QCOMPARE(roles.value(LabelModel::CoordinateRole), QByteArray("coordinate"));
    }
};

QTEST_GUILESS_MAIN(TestLabelModel)
#include "tst_labelmodel.moc"
