import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// The sync with the SIT: where every edit is, "sync now" with progress and cancel, each layer's state, and the
// conflicts that wait for a person.
Page {
    id: page
    signal back()
    signal openConflict(var conflictId)
    signal openFeature(string layer, string uuid)
    signal exportLayer(string layer)
    signal reopenProject()
    property alias accountDialog: accountDialog
    property alias letGoDialog: letGoDialog

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
                Accessible.name: qsTr("Back to the map")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Sync with the SIT")
                font.pixelSize: Theme.titleFont
                font.bold: true
                color: "white"
            }
            ToolButton {
                text: qsTr("Account")
                implicitHeight: Theme.touch
                onClicked: accountDialog.open()
                Accessible.name: qsTr("SIT address, user and password")
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.height + 40
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.margin * 2
            y: Theme.margin * 2
            width: Math.min(parent.width - Theme.margin * 4, 900)
            spacing: Theme.spacing

            // A newer definition applied by the last run: the project opens again on it.
            Pane {
                objectName: "definitionPending"
                Layout.fillWidth: true
                visible: Object.keys(Sync.definitionUpdate).length > 0
                padding: Theme.margin
                background: Rectangle { color: "#e8f0f4"; radius: 6; border.color: Theme.primary; border.width: 1 }
                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing * 2
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("The GIS office published version %1 of the project: it opens again on it when you go back to the map.")
                              .arg(Sync.definitionUpdate.toVersion || "")
                        wrapMode: Text.Wrap
                    }
                    Button {
                        text: qsTr("Open it now")
                        highlighted: true
                        implicitHeight: Theme.touch
                        onClicked: page.reopenProject()
                        Accessible.name: qsTr("Open the project again on its new definition now")
                    }
                }
            }
            // A newer definition this device cannot apply: the project keeps its own, and says why.
            Pane {
                objectName: "definitionRefused"
                Layout.fillWidth: true
                visible: Sync.definitionRefused.length > 0
                padding: Theme.margin
                background: Rectangle { color: "#fff4f4"; radius: 6; border.color: Theme.error; border.width: 1 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("The SIT has a newer definition of this project that this device cannot apply. The project keeps working on the one it has; tell the GIS office:")
                        font.bold: true
                        color: Theme.error
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text + " " + Sync.definitionRefused.join(" ")
                    }
                    Repeater {
                        model: Sync.definitionRefused
                        delegate: Label {
                            Layout.fillWidth: true
                            text: "• " + modelData
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.smallFont
                        }
                    }
                }
            }

            SyncStatusBanner {
                Layout.fillWidth: true
                onCredentialsRequested: accountDialog.open()
                onRetryRequested: Sync.retryRefused()
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing * 2
                Button {
                    objectName: "syncNow"
                    text: Sync.running ? qsTr("Cancel") : qsTr("Sync now")
                    icon.source: Sync.running ? Theme.icon("close") : Theme.icon("sync")
                    highlighted: !Sync.running
                    // Without an account there is nothing to sync with: the button says so below and the Account
                    // button next to it is the way on.
                    enabled: Sync.running || Sync.configured
                    implicitHeight: Theme.touch + 8
                    onClicked: Sync.running ? Sync.cancel() : Sync.syncNow()
                    Accessible.name: Sync.running ? qsTr("Cancel the sync")
                                   : Sync.configured ? qsTr("Sync now with the SIT")
                                                     : qsTr("Sync now: not available, no SIT account on this device")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: Sync.running
                    Label { text: Sync.step; elide: Text.ElideRight; Layout.fillWidth: true }
                    ProgressBar {
                        Layout.fillWidth: true
                        value: Sync.progress
                        Accessible.name: qsTr("Sync progress")
                    }
                }
                Item { Layout.fillWidth: true; visible: !Sync.running }
                Switch {
                    text: qsTr("Automatic")
                    checked: Sync.autoSync
                    implicitHeight: Theme.touch
                    onToggled: Sync.autoSync = checked
                    Accessible.name: qsTr("Sync automatically when edits wait and the network is there")
                }
            }
            Label {
                Layout.fillWidth: true
                visible: Sync.configured
                text: qsTr("%1 as %2").arg(Sync.serverUrl).arg(Sync.user)
                font.pixelSize: Theme.smallFont
                color: Theme.secondaryText
                elide: Text.ElideMiddle
            }
            RowLayout {
                objectName: "noAccount"
                Layout.fillWidth: true
                visible: !Sync.configured
                spacing: Theme.spacing
                Image { source: Theme.icon("info"); sourceSize.width: 24; sourceSize.height: 24 }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Sync is not possible yet: this device has no SIT account. Enter the address, user and password the GIS office gave you.")
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                Button {
                    text: qsTr("Enter the account")
                    implicitHeight: Theme.touch
                    onClicked: accountDialog.open()
                    Accessible.name: qsTr("Enter the SIT address, user and password")
                }
            }

            SectionHeader {
                visible: Sync.conflicts > 0
                text: qsTr("Conflicts to resolve")
            }
            Repeater {
                model: Sync.conflictList
                delegate: ItemDelegate {
                    objectName: "conflict_" + index
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touch + 16, row.implicitHeight + 16)
                    onClicked: page.openConflict(conflictId)
                    Accessible.name: qsTr("Conflict on %1 in %2: %3").arg(feature).arg(layerTitle).arg(kindText)
                    contentItem: RowLayout {
                        id: row
                        spacing: Theme.spacing * 2
                        Image { source: Theme.icon("conflict"); sourceSize.width: 28; sourceSize.height: 28 }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label { text: feature; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label {
                                text: layerTitle + " · " + kindText
                                font.pixelSize: Theme.smallFont
                                color: Theme.error
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        Label { text: qsTr("Resolve"); color: Theme.primary; font.bold: true }
                    }
                }
            }

            SectionHeader {
                visible: Sync.attention.length > 0 || Sync.photosMissing > 0
                text: qsTr("Waiting for you")
            }
            Repeater {
                model: Sync.attention
                delegate: ItemDelegate {
                    objectName: "attention_" + index
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touch + 16, attentionRow.implicitHeight + 16)
                    readonly property bool correctable: modelData.kind === "fix" && !modelData.kept
                    onClicked: if (modelData.kind === "fix") page.openFeature(modelData.layer, modelData.uuid)
                    Accessible.name: (modelData.kind === "retired" ? qsTr("Layer %1 is no longer in the project: %2").arg(modelData.layerTitle).arg(modelData.text)
                                      : modelData.kind === "fix" ? qsTr("Correct %1 in %2: %3").arg(modelData.feature).arg(modelData.layerTitle).arg(modelData.text)
                                      : qsTr("%1 in %2 could not be taken: %3").arg(modelData.feature).arg(modelData.layerTitle).arg(modelData.text))
                    contentItem: RowLayout {
                        id: attentionRow
                        spacing: Theme.spacing * 2
                        Image { source: Theme.icon("warning"); sourceSize.width: 28; sourceSize.height: 28 }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                text: modelData.kind === "retired" ? modelData.layerTitle : modelData.feature + " · " + modelData.layerTitle
                                font.bold: true
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: modelData.kind === "retired" ? modelData.text
                                      : modelData.kind === "fix" && modelData.kept
                                        ? qsTr("A field of this change is no longer in the project; the change waits until you send it without that value:") + "\n" + modelData.text
                                      : modelData.kind === "fix"
                                        ? qsTr("Cannot be sent as it is; it stays on this device until corrected:") + "\n" + modelData.text
                                        : qsTr("On the SIT, but this device could not take it (tried again at every sync):") + "\n" + modelData.text
                                font.pixelSize: Theme.smallFont
                                color: Theme.error
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            visible: correctable
                            text: qsTr("Correct")
                            color: Theme.primary
                            font.bold: true
                        }
                        Button {
                            objectName: "sendWithout_" + modelData.uuid
                            visible: modelData.kind === "fix" && modelData.kept === true
                            text: qsTr("Send without it")
                            implicitHeight: Theme.touch
                            onClicked: Sync.sendWithoutRemovedValues(modelData.layer, modelData.uuid)
                            Accessible.name: qsTr("Send the change of %1 without the values of removed fields").arg(modelData.feature)
                        }
                        Button {
                            objectName: "exportRetired_" + modelData.layer
                            visible: modelData.kind === "retired"
                            text: qsTr("Export")
                            implicitHeight: Theme.touch
                            onClicked: page.exportLayer(modelData.layer)
                            Accessible.name: qsTr("Export the layer %1").arg(modelData.layerTitle)
                        }
                        Button {
                            objectName: "letGo_" + modelData.layer
                            visible: modelData.kind === "retired"
                            text: qsTr("Let it go")
                            implicitHeight: Theme.touch
                            onClicked: {
                                letGoDialog.layer = modelData.layer
                                letGoDialog.message = qsTr("The layer “%1” and the changes to %n of its features that were never sent leave this device for good. Export them first if they matter.", "", modelData.count || 0).arg(modelData.layerTitle)
                                letGoDialog.open()
                            }
                            Accessible.name: qsTr("Let the layer %1 go, with its unsent changes").arg(modelData.layerTitle)
                        }
                    }
                }
            }
            Label {
                visible: Sync.photosMissing > 0
                Layout.fillWidth: true
                text: qsTr("%n photos of features on this device are not here yet: they are downloaded at the next sync.",
                           "", Sync.photosMissing)
                wrapMode: Text.Wrap
                color: Theme.warning
            }

            SectionHeader { text: qsTr("Layers") }
            Repeater {
                model: Sync.layers
                delegate: Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: layerColumn.implicitHeight + 16
                    color: index % 2 ? Theme.background : Theme.surface
                    radius: 4
                    Accessible.role: Accessible.ListItem
                    Accessible.name: title + ": " + stateText.text
                    ColumnLayout {
                        id: layerColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: Theme.margin
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label { text: title; font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
                            Label {
                                id: stateText
                                text: pending + refused + conflicts === 0
                                      ? (lastSuccess.length > 0 ? qsTr("on the SIT") : qsTr("not synced yet"))
                                      : [pending > 0 ? qsTr("%n to send", "", pending) : "",
                                         conflicts > 0 ? qsTr("%n in conflict", "", conflicts) : "",
                                         refused > 0 ? qsTr("%n refused", "", refused) : ""].filter(Boolean).join(" · ")
                                // Green only for what is on the SIT: a layer never synchronised is neutral.
                                color: pending + refused + conflicts === 0 ? (lastSuccess.length > 0 ? Theme.ok : Theme.neutral)
                                     : conflicts + refused > 0 ? Theme.error : Theme.warning
                                font.bold: true
                            }
                        }
                        Label {
                            visible: lastSuccess.length > 0
                            text: qsTr("Last sync: %1").arg(lastSuccess)
                            font.pixelSize: Theme.smallFont
                            color: Theme.secondaryText
                        }
                        Label {
                            visible: refusal.length > 0
                            Layout.fillWidth: true
                            text: qsTr("The SIT refused: %1").arg(refusal)
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.smallFont
                            color: Theme.error
                        }
                        Label {
                            visible: lastError.length > 0
                            Layout.fillWidth: true
                            text: lastError
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.smallFont
                            color: Theme.error
                        }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                visible: Sync.lastCheck.length > 0
                text: qsTr("Last full comparison with the SIT: %1").arg(Sync.lastCheck)
                font.pixelSize: Theme.smallFont
                color: Theme.secondaryText
            }

            SectionHeader {
                visible: Sync.warnings.length > 0
                text: qsTr("Notes from the last sync")
            }
            Repeater {
                model: Sync.warnings
                delegate: Label {
                    Layout.fillWidth: true
                    text: "• " + modelData
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallFont
                    color: Theme.warning
                }
            }
        }
    }

    SyncAccountDialog { id: accountDialog }
    ConfirmDialog {
        id: letGoDialog
        property string layer
        title: qsTr("Let the layer go")
        confirmText: qsTr("Let it go")
        destructive: true
        onAccepted: {
            Sync.letRetiredLayerGo(layer)
            Export.refreshRetired()
        }
    }
}
