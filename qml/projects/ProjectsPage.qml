import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"
import "../sync"

// The projects: those on this device (open, remove, resume or discard a download that stopped, install the offline
// demo) and, once signed in, those on the SIT the account may use (download one for a work area). Where the app
// starts when there are several projects, or none and a SIT account.
Page {
    id: page
    objectName: "projectsPage"
    signal back()
    signal openDownload(string id, string title)
    signal openAndExport(string id)

    // Bound to Projects; a dev scenario replaces them to show the page without a SIT (qml/dev/ScenarioRunner.qml).
    property var localModel: Projects.local
    property var catalogue: Projects.catalogue
    property bool signedIn: Projects.configured
    property string account: Projects.configured ? qsTr("%1 as %2").arg(Projects.serverUrl).arg(Projects.user) : ""
    property bool catalogueLoading: Projects.catalogueLoading
    property bool catalogueLoaded: Projects.catalogueLoaded
    property bool cataloguePublished: Projects.cataloguePublished
    property string catalogueError: Projects.catalogueError
    property bool demoOnDevice: Projects.demoOnDevice
    property alias downloadPane: downloadPane
    property alias accountDialog: accountDialog
    property alias removeDialog: removeDialog
    readonly property bool wide: width >= 1000

    Component.onCompleted: {
        Projects.refresh()
        if (page.signedIn && !Projects.catalogueLoaded && !Projects.catalogueLoading)
            Projects.refreshCatalogue()
    }

    header: PageHeader {
        title: qsTr("Projects")
        canGoBack: App.ready
        backLabel: qsTr("Back to the map")
        onBack: page.back()
        ToolButton {
            objectName: "accountButton"
            text: page.signedIn ? qsTr("SIT account") : qsTr("Sign in")
            implicitHeight: Theme.touch
            onClicked: accountDialog.open()
            Accessible.name: qsTr("SIT address, user and password")
        }
    }

    Flickable {
        id: flick
        objectName: "projectsFlick"
        anchors.fill: parent
        // Both sizes given: a content item sized by its children would feed the grid's width back into itself.
        contentWidth: width
        contentHeight: grid.height + Theme.margin * 4
        clip: true
        ScrollBar.vertical: ScrollBar {}

        GridLayout {
            id: grid
            // Centred on a wide screen, where the two columns stop growing.
            width: Math.min(flick.width - Theme.margin * 4, page.wide ? 1500 : 900)
            x: Math.max(Theme.margin * 2, (flick.width - width) / 2)
            y: Theme.margin * 2
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.margin * 3
            rowSpacing: Theme.spacing

            DownloadPane {
                id: downloadPane
                objectName: "downloadPane"
                Layout.fillWidth: true
                Layout.columnSpan: grid.columns
                onOpenProject: Projects.open(id)
            }

            // On this device.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing
                // As high as the other column's header row (with its 48 px button), so the two headings line up.
                SectionHeader { text: qsTr("On this device"); Layout.preferredHeight: Theme.touch; verticalAlignment: Text.AlignBottom }
                Label {
                    Layout.fillWidth: true
                    visible: page.localModel.count === 0
                    text: qsTr("No project on this device yet.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
                Repeater {
                    objectName: "localProjects"
                    model: page.localModel
                    delegate: LocalProjectCard {
                        Layout.fillWidth: true
                        projectId: model.projectId
                        title: model.title
                        size: model.size
                        lastSync: model.lastSync
                        unsent: model.unsent
                        workArea: model.workArea
                        sampleArea: model.sampleArea
                        sample: model.sample
                        interrupted: model.interrupted
                        error: model.error
                        current: model.current
                        downloading: model.interrupted && Projects.downloading && Projects.downloadId === model.projectId
                        canGoBack: App.ready
                        onOpen: Projects.open(projectId)
                        onBackToMap: page.back()
                        onRemove: removeDialog.ask(projectId)
                        onResume: Projects.resume(projectId)
                        onDiscard: Projects.discard(projectId)
                    }
                }
                Pane {
                    objectName: "demoOffer"
                    Layout.fillWidth: true
                    visible: !page.demoOnDevice
                    padding: Theme.margin
                    background: Rectangle { color: Theme.background; radius: 6; border.color: "#c9c9c4"; border.width: 1 }
                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing * 2
                        ColumnLayout {
                            Layout.fillWidth: true
                            Label { text: qsTr("The offline demo project"); font.bold: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Sample surveys and drafts of the PTM, to try Territori without a SIT. Its features are samples, not official data.")
                                font.pixelSize: Theme.smallFont
                                color: Theme.secondaryText
                                wrapMode: Text.Wrap
                            }
                        }
                        Button {
                            objectName: "installDemo"
                            text: qsTr("Install the demo")
                            implicitHeight: Theme.touch
                            onClicked: Projects.installDemo()
                            Accessible.name: qsTr("Install the offline demo project and open it")
                        }
                    }
                }
            }

            // On the SIT.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing
                RowLayout {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    // No fillHeight here: it would make the whole column fill the grid's row and spread it out.
                    SectionHeader { text: qsTr("On the SIT"); Layout.fillWidth: true; Layout.alignment: Qt.AlignBottom }
                    BusyIndicator {
                        visible: page.catalogueLoading
                        running: visible
                        implicitWidth: Theme.touch
                        implicitHeight: Theme.touch
                        Accessible.name: qsTr("Reading the SIT's catalogue")
                    }
                    ToolButton {
                        objectName: "refreshCatalogue"
                        visible: page.signedIn && !page.catalogueLoading
                        icon.source: Theme.icon("sync")
                        implicitWidth: Theme.touch
                        implicitHeight: Theme.touch
                        onClicked: Projects.refreshCatalogue()
                        Accessible.name: qsTr("Read the SIT's catalogue again")
                        ToolTip.text: Accessible.name
                        ToolTip.visible: hovered
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.signedIn
                    text: page.account
                    font.pixelSize: Theme.smallFont
                    color: Theme.secondaryText
                    elide: Text.ElideMiddle
                }
                Pane {
                    Layout.fillWidth: true
                    visible: !page.signedIn
                    padding: Theme.margin
                    background: Rectangle { color: Theme.background; radius: 6; border.color: "#c9c9c4"; border.width: 1 }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Sign in with your SIT account to see the projects of the Città metropolitana you may download, for a comune, a zona omogenea or the whole territory.")
                            wrapMode: Text.Wrap
                        }
                        Button {
                            objectName: "signIn"
                            Layout.alignment: Qt.AlignRight
                            text: qsTr("Sign in")
                            highlighted: true
                            implicitHeight: Theme.touch
                            onClicked: accountDialog.open()
                            Accessible.name: qsTr("Sign in to the SIT")
                        }
                    }
                }
                Label {
                    objectName: "catalogueError"
                    Layout.fillWidth: true
                    visible: page.signedIn && page.catalogueError.length > 0
                    text: page.catalogueError
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.signedIn && page.catalogueLoaded && page.catalogueError.length === 0
                             && (!page.cataloguePublished || page.catalogue.length === 0)
                    text: !page.cataloguePublished ? qsTr("This SIT keeps no catalogue of projects: ask the GIS office.")
                                                   : qsTr("The SIT has no project for your account.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
                Repeater {
                    objectName: "catalogueList"
                    model: page.signedIn ? page.catalogue : []
                    delegate: CatalogueCard {
                        Layout.fillWidth: true
                        entry: modelData
                        busy: Projects.downloading
                        onDownload: page.openDownload(modelData.id, modelData.title)
                        onOpen: Projects.open(modelData.id)
                        onResume: Projects.resume(modelData.id)
                    }
                }
            }
        }
    }

    SyncAccountDialog {
        id: accountDialog
        account: Projects
        confirmText: qsTr("Sign in")
    }
    RemoveProjectDialog {
        id: removeDialog
        onOpenAndExport: page.openAndExport(id)
    }
}
