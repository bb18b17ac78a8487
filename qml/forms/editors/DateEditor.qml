import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0

RowLayout {
    property int row: -1
    property var value
    property string fieldLabel
    property bool readOnly: false

    function pad(n) { return n < 10 ? "0" + n : "" + n }

    TextField {
        id: field
        Layout.fillWidth: true
        implicitHeight: 52
        text: value === undefined || value === null ? "" : value
        placeholderText: qsTr("YYYY-MM-DD")
        inputMethodHints: Qt.ImhDate
        readOnly: parent.readOnly
        onTextEdited: Form.setValue(row, text)
        Accessible.name: fieldLabel
    }
    Button {
        text: qsTr("Today")
        implicitHeight: 52
        enabled: !readOnly
        onClicked: {
            var d = new Date()
            Form.setValue(row, d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()))
        }
        Accessible.name: qsTr("%1: today").arg(fieldLabel)
    }
}
