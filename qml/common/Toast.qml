import QtQuick 2.15
import QtQuick.Controls 2.15

// A short message at the bottom of the window. Errors stay until dismissed; information fades after a while.
Popup {
    id: toast
    property bool isError: false

    function show(message, error) {
        if (!message)
            return
        label.text = message
        isError = !!error
        open()
        if (!isError)
            timer.restart()
    }

    x: (parent.width - width) / 2
    y: parent.height - height - 24
    width: Math.min(parent.width - 32, 720)
    padding: 14
    closePolicy: Popup.CloseOnPressOutside | Popup.CloseOnEscape
    background: Rectangle {
        radius: 6
        color: toast.isError ? Theme.error : Theme.toastBackground
    }
    contentItem: Row {
        spacing: 12
        Label {
            id: label
            width: toast.width - toast.padding * 2 - closeButton.width - 12
            anchors.verticalCenter: parent.verticalCenter
            color: "white"
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSize
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            id: closeButton
            flat: true
            text: qsTr("OK")
            height: Theme.touch
            anchors.verticalCenter: parent.verticalCenter
            contentItem: Label { text: closeButton.text; color: "white"; font.bold: true; horizontalAlignment: Text.AlignHCenter; verticalAlignment: Text.AlignVCenter }
            onClicked: toast.close()
            Accessible.name: qsTr("Close the message")
        }
    }
    Timer {
        id: timer
        interval: 5000
        onTriggered: toast.close()
    }
}
