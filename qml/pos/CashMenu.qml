// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Cash and reports: cash in / out, open the drawer without a sale, X report, receipts of the
// day (reprint as a copy), and the Z report with a blind count (the expected amount is never
// shown to the person counting).
Popup {
    id: menu

    objectName: "cashMenu"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 1000
    height: 680
    padding: Theme.gap * 1.5

    required property ValueDialog valueDialog
    required property CashController cash

    onOpened: { menu.cash.begin(); tabs.currentIndex = 0; blind.reset() }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { text: qsTr("Cash"); implicitHeight: Theme.touch }
            TabButton { text: qsTr("Receipts"); implicitHeight: Theme.touch }
            TabButton { objectName: "closeDayTab"; text: qsTr("Close the day"); implicitHeight: Theme.touch }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            GridLayout {
                columns: 2
                rowSpacing: Theme.gap
                columnSpacing: Theme.gap
                Button {
                    Layout.fillWidth: true; implicitHeight: Theme.touch * 1.5
                    text: qsTr("Cash in"); font.pixelSize: Theme.fontBody
                    onClicked: menu.valueDialog.ask(qsTr("Cash in"), qsTr("Cash put into the drawer"), true, true,
                                                    function(v, r) { return menu.cash.cashMovement("cash_in", v, r) })
                }
                Button {
                    Layout.fillWidth: true; implicitHeight: Theme.touch * 1.5
                    text: qsTr("Cash out"); font.pixelSize: Theme.fontBody
                    onClicked: menu.valueDialog.ask(qsTr("Cash out"), qsTr("Cash taken from the drawer (bank, safe, petty cash)"), true, true,
                                                    function(v, r) { return menu.cash.cashMovement("cash_out", v, r) })
                }
                Button {
                    Layout.fillWidth: true; implicitHeight: Theme.touch * 1.5
                    text: qsTr("Open drawer (no sale)"); font.pixelSize: Theme.fontBody
                    onClicked: menu.cash.noSale(qsTr("no sale"))
                }
                Button {
                    objectName: "xReportButton"
                    Layout.fillWidth: true; implicitHeight: Theme.touch * 1.5
                    text: qsTr("Print X report"); font.pixelSize: Theme.fontBody
                    onClicked: menu.cash.xReport()
                }
                Item { Layout.fillHeight: true }
            }

            ListView {
                clip: true
                model: menu.cash.recentSales
                delegate: RowLayout {
                    id: sale
                    required property var modelData
                    width: ListView.view.width
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: qsTr("%1 · receipt %2 · %3 · %4").arg(sale.modelData.time).arg(sale.modelData.receiptNo)
                              .arg(sale.modelData.kind).arg(sale.modelData.total)
                        font.pixelSize: Theme.fontBody
                    }
                    Button {
                        text: qsTr("Reprint (copy)")
                        implicitHeight: Theme.touch
                        onClicked: menu.cash.reprint(sale.modelData.saleId)
                    }
                }
            }

            ColumnLayout {
                spacing: Theme.gap
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Count the drawer. The till compares your count with what it expects only after you confirm.")
                    font.pixelSize: Theme.fontBody
                }
                DenominationCount {
                    id: blind
                    objectName: "blindCount"
                    Layout.fillWidth: true
                    showTotal: false
                    cash: menu.cash
                }
                Item { Layout.fillHeight: true }
                Button {
                    objectName: "zReportButton"
                    text: qsTr("Close the day and print the Z report")
                    highlighted: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    onClicked: menu.cash.zReport(blind.counts)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "cashMessage"
            visible: menu.cash.message.length > 0
            text: menu.cash.message
            textFormat: Text.PlainText
            color: menu.cash.messageIsProblem ? Theme.danger : Theme.ok
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
        }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            implicitHeight: Theme.touch
            onClicked: menu.close()
        }
    }
}
