#include "layoutcheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QMetaProperty>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlError>
#include <QQmlInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <memory>

namespace territori::ui {

namespace {

// Fractions of a pixel come from font metrics and layouts rounding; a defect is a pixel or more.
constexpr double kTolerance = 1.0;

const QRectF kUnbounded(-1e9, -1e9, 2e9, 2e9);

bool contains(const QRectF &outer, const QRectF &inner)
{
    return outer.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance).contains(inner);
}

QString rectText(const QRectF &r)
{
    return QStringLiteral("%1,%2 %3x%4")
        .arg(std::round(r.x()))
        .arg(std::round(r.y()))
        .arg(std::round(r.width()))
        .arg(std::round(r.height()));
}

// "Button", "Text", "MapPage": the QML type, without the suffixes the engine gives types declared in QML.
QString typeName(const QObject *o)
{
    static const QRegularExpression qmlSuffix(QStringLiteral("_QML(TYPE)?_\\d+$"));
    QString name = QString::fromLatin1(o->metaObject()->className());
    name.remove(qmlSuffix);
    if (name.startsWith(QLatin1String("QQuick")))
        name = name.mid(6);
    return name;
}

QString shortened(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s = s.simplified();
    if (s.size() > 60)
        s = s.left(57) + QStringLiteral("...");
    return s;
}

QString accessibleName(const QObject *o)
{
    // Accessible.name lives on the attached object, a child of the item.
    for (const QObject *child : o->children())
        if (child->inherits("QQuickAccessibleAttached"))
            return child->property("name").toString();
    return QString();
}

// The file and line that declare the object, as QQmlInfo knows them (the engine's QQmlData is private API: QQmlInfo
// hands the location over in the warning it emits, which is caught here and not printed).
QString declaredAt(QObject *o)
{
    QQmlEngine *engine = qmlEngine(o);
    if (!engine || !qmlContext(o))
        return QString();
    QString where;
    const bool printed = engine->outputWarningsToStandardError();
    engine->setOutputWarningsToStandardError(false);
    const auto connection = QObject::connect(engine, &QQmlEngine::warnings, [&where](const QList<QQmlError> &warnings) {
        if (!warnings.isEmpty() && warnings.first().url().isValid() && warnings.first().line() > 0)
            where = warnings.first().url().toString() + QLatin1Char(':') + QString::number(warnings.first().line());
    });
    qmlInfo(o) << "layout-check";
    QObject::disconnect(connection);
    engine->setOutputWarningsToStandardError(printed);
    return where;
}

// The app's own QML (not Qt's styles): qrc:/qml/...
QString appLocation(QObject *o)
{
    const QString where = declaredAt(o);
    return where.startsWith(QLatin1String("qrc:/qml/")) ? where.mid(5) : QString();
}

QString label(const QObject *o)
{
    QStringList parts;
    if (!o->objectName().isEmpty())
        parts << QLatin1Char('#') + o->objectName();
    const QString accessible = accessibleName(o);
    if (!accessible.isEmpty())
        parts << QStringLiteral("Accessible.name \"%1\"").arg(shortened(accessible));
    const QVariant text = o->property("text");
    if (text.isValid() && !text.toString().isEmpty() && text.toString() != accessible)
        parts << QLatin1Char('"') + shortened(text.toString()) + QLatin1Char('"');
    if (o->inherits("QQuickTextInput") && text.toString().isEmpty()) {
        const QString placeholder = o->property("placeholderText").toString();
        if (!placeholder.isEmpty())
            parts << QStringLiteral("placeholder \"%1\"").arg(shortened(placeholder));
    }
    return parts.join(QLatin1Char(' '));
}

QString describe(QQuickItem *item)
{
    QString what = typeName(item);
    const QString own = label(item);
    if (!own.isEmpty())
        what += QLatin1Char(' ') + own;
    // A MouseArea or a control's inner part is named by what it belongs to.
    for (QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
        if (up->inherits("QQuickControl") || up->inherits("QQuickTextInput") || !label(up).isEmpty() ||
            !appLocation(up).isEmpty()) {
            const QString upLabel = label(up);
            what += QStringLiteral(" in ") + typeName(up) + (upLabel.isEmpty() ? QString() : QLatin1Char(' ') + upLabel);
            break;
        }
    }
    return what;
}

// The item's own declaration in the app's QML, else the nearest parent's.
QString locate(QQuickItem *item)
{
    for (QQuickItem *at = item; at; at = at->parentItem()) {
        const QString where = appLocation(at);
        if (!where.isEmpty())
            return at == item ? where : QStringLiteral("%1 (in %2)").arg(where, typeName(at));
    }
    return QStringLiteral("(no QML location)");
}

bool hasEnabledTapHandler(const QQuickItem *item)
{
    for (const QObject *child : item->children())
        if (child->inherits("QQuickTapHandler") && child->property("enabled").toBool())
            return true;
    return false;
}

// A control's contentItem is part of the control: the control is the target, not its inner text field.
bool isContentItemOfControl(const QQuickItem *item)
{
    const QQuickItem *parent = item->parentItem();
    return parent && parent->inherits("QQuickControl") &&
           parent->property("contentItem").value<QQuickItem *>() == item;
}

// Something a finger taps, drags or types into. Scroll bars are not counted: on a touch screen the content is flicked,
// the bar only shows where it is.
bool isInteractive(const QQuickItem *item)
{
    if (item->inherits("QQuickScrollBar") || item->inherits("QQuickScrollIndicator"))
        return false;
    if (item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox") || item->inherits("QQuickSpinBox") ||
        item->inherits("QQuickSlider") || item->inherits("QQuickRangeSlider") || item->inherits("QQuickDial") ||
        item->inherits("QQuickTumbler"))
        return true;
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return !item->property("readOnly").toBool() && !isContentItemOfControl(item);
    if (item->inherits("QQuickMouseArea"))
        return item->property("acceptedButtons").toInt() != Qt::NoButton;
    return hasEnabledTapHandler(item);
}

bool isControl(const QQuickItem *item)
{
    return item->inherits("QQuickControl") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit") ||
           item->inherits("QQuickMouseArea") || hasEnabledTapHandler(item);
}

// A text field's cursor blinks for ever: it does not count as the window moving.
bool isBlinkingCursor(const QQuickItem *item)
{
    const QQuickItem *parent = item->parentItem();
    return parent && (parent->inherits("QQuickTextInput") || parent->inherits("QQuickTextEdit")) &&
           typeName(item).contains(QLatin1String("Cursor"));
}

// The smallest enabled interactive control around this one, if it is large enough to be the target itself.
QString enclosingTarget(const QQuickItem *item)
{
    for (const QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
        if (!up->isEnabled() || !(up->inherits("QQuickAbstractButton") || up->inherits("QQuickMouseArea")))
            continue;
        const QRectF r = up->mapRectToScene(QRectF(0, 0, up->width(), up->height()));
        if (r.width() >= kMinimumTarget && r.height() >= kMinimumTarget)
            return QStringLiteral("; inside %1 %2x%3").arg(typeName(up)).arg(std::round(r.width())).arg(std::round(r.height()));
        return QString();
    }
    return QString();
}

struct Region
{
    QRectF clip = kUnbounded;   // every ancestor with clip: true (what can show at all)
    QRectF hard = kUnbounded;   // those that are not a Flickable's viewport (what no scrolling reveals)
    QRectF scroll = kUnbounded; // every Flickable's viewport (what lies beyond it is scrolled away, not lost)
    double opacity = 1.0;
};

class Walker
{
public:
    explicit Walker(QQuickWindow *window) : m_window(QRectF(0, 0, window->width(), window->height())) {}

