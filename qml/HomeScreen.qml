// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// The start screen: one large tile per role.
Item {
    id: home

    signal cashierChosen()
    signal stockChosen()
    signal devicesChosen()
    signal collectChosen()
    signal ordersChosen()
    signal storeDeskChosen()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, 1100)
        spacing: Theme.gap * 2

        Label {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignHCenter
            text: Terminal.storeName
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: Theme.ink
        }
        Label {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Scan any product to check its price and stock")
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap * 2

            RoleTile {
                objectName: "cashierTile"
                Layout.fillWidth: true
                title: qsTr("Cashier")
                subtitle: qsTr("Ring up sales, returns, cash drawer")
                glyph: "€"
                note: Staff.signedIn ? qsTr("%1 is signed in").arg(Staff.name) : qsTr("Staff PIN or badge")
                onClicked: home.cashierChosen()
            }
            RoleTile {
                objectName: "collectTile"
                Layout.fillWidth: true
                title: qsTr("Collect an order")
                subtitle: qsTr("Scan or type your pickup code")
                glyph: "⊡"
                onClicked: home.collectChosen()
            }
            RoleTile {
                objectName: "stockTile"
                Layout.fillWidth: true
                title: qsTr("Stock")
                subtitle: qsTr("Price and stock here, in other stores and the warehouse")
                glyph: "▤"
                note: qsTr("%L1 products").arg(Terminal.productCount)
                onClicked: home.stockChosen()
            }
        }
    }

    // The customer's language: it holds while they use the terminal and falls back to the
    // store's when they leave. Signed-in staff see their own language instead.
    LanguagePicker {
        objectName: "customerLanguages"
        anchors { horizontalCenter: parent.horizontalCenter; top: parent.top; topMargin: Theme.gap }
        visible: !Staff.signedIn
    }

    Button {
        objectName: "storeDeskButton"
        anchors { right: ordersButton.left; bottom: parent.bottom; margins: Theme.gap }
        text: qsTr("Store desk")
        font.pixelSize: Theme.fontSmall
        implicitHeight: Theme.touch
        onClicked: home.storeDeskChosen()
    }

    Button {
        id: ordersButton
        objectName: "ordersButton"
        anchors { right: devicesButton.left; bottom: parent.bottom; margins: Theme.gap }
        text: qsTr("Orders")
        font.pixelSize: Theme.fontSmall
        implicitHeight: Theme.touch
        onClicked: home.ordersChosen()
    }

    Button {
        id: devicesButton
        objectName: "devicesButton"
        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.gap }
        text: qsTr("Devices")
        font.pixelSize: Theme.fontSmall
        implicitHeight: Theme.touch
        onClicked: home.devicesChosen()
    }
}
