import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// A comune's GIS file into a layer, in four steps: the file, its fields, the check of every row, done. Each step
// runs off the UI thread; the bar at the bottom shows progress and cancels.
Page {
    id: page
    signal back()
    signal showLayer(string layer)

    header: PageHeader {
        title: qsTr("Import a GIS file")
        backLabel: Import.step > 0 ? qsTr("Previous step") : qsTr("Back to the map")
        onBack: Import.step > 0 && Import.step < 3 ? Import.back() : page.back()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Where the officer is: the four steps, the current one marked.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing
            Repeater {
                model: [qsTr("1. File"), qsTr("2. Fields"), qsTr("3. Check"), qsTr("4. Done")]
                Label {
                    text: modelData
                    font.bold: index === Import.step
                    color: index === Import.step ? Theme.primary : index < Import.step ? Theme.text : Theme.secondaryText
                    padding: 6
                    background: Rectangle {
                        radius: 4
                        color: index === Import.step ? "#dcebf2" : "transparent"
                        border.color: index === Import.step ? Theme.primary : "transparent"
                    }
                    Accessible.name: index === Import.step ? qsTr("Current step: %1").arg(modelData) : modelData
                }
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: Import.fileName.length > 0 && Import.step > 0
                text: Import.fileName
                elide: Text.ElideMiddle
                Layout.maximumWidth: 420
                color: Theme.secondaryText
            }
        }

        Label {
            objectName: "importMessage"
            visible: Import.message.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            text: Import.message
            wrapMode: Text.Wrap
            color: Theme.error
            padding: 8
            background: Rectangle { color: "#fdecee"; radius: 4 }
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: Import.step
            ImportFilePane {}
            ImportFieldsPane {}
            ImportReportPane {}
            ImportDonePane { onShowLayer: page.showLayer(layer) }
        }

        BusyBar {
            Layout.fillWidth: true
            visible: Import.busy
            text: [qsTr("Waiting…"), qsTr("Reading the file…"), qsTr("Checking every row…"),
                   qsTr("Writing to the project…")][Import.stage]
            progress: Import.progress
            onCancel: Import.cancel()
        }
    }
}
