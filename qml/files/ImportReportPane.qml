import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// Step 3: the check of every row. Counts, the choices that change it (repair, accept rows off the territory), the
// choice between importing nothing and importing the valid rows, every problem by row, and the report as CSV.
Item {
    id: pane
    readonly property var s: Import.summary
    readonly property int valid: s.rowsValid || 0
    readonly property int rejected: s.rowsRejected || 0
    readonly property bool canImport: valid > 0 && (rejected === 0 || Import.importValidRows) && !Import.busy

    // Counts and choices beside the problems on a wide window; on a tablet upright the problems go below, with the
    // whole width (beside the choices they were a column a few letters wide).
    readonly property bool wide: width >= 1000
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: pane.wide ? 2 : 1
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.margin

        ColumnLayout {
            Layout.preferredWidth: pane.wide ? 500 : -1
            Layout.maximumWidth: pane.wide ? 500 : Number.POSITIVE_INFINITY
            Layout.fillWidth: !pane.wide
            Layout.fillHeight: pane.wide
            spacing: Theme.spacing

            GridLayout {
                objectName: "importSummary"
                Layout.fillWidth: true
                columns: 2
                rowSpacing: 4
                Label { text: qsTr("Rows read") }
                Label { text: (s.rowsRead || 0).toLocaleString(Qt.locale(), "f", 0); font.bold: true }
                Label { text: qsTr("Valid") }
                Label { objectName: "importValid"; text: pane.valid.toLocaleString(Qt.locale(), "f", 0); font.bold: true; color: Theme.ok }
                Label { text: qsTr("Rejected") }
                Label { objectName: "importRejected"; text: pane.rejected.toLocaleString(Qt.locale(), "f", 0); font.bold: true; color: pane.rejected > 0 ? Theme.error : Theme.text }
                Label { text: qsTr("Geometries repaired") }
                Label { text: (s.rowsRepaired || 0).toLocaleString(Qt.locale(), "f", 0); font.bold: true }
                Label { text: qsTr("Warnings") }
                Label { text: (s.warnings || 0).toLocaleString(Qt.locale(), "f", 0); font.bold: true; color: (s.warnings || 0) > 0 ? Theme.warning : Theme.text }
                Label { visible: (s.rowsSplit || 0) > 0; text: qsTr("Split into parts") }
                Label {
                    objectName: "importSplitCount"
                    visible: (s.rowsSplit || 0) > 0
                    text: qsTr("%n rows, %1 features", "", s.rowsSplit || 0).arg((s.featuresFromSplit || 0).toLocaleString(Qt.locale(), "f", 0))
                    font.bold: true
                }
            }

            SectionHeader { text: qsTr("Options"); Layout.fillWidth: true }
            Switch {
                objectName: "importRepair"
                Layout.fillWidth: true
                text: qsTr("Repair invalid geometries (checks again)")
                contentItem: Label {
                    text: parent.text
                    wrapMode: Text.Wrap
                    leftPadding: parent.indicator.width + parent.spacing
                    verticalAlignment: Text.AlignVCenter
                }
                checked: Import.repairGeometries
                enabled: !Import.busy
                onToggled: Import.repairGeometries = checked
                Accessible.name: text
            }
            // Offered when the check found rows of several parts for a layer of single ones.
            Switch {
                objectName: "importSplit"
                visible: (s.rowsMultiPart || 0) > 0 || Import.splitMultiPart
                Layout.fillWidth: true
                text: qsTr("Split the %n rows of several parts into one feature per part (checks again)", "", s.rowsMultiPart || 0)
                // Wrapped, not cut: the count and what happens are the point.
                contentItem: Label {
                    text: parent.text
                    wrapMode: Text.Wrap
                    leftPadding: parent.indicator.width + parent.spacing
                    verticalAlignment: Text.AlignVCenter
                }
                checked: Import.splitMultiPart
                enabled: !Import.busy
                onToggled: Import.splitMultiPart = checked
                Accessible.name: text
            }
            Switch {
                Layout.fillWidth: true
                text: qsTr("Accept rows off the metropolitan territory (checks again)")
                contentItem: Label {
                    text: parent.text
                    wrapMode: Text.Wrap
                    leftPadding: parent.indicator.width + parent.spacing
                    verticalAlignment: Text.AlignVCenter
                }
                checked: Import.allowOutside
                enabled: !Import.busy
                onToggled: Import.allowOutside = checked
                Accessible.name: text
            }

            SectionHeader { text: qsTr("What to import"); Layout.fillWidth: true; visible: pane.rejected > 0 }
            ButtonGroup { id: choice }
            RadioButton {
                objectName: "importNothing"
                visible: pane.rejected > 0
                Layout.fillWidth: true
                ButtonGroup.group: choice
                text: qsTr("Nothing, until the file is corrected")
                contentItem: Label {
                    text: parent.text
                    wrapMode: Text.Wrap
                    leftPadding: parent.indicator.width + parent.spacing
                    verticalAlignment: Text.AlignVCenter
                }
                checked: !Import.importValidRows
                onToggled: if (checked) Import.importValidRows = false
                Accessible.name: text
            }
            RadioButton {
                objectName: "importValidRows"
                visible: pane.rejected > 0 && pane.valid > 0
                Layout.fillWidth: true
                ButtonGroup.group: choice
                text: qsTr("Only the %n valid rows; the report keeps the others", "", pane.valid)
                contentItem: Label {
                    text: parent.text
                    wrapMode: Text.Wrap
                    leftPadding: parent.indicator.width + parent.spacing
                    verticalAlignment: Text.AlignVCenter
                }
                checked: Import.importValidRows
                onToggled: if (checked) Import.importValidRows = true
                Accessible.name: text
            }
            Item { Layout.fillHeight: true; visible: pane.wide }
            Label {
                visible: Import.reportPath.length > 0
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                text: qsTr("Report saved in %1").arg(Import.reportPath)
                color: Theme.ok
                font.pixelSize: Theme.smallFont
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "importSaveReport"
                    text: qsTr("Save the report")
                    implicitHeight: Theme.touch
                    enabled: Import.issues.count > 0 || pane.rejected > 0
                    onClicked: Import.saveReport()
                    Accessible.name: qsTr("Save the report of every problem as CSV")
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "importRun"
                    text: pane.rejected > 0 && !Import.importValidRows ? qsTr("Import") : qsTr("Import %n rows", "", pane.valid)
                    highlighted: true
                    enabled: pane.canImport
                    implicitHeight: Theme.touch + 8
                    onClicked: Import.runImport()
                    Accessible.name: text
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            // What holds for the whole file: its encoding, what the layer does not keep (heights, measures, columns),
            // where the rows off the territory are.
            SectionHeader {
                Layout.fillWidth: true
                visible: (s.notes || []).length > 0
                text: qsTr("About the file")
            }
            Repeater {
                objectName: "importNotes"
                model: s.notes || []
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: modelData
                    font.pixelSize: Theme.smallFont
                    Accessible.name: text
                }
            }
            SectionHeader {
                Layout.fillWidth: true
                text: Import.issues.count > 0 ? qsTr("%n problems, by row", "", Import.issues.count) : qsTr("No problem found")
            }
            Label {
                visible: (s.issuesDropped || 0) > 0
                text: qsTr("…and %n more not listed (the saved report counts them)", "", s.issuesDropped || 0)
                color: Theme.secondaryText
            }
            ListView {
                id: list
                objectName: "importIssues"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Import.issues
                spacing: 2
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    width: list.width - 12
                    height: line.implicitHeight + 12
                    color: index % 2 ? "#f7f7f5" : "white"
                    RowLayout {
                        id: line
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: 8
                        spacing: Theme.spacing
                        Label {
                            Layout.preferredWidth: 110
                            Layout.alignment: Qt.AlignTop
                            text: model.row > 0 ? qsTr("Row %1").arg(model.row) : qsTr("File")
                            font.bold: true
                            color: model.isError ? Theme.error : Theme.warning
                        }
                        Label {
                            Layout.preferredWidth: 140
                            Layout.alignment: Qt.AlignTop
                            text: model.field
                            elide: Text.ElideRight
                            color: Theme.secondaryText
                        }
                        Label {
                            Layout.fillWidth: true
                            text: (model.isError ? "" : qsTr("Warning: ")) + model.message
                            wrapMode: Text.Wrap
                        }
                    }
                    Accessible.role: Accessible.ListItem
                    Accessible.name: (model.row > 0 ? qsTr("Row %1").arg(model.row) : qsTr("File")) + ": " + model.message
                }
            }
        }
    }
}
