// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Staff's click-and-collect orders: by status, searched by number, name or code (or a scanned
// QR), with one order's lines, history and the actions the signed-in person may take.
Item {
    id: page

    signal back()

    readonly property var order: Orders.selected
    readonly property bool hasOrder: page.order.id !== undefined
    readonly property bool orderOpen: hasOrder && page.order.state !== "collected" && page.order.state !== "cancelled"

    Component.onCompleted: Orders.search("")

    Connections {
        target: Scanner
        function onScanned(code: string) { search.text = ""; Orders.search(code) }
    }

    PageHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap }
        title: qsTr("Click-and-collect orders")
        onBack: page.back()
    }

    RowLayout {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; top: header.bottom; margins: Theme.gap }
        spacing: Theme.gap

        ColumnLayout {
            Layout.preferredWidth: page.width * 0.42
            Layout.maximumWidth: page.width * 0.42
            Layout.fillHeight: true
            spacing: Theme.gap / 2
            TextField {
                id: search
                objectName: "ordersSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Order number, name or pickup code")
                font.pixelSize: Theme.fontBody
                onTextEdited: Orders.search(text)
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: [["", qsTr("All")], ["awaiting", qsTr("Awaiting loading")], ["locker", qsTr("Ready in locker")],
                            ["counter", qsTr("Ready at the counter")], ["collected", qsTr("Collected")],
                            ["expired", qsTr("Expired")], ["cancelled", qsTr("Cancelled")]]
                    delegate: Button {
                        required property var modelData
                        objectName: "filter_" + (modelData[0] || "all")
                        text: modelData[1]
                        checkable: true
                        checked: Orders.filter === modelData[0]
                        onClicked: Orders.filter = modelData[0]
                    }
                }
            }
            ListView {
                objectName: "ordersList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Orders.results
                delegate: ItemDelegate {
                    id: orderRow
                    required property var modelData
                    width: ListView.view.width
                    highlighted: page.hasOrder && page.order.id === orderRow.modelData.id
                    contentItem: ColumnLayout {
                        Label {
                            text: "%1 · %2".arg(orderRow.modelData.number).arg(orderRow.modelData.firstName)
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                        Label {
                            text: orderRow.modelData.compartments.length > 0
                                  ? "%1 · %2".arg(orderRow.modelData.stateText).arg(orderRow.modelData.compartments)
                                  : orderRow.modelData.stateText
                            textFormat: Text.PlainText
                            color: orderRow.modelData.exception.length > 0 ? Theme.danger : Theme.muted
                        }
                    }
                    onClicked: Orders.select(modelData.id)
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: page.width * 0.55
            Layout.maximumWidth: page.width * 0.55
            Layout.fillHeight: true
            spacing: Theme.gap / 2
            Label {
                objectName: "ordersMessage"
                Layout.fillWidth: true
                visible: Orders.message.length > 0
                wrapMode: Text.WordWrap
                text: Orders.message
                textFormat: Text.PlainText
                color: Theme.accent
                font.pixelSize: Theme.fontBody
            }
            Label {
                visible: !page.hasOrder
                text: qsTr("Choose an order")
                textFormat: Text.PlainText
                color: Theme.muted
                font.pixelSize: Theme.fontBody
            }
            ColumnLayout {
                visible: page.hasOrder
                Layout.fillWidth: true
                spacing: 6
                Label {
                    objectName: "orderTitle"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: page.hasOrder ? "%1 · %2 · %3".arg(page.order.number).arg(page.order.firstName).arg(page.order.stateText) : ""
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                Label {
                    text: page.hasOrder ? qsTr("Collect until %1 · parcels: %2").arg(page.order.expires).arg(page.order.parcels) : ""
                    textFormat: Text.PlainText
                    color: Theme.muted
                }
                Label {
                    visible: page.hasOrder && page.order.exception.length > 0
                    text: page.hasOrder ? page.order.exception : ""
                    textFormat: Text.PlainText
                    color: Theme.danger
                    font.bold: true
                }
                Repeater {
                    id: lines
                    model: page.hasOrder ? page.order.lines : []
                    delegate: RowLayout {
                        id: lineRow
                        required property var modelData
                        property alias refused: notTaken.value
                        Label {
                            Layout.fillWidth: true
                            text: "%1 × %2".arg(lineRow.modelData.weighed ? lineRow.modelData.quantity + " g" : lineRow.modelData.quantity).arg(lineRow.modelData.name)
                            textFormat: Text.PlainText
                        }
                        Label { text: qsTr("not taken"); color: Theme.muted }
                        SpinBox { id: notTaken; from: 0; to: lineRow.modelData.weighed ? 0 : lineRow.modelData.quantity; editable: false }
                    }
                }
                RowLayout {
                    visible: page.hasOrder && page.order.idCheck
                    Label { text: qsTr("ID checked:") }
                    ComboBox {
                        id: idDocument
                        objectName: "idDocument"
                        model: ["", qsTr("ID card"), qsTr("Passport"), qsTr("Driving licence")]
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 6
                    Button {
                        objectName: "handOver"
                        text: qsTr("Hand over")
                        enabled: page.hasOrder && (page.order.state === "locker" || page.order.state === "counter")
                        onClicked: {
                            const refused = {}
                            for (let i = 0; i < lines.count; ++i) {
                                const row = lines.itemAt(i)
                                if (row.refused > 0)
                                    refused[String(row.modelData.lineNo)] = row.refused
                            }
                            Orders.handOver(page.order.id, refused, idDocument.currentText)
                        }
                    }
                    TextField {
                        id: compartments
                        objectName: "loadCompartments"
                        implicitWidth: 140
                        placeholderText: qsTr("Compartments")
                        visible: page.hasOrder && (page.order.state === "awaiting" || page.order.state === "counter")
                    }
                    CheckBox {
                        id: accessible
                        text: qsTr("Accessible")
                        visible: compartments.visible
                        onToggled: compartments.text = Orders.propose(page.order.parcels, checked).join(",")
                    }
                    Button {
                        objectName: "propose"
                        text: qsTr("Propose")
                        visible: compartments.visible
                        onClicked: compartments.text = Orders.propose(page.order.parcels, accessible.checked).join(",")
                    }
                    Button {
                        objectName: "load"
                        text: qsTr("Open and load")
                        visible: compartments.visible
                        enabled: compartments.text.length > 0
                        onClicked: Orders.load(page.order.id, compartments.text)
                    }
                    Button {
                        objectName: "atCounter"
                        text: qsTr("Keep at the counter")
                        visible: page.hasOrder && page.order.state === "awaiting"
                        onClicked: Orders.readyAtCounter(page.order.id)
                    }
                    Button {
                        objectName: "takeBack"
                        text: qsTr("Take back to stock")
                        visible: page.hasOrder && page.order.state === "expired"
                        onClicked: Orders.takeBack(page.order.id)
                    }
                    Button {
                        objectName: "extend"
                        text: qsTr("Extend 3 days")
                        visible: page.orderOpen && Staff.allows(Permission.ManagePickup)
                        onClicked: Orders.extend(page.order.id, 3)
                    }
                    TextField {
                        id: reason
                        objectName: "reason"
                        implicitWidth: 220
                        placeholderText: qsTr("Reason")
                        visible: page.orderOpen && Staff.allows(Permission.ManagePickup)
                    }
                    Button {
                        objectName: "unlockOrder"
                        text: qsTr("Unlock after wrong codes")
                        visible: page.orderOpen && Staff.allows(Permission.ManagePickup)
                        onClicked: Orders.unlock(page.order.id, reason.text)
                    }
                }
                Label { text: qsTr("History"); font.bold: true }
                Repeater {
                    model: page.hasOrder ? page.order.history : []
                    delegate: Label {
                        required property string modelData
                        text: modelData
                        textFormat: Text.PlainText
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            Item { Layout.fillHeight: true }
            // Any door, with or without an order (a jammed parcel, a door left ajar): supervisors,
            // with a reason, journaled.
            RowLayout {
                visible: Staff.allows(Permission.OpenLockerDoor)
                spacing: 6
                Label { text: qsTr("Any door:") }
                TextField {
                    id: anyDoor
                    objectName: "anyDoor"
                    implicitWidth: 90
                    placeholderText: "A01"
                    text: page.hasOrder ? page.order.compartments.split(",")[0].trim() : ""
                }
                TextField {
                    id: doorReason
                    objectName: "doorReason"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Reason")
                }
                Button {
                    objectName: "openDoor"
                    text: qsTr("Open door")
                    enabled: anyDoor.text.length > 0 && doorReason.text.length > 0
                    onClicked: Orders.openDoor(anyDoor.text.trim().toUpperCase(), doorReason.text)
                }
            }
        }
    }
}
