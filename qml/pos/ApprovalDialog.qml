// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Inline approval: shown whenever an action waits for someone whose role allows it. They pick
// their name (only those who may approve are offered), type a reason and their PIN; the action
// then runs with the approval recorded.
Popup {
    id: dialog

    objectName: "approvalDialog"
    modal: true
    closePolicy: Popup.NoAutoClose
    // Above every other dialog: an approval can be asked from the cash menu, the tender or the
    // return dialog, and must never open behind them.
    z: 100
    anchors.centerIn: Overlay.overlay
    width: 620
    padding: Theme.gap * 1.5
    visible: approvals.pending

    /// The approved action itself failed (the screen shows why).
    signal actionFailed(string message)

    property string staffId: ""
    property string error: ""

    ApprovalController {
        id: approvals
        gate: Terminal.approvals
        onActionFailed: (message) => dialog.actionFailed(message)
    }

    onVisibleChanged: { staffId = ""; error = ""; pin.text = ""; reason.text = "" }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label {
            textFormat: Text.PlainText
            text: qsTr("Approval needed")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: approvals.what
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Repeater {
                model: approvals.approvers
                delegate: TextButton {
                    required property var modelData
                    objectName: "approver_" + modelData.id
                    text: modelData.name
                    checkable: true
                    checked: dialog.staffId === modelData.id
                    implicitHeight: Theme.touch
                    // The PIN next: on the keypad, or typed.
                    onClicked: { dialog.staffId = modelData.id; pin.forceActiveFocus() }
                }
            }
        }
        TextField {
            id: reason
            objectName: "approvalReason"
            Layout.fillWidth: true
            placeholderText: qsTr("Reason")
            maximumLength: 200
            font.pixelSize: Theme.fontBody
        }
        Label {
            objectName: "approvalPinDots"
            textFormat: Text.PlainText
            text: pin.text.length ? "●".repeat(pin.text.length) : qsTr("PIN")
            font.pixelSize: Theme.fontTitle
            color: pin.text.length ? Theme.ink : Theme.muted
        }
        Label {
            objectName: "approvalError"
            visible: dialog.error.length > 0
            Layout.fillWidth: true
            text: dialog.error
            textFormat: Text.PlainText
            color: Theme.danger
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
        }
        Keypad {
            id: pin
            objectName: "approvalPin"
            Layout.fillWidth: true
            masked: true
            maxLength: 8
            okText: qsTr("Approve")
            onAccepted: {
                dialog.error = approvals.approve(dialog.staffId, pin.text, reason.text)
                pin.text = ""
            }
        }
        Button {
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            text: qsTr("Cancel")
            onClicked: approvals.cancel()
        }
    }
}
