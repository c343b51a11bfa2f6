// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// The customer's pickup screen: no sign-in. Large type and high contrast; the customer scans the
// QR code from their message or types the code on a keyboard of the code's own symbols.
Rectangle {
    id: screen

    signal back()

    readonly property real scale: Pickup.largePrint ? 1.4 : 1.0
    property string typed: ""

    color: "#0d1420"

    function grouped(code: string): string {
        let out = ""
        for (let i = 0; i < code.length; ++i)
            out += (i > 0 && i % 4 === 0 ? "-" : "") + code[i]
        return out
    }

    Component.onCompleted: Pickup.reset()
    Component.onDestruction: Pickup.reset()

    // A scanned QR code (or a code scanned from paper) is submitted at once.
    Connections {
        target: Scanner
        function onScanned(code: string) {
            // While a door is opening or open, the customer at it comes first.
            if (Pickup.stage === "opening" || Pickup.stage === "open")
                return
            if (Pickup.stage !== "entry")
                Pickup.begin()
            Pickup.submit(code)
        }
    }
    TapHandler { onTapped: Pickup.touch() }

    // The top row stays put whatever the stage below shows.
    RowLayout {
        id: topRow
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap * 2 }
        Button {
            objectName: "pickupBack"
            text: qsTr("‹ Back")
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touch
            onClicked: Pickup.stage === "attract" || Pickup.stage === "done" ? screen.back() : Pickup.reset()
        }
        Item { Layout.fillWidth: true }
        LanguagePicker { }
        Button {
            objectName: "largePrint"
            checkable: true
            checked: Pickup.largePrint
            text: qsTr("Large print")
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touch
            onToggled: Pickup.largePrint = checked
        }
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; top: topRow.bottom; margins: Theme.gap * 2 }
        spacing: Theme.gap * 2

        // ---- attract
        ColumnLayout {
            objectName: "attract"
            Layout.alignment: Qt.AlignHCenter
            visible: Pickup.stage === "attract"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap * 2
            Item { Layout.fillHeight: true }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Collect your order")
                textFormat: Text.PlainText
                color: "white"
                font.pixelSize: Theme.fontHuge * 1.4 * screen.scale
                font.bold: true
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: screen.width - 4 * Theme.gap
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Hold the QR code from your message under the scanner, or type your pickup code.")
                textFormat: Text.PlainText
                color: "#e8edf5"
                font.pixelSize: Theme.fontTitle * screen.scale
            }
            Button {
                objectName: "typeCode"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Type my code")
                font.pixelSize: Theme.fontTitle * screen.scale
                implicitHeight: Theme.touch * 1.5
                implicitWidth: 420
                onClicked: { screen.typed = ""; Pickup.begin() }
            }
            Item { Layout.fillHeight: true }
        }

        // ---- entry: the code keyboard
        ColumnLayout {
            objectName: "entry"
            Layout.alignment: Qt.AlignHCenter
            visible: Pickup.stage === "entry"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Item { Layout.fillHeight: true }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Your pickup code")
                textFormat: Text.PlainText
                color: "white"
                font.pixelSize: Theme.fontTitle * screen.scale
            }
            Label {
                objectName: "typedCode"
                Layout.alignment: Qt.AlignHCenter
                text: screen.typed.length > 0 ? screen.grouped(screen.typed) : "····-····-····"
                textFormat: Text.PlainText
                color: "#ffd54f"
                font.family: "monospace"
                font.pixelSize: Theme.fontHuge * 1.3 * screen.scale
                font.bold: true
            }
            Label {
                objectName: "pickupMessage"
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: screen.width - 4 * Theme.gap
                visible: Pickup.message.length > 0
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                text: Pickup.message
                textFormat: Text.PlainText
                color: "#ffab91"
                font.pixelSize: Theme.fontBody * 1.2 * screen.scale
            }
            GridLayout {
                Layout.alignment: Qt.AlignHCenter
                columns: 8
                columnSpacing: 8
                rowSpacing: 8
                Repeater {
                    model: Pickup.alphabet().split("")
                    delegate: Button {
                        id: key
                        required property string modelData
                        objectName: "key_" + modelData
                        text: modelData
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        implicitWidth: 88
                        implicitHeight: 72
                        onClicked: {
                            Pickup.touch()
                            if (screen.typed.length < 12)
                                screen.typed += key.modelData
                        }
                    }
                }
                Button {
                    objectName: "keyBackspace"
                    text: "⌫"
                    font.pixelSize: Theme.fontTitle
                    implicitWidth: 88
                    implicitHeight: 72
                    onClicked: screen.typed = screen.typed.slice(0, -1)
                }
            }
            Button {
                objectName: "keyOk"
                Layout.alignment: Qt.AlignHCenter
                enabled: screen.typed.length === 12 && !Pickup.busy
                text: qsTr("Open my locker")
                font.pixelSize: Theme.fontTitle * screen.scale
                implicitHeight: Theme.touch * 1.3
                implicitWidth: 420
                onClicked: { Pickup.submit(screen.typed); screen.typed = "" }
            }
            Item { Layout.fillHeight: true }
        }

        // ---- opening, open, done, counter, problem
        ColumnLayout {
            objectName: "result"
            Layout.alignment: Qt.AlignHCenter
            readonly property string stage: Pickup.stage
            visible: Pickup.stage !== "attract" && Pickup.stage !== "entry"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap * 2
            Item { Layout.fillHeight: true }
            Label {
                objectName: "greeting"
                Layout.alignment: Qt.AlignHCenter
                visible: Pickup.firstName.length > 0 && Pickup.stage !== "done"
                text: qsTr("Hello %1 · %n item(s)", "", Pickup.itemCount).arg(Pickup.firstName)
                textFormat: Text.PlainText
                color: "white"
                font.pixelSize: Theme.fontTitle * screen.scale
            }
            Label {
                objectName: "stageText"
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: screen.width - 4 * Theme.gap
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                textFormat: Text.PlainText
                color: Pickup.stage === "problem" ? "#ffab91" : "white"
                font.pixelSize: Theme.fontHuge * screen.scale
                font.bold: true
                readonly property bool severalDoors: Pickup.doors.length > 1
                text: Pickup.stage === "opening" ? (severalDoors ? qsTr("Opening doors %1 …") : qsTr("Opening door %1 …")).arg(Pickup.doorsText)
                    : Pickup.stage === "open" ? (severalDoors ? qsTr("Doors %1 are open. Take your order and close the doors.")
                                                              : qsTr("Door %1 is open. Take your order and close the door.")).arg(Pickup.doorsText)
                    : Pickup.stage === "done" ? qsTr("Thank you! Enjoy your order.")
                    : Pickup.stage === "counter" ? qsTr("Your order is waiting at the counter. A member of staff is on the way.")
                    : Pickup.message
            }
            // The locker bank, with the customer's door lit.
            Item {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: bankGrid.width
                Layout.preferredHeight: bankGrid.height
                visible: Pickup.stage === "opening" || Pickup.stage === "open"
                Item {
                    id: bankGrid
                    // As large as the screen allows: a bank of many rows still fits below the text.
                    readonly property int rows: Pickup.bankRows
                    readonly property int columns: Pickup.bankColumns
                    readonly property int cellWidth: Math.min(Pickup.largePrint ? 180 : 140, (screen.width - 200) / columns - 8)
                    readonly property int cellHeight: Math.max(34, Math.min(Pickup.largePrint ? 100 : 80, (screen.height - 430) / rows - 6))
                    width: columns * (cellWidth + 8)
                    height: rows * (cellHeight + 6)
                    Repeater {
                        model: Pickup.bank
                        delegate: Rectangle {
                            id: door
                            required property var modelData
                            objectName: "door_" + modelData.id
                            x: modelData.column * (bankGrid.cellWidth + 8)
                            y: modelData.row * (bankGrid.cellHeight + 6)
                            width: bankGrid.cellWidth
                            height: bankGrid.cellHeight
                            radius: 6
                            color: modelData.mine ? "#ffd54f" : "#2b3444"
                            border.color: modelData.open ? "#66bb6a" : "#45506a"
                            border.width: modelData.open ? 6 : 2
                            Label {
                                anchors.centerIn: parent
                                text: door.modelData.id
                                textFormat: Text.PlainText
                                color: door.modelData.mine ? "#0d1420" : "#9aa5b8"
                                font.pixelSize: Math.min(door.modelData.mine ? Theme.fontTitle * screen.scale : Theme.fontSmall,
                                                         bankGrid.cellHeight * 0.6)
                                font.bold: door.modelData.mine
                            }
                        }
                    }
                }
            }
            Button {
                Layout.alignment: Qt.AlignHCenter
                visible: Pickup.stage === "done" || Pickup.stage === "counter" || Pickup.stage === "problem"
                text: qsTr("Done")
                font.pixelSize: Theme.fontTitle * screen.scale
                implicitHeight: Theme.touch * 1.3
                implicitWidth: 300
                onClicked: Pickup.reset()
            }
            Item { Layout.fillHeight: true }
        }
    }
}
