#pragma once

// The little the import and export need around GDAL's C API: one-time registration, owning handles, the errors GDAL
// reports while we call it (collected per thread instead of printed), and reads through GDAL's virtual file system
// so a path inside a ZIP (/vsizip/) or in memory (/vsimem/, the fuzz target) works like a file on disk.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <atomic>
#include <functional>
#include <memory>

namespace territori::gis {

// Registers GDAL's drivers once per process (thread-safe).
void ensureGdal();

struct DatasetCloser { void operator()(GDALDatasetH h) const { if (h) GDALClose(h); } };
struct FeatureDeleter { void operator()(OGRFeatureH h) const { if (h) OGR_F_Destroy(h); } };
struct GeometryDeleter { void operator()(OGRGeometryH h) const { if (h) OGR_G_DestroyGeometry(h); } };
struct SrsReleaser { void operator()(OGRSpatialReferenceH h) const { if (h) OSRRelease(h); } };
struct TransformDeleter { void operator()(OGRCoordinateTransformationH h) const { if (h) OCTDestroyCoordinateTransformation(h); } };

using DatasetPtr = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDeleter>;
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter>;
using SrsPtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsReleaser>;
using TransformPtr = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformDeleter>;

// Collects what GDAL reports on this thread while the object lives (GDAL's handler stack is per thread). Debug
// messages are dropped; warnings and failures are kept, most recent last.
class GdalErrors
{
public:
    GdalErrors();
    ~GdalErrors();
    GdalErrors(const GdalErrors &) = delete;
    GdalErrors &operator=(const GdalErrors &) = delete;

    bool hasFailure() const { return !m_failures.isEmpty(); }
    QStringList failures() const { return m_failures; }
    QStringList warnings() const { return m_warnings; }
    QString lastFailure() const { return m_failures.isEmpty() ? QString() : m_failures.last(); }
    QString lastWarning() const { return m_warnings.isEmpty() ? QString() : m_warnings.last(); }
    void clear();

private:
    static void CPL_STDCALL handler(CPLErr kind, CPLErrorNum number, const char *message);
    QStringList m_failures;
    QStringList m_warnings;
};

// Sets a GDAL configuration option for this thread only, and restores it on destruction.
class ThreadConfig
{
public:
    ThreadConfig(const char *key, const char *value);
    ~ThreadConfig();
    ThreadConfig(const ThreadConfig &) = delete;
    ThreadConfig &operator=(const ThreadConfig &) = delete;

private:
    QByteArray m_key;
    QByteArray m_old;
    bool m_hadOld = false;
};

// GDAL's paths are UTF-8 byte strings.
inline QByteArray gdalPath(const QString &path) { return path.toUtf8(); }

// File helpers over VSI (plain files, /vsizip/, /vsimem/).
qint64 vsiFileSize(const QString &path); // -1 when it does not exist
bool vsiExists(const QString &path);
bool vsiIsDirectory(const QString &path);
// Reads up to `size` bytes at `offset`.
QByteArray vsiRead(const QString &path, qint64 offset, qint64 size);
// Streams the file in chunks; fn returns false to stop. Returns false when the file cannot be read.
bool vsiForEachChunk(const QString &path, qint64 offset, const std::function<bool(const char *, qint64)> &fn);
// SHA-256 (hex) of a file, streamed.
QString vsiSha256(const QString &path, const std::atomic_bool *stop = nullptr); // empty when stopped

// Streaming UTF-8 validator: feed bytes in any chunking; valid() is false after the first invalid sequence.
class Utf8Validator
{
public:
    void feed(const char *data, qint64 size);
    bool valid() const { return m_valid; }
    bool sawNonAscii() const { return m_nonAscii; }
    // An unfinished sequence at the very end is invalid too.
    bool finish();

private:
    int m_pending = 0;   // continuation bytes still expected
    int m_lead = 0;      // lead byte of the pending sequence (for overlong/surrogate checks)
    int m_seen = 0;      // continuation bytes seen in this sequence
    bool m_valid = true;
    bool m_nonAscii = false;
};

} // namespace territori::gis
