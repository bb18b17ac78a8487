import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15

// The blue bar of a page: back, title, and room for tools on the right.
ToolBar {
    id: bar
    property string title
    property string backLabel: qsTr("Back")
    property bool canGoBack: true
    default property alias tools: toolRow.data
    signal back()
    Material.background: Theme.primary
    Material.foreground: "white"
    RowLayout {
        anchors.fill: parent
        ToolButton {
            visible: bar.canGoBack
            icon.source: Theme.icon("back")
            implicitWidth: Theme.touch
            implicitHeight: Theme.touch
            onClicked: bar.back()
            Accessible.name: bar.backLabel
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: bar.canGoBack ? 0 : Theme.margin
            text: bar.title
            elide: Text.ElideRight
            font.pixelSize: Theme.titleFont
            font.bold: true
            color: "white"
        }
        RowLayout { id: toolRow }
    }
}
