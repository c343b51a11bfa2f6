// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/money.h"
#include "core/ticket.h"
#include "drivers/ports/paymentterminal.h"
#include "drivers/scanner/scannerconfig.h"
#include "services/receipts.h"
#include "services/staffauth.h"
#include "storage/catalog.h"
#include "storage/drafts.h"
#include "storage/ledger.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ok {

class CatalogService;
class DeviceManager;

struct TillSettings {
    QString storeId;
    QString storeName;
    QString terminalId;
    QString language;                 ///< store language: receipts and names
    Currency currency;
    TaxPolicy taxPolicy;
    int discountLimitBp = 1000;       ///< discounts above this (percent, or share of the gross) need approval
    QList<scanner::VariableMeasureLayout> variableMeasure; ///< in-store weight / price labels
};

/// The cashier's ticket: ring up, discount, return, tender, commit, receipt, drawer.
///
/// Rules it keeps (RELIABILITY.md 2, issue 5):
/// - Every change is written to ledger.db (basket_draft 'current') before the call returns, so a
///   crash or power loss restarts into the same ticket, tenders included. A card payment is
///   written as pending before the terminal is asked; after a restart it is "unknown" and must be
///   checked with the terminal (checkCard) before the ticket can be finished or paid again.
/// - The sale is committed (one transaction that also deletes the draft) before the receipt is
///   queued and the drawer opens. A committed sale is never restored and rung again.
/// - What the cashier's role does not allow returns an Error with code "approval:<permission>";
///   the caller asks a supervisor (StaffAuth::approve) and calls again with the approval, which is
///   recorded on the ticket and in the journal.
class Till : public QObject
{
    Q_OBJECT
public:
    struct Totals {
        qint64 subtotal = 0;  ///< Σ sale line gross - Σ refunds
        qint64 discounts = 0;
        qint64 total = 0;     ///< > 0 customer pays, < 0 customer gets back
        qint64 paid = 0;      ///< settled tenders (net of change)
        qint64 due = 0;       ///< total - paid
        TaxSummary tax;
        QList<BasketLineTotals> lines;
    };

    Till(TillSettings settings, db::Database &ledger, CatalogService *catalog, DeviceManager *devices, StaffAuth *auth,
         QObject *parent = nullptr);
    ~Till() override;

    const TillSettings &settings() const { return m_settings; }
    const Receipts &receipts() const { return m_receipts; }
    db::Database &ledgerDatabase() const { return m_ledger; }

    // ---- session
    void setCashier(const std::optional<StaffMember> &cashier);
    const std::optional<StaffMember> &cashier() const { return m_cashier; }
    /// The terminal's open shift (read from the ledger): tender needs one, sales are booked to it.
    QString shiftId() const;
    /// Load the ticket that was in progress when the program stopped (if any).
    Result<void> restore();

    // ---- ringing up
    /// A scanned or typed code: looked up asynchronously; lineAdded() or scanRejected() follows.
    void scan(const QString &code);
    /// A weighed product by its barcode with a weight typed in (no scale label).
    void scanWeighed(const QString &code, qint64 grams);
    /// Add a product (search result, scan). Piece products: `quantity` pieces (default 1);
    /// weighed products need a weight in grams. Returns the line index.
    Result<int> addProduct(const ProductInfo &product, std::optional<Quantity> quantity = std::nullopt,
                           std::optional<qint64> labelPrice = std::nullopt);
    Result<void> setQuantity(int line, qint64 value);
    Result<void> setLineDiscount(int line, const Discount &discount, const std::optional<ApprovalRecord> &approval = {});
    Result<void> setReceiptDiscount(const Discount &discount, const std::optional<ApprovalRecord> &approval = {});
    Result<void> overridePrice(int line, qint64 unitPrice, const QString &reason,
                               const std::optional<ApprovalRecord> &approval = {});
    Result<void> voidLine(int line, const std::optional<ApprovalRecord> &approval = {});
    Result<void> voidSale(const std::optional<ApprovalRecord> &approval = {});
    Result<void> setCustomer(const QString &customer);
    Result<void> park();
    Result<void> resume(const QString &slot);
    QList<BasketDraft> parked();

    // ---- returns
    /// A receipt's QR or its number: the sale whose lines can be returned.
    Result<void> openReturnSource(const QString &receiptText);
    void closeReturnSource();
    const std::optional<StoredSale> &returnSource() const { return m_source; }
    /// How much of line `lineNo` of the source can still be returned (committed returns and this
    /// ticket's return lines counted).
    qint64 returnable(int lineNo) const;
    Result<void> returnLine(int lineNo, qint64 quantity);
    Result<void> returnWithoutReceipt(const ProductInfo &product, qint64 quantity, qint64 unitPrice,
                                      const QString &reason, const std::optional<ApprovalRecord> &approval = {});
    Result<void> removeReturnLine(int index);

