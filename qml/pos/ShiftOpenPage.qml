// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Open the shift: count the float into the drawer by denomination.
Item {
    id: page

    required property CashController cash
    property string error: ""

    ColumnLayout {
        anchors { fill: parent; margins: Theme.gap * 2 }
        spacing: Theme.gap

        Label {
            textFormat: Text.PlainText
            text: qsTr("Open the shift")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            text: qsTr("%1, count the float you put in the drawer.").arg(Staff.name)
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }
        DenominationCount {
            id: floatCount
            Layout.fillWidth: true
            cash: page.cash
        }
        Label {
            visible: page.error.length > 0
            text: page.error
            textFormat: Text.PlainText
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            spacing: Theme.gap
            Button {
                objectName: "openShiftButton"
                text: qsTr("Open shift with %1").arg(page.cash.countText(floatCount.counts))
                highlighted: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                onClicked: page.error = page.cash.openShift(floatCount.counts)
            }
            Button {
                text: qsTr("Sign out")
                implicitHeight: Theme.touch
                onClicked: Staff.signOut()
            }
        }
    }
}
