// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Omnikiosk

// The cashier's flow: sign in, open the shift with a counted float, then sell. Scans go to the
// till (or, signed out, pick the staff badge); never into whatever text field has focus.
Item {
    id: screen

    signal back()

    // Exactly one of the three is visible.
    SignInPage {
        id: signInPage
        anchors.fill: parent
        visible: !Pos.signedIn
        onBack: screen.back()
    }
    ShiftOpenPage {
        anchors.fill: parent
        visible: Pos.signedIn && !Pos.shiftOpen
    }
    SalePage {
        id: salePage
        anchors.fill: parent
        visible: Pos.signedIn && Pos.shiftOpen
        onVisibleChanged: if (visible) forceActiveFocus()
    }

    ApprovalDialog {}

    Connections {
        target: Scanner
        enabled: screen.visible
        function onScanned(code: string) {
            if (!Pos.signedIn)
                signInPage.chooseBadge(code)
            else if (Pos.shiftOpen)
                salePage.scanned(code)
        }
        function onScanFailed(message: string) {
            if (Pos.signedIn)
                salePage.showProblem(message)
        }
    }

    // Any touch keeps the session alive; idle for [pos] lock_after_s signs the cashier out. The
    // press is noted and passed on (never grabbed: the button underneath gets its click).
    MouseArea {
        anchors.fill: parent
        z: 1000
        propagateComposedEvents: true
        onPressed: (mouse) => { Pos.touch(); mouse.accepted = false }
    }
}
