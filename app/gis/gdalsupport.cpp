#include "gdalsupport.h"

#include <QCryptographicHash>

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include <mutex>

namespace territori::gis {

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // A .shx that is missing is reported, never rebuilt next to the user's files (see docs/architecture.md).
        CPLSetConfigOption("SHAPE_RESTORE_SHX", "NO");
        // A GML file naming a remote schema is read with the schema it carries or by guessing types, never by
        // downloading: imports work offline and never reach a server a file points to.
        CPLSetConfigOption("GML_DOWNLOAD_SCHEMA", "NO");
    });
}

GdalErrors::GdalErrors()
{
    CPLPushErrorHandlerEx(&GdalErrors::handler, this);
}

GdalErrors::~GdalErrors()
{
    CPLPopErrorHandler();
}

void GdalErrors::clear()
{
    m_failures.clear();
    m_warnings.clear();
    CPLErrorReset();
}

void CPL_STDCALL GdalErrors::handler(CPLErr kind, CPLErrorNum, const char *message)
{
    auto *self = static_cast<GdalErrors *>(CPLGetErrorHandlerUserData());
    if (!self)
        return;
    const QString text = QString::fromUtf8(message).trimmed();
    if (kind == CE_Failure || kind == CE_Fatal)
        self->m_failures << text;
    else if (kind == CE_Warning && self->m_warnings.size() < 1000)
        self->m_warnings << text;
}

ThreadConfig::ThreadConfig(const char *key, const char *value) : m_key(key)
{
    if (const char *old = CPLGetThreadLocalConfigOption(key, nullptr)) {
        m_old = old;
        m_hadOld = true;
    }
    CPLSetThreadLocalConfigOption(key, value);
}

ThreadConfig::~ThreadConfig()
{
    CPLSetThreadLocalConfigOption(m_key.constData(), m_hadOld ? m_old.constData() : nullptr);
}

qint64 vsiFileSize(const QString &path)
{
    VSIStatBufL st;
    if (VSIStatExL(gdalPath(path).constData(), &st, VSI_STAT_EXISTS_FLAG | VSI_STAT_SIZE_FLAG) != 0)
        return -1;
    return qint64(st.st_size);
}

bool vsiExists(const QString &path)
{
    VSIStatBufL st;
    return VSIStatExL(gdalPath(path).constData(), &st, VSI_STAT_EXISTS_FLAG) == 0;
}

bool vsiIsDirectory(const QString &path)
{
    VSIStatBufL st;
    return VSIStatExL(gdalPath(path).constData(), &st, VSI_STAT_EXISTS_FLAG | VSI_STAT_NATURE_FLAG) == 0 &&
           VSI_ISDIR(st.st_mode);
}

QByteArray vsiRead(const QString &path, qint64 offset, qint64 size)
{
    VSILFILE *f = VSIFOpenL(gdalPath(path).constData(), "rb");
    if (!f)
        return {};
    QByteArray out;
    if (VSIFSeekL(f, vsi_l_offset(offset), SEEK_SET) == 0) {
        out.resize(int(size));
        const size_t n = VSIFReadL(out.data(), 1, size_t(size), f);
        out.resize(int(n));
    }
    VSIFCloseL(f);
    return out;
}

bool vsiForEachChunk(const QString &path, qint64 offset, const std::function<bool(const char *, qint64)> &fn)
{
    VSILFILE *f = VSIFOpenL(gdalPath(path).constData(), "rb");
    if (!f)
        return false;
    bool ok = VSIFSeekL(f, vsi_l_offset(offset), SEEK_SET) == 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (ok) {
        const size_t n = VSIFReadL(buffer.data(), 1, size_t(buffer.size()), f);
        if (n == 0)
            break;
        if (!fn(buffer.constData(), qint64(n)))
            break;
    }
    VSIFCloseL(f);
    return ok;
}

QString vsiSha256(const QString &path, const std::atomic_bool *stop)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!vsiForEachChunk(path, 0, [&](const char *data, qint64 n) {
            hash.addData(data, int(n));
            return !(stop && stop->load());
        }))
        return QString();
    if (stop && stop->load())
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

void Utf8Validator::feed(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size && m_valid; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (m_pending > 0) {
            if ((b & 0xC0) != 0x80) {
                m_valid = false;
                return;
            }
            // Overlong encodings and UTF-16 surrogates are invalid UTF-8 (RFC 3629).
            if (m_seen == 0 && ((m_lead == 0xE0 && b < 0xA0) || (m_lead == 0xED && b > 0x9F) ||
                                (m_lead == 0xF0 && b < 0x90) || (m_lead == 0xF4 && b > 0x8F))) {
                m_valid = false;
                return;
            }
            ++m_seen;
            --m_pending;
            continue;
        }
        if (b < 0x80)
            continue;
        m_nonAscii = true;
        m_lead = b;
        m_seen = 0;
        if (b >= 0xC2 && b <= 0xDF)
            m_pending = 1;
        else if (b >= 0xE0 && b <= 0xEF)
            m_pending = 2;
        else if (b >= 0xF0 && b <= 0xF4)
            m_pending = 3;
        else
            m_valid = false;
    }
}

bool Utf8Validator::finish()
{
    if (m_pending > 0)
        m_valid = false;
    return m_valid;
}

} // namespace territori::gis
