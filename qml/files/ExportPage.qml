import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// Layers out of the project for QGIS or a comune's GIS: which layers, the format, the coordinate system, where.
Page {
    id: page
    signal back()
    property var chosen: Export.layers.map(function(l) { return l.name })
    // The project's layers, then those a newer definition retired while edits of them were unsent (exported only
    // when chosen: the sync page's "Export" opens this page with one of them chosen).
    readonly property var allLayers: Export.layers.concat(Export.retiredLayers.map(function(l) {
        return { "name": l.name, "title": qsTr("%1 (no longer in the project)").arg(l.title) }
    }))

    header: PageHeader {
        title: qsTr("Export layers")
        backLabel: qsTr("Back to the map")
        onBack: page.back()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 2

        ColumnLayout {
            Layout.preferredWidth: 380
            Layout.fillHeight: true
            SectionHeader { text: qsTr("Layers"); Layout.fillWidth: true }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    objectName: "exportSelectAll"
                    text: qsTr("All")
                    flat: true
                    implicitHeight: Theme.touch
                    enabled: page.chosen.length < page.allLayers.length
                    onClicked: page.chosen = page.allLayers.map(function(l) { return l.name })
                    Accessible.name: qsTr("Choose all the layers")
                }
                Button {
                    objectName: "exportSelectNone"
                    text: qsTr("None")
                    flat: true
                    implicitHeight: Theme.touch
                    enabled: page.chosen.length > 0
                    onClicked: page.chosen = []
                    Accessible.name: qsTr("Choose no layer")
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 of %2 chosen").arg(page.chosen.length).arg(page.allLayers.length)
                    color: Theme.secondaryText
                    font.pixelSize: Theme.smallFont
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideRight
                }
            }
            ListView {
                id: layerList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.allLayers
                ScrollBar.vertical: ScrollBar {}
                delegate: CheckDelegate {
                    id: layerCheck
                    objectName: "exportLayer_" + modelData.name
                    width: layerList.width
                    height: Math.max(Theme.touch + 4, layerTitle.implicitHeight + 16)
                    text: modelData.title
                    // The title wraps ("Luoghi Urbani per la Mobilità (LUM)") instead of being cut.
                    contentItem: Label {
                        id: layerTitle
                        text: layerCheck.text
                        wrapMode: Text.Wrap
                        rightPadding: layerCheck.indicator.width + layerCheck.spacing
                        verticalAlignment: Text.AlignVCenter
                        color: Theme.text
                    }
                    checked: page.chosen.indexOf(modelData.name) >= 0
                    onToggled: {
                        var c = page.chosen.filter(function(n) { return n !== modelData.name })
                        if (checked)
                            c.push(modelData.name)
                        page.chosen = c
                    }
                    Accessible.name: qsTr("Export %1").arg(modelData.title)
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            SectionHeader { text: qsTr("Format"); Layout.fillWidth: true }
            ButtonGroup { id: formatGroup }
            Repeater {
                model: Export.formats
                RadioButton {
                    property string format: modelData.id
                    text: modelData.label
                    checked: index === 0
                    ButtonGroup.group: formatGroup
                    implicitHeight: Theme.touch
                    Accessible.name: text
                }
            }
            SectionHeader { text: qsTr("Coordinate system"); Layout.fillWidth: true }
            ComboBox {
                id: srs
                objectName: "exportSrs"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                model: Import.srsChoices
                textRole: "label"
                valueRole: "epsg"
                // RDN2008 / UTM 32N (EPSG:7791): Italy's official geodetic reference since 2012 and what the Regione
                // Lombardia's geoportal and the comuni's PGT offices use, in metres; WGS 84 stays one choice away.
                Component.onCompleted: currentIndex = Math.max(0, indexOfValue(7791))
                Accessible.name: qsTr("Coordinate system of the exported files")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("RDN2008 / UTM 32N is the national system the Regione Lombardia and the comuni use; choose WGS 84 (EPSG:4326) for web maps.")
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.smallFont
            }
            SectionHeader { text: qsTr("Folder"); Layout.fillWidth: true }
            TextField {
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                text: Export.folder
                onEditingFinished: Export.folder = text
                Accessible.name: qsTr("Folder the export is written into")
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "exportRun"
                    text: qsTr("Export %n layers", "", page.chosen.length)
                    highlighted: true
                    enabled: page.chosen.length > 0 && !Export.busy
                    implicitHeight: Theme.touch + 8
                    onClicked: Export.start(page.chosen, formatGroup.checkedButton.format, srs.currentValue)
                    Accessible.name: text
                }
            }
            BusyBar {
                Layout.fillWidth: true
                visible: Export.busy
                text: qsTr("Exporting…")
                progress: Export.progress
                onCancel: Export.cancel()
            }
            Label {
                visible: Export.message.length > 0
                Layout.fillWidth: true
                text: Export.message
                wrapMode: Text.Wrap
                color: Theme.error
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "exportResult"
                visible: Export.result.files !== undefined
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                text: Export.result.files === undefined ? ""
                      : qsTr("%n features written in %1:", "", Export.result.features).arg(Export.result.srs)
                        + "\n" + Export.result.files.join("\n")
                        + (Export.result.renamed.length > 0 ? "\n\n" + qsTr("Columns renamed for the Shapefile:") + "\n" + Export.result.renamed.join("\n") : "")
                        + (Export.result.notes.length > 0 ? "\n\n" + Export.result.notes.join("\n") : "")
            }
            Item { Layout.fillHeight: true }
        }
    }
}
