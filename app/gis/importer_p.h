#pragma once

// The Importer's per-row state, shared by its evaluation (importer.cpp) and its passes (importer_passes.cpp).

#include "importer.h"

#include <QCryptographicHash>

#include <string>
#include <unordered_map>
#include <vector>

namespace territori::gis {

// Where rows lie, as a person reads it: "around 40.0° N 11.7° E", or the corners of a wider extent.
QString extentInWords(const store::Envelope &lonlat);

struct Importer::Evaluated
{
    int row = 0;
    qint64 fid = -1;
    bool rejected = false;
    bool repaired = false;
    int parts = 1;          // the features the row becomes: more than one when it is split
    bool multiPart = false; // several parts for a single-part layer (split, or rejected)
    bool hasZ = false;      // heights (Z other than 0), dropped
    bool hasM = false;      // measures (M other than 0), dropped
    bool outside = false;   // entirely off the territory
    store::Envelope lonlat; // the row's bounding box in longitude/latitude (pass 1, when it could be converted)
    QVariantMap attributes;
    // The file's coordinate system, 2D, repaired when asked: a single shape, or a multi of the layer's kind (a
    // multi-part layer, or a row split into its parts).
    GeometryPtr geometry;
    store::Geometry stored; // writing: EPSG:4326, as the layer holds it (or the multi a split row is cut from)
    std::vector<ImportIssue> issues;

    void reset(const SourceFile::Row &r)
    {
        row = r.number;
        fid = r.fid;
        rejected = false;
        repaired = false;
        parts = 1;
        multiPart = false;
        hasZ = false;
        hasM = false;
        outside = false;
        lonlat = store::Envelope();
        attributes.clear();
        geometry.reset();
        stored = store::Geometry();
        issues.clear();
    }
    void add(ImportIssue::Severity severity, const QString &code, const QString &field, const QString &message)
    {
        ImportIssue i;
        i.row = row;
        i.fid = fid;
        i.field = field;
        i.severity = severity;
        i.code = code;
        i.message = message;
        issues.push_back(std::move(i));
        if (severity == ImportIssue::Severity::Error)
            rejected = true;
    }
    void error(const QString &code, const QString &field, const QString &message)
    {
        add(ImportIssue::Severity::Error, code, field, message);
    }
    void warning(const QString &code, const QString &field, const QString &message)
    {
        add(ImportIssue::Severity::Warning, code, field, message);
    }
};

// What pass 1 carries from row to row: duplicates within the file (MD5 of geometry and values -> first row), rows off
// the territory, and where existing features are read from for duplicates.
struct Importer::CheckState
{
    explicit CheckState(store::Database *existing) : db(existing) {}
    store::Database *db; // null when the layer had no features to compare with
    std::unordered_map<std::string, int> seen;
    QCryptographicHash hash{QCryptographicHash::Md5};
    std::vector<unsigned char> wkb;
    int outside = 0;
    store::Envelope outsideExtent; // where the rows off the territory are (longitude/latitude)
};

// A part of a split row still to be handed to the writer.
struct Importer::Piece
{
    store::Geometry geometry;
    QVariantMap attributes;
    int row = 0;
    int part = 0;
    int parts = 0;
};

// One row handed from the reading thread to the writing one, or the end of the rows, or why they stopped.
struct Importer::Item
{
    store::EditGateway::Feed kind = store::EditGateway::Feed::Feature;
    store::EditGateway::ImportRow row; // prepared (validated, encoded) on the reading thread
    QString failure;
};

} // namespace territori::gis
