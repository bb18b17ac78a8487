#include "editgateway.h"
#include "language.h"
#include "project.h"
#include "renderdata.h"
#include "testsupport.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <set>
#include <utility>

using namespace territori::store;
using namespace territori::map;

namespace {

// A vertex of a batch back in reference-zoom px (double), as the shader will place it.
WorldPoint vertexAt(const Batch &b, int i)
{
    return {b.originX + double(b.vertices[size_t(i * b.floatsPerVertex)]),
            b.originY + double(b.vertices[size_t(i * b.floatsPerVertex + 1)])};
}

// Twice the signed area of a closed ring in reference-zoom px, relative to its first vertex for precision.
double ringArea2(const Ring &ring)
{
    if (ring.size() < 3)
        return 0;
    const WorldPoint o = toWorld(ring[0]);
    double sum = 0;
    for (size_t i = 1; i + 1 < ring.size(); ++i) {
        const WorldPoint a = toWorld(ring[i]), b = toWorld(ring[i + 1]);
        sum += (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    }
    return sum;
}

double polygonArea(const Geometry &g)
{
    double area = 0;
    for (const auto &part : g.parts) {
        area += std::abs(ringArea2(part[0])) / 2;
        for (size_t h = 1; h < part.size(); ++h)
            area -= std::abs(ringArea2(part[h])) / 2;
    }
    return area;
}

double fillArea(const std::vector<Batch> &fills)
{
    double area = 0;
    for (const Batch &b : fills) {
        for (size_t t = 0; t + 2 < b.indices.size(); t += 3) {
            const WorldPoint p = vertexAt(b, b.indices[t]), q = vertexAt(b, b.indices[t + 1]),
                             r = vertexAt(b, b.indices[t + 2]);
            area += std::abs((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)) / 2;
        }
    }
    return area;
}

// Empty when every batch of the list fits 16-bit indices, has whole primitives and stays near its origin.
QString checkBatches(const std::vector<Batch> &list, int indicesPerPrimitive, int floatsPerVertex)
{
    for (size_t n = 0; n < list.size(); ++n) {
        const Batch &b = list[n];
        if (b.floatsPerVertex != floatsPerVertex)
            return QStringLiteral("batch %1 has %2 floats per vertex").arg(n).arg(b.floatsPerVertex);
        if (b.vertices.size() % size_t(floatsPerVertex) != 0)
            return QStringLiteral("batch %1 has a partial vertex").arg(n);
        if (b.vertexCount() > 65535)
            return QStringLiteral("batch %1 has %2 vertices").arg(n).arg(b.vertexCount());
        if (b.indices.size() % size_t(indicesPerPrimitive) != 0)
            return QStringLiteral("batch %1 has %2 indices").arg(n).arg(b.indices.size());
        for (uint16_t i : b.indices)
            if (int(i) >= b.vertexCount())
                return QStringLiteral("batch %1 index %2 >= vertex count %3").arg(n).arg(i).arg(b.vertexCount());
        for (int v = 0; v < b.vertexCount(); ++v) {
            const float x = b.vertices[size_t(v * floatsPerVertex)], y = b.vertices[size_t(v * floatsPerVertex + 1)];
            if (!(std::abs(x) <= 4.0e6f && std::abs(y) <= 4.0e6f))
                return QStringLiteral("batch %1 vertex %2 is %3, %4 from its origin").arg(n).arg(v).arg(x).arg(y);
        }
    }
    return QString();
}

int totalVertices(const std::vector<Batch> &list)
{
    int n = 0;
    for (const Batch &b : list)
        n += b.vertexCount();
    return n;
}

size_t totalIndices(const std::vector<Batch> &list)
{
    size_t n = 0;
    for (const Batch &b : list)
        n += b.indices.size();
    return n;
}

Geometry square(double x, double y, double s = 0.001)
{
    return Geometry::polygon({{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}});
}

// An L-shaped (concave) site and a courtyard building (with a hole) near Milan.
Geometry concaveSite()
{
    return Geometry::polygon({{9.20, 45.50}, {9.203, 45.50}, {9.203, 45.501}, {9.201, 45.501}, {9.201, 45.503},
                              {9.20, 45.503}});
}

Geometry courtyard()
{
    return Geometry::polygon({{9.21, 45.51}, {9.214, 45.51}, {9.214, 45.513}, {9.21, 45.513}},
                             {{{9.211, 45.511}, {9.211, 45.512}, {9.213, 45.512}, {9.213, 45.511}}});
}

} // namespace

class TestRenderData : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_tmp = nullptr;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditGateway> m_gw;

