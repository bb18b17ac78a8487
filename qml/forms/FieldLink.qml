import QtQuick 2.15
import QtQuick.Controls 2.15
import "../common"

// A field named by the form's error banner: underlined like a link, a full touch target; tapping it scrolls there.
AbstractButton {
    id: link
    implicitHeight: Math.max(Theme.touch, label.implicitHeight + 8)
    implicitWidth: label.implicitWidth
    contentItem: Label {
        id: label
        text: "\u203a " + link.text
        color: Theme.error
        font.pixelSize: Theme.fontSize
        font.underline: true
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle { color: link.pressed ? "#f8d7d3" : "transparent"; radius: 4 }
    Accessible.role: Accessible.Link
    Accessible.name: qsTr("Go to the field: %1").arg(text)
}
