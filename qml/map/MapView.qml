import QtQuick 2.15
import QtQuick.Controls 2.15
import QtLocation 5.15
import QtPositioning 5.15
import Territori 1.0
import Territori.Map 1.0
import "../common"
import "../capture"

// The map: basemap tiles from the local tile server through the "osm" plugin, the project's layers drawn in
// batches by FeatureCanvas, a bounded number of labels, the position, the selection and the geometry being drawn.
Item {
    id: root
    property alias map: map
    property bool follow: false
    property var selection: ({})          // {layer, uuid} of the selected feature
    readonly property bool settled: !map.gesture.panActive && !map.gesture.pinchActive && !settleTimer.running

    signal tapped(var coordinate)
    signal vertexTapped(int index)

    function showFeature(layer, uuid) {
        var shape = MapControl.featureShape(layer, uuid)
        if (!shape.center)
            return
        selection = { "layer": layer, "uuid": uuid }
        map.center = shape.center
        if (map.zoomLevel < 15)
            map.zoomLevel = 16
    }
    // Shows the box {north, south, east, west} whole, with a margin, never closer than a street.
    function fitTo(box) {
        if (box.north === undefined)
            return
        var dy = Math.max(0.002, (box.north - box.south) * 0.15), dx = Math.max(0.002, (box.east - box.west) * 0.15)
        map.visibleRegion = QtPositioning.rectangle(QtPositioning.coordinate(box.north + dy, box.west - dx),
                                                    QtPositioning.coordinate(box.south - dy, box.east + dx))
        if (map.zoomLevel > 17)
            map.zoomLevel = 17
    }
    function zoomTo(coordinate, zoom) {
        map.center = coordinate
        map.zoomLevel = zoom
    }

    Plugin {
        id: tilePlugin
        name: "osm"
        // Tiles come only from our own server on 127.0.0.1; without the repository switch the plugin would wait
        // for maps-redirect.qt.io forever when offline.
        PluginParameter { name: "osm.mapping.custom.host"; value: MapControl.tileHost }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.cache.directory"; value: MapControl.tileCacheDirectory }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 0 }
        PluginParameter { name: "osm.useragent"; value: "Territori" }
    }

    Map {
        id: map
        anchors.fill: parent
        plugin: tilePlugin
        center: MapControl.home
        zoomLevel: MapControl.homeZoom
        minimumZoomLevel: 3
        maximumZoomLevel: 20
        copyrightsVisible: false
        color: Theme.mapBackground
        // No rotation or tilt from two fingers: surveyors keep north up, and FeatureCanvas assumes tilt 0.
        gesture.acceptedGestures: MapGestureArea.PinchGesture | MapGestureArea.PanGesture | MapGestureArea.FlickGesture
        gesture.onPanStarted: root.follow = false

        Component.onCompleted: {
            for (var i = 0; i < supportedMapTypes.length; ++i)
                if (supportedMapTypes[i].style === MapType.CustomMap)
                    activeMapType = supportedMapTypes[i]
        }
        Connections {
            target: MapControl
            function onBasemapChanged() { map.clearData() }
        }

        onCenterChanged: settleTimer.restart()
        onZoomLevelChanged: settleTimer.restart()

        FeatureCanvas {
            id: canvas
            objectName: "featureCanvas"
            anchors.fill: parent
            scene: MapControl.scene
            center: map.center
            zoomLevel: map.zoomLevel
            bearing: map.bearing
        }

        SelectionLayer {
            selection: root.selection
        }

        MapItemView {
            model: MapControl.labels
            delegate: MapQuickItem {
                coordinate: model.coordinate
                anchorPoint.x: labelText.width / 2
                anchorPoint.y: -6
                sourceItem: Text {
                    id: labelText
                    text: model.text
                    font.pixelSize: 13
                    font.bold: true
                    color: Theme.text
                    style: Text.Outline
                    styleColor: Theme.halo
                }
            }
        }

        CommentMarkers {
            onChosen: root.tapped(coordinate)
        }

        CaptureLayer {}

        MapItemView {
            model: Capture.mode !== 0 ? Capture.path : []
            delegate: VertexHandle {
                map: root.map
                index: model.index
                coordinate: modelData
                editable: true
            }
        }

        PositionLayer {
            visible: Gps.valid
        }

        TapHandler {
            onTapped: root.tapped(map.toCoordinate(eventPoint.position, false))
        }
    }

    Timer {
        id: settleTimer
        interval: 180
        onTriggered: MapControl.updateLabels(map.center, map.zoomLevel, map.width, map.height, Layers.visibleLayers())
    }
    Connections {
        target: MapControl.scene
        function onChanged() { settleTimer.restart() }
        function onHiddenLayersChanged() { settleTimer.restart() }
    }
    Connections {
        target: Gps
        enabled: root.follow
        function onPositionChanged() { map.center = Gps.coordinate }
    }

    ScaleBar {
        anchors.left: parent.left
        anchors.bottom: attribution.top
        anchors.margins: Theme.margin
        map: map
    }
    NorthArrow {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        bearing: map.bearing
        onClicked: map.bearing = 0
    }
    Label {
        id: attribution
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.leftMargin: 6
        anchors.bottomMargin: 2
        text: MapControl.attribution
        font.pixelSize: 12
        color: Theme.secondaryText
        background: Rectangle { color: "#ccffffff"; radius: 3 }
        padding: 3
        Accessible.name: qsTr("Basemap: %1").arg(text)
    }
}
