import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// One field: its label, the editor for its type, and what is wrong with it. Hidden fields take no space.
Pane {
    id: delegate
    property bool showMissing: false
    signal pickPhoto()
    signal takePhoto()

    readonly property var editors: ({
        "text": "editors/TextEditor.qml", "multiline": "editors/MultilineEditor.qml",
        "integer": "editors/NumberEditor.qml", "decimal": "editors/NumberEditor.qml",
        "date": "editors/DateEditor.qml", "datetime": "editors/DateTimeEditor.qml",
        "boolean": "editors/BooleanEditor.qml", "choice": "editors/ChoiceEditor.qml",
        "multichoice": "editors/MultiChoiceEditor.qml", "photo": "editors/PhotoEditor.qml" })

    visible: model.fieldVisible
    height: visible ? implicitHeight : 0
    padding: Theme.margin
    topPadding: 6
    bottomPadding: 6
    background: Rectangle {
        color: model.error ? "#fff4f4" : "transparent"
        Rectangle { width: 4; height: parent.height; color: Theme.error; visible: model.error.length > 0 }
    }

    ColumnLayout {
        width: parent.width
        spacing: 4
        Label {
            Layout.fillWidth: true
            text: model.label + (model.required ? " *" : "")
            font.pixelSize: Theme.fontSize
            font.bold: true
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Loader {
            id: editor
            Layout.fillWidth: true
            source: delegate.editors[model.type] || ""
            onLoaded: {
                item.objectName = "field_" + model.name
                item.row = Qt.binding(function() { return index })
                item.value = Qt.binding(function() { return model.value })
                item.fieldLabel = Qt.binding(function() { return model.label })
                item.readOnly = Qt.binding(function() { return model.readOnly })
                if (item.hasOwnProperty("options"))
                    item.options = Qt.binding(function() { return model.options })
                if (item.hasOwnProperty("decimals"))
                    item.decimals = model.type === "decimal"
                if (item.hasOwnProperty("maxLength"))
                    item.maxLength = Qt.binding(function() { return model.maxLength })
                if (item.hasOwnProperty("photoUrls"))
                    item.photoUrls = Qt.binding(function() { return model.photoUrls })
                if (item.hasOwnProperty("maxCount"))
                    item.maxCount = Qt.binding(function() { return model.maxCount })
                if (item.pickPhoto)
                    item.pickPhoto.connect(delegate.pickPhoto)
                if (item.takePhoto)
                    item.takePhoto.connect(delegate.takePhoto)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: model.error.length > 0
            text: model.error
            color: Theme.error
            font.pixelSize: Theme.smallFont
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: model.missing && delegate.showMissing
            text: qsTr("Required: fill it in, or keep the feature as a draft")
            color: Theme.warning
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: model.hint.length > 0 && model.error.length === 0
            text: model.hint
            color: Theme.secondaryText
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
        }
    }
}
