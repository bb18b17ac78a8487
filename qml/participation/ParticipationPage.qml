import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// Participation: the drafts of the three STTM to read and comment on, and the territorial table of this tablet.
Page {
    id: page
    signal back()
    signal openDraft(string draft, int version, string paragraph)
    signal openTable()
    signal openModeration()

    property var drafts: Participation.drafts()
    property var results: []

    header: PageHeader {
        title: qsTr("Participation in the PTM")
        backLabel: qsTr("Back to the map")
        onBack: page.back()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.height + 40
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Theme.margin * 2
            y: Theme.margin * 2
            width: Math.min(parent.width - Theme.margin * 4, 900)
            spacing: Theme.spacing

            Pane {
                Layout.fillWidth: true
                padding: Theme.margin
                background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.primary; border.width: 1 }
                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing * 2
                    Image { source: Theme.icon("table"); sourceSize.width: 36; sourceSize.height: 36 }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Label {
                            text: Participation.session.length > 0 ? Participation.sessionTitle : qsTr("No territorial table on this tablet")
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: Participation.session.length === 0
                                  ? qsTr("Open one to let several people write here, each under their own code.")
                                  : Participation.sessionOpen
                                    ? (Participation.participant.length > 0 ? qsTr("Writing now: %1").arg(Participation.participant)
                                                                             : qsTr("Nobody chosen to write yet"))
                                    : qsTr("Closed: its entries are locked")
                            font.pixelSize: Theme.smallFont
                            color: Theme.secondaryText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        objectName: "openTable"
                        text: Participation.session.length > 0 ? qsTr("Manage the table") : qsTr("Open a table")
                        implicitHeight: Theme.touch
                        highlighted: true
                        onClicked: page.openTable()
                        Accessible.name: text
                    }
                }
            }

            Pane {
                objectName: "moderationPane"
                Layout.fillWidth: true
                visible: Moderation.available
                padding: Theme.margin
                background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.primary; border.width: 1 }
                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing * 2
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Moderation: %n entries wait for a decision", "", Moderation.waiting)
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Button {
                        objectName: "openModeration"
                        text: qsTr("Moderate")
                        implicitHeight: Theme.touch
                        highlighted: true
                        onClicked: page.openModeration()
                        Accessible.name: qsTr("Open the moderators' page")
                    }
                }
            }

            SectionHeader { text: qsTr("Drafts of the STTM strategies") }
            TextField {
                id: search
                objectName: "draftSearch"
                Layout.fillWidth: true
                implicitHeight: 52
                placeholderText: qsTr("Search the drafts (e.g. rete verde, logistica)")
                placeholderTextColor: Theme.placeholder
                onTextEdited: searchTimer.restart()
                Accessible.name: qsTr("Search the drafts")
                Timer { id: searchTimer; interval: 300; onTriggered: page.results = search.text.length > 1 ? Participation.search(search.text) : [] }
            }
            Repeater {
                model: page.results
                delegate: ItemDelegate {
                    Layout.fillWidth: true
                    implicitHeight: resultColumn.implicitHeight + 16
                    onClicked: page.openDraft(modelData.draft, modelData.version, modelData.id)
                    Accessible.name: modelData.draft + " " + modelData.id + " " + modelData.title
                    contentItem: ColumnLayout {
                        id: resultColumn
                        spacing: 2
                        Label { text: modelData.draft + " · §" + modelData.id + " · " + modelData.title; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label { text: modelData.excerpt; font.pixelSize: Theme.smallFont; color: Theme.secondaryText; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                }
            }
            Label {
                visible: search.text.length > 1 && page.results.length === 0
                text: qsTr("No paragraph contains these words.")
                color: Theme.secondaryText
            }

            Repeater {
                model: page.drafts
                delegate: ItemDelegate {
                    objectName: "draft_" + modelData.draft
                    Layout.fillWidth: true
                    implicitHeight: draftColumn.implicitHeight + 24
                    onClicked: page.openDraft(modelData.draft, modelData.version, "")
                    Accessible.name: modelData.strategyTitle + ", " + modelData.window
                    background: Rectangle { color: Theme.surface; radius: 6; border.color: "#d0d0d0" }
                    contentItem: ColumnLayout {
                        id: draftColumn
                        spacing: 4
                        Label {
                            text: modelData.strategyTitle
                            font.bold: true
                            font.pixelSize: Theme.fontSize + 1
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Version %1 · %n paragraphs", "", modelData.paragraphs).arg(modelData.version)
                            font.pixelSize: Theme.smallFont
                            color: Theme.secondaryText
                        }
                        Label {
                            text: modelData.window
                            font.pixelSize: Theme.smallFont
                            font.bold: true
                            color: modelData.open ? Theme.ok : Theme.secondaryText
                        }
                    }
                }
            }
            Label {
                visible: page.drafts.length === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("No drafts on this tablet yet: they come from the SIT with the next sync.")
            }
        }
    }
}
