// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ok {

/// Something staff did across channels at this terminal (docs/channels.md): a hold, a
/// ship-to-store or ship-to-home request, a stock count, a web order moved to this store, a web
/// return. Each is one outbox event; its state is the event's.
struct StoreAction {
    QString id;   ///< hold id, request id ... (a UUID)
    QString kind; ///< hold, transfer, count, collect_here, web_return
    qint64 productId = 0;
    QString productName; ///< as shown when it was done
    qint64 quantity = 0;
    QString locationId; ///< hold, count: this store; transfer: where from
    QString label;      ///< hold: for whom; transfer: "store"/"home"; web: the order number
    std::optional<qint64> amount;    ///< web return: the refund
    std::optional<qint64> expiresAt; ///< hold: unix s
    QString staffId;
    // Filled when read:
    qint64 createdAtMs = 0;
    std::optional<qint64> releasedAtMs;
    QString eventState; ///< pending, acked, dead
    QString reason;     ///< dead: the central service's refusal
};

} // namespace ok
