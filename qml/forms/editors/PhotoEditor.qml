import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../../common"

// Thumbnails of the photos attached, with remove buttons; add from a file or, where there is one, the camera.
ColumnLayout {
    id: editor
    property int row: -1
    property var value: []
    property string fieldLabel
    property bool readOnly: false
    property var photoUrls: []
    property int maxCount: 0
    signal pickPhoto()
    signal takePhoto()
    spacing: 6

    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: editor.photoUrls
            delegate: Item {
                width: 120
                height: 120
                Image {
                    anchors.fill: parent
                    source: modelData
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                    sourceSize.width: 240
                    Accessible.name: qsTr("Photo %1").arg(index + 1)
                    Accessible.role: Accessible.Graphic
                }
                IconButton {
                    anchors.top: parent.top
                    anchors.right: parent.right
                    iconName: "close"
                    label: qsTr("Remove photo %1").arg(index + 1)
                    visible: !editor.readOnly
                    onClicked: Form.removePhoto(editor.row, editor.value[index])
                }
            }
        }
    }
    RowLayout {
        spacing: 8
        visible: !editor.readOnly && (editor.maxCount === 0 || (editor.value ? editor.value.length : 0) < editor.maxCount)
        Button {
            text: qsTr("Add from files")
            icon.source: Theme.icon("image")
            implicitHeight: 52
            onClicked: editor.pickPhoto()
            Accessible.name: qsTr("%1: add a photo from the files").arg(editor.fieldLabel)
        }
        Button {
            visible: (Platform.capabilities & Platform.Camera) !== 0
            text: qsTr("Take a photo")
            icon.source: Theme.icon("camera")
            implicitHeight: 52
            onClicked: editor.takePhoto()
            Accessible.name: qsTr("%1: take a photo with the camera").arg(editor.fieldLabel)
        }
    }
}
