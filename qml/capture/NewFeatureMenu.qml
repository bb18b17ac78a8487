import QtQuick 2.15
import QtQuick.Controls 2.15
import Territori 1.0
import "../common"

// "What are you surveying?": the editable layers, each with its geometry kind.
Menu {
    id: menu
    objectName: "newFeatureMenu"
    signal chosen(string layer, string geometry)

    Repeater {
        model: Layers
        delegate: MenuItem {
            objectName: "newFeature_" + model.name
            enabled: model.editable
            visible: model.inMenu
            height: visible ? Theme.touch + 8 : 0
            text: model.title
            icon.source: Theme.icon(model.geometry)
            icon.color: model.strokeColor
            onTriggered: menu.chosen(model.name, model.geometry)
            Accessible.name: qsTr("New feature in %1").arg(model.title)
        }
    }
}
