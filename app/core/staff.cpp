// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff.h"

#include <array>
#include <utility>

namespace ok {

namespace {

constexpr std::array<std::pair<Permission, const char *>, 14> kKeys = {{
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

bool roleAllows(const QString &role, Permission p)
{
    if (role == QLatin1String("manager"))
        return true;
    if (role == QLatin1String("supervisor"))
        return p != Permission::AcceptCountDifference;
    if (role == QLatin1String("cashier"))
        return p == Permission::XReport || p == Permission::StaffScreens || p == Permission::TestDevices;
    return false;
}

} // namespace ok
