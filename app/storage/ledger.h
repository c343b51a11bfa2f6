// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sale.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ok::db {

class Database;

/// Writes business facts to ledger.db. Every public write is one BEGIN IMMEDIATE transaction
/// holding the fact, its journal entry and its outbox event
/// (docs/reliability.md#r2-one-transaction-per-fact).
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
    QHash<int, ReturnedQuantity> returnedLines(const QString &saleId);
    /// The part of returnedLines whose events the central service has not acknowledged yet (a
    /// remote sale's answer does not know them).
    QHash<int, ReturnedQuantity> unsentReturnedLines(const QString &saleId);
    /// Sales of a terminal created at or after `sinceMs` (terminal clock), newest first.
    QList<StoredSale> recentSales(const QString &terminalId, qint64 sinceMs, int limit = 200);

    qint64 saleCount();
    qint64 pendingOutboxCount();

    /// A fact that is not a sale (a voided line or sale, a price override, a drawer or door
    /// opening): its journal entry and, with `outboxKind`, its outbox event carrying `payload`,
    /// in one transaction. Returns the journal seq.
    Result<qint64> recordEvent(const QString &kind, const QString &ref, const QString &actor, const QJsonObject &payload,
                               qint64 atMs, const QString &outboxKind = {});

    /// Check the parts of a sale add up. Public for tests and for the commit path.
    static std::optional<Error> validate(const SaleRecord &sale);

private:
    QHash<int, ReturnedQuantity> returned(const QString &saleId, bool onlyUnsent);

    Database &m_db;
};

/// The hash-chained journal (docs/reliability.md#r8-tamper-evident-journal).
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

/// The transactional outbox (docs/reliability.md#r2-one-transaction-per-fact and
/// #r3-idempotent-events-never-dropped).
namespace outbox {
/// Append an event inside the caller's transaction; returns its new UUID (the idempotency key).
Result<QString> append(Database &db, const QString &kind, const QString &ref, const QJsonObject &payload, qint64 atMs);
} // namespace outbox

} // namespace ok::db
