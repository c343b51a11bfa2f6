// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/staff.h"

#include "storage/sqlite.h"

namespace ok::db {

StaffDirectory::StaffDirectory(Database &cache, QString storeId)
    : m_db(cache)
    , m_storeId(std::move(storeId))
{
}

QList<StaffMember> StaffDirectory::all()
{
    QList<StaffMember> out;
    Statement &st = m_db.cached("SELECT id, name, role, language FROM staff WHERE active = 1 AND (store_id = ?1 OR store_id IS NULL) "
                                "ORDER BY store_id IS NULL, name");
    st.bind(1, m_storeId);
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2), st.text(3)});
    st.reset();
    return out;
}

std::optional<StaffMember> StaffDirectory::member(const QString &id)
{
    if (auto c = credentials(id))
        return c->member;
    return std::nullopt;
}

std::optional<StaffCredentials> StaffDirectory::credentials(const QString &id)
{
    Statement &st = m_db.cached("SELECT id, name, role, pin_salt, pin_iterations, pin_verifier, language FROM staff "
                                "WHERE id = ?1 AND active = 1 AND (store_id = ?2 OR store_id IS NULL)");
    st.bind(1, id).bind(2, m_storeId);
    std::optional<StaffCredentials> out;
    if (st.step())
        out = StaffCredentials{{st.text(0), st.text(1), st.text(2), st.text(6)}, st.blob(3), st.int64(4), st.blob(5)};
    st.reset();
    return out;
}

Lockouts::Lockouts(Database &ledger)
    : m_db(ledger)
{
}

LockoutState Lockouts::state(const QString &key)
{
    Statement &st = m_db.cached("SELECT failures, locked_until, locked_until_mono, boot_id FROM staff_lockout WHERE staff_id = ?1");
    st.bind(1, key);
    LockoutState s;
    if (st.step())
        s = {st.int32(0), st.int64(1), st.int64(2), st.text(3)};
    st.reset();
    return s;
}

Result<void> Lockouts::apply(const QStringList &clear, const QList<std::pair<QString, LockoutState>> &set)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    for (const QString &key : clear) {
        Statement &st = m_db.cached("DELETE FROM staff_lockout WHERE staff_id = ?1");
        if (!st.bind(1, key).exec())
            return statementError(st);
    }
    for (const auto &[key, s] : set) {
        Statement &st = m_db.cached(
            "INSERT INTO staff_lockout(staff_id, failures, locked_until, locked_until_mono, boot_id) VALUES(?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT(staff_id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until, "
            "locked_until_mono = excluded.locked_until_mono, boot_id = excluded.boot_id");
        if (!st.bind(1, key).bind(2, s.failures).bind(3, s.lockedUntilMs).bind(4, s.lockedUntilMono).bind(5, s.bootId).exec())
            return statementError(st);
    }
    return tx.commit();
}

StaffSettings::StaffSettings(Database &ledger)
    : m_db(ledger)
{
}

QString StaffSettings::language(const QString &staffId)
{
    Statement &st = m_db.cached("SELECT language FROM staff_setting WHERE staff_id = ?1");
    st.bind(1, staffId);
    QString out;
    if (st.step())
        out = st.text(0);
    st.reset();
    return out;
}

Result<void> StaffSettings::setLanguage(const QString &staffId, const QString &code)
{
    Statement &st = code.isEmpty()
        ? m_db.cached("DELETE FROM staff_setting WHERE staff_id = ?1 AND ?2 IS NOT NULL")
        : m_db.cached("INSERT INTO staff_setting(staff_id, language) VALUES(?1, ?2) "
                      "ON CONFLICT(staff_id) DO UPDATE SET language = excluded.language");
    if (!st.bind(1, staffId).bind(2, code).exec())
        return statementError(st);
    return {};
}

} // namespace ok::db
