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

    function polygonAroundFarini() {
        return [QtPositioning.coordinate(45.4935, 9.1745), QtPositioning.coordinate(45.4952, 9.1790),
                QtPositioning.coordinate(45.4931, 9.1838), QtPositioning.coordinate(45.4906, 9.1812),
                QtPositioning.coordinate(45.4912, 9.1760)]
    }

    Timer {
        interval: 600
        running: true
        onTriggered: {
            var mapView = runner.appWindow.mapPage.mapView
            switch (runner.name) {
            case "draw-polygon":
                mapView.zoomTo(QtPositioning.coordinate(45.4929, 9.1795), 15.6)
                Capture.start("aree_dismesse", CaptureController.Polygon)
                var pts = polygonAroundFarini()
                for (var i = 0; i < pts.length; ++i)
                    Capture.addVertex(pts[i])
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
            case "select":
                mapView.zoomTo(QtPositioning.coordinate(45.5345, 9.2425), 14.5)
                break
            default:
                break
            }
        }
    }
}
