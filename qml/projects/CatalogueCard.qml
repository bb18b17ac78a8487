import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import "../common"

// A project of the SIT's catalogue the account may use: what it is, its version, and Download (or Open when it is on
// this device already; Resume when a download of it stopped).
Pane {
    id: card
    property var entry: ({}) // {id, title, description, version, publishedAt, onDevice, localVersion, interrupted, readable}
    property bool busy: false // a download is under way (one at a time)
    signal download()
    signal open()
    signal resume()

    padding: Theme.margin
    background: Rectangle { color: Theme.surface; radius: 6; border.color: "#c9c9c4"; border.width: 1 }
    Accessible.role: Accessible.ListItem
    Accessible.name: [card.entry.title, card.entry.description, versionLabel.text].filter(Boolean).join(". ")

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: card.entry.title || ""
                font.bold: true
                font.pixelSize: Theme.fontSize + 1
                wrapMode: Text.Wrap
            }
            Badge { visible: !!card.entry.onDevice; text: qsTr("On this device"); fill: Theme.ok; ink: "white" }
            Badge { visible: !!card.entry.interrupted && !card.entry.onDevice; text: qsTr("Download interrupted"); fill: "#fde2c8"; ink: "#5a2d00" }
        }
        Label {
            Layout.fillWidth: true
            visible: (card.entry.description || "").length > 0
            text: card.entry.description || ""
            // Whole: what a project is for decides whether to download it, and a description is a few sentences.
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont
        }
        Label {
            id: versionLabel
            Layout.fillWidth: true
            text: (card.entry.publishedAt || "").length > 0
                  ? qsTr("Version %1, published %2").arg(card.entry.version).arg(card.entry.publishedAt)
                  : qsTr("Version %1").arg(card.entry.version)
            font.pixelSize: Theme.smallFont
            color: Theme.secondaryText
        }
        Label {
            Layout.fillWidth: true
            visible: !!card.entry.onDevice && card.entry.localVersion > 0 && card.entry.localVersion < card.entry.version
            text: qsTr("This device has version %1: the next sync of the project brings version %2.")
                  .arg(card.entry.localVersion).arg(card.entry.version)
            font.pixelSize: Theme.smallFont
            color: Theme.warning
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.entry.readable === false
            text: qsTr("This version of Territori cannot read this project's definition: update the app to use it.")
            font.pixelSize: Theme.smallFont
            color: Theme.error
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "catalogueOpen_" + card.entry.id
                visible: !!card.entry.onDevice
                text: qsTr("Open")
                implicitHeight: Theme.touch
                onClicked: card.open()
                Accessible.name: qsTr("Open %1").arg(card.entry.title)
            }
            Button {
                objectName: "catalogueResume_" + card.entry.id
                visible: !card.entry.onDevice && !!card.entry.interrupted
                enabled: !card.busy
                text: qsTr("Resume")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: card.resume()
                Accessible.name: qsTr("Resume the download of %1 where it stopped").arg(card.entry.title)
            }
            Button {
                objectName: "download_" + card.entry.id
                visible: !card.entry.onDevice && !card.entry.interrupted
                enabled: !card.busy && card.entry.readable !== false
                text: qsTr("Download…")
                icon.source: Theme.icon("add")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: card.download()
                Accessible.name: qsTr("Download %1: choose the work area").arg(card.entry.title)
            }
        }
    }
}
