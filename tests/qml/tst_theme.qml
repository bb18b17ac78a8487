import QtQuick 2.15
import QtTest 1.15
import "qrc:/qml/common"

// WCAG 2.1 AA for every pair of colours the theme draws text and controls with (Theme.contrastPairs): 4.5:1 for
// text, 3:1 for large text and the parts of controls. A colour changed below that fails here, with the pair named.
TestCase {
    name: "ThemeContrast"

    function test_formula() {
        // The formula itself, on known values: black on white is 21:1; the orange the main buttons had (#d95f02)
        // is 3.76:1 with white, which this test would have refused.
        fuzzyCompare(Theme.contrast("#ffffff", "#000000"), 21, 0.01)
        fuzzyCompare(Theme.contrast("#ffffff", "#d95f02"), 3.76, 0.01)
        fuzzyCompare(Theme.contrast("#777777", "#ffffff"), 4.48, 0.01)
        compare(Theme.contrast("#0b4f6c", "#ffffff"), Theme.contrast("#ffffff", "#0b4f6c"))
    }

    function test_everyPairMeetsAA() {
        verify(Theme.contrastPairs.length >= 20, "the theme lists its colour pairs")
        var failures = []
        for (var i = 0; i < Theme.contrastPairs.length; ++i) {
            var p = Theme.contrastPairs[i]
            verify(p[2] === 4.5 || p[2] === 3, p[3] + ": the minimum is one of WCAG AA's")
            var ratio = Theme.contrast(p[0], p[1])
            if (ratio < p[2])
                failures.push(p[3] + ": " + p[0] + " on " + p[1] + " is " + ratio.toFixed(2) + ":1, AA asks " + p[2] + ":1")
        }
        compare(failures.join("\n"), "")
    }

    function test_mainActionsAndText() {
        // The pairs every screen uses, checked by name so that removing them from the list does not hide them.
        verify(Theme.contrast("#ffffff", Theme.accent) >= 4.5, "white on the main buttons")
        verify(Theme.contrast(Theme.placeholder, Theme.surface) >= 4.5, "placeholders")
        verify(Theme.contrast(Theme.secondaryText, Theme.background) >= 4.5, "secondary text")
        verify(Theme.contrast(Theme.neutral, Theme.surface) >= 4.5, "neutral states")
    }

    function test_sizesForTheSun() {
        verify(Theme.smallFont >= 16, "secondary text at least 16 px")
        verify(Theme.fontSize >= 16)
        verify(Theme.touch >= 48, "touch targets at least 48 px")
    }
}
