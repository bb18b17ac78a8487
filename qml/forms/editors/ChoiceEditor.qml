import QtQuick 2.15
import QtQuick.Controls 2.15
import Territori 1.0

// A drop-down; long lists (the 133 comuni) can be typed into to jump to an entry.
ComboBox {
    id: combo
    property int row: -1
    property var value
    property string fieldLabel
    property bool readOnly: false
    property var options: []

    model: options
    textRole: "label"
    valueRole: "value"
    editable: options.length > 20
    implicitHeight: 52
    enabled: !readOnly
    displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
    currentIndex: {
        for (var i = 0; i < options.length; ++i)
            if (options[i].value === value)
                return i
        return -1
    }
    onActivated: Form.setValue(row, options[index].value)
    onAccepted: {
        var i = find(editText, Qt.MatchStartsWith)
        if (i >= 0)
            Form.setValue(row, options[i].value)
    }
    Accessible.name: fieldLabel
}
