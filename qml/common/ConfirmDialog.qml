import QtQuick 2.15
import QtQuick.Controls 2.15

// Asks before something that cannot be taken back in one tap (deleting, discarding a new feature).
Dialog {
    id: dialog
    property alias message: body.text
    property string confirmText: qsTr("Confirm")
    property bool destructive: false

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 48 : 480, 520)
    standardButtons: Dialog.NoButton
    Label {
        id: body
        width: dialog.availableWidth
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSize
    }
    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
        Button {
            objectName: "confirmAccept"
            text: dialog.confirmText
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: text
        }
    }
}
