// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Inline supervisor override: shown whenever Pos.approvalNeeded is set. The supervisor picks
// their name, types a reason and their PIN; the action then runs with the approval recorded.
Popup {
    id: dialog

    objectName: "approvalDialog"
    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: 620
    padding: Theme.gap * 1.5
    visible: Pos.approvalNeeded.length > 0

    property string staffId: ""
    property string error: ""

    onVisibleChanged: { staffId = ""; error = ""; pin.text = ""; reason.text = "" }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label {
            text: qsTr("Supervisor approval")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: Pos.approvalNeeded
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Repeater {
                model: Pos.staff
                delegate: Button {
                    required property var modelData
                    visible: modelData.role !== "cashier"
                    text: modelData.name
                    checkable: true
                    checked: dialog.staffId === modelData.id
                    implicitHeight: Theme.touch
                    onClicked: dialog.staffId = modelData.id
                }
            }
        }
        TextField {
            id: reason
            objectName: "approvalReason"
            Layout.fillWidth: true
            placeholderText: qsTr("Reason")
            font.pixelSize: Theme.fontBody
        }
        Label {
            text: pin.text.length ? "●".repeat(pin.text.length) : qsTr("PIN")
            font.pixelSize: Theme.fontTitle
            color: pin.text.length ? Theme.ink : Theme.muted
        }
        Label {
            visible: dialog.error.length > 0
            Layout.fillWidth: true
            text: dialog.error
            color: Theme.danger
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
        }
        Keypad {
            id: pin
            Layout.fillWidth: true
            masked: true
            okText: qsTr("Approve")
            onAccepted: {
                if (dialog.staffId.length === 0) { dialog.error = qsTr("Choose who approves"); return }
                const r = Pos.approve(dialog.staffId, pin.text, reason.text)
                pin.text = ""
                dialog.error = r
            }
        }
        Button {
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            text: qsTr("Cancel")
            onClicked: Pos.cancelApproval()
        }
    }
}
