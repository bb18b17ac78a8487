import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// Removing a project from this device. With changes not yet on the SIT it says how many, offers to open the project
// and export them first, and removes it anyway only once the person has confirmed they are lost.
Dialog {
    id: dialog
    property var info: ({}) // Projects.removal(id): {id, title, unsent, allowed, reason}
    readonly property int unsent: info.unsent || 0
    signal openAndExport(string id)

    function ask(id) {
        info = Projects.removal(id)
        understood.checked = false
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 48 : 560, 600)
    title: qsTr("Remove “%1”").arg(info.title || "")
    standardButtons: Dialog.NoButton

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacing * 2
        Label {
            objectName: "removeMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSize
            text: !dialog.info.allowed ? (dialog.info.reason || "")
                  : dialog.unsent > 0
                    ? qsTr("“%1” has changes to %n features that are not on the SIT yet. Removing the project deletes "
                           + "them from this device for good.", "", dialog.unsent).arg(dialog.info.title)
                      + "\n\n" + qsTr("Open the project and export them first, or let the sync send them, then remove it.")
                    : qsTr("Remove “%1” from this device? Its features, photos and maps here are deleted; what was sent "
                           + "to the SIT stays there.").arg(dialog.info.title)
            Accessible.role: dialog.unsent > 0 ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }
        CheckBox {
            id: understood
            objectName: "removeUnderstood"
            Layout.fillWidth: true
            visible: dialog.info.allowed === true && dialog.unsent > 0
            text: qsTr("I understand: the %n unsent changes are lost", "", dialog.unsent)
            implicitHeight: Theme.touch
            Accessible.name: text
        }
    }

    footer: DialogButtonBox {
        Button {
            text: dialog.info.allowed ? qsTr("Cancel") : qsTr("OK")
            flat: true
            implicitHeight: Theme.touch
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
        Button {
            objectName: "removeOpenExport"
            visible: dialog.info.allowed === true && dialog.unsent > 0
            text: qsTr("Open and export")
            implicitHeight: Theme.touch
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                dialog.close()
                dialog.openAndExport(dialog.info.id)
            }
            Accessible.name: qsTr("Open %1 and export its layers").arg(dialog.info.title)
        }
        Button {
            objectName: "removeConfirm"
            visible: dialog.info.allowed === true
            enabled: dialog.unsent === 0 || understood.checked
            text: dialog.unsent > 0 ? qsTr("Remove anyway") : qsTr("Remove")
            highlighted: true
            Material.background: Theme.error
            implicitHeight: Theme.touch
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                dialog.close()
                Projects.remove(dialog.info.id, dialog.unsent > 0)
            }
            Accessible.name: dialog.unsent > 0 ? qsTr("Remove %1 and lose its unsent changes").arg(dialog.info.title)
                                                : qsTr("Remove %1 from this device").arg(dialog.info.title)
        }
    }
}
