// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Returns: scan the receipt's QR code or type its number, then pick lines and quantities (never
// more than is left). Without a receipt: the product code, how many, the price and a reason
// (a supervisor approves). The lines join the ticket; adding new items makes it an exchange.
Popup {
    id: dialog

    objectName: "returnDialog"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 900
    height: 640
    padding: Theme.gap * 1.5

    /// A scan while the dialog is open is the receipt's QR code.
    function scanned(code: string) {
        receipt.text = code
        returns.open(code)
    }

    ReturnController {
        id: returns
        till: Terminal.till
        catalog: Terminal.catalog
    }

    onOpened: { returns.begin(); receipt.text = ""; receipt.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label {
            textFormat: Text.PlainText
            text: qsTr("Return")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { text: qsTr("With receipt"); implicitHeight: Theme.touch }
            TabButton { text: qsTr("Without receipt"); implicitHeight: Theme.touch }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ColumnLayout {
                spacing: Theme.gap / 2
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: receipt
                        objectName: "receiptField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Scan the receipt's QR code or type its number")
                        maximumLength: 200
                        font.pixelSize: Theme.fontBody
                        onAccepted: returns.open(receipt.text)
                    }
                    Button {
                        text: qsTr("Find")
                        implicitHeight: Theme.touch
                        onClicked: returns.open(receipt.text)
                    }
                }
                Label {
                    text: returns.sourceTitle
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: returns.sourceLines
                    spacing: 4
                    delegate: RowLayout {
                        id: row
                        required property var modelData
                        width: ListView.view.width
                        spacing: Theme.gap
                        Label {
                            Layout.fillWidth: true
                            text: row.modelData.name
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                        }
                        Label {
                            text: qsTr("sold %1 · paid %2 · left %3").arg(row.modelData.sold).arg(row.modelData.paid).arg(row.modelData.leftText)
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        TextField {
                            id: qty
                            Layout.preferredWidth: 90
                            text: row.modelData.suggested
                            maximumLength: 10
                            enabled: row.modelData.canReturn
                            font.pixelSize: Theme.fontBody
                        }
                        Button {
                            text: qsTr("Return")
                            implicitHeight: Theme.touch
                            enabled: row.modelData.canReturn
                            onClicked: returns.returnLine(row.modelData.lineNo, qty.text)
                        }
                    }
                }
            }

            GridLayout {
                columns: 2
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap / 2
                Label { text: qsTr("Product code"); font.pixelSize: Theme.fontBody }
                TextField { id: code; Layout.fillWidth: true; maximumLength: 48; font.pixelSize: Theme.fontBody }
                Label { text: qsTr("How many (kg for weighed goods)"); font.pixelSize: Theme.fontBody }
                TextField { id: howMany; Layout.fillWidth: true; text: "1"; maximumLength: 10; font.pixelSize: Theme.fontBody }
                Label { text: qsTr("Price paid (empty: today's price)"); font.pixelSize: Theme.fontBody }
                TextField { id: price; Layout.fillWidth: true; maximumLength: 16; font.pixelSize: Theme.fontBody }
                Label { text: qsTr("Reason"); font.pixelSize: Theme.fontBody }
                TextField { id: why; Layout.fillWidth: true; maximumLength: 200; font.pixelSize: Theme.fontBody }
                Item { Layout.fillHeight: true }
                Button {
                    text: qsTr("Return without receipt")
                    implicitHeight: Theme.touch
                    onClicked: returns.returnWithoutReceipt(code.text, howMany.text, price.text, why.text)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "returnMessage"
            visible: returns.message.length > 0
            text: returns.message
            textFormat: Text.PlainText
            color: returns.messageIsProblem ? Theme.danger : Theme.ok
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
        }
        RowLayout {
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Ticket: %1").arg(returns.ticketTotal)
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Button {
                objectName: "returnDone"
                text: qsTr("Done")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: { returns.close(); dialog.close() }
            }
        }
    }
}
