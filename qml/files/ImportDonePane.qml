import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// Step 4: what was imported, and that it goes to the SIT with the next sync like any field edit.
Item {
    id: pane
    signal showLayer(string layer)
    readonly property var s: Import.summary
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 720)
        spacing: Theme.margin
        Image {
            source: Theme.icon("check")
            sourceSize.width: 64
            sourceSize.height: 64
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "importDone"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.titleFont
            font.bold: true
            text: qsTr("%n features imported from %1", "", s.rowsImported || 0).arg(Import.fileName)
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: ((s.rowsSplit || 0) > 0 ? qsTr("%n rows of several parts became %1 features, one per part.", "", s.rowsSplit).arg(s.featuresFromSplit) + " " : "")
                  + ((s.rowsRejected || 0) > 0 ? qsTr("%n rows were left out; their report stays with the import.", "", s.rowsRejected) + " " : "")
                  + qsTr("They wait in the outbox and go to the SIT with the next sync.")
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.margin
            Button {
                text: qsTr("Show on the map")
                icon.source: Theme.icon("locate")
                implicitHeight: Theme.touch
                onClicked: pane.showLayer(Import.targetLayer)
                Accessible.name: text
            }
            Button {
                objectName: "importAnother"
                text: qsTr("Import another file")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: Import.reset()
                Accessible.name: text
            }
        }
    }
}
