import QtQuick 2.15
import QtLocation 5.15
import Territori 1.0
import "../common"

// A vertex of the geometry being drawn or edited: drag to move it, press and hold to remove it.
MapQuickItem {
    id: handle
    property var map
    property int index: -1
    property bool editable: true
    property bool dragging: false

    anchorPoint.x: Theme.touch / 2
    anchorPoint.y: Theme.touch / 2
    sourceItem: Item {
        width: Theme.touch
        height: Theme.touch
        Accessible.name: qsTr("Vertex %1: drag to move, press and hold to remove").arg(handle.index + 1)
        Accessible.role: Accessible.Button
        Rectangle {
            anchors.centerIn: parent
            width: handle.dragging ? 26 : 18
            height: width
            radius: 3
            color: handle.index === Capture.vertexCount - 1 ? Theme.captureColour : "white"
            border.color: Theme.captureColour
            border.width: 3
        }
        MouseArea {
            anchors.fill: parent
            enabled: handle.editable
            preventStealing: true
            onPressed: handle.dragging = false
            onPositionChanged: {
                handle.dragging = true
                var p = mapToItem(handle.map, mouse.x, mouse.y)
                handle.coordinate = handle.map.toCoordinate(p, false)
            }
            onReleased: {
                if (handle.dragging)
                    Capture.moveVertex(handle.index, handle.coordinate)
                handle.dragging = false
            }
            onPressAndHold: if (!handle.dragging) Capture.removeVertex(handle.index)
        }
    }
}
