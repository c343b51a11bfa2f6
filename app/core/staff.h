// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/permission.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ok {

/// A staff member as the terminal knows them (from the central service's staff stream). The PIN
/// verifier is not part of it: only StaffAuth reads it, from db::StaffDirectory, to check a PIN.
struct StaffMember {
    QString id;
    QString name;
    QString role;     ///< cashier, supervisor, manager
    QString language; ///< the staff screens' language ("nb"); empty: the store's
    friend bool operator==(const StaffMember &, const StaffMember &) = default;
};

/// "void_line", "price_override" ... as recorded in approvals and the journal.
QString permissionKey(Permission p);
std::optional<Permission> permissionFromKey(const QString &key);
/// Every permission, in declaration order.
QList<Permission> allPermissions();
/// What the permission allows, for people ("Void or reduce a line"), translated.
QString permissionText(Permission p);

/// The error of an action refused only for want of `p` (code "approval.required", with
/// Error::approval set): someone whose role allows it may approve it.
Error approvalRequired(Permission p);

/// The permission matrix (docs/pos.md, "Permissions"): cashiers sell, discount up to the limit,
/// take payments, print X reports, open the staff screens and test devices; supervisors also void,
/// override prices, give larger discounts, take returns without a receipt, open the drawer (no
/// sale), move cash, close the day (Z), open locker doors by hand and send refused events again;
/// managers do everything, including accepting a Z count difference above the threshold. An
/// unknown role may do nothing.
bool roleAllows(const QString &role, Permission p);

} // namespace ok