    QVector<LayoutFinding> findings;
    quint64 signature = 0;
    bool waiting = false; // a busy indicator turns: the window is waiting for something
    bool collect = true;

    void visit(QQuickItem *item, Region region)
    {
        if (!item->isVisible())
            return;
        region.opacity *= item->opacity();
        if (region.opacity < 0.01)
            return;
        const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        // An item squeezed to no width or height still counts where it is: a text field with no room shows nothing
        // of its text, a Text without clip still draws all of it.
        const QRectF at(scene.topLeft(), QSizeF(std::max(scene.width(), 1.0), std::max(scene.height(), 1.0)));
        const bool onScreen = !(at & region.clip).isEmpty();
        if (onScreen && !isBlinkingCursor(item)) {
            if (item->inherits("QQuickBusyIndicator") && item->property("running").toBool())
                waiting = true;
            signature = signature * 1099511628211ULL ^
                        qHash(QStringLiteral("%1 %2 %3").arg(rectText(scene)).arg(std::round(region.opacity * 20))
                                  .arg(quintptr(item)));
            if (collect)
                check(item, scene, region);
        }
        if (item->clip()) {
            region.clip &= scene;
            if (item->inherits("QQuickFlickable"))
                region.scroll &= scene;
            else
                region.hard &= scene;
            if (region.clip.isEmpty())
                return;
        } else if (item->inherits("QQuickFlickable")) {
            region.scroll &= scene;
        }
        for (QQuickItem *child : item->childItems())
            visit(child, region);
    }

private:
    QRectF m_window;

