// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ok {

/// One event the central service refused (an outbox row in state 'dead' in ledger.db), as staff
/// see it on the sync screen (docs/reliability.md#r3-idempotent-events-never-dropped). Read and
/// retried through db::Outbox; the row itself is never deleted.
struct DeadLetter {
    qint64 seq = 0;
    QString eventId;
    QString kind;           ///< "sale.completed" ...
    QString ref;            ///< the business fact it reports (sale id ...)
    qint64 createdAtMs = 0; ///< terminal clock, informational
    int attempts = 0;
    QString reason;         ///< the server's reason; "ALARM: ..." for an id used with another body
    qint64 receiptNo = 0;   ///< sales and returns: the receipt number people know it by; else 0
};

} // namespace ok
