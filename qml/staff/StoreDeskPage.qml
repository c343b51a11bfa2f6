// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// The store desk: serve a customer across channels (their card, points, web and app orders,
// collect one here, return one here), and the holds and requests made at this terminal with
// what the central service made of them.
Item {
    id: page

    signal back()

    Component.onCompleted: StockDesk.refresh()
    Timer {
        // Holds expire and requests move on at the central service: keep the lists current.
        running: tabs.currentIndex === 1
        interval: 10000
        repeat: true
        onTriggered: StockDesk.refresh()
    }

    PageHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap }
        title: qsTr("Store desk")
        onBack: page.back()
    }
    TabBar {
        id: tabs
        anchors { left: parent.left; right: parent.right; top: header.bottom; margins: Theme.gap }
        TabButton {
            objectName: "customerTab"
            text: qsTr("Customer")
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touch
        }
        TabButton {
            objectName: "holdsTab"
            text: qsTr("Holds and requests")
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touch
            onClicked: StockDesk.refresh()
        }
    }
    StackLayout {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; top: tabs.bottom; margins: Theme.gap }
        currentIndex: tabs.currentIndex

        CustomerPanel {}

        ColumnLayout {
            spacing: Theme.gap / 2
            Label {
                objectName: "stockDeskMessage"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: StockDesk.message.length > 0
                text: StockDesk.message
                wrapMode: Text.WordWrap
                color: StockDesk.problem ? Theme.danger : Theme.ok
                font.pixelSize: Theme.fontSmall
            }
            Label {
                textFormat: Text.PlainText
                text: StockDesk.holds.length > 0 ? qsTr("Active holds") : qsTr("No active holds")
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Repeater {
                model: StockDesk.holds
                delegate: RowLayout {
                    id: hold
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Label {
                        objectName: "holdRow"
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: qsTr("%1 × %2 for %3, until %4 (%5)").arg(Number(hold.modelData.quantity)).arg(String(hold.modelData.productName))
                              .arg(String(hold.modelData.forWhom)).arg(String(hold.modelData.untilText)).arg(String(hold.modelData.stateText))
                        font.pixelSize: Theme.fontSmall
                    }
                    Button {
                        text: qsTr("Sold")
                        implicitHeight: Theme.touch - 8
                        font.pixelSize: Theme.fontSmall
                        onClicked: StockDesk.release(String(hold.modelData.id), true)
                    }
                    Button {
                        objectName: "releaseHold"
                        text: qsTr("Cancel hold")
                        implicitHeight: Theme.touch - 8
                        font.pixelSize: Theme.fontSmall
                        onClicked: StockDesk.release(String(hold.modelData.id), false)
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.topMargin: Theme.gap
                text: qsTr("Orders, counts and web actions made here")
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            ListView {
                objectName: "requestList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: StockDesk.requests
                delegate: ColumnLayout {
                    id: request
                    required property var modelData
                    width: ListView.view.width
                    spacing: 0
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: qsTr("%1 · %2 · %3 %4 · %5").arg(String(request.modelData.whenText)).arg(String(request.modelData.kindText))
                              .arg(String(request.modelData.productName)).arg(String(request.modelData.detail))
                              .arg(String(request.modelData.stateText))
                        font.pixelSize: Theme.fontSmall
                        color: request.modelData.refused ? Theme.danger : Theme.ink
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        visible: request.modelData.refused === true
                        wrapMode: Text.WordWrap
                        text: String(request.modelData.reason)
                        font.pixelSize: Theme.fontSmall - 2
                        color: Theme.danger
                    }
                }
            }
        }
    }
}
