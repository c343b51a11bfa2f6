// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import Omnikiosk

// Always visible: store, terminal, network and device state, clock.
ToolBar {
    id: bar

    /// The device summary was tapped: show the device screen.
    signal devicesRequested()
    /// The sync indicator (or the refused count) was tapped: show the sync screen.
    signal syncRequested()

    DevicesModel {
        id: devices
        manager: Terminal.devices
    }

    implicitHeight: 48
    background: Rectangle { color: Theme.bar }

    RowLayout {
        anchors { fill: parent; leftMargin: Theme.gap; rightMargin: Theme.gap }
        spacing: Theme.gap * 1.5

        Label {
            textFormat: Text.PlainText
            text: qsTr("%1 · %2").arg(Terminal.storeId).arg(Terminal.storeName)
            color: Theme.barInk
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Terminal %1").arg(Terminal.terminalId)
            color: Theme.barInk
            font.pixelSize: Theme.fontSmall
        }
        Item { Layout.fillWidth: true }

        Label {
            objectName: "networkState"
            textFormat: Text.PlainText
            text: Terminal.networkState === Terminal.LocalOnly ? qsTr("● Local cache only")
                : Terminal.networkState === Terminal.Online
                  ? (Terminal.outboxDepth > 0 ? qsTr("● Online · sending %1").arg(Terminal.outboxDepth) : qsTr("● Online"))
                  : (Terminal.outboxDepth > 0 ? qsTr("● Offline · %1 to send").arg(Terminal.outboxDepth) : qsTr("● Offline"))
            color: Terminal.networkState === Terminal.Online ? "#7bd88f" : "#f0b429"
            font.pixelSize: Theme.fontSmall
            ToolTip.visible: networkHover.hovered
            ToolTip.text: Terminal.networkDetail
            HoverHandler { id: networkHover }
            TapHandler { onTapped: bar.syncRequested() }
        }
        Label {
            objectName: "deadLetters"
            textFormat: Text.PlainText
            visible: Terminal.deadLetters > 0
            text: qsTr("%n refused", "", Terminal.deadLetters)
            color: "#ff8a80"
            font.pixelSize: Theme.fontSmall
            font.bold: true
            TapHandler { onTapped: bar.syncRequested() }
        }
        Label {
            textFormat: Text.PlainText
            visible: Terminal.plainHttp
            text: qsTr("DEV: plain HTTP")
            color: "#ff8a80"
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        Label {
            objectName: "deviceState"
            textFormat: Text.PlainText
            text: devices.count === 0 ? qsTr("No devices configured")
                                      : qsTr("Devices %1/%2 online").arg(devices.onlineCount).arg(devices.count)
            color: devices.onlineCount < devices.count ? "#ff8a80" : Theme.barInk
            font.pixelSize: Theme.fontSmall
            TapHandler { onTapped: bar.devicesRequested() }
        }
        // The signed-in person's own screen language; it holds for their next sign-ins here.
        ToolButton {
            objectName: "staffLanguage"
            visible: Staff.signedIn
            text: Language.code.toUpperCase()
            font.pixelSize: Theme.fontSmall
            palette.buttonText: Theme.barInk
            Accessible.name: qsTr("Language of my screens")
            onClicked: languageMenu.open()

            Menu {
                id: languageMenu
                y: parent.height
                Instantiator {
                    model: Language.allChoices
                    delegate: MenuItem {
                        required property var modelData
                        objectName: "staffLanguage_" + modelData.code
                        text: modelData.name
                        checkable: true
                        checked: Language.code === modelData.code
                        onTriggered: Staff.setLanguage(modelData.code)
                    }
                    onObjectAdded: (index, object) => languageMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => languageMenu.removeItem(object)
                }
            }
        }
        Label {
            id: clock
            objectName: "clock"
            textFormat: Text.PlainText
            color: Theme.barInk
            font.pixelSize: Theme.fontBody
            font.bold: true
            text: new Date().toLocaleString(Qt.locale(), Locale.ShortFormat)

            Timer {
                interval: 1000
                running: true
                repeat: true
                onTriggered: clock.text = new Date().toLocaleString(Qt.locale(), Locale.ShortFormat)
            }
        }
    }
}
