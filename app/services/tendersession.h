// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drivers/ports/paymentterminal.h"

#include <QObject>
#include <QPointer>

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
    /// Ask the terminal what became of an unknown card payment.
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

    Ticket &m_ticket;
    ReturnSession &m_returns;
    SaleCommitter &m_committer;
    QPointer<ports::PaymentTerminal> m_terminal;
};

} // namespace ok
