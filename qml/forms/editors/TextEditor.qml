import QtQuick 2.15
import QtQuick.Controls 2.15
import Territori 1.0

TextField {
    property int row: -1
    property var value
    property string fieldLabel
    property int maxLength: 0

    text: value === undefined || value === null ? "" : value
    // The limit is checked (and explained) by the form, so typing past it shows a message instead of being cut.
    implicitHeight: 52
    selectByMouse: true
    onTextEdited: Form.setValue(row, text)
    Accessible.name: fieldLabel
    Accessible.description: maxLength > 0 ? qsTr("at most %n characters", "", maxLength) : ""
}
