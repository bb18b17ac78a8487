#pragma once

// Drawing a geometry: vertices from map taps or from the GPS (a point averaged over N fixes within an accuracy
// threshold, or a line/polygon streamed by distance or time), undo of the last vertex, moving vertices of an existing
// feature, and the live length and area. Knows nothing about QML items; the map page binds to its properties.
//
// A multi-part layer's feature is drawn one part at a time: the vertices are those of the current part, the other
// parts (and the current polygon's holes) are kept as they were, so editing one part of an area split by a road never
// loses the others. Parts are added, removed and stepped through; the total area and length cover them all.

#include "geometry.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QGeoPositionInfo>
#include <QObject>
#include <QVariantList>

#include <optional>
#include <vector>

namespace territori::core {

class CaptureController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Mode mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(QString layer READ layer NOTIFY modeChanged)
    Q_PROPERTY(QString featureUuid READ featureUuid NOTIFY modeChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY modeChanged)
    Q_PROPERTY(QVariantList path READ path NOTIFY verticesChanged)
    Q_PROPERTY(int vertexCount READ vertexCount NOTIFY verticesChanged)
    Q_PROPERTY(double length READ length NOTIFY verticesChanged)
    Q_PROPERTY(double area READ area NOTIFY verticesChanged)
    Q_PROPERTY(bool canFinish READ canFinish NOTIFY verticesChanged)
    Q_PROPERTY(bool selfIntersects READ selfIntersects NOTIFY verticesChanged)
    // What the one validity rule (store/validity.h) finds wrong with the finished shape, in the words the gateway and
    // the SIT use; empty when it is valid or not finished yet.
    Q_PROPERTY(QString fault READ fault NOTIFY verticesChanged)
    Q_PROPERTY(bool multiPart READ multiPart NOTIFY modeChanged)
    Q_PROPERTY(int partCount READ partCount NOTIFY verticesChanged)
    Q_PROPERTY(int currentPart READ currentPart NOTIFY verticesChanged) // 1-based, for "part 2 of 3"
    Q_PROPERTY(QVariantList otherParts READ otherParts NOTIFY verticesChanged) // outlines of the parts not edited
    Q_PROPERTY(bool canAddPart READ canAddPart NOTIFY verticesChanged)
    Q_PROPERTY(double accuracyThreshold READ accuracyThreshold WRITE setAccuracyThreshold NOTIFY settingsChanged)
    Q_PROPERTY(int averagingCount READ averagingCount WRITE setAveragingCount NOTIFY settingsChanged)
    Q_PROPERTY(StreamMode streamMode READ streamMode WRITE setStreamMode NOTIFY settingsChanged)
    Q_PROPERTY(double streamInterval READ streamInterval WRITE setStreamInterval NOTIFY settingsChanged)
    Q_PROPERTY(GpsState gpsState READ gpsState NOTIFY gpsChanged)
    Q_PROPERTY(int fixesCollected READ fixesCollected NOTIFY gpsChanged)
    Q_PROPERTY(int fixesRejected READ fixesRejected NOTIFY gpsChanged)
    Q_PROPERTY(double lastAccuracy READ lastAccuracy NOTIFY gpsChanged)

public:
    enum Mode { None, Point, Line, Polygon };
    Q_ENUM(Mode)
    enum StreamMode { ByDistance, ByTime };
    Q_ENUM(StreamMode)
    enum GpsState { GpsIdle, GpsAveraging, GpsStreaming };
    Q_ENUM(GpsState)

    explicit CaptureController(QObject *parent = nullptr);

    // Starts drawing a new feature of the given kind for a layer; `multi` when the layer takes several parts.
    Q_INVOKABLE void start(const QString &layer, int mode, bool multi = false);
    // Starts editing an existing feature: the vertices of its first part (a polygon's outer ring; its holes are kept),
    // the other parts kept as they are. A multi-part geometry makes the capture multi-part.
    void beginEdit(const QString &layer, const QString &uuid, const store::Geometry &geometry);

    // The current part is complete: keep it and start a new, empty one (multi-part layers only).
    Q_INVOKABLE bool addPart();
    // Removes the current part; the part before it (if any) becomes the current one.
    Q_INVOKABLE void removePart();
    // Keeps the current part and makes the next one current (an empty current part is dropped).
    Q_INVOKABLE bool nextPart();
    // Replaces the shape with its repair (the import's: validity.h); false when there is none the layer can hold.
    Q_INVOKABLE bool repair();
    Q_INVOKABLE void cancel();

