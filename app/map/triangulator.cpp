#include "triangulator.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <memory>
#include <tuple>

namespace territori::map {
namespace {

// Polygons are kept as circular doubly linked lists so that clipping an ear or cutting a bridge is O(1). Nodes are
// never freed during a run: code below relies on a just-removed node still pointing at its old neighbours.
struct Node
{
    double x = 0, y = 0;
    Node *prev = nullptr, *next = nullptr;
    Node *prevZ = nullptr, *nextZ = nullptr; // z-order neighbours, only maintained for large polygons
    uint32_t i = 0; // index into the flattened vertex list; duplicated nodes created by cuts share it
    int32_t z = 0;
    bool steiner = false; // a one-point hole: must survive the collinear-point filter
};

// A ring's vertex count once a dangling odd coordinate and a repeated closing vertex are dropped. Shared by
// triangulate() and flatten() so that their index spaces can never disagree.
size_t ringSize(const std::vector<double> &ring)
{
    size_t n = ring.size() / 2;
    if (n >= 2 && ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1]) --n;
    return n;
}

// Twice the signed area of abc; positive when abc turns left (counter-clockwise with y up).
double orient(double ax, double ay, double bx, double by, double cx, double cy)
{
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

double orient(const Node *a, const Node *b, const Node *c)
{
    return orient(a->x, a->y, b->x, b->y, c->x, c->y);
}

bool equals(const Node *a, const Node *b)
{
    return a->x == b->x && a->y == b->y;
}

// Closed test (points on an edge count as inside): a vertex touching a candidate ear must disqualify it.
bool inTriangle(double ax, double ay, double bx, double by, double cx, double cy, double px, double py)
{
    return orient(ax, ay, bx, by, px, py) >= 0 && orient(bx, by, cx, cy, px, py) >= 0 &&
           orient(cx, cy, ax, ay, px, py) >= 0;
}

// q lies within the bounding box of pr; only meaningful once p, q, r are known to be collinear.
bool withinBox(const Node *p, const Node *q, const Node *r)
{
    return q->x <= std::max(p->x, r->x) && q->x >= std::min(p->x, r->x) && q->y <= std::max(p->y, r->y) &&
           q->y >= std::min(p->y, r->y);
}

// Closed segment intersection: touching counts, since a diagonal grazing a vertex is as invalid as one crossing.
bool segmentsIntersect(const Node *p1, const Node *q1, const Node *p2, const Node *q2)
{
    auto sign = [](double v) { return (v > 0) - (v < 0); };
    const int o1 = sign(orient(p1, q1, p2));
    const int o2 = sign(orient(p1, q1, q2));
    const int o3 = sign(orient(p2, q2, p1));
    const int o4 = sign(orient(p2, q2, q1));
    if (o1 != o2 && o3 != o4) return true;
    return (o1 == 0 && withinBox(p1, p2, q1)) || (o2 == 0 && withinBox(p1, q2, q1)) ||
           (o3 == 0 && withinBox(p2, p1, q2)) || (o4 == 0 && withinBox(p2, q1, q2));
}

// Whether the segment a-b leaves a into the polygon's interior, judged only from a's two edges.
bool locallyInside(const Node *a, const Node *b)
{
    if (orient(a->prev, a, a->next) > 0) // convex corner: b must lie within the wedge
        return orient(a, b, a->next) <= 0 && orient(a, a->prev, b) <= 0;
    // reflex corner: b only has to avoid the exterior wedge
    return orient(a, b, a->prev) > 0 || orient(a, a->next, b) > 0;
}

// Crossing-number test for the midpoint of a-b; catches diagonals that pass the local tests yet run outside.
bool middleInside(const Node *a, const Node *b)
{
    const double px = (a->x + b->x) / 2;
    const double py = (a->y + b->y) / 2;
    bool inside = false;
    const Node *p = a;
    do {
        const Node *q = p->next;
        if ((p->y > py) != (q->y > py) && q->y != p->y && px < (q->x - p->x) * (py - p->y) / (q->y - p->y) + p->x)
            inside = !inside;
        p = q;
    } while (p != a);
    return inside;
}

// Edges that share a vertex index with a or b (bridge duplicates included) may touch the diagonal legitimately.
bool intersectsPolygon(const Node *a, const Node *b)
{
    const Node *p = a;
    do {
        const Node *q = p->next;
        if (p->i != a->i && q->i != a->i && p->i != b->i && q->i != b->i && segmentsIntersect(p, q, a, b)) return true;
        p = q;
    } while (p != a);
    return false;
}

bool isValidDiagonal(const Node *a, const Node *b)
{
    if (a->next->i == b->i || a->prev->i == b->i || intersectsPolygon(a, b)) return false;
    // The non-zero test rejects diagonals that would leave two sectors facing each other with zero width.
    if (locallyInside(a, b) && locallyInside(b, a) && middleInside(a, b) &&
        (orient(a->prev, a, b->prev) != 0 || orient(a, b->prev, b) != 0))
        return true;
    // Two coincident reflex vertices (a pinch point) may be separated even though the "diagonal" has no length.
    return equals(a, b) && orient(a->prev, a, a->next) < 0 && orient(b->prev, b, b->next) < 0;
}

// Whether the sector at p lies within the sector at m (coinciding vertices, as earlier bridges leave behind); decides
// between equally good bridge candidates so that the hole is linked on the correct side of the touch point.
bool sectorContainsSector(const Node *m, const Node *p)
{
    return orient(m->prev, m, p->prev) > 0 && orient(p->next, m, m->next) > 0;
}

void unlink(Node *p)
{
    p->next->prev = p->prev;
    p->prev->next = p->next;
    if (p->prevZ) p->prevZ->nextZ = p->nextZ;
    if (p->nextZ) p->nextZ->prevZ = p->prevZ;
}

uint32_t spreadBits(uint32_t v)
{
    v = (v | (v << 8)) & 0x00FF00FFu;
    v = (v | (v << 4)) & 0x0F0F0F0Fu;
    v = (v | (v << 2)) & 0x33333333u;
    return (v | (v << 1)) & 0x55555555u;
}

uint32_t quantize(double v)
{
    // Written so that NaN falls into the first branch: a float-to-int conversion out of range is undefined.
    if (!(v > 0)) return 0;
    return v >= 32767 ? 32767u : static_cast<uint32_t>(v);
}

class Triangulator
{
public:
    bool run(const std::vector<std::vector<double>> &rings, std::vector<uint32_t> &out);
    // One huge polygon must not pin its node memory to the thread for good.
    void trim()
    {
        if (blocks_.size() > kBlocksKept) blocks_.resize(kBlocksKept);
    }

private:
    struct Job
    {
        Node *ear;
        int pass;
    };

    Node *newNode(uint32_t i, double x, double y);
    Node *buildRing(const std::vector<double> &ring, size_t n, uint32_t base, bool counterClockwise, double *area);
    Node *eliminateHoles(const std::vector<std::vector<double>> &rings, size_t outerSize, Node *outer);
    Node *eliminateHole(Node *hole, Node *outer);
    Node *findBridge(const Node *hole, Node *outer) const;
    Node *splitPolygon(Node *a, Node *b);
    Node *filterPoints(Node *start, Node *end = nullptr);
    Node *cureLocalIntersections(Node *start);
    void splitAndQueue(Node *start);
    void clipEars(Node *ear, int pass);
    bool isEar(const Node *ear) const;
    int32_t zOrder(double x, double y) const;
    void indexCurve(Node *start);
    double coord(double v) const { return shift_ ? std::ldexp(v, shift_) : v; }
    void emit(const Node *a, const Node *b, const Node *c)
    {
        out_->push_back(a->i);
        out_->push_back(b->i);
        out_->push_back(c->i);
    }

    // Nodes come from blocks that are kept between calls: map rendering triangulates many small polygons in a row
    // and a heap allocation per vertex would cost more than the clipping itself.
    static constexpr size_t kBlockSize = 1024;
    static constexpr size_t kBlocksKept = 64;
    std::vector<std::unique_ptr<Node[]>> blocks_;
    size_t block_ = 0, used_ = 0;
    // Pending ear-clipping work. The reference algorithm recurses; a worklist keeps stack depth bounded no matter
    // how many times a pathological polygon gets split.
    std::vector<Job> jobs_;
    std::vector<Node *> scratch_;
    std::vector<uint32_t> *out_ = nullptr;
    int shift_ = 0;
    double minX_ = 0, minY_ = 0, invSize_ = 0;
    bool hashed_ = false;
};

Node *Triangulator::newNode(uint32_t i, double x, double y)
{
    if (used_ == kBlockSize) {
        ++block_;
        used_ = 0;
    }
    if (block_ == blocks_.size()) blocks_.emplace_back(new Node[kBlockSize]);
    Node *n = &blocks_[block_][used_++];
    *n = Node{x, y};
    n->i = i;
    return n;
}

// Links a ring with the orientation the clipper expects (outer counter-clockwise, holes clockwise), walking the
// input backwards when needed; node indices keep pointing at the original positions either way.
Node *Triangulator::buildRing(const std::vector<double> &ring, size_t n, uint32_t base, bool counterClockwise,
                              double *area)
{
    // Relative to the first vertex: projected coordinates in the millions would otherwise eat the precision.
    const double x0 = coord(ring[0]), y0 = coord(ring[1]);
    double sum = 0;
    for (size_t k = 1; k + 1 < n; ++k)
        sum +=
            orient(x0, y0, coord(ring[2 * k]), coord(ring[2 * k + 1]), coord(ring[2 * k + 2]), coord(ring[2 * k + 3]));
    if (area) *area = sum;

    Node *last = nullptr;
    auto append = [&](size_t k) {
        Node *p = newNode(base + static_cast<uint32_t>(k), coord(ring[2 * k]), coord(ring[2 * k + 1]));
        if (!last) {
            p->prev = p->next = p;
        } else {
            p->next = last->next;
            p->prev = last;
            last->next->prev = p;
            last->next = p;
        }
        last = p;
    };
    if ((sum > 0) == counterClockwise) {
        for (size_t k = 0; k < n; ++k)
            append(k);
    } else {
        for (size_t k = n; k-- > 0;)
            append(k);
    }
    return last;
}

// Drops duplicate and collinear vertices, which would otherwise produce zero-area ears or block real ones.
Node *Triangulator::filterPoints(Node *start, Node *end)
{
    if (!start) return start;
    if (!end) end = start;
    Node *p = start;
    bool again;
    do {
        again = false;
        if (!p->steiner && (equals(p, p->next) || orient(p->prev, p, p->next) == 0)) {
            unlink(p);
            // Removing p may have made its predecessor collinear in turn, so look there next and go round again.
            p = end = p->prev;
            if (p == p->next) break;
            again = true;
        } else {
            p = p->next;
        }
    } while (again || p != end);
    return end;
}

Node *Triangulator::splitPolygon(Node *a, Node *b)
{
    Node *a2 = newNode(a->i, a->x, a->y);
    Node *b2 = newNode(b->i, b->x, b->y);
    Node *an = a->next;
    Node *bp = b->prev;
    a->next = b;
    b->prev = a;
    a2->next = an;
    an->prev = a2;
    b2->next = a2;
    a2->prev = b2;
    bp->next = b2;
    b2->prev = bp;
    return b2;
}

Node *Triangulator::eliminateHoles(const std::vector<std::vector<double>> &rings, size_t outerSize, Node *outer)
{
    std::vector<Node *> &holes = scratch_;
    holes.clear();
    auto base = static_cast<uint32_t>(outerSize);
    for (size_t r = 1; r < rings.size(); ++r) {
        const size_t n = ringSize(rings[r]);
        if (n == 0) continue;
        Node *list = buildRing(rings[r], n, base, false, nullptr);
        base += static_cast<uint32_t>(n);
        if (list == list->next) list->steiner = true;
        Node *leftmost = list;
        for (Node *p = list->next; p != list; p = p->next)
            if (p->x < leftmost->x || (p->x == leftmost->x && p->y < leftmost->y)) leftmost = p;
        holes.push_back(leftmost);
    }
    // Left to right, so each hole's bridge can only be blocked by holes already merged into the outer ring. Ties
    // (holes sharing their leftmost point) are broken by the direction of the next edge; every key is a finite number,
    // which keeps the comparison a strict weak ordering.
    std::sort(holes.begin(), holes.end(), [](const Node *a, const Node *b) {
        auto key = [](const Node *h) {
            return std::make_tuple(h->x, h->y, std::atan2(h->next->y - h->y, h->next->x - h->x), h->i);
        };
        return key(a) < key(b);
    });
    for (Node *hole : holes)
        outer = eliminateHole(hole, outer);
    return outer;
}

Node *Triangulator::eliminateHole(Node *hole, Node *outer)
{
    Node *bridge = findBridge(hole, outer);
    if (!bridge) return outer; // nothing to the left: the hole lies outside the polygon and is ignored
    Node *reverse = splitPolygon(bridge, hole);
    Node *survivor = filterPoints(reverse, reverse->next);
    // That filter can go all the way round the merged ring and drop the bridge vertex itself; a removed node must
    // never seed another walk, as its neighbours may have been relinked since.
    Node *start = bridge->prev->next == bridge ? bridge : survivor;
    return filterPoints(start, start->next);
}

// Finds an outer-ring vertex that the hole's leftmost point can see, by casting a ray to the left and then looking
// for reflex vertices that might hide the hit point.
Node *Triangulator::findBridge(const Node *hole, Node *outer) const
{
    const double hx = hole->x, hy = hole->y;
    double qx = -std::numeric_limits<double>::infinity();
    Node *m = nullptr;
    Node *p = outer;
    if (equals(hole, p)) return p;
    do {
        Node *q = p->next;
        if (equals(hole, q)) return q;
        // Only edges running downwards have the interior on the ray's side (the outer ring is counter-clockwise).
        if (hy <= p->y && hy >= q->y && q->y != p->y) {
            const double x = p->x + (hy - p->y) * (q->x - p->x) / (q->y - p->y);
            if (x <= hx && x > qx) {
                qx = x;
                m = p->x < q->x ? p : q;
                if (x == hx) return m; // the hole touches this edge
            }
        }
        p = q;
    } while (p != outer);
    if (!m) return nullptr;

    // Any vertex inside the triangle (hole point, ray hit, m) could block the view of m; the one making the
    // smallest angle with the ray cannot be blocked itself.
    const Node *stop = m;
    const double mx = m->x, my = m->y;
    double tanMin = std::numeric_limits<double>::infinity();
    p = m;
    do {
        if (hx >= p->x && p->x >= mx && hx != p->x &&
            inTriangle(hy < my ? hx : qx, hy, mx, my, hy < my ? qx : hx, hy, p->x, p->y)) {
            const double tan = std::fabs(hy - p->y) / (hx - p->x);
            if (locallyInside(p, hole) &&
                (tan < tanMin || (tan == tanMin && (p->x > m->x || (p->x == m->x && sectorContainsSector(m, p)))))) {
                m = p;
                tanMin = tan;
            }
        }
        p = p->next;
    } while (p != stop);
    return m;
}

int32_t Triangulator::zOrder(double x, double y) const
{
    const uint32_t ix = spreadBits(quantize((x - minX_) * invSize_));
    const uint32_t iy = spreadBits(quantize((y - minY_) * invSize_));
    return static_cast<int32_t>(ix | (iy << 1));
}

void Triangulator::indexCurve(Node *start)
{
    std::vector<Node *> &order = scratch_;
    order.clear();
    Node *p = start;
    do {
        p->z = zOrder(p->x, p->y);
        order.push_back(p);
        p = p->next;
    } while (p != start);
    std::sort(order.begin(), order.end(), [](const Node *a, const Node *b) { return a->z < b->z; });
    for (size_t k = 0; k < order.size(); ++k) {
        order[k]->prevZ = k > 0 ? order[k - 1] : nullptr;
        order[k]->nextZ = k + 1 < order.size() ? order[k + 1] : nullptr;
    }
}

// An ear is a convex corner whose triangle holds no other reflex vertex (a convex one cannot be inside without a
// reflex one being inside too). The point equal to `a` is exempt so that a vertex duplicated by a hole bridge does not
// block the ear on the other side of the bridge.
bool Triangulator::isEar(const Node *ear) const
{
    const Node *a = ear->prev, *b = ear, *c = ear->next;
    if (orient(a, b, c) <= 0) return false;
    const double x0 = std::min({a->x, b->x, c->x}), y0 = std::min({a->y, b->y, c->y});
    const double x1 = std::max({a->x, b->x, c->x}), y1 = std::max({a->y, b->y, c->y});
    auto blocks = [&](const Node *p) {
        return p != a && p != c && p->x >= x0 && p->x <= x1 && p->y >= y0 && p->y <= y1 && !equals(p, a) &&
               inTriangle(a->x, a->y, b->x, b->y, c->x, c->y, p->x, p->y) && orient(p->prev, p, p->next) <= 0;
    };
    if (!hashed_) {
        for (const Node *p = c->next; p != a; p = p->next)
            if (blocks(p)) return false;
        return true;
    }

    // Only vertices whose z-order code lies within that of the triangle's bounding box can be inside, which turns the
    // O(n) scan per candidate into a walk over nearby vertices. Walk both ways at once: a blocking vertex is usually
    // close to the ear in z-order too.
    const int32_t minZ = zOrder(x0, y0), maxZ = zOrder(x1, y1);
    const Node *p = ear->prevZ, *n = ear->nextZ;
    for (; p && p->z >= minZ && n && n->z <= maxZ; p = p->prevZ, n = n->nextZ)
        if (blocks(p) || blocks(n)) return false;
    for (; p && p->z >= minZ; p = p->prevZ)
        if (blocks(p)) return false;
    for (; n && n->z <= maxZ; n = n->nextZ)
        if (blocks(n)) return false;
    return true;
}

// For self-intersecting input: where edges a-p and p.next-b cross, cut the triangle a,p,b off and drop the two
// crossing vertices. The result is not exact, but it unblocks the clipper where no true ear exists.
Node *Triangulator::cureLocalIntersections(Node *start)
{
    Node *p = start;
    do {
        Node *a = p->prev, *b = p->next->next;
        if (b != p && a != b && !equals(a, b) && segmentsIntersect(a, p, p->next, b) && locallyInside(a, b) &&
            locallyInside(b, a)) {
            emit(a, p, b);
            unlink(p);
            unlink(p->next);
            p = start = b;
        }
        p = p->next;
    } while (p != start);
    return filterPoints(p);
}

// Last resort: cut the ring along any valid diagonal and start over on both halves, each strictly smaller.
void Triangulator::splitAndQueue(Node *start)
{
    Node *a = start;
    do {
        for (Node *b = a->next->next; b != a->prev; b = b->next) {
            if (a->i != b->i && isValidDiagonal(a, b)) {
                Node *c = splitPolygon(a, b);
                a = filterPoints(a, a->next);
                c = filterPoints(c, c->next);
                jobs_.push_back({a, 0});
                jobs_.push_back({c, 0});
                return;
            }
        }
        a = a->next;
    } while (a != start);
}

void Triangulator::clipEars(Node *ear, int pass)
{
    if (!ear) return;
    if (pass == 0 && hashed_) indexCurve(ear);
    Node *stop = ear;
    while (ear->prev != ear->next) {
        Node *prev = ear->prev, *next = ear->next;
        if (isEar(ear)) {
            emit(prev, ear, next);
            unlink(ear);
            // Skipping a vertex before the next attempt avoids fans of slivers around a single vertex.
            ear = stop = next->next;
            continue;
        }
        ear = next;
        if (ear == stop) {
            // A full turn without an ear: the ring is not simple. Escalate through increasingly lossy repairs.
            if (pass == 0)
                jobs_.push_back({filterPoints(ear), 1});
            else if (pass == 1)
                jobs_.push_back({cureLocalIntersections(filterPoints(ear)), 2});
            else
                splitAndQueue(ear);
            return;
        }
    }
}

bool Triangulator::run(const std::vector<std::vector<double>> &rings, std::vector<uint32_t> &out)
{
    if (rings.empty()) return false;
    const size_t outerSize = ringSize(rings[0]);
    if (outerSize < 3) return false;

    double minX = std::numeric_limits<double>::infinity(), minY = minX;
    double maxX = -minX, maxY = -minX, maxAbs = 0;
    size_t total = 0;
    for (const auto &ring : rings) {
        const size_t n = ringSize(ring);
        total += n;
        for (size_t k = 0; k < n; ++k) {
            const double x = ring[2 * k], y = ring[2 * k + 1];
            if (!std::isfinite(x) || !std::isfinite(y)) return false;
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
            maxAbs = std::max({maxAbs, std::fabs(x), std::fabs(y)});
        }
    }

    // Products of coordinate differences must neither overflow nor underflow, or orientation tests turn into inf,
    // NaN or zero. Rescaling by a power of two is exact, so it changes no decision on well-scaled input.
    int exponent = 0;
    std::frexp(maxAbs, &exponent);
    shift_ = (maxAbs > 0 && (exponent > 500 || exponent < -500)) ? -exponent : 0;

    block_ = 0;
    used_ = 0;
    jobs_.clear();
    out_ = &out;
    const size_t before = out.size();

    double area = 0;
    Node *outer = buildRing(rings[0], outerSize, 0, true, &area);
    if (area == 0 || !std::isfinite(area) || outer->next == outer->prev) return false;
    if (rings.size() > 1) outer = eliminateHoles(rings, outerSize, outer);

    // Hashing only pays off once a linear scan per ear candidate gets expensive.
    minX_ = coord(minX);
    minY_ = coord(minY);
    const double size = std::max(coord(maxX) - minX_, coord(maxY) - minY_);
    invSize_ = size > 0 ? 32767 / size : 0;
    hashed_ = total > 80 && std::isfinite(invSize_) && invSize_ > 0;

    jobs_.push_back({outer, 0});
    while (!jobs_.empty()) {
        const Job job = jobs_.back();
        jobs_.pop_back();
        clipEars(job.ear, job.pass);
    }
    return out.size() > before;
}

} // namespace

bool triangulate(const std::vector<std::vector<double>> &rings, std::vector<uint32_t> &indices, uint32_t *vertexCount)
{
    size_t total = 0;
    for (const auto &ring : rings)
        total += ringSize(ring);
    if (vertexCount) *vertexCount = total > std::numeric_limits<uint32_t>::max() ? 0 : static_cast<uint32_t>(total);
    if (total > std::numeric_limits<uint32_t>::max()) return false;

    thread_local Triangulator triangulator;
    const size_t before = indices.size();
    bool ok = false;
    try {
        ok = triangulator.run(rings, indices);
    } catch (const std::exception &) { // only allocation can throw
    }
    triangulator.trim();
    if (!ok) indices.resize(before); // a failure half way must not leave a partial triangulation behind
    return ok;
}

std::vector<double> flatten(const std::vector<std::vector<double>> &rings)
{
    size_t total = 0;
    for (const auto &ring : rings)
        total += ringSize(ring);
    std::vector<double> out;
    out.reserve(2 * total);
    for (const auto &ring : rings)
        out.insert(out.end(), ring.begin(), ring.begin() + static_cast<std::ptrdiff_t>(2 * ringSize(ring)));
    return out;
}

} // namespace territori::map