    void add(LayoutFinding::Kind kind, QQuickItem *item, const QString &detail, const QRectF &scene)
    {
        findings.append({kind, describe(item), locate(item), detail, scene});
    }

    void check(QQuickItem *item, const QRectF &scene, const Region &region)
    {
        if (item->inherits("QQuickText"))
            checkText(item, region);
        else if (item->inherits("QQuickTextInput"))
            checkTextInput(item, region);
        if (isControl(item)) {
            const QRectF reach = scene & region.clip & region.scroll;
            if (!reach.isEmpty() && !contains(m_window, reach))
                add(LayoutFinding::OutsideWindow, item,
                    QStringLiteral("at %1, window %2x%3").arg(rectText(scene)).arg(m_window.width()).arg(m_window.height()),
                    scene);
        }
        if (item->isEnabled() && isInteractive(item) &&
            (scene.width() < kMinimumTarget - 0.5 || scene.height() < kMinimumTarget - 0.5))
            add(LayoutFinding::SmallTarget, item,
                QStringLiteral("%1x%2 px, under %3x%3%4").arg(std::round(scene.width())).arg(std::round(scene.height()))
                    .arg(kMinimumTarget).arg(enclosingTarget(item)),
                scene);
    }

    // Where the glyphs are, in the item: the content box placed by the alignment inside the padding.
    static QRectF paintedRect(const QQuickItem *text, double contentWidth, double contentHeight, int hAlign, int vAlign)
    {
        const double left = text->property("leftPadding").toDouble();
        const double right = text->property("rightPadding").toDouble();
        const double top = text->property("topPadding").toDouble();
        const double bottom = text->property("bottomPadding").toDouble();
        const double availableWidth = text->width() - left - right;
        const double availableHeight = text->height() - top - bottom;
        double x = left;
        if (hAlign & Qt::AlignRight)
            x = left + availableWidth - contentWidth;
        else if (hAlign & Qt::AlignHCenter)
            x = left + (availableWidth - contentWidth) / 2;
        double y = top;
        if (vAlign & Qt::AlignBottom)
            y = top + availableHeight - contentHeight;
        else if (vAlign & Qt::AlignVCenter)
            y = top + (availableHeight - contentHeight) / 2;
        return QRectF(x, y, contentWidth, contentHeight);
    }

