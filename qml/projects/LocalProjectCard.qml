import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import "../common"

// A project on this device: what a person decides by (its work area, size, last sync, changes not yet sent), and
// Open / Remove; an interrupted download with Resume / Discard; a store that cannot be read with why.
Pane {
    id: card
    property string projectId
    property string title
    property string size
    property string lastSync
    property int unsent: 0
    property string workArea
    property bool sampleArea: false
    property bool sample: false
    property bool interrupted: false
    property string error
    property bool current: false
    property bool downloading: false // this one is being downloaded now
    property bool canGoBack: false   // the open project's card leads back to its map
    signal open()
    signal backToMap()
    signal remove()
    signal resume()
    signal discard()

    padding: Theme.margin
    background: Rectangle {
        color: Theme.surface
        radius: 6
        border.color: card.current ? Theme.primary : "#c9c9c4"
        border.width: card.current ? 2 : 1
    }
    Accessible.role: Accessible.ListItem
    Accessible.name: [card.title, details.text, unsentLabel.visible ? unsentLabel.text : "", card.error].filter(Boolean).join(". ")

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: card.title
                font.bold: true
                font.pixelSize: Theme.fontSize + 1
                wrapMode: Text.Wrap
            }
            Badge { visible: card.current; text: qsTr("Open now"); fill: Theme.primary; ink: "white" }
            Badge { visible: card.sample; text: qsTr("Sample data"); fill: "#ffd54f"; ink: "#1a1a1a" }
            Badge { visible: card.interrupted; text: card.downloading ? qsTr("Downloading") : qsTr("Download interrupted"); fill: "#fde2c8"; ink: "#5a2d00" }
        }
        Label {
            id: details
            Layout.fillWidth: true
            visible: card.error.length === 0
            // The sample mark apart from the name: a SIT may already say "(esempio)" in it.
            text: [card.workArea.length > 0 ? card.workArea : (card.interrupted ? "" : qsTr("Whole territory")),
                   card.workArea.length > 0 && card.sampleArea ? qsTr("sample boundary") : "",
                   card.size,
                   card.interrupted ? qsTr("downloaded so far")
                                    : (card.lastSync.length > 0 ? qsTr("Last sync %1").arg(card.lastSync) : qsTr("Never synchronised"))]
                  .filter(Boolean).join(" · ")
            color: Theme.secondaryText
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
        }
        Label {
            id: unsentLabel
            Layout.fillWidth: true
            visible: !card.interrupted && card.error.length === 0
            text: card.unsent > 0 ? qsTr("%n features with changes not yet sent to the SIT", "", card.unsent)
                                  : qsTr("No changes waiting to be sent")
            color: card.unsent > 0 ? Theme.warning : Theme.ok
            font.bold: card.unsent > 0
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.error.length > 0
            text: card.error
            color: Theme.error
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            Button {
                objectName: "remove_" + card.projectId
                visible: !card.interrupted && !card.current
                text: qsTr("Remove")
                icon.source: Theme.icon("delete")
                flat: true
                implicitHeight: Theme.touch
                onClicked: card.remove()
                Accessible.name: qsTr("Remove %1 from this device").arg(card.title)
            }
            Button {
                objectName: "discard_" + card.projectId
                visible: card.interrupted && !card.downloading
                text: qsTr("Discard")
                flat: true
                implicitHeight: Theme.touch
                onClicked: card.discard()
                Accessible.name: qsTr("Discard what was downloaded of %1").arg(card.title)
            }
            Button {
                objectName: "resume_" + card.projectId
                visible: card.interrupted && !card.downloading
                text: qsTr("Resume")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: card.resume()
                Accessible.name: qsTr("Resume the download of %1 where it stopped").arg(card.title)
            }
            Button {
                objectName: "open_" + card.projectId
                visible: !card.interrupted && (!card.current || card.canGoBack)
                enabled: card.error.length === 0
                text: card.current ? qsTr("Back to the map") : qsTr("Open")
                highlighted: !card.current
                implicitHeight: Theme.touch
                onClicked: card.current ? card.backToMap() : card.open()
                Accessible.name: card.current ? qsTr("Back to the map of %1").arg(card.title) : qsTr("Open %1").arg(card.title)
            }
        }
    }
}
