import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Controls.Material 2.15
import QtQuick.Layouts 1.15
import QtPositioning 5.15
import Territori 1.0
import "common"
import "map"
import "forms"
import "features"
import "settings"
import "sync"
import "participation"
import "files"
import "moderation"
import "projects"
import "dev"

ApplicationWindow {
    id: window
    width: initialWidth
    height: initialHeight
    visible: true
    title: App.projectTitle ? qsTr("Territori – %1").arg(App.projectTitle) : qsTr("Territori")
    font.pixelSize: Theme.fontSize
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent
    Material.foreground: Theme.text

    property var mapPage: null
    readonly property bool pageTransition: stack.busy
    readonly property Component listPageComponent: listPage
    readonly property Component syncPageComponent: syncPage
    readonly property Component conflictPageComponent: conflictPage
    readonly property Component participationPageComponent: participationPage
    readonly property Component draftPageComponent: draftPage
    readonly property Component commentsPageComponent: commentsPage
    readonly property Component tablePageComponent: tablePage
    readonly property Component moderationPageComponent: moderationPage
    readonly property Component importPageComponent: importPage
    readonly property Component exportPageComponent: exportPage
    readonly property Component projectsPageComponent: projectsPage
    readonly property Component downloadPageComponent: downloadPage
    property alias definitionDialog: definitionDialog
    // --screenshot waits while this is set: a scenario that needs time (a download under way) holds it.
    property bool holdScreenshot: false

    function openForm(layer, uuid) {
        // A paragraph's place tapped on the map opens the draft at that paragraph, not a form.
        if (layer === "sttm_paragrafi") {
            var p = Participation.paragraphOf(uuid)
            if (p.draft !== undefined) {
                var d = Participation.drafts().filter(function(x) { return x.draft === p.draft })[0]
                stack.push(draftPage, { "draft": p.draft, "version": p.version, "versions": d ? d.versions : [p.version],
                                        "strategyTitle": d ? d.strategyTitle : p.draft, "startAt": p.paragraph })
                return
            }
        }
        if (Form.openFeature(layer, uuid))
            stack.push(featurePage)
        else
            toast.show(Form.message, true)
    }
    // The objectName of a page on the stack: 0 the one shown, 1 the one under it… (tests and scenarios).
    function pageName(fromTop) {
        var page = stack.get(stack.depth - 1 - fromTop)
        return page ? page.objectName : ""
    }
    function backToMap() {
        Form.close()
        stack.pop(null)
    }
    // After the sync applied a newer definition of the project, it is opened again on it, but not while the person
    // is in the middle of something (a form, a drawing, another page): then as soon as they are back on the map.
    function reopenWhenIdle() {
        if (Object.keys(Sync.definitionUpdate).length === 0 || reopening)
            return
        if (stack.depth === 1 && App.ready && !stack.busy && Capture.mode === CaptureController.None && !Form.isOpen) {
            reopening = true
            Projects.reopen(Sync.definitionUpdate)
        }
    }
    property bool reopening: false

    // Where a comment being placed on the map was written: its draft, version and paragraph. Once the place is
    // saved the citizen goes back there (the draft at that paragraph, its comments open), not left on the whole map.
    property var commentOrigin: null
    function backToParagraph(origin) {
        stack.pop(null)
        var d = Participation.drafts().filter(function(x) { return x.draft === origin.draft })[0]
        stack.push(draftPage, { "draft": origin.draft, "version": origin.version,
                                "versions": d ? d.versions : [origin.version],
                                "strategyTitle": d ? d.strategyTitle : origin.draft, "startAt": origin.paragraph.id })
        stack.push(commentsPage, { "draft": origin.draft, "version": origin.version, "paragraph": origin.paragraph })
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: App.ready ? mapPageComponent : App.pickProject ? projectsPage : errorPage
        onDepthChanged: window.reopenWhenIdle()
        onBusyChanged: window.reopenWhenIdle()
    }

    Component {
        id: mapPageComponent
        MapPage {
            id: theMapPage
            Component.onCompleted: window.mapPage = theMapPage
            onOpenFeature: window.openForm(layer, uuid)
            onOpenList: stack.push(listPage)
            onOpenSettings: stack.push(settingsPage)
            onOpenSync: stack.push(syncPage)
            onOpenParticipation: stack.push(participationPage)
            onOpenTable: stack.push(tablePage)
            onOpenImport: stack.push(importPage)
            onOpenExport: stack.push(exportPage)
            onOpenProjects: stack.push(projectsPage)
            onNotify: toast.show(text, isError)
            onNewFeatureDrawn: {
                if (Participation.placingComment) {
                    // The place of a comment: saved with it, not through a form.
                    if (Participation.finishCommentPlace(Capture)) {
                        Capture.cancel()
                        var origin = window.commentOrigin
                        window.commentOrigin = null
                        if (origin)
                            window.backToParagraph(origin)
                        toast.show(qsTr("Comment saved; it goes to the SIT with the next sync."), false)
                    } else {
                        toast.show(Participation.message, true)
                    }
                    return
                }
                if (Form.openNewFromCapture(Capture)) {
                    Capture.cancel()
                    stack.push(featurePage)
                }
            }
        }
    }
    Component {
        id: featurePage
        FeaturePage {
            onDone: window.backToMap()
            onNotify: toast.show(text, isError)
            onEditGeometry: {
                window.backToMap()
                Edits.beginGeometryEdit(layer, uuid)
                window.mapPage.mapView.showFeature(layer, uuid)
            }
            onPickPhoto: stack.push(photoPicker, { "row": row })
            onTakePhoto: stack.push(cameraPage, { "row": row })
        }
    }
    Component {
        id: photoPicker
        PhotoPickerPage {
            property int row: -1
            onPicked: { Form.addPhoto(row, file); stack.pop() }
            onCancelled: stack.pop()
        }
    }
    Component {
        id: cameraPage
        CameraPage {
            property int row: -1
            onCaptured: { Form.addPhoto(row, file); stack.pop() }
            onCancelled: stack.pop()
        }
    }
    Component {
        id: listPage
        FeatureListPage {
            onBack: stack.pop()
            onOpenFeature: window.openForm(layer, uuid)
            onShowOnMap: {
                stack.pop(null)
                window.mapPage.mapView.showFeature(layer, uuid)
            }
        }
    }
    Component {
        id: moderationPage
        ModerationPage {
            onBack: stack.pop()
            onNotify: toast.show(text, isError)
        }
    }
    Component {
        id: syncPage
        SyncPage {
            onBack: stack.pop()
            onOpenConflict: stack.push(conflictPage, { "conflictId": conflictId })
            onOpenFeature: window.openForm(layer, uuid)
            onExportLayer: stack.push(exportPage, { "chosen": [layer] })
            onReopenProject: Projects.reopen(Sync.definitionUpdate)
        }
    }
    Component {
        id: conflictPage
        ConflictPage {
            onBack: stack.pop()
            onDone: { stack.pop(); toast.show(message, false) }
        }
    }
    Component {
        id: participationPage
        ParticipationPage {
            onOpenModeration: stack.push(moderationPage)
            onBack: stack.pop()
            onOpenTable: stack.push(tablePage)
            onOpenDraft: {
                var d = Participation.drafts().filter(function(x) { return x.draft === draft })[0]
                stack.push(draftPage, { "draft": draft, "version": version, "versions": d ? d.versions : [version],
                                        "strategyTitle": d ? d.strategyTitle : draft, "startAt": paragraph })
            }
        }
    }
    Component {
        id: draftPage
        DraftPage {
            onBack: stack.pop()
            onOpenComments: stack.push(commentsPage, { "draft": draft, "version": version, "paragraph": paragraph,
                                                       "composeAtStart": compose })
            onShowPlace: {
                stack.pop(null)
                window.mapPage.mapView.zoomTo(QtPositioning.coordinate(lat, lon), zoom)
            }
        }
    }
    Component {
        id: commentsPage
        CommentsPage {
            id: thread
            onBack: stack.pop()
            onPickPhoto: stack.push(commentPhotoPicker, { "thread": thread })
            onTakePhoto: stack.push(commentCamera, { "thread": thread })
            onPlaceOnMap: {
                window.commentOrigin = { "draft": thread.draft, "version": thread.version, "paragraph": thread.paragraph }
                Participation.beginCommentPlace(comment)
                stack.pop(null)
                Capture.start("commenti", area ? CaptureController.Polygon : CaptureController.Point)
            }
        }
    }
    Component {
        id: commentPhotoPicker
        PhotoPickerPage {
            property var thread: null
            onPicked: { Participation.addCommentPhoto(file); stack.pop(); thread.resumeCompose() }
            onCancelled: { stack.pop(); thread.resumeCompose() }
        }
    }
    Component {
        id: commentCamera
        CameraPage {
            property var thread: null
            onCaptured: { Participation.addCommentPhoto(file); stack.pop(); thread.resumeCompose() }
            onCancelled: { stack.pop(); thread.resumeCompose() }
        }
    }
    Component {
        id: tablePage
        TablePage {
            onBack: stack.pop()
            onNotify: toast.show(text, isError)
        }
    }
    Component {
        id: importPage
        ImportPage {
            onBack: stack.pop()
            onShowLayer: {
                stack.pop(null)
                window.mapPage.mapView.fitTo(Import.importedExtent())
            }
        }
    }
    Component {
        id: exportPage
        ExportPage { onBack: stack.pop() }
    }
    Component {
        id: settingsPage
        SettingsPage { onBack: stack.pop() }
    }
    Component {
        id: projectsPage
        ProjectsPage {
            onBack: stack.pop()
            onOpenDownload: stack.push(downloadPage, { "projectId": id, "projectTitle": title })
            onOpenAndExport: Projects.open(id, "export")
        }
    }
    Component {
        id: downloadPage
        DownloadPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: errorPage
        Page {
            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 64, 720)
                spacing: 16
                Image { source: Theme.icon("warning"); sourceSize.width: 64; sourceSize.height: 64; Layout.alignment: Qt.AlignHCenter }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("The project cannot be opened")
                    font.pixelSize: Theme.titleFont
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    objectName: "projectError"
                    Layout.fillWidth: true
                    text: App.errorMessage
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Button {
                    objectName: "errorProjects"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Projects on this device")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: stack.push(projectsPage)
                    Accessible.name: qsTr("Open the projects page: open another project, or download one")
                }
            }
        }
    }

    Toast { id: toast }
    DefinitionUpdateDialog {
        id: definitionDialog
        update: App.definitionUpdate
        onOpenSync: stack.push(syncPage)
    }
    ConfirmDialog {
        id: closeDuringDownload
        title: qsTr("A download is under way")
        message: qsTr("Closing Territori now cancels the download of “%1”: what arrived so far is removed.").arg(Projects.downloadTitle)
        confirmText: qsTr("Close and cancel it")
        onAccepted: {
            window.closeAnyway = true
            window.close()
        }
    }
    property bool closeAnyway: false
    onClosing: {
        if (Projects.downloading && !closeAnyway) {
            close.accepted = false
            closeDuringDownload.open()
        }
    }

    Connections {
        target: Form
        function onMessageChanged() {
            // Form errors are shown in the form's banner; only photo problems need a toast.
            if (Form.message.length > 0 && Form.pendingPhotos >= 0 && stack.depth > 2)
                toast.show(Form.message, true)
        }
    }
    Component.onCompleted: {
        // App.notice (the demo was installed, the project was updated) is a banner above the map: MapPage.
        // Opened to go somewhere (Projects.open(id, page)), or again after a definition update.
        if (App.ready && App.startPage === "export")
            stack.push(exportPage)
        else if (App.ready && App.startPage === "sync")
            stack.push(syncPage)
        if (App.ready && Object.keys(App.definitionUpdate).length > 0)
            definitionDialog.open()
    }

    Connections {
        target: Projects
        function onMessage(text, isError) { toast.show(text, isError) }
    }

    Connections {
        target: Sync
        function onFinished(ok, message) {
            // A failure in the background is told once; the sync page keeps the details.
            if (!ok && message.length > 0 && !(stack.currentItem instanceof SyncPage))
                toast.show(message, true)
        }
        function onDefinitionUpdated() {
            window.reopenWhenIdle()
            if (!window.reopening)
                toast.show(qsTr("The GIS office published a new version of the project: it opens again on it once you are back on the map."), false)
        }
    }

    Connections {
        target: Capture
        function onModeChanged() { window.reopenWhenIdle() }
    }
    Connections {
        target: Form
        function onOpenedChanged() { window.reopenWhenIdle() }
    }

    Loader {
        active: startupScenario.length > 0 && (App.ready || App.pickProject)
        sourceComponent: ScenarioRunner {
            name: startupScenario
            appWindow: window
            pageStack: stack
            formPage: featurePage
            listPage: window.listPageComponent
            syncPageComponent: window.syncPageComponent
            conflictPageComponent: window.conflictPageComponent
            appComponents: window
        }
    }
}
