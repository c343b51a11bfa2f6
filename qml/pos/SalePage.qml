// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// The till: the ticket on the left (always the newest line in view), search and actions on the
// right, the total and PAY at the bottom. Keyboard: F2 search, F4 pay, F6 quantity, F7 discount,
// F8 void line, F9 park, F10 return, F12 cash menu.
Item {
    id: page

    required property CashController cash

    focus: true

    TicketController {
        id: ticketCtl
        till: Terminal.till
        onScanRejected: (code, message) => {
            if (code.length >= 3) { search.text = ""; search.forceActiveFocus() }
        }
        onTicketChanged: {
            if (ticket.count > 0 && ticket.currentIndex >= ticket.count)
                ticket.currentIndex = ticket.count - 1
        }
    }

    /// A scan from the scanner or a keyboard wedge.
    function scanned(code: string) {
        if (returns.visible)
            returns.scanned(code)
        else if (customerDialog.visible)
            return // the customer panel reads the card itself
        else if (Customers.isLoyaltyCard(code)) {
            // A loyalty card, not a product: find the customer and offer to put it on the sale.
            customerDialog.open()
            Customers.find(code)
        } else if (!tender.visible)
            ticketCtl.scan(code)
    }
    function showProblem(text: string) { problem.text = text }
    function say(result: string) { problem.text = result }

    // The tapped line, else the newest one (what a cashier means after a scan). A function, read
    // when an action runs, not a binding that could lag behind the list.
    function selected(): int { return ticket.currentIndex >= 0 ? ticket.currentIndex : ticket.count - 1 }

    function needLine(): bool {
        if (page.selected() < 0) { page.say(qsTr("Tap a line first")); return false }
        return true
    }
    function askQuantity() {
        if (!page.needLine()) return
        const row = page.selected()
        values.ask(qsTr("Quantity"), "", false, false, function(v, r) { return ticketCtl.setQuantity(row, v) })
    }
    function askDiscount() {
        if (!page.needLine()) return
        const row = page.selected()
        values.ask(qsTr("Line discount %"), qsTr("0 removes the discount"), true, true,
                   function(v, r) { return ticketCtl.lineDiscount(row, v, r) })
    }
    function askVoid() {
        if (!page.needLine()) return
        page.say(ticketCtl.voidLine(page.selected()))
    }

    Keys.onPressed: (event) => {
        switch (event.key) {
        case Qt.Key_F2: search.forceActiveFocus(); break
        case Qt.Key_F4: if (!ticketCtl.empty) tender.open(); break
        case Qt.Key_F6: page.askQuantity(); break
        case Qt.Key_F7: page.askDiscount(); break
        case Qt.Key_F8: page.askVoid(); break
        case Qt.Key_F9: page.say(ticketCtl.park()); break
        case Qt.Key_F10: returns.open(); break
        case Qt.Key_F12: cashMenu.open(); break
        default: return
        }
        event.accepted = true
    }

    ProductLookupModel {
        id: results
        catalog: Terminal.catalog
        limit: 30
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // who, the ticket's customer, and what needs attention (never a popup storm)
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 44
            color: Theme.surface
            RowLayout {
                anchors { fill: parent; leftMargin: Theme.gap; rightMargin: Theme.gap }
                spacing: Theme.gap
                Label {
                    objectName: "cashierLabel"
                    text: qsTr("%1 (%2)").arg(Staff.name).arg(Staff.roleText)
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                }
                Label {
                    visible: ticketCtl.customer.length > 0
                    text: qsTr("Customer: %1").arg(ticketCtl.customer)
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    textFormat: Text.PlainText
                    visible: ticketCtl.drawerOpen
                    text: qsTr("Drawer open")
                    color: Theme.warn
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "lastSaleText"
                    textFormat: Text.PlainText
                    text: ticketCtl.lastSaleText
                    color: Theme.ok
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    text: qsTr("Sign out")
                    font.pixelSize: Theme.fontSmall
                    onClicked: Staff.signOut()
                }
            }
        }
        Banner {
            objectName: "printerBanner"
            Layout.fillWidth: true
            visible: ticketCtl.printerProblem.length > 0
            text: ticketCtl.printerProblem
        }
        Repeater {
            model: ticketCtl.unprinted
            delegate: Banner {
                id: unprintedBanner
                required property var modelData
                Layout.fillWidth: true
                tone: Theme.accent
                text: qsTr("Receipt %1 was saved but never printed. Tap to print it (the sale is not rung again).").arg(unprintedBanner.modelData.receiptNo)
                TapHandler { onTapped: page.say(ticketCtl.printUnprinted(unprintedBanner.modelData.saleId)) }
            }
        }
        Banner {
            id: problemBanner
            objectName: "problemBanner"
            Layout.fillWidth: true
            visible: text.length > 0
            tone: Theme.danger
            // What went wrong last: an action's answer here, or what the till said (a refused
            // scan, a failed save). Cleared when the next line makes it, when the sale
            // completes, or with a tap.
            text: problem.text.length > 0 ? problem.text : (ticketCtl.messageIsProblem ? ticketCtl.message : "")
            TapHandler { onTapped: { problem.text = ""; ticketCtl.clearMessage() } }
            QtObject { id: problem; property string text: "" }
            Connections {
                target: ticketCtl
                function onMessageChanged() { if (!ticketCtl.messageIsProblem) problem.text = "" }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.gap
            spacing: Theme.gap

            // ---- the ticket
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.line

                ColumnLayout {
                    anchors { fill: parent; margins: Theme.gap / 2 }
                    spacing: 0
                    ListView {
                        id: ticket
                        objectName: "ticket"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: ticketCtl.lines
                        currentIndex: -1
                        onCountChanged: { currentIndex = count - 1; positionViewAtEnd() }
                        delegate: ItemDelegate {
                            id: line
                            required property int index
                            required property string name
                            required property string quantity
                            required property string price
                            required property string amount
                            required property string note
                            required property bool isReturn
                            width: ListView.view.width
                            height: 64
                            highlighted: ListView.isCurrentItem
                            onClicked: line.ListView.view.currentIndex = line.index
                            contentItem: RowLayout {
                                spacing: Theme.gap
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Label {
                                        Layout.fillWidth: true
                                        text: line.name
                                        textFormat: Text.PlainText
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontBody
                                        color: line.isReturn ? Theme.danger : Theme.ink
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: line.note.length ? line.quantity + " × " + line.price + " · " + line.note
                                                               : line.quantity + " × " + line.price
                                        textFormat: Text.PlainText
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.muted
                                    }
                                }
                                Label {
                                    textFormat: Text.PlainText
                                    text: line.amount
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    color: line.isReturn ? Theme.danger : Theme.ink
                                }
                            }
                        }
                        Label {
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            visible: ticket.count === 0
                            text: qsTr("Scan an item or search on the right")
                            color: Theme.muted
                            font.pixelSize: Theme.fontBody
                        }
                    }
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.line }
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.gap / 2
                        Label {
                            textFormat: Text.PlainText
                            visible: !ticketCtl.discounts.isZero
                            text: qsTr("Discounts %1").arg(ticketCtl.discounts.text)
                            color: Theme.ok
                            font.pixelSize: Theme.fontBody
                        }
                        Item { Layout.fillWidth: true }
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Total")
                            font.pixelSize: Theme.fontTitle
                        }
                        Label {
                            objectName: "totalText"
                            textFormat: Text.PlainText
                            text: ticketCtl.total.text
                            font.pixelSize: Theme.fontHuge
                            font.bold: true
                        }
                    }
                }
            }

            // ---- search and actions
            ColumnLayout {
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                Layout.fillWidth: true
                spacing: Theme.gap / 2

                TextField {
                    id: search
                    objectName: "searchField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search name or code (F2)")
                    maximumLength: 100
                    font.pixelSize: Theme.fontBody
                    onTextEdited: results.query = text
                    onAccepted: {
                        // A typed code goes straight to the ticket (the rule is the model's).
                        if (results.isCode(text)) { ticketCtl.scan(text); text = ""; results.query = "" }
                    }
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: results
                    visible: search.text.length > 0
                    delegate: ItemDelegate {
                        id: hit
                        required property string name
                        required property string barcode
                        required property string priceText
                        required property bool weighed
                        width: ListView.view.width
                        contentItem: Label {
                            text: hit.name + "  ·  " + hit.priceText
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                        }
                        onClicked: {
                            if (hit.weighed)
                                values.ask(qsTr("Weight of %1").arg(hit.name), qsTr("kg, e.g. 0.750"), true, false,
                                           function(v, r) { return ticketCtl.addWeighed(hit.barcode, v) })
                            else
                                ticketCtl.scan(hit.barcode)
                            search.text = ""
                            results.query = ""
                            page.forceActiveFocus()
                        }
                    }
                }
                GridLayout {
                    Layout.fillWidth: true
                    visible: search.text.length === 0
                    columns: 3
                    rowSpacing: Theme.gap / 2
                    columnSpacing: Theme.gap / 2
                    component Action: Button {
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touch
                        font.pixelSize: Theme.fontSmall
                        focusPolicy: Qt.NoFocus
                    }
                    Action { text: qsTr("Quantity\nF6"); onClicked: page.askQuantity() }
                    Action { text: qsTr("Discount\nF7"); onClicked: page.askDiscount() }
                    Action {
                        text: qsTr("Price")
                        onClicked: {
                            if (!page.needLine()) return
                            const row = page.selected()
                            values.ask(qsTr("New price"), qsTr("Needs a supervisor"), true, true,
                                       function(v, r) { return ticketCtl.overridePrice(row, v, r) })
                        }
                    }
                    Action { objectName: "voidLineButton"; text: qsTr("Void line\nF8"); onClicked: page.askVoid() }
                    Action {
                        text: qsTr("Ticket discount")
                        onClicked: values.ask(qsTr("Discount on the whole ticket %"), qsTr("0 removes it"), true, true,
                                              function(v, r) { return ticketCtl.receiptDiscount(v, r) })
                    }
                    Action {
                        objectName: "customerButton"
                        text: qsTr("Customer")
                        onClicked: customerDialog.open()
                    }
                    Action { objectName: "parkButton"; text: qsTr("Park\nF9"); enabled: !ticketCtl.empty; onClicked: page.say(ticketCtl.park()) }
                    Action { text: qsTr("Parked (%1)").arg(ticketCtl.parked.length); enabled: ticketCtl.parked.length > 0; onClicked: parkedList.open() }
                    Action { objectName: "returnButton"; text: qsTr("Return\nF10"); onClicked: returns.open() }
                    Action { text: qsTr("Void sale"); enabled: !ticketCtl.empty; onClicked: page.say(ticketCtl.voidSale()) }
                    Action { objectName: "cashMenuButton"; text: qsTr("Cash · reports\nF12"); onClicked: cashMenu.open() }
                    Action { text: qsTr("Help"); onClicked: page.say(qsTr("F2 search · F4 pay · F6 quantity · F7 discount · F8 void line · F9 park · F10 return · F12 cash")) }
                }
                Item { Layout.fillHeight: search.text.length === 0 }
                Button {
                    objectName: "payButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch * 1.5
                    enabled: !ticketCtl.empty
                    highlighted: true
                    text: ticketCtl.refunding ? qsTr("PAY BACK %1  (F4)").arg(ticketCtl.due.text) : qsTr("PAY %1  (F4)").arg(ticketCtl.due.text)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    onClicked: tender.open()
                }
            }
        }
    }

    ValueDialog { id: values }
    TenderDialog { id: tender }
    ReturnDialog { id: returns }
    CashMenu { id: cashMenu; valueDialog: values; cash: page.cash }

    Popup {
        id: parkedList
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 600
        padding: Theme.gap
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Parked tickets"); font.pixelSize: Theme.fontTitle; font.bold: true }
            Repeater {
                model: ticketCtl.parked
                delegate: TextButton {
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    text: modelData.time + " · " + modelData.label
                    onClicked: { page.say(ticketCtl.resume(modelData.slot)); parkedList.close() }
                }
            }
        }
    }

    // Identify the customer live at the central service and put their loyalty card on the sale:
    // it earns points, and they can pay with points.
    Popup {
        id: customerDialog
        objectName: "customerDialog"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 640
        height: 560
        padding: Theme.gap
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.gap / 2
            Label {
                textFormat: Text.PlainText
                text: qsTr("Customer")
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            CustomerPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                compact: true
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Close")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    onClicked: customerDialog.close()
                }
                Button {
                    objectName: "putOnSale"
                    enabled: Customers.hasCustomer
                    highlighted: true
                    text: qsTr("Card on this sale")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    onClicked: {
                        if (Customers.putOnSale())
                            customerDialog.close()
                    }
                }
            }
        }
    }
}
