// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// For the store engineer: every configured device, how it is connected and how it is doing; the
// device tests (test print, drawer, door, scanner); the print queue with reprint and cancel.
Page {
    id: page

    signal back()

    background: Rectangle { color: Theme.background }

    DevicesModel {
        id: devices
        manager: Terminal.devices
        tests: Terminal.deviceTests
        // Scans are shown here only while this screen is open: a scan may be a pickup code.
        scanTest: true
    }

    PrintQueueModel {
        id: queue
        manager: Terminal.devices
        tests: Terminal.deviceTests
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.gap }
        spacing: Theme.gap

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Devices")
            onBack: page.back()
        }

        Banner {
            objectName: "deviceMessage"
            Layout.fillWidth: true
            visible: devices.message.length > 0
            tone: Theme.danger
            text: devices.message
        }

        Label {
            textFormat: Text.PlainText
            visible: devices.count === 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("No devices are configured. Add [device.NAME] sections to the configuration file (see docs/devices.md).")
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            ListView {
                objectName: "deviceList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                clip: true
                spacing: Theme.gap / 2
                model: devices
                delegate: Rectangle {
                    id: card
                    required property string name
                    required property string deviceRole
                    required property int deviceKind
                    required property string port
                    required property int index
                    required property string health
                    required property bool online
                    required property string lastTest
                    required property list<string> compartments
                    width: ListView.view.width
                    implicitHeight: column.implicitHeight + Theme.gap
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.line

                    ColumnLayout {
                        id: column
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap / 2 }
                        RowLayout {
                            spacing: Theme.gap
                            Rectangle {
                                width: 16
                                height: 16
                                radius: 8
                                color: card.online ? Theme.ok : Theme.danger
                            }
                            Label {
                                textFormat: Text.PlainText
                                text: qsTr("%1 — %2").arg(card.name).arg(card.deviceRole)
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.ink
                            }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: card.port
                                elide: Text.ElideMiddle
                                font.pixelSize: Theme.fontSmall
                                color: Theme.muted
                            }
                        }
                        RowLayout {
                            visible: card.deviceKind === DevicesModel.Printer
                            spacing: Theme.gap
                            Button {
                                objectName: "testPrintButton"
                                text: qsTr("Test print")
                                implicitHeight: Theme.touch
                                font.pixelSize: Theme.fontSmall
                                onClicked: (card.ListView.view.model as DevicesModel).testPrint(card.index)
                            }
                            Button {
                                objectName: "drawerButton"
                                text: qsTr("Open drawer")
                                implicitHeight: Theme.touch
                                font.pixelSize: Theme.fontSmall
                                onClicked: (card.ListView.view.model as DevicesModel).openDrawer(card.index)
                            }
                        }
                        RowLayout {
                            visible: card.deviceKind === DevicesModel.Locker
                            spacing: Theme.gap
                            ComboBox {
                                id: doorPicker
                                objectName: "doorPicker"
                                enabled: card.compartments.length > 0
                                model: card.compartments
                                implicitHeight: Theme.touch
                                font.pixelSize: Theme.fontSmall
                            }
                            Button {
                                objectName: "doorTestButton"
                                enabled: doorPicker.currentIndex >= 0
                                text: qsTr("Open door")
                                implicitHeight: Theme.touch
                                font.pixelSize: Theme.fontSmall
                                onClicked: (card.ListView.view.model as DevicesModel).testDoor(card.index, doorPicker.currentText)
                            }
                            Label {
                                textFormat: Text.PlainText
                                visible: card.compartments.length === 0
                                text: qsTr("No compartments configured (key compartments)")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.muted
                            }
                        }
                        Label {
                            textFormat: Text.PlainText
                            visible: card.deviceKind === DevicesModel.Scanner
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: qsTr("Scan any code: it appears under Scanner test.")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Label {
                            objectName: "lastTest"
                            textFormat: Text.PlainText
                            visible: card.lastTest.length > 0
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: card.lastTest
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.accent
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: card.health
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontSmall
                            color: card.online ? Theme.ink : Theme.danger
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                spacing: Theme.gap

                Rectangle {
                    objectName: "printQueuePanel"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.line

                    ColumnLayout {
                        anchors { fill: parent; margins: Theme.gap / 2 }
                        spacing: Theme.gap / 2

                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: qsTr("Print queue")
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.ink
                            }
                            Label {
                                textFormat: Text.PlainText
                                visible: queue.uncertainCount > 0
                                text: qsTr("%1 to decide").arg(queue.uncertainCount)
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                                color: Theme.warn
                            }
                        }
                        Label {
                            textFormat: Text.PlainText
                            visible: queue.count === 0
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: queue.printerCount === 0 ? qsTr("No receipt printer is configured.")
                                                           : qsTr("Nothing waits to be printed.")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        ListView {
                            objectName: "printQueue"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            spacing: Theme.gap / 4
                            model: queue
                            delegate: Rectangle {
                                id: job
                                required property int index
                                required property int jobId
                                required property string label
                                required property string printer
                                required property int jobState
                                required property string stateText
                                required property int attempts
                                required property string lastError
                                required property bool copy
                                required property string created
                                required property bool canCancel
                                required property bool canReprint
                                required property bool canMarkPrinted
                                width: ListView.view.width
                                implicitHeight: jobColumn.implicitHeight + Theme.gap / 2
                                radius: Theme.radius / 2
                                color: job.jobState === PrintQueueModel.Uncertain ? "#fff4e0" : job.jobState === PrintQueueModel.Queued ? "#eef4fb" : Theme.background

                                ColumnLayout {
                                    id: jobColumn
                                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap / 4 }
                                    spacing: 2
                                    RowLayout {
                                        Layout.fillWidth: true
                                        Label {
                                            textFormat: Text.PlainText
                                            Layout.fillWidth: true
                                            elide: Text.ElideRight
                                            readonly property string what: job.copy ? qsTr("%1 (copy)").arg(job.label) : job.label
                                            text: (job.ListView.view.model as PrintQueueModel).printerCount > 1
                                                  ? qsTr("%1 · %2 · %3").arg(job.created).arg(job.printer).arg(what)
                                                  : qsTr("%1 · %2").arg(job.created).arg(what)
                                            font.pixelSize: Theme.fontSmall
                                            font.bold: true
                                            color: Theme.ink
                                        }
                                        Label {
                                            textFormat: Text.PlainText
                                            text: job.stateText
                                            font.pixelSize: Theme.fontSmall
                                            color: job.jobState === PrintQueueModel.Printed ? Theme.ok
                                                 : job.jobState === PrintQueueModel.Uncertain ? Theme.warn
                                                 : job.jobState === PrintQueueModel.Cancelled ? Theme.muted : Theme.accent
                                        }
                                    }
                                    Label {
                                        textFormat: Text.PlainText
                                        visible: job.lastError.length > 0 && job.jobState !== PrintQueueModel.Printed
                                        Layout.fillWidth: true
                                        wrapMode: Text.WordWrap
                                        text: job.attempts > 1 ? qsTr("%1 (tried %2 times)").arg(job.lastError).arg(job.attempts) : job.lastError
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.muted
                                    }
                                    RowLayout {
                                        visible: job.canCancel || job.canReprint || job.canMarkPrinted
                                        spacing: Theme.gap / 2
                                        Button {
                                            objectName: "markPrintedButton"
                                            visible: job.canMarkPrinted
                                            text: qsTr("It printed")
                                            implicitHeight: Theme.touch
                                            font.pixelSize: Theme.fontSmall
                                            onClicked: (job.ListView.view.model as PrintQueueModel).markPrinted(job.index)
                                        }
                                        Button {
                                            objectName: "reprintButton"
                                            visible: job.canReprint
                                            text: qsTr("Reprint as copy")
                                            implicitHeight: Theme.touch
                                            font.pixelSize: Theme.fontSmall
                                            onClicked: (job.ListView.view.model as PrintQueueModel).reprint(job.index)
                                        }
                                        Button {
                                            objectName: "cancelJobButton"
                                            visible: job.canCancel
                                            text: qsTr("Cancel")
                                            implicitHeight: Theme.touch
                                            font.pixelSize: Theme.fontSmall
                                            onClicked: (job.ListView.view.model as PrintQueueModel).cancel(job.index)
                                        }
                                    }
                                }
                            }
                        }
                        Label {
                            objectName: "queueMessage"
                            textFormat: Text.PlainText
                            visible: queue.message.length > 0
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: queue.message
                            font.pixelSize: Theme.fontSmall
                            color: Theme.accent
                        }
                    }
                }

                Rectangle {
                    objectName: "scannerTestPanel"
                    Layout.fillWidth: true
                    implicitHeight: scanColumn.implicitHeight + Theme.gap
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.line

                    ColumnLayout {
                        id: scanColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap / 2 }
                        spacing: 4
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Scanner test")
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.ink
                        }
                        Label {
                            textFormat: Text.PlainText
                            visible: !devices.hasLastScan
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: devices.scannerCount === 0
                                  ? qsTr("No scanner device is configured. Keyboard-wedge scanners without a device section type into the window instead.")
                                  : qsTr("Scan any code with any scanner: it shows here with what it means.")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Label {
                            objectName: "lastScanSource"
                            textFormat: Text.PlainText
                            visible: devices.hasLastScan
                            text: qsTr("%1 at %2").arg(devices.lastScanDevice).arg(devices.lastScanTime)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Label {
                            objectName: "lastScanData"
                            textFormat: Text.PlainText
                            visible: devices.hasLastScan && devices.lastScanData.length > 0
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: devices.lastScanData
                            font.family: "monospace"
                            font.pixelSize: Theme.fontSmall
                            color: Theme.ink
                        }
                        Label {
                            objectName: "lastScanText"
                            textFormat: Text.PlainText
                            visible: devices.hasLastScan
                            Layout.fillWidth: true
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            text: (devices.lastScanOk ? "✓ " : "✗ ") + devices.lastScanText
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: devices.lastScanOk ? Theme.ok : Theme.danger
                        }
                    }
                }
            }
        }
    }
}
