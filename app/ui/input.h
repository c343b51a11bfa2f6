// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What people type on the cashier's screens, read strictly, and how an action's outcome reads.

#include "core/money.h"
#include "core/result.h"
#include "core/shift.h"

#include <QVariantMap>

#include <optional>

namespace ok::input {

/// Minor units from "12.34" / "12,34" / "7" in `currency` (no group separators, at most the
/// currency's decimals).
std::optional<qint64> amount(const QString &text, const Currency &currency);
/// Basis points from "12.5" / "12,5" / "10" (0..100 %).
std::optional<qint64> percentBp(const QString &text);
/// Grams from kilograms ("0.750"), or whole pieces ("3"); > 0.
std::optional<qint64> quantity(const QString &text, bool weighed);
/// {"<denomination minor>": "<count>"} as the count screens hand it over; empty fields are 0.
std::optional<DenominationCounts> counts(const QVariantMap &map);

/// "" when the action was done, or when it waits for an approval (the approval dialog asks);
/// otherwise the message for the person.
inline QString outcomeText(const Result<void> &r)
{
    return r || r.error().approval ? QString() : r.error().message;
}

} // namespace ok::input
