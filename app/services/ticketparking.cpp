// SPDX-License-Identifier: GPL-3.0-or-later
// Ticket: parking a basket and resuming it (a customer steps aside to fetch something). Kept apart
// from ticket.cpp, which rings up, edits and settles the ticket.
#include "services/ticket.h"

#include "storage/drafts.h"

namespace ok {

namespace {
Error invalidInput(const QString &text)
{
    return Error{QStringLiteral("till.invalid"), text};
}
} // namespace

Result<void> Ticket::park()
{
    if (auto r = ready(); !r)
        return r;
    if (isEmpty())
        return invalidInput(tr("The basket is empty"));
    if (auto r = editable(QT_TR_NOOP("Payment has started: finish or cancel it before parking")); !r)
        return r;
    if (auto r = persist(); !r)
        return r;
    const QString label = tr("%n item(s), %1", nullptr, int(m_t.basket.lines().size() + m_t.returns.size())).arg(m_format.amount(totals().total))
        + (m_t.customer.isEmpty() ? QString() : QStringLiteral(" · ") + m_t.customer);
    if (auto r = m_drafts->move(db::Drafts::kCurrent, QStringLiteral("parked:") + m_t.id, label, now()); !r)
        return r;
    reset();
    Q_EMIT changed();
    return {};
}

Result<void> Ticket::resume(const QString &slot)
{
    if (auto r = ready(); !r)
        return r;
    if (!isEmpty())
        return Error{QStringLiteral("till.busy"), tr("Finish or park the current basket first")};
    const auto draft = m_drafts->load(slot);
    if (!draft || !slot.startsWith(QLatin1String("parked:")))
        return invalidInput(tr("That parked basket is gone (resumed on another screen?)"));
    if (auto r = load(draft->payload); !r)
        return r;
    if (auto r = m_drafts->move(slot, db::Drafts::kCurrent, QString(), now()); !r) {
        reset();
        return r;
    }
    Q_EMIT replaced();
    return persist();
}

QList<BasketDraft> Ticket::parked() const
{
    return m_drafts->parked();
}

} // namespace ok
