// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/product.h"
#include "core/result.h"
#include "core/sale.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace ok::db {
class Database;
class Ledger;
} // namespace ok::db

namespace ok {

class Ticket;
struct ReceiptRef;

/// Returns on the ticket: the receipt being returned from (this till's, or another till's looked
/// up live at the central service), what is left to return of each of its lines, and the return
/// lines themselves (with a receipt, or without one with a supervisor's approval).
///
/// The refund of a receipt line is what the customer paid for it (after its discounts), shared
/// by quantity, so that returning everything refunds exactly what was paid.
class ReturnSession : public QObject
{
    Q_OBJECT
public:
    /// How a receipt QR of another terminal is looked up (the central service:
    /// SyncService::lookupSale): called with the sale id, it answers `done` once, later, on this
    /// thread. Unset (no sync): such receipts are refused.
    using RemoteSaleLookup = std::function<void(const QString &saleId, std::function<void(Result<RemoteSale>)> done)>;

    ReturnSession(Ticket &ticket, db::Database &ledger, QObject *parent = nullptr);
    ~ReturnSession() override;

    void setRemoteSaleLookup(RemoteSaleLookup lookup) { m_remoteLookup = std::move(lookup); }

    /// A receipt's QR or its number: the sale whose lines can be returned. Another till's QR with
    /// a lookup set: asked at the central service; sourceChanged() or message() follows.
    Result<void> openSource(const QString &receiptText);
    /// Forget the receipt, unless lines of it are on the ticket.
    void closeSource();
    const std::optional<StoredSale> &source() const { return m_source; }
    /// The source is another terminal's sale (looked up at the central service).
    bool isRemote() const { return m_remote; }
    /// The source's tenders included a card (a refund may go back to it).
    bool sourcePaidByCard() const;
    /// How much of line `lineNo` of the source can still be returned (committed returns, this
    /// ticket's return lines and, for a remote source, the central service's figures counted).
    qint64 returnable(int lineNo) const;

    Result<void> returnLine(int lineNo, qint64 quantity);
    Result<void> returnWithoutReceipt(const ProductInfo &product, qint64 quantity, qint64 unitPrice, const QString &reason,
                                      const std::optional<ApprovalRecord> &approval = {});

Q_SIGNALS:
    void sourceChanged();
    void message(const QString &text, bool problem);

private:
    void onTicketReplaced();
    void onRemoteSale(const ReceiptRef &ref, Result<RemoteSale> answer);
    void clear();

    Ticket &m_ticket;
    std::unique_ptr<db::Ledger> m_sales;
    std::optional<StoredSale> m_source;
    QHash<int, ReturnedQuantity> m_returned; ///< already returned per line_no, outside this ticket
    bool m_remote = false;
    RemoteSaleLookup m_remoteLookup;
    int m_generation = 0; ///< answers of older lookups are dropped
};

} // namespace ok
