#pragma once

// Reads features of one layer. Works on any connection, so the map loader can use its own on a worker thread.

#include "feature.h"
#include "layerdef.h"
#include "sqlite.h"

#include <functional>
#include <optional>
#include <vector>

namespace territori::store {

// The little the map needs per feature; the geometry stays a GeoPackage blob until the renderer decodes it.
struct FeatureRow
{
    qint64 fid = 0;
    QString uuid;
    QByteArray geometry;
    QString label;
    bool draft = false;
};

struct FeatureSummary
{
    qint64 fid = 0;
    QString uuid;
    QString label;
    QDateTime modifiedAt;
    bool draft = false;
};

class FeatureReader
{
public:
    FeatureReader(Database &db, const LayerDef &layer);

    std::optional<Feature> byUuid(const QString &uuid);
    std::optional<Feature> byFid(qint64 fid);
    qint64 count();

    // Streams rows, optionally only those whose bounding box meets `box` (through the R-tree). Return false from fn
    // to stop.
    void forEach(const Envelope *box, const std::function<bool(const FeatureRow &)> &fn);

    // Features whose label or any text field contains `text` (case-insensitive), newest first, paged.
    std::vector<FeatureSummary> search(const QString &text, int limit, int offset);
    qint64 searchCount(const QString &text);

    // Canonical attribute values of the current row of a statement that selected featureColumns().
    QString featureColumns() const;

    // What people see of a moderated layer (comments, contributions): published entries and this device's own
    // (written here: the outbox has their insert), not what waits for moderation or was withdrawn. An SQL condition
    // on the layer's table under `alias`; empty for a layer without moderation. forEach and search apply it unless
    // showAll is set (the moderators' pages).
    static QString visibleCondition(const LayerDef &layer, const QString &alias);
    void setShowAll(bool all) { m_showAll = all; }

private:
    Feature readFeature(Statement &st);
    QString searchWhere(const QString &text) const;

    Database &m_db;
    const LayerDef &m_layer;
    bool m_showAll = false;
};

} // namespace territori::store
