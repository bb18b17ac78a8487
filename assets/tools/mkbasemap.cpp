// Renders assets/demo/basemap/schematic.json into a raster MBTiles at build time. The demo cannot download
// OpenStreetMap, so it ships this schematic map instead: approximate rivers, canals, motorways, railways, parks and
// the 133 comuni, clearly labelled as schematic in the app.
//
// usage: territori-mkbasemap schematic.json out.mbtiles [minzoom maxzoom]

#include "sqlite.h"

#include <QBuffer>
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
        p.drawPolygon(path(o.value(QStringLiteral("coords")).toArray(), z, origin));
    }
    for (const auto &v : data.value(QStringLiteral("water")).toArray()) {
        const QJsonObject o = v.toObject();
        const bool river = o.value(QStringLiteral("kind")).toString() == QLatin1String("river");
        p.setPen(QPen(QColor(0x6a, 0xa6, 0xd6), (river ? 2.4 : 1.4) * scale, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(path(o.value(QStringLiteral("coords")).toArray(), z, origin));
    }
    for (const auto &v : data.value(QStringLiteral("rail")).toArray()) {
        QPen pen(QColor(0x8a, 0x8a, 0x8a), 1.2 * scale, Qt::DashLine);
        p.setPen(pen);
        p.drawPolyline(path(v.toObject().value(QStringLiteral("coords")).toArray(), z, origin));
    }
    for (const auto &v : data.value(QStringLiteral("roads")).toArray()) {
        const QPolygonF line = path(v.toObject().value(QStringLiteral("coords")).toArray(), z, origin);
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
    const int maxZoom = args.size() > 4 ? args[4].toInt() : 14;
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
        db.exec("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
        db.exec("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
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
        Statement put = db.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
        int count = 0;
        qint64 bytes = 0;
        for (int z = minZoom; z <= maxZoom; ++z) {
            const QPointF a = worldPixel(minLon, maxLat, z), b = worldPixel(maxLon, minLat, z);
            for (int tx = int(a.x()) / kTile; tx <= int(b.x()) / kTile; ++tx) {
                for (int ty = int(a.y()) / kTile; ty <= int(b.y()) / kTile; ++ty) {
                    QByteArray png;
                    QBuffer buf(&png);
                    buf.open(QIODevice::WriteOnly);
                    // A palette keeps tiles small; no dithering, or flat areas turn to noise when the map overzooms them.
                    renderTile(data, z, tx, ty)
                        .convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither)
                        .save(&buf, "PNG");
                    put.bind(1, z).bind(2, tx).bind(3, (1 << z) - 1 - ty).bindBlob(4, png); // MBTiles rows are TMS
                    put.run();
                    put.reset();
                    ++count;
                    bytes += png.size();
                }
            }
        }
        txn.commit();
        db.close();
        QFile::remove(args[2]);
        if (!QFile::rename(part, args[2]))
            throw std::runtime_error("cannot rename the output into place");
        std::printf("%d tiles, %.1f MB, zoom %d-%d\n", count, bytes / 1048576.0, minZoom, maxZoom);
    } catch (const std::exception &e) {
        QFile::remove(part);
        std::fprintf(stderr, "territori-mkbasemap: %s\n", e.what());
        return 1;
    }
    return 0;
}
