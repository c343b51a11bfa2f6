// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pickuporder.h"
#include "core/result.h"
#include "storage/ledger.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ok::db {

class Database;

/// Click-and-collect orders of this store (cache.db, from the orders stream) with what this
/// terminal did to them (ledger.db), and the failed-attempt counters that throttle pickup codes
/// (docs/pickup.md). Every write is one ledger transaction holding the journal entry, the outbox
/// event and the order's local state.
class Pickups
{
public:
    Pickups(Database &cache, Database &ledger);

    Result<std::optional<PickupOrder>> order(const QString &id);
    Result<std::optional<PickupOrder>> byNumber(const QString &number);
    /// The orders a code's locator names (usually one).
    Result<QList<PickupOrder>> withLocator(const QString &locator);
    /// Orders whose number or first name contains `search` (all when empty), by number.
    Result<QList<PickupOrder>> list(const QString &search, int limit = 500);
    /// compartment → order id, for orders ready in a locker.
    Result<QHash<QString, QString>> occupied();

    struct Guard {
        int failures = 0;
        qint64 lockedAtMs = 0; ///< 0: not locked
        qint64 lastFailureMs = 0;
    };
    Result<Guard> orderGuard(const QString &orderId);
    Result<Guard> terminalGuard();
    /// One failed attempt, against the terminal and every order in `orderIds`; an order reaching
    /// `lockAfter` failures is locked. Journaled as pickup.failed with `how` ("code", "qr") and
    /// the orders, never the code.
    Result<void> recordFailure(const QStringList &orderIds, int lockAfter, const QString &how, qint64 nowMs);
    /// Staff lift an order's lock (journaled with who and why).
    Result<void> unlockOrder(const QString &orderId, const QString &actor, const QString &reason, qint64 nowMs);

    /// The order's state here after a fact (loaded, handed over, returned, extended).
    struct Change {
        QString status; ///< ready, collected, expired, cancelled
        QStringList compartments;
        std::optional<qint64> expiresAt;
    };
    struct Fact {
        QString orderId;
        QString journalKind;  ///< "pickup.collected" ...
        QString actor;        ///< staff id, or "customer"
        QJsonObject payload;  ///< journaled and, with outboxKind, sent; never a code, token or contact
        QString outboxKind;   ///< "" = journal only
        std::optional<Change> change;
        bool clearsAttempts = false; ///< a verified code: the order's and the terminal's counters restart
    };
    /// Returns the journal seq.
    Result<qint64> record(const Fact &fact, qint64 nowMs);

    /// The journal entries of an order, oldest first.
    Result<QList<journal::Entry>> history(const QString &orderId);

private:
    Result<QList<PickupOrder>> query(const char *where, const QString &arg, int limit);
    Result<void> overlay(PickupOrder &o);
    Result<void> readLines(PickupOrder &o);

    Database &m_cache;
    Database &m_ledger;
};

} // namespace ok::db
