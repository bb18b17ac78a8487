#pragma once

#include "geometry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace territori::store {

struct FeatureMeta
{
    QDateTime createdAt;
    QDateTime modifiedAt;
    QString author;
    QString device;
    std::optional<double> gpsAccuracy; // metres, for GPS captures
    QDateTime gpsFixTime;
    bool draft = false; // kept unfinished, to be completed later
    std::optional<qint64> syncRev;     // the SIT revision this copy is based on; empty until first synced
    // Where the feature came from when it was not captured here: "import <import id>: <file> row <n>" for a file
    // import (the import itself is described in territori_imports). Empty for field captures.
    QString source;
};

struct Feature
{
    qint64 fid = 0;
    QString uuid;
    Geometry geometry;
    QVariantMap attributes; // canonical values (see normalizeValue)
    FeatureMeta meta;
};

// What a capture hands to the gateway.
struct NewFeature
{
    QString uuid; // empty: the gateway assigns one
    Geometry geometry;
    QVariantMap attributes;
    bool draft = false;
    std::optional<double> gpsAccuracy;
    QDateTime gpsFixTime;
    QString source; // provenance (FeatureMeta::source); empty for a capture
};

// An edit of an existing feature: only what is set changes.
struct FeatureChange
{
    QVariantMap attributes;
    std::optional<Geometry> geometry;
    std::optional<bool> draft;
};

} // namespace territori::store
