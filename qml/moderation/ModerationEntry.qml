import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// One entry on the moderators' page: what it says, what it is about, its state, and the decisions it allows.
Rectangle {
    id: card
    property var entry
    signal publish()
    signal hide()
    signal requeue()

    height: content.height + Theme.margin * 2
    radius: 6
    color: Theme.surface
    border.color: "#c8c8c8"
    Accessible.role: Accessible.ListItem
    Accessible.name: entry.layerTitle + ": " + entry.title

    // A Column, not a layout: wrapped text whose height follows the card's width, with no layout pass in between.
    Column {
        id: content
        x: Theme.margin
        y: Theme.margin
        width: card.width - Theme.margin * 2
        spacing: Theme.spacing / 2

        Label {
            width: content.width
            text: [entry.layerTitle, entry.where, entry.participant ? qsTr("participant %1").arg(entry.participant) : "",
                   entry.created].filter(Boolean).join(" · ")
            font.pixelSize: Theme.smallFont
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
        Label {
            width: content.width
            text: entry.title
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            width: content.width
            visible: entry.text.length > 0
            text: entry.text
            wrapMode: Text.Wrap
        }
        Label {
            width: content.width
            visible: entry.reason.length > 0
            text: qsTr("Reason: %1").arg(entry.reason)
            font.pixelSize: Theme.smallFont
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            width: content.width
            visible: entry.toSend
            text: qsTr("Decision taken here, not yet on the SIT")
            font.pixelSize: Theme.smallFont
            color: Theme.warning
        }
        Row {
            anchors.right: parent.right
            spacing: Theme.spacing
            Button {
                objectName: "publish_" + entry.uuid
                visible: entry.state !== "pubblicato"
                text: qsTr("Publish")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: card.publish()
                Accessible.name: qsTr("Publish: %1").arg(entry.title)
            }
            Button {
                objectName: "hide_" + entry.uuid
                visible: entry.state !== "nascosto"
                text: entry.state === "pubblicato" ? qsTr("Withdraw") : qsTr("Hide")
                implicitHeight: Theme.touch
                onClicked: card.hide()
                Accessible.name: (entry.state === "pubblicato" ? qsTr("Withdraw: %1") : qsTr("Hide: %1")).arg(entry.title)
            }
            Button {
                objectName: "requeue_" + entry.uuid
                visible: entry.state === "nascosto"
                text: qsTr("Back to the queue")
                implicitHeight: Theme.touch
                onClicked: card.requeue()
                Accessible.name: qsTr("Put back in the queue: %1").arg(entry.title)
            }
        }
    }
}
