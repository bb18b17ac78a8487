#include "textencoding.h"

#include "gdalsupport.h"

#include <QTextCodec>
#include <QtEndian>

#include <cpl_string.h>

#include <cstring>
#include <vector>

namespace territori::gis {

Utf8Check checkUtf8(const char *data, qint64 size)
{
    Utf8Validator v;
    v.feed(data, size);
    if (!v.valid())
        return Utf8Check::Invalid;
    return v.finish() ? Utf8Check::Valid : Utf8Check::CutAtEnd;
}

qint64 utf8CompleteLength(const char *data, qint64 size)
{
    // The last lead byte within the last four bytes, and whether its sequence is complete.
    for (qint64 i = size - 1; i >= 0 && i >= size - 4; --i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        if (b < 0x80)
            return size;
        const qint64 need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return size - i >= need ? size : i;
    }
    return size;
}

bool hasWindows1252Undefined(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
            return true;
    }
    return false;
}

namespace {

QTextCodec *windows1252()
{
    static QTextCodec *codec = QTextCodec::codecForName("windows-1252");
    return codec;
}

bool isAscii(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i)
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return false;
    return true;
}

// A value is valid in a single-byte encoding when Qt decodes it without complaint and it holds no C1 control
// character (U+0080-U+009F): those are never text, and they are what Windows-1252's quotes and euro sign become when
// read as ISO-8859-1, or Windows-1252's undefined bytes when Qt maps them through.
bool validIn(QTextCodec *codec, const char *data, qint64 size)
{
    QTextCodec::ConverterState state;
    const QString s = codec->toUnicode(data, int(size), &state);
    if (state.invalidChars > 0)
        return false;
    for (const QChar c : s)
        if (c.unicode() == 0xFFFD || (c.unicode() >= 0x80 && c.unicode() <= 0x9F))
            return false;
    return true;
}

// Per row: what its values are, folded into the file's stats.
struct RowScan
{
    bool nonAscii = false;
    bool notUtf8 = false;
    bool neither = false;
    bool undefined = false;
    bool notDeclared = false;

    void value(const char *data, qint64 size, QTextCodec *declared, EncodingStats &stats)
    {
        if (isAscii(data, size))
            return;
        nonAscii = true;
        const bool cp1252Undefined = hasWindows1252Undefined(data, size);
        undefined = undefined || cp1252Undefined;
        switch (checkUtf8(data, size)) {
        case Utf8Check::Valid: break;
        case Utf8Check::CutAtEnd: ++stats.cutValues; break;
        case Utf8Check::Invalid:
            notUtf8 = true;
            neither = neither || cp1252Undefined;
            break;
        }
        if (declared && !validIn(declared, data, size))
            notDeclared = true;
    }
    void finish(EncodingStats &stats)
    {
        ++stats.rows;
        stats.nonAsciiRows += nonAscii;
        stats.notUtf8Rows += notUtf8;
        stats.neitherRows += neither;
        stats.windows1252Undefined += undefined;
        stats.notDeclaredRows += notDeclared;
        *this = RowScan();
    }
};

} // namespace

TextDecoder TextDecoder::codec(QTextCodec *codec)
{
    TextDecoder d(Mode::Codec);
    d.m_codec = codec;
    return d;
}

TextDecoder TextDecoder::gdalRecode(const QByteArray &encoding)
{
    TextDecoder d(Mode::GdalRecode);
    d.m_gdalName = encoding;
    return d;
}

