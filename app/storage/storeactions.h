// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/storeaction.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ok::db {

class Database;

/// What staff did across channels at this terminal (docs/channels.md), in ledger.db: holds,
/// ship-to-store/home requests, stock counts, web orders moved to this store, web returns. Each
/// action is journaled and sent as one outbox event in one transaction; its state is the event's
/// (pending, accepted, refused with the central service's reason).
class StoreActions
{
public:
    explicit StoreActions(Database &ledger);

    using Action = StoreAction;
    using Row = StoreAction;
    /// Journal (kind "<action kind>.requested"), outbox event `outboxKind` with `payload` and the
    /// action row, in one transaction. Returns the event id.
    Result<QString> record(const Action &a, const QString &outboxKind, const QJsonObject &payload, qint64 nowMs);
    /// Release an active hold here: journal, outbox reservation.released, released_at, in one
    /// transaction. Error "hold.not-active" for an unknown, released or expired hold.
    Result<void> releaseHold(const QString &holdId, const QString &staffId, const QString &reason, qint64 nowMs);

    /// Actions of `kind`, newest first, at most `limit`.
    Result<QList<Row>> list(const QString &kind, int limit);
    /// Active holds (not released, not expired at `nowS`), soonest expiry first.
    Result<QList<Row>> activeHolds(qint64 nowS);
    /// Pieces of `productId` held here that the cache cannot show yet: active holds whose event
    /// the central service has not acknowledged (after that, its stock rows carry them).
    Result<qint64> unsentHolds(qint64 productId, qint64 nowS);

private:
    Result<QList<Row>> query(const QString &where, const QList<QVariant> &args, int limit);
    Database &m_ledger;
};

} // namespace ok::db
