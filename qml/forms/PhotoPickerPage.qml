import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15
import Qt.labs.folderlistmodel 2.15
import Territori 1.0
import "../common"

// Picks a photo file: a folder browser made for fingers, the same on every platform.
Page {
    id: page
    property url folder: Platform.picturesFolder
    signal picked(url file)
    signal cancelled()

    header: ToolBar {
        Material.background: Theme.primary
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                icon.source: Theme.icon("back")
                implicitWidth: Theme.touch
                implicitHeight: Theme.touch
                onClicked: page.cancelled()
                Accessible.name: qsTr("Back to the form")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Choose a photo")
                color: "white"
                font.pixelSize: Theme.titleFont
                font.bold: true
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Button {
                text: qsTr("Up")
                icon.source: Theme.icon("back")
                implicitHeight: Theme.touch
                enabled: folders.parentFolder.toString() !== ""
                onClicked: page.folder = folders.parentFolder
                Accessible.name: qsTr("Go to the parent folder")
            }
            Label {
                Layout.fillWidth: true
                text: decodeURIComponent(page.folder.toString().replace("file://", ""))
                elide: Text.ElideMiddle
                font.pixelSize: Theme.smallFont
            }
        }
        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: 180
            cellHeight: 170
            ScrollBar.vertical: ScrollBar {}
            model: FolderListModel {
                id: folders
                folder: page.folder
                showDirsFirst: true
                nameFilters: ["*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.png", "*.PNG", "*.webp", "*.tif", "*.tiff"]
            }
            delegate: ItemDelegate {
                width: grid.cellWidth - 8
                height: grid.cellHeight - 8
                onClicked: fileIsDir ? page.folder = fileUrl : page.picked(fileUrl)
                Accessible.name: fileIsDir ? qsTr("Folder %1").arg(fileName) : qsTr("Photo %1").arg(fileName)
                contentItem: ColumnLayout {
                    Image {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        source: fileIsDir ? Theme.icon("folder") : fileUrl
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        sourceSize.width: fileIsDir ? 64 : 200
                        sourceSize.height: fileIsDir ? 64 : 200
                    }
                    Label {
                        Layout.fillWidth: true
                        text: fileName
                        elide: Text.ElideMiddle
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: Theme.smallFont
                    }
                }
            }
        }
    }
}
