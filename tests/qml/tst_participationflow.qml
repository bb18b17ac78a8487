import QtQuick 2.15
import QtTest 1.15
import QtPositioning 5.15
import Territori 1.0
import "Helpers.js" as H

// A citizen's and a facilitator's flow on the real window: from the map to a draft, a comment on a paragraph, a
// comment placed on the map, and a territorial table where each participant sees only their own comments.
TestCase {
    id: tc
    name: "ParticipationFlow"
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
        verify(Participation.available)
    }

    function cleanup() {
        Capture.cancel()
        Participation.cancelCommentPlace()
        win.backToMap()
        settle()
    }

    function openComments() {
        mouseClick(item("participationButton"))
        settle()
        mouseClick(item("draft_STTM1"))
        settle()
        // The paragraph may be below the fold: scroll the reader to it, as a reader would.
        var reader = item("draftReader")
        var at = -1
        for (var i = 0; i < reader.model.length; ++i)
            if (reader.model[i].id === "2.1") at = i
        verify(at >= 0, "paragraph 2.1 is in the draft")
        reader.positionViewAtIndex(at, ListView.Beginning)
        wait(50)
        mouseClick(item("comment_2.1"))
        settle()
    }

    function test_1_aCommentOnAParagraph() {
        var pendingBefore = Edits.pendingCount
        openComments()
        var text = item("commentText")
        text.text = "Estendere la rete verde lungo il Villoresi"
        mouseClick(item("saveComment"))
        tryVerify(function() { return Participation.comments.total === 1 })
        compare(Participation.comments.data(Participation.comments.index(0, 0), 258), "Estendere la rete verde lungo il Villoresi")
        compare(Participation.message, "")
        Edits.refresh()
        compare(Edits.pendingCount, pendingBefore + 1) // waiting for the sync
    }

    function test_2_aCommentWithItsPlaceOnTheMap() {
        openComments()
        var text = item("commentText")
        text.text = "Qui serve un attraversamento sicuro"
        item("commentPlace").currentIndex = 1  // "a place (tap it on the map)"
        compare(item("saveComment").text, "Continue on the map")
        mouseClick(item("saveComment"))
        tryVerify(function() { return Participation.placingComment && Capture.mode === CaptureController.Point })
        settle()
        var m = win.mapPage.mapView.map
        m.center = QtPositioning.coordinate(45.5200, 9.1000)
        m.zoomLevel = 15
        mouseClick(m, 600, 400)
        compare(Capture.vertexCount, 1)
        compare(item("finishCapture").text, "Save the comment")
        mouseClick(item("finishCapture"))
        tryVerify(function() { return !Participation.placingComment })
        compare(Capture.mode, CaptureController.None)
        // Back where the comment was written: the paragraph's comments, over the draft opened at that paragraph,
        // not the whole metropolitan map.
        settle()
        var thread = item("commentsPage")
        compare(thread.draft, "STTM1")
        compare(thread.paragraph.id, "2.1")
        compare(win.pageName(0), "commentsPage")
        compare(win.pageName(1), "draftPage")
        // Its place is marked with a pin on the map, not a dot of a few pixels.
        tryVerify(function() { return MapControl.markers("commenti", 100).length >= 1 })
        Participation.showThread("STTM1", "2.1")
        tryVerify(function() { return Participation.comments.total === 2 })
        var placed = false
        for (var i = 0; i < Participation.comments.count; ++i)
            if (Participation.comments.data(Participation.comments.index(i, 0), 268)) placed = true // HasPlaceRole
        verify(placed)
    }

    function test_3_aTableWhereEachParticipantSeesTheirOwn() {
        Participation.openSession({ "comune": "Rho", "topic": "Rete verde", "facilitator": "Ufficio di piano" })
        verify(Participation.sessionOpen)
        var a = Participation.join(true, "", "")
        verify(a.length > 0)
        compare(Participation.participant, a)
        openComments()
        compare(Participation.comments.total, 0) // A sees only A's comments: none yet
        item("commentText").text = "Commento della partecipante A"
        mouseClick(item("saveComment"))
        tryVerify(function() { return Participation.comments.total === 1 })
        win.backToMap()
        settle()
        var b = Participation.join(true, "", "")
        compare(Participation.participant, b)
        Participation.showThread("STTM1", "2.1")
        compare(Participation.comments.total, 0) // B does not see A's
        Participation.participant = a
        Participation.showThread("STTM1", "2.1")
        compare(Participation.comments.total, 1)
        // Closed: nothing more is written at this table.
        verify(Participation.closeSession())
        verify(!Participation.sessionOpen)
        verify(!Participation.addComment({ "draft": "STTM1", "version": 2, "paragraph": "2.1", "stance": "proposta",
                                           "text": "Dopo la chiusura" }))
        verify(Participation.message.length > 0)
        Participation.leaveSession()
    }

    function test_4_aCommentWithAPhoto() {
        openComments()
        var before = Participation.comments.total
        tryVerify(function() { return item("commentsPage").composing }) // the dialog is fully open
        item("commentText").text = "Il fontanile va pulito"
        // What the picker hands back after "Add a photo": the dialog comes back with the text kept.
        Participation.addCommentPhoto(testPhoto)
        tryVerify(function() { return Participation.photosPending === 0 && Participation.commentPhotos.length === 1 })
        mouseClick(item("saveComment"))
        tryVerify(function() { return Participation.comments.total === before + 1 })
        var withPhoto = 0
        for (var i = 0; i < Participation.comments.count; ++i)
            if (Participation.comments.data(Participation.comments.index(i, 0), 270).toString().length > 0) ++withPhoto // PhotoRole
        compare(withPhoto, 1)
        compare(Participation.commentPhotos.length, 0) // the next comment starts without it
    }

    function test_5_aParagraphsPlaceOnTheMapOpensTheDraft() {
        var ps = Participation.paragraphs("STTM1", 2).filter(function(p) { return p.hasPlace })
        verify(ps.length > 0)
        win.openForm("sttm_paragrafi", ps[0].uuid)
        settle()
        var reader = item("draftReader")
        verify(reader.visible)
        compare(Form.layer, "") // not the read-only form of the feature
    }

    // The table of contents marks the paragraph being read, and follows the reader as it scrolls (issue #14).
    function test_6_theTableOfContentsShowsTheCurrentSection() {
        mouseClick(item("participationButton"))
        settle()
        mouseClick(item("draft_STTM1"))
        settle()
        var reader = item("draftReader")
        var page = item("draftPage")
        compare(page.readingIndex, 0)
        var at = -1
        for (var i = 0; i < reader.model.length; ++i)
            if (reader.model[i].id === "2.1") at = i
        verify(at > 0, "paragraph 2.1 is in the draft, after the first")
        reader.positionViewAtIndex(at, ListView.Beginning)
        tryCompare(page, "readingIndex", at)
    }
}
