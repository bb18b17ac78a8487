import QtQuick 2.15
import QtQuick.Controls 2.15

Label {
    font.pixelSize: Theme.smallFont
    font.bold: true
    font.capitalization: Font.AllUppercase
    color: Theme.primary
    topPadding: 16
    bottomPadding: 4
    Accessible.role: Accessible.Heading
}
