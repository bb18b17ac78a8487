import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// What a newer definition of the project, applied by the sync, changed: the layers and fields, the unsent changes
// that now wait for a person, the layers kept only for their unsent changes. Shown once the project is open again.
Dialog {
    id: dialog
    property var update: ({}) // {fromVersion, toVersion, changes, held, retiredLayers, droppedLayers}
    readonly property int held: update.held || 0
    readonly property var retired: update.retiredLayers || []
    readonly property var dropped: update.droppedLayers || []
    readonly property var changes: update.changes || []
    signal openSync()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 48 : 640, 680)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : 600)
    title: qsTr("The project was updated")
    standardButtons: Dialog.NoButton

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}
        implicitHeight: column.implicitHeight
        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: dialog.update.fromVersion > 0
                      ? qsTr("The GIS office published version %1 of the project's definition (this device had version %2). Nothing entered here was lost.")
                        .arg(dialog.update.toVersion).arg(dialog.update.fromVersion)
                      : qsTr("The GIS office published version %1 of the project's definition. Nothing entered here was lost.")
                        .arg(dialog.update.toVersion)
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "definitionHeld"
                Layout.fillWidth: true
                visible: dialog.held > 0
                text: qsTr("%n changes not yet sent no longer fit the new rules: they wait for you on the sync page.", "", dialog.held)
                font.bold: true
                color: Theme.warning
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: dialog.retired.length > 0
                text: qsTr("No longer in the project, kept here for their unsent changes: %1. Export them from the sync page, then let them go.")
                      .arg(dialog.retired.join(", "))
                font.bold: true
                color: Theme.warning
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: dialog.dropped.length > 0
                text: qsTr("Removed from the project: %1 (their features stay on the SIT).").arg(dialog.dropped.join(", "))
                wrapMode: Text.Wrap
            }
            SectionHeader { visible: dialog.changes.length > 0; text: qsTr("What changed") }
            Repeater {
                model: dialog.changes
                delegate: Label {
                    Layout.fillWidth: true
                    text: "• " + modelData
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallFont
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "definitionOpenSync"
            visible: dialog.held > 0 || dialog.retired.length > 0
            text: qsTr("Open the sync page")
            implicitHeight: Theme.touch
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                dialog.close()
                dialog.openSync()
            }
            Accessible.name: text
        }
        Button {
            objectName: "definitionOk"
            text: qsTr("OK")
            highlighted: true
            implicitHeight: Theme.touch
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: text
        }
    }
}
