import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// Layers (visibility, colour, number of features), the basemap, and the legend for drafts.
Drawer {
    id: drawer
    edge: Qt.LeftEdge
    width: Math.min(parent.width * 0.85, 420)
    height: parent.height

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 32
        clip: true
        ScrollBar.vertical: ScrollBar {}
        Column {
            id: column
            x: Theme.margin
            width: drawer.width - 2 * Theme.margin
            spacing: 2

            SectionHeader { text: qsTr("Layers") }
            Repeater {
                model: Layers
                delegate: ItemDelegate {
                    id: layerRow
                    width: column.width
                    implicitHeight: Math.max(Theme.touch + 8, rowContent.implicitHeight + 12)
                    onClicked: Layers.setVisible(index, !model.layerVisible)
                    Accessible.role: Accessible.CheckBox
                    Accessible.checkable: true
                    Accessible.checked: model.layerVisible
                    Accessible.name: qsTr("%1, %n features", "", model.featureCount).arg(model.title)
                    contentItem: RowLayout {
                        id: rowContent
                        spacing: 10
                        Rectangle {
                            Layout.preferredWidth: 22
                            Layout.preferredHeight: 22
                            radius: model.geometry === "point" ? 11 : 3
                            color: model.geometry === "line" ? "transparent" : model.fillColor
                            border.color: model.strokeColor
                            border.width: model.geometry === "line" ? 0 : 2
                            Rectangle {
                                visible: model.geometry === "line"
                                anchors.centerIn: parent
                                width: 22
                                height: 4
                                color: model.strokeColor
                            }
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: model.title
                                font.pixelSize: Theme.fontSize
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: model.definitionError ? qsTr("Form unusable: %1").arg(model.definitionError)
                                                            : qsTr("%n features", "", model.featureCount)
                                color: model.definitionError ? Theme.error : Theme.secondaryText
                                font.pixelSize: Theme.smallFont
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        // The box itself a full touch target (Material's is 42x51), not only the row around it.
                        CheckBox {
                            Layout.preferredWidth: Theme.touch
                            Layout.preferredHeight: Theme.touch
                            checked: model.layerVisible
                            onToggled: Layers.setVisible(index, checked)
                            Accessible.name: qsTr("Show %1").arg(model.title)
                        }
                    }
                }
            }
            RowLayout {
                spacing: 10
                width: column.width
                Rectangle { width: 22; height: 22; radius: 3; color: "#55cccccc"; border.color: Theme.draft; border.width: 3 }
                Label { text: qsTr("Amber outline: draft, still to be completed"); font.pixelSize: Theme.smallFont; wrapMode: Text.Wrap; Layout.fillWidth: true }
            }

            SectionHeader { text: qsTr("Basemap") }
            // The help above the choices, where it is read before choosing (at the end it fell below the window).
            Label {
                width: column.width
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallFont
                color: Theme.secondaryText
                text: qsTr("Online maps are kept on the device as they are seen, for use without a network.")
            }
            ButtonGroup { id: basemapGroup }
            Repeater {
                model: MapControl.basemaps
                delegate: ItemDelegate {
                    width: column.width
                    implicitHeight: Math.max(Theme.touch + 8, basemapRow.implicitHeight + 12)
                    onClicked: MapControl.currentBasemap = modelData.id
                    Accessible.role: Accessible.RadioButton
                    Accessible.checked: MapControl.currentBasemap === modelData.id
                    Accessible.name: modelData.title
                    contentItem: RowLayout {
                        id: basemapRow
                        spacing: 10
                        Label {
                            Layout.fillWidth: true
                            text: modelData.title
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSize
                        }
                        RadioButton {
                            Layout.preferredWidth: Theme.touch
                            Layout.preferredHeight: Theme.touch
                            checked: MapControl.currentBasemap === modelData.id
                            ButtonGroup.group: basemapGroup
                            onClicked: MapControl.currentBasemap = modelData.id
                            Accessible.name: modelData.title
                        }
                    }
                }
            }
        }
    }
}
