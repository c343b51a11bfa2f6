// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// One value on a keypad, optionally with a reason: quantity, discount %, new price, weight,
// cash in / out. `submit` returns "" when done (the dialog closes) or the message to show.
Popup {
    id: dialog

    property string title: ""
    property string hint: ""
    property bool decimal: true
    property bool needsValue: true
    property bool needsReason: false
    property string reasonHint: qsTr("Reason")
    property string okText: qsTr("OK")
    property var submit: function(value, reason) { return "" }
    property string error: ""

    function ask(titleText: string, hintText: string, withDecimal: bool, withReason: bool, action) {
        dialog.title = titleText
        dialog.hint = hintText
        dialog.decimal = withDecimal
        dialog.needsReason = withReason
        dialog.needsValue = true
        dialog.submit = action
        dialog.error = ""
        pad.text = ""
        reason.text = ""
        dialog.open()
        pad.forceActiveFocus()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 520
    padding: Theme.gap * 1.5

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        Label {
            textFormat: Text.PlainText
            text: dialog.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: dialog.hint.length > 0
            text: dialog.hint
            color: Theme.muted
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: reason
            objectName: "valueReason"
            Layout.fillWidth: true
            visible: dialog.needsReason
            placeholderText: dialog.reasonHint
            maximumLength: 200
            font.pixelSize: Theme.fontBody
        }
        Label {
            textFormat: Text.PlainText
            visible: dialog.needsValue
            text: pad.text.length ? pad.text : "—"
            font.pixelSize: Theme.fontHuge
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.error.length > 0
            text: dialog.error
            textFormat: Text.PlainText
            color: Theme.danger
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
        }
        Keypad {
            id: pad
            objectName: "valuePad"
            Layout.fillWidth: true
            visible: dialog.needsValue
            decimal: dialog.decimal
            okText: dialog.okText
            onAccepted: {
                const r = dialog.submit(pad.text, reason.text)
                if (r.length === 0) dialog.close()
                else dialog.error = r
            }
        }
        Button {
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
