// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <string_view>

namespace ok::db {

class Database;

/// Cash counted by denomination: minor units of one note or coin -> how many.
using DenominationCounts = QMap<qint64, qint64>;
/// The sum of a count, or nullopt for a negative count or denomination, or an overflow.
std::optional<qint64> countedTotal(const DenominationCounts &counts);

/// A cashier's shift on one terminal (table shift, ledger v4): opened with a counted float,
/// closed by the Z report's blind count.
struct ShiftRecord {
    QString id;
    QString terminalId;
    QString openedBy;
    qint64 openedAtMs = 0;
    QString currency;
    qint64 floatAmount = 0;
    DenominationCounts floatCounts;
    bool closed = false;
    qint64 closedAtMs = 0;
    QString closedBy;
    qint64 zNo = 0;
    qint64 expectedCash = 0;
    qint64 countedCash = 0;
    DenominationCounts countedCounts;
    QString approvedBy;
    QString approvalReason;
};

/// What the X and Z reports show: everything the terminal committed in one shift, read back
/// from the ledger (so a report after a crash is the same as before it).
struct ShiftFigures {
    struct TenderSum {
        QString kind;
        qint64 count = 0;
        qint64 amount = 0; ///< net of change and refunds
    };
    struct TaxSum {
        QString code;
        int basisPoints = 0;
        qint64 net = 0;
        qint64 tax = 0;
        qint64 gross = 0;
    };
    qint64 salesCount = 0;     ///< sales and exchanges taking money in
    qint64 salesTotal = 0;
    qint64 returnsCount = 0;   ///< returns and exchanges paying out
    qint64 returnsTotal = 0;   ///< negative
    qint64 discountTotal = 0;
    qint64 cashRounding = 0;
    QList<TenderSum> tenders;
    QList<TaxSum> taxes;
    qint64 floatAmount = 0;
    qint64 cashSales = 0;      ///< net cash from sales minus cash refunds
    qint64 cashIn = 0;
    qint64 cashOut = 0;        ///< positive
    qint64 noSaleCount = 0;
    qint64 expectedCash = 0;   ///< float + cash sales + cash in - cash out
    qint64 firstReceipt = 0;
    qint64 lastReceipt = 0;
};

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
