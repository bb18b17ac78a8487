import QtQuick 2.15
import QtLocation 5.15
import Territori 1.0
import QtPositioning 5.15
import "../common"

// The selected feature drawn on top in a strong colour: one item per part (one for most features), whatever the size
// of its layer.
MapItemGroup {
    id: group
    property var selection: ({})
    property var shape: selection && selection.uuid ? MapControl.featureShape(selection.layer, selection.uuid) : ({})

    Connections {
        target: MapControl.scene
        function onChanged() {
            group.shape = group.selection && group.selection.uuid
                    ? MapControl.featureShape(group.selection.layer, group.selection.uuid) : ({})
        }
    }
    MapItemView {
        model: group.shape.kind === "polygon" ? group.shape.parts : []
        delegate: MapPolygon {
            path: modelData
            color: "#3300e5ff"
            border.color: "#00b8d4"
            border.width: 4
        }
    }
    MapItemView {
        model: group.shape.kind === "line" ? group.shape.parts : []
        delegate: MapPolyline {
            path: modelData
            line.color: "#00b8d4"
            line.width: 7
        }
    }
    MapItemView {
        model: group.shape.kind === "point" ? group.shape.parts : []
        delegate: MapQuickItem {
            coordinate: modelData.length > 0 ? modelData[0] : QtPositioning.coordinate()
            anchorPoint.x: 16
            anchorPoint.y: 16
            sourceItem: Rectangle { width: 32; height: 32; radius: 16; color: "transparent"; border.color: "#00b8d4"; border.width: 5 }
        }
    }
}