    QString addSite(const Geometry &g, bool draft = false)
    {
        NewFeature nf;
        nf.geometry = g;
        nf.attributes = {{"nome", "Sito"}, {"comune", "Milano"}};
        nf.draft = draft;
        const EditResult r = m_gw->insert("siti", nf);
        if (!r.ok)
            qWarning() << r.message;
        return r.uuid;
    }

    QString addPoint(double lon, double lat)
    {
        NewFeature nf;
        nf.geometry = Geometry::point({lon, lat});
        nf.attributes = {{"nome", "Pozzo"}};
        const EditResult r = m_gw->insert("punti", nf);
        if (!r.ok)
            qWarning() << r.message;
        return r.uuid;
    }

    std::shared_ptr<LayerRenderData> build(const QString &layer, const std::atomic_bool *cancel = nullptr)
    {
        return buildLayer(m_project->db(), *m_project->layer(layer), cancel);
    }

    void insertRaw(const QString &uuid, const QVariant &geometryBlob)
    {
        Statement st = m_project->db().prepare(QStringLiteral(
            "INSERT INTO siti (geom, uuid, nome, comune, created_at, modified_at) VALUES (?, ?, 'x', 'Milano', "
            "'2026-10-14T08:30:00Z', '2026-10-14T08:30:00Z')"));
        st.bindVariant(1, geometryBlob);
        st.bind(2, uuid);
        st.run();
    }

private slots:
    void init()
    {
        setUiLanguage("en");
        m_tmp = new QTemporaryDir;
        m_project = Project::create(m_tmp->path(), territori::testing::smallDefinition());
        m_gw = std::make_unique<EditGateway>(*m_project, EditContext{"Giulia Rossi", "tablet-07"});
    }

    void cleanup()
    {
        m_gw.reset();
        m_project.reset();
        delete m_tmp;
    }

