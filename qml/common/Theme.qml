pragma Singleton
import QtQuick 2.15

// Sizes and colours for tablets outdoors: dark text on light surfaces, strong accents, touch targets of at least
// 48 px, a base font large enough to read at arm's length in the sun. Every pair of colours the UI draws text or a
// control with is listed in contrastPairs, and tests/qml/tst_theme.qml fails if one falls below WCAG 2.1 AA.
QtObject {
    readonly property int touch: 48
    readonly property int spacing: 8
    readonly property int margin: 12
    readonly property int fontSize: 17
    // Secondary text (hints, dates, counts): 16 px, still readable in the sun. Only what sits on the map itself is
    // smaller (feature labels 13 px bold with a halo, the basemap attribution), to cover less of it.
    readonly property int smallFont: 16
    readonly property int titleFont: 20

    readonly property color primary: "#0b4f6c"      // Città metropolitana blue, high contrast on white
    // Main actions: white on this orange is 5.2:1 (the former #d95f02 was 3.8:1, below AA for text).
    readonly property color accent: "#b84a00"
    // The orange of what is being drawn on the map (a shape, not text): bright enough to see over the basemap.
    readonly property color captureColour: "#d95f02"
    readonly property color inkOnAccent: "#ffffff"
    readonly property color inkOnPrimary: "#ffffff"
    readonly property color text: "#111111"
    readonly property color secondaryText: "#3a3a3a"
    readonly property color placeholder: "#5f5f5f"  // hints inside empty fields: 6.1:1 on white
    readonly property color outline: "#767676"      // borders of fields and drop-downs: 4.5:1 on white (AA asks 3:1)
    readonly property color surface: "#ffffff"
    readonly property color background: "#f4f4f2"
    readonly property color error: "#b00020"
    readonly property color errorSurface: "#fdecea"
    readonly property color warning: "#8a5a00"
    readonly property color warningSurface: "#fff4e5"
    readonly property color draft: "#e69f00"
    readonly property color ok: "#1b7a3a"
    // A state that is neither good nor bad ("not yet synchronised", "waiting"): dark grey, never a pale one.
    readonly property color neutral: "#4a4f55"
    readonly property color sample: "#ffd54f"
    readonly property color comment: "#c2185b"     // comments and their places: white on it 5.9:1
    readonly property color toastBackground: "#202124"
    readonly property color link: "#0b4f6c"
    readonly property color mapBackground: "#e8e6e1"
    readonly property color halo: "#ffffff"

    // [foreground, background, minimum ratio, where]: 4.5 for text, 3 for large text and the parts of controls.
    readonly property var contrastPairs: [
        [inkOnAccent, accent, 4.5, "main buttons"],
        [inkOnPrimary, primary, 4.5, "title bars"],
        [text, surface, 4.5, "text"],
        [text, background, 4.5, "text on the page"],
        [secondaryText, surface, 4.5, "secondary text"],
        [secondaryText, background, 4.5, "secondary text on the page"],
        [placeholder, surface, 4.5, "placeholders"],
        [placeholder, background, 4.5, "placeholders on the page"],
        [outline, surface, 3, "field borders"],
        [error, surface, 4.5, "errors"],
        [error, errorSurface, 4.5, "the error banner"],
        [warning, surface, 4.5, "warnings"],
        [warning, background, 4.5, "warnings on the page"],
        [warning, warningSurface, 4.5, "the warning banner"],
        [ok, surface, 4.5, "good states"],
        [ok, background, 4.5, "good states on the page"],
        ["#ffffff", ok, 4.5, "good-state badges"],
        [neutral, surface, 4.5, "neutral states"],
        [neutral, background, 4.5, "neutral states on the page"],
        ["#ffffff", neutral, 4.5, "neutral badges"],
        ["#1a1a1a", draft, 4.5, "draft badges"],
        ["#1a1a1a", sample, 4.5, "sample-data badges"],
        ["#ffffff", comment, 4.5, "comment labels"],
        ["#ffffff", error, 4.5, "error toasts and destructive buttons"],
        ["#ffffff", toastBackground, 4.5, "messages"],
        [link, surface, 4.5, "links"],
        [link, errorSurface, 4.5, "links in the error banner"],
        [captureColour, surface, 3, "the drawing's outline"]
    ]

    // WCAG 2.1 relative luminance and contrast ratio, of a colour or a "#rrggbb" string.
    function rgb(c) {
        if (typeof c === "string") {
            var h = c.replace("#", "")
            return { "r": parseInt(h.substr(0, 2), 16) / 255, "g": parseInt(h.substr(2, 2), 16) / 255,
                     "b": parseInt(h.substr(4, 2), 16) / 255 }
        }
        return { "r": c.r, "g": c.g, "b": c.b }
    }
    function luminance(colour) {
        function channel(v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
        var c = rgb(colour)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        var la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function icon(name) { return "qrc:/qml/icons/" + name + ".svg" }
}
