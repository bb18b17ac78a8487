import QtQuick 2.15
import QtTest 1.15
import Territori 1.0
import "Helpers.js" as H

// A moderator's flow on the real window (issue #11): the page appears only for the moderators' account, a comment
// waiting is published, another hidden only with a reason, a published one withdrawn, and the history shows the
// decisions, offline, waiting to be sent.
TestCase {
    id: tc
    name: "Moderation"
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

    function initTestCase() {
        tryVerify(function() { return loader.item !== null }, 10000)
        win = loader.item
        win.width = 1280
        win.height = 800
        tryVerify(function() { return win.mapPage !== null && !MapControl.scene.loading }, 15000)
        Sync.autoSync = false
    }

    function cleanupTestCase() {
        // Not a moderator any more for the tests that follow.
        Sync.setSessionAccount("", "", "")
    }

    function test_1_onlyAModeratorsAccountHasThePage() {
        Sync.setSessionAccount("http://127.0.0.1:9/ows/surveyor/", "rilevatore", "x")
        verify(!Moderation.available)
        Sync.setSessionAccount("http://127.0.0.1:9/ows/moderator/", "moderatore", "x")
        verify(Moderation.available)
    }

    function test_2_publishHideWithdrawAndTheHistory() {
        var before = Moderation.count("in_attesa")
        verify(Participation.addComment({ "draft": "STTM1", "version": 2, "paragraph": "4.4", "stance": "proposta",
                                          "text": "Da pubblicare" }), Participation.message)
        verify(Participation.addComment({ "draft": "STTM1", "version": 2, "paragraph": "4.4", "stance": "proposta",
                                          "text": "Da nascondere" }), Participation.message)
        compare(Moderation.count("in_attesa"), before + 2)
        mouseClick(item("participationButton"))
        settle()
        verify(item("moderationPane").visible)
        mouseClick(item("openModeration"))
        settle()
        var list = item("moderationList")
        tryVerify(function() { return list.count === before + 2 })
        var items = Moderation.items("in_attesa")
        var toPublish = items.filter(function(e) { return e.title === "Da pubblicare" })[0]
        var toHide = items.filter(function(e) { return e.title === "Da nascondere" })[0]
        list.positionViewAtEnd()
        wait(50)
        mouseClick(item("publish_" + toPublish.uuid))
        tryCompare(Moderation, "waiting", before + 1)
        compare(Moderation.items("pubblicato").filter(function(e) { return e.uuid === toPublish.uuid }).length, 1)
        // Hiding asks for a reason: without one nothing changes.
        mouseClick(item("hide_" + toHide.uuid))
        var dialog = item("moderationPage").hideDialog
        function inDialog(name) { return H.find(dialog.contentItem, name) }
        tryVerify(function() { return dialog.opened })
        verify(!inDialog("confirmHide").enabled)
        inDialog("hideReason").text = "Fuori tema"
        mouseClick(inDialog("confirmHide"))
        tryVerify(function() { return !dialog.visible })
        var hidden = Moderation.items("nascosto").filter(function(e) { return e.uuid === toHide.uuid })[0]
        compare(hidden.reason, "Fuori tema")
        verify(hidden.toSend) // offline: the decision waits for the sync
        // A published entry can be withdrawn later.
        mouseClick(item("moderationTab_1"))
        tryVerify(function() { return H.find(root(), "hide_" + toPublish.uuid) !== null })
        mouseClick(item("hide_" + toPublish.uuid))
        tryVerify(function() { return dialog.opened })
        inDialog("hideReason").text = "Dati personali di terzi"
        mouseClick(inDialog("confirmHide"))
        tryVerify(function() { return !dialog.visible })
        compare(Moderation.items("pubblicato").filter(function(e) { return e.uuid === toPublish.uuid }).length, 0)
        // The history: newest first, with the state and the reason, to send.
        mouseClick(item("moderationTab_3"))
        var history = item("moderationHistory")
        tryVerify(function() { return history.count >= 3 })
        var h = Moderation.history()
        compare(h[0].state, "nascosto")
        compare(h[0].reason, "Dati personali di terzi")
        compare(h[0].status, "pending")
        compare(h[2].state, "pubblicato")
        // Every decision is an edit in the outbox, like any other.
        verify(Edits.pendingCount >= 5)
        win.backToMap()
        settle()
    }
}
