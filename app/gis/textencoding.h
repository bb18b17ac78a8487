#pragma once

// The text of a .dbf or a CSV as the comuni send it: how it is decoded, decided once per file from what the file
// declares (a .cpg, the .dbf's language id, a byte-order mark) and from its bytes, which GDAL hands over raw.
//
// A declaration is not trusted blindly: a .cpg that says UTF-8 over Windows-1252 bytes made every accented letter
// U+FFFD (issue #13). Every value is checked in the declared encoding before a row is read; text that is not valid
// there is read as Windows-1252 (what the comuni's Windows programs write) and the file's notes say so with the
// number of rows; bytes that are neither are refused. Nothing decoded here ever holds a replacement character the
// file did not contain.

#include <QByteArray>
#include <QString>

class QTextCodec;

namespace territori::gis {

enum class Utf8Check {
    Valid,
    CutAtEnd, // valid but for a letter cut short at the very end (a DBF writer that cut a value to the field's width)
    Invalid
};
Utf8Check checkUtf8(const char *data, qint64 size);
// How many of the bytes remain once an incomplete letter at the end is dropped.
qint64 utf8CompleteLength(const char *data, qint64 size);
// Whether the bytes hold one of the five Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
bool hasWindows1252Undefined(const char *data, qint64 size);

class TextDecoder
{
public:
    enum class Mode {
        Utf8,              // valid UTF-8 (a letter cut short at a value's end is dropped; what the scan did not see and
                           // is not UTF-8, as a .dbf's column names, is read as Windows-1252)
        Utf8OrWindows1252, // per value: UTF-8 when it is valid UTF-8, else Windows-1252
        Codec,             // a declared encoding Qt knows (Windows-1252, ISO-8859-x, CP850, ...)
        GdalRecode,        // a declared encoding Qt does not know: GDAL's own recoding, as it would have done
        Recoded            // GDAL already hands UTF-8 (GeoJSON, GeoPackage, KML, GML, DXF)
    };

    static TextDecoder recoded() { return TextDecoder(Mode::Recoded); }
    static TextDecoder utf8() { return TextDecoder(Mode::Utf8); }
    static TextDecoder utf8OrWindows1252() { return TextDecoder(Mode::Utf8OrWindows1252); }
    static TextDecoder codec(QTextCodec *codec);
    static TextDecoder gdalRecode(const QByteArray &encoding);

    Mode mode() const { return m_mode; }
    QString decode(const char *text) const;

private:
    explicit TextDecoder(Mode mode) : m_mode(mode) {}
    Mode m_mode;
    QTextCodec *m_codec = nullptr;
    QByteArray m_gdalName;
};

// What the values of a file are in each candidate encoding, row by row.
struct EncodingStats
{
    qint64 rows = 0;                // records (a CSV's header line is not one)
    qint64 nonAsciiRows = 0;        // rows with a byte above 0x7F
    qint64 notUtf8Rows = 0;         // rows with a value that is not UTF-8
    qint64 cutValues = 0;           // values that are UTF-8 but for a letter cut short at their end
    qint64 neitherRows = 0;         // rows with a value that is neither UTF-8 nor Windows-1252
    qint64 windows1252Undefined = 0; // rows with a byte Windows-1252 leaves undefined, anywhere
    qint64 notDeclaredRows = 0;     // rows with a value that is not valid in the declared encoding (when one is given)
    bool headerNotUtf8 = false;     // a CSV's column names are not UTF-8
    bool readable = true;           // false: the file could not be read to the end
};

// Scans the character fields of every record of a .dbf (deleted records skipped); `declared` is the encoding the file
// names when Qt knows it (null otherwise, or for UTF-8, which is always checked).
EncodingStats scanDbf(const QString &path, QTextCodec *declared);
// Scans a CSV record by record (a quoted value may hold line breaks); the first record is the header.
EncodingStats scanCsv(const QString &path, QTextCodec *declared);

} // namespace territori::gis
