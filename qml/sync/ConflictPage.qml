import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// One conflict, as a person decides it: for each field both sides changed, the value it had, mine and the SIT's.
// Keep mine, keep the SIT's, or choose field by field (and type a value where neither is right).
Page {
    id: page
    property var conflictId
    property var detail: Sync.conflictDetail(conflictId)
    // field -> "mine" | "theirs" | "other"
    property var choice: ({})
    property var typed: ({})
    signal done(string message)
    signal back()

    readonly property bool deletion: detail.kind === "edit-delete" || detail.kind === "delete-edit"
    // One width per column, shared by the header and every row, so the versions line up.
    readonly property real tableWidth: Math.min(width - Theme.margin * 4, 1000)
    readonly property real fieldWidth: tableWidth * 0.22
    readonly property real valueWidth: (tableWidth - fieldWidth) / (deletion ? 2 : 3) - Theme.spacing * 2

    function resolve(how) {
        var values = {}
        if (how === "edit") {
            var fields = detail.fields
            var allMine = true, allTheirs = true
            for (var i = 0; i < fields.length; ++i) {
                var f = fields[i]
                var c = choice[f.field] || "mine"
                if (c !== "mine") allMine = false
                if (c !== "theirs") allTheirs = false
                values[f.field] = c === "theirs" ? f.theirsValue : c === "other" ? (typed[f.field] || "") : f.mineValue
            }
            if (allMine) how = "mine"
            else if (allTheirs) how = "theirs"
        }
        if (Sync.resolveConflict(conflictId, how, values))
            page.done(how === "theirs" ? qsTr("The SIT's version was kept.") : qsTr("Your choice will be sent with the next sync."))
    }

    header: ToolBar {
        Material.background: Theme.primary
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                icon.source: Theme.icon("back")
                implicitWidth: Theme.touch
                implicitHeight: Theme.touch
                onClicked: page.back()
                Accessible.name: qsTr("Back to the sync page")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Conflict: %1").arg(detail.feature || "")
                font.pixelSize: Theme.titleFont
                font.bold: true
                color: "white"
                elide: Text.ElideRight
            }
        }
    }

    Flickable {
        anchors.fill: parent
        anchors.bottomMargin: buttons.height
        contentHeight: column.height + 40
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.margin * 2
            y: Theme.margin * 2
            width: page.tableWidth
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: (detail.layerTitle || "") + " · " + (detail.kindText || "")
                font.bold: true
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: detail.kind === "edit-delete"
                      ? qsTr("You changed this feature here, and it was deleted on the SIT%1. Keep yours to bring it back with your changes, or accept the deletion.").arg(detail.theirsBy ? " (" + detail.theirsBy + ")" : "")
                      : detail.kind === "delete-edit"
                        ? qsTr("You deleted this feature here, and it was changed on the SIT%1. Delete it anyway, or keep the SIT's version.").arg(detail.theirsBy ? " (" + detail.theirsBy + ")" : "")
                        : qsTr("These fields were changed both here and on the SIT%1. Nothing has been overwritten: choose what stays.").arg(detail.theirsBy ? " (" + detail.theirsBy + ")" : "")
            }

            // Header row of the comparison.
            RowLayout {
                spacing: Theme.spacing * 2
                Label { text: qsTr("Field"); font.bold: true; font.pixelSize: Theme.smallFont; Layout.preferredWidth: page.fieldWidth }
                Label { text: qsTr("Before"); font.bold: true; font.pixelSize: Theme.smallFont; Layout.preferredWidth: page.valueWidth }
                Label {
                    visible: !page.deletion || detail.kind === "edit-delete"
                    text: qsTr("Mine (this device)"); font.bold: true; font.pixelSize: Theme.smallFont
                    Layout.preferredWidth: page.valueWidth
                }
                Label {
                    visible: !page.deletion || detail.kind === "delete-edit"
                    text: qsTr("SIT"); font.bold: true; font.pixelSize: Theme.smallFont
                    Layout.preferredWidth: page.valueWidth
                }
            }
            Rectangle { Layout.preferredWidth: page.tableWidth; height: 1; color: "#cccccc" }

            Repeater {
                model: detail.fields || []
                delegate: ColumnLayout {
                    id: fieldRow
                    spacing: 4
                    property string fieldName: modelData.field
                    property string picked: page.choice[fieldName] || "mine"
                    RowLayout {
                        spacing: Theme.spacing * 2
                        Label { text: modelData.label; font.bold: true; wrapMode: Text.Wrap; Layout.preferredWidth: page.fieldWidth }
                        Label { text: modelData.base; wrapMode: Text.Wrap; Layout.preferredWidth: page.valueWidth; color: Theme.secondaryText }
                        VersionChoice {
                            visible: !page.deletion || detail.kind === "edit-delete"
                            Layout.preferredWidth: page.valueWidth
                            text: modelData.mine
                            checked: fieldRow.picked === "mine"
                            enabled: !page.deletion
                            onClicked: { var c = page.choice; c[fieldRow.fieldName] = "mine"; page.choice = c }
                            Accessible.name: qsTr("%1: keep mine, %2").arg(modelData.label).arg(modelData.mine)
                        }
                        VersionChoice {
                            visible: !page.deletion || detail.kind === "delete-edit"
                            Layout.preferredWidth: page.valueWidth
                            text: modelData.theirs
                            checked: fieldRow.picked === "theirs"
                            enabled: !page.deletion
                            onClicked: { var c = page.choice; c[fieldRow.fieldName] = "theirs"; page.choice = c }
                            Accessible.name: qsTr("%1: keep the SIT's, %2").arg(modelData.label).arg(modelData.theirs)
                        }
                    }
                    RowLayout {
                        visible: !page.deletion && modelData.editable
                        spacing: Theme.spacing * 2
                        Item { Layout.preferredWidth: page.fieldWidth + page.valueWidth }
                        RadioButton {
                            text: qsTr("Other value:")
                            checked: fieldRow.picked === "other"
                            implicitHeight: Theme.touch
                            onClicked: { var c = page.choice; c[fieldRow.fieldName] = "other"; page.choice = c }
                            Accessible.name: qsTr("%1: type another value").arg(modelData.label)
                        }
                        TextField {
                            Layout.preferredWidth: page.valueWidth * 2 - 140
                            implicitHeight: 48
                            enabled: fieldRow.picked === "other"
                            onTextEdited: { var t = page.typed; t[fieldRow.fieldName] = text; page.typed = t }
                            Accessible.name: qsTr("%1: value to keep").arg(modelData.label)
                        }
                    }
                    Rectangle { Layout.preferredWidth: page.tableWidth; height: 1; color: "#e0e0e0" }
                }
            }
            Label {
                visible: detail.geometryConflict === true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("The shape or position was also changed on both sides: keeping yours keeps the shape drawn on this device.")
                color: Theme.warning
            }
        }
    }

    Rectangle {
        id: buttons
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.touch + 2 * Theme.margin
        color: Theme.background
        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing * 2
            Item { Layout.fillWidth: true }
            Button {
                objectName: "keepTheirs"
                text: detail.kind === "edit-delete" ? qsTr("Accept the deletion") : qsTr("Keep the SIT's version")
                implicitHeight: Theme.touch
                onClicked: page.resolve("theirs")
                Accessible.name: text
            }
            Button {
                objectName: "keepMine"
                text: detail.kind === "delete-edit" ? qsTr("Delete anyway")
                    : detail.kind === "edit-delete" ? qsTr("Keep mine") : qsTr("Keep my choices")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: page.resolve(page.deletion ? "mine" : "edit")
                Accessible.name: text
            }
        }
    }
}
