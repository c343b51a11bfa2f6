// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/ticket.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ok::ticketdraft {

/// The ticket as the ledger's draft keeps it (JSON, versioned). Lines are stored as they are,
/// never merged on the way back.
QByteArray encode(const TicketState &ticket, const QString &cashierId);

/// The ticket a draft holds, in `currency` with `policy`. A card payment that was pending when
/// the draft was written comes back as Unknown: only the terminal knows what became of it.
/// Error "till.draft" for anything that cannot be read back exactly (the draft stays in the
/// ledger for staff).
Result<TicketState> decode(const QByteArray &payload, const Currency &currency, const TaxPolicy &policy);

} // namespace ok::ticketdraft
