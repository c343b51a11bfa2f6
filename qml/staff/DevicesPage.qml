// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// For the store engineer: every configured device, how it is connected and how it is doing.
Page {
    id: page

    signal back()

    background: Rectangle { color: Theme.background }

    DevicesModel {
        id: devices
        manager: Terminal.devices
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.gap }
        spacing: Theme.gap

        RowLayout {
            spacing: Theme.gap
            Button {
                text: qsTr("‹ Back")
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touch
                implicitWidth: 140
                onClicked: page.back()
            }
            Label {
                text: qsTr("Devices")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.ink
            }
        }

        Label {
            visible: devices.count === 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("No devices are configured. Add [device.NAME] sections to the configuration file (see docs/devices.md).")
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }

        ListView {
            objectName: "deviceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: devices
            delegate: Rectangle {
                id: card
                required property string name
                required property string deviceRole
                required property string port
                required property int index
                required property string health
                required property bool online
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
                            text: qsTr("%1 — %2").arg(card.name).arg(card.deviceRole)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.ink
                        }
                        Label {
                            text: card.port
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                    }
                    RowLayout {
                        visible: card.deviceRole === "printer"
                        spacing: Theme.gap
                        Button {
                            text: qsTr("Test print")
                            implicitHeight: Theme.touch
                            font.pixelSize: Theme.fontSmall
                            onClicked: result.text = (card.ListView.view.model as DevicesModel).testPrint(card.index) || qsTr("Test print sent")
                        }
                        Button {
                            text: qsTr("Open drawer")
                            implicitHeight: Theme.touch
                            font.pixelSize: Theme.fontSmall
                            onClicked: result.text = (card.ListView.view.model as DevicesModel).openDrawer(card.index) || qsTr("Drawer kick sent")
                        }
                        Label {
                            id: result
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: card.health
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: card.online ? Theme.ink : Theme.danger
                    }
                }
            }
        }
    }
}
