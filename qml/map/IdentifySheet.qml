import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// What was tapped: the features under the finger, best first, with what can be done to each.
Drawer {
    id: sheet
    property var hits: []
    signal openRequested(string layer, string uuid)
    signal editGeometryRequested(string layer, string uuid)
    signal deleteRequested(string layer, string uuid)

    edge: Qt.BottomEdge
    width: parent.width
    height: Math.min(parent.height * 0.45, content.implicitHeight + 24)
    modal: false
    interactive: opened

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: 4
        Repeater {
            model: sheet.hits
            delegate: RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        text: modelData.label
                        font.pixelSize: Theme.fontSize
                        font.bold: index === 0
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: modelData.layerTitle
                        font.pixelSize: Theme.smallFont
                        color: Theme.secondaryText
                    }
                }
                IconButton {
                    iconName: "edit"
                    label: qsTr("Open the form of %1").arg(modelData.label)
                    onClicked: sheet.openRequested(modelData.layer, modelData.uuid)
                }
                IconButton {
                    iconName: "vertices"
                    label: qsTr("Move the vertices of %1").arg(modelData.label)
                    visible: Layers.geometryOf(modelData.layer) !== ""
                    onClicked: sheet.editGeometryRequested(modelData.layer, modelData.uuid)
                }
                IconButton {
                    iconName: "delete"
                    label: qsTr("Delete %1").arg(modelData.label)
                    onClicked: sheet.deleteRequested(modelData.layer, modelData.uuid)
                }
            }
        }
    }
}