    Q_INVOKABLE void addVertex(const QGeoCoordinate &c);
    Q_INVOKABLE void moveVertex(int index, const QGeoCoordinate &c);
    Q_INVOKABLE void removeVertex(int index);
    Q_INVOKABLE void removeLastVertex();

    // Averages averagingCount fixes no worse than accuracyThreshold into one vertex (or the point).
    Q_INVOKABLE void captureFromGps();
    // Adds a vertex every streamInterval metres (or seconds) while fixes keep coming.
    Q_INVOKABLE void startStreaming();
    Q_INVOKABLE void stopGps();

    // The geometry drawn so far, as the store wants it (polygon closed). Empty if not finishable.
    store::Geometry geometry() const;
    // Mean accuracy and last fix time of the GPS vertices; empty when every vertex was tapped.
    std::optional<double> gpsAccuracy() const;
    QDateTime gpsFixTime() const;

    Mode mode() const { return m_mode; }
    QString layer() const { return m_layer; }
    QString featureUuid() const { return m_featureUuid; }
    bool editing() const { return !m_featureUuid.isEmpty(); }
    QVariantList path() const;
    int vertexCount() const { return int(m_vertices.size()); }
    double length() const;
    double area() const;
    bool canFinish() const;
    bool selfIntersects() const;
    QString fault() const;
    bool multiPart() const { return m_multi; }
    int partCount() const { return int(m_otherParts.size()) + (m_vertices.empty() ? 0 : 1); }
    int currentPart() const { return m_currentIndex + 1; }
    QVariantList otherParts() const;
    bool canAddPart() const { return m_multi && currentComplete(); }

    double accuracyThreshold() const { return m_accuracyThreshold; }
    void setAccuracyThreshold(double metres);
    int averagingCount() const { return m_averagingCount; }
    void setAveragingCount(int n);
    StreamMode streamMode() const { return m_streamMode; }
    void setStreamMode(StreamMode mode);
    double streamInterval() const { return m_streamInterval; }
    void setStreamInterval(double v);

    GpsState gpsState() const { return m_gpsState; }
    int fixesCollected() const { return m_gpsState == GpsStreaming ? m_streamed : int(m_fixes.size()); }
    int fixesRejected() const { return m_rejected; }
    double lastAccuracy() const { return m_lastAccuracy; }

public slots:
    void onPosition(const QGeoPositionInfo &info);

signals:
    void modeChanged();
    void verticesChanged();
    void settingsChanged();
    void gpsChanged();
    // A fix was refused; the UI says why (accuracy worse than the threshold).
    void fixRejected(double accuracy);
    // Averaging finished and added (or set) a vertex.
    void gpsVertexAdded();

private:
    struct Vertex
    {
        store::Coord coord;
        std::optional<double> accuracy; // set for GPS vertices
        QDateTime fixTime;
    };
    void setGpsState(GpsState s);
    void pushVertex(const Vertex &v);
    store::Ring ring() const;
    bool currentComplete() const;          // the current part alone would make a valid shape
    std::vector<store::Ring> currentPartRings() const; // closed, counter-clockwise outer ring, then the holes
    void loadPart(size_t index);           // makes a kept part the current one

    bool m_multi = false;
    std::vector<std::vector<store::Ring>> m_otherParts; // complete parts, in the feature's order minus the current one
    std::vector<store::Ring> m_holes;      // of the current polygon part, kept through an edit of its outline
    int m_currentIndex = 0;                // where the current part sits among all parts

    Mode m_mode = None;
    QString m_layer;
    QString m_featureUuid;
    std::vector<Vertex> m_vertices;
    double m_accuracyThreshold = 10;
    int m_averagingCount = 5;
    StreamMode m_streamMode = ByDistance;
    double m_streamInterval = 5;
    GpsState m_gpsState = GpsIdle;
    std::vector<QGeoPositionInfo> m_fixes; // averaging only: bounded by averagingCount
    int m_streamed = 0;
    int m_rejected = 0;
    double m_lastAccuracy = -1;
};

} // namespace territori::core
