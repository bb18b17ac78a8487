import QtQuick 2.15
import QtQuick.Controls 2.15
import QtQuick.Layouts 1.15
import Territori 1.0
import "../common"

// A draft read offline: table of contents by frame, the paragraphs in Markdown, their places on the map, their
// comments, and what changed since an earlier version.
Page {
    id: page
    objectName: "draftPage"
    property string draft
    property int version: 0
    property var versions: []
    property string strategyTitle
    property string startAt            // a paragraph id to scroll to
    property int compareWith: 0        // an older version, or 0 to read normally
    property var paragraphs: Participation.paragraphs(draft, version)
    property var changes: compareWith > 0 ? Participation.changes(draft, compareWith, version) : []
    property var window: Participation.window(draft, version)
    // The paragraph at the top of the reader: the table of contents marks it (and its frame) as the text scrolls.
    readonly property int readingIndex: Math.max(0, reader.indexAt(8, reader.contentY + 8))
    onReadingIndexChanged: if (toc.visible) toc.positionViewAtIndex(readingIndex, ListView.Contain)
    signal back()
    signal openComments(var paragraph, bool compose)
    signal showPlace(real lat, real lon, real zoom)

    function reload() { paragraphs = Participation.paragraphs(draft, version) }
    function scrollTo(id) {
        for (var i = 0; i < paragraphs.length; ++i)
            if (paragraphs[i].id === id) { reader.positionViewAtIndex(i, ListView.Beginning); return }
    }
    Component.onCompleted: if (startAt.length > 0) Qt.callLater(scrollTo, startAt)
    onCompareWithChanged: compareBox.currentIndex = Math.max(0, compareBox.indexOfValue(compareWith))
    Connections { target: Participation; function onCommentAdded() { page.reload() } }

    header: PageHeader {
        title: page.strategyTitle.length > 0 ? page.strategyTitle : page.draft
        backLabel: qsTr("Back to the drafts")
        onBack: page.back()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: bar.implicitHeight + 16
            color: Theme.background
            // One line on a wide window; on a tablet upright the comparison goes on a second line, so the
            // deadline is read on one or two lines instead of three squeezed ones.
            GridLayout {
                id: bar
                anchors.fill: parent
                anchors.margins: 8
                columns: page.width >= 1000 ? 4 : 2
                columnSpacing: Theme.spacing * 2
                rowSpacing: 4
                Label { text: qsTr("Version %1").arg(page.version); font.bold: true }
                Label {
                    text: page.window.text
                    color: page.window.open ? Theme.ok : Theme.secondaryText
                    font.pixelSize: Theme.smallFont
                    font.bold: true
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap // "Osservazioni aperte fino al martedì 16 febbraio 2027" on a tablet upright
                }
                Label { visible: page.versions.length > 1; text: qsTr("Changes since"); font.pixelSize: Theme.smallFont }
                ComboBox {
                    id: compareBox
                    objectName: "compareVersion"
                    visible: page.versions.length > 1
                    implicitHeight: Theme.touch
                    // As wide as its longest entry ("— (nessun confronto)"), plus the arrow: never cut.
                    implicitWidth: Math.max(compareMetrics.width, versionMetrics.width) + leftPadding + rightPadding
                                   + (indicator ? indicator.width : 0) + 32
                    TextMetrics { id: compareMetrics; font: compareBox.font; text: qsTr("— (read)") }
                    TextMetrics { id: versionMetrics; font: compareBox.font; text: qsTr("version %1").arg(99) }
                    model: {
                        var m = [{ "text": qsTr("— (read)"), "value": 0 }]
                        for (var i = 0; i < page.versions.length; ++i)
                            if (page.versions[i] < page.version)
                                m.push({ "text": qsTr("version %1").arg(page.versions[i]), "value": page.versions[i] })
                        return m
                    }
                    textRole: "text"
                    valueRole: "value"
                    onActivated: page.compareWith = currentValue
                    Accessible.name: qsTr("Show what changed since an earlier version")
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Table of contents: the four frames and their paragraphs.
            ListView {
                id: toc
                visible: page.width >= 900 && page.compareWith === 0
                Layout.preferredWidth: 300
                Layout.fillHeight: true
                clip: true
                model: page.paragraphs
                // (A JavaScript array has no roles for ListView sections: each entry says when a frame begins.)
                delegate: Column {
                    width: toc.width
                    Label {
                        visible: index === 0 || page.paragraphs[index - 1].section !== modelData.section
                        width: toc.width
                        text: modelData.sectionTitle
                        font.pixelSize: Theme.smallFont
                        font.bold: true
                        color: Theme.primary
                        wrapMode: Text.Wrap
                        topPadding: 12
                        leftPadding: 12
                        rightPadding: 8
                    }
                    ItemDelegate {
                    width: toc.width
                    implicitHeight: Math.max(Theme.touch, tocLabel.implicitHeight + 12)
                    highlighted: index === page.readingIndex
                    // A bar at the left edge as well as Material's tint: the current section is seen at a glance.
                    Rectangle {
                        visible: parent.highlighted
                        width: 4
                        height: parent.height
                        color: Theme.primary
                    }
                    onClicked: reader.positionViewAtIndex(index, ListView.Beginning)
                    Accessible.name: qsTr("Go to paragraph %1, %2").arg(modelData.id).arg(modelData.title)
                    contentItem: RowLayout {
                        Label {
                            id: tocLabel
                            text: "§" + modelData.id + " " + modelData.title
                            font.bold: index === page.readingIndex
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.smallFont
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: modelData.comments > 0
                            text: modelData.comments
                            font.pixelSize: Theme.smallFont
                            font.bold: true
                            color: "white"
                            padding: 4
                            background: Rectangle { color: Theme.comment; radius: 8 }
                        }
                    }
                    }
                }
                Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: "#d8d8d8" }
            }

            ListView {
                id: reader
                objectName: "draftReader"
                visible: page.compareWith === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.paragraphs
                spacing: 4
                ScrollBar.vertical: ScrollBar {}
                delegate: Item {
                    width: reader.width
                    height: body.height + 24
                    ColumnLayout {
                        id: body
                        x: Theme.margin * 2
                        y: 8
                        width: Math.min(parent.width - Theme.margin * 4, 860)
                        spacing: 6
                        Label {
                            visible: index === 0 || page.paragraphs[index - 1].section !== modelData.section
                            text: modelData.sectionTitle
                            font.pixelSize: Theme.titleFont
                            font.bold: true
                            color: Theme.primary
                            wrapMode: Text.Wrap
                            topPadding: 12
                            Layout.fillWidth: true
                            Accessible.role: Accessible.Heading
                        }
                        Label {
                            text: "§" + modelData.id + "  " + modelData.title
                            font.bold: true
                            font.pixelSize: Theme.fontSize + 1
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.role: Accessible.Heading
                        }
                        Text {
                            text: modelData.text
                            textFormat: Text.MarkdownText
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.pixelSize: Theme.fontSize
                            lineHeight: 1.15
                            Layout.fillWidth: true
                            Accessible.role: Accessible.StaticText
                            Accessible.name: modelData.text
                        }
                        RowLayout {
                            spacing: Theme.spacing
                            Button {
                                text: qsTr("Comments (%1)").arg(modelData.comments)
                                flat: true
                                implicitHeight: Theme.touch
                                onClicked: page.openComments(modelData, false)
                                Accessible.name: qsTr("%n comments on paragraph %1", "", modelData.comments).arg(modelData.id)
                            }
                            Button {
                                objectName: "comment_" + modelData.id
                                visible: page.window.open
                                text: qsTr("Comment")
                                highlighted: true
                                implicitHeight: Theme.touch
                                onClicked: page.openComments(modelData, true)
                                Accessible.name: qsTr("Comment on paragraph %1").arg(modelData.id)
                            }
                            Button {
                                visible: modelData.hasPlace
                                text: qsTr("See on the map")
                                icon.source: Theme.icon("locate")
                                flat: true
                                implicitHeight: Theme.touch
                                onClicked: page.showPlace(modelData.lat, modelData.lon, modelData.zoom)
                                Accessible.name: qsTr("Show the place of paragraph %1 on the map: %2").arg(modelData.id).arg(modelData.place)
                            }
                        }
                        Rectangle { Layout.fillWidth: true; height: 1; color: "#e4e4e4" }
                    }
                }
            }

            // What changed since the chosen version, paragraph by paragraph.
            ListView {
                id: changesView
                objectName: "draftChanges"
                visible: page.compareWith > 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.changes
                ScrollBar.vertical: ScrollBar {}
                header: Label {
                    width: changesView.width
                    padding: Theme.margin * 2
                    wrapMode: Text.Wrap
                    text: qsTr("Version %1 compared with version %2: removed words are struck through in red, new ones highlighted in green.").arg(page.version).arg(page.compareWith)
                }
                delegate: Item {
                    width: changesView.width
                    height: changeColumn.height + 20
                    ColumnLayout {
                        id: changeColumn
                        x: Theme.margin * 2
                        y: 6
                        width: Math.min(parent.width - Theme.margin * 4, 860)
                        spacing: 4
                        RowLayout {
                            Label {
                                text: modelData.change === "added" ? qsTr("NEW")
                                    : modelData.change === "changed" ? qsTr("CHANGED")
                                    : modelData.change === "removed" ? qsTr("REMOVED") : qsTr("UNCHANGED")
                                font.pixelSize: Theme.smallFont
                                font.bold: true
                                color: "white"
                                padding: 4
                                background: Rectangle {
                                    radius: 3
                                    color: modelData.change === "added" ? Theme.ok
                                         : modelData.change === "changed" ? Theme.accent
                                         : modelData.change === "removed" ? Theme.error : Theme.neutral
                                }
                            }
                            Label {
                                text: "§" + modelData.id + "  " + modelData.title
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                                // Unchanged paragraphs step back in grey text, still 4.5:1 (no fading: the badge
                                // and the title stay readable).
                                color: modelData.change === "unchanged" ? Theme.secondaryText : Theme.text
                                font.strikeout: modelData.change === "removed"
                            }
                        }
                        Text {
                            text: modelData.html
                            textFormat: Text.RichText
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.pixelSize: Theme.fontSize
                            Layout.fillWidth: true
                            visible: modelData.change !== "unchanged"
                        }
                        Rectangle { Layout.fillWidth: true; height: 1; color: "#e4e4e4" }
                    }
                }
            }
        }
    }
}
