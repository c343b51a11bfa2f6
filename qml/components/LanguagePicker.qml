// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// The customer's language: one button per language, each named in its own language ("Polski",
// "Norsk bokmål"), since a customer looks for their own language's name. The current one is
// checked. The choice holds while the customer uses the terminal (Language.chooseForCustomer).
RowLayout {
    id: picker

    /// [{code, name}]
    property var choices: Language.customerChoices
    property string current: Language.code

    spacing: Theme.gap / 2

    Repeater {
        model: picker.choices
        delegate: TextButton {
            id: choice
            required property var modelData
            objectName: "language_" + choice.modelData.code
            text: choice.modelData.name
            /// This is the language on screen now.
            readonly property bool current: choice.modelData.code === picker.current
            font.pixelSize: Theme.fontSmall
            font.bold: current
            Accessible.checked: current
            Rectangle { // the current one is underlined in the accent colour
                visible: choice.current
                anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 4 }
                height: 3
                color: Theme.accent
            }
            implicitHeight: Theme.touch
            onClicked: Language.chooseForCustomer(choice.modelData.code)
        }
    }
}
