// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outbox.h"
#include "core/result.h"

#include <QList>
#include <QObject>

#include <memory>

namespace ok::db {
class Database;
class Outbox;
} // namespace ok::db

namespace ok {

class ApprovalGate;

/// The events the central service refused (dead letters), and sending one again. Nothing is
/// ever deleted: a retry sends the same event id with the same body, and is journaled with the
/// signed-in person, who needs RetrySync (docs/reliability.md#r3-idempotent-events-never-dropped).
class DeadLetters : public QObject
{
    Q_OBJECT
public:
    /// `ledger` holds the outbox (must outlive this object); `gate` says who is signed in.
    DeadLetters(db::Database &ledger, ApprovalGate &gate, QObject *parent = nullptr);
    ~DeadLetters() override;

    /// The oldest `limit` refused events.
    Result<QList<DeadLetter>> list(int limit = 500);
    /// All refused events.
    qint64 count();

    /// Send the refused event `eventId` again. Errors: "till.signed-out", approvalRequired
    /// (RetrySync), "outbox.not-dead" (it was already sent again), "outbox.not-found", or a
    /// database error (nothing changed).
    Result<void> retry(const QString &eventId);

Q_SIGNALS:
    /// An event is pending again: push it now rather than at the next tick.
    void retried(const QString &eventId);

private:
    ApprovalGate &m_gate;
    std::unique_ptr<db::Outbox> m_outbox;
};

} // namespace ok
