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

    property string error: ""

    function pay(result: string) { dialog.error = result }

    // Closes by itself when the ticket is done.
    Connections {
        target: Pos
        function onLastSaleChanged() { if (Pos.ticketEmpty) dialog.close() }
    }
    onOpened: { dialog.error = ""; pad.text = ""; pad.forceActiveFocus() }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap * 1.5

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.gap
            Label {
                text: Pos.refunding ? qsTr("Pay back") : qsTr("To pay")
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
            Label {
                objectName: "dueText"
                text: Pos.dueText
                font.pixelSize: Theme.fontHuge
                font.bold: true
                color: Pos.refunding ? Theme.danger : Theme.ink
            }
            Label {
                visible: Pos.cashDueText !== Pos.dueText
                text: qsTr("In cash: %1").arg(Pos.cashDueText)
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                model: Pos.tenders
                delegate: Label {
                    required property var modelData
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
                visible: !Pos.refunding
                Repeater {
                    model: Pos.quickCash
                    delegate: Button {
                        required property var modelData
                        objectName: "quickCash"
                        text: modelData.text
                        implicitHeight: Theme.touch
                        implicitWidth: 150
                        font.pixelSize: Theme.fontBody
                        enabled: !Pos.cardBusy && !Pos.cardUnknown
                        onClicked: dialog.pay(Pos.payCashMinor(modelData.minor))
                    }
                }
            }
            Label {
                visible: Pos.cardBusy
                text: qsTr("Waiting for the card terminal… %1").arg(Pos.message)
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                Layout.fillWidth: true
                visible: dialog.error.length > 0 || (Pos.messageIsProblem && Pos.message.length > 0)
                text: dialog.error.length > 0 ? dialog.error : Pos.message
                color: Theme.danger
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
            }
            RowLayout {
                spacing: Theme.gap / 2
                Button {
                    visible: Pos.cardBusy
                    text: qsTr("Cancel card")
                    implicitHeight: Theme.touch
                    onClicked: Pos.cancelCard()
                }
                Button {
                    objectName: "checkCardButton"
                    visible: Pos.cardUnknown
                    text: qsTr("Check card payment")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: dialog.pay(Pos.checkCard())
                }
                Button {
                    text: qsTr("Back to the basket")
                    implicitHeight: Theme.touch
                    enabled: !Pos.cardBusy
                    onClicked: dialog.close()
                }
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 330
            spacing: Theme.gap / 2
            Label {
                text: pad.text.length ? pad.text : qsTr("Amount")
                font.pixelSize: Theme.fontTitle
                color: pad.text.length ? Theme.ink : Theme.muted
            }
            Keypad {
                id: pad
                objectName: "tenderPad"
                Layout.fillWidth: true
                decimal: true
                okText: Pos.refunding ? qsTr("Pay back in cash") : qsTr("Cash")
                enabled: !Pos.cardBusy && !Pos.cardUnknown
                onAccepted: { dialog.pay(Pos.payCash(pad.text)); pad.text = "" }
            }
            Button {
                objectName: "cardButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                highlighted: true
                enabled: !Pos.cardBusy && !Pos.cardUnknown
                text: pad.text.length ? qsTr("Card %1").arg(pad.text)
                                      : (Pos.refunding ? qsTr("Refund to card") : qsTr("Card, whole amount"))
                font.pixelSize: Theme.fontBody
                onClicked: { dialog.pay(Pos.payCard(pad.text)); pad.text = "" }
            }
        }
    }
}
