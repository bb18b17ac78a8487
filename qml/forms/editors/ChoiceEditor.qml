import QtQuick 2.15
import QtQuick.Controls 2.15
import Territori 1.0
import "../../common"

// A drop-down; long lists (the 133 comuni) can be typed into to jump to an entry. A value that is no longer among
// the choices (withdrawn by a newer definition of the project) is shown as it is, marked, never as an empty field:
// the form's error under it says why it cannot be saved so.
ComboBox {
    id: combo
    property int row: -1
    property var value
    property string fieldLabel
    property bool readOnly: false
    property var options: []
    readonly property bool withdrawn: currentIndex < 0 && value !== undefined && value !== null && String(value).length > 0

    model: options
    textRole: "label"
    valueRole: "value"
    editable: options.length > 20
    implicitHeight: 52
    enabled: !readOnly
    displayText: withdrawn ? qsTr("%1 (no longer a choice)").arg(value)
                           : currentIndex < 0 ? qsTr("Choose…") : currentText
    function indexFor(v) {
        for (var i = 0; i < options.length; ++i)
            if (options[i].value === v)
                return i
        return -1
    }
    currentIndex: indexFor(value)
    // ComboBox moves to the first entry by itself when its items arrive after the index was set (the options come
    // from the form's model after the editor is loaded): a required field then looked filled in ("Abbiategrasso")
    // while it was empty. Once the items are there, the index follows the value again.
    onCountChanged: Qt.callLater(function() { combo.currentIndex = Qt.binding(function() { return combo.indexFor(combo.value) }) })
    // One look for every drop-down of a form, long (typed into) or short: a white box with a visible border. (The
    // Material style draws an editable one as a bare underline, which made the Comune field look unlike the rest.)
    background: Rectangle {
        implicitWidth: 120
        implicitHeight: 52
        radius: 4
        color: combo.enabled ? Theme.surface : Theme.background
        border.color: combo.activeFocus ? Theme.primary : Theme.outline
        border.width: combo.activeFocus ? 2 : 1
    }
    leftPadding: editable ? 8 : 0
    onActivated: Form.setValue(row, options[index].value)
    onAccepted: {
        var i = find(editText, Qt.MatchStartsWith)
        if (i >= 0)
            Form.setValue(row, options[i].value)
    }
    // An editable combo shows its edit text: the withdrawn value there too.
    Binding {
        target: combo.contentItem
        property: "color"
        value: Theme.error
        when: combo.withdrawn
    }
    Binding {
        target: combo
        property: "editText"
        value: combo.displayText
        when: combo.withdrawn && combo.editable
    }
    Accessible.name: withdrawn ? qsTr("%1: %2, no longer a choice").arg(fieldLabel).arg(value) : fieldLabel
}
