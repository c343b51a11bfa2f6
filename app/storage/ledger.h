// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ok::db {

class Database;

/// A sale as it is committed: every amount already computed by the domain (core/basket.h).
/// Storage checks that the parts add up and refuses the whole sale if they do not.
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

/// Writes business facts to ledger.db. Every public write is one BEGIN IMMEDIATE transaction
/// holding the fact, its journal entry and its outbox event (RELIABILITY.md rule 2).
class Ledger
{
public:
    explicit Ledger(Database &ledger);

    /// Validate and commit a sale: sale, lines, taxes, tenders, stock deltas, cash movement, journal
    /// entry and outbox event, all or nothing. Assigns the next gap-free receipt number of the
    /// terminal. When this returns ok, the sale is on disk (synchronous=FULL).
    Result<CommittedSale> commitSale(SaleRecord sale);

    /// Sales whose receipt has not been printed yet (oldest first), for reprint after a restart.
    QList<CommittedSale> unprintedSales();
    Result<void> markReceiptPrinted(const QString &saleId, qint64 atMs);

    /// A committed sale with its lines (line_no = index + 1), tenders, taxes and approvals.
    std::optional<StoredSale> sale(const QString &id);
    /// The sale with receipt number `receiptNo` of `terminalId`.
    std::optional<StoredSale> saleByReceipt(const QString &terminalId, qint64 receiptNo);
    /// Quantity already returned per line_no of sale `saleId` (by committed returns/exchanges),
    /// as a positive number of pieces or grams, and the amount already refunded per line.
    struct Returned {
        qint64 quantity = 0;
        qint64 amount = 0;
    };
    QHash<int, Returned> returnedLines(const QString &saleId);
    /// The part of returnedLines whose events the central service has not acknowledged yet (a
    /// remote sale's answer does not know them).
    QHash<int, Returned> unsentReturnedLines(const QString &saleId);
    /// Sales of a terminal created at or after `sinceMs` (terminal clock), newest first.
    QList<StoredSale> recentSales(const QString &terminalId, qint64 sinceMs, int limit = 200);

    qint64 saleCount();
    qint64 pendingOutboxCount();

    /// Check the parts of a sale add up. Public for tests and for the commit path.
    static std::optional<Error> validate(const SaleRecord &sale);

private:
    QHash<int, Returned> returned(const QString &saleId, bool onlyUnsent);

    Database &m_db;
};

/// A sale of another terminal as the central service knows it, with what was already returned
/// of it per line_no (returns at another till; Till::setRemoteSaleLookup).
struct RemoteSale {
    StoredSale sale;
    QHash<int, Ledger::Returned> returned;
};

/// The hash-chained journal (RELIABILITY.md rule 8).
namespace journal {
struct Entry {
    qint64 seq = 0;
    qint64 createdAtMs = 0;
    QString kind;
    QString ref;
    QString actor;
    QString payload;
};

/// Append inside the caller's transaction. Returns the new seq.
Result<qint64> append(Database &db, const Entry &e);

/// Walk the chain. nullopt = intact; otherwise the seq of the first entry whose hash does not match.
std::optional<qint64> verify(Database &db);

/// The chain hash of an entry (SHA-256 over prev hash and a length-prefixed canonical form).
QByteArray hashEntry(const QByteArray &prevHash, const Entry &e);
} // namespace journal

/// The transactional outbox (RELIABILITY.md rules 2 and 3).
namespace outbox {
/// Append an event inside the caller's transaction; returns its new UUID (the idempotency key).
Result<QString> append(Database &db, const QString &kind, const QString &ref, const QJsonObject &payload, qint64 atMs);
} // namespace outbox

} // namespace ok::db
