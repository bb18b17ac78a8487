import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15

// A message that stays until read, in the layout flow: what is below it moves down, nothing is covered.
// (The first-run notice used to be a toast over the bottom of every page, hiding its buttons.)
Pane {
    id: banner
    property alias text: message.text
    property string iconName: "info"
    signal dismissed()

    padding: Theme.spacing
    leftPadding: Theme.margin
    Material.background: "#e8f0f4"
    Material.elevation: 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        width: parent.width
        spacing: Theme.spacing
        Image {
            source: Theme.icon(banner.iconName)
            sourceSize.width: 24
            sourceSize.height: 24
            Layout.alignment: Qt.AlignVCenter
        }
        Label {
            id: message
            objectName: "noticeText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSize
        }
        Button {
            objectName: "noticeDismiss"
            text: qsTr("OK")
            flat: true
            implicitHeight: Theme.touch
            implicitWidth: Math.max(Theme.touch, implicitContentWidth + 32)
            onClicked: banner.dismissed()
            Accessible.name: qsTr("Close the message")
        }
    }
}
