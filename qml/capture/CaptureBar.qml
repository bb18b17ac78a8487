import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// The tools while drawing: what to do next, the live length/area, GPS capture, undo, finish, cancel.
Pane {
    id: bar
    signal finished()
    signal cancelled()
    signal placeAtCross()

    readonly property bool isPoint: Capture.mode === CaptureController.Point
    readonly property bool isLine: Capture.mode === CaptureController.Line
    readonly property bool isPolygon: Capture.mode === CaptureController.Polygon
    readonly property bool gpsBusy: Capture.gpsState !== CaptureController.GpsIdle

    Material.elevation: 8
    padding: Theme.margin

    Connections {
        target: Capture
        function onFixRejected(accuracy) {
            gpsStatus.text = isNaN(accuracy) ? qsTr("Position ignored: accuracy unknown")
                                             : qsTr("Position ignored: accuracy %1 m is worse than %2 m")
                                               .arg(Math.round(accuracy)).arg(Capture.accuracyThreshold)
        }
        function onGpsVertexAdded() { gpsStatus.text = qsTr("GPS vertex added") }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        // The title wraps rather than being cut; the measure goes under it when the bar is narrow.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            Label {
                objectName: "captureTitle"
                width: Math.min(implicitWidth, parent.width)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSize
                font.bold: true
                text: {
                    var title = Layers.title(Capture.layer)
                    if (Capture.editing)
                        return qsTr("Editing the geometry: %1").arg(title)
                    // A citizen places a comment: no layer names, the words of participation.
                    if (Participation.placingComment)
                        return bar.isPoint ? qsTr("Your comment's place: move the map under the cross, or tap the place")
                                           : qsTr("Your comment's area: tap the map around it")
                    if (bar.isPoint)
                        return qsTr("New point in %1: move the map under the cross, tap the place, or use the GPS").arg(title)
                    if (bar.isLine)
                        return qsTr("New line in %1: tap the map to add vertices").arg(title)
                    return qsTr("New area in %1: tap the map to add vertices").arg(title)
                }
            }
            Label {
                objectName: "measure"
                width: Math.min(implicitWidth, parent.width)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSize
                color: Theme.primary
                font.bold: true
                text: {
                    if (bar.isPoint)
                        return Capture.vertexCount > 0 ? qsTr("Point placed") : qsTr("Point not placed yet")
                    if (bar.isLine && Capture.vertexCount >= 2)
                        return qsTr("Length %1").arg(MapControl.formatDistance(Capture.length))
                    if (bar.isPolygon && Capture.vertexCount >= 3)
                        return qsTr("Area %1 · perimeter %2").arg(MapControl.formatArea(Capture.area))
                                                               .arg(MapControl.formatDistance(Capture.length))
                    return qsTr("%n vertices", "", Capture.vertexCount)
                }
                Accessible.name: text
            }
        }
        Label {
            objectName: "partStatus"
            visible: Capture.multiPart
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont
            color: Theme.secondaryText
            text: Capture.partCount <= 1 && Capture.vertexCount > 0
                  ? qsTr("One part. An area split by a road or a park in pieces: finish this part, then add another.")
                  : Capture.vertexCount === 0 && Capture.partCount > 0
                    ? qsTr("New part (%1 kept): tap the map to draw it.").arg(Capture.partCount)
                    : Capture.partCount > 1 ? qsTr("Part %1 of %2").arg(Capture.currentPart).arg(Capture.partCount) : ""
        }
        RowLayout {
            visible: Capture.multiPart
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "addPart"
                text: qsTr("Add a part")
                icon.source: Theme.icon("add")
                flat: true
                implicitHeight: Theme.touch
                enabled: Capture.canAddPart && !bar.gpsBusy
                onClicked: Capture.addPart()
                Accessible.name: qsTr("Keep this part and draw another part of the same feature")
            }
            Button {
                objectName: "nextPart"
                text: qsTr("Next part")
                flat: true
                implicitHeight: Theme.touch
                visible: Capture.partCount > 1 || (Capture.vertexCount === 0 && Capture.partCount > 0)
                enabled: !bar.gpsBusy && (Capture.vertexCount === 0 || Capture.canAddPart)
                onClicked: Capture.nextPart()
                Accessible.name: qsTr("Edit the next part of the feature")
            }
            Button {
                objectName: "removePart"
                text: qsTr("Remove this part")
                flat: true
                implicitHeight: Theme.touch
                visible: Capture.partCount > 1
                Material.foreground: Theme.error
                enabled: !bar.gpsBusy
                onClicked: Capture.removePart()
                Accessible.name: qsTr("Remove the part being drawn; the other parts stay")
            }
            Item { Layout.fillWidth: true }
        }
        RowLayout {
            // The same rule and words as the save and the SIT (validity.h); the same repair as the import.
            visible: Capture.selfIntersects || Capture.fault.length > 0
            Layout.fillWidth: true
            Label {
                objectName: "geometryFault"
                text: Capture.fault.length > 0 ? qsTr("Not valid: %1. Move or remove a vertex, or repair it.").arg(Capture.fault)
                                               : qsTr("The outline crosses itself: move or remove a vertex.")
                color: Theme.error
                font.pixelSize: Theme.smallFont
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "repairGeometry"
                visible: Capture.fault.length > 0
                text: qsTr("Repair")
                flat: true
                implicitHeight: Theme.touch
                onClicked: if (!Capture.repair()) repairFailed.visible = true
                Accessible.name: qsTr("Repair the shape: keep its areas, drop what crosses")
            }
        }
        Label {
            id: repairFailed
            visible: false
            text: qsTr("No repair keeps this shape in one part: move or remove a vertex.")
            color: Theme.error
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Connections {
                target: Capture
                function onVerticesChanged() { repairFailed.visible = false }
            }
        }
        Label {
            id: gpsStatus
            objectName: "gpsStatus"
            Layout.fillWidth: true
            visible: text.length > 0
            font.pixelSize: Theme.smallFont
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            text: ""
        }
        Label {
            visible: bar.gpsBusy
            Layout.fillWidth: true
            font.pixelSize: Theme.smallFont
            color: Theme.primary
            text: Capture.gpsState === CaptureController.GpsAveraging
                  ? qsTr("Averaging: %1 of %2 positions (accuracy %3 m, limit %4 m)").arg(Capture.fixesCollected)
                    .arg(Capture.averagingCount).arg(Capture.lastAccuracy < 0 ? "?" : Math.round(Capture.lastAccuracy))
                    .arg(Capture.accuracyThreshold)
                  : qsTr("Recording the GPS track: a vertex every %1 %2").arg(Capture.streamInterval)
                    .arg(Capture.streamMode === CaptureController.ByDistance ? qsTr("m") : qsTr("s"))
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            IconButton {
                objectName: "undoVertex"
                iconName: "undo"
                label: qsTr("Remove the last vertex")
                enabled: Capture.vertexCount > 0
                onClicked: Capture.removeLastVertex()
            }
            Button {
                objectName: "placeAtCross"
                visible: bar.isPoint
                text: qsTr("Place at the cross")
                icon.source: Theme.icon("point")
                flat: true
                implicitHeight: Theme.touch
                enabled: !bar.gpsBusy
                onClicked: bar.placeAtCross()
                Accessible.name: qsTr("Place the point at the cross in the middle of the map")
            }
            IconButton {
                iconName: "gps"
                label: bar.isPoint ? qsTr("Place the point at the GPS position (average of %1 fixes)").arg(Capture.averagingCount)
                                   : qsTr("Add a vertex at the GPS position (average of %1 fixes)").arg(Capture.averagingCount)
                enabled: Gps.valid && !bar.gpsBusy
                onClicked: { gpsStatus.text = ""; Capture.captureFromGps() }
            }
            IconButton {
                visible: !bar.isPoint && !Capture.editing
                iconName: Capture.gpsState === CaptureController.GpsStreaming ? "stop" : "record"
                label: Capture.gpsState === CaptureController.GpsStreaming ? qsTr("Stop recording the GPS track")
                                                                           : qsTr("Record vertices from the GPS while walking")
                enabled: Gps.valid || Capture.gpsState === CaptureController.GpsStreaming
                onClicked: Capture.gpsState === CaptureController.GpsStreaming ? Capture.stopGps() : Capture.startStreaming()
            }
            IconButton {
                visible: bar.gpsBusy
                iconName: "close"
                label: qsTr("Stop using the GPS")
                onClicked: Capture.stopGps()
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                flat: true
                implicitHeight: Theme.touch
                onClicked: bar.cancelled()
                Accessible.name: Capture.editing ? qsTr("Cancel the geometry change") : qsTr("Cancel the new feature")
            }
            Button {
                objectName: "finishCapture"
                text: Capture.editing ? qsTr("Save geometry") : Participation.placingComment ? qsTr("Save the comment") : qsTr("Continue to the form")
                highlighted: true
                implicitHeight: Theme.touch
                enabled: Capture.canFinish && Capture.fault.length === 0 && !bar.gpsBusy
                onClicked: bar.finished()
                Accessible.name: text
            }
        }
    }
}
