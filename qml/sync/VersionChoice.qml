import QtQuick 2.15
import QtQuick.Controls 2.15
import "../common"

// A radio button whose value wraps instead of being cut: a person must read all of a version to choose it.
RadioButton {
    id: control
    implicitHeight: Math.max(Theme.touch, label.implicitHeight + 16)
    contentItem: Label {
        id: label
        text: control.text
        wrapMode: Text.Wrap
        leftPadding: control.indicator.width + control.spacing
        verticalAlignment: Text.AlignVCenter
        color: control.enabled ? Theme.text : Theme.secondaryText
    }
}
