// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Take payment: quick cash buttons, a typed cash amount, card for the rest or a part; split
// tender shows what was taken so far. A refund pays back in cash or to the original card.
Popup {
    id: dialog

    objectName: "tenderDialog"
    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: 860
    padding: Theme.gap * 1.5

    TenderController {
        id: tender
        till: Terminal.till
        // Closes by itself when the ticket is paid and committed.
        onCompleted: dialog.close()
    }
    onOpened: { tender.begin(); pad.text = ""; pad.forceActiveFocus() }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap * 1.5

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.gap
            Label {
                textFormat: Text.PlainText
                text: tender.refunding ? qsTr("Pay back") : qsTr("To pay")
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
            Label {
                objectName: "dueText"
                textFormat: Text.PlainText
                text: tender.due.text
                font.pixelSize: Theme.fontHuge
                font.bold: true
                color: tender.refunding ? Theme.danger : Theme.ink
            }
            Label {
                textFormat: Text.PlainText
                visible: tender.cashRounded
                text: qsTr("In cash: %1").arg(tender.cashDue.text)
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                model: tender.tenders
                delegate: Label {
                    required property var modelData
                    textFormat: Text.PlainText
                    text: modelData.kind + " " + modelData.amount
                          + (modelData.change.length ? qsTr(" · change %1").arg(modelData.change) : "")
                          + (modelData.reference.length ? " · " + modelData.reference : "")
                          + (modelData.state.length ? " · " + modelData.state : "")
                    font.pixelSize: Theme.fontSmall
                    color: modelData.state.length ? Theme.warn : Theme.ink
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap / 2
                visible: !tender.refunding
                Repeater {
                    model: tender.quickCash
                    delegate: Button {
                        required property var modelData
                        objectName: "quickCash"
                        text: modelData.text
                        implicitHeight: Theme.touch
                        implicitWidth: 150
                        font.pixelSize: Theme.fontBody
                        enabled: !tender.cardBusy && !tender.cardUnknown
                        onClicked: tender.payCashAmount(modelData)
                    }
                }
            }
            Label {
                visible: tender.cardBusy
                text: qsTr("Waiting for the card terminal… %1").arg(tender.messageIsProblem ? "" : tender.message)
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                Layout.fillWidth: true
                objectName: "tenderMessage"
                visible: tender.messageIsProblem && tender.message.length > 0
                text: tender.message
                textFormat: Text.PlainText
                color: Theme.danger
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
            }
            RowLayout {
                spacing: Theme.gap / 2
                Button {
                    visible: tender.cardBusy
                    text: qsTr("Cancel card")
                    implicitHeight: Theme.touch
                    onClicked: tender.cancelCard()
                }
                Button {
                    objectName: "checkCardButton"
                    visible: tender.cardUnknown
                    text: qsTr("Check card payment")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: tender.checkCard()
                }
                Button {
                    text: qsTr("Back to the basket")
                    implicitHeight: Theme.touch
                    enabled: !tender.cardBusy
                    onClicked: dialog.close()
                }
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 330
            spacing: Theme.gap / 2
            Label {
                textFormat: Text.PlainText
                text: pad.text.length ? pad.text : qsTr("Amount")
                font.pixelSize: Theme.fontTitle
                color: pad.text.length ? Theme.ink : Theme.muted
            }
            Keypad {
                id: pad
                objectName: "tenderPad"
                Layout.fillWidth: true
                decimal: true
                okText: tender.refunding ? qsTr("Pay back in cash") : qsTr("Cash")
                enabled: !tender.cardBusy && !tender.cardUnknown
                onAccepted: { tender.payCash(pad.text); pad.text = "" }
            }
            Button {
                objectName: "cardButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                highlighted: true
                visible: tender.hasCardTerminal
                enabled: !tender.cardBusy && !tender.cardUnknown
                text: pad.text.length ? qsTr("Card %1").arg(pad.text)
                                      : (tender.refunding ? qsTr("Refund to card") : qsTr("Card, whole amount"))
                font.pixelSize: Theme.fontBody
                onClicked: { tender.payCard(pad.text); pad.text = "" }
            }
            // The customer's loyalty card is on the sale: pay with points (online only).
            Button {
                objectName: "pointsButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                visible: Customers.onSale && !tender.refunding
                enabled: !tender.cardBusy && !tender.cardUnknown
                text: pad.text.length ? qsTr("Points worth %1").arg(pad.text) : qsTr("Points (%1)").arg(Customers.points)
                font.pixelSize: Theme.fontBody
                onClicked: { Customers.payWithPoints(pad.text); pad.text = "" }
            }
            Label {
                objectName: "pointsMessage"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: Customers.onSale && Customers.problem && Customers.message.length > 0
                text: Customers.message
                wrapMode: Text.WordWrap
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
