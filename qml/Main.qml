// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Omnikiosk

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    color: Theme.background
    title: qsTr("Omnikiosk — %1 · terminal %2").arg(Terminal.storeName).arg(Terminal.terminalId)

    /// Show a staff screen (once: tapping the status bar again does not stack a second one).
    function showStaffScreen(screen: Component, name: string) {
        if (stack.currentItem && stack.currentItem.objectName === name)
            return
        stack.push(screen)
    }

    header: StatusBar {
        onDevicesRequested: window.showStaffScreen(devicesPage, "devicesGate")
        onSyncRequested: window.showStaffScreen(syncPage, "syncGate")
    }

    Banner {
        id: catalogBanner
        anchors { left: parent.left; right: parent.right; top: parent.top }
        z: 2
        visible: Terminal.catalogError.length > 0
        text: Terminal.catalogError
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors { left: parent.left; right: parent.right
                  bottom: counterBanner.visible ? counterBanner.top : parent.bottom
                  top: catalogBanner.visible ? catalogBanner.bottom : parent.top }
        initialItem: HomeScreen {
            onCashierChosen: stack.push(cashierPage)
            onStockChosen: stack.push(lookupPage)
            onDevicesChosen: window.showStaffScreen(devicesPage, "devicesGate")
            onCollectChosen: stack.push(pickupPage)
            onOrdersChosen: window.showStaffScreen(ordersPage, "ordersGate")
            onStoreDeskChosen: window.showStaffScreen(storeDeskPage, "storeDeskGate")
        }
    }

    // The staff screens open only for a signed-in staff member whose role may (StaffGate).
    Component {
        id: devicesPage
        StaffGate {
            objectName: "devicesGate"
            title: qsTr("Devices")
            permission: Permission.StaffScreens
            screen: Component { DevicesPage {} }
            onBack: StackView.view.pop()
        }
    }

    Component {
        id: syncPage
        StaffGate {
            objectName: "syncGate"
            title: qsTr("Sync")
            permission: Permission.StaffScreens
            screen: Component { SyncPage {} }
            onBack: StackView.view.pop()
        }
    }

    Component {
        id: ordersPage
        StaffGate {
            objectName: "ordersGate"
            title: qsTr("Click-and-collect orders")
            permission: Permission.HandOverOrders
            screen: Component { OrdersPage {} }
            onBack: StackView.view.pop()
        }
    }

    Component {
        id: storeDeskPage
        StaffGate {
            objectName: "storeDeskGate"
            title: qsTr("Store desk")
            permission: Permission.ActOnStock
            screen: Component { StoreDeskPage {} }
            onBack: StackView.view.pop()
        }
    }

    Component {
        id: pickupPage
        PickupScreen {
            objectName: "pickupScreen"
            onBack: StackView.view.pop()
        }
    }

    // A customer waits at the counter, or a door needs someone: on every staff screen, not on
    // the customer's.
    Banner {
        id: counterBanner
        objectName: "counterBanner"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        z: 3
        tone: Theme.danger
        visible: (Pickup.counterCalls.length > 0 || Pickup.incidents.length > 0) && !(stack.currentItem && stack.currentItem.objectName === "pickupScreen")
        text: Pickup.counterCalls.length > 0 ? qsTr("Customer at the counter for order %1").arg(Pickup.counterCallsText)
                                             : qsTr("Locker door needs attention: %1").arg(Pickup.incidentsText)
        TapHandler { onTapped: Pickup.counterCalls.length > 0 ? Pickup.dismissCounterCall(0) : Pickup.dismissIncident(0) }
    }

    Component {
        id: cashierPage
        CashierScreen {
            objectName: "cashierScreen"
            onBack: StackView.view.pop()
        }
    }

    Component {
        id: lookupPage
        ProductLookupPage {
            onBack: StackView.view.pop()
        }
    }

    // A scan on the home screen is a price check: open the lookup with the scanned product.
    Connections {
        target: Scanner
        enabled: stack.depth === 1
        function onScanned(code: string) {
            const page = stack.push(lookupPage) as ProductLookupPage
            page.lookup(code)
        }
    }
}
