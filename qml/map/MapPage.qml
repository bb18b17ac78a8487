import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"
import "../capture"

// The main screen: the map with its tools, the drawing bar, and the sheet of a tapped feature.
Page {
    id: page
    property alias mapView: mapView
    property alias layersDrawer: layersDrawer
    property alias newFeatureMenu: newFeatureMenu

    signal openFeature(string layer, string uuid)
    signal openList()
    signal openSettings()
    signal openSync()
    signal openParticipation()
    signal openTable()
    signal openImport()
    signal openExport()
    signal openProjects()
    signal newFeatureDrawn()
    signal notify(string text, bool isError)

    function startCapture(layer, geometry) {
        identifySheet.close()
        var mode = geometry === "point" ? CaptureController.Point
                 : geometry === "line" ? CaptureController.Line : CaptureController.Polygon
        Capture.start(layer, mode, Layers.isMultiPart(layer))
    }

    header: ToolBar {
        Material.background: Theme.primary
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            spacing: 4
            ToolButton {
                icon.source: Theme.icon("layers")
                implicitHeight: Theme.touch
                implicitWidth: Theme.touch
                onClicked: layersDrawer.open()
                Accessible.name: qsTr("Layers and basemaps")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
            }
            // The project's title opens the projects page: another project, a download, the offline demo.
            ToolButton {
                objectName: "projectsButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                onClicked: page.openProjects()
                Accessible.name: qsTr("Projects (open now: %1): open another one or download one").arg(App.projectTitle)
                ToolTip.text: qsTr("Projects on this device and on the SIT")
                ToolTip.visible: hovered
                // The title as wide as it needs, the arrow right after it; on a narrow bar (a tablet upright) it
                // wraps to two lines in a slightly smaller font rather than losing its end.
                contentItem: Item {
                    implicitWidth: titleLabel.implicitWidth + 6 + arrow.implicitWidth
                    implicitHeight: Math.max(Theme.touch, titleLabel.height + 4)
                    Label {
                        id: titleLabel
                        readonly property bool narrow: parent.width - arrow.implicitWidth - 6 < titleMetrics.width
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(implicitWidth, parent.width - arrow.implicitWidth - 6)
                        text: App.projectTitle
                        wrapMode: Text.Wrap
                        maximumLineCount: 3
                        lineHeight: narrow ? 0.9 : 1.0
                        font.pixelSize: narrow ? Theme.fontSize : Theme.titleFont
                        font.bold: true
                        color: "white"
                        TextMetrics {
                            id: titleMetrics
                            text: App.projectTitle
                            font.pixelSize: Theme.titleFont
                            font.bold: true
                        }
                    }
                    Label {
                        id: arrow
                        anchors.left: titleLabel.right
                        anchors.leftMargin: 6
                        anchors.verticalCenter: parent.verticalCenter
                        text: "\u25BE"
                        color: "white"
                        font.pixelSize: Theme.titleFont
                    }
                }
            }
            Label {
                visible: App.isSample
                text: qsTr("SAMPLE DATA")
                color: "#1a1a1a"
                font.pixelSize: Theme.smallFont
                font.bold: true
                padding: 6
                background: Rectangle { color: Theme.sample; radius: 4 }
                Accessible.name: qsTr("The features of this project are samples, not official data")
            }
            ToolButton {
                objectName: "syncButton"
                icon.source: Theme.icon(Sync.conflicts > 0 || Sync.refused > 0 ? "conflict" : "sync")
                icon.color: Sync.conflicts > 0 || Sync.refused > 0 ? "#ffcdd2" : "white"
                // On a narrow bar only the number (the project's title needs the room); the full words on a wide one.
                text: Edits.pendingCount <= 0 ? ""
                      : page.width < 1000 ? Edits.pendingCount.toLocaleString(Qt.locale(), "f", 0)
                      : qsTr("%n edits to send", "", Edits.pendingCount)
                display: Edits.pendingCount > 0 ? AbstractButton.TextBesideIcon : AbstractButton.IconOnly
                font.pixelSize: Theme.smallFont
                font.capitalization: Font.MixedCase
                implicitHeight: Theme.touch
                implicitWidth: Math.max(Theme.touch, implicitContentWidth + 24)
                onClicked: page.openSync()
                Accessible.name: Edits.pendingCount > 0
                                 ? qsTr("%n edits are waiting to be sent to the knowledge system", "", Edits.pendingCount)
                                 : qsTr("Sync with the knowledge system: %1").arg(Sync.summary)
                ToolTip.text: Sync.summary
                ToolTip.visible: hovered
            }
            ToolButton {
                objectName: "undoButton"
                icon.source: Theme.icon("undo")
                implicitHeight: Theme.touch
                implicitWidth: Theme.touch
                enabled: Edits.canUndo && Capture.mode === CaptureController.None
                onClicked: undoConfirm.open()
                Accessible.name: Edits.canUndo ? Edits.undoText : qsTr("Nothing to undo")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
            }
            ToolButton {
                objectName: "participationButton"
                visible: Participation.available
                icon.source: Theme.icon("participation")
                implicitHeight: Theme.touch
                implicitWidth: Theme.touch
                onClicked: page.openParticipation()
                Accessible.name: qsTr("Participation: drafts, comments and territorial tables")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
            }
            ToolButton {
                objectName: "filesButton"
                icon.source: Theme.icon("folder")
                implicitHeight: Theme.touch
                implicitWidth: Theme.touch
                onClicked: filesMenu.open()
                Accessible.name: qsTr("GIS files: import and export")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
                Menu {
                    id: filesMenu
                    y: parent.height
                    MenuItem {
                        objectName: "openImport"
                        text: qsTr("Import a comune's GIS file…")
                        height: Theme.touch
                        enabled: Import.available
                        onTriggered: page.openImport()
                    }
                    MenuItem {
                        objectName: "openExport"
                        text: qsTr("Export layers…")
                        height: Theme.touch
                        enabled: Export.available
                        onTriggered: page.openExport()
                    }
                }
            }
            ToolButton {
                icon.source: Theme.icon("list")
                implicitHeight: Theme.touch
                implicitWidth: Theme.touch
                onClicked: page.openList()
                Accessible.name: qsTr("Feature lists")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
            }
            ToolButton {
                icon.source: Theme.icon("settings")
                implicitHeight: Theme.touch
                implicitWidth: Theme.touch
                onClicked: page.openSettings()
                Accessible.name: qsTr("Settings")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
            }
        }
    }

    // The first-run notice ("the demo project was installed…") and others like it: above the map, in the flow, until
    // the person closes it; never over the drawing bar or a page's buttons.
    NoticeBanner {
        id: noticeBanner
        objectName: "noticeBanner"
        property bool closed: false
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: App.notice.length > 0 && !closed
        height: visible ? implicitHeight : 0
        text: App.notice
        onDismissed: closed = true
    }

    MapView {
        id: mapView
        anchors.top: noticeBanner.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        onTapped: {
            if (Capture.mode !== CaptureController.None) {
                if (Capture.gpsState === CaptureController.GpsIdle)
                    Capture.addVertex(coordinate)
                return
            }
            var hits = MapControl.identify(coordinate, mapView.map.zoomLevel, Layers.visibleLayers())
            if (hits.length === 0) {
                mapView.selection = ({})
                identifySheet.close()
                return
            }
            identifySheet.hits = hits
            mapView.selection = { "layer": hits[0].layer, "uuid": hits[0].uuid }
            identifySheet.open()
        }
    }

    Column {
        anchors.right: parent.right
        anchors.verticalCenter: mapView.verticalCenter
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        IconButton { iconName: "zoomin"; label: qsTr("Zoom in"); onClicked: mapView.map.zoomLevel = Math.min(20, mapView.map.zoomLevel + 1) }
        IconButton { iconName: "zoomout"; label: qsTr("Zoom out"); onClicked: mapView.map.zoomLevel = Math.max(3, mapView.map.zoomLevel - 1) }
        IconButton {
            iconName: mapView.follow ? "follow" : "locate"
            label: mapView.follow ? qsTr("Stop following the position") : qsTr("Go to my position and follow it")
            filled: mapView.follow
            enabled: Gps.valid
            onClicked: {
                mapView.follow = !mapView.follow
                if (mapView.follow) {
                    mapView.map.center = Gps.coordinate
                    if (mapView.map.zoomLevel < 16)
                        mapView.map.zoomLevel = 17
                }
            }
        }
        IconButton { iconName: "home"; label: qsTr("Show the whole project"); onClicked: mapView.zoomTo(MapControl.home, MapControl.homeZoom) }
    }

    Label {
        anchors.top: mapView.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.margin
        visible: MapControl.scene.loading
        text: qsTr("Loading layers…")
        padding: 8
        background: Rectangle { color: "#eeffffff"; radius: 4 }
    }

    // At a territorial table: whose turn it is, always in sight.
    Rectangle {
        id: tableBanner
        visible: Participation.session.length > 0 && Participation.sessionOpen && Capture.mode === CaptureController.None
        anchors.top: mapView.top
        anchors.left: parent.left
        anchors.topMargin: Theme.margin
        anchors.leftMargin: Theme.margin
        width: tableRow.implicitWidth + 24
        height: Theme.touch
        radius: Theme.touch / 2
        color: Theme.primary
        RowLayout {
            id: tableRow
            anchors.centerIn: parent
            spacing: 8
            Image { source: Theme.icon("table"); sourceSize.width: 22; sourceSize.height: 22 }
            Label {
                text: Participation.participant.length > 0 ? qsTr("Table: %1 · writing: %2").arg(Participation.sessionTitle).arg(Participation.participant)
                                                           : qsTr("Table: %1 · choose who writes").arg(Participation.sessionTitle)
                color: "white"
                font.bold: true
            }
        }
        MouseArea { anchors.fill: parent; onClicked: page.openTable() }
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Territorial table %1, open it").arg(Participation.sessionTitle)
    }
    Label {
        visible: Participation.placingComment && Capture.mode !== CaptureController.None
        anchors.top: mapView.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.margin
        text: Capture.mode === CaptureController.Point ? qsTr("Tap the place your comment is about")
                                                       : qsTr("Draw the area your comment is about")
        font.bold: true
        color: "white"
        padding: 10
        background: Rectangle { color: Theme.comment; radius: 6 }
    }

    RoundButton {
        id: addButton
        objectName: "addFeature"
        visible: Capture.mode === CaptureController.None
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 20
        width: 72
        height: 72
        highlighted: true
        Material.background: Theme.accent
        icon.source: Theme.icon("add")
        icon.width: 34
        icon.height: 34
        icon.color: "white"
        onClicked: newFeatureMenu.open()
        Accessible.name: qsTr("New feature")
        ToolTip.text: Accessible.name
        ToolTip.visible: hovered
    }

    // Always in the same place: its bottom right corner just above the "+" button, as tall as its layers need and
    // no taller than the room above the button (it scrolls then), so it can never run off the window.
    NewFeatureMenu {
        id: newFeatureMenu
        x: addButton.x + addButton.width - width
        y: Math.max(Theme.margin, addButton.y - height - Theme.spacing)
        height: Math.min(implicitHeight, addButton.y - Theme.margin - Theme.spacing)
        onChosen: page.startCapture(layer, geometry)
    }

    // Point capture: a cross in the middle of the map; "Place at the cross" puts the point under it.
    Crosshair {
        objectName: "captureCrosshair"
        visible: Capture.mode === CaptureController.Point
        x: mapView.x + (mapView.width - width) / 2
        y: mapView.y + (mapView.height - height) / 2
    }

    CaptureBar {
        id: captureBar
        onPlaceAtCross: Capture.addVertex(mapView.map.center)
        visible: Capture.mode !== CaptureController.None
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        onCancelled: {
            if (Capture.vertexCount > 1 && !Capture.editing)
                discardConfirm.open()
            else {
                Capture.cancel()
                Participation.cancelCommentPlace()
            }
        }
        onFinished: {
            if (Capture.editing) {
                if (!Edits.saveGeometryEdit())
                    page.notify(Edits.message, true)
                return
            }
            page.newFeatureDrawn()
        }
    }

    IdentifySheet {
        id: identifySheet
        onOpenRequested: page.openFeature(layer, uuid)
        onEditGeometryRequested: {
            identifySheet.close()
            Edits.beginGeometryEdit(layer, uuid)
        }
        onDeleteRequested: {
            deleteConfirm.layer = layer
            deleteConfirm.uuid = uuid
            deleteConfirm.open()
        }
        onClosed: if (Capture.mode === CaptureController.None) mapView.selection = ({})
    }

    LayersDrawer {
        id: layersDrawer
    }

    ConfirmDialog {
        id: undoConfirm
        title: qsTr("Undo")
        message: Edits.undoText
        confirmText: qsTr("Undo")
        onAccepted: if (!Edits.undo()) page.notify(Edits.message, true)
    }
    ConfirmDialog {
        id: discardConfirm
        title: qsTr("Discard the drawing?")
        message: qsTr("The vertices drawn so far will be lost.")
        confirmText: qsTr("Discard")
        onAccepted: {
            Capture.cancel()
            Participation.cancelCommentPlace()
        }
    }
    ConfirmDialog {
        id: deleteConfirm
        property string layer
        property string uuid
        title: qsTr("Delete the feature?")
        message: qsTr("It is removed from the project; until it is sent to the knowledge system you can still undo.")
        confirmText: qsTr("Delete")
        onAccepted: {
            identifySheet.close()
            if (!Edits.deleteFeature(layer, uuid))
                page.notify(Edits.message, true)
        }
    }
}
