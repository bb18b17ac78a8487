import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../../common"

// Two large boxes rather than a switch: "not answered" stays visible as neither being chosen.
RowLayout {
    id: editor
    property int row: -1
    property var value
    property string fieldLabel
    property bool readOnly: false
    spacing: 8

    ChoiceButton {
        objectName: "booleanYes"
        text: qsTr("Yes")
        chosen: editor.value === true
        enabled: !editor.readOnly
        onClicked: Form.setValue(editor.row, true)
        Accessible.name: qsTr("%1: yes").arg(editor.fieldLabel)
        Accessible.checkable: true
        Accessible.checked: chosen
    }
    ChoiceButton {
        objectName: "booleanNo"
        text: qsTr("No")
        chosen: editor.value === false
        enabled: !editor.readOnly
        onClicked: Form.setValue(editor.row, false)
        Accessible.name: qsTr("%1: no").arg(editor.fieldLabel)
        Accessible.checkable: true
        Accessible.checked: chosen
    }
    Item { Layout.fillWidth: true }
}
