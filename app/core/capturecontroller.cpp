#include "capturecontroller.h"

#include "measure.h"

#include <cmath>

namespace territori::core {

using store::Coord;
using store::Geometry;
using store::Ring;

CaptureController::CaptureController(QObject *parent) : QObject(parent) {}

void CaptureController::start(const QString &layer, int mode)
{
    stopGps();
    m_mode = mode >= Point && mode <= Polygon ? Mode(mode) : None;
    m_layer = layer;
    m_featureUuid.clear();
    m_vertices.clear();
    emit modeChanged();
    emit verticesChanged();
}

void CaptureController::beginEdit(const QString &layer, const QString &uuid, const Geometry &g)
{
    stopGps();
    m_layer = layer;
    m_featureUuid = uuid;
    m_vertices.clear();
    const auto kind = store::kindOf(g.type);
    m_mode = kind == store::GeometryKind::Point ? Point : kind == store::GeometryKind::Line ? Line : Polygon;
    if (!g.parts.empty() && !g.parts[0].empty()) {
        Ring r = g.parts[0][0];
        if (m_mode == Polygon && r.size() > 1 && r.front() == r.back())
            r.pop_back();
        for (const Coord &c : r)
            m_vertices.push_back({c, std::nullopt, QDateTime()});
    }
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
    emit modeChanged();
    emit verticesChanged();
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
    Ring r = ring();
    if (m_mode == Polygon && r.size() > 2)
        r.push_back(r.front()); // the perimeter
    return lineLength(r);
}

double CaptureController::area() const
{
    return m_mode == Polygon ? ringArea(ring()) : 0;
}

bool CaptureController::canFinish() const
{
    switch (m_mode) {
    case Point: return m_vertices.size() == 1;
    case Line: return m_vertices.size() >= 2 && length() > 0;
    case Polygon: return m_vertices.size() >= 3 && area() > 0;
    default: return false;
    }
}

bool CaptureController::selfIntersects() const
{
    return m_mode == Polygon && ringSelfIntersects(ring());
}

Geometry CaptureController::geometry() const
{
    if (!canFinish())
        return Geometry();
    switch (m_mode) {
    case Point: return Geometry::point(m_vertices.front().coord);
    case Line: return Geometry::lineString(ring());
    case Polygon: {
        Ring r = ring();
        // Outer rings counter-clockwise, as GeoJSON and most tools expect.
        double a = 0;
        for (size_t i = 0; i < r.size(); ++i)
            a += r[i].x * r[(i + 1) % r.size()].y - r[(i + 1) % r.size()].x * r[i].y;
        if (a < 0)
            std::reverse(r.begin(), r.end());
        return Geometry::polygon(r);
    }
    default: return Geometry();
    }
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
