// Renders assets/demo/basemap/schematic.json into a raster MBTiles at build time. The demo cannot download
// OpenStreetMap, so it ships this schematic map instead: approximate rivers, canals, motorways, railways, parks and
// the 133 comuni, clearly labelled as schematic in the app.
//
// usage: territori-mkbasemap schematic.json out.mbtiles [minzoom maxzoom]

#include "sqlite.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <cstdio>

using territori::store::Database;
using territori::store::Statement;
using territori::store::Transaction;

namespace {

constexpr int kTile = 256;

QPointF worldPixel(double lon, double lat, int zoom)
{
    const double size = kTile * std::pow(2.0, zoom);
    const double x = (lon + 180.0) / 360.0 * size;
    const double s = std::sin(qDegreesToRadians(lat));
    const double y = (0.5 - std::log((1 + s) / (1 - s)) / (4 * M_PI)) * size;
    return {x, y};
}

QPolygonF path(const QJsonArray &coords, int zoom, QPointF origin)
{
    QPolygonF p;
    for (const auto &c : coords) {
        const QJsonArray a = c.toArray();
        p << worldPixel(a[0].toDouble(), a[1].toDouble(), zoom) - origin;
    }
    return p;
}

// Whether a line or area reaches the tile (with a margin for the stroke): at zoom 15 most tiles hold nothing but the
// background, and building every path for each of them would make the build slow.
bool reaches(const QPolygonF &p)
{
    return p.boundingRect().adjusted(-12, -12, 12, 12).intersects(QRectF(0, 0, kTile, kTile));
}

QImage renderTile(const QJsonObject &data, int z, int tx, int ty)
{
    QImage img(kTile, kTile, QImage::Format_RGB32);
    img.fill(QColor(0xf3, 0xf0, 0xe8));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QPointF origin(tx * kTile, ty * kTile);
    const double scale = std::max(0.6, (z - 7) / 3.0);

    for (const auto &v : data.value(QStringLiteral("parks")).toArray()) {
        const QJsonObject o = v.toObject();
        const bool water = o.value(QStringLiteral("kind")).toString() == QLatin1String("water");
        p.setPen(Qt::NoPen);
        p.setBrush(water ? QColor(0xa9, 0xcf, 0xe8) : QColor(0xcd, 0xe5, 0xc0));
        const QPolygonF area = path(o.value(QStringLiteral("coords")).toArray(), z, origin);
        if (reaches(area))
            p.drawPolygon(area);
    }
    for (const auto &v : data.value(QStringLiteral("water")).toArray()) {
        const QJsonObject o = v.toObject();
        const bool river = o.value(QStringLiteral("kind")).toString() == QLatin1String("river");
        p.setPen(QPen(QColor(0x6a, 0xa6, 0xd6), (river ? 2.4 : 1.4) * scale, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        const QPolygonF line = path(o.value(QStringLiteral("coords")).toArray(), z, origin);
        if (reaches(line))
            p.drawPolyline(line);
    }
    for (const auto &v : data.value(QStringLiteral("rail")).toArray()) {
        QPen pen(QColor(0x8a, 0x8a, 0x8a), 1.2 * scale, Qt::DashLine);
        p.setPen(pen);
        const QPolygonF line = path(v.toObject().value(QStringLiteral("coords")).toArray(), z, origin);
        if (reaches(line))
            p.drawPolyline(line);
    }
    for (const auto &v : data.value(QStringLiteral("roads")).toArray()) {
        const QPolygonF line = path(v.toObject().value(QStringLiteral("coords")).toArray(), z, origin);
        if (!reaches(line))
            continue;
        p.setPen(QPen(QColor(0xb0, 0x6a, 0x3c), 3.2 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(line);
        p.setPen(QPen(QColor(0xf2, 0xb2, 0x7e), 2.0 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(line);
    }
    for (const auto &v : data.value(QStringLiteral("places")).toArray()) {
        const QJsonObject o = v.toObject();
        const int rank = o.value(QStringLiteral("rank")).toInt(3);
        if ((rank == 2 && z < 10) || (rank == 3 && z < 11))
            continue;
        const QPointF at = worldPixel(o.value(QStringLiteral("lon")).toDouble(),
                                      o.value(QStringLiteral("lat")).toDouble(), z) - origin;
        if (at.x() < -200 || at.x() > kTile + 200 || at.y() < -40 || at.y() > kTile + 40)
            continue;
        const double r = rank == 1 ? 5 : rank == 2 ? 3.5 : 2.5;
        p.setPen(QPen(Qt::white, 1.2));
        p.setBrush(QColor(0x44, 0x44, 0x44));
        p.drawEllipse(at, r, r);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(rank == 1 ? 15 : rank == 2 ? 12 : 11);
        font.setBold(rank <= 2);
        QPainterPath text;
        text.addText(at + QPointF(r + 3, 4), font, o.value(QStringLiteral("name")).toString());
        p.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(text); // halo keeps names readable over lines
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x22, 0x22, 0x22));
        p.drawPath(text);
    }
    return img;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: territori-mkbasemap schematic.json out.mbtiles [minzoom maxzoom]\n");
        return 2;
    }
    const int minZoom = args.size() > 3 ? args[3].toInt() : 8;
    const int maxZoom = args.size() > 4 ? args[4].toInt() : 15;
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    const QJsonObject data = QJsonDocument::fromJson(in.readAll()).object();
    // Bounds: the places plus a margin, so every comune is on the map.
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    for (const auto &v : data.value(QStringLiteral("places")).toArray()) {
        const QJsonObject o = v.toObject();
        minLon = std::min(minLon, o.value(QStringLiteral("lon")).toDouble());
        maxLon = std::max(maxLon, o.value(QStringLiteral("lon")).toDouble());
        minLat = std::min(minLat, o.value(QStringLiteral("lat")).toDouble());
        maxLat = std::max(maxLat, o.value(QStringLiteral("lat")).toDouble());
    }
    minLon -= 0.08, maxLon += 0.08, minLat -= 0.06, maxLat += 0.06;

    const QString part = args[2] + QStringLiteral(".part");
    QFile::remove(part);
    try {
        Database db;
        db.open(part, Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE metadata (name TEXT, value TEXT)");
        // The deduplicating layout of MBTiles (as mbutil writes it; GDAL, QGIS and the app read the view): most tiles
        // around and between the places are the same plain background, and with the shared palette each would weigh
        // a kilobyte.
        db.exec("CREATE TABLE images (tile_id TEXT PRIMARY KEY, tile_data BLOB)");
        db.exec("CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT)");
        db.exec("CREATE UNIQUE INDEX map_index ON map (zoom_level, tile_column, tile_row)");
        db.exec("CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column, "
                "map.tile_row AS tile_row, images.tile_data AS tile_data FROM map JOIN images ON images.tile_id = map.tile_id");
        Transaction txn(db);
        Statement meta = db.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
        const QList<QPair<QString, QString>> metadata = {
            {"name", "Milano – base schematica dimostrativa"},
            {"description", "Schematic demo basemap: approximate rivers, canals, motorways, railways, parks and "
                            "comuni of the Città metropolitana di Milano. Not for measurement."},
            {"attribution", "Territori – base schematica, dati approssimativi"},
            {"format", "png"},
            {"type", "baselayer"},
            {"version", "1"},
            {"minzoom", QString::number(minZoom)},
            {"maxzoom", QString::number(maxZoom)},
            {"bounds", QStringLiteral("%1,%2,%3,%4").arg(minLon).arg(minLat).arg(maxLon).arg(maxLat)},
            {"center", QStringLiteral("9.19,45.46,%1").arg(minZoom + 2)}};
        for (const auto &m : metadata) {
            meta.bind(1, m.first).bind(2, m.second);
            meta.run();
            meta.reset();
        }
        // One palette for every tile, made from a whole level: a palette per tile shifted the colours from one tile
        // to the next, and the seams showed (issue #14). Nearest-colour conversion to it keeps flat areas flat.
        const int paletteZoom = std::min(maxZoom, minZoom + 3);
        QVector<QRgb> palette;
        {
            const QPointF a = worldPixel(minLon, maxLat, paletteZoom), b = worldPixel(maxLon, minLat, paletteZoom);
            const int x0 = int(a.x()) / kTile, y0 = int(a.y()) / kTile;
            const int nx = int(b.x()) / kTile - x0 + 1, ny = int(b.y()) / kTile - y0 + 1;
            QImage whole(nx * kTile, ny * kTile, QImage::Format_RGB32);
            QPainter wp(&whole);
            for (int tx = 0; tx < nx; ++tx)
                for (int ty = 0; ty < ny; ++ty)
                    wp.drawImage(tx * kTile, ty * kTile, renderTile(data, paletteZoom, x0 + tx, y0 + ty));
            wp.end();
            palette = whole.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither).colorTable();
        }
        Statement put = db.prepare(QStringLiteral("INSERT INTO map VALUES (?, ?, ?, ?)"));
        Statement image = db.prepare(QStringLiteral("INSERT OR IGNORE INTO images VALUES (?, ?)"));
        int count = 0;
        qint64 bytes = 0;
        for (int z = minZoom; z <= maxZoom; ++z) {
            // The territory, and around it as much as a 1920x1280 window shows when the territory is at its edge:
            // plain background there, never a blank block (issue #14).
            const QPointF a = worldPixel(minLon, maxLat, z), b = worldPixel(maxLon, minLat, z);
            const int last = (1 << z) - 1;
            const int x0 = std::max(0, int(a.x()) / kTile - 4), x1 = std::min(last, int(b.x()) / kTile + 4);
            const int y0 = std::max(0, int(a.y()) / kTile - 3), y1 = std::min(last, int(b.y()) / kTile + 3);
            for (int tx = x0; tx <= x1; ++tx) {
                for (int ty = y0; ty <= y1; ++ty) {
                    QByteArray png;
                    QBuffer buf(&png);
                    buf.open(QIODevice::WriteOnly);
                    renderTile(data, z, tx, ty)
                        .convertToFormat(QImage::Format_Indexed8, palette, Qt::ThresholdDither | Qt::AvoidDither)
                        .save(&buf, "PNG");
                    const QString id = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex());
                    image.bind(1, id).bindBlob(2, png);
                    image.run();
                    if (db.changes() > 0)
                        bytes += png.size();
                    image.reset();
                    put.bind(1, z).bind(2, tx).bind(3, last - ty).bind(4, id); // MBTiles rows are TMS
                    put.run();
                    put.reset();
                    ++count;
                }
            }
        }
        txn.commit();
        db.close();
        QFile::remove(args[2]);
        if (!QFile::rename(part, args[2]))
            throw std::runtime_error("cannot rename the output into place");
        std::printf("%d tiles, %.1f MB of distinct images, zoom %d-%d\n", count, bytes / 1048576.0, minZoom, maxZoom);
    } catch (const std::exception &e) {
        QFile::remove(part);
        std::fprintf(stderr, "territori-mkbasemap: %s\n", e.what());
        return 1;
    }
    return 0;
}
