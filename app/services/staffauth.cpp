// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/staffauth.h"

#include "core/pin.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QLoggingCategory>


Q_LOGGING_CATEGORY(lcAuth, "omnikiosk.auth", QtInfoMsg)

namespace ok {

namespace {
const QString kTerminalKey = QStringLiteral("*terminal*");

QString waitText(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    return s >= 120 ? StaffAuth::tr("%n minute(s)", nullptr, int((s + 59) / 60)) : StaffAuth::tr("%n second(s)", nullptr, int(s));
}
} // namespace

StaffAuth::StaffAuth(db::Database &cache, db::Database &ledger, QString storeId)
    : m_cache(cache)
    , m_ledger(ledger)
    , m_storeId(std::move(storeId))
{
}

qint64 StaffAuth::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QList<StaffMember> StaffAuth::staff() const
{
    QList<StaffMember> out;
    db::Statement &st = m_cache.cached("SELECT id, name, role FROM staff WHERE active = 1 AND (store_id = ?1 OR store_id IS NULL) "
                                       "ORDER BY store_id IS NULL, name");
    st.bind(1, m_storeId);
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2)});
    st.reset();
    return out;
}

std::optional<StaffMember> StaffAuth::member(const QString &id) const
{
    db::Statement &st = m_cache.cached("SELECT id, name, role FROM staff WHERE id = ?1 AND active = 1 "
                                       "AND (store_id = ?2 OR store_id IS NULL)");
    st.bind(1, id).bind(2, m_storeId);
    std::optional<StaffMember> out;
    if (st.step())
        out = StaffMember{st.text(0), st.text(1), st.text(2)};
    st.reset();
    return out;
}

std::optional<StaffMember> StaffAuth::fromBadge(const QString &code) const
{
    QString id = code.trimmed();
    if (id.startsWith(QLatin1String("STAFF:"), Qt::CaseInsensitive))
        id = id.mid(6);
    if (id.isEmpty() || id.size() > 32)
        return std::nullopt;
    return member(id);
}

StaffAuth::Lock StaffAuth::lock(const QString &key) const
{
    db::Statement &st = m_ledger.cached("SELECT failures, locked_until FROM staff_lockout WHERE staff_id = ?1");
    st.bind(1, key);
    Lock l;
    if (st.step())
        l = {st.int32(0), st.int64(1)};
    st.reset();
    return l;
}

qint64 StaffAuth::lockedForMs(const QString &staffId) const
{
    const qint64 t = now();
    return std::max({qint64(0), lock(staffId).lockedUntil - t, lock(kTerminalKey).lockedUntil - t});
}

Result<void> StaffAuth::recordFailure(const QString &key, int freeAttempts)
{
    const Lock l = lock(key);
    const int failures = l.failures + 1;
    qint64 until = 0;
    if (failures >= freeAttempts) {
        const int doublings = std::min(failures - freeAttempts, 10);
        until = now() + std::min(kMaxLockMs, kFirstLockMs << doublings);
    }
    db::Statement &st = m_ledger.cached("INSERT INTO staff_lockout(staff_id, failures, locked_until) VALUES(?1, ?2, ?3) "
                                        "ON CONFLICT(staff_id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until");
    if (!st.bind(1, key).bind(2, failures).bind(3, until).exec())
        return db::statementError(st);
    return {};
}

Result<void> StaffAuth::clear(const QString &key)
{
    db::Statement &st = m_ledger.cached("DELETE FROM staff_lockout WHERE staff_id = ?1");
    if (!st.bind(1, key).exec())
        return db::statementError(st);
    return {};
}

Result<StaffMember> StaffAuth::signIn(const QString &staffId, const QString &pin)
{
    if (const qint64 wait = lockedForMs(staffId); wait > 0)
        return Error{QStringLiteral("auth.locked"), tr("Too many wrong PINs. Try again in %1.").arg(waitText(wait))};

    db::Statement &st = m_cache.cached("SELECT id, name, role, pin_salt, pin_iterations, pin_verifier FROM staff "
                                       "WHERE id = ?1 AND active = 1 AND (store_id = ?2 OR store_id IS NULL)");
    st.bind(1, staffId).bind(2, m_storeId);
    std::optional<StaffMember> who;
    QByteArray salt, verifier;
    int iterations = 0;
    if (st.step()) {
        who = StaffMember{st.text(0), st.text(1), st.text(2)};
        salt = st.blob(3);
        iterations = st.int32(4);
        verifier = st.blob(5);
    }
    st.reset();

    // An unknown id costs the same time as a wrong PIN and counts against the terminal.
    const bool match = pin::verify(pin, who ? salt : QByteArrayLiteral("unknown-staff-id"), who ? iterations : pin::kDefaultIterations,
                                   who ? verifier : QByteArray(pin::kVerifierBytes, '\0'))
        && who;

    db::Transaction tx(m_ledger);
    if (!tx.isActive())
        return *tx.beginError();
    if (match) {
        if (auto r = clear(staffId); !r)
            return r.error();
        if (auto r = clear(kTerminalKey); !r)
            return r.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        qCInfo(lcAuth).noquote() << "signed in:" << who->id << who->role;
        return *who;
    }
    if (who)
        if (auto r = recordFailure(staffId, kFreeAttempts); !r)
            return r.error();
    if (auto r = recordFailure(kTerminalKey, kTerminalFreeAttempts); !r)
        return r.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    qCWarning(lcAuth).noquote() << "wrong PIN for staff id" << staffId; // never the PIN
    if (!who)
        return Error{QStringLiteral("auth.unknown"), tr("Unknown staff member or wrong PIN")};
    const Lock l = lock(staffId);
    if (const qint64 wait = lockedForMs(staffId); wait > 0)
        return Error{QStringLiteral("auth.locked"), tr("Wrong PIN. Too many attempts: try again in %1.").arg(waitText(wait))};
    return Error{QStringLiteral("auth.wrong-pin"), tr("Wrong PIN. %n attempt(s) left before a lock.", nullptr, kFreeAttempts - l.failures)};
}

Result<ApprovalRecord> StaffAuth::approve(Permission permission, const QString &staffId, const QString &pin,
                                              const QString &reason)
{
    auto who = signIn(staffId, pin);
    if (!who)
        return who.error();
    if (!roleAllows(who.value().role, permission))
        return Error{QStringLiteral("auth.not-allowed"), tr("%1 may not approve this either").arg(who.value().name)};
    return ApprovalRecord{permissionKey(permission), who.value().id, reason.trimmed(), now()};
}

} // namespace ok
