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

    focus: true

    /// A scan from the scanner or a keyboard wedge.
    function scanned(code: string) {
        if (returns.visible)
            returns.scanned(code)
        else if (!tender.visible)
            Pos.scan(code)
    }
    function showProblem(text: string) { problem.text = text }

    // The tapped line, else the newest one (what a cashier means after a scan). A function, read
    // when an action runs, not a binding that could lag behind the list.
    function selected(): int { return ticket.currentIndex >= 0 ? ticket.currentIndex : ticket.count - 1 }

    function needLine(): bool {
        if (page.selected() < 0) { problem.text = qsTr("Tap a line first"); return false }
        return true
    }
    function askQuantity() {
        if (!page.needLine()) return
        const row = page.selected()
        values.ask(qsTr("Quantity"), "", false, false, function(v, r) { return Pos.setQuantity(row, parseInt(v)) })
    }
    function askDiscount() {
        if (!page.needLine()) return
        const row = page.selected()
        values.ask(qsTr("Line discount %"), qsTr("0 removes the discount"), true, true,
                   function(v, r) { return Pos.lineDiscount(row, v, r) })
    }
    function askVoid() {
        if (!page.needLine()) return
        problem.text = Pos.voidLine(page.selected())
    }

    Keys.onPressed: (event) => {
        Pos.touch()
        switch (event.key) {
        case Qt.Key_F2: search.forceActiveFocus(); break
        case Qt.Key_F4: if (!Pos.ticketEmpty) tender.open(); break
        case Qt.Key_F6: page.askQuantity(); break
        case Qt.Key_F7: page.askDiscount(); break
        case Qt.Key_F8: page.askVoid(); break
        case Qt.Key_F9: problem.text = Pos.park(); break
        case Qt.Key_F10: returns.open(); break
        case Qt.Key_F12: cash.open(); break
        default: return
        }
        event.accepted = true
    }

    ProductLookupModel {
        id: results
        catalog: Terminal.catalog
        limit: 30
    }

    Connections {
        target: Pos
        function onScanRejected(code: string, message: string) {
            problem.text = message
            if (code.length >= 3) { search.text = ""; search.forceActiveFocus() }
        }
        function onTicketChanged() {
            if (Pos.lines.count > 0 && ticket.currentIndex >= Pos.lines.count)
                ticket.currentIndex = Pos.lines.count - 1
        }
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
                    text: qsTr("%1 (%2)").arg(Pos.cashierName).arg(Pos.cashierRole)
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                }
                Label {
                    visible: Pos.customer.length > 0
                    text: qsTr("Customer: %1").arg(Pos.customer)
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    visible: Pos.drawerOpen
                    text: qsTr("Drawer open")
                    color: Theme.warn
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                }
                Item { Layout.fillWidth: true }
                Label {
                    text: Pos.lastSaleText
                    color: Theme.ok
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    text: qsTr("Sign out")
                    font.pixelSize: Theme.fontSmall
                    onClicked: Pos.signOut()
                }
            }
        }
        Banner {
            objectName: "printerBanner"
            Layout.fillWidth: true
            visible: Pos.printerProblem.length > 0
            text: Pos.printerProblem
        }
        Repeater {
            model: Pos.unprinted
            delegate: Banner {
                id: unprintedBanner
                required property var modelData
                Layout.fillWidth: true
                tone: Theme.accent
                text: qsTr("Receipt %1 was saved but never printed. Tap to print it (the sale is not rung again).").arg(unprintedBanner.modelData.receiptNo)
                TapHandler { onTapped: problem.text = Pos.printUnprinted(unprintedBanner.modelData.saleId) }
            }
        }
        Banner {
            id: problemBanner
            objectName: "problemBanner"
            Layout.fillWidth: true
            visible: problem.text.length > 0
            tone: Theme.danger
            text: problem.text
            TapHandler { onTapped: problem.text = "" }
            QtObject { id: problem; property string text: "" }
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
                        model: Pos.lines
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
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontBody
                                        color: line.isReturn ? Theme.danger : Theme.ink
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: line.note.length ? line.quantity + " × " + line.price + " · " + line.note
                                                               : line.quantity + " × " + line.price
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.muted
                                    }
                                }
                                Label {
                                    text: line.amount
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    color: line.isReturn ? Theme.danger : Theme.ink
                                }
                            }
                        }
                        Label {
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
                            visible: Pos.discountText.length > 0
                            text: qsTr("Discounts %1").arg(Pos.discountText)
                            color: Theme.ok
                            font.pixelSize: Theme.fontBody
                        }
                        Item { Layout.fillWidth: true }
                        Label {
                            text: qsTr("Total")
                            font.pixelSize: Theme.fontTitle
                        }
                        Label {
                            objectName: "totalText"
                            text: Pos.totalText
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
                    font.pixelSize: Theme.fontBody
                    onTextEdited: results.query = text
                    onAccepted: {
                        // A typed code: straight to the ticket.
                        if (/^[0-9]{6,14}$/.test(text)) { Pos.scan(text); text = ""; results.query = "" }
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
                        required property string unit
                        width: ListView.view.width
                        text: hit.name + "  ·  " + hit.priceText
                        font.pixelSize: Theme.fontSmall
                        onClicked: {
                            if (hit.unit === "kg")
                                values.ask(qsTr("Weight of %1").arg(hit.name), qsTr("kg, e.g. 0.750"), true, false,
                                           function(v, r) { return Pos.addWeighed(hit.barcode, v) })
                            else
                                Pos.scan(hit.barcode)
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
                                       function(v, r) { return Pos.overridePrice(row, v, r) })
                        }
                    }
                    Action { objectName: "voidLineButton"; text: qsTr("Void line\nF8"); onClicked: page.askVoid() }
                    Action {
                        text: qsTr("Ticket discount")
                        onClicked: values.ask(qsTr("Discount on the whole ticket %"), qsTr("0 removes it"), true, true,
                                              function(v, r) { return Pos.receiptDiscount(v, r) })
                    }
                    Action {
                        text: qsTr("Customer")
                        onClicked: { values.ask(qsTr("Customer"), qsTr("Loyalty card number or name"), false, true,
                                                function(v, r) { return Pos.setCustomer(r.length ? r : v) }) ; values.reasonHint = qsTr("Name or card") }
                    }
                    Action { objectName: "parkButton"; text: qsTr("Park\nF9"); enabled: !Pos.ticketEmpty; onClicked: problem.text = Pos.park() }
                    Action { text: qsTr("Parked (%1)").arg(Pos.parked.length); enabled: Pos.parked.length > 0; onClicked: parkedList.open() }
                    Action { objectName: "returnButton"; text: qsTr("Return\nF10"); onClicked: returns.open() }
                    Action { text: qsTr("Void sale"); enabled: !Pos.ticketEmpty; onClicked: problem.text = Pos.voidSale() }
                    Action { objectName: "cashMenuButton"; text: qsTr("Cash · reports\nF12"); onClicked: cash.open() }
                    Action { text: qsTr("Help"); onClicked: problem.text = qsTr("F2 search · F4 pay · F6 quantity · F7 discount · F8 void line · F9 park · F10 return · F12 cash") }
                }
                Item { Layout.fillHeight: search.text.length === 0 }
                Button {
                    objectName: "payButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch * 1.5
                    enabled: !Pos.ticketEmpty
                    highlighted: true
                    text: Pos.refunding ? qsTr("PAY BACK %1  (F4)").arg(Pos.dueText) : qsTr("PAY %1  (F4)").arg(Pos.dueText)
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
    CashMenu { id: cash; valueDialog: values }

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
                model: Pos.parked
                delegate: Button {
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    text: modelData.time + " · " + modelData.label
                    onClicked: { problem.text = Pos.resume(modelData.slot); parkedList.close() }
                }
            }
        }
    }
}