QString TextDecoder::decode(const char *text) const
{
    switch (m_mode) {
    case Mode::Recoded: return QString::fromUtf8(text);
    case Mode::Utf8:
    case Mode::Utf8OrWindows1252: {
        const qint64 size = qint64(std::strlen(text));
        if (isAscii(text, size))
            return QString::fromLatin1(text, int(size));
        const Utf8Check check = checkUtf8(text, size);
        if (check == Utf8Check::Valid)
            return QString::fromUtf8(text, int(size));
        if (check == Utf8Check::CutAtEnd)
            return QString::fromUtf8(text, int(utf8CompleteLength(text, size)));
        // Not UTF-8: in Utf8 mode only what the scan does not see (a .dbf's column names), never a replacement
        // character.
        return windows1252() ? windows1252()->toUnicode(text, int(size)) : QString::fromLatin1(text, int(size));
    }
    case Mode::Codec: return m_codec->toUnicode(text);
    case Mode::GdalRecode: {
        char *utf8 = CPLRecode(text, m_gdalName.constData(), CPL_ENC_UTF8);
        const QString s = QString::fromUtf8(utf8);
        CPLFree(utf8);
        return s;
    }
    }
    return QString::fromUtf8(text);
}

EncodingStats scanDbf(const QString &path, QTextCodec *declared)
{
    EncodingStats stats;
    const QByteArray header = vsiRead(path, 0, 32);
    if (header.size() < 32) {
        stats.readable = false;
        return stats;
    }
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const qint64 records = qFromLittleEndian<quint32>(h + 4);
    const int headerLength = qFromLittleEndian<quint16>(h + 8);
    const int recordLength = qFromLittleEndian<quint16>(h + 10);
    // The character fields' places in a record: the descriptors (32 bytes each) end at 0x0D.
    struct Field
    {
        int offset;
        int length;
    };
    std::vector<Field> fields;
    const QByteArray descriptors = vsiRead(path, 32, qMax(0, headerLength - 32));
    int offset = 1; // the deletion flag
    for (int at = 0; at + 32 <= descriptors.size() && descriptors.at(at) != '\x0D'; at += 32) {
        const int length = static_cast<uchar>(descriptors.at(at + 16));
        if (descriptors.at(at + 11) == 'C')
            fields.push_back({offset, length});
        offset += length;
    }
    QByteArray record;
    record.reserve(recordLength);
    qint64 seen = 0;
    RowScan row;
    stats.readable = vsiForEachChunk(path, headerLength, [&](const char *data, qint64 n) {
        qint64 at = 0;
        while (at < n && seen < records) {
            const qint64 take = qMin<qint64>(recordLength - record.size(), n - at);
            record.append(data + at, int(take));
            at += take;
            if (record.size() < recordLength)
                break;
            ++seen;
            if (record.at(0) != '*') { // GDAL skips deleted records
                for (const Field &f : fields) {
                    if (f.offset + f.length > record.size())
                        continue;
                    // As GDAL reads a value: up to its first NUL, without the trailing blanks that pad the field.
                    const char *v = record.constData() + f.offset;
                    qint64 len = qint64(qstrnlen(v, uint(f.length)));
                    while (len > 0 && v[len - 1] == ' ')
                        --len;
                    row.value(v, len, declared, stats);
                }
                row.finish(stats);
            }
            record.clear();
        }
        return seen < records;
    });
    return stats;
}

EncodingStats scanCsv(const QString &path, QTextCodec *declared)
{
    EncodingStats stats;
    QByteArray record;
    bool quoted = false;
    bool header = true;
    RowScan row;
    auto endRecord = [&] {
        if (header) {
            header = false;
            stats.headerNotUtf8 = checkUtf8(record.constData(), record.size()) != Utf8Check::Valid;
        } else if (!record.trimmed().isEmpty()) {
            row.value(record.constData(), record.size(), declared, stats);
            row.finish(stats);
        }
        record.clear();
    };
    stats.readable = vsiForEachChunk(path, 0, [&](const char *data, qint64 n) {
        for (qint64 i = 0; i < n; ++i) {
            const char c = data[i];
            if (c == '"')
                quoted = !quoted;
            if ((c == '\n' || c == '\r') && !quoted) {
                if (!record.isEmpty() || header)
                    endRecord();
                continue;
            }
            record.append(c);
        }
        return true;
    });
    if (!record.isEmpty())
        endRecord();
    return stats;
}

} // namespace territori::gis
