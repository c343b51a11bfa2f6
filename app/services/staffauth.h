// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sale.h"
#include "core/staff.h"
#include "services/clock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ok::db {
class Database;
class Lockouts;
class StaffDirectory;
class StaffSettings;
} // namespace ok::db

namespace ok {

/// Staff PIN checks and inline approvals, offline: the verifiers are in cache.db, the lockouts in
/// ledger.db (docs/reliability.md#r6-doors-open-only-on-local-proof: lockouts hold).
///
/// PINs are checked against PBKDF2-HMAC-SHA256 verifiers (ok::pin) with a constant-time
/// comparison; the PIN is never stored or logged. Failed attempts are counted per staff member
/// and per terminal and survive a restart: after 3 wrong PINs for one person, that person is
/// locked for 30 s, doubling with every further failure up to 15 min; after 10 wrong PINs on the
/// terminal in a row (any names: guessing across people), every sign-in waits the same way. A
/// correct PIN clears the person's and the terminal's count.
///
/// Waits run on the monotonic clock (Clock): setting the wall clock back or forward neither
/// lengthens nor ends a lockout. After a reboot only the wall clock is left; the wait is then
/// capped at kMaxLockMs, so a clock set back a year cannot lock anyone out for a year.
class StaffAuth
{
    Q_DECLARE_TR_FUNCTIONS(ok::StaffAuth)
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr int kTerminalFreeAttempts = 10;
    static constexpr qint64 kFirstLockMs = 30'000;
    static constexpr qint64 kMaxLockMs = 15 * 60'000;

    /// `cache` holds the staff table, `ledger` the lockouts. Both must outlive this object.
    StaffAuth(db::Database &cache, db::Database &ledger, QString storeId, Clock clock = Clock::system());
    ~StaffAuth();

    /// Active staff of this store and network-wide staff, by name.
    QList<StaffMember> staff() const;
    std::optional<StaffMember> member(const QString &id) const;
    /// A staff badge as scanned ("STAFF:E1001" or the bare id): who it names, if anyone.
    std::optional<StaffMember> fromBadge(const QString &code) const;

    /// Check `pin` for `staffId`. Errors: auth.locked (with how long), auth.wrong-pin (with the
    /// attempts left before a lock), auth.unknown.
    Result<StaffMember> signIn(const QString &staffId, const QString &pin);
    /// The staff member's own screen language on this terminal, kept in the ledger; "" forgets the
    /// choice. Returns the language they now have: the choice, else the one their staff record at
    /// the central service gives, else "" (the store's).
    Result<QString> setLanguage(const QString &staffId, const QString &code);

    /// An inline approval: `staffId` with `pin` approves `permission` for `reason`. Same lockout
    /// as signIn; auth.not-allowed if their role may not do it either.
    Result<ApprovalRecord> approve(Permission permission, const QString &staffId, const QString &pin, const QString &reason);

    /// Milliseconds until `staffId` may try again (0 = now).
    qint64 lockedForMs(const QString &staffId) const;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    const Clock &clock() const { return m_clock; }

private:
    qint64 remainingMs(const QString &key) const;

    std::unique_ptr<db::StaffDirectory> m_staff;
    std::unique_ptr<db::Lockouts> m_lockouts;
    std::unique_ptr<db::StaffSettings> m_settings;
    Clock m_clock;
};

} // namespace ok