    // ---- state
    const Basket &basket() const { return m_basket; }
    const QList<QString> &lineNotes() const { return m_notes; }
    const QList<ReturnLine> &returnLines() const { return m_returns; }
    const QList<TenderLine> &tenders() const { return m_tenders; }
    const QString &customer() const { return m_customer; }
    bool isEmpty() const { return m_basket.isEmpty() && m_returns.isEmpty(); }
    Totals totals() const;
    /// Cash to ask for when the rest is paid in cash (rounded to the currency's cash increment).
    qint64 cashDue() const;
    bool cardInProgress() const;
    /// The original tenders of the return source included a card.
    bool sourcePaidByCard() const;

    // ---- tender
    /// Cash handed over (due > 0) or paid back (due < 0: `amount` is ignored, the rounded due
    /// is paid out). Finishes the ticket when it is paid.
    Result<void> payCash(qint64 amount);
    /// Card payment of `amount` (<= due), or a card refund when due < 0. Asynchronous: the
    /// terminal's answer arrives as changed() / message() / saleCompleted().
    Result<void> payCard(qint64 amount);
    /// Ask the terminal what became of an unknown card payment.
    Result<void> checkCard();
    void cancelCard();
    /// Finish a fully paid ticket whose commit failed before (tenders kept).
    Result<void> complete();

    // ---- receipts
    /// Queue the receipt of a committed sale. `copy`: a reprint, marked COPY on paper.
    Result<void> printReceipt(const QString &saleId, bool copy);
    /// Committed sales whose receipt never printed and is not queued (offer reprint, never re-ring).
    QList<CommittedSale> unprintedSales();

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    /// How a receipt QR of another terminal is looked up (the central service, SyncService::
    /// requestSale): called with the sale id, it answers `done` once, later, on this thread.
    /// Unset (offline build, no sync): such receipts are refused as before.
    using RemoteSaleLookup = std::function<void(const QString &saleId, std::function<void(Result<RemoteSale>)> done)>;
    void setRemoteSaleLookup(RemoteSaleLookup lookup) { m_remoteLookup = std::move(lookup); }
    /// The return source is another terminal's sale (looked up at the central service).
    bool sourceIsRemote() const { return m_sourceRemote; }

Q_SIGNALS:
    void changed();
    void lineAdded(int line);
    void scanRejected(const QString &code, const QString &message);
    /// Something for the cashier: progress ("Insert or tap card") or a problem.
    void message(const QString &text, bool problem);
    void saleCompleted(const ok::CommittedSale &sale, qint64 change);
    /// A fact went to the outbox (push soon).
    void eventWritten();
    void returnSourceChanged();

private:
    qint64 now() const;
    Error needsApproval(Permission p) const;
    bool allowed(Permission p, const std::optional<ApprovalRecord> &approval) const;
    void recordApproval(const std::optional<ApprovalRecord> &approval);
    Result<void> journalNow(const QString &kind, const QString &ref, const QJsonObject &payload, const QString &actor,
                            const QString &outboxKind = {});
    Result<void> persist();
    QByteArray serialize() const;
    Result<void> load(const QByteArray &payload);
    void resetTicket();
    /// Forget the receipt being returned from (and any lookup of it still in flight).
    void clearReturnSource();
    Result<void> ready() const;
    /// Above the store's limit: percent over discountLimitBp, or an amount over that share of `base`.
    bool isLargeDiscount(const Discount &discount, qint64 base) const;
    /// Approval for a large discount and a reason for any discount.
    Result<void> checkDiscount(const Discount &discount, bool large, const std::optional<ApprovalRecord> &approval) const;
    /// ready(), an open shift and something on the ticket.
    Result<void> readyToTender() const;
    bool hasOpenCard() const;
    void onCardFinished(const ports::PaymentResult &result);
    void onLookupFound(int request, const ProductInfo &product);
    void onLookupMissing(int request, const QString &code);
    Result<void> finishIfPaid();
    SaleRecord buildRecord() const;
    void onRemoteSale(const ReceiptRef &ref, Result<RemoteSale> answer);
    ports::PaymentTerminal *terminal() const;

    TillSettings m_settings;
    db::Database &m_ledger;
    db::Ledger m_sales;
    db::Drafts m_drafts;
    QPointer<CatalogService> m_catalog;
    QPointer<DeviceManager> m_devices;
    StaffAuth *m_auth;
    Receipts m_receipts;
    std::optional<StaffMember> m_cashier;

    // the ticket
    QString m_ticketId;            ///< the sale id it will commit under
    Basket m_basket;
    QList<QString> m_notes;        ///< parallel to basket lines: override / discount reason
    QList<ReturnLine> m_returns;
    QList<TenderLine> m_tenders;
    QList<ApprovalRecord> m_approvals;
    QString m_customer;
    std::optional<StoredSale> m_source;
    QHash<int, ReturnedQuantity> m_sourceReturned;
    bool m_sourceRemote = false;   ///< m_source came from the central service
    QString m_remoteOriginal;      ///< sale id of a remote original the return lines refer to
    RemoteSaleLookup m_remoteLookup;
    int m_lookupGeneration = 0;    ///< answers of older lookups are dropped

    struct PendingScan {
        QString code;
        std::optional<Quantity> quantity;
        std::optional<qint64> labelPrice;
    };
    QHash<int, PendingScan> m_lookups;
    std::function<qint64()> m_clock;
};

} // namespace ok

Q_DECLARE_METATYPE(ok::CommittedSale)