    // Glyphs that do not all show: beyond the text's own clip, a clipping parent that is not a scroll view, or the
    // window's edge. Glyphs beyond a Flickable's viewport are scrolled away, not cut.
    void checkCut(QQuickItem *item, const QRectF &painted, const Region &region, const QString &what)
    {
        const QRectF scenePainted = item->mapRectToScene(painted);
        const QRectF reachable = scenePainted & region.scroll;
        if (reachable.isEmpty() || (reachable & region.clip).isEmpty())
            return;
        const QRectF own = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (item->clip() && !contains(own, reachable)) {
            add(LayoutFinding::CutText, item,
                QStringLiteral("%1 %2x%3 px in a clipped %4x%5").arg(what).arg(std::round(painted.width()))
                    .arg(std::round(painted.height())).arg(std::round(item->width())).arg(std::round(item->height())),
                scenePainted);
            return;
        }
        const QRectF visible = region.hard & m_window;
        if (!contains(visible, reachable)) {
            const bool byWindow = contains(region.hard, reachable);
            add(LayoutFinding::CutText, item,
                QStringLiteral("%1 at %2 cut by %3 %4").arg(what, rectText(scenePainted),
                                                             byWindow ? QStringLiteral("the window's edge")
                                                                      : QStringLiteral("a clipping parent at"),
                                                             byWindow ? QString() : rectText(region.hard)),
                scenePainted);
        }
    }

    void checkText(QQuickItem *item, const Region &region)
    {
        const QString text = item->property("text").toString();
        if (text.trimmed().isEmpty())
            return;
        if (item->property("truncated").toBool()) {
            const bool elided = item->property("elide").toInt() != Qt::ElideNone;
            add(LayoutFinding::ElidedText, item,
                elided ? QStringLiteral("elided in %1x%2 px").arg(std::round(item->width())).arg(std::round(item->height()))
                       : QStringLiteral("lines dropped (maximumLineCount %1, %2 lines shown)")
                             .arg(item->property("maximumLineCount").toInt())
                             .arg(item->property("lineCount").toInt()),
                item->mapRectToScene(QRectF(0, 0, item->width(), item->height())));
            return;
        }
        const QRectF painted = paintedRect(item, item->property("contentWidth").toDouble(),
                                           item->property("contentHeight").toDouble(),
                                           item->property("effectiveHorizontalAlignment").toInt(),
                                           item->property("verticalAlignment").toInt());
        checkCut(item, painted, region, QStringLiteral("text"));
    }

    // A text field (or a combo box's display) whose text is wider than the room inside its padding.
    void checkTextInput(QQuickItem *item, const Region &region)
    {
        const QString text = item->property("displayText").toString();
        if (text.trimmed().isEmpty())
            return;
        const double room = item->width() - item->property("leftPadding").toDouble() -
                            item->property("rightPadding").toDouble();
        const double wanted = item->property("contentWidth").toDouble();
        if (wanted > room + kTolerance) {
            add(LayoutFinding::CutText, item,
                QStringLiteral("text %1 px wide in %2 px of room%3").arg(std::round(wanted)).arg(std::round(room))
                    .arg(item->property("readOnly").toBool() || !item->isEnabled() ? QString()
                                                                                   : QStringLiteral(" (editable)")),
                item->mapRectToScene(QRectF(0, 0, item->width(), item->height())));
            return;
        }
        const QRectF painted = paintedRect(item, wanted, item->property("contentHeight").toDouble(),
                                           item->property("effectiveHorizontalAlignment").toInt(),
                                           item->property("verticalAlignment").toInt());
        checkCut(item, painted, region, QStringLiteral("field text"));
    }
};

} // namespace

QString kindName(LayoutFinding::Kind kind)
{
    switch (kind) {
    case LayoutFinding::ElidedText: return QStringLiteral("elided text");
    case LayoutFinding::CutText: return QStringLiteral("cut text");
    case LayoutFinding::OutsideWindow: return QStringLiteral("outside the window");
    case LayoutFinding::SmallTarget: return QStringLiteral("small touch target");
    }
    return QString();
}

QVector<LayoutFinding> checkWindowLayout(QQuickWindow *window)
{
    Walker walker(window);
    walker.visit(window->contentItem(), Region());
    return walker.findings;
}

