import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"
import "../forms/editors/DateText.js" as DateText

// A territorial table on this tablet: opening it, who takes part (with consent, under a code), who is writing now,
// erasing a person's data on request, closing it (its entries are then locked) and the minutes.
Page {
    id: page
    signal back()
    signal notify(string text, bool isError)

    readonly property bool hasSession: Participation.session.length > 0
    property var comuni: Participation.choices("tavoli", "comune")
    property var zones: Participation.choices("tavoli", "zona_omogenea")

    header: PageHeader {
        title: qsTr("Territorial table")
        backLabel: qsTr("Back")
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
            width: Math.min(parent.width - Theme.margin * 4, 860)
            spacing: Theme.spacing

            // ---- Opening
            ColumnLayout {
                visible: !page.hasSession
                Layout.fillWidth: true
                spacing: Theme.spacing
                SectionHeader { text: qsTr("Open a table") }
                Label { text: qsTr("Where it meets: a comune, or a zona omogenea"); font.pixelSize: Theme.smallFont }
                RowLayout {
                    Layout.fillWidth: true
                    ComboBox {
                        id: comune
                        Layout.fillWidth: true
                        implicitHeight: Theme.touch + 4
                        model: [{ "value": "", "label": qsTr("— comune —") }].concat(page.comuni)
                        textRole: "label"
                        valueRole: "value"
                        Accessible.name: qsTr("Comune")
                    }
                    ComboBox {
                        id: zone
                        Layout.fillWidth: true
                        implicitHeight: Theme.touch + 4
                        model: [{ "value": "", "label": qsTr("— zona omogenea —") }].concat(page.zones)
                        textRole: "label"
                        valueRole: "value"
                        Accessible.name: qsTr("Zona omogenea")
                    }
                }
                TextField {
                    id: topic
                    objectName: "tableTopic"
                    Layout.fillWidth: true
                    implicitHeight: 52
                    placeholderText: qsTr("Topic (e.g. the green network in the Nord Ovest)")
                    placeholderTextColor: Theme.placeholder
                    Accessible.name: qsTr("Topic of the table")
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: date
                        Layout.preferredWidth: 200
                        implicitHeight: 52
                        // Day first, as Italian (and British English) readers write it; stored as ISO.
                        text: Qt.formatDate(new Date(), "dd/MM/yyyy")
                        inputMask: "99/99/9999"
                        Accessible.name: qsTr("Date (day/month/year)")
                    }
                    TextField {
                        id: facilitator
                        Layout.fillWidth: true
                        implicitHeight: 52
                        placeholderText: qsTr("Facilitator (office)")
                        placeholderTextColor: Theme.placeholder
                        Accessible.name: qsTr("Facilitator")
                    }
                }
                Button {
                    objectName: "openTableNow"
                    text: qsTr("Open the table")
                    highlighted: true
                    implicitHeight: Theme.touch
                    enabled: topic.text.length > 0 && (comune.currentValue.length > 0 || zone.currentValue.length > 0)
                    onClicked: {
                        if (!Participation.openSession({ "comune": comune.currentValue, "zone": zone.currentValue,
                                                         "date": DateText.dateStored(date.text), "topic": topic.text,
                                                         "facilitator": facilitator.text }))
                            page.notify(Participation.message, true)
                    }
                    Accessible.name: text
                }
            }

            // ---- The open (or closed) table
            ColumnLayout {
                visible: page.hasSession
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    text: Participation.sessionTitle
                    font.pixelSize: Theme.titleFont
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: Participation.sessionOpen ? qsTr("Open. Each participant writes under their own code and sees only their own entries.")
                                                    : qsTr("Closed: the entries of this table are locked. They go to the SIT with the next sync.")
                    color: Participation.sessionOpen ? Theme.ok : Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                SectionHeader { text: qsTr("Participants") }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Each participant gets a code (like P-7K2M) instead of their name: comments are signed with the code. Choose who writes now; a name or an e-mail is kept only if they gave it, and can be erased.")
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    font.pixelSize: Theme.smallFont
                }
                Repeater {
                    model: Participation.participants
                    delegate: Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touch + 12, participantRow.implicitHeight + 12)
                        color: modelData.code === Participation.participant ? "#e3f0f6" : Theme.surface
                        border.color: "#dddddd"
                        radius: 4
                        RowLayout {
                            id: participantRow
                            anchors.fill: parent
                            anchors.leftMargin: 8
                            anchors.rightMargin: 8
                            RadioButton {
                                objectName: "participant_" + modelData.code
                                enabled: Participation.sessionOpen
                                checked: modelData.code === Participation.participant
                                text: modelData.code
                                font.bold: true
                                implicitHeight: Theme.touch
                                onClicked: Participation.participant = modelData.code
                                Accessible.name: qsTr("%1 writes now").arg(modelData.code)
                            }
                            // When they joined and what is kept of them, wrapped in the room the button leaves
                            // (on a tablet upright the words ran under "Cancella i suoi dati").
                            Label {
                                text: qsTr("joined at %1").arg(modelData.since) + " · "
                                      + (modelData.erased ? qsTr("personal data erased") : modelData.personal ? qsTr("name or e-mail kept") : qsTr("no personal data"))
                                font.pixelSize: Theme.smallFont
                                color: modelData.personal ? Theme.warning : Theme.secondaryText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            DestructiveButton {
                                visible: modelData.personal
                                text: qsTr("Erase their data")
                                onClicked: { eraseConfirm.code = modelData.code; eraseConfirm.open() }
                                Accessible.name: qsTr("Erase the name and e-mail of %1").arg(modelData.code)
                            }
                        }
                    }
                }
                Label {
                    visible: Participation.participants.length === 0
                    text: qsTr("Nobody has joined yet.")
                    color: Theme.secondaryText
                }
                RowLayout {
                    spacing: Theme.spacing * 2
                    Button {
                        objectName: "addParticipant"
                        visible: Participation.sessionOpen
                        text: qsTr("New participant")
                        highlighted: true
                        implicitHeight: Theme.touch
                        onClicked: consent.open()
                        Accessible.name: text
                    }
                    Button {
                        objectName: "exportMinutes"
                        text: qsTr("Minutes (PDF and CSV)")
                        implicitHeight: Theme.touch
                        onClicked: {
                            var where = Participation.exportSummary()
                            if (where.length > 0) page.notify(qsTr("Minutes written:\n%1").arg(where), false)
                            else page.notify(Participation.message, true)
                        }
                        Accessible.name: qsTr("Write the minutes of the table, without personal data")
                    }
                    Button {
                        visible: !Participation.sessionOpen
                        text: qsTr("Leave this table")
                        flat: true
                        implicitHeight: Theme.touch
                        onClicked: Participation.leaveSession()
                        Accessible.name: text
                    }
                }
                // Ending the table is apart from the everyday buttons, in red, behind a confirmation.
                SectionHeader {
                    visible: Participation.sessionOpen
                    text: qsTr("End of the meeting")
                    Layout.topMargin: Theme.margin * 2
                }
                RowLayout {
                    visible: Participation.sessionOpen
                    Layout.fillWidth: true
                    spacing: Theme.spacing * 2
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("When the meeting is over, close the table: what was written is locked and goes to the SIT.")
                        wrapMode: Text.Wrap
                        color: Theme.secondaryText
                    }
                    DestructiveButton {
                        objectName: "closeTable"
                        text: qsTr("Close the table")
                        icon.source: Theme.icon("close")
                        onClicked: closeConfirm.open()
                        Accessible.name: qsTr("Close the table: the entries are locked")
                    }
                }
            }
        }
    }

    ConsentDialog { id: consent; onJoined: page.notify(qsTr("%1 can write now.").arg(code), false) }
    ConfirmDialog {
        id: closeConfirm
        title: qsTr("Close the table?")
        message: qsTr("What the participants wrote is locked and can no longer be changed here.")
        confirmText: qsTr("Close")
        onAccepted: if (!Participation.closeSession()) page.notify(Participation.message, true)
    }
    ConfirmDialog {
        id: eraseConfirm
        property string code
        title: qsTr("Erase personal data?")
        message: qsTr("The name and e-mail of %1 are erased on this tablet now and on the SIT with the next sync. What they wrote stays, under the code.").arg(code)
        confirmText: qsTr("Erase")
        onAccepted: if (Participation.erase(code)) page.notify(Participation.message, false); else page.notify(Participation.message, true)
    }
}
