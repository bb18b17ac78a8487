import QtQuick 2.15
import QtPositioning 5.15
import Territori 1.0

// Drives the real UI into a state for a screenshot (--scenario NAME): the same calls a user's taps make.
Item {
    id: runner
    property string name
    property var appWindow
    property var pageStack
    property Component formPage
    property Component listPage
    property Component syncPageComponent
    property Component conflictPageComponent
    property var appComponents // the window: its page components by name

    function openDraft(compareWith) {
        var d = Participation.drafts().filter(function(x) { return x.draft === "STTM1" })[0]
        runner.pageStack.push(runner.appComponents.participationPageComponent)
        var draftPage = runner.pageStack.push(runner.appComponents.draftPageComponent,
                                              { "draft": d.draft, "version": d.version, "versions": d.versions,
                                                "strategyTitle": d.strategyTitle })
        if (compareWith > 0)
            draftPage.compareWith = compareWith
    }

    // ---- The projects scenarios (projects, download-area, download) ------------------------------------------------
    // They drive the real ProjectsController: the catalogue and the work areas come from the SIT the app is signed in
    // to (the demo SIT: --sync-server, or an account saved on the projects page). Without one, the projects page shows
    // what is on this device and the offer to sign in; nothing is made up for the screenshot.
    function showProjects() {
        var page = runner.pageStack.currentItem
        if (page && page.objectName === "projectsPage")
            return page
        return runner.pageStack.push(runner.appComponents.projectsPageComponent)
    }
    // The first project of the catalogue not on this device, once the catalogue has arrived; null without a SIT.
    function catalogueEntryToDownload() {
        var entries = Projects.catalogue.filter(function(e) { return !e.onDevice && e.readable })
        return entries.length > 0 ? entries[0] : null
    }
    // The work area the download scenarios choose: a sample comune of the demo SIT, or the first area offered.
    function chosenArea(downloadPage) {
        var wanted = downloadPage.areas.filter(function(a) { return a.id === "comune-rho" })
        return wanted.length > 0 ? wanted[0] : downloadPage.areas[downloadPage.areas.length > 1 ? 1 : 0]
    }
    function showDownload(start) {
        showProjects()
        runner.appWindow.holdScreenshot = true
        waitForCatalogue.onReady = function() {
            var entry = catalogueEntryToDownload()
            if (!entry) {
                console.warn("scenario: no project of a SIT's catalogue to download (sign in to a SIT first)")
                runner.appWindow.holdScreenshot = false
                return
            }
            var page = runner.pageStack.push(runner.appComponents.downloadPageComponent,
                                             { "projectId": entry.id, "projectTitle": entry.title })
            var area = chosenArea(page)
            page.choose(area)
            page.showArea(area.id)
            if (!start) {
                runner.appWindow.holdScreenshot = false
                return
            }
            Projects.download(entry.id, area.id)
            waitForProgress.start()
        }
        waitForCatalogue.start()
    }
    Timer {
        id: waitForCatalogue
        property var onReady
        property int tries: 0
        interval: 200
        repeat: true
        onTriggered: {
            if ((Projects.catalogueLoaded || Projects.catalogueError.length > 0 || !Projects.configured) || ++tries > 100) {
                stop()
                onReady()
            }
        }
    }
    // The screenshot of a download is taken while it runs, with some of it done and some still to come (on a link
    // slow enough to see it: docs/screenshots/README.md); late in it rather than never.
    Timer {
        id: waitForProgress
        interval: 10
        repeat: true
        property int ticks: 0
        onTriggered: {
            var p = Projects.downloadProgress
            if (!Projects.downloading || (p > 0.1 && p < 0.9) || (p > 0 && ++ticks > 1500)) {
                stop()
                runner.appWindow.holdScreenshot = false
            }
        }
    }

    function polygonAroundFarini() {
        return [QtPositioning.coordinate(45.4935, 9.1745), QtPositioning.coordinate(45.4952, 9.1790),
                QtPositioning.coordinate(45.4931, 9.1838), QtPositioning.coordinate(45.4906, 9.1812),
                QtPositioning.coordinate(45.4912, 9.1760)]
    }

    Timer {
        interval: 600
        running: true
        onTriggered: {
            var mapView = runner.appWindow.mapPage ? runner.appWindow.mapPage.mapView : null
            switch (runner.name) {
            case "projects":
                showProjects()
                break
            case "download-area":
                showDownload(false)
                break
            case "download":
                showDownload(true)
                break
            case "draw-polygon":
                mapView.zoomTo(QtPositioning.coordinate(45.4929, 9.1795), 15.6)
                Capture.start("aree_dismesse", CaptureController.Polygon)
                var pts = polygonAroundFarini()
                for (var i = 0; i < pts.length; ++i)
                    Capture.addVertex(pts[i])
                break
            case "draw-invalid":
                // Taps in the wrong order: the outline crosses itself, and the drawing bar says so.
                mapView.zoomTo(QtPositioning.coordinate(45.4929, 9.1795), 15.6)
                Capture.start("aree_dismesse", CaptureController.Polygon)
                var bow = polygonAroundFarini()
                if (bow.length >= 4) {
                    Capture.addVertex(bow[0])
                    Capture.addVertex(bow[2])
                    Capture.addVertex(bow[1])
                    Capture.addVertex(bow[3])
                }
                break
            case "form-error":
                Capture.start("aree_dismesse", CaptureController.Polygon)
                var p = polygonAroundFarini()
                for (var j = 0; j < p.length; ++j)
                    Capture.addVertex(p[j])
                Form.openNewFromCapture(Capture)
                Capture.cancel()
                runner.pageStack.push(runner.formPage)
                Form.setValue(0, "Ex scalo merci")
                Form.setValue(8, "at12")
                Form.setValue(9, "9")
                runner.pageStack.currentItem.trySave(false)
                break
            case "feature-list":
                runner.pageStack.push(runner.listPage)
                break
            case "layers":
                runner.appWindow.mapPage.layersDrawer.open()
                break
            case "sync":
                runner.pageStack.push(runner.syncPageComponent)
                break
            case "conflict":
                runner.pageStack.push(runner.syncPageComponent)
                if (Sync.conflicts > 0) {
                    // A person halfway through: the SIT's value for the first field, theirs kept for the rest.
                    var conflictPage = runner.pageStack.push(runner.conflictPageComponent,
                                                             { "conflictId": Sync.conflictList.idAt(0) })
                    var fields = conflictPage.detail.fields
                    if (fields.length > 0) {
                        var c = {}
                        c[fields[0].field] = "theirs"
                        conflictPage.choice = c
                    }
                }
                break
            case "participation":
                runner.pageStack.push(runner.appComponents.participationPageComponent)
                break
            case "draft":
                openDraft(0)
                break
            case "draft-changes":
                openDraft(1)
                break
            case "comment-map":
                // A comment on the Rete Verde paragraph, its area being drawn around the Parco Nord.
                Participation.beginCommentPlace({ "draft": "STTM1", "version": 2, "paragraph": "2.1",
                                                  "stance": "proposta", "text": "Collegare il Parco Nord al Villoresi",
                                                  "quote": "" })
                mapView.zoomTo(QtPositioning.coordinate(45.531, 9.195), 14.2)
                Capture.start("commenti", CaptureController.Polygon)
                var area = [QtPositioning.coordinate(45.5385, 9.1830), QtPositioning.coordinate(45.5400, 9.2060),
                            QtPositioning.coordinate(45.5250, 9.2120), QtPositioning.coordinate(45.5215, 9.1900)]
                for (var k = 0; k < area.length; ++k)
                    Capture.addVertex(area[k])
                break
            case "table":
                if (Participation.session.length === 0)
                    Participation.openSession({ "comune": "Rho", "zone": "nord_ovest", "topic": "Rete verde e NBS nel Nord Ovest",
                                                "facilitator": "Ufficio di piano" })
                if (Participation.participants.length === 0) {
                    Participation.join(true, "Anna Neri", "anna@example.it")
                    Participation.join(true, "", "")
                    Participation.join(true, "", "")
                }
                runner.pageStack.push(runner.appComponents.tablePageComponent)
                break
            case "moderation":
                // A moderator's tablet: the moderators' account (not connected: a screenshot), two entries waiting.
                Sync.autoSync = false
                Sync.setSessionAccount("http://127.0.0.1:9/ows/moderator/", "moderatore", "-")
                if (Moderation.count("in_attesa") === 0) {
                    Participation.addComment({ "draft": "STTM1", "version": 2, "paragraph": "2.1", "stance": "proposta",
                                               "text": "Servono più alberature lungo il Villoresi, anche nei tratti industriali." })
                    Participation.addComment({ "draft": "STTM1", "version": 2, "paragraph": "2.1", "stance": "preoccupazione",
                                               "text": "Il tracciato proposto attraversa aree private senza accordi." })
                }
                runner.pageStack.push(runner.appComponents.participationPageComponent)
                runner.pageStack.push(runner.appComponents.moderationPageComponent)
                break
            case "comment-compose":
                openDraft(0)
                var d2 = Participation.drafts().filter(function(x) { return x.draft === "STTM1" })[0]
                var par = Participation.paragraphs("STTM1", d2.version).filter(function(p) { return p.id === "2.1" })[0]
                runner.pageStack.push(runner.appComponents.commentsPageComponent,
                                      { "draft": "STTM1", "version": d2.version, "paragraph": par, "composeAtStart": true })
                break
            case "import-file":
                runner.pageStack.push(runner.appComponents.importPageComponent)
                break
            case "import-srs":
            case "import-fields":
            case "import-report":
            case "import-done":
                // The demo's comune file: Gauss-Boaga coordinates without a .prj, some rows wrong on purpose.
                runner.pageStack.push(runner.appComponents.importPageComponent)
                Import.targetLayer = "servizi_sovracomunali"
                Import.comune = "Rho"
                Import.chooseFile(Import.folder + "/rho_servizi_gauss_boaga.csv")
                break
            case "export":
                runner.pageStack.push(runner.appComponents.exportPageComponent)
                break
            case "select":
                // A feature tapped: highlighted on the map, its sheet open.
                mapView.zoomTo(QtPositioning.coordinate(45.4929, 9.1795), 15.6)
                Features.layer = "aree_dismesse"
                Features.refresh()
                for (var sr = 0; sr < Features.rowCount(); ++sr) {
                    var su = Features.data(Features.index(sr, 0), 257)
                    var shape = MapControl.featureShape("aree_dismesse", su)
                    if (shape.center && Math.abs(shape.center.latitude - 45.4929) < 0.01 && Math.abs(shape.center.longitude - 9.1795) < 0.01) {
                        mapView.selection = { "layer": "aree_dismesse", "uuid": su }
                        mapView.map.center = shape.center
                        break
                    }
                }
                break
            case "new-feature-menu":
                runner.appWindow.mapPage.newFeatureMenu.open()
                break
            case "draw-point":
                mapView.zoomTo(QtPositioning.coordinate(45.5120, 9.0870), 15.5)
                Capture.start("servizi_sovracomunali", CaptureController.Point)
                break
            case "comment-point":
                // A comment placed on the map as a point, then saved: its pin on the map.
                Participation.addComment({ "draft": "STTM1", "version": 2, "paragraph": "2.1", "stance": "proposta",
                                           "text": "Un filare lungo il canale Villoresi" })
                Participation.beginCommentPlace({ "draft": "STTM1", "version": 2, "paragraph": "2.1",
                                                  "stance": "proposta", "text": "Qui serve un sottopasso ciclabile", "quote": "" })
                mapView.zoomTo(QtPositioning.coordinate(45.531, 9.195), 14.2)
                Capture.start("commenti", CaptureController.Point)
                Capture.addVertex(QtPositioning.coordinate(45.531, 9.195))
                if (Participation.finishCommentPlace(Capture))
                    Capture.cancel()
                break
            case "multipart-select":
            case "multipart-edit":
                // The demo's intermodal terminal at Segrate: one site in two parts.
                mapView.zoomTo(QtPositioning.coordinate(45.4922, 9.2995), 15.5)
                Features.layer = "siti_logistici"
                Features.refresh()
                for (var r = 0; r < Features.rowCount(); ++r) {
                    var u = Features.data(Features.index(r, 0), 257)
                    if (MapControl.featureShape("siti_logistici", u).parts.length > 1) {
                        if (runner.name === "multipart-edit")
                            Edits.beginGeometryEdit("siti_logistici", u)
                        else
                            mapView.selection = { "layer": "siti_logistici", "uuid": u }
                    }
                }
                break
            default:
                break
            }
        }
    }

    // The import's steps finish on their own threads: each scenario goes on from where the last step left it.
    Connections {
        target: runner.name.indexOf("import-") === 0 && runner.name !== "import-file" && runner.name !== "import-srs"
                ? Import : null
        function onInspected() {
            if (Import.problem === ImportController.ChooseSrs)
                Import.chooseSrs(3003, false)
            else if (Import.problem === ImportController.NoProblem && Import.mapping.filter(function(m) { return m.source === "BACINO_UT" }).length === 0)
                Import.mapField("bacino_utenti", "BACINO_UT")
            else if (Import.problem === ImportController.NoProblem && Import.mapping.filter(function(m) { return m.source === "TPL" }).length === 0)
                Import.mapField("accessibile_tpl", "TPL")
            else if (Import.problem === ImportController.NoProblem && runner.name !== "import-fields")
                Import.check()
        }
        function onStepChanged() {
            if (runner.name === "import-done" && Import.step === ImportController.ReportStep) {
                Import.importValidRows = true
                Import.runImport()
            }
        }
    }
}
