pragma Singleton
import QtQuick 2.15

// Sizes and colours for tablets outdoors: dark text on light surfaces, strong accents, touch targets of at least
// 48 px, a base font large enough to read at arm's length in the sun.
QtObject {
    readonly property int touch: 48
    readonly property int spacing: 8
    readonly property int margin: 12
    readonly property int fontSize: 17
    readonly property int smallFont: 14
    readonly property int titleFont: 20

    readonly property color primary: "#0b4f6c"      // Città metropolitana blue, high contrast on white
    readonly property color accent: "#d95f02"
    readonly property color text: "#111111"
    readonly property color secondaryText: "#3a3a3a"
    readonly property color surface: "#ffffff"
    readonly property color background: "#f4f4f2"
    readonly property color error: "#b00020"
    readonly property color warning: "#8a5a00"
    readonly property color draft: "#e69f00"
    readonly property color ok: "#1b7a3a"
    readonly property color mapBackground: "#e8e6e1"
    readonly property color halo: "#ffffff"

    function icon(name) { return "qrc:/qml/icons/" + name + ".svg" }
}
