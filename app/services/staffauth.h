// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/staff.h"
#include "storage/ledger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ok::db {
class Database;
}

namespace ok {

/// Staff PIN sign-in and supervisor approvals, offline (RELIABILITY.md: lockouts hold).
///
/// PINs are checked against PBKDF2-HMAC-SHA256 verifiers (salt and iteration count per staff
/// member, >= 10,000 iterations, 120,000 in the demo) with a constant-time comparison; the PIN is
/// never stored or logged. Failed attempts are counted per staff member and per terminal in
/// ledger.db (they survive a restart): after 3 wrong PINs for one person, that person is locked
/// for 30 s, doubling with every further failure up to 15 min; after 10 wrong PINs on the terminal
/// in a row (any names: guessing across people), every sign-in waits the same way. A correct PIN
/// clears the person's and the terminal's count.
class StaffAuth
{
    Q_DECLARE_TR_FUNCTIONS(ok::StaffAuth)
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr int kTerminalFreeAttempts = 10;
    static constexpr qint64 kFirstLockMs = 30'000;
    static constexpr qint64 kMaxLockMs = 15 * 60'000;

    /// `cache` holds the staff table, `ledger` the lockouts. Both must outlive this object.
    StaffAuth(db::Database &cache, db::Database &ledger, QString storeId);

    /// Active staff of this store and network-wide staff, by name.
    QList<StaffMember> staff() const;
    std::optional<StaffMember> member(const QString &id) const;
    /// A staff badge as scanned ("STAFF:E1001" or the bare id): who it names, if anyone.
    std::optional<StaffMember> fromBadge(const QString &code) const;

    /// Check `pin` for `staffId`. Errors: auth.locked (with how long), auth.wrong-pin (with the
    /// attempts left before a lock), auth.unknown.
    Result<StaffMember> signIn(const QString &staffId, const QString &pin);

    /// An inline override: `staffId` with `pin` approves `permission` for `reason`. Same lockout
    /// as signIn; auth.not-allowed if their role may not do it either.
    Result<ApprovalRecord> approve(Permission permission, const QString &staffId, const QString &pin,
                                       const QString &reason);

    /// Milliseconds until `staffId` may try again (0 = now).
    qint64 lockedForMs(const QString &staffId) const;

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    struct Lock {
        int failures = 0;
        qint64 lockedUntil = 0;
    };
    Lock lock(const QString &key) const;
    Result<void> recordFailure(const QString &key, int freeAttempts);
    Result<void> clear(const QString &key);
    qint64 now() const;

    db::Database &m_cache;
    db::Database &m_ledger;
    QString m_storeId;
    std::function<qint64()> m_clock;
};

} // namespace ok
