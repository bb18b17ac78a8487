import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// A participant joins the table: the privacy notice in plain words, explicit consent, and (only if they wish) a
// name and an e-mail, kept apart from what they write.
Dialog {
    id: dialog
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 700, 720)
    title: qsTr("A new participant")
    standardButtons: Dialog.NoButton
    signal joined(string code)
    onOpened: { consent.checked = false; name.text = ""; email.text = "" }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("What you write here (comments, proposals, places) goes to the Città metropolitana di Milano for the "
                       + "territorial plan, under a code, not your name. Moderators publish it or not. A name and an e-mail "
                       + "are optional, kept apart from what you write, and erased whenever you ask. Privacy notice version %1.")
                  .arg(Participation.noticeVersion)
        }
        CheckBox {
            id: consent
            objectName: "consent"
            text: qsTr("I have read the notice and agree to take part")
            implicitHeight: Theme.touch
            Accessible.name: text
        }
        TextField {
            id: name
            Layout.fillWidth: true
            implicitHeight: 52
            placeholderText: qsTr("Name (optional)")
            placeholderTextColor: Theme.placeholder
            Accessible.name: qsTr("Name, optional")
        }
        TextField {
            id: email
            Layout.fillWidth: true
            implicitHeight: 52
            placeholderText: qsTr("E-mail, to be told about the plan (optional)")
            placeholderTextColor: Theme.placeholder
            inputMethodHints: Qt.ImhEmailCharactersOnly
            Accessible.name: qsTr("E-mail, optional")
        }
        Label {
            visible: Participation.message.length > 0
            Layout.fillWidth: true
            text: Participation.message
            color: Theme.error
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button { text: qsTr("Cancel"); flat: true; implicitHeight: Theme.touch; onClicked: dialog.close(); Accessible.name: text }
            Button {
                objectName: "join"
                text: qsTr("Take part")
                highlighted: true
                enabled: consent.checked
                implicitHeight: Theme.touch
                onClicked: {
                    var code = Participation.join(consent.checked, name.text, email.text)
                    if (code.length > 0) { dialog.joined(code); dialog.close() }
                }
                Accessible.name: text
            }
        }
    }
}
