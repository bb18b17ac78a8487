import QtQuick 2.15
import QtQuick.Controls 2.15
import Territori 1.0

Flow {
    property int row: -1
    property var value: []
    property string fieldLabel
    property bool readOnly: false
    property var options: []
    spacing: 4

    Repeater {
        model: options
        delegate: CheckBox {
            text: modelData.label
            implicitHeight: 48
            enabled: !readOnly
            checked: value && value.indexOf(modelData.value) >= 0
            onToggled: {
                var next = value ? value.slice() : []
                var i = next.indexOf(modelData.value)
                if (checked && i < 0)
                    next.push(modelData.value)
                if (!checked && i >= 0)
                    next.splice(i, 1)
                Form.setValue(row, next)
            }
            Accessible.name: qsTr("%1: %2").arg(fieldLabel).arg(modelData.label)
        }
    }
}
