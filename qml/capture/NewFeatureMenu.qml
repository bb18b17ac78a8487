import QtQuick 2.15
import QtQuick.Controls 2.15
import Territori 1.0
import "../common"

// "What are you surveying?": the editable layers, each with its geometry kind.
Menu {
    id: menu
    objectName: "newFeatureMenu"
    signal chosen(string layer, string geometry)
    // Wide enough for the longest layer title in either language ("Disused (brownfield) sites for regeneration"),
    // never wider than the window; titles that still do not fit wrap onto a second line instead of being cut.
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 480, 480)

    Repeater {
        model: Layers
        delegate: MenuItem {
            id: item
            objectName: "newFeature_" + model.name
            enabled: model.editable
            visible: model.inMenu
            width: menu.availableWidth
            height: visible ? Math.max(Theme.touch + 8, titleLabel.implicitHeight + 16) : 0
            text: model.title
            icon.source: Theme.icon(model.geometry)
            icon.color: model.strokeColor
            contentItem: Row {
                spacing: 16
                leftPadding: 4
                Image {
                    anchors.verticalCenter: parent.verticalCenter
                    source: item.icon.source
                    sourceSize.width: 24
                    sourceSize.height: 24
                    opacity: item.enabled ? 1 : 0.5
                }
                Label {
                    id: titleLabel
                    anchors.verticalCenter: parent.verticalCenter
                    width: item.availableWidth - 44
                    text: item.text
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSize
                    color: item.enabled ? Theme.text : Theme.secondaryText
                }
            }
            onTriggered: menu.chosen(model.name, model.geometry)
            Accessible.name: qsTr("New feature in %1").arg(model.title)
        }
    }
}
