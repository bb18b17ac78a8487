import QtQuick 2.15
import QtLocation 5.15
import Territori 1.0
import "../common"

// A pin on each comment's place: the place itself is a 10 m circle (the layer holds areas), a dot of a few pixels at
// the zooms a citizen looks at. 28 px to see, 48 px to tap; tapping it is tapping the place (the map identifies it).
MapItemView {
    id: view
    property string layerName: "commenti"
    signal chosen(var coordinate)

    function refresh() {
        view.model = MapControl.scene.isLayerVisible(view.layerName) ? MapControl.markers(view.layerName, 500) : []
    }
    Component.onCompleted: refresh()
    Connections {
        target: MapControl.scene
        function onChanged() { view.refresh() }
        function onHiddenLayersChanged() { view.refresh() }
    }

    delegate: MapQuickItem {
        coordinate: modelData.coordinate
        anchorPoint.x: Theme.touch / 2
        anchorPoint.y: Theme.touch - 6
        sourceItem: Item {
            objectName: "commentMarker"
            width: Theme.touch
            height: Theme.touch
            // A teardrop: a round head with the comment symbol, its point on the place.
            Rectangle {
                width: 16; height: 16
                rotation: 45
                color: Theme.comment
                x: (parent.width - width) / 2
                y: parent.height - 6 - height / 2 - 6
            }
            Rectangle {
                id: head
                width: 30; height: 30; radius: 15
                x: (parent.width - width) / 2
                y: parent.height - 6 - 12 - height + 4
                color: Theme.comment
                border.color: "white"
                border.width: 2
                Text {
                    anchors.centerIn: parent
                    anchors.verticalCenterOffset: 4
                    text: "\u201C"
                    color: "white"
                    font.pixelSize: 26
                    font.bold: true
                }
            }
            MouseArea {
                anchors.fill: parent
                onClicked: view.chosen(modelData.coordinate)
            }
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("A comment's place")
        }
    }
}
