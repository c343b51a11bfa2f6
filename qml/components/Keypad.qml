// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// A large touch keypad that edits `text`: digits, an optional decimal point, backspace and OK.
// Keyboards work too (digits, Backspace, Enter) while it has focus.
GridLayout {
    id: pad

    property string text: ""
    property bool decimal: false
    property bool masked: false
    property string okText: qsTr("OK")
    property int maxLength: 12
    signal accepted(string text)

    columns: 3
    rowSpacing: Theme.gap / 2
    columnSpacing: Theme.gap / 2

    function press(key: string) {
        if (key === "⌫")
            pad.text = pad.text.slice(0, -1)
        else if (key === "," || key === ".") {
            if (pad.decimal && pad.text.indexOf(".") < 0)
                pad.text = (pad.text.length ? pad.text : "0") + "."
        } else if (pad.text.length < pad.maxLength)
            pad.text += key
    }

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            pad.press(String(event.key - Qt.Key_0)); event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            pad.press("⌫"); event.accepted = true
        } else if (event.key === Qt.Key_Period || event.key === Qt.Key_Comma) {
            pad.press("."); event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.accepted(pad.text); event.accepted = true
        }
    }

    Repeater {
        model: ["7", "8", "9", "4", "5", "6", "1", "2", "3", pad.decimal ? "." : "⌫", "0", pad.decimal ? "⌫" : ""]
        delegate: Button {
            required property string modelData
            objectName: "key_" + modelData
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            text: modelData
            enabled: modelData.length > 0
            font.pixelSize: Theme.fontTitle
            focusPolicy: Qt.NoFocus
            onClicked: pad.press(modelData)
        }
    }
    Button {
        objectName: "keypadOk"
        Layout.columnSpan: 3
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touch
        text: pad.okText
        highlighted: true
        font.pixelSize: Theme.fontBody
        font.bold: true
        focusPolicy: Qt.NoFocus
        onClicked: pad.accepted(pad.text)
    }
}
