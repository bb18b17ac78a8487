import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import "../common"

// Progress of a long file job, with its cancel button, at the bottom of the page.
Rectangle {
    id: bar
    property string text
    property double progress: 0
    signal cancel()
    implicitHeight: row.implicitHeight + 2 * Theme.margin
    color: "#e8f0f4"
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2
        ColumnLayout {
            Layout.fillWidth: true
            Label { text: bar.text; Layout.fillWidth: true; elide: Text.ElideRight }
            ProgressBar {
                objectName: "fileJobProgress"
                Layout.fillWidth: true
                from: 0
                to: 1
                value: bar.progress
                indeterminate: bar.progress <= 0
                Accessible.name: qsTr("%1 %2 percent").arg(bar.text).arg(Math.round(bar.progress * 100))
            }
        }
        Button {
            objectName: "fileJobCancel"
            text: qsTr("Cancel")
            icon.source: Theme.icon("close")
            implicitHeight: Theme.touch
            onClicked: bar.cancel()
            Accessible.name: qsTr("Cancel: nothing is written")
        }
    }
}
