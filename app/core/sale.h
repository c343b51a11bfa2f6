// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sale as the ledger records it and the central service reports it: value types shared by
// the till's services, storage and the screens. Every amount is in minor units of the sale's
// currency; every amount is already computed by the domain (core/basket.h, core/tax.h).

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ok {

/// A sale as it is committed: every amount already computed by the domain (core/basket.h).
/// Storage checks that the parts add up and refuses the whole sale if they do not (db::Ledger).
struct SaleLineRecord {
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 quantity = 0;        ///< pieces, or grams
    QString unit = QStringLiteral("piece"); ///< "piece" or "gram"
    qint64 unitPrice = 0;       ///< per piece or per kg
    qint64 discount = 0;        ///< line + share of receipt discount
    qint64 amount = 0;          ///< what the customer pays for the line
    QString taxCode;
    int taxBasisPoints = 0;
    int returnOfLine = 0;       ///< a return line: the line_no it returns in SaleRecord::originalSaleId
    QString note;               ///< price override or discount reason, printed under the line
};

/// A supervisor's or manager's approval of something the cashier may not do alone.
struct ApprovalRecord {
    QString action;             ///< "void_line", "price_override", ... (services/staffauth.h)
    QString staffId;            ///< who approved
    QString reason;
    qint64 atMs = 0;
};

struct TenderRecord {
    QString kind;               ///< cash, card, voucher, store_credit
    qint64 amount = 0;          ///< amount taken (cash: handed over)
    qint64 change = 0;          ///< change given back
    QString reference;          ///< authorisation code or voucher id, never card data
};

struct TaxRecord {
    QString code;
    int basisPoints = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

struct SaleRecord {
    QString id;                 ///< UUID made on the terminal (empty: made by commit)
    QString kind = QStringLiteral("sale");
    QString storeId;
    QString terminalId;
    QString cashierId;
    QString stockLocation;      ///< location the stock deltas apply to (normally the store)
    QString currency;
    qint64 createdAtMs = 0;     ///< terminal clock, informational
    qint64 subtotal = 0;
    qint64 discountTotal = 0;
    qint64 taxTotal = 0;
    qint64 total = 0;
    qint64 cashRounding = 0;    ///< cash-rounding adjustment (e.g. NOK to whole kroner): payable = total + this
    /// The store's prices include tax (retail): line amounts add up to the total. Without, line
    /// amounts are net and the total is their sum plus tax.
    bool pricesIncludeTax = true;
    QList<SaleLineRecord> lines;
    QList<TenderRecord> tenders;
    QList<TaxRecord> taxes;
    QString shiftId;            ///< the open shift (cash reports); empty outside a shift
    QString originalSaleId;     ///< return / exchange: the sale it returns lines of
    QString customer;           ///< optional customer reference (loyalty card, e-mail)
    QList<ApprovalRecord> approvals;
    QString draftSlot;          ///< basket draft deleted in the same transaction ("" = none)
    /// A return / exchange of another terminal's sale, checked by the till against the central
    /// service's answer (GET /v1/sales/{id}): the original need not be in this ledger.
    bool originalIsRemote = false;
};

/// A committed sale read back (receipts, reprints, returns).
struct StoredSale {
    SaleRecord sale;
    qint64 receiptNo = 0;
    std::optional<qint64> receiptPrintedAtMs;
};

struct CommittedSale {
    QString id;
    qint64 receiptNo = 0;
    qint64 journalSeq = 0;
    QString eventId;
};

/// How much of one line of a sale was already returned: a positive number of pieces or grams,
/// and the amount already refunded.
struct ReturnedQuantity {
    qint64 quantity = 0;
    qint64 amount = 0;
};

/// A sale of another terminal as the central service knows it, with what was already returned
/// of it per line_no (returns at another till).
struct RemoteSale {
    StoredSale sale;
    QHash<int, ReturnedQuantity> returned;
};

} // namespace ok
