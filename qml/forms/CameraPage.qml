import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import QtMultimedia 5.15
import Territori 1.0
import "../common"

// Takes a photo with the camera Qt Multimedia found; shown only when Platform reports the Camera capability.
Page {
    id: page
    signal captured(url file)
    signal cancelled()

    Camera {
        id: camera
        captureMode: Camera.CaptureStillImage
        imageCapture.onImageSaved: page.captured("file://" + path)
        imageCapture.onCaptureFailed: errorLabel.text = message
    }
    VideoOutput {
        anchors.fill: parent
        source: camera
        autoOrientation: true
        fillMode: VideoOutput.PreserveAspectFit
    }
    Label {
        id: errorLabel
        anchors.centerIn: parent
        color: "white"
        text: camera.errorString
        visible: text.length > 0
        background: Rectangle { color: Theme.error }
        padding: 10
    }
    RowLayout {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: 24
        spacing: 40
        IconButton { iconName: "close"; label: qsTr("Cancel"); onClicked: page.cancelled() }
        IconButton {
            iconName: "camera"
            label: qsTr("Take the photo")
            filled: true
            enabled: camera.imageCapture.ready
            onClicked: camera.imageCapture.capture()
        }
    }
}
