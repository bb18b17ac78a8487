#pragma once

// What a drawing benchmark needs to prove it measured what it claims: any Qt or QML warning ends it (a warning such as
// "Unable to assign territori::map::MapScene to [unknown property type]" once left bench_pan timing an empty map for a
// figure), and the pixels of a grabbed frame can be compared with what the fixture should cover.

#include <QColor>
#include <QImage>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace territori::testing {

namespace detail {
inline const char *&benchName()
{
    static const char *name = "bench";
    return name;
}
} // namespace detail

// From now on every qWarning, qCritical and qFatal (QML's included) prints "<name>: warning ..." and exits 1 at once:
// a figure measured while something did not load, bind or draw is not the figure it says. Debug and info messages go
// to Qt's default handler.
inline void failOnWarnings(const char *name)
{
    detail::benchName() = name;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (type == QtDebugMsg || type == QtInfoMsg) {
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
            return;
        }
        std::fprintf(stderr, "%s: warning during the benchmark, no figure reported: %s\n", detail::benchName(),
                     qPrintable(message));
        std::fflush(stderr);
        std::_Exit(1); // not exit(): the message may come from the render thread in the middle of a frame
    });
}

// Ends the benchmark with a message when a check of what it drew fails.
inline void requireDrawn(bool ok, const QString &what)
{
    if (ok)
        return;
    std::fprintf(stderr, "%s: did not draw what it measures: %s\n", detail::benchName(), qPrintable(what));
    std::fflush(stderr);
    std::_Exit(1);
}

inline bool sameColour(QRgb a, QRgb b, int tolerance)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
           std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

// How a grabbed frame's pixels compare with where the fixture's features are. `required`: pixels the features cover
// (their fills); `allowed`: those plus a margin for outlines and edges. A pixel of the frame is "drawn" when it differs
// from the background colour. Masks: any pixel not fully transparent counts.
struct Coverage
{
    qint64 required = 0;        // pixels of the required mask
    qint64 drawn = 0;           // pixels of the frame that differ from the background
    qint64 requiredDrawn = 0;   // of the required pixels, those drawn
    qint64 strayDrawn = 0;      // drawn pixels outside the allowed mask
    double recall() const { return required ? double(requiredDrawn) / double(required) : 0; }
    double stray() const { return drawn ? double(strayDrawn) / double(drawn) : 1; }
};

inline Coverage compareCoverage(const QImage &frame, const QImage &required, const QImage &allowed, QRgb background,
                                int tolerance = 8)
{
    const QImage f = frame.convertToFormat(QImage::Format_RGB32);
    const QImage r = required.convertToFormat(QImage::Format_ARGB32);
    const QImage a = allowed.convertToFormat(QImage::Format_ARGB32);
    Coverage c;
    const int w = std::min({f.width(), r.width(), a.width()}), h = std::min({f.height(), r.height(), a.height()});
    for (int y = 0; y < h; ++y) {
        const auto *fl = reinterpret_cast<const QRgb *>(f.constScanLine(y));
        const auto *rl = reinterpret_cast<const QRgb *>(r.constScanLine(y));
        const auto *al = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const bool req = qAlpha(rl[x]) > 0;
            const bool drawn = !sameColour(fl[x], background, tolerance);
            c.required += req;
            c.drawn += drawn;
            c.requiredDrawn += req && drawn;
            c.strayDrawn += drawn && qAlpha(al[x]) == 0;
        }
    }
    return c;
}

} // namespace territori::testing
