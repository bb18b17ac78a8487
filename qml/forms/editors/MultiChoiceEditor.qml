import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import Territori 1.0
import "../../common"

// Check boxes, one per choice. Values no longer among the choices (withdrawn by a newer definition of the project)
// stay shown, checked and marked, until the person unticks them: nothing is dropped without a word.
Flow {
    id: flow
    property int row: -1
    property var value: []
    property string fieldLabel
    property bool readOnly: false
    property var options: []
    readonly property var withdrawn: (value || []).filter(function(v) {
        return !options.some(function(o) { return o.value === v })
    })
    spacing: 4

    function toggle(v, on) {
        var next = value ? value.slice() : []
        var i = next.indexOf(v)
        if (on && i < 0)
            next.push(v)
        if (!on && i >= 0)
            next.splice(i, 1)
        Form.setValue(row, next)
    }

    Repeater {
        model: flow.options
        delegate: CheckBox {
            text: modelData.label
            implicitHeight: 48
            enabled: !flow.readOnly
            checked: flow.value && flow.value.indexOf(modelData.value) >= 0
            onToggled: flow.toggle(modelData.value, checked)
            Accessible.name: qsTr("%1: %2").arg(flow.fieldLabel).arg(modelData.label)
        }
    }
    Repeater {
        model: flow.withdrawn
        delegate: CheckBox {
            objectName: "withdrawn_" + modelData
            text: qsTr("%1 (no longer a choice)").arg(modelData)
            implicitHeight: 48
            enabled: !flow.readOnly
            checked: true
            Material.foreground: Theme.error
            onToggled: flow.toggle(modelData, checked)
            Accessible.name: qsTr("%1: %2, no longer a choice; untick to remove it").arg(flow.fieldLabel).arg(modelData)
        }
    }
}
