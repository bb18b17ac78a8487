import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// The one line that says where the edits are: on the SIT, waiting, held in conflicts, or refused; and why the
// last try failed. Its colour follows the worst of them.
Pane {
    id: banner
    signal credentialsRequested()
    signal retryRequested()

    readonly property color tone: Sync.conflicts > 0 || Sync.refused > 0 || Sync.lastError.length > 0 ? Theme.error
                                : !Sync.configured || Sync.lastSuccess.length === 0 ? Theme.neutral // never synchronised: not "good"
                                : Sync.allSent ? Theme.ok : Theme.warning
    padding: Theme.margin
    leftPadding: Theme.margin + 8
    background: Rectangle {
        radius: 6
        color: Theme.surface
        border.color: banner.tone
        border.width: 2
        Rectangle {
            width: 8
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            radius: 6
            color: banner.tone
        }
    }

    contentItem: ColumnLayout {
        id: content
        spacing: 4
        Label {
            objectName: "syncSummary"
            Layout.fillWidth: true
            text: Sync.summary
            wrapMode: Text.Wrap
            font.pixelSize: Theme.titleFont
            font.bold: true
            color: banner.tone
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: Sync.lastSuccess.length > 0
            text: qsTr("Last complete sync: %1").arg(Sync.lastSuccess)
            font.pixelSize: Theme.smallFont
            color: Theme.secondaryText
        }
        Label {
            objectName: "syncError"
            Layout.fillWidth: true
            visible: Sync.lastError.length > 0 && !Sync.running
            text: Sync.lastError
            wrapMode: Text.Wrap
            color: Theme.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: Sync.nextAttempt.length > 0 && !Sync.running && Sync.autoSync
            text: qsTr("Next try at %1").arg(Sync.nextAttempt)
            font.pixelSize: Theme.smallFont
            color: Theme.secondaryText
        }
        RowLayout {
            visible: Sync.needsCredentials || Sync.refused > 0
            Button {
                visible: Sync.needsCredentials
                text: qsTr("Enter user and password")
                implicitHeight: Theme.touch
                onClicked: banner.credentialsRequested()
                Accessible.name: text
            }
            Button {
                visible: Sync.refused > 0
                text: qsTr("Send refused edits again")
                implicitHeight: Theme.touch
                onClicked: banner.retryRequested()
                Accessible.name: text
            }
        }
    }
}
