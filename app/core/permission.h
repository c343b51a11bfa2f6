// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ok {

/// What a staff member may do. Each role allows a set (roleAllows, core/staff.h); anything else
/// needs the PIN of someone whose role allows it (an inline approval), recorded with the action.
enum class Permission {
    VoidLine,
    VoidSale,
    PriceOverride,
    LargeDiscount,         ///< a discount above the store's limit
    ReturnWithoutReceipt,
    NoSale,                ///< open the drawer outside a sale (also the drawer test)
    CashInOut,
    XReport,
    ZReport,
    AcceptCountDifference, ///< close a Z report whose over/short is above the threshold
    StaffScreens,          ///< open the Devices and Sync screens
    TestDevices,           ///< test print, scanner test
    OpenLockerDoor,        ///< open a locker door by hand (door test, jammed parcel)
    RetrySync,             ///< send a refused event again
    HandOverOrders,        ///< load the pickup lockers, hand orders over, take expired parcels back
    ManagePickup,          ///< extend a pickup window, unlock an order locked after wrong codes
    ActOnStock,            ///< hold stock, order it from another location, count it; serve a customer across channels
};

/// An action refused only because the signed-in role lacks `permission`: someone whose role has
/// it may approve it, and the action is run again with that approval (services::ApprovalGate).
struct ApprovalRequired {
    Permission permission;
};

} // namespace ok
