import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../../common"
import "DateText.js" as DateText

// A date typed day first (08/12/2026), as both the Italian and the British English UI write it; stored as ISO. The
// date in words in the UI's language under it confirms what was understood.
ColumnLayout {
    id: editor
    property int row: -1
    property var value
    property string fieldLabel
    property bool readOnly: false
    spacing: 2

    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: field
            Layout.fillWidth: true
            implicitHeight: 52
            text: DateText.dateShown(editor.value)
            placeholderText: qsTr("DD/MM/YYYY")
            placeholderTextColor: Theme.placeholder
            inputMethodHints: Qt.ImhDate
            readOnly: editor.readOnly
            selectByMouse: true
            onTextEdited: Form.setValue(editor.row, DateText.dateStored(text))
            Accessible.name: editor.fieldLabel
        }
        Button {
            text: qsTr("Today")
            implicitHeight: 52
            enabled: !editor.readOnly
            onClicked: Form.setValue(editor.row, DateText.isoDate(new Date()))
            Accessible.name: qsTr("%1: today").arg(editor.fieldLabel)
        }
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: DateText.inWords(editor.value, Qt.locale(), Locale.LongFormat)
        color: Theme.secondaryText
        font.pixelSize: Theme.smallFont
        elide: Text.ElideRight
    }
}
