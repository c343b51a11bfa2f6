// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// A staff screen behind the staff sign-in: until someone whose role has `permission` is signed
// in, only the sign-in shows; the screen itself is not even created. Signing out (or the idle
// lock) closes it again. The services check the permission again on every action.
Item {
    id: gate

    required property int permission
    required property Component screen
    property string title: ""

    signal back()

    readonly property bool open: Staff.signedIn && Staff.allows(gate.permission)

    SignInPage {
        anchors.fill: parent
        visible: !Staff.signedIn
        title: gate.title.length ? qsTr("%1: staff only").arg(gate.title) : qsTr("Staff only")
        onBack: gate.back()
    }

    ColumnLayout {
        objectName: "notAllowed"
        anchors { fill: parent; margins: Theme.gap * 2 }
        visible: Staff.signedIn && !gate.open
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            text: qsTr("%1, your role (%2) may not open this screen. Ask a supervisor.").arg(Staff.name).arg(Staff.roleText)
            font.pixelSize: Theme.fontTitle
            color: Theme.ink
        }
        RowLayout {
            spacing: Theme.gap
            Button {
                text: qsTr("‹ Back")
                implicitHeight: Theme.touch
                onClicked: gate.back()
            }
            Button {
                text: qsTr("Sign out")
                implicitHeight: Theme.touch
                onClicked: Staff.signOut()
            }
        }
        Item { Layout.fillHeight: true }
    }

    Loader {
        id: loader
        anchors.fill: parent
        active: gate.open
        sourceComponent: gate.screen
    }
    // The screen's own "Back" leaves the gate too.
    Connections {
        target: loader.item
        ignoreUnknownSignals: true
        function onBack() { gate.back() }
    }
}
