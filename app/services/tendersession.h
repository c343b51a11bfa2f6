// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/ticket.h"
#include "core/result.h"
#include "drivers/ports/paymentterminal.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ok {

class ReturnSession;
class SaleCommitter;
class Ticket;

/// Paying the ticket (or paying back): cash, card through the terminal, or both. When nothing is
/// left to pay (or only the cash rounding), the sale is committed (SaleCommitter).
///
/// A card payment is written to the ticket as pending before the terminal is asked, so a crash
/// leaves a record of it; after a restart it is Unknown and must be checked with the terminal
/// (checkCard) before the ticket can be finished or paid again. A card outcome is never guessed
/// (docs/devices.md#d15-the-payment-terminal-owns-the-card).
class TenderSession : public QObject
{
    Q_OBJECT
public:
    /// `terminal` may be null (no card terminal configured).
    TenderSession(Ticket &ticket, ReturnSession &returns, SaleCommitter &committer, ports::PaymentTerminal *terminal,
                  QObject *parent = nullptr);

    /// Cash handed over (due > 0) or paid back (due < 0: `amount` is ignored, the rounded due is
    /// paid out). Finishes the ticket when it is paid.
    Result<void> payCash(qint64 amount);
    /// Card payment of `amount` (<= due), or a card refund when due < 0. Asynchronous: the
    /// terminal's answer arrives as Ticket::changed / Ticket::message / saleCompleted.
    Result<void> payCard(qint64 amount);
    /// Takes points off the customer's balance at the central service (CustomerDesk::redeem).
    using Redeemer = std::function<void(const QString &redemptionId, const QString &customerId, qint64 points,
                                        const QString &saleId, std::function<void(Result<Redemption>)> done)>;
    /// No redeemer (no central service): paying with points is refused.
    void setRedeemer(Redeemer redeemer) { m_redeemer = std::move(redeemer); }
    /// Pay `points` (1 point = 1 minor unit, at most what is due) from the balance of the
    /// identified customer `customerId` (the ticket's customer must be their loyalty card).
    /// Asynchronous like a card: the tender is written as pending first (its reference is the
    /// redemption id, idempotent at the central service), then settled by the answer. A failed or
    /// unanswered redemption removes the tender and queues loyalty.redemption_cancelled, so points
    /// taken by a request whose answer was lost come back.
    Result<void> payPoints(qint64 points, const QString &customerId);
    /// Ask the terminal what became of an unknown card payment; for an unknown points payment
    /// (a restart while it was asked), ask the central service again with the same redemption id.
    Result<void> checkCard();
    void cancelCard();
    /// Finish a fully paid ticket whose commit failed before (tenders kept).
    Result<void> complete();
    bool hasTerminal() const { return m_terminal; }

private:
    /// Signed in, no card open, a shift open and something on the ticket.
    Result<void> readyToTender() const;
    Result<void> finishIfPaid();
    void onCardFinished(const ports::PaymentResult &result);
    void redeem(const TenderLine &line);
    Redeemer m_redeemer;

    Ticket &m_ticket;
    ReturnSession &m_returns;
    SaleCommitter &m_committer;
    QPointer<ports::PaymentTerminal> m_terminal;
};

} // namespace ok
