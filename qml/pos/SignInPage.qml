// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Staff sign-in: tap your name (or scan your badge), then your PIN.
Item {
    id: page

    signal back()

    property string staffId: ""
    property string staffName: ""
    property string error: ""

    function chooseBadge(code: string) {
        const id = Pos.staffFromBadge(code)
        if (id.length === 0) { page.error = qsTr("This badge is not a staff member of this store"); return }
        for (const s of Pos.staff)
            if (s.id === id) { page.staffId = s.id; page.staffName = s.name }
        page.error = ""
        pad.forceActiveFocus()
    }

    RowLayout {
        anchors { fill: parent; margins: Theme.gap * 2 }
        spacing: Theme.gap * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Label {
                text: qsTr("Who is at the till?")
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                text: qsTr("Tap your name or scan your staff badge")
                color: Theme.muted
                font.pixelSize: Theme.fontBody
            }
            GridView {
                id: staffGrid
                objectName: "staffGrid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                cellWidth: 250
                cellHeight: Theme.touch + Theme.gap
                clip: true
                model: Pos.staff
                delegate: Button {
                    required property var modelData
                    objectName: "staff_" + modelData.id
                    width: 234
                    height: Theme.touch
                    text: modelData.name
                    font.pixelSize: Theme.fontBody
                    highlighted: page.staffId === modelData.id
                    onClicked: {
                        page.staffId = modelData.id
                        page.staffName = modelData.name
                        page.error = ""
                        pad.text = ""
                        pad.forceActiveFocus()
                    }
                }
            }
            Label {
                visible: Pos.staff.length === 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("No staff accounts yet: they arrive with the first sync from head office.")
                color: Theme.warn
                font.pixelSize: Theme.fontBody
            }
            Button {
                text: qsTr("Back")
                implicitHeight: Theme.touch
                onClicked: page.back()
            }
        }

        Pane {
            Layout.preferredWidth: 380
            Layout.fillHeight: true
            background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.line }
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.gap
                Label {
                    text: page.staffName.length ? page.staffName : qsTr("Choose your name")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                Label {
                    objectName: "pinDots"
                    text: pad.text.length ? "●".repeat(pad.text.length) : qsTr("PIN")
                    font.pixelSize: Theme.fontHuge
                    color: pad.text.length ? Theme.ink : Theme.muted
                }
                Label {
                    objectName: "signInError"
                    Layout.fillWidth: true
                    visible: page.error.length > 0
                    text: page.error
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                }
                Item { Layout.fillHeight: true }
                Keypad {
                    id: pad
                    objectName: "pinPad"
                    Layout.fillWidth: true
                    masked: true
                    maxLength: 8
                    okText: qsTr("Sign in")
                    enabled: page.staffId.length > 0
                    onAccepted: {
                        page.error = Pos.signIn(page.staffId, pad.text)
                        pad.text = ""
                        if (page.error.length === 0) { page.staffId = ""; page.staffName = "" }
                    }
                }
            }
        }
    }
}
