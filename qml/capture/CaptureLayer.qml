import QtQuick 2.15
import QtLocation 5.15
import Territori 1.0
import "../common"

// The geometry being drawn: one polyline or polygon item, never one per vertex of a layer.
MapItemGroup {
    MapPolygon {
        visible: Capture.mode === CaptureController.Polygon && Capture.vertexCount >= 3
        path: visible ? Capture.path : []
        color: Capture.selfIntersects ? "#55b00020" : "#55d95f02"
        border.color: Capture.selfIntersects ? Theme.error : Theme.accent
        border.width: 3
    }
    MapPolyline {
        visible: (Capture.mode === CaptureController.Line && Capture.vertexCount >= 2)
                 || (Capture.mode === CaptureController.Polygon && Capture.vertexCount === 2)
        path: visible ? Capture.path : []
        line.color: Theme.accent
        line.width: 4
    }
}
