// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Omnikiosk

// The cashier's flow: sign in, open the shift with a counted float, then sell. Scans go to the
// till (or, signed out, pick the staff badge); never into whatever text field has focus.
Item {
    id: screen

    signal back()

    CashController {
        id: cash
        till: Terminal.till
    }

    // Exactly one of the three is visible.
    SignInPage {
        anchors.fill: parent
        visible: !Staff.signedIn
        onBack: screen.back()
    }
    ShiftOpenPage {
        anchors.fill: parent
        visible: Staff.signedIn && !cash.shiftOpen
        cash: cash
    }
    SalePage {
        id: salePage
        anchors.fill: parent
        visible: Staff.signedIn && cash.shiftOpen
        cash: cash
        onVisibleChanged: if (visible) forceActiveFocus()
    }

    ApprovalDialog {
        onActionFailed: (message) => salePage.showProblem(message)
    }

    Connections {
        target: Scanner
        enabled: screen.visible && Staff.signedIn && cash.shiftOpen
        function onScanned(code: string) { salePage.scanned(code) }
        function onScanFailed(message: string) { salePage.showProblem(message) }
    }

}
