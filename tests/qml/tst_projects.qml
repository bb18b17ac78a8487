import QtQuick 2.15
import QtTest 1.15
import Territori 1.0
import "Helpers.js" as H

// The projects page on the real window (issue #12): reached from the project's title on the map, it lists the
// projects on this device with what a person decides by; another one opens through the app's switch loop; one with
// unsent changes is removed only once the person ticked that they are lost (and "Open and export" is offered first);
// an interrupted download can be discarded; signing in asks the SIT for its catalogue and says when it cannot be
// reached; a download that cannot reach the SIT says so, and a cancelled one leaves nothing.
TestCase {
    id: tc
    name: "Projects"
    when: windowShown
    property var win: null

    Loader { id: loader; source: "qrc:/qml/main.qml" }

    function root() { return win.contentItem.parent }
    function item(name) {
        var found = null
        tryVerify(function() { found = H.find(root(), name); return found !== null }, 5000, "no item named " + name)
        return found
    }
    function settle() { tryVerify(function() { return !win.pageTransition }) }
    function page() { return item("projectsPage") }
    function localIds() {
        var ids = []
        for (var i = 0; i < Projects.local.count; ++i)
            ids.push(Projects.local.get(i).projectId + (Projects.local.get(i).interrupted ? " (interrupted)" : ""))
        return ids
    }
    // Shows the card of a project: the page is a Flickable, and a card below the fold is not under the finger.
    function reveal(it) {
        var flick = item("projectsFlick")
        var y = it.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height))
        wait(50)
        return it
    }
    function click(name) {
        var it = item(name)
        reveal(it)
        mouseClick(it)
    }

    function initTestCase() {
        tryVerify(function() { return loader.item !== null }, 10000)
        win = loader.item
        win.width = 1280
        win.height = 800
        tryVerify(function() { return win.mapPage !== null && !MapControl.scene.loading }, 15000)
        Sync.autoSync = false
    }

    function test_1_theTitleOnTheMapOpensTheProjects() {
        mouseClick(item("projectsButton"))
        settle()
        verify(page().visible)
        tryVerify(function() { return Projects.local.count === 1 })
        compare(Projects.currentId, "ptm-milano-demo")
        // The open project leads back to its map and cannot be removed from here.
        var back = item("open_ptm-milano-demo")
        compare(back.text, "Back to the map")
        compare(H.find(root(), "remove_ptm-milano-demo"), null)
        // Not signed in: the offer to, instead of a catalogue.
        verify(item("signIn").visible)
        compare(H.find(root(), "catalogueList").count, 0)
        // The demo is here already: no offer to install it.
        compare(H.find(root(), "demoOffer"), null)
        mouseClick(back)
        settle()
        tryVerify(function() { return H.find(root(), "projectsPage") === null })
    }

    function test_2_anotherProjectOpensThroughTheSwitchLoop() {
        verify(fixtures.makeProject("rilievi-rho", "Rilievi Rho", 0))
        mouseClick(item("projectsButton"))
        settle()
        tryVerify(function() { return localIds().indexOf("rilievi-rho") >= 0 })
        var card = item("open_rilievi-rho")
        compare(card.text, "Open")
        reveal(card)
        mouseClick(card)
        tryCompare(fixtures, "opened", "rilievi-rho")
        compare(fixtures.openedPage, "")
    }

    function test_3_removingWithUnsentChangesAsksFirst() {
        verify(fixtures.makeProject("servizi", "Servizi sovracomunali", 2))
        Projects.refresh()
        tryVerify(function() { return localIds().indexOf("servizi") >= 0 })
        // The card says what would be lost.
        var row = localIds().indexOf("servizi")
        compare(Projects.local.get(row).unsent, 2)
        click("remove_servizi")
        var dialog = page().removeDialog
        tryVerify(function() { return dialog.opened })
        verify(item("removeMessage").text.indexOf("2 features") >= 0, item("removeMessage").text)
        var confirm = item("removeConfirm")
        compare(confirm.text, "Remove anyway")
        verify(!confirm.enabled)
        verify(item("removeOpenExport").visible)
        // Nothing is removed until the person ticks that the changes are lost.
        mouseClick(confirm)
        verify(fixtures.exists("servizi/project.gpkg"))
        mouseClick(item("removeUnderstood"))
        verify(confirm.enabled)
        mouseClick(confirm)
        tryVerify(function() { return !dialog.visible })
        tryVerify(function() { return !fixtures.exists("servizi") })
        tryVerify(function() { return localIds().indexOf("servizi") < 0 })
    }

    function test_4_openAndExportFirst() {
        verify(fixtures.makeProject("tavoli", "Tavoli", 1))
        Projects.refresh()
        tryVerify(function() { return localIds().indexOf("tavoli") >= 0 })
        click("remove_tavoli")
        var dialog = page().removeDialog
        tryVerify(function() { return dialog.opened })
        mouseClick(item("removeOpenExport"))
        // The project opens on its export page; it is still on the device.
        tryCompare(fixtures, "opened", "tavoli")
        compare(fixtures.openedPage, "export")
        verify(fixtures.exists("tavoli/project.gpkg"))
        tryVerify(function() { return !dialog.visible })
    }

    function test_5_withoutUnsentChangesOneConfirmation() {
        click("remove_rilievi-rho")
        var dialog = page().removeDialog
        tryVerify(function() { return dialog.opened })
        compare(H.find(root(), "removeUnderstood"), null)
        compare(H.find(root(), "removeOpenExport"), null)
        var confirm = item("removeConfirm")
        compare(confirm.text, "Remove")
        verify(confirm.enabled)
        mouseClick(confirm)
        tryVerify(function() { return !fixtures.exists("rilievi-rho") })
        tryVerify(function() { return !dialog.visible })
    }

    function test_6_anInterruptedDownloadIsDiscarded() {
        verify(fixtures.makeInterrupted("ptm-partecipazione"))
        Projects.refresh()
        tryVerify(function() { return localIds().indexOf("ptm-partecipazione (interrupted)") >= 0 })
        verify(item("resume_ptm-partecipazione").visible)
        compare(H.find(root(), "open_ptm-partecipazione"), null)
        click("discard_ptm-partecipazione")
        tryVerify(function() { return !fixtures.exists(".incoming/ptm-partecipazione") })
        tryVerify(function() { return localIds().indexOf("ptm-partecipazione (interrupted)") < 0 })
    }

    function test_7_signingInAsksTheSit() {
        click("signIn")
        var dialog = page().accountDialog
        tryVerify(function() { return dialog.opened })
        // Nothing listens on port 9: the SIT cannot be reached.
        H.find(dialog.contentItem, "syncUrl").text = "http://127.0.0.1:9/ows/surveyor/"
        H.find(dialog.contentItem, "syncUser").text = "rilevatore"
        H.find(dialog.contentItem, "syncPassword").text = "x"
        mouseClick(item("accountConfirm"))
        tryVerify(function() { return !dialog.visible })
        verify(Projects.configured)
        compare(item("accountButton").text, "SIT account")
        tryVerify(function() { return item("catalogueError").visible }, 20000)
        verify(item("catalogueError").text.length > 0)
        compare(H.find(root(), "signIn"), null)
    }

    function test_8_aDownloadThatCannotReachTheSitSaysSo() {
        var p = page()
        p.openDownload("ptm-rilievi", "Rilievi PTM")
        settle()
        verify(item("downloadPage").visible)
        // The whole territory is the choice until another is made.
        verify(item("area_whole").checked)
        mouseClick(item("startDownload"))
        verify(Projects.downloading)
        verify(item("downloadProgress").visible)
        tryVerify(function() { return !Projects.downloading }, 30000)
        var title = Projects.downloadErrorTitle
        compare(title, "No connection to the SIT")
        verify(item("downloadRetry").visible)
        verify(!fixtures.exists("ptm-rilievi"))
        mouseClick(item("downloadDismiss"))
        tryVerify(function() { return Projects.downloadError.length === 0 })
    }

    function test_9_aCancelledDownloadLeavesNothing() {
        mouseClick(item("startDownload"))
        verify(Projects.downloading)
        mouseClick(item("downloadCancel"))
        tryVerify(function() { return !Projects.downloading }, 15000)
        // A cancel is no failure to show, and nothing of it stays on the device.
        compare(Projects.downloadError, "")
        verify(!fixtures.exists("ptm-rilievi"))
        verify(!fixtures.exists(".incoming/ptm-rilievi"))
        Projects.refresh()
        tryVerify(function() { return !Projects.local.loading })
        compare(localIds().filter(function(id) { return id.indexOf("ptm-rilievi") === 0 }).length, 0)
    }
}
