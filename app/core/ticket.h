// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of the ticket in progress that the basket (core/basket.h) does not hold: tenders,
// return lines, and the saved form a crash or a parked basket leaves behind.

#include <QByteArray>
#include <QString>

namespace ok {

/// A tender of the ticket in progress.
struct TenderLine {
    enum class State { Done, Pending, Unknown };
    QString kind;       ///< cash, card
    qint64 amount = 0;  ///< taken (< 0: paid back)
    qint64 change = 0;
    QString reference;  ///< card: "auth 123456 VISA ****1234"
    State state = State::Done;
    QString txRef;      ///< card: our transaction reference at the terminal
};

/// A line being returned: from a receipt (saleId + lineNo) or without one.
struct ReturnLine {
    QString saleId;     ///< empty: return without receipt
    int lineNo = 0;
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 quantity = 0; ///< pieces or grams, > 0
    QString unit;
    qint64 unitPrice = 0;
    qint64 refund = 0;   ///< what goes back, > 0
    QString taxCode;
    int taxBasisPoints = 0;
    QString note;
};

/// A ticket in progress or parked, as the ledger keeps it (db::Drafts). The payload is the
/// ticket's own JSON (services/ticketdraft.h); storage only keeps it durable, so a crash restarts
/// into the ticket.
struct BasketDraft {
    QString slot;       ///< "current" or "parked:<uuid>"
    QString cashierId;
    QString label;      ///< parked: what the list shows ("3 items, 42.50")
    QByteArray payload;
    qint64 updatedAtMs = 0;
};

} // namespace ok
