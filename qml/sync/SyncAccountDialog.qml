import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// Where the SIT is and who signs in. The password goes to the device's keychain when asked to, never to a file.
// account: Sync (this project's sync) or Projects (the app's account, on the projects page); both have the same
// properties and setAccount().
Dialog {
    id: dialog
    property var account: Sync
    property string confirmText: qsTr("Connect and sync")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 600, 620)
    title: qsTr("SIT account")
    standardButtons: Dialog.Cancel

    onOpened: {
        urlField.text = dialog.account.serverUrl
        userField.text = dialog.account.user
        passwordField.text = ""
        // An if, not "(a ? b : c).f()" on its own line: without a semicolon above, JavaScript reads that as a call of
        // the line before, and the focus never moved.
        if (dialog.account.serverUrl.length > 0)
            passwordField.forceActiveFocus()
        else
            urlField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label { text: qsTr("SIT address (the WFS service of your role)"); font.pixelSize: Theme.smallFont }
        TextField {
            id: urlField
            objectName: "syncUrl"
            Layout.fillWidth: true
            implicitHeight: 52
            placeholderText: "https://sit.cittametropolitana.mi.it/ows/surveyor/"
            placeholderTextColor: Theme.placeholder
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("SIT address")
        }
        Label { text: qsTr("User"); font.pixelSize: Theme.smallFont }
        TextField {
            id: userField
            objectName: "syncUser"
            Layout.fillWidth: true
            implicitHeight: 52
            inputMethodHints: Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("User name on the SIT")
        }
        Label { text: qsTr("Password"); font.pixelSize: Theme.smallFont }
        TextField {
            id: passwordField
            objectName: "syncPassword"
            Layout.fillWidth: true
            implicitHeight: 52
            echoMode: TextInput.Password
            Accessible.name: qsTr("Password on the SIT")
        }
        CheckBox {
            id: remember
            text: qsTr("Keep the password in this device's keychain")
            checked: true
            implicitHeight: Theme.touch
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.account.accountMessage.length > 0
            text: dialog.account.accountMessage
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFont
            color: Theme.secondaryText
        }
        Button {
            objectName: "accountConfirm"
            Layout.alignment: Qt.AlignRight
            text: dialog.confirmText
            highlighted: true
            implicitHeight: Theme.touch
            enabled: urlField.text.length > 0 && userField.text.length > 0
            onClicked: {
                dialog.account.setAccount(urlField.text, userField.text, passwordField.text, remember.checked)
                dialog.close()
            }
            Accessible.name: text
        }
    }
}
