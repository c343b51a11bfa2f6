// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ok {

namespace {

constexpr std::array<std::pair<Permission, const char *>, 17> kKeys = {{
    {Permission::VoidLine, "void_line"},
    {Permission::VoidSale, "void_sale"},
    {Permission::PriceOverride, "price_override"},
    {Permission::LargeDiscount, "large_discount"},
    {Permission::ReturnWithoutReceipt, "return_without_receipt"},
    {Permission::NoSale, "no_sale"},
    {Permission::CashInOut, "cash_in_out"},
    {Permission::XReport, "x_report"},
    {Permission::ZReport, "z_report"},
    {Permission::AcceptCountDifference, "accept_count_difference"},
    {Permission::StaffScreens, "staff_screens"},
    {Permission::TestDevices, "test_devices"},
    {Permission::OpenLockerDoor, "open_locker_door"},
    {Permission::RetrySync, "retry_sync"},
    {Permission::HandOverOrders, "hand_over_orders"},
    {Permission::ManagePickup, "manage_pickup"},
    {Permission::ActOnStock, "act_on_stock"},
}};

} // namespace

QString permissionKey(Permission p)
{
    for (const auto &[perm, key] : kKeys)
        if (perm == p)
            return QString::fromLatin1(key);
    return QStringLiteral("unknown");
}

std::optional<Permission> permissionFromKey(const QString &key)
{
    for (const auto &[perm, k] : kKeys)
        if (key == QLatin1String(k))
            return perm;
    return std::nullopt;
}

QList<Permission> allPermissions()
{
    QList<Permission> out;
    for (const auto &entry : kKeys)
        out.append(entry.first);
    return out;
}

QString permissionText(Permission p)
{
    switch (p) {
    case Permission::VoidLine: return QCoreApplication::translate("ok::Permission", "Void or reduce a line");
    case Permission::VoidSale: return QCoreApplication::translate("ok::Permission", "Void the whole sale");
    case Permission::PriceOverride: return QCoreApplication::translate("ok::Permission", "Change a price");
    case Permission::LargeDiscount: return QCoreApplication::translate("ok::Permission", "Discount above the limit");
    case Permission::ReturnWithoutReceipt: return QCoreApplication::translate("ok::Permission", "Return without a receipt");
    case Permission::NoSale: return QCoreApplication::translate("ok::Permission", "Open the drawer without a sale");
    case Permission::CashInOut: return QCoreApplication::translate("ok::Permission", "Put cash in or take it out");
    case Permission::XReport: return QCoreApplication::translate("ok::Permission", "Print the X report");
    case Permission::ZReport: return QCoreApplication::translate("ok::Permission", "Close the day (Z report)");
    case Permission::AcceptCountDifference:
        return QCoreApplication::translate("ok::Permission", "Accept a cash count difference (manager)");
    case Permission::StaffScreens: return QCoreApplication::translate("ok::Permission", "Open the staff screens");
    case Permission::TestDevices: return QCoreApplication::translate("ok::Permission", "Test the devices");
    case Permission::OpenLockerDoor: return QCoreApplication::translate("ok::Permission", "Open a locker door by hand");
    case Permission::RetrySync: return QCoreApplication::translate("ok::Permission", "Send a refused event again");
    case Permission::HandOverOrders: return QCoreApplication::translate("ok::Permission", "Load the lockers and hand orders over");
    case Permission::ManagePickup: return QCoreApplication::translate("ok::Permission", "Extend a pickup or unlock a locked order");
    case Permission::ActOnStock: return QCoreApplication::translate("ok::Permission", "Hold, order and count stock; serve a customer's web orders");
    }
    return {};
}

Error approvalRequired(Permission p)
{
    return Error{QStringLiteral("approval.required"),
                 QCoreApplication::translate("ok::Permission", "This needs the approval of someone who may: %1").arg(permissionText(p)),
                 ApprovalRequired{p}};
}

bool roleAllows(const QString &role, Permission p)
{
    if (role == QLatin1String("manager"))
        return true;
    if (role == QLatin1String("supervisor"))
        return p != Permission::AcceptCountDifference;
    if (role == QLatin1String("cashier"))
        return p == Permission::XReport || p == Permission::StaffScreens || p == Permission::TestDevices
            || p == Permission::HandOverOrders || p == Permission::ActOnStock;
    return false;
}

} // namespace ok
