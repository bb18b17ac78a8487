import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// The moderators' page: the comments and contributions waiting for a decision, those published (which can be
// withdrawn) and those hidden (which can be published after all), and the decisions taken on this tablet. Decisions
// are taken offline and go to the SIT with the next sync, as this tablet's moderator account.
Page {
    id: page
    objectName: "moderationPage"
    property alias hideDialog: hideDialog
    signal back()
    signal notify(string text, bool isError)

    readonly property var states: ["in_attesa", "pubblicato", "nascosto"]
    property int revision: 0 // bumped when Moderation changes, so the lists are read again

    Connections {
        target: Moderation
        function onChanged() { page.revision++ }
    }

    header: PageHeader {
        title: qsTr("Moderation")
        backLabel: qsTr("Back to participation")
        onBack: page.back()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            objectName: "moderationTabs"
            Layout.fillWidth: true
            Repeater {
                model: [qsTr("Waiting (%1)").arg(page.revision >= 0 ? Moderation.count("in_attesa") : 0),
                        qsTr("Published"), qsTr("Hidden"), qsTr("History")]
                TabButton {
                    objectName: "moderationTab_" + index
                    text: modelData
                    implicitHeight: Theme.touch
                    Accessible.name: text
                }
            }
        }

        ListView {
            id: list
            objectName: "moderationList"
            visible: tabs.currentIndex < 3
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            topMargin: Theme.margin
            bottomMargin: Theme.margin
            model: page.revision >= 0 && tabs.currentIndex < 3 ? Moderation.items(page.states[tabs.currentIndex]) : []
            ScrollBar.vertical: ScrollBar {}
            delegate: ModerationEntry {
                width: Math.min(list.width - Theme.margin * 2, 1100)
                x: (list.width - width) / 2
                entry: modelData
                onPublish: page.decide(modelData, "pubblicato", "")
                onHide: { hideDialog.entry = modelData; hideDialog.open() }
                onRequeue: page.decide(modelData, "in_attesa", "")
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: tabs.currentIndex === 0 ? qsTr("Nothing waits for a decision.") : qsTr("Nothing here.")
                color: Theme.secondaryText
            }
        }

        ListView {
            id: historyList
            objectName: "moderationHistory"
            visible: tabs.currentIndex === 3
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            topMargin: Theme.margin
            model: page.revision >= 0 && tabs.currentIndex === 3 ? Moderation.history() : []
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                width: Math.min(historyList.width - Theme.margin * 2, 1100)
                x: (historyList.width - width) / 2
                implicitHeight: Math.max(Theme.touch, historyColumn.implicitHeight + 16)
                Accessible.name: modelData.stateText + ": " + modelData.title
                contentItem: ColumnLayout {
                    id: historyColumn
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: modelData.stateText + " · " + modelData.title
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: [modelData.layerTitle, modelData.at, modelData.statusText,
                               modelData.reason ? qsTr("reason: %1").arg(modelData.reason) : ""].filter(Boolean).join(" · ")
                        font.pixelSize: Theme.smallFont
                        color: modelData.status === "failed" ? Theme.error : Theme.secondaryText
                        wrapMode: Text.Wrap
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: historyList.count === 0
                text: qsTr("No decision taken on this tablet yet.")
                color: Theme.secondaryText
            }
        }
    }

    function decide(entry, state, reason) {
        var ok = Moderation.decide(entry.layer, entry.uuid, state, reason)
        page.notify(Moderation.message, !ok)
        return ok
    }

    Dialog {
        id: hideDialog
        objectName: "hideDialog"
        property var entry: null
        title: qsTr("Hide this entry")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 40, 640)
        standardButtons: Dialog.Cancel
        onOpened: reasonField.text = ""
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Its author reads the reason on their tablet. Say why it is not published (for example: "
                           + "offensive, off topic, personal data of others).")
                wrapMode: Text.Wrap
            }
            TextArea {
                id: reasonField
                objectName: "hideReason"
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                placeholderText: qsTr("Reason")
                placeholderTextColor: Theme.placeholder
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Reason for hiding")
            }
            Button {
                objectName: "confirmHide"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Hide")
                enabled: reasonField.text.trim().length > 0
                implicitHeight: Theme.touch
                highlighted: true
                onClicked: if (page.decide(hideDialog.entry, "nascosto", reasonField.text)) hideDialog.close()
                Accessible.name: qsTr("Hide it with this reason")
            }
        }
    }
}
