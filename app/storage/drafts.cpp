// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/drafts.h"

#include "storage/sqlite.h"

namespace ok::db {

Drafts::Drafts(Database &ledger)
    : m_db(ledger)
{
}

Result<void> Drafts::save(const BasketDraft &d)
{
    Statement &st = m_db.cached(R"sql(
        INSERT INTO basket_draft(slot, cashier_id, label, payload, updated_at) VALUES(?1, ?2, ?3, ?4, ?5)
        ON CONFLICT(slot) DO UPDATE SET cashier_id = excluded.cashier_id, label = excluded.label,
                                        payload = excluded.payload, updated_at = excluded.updated_at)sql");
    if (!st.bind(1, d.slot).bind(2, d.cashierId).bind(3, d.label).bind(4, QString::fromUtf8(d.payload)).bind(5, d.updatedAtMs).exec())
        return statementError(st);
    return {};
}

std::optional<BasketDraft> Drafts::load(const QString &slot)
{
    Statement &st = m_db.cached("SELECT slot, coalesce(cashier_id, ''), label, payload, updated_at FROM basket_draft WHERE slot = ?1");
    st.bind(1, slot);
    std::optional<BasketDraft> out;
    if (st.step())
        out = BasketDraft{st.text(0), st.text(1), st.text(2), st.text(3).toUtf8(), st.int64(4)};
    st.reset();
    return out;
}

Result<void> Drafts::remove(const QString &slot)
{
    Statement &st = m_db.cached("DELETE FROM basket_draft WHERE slot = ?1");
    if (!st.bind(1, slot).exec())
        return statementError(st);
    return {};
}

Result<void> Drafts::move(const QString &from, const QString &to, const QString &label, qint64 atMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    Statement &st = m_db.cached("UPDATE basket_draft SET slot = ?2, label = ?3, updated_at = ?4 WHERE slot = ?1");
    if (!st.bind(1, from).bind(2, to).bind(3, label).bind(4, atMs).exec())
        return statementError(st);
    if (m_db.changes() != 1)
        return Error{QStringLiteral("draft.missing"), QStringLiteral("There is no basket \"%1\"").arg(from)};
    return tx.commit();
}

QList<BasketDraft> Drafts::parked()
{
    QList<BasketDraft> out;
    Statement &st = m_db.cached("SELECT slot, coalesce(cashier_id, ''), label, updated_at FROM basket_draft "
                                "WHERE slot LIKE 'parked:%' ORDER BY updated_at, slot");
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2), QByteArray(), st.int64(3)});
    st.reset();
    return out;
}

} // namespace ok::db
