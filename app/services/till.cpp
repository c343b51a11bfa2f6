// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/till.h"

#include "services/staffauth.h"
#include "services/staffsession.h"

namespace ok {

Till::Till(const Parts &p, QObject *parent)
    : QObject(parent)
    , m_session(p.session)
    , m_gate(p.gate)
    , m_ticket(p.settings, p.ledger, p.session, p.gate)
    , m_scans(m_ticket, p.catalog)
    , m_returns(m_ticket, p.ledger)
    , m_drawer(p.devices, p.ledger)
    , m_receipts(m_ticket.format(), p.ledger, &p.session.auth(), p.devices)
    , m_committer(m_ticket, p.ledger, m_drawer, m_receipts)
    , m_tender(m_ticket, m_returns, m_committer, p.paymentTerminal)
    , m_cashDesk(p.cashDesk, p.ledger, p.devices, m_drawer, m_ticket.format())
{
    m_ticket.setDiskSpace(p.diskSpace);
    connect(&m_ticket, &Ticket::eventWritten, this, &Till::eventWritten);
    connect(&m_committer, &SaleCommitter::eventWritten, this, &Till::eventWritten);
    connect(&m_cashDesk, &CashDesk::eventWritten, this, &Till::eventWritten);
    // Nobody walks away from a card payment in progress: the idle lock waits for it.
    m_session.setHold([this] { return m_ticket.hasOpenCard(); });
    m_cashDesk.setOpenTicketCheck([this] { return !m_ticket.isEmpty(); });
    // Whoever signs in finds the ticket that was in progress (a crash, an idle lock), with its
    // tenders; a committed sale is never restored.
    connect(&m_session, &StaffSession::changed, this, [this] {
        if (m_session.isSignedIn() && m_ticket.isEmpty() && m_ticket.tenders().isEmpty())
            if (auto r = m_ticket.restore(); !r)
                m_ticket.say(r.error().message, true);
    });
}

} // namespace ok
