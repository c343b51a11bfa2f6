// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/product.h"
#include "core/ticket.h"
#include "services/receipts.h"
#include "services/tillsettings.h"

#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace ok::db {
class Database;
class DiskSpace;
class Drafts;
class Ledger;
} // namespace ok::db

namespace ok {

class ApprovalGate;
class StaffSession;

/// The cashier's ticket in progress: its sale lines and their edits (quantities, discounts, price
/// overrides, voids), the customer, park and resume; and the durable home of the return lines
/// and tenders that ReturnSession and TenderSession add.
///
/// Every change is written to ledger.db (the 'current' draft) before the call returns, so a crash
/// or power loss restarts into the same ticket, tenders included
/// (docs/reliability.md#r2-one-transaction-per-fact). What the signed-in role may not do comes
/// back as approvalRequired(p) (ApprovalGate); called again with the approval, the action runs and
/// the approval is recorded on the ticket.
class Ticket : public QObject
{
    Q_OBJECT
public:
    using Totals = TicketTotals;

    Ticket(TillSettings settings, db::Database &ledger, StaffSession &session, ApprovalGate &gate, QObject *parent = nullptr);
    ~Ticket() override;

    const TillSettings &settings() const { return m_settings; }
    /// Amounts and quantities as the store writes them.
    const Receipts &format() const { return m_format; }
    StaffSession &session() const { return m_session; }
    ApprovalGate &gate() const { return m_gate; }

    // ---- state
    const TicketState &state() const { return m_t; }
    const QString &id() const { return m_t.id; }
    const Basket &basket() const { return m_t.basket; }
    const QList<QString> &lineNotes() const { return m_t.notes; }
    const QList<ReturnLine> &returnLines() const { return m_t.returns; }
    const QList<TenderLine> &tenders() const { return m_t.tenders; }
    const QString &customer() const { return m_t.customer; }
    bool isEmpty() const { return m_t.isEmpty(); }
    /// Payment has started: lines can no longer change.
    bool isPaying() const { return !m_t.tenders.isEmpty(); }
    /// A card tender is pending or unknown.
    bool hasOpenCard() const;
    Totals totals() const;
    /// Cash to ask for when the rest is paid in cash (rounded to the currency's cash increment).
    qint64 cashDue() const;
    /// The terminal's open shift (read from the ledger): tender needs one, sales are booked to it.
    QString shiftId() const;

    /// Signed in and no card payment unsettled: what every change needs.
    Result<void> ready() const;
    /// The data directory's free space: a new sale (the first line of an empty ticket) and the
    /// commit are refused when it is low. null: no check.
    void setDiskSpace(const db::DiskSpace *space) { m_disk = space; }

    // ---- lifecycle
    /// Load the ticket that was in progress when the program stopped (if any).
    Result<void> restore();
    /// A committed or voided ticket: start a new, empty one (not written: the caller's
    /// transaction already removed the draft, or persist() follows).
    void reset();
    /// Write the ticket to the ledger (or remove the draft when it is empty).
    Result<void> persist();

    // ---- ringing up
    /// Add a product: piece products `quantity` pieces (default 1); weighed products need a weight
    /// in grams; a price label (`labelPrice`) adds one line at that price. Returns the line index.
    Result<int> addProduct(const ProductInfo &product, std::optional<Quantity> quantity = std::nullopt,
                           std::optional<qint64> labelPrice = std::nullopt);
    /// Lowering a quantity voids pieces: Permission::VoidLine.
    Result<void> setQuantity(int line, qint64 value, const std::optional<ApprovalRecord> &approval = {});
    Result<void> setLineDiscount(int line, const Discount &discount, const std::optional<ApprovalRecord> &approval = {});
    Result<void> setReceiptDiscount(const Discount &discount, const std::optional<ApprovalRecord> &approval = {});
    Result<void> overridePrice(int line, qint64 unitPrice, const QString &reason, const std::optional<ApprovalRecord> &approval = {});
    Result<void> voidLine(int line, const std::optional<ApprovalRecord> &approval = {});
    Result<void> voidSale(const std::optional<ApprovalRecord> &approval = {});
    Result<void> setCustomer(const QString &customer);
    Result<void> park();
    Result<void> resume(const QString &slot);
    QList<BasketDraft> parked() const;

    // ---- for the return and tender sessions
    Result<void> addReturnLine(const ReturnLine &line, const std::optional<ApprovalRecord> &approval);
    Result<void> removeReturnLine(int index);
    /// The receipt returned from (persisted with the ticket), and whether it is another till's.
    void setReturnSource(const QString &saleId, bool remote);
    Result<void> addTender(const TenderLine &tender);
    /// Settle the tender with transaction reference `txRef`: Done with `reference`, Unknown, or
    /// removed (declined, cancelled).
    enum class Settle { Done, Unknown, Remove };
    Result<void> settleTender(const QString &txRef, Settle how, const QString &reference = {});
    /// A points payment that did not complete: loyalty.redemption_cancelled to the outbox, so
    /// the central service gives back whatever redemption `redemptionId` took.
    Result<void> cancelRedemption(const QString &redemptionId, const QString &customerId);
    void recordApproval(const std::optional<ApprovalRecord> &approval);
    /// Tell the cashier (message()).
    void say(const QString &text, bool problem) { Q_EMIT message(text, problem); }

Q_SIGNALS:
    void changed();
    void lineAdded(int line);
    /// Something for the cashier: progress or a problem.
    void message(const QString &text, bool problem);
    /// A fact went to the outbox (push soon).
    void eventWritten();
    /// A ticket was loaded (restore, resume) or a new one started: sessions re-read what they
    /// keep beside it.
    void replaced();

private:
    qint64 now() const;
    Result<void> editable(const char *whatStarted) const;
    Result<void> checkLine(int line) const;
    bool isLargeDiscount(const Discount &discount, qint64 base) const;
    Result<void> checkDiscount(const Discount &discount, bool large, const std::optional<ApprovalRecord> &approval) const;
    Result<void> journal(const QString &kind, const QJsonObject &payload, const std::optional<ApprovalRecord> &approval,
                         const QString &outboxKind = {});
    Result<void> load(const QByteArray &payload);

    TillSettings m_settings;
    StaffSession &m_session;
    ApprovalGate &m_gate;
    std::unique_ptr<db::Drafts> m_drafts;
    std::unique_ptr<db::Ledger> m_ledger;
    db::Database &m_db;
    const db::DiskSpace *m_disk = nullptr;
    Receipts m_format;
    TicketState m_t;
};

} // namespace ok
