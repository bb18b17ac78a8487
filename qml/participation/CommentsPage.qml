import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// The comments on one paragraph, in threads, a page at a time as the list scrolls; new comments and replies.
Page {
    id: page
    objectName: "commentsPage"
    readonly property bool composing: compose.opened
    property string draft
    property int version
    property var paragraph: ({})
    property bool composeAtStart: false
    readonly property bool open: Participation.window(draft, version).open
    signal back()
    signal placeOnMap(var comment, bool area)
    signal pickPhoto()
    signal takePhoto()
    // Back from the photo picker: the comment being written comes back as it was.
    function resumeCompose() { compose.keep = true; compose.open() }

    Component.onCompleted: {
        Participation.showThread(draft, paragraph.id)
        if (composeAtStart && open)
            compose.open()
    }

    header: PageHeader {
        title: qsTr("Comments on §%1").arg(page.paragraph.id || "")
        backLabel: qsTr("Back to the draft")
        onBack: page.back()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Pane {
            Layout.fillWidth: true
            padding: Theme.margin
            background: Rectangle { color: Theme.background; radius: 4; border.color: "#dddddd" }
            ColumnLayout {
                width: parent.width
                Label { text: page.paragraph.title || ""; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true }
                // The whole paragraph, in a box of about four lines that scrolls: what is commented on can be read
                // to its end (three lines and "…" hid the part a comment is often about).
                Flickable {
                    id: excerpt
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(excerptText.implicitHeight, 4 * excerptMetrics.height + 4)
                    contentWidth: width
                    contentHeight: excerptText.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollIndicator.vertical: ScrollIndicator { active: excerpt.contentHeight > excerpt.height }
                    FontMetrics { id: excerptMetrics; font: excerptText.font }
                    Label {
                        id: excerptText
                        width: excerpt.width
                        text: (page.paragraph.text || "").replace(/\*\*|__|`/g, "") // no Markdown marks
                        wrapMode: Text.Wrap
                        color: Theme.secondaryText
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: Participation.participant.length > 0
                      ? qsTr("%n comments by %1", "", Participation.comments.total).arg(Participation.participant)
                      : qsTr("%n comments", "", Participation.comments.total)
                color: Theme.secondaryText
            }
            Button {
                objectName: "newComment"
                visible: page.open
                text: qsTr("New comment")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: { compose.replyTo = ""; compose.open() }
                Accessible.name: text
            }
        }
        ListView {
            id: list
            objectName: "commentList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Participation.comments
            spacing: 6
            cacheBuffer: 800
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                width: list.width
                height: content.height + 20
                color: model.isReply ? Theme.background : Theme.surface
                border.color: "#e0e0e0"
                radius: 4
                Accessible.role: Accessible.ListItem
                Accessible.name: model.stanceLabel + ": " + model.text
                ColumnLayout {
                    id: content
                    x: model.isReply ? 40 : 12
                    y: 10
                    width: parent.width - x - 12
                    spacing: 4
                    RowLayout {
                        spacing: 8
                        Label {
                            text: model.stanceLabel
                            font.pixelSize: Theme.smallFont
                            font.bold: true
                            color: "white"
                            padding: 4
                            background: Rectangle {
                                radius: 3
                                color: model.stance === "sostegno" ? Theme.ok : model.stance === "preoccupazione" ? Theme.error : Theme.primary
                            }
                        }
                        Label { text: model.when; font.pixelSize: Theme.smallFont; color: Theme.secondaryText }
                        Label {
                            visible: model.hasPlace
                            text: qsTr("on the map")
                            font.pixelSize: Theme.smallFont
                            color: Theme.secondaryText
                        }
                        Item { Layout.fillWidth: true }
                        Label {
                            text: !model.sent ? qsTr("not yet sent") : model.moderationLabel
                            font.pixelSize: Theme.smallFont
                            font.bold: true
                            color: !model.sent ? Theme.warning : model.moderation === "nascosto" ? Theme.error
                                 : model.moderation === "pubblicato" ? Theme.ok : Theme.secondaryText
                        }
                    }
                    Label { text: model.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Image {
                        visible: model.photo.toString().length > 0
                        source: model.photo
                        Layout.preferredWidth: 160
                        Layout.preferredHeight: 120
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Photo of the comment")
                    }
                    Label {
                        visible: model.moderation === "nascosto" && model.moderationReason.length > 0
                        text: qsTr("Hidden by the moderators: %1").arg(model.moderationReason)
                        color: Theme.error
                        font.pixelSize: Theme.smallFont
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        visible: page.open && !model.isReply
                        text: qsTr("Reply")
                        flat: true
                        implicitHeight: Theme.touch
                        onClicked: { compose.replyTo = model.uuid; compose.open() }
                        Accessible.name: qsTr("Reply to this comment")
                    }
                }
            }
            footer: Label {
                width: list.width
                visible: list.count === 0
                padding: 24
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                text: page.open ? qsTr("No comments yet: be the first.") : Participation.window(page.draft, page.version).text
                color: Theme.secondaryText
            }
        }
    }

    ComposeCommentDialog {
        id: compose
        draft: page.draft
        version: page.version
        paragraph: page.paragraph
        onPlaceOnMap: page.placeOnMap(comment, area)
        onPickPhoto: page.pickPhoto()
        onTakePhoto: page.takePhoto()
    }
}
