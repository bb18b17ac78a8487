import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// Downloading a project of the SIT: which part of the territory (a comune, a zona omogenea, or all of it), then the
// download with its progress and cancel. Only the chosen area's features come to the device; what is created here
// always stays.
Page {
    id: page
    objectName: "downloadPage"
    property string projectId
    property string projectTitle
    property string filter: ""
    // The whole territory first, then the SIT's work areas (Projects.areas); a dev scenario sets its own.
    property var areas: { Projects.workAreas; return Projects.areas(page.filter) }
    // Every area offered has a sample boundary (the demo SIT's): said once above the list, not on every row.
    readonly property bool allSample: page.areas.some(function(a) { return a.sample })
                                      && page.areas.every(function(a) { return a.sample || a.id.length === 0 })
    property string areaId: ""
    property string areaName: qsTr("The whole territory")
    property alias downloadPane: downloadPane
    property alias search: search
    readonly property bool wide: width >= 1000
    signal back()
    signal openProject(string id)

    function choose(area) {
        page.areaId = area.id
        page.areaName = area.name
    }
    // Brings an area of the list into view (a person who chose it before, a dev scenario).
    function showArea(id) {
        for (var i = 0; i < page.areas.length; ++i)
            if (page.areas[i].id === id) {
                list.positionViewAtIndex(i, ListView.Center)
                return true
            }
        return false
    }

    header: PageHeader {
        title: qsTr("Download “%1”").arg(page.projectTitle)
        backLabel: qsTr("Back to the projects")
        onBack: page.back()
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 2
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.margin * 3
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacing
            SectionHeader { text: qsTr("Which part of the territory?") }
            TextField {
                id: search
                objectName: "areaSearch"
                Layout.fillWidth: true
                implicitHeight: 52
                placeholderText: qsTr("Search a comune or a zona omogenea")
                placeholderTextColor: Theme.placeholder
                onTextEdited: page.filter = text
                Accessible.name: qsTr("Search the work areas")
            }
            Label {
                objectName: "allSampleNote"
                Layout.fillWidth: true
                visible: page.allSample
                text: qsTr("The boundaries of these areas are samples, not official ones.")
                font.pixelSize: Theme.smallFont
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
            ListView {
                id: list
                objectName: "areaList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 200
                clip: true
                model: page.areas
                ScrollBar.vertical: ScrollBar {}
                delegate: Column {
                    width: list.width
                    // A heading where a group starts (the whole territory, the zone omogenee, the comuni).
                    SectionHeader {
                        visible: index === 0 || page.areas[index - 1].kindTitle !== modelData.kindTitle
                        height: visible ? implicitHeight : 0
                        text: modelData.kindTitle
                    }
                    RadioDelegate {
                        id: areaDelegate
                        objectName: "area_" + (modelData.id.length > 0 ? modelData.id : "whole")
                        width: list.width
                        height: Theme.touch + 4
                        checkable: false // checked follows the choice, not the tap
                        checked: page.areaId === modelData.id
                        text: modelData.name
                        // The sample mark apart from the name (a SIT may already say "(esempio)" in it), never left out.
                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            Label {
                                text: areaDelegate.text
                                font: areaDelegate.font
                                elide: Text.ElideRight
                                Layout.fillWidth: !sampleTag.visible
                                Layout.maximumWidth: implicitWidth
                            }
                            Label {
                                id: sampleTag
                                visible: modelData.sample && !page.allSample
                                text: qsTr("sample boundary, not official")
                                font.pixelSize: Theme.smallFont
                                color: Theme.secondaryText
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        onClicked: page.choose(modelData)
                        Accessible.name: modelData.sample ? qsTr("%1, sample boundary, not official").arg(modelData.name) : modelData.name
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: page.areas.length <= 1 && page.filter.length === 0
                text: qsTr("The SIT offers no work areas for this account: the project comes whole.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: page.areas.length === 0 && page.filter.length > 0
                text: qsTr("No comune or zona omogenea is called like that.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing * 2
            SectionHeader { text: qsTr("Download") }
            Label {
                Layout.fillWidth: true
                text: qsTr("“%1” for: %2").arg(page.projectTitle).arg(page.areaName)
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: page.areaId.length === 0
                      ? qsTr("Every feature of the project comes to this device: on a large territory this takes time and room.")
                      : qsTr("The features inside the area come to this device, with their photos and the basemaps. Features that leave the area on the SIT leave the device too, unless they have changes of yours not yet sent; what you create here always stays.")
                font.pixelSize: Theme.smallFont
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "startDownload"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Download")
                icon.source: Theme.icon("add")
                highlighted: true
                // One download at a time; once this project is here, "Open it" below is the way on.
                enabled: !Projects.downloading && Projects.downloadedId !== page.projectId
                implicitHeight: Theme.touch + 8
                onClicked: Projects.download(page.projectId, page.areaId)
                Accessible.name: qsTr("Download %1 for %2").arg(page.projectTitle).arg(page.areaName)
            }
            DownloadPane {
                id: downloadPane
                objectName: "downloadPane"
                Layout.fillWidth: true
                onOpenProject: Projects.open(id)
            }
        }
    }
}
