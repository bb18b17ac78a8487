import QtQuick 2.15
import "../common"

// A cross at the centre of the map for placing a point exactly: dark lines with a white halo, readable on any
// basemap, a gap in the middle so the place itself stays visible. Not interactive: taps go to the map.
Item {
    width: 56
    height: 56
    Repeater {
        model: [
            { "x": 0, "y": 26, "w": 20, "h": 4 }, { "x": 36, "y": 26, "w": 20, "h": 4 },
            { "x": 26, "y": 0, "w": 4, "h": 20 }, { "x": 26, "y": 36, "w": 4, "h": 20 }
        ]
        delegate: Rectangle {
            x: modelData.x - 1; y: modelData.y - 1
            width: modelData.w + 2; height: modelData.h + 2
            color: "white"
            Rectangle { x: 1; y: 1; width: modelData.w; height: modelData.h; color: Theme.text }
        }
    }
    Rectangle {
        anchors.centerIn: parent
        width: 6; height: 6; radius: 3
        color: Theme.captureColour
        border.color: "white"
    }
}
