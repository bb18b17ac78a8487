#include "capturecontroller.h"

#include "measure.h"
#include "validity.h"

#include <algorithm>
#include <cmath>

namespace territori::core {

using store::Coord;
using store::Geometry;
using store::Ring;

CaptureController::CaptureController(QObject *parent) : QObject(parent) {}

void CaptureController::start(const QString &layer, int mode, bool multi)
{
    stopGps();
    m_mode = mode >= Point && mode <= Polygon ? Mode(mode) : None;
    m_layer = layer;
    m_featureUuid.clear();
    m_vertices.clear();
    m_otherParts.clear();
    m_holes.clear();
    m_currentIndex = 0;
    m_multi = multi && m_mode != None;
    emit modeChanged();
    emit verticesChanged();
}

void CaptureController::beginEdit(const QString &layer, const QString &uuid, const Geometry &g)
{
    stopGps();
    m_layer = layer;
    m_featureUuid = uuid;
    m_vertices.clear();
    m_holes.clear();
    const auto kind = store::kindOf(g.type);
    m_mode = kind == store::GeometryKind::Point ? Point : kind == store::GeometryKind::Line ? Line : Polygon;
    m_multi = store::isMulti(g.type);
    m_otherParts.assign(g.parts.begin(), g.parts.end());
    m_currentIndex = 0;
    if (!m_otherParts.empty())
        loadPart(0);
    emit modeChanged();
    emit verticesChanged();
}

void CaptureController::cancel()
{
    stopGps();
    m_mode = None;
    m_layer.clear();
    m_featureUuid.clear();
    m_vertices.clear();
    m_otherParts.clear();
    m_holes.clear();
    m_currentIndex = 0;
    m_multi = false;
    emit modeChanged();
    emit verticesChanged();
}

void CaptureController::loadPart(size_t index)
{
    std::vector<Ring> part = m_otherParts[index];
    m_otherParts.erase(m_otherParts.begin() + std::ptrdiff_t(index));
    m_currentIndex = int(index);
    m_vertices.clear();
    m_holes.clear();
    if (part.empty())
        return;
    Ring r = part[0];
    if (m_mode == Polygon && r.size() > 1 && r.front() == r.back())
        r.pop_back();
    for (const Coord &c : r)
        m_vertices.push_back({c, std::nullopt, QDateTime()});
    if (m_mode == Polygon)
        m_holes.assign(part.begin() + 1, part.end());
}

bool CaptureController::addPart()
{
    if (!canAddPart())
        return false;
    stopGps();
    m_otherParts.insert(m_otherParts.begin() + m_currentIndex, currentPartRings());
    m_currentIndex = int(m_otherParts.size());
    m_vertices.clear();
    m_holes.clear();
    emit verticesChanged();
    return true;
}

void CaptureController::removePart()
{
    if (m_mode == None)
        return;
    stopGps();
    m_vertices.clear();
    m_holes.clear();
    if (!m_otherParts.empty())
        loadPart(size_t(std::clamp(m_currentIndex - 1, 0, int(m_otherParts.size()) - 1)));
    else
        m_currentIndex = 0;
    emit verticesChanged();
}

bool CaptureController::nextPart()
{
    if (m_otherParts.empty() || (!m_vertices.empty() && !currentComplete()))
        return false;
    stopGps();
    size_t next = size_t(m_currentIndex);
    if (!m_vertices.empty()) {
        m_otherParts.insert(m_otherParts.begin() + m_currentIndex, currentPartRings());
        ++next;
    }
    loadPart(next % m_otherParts.size());
    emit verticesChanged();
    return true;
}

QVariantList CaptureController::otherParts() const
{
    QVariantList out;
    for (const auto &part : m_otherParts) {
        QVariantList path;
        if (!part.empty())
            for (const Coord &c : part[0])
                path << QVariant::fromValue(QGeoCoordinate(c.y, c.x));
        out << QVariant(path);
    }
    return out;
}

void CaptureController::pushVertex(const Vertex &v)
{
    if (m_mode == Point)
        m_vertices.clear();
    m_vertices.push_back(v);
    emit verticesChanged();
}

void CaptureController::addVertex(const QGeoCoordinate &c)
{
    if (m_mode == None || !c.isValid())
        return;
    pushVertex({{c.longitude(), c.latitude()}, std::nullopt, QDateTime()});
}

void CaptureController::moveVertex(int index, const QGeoCoordinate &c)
{
    if (index < 0 || index >= int(m_vertices.size()) || !c.isValid())
        return;
    // A moved vertex is placed by hand: its GPS accuracy no longer describes it.
    m_vertices[size_t(index)] = {{c.longitude(), c.latitude()}, std::nullopt, QDateTime()};
    emit verticesChanged();
}

void CaptureController::removeVertex(int index)
{
    if (index < 0 || index >= int(m_vertices.size()))
        return;
    m_vertices.erase(m_vertices.begin() + index);
    emit verticesChanged();
}

void CaptureController::removeLastVertex()
{
    if (m_vertices.empty())
        return;
    m_vertices.pop_back();
    emit verticesChanged();
}

QVariantList CaptureController::path() const
{
    QVariantList out;
    for (const Vertex &v : m_vertices)
        out << QVariant::fromValue(QGeoCoordinate(v.coord.y, v.coord.x));
    return out;
}

Ring CaptureController::ring() const
{
    Ring r;
    for (const Vertex &v : m_vertices)
        r.push_back(v.coord);
    return r;
}

double CaptureController::length() const
{
    // Every part's line or outline: the perimeter of an area in pieces is the sum of its pieces'.
    Ring r = ring();
    if (m_mode == Polygon && r.size() > 2)
        r.push_back(r.front());
    double total = lineLength(r);
    for (const auto &part : m_otherParts)
        if (!part.empty())
            total += lineLength(part[0]);
    return total;
}

double CaptureController::area() const
{
    if (m_mode != Polygon)
        return 0;
    auto net = [](const Ring &outer, const std::vector<Ring> &holes) {
        double a = ringArea(outer);
        for (const Ring &h : holes)
            a -= ringArea(h);
        return std::max(0.0, a);
    };
    double total = m_vertices.size() >= 3 ? net(ring(), m_holes) : 0;
    for (const auto &part : m_otherParts)
        if (!part.empty())
            total += net(part[0], std::vector<Ring>(part.begin() + 1, part.end()));
    return total;
}

bool CaptureController::currentComplete() const
{
    switch (m_mode) {
    case Point: return m_vertices.size() == 1;
    case Line: return m_vertices.size() >= 2 && lineLength(ring()) > 0;
    case Polygon: return m_vertices.size() >= 3 && ringArea(ring()) > 0;
    default: return false;
    }
}

bool CaptureController::canFinish() const
{
    // A current part half drawn must be finished or removed first: it would otherwise be dropped without a word.
    if (m_vertices.empty())
        return !m_otherParts.empty();
    return currentComplete() && (m_otherParts.empty() || m_multi);
}

QString CaptureController::fault() const
{
    if (m_mode != Polygon || !canFinish())
        return QString();
    const std::optional<store::GeometryFault> f = store::geometryFault(geometry());
    return f ? f->message : QString();
}

bool CaptureController::repair()
{
    if (m_mode != Polygon || !canFinish())
        return false;
    const std::optional<Geometry> fixed =
        store::repairedGeometry(geometry(), m_multi ? store::GeometryType::MultiPolygon : store::GeometryType::Polygon);
    if (!fixed)
        return false;
    stopGps();
    m_otherParts = fixed->parts;
    loadPart(0);
    emit verticesChanged();
    return true;
}

bool CaptureController::selfIntersects() const
{
    return m_mode == Polygon && ringSelfIntersects(ring());
}

std::vector<Ring> CaptureController::currentPartRings() const
{
    switch (m_mode) {
    case Point: return {Ring{m_vertices.front().coord}};
    case Line: return {ring()};
    case Polygon: {
        Ring r = ring();
        // Outer rings counter-clockwise, as GeoJSON and most tools expect.
        double a = 0;
        for (size_t i = 0; i < r.size(); ++i)
            a += r[i].x * r[(i + 1) % r.size()].y - r[(i + 1) % r.size()].x * r[i].y;
        if (a < 0)
            std::reverse(r.begin(), r.end());
        std::vector<Ring> rings = Geometry::polygon(r).parts[0];
        rings.insert(rings.end(), m_holes.begin(), m_holes.end());
        return rings;
    }
    default: return {};
    }
}

Geometry CaptureController::geometry() const
{
    if (!canFinish())
        return Geometry();
    Geometry g;
    g.parts = m_otherParts;
    if (!m_vertices.empty())
        g.parts.insert(g.parts.begin() + std::min<std::ptrdiff_t>(m_currentIndex, std::ptrdiff_t(g.parts.size())), currentPartRings());
    const bool multi = m_multi;
    switch (m_mode) {
    case Point: g.type = multi ? store::GeometryType::MultiPoint : store::GeometryType::Point; break;
    case Line: g.type = multi ? store::GeometryType::MultiLineString : store::GeometryType::LineString; break;
    case Polygon: g.type = multi ? store::GeometryType::MultiPolygon : store::GeometryType::Polygon; break;
    default: return Geometry();
    }
    return g;
}

std::optional<double> CaptureController::gpsAccuracy() const
{
    double sum = 0;
    int n = 0;
    for (const Vertex &v : m_vertices)
        if (v.accuracy) {
            sum += *v.accuracy;
            ++n;
        }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

QDateTime CaptureController::gpsFixTime() const
{
    QDateTime last;
    for (const Vertex &v : m_vertices)
        if (v.fixTime.isValid() && (!last.isValid() || v.fixTime > last))
            last = v.fixTime;
    return last;
}

void CaptureController::setAccuracyThreshold(double metres)
{
    if (metres <= 0 || metres == m_accuracyThreshold)
        return;
    m_accuracyThreshold = metres;
    emit settingsChanged();
}

void CaptureController::setAveragingCount(int n)
{
    n = std::max(1, std::min(n, 600));
    if (n == m_averagingCount)
        return;
    m_averagingCount = n;
    emit settingsChanged();
}

void CaptureController::setStreamMode(StreamMode mode)
{
    if (mode == m_streamMode)
        return;
    m_streamMode = mode;
    emit settingsChanged();
}

void CaptureController::setStreamInterval(double v)
{
    if (v <= 0 || v == m_streamInterval)
        return;
    m_streamInterval = v;
    emit settingsChanged();
}

void CaptureController::setGpsState(GpsState s)
{
    m_gpsState = s;
    m_fixes.clear();
    m_streamed = 0;
    m_rejected = 0;
    emit gpsChanged();
}

void CaptureController::captureFromGps()
{
    if (m_mode == None)
        return;
    setGpsState(GpsAveraging);
}

void CaptureController::startStreaming()
{
    if (m_mode != Line && m_mode != Polygon)
        return;
    setGpsState(GpsStreaming);
}

void CaptureController::stopGps()
{
    if (m_gpsState != GpsIdle)
        setGpsState(GpsIdle);
}

void CaptureController::onPosition(const QGeoPositionInfo &info)
{
    if (m_gpsState == GpsIdle || !info.isValid())
        return;
    const double accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
                                ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
                                : std::nan("");
    m_lastAccuracy = std::isnan(accuracy) ? -1 : accuracy;
    // A fix whose accuracy is unknown or worse than the threshold is not used: better no vertex than a wrong one.
    if (std::isnan(accuracy) || accuracy > m_accuracyThreshold) {
        ++m_rejected;
        emit fixRejected(accuracy);
        emit gpsChanged();
        return;
    }
    const Coord c{info.coordinate().longitude(), info.coordinate().latitude()};
    if (m_gpsState == GpsAveraging) {
        m_fixes.push_back(info);
        if (int(m_fixes.size()) >= m_averagingCount) {
            double x = 0, y = 0, acc = 0;
            for (const auto &f : m_fixes) {
                x += f.coordinate().longitude();
                y += f.coordinate().latitude();
                acc += f.attribute(QGeoPositionInfo::HorizontalAccuracy);
            }
            const double n = double(m_fixes.size());
            const QDateTime when = m_fixes.back().timestamp();
            setGpsState(GpsIdle);
            pushVertex({{x / n, y / n}, acc / n, when});
            emit gpsVertexAdded();
            return;
        }
        emit gpsChanged();
        return;
    }
    // Streaming: a vertex when far enough (or long enough) from the previous GPS vertex.
    bool add = m_vertices.empty();
    if (!add) {
        const Vertex &last = m_vertices.back();
        if (m_streamMode == ByDistance)
            add = distance(last.coord, c) >= m_streamInterval;
        else
            add = !last.fixTime.isValid() || last.fixTime.msecsTo(info.timestamp()) >= m_streamInterval * 1000;
    }
    ++m_streamed;
    if (add)
        pushVertex({c, accuracy, info.timestamp()});
    emit gpsChanged();
}

} // namespace territori::core
