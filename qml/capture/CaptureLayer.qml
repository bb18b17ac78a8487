import QtQuick 2.15
import QtLocation 5.15
import QtPositioning 5.15
import Territori 1.0
import "../common"

// The geometry being drawn: one polyline or polygon item, never one per vertex of a layer; the other parts of a
// multi-part feature (a handful at most) each as one more outline.
MapItemGroup {
    MapItemView {
        model: Capture.mode === CaptureController.Polygon ? Capture.otherParts : []
        delegate: MapPolygon {
            path: modelData
            color: "#33d95f02"
            border.color: Theme.captureColour
            border.width: 2
        }
    }
    MapItemView {
        model: Capture.mode === CaptureController.Line ? Capture.otherParts : []
        delegate: MapPolyline {
            path: modelData
            line.color: Theme.captureColour
            line.width: 3
        }
    }
    MapItemView {
        model: Capture.mode === CaptureController.Point ? Capture.otherParts : []
        delegate: MapQuickItem {
            coordinate: modelData.length > 0 ? modelData[0] : QtPositioning.coordinate()
            anchorPoint.x: 9
            anchorPoint.y: 9
            sourceItem: Rectangle { width: 18; height: 18; radius: 9; color: Theme.captureColour; border.color: "white"; border.width: 2 }
        }
    }
    MapPolygon {
        visible: Capture.mode === CaptureController.Polygon && Capture.vertexCount >= 3
        path: visible ? Capture.path : []
        color: Capture.selfIntersects ? "#55b00020" : "#55d95f02"
        border.color: Capture.selfIntersects ? Theme.error : Theme.captureColour
        border.width: 3
    }
    MapPolyline {
        visible: (Capture.mode === CaptureController.Line && Capture.vertexCount >= 2)
                 || (Capture.mode === CaptureController.Polygon && Capture.vertexCount === 2)
        path: visible ? Capture.path : []
        line.color: Theme.captureColour
        line.width: 4
    }
}
