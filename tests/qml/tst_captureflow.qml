import QtQuick 2.15
import QtTest 1.15
import QtPositioning 5.15
import Territori 1.0
import "Helpers.js" as H

// A surveyor's capture flow on the real window: + button, layer menu, taps on the map, undo of a vertex, the form
// with its validation, save, the list, undo of the whole edit.
TestCase {
    id: tc
    name: "CaptureFlow"
    when: windowShown
    property var win: null

    Loader { id: loader; source: "qrc:/qml/main.qml" }

    function root() { return win.contentItem.parent }
    function item(name) {
        var found = H.find(root(), name)
        verify(found !== null, "no item named " + name)
        return found
    }
    function count(layer) {
        Features.layer = layer
        Features.refresh()
        return Features.total
    }
    function mapItem() { return win.mapPage.mapView.map }

    function initTestCase() {
        tryVerify(function() { return loader.item !== null }, 10000)
        win = loader.item
        win.width = 1280
        win.height = 800
        tryVerify(function() { return win.mapPage !== null && !MapControl.scene.loading }, 15000)
        compare(Layers.count, 8) // the demo's ten layers, without the two that hold only records (tables, participants)
        verify(App.ready)
    }

    function cleanup() {
        // Whatever a failed test left open, the next one starts on the map.
        Capture.cancel()
        win.backToMap()
        win.mapPage.newFeatureMenu.close()
        tryVerify(function() { return !win.pageTransition })
    }
    // Pages slide in: a tap during the animation would land somewhere else.
    function settle() { tryVerify(function() { return !win.pageTransition }) }

    function test_1_drawAPolygonFillTheFormAndSave() {
        var before = count("aree_dismesse")
        mapItem().center = QtPositioning.coordinate(45.4700, 9.1000)
        mapItem().zoomLevel = 15
        mouseClick(item("addFeature"))
        var menu = win.mapPage.newFeatureMenu
        tryVerify(function() { return menu.opened })
        mouseClick(item("newFeature_aree_dismesse"))
        tryVerify(function() { return !menu.visible })
        compare(Capture.mode, CaptureController.Polygon)
        compare(Capture.layer, "aree_dismesse")

        var m = mapItem()
        var taps = [[500, 300], [700, 320], [720, 500], [520, 520], [600, 600]]
        for (var i = 0; i < taps.length; ++i)
            mouseClick(m, taps[i][0], taps[i][1])
        compare(Capture.vertexCount, 5)
        // The vertex lands where the finger was.
        var first = Capture.path[0]
        var back = m.fromCoordinate(first, false)
        fuzzyCompare(back.x, 500, 1)
        fuzzyCompare(back.y, 300, 1)
        verify(Capture.area > 0)
        var measured = Capture.area
        compare(item("measure").text.indexOf("Area") === 0, true)

        // Undo the last vertex (the one at 600,600).
        mouseClick(H.find(root(), "undoVertex"))
        compare(Capture.vertexCount, 4)
        verify(Capture.area !== measured)
        verify(Capture.canFinish)

        mouseClick(item("finishCapture"))
        tryVerify(function() { return Form.isOpen && Form.isNew })
        compare(Form.layer, "aree_dismesse")
        settle()

        // Saving without the required values is refused and says which fields.
        mouseClick(item("save"))
        verify(Form.message.indexOf("Municipality is required") >= 0, Form.message)
        verify(item("problemsBanner").visible)
        compare(count("aree_dismesse"), before)

        // An out-of-range value is a hard error: even a draft is refused.
        Form.setValue(0, "Ex area test")
        Form.setValue(1, "Milano")
        Form.setValue(2, "dismessa")
        Form.setValue(9, "9")
        verify(Form.hasErrors)
        mouseClick(item("saveDraft"))
        compare(count("aree_dismesse"), before)
        Form.setValue(9, "3")
        verify(!Form.hasErrors)
        mouseClick(item("save"))
        tryVerify(function() { return !Form.isOpen })
        compare(count("aree_dismesse"), before + 1)
        verify(Edits.canUndo)

        // The new feature is drawn: the scene reloads the layer off the UI thread.
        tryVerify(function() { return !MapControl.scene.loading })
        var shape = MapControl.featureShape("aree_dismesse", Features.data(Features.index(0, 0), 257))
        verify(shape.kind === "polygon")
    }

    function test_2_undoTheLastEdit() {
        var before = count("aree_dismesse")
        verify(Edits.canUndo)
        mouseClick(item("undoButton"))
        var ok = null
        tryVerify(function() {
            ok = H.find(root(), "confirmAccept")
            return ok !== null && ok.visible
        })
        mouseClick(ok)
        compare(count("aree_dismesse"), before - 1)
        tryVerify(function() { return !ok.visible }) // the modal dialog is gone before the next taps
    }

    function test_3_aDraftKeepsMissingValuesForLater() {
        var before = count("rete_verde")
        Capture.start("rete_verde", CaptureController.Line)
        var m = mapItem()
        mouseClick(m, 300, 300)
        mouseClick(m, 420, 380)
        mouseClick(m, 560, 330)
        verify(Capture.length > 0)
        mouseClick(item("finishCapture"))
        tryVerify(function() { return Form.isOpen })
        settle()
        mouseClick(item("saveDraft"))
        tryVerify(function() { return !Form.isOpen })
        compare(count("rete_verde"), before + 1)
    }

    function test_4_gpsPointAveragesFixesWithinTheThreshold() {
        verify(Gps.startReplay(demoNmea))
        tryVerify(function() { return Gps.valid }, 5000)
        Capture.averagingCount = 3
        Capture.accuracyThreshold = 15
        Capture.start("lum", CaptureController.Point)
        Capture.captureFromGps()
        compare(Capture.gpsState, CaptureController.GpsAveraging)
        tryVerify(function() { return Capture.vertexCount === 1 }, 10000)
        compare(Capture.gpsState, CaptureController.GpsIdle)
        // The averaged point is near the replayed walk (the Scalo Farini sample, Milano).
        var p = Capture.path[0]
        verify(Math.abs(p.latitude - 45.49) < 0.01 && Math.abs(p.longitude - 9.18) < 0.01, p.latitude + "," + p.longitude)
        Gps.stop()
    }

    function test_5_moveAVertexOfAnExistingFeature() {
        // Open a sample polygon's geometry for editing, drag its first vertex, save.
        Features.layer = "aree_dismesse"
        Features.refresh()
        var uuid = Features.data(Features.index(0, 0), 257)
        var before = MapControl.featureShape("aree_dismesse", uuid)
        verify(Edits.beginGeometryEdit("aree_dismesse", uuid))
        verify(Capture.editing)
        var m = mapItem()
        m.center = before.center
        m.zoomLevel = 17
        wait(200)
        var start = m.fromCoordinate(Capture.path[0], false)
        mousePress(m, start.x, start.y)
        for (var k = 1; k <= 5; ++k)
            mouseMove(m, start.x + 8 * k, start.y + 6 * k, -1, Qt.LeftButton)
        mouseRelease(m, start.x + 40, start.y + 30)
        var moved = m.fromCoordinate(Capture.path[0], false)
        fuzzyCompare(moved.x, start.x + 40, 2)
        fuzzyCompare(moved.y, start.y + 30, 2)
        mouseClick(item("finishCapture"))
        verify(!Capture.editing)
        var after = MapControl.featureShape("aree_dismesse", uuid)
        verify(after.path[0].latitude !== before.path[0].latitude)
    }

    function test_7_theAreaDrawnIsFilledIntoTheForm() {
        // The demo's "Superficie (m²)" is declared "default": "$area": the form opens with the area just measured.
        mapItem().center = QtPositioning.coordinate(45.4700, 9.1000)
        mapItem().zoomLevel = 15
        mouseClick(item("addFeature"))
        var menu = win.mapPage.newFeatureMenu
        tryVerify(function() { return menu.opened })
        mouseClick(item("newFeature_aree_dismesse"))
        tryVerify(function() { return !menu.visible })
        var m = mapItem()
        var taps = [[450, 250], [750, 260], [760, 480], [460, 500]]
        for (var i = 0; i < taps.length; ++i)
            mouseClick(m, taps[i][0], taps[i][1])
        compare(Capture.vertexCount, 4)
        var measured = Capture.area
        verify(measured > 10000, "a site of some hectares: " + measured)
        mouseClick(item("finishCapture"))
        tryVerify(function() { return Form.isOpen && Form.isNew })
        settle()

        var row = -1
        for (var r = 0; r < Form.fields.count; ++r)
            if (Form.fields.data(Form.fields.index(r, 0), 257) === "superficie_mq") // NameRole
                row = r
        verify(row >= 0, "the layer has its area field")
        var shown = Form.fields.data(Form.fields.index(row, 0), 261) // ValueRole: what the editor shows
        verify(String(shown).length > 0, "the area is filled in")
        fuzzyCompare(Number(shown), measured, 0.1)
        // The editor shows it, and the surveyor can still correct it.
        item("fieldList").positionViewAtIndex(row, ListView.Beginning)
        var editor = item("field_superficie_mq")
        compare(editor.text, String(shown))
        Form.setValue(row, "12345")
        compare(Form.fields.data(Form.fields.index(row, 0), 261), "12345")
        // A geometry without an area (a point) fills nothing: the field stays empty for a point layer's form.
        verify(!Form.hasErrors)
    }

    function test_6_aSiteInTwoPartsIsOneFeature() {
        // The terminal and its yard across the tracks: one logistics site drawn in two parts, then a part removed.
        var before = count("siti_logistici")
        mapItem().center = QtPositioning.coordinate(45.4700, 9.1000)
        mapItem().zoomLevel = 15
        mouseClick(item("addFeature"))
        var menu = win.mapPage.newFeatureMenu
        tryVerify(function() { return menu.opened })
        mouseClick(item("newFeature_siti_logistici"))
        tryVerify(function() { return !menu.visible })
        verify(Capture.multiPart)
        var m = mapItem()
        var first = [[400, 300], [560, 300], [560, 420], [400, 420]]
        for (var i = 0; i < first.length; ++i)
            mouseClick(m, first[i][0], first[i][1])
        var one = Capture.area
        verify(item("addPart").enabled)
        mouseClick(item("addPart"))
        compare(Capture.vertexCount, 0)
        compare(Capture.otherParts.length, 1)
        var second = [[640, 300], [720, 300], [720, 380], [640, 380]]
        for (i = 0; i < second.length; ++i)
            mouseClick(m, second[i][0], second[i][1])
        compare(Capture.partCount, 2)
        verify(Capture.area > one * 1.2, Capture.area + " vs " + one)
        verify(item("partStatus").text.indexOf("2") >= 0, item("partStatus").text)
        verify(item("removePart").visible)

        mouseClick(item("finishCapture"))
        tryVerify(function() { return Form.isOpen && Form.isNew })
        compare(Form.layer, "siti_logistici")
        settle()
        Form.setValue(0, "Polo in due parti")
        Form.setValue(1, "Milano")
        Form.setValue(2, "logistica")
        mouseClick(item("save"))
        tryVerify(function() { return !Form.isOpen })
        compare(count("siti_logistici"), before + 1)
        tryVerify(function() { return !MapControl.scene.loading })
        var uuid = null
        for (var r = 0; r < Features.rowCount(); ++r) {
            var u = Features.data(Features.index(r, 0), 257)
            if (MapControl.featureShape("siti_logistici", u).parts.length === 2)
                uuid = u
        }
        verify(uuid !== null, "no feature of two parts was saved")

        // Edit it: step to the second part and remove it; the first part stays.
        settle()
        verify(Edits.beginGeometryEdit("siti_logistici", uuid))
        compare(Capture.partCount, 2)
        var next = item("nextPart")
        tryVerify(function() { return next.visible && next.enabled && next.width > 0 })
        waitForRendering(win.contentItem) // the drawing bar lays out its new rows before a tap can reach them
        mouseClick(next)
        compare(Capture.currentPart, 2)
        mouseClick(item("removePart"))
        compare(Capture.partCount, 1)
        mouseClick(item("finishCapture"))
        verify(!Capture.editing)
        compare(MapControl.featureShape("siti_logistici", uuid).parts.length, 1)
    }
}
