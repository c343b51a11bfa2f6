// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/tendersession.h"

#include "services/returnsession.h"
#include "services/salecommitter.h"
#include "services/ticket.h"

#include <QUuid>

namespace ok {

namespace {
Error invalidInput(const QString &text)
{
    return Error{QStringLiteral("till.invalid"), text};
}
Error noTerminal()
{
    return Error{QStringLiteral("till.no-terminal"), TenderSession::tr("No card terminal is configured")};
}
} // namespace

TenderSession::TenderSession(Ticket &ticket, ReturnSession &returns, SaleCommitter &committer, ports::PaymentTerminal *terminal,
                             QObject *parent)
    : QObject(parent)
    , m_ticket(ticket)
    , m_returns(returns)
    , m_committer(committer)
    , m_terminal(terminal)
{
    if (m_terminal) {
        connect(m_terminal, &ports::PaymentTerminal::finished, this, &TenderSession::onCardFinished);
        connect(m_terminal, &ports::PaymentTerminal::prompt, this, [this](const QString &text) { m_ticket.say(text, false); });
    }
}

Result<void> TenderSession::readyToTender() const
{
    if (auto r = m_ticket.ready(); !r)
        return r;
    if (m_ticket.shiftId().isEmpty())
        return Error{QStringLiteral("till.no-shift"), tr("Open a shift (count the float into the drawer) before taking payment")};
    if (m_ticket.isEmpty())
        return invalidInput(tr("The basket is empty"));
    return {};
}

Result<void> TenderSession::payCash(qint64 amount)
{
    if (auto r = readyToTender(); !r)
        return r;
    const qint64 due = m_ticket.totals().due;
    const qint64 payable = m_ticket.cashDue();
    if (due == 0)
        return finishIfPaid();
    TenderLine line{QStringLiteral("cash"), payable, 0, QString(), TenderLine::State::Done, QString()};
    if (due > 0) {
        if (amount <= 0)
            return invalidInput(tr("Enter the cash handed over"));
        // Change only when the rest is paid; no rounding on a part payment.
        line.amount = amount;
        line.change = amount >= payable ? amount - payable : 0;
    }
    if (auto r = m_ticket.addTender(line); !r)
        return r;
    return finishIfPaid();
}

Result<void> TenderSession::payCard(qint64 amount)
{
    if (auto r = readyToTender(); !r)
        return r;
    if (!m_terminal)
        return noTerminal();
    const qint64 due = m_ticket.totals().due;
    if (due == 0)
        return finishIfPaid();
    const bool refund = due < 0;
    if (refund && !m_ticket.returnLines().isEmpty() && !m_returns.sourcePaidByCard())
        return invalidInput(tr("The original sale was not paid by card: refund in cash"));
    if (amount <= 0 || amount > (refund ? -due : due))
        return invalidInput(tr("Enter an amount up to %1").arg(m_ticket.format().amount(refund ? -due : due)));
    const TenderLine line{QStringLiteral("card"), refund ? -amount : amount, 0, QString(), TenderLine::State::Pending,
                          QUuid::createUuid().toString(QUuid::WithoutBraces)};
    // Written before the terminal is asked: after a crash we know to check this payment.
    if (auto r = m_ticket.addTender(line); !r)
        return r;
    const QString currency = m_ticket.settings().currency.code;
    const auto started = refund ? m_terminal->refund(line.txRef, amount, currency) : m_terminal->pay(line.txRef, amount, currency);
    if (!started) {
        (void)m_ticket.settleTender(line.txRef, Ticket::Settle::Remove);
        return started.error();
    }
    m_ticket.say(refund ? tr("Refund to card: %1").arg(m_ticket.format().amount(amount)) : tr("Card payment: %1").arg(m_ticket.format().amount(amount)),
                 false);
    return {};
}

Result<void> TenderSession::payPoints(qint64 points, const QString &customerId)
{
    if (auto r = readyToTender(); !r)
        return r;
    if (!m_redeemer)
        return invalidInput(tr("Paying with points needs the central service, and this terminal has none"));
    if (!isLoyaltyId(m_ticket.customer()) || customerId.isEmpty())
        return invalidInput(tr("Identify the customer by their loyalty card first"));
    const qint64 due = m_ticket.totals().due;
    if (due <= 0)
        return invalidInput(tr("Points pay for a sale, not a refund"));
    if (points <= 0 || points > due)
        return invalidInput(tr("Enter between 1 and %1 points").arg(due));
    const TenderLine line{QStringLiteral("loyalty"), points, 0, QStringLiteral("customer:") + customerId, TenderLine::State::Pending,
                          QUuid::createUuid().toString(QUuid::WithoutBraces)};
    // Written before the central service is asked: after a crash we know to ask again.
    if (auto r = m_ticket.addTender(line); !r)
        return r;
    redeem(line);
    return {};
}

void TenderSession::redeem(const TenderLine &line)
{
    const QString customerId = line.reference.mid(int(qstrlen("customer:")));
    const QString saleId = m_ticket.id();
    m_ticket.say(tr("Asking the central service for %1 points…").arg(line.amount), false);
    m_redeemer(line.txRef, customerId, line.amount, saleId, [self = QPointer<TenderSession>(this), line, customerId, saleId](Result<Redemption> r) {
        if (!self || self->m_ticket.id() != saleId)
            return; // the ticket is gone (voided): its pending tender went with it
        Ticket &ticket = self->m_ticket;
        if (!r) {
            (void)ticket.settleTender(line.txRef, Ticket::Settle::Remove);
            // The request may have reached the central service before its answer was lost:
            // give back whatever it took (an unknown redemption is a no-op there).
            if (r.error().code != QLatin1String("loyalty.offline"))
                (void)ticket.cancelRedemption(line.txRef, customerId);
            ticket.say(r.error().message, true);
            return;
        }
        (void)ticket.settleTender(line.txRef, Ticket::Settle::Done, r->id);
        ticket.say(tr("Paid with %1 points. The customer has %2 points left.").arg(r->points).arg(r->balance), false);
        if (auto f = self->finishIfPaid(); !f)
            ticket.say(f.error().message, true);
    });
}

Result<void> TenderSession::checkCard()
{
    for (const auto &tender : m_ticket.tenders())
        if (tender.kind == QLatin1String("loyalty") && tender.state != TenderLine::State::Done) {
            if (!m_redeemer)
                return invalidInput(tr("Paying with points needs the central service, and this terminal has none"));
            redeem(tender);
            return {};
        }
    if (!m_terminal)
        return noTerminal();
    for (const auto &tender : m_ticket.tenders())
        if (tender.state == TenderLine::State::Unknown) {
            if (auto r = m_terminal->checkStatus(tender.txRef, tender.amount < 0 ? -tender.amount : tender.amount,
                                                 m_ticket.settings().currency.code);
                !r)
                return r;
            m_ticket.say(tr("Asking the card terminal…"), false);
            return {};
        }
    return invalidInput(tr("No card payment needs checking"));
}

void TenderSession::cancelCard()
{
    if (m_terminal)
        m_terminal->cancel();
}

void TenderSession::onCardFinished(const ports::PaymentResult &result)
{
    const auto &tenders = m_ticket.tenders();
    const bool ours = std::any_of(tenders.cbegin(), tenders.cend(), [&](const TenderLine &t) {
        return t.txRef == result.reference && t.state != TenderLine::State::Done;
    });
    if (!ours)
        return; // not ours (a staff test, an old transaction)
    using O = ports::PaymentResult::Outcome;
    switch (result.outcome) {
    case O::Approved: {
        QStringList parts;
        if (!result.authCode.isEmpty())
            parts << tr("auth %1").arg(result.authCode);
        if (!result.maskedCard.isEmpty())
            parts << result.maskedCard;
        (void)m_ticket.settleTender(result.reference, Ticket::Settle::Done, parts.join(QLatin1Char(' ')));
        m_ticket.say(result.message, false);
        if (auto r = finishIfPaid(); !r)
            m_ticket.say(r.error().message, true);
        return;
    }
    case O::Declined:
    case O::Cancelled:
        (void)m_ticket.settleTender(result.reference, Ticket::Settle::Remove);
        m_ticket.say(result.message, true);
        return;
    case O::Unknown:
        (void)m_ticket.settleTender(result.reference, Ticket::Settle::Unknown);
        m_ticket.say(result.message, true);
        return;
    }
}

Result<void> TenderSession::finishIfPaid()
{
    if (m_ticket.hasOpenCard() || m_ticket.isEmpty())
        return {};
    // Paid when nothing is left, or when what is left is only the cash rounding.
    if (m_ticket.totals().due != 0) {
        const auto &tenders = m_ticket.tenders();
        const bool cashLast = !tenders.isEmpty() && tenders.constLast().kind == QLatin1String("cash");
        if (!cashLast || m_ticket.cashDue() != 0)
            return {};
    }
    return m_committer.commit();
}

Result<void> TenderSession::complete()
{
    return m_committer.commit();
}

} // namespace ok
