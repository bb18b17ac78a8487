import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// A comment on a paragraph: support, concern or proposal, the text, and optionally a place or an area on the map.
Dialog {
    id: dialog
    property string draft
    property int version
    property var paragraph: ({})
    property string replyTo
    signal placeOnMap(var comment, bool area)
    signal pickPhoto()
    signal takePhoto()
    // Reopened after the photo picker: keep what was written.
    property bool keep: false

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 700, 760)
    title: replyTo.length > 0 ? qsTr("Reply") : qsTr("Comment on §%1").arg(paragraph.id || "")
    standardButtons: Dialog.NoButton
    onOpened: {
        if (!keep) {
            body.text = ""
            stanceGroup.checkedButton = proposal
            placeBox.currentIndex = 0
            Participation.clearCommentPhotos()
        }
        keep = false
        body.forceActiveFocus()
    }
    // The dialog closes while a photo is picked (a page over a popup would sit under it) and opens again after.
    function leaveForPhoto(camera) {
        keep = true
        close()
        camera ? takePhoto() : pickPhoto()
    }

    function comment() {
        return { "draft": draft, "version": version, "paragraph": paragraph.id, "replyTo": replyTo,
                 "stance": stanceGroup.checkedButton.value, "text": body.text,
                 "quote": (paragraph.text || "").slice(0, 600) }
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacing
        Label {
            visible: dialog.replyTo.length === 0
            Layout.fillWidth: true
            text: "«" + (dialog.paragraph.title || "") + "»"
            font.italic: true
            wrapMode: Text.Wrap
            color: Theme.secondaryText
        }
        ButtonGroup { id: stanceGroup }
        RowLayout {
            spacing: Theme.spacing
            RadioButton { id: support; property string value: "sostegno"; text: qsTr("Support"); ButtonGroup.group: stanceGroup; implicitHeight: Theme.touch; Accessible.name: text }
            RadioButton { id: concern; property string value: "preoccupazione"; text: qsTr("Concern"); ButtonGroup.group: stanceGroup; implicitHeight: Theme.touch; Accessible.name: text }
            RadioButton { id: proposal; property string value: "proposta"; text: qsTr("Proposal"); ButtonGroup.group: stanceGroup; implicitHeight: Theme.touch; Accessible.name: text; checked: true }
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 180
            TextArea {
                id: body
                objectName: "commentText"
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Your comment (what, where, why)")
                placeholderTextColor: Theme.placeholder
                Accessible.name: qsTr("Text of the comment")
            }
        }
        Label {
            text: qsTr("%1 / 4000").arg(body.length)
            font.pixelSize: Theme.smallFont
            color: body.length > 4000 ? Theme.error : Theme.secondaryText
            Layout.alignment: Qt.AlignRight
        }
        RowLayout {
            spacing: Theme.spacing
            Repeater {
                model: Participation.commentPhotos
                Item {
                    width: 96
                    height: 72
                    Image {
                        anchors.fill: parent
                        source: Participation.photoThumbnail(modelData)
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Photo of the comment")
                    }
                    IconButton {
                        anchors.top: parent.top
                        anchors.right: parent.right
                        iconName: "close"
                        label: qsTr("Remove the photo")
                        onClicked: Participation.removeCommentPhoto(modelData)
                    }
                }
            }
            Label {
                visible: Participation.photosPending > 0
                text: qsTr("Storing the photo…")
                color: Theme.secondaryText
            }
            Button {
                objectName: "commentAddPhoto"
                visible: Participation.commentPhotos.length === 0 && Participation.photosPending === 0
                text: qsTr("Add a photo")
                icon.source: Theme.icon("image")
                flat: true
                implicitHeight: Theme.touch
                onClicked: dialog.leaveForPhoto(false)
                Accessible.name: qsTr("Add a photo to the comment from the files")
            }
            Button {
                visible: Participation.commentPhotos.length === 0 && Participation.photosPending === 0
                         && (Platform.capabilities & Platform.Camera) !== 0
                text: qsTr("Take a photo")
                icon.source: Theme.icon("camera")
                flat: true
                implicitHeight: Theme.touch
                onClicked: dialog.leaveForPhoto(true)
                Accessible.name: qsTr("Take a photo for the comment")
            }
        }
        RowLayout {
            Label { text: qsTr("On the map:") }
            ComboBox {
                id: placeBox
                objectName: "commentPlace"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                model: [qsTr("no place"), qsTr("a place (tap it on the map)"), qsTr("an area (draw it on the map)")]
                Accessible.name: qsTr("Where on the map the comment refers to")
            }
        }
        Label {
            visible: Participation.message.length > 0
            Layout.fillWidth: true
            text: Participation.message
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button { text: qsTr("Cancel"); flat: true; implicitHeight: Theme.touch; onClicked: { Participation.clearCommentPhotos(); dialog.close() } Accessible.name: text }
            Button {
                objectName: "saveComment"
                text: placeBox.currentIndex === 0 ? qsTr("Save") : qsTr("Continue on the map")
                highlighted: true
                implicitHeight: Theme.touch
                enabled: body.length >= 3 && body.length <= 4000 && Participation.photosPending === 0
                onClicked: {
                    if (placeBox.currentIndex === 0) {
                        if (Participation.addComment(dialog.comment()))
                            dialog.close()
                    } else {
                        dialog.placeOnMap(dialog.comment(), placeBox.currentIndex === 2)
                        dialog.close()
                    }
                }
                Accessible.name: text
            }
        }
    }
}
