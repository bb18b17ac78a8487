import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../../common"
import "DateText.js" as DateText

// A date and time typed day first (08/12/2026 13:05); stored as ISO, in local time.
RowLayout {
    id: editor
    property int row: -1
    property var value
    property string fieldLabel
    property bool readOnly: false

    TextField {
        Layout.fillWidth: true
        implicitHeight: 52
        text: DateText.dateShown(editor.value)
        placeholderText: qsTr("DD/MM/YYYY hh:mm")
        placeholderTextColor: Theme.placeholder
        readOnly: editor.readOnly
        selectByMouse: true
        onTextEdited: Form.setValue(editor.row, DateText.dateStored(text))
        Accessible.name: editor.fieldLabel
    }
    Button {
        text: qsTr("Now")
        implicitHeight: 52
        enabled: !editor.readOnly
        onClicked: Form.setValue(editor.row, new Date().toISOString())
        Accessible.name: qsTr("%1: now").arg(editor.fieldLabel)
    }
}
