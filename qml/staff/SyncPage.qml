// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// For staff: how sync with the central service is doing (link, streams, what waits to be sent,
// the clock) and the events the central service refused, with its reason. A refused event can be
// sent again once its cause is fixed; nothing is ever deleted.
Page {
    id: page

    signal back()

    background: Rectangle { color: Theme.background }

    SyncStatusModel {
        id: status
        letters: Terminal.deadLetterService
        sync: Terminal.sync
    }

    SyncStreamsModel {
        id: streams
        sync: Terminal.sync
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.gap }
        spacing: Theme.gap

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Sync with the central service")
            onBack: page.back()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            // ---- health
            Rectangle {
                objectName: "syncHealthPanel"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.line

                ColumnLayout {
                    anchors { fill: parent; margins: Theme.gap / 2 }
                    spacing: Theme.gap / 2

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap / 2
                        Rectangle {
                            width: 16
                            height: 16
                            radius: 8
                            color: status.online ? Theme.ok : status.enabled ? Theme.warn : Theme.muted
                        }
                        Label {
                            objectName: "syncState"
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: status.stateText
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.ink
                        }
                    }
                    Label {
                        objectName: "syncError"
                        textFormat: Text.PlainText
                        visible: status.lastError.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: status.lastError
                        font.pixelSize: Theme.fontSmall
                        color: Theme.danger
                    }

                    GridLayout {
                        visible: status.enabled
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: Theme.gap
                        rowSpacing: 4

                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Waiting to be sent")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Label {
                            objectName: "outboxDepth"
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: status.outboxDepth === 0 ? qsTr("nothing")
                                                           : qsTr("%1, the oldest for %2").arg(status.outboxDepth).arg(status.oldestUnsent)
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: status.outboxDepth > 0 && !status.online ? Theme.warn : Theme.ink
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Last sent")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: status.lastPush
                            font.pixelSize: Theme.fontSmall
                            color: Theme.ink
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Last received")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: status.lastPull
                            font.pixelSize: Theme.fontSmall
                            color: Theme.ink
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Clock")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Label {
                            objectName: "clockSkew"
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: status.clockSkewWarning ? qsTr("%1: set this terminal's clock (nothing is decided by it)").arg(status.clockSkew)
                                                          : status.clockSkew
                            font.pixelSize: Theme.fontSmall
                            font.bold: status.clockSkewWarning
                            color: status.clockSkewWarning ? Theme.warn : Theme.ink
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Refused")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            objectName: "deadCount"
                            text: status.deadCount === 0 ? qsTr("none") : String(status.deadCount)
                            font.pixelSize: Theme.fontSmall
                            font.bold: status.deadCount > 0
                            color: status.deadCount > 0 ? Theme.danger : Theme.ink
                        }
                    }

                    Label {
                        textFormat: Text.PlainText
                        Layout.topMargin: Theme.gap / 2
                        visible: status.enabled
                        text: qsTr("Streams")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.ink
                    }
                    ListView {
                        objectName: "streamList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: 2
                        model: streams
                        delegate: RowLayout {
                            id: stream
                            required property string name
                            required property string direction
                            required property string lastOk
                            required property string detail
                            required property bool problem
                            width: ListView.view.width
                            spacing: Theme.gap / 2
                            Label {
                                textFormat: Text.PlainText
                                text: stream.direction === "push" ? "↑" : "↓"
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                                color: Theme.accent
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                RowLayout {
                                    Layout.fillWidth: true
                                    Label {
                                        textFormat: Text.PlainText
                                        Layout.fillWidth: true
                                        text: stream.name
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontSmall
                                        font.bold: true
                                        color: Theme.ink
                                    }
                                    Label {
                                        textFormat: Text.PlainText
                                        text: stream.lastOk
                                        font.pixelSize: Theme.fontSmall - 2
                                        color: Theme.muted
                                    }
                                }
                                Label {
                                    textFormat: Text.PlainText
                                    Layout.fillWidth: true
                                    text: stream.detail
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall - 2
                                    color: stream.problem ? Theme.danger : Theme.muted
                                }
                            }
                        }
                    }
                    Item {
                        visible: !status.enabled
                        Layout.fillHeight: true
                    }
                }
            }

            // ---- dead letters
            Rectangle {
                objectName: "deadLetterPanel"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.line

                ColumnLayout {
                    anchors { fill: parent; margins: Theme.gap / 2 }
                    spacing: Theme.gap / 2

                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Refused by the central service")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.ink
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: status.count === 0
                              ? qsTr("Nothing was refused.")
                              : qsTr("These events were not applied centrally; they stay here until they are accepted. Fix what the reason says, then send the event again.")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    ListView {
                        objectName: "deadLetterList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: Theme.gap / 4
                        model: status
                        delegate: Rectangle {
                            id: letter
                            required property int index
                            required property string kindText
                            required property string refText
                            required property string created
                            required property int attempts
                            required property string reason
                            required property bool alarm
                            width: ListView.view.width
                            implicitHeight: Math.max(letterColumn.implicitHeight, sendAgain.implicitHeight) + Theme.gap / 2
                            radius: Theme.radius / 2
                            color: letter.alarm ? "#fde7e7" : "#fff4e0"

                            RowLayout {
                                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap / 4 }
                                spacing: Theme.gap / 2
                                ColumnLayout {
                                    id: letterColumn
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Label {
                                        textFormat: Text.PlainText
                                        Layout.fillWidth: true
                                        elide: Text.ElideMiddle
                                        text: qsTr("%1 · %2").arg(letter.kindText).arg(letter.refText)
                                        font.pixelSize: Theme.fontSmall
                                        font.bold: true
                                        color: Theme.ink
                                    }
                                    Label {
                                        textFormat: Text.PlainText
                                        Layout.fillWidth: true
                                        text: qsTr("%1 · attempts: %2").arg(letter.created).arg(letter.attempts)
                                        font.pixelSize: Theme.fontSmall - 2
                                        color: Theme.muted
                                    }
                                    Label {
                                        objectName: "deadReason"
                                        textFormat: Text.PlainText
                                        Layout.fillWidth: true
                                        wrapMode: Text.WordWrap
                                        text: letter.reason
                                        font.pixelSize: Theme.fontSmall
                                        color: letter.alarm ? Theme.danger : Theme.ink
                                    }
                                    Label {
                                        textFormat: Text.PlainText
                                        visible: letter.alarm
                                        Layout.fillWidth: true
                                        wrapMode: Text.WordWrap
                                        text: qsTr("Another event was sent under the same id: report this to support before sending it again.")
                                        font.pixelSize: Theme.fontSmall - 2
                                        font.bold: true
                                        color: Theme.danger
                                    }
                                }
                                Button {
                                    id: sendAgain
                                    objectName: "retryButton"
                                    Layout.alignment: Qt.AlignVCenter
                                    text: qsTr("Send again")
                                    implicitHeight: Theme.touch
                                    font.pixelSize: Theme.fontSmall
                                    onClicked: (letter.ListView.view.model as SyncStatusModel).retry(letter.index)
                                }
                            }
                        }
                    }
                    Label {
                        objectName: "syncMessage"
                        textFormat: Text.PlainText
                        visible: status.message.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: status.message
                        font.pixelSize: Theme.fontSmall
                        color: Theme.accent
                    }
                }
            }
        }
    }
}
