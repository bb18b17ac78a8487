import QtQuick 2.15
import QtQuick.Controls 2.15
import Territori 1.0
import "../common"

// A scale bar of a round length (1, 2 or 5 x 10^n metres) at most 120 px wide, for the latitude at the map centre.
Item {
    id: bar
    property var map
    property real metresPerPixel: map ? MapControl.metresPerPixel(map.center.latitude, map.zoomLevel) : 1
    property real niceMetres: {
        var target = metresPerPixel * 120
        var p = Math.pow(10, Math.floor(Math.log(target) / Math.LN10))
        var steps = [1, 2, 5, 10]
        var best = p
        for (var i = 0; i < steps.length; ++i)
            if (steps[i] * p <= target)
                best = steps[i] * p
        return best
    }
    width: niceMetres / metresPerPixel
    height: 30
    Accessible.name: qsTr("Scale: %1").arg(caption.text)
    Accessible.role: Accessible.StaticText

    Rectangle { anchors.fill: line; anchors.margins: -2; color: Theme.halo; opacity: 0.8 }
    Rectangle {
        id: line
        anchors.bottom: parent.bottom
        width: parent.width
        height: 4
        color: Theme.text
    }
    Rectangle { anchors.bottom: line.bottom; width: 3; height: 12; color: Theme.text }
    Rectangle { anchors.bottom: line.bottom; anchors.right: line.right; width: 3; height: 12; color: Theme.text }
    Text {
        id: caption
        anchors.bottom: line.top
        anchors.bottomMargin: 2
        anchors.horizontalCenter: parent.horizontalCenter
        text: MapControl.formatDistance(bar.niceMetres)
        font.pixelSize: Theme.smallFont
        font.bold: true
        color: Theme.text
        style: Text.Outline
        styleColor: Theme.halo
    }
}
