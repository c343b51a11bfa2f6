// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Omnikiosk

// A persistent, non-modal notice across the top of the screen (never a popup storm).
Rectangle {
    id: banner

    property alias text: label.text
    property color tone: Theme.warn

    implicitHeight: label.implicitHeight + Theme.gap
    color: tone

    Label {
        id: label
        textFormat: Text.PlainText
        anchors { fill: parent; leftMargin: Theme.gap; rightMargin: Theme.gap }
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        color: "white"
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
}
