import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// The download under way (project, work area, progress, what it is doing, cancel), or how the last one ended: what
// went wrong and "Try again", or that the project is here and "Open it".
Pane {
    id: pane
    // Bound to Projects; a dev scenario sets them to show a download without a SIT.
    property bool running: Projects.downloading
    property string projectId: Projects.downloadId
    property string title: Projects.downloadTitle
    property string area: Projects.downloadArea
    property real progress: Projects.downloadProgress
    property string step: Projects.downloadStep
    property string errorTitle: Projects.downloadErrorTitle
    property string error: Projects.downloadError
    property var notes: Projects.downloadNotes
    property string doneId: Projects.downloadedId
    readonly property bool failed: !running && error.length > 0
    readonly property bool done: !running && doneId.length > 0
    signal openProject(string id)

    visible: running || failed || done
    padding: Theme.margin
    background: Rectangle {
        color: pane.failed ? "#fff4f4" : "#e8f0f4"
        radius: 6
        border.color: pane.failed ? Theme.error : Theme.primary
        border.width: 1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: pane.running ? qsTr("Downloading “%1”").arg(pane.title)
                  : pane.failed ? (pane.errorTitle.length > 0 ? pane.errorTitle : qsTr("The download stopped"))
                  : qsTr("“%1” is on this device").arg(pane.title)
            font.bold: true
            color: pane.failed ? Theme.error : Theme.text
            wrapMode: Text.Wrap
            Accessible.role: pane.failed ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: pane.area.length > 0
            text: qsTr("Work area: %1").arg(pane.area)
            font.pixelSize: Theme.smallFont
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: pane.running
            spacing: Theme.spacing * 2
            ColumnLayout {
                Layout.fillWidth: true
                ProgressBar {
                    objectName: "downloadProgress"
                    Layout.fillWidth: true
                    from: 0
                    to: 1
                    value: pane.progress
                    indeterminate: pane.progress <= 0
                    Accessible.name: qsTr("Download of %1: %2 percent").arg(pane.title).arg(Math.round(pane.progress * 100))
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    // What it is doing wraps rather than being cut: the percentage beside it must stay readable.
                    Label {
                        objectName: "downloadStep"
                        Layout.fillWidth: true
                        text: pane.step.length > 0 ? pane.step : qsTr("Connecting to the SIT")
                        font.pixelSize: Theme.smallFont
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.alignment: Qt.AlignTop
                        text: qsTr("%1 %").arg(Math.round(pane.progress * 100))
                        font.pixelSize: Theme.smallFont
                        font.bold: true
                    }
                }
            }
            Button {
                objectName: "downloadCancel"
                text: qsTr("Cancel")
                icon.source: Theme.icon("close")
                implicitHeight: Theme.touch
                onClicked: Projects.cancelDownload()
                Accessible.name: qsTr("Cancel the download: nothing of it is kept")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: pane.failed
            text: pane.error
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Repeater {
            model: pane.done ? pane.notes : []
            delegate: Label {
                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallFont
                color: Theme.warning
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: pane.failed || pane.done
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            Button {
                objectName: "downloadDismiss"
                text: qsTr("Close")
                flat: true
                implicitHeight: Theme.touch
                onClicked: Projects.dismissDownload()
                Accessible.name: qsTr("Close this message")
            }
            Button {
                objectName: "downloadRetry"
                visible: pane.failed && pane.projectId.length > 0
                text: qsTr("Try again")
                implicitHeight: Theme.touch
                onClicked: Projects.resume(pane.projectId)
                Accessible.name: qsTr("Try the download of %1 again, from where it stopped").arg(pane.title)
            }
            Button {
                objectName: "downloadOpen"
                visible: pane.done
                text: qsTr("Open it")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: pane.openProject(pane.doneId)
                Accessible.name: qsTr("Open %1").arg(pane.title)
            }
        }
    }
}
