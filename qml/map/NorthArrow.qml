import QtQuick 2.15
import QtQuick.Controls 2.15
import "../common"

// Points to north; tapping it turns the map back to north-up.
AbstractButton {
    id: control
    property real bearing: 0
    implicitWidth: Theme.touch
    implicitHeight: Theme.touch
    Accessible.name: qsTr("North arrow: turn the map north up")
    background: Rectangle { radius: width / 2; color: "#eeffffff"; border.color: "#888"; border.width: 1 }
    contentItem: Item {
        rotation: -control.bearing
        Canvas {
            anchors.centerIn: parent
            width: 26
            height: 34
            onPaint: {
                var ctx = getContext("2d")
                ctx.reset()
                ctx.fillStyle = "#b00020"
                ctx.beginPath(); ctx.moveTo(13, 0); ctx.lineTo(22, 20); ctx.lineTo(13, 15); ctx.closePath(); ctx.fill()
                ctx.fillStyle = "#111111"
                ctx.beginPath(); ctx.moveTo(13, 0); ctx.lineTo(4, 20); ctx.lineTo(13, 15); ctx.closePath(); ctx.fill()
                ctx.font = "bold 11px sans-serif"
                ctx.fillText("N", 9, 33)
            }
        }
    }
}
