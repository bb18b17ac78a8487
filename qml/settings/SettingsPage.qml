import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

Page {
    id: page
    signal back()

    header: ToolBar {
        Material.background: Theme.primary
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                icon.source: Theme.icon("back")
                implicitWidth: Theme.touch
                implicitHeight: Theme.touch
                onClicked: page.back()
                Accessible.name: qsTr("Back to the map")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Settings")
                font.pixelSize: Theme.titleFont
                font.bold: true
                color: "white"
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 40
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Theme.margin * 2
            width: Math.min(parent.width - Theme.margin * 4, 760)
            spacing: Theme.spacing

            SectionHeader { text: qsTr("Surveyor") }
            Label { text: qsTr("Your name, recorded with every edit"); font.pixelSize: Theme.smallFont }
            TextField {
                Layout.fillWidth: true
                implicitHeight: 52
                text: App.authorName
                placeholderText: qsTr("Name and surname, or office")
                placeholderTextColor: Theme.placeholder
                onEditingFinished: App.authorName = text
                Accessible.name: qsTr("Surveyor name")
            }
            Label { text: qsTr("Device: %1").arg(App.deviceId); font.pixelSize: Theme.smallFont; color: Theme.secondaryText }

            SectionHeader { text: qsTr("Language") }
            RowLayout {
                RadioButton {
                    text: "Italiano"
                    checked: App.language === "it"
                    implicitHeight: Theme.touch
                    onClicked: App.language = "it"
                    Accessible.name: "Italiano"
                }
                RadioButton {
                    text: "English"
                    checked: App.language === "en"
                    implicitHeight: Theme.touch
                    onClicked: App.language = "en"
                    Accessible.name: "English"
                }
            }

            SectionHeader { text: qsTr("GPS capture") }
            GridLayout {
                columns: 2
                columnSpacing: 16
                Label { text: qsTr("Accept positions with accuracy better than (m)") ; Layout.fillWidth: true; wrapMode: Text.Wrap }
                SpinBox {
                    from: 1; to: 100
                    value: Capture.accuracyThreshold
                    editable: true
                    onValueModified: Capture.accuracyThreshold = value
                    Accessible.name: qsTr("Accuracy threshold in metres")
                }
                Label { text: qsTr("Positions averaged for a point"); Layout.fillWidth: true; wrapMode: Text.Wrap }
                SpinBox {
                    from: 1; to: 120
                    value: Capture.averagingCount
                    editable: true
                    onValueModified: Capture.averagingCount = value
                    Accessible.name: qsTr("Number of positions to average")
                }
                Label { text: qsTr("While recording a track, add a vertex every"); Layout.fillWidth: true; wrapMode: Text.Wrap }
                RowLayout {
                    SpinBox {
                        from: 1; to: 500
                        value: Capture.streamInterval
                        editable: true
                        onValueModified: Capture.streamInterval = value
                        Accessible.name: qsTr("Track interval")
                    }
                    ComboBox {
                        model: [qsTr("metres"), qsTr("seconds")]
                        currentIndex: Capture.streamMode
                        onActivated: Capture.streamMode = index
                        Accessible.name: qsTr("Track interval unit")
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallFont
                color: Theme.secondaryText
                text: Gps.active ? qsTr("Position source: %1").arg(Gps.sourceName)
                                      : (Gps.errorString.length > 0 ? Gps.errorString : qsTr("No position source"))
            }

            SectionHeader { text: qsTr("Project") }
            Label { Layout.fillWidth: true; text: App.projectTitle; font.bold: true; wrapMode: Text.Wrap }
            Label { Layout.fillWidth: true; text: App.projectDescription; wrapMode: Text.Wrap }
            Label { Layout.fillWidth: true; text: qsTr("Folder: %1").arg(App.projectDirectory); wrapMode: Text.WrapAnywhere; font.pixelSize: Theme.smallFont; color: Theme.secondaryText }
            Label { text: qsTr("Territori %1").arg(App.version); font.pixelSize: Theme.smallFont; color: Theme.secondaryText }
        }
    }
}
