// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/staff.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ok::db {

class Database;

/// What a PIN is checked against: the member and their PBKDF2 verifier (never a PIN).
struct StaffCredentials {
    StaffMember member;
    QByteArray salt;
    qint64 iterations = 0;
    QByteArray verifier;
};

/// The staff table of cache.db (pulled from the central service): who may sign in on this
/// store's terminals. Active members of the store and network-wide members only.
/// Not thread-safe: use from the thread that owns the Database.
class StaffDirectory
{
public:
    StaffDirectory(Database &cache, QString storeId);

    /// This store's staff first, then network-wide staff, by name.
    QList<StaffMember> all();
    std::optional<StaffMember> member(const QString &id);
    std::optional<StaffCredentials> credentials(const QString &id);

private:
    Database &m_db;
    QString m_storeId;
};

/// Failed PIN attempts of one key (a staff id, or the terminal as a whole).
struct LockoutState {
    int failures = 0;
    qint64 lockedUntilMs = 0;   ///< terminal wall clock; 0 = not locked
    qint64 lockedUntilMono = 0; ///< deadline on the monotonic clock of boot `bootId`; 0 = not locked
    QString bootId;
};

/// PIN lockouts in ledger.db (table staff_lockout): they survive a restart.
class Lockouts
{
public:
    explicit Lockouts(Database &ledger);

    LockoutState state(const QString &key);
    /// One attempt's outcome in one transaction: every key in `clear` forgets its failures, every
    /// pair in `set` gets its new state.
    Result<void> apply(const QStringList &clear, const QList<std::pair<QString, LockoutState>> &set);

private:
    Database &m_db;
};

/// What each staff member chose for themselves on this terminal (table staff_setting).
class StaffSettings
{
public:
    explicit StaffSettings(Database &ledger);

    /// The staff screens' language the person chose; "" if none (the store's).
    QString language(const QString &staffId);
    /// "" forgets the choice.
    Result<void> setLanguage(const QString &staffId, const QString &code);

private:
    Database &m_db;
};

} // namespace ok::db