    void polygonFillsCoverExactlyThePolygonArea()
    {
        QVERIFY(!addSite(concaveSite()).isEmpty());
        QVERIFY(!addSite(courtyard()).isEmpty());
        const auto data = build("siti");
        QCOMPARE(data->kind, GeometryKind::Polygon);
        QCOMPARE(data->featureCount, 2);
        QCOMPARE(data->skipped, 0);
        QVERIFY(!data->normal.fills.empty());
        QVERIFY(data->drafts.isEmpty());
        const QString problem = checkBatches(data->normal.fills, 3, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const double expected = polygonArea(concaveSite()) + polygonArea(courtyard());
        const double got = fillArea(data->normal.fills);
        QVERIFY(expected > 1e5); // both are hundreds of reference px wide
        QVERIFY2(std::abs(got - expected) / expected < 1e-4,
                 qPrintable(QStringLiteral("triangles cover %1 px², the polygons %2 px²").arg(got).arg(expected)));
        // The hole is left open: an L (4 triangles) and a courtyard (8 triangles) need 12 triangles at the least.
        QVERIFY(totalIndices(data->normal.fills) >= 12 * 3);
        // The extent covers both features.
        QVERIFY(data->extent.contains({9.20, 45.50}) && data->extent.contains({9.214, 45.513}));
    }

    void outlinesDrawEverySegmentOfEveryRing()
    {
        addSite(concaveSite());
        addSite(courtyard());
        const auto data = build("siti");
        const QString problem = checkBatches(data->normal.outlines, 2, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Every drawn segment, as rounded reference px, in both directions.
        std::set<std::pair<std::pair<qint64, qint64>, std::pair<qint64, qint64>>> drawn;
        const auto key = [](const WorldPoint &w) { return std::make_pair(qRound64(w.x * 10), qRound64(w.y * 10)); };
        size_t segments = 0;
        for (const Batch &b : data->normal.outlines) {
            for (size_t i = 0; i + 1 < b.indices.size(); i += 2) {
                const auto a = key(vertexAt(b, b.indices[i])), c = key(vertexAt(b, b.indices[i + 1]));
                drawn.insert({a, c});
                drawn.insert({c, a});
                ++segments;
            }
        }
        size_t expected = 0;
        for (const Geometry &g : {concaveSite(), courtyard()}) {
            for (const Ring &ring : g.parts[0]) {
                for (size_t i = 0; i + 1 < ring.size(); ++i) {
                    ++expected;
                    QVERIFY2(drawn.count({key(toWorld(ring[i])), key(toWorld(ring[i + 1]))}) == 1,
                             qPrintable(QStringLiteral("segment %1 of a ring is not drawn").arg(i)));
                }
            }
        }
        QCOMPARE(segments, expected); // 6 + 4 + 4 sides, nothing extra
    }

    void pointsBecomeQuadsAroundTheirPosition()
    {
        const QList<Coord> places = {{9.19, 45.46}, {9.23, 45.53}, {9.08, 45.52}};
        for (const Coord &c : places)
            QVERIFY(!addPoint(c.x, c.y).isEmpty());
        const auto data = build("punti");
        QCOMPARE(data->featureCount, 3);
        QVERIFY(data->normal.fills.empty() && data->normal.outlines.empty() && data->normal.strokes.empty());
        const QString problem = checkBatches(data->normal.points, 3, 4);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(totalVertices(data->normal.points), 4 * 3);
        QCOMPARE(totalIndices(data->normal.points), size_t(6 * 3));

        int matched = 0;
        for (const Batch &b : data->normal.points) {
            for (int q = 0; q < b.vertexCount() / 4; ++q) {
                const WorldPoint centre = vertexAt(b, q * 4);
                bool found = false;
                for (const Coord &c : places) {
                    const WorldPoint w = toWorld(c);
                    found = found || (std::abs(w.x - centre.x) < 0.05 && std::abs(w.y - centre.y) < 0.05);
                }
                QVERIFY(found);
                ++matched;
                std::set<std::pair<float, float>> corners;
                for (int k = 0; k < 4; ++k) {
                    const WorldPoint v = vertexAt(b, q * 4 + k);
                    QCOMPARE(v.x, centre.x); // all four share the position; the shader spreads them
                    QCOMPARE(v.y, centre.y);
                    const float cx = b.vertices[size_t((q * 4 + k) * 4 + 2)],
                                cy = b.vertices[size_t((q * 4 + k) * 4 + 3)];
                    QVERIFY(cx >= -1 && cx <= 1 && cy >= -1 && cy <= 1);
                    corners.insert({cx, cy});
                }
                QCOMPARE(int(corners.size()), 4); // a real quad, not a degenerate one
            }
        }
        QCOMPARE(matched, 3);
    }

    void linesExtrudePerpendicularToTheirSegments()
    {
        // A survey track with a gentle bend and a hairpin.
        const Ring track = {{9.19, 45.46}, {9.191, 45.46}, {9.192, 45.4605}, {9.1911, 45.46042}};
        LayerBuilder builder(GeometryKind::Line);
        builder.add(Geometry::lineString(track), false);
        LayerRenderData out;
        builder.finish(out);
        QCOMPARE(out.featureCount, 1);
        const QString problem = checkBatches(out.normal.strokes, 3, 4);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(int(out.normal.strokes.size()), 1);
        const Batch &b = out.normal.strokes[0];
        QCOMPARE(b.vertexCount(), 2 * int(track.size()));
        QCOMPARE(b.indices.size(), size_t(6 * (track.size() - 1)));

        std::vector<WorldPoint> w;
        for (const Coord &c : track)
            w.push_back(toWorld(c));
        const auto unitNormal = [&](size_t a, size_t c) {
            const double dx = w[c].x - w[a].x, dy = w[c].y - w[a].y, len = std::hypot(dx, dy);
            return QPointF(-dy / len, dx / len);
        };
        const auto dot = [](const QPointF &a, const QPointF &b) { return a.x() * b.x() + a.y() * b.y(); };
        for (size_t i = 0; i < track.size(); ++i) {
            const WorldPoint p0 = vertexAt(b, int(2 * i)), p1 = vertexAt(b, int(2 * i + 1));
            QVERIFY(std::abs(p0.x - w[i].x) < 0.05 && std::abs(p0.y - w[i].y) < 0.05);
            QCOMPARE(p0.x, p1.x);
            QCOMPARE(p0.y, p1.y);
            const QPointF e0(b.vertices[(2 * i) * 4 + 2], b.vertices[(2 * i) * 4 + 3]);
            const QPointF e1(b.vertices[(2 * i + 1) * 4 + 2], b.vertices[(2 * i + 1) * 4 + 3]);
            QVERIFY(std::abs(e0.x() + e1.x()) < 1e-6 && std::abs(e0.y() + e1.y()) < 1e-6); // the two sides
            const double len = std::hypot(e0.x(), e0.y());
            if (i == 0 || i + 1 == track.size()) {
                const QPointF n = i == 0 ? unitNormal(0, 1) : unitNormal(i - 1, i);
                const QPointF dir(n.y(), -n.x());
                QVERIFY2(std::abs(len - 1) < 1e-5, qPrintable(QStringLiteral("end %1 has length %2").arg(i).arg(len)));
                QVERIFY(std::abs(dot(e0, dir)) < 1e-5); // perpendicular to the segment
            } else {
                // A miter: at least as long as the half width, at most 3 times, and it keeps the width of both
                // segments (projection 1 on each normal) unless it had to be clipped.
                QVERIFY2(len >= 1 - 1e-5 && len <= 3 + 1e-5, qPrintable(QStringLiteral("miter %1").arg(len)));
                if (len < 3 - 1e-4) {
                    QVERIFY(std::abs(std::abs(dot(e0, unitNormal(i - 1, i))) - 1) < 1e-4);
                    QVERIFY(std::abs(std::abs(dot(e0, unitNormal(i, i + 1))) - 1) < 1e-4);
                }
            }
        }
        // The hairpin at vertex 2 turns back by more than 150 degrees: its miter is clipped.
        const QPointF hairpin(b.vertices[4 * 4 + 2], b.vertices[4 * 4 + 3]);
        QVERIFY(std::abs(std::hypot(hairpin.x(), hairpin.y()) - 3) < 1e-4);
    }

    void draftsAreBatchedSeparately()
    {
        addSite(square(9.20, 45.50, 0.001));
        QVERIFY(!addSite(square(9.21, 45.51, 0.002), true).isEmpty());
        const auto data = build("siti");
        QCOMPARE(data->featureCount, 2);
        QVERIFY(!data->drafts.fills.empty());
        QVERIFY(!data->drafts.outlines.empty());
        const double normal = fillArea(data->normal.fills), drafts = fillArea(data->drafts.fills);
        QVERIFY(std::abs(normal - polygonArea(square(9.20, 45.50, 0.001))) / normal < 1e-4);
        QVERIFY(std::abs(drafts - polygonArea(square(9.21, 45.51, 0.002))) / drafts < 1e-4);
        // Drafts stand out: a lighter fill and another outline colour.
        QVERIFY(data->draftStyle.fill.alphaF() < data->style.fill.alphaF());
        QVERIFY(data->draftStyle.stroke != data->style.stroke);
    }

    void manyFeaturesAreSplitIntoBatchesThatFitSixteenBitIndices()
    {
        // 30,000 small sites over 1 x 0.75 degrees: close enough for one origin, but more vertices than one batch
        // holds.
        LayerBuilder builder(GeometryKind::Polygon);
        const int cols = 200, rows = 150;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                builder.add(square(9.0 + c * 0.005, 45.0 + r * 0.005, 0.0004), false);
        LayerRenderData out;
        builder.finish(out);
        QCOMPARE(out.featureCount, cols * rows);

        QVERIFY2(out.normal.fills.size() > 1, qPrintable(QString::number(out.normal.fills.size())));
        QVERIFY(out.normal.outlines.size() > 1);
        QString problem = checkBatches(out.normal.fills, 3, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = checkBatches(out.normal.outlines, 2, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Nothing is lost in the split: two triangles and four sides per square.
        QCOMPARE(totalVertices(out.normal.fills), 4 * cols * rows);
        QCOMPARE(totalIndices(out.normal.fills), size_t(6 * cols * rows));
        QCOMPARE(totalIndices(out.normal.outlines), size_t(8 * cols * rows));
        double expected = 0;
        for (int r = 0; r < rows; ++r)
            expected += cols * polygonArea(square(9.0, 45.0 + r * 0.005, 0.0004));
        const double got = fillArea(out.normal.fills);
        QVERIFY2(std::abs(got - expected) / expected < 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
        QVERIFY(out.normal.byteSize() > size_t(4 * cols * rows * 2 * sizeof(float)));
    }

    void distantFeaturesGetTheirOwnOrigin()
    {
        // Milan and Palermo are ~9 degrees apart: one origin would put float offsets far beyond sub-pixel precision.
        LayerBuilder builder(GeometryKind::Point);
        builder.add(Geometry::point({9.19, 45.46}), false);
        builder.add(Geometry::point({13.36, 38.12}), false);
        LayerRenderData out;
        builder.finish(out);
        QCOMPARE(int(out.normal.points.size()), 2);
        const QString problem = checkBatches(out.normal.points, 3, 4);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const Batch &b : out.normal.points) {
            const WorldPoint p = vertexAt(b, 0);
            const WorldPoint milan = toWorld(9.19, 45.46), palermo = toWorld(13.36, 38.12);
            const bool near = (std::abs(p.x - milan.x) < 0.05 && std::abs(p.y - milan.y) < 0.05) ||
                              (std::abs(p.x - palermo.x) < 0.05 && std::abs(p.y - palermo.y) < 0.05);
            QVERIFY(near);
        }
    }

    void wrongOrEmptyGeometriesAreSkippedAndCounted()
    {
        addSite(square(9.20, 45.50));
        addSite(square(9.22, 45.50));
        // Rows the gateway would refuse, as an import or an older version could have left them.
        insertRaw(QStringLiteral("00000000-0000-4000-8000-000000000001"),
                  toGpkgBlob(Geometry::point({9.21, 45.505})));
        insertRaw(QStringLiteral("00000000-0000-4000-8000-000000000002"), QVariant());
        Geometry emptyPolygon;
        emptyPolygon.type = GeometryType::Polygon;
        insertRaw(QStringLiteral("00000000-0000-4000-8000-000000000003"), toGpkgBlob(emptyPolygon));
        insertRaw(QStringLiteral("00000000-0000-4000-8000-000000000004"), QByteArray("not a geometry"));

        const auto data = build("siti");
        QCOMPARE(data->featureCount, 2);
        QCOMPARE(data->skipped, 4);
        QVERIFY(data->normal.points.empty());
        QCOMPARE(totalIndices(data->normal.fills), size_t(12));
    }

    void cancelledBuildReturnsEarly()
    {
        // The builder checks the flag as it goes: a build superseded by a newer one stops.
        std::atomic_bool cancel(true);
        LayerBuilder builder(GeometryKind::Point);
        const int n = 5000;
        for (int i = 0; i < n; ++i)
            builder.add(Geometry::point({9.0 + i * 1e-4, 45.4}), false);
        LayerRenderData out;
        builder.finish(out, &cancel);
        QVERIFY(totalVertices(out.normal.points) < 4 * n);
        QCOMPARE(out.featureCount, 0);

        std::atomic_bool go(false);
        LayerBuilder full(GeometryKind::Point);
        for (int i = 0; i < n; ++i)
            full.add(Geometry::point({9.0 + i * 1e-4, 45.4}), false);
        LayerRenderData all;
        full.finish(all, &go);
        QCOMPARE(totalVertices(all.normal.points), 4 * n);
        QCOMPARE(all.featureCount, n);

        // Reading from the store stops too.
        for (int i = 0; i < 20; ++i)
            addPoint(9.1 + i * 0.001, 45.45);
        QCOMPARE(totalVertices(build("punti")->normal.points), 4 * 20);
        const auto cancelled = build("punti", &cancel);
        QVERIFY(totalVertices(cancelled->normal.points) < 4 * 20);
    }

    void simplifyKeepsEndsAndStaysWithinTolerance()
    {
        // A wiggly line of 400 vertices, wiggles of 3 units: at tolerance 5 it becomes a few vertices, at 1 it keeps
        // the wiggles; every dropped vertex lies within the tolerance of the kept polyline.
        std::vector<WorldPoint> line;
        for (int i = 0; i < 400; ++i)
            line.push_back({double(i * 10), 3.0 * std::sin(i * 0.7) + (i > 200 ? 500.0 : 0.0)});
        for (double tol : {1.0, 5.0, 50.0}) {
            const auto out = simplify(line, tol);
            QVERIFY(out.size() >= 2 && out.size() < line.size());
            QCOMPARE(out.front().x, line.front().x);
            QCOMPARE(out.back().x, line.back().x);
            for (const WorldPoint &p : line) {
                double best = 1e300;
                for (size_t k = 1; k < out.size(); ++k) {
                    const double dx = out[k].x - out[k - 1].x, dy = out[k].y - out[k - 1].y;
                    double t = ((p.x - out[k - 1].x) * dx + (p.y - out[k - 1].y) * dy) / (dx * dx + dy * dy);
                    t = std::max(0.0, std::min(1.0, t));
                    best = std::min(best, std::hypot(p.x - out[k - 1].x - t * dx, p.y - out[k - 1].y - t * dy));
                }
                QVERIFY2(best <= tol + 1e-9, qPrintable(QStringLiteral("tolerance %1: a vertex is %2 away").arg(tol).arg(best)));
            }
        }
        QCOMPARE(simplify(line, 5.0).size() < simplify(line, 1.0).size(), true);
    }

    void theOverviewTurnsTinyAreasIntoDotsAndSimplifiesTheRest()
    {
        const OverviewSpec &spec = overviewSpecs().front();
        // A site of ~30 m (a dot below zoom 12) and one of ~2 km with 200 vertices (simplified, still an area).
        Ring tiny, big;
        for (int k = 0; k < 8; ++k) {
            const double a = k * 2 * M_PI / 8;
            tiny.push_back({9.10 + 0.0002 * std::cos(a), 45.40 + 0.00015 * std::sin(a)});
        }
        for (int k = 0; k < 200; ++k) {
            const double a = k * 2 * M_PI / 200;
            big.push_back({9.20 + 0.012 * std::cos(a), 45.45 + 0.009 * std::sin(a)});
        }
        LayerBuilder builder(GeometryKind::Polygon);
        builder.add(Geometry::polygon(tiny), false);
        builder.add(Geometry::polygon(big), false);
        LayerRenderData data;
        builder.finish(data);
        QCOMPARE(int(data.overviews.size()), int(overviewSpecs().size()));
        const OverviewLevel &o = data.overviews.front();
        QCOMPARE(o.belowZoom, spec.belowZoom);
        // One dot (4 vertices) for the tiny site.
        int dotVertices = 0;
        for (const Batch &b : o.normal.points)
            dotVertices += b.vertexCount();
        QCOMPARE(dotVertices, 4);
        // The big one is still a filled area, with far fewer vertices than the detail.
        int overviewVertices = 0, detailVertices = 0;
        for (const Batch &b : o.normal.fills)
            overviewVertices += b.vertexCount();
        for (const Batch &b : data.normal.fills)
            detailVertices += b.vertexCount();
        QVERIFY2(overviewVertices >= 3 && overviewVertices < detailVertices / 4,
                 qPrintable(QStringLiteral("%1 overview vs %2 detail vertices").arg(overviewVertices).arg(detailVertices)));
        // Batches know their bounds, so the canvas can cull them.
        for (const Batch &b : o.normal.fills)
            QVERIFY(b.minX < b.maxX && b.minY < b.maxY);
    }

    void aBuildWithoutDetailHasPointsAndOverviewsOnly()
    {
        QVERIFY(!addSite(concaveSite()).isEmpty());
        auto reader = m_project->openReader();
        const auto light = buildLayer(*reader, *m_project->layer("siti"), nullptr, false);
        QVERIFY(!light->detailBuilt);
        QVERIFY(light->normal.fills.empty() && light->normal.outlines.empty());
        QVERIFY(!light->overviews.front().normal.isEmpty());
        const auto full = buildLayer(*reader, *m_project->layer("siti"), nullptr, true);
        QVERIFY(full->detailBuilt);
        QVERIFY(!full->normal.fills.empty());
        // A point layer's detail is its overview: it is always built.
        const auto points = buildLayer(*reader, *m_project->layer("punti"), nullptr, false);
        QVERIFY(points->detailBuilt);
    }
};

QTEST_GUILESS_MAIN(TestRenderData)
#include "tst_renderdata.moc"
