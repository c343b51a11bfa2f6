// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/shift.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <string_view>

namespace ok::db {

class Database;

/// Shifts and cash movements in ledger.db. Every write is one transaction with its journal entry
/// and its outbox event (cash.movement, shift.closed), like a sale.
class Shifts
{
public:
    explicit Shifts(Database &ledger);

    /// The open shift of `terminalId`, if any (a crash does not close a shift).
    std::optional<ShiftRecord> openShift(const QString &terminalId);
    std::optional<ShiftRecord> shift(const QString &id);
    /// The last closed shift of `terminalId`.
    std::optional<ShiftRecord> lastClosed(const QString &terminalId);

    /// Open a shift with a float counted by denomination. Refused while one is open.
    Result<ShiftRecord> open(const QString &terminalId, const QString &storeId, const QString &staffId,
                             const QString &currency, const DenominationCounts &floatCounts, qint64 atMs);

    /// cash_in / cash_out (amount > 0, reason required) or no_sale (amount 0): a drawer opening
    /// outside a sale. `approvedBy` is the supervisor who allowed it ("" if the staff member may).
    Result<QString> cashMovement(const ShiftRecord &shift, const QString &storeId, const QString &kind, qint64 amount,
                                 const QString &reason, const QString &staffId, const QString &approvedBy, qint64 atMs);

    ShiftFigures figures(const ShiftRecord &shift);

    /// Close with the blind count: records expected and counted cash, the next Z number of the
    /// terminal, the approval (required by the caller's policy, recorded here) and the figures
    /// in the shift.closed event.
    Result<ShiftRecord> close(const ShiftRecord &shift, const QString &storeId, const QString &staffId,
                              const DenominationCounts &counted, const QString &approvedBy, const QString &reason,
                              qint64 atMs);

private:
    std::optional<ShiftRecord> queryOne(std::string_view where, const QString &key);

    Database &m_db;
};

} // namespace ok::db
