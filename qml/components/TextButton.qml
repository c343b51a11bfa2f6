// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Omnikiosk

// A button whose label is data (a staff member's name, a parked ticket's customer): shown as plain
// text, never as markup. A Button's own label would render "<img src=...>" in a name as rich text.
Button {
    id: control

    contentItem: Label {
        text: control.text
        textFormat: Text.PlainText
        font: control.font
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: control.checked || control.highlighted ? control.palette.brightText : control.palette.buttonText
    }
}
