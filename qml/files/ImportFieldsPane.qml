import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// Step 2: what the file is and what it still needs (its layer, its coordinate system, a table's geometry columns),
// where each field of the layer takes its value, and the first rows exactly as they would be stored.
Item {
    id: pane
    readonly property bool ready: Import.problem === ImportController.NoProblem

    // The fields and the preview side by side on a wide window; on a tablet upright the preview goes below, so the
    // mapping rows and the coordinate-system drop-down keep the whole width.
    readonly property bool wide: width >= 1000
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: pane.wide ? 2 : 1
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            Layout.fillHeight: true
            spacing: Theme.spacing

            // What the file is.
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Format: %1").arg(Import.format)
                      + (Import.sourceSrs.length > 0 ? "  ·  " + qsTr("Coordinates read as %1").arg(Import.sourceSrs) : "")
            }
            Repeater {
                model: Import.notes
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: modelData
                    color: Theme.secondaryText
                    font.pixelSize: Theme.smallFont
                }
            }

            // The project's layer the rows go into: the one that fits the file unless the officer chose, and why.
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Into the layer:") }
                ComboBox {
                    objectName: "importFieldsTarget"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    model: Import.targetLayers
                    textRole: "title"
                    valueRole: "name"
                    currentIndex: indexOfValue(Import.targetLayer)
                    enabled: !Import.busy
                    onActivated: Import.targetLayer = currentValue
                    Accessible.name: qsTr("Layer the file's features go into")
                }
            }
            Label {
                objectName: "importTargetReason"
                visible: Import.targetReason.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.smallFont
                text: qsTr("Chosen for this file: %1").arg(Import.targetReason)
            }

            // Several layers in the file: which one.
            RowLayout {
                visible: Import.sourceLayers.length > 1
                Layout.fillWidth: true
                Label { text: qsTr("Layer of the file:") }
                ComboBox {
                    objectName: "importSourceLayer"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    model: Import.sourceLayers
                    textRole: "name"
                    valueRole: "id"
                    currentIndex: indexOfValue(Import.sourceLayer)
                    displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                    onActivated: Import.chooseSourceLayer(currentValue)
                    Accessible.name: qsTr("Which layer of the file to import")
                }
            }

            // The coordinate system: asked when the file names none, changeable on purpose when its .prj is wrong.
            Frame {
                id: srsBox
                objectName: "importSrsBox"
                Layout.fillWidth: true
                property bool asked: Import.problem === ImportController.ChooseSrs || Import.problem === ImportController.SrsMismatch
                property bool changing: false
                visible: asked || changing
                background: Rectangle { color: "#fff4e0"; border.color: Theme.warning; radius: 4 }
                ColumnLayout {
                    width: parent.width
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.bold: true
                        text: Import.problem === ImportController.SrsMismatch
                              ? qsTr("The file says its coordinates are in %1. Use the system you chose instead?").arg(Import.sourceSrs)
                              : Import.fileNamesSrs
                                ? qsTr("Choose the system the coordinates are really in; the file's own will be ignored.")
                                : qsTr("The file does not say which coordinate system its coordinates are in. Choose it: the import never guesses.")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        ComboBox {
                            id: srsCombo
                            objectName: "importSrs"
                            Layout.fillWidth: true
                            implicitHeight: Theme.touch
                            model: Import.srsChoices
                            textRole: "label"
                            valueRole: "epsg"
                            currentIndex: Import.srsEpsg > 0 ? indexOfValue(Import.srsEpsg) : -1
                            displayText: currentIndex < 0 ? qsTr("Choose the coordinate system…") : currentText
                            Accessible.name: qsTr("Coordinate system of the file")
                        }
                        Button {
                            objectName: "importUseSrs"
                            text: qsTr("Use this system")
                            highlighted: true
                            enabled: srsCombo.currentIndex >= 0
                            implicitHeight: Theme.touch
                            onClicked: {
                                Import.chooseSrs(srsCombo.currentValue, Import.fileNamesSrs)
                                srsBox.changing = false
                            }
                            Accessible.name: qsTr("Read the coordinates in %1").arg(srsCombo.currentText)
                        }
                    }
                }
            }
            Button {
                visible: Import.fileNamesSrs && !srsBox.visible
                text: qsTr("The file's coordinate system is wrong?")
                flat: true
                implicitHeight: Theme.touch
                onClicked: srsBox.changing = true
                Accessible.name: text
            }

            // A table: which columns hold the geometry.
            Frame {
                objectName: "importGeometryColumns"
                Layout.fillWidth: true
                visible: Import.isTable
                background: Rectangle {
                    color: Import.problem === ImportController.GeometryColumns ? "#fff4e0" : "transparent"
                    border.color: Import.problem === ImportController.GeometryColumns ? Theme.warning : "#d0d0d0"
                    radius: 4
                }
                // The three choices wrap onto more lines when the pane is narrow: each drop-down keeps room for its
                // column name or "(by name)" instead of being squeezed to "per nom…".
                Flow {
                    width: parent.width
                    spacing: Theme.spacing
                    Label { text: qsTr("Geometry from"); height: Theme.touch; verticalAlignment: Text.AlignVCenter }
                    Row {
                        spacing: 6
                        Label { text: qsTr("X"); height: Theme.touch; verticalAlignment: Text.AlignVCenter }
                        ComboBox {
                            id: xCombo
                            implicitWidth: 190
                            implicitHeight: Theme.touch
                            model: [""].concat(Import.columns)
                            currentIndex: Math.max(0, model.indexOf(Import.xColumn))
                            displayText: currentIndex > 0 ? currentText : Import.problem === ImportController.GeometryColumns ? "—" : qsTr("by name")
                            Accessible.name: qsTr("Column of the X coordinate (easting or longitude)")
                        }
                    }
                    Row {
                        spacing: 6
                        Label { text: qsTr("Y"); height: Theme.touch; verticalAlignment: Text.AlignVCenter }
                        ComboBox {
                            id: yCombo
                            implicitWidth: 190
                            implicitHeight: Theme.touch
                            model: [""].concat(Import.columns)
                            currentIndex: Math.max(0, model.indexOf(Import.yColumn))
                            displayText: currentIndex > 0 ? currentText : Import.problem === ImportController.GeometryColumns ? "—" : qsTr("by name")
                            Accessible.name: qsTr("Column of the Y coordinate (northing or latitude)")
                        }
                    }
                    Row {
                        spacing: 6
                        Label { text: qsTr("or WKT"); height: Theme.touch; verticalAlignment: Text.AlignVCenter }
                        ComboBox {
                            id: wktCombo
                            implicitWidth: 190
                            implicitHeight: Theme.touch
                            model: [""].concat(Import.columns)
                            currentIndex: Math.max(0, model.indexOf(Import.wktColumn))
                            displayText: currentIndex > 0 ? currentText : Import.problem === ImportController.GeometryColumns ? "—" : qsTr("by name")
                            Accessible.name: qsTr("Column of the geometry as WKT")
                        }
                    }
                    Button {
                        text: qsTr("Apply")
                        implicitHeight: Theme.touch
                        onClicked: Import.chooseGeometryColumns(wktCombo.currentIndex > 0 ? wktCombo.currentText : "",
                                                                xCombo.currentIndex > 0 ? xCombo.currentText : "",
                                                                yCombo.currentIndex > 0 ? yCombo.currentText : "")
                        Accessible.name: qsTr("Take the geometry from these columns")
                    }
                }
            }

            SectionHeader { text: qsTr("Fields of the layer and where they come from"); Layout.fillWidth: true }
            ListView {
                id: fields
                objectName: "importMapping"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Import.mapping
                spacing: 2
                ScrollBar.vertical: ScrollBar {}
                delegate: MappingRow { width: fields.width }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 32
                    visible: fields.count === 0
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("The fields appear once the file's coordinate system and geometry are settled.")
                    color: Theme.secondaryText
                }
            }
            Button {
                objectName: "importCheck"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Check every row")
                icon.source: Theme.icon("check")
                highlighted: true
                enabled: pane.ready && !Import.busy
                implicitHeight: Theme.touch + 8
                onClicked: Import.check()
                Accessible.name: qsTr("Check every row of the file; nothing is written yet")
            }
        }

        // The first rows as they would be stored, with what the check will say about them.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.fillHeight: pane.wide
            Layout.preferredHeight: pane.wide ? -1 : Math.max(220, pane.height * 0.3)
            SectionHeader { text: qsTr("Preview of the first rows"); Layout.fillWidth: true }
            ListView {
                id: preview
                objectName: "importPreview"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Import.previewRows
                spacing: Theme.spacing
                ScrollBar.vertical: ScrollBar {}
                delegate: PreviewCard { width: preview.width - 12; fields: Import.mapping }
            }
        }
    }
}
