import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// The features of a layer, searchable, fetched a page at a time.
Page {
    id: page
    signal back()
    signal openFeature(string layer, string uuid)
    signal showOnMap(string layer, string uuid)

    Component.onCompleted: if (Features.layer === "" && Layers.count > 0) layerBox.currentIndex = 0

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
                text: qsTr("Features")
                font.pixelSize: Theme.titleFont
                font.bold: true
                color: "white"
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ComboBox {
                id: layerBox
                // Room for the longest layer title ("Disused (brownfield) sites for regeneration"), the search
                // field taking the rest; on a narrow window the two share it.
                Layout.preferredWidth: 460
                Layout.fillWidth: true
                Layout.maximumWidth: 460
                implicitHeight: 52
                model: Layers
                textRole: "title"
                valueRole: "name"
                onCurrentValueChanged: Features.layer = currentValue
                Component.onCompleted: {
                    var i = indexOfValue(Features.layer)
                    if (i >= 0) currentIndex = i
                }
                Accessible.name: qsTr("Layer")
            }
            TextField {
                id: search
                objectName: "searchField"
                Layout.fillWidth: true
                implicitHeight: 52
                placeholderText: qsTr("Search by name or text")
                placeholderTextColor: Theme.placeholder
                text: Features.search
                onTextEdited: searchTimer.restart()
                Accessible.name: qsTr("Search features")
                Timer { id: searchTimer; interval: 250; onTriggered: Features.search = search.text }
            }
        }
        Label {
            text: Features.errorString.length > 0 ? Features.errorString
                                                 : qsTr("%n features", "", Features.total)
            color: Features.errorString.length > 0 ? Theme.error : Theme.secondaryText
            font.pixelSize: Theme.smallFont
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Features
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                width: list.width
                implicitHeight: 64
                onClicked: page.openFeature(Features.layer, model.uuid)
                Accessible.name: model.draft ? qsTr("%1, draft").arg(model.label) : model.label
                contentItem: RowLayout {
                    spacing: 10
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label { text: model.label; font.pixelSize: Theme.fontSize; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label { text: qsTr("Modified %1").arg(model.modified); font.pixelSize: Theme.smallFont; color: Theme.secondaryText }
                    }
                    Label {
                        visible: model.draft
                        text: qsTr("DRAFT")
                        font.bold: true
                        padding: 4
                        background: Rectangle { color: Theme.draft; radius: 3 }
                    }
                    IconButton {
                        iconName: "locate"
                        label: qsTr("Show %1 on the map").arg(model.label)
                        onClicked: page.showOnMap(Features.layer, model.uuid)
                    }
                }
            }
        }
    }
}
