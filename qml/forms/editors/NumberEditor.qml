import QtQuick 2.15
import QtQuick.Controls 2.15
import Territori 1.0

TextField {
    property int row: -1
    property var value
    property string fieldLabel
    property bool decimals: false

    text: value === undefined || value === null ? "" : value
    inputMethodHints: decimals ? Qt.ImhFormattedNumbersOnly : Qt.ImhDigitsOnly
    implicitHeight: 52
    selectByMouse: true
    placeholderText: decimals ? qsTr("e.g. 12,5") : qsTr("a whole number")
    onTextEdited: Form.setValue(row, text)
    Accessible.name: fieldLabel
}
