import QtQuick 2.15
import QtQuick.Controls 2.15
import Territori 1.0
import "../../common"

TextArea {
    property int row: -1
    property var value
    property string fieldLabel
    property int maxLength: 0

    text: value === undefined || value === null ? "" : value
    wrapMode: TextEdit.Wrap
    selectByMouse: true
    implicitHeight: Math.max(96, contentHeight + 24)
    placeholderText: maxLength > 0 ? qsTr("Up to %n characters", "", maxLength) : ""
    placeholderTextColor: Theme.placeholder
    onTextChanged: if (activeFocus) Form.setValue(row, text)
    Accessible.name: fieldLabel
}
