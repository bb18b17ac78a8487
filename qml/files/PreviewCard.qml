import QtQuick 2.15
import QtQuick.Controls 2.15
import "../common"

// One row of the file as it would be stored: its number, the values of the mapped fields, what is wrong with it.
Rectangle {
    id: card
    property var fields: []
    readonly property var row: modelData
    height: column.height + 16
    radius: 4
    border.color: row.problems.length > 0 ? Theme.error : "#d0d0d0"
    color: "white"
    function valueAt(i) { return i < row.values.length ? row.values[i] : "" }
    Column {
        id: column
        x: 8
        y: 8
        width: card.width - 16
        spacing: 2
        Label {
            text: qsTr("Row %1").arg(card.row.row)
            font.bold: true
        }
        Repeater {
            model: card.fields
            Label {
                visible: (modelData.source.length > 0 || modelData.constant.length > 0) && card.valueAt(index).length > 0
                width: column.width
                text: modelData.label + ": " + card.valueAt(index)
                wrapMode: Text.Wrap // a long value on a second line, not "Nome del servizio: Esempio - Ospe…"
                font.pixelSize: Theme.smallFont
            }
        }
        Label {
            visible: card.row.problems.length > 0
            width: column.width
            text: card.row.problems
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.smallFont
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
