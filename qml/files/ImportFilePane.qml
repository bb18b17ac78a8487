import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// Step 1: the layer the file goes into, who sends it, and the file itself from a folder browser (a tablet's file
// dialog cannot see USB sticks or shared folders reliably, and this lists only what the import can read).
// Side by side on a wide window; on a tablet upright the choices above and the folder below, each full width.
Item {
    id: pane
    readonly property bool wide: width >= 1000
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: pane.wide ? 2 : 1
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.margin

        ColumnLayout {
            // Room for the longest layer title in the drop-down ("Disused (brownfield) sites for regeneration").
            Layout.preferredWidth: pane.wide ? 470 : -1
            Layout.maximumWidth: pane.wide ? 480 : Number.POSITIVE_INFINITY
            Layout.fillWidth: !pane.wide
            Layout.fillHeight: pane.wide
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            SectionHeader { text: qsTr("Into the layer"); Layout.fillWidth: true }
            ComboBox {
                objectName: "importTarget"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                model: Import.targetLayers
                textRole: "title"
                valueRole: "name"
                currentIndex: Math.max(0, indexOfValue(Import.targetLayer))
                onActivated: Import.targetLayer = currentValue
                Accessible.name: qsTr("Layer the file's features go into")
            }
            Label {
                visible: !Import.targetChosen
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.smallFont
                text: qsTr("Unless you choose one, the layer that fits the file (its geometry and its columns) is chosen when the file is read.")
            }
            SectionHeader { text: qsTr("Provenance"); Layout.fillWidth: true }
            TextField {
                objectName: "importComune"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                placeholderText: qsTr("Comune the file comes from")
                placeholderTextColor: Theme.placeholder
                text: Import.comune
                onEditingFinished: Import.comune = text
                Accessible.name: qsTr("Comune the file comes from")
            }
            TextField {
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                placeholderText: qsTr("Officer who sends it")
                placeholderTextColor: Theme.placeholder
                text: Import.officer
                onEditingFinished: Import.officer = text
                Accessible.name: qsTr("Officer who sends the file")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.smallFont
                text: qsTr("Shapefile (also zipped), GeoPackage, GeoJSON, KML/KMZ, GML, DXF and CSV with WKT or X/Y columns. "
                           + "Nothing is written until every row has been checked and you confirm.")
            }
            Item { Layout.fillHeight: true; visible: pane.wide }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            RowLayout {
                Layout.fillWidth: true
                ToolButton {
                    icon.source: Theme.icon("back")
                    implicitWidth: Theme.touch
                    implicitHeight: Theme.touch
                    onClicked: Import.browseUp()
                    Accessible.name: qsTr("Up one folder")
                }
                // The folder by its name, the whole path under it in small type (wrapped, never cut at the left).
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: Import.folder.replace(/\/+$/, "").split("/").pop() || Import.folder
                        wrapMode: Text.Wrap
                        font.bold: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: Import.folder
                        wrapMode: Text.WrapAnywhere
                        font.pixelSize: Theme.smallFont
                        color: Theme.secondaryText
                    }
                }
            }
            ListView {
                id: files
                objectName: "importFiles"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Import.entries
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    objectName: "importFile_" + modelData.name
                    width: files.width
                    height: Theme.touch + 8
                    icon.source: Theme.icon(modelData.folder ? "folder" : "layers")
                    text: modelData.folder ? modelData.name
                                           : qsTr("%1  (%2 kB)").arg(modelData.name).arg(Math.max(1, Math.round(modelData.size / 1024)))
                    highlighted: !modelData.folder && modelData.path === Import.file
                    onClicked: modelData.folder ? Import.browse(modelData.path) : Import.chooseFile(modelData.path)
                    Accessible.name: modelData.folder ? qsTr("Folder %1").arg(modelData.name) : qsTr("Import %1").arg(modelData.name)
                }
                Label {
                    anchors.centerIn: parent
                    visible: files.count === 0
                    text: qsTr("No file here that can be imported.")
                    color: Theme.secondaryText
                }
            }
        }
    }
}
