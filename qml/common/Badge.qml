import QtQuick 2.15
import QtQuick.Controls 2.15

// A short state next to a title ("Open now", "Sample data"): bold small text on a strong colour, readable outdoors.
Label {
    property color fill: Theme.primary
    property color ink: "white"
    font.pixelSize: Theme.smallFont
    font.bold: true
    color: ink
    padding: 6
    topPadding: 3
    bottomPadding: 3
    background: Rectangle { color: parent.fill; radius: 4 }
    Accessible.name: text
}
