import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// One field of the layer: its name and type, the file's column it takes its value from (or nothing, or the same
// value for every row), and what the first rows give it.
Rectangle {
    id: row
    height: layout.implicitHeight + 12
    color: index % 2 ? "#f7f7f5" : Theme.surface
    // [ nothing, the columns…, a fixed value ]
    readonly property var choices: [qsTr("— nothing —")].concat(Import.columns).concat([qsTr("Same value for every row…")])

    RowLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: Theme.spacing
        ColumnLayout {
            Layout.preferredWidth: 230
            Layout.maximumWidth: 230
            Layout.minimumWidth: 230
            spacing: 0
            // Labels wrap ("Raggiungibile con il trasporto pubblico" on two lines) rather than being cut.
            Label {
                Layout.fillWidth: true
                text: modelData.label + (modelData.required ? " *" : "")
                font.bold: modelData.required
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: modelData.type + (modelData.automatic ? "  ·  " + qsTr("matched by name") : "")
                font.pixelSize: Theme.smallFont
                color: modelData.automatic ? Theme.ok : Theme.secondaryText
            }
        }
        ComboBox {
            id: source
            objectName: "map_" + modelData.target
            Layout.preferredWidth: 220
            Layout.maximumWidth: 220
            implicitHeight: Theme.touch
            model: row.choices
            currentIndex: modelData.source.length > 0 ? Math.max(0, row.choices.indexOf(modelData.source))
                          : modelData.constant.length > 0 ? row.choices.length - 1 : 0
            displayText: currentIndex === row.choices.length - 1 ? "= " + modelData.constant : currentText
            onActivated: {
                if (index === 0)
                    Import.mapField(modelData.target, "")
                else if (index === row.choices.length - 1)
                    valueBox.visible = true
                else
                    Import.mapField(modelData.target, row.choices[index])
            }
            Accessible.name: qsTr("Source of the field %1").arg(modelData.label)
        }
        TextField {
            id: valueBox
            visible: false
            Layout.preferredWidth: 160
            implicitHeight: Theme.touch
            placeholderText: qsTr("Value")
            placeholderTextColor: Theme.placeholder
            text: modelData.constant
            onAccepted: { Import.mapFieldToValue(modelData.target, text); visible = false }
            Accessible.name: qsTr("The same value of %1 for every row").arg(modelData.label)
        }
        Label {
            Layout.fillWidth: true
            text: modelData.samples.length > 0 ? modelData.samples : (modelData.required ? qsTr("empty: every row will be rejected") : "—")
            color: modelData.samples.length === 0 && modelData.required ? Theme.error : Theme.secondaryText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont
        }
    }
}
