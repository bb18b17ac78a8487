import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// A feature's form. Fields come from the layer definition; only the visible ones take space. Errors say which field
// and why; a hard error blocks saving, a missing required value only blocks "Save" (keep it as a draft instead).
Page {
    id: page
    property bool attemptedSave: false

    signal done()
    signal editGeometry(string layer, string uuid)
    signal pickPhoto(int row)
    signal takePhoto(int row)
    signal notify(string text, bool isError)

    function leave() {
        if (Form.isNew || Form.dirty)
            discardConfirm.open()
        else
            page.done()
    }
    // Scrolls the form to a field (from the error banner's links) and gives its editor the focus.
    function showField(row) {
        list.positionViewAtIndex(row, ListView.Beginning)
        var item = list.itemAtIndex(row)
        if (item)
            item.forceActiveFocus()
    }
    function trySave(draft) {
        attemptedSave = true
        if (draft ? Form.saveDraft() : Form.save()) {
            page.notify(draft ? qsTr("Saved as draft") : qsTr("Saved"), false)
            page.done()
        }
    }

    header: ToolBar {
        Material.background: Theme.primary
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                icon.source: Theme.icon("back")
                implicitHeight: Theme.touch
                implicitWidth: Theme.touch
                onClicked: page.leave()
                Accessible.name: qsTr("Back to the map")
            }
            Label {
                Layout.fillWidth: true
                text: Form.isNew ? qsTr("New: %1").arg(Form.layerTitle) : Form.layerTitle
                font.pixelSize: Theme.titleFont
                font.bold: true
                color: "white"
                elide: Text.ElideRight
            }
            Label {
                visible: Form.wasDraft
                text: qsTr("DRAFT")
                color: "#1a1a1a"
                font.bold: true
                padding: 6
                background: Rectangle { color: Theme.draft; radius: 4 }
            }
            ToolButton {
                visible: !Form.isNew
                icon.source: Theme.icon("vertices")
                implicitHeight: Theme.touch
                implicitWidth: Theme.touch
                onClicked: page.editGeometry(Form.layer, Form.featureUuid)
                Accessible.name: qsTr("Move the vertices")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
            }
            ToolButton {
                visible: !Form.isNew
                icon.source: Theme.icon("delete")
                implicitHeight: Theme.touch
                implicitWidth: Theme.touch
                onClicked: deleteConfirm.open()
                Accessible.name: qsTr("Delete the feature")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            id: banner
            objectName: "problemsBanner"
            Layout.fillWidth: true
            visible: Form.definitionError.length > 0 || (page.attemptedSave && Form.message.length > 0)
            Material.background: Theme.errorSurface
            padding: Theme.margin
            // The message's first line, then each field it names as a link that scrolls the form to that field
            // (a field below the fold was named but could not be found).
            readonly property bool listsFields: Form.definitionError.length === 0 && Form.message.indexOf("\n") > 0
            RowLayout {
                width: parent.width
                spacing: 10
                Image {
                    source: Theme.icon("warning")
                    sourceSize.width: 28
                    sourceSize.height: 28
                    Layout.alignment: Qt.AlignTop
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.error
                        font.pixelSize: Theme.fontSize
                        font.bold: banner.listsFields
                        text: Form.definitionError.length > 0 ? Form.definitionError
                            : banner.listsFields ? Form.message.substring(0, Form.message.indexOf("\n")) : Form.message
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    Repeater {
                        model: banner.listsFields ? Form.fields : null
                        delegate: FieldLink {
                            Layout.fillWidth: true
                            visible: model.fieldVisible && (model.error.length > 0 || model.missing)
                            text: model.error.length > 0 ? model.error : qsTr("%1 is required").arg(model.label)
                            onClicked: page.showField(index)
                        }
                    }
                }
            }
        }

        Pane {
            objectName: "syncHoldBanner"
            Layout.fillWidth: true
            visible: Form.syncHold.length > 0
            Material.background: Theme.warningSurface
            padding: Theme.margin
            RowLayout {
                width: parent.width
                spacing: 10
                Image { source: Theme.icon("warning"); sourceSize.width: 28; sourceSize.height: 28 }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontSize
                    text: Form.syncHold
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
        }

        ListView {
            id: list
            objectName: "fieldList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Form.fields
            spacing: 2
            cacheBuffer: 600
            ScrollBar.vertical: ScrollBar {}
            delegate: FieldDelegate {
                width: list.width
                showMissing: page.attemptedSave
                onPickPhoto: page.pickPhoto(index)
                onTakePhoto: page.takePhoto(index)
            }
            footer: Item { height: 24 }
        }
    }

    footer: Pane {
        Material.elevation: 6
        padding: Theme.spacing
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                visible: Form.pendingPhotos > 0
                text: qsTr("Storing %n photos…", "", Form.pendingPhotos)
                font.pixelSize: Theme.smallFont
            }
            Item { Layout.fillWidth: true; visible: Form.pendingPhotos === 0 }
            Button {
                objectName: "saveDraft"
                text: qsTr("Keep as draft")
                implicitHeight: Theme.touch
                enabled: Form.definitionError.length === 0
                onClicked: page.trySave(true)
                Accessible.name: qsTr("Keep as draft, to finish later")
            }
            Button {
                objectName: "save"
                text: qsTr("Save")
                highlighted: true
                implicitHeight: Theme.touch
                enabled: Form.definitionError.length === 0
                onClicked: page.trySave(false)
                Accessible.name: text
            }
        }
    }

    ConfirmDialog {
        id: discardConfirm
        title: Form.isNew ? qsTr("Discard the new feature?") : qsTr("Discard the changes?")
        message: Form.isNew ? qsTr("The geometry and the values entered will be lost.")
                            : qsTr("The values changed since the last save will be lost.")
        confirmText: qsTr("Discard")
        onAccepted: page.done()
    }
    ConfirmDialog {
        id: deleteConfirm
        title: qsTr("Delete the feature?")
        message: qsTr("It is removed from the project; until it is sent to the knowledge system you can still undo.")
        confirmText: qsTr("Delete")
        onAccepted: {
            if (Form.removeFeature())
                page.done()
            else
                page.notify(Form.message, true)
        }
    }
}
