// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Hold an item here for a customer, order it from another location to this store or to the
// customer's home, or count it here. StockDesk checks everything again and sends the event; the
// central service decides (a count against a changed row is refused and shown on the Store desk).
Popup {
    id: dialog

    property string mode: "hold" // hold, order, count
    property int productId: 0
    property string productName: ""
    property int availableHere: 0
    property int onHandHere: 0
    property real versionHere: 0
    /// Other locations with stock: [{id, name, available}]
    property var sources: []
    property string error: ""

    signal done()

    function start(what: string) {
        dialog.mode = what
        dialog.error = ""
        quantity.value = what === "count" ? Math.max(0, dialog.onHandHere) : 1
        forWhom.text = ""
        hours.value = Math.min(24, StockDesk.maxHoldHours)
        customerName.text = ""
        phone.text = ""
        email.text = ""
        address.text = ""
        toHome.checked = false
        source.currentIndex = dialog.sources.length > 0 ? 0 : -1
        dialog.open()
    }

    function submit() {
        let ok = false
        if (dialog.mode === "hold") {
            ok = StockDesk.hold(dialog.productId, dialog.productName, quantity.value, dialog.availableHere, forWhom.text, hours.value)
        } else if (dialog.mode === "order") {
            const from = source.currentIndex >= 0 ? dialog.sources[source.currentIndex] : null
            ok = StockDesk.orderFrom(dialog.productId, dialog.productName, quantity.value, from ? from.id : "",
                                     from ? from.available : 0, toHome.checked, customerName.text, phone.text, email.text,
                                     address.text)
        } else {
            ok = StockDesk.count(dialog.productId, dialog.productName, quantity.value, dialog.versionHere)
        }
        if (ok) {
            dialog.close()
            dialog.done()
        } else {
            dialog.error = StockDesk.message
        }
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 640
    padding: Theme.gap * 1.5

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        Label {
            objectName: "stockActionTitle"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: dialog.mode === "hold" ? qsTr("Hold %1 for a customer").arg(dialog.productName)
                : dialog.mode === "order" ? qsTr("Order %1 from another location").arg(dialog.productName)
                : qsTr("Count %1 here").arg(dialog.productName)
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: dialog.mode === "hold" ? qsTr("Available here: %1. The hold lowers it at once, here and for the web shop.").arg(dialog.availableHere)
                : dialog.mode === "order" ? qsTr("The request goes through the central service (queued while offline). Sent to this store, it becomes a click-and-collect order when it arrives.")
                : qsTr("The system shows %1 on hand. Count every piece on the shelf and in the back room and enter the total.").arg(dialog.onHandHere)
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
        }

        GridLayout {
            columns: 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap / 2
            Layout.fillWidth: true

            Label {
                textFormat: Text.PlainText
                text: dialog.mode === "count" ? qsTr("Counted") : qsTr("Quantity")
                font.pixelSize: Theme.fontBody
            }
            SpinBox {
                id: quantity
                objectName: "actionQuantity"
                from: dialog.mode === "count" ? 0 : 1
                to: dialog.mode === "count" ? 1000000 : 1000
                editable: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }

            Label {
                textFormat: Text.PlainText
                visible: dialog.mode === "hold"
                text: qsTr("For")
                font.pixelSize: Theme.fontBody
            }
            TextField {
                id: forWhom
                objectName: "holdFor"
                visible: dialog.mode === "hold"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                maximumLength: 64
                placeholderText: qsTr("Customer's name, for the shelf label")
                font.pixelSize: Theme.fontBody
            }
            Label {
                textFormat: Text.PlainText
                visible: dialog.mode === "hold"
                text: qsTr("Hours")
                font.pixelSize: Theme.fontBody
            }
            SpinBox {
                id: hours
                objectName: "holdHours"
                visible: dialog.mode === "hold"
                from: 1
                to: StockDesk.maxHoldHours
                editable: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
            }

            Label {
                textFormat: Text.PlainText
                visible: dialog.mode === "order"
                text: qsTr("From")
                font.pixelSize: Theme.fontBody
            }
            ComboBox {
                id: source
                objectName: "orderSource"
                visible: dialog.mode === "order"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                model: dialog.sources
                textRole: "label"
                font.pixelSize: Theme.fontBody
            }
            Label {
                textFormat: Text.PlainText
                visible: dialog.mode === "order"
                text: qsTr("To")
                font.pixelSize: Theme.fontBody
            }
            RowLayout {
                visible: dialog.mode === "order"
                RadioButton {
                    objectName: "toStore"
                    text: qsTr("This store")
                    checked: !toHome.checked
                    font.pixelSize: Theme.fontBody
                    onClicked: toHome.checked = false
                }
                RadioButton {
                    id: toHome
                    objectName: "toHome"
                    text: qsTr("The customer's home")
                    font.pixelSize: Theme.fontBody
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: dialog.mode === "order"
                text: qsTr("Customer")
                font.pixelSize: Theme.fontBody
            }
            TextField {
                id: customerName
                objectName: "orderName"
                visible: dialog.mode === "order"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                maximumLength: 64
                placeholderText: qsTr("Name")
                font.pixelSize: Theme.fontBody
            }
            Label {
                textFormat: Text.PlainText
                visible: dialog.mode === "order"
                text: qsTr("Phone")
                font.pixelSize: Theme.fontBody
            }
            TextField {
                id: phone
                objectName: "orderPhone"
                visible: dialog.mode === "order"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                maximumLength: 24
                inputMethodHints: Qt.ImhDialableCharactersOnly
                font.pixelSize: Theme.fontBody
            }
            Label {
                textFormat: Text.PlainText
                visible: dialog.mode === "order"
                text: qsTr("E-mail")
                font.pixelSize: Theme.fontBody
            }
            TextField {
                id: email
                objectName: "orderEmail"
                visible: dialog.mode === "order"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                maximumLength: 254
                inputMethodHints: Qt.ImhEmailCharactersOnly
                font.pixelSize: Theme.fontBody
            }
            Label {
                textFormat: Text.PlainText
                visible: dialog.mode === "order" && toHome.checked
                text: qsTr("Address")
                font.pixelSize: Theme.fontBody
            }
            TextField {
                id: address
                objectName: "orderAddress"
                visible: dialog.mode === "order" && toHome.checked
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                maximumLength: 300
                placeholderText: qsTr("Street, number, postcode, city")
                font.pixelSize: Theme.fontBody
            }
        }

        Label {
            objectName: "stockActionError"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: dialog.error.length > 0
            text: dialog.error
            wrapMode: Text.WordWrap
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                onClicked: dialog.close()
            }
            Button {
                objectName: "stockActionOk"
                text: dialog.mode === "hold" ? qsTr("Hold") : dialog.mode === "order" ? qsTr("Order") : qsTr("Send count")
                highlighted: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                onClicked: dialog.submit()
            }
        }
    }
}
