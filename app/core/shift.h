// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ok {

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

} // namespace ok
