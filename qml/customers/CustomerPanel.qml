// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Identify a customer (scan the loyalty card, or type a phone number or an e-mail address) live
// at the central service; their card, points and web and app orders; an order opened by number
// or from the list, to collect here or return here. `compact`: only identify and the card (the
// till puts the card on the sale).
Item {
    id: panel

    property bool compact: false
    // Maps from C++ (QVariantMap): read through var properties.
    readonly property var customer: Customers.customer
    readonly property var order: Customers.order
    /// Line number (text) → quantity to return, for the order opened.
    property var returning: ({})

    function lookup(text: string) {
        panel.returning = {}
        Customers.find(text)
    }

    Connections {
        target: Scanner
        enabled: panel.visible
        function onScanned(code: string) { panel.lookup(code) }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            spacing: Theme.gap / 2

            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: who
                    objectName: "customerQuery"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    maximumLength: 254
                    placeholderText: qsTr("Scan the loyalty card, or type phone or e-mail")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onAccepted: panel.lookup(text)
                }
                Button {
                    objectName: "customerFind"
                    text: qsTr("Find")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    onClicked: panel.lookup(who.text)
                }
            }
            Label {
                objectName: "customerMessage"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: Customers.message.length > 0
                text: Customers.message
                wrapMode: Text.WordWrap
                color: Customers.problem ? Theme.danger : Theme.ok
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                model: Customers.matches
                delegate: Button {
                    id: match
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    text: qsTr("%1 · %2").arg(String(match.modelData.name)).arg(String(match.modelData.contacts))
                    font.pixelSize: Theme.fontSmall
                    onClicked: Customers.choose(Number(match.modelData.index))
                }
            }
            Rectangle {
                objectName: "customerCard"
                Layout.fillWidth: true
                implicitHeight: card.implicitHeight + Theme.gap
                visible: panel.customer.name !== undefined
                radius: Theme.radius
                color: "#eef5ee"
                border.color: Theme.line
                ColumnLayout {
                    id: card
                    anchors { fill: parent; margins: Theme.gap / 2 }
                    spacing: 2
                    Label {
                        objectName: "customerName"
                        textFormat: Text.PlainText
                        text: String(panel.customer.name ?? "")
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.ink
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: qsTr("Card %1 · %2").arg(String(panel.customer.loyaltyId ?? "")).arg(String(panel.customer.contacts ?? ""))
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    Label {
                        objectName: "customerPoints"
                        textFormat: Text.PlainText
                        text: String(panel.customer.pointsText ?? "")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.ok
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        visible: text.length > 0
                        wrapMode: Text.WordWrap
                        text: [String(panel.customer.storeCreditText ?? ""), String(panel.customer.promotions ?? "")]
                              .filter(s => s.length > 0).join(" · ")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.ink
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: !panel.compact
                TextField {
                    id: orderNumber
                    objectName: "webOrderNumber"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    maximumLength: 32
                    placeholderText: qsTr("Web order number, e.g. W200001")
                    onAccepted: Customers.openOrder(text)
                }
                Button {
                    objectName: "webOrderOpen"
                    text: qsTr("Open")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    onClicked: Customers.openOrder(orderNumber.text)
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: !panel.compact && Customers.orders.length > 0
                text: qsTr("Orders in every channel")
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            ListView {
                objectName: "customerOrders"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !panel.compact
                clip: true
                spacing: 4
                model: Customers.orders
                delegate: ItemDelegate {
                    id: orderRow
                    required property var modelData
                    width: ListView.view.width
                    implicitHeight: Theme.touch
                    text: qsTr("%1 · %2 · %3 · %4 · %5").arg(String(orderRow.modelData.number)).arg(String(orderRow.modelData.channelText))
                          .arg(String(orderRow.modelData.createdText)).arg(String(orderRow.modelData.statusText))
                          .arg(String(orderRow.modelData.totalText))
                    font.pixelSize: Theme.fontSmall
                    onClicked: {
                        panel.returning = {}
                        Customers.openOrder(String(orderRow.modelData.number))
                    }
                }
            }
            Item { Layout.fillHeight: true; visible: panel.compact }
        }

        // The order opened.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            visible: !panel.compact
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.line

            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.gap
                visible: panel.order.number === undefined
                textFormat: Text.PlainText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Open an order by its number or from the customer's list to collect it here or return it here.")
                color: Theme.muted
                font.pixelSize: Theme.fontBody
            }
            ColumnLayout {
                anchors { fill: parent; margins: Theme.gap / 2 }
                visible: panel.order.number !== undefined
                spacing: 4
                Label {
                    objectName: "orderTitle"
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("%1 · %2 · %3").arg(String(panel.order.number ?? "")).arg(String(panel.order.channelText ?? ""))
                          .arg(String(panel.order.statusText ?? ""))
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("%1 · paid %2 (%3)").arg(String(panel.order.deliveryText ?? "")).arg(String(panel.order.totalText ?? ""))
                          .arg((panel.order.payments ?? []).join(", "))
                    font.pixelSize: Theme.fontSmall - 2
                    color: Theme.muted
                }
                Repeater {
                    model: panel.order.lines ?? []
                    delegate: RowLayout {
                        id: line
                        required property var modelData
                        Layout.fillWidth: true
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: qsTr("%1 × %2 (%3)").arg(Number(line.modelData.quantity)).arg(String(line.modelData.name))
                                  .arg(String(line.modelData.amountText))
                            font.pixelSize: Theme.fontSmall
                        }
                        Label {
                            textFormat: Text.PlainText
                            visible: Number(line.modelData.returned) > 0
                            text: qsTr("%1 returned").arg(Number(line.modelData.returned))
                            font.pixelSize: Theme.fontSmall - 2
                            color: Theme.muted
                        }
                        SpinBox {
                            objectName: "returnQuantity"
                            visible: panel.order.canReturn === true && Number(line.modelData.returnable) > 0
                            from: 0
                            to: Number(line.modelData.returnable)
                            implicitHeight: Theme.touch - 12
                            font.pixelSize: Theme.fontSmall
                            onValueModified: {
                                const r = Object.assign({}, panel.returning)
                                r[String(line.modelData.lineNo)] = value
                                panel.returning = r
                            }
                        }
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: (panel.order.history ?? []).length > 0
                    wrapMode: Text.WordWrap
                    text: (panel.order.history ?? []).join("\n")
                    font.pixelSize: Theme.fontSmall - 4
                    color: Theme.muted
                }
                Item { Layout.fillHeight: true }
                RowLayout {
                    Layout.fillWidth: true
                    visible: panel.order.canReturn === true
                    ComboBox {
                        id: method
                        objectName: "refundMethod"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touch
                        model: Customers.refundMethods
                        textRole: "text"
                        valueRole: "method"
                        font.pixelSize: Theme.fontSmall
                    }
                    Button {
                        objectName: "webReturn"
                        readonly property string refund: Customers.refundText(panel.returning)
                        enabled: refund.length > 0
                        text: refund.length > 0 ? qsTr("Return, refund %1").arg(refund) : qsTr("Return")
                        implicitHeight: Theme.touch
                        font.pixelSize: Theme.fontSmall
                        onClicked: {
                            if (Customers.returnOrder(panel.returning, String(method.currentValue)))
                                panel.returning = {}
                        }
                    }
                }
                Button {
                    objectName: "collectHere"
                    Layout.fillWidth: true
                    visible: panel.order.canCollectHere === true
                    text: qsTr("Collect in this store instead")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    onClicked: Customers.collectHere()
                }
            }
        }
    }
}
