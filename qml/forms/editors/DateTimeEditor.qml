import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0

RowLayout {
    property int row: -1
    property var value
    property string fieldLabel
    property bool readOnly: false

    TextField {
        Layout.fillWidth: true
        implicitHeight: 52
        text: value === undefined || value === null ? "" : value
        placeholderText: qsTr("YYYY-MM-DD hh:mm")
        readOnly: parent.readOnly
        onTextEdited: Form.setValue(row, text.replace(" ", "T"))
        Accessible.name: fieldLabel
    }
    Button {
        text: qsTr("Now")
        implicitHeight: 52
        enabled: !readOnly
        onClicked: Form.setValue(row, new Date().toISOString())
        Accessible.name: qsTr("%1: now").arg(fieldLabel)
    }
}
