// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// A large touch tile on the home screen.
AbstractButton {
    id: tile

    property string title
    property string subtitle
    property string glyph
    property string note

    implicitHeight: 260
    implicitWidth: 300
    opacity: enabled ? 1 : 0.55
    Accessible.name: title

    background: Rectangle {
        radius: Theme.radius * 2
        color: tile.down ? Qt.darker(Theme.surface, 1.08) : Theme.surface
        border.color: tile.visualFocus ? Theme.accent : Theme.line
        border.width: tile.visualFocus ? 3 : 1
    }

    contentItem: ColumnLayout {
        spacing: Theme.gap / 2
        Label {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignHCenter
            text: tile.glyph
            font.pixelSize: 72
            color: tile.enabled ? Theme.accent : Theme.muted
        }
        Label {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignHCenter
            text: tile.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.ink
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: tile.subtitle
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        Label {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignHCenter
            visible: tile.note.length > 0
            text: tile.note
            font.pixelSize: Theme.fontSmall
            font.italic: !tile.enabled
            color: tile.enabled ? Theme.accent : Theme.muted
        }
    }
}