quint64 layoutSignature(QQuickWindow *window, bool *waiting)
{
    Walker walker(window);
    walker.collect = false;
    walker.visit(window->contentItem(), Region());
    if (waiting)
        *waiting = walker.waiting;
    return walker.signature;
}

namespace {

// Settling: a scenario starts 600 ms after the window (qml/dev/ScenarioRunner.qml), pages slide in for 250 ms, popups
// fade in; the import's steps run on threads one after the other. The window counts as settled when nothing on it has
// moved for kStableFor and no busy indicator turns, and is checked anyway after kGiveUpAfter (saying so).
constexpr int kPollMs = 100;
constexpr int kAtLeastMs = 1200;
constexpr int kStableForMs = 800;
constexpr int kGiveUpAfterMs = 20000;

QString tsvField(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

int reportWindows(const LayoutCheckRun &run, bool settled)
{
    const QString tag = QStringLiteral("%1 %2").arg(run.language, run.scenario);
    int count = 0;
    QFile report(run.reportFile);
    if (!run.reportFile.isEmpty() && !report.open(QIODevice::Append | QIODevice::Text))
        std::fprintf(stderr, "layout-check: cannot write %s\n", qPrintable(run.reportFile));
    for (QWindow *w : QGuiApplication::topLevelWindows()) {
        auto *window = qobject_cast<QQuickWindow *>(w);
        if (!window || !window->isVisible())
            continue;
        const QString size = QStringLiteral("%1x%2").arg(window->width()).arg(window->height());
        const QVector<LayoutFinding> findings = checkWindowLayout(window);
        for (const LayoutFinding &f : findings) {
            std::fprintf(stdout, "layout-check: %s %s: %s: %s: %s [%s]\n", qPrintable(tag), qPrintable(size),
                         qPrintable(kindName(f.kind)), qPrintable(f.item), qPrintable(f.detail),
                         qPrintable(f.location));
            if (report.isOpen())
                report.write(QStringList{run.scenario, run.language, size, kindName(f.kind), tsvField(f.item),
                                         tsvField(f.detail), tsvField(f.location)}
                                 .join(QLatin1Char('\t'))
                                 .append(QLatin1Char('\n'))
                                 .toUtf8());
        }
        count += findings.size();
        std::fprintf(stdout, "layout-check: %s %s: %d problem%s%s\n", qPrintable(tag), qPrintable(size),
                     int(findings.size()), findings.size() == 1 ? "" : "s",
                     settled ? "" : " (the window never settled: checked as it was after 20 s)");
        std::fflush(stdout);
    }
    return count;
}

} // namespace

void checkLayoutWhenSettled(QQuickWindow *window, const LayoutCheckRun &run, std::function<void(int findings)> done)
{
    auto *poll = new QTimer(window);
    poll->setInterval(kPollMs);
    auto since = std::make_shared<QElapsedTimer>();
    since->start();
    auto stableSince = std::make_shared<qint64>(-1);
    auto last = std::make_shared<quint64>(0);
    QObject::connect(poll, &QTimer::timeout, window, [=]() {
        const qint64 now = since->elapsed();
        bool waiting = false;
        const quint64 signature = layoutSignature(window, &waiting);
        const bool busy =
            waiting || window->property("holdScreenshot").toBool() || window->property("pageTransition").toBool();
        if (busy || signature != *last || *stableSince < 0)
            *stableSince = now;
        *last = signature;
        const bool settled = !busy && now - *stableSince >= kStableForMs && now >= kAtLeastMs;
        if (!settled && now < kGiveUpAfterMs)
            return;
        poll->stop();
        const int count = reportWindows(run, settled);
        if (!run.screenshot.isEmpty()) {
            const bool saved = window->grabWindow().save(run.screenshot);
            std::fprintf(stderr, "layout-check: screenshot %s %s\n", qPrintable(run.screenshot),
                         saved ? "saved" : "FAILED");
        }
        done(count);
    });
    poll->start();
}

} // namespace territori::ui
