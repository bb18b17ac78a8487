#pragma once

// The machine layout check (issue #14, `territori --layout-check`): walks every item of the app's windows, as they are
// on screen after a scenario, and names each defect a person would see: text elided or cut, a control outside the
// window, an interactive control smaller than a finger.

#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>

class QQuickWindow;

namespace territori::ui {

struct LayoutFinding
{
    enum Kind {
        ElidedText,     // a Text's `truncated`: elided, or lines dropped by maximumLineCount
        CutText,        // text wider or taller than what shows it: its own clip, a clipping parent, the window's edge
        OutsideWindow,  // a control (or a touch area) that reaches past the window, where no scrolling brings it
        SmallTarget,    // an enabled interactive control or touch area under 48 x 48 device-independent pixels
    };
    Kind kind;
    QString item;     // what it is and what it says: type, objectName, Accessible.name or text
    QString location; // the app's QML file and line that declares it (or the part of a control it belongs to)
    QString detail;   // the numbers: sizes, edges
    QRectF sceneRect; // where it is in the window
};

QString kindName(LayoutFinding::Kind kind);

// The defects in one window as it is now. Only what is on screen counts: visible (effectively), not transparent,
// not clipped away by a parent with clip: true; what lies beyond a Flickable's viewport is only scrolled away, not
// outside the window.
QVector<LayoutFinding> checkWindowLayout(QQuickWindow *window);

// A summary of where every item on screen is, to tell when the window has settled (no transition or animation
// moves anything any more); waiting: set when a busy indicator on screen turns.
quint64 layoutSignature(QQuickWindow *window, bool *waiting = nullptr);

// One scenario's check in the running app: waits until the window has settled (the scenario done, no page in
// transition, nothing moving for a while), checks every visible window, prints each finding on stderr, appends them
// to the report file (tab-separated, if one is named), saves the screenshot (if one is named), then calls done with
// the number of findings.
struct LayoutCheckRun
{
    QString scenario;
    QString language;
    QString reportFile; // appended: scenario, language, size, kind, item, detail, location
    QString screenshot;
};
void checkLayoutWhenSettled(QQuickWindow *window, const LayoutCheckRun &run, std::function<void(int findings)> done);

// The minimum side of an interactive control (Material and WCAG 2.5.5 target size), in device-independent pixels.
constexpr double kMinimumTarget = 48.0;

} // namespace territori::ui
