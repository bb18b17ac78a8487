import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15

// An action that removes or ends something (erase personal data, close a table, delete): red text and a red border,
// never filled like a main action, so it is not tapped for one.
Button {
    id: control
    implicitHeight: Theme.touch
    flat: true
    icon.source: Theme.icon("delete")
    icon.color: enabled ? Theme.error : Theme.secondaryText
    Material.foreground: Theme.error
    font.bold: true
    background: Rectangle {
        implicitHeight: Theme.touch
        radius: 4
        color: control.pressed ? Theme.errorSurface : "transparent"
        border.color: control.enabled ? Theme.error : Theme.outline
        border.width: control.visualFocus ? 3 : 2
    }
    Accessible.name: text
}
