import QtQuick 2.15
import QtTest 1.15
import QtLocation 5.15
import QtPositioning 5.15
import Territori 1.0
import Territori.Map 1.0

// The batched layer must sit exactly where the Map puts its own items and tiles, at every zoom and bearing, and
// actually be drawn there.
Item {
    width: 900
    height: 600

    Plugin {
        id: tiles
        name: "osm"
        PluginParameter { name: "osm.mapping.custom.host"; value: MapControl.tileHost }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 0 }
    }
    Map {
        id: map
        anchors.fill: parent
        plugin: tiles
        center: QtPositioning.coordinate(45.4642, 9.19)
        zoomLevel: 12
        color: "white"
        FeatureCanvas {
            id: canvas
            anchors.fill: parent
            scene: MapControl.scene
            center: map.center
            zoomLevel: map.zoomLevel
            bearing: map.bearing
        }
    }

TestCase {
    id: tc
    name: "CanvasAlignment"
    when: windowShown

    function test_sameProjectionAsTheMap_data() {
        return [
            { tag: "zoom 5", zoom: 5, bearing: 0 },
            { tag: "zoom 10.5", zoom: 10.5, bearing: 0 },
            { tag: "zoom 15", zoom: 15, bearing: 0 },
            { tag: "zoom 18.3 bearing 30", zoom: 18.3, bearing: 30 },
            { tag: "zoom 13 bearing -75", zoom: 13, bearing: -75 },
        ]
    }

    function test_sameProjectionAsTheMap(data) {
        map.zoomLevel = data.zoom
        map.bearing = data.bearing
        for (var dx = -2; dx <= 2; ++dx) {
            for (var dy = -2; dy <= 2; ++dy) {
                var c = map.toCoordinate(Qt.point(map.width / 2 + dx * 180, map.height / 2 + dy * 120), false)
                var expected = map.fromCoordinate(c, false)
                var ours = canvas.toScreen(c)
                fuzzyCompare(ours.x, expected.x, 0.01)
                fuzzyCompare(ours.y, expected.y, 0.01)
            }
        }
        map.bearing = 0
    }

    function test_aSampleAreaIsPaintedOverItsPlace() {
        tryVerify(function() { return !MapControl.scene.loading && MapControl.scene.featureCount > 0 }, 10000)
        Features.layer = "aree_dismesse"
        Features.refresh()
        var shape = MapControl.featureShape("aree_dismesse", Features.data(Features.index(0, 0), 257))
        verify(shape.kind === "polygon")
        map.center = shape.center
        map.zoomLevel = 16
        wait(500)
        var image = grabImage(map)
        var inside = map.fromCoordinate(shape.center, false)
        // The demo styles disused (brownfield) sites orange (#fd8d3c at 40 %): red well above blue inside, not outside.
        var px = image.pixel(Math.round(inside.x), Math.round(inside.y))
        verify(px.r - px.b > 0.2, "inside: " + px)
        var corner = image.pixel(5, 5)
        verify(corner.r - corner.b < 0.1, "far from any feature: " + corner)
    }
}
}
