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
            // A long title (a draft's strategy on a tablet upright) takes a second or third line, never "…".
            wrapMode: Text.Wrap
            maximumLineCount: 3
            readonly property bool wraps: titleMetrics.width > width
            topPadding: wraps ? 4 : 0
            bottomPadding: wraps ? 4 : 0
            lineHeight: wraps ? 0.9 : 1.0
            font.pixelSize: wraps ? Theme.fontSize : Theme.titleFont
            TextMetrics { id: titleMetrics; text: bar.title; font.pixelSize: Theme.titleFont; font.bold: true }
            font.bold: true
            color: "white"
        }
        RowLayout { id: toolRow }
    }
}
