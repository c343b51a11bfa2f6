// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Staff sign-in: tap your name (or scan your badge), then your PIN.
Item {
    id: page

    property string title: qsTr("Who is at the till?")

    signal back()

    property string staffId: ""
    property string staffName: ""
    property string error: ""

    function chooseBadge(code: string) {
        const id = Staff.memberFromBadge(code)
        if (id.length === 0) { page.error = qsTr("This badge is not a staff member of this store"); return }
        for (const s of Staff.members)
            if (s.id === id) { page.staffId = s.id; page.staffName = s.name }
        page.error = ""
        pad.forceActiveFocus()
    }

    // A scanned badge while this page shows.
    Connections {
        target: Scanner
        enabled: page.visible
        function onScanned(code: string) { page.chooseBadge(code) }
    }

    RowLayout {
        anchors { fill: parent; margins: Theme.gap * 2 }
        spacing: Theme.gap * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Label {
                text: page.title
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                textFormat: Text.PlainText
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
                model: Staff.members
                delegate: TextButton {
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
                textFormat: Text.PlainText
                visible: Staff.members.length === 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("No staff accounts yet: they arrive with the first sync from head office.")
                color: Theme.warn
                font.pixelSize: Theme.fontBody
            }
            Button {
                objectName: "signInBack"
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
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                Label {
                    objectName: "pinDots"
                    textFormat: Text.PlainText
                    text: pad.text.length ? "●".repeat(pad.text.length) : qsTr("PIN")
                    font.pixelSize: Theme.fontHuge
                    color: pad.text.length ? Theme.ink : Theme.muted
                }
                Label {
                    objectName: "signInError"
                    Layout.fillWidth: true
                    visible: page.error.length > 0
                    text: page.error
                    textFormat: Text.PlainText
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
                        page.error = Staff.signIn(page.staffId, pad.text)
                        pad.text = ""
                        if (page.error.length === 0) { page.staffId = ""; page.staffName = "" }
                    }
                }
            }
        }
    }
}
