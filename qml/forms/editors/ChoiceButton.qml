import QtQuick 2.15
import QtQuick.Controls 2.15
import "../../common"

// One answer of a two-way choice (Sì / No): a bordered box, filled when chosen, with a tick beside the word so the
// choice does not rest on colour alone.
Button {
    id: choice
    property bool chosen: false
    implicitWidth: Math.max(120, implicitContentWidth + 40)
    implicitHeight: 52
    font.pixelSize: Theme.fontSize
    font.bold: chosen
    font.capitalization: Font.MixedCase
    contentItem: Label {
        text: (choice.chosen ? "\u2713 " : "") + choice.text
        font: choice.font
        color: !choice.enabled ? Theme.secondaryText : choice.chosen ? Theme.inkOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: 6
        color: choice.chosen ? Theme.primary : Theme.surface
        border.color: choice.chosen ? Theme.primary : Theme.outline
        border.width: choice.visualFocus ? 3 : 2
        opacity: choice.enabled ? 1 : 0.6
    }
}
