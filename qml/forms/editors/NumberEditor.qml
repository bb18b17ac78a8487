import QtQuick 2.15
import QtQuick.Controls 2.15
import Territori 1.0
import "../../common"

TextField {
    property int row: -1
    property var value
    property string fieldLabel
    property bool decimals: false

    text: value === undefined || value === null ? "" : value
    inputMethodHints: decimals ? Qt.ImhFormattedNumbersOnly : Qt.ImhDigitsOnly
    implicitHeight: 52
    selectByMouse: true
    // The example in the UI language's own decimal separator: 12,5 in Italian, 12.5 in English.
    placeholderText: decimals ? qsTr("e.g. %1").arg(Number(12.5).toLocaleString(Qt.locale(), "f", 1)) : qsTr("a whole number")
    placeholderTextColor: Theme.placeholder
    onTextEdited: Form.setValue(row, text)
    Accessible.name: fieldLabel
}
