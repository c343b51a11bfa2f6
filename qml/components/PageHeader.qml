// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// The top of a full-screen page: a large "‹ Back" button and the page's title.
RowLayout {
    id: header

    property string title: ""

    signal back()

    spacing: Theme.gap

    Button {
        objectName: "backButton"
        text: qsTr("‹ Back")
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touch
        implicitWidth: 140
        onClicked: header.back()
    }
    Label {
        Layout.fillWidth: true
        visible: header.title.length > 0
        text: header.title
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.ink
    }
}
