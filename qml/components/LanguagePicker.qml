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
            checkable: false
            checked: choice.modelData.code === picker.current
            highlighted: checked
            font.pixelSize: Theme.fontSmall
            implicitHeight: Theme.touch
            onClicked: Language.chooseForCustomer(choice.modelData.code)
        }
    }
}
