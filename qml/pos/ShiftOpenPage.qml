// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Open the shift: count the float into the drawer by denomination.
Item {
    id: page

    property string error: ""

    ColumnLayout {
        anchors { fill: parent; margins: Theme.gap * 2 }
        spacing: Theme.gap

        Label {
            text: qsTr("Open the shift")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Label {
            text: qsTr("%1, count the float you put in the drawer.").arg(Pos.cashierName)
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }
        DenominationCount {
            id: floatCount
            Layout.fillWidth: true
        }
        Label {
            visible: page.error.length > 0
            text: page.error
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            spacing: Theme.gap
            Button {
                objectName: "openShiftButton"
                text: qsTr("Open shift with %1").arg(Pos.countText(floatCount.counts))
                highlighted: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                onClicked: page.error = Pos.openShift(floatCount.counts)
            }
            Button {
                text: qsTr("Sign out")
                implicitHeight: Theme.touch
                onClicked: Pos.signOut()
            }
        }
    }
}
