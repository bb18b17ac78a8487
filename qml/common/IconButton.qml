import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15

// A round icon button with a 48 px touch target, a tooltip and an accessible name (the same text).
RoundButton {
    id: control
    property string iconName
    property string label
    property bool filled: false

    implicitWidth: Theme.touch + 4
    implicitHeight: Theme.touch + 4
    icon.source: iconName ? Theme.icon(iconName) : ""
    icon.width: 26
    icon.height: 26
    icon.color: filled ? "white" : (enabled ? Theme.text : "#8a8a8a")
    highlighted: filled
    Material.background: filled ? Theme.primary : Theme.surface
    Material.elevation: 3
    display: AbstractButton.IconOnly
    text: label
    focusPolicy: Qt.TabFocus

    ToolTip.visible: hovered && label.length > 0
    ToolTip.text: label
    ToolTip.delay: 600
    Accessible.name: label
    Accessible.role: Accessible.Button
}
