import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0

// Two large buttons rather than a switch: "not answered" stays visible as neither being selected.
RowLayout {
    property int row: -1
    property var value
    property string fieldLabel
    property bool readOnly: false
    spacing: 8

    ButtonGroup { id: group }
    Button {
        text: qsTr("Yes")
        checkable: true
        checked: value === true
        ButtonGroup.group: group
        implicitWidth: 110
        implicitHeight: 52
        enabled: !readOnly
        onClicked: Form.setValue(row, true)
        Accessible.name: qsTr("%1: yes").arg(fieldLabel)
    }
    Button {
        text: qsTr("No")
        checkable: true
        checked: value === false
        ButtonGroup.group: group
        implicitWidth: 110
        implicitHeight: 52
        enabled: !readOnly
        onClicked: Form.setValue(row, false)
        Accessible.name: qsTr("%1: no").arg(fieldLabel)
    }
    Item { Layout.fillWidth: true }
}
