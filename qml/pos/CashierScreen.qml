// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Omnikiosk

// The cashier's flow: sign in, open the shift with a counted float, then sell. Scans go to the
// till (or, signed out, pick the staff badge); never into whatever text field has focus.
Item {
    id: screen

    signal back()

    Loader {
        id: body
        anchors.fill: parent
        sourceComponent: !Pos.signedIn ? signIn : !Pos.shiftOpen ? openShift : sale
    }

    Component {
        id: signIn
        SignInPage { onBack: screen.back() }
    }
    Component {
        id: openShift
        ShiftOpenPage {}
    }
    Component {
        id: sale
        SalePage {}
    }

    ApprovalDialog {}

    Connections {
        target: Scanner
        enabled: screen.visible
        function onScanned(code: string) {
            if (!Pos.signedIn) {
                const page = body.item as SignInPage
                if (page)
                    page.chooseBadge(code)
            } else if (Pos.shiftOpen) {
                const page = body.item as SalePage
                if (page)
                    page.scanned(code)
            }
        }
        function onScanFailed(message: string) {
            const page = body.item as SalePage
            if (Pos.signedIn && page)
                page.showProblem(message)
        }
    }

    // Any touch keeps the session alive; idle for [pos] lock_after_s signs the cashier out.
    TapHandler {
        gesturePolicy: TapHandler.DragThreshold
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        onPressedChanged: if (pressed) Pos.touch()
    }
}
