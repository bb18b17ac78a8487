import QtQuick 2.15
import QtLocation 5.15
import Territori 1.0
import "../common"

// The device position: a dot and a circle as large as the reported horizontal accuracy.
MapItemGroup {
    MapCircle {
        center: Gps.coordinate
        radius: isNaN(Gps.horizontalAccuracy) ? 0 : Gps.horizontalAccuracy
        color: "#332b7bd6"
        border.color: "#2b7bd6"
        border.width: 1
    }
    MapQuickItem {
        coordinate: Gps.coordinate
        anchorPoint.x: 10
        anchorPoint.y: 10
        sourceItem: Rectangle {
            width: 20
            height: 20
            radius: 10
            color: "#1565c0"
            border.color: "white"
            border.width: 3
        }
    }
}
