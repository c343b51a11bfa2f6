// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storeactions.h"

#include "storage/ledger.h"
#include "storage/sqlite.h"

#include <QJsonDocument>

#include <string>

namespace ok::db {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The action with its outbox event's state. The action and its event are written in one
// transaction, so an event that is gone was acknowledged and archived by housekeeping.
constexpr const char *kSelect = R"sql(
    SELECT a.id, a.kind, coalesce(a.product_id, 0), coalesce(a.quantity, 0), a.location_id, a.label, a.amount,
           a.expires_at, a.released_at, a.staff_id, a.created_at, coalesce(o.state, 'acked'), coalesce(o.last_error, ''),
           a.product_name
    FROM store_action a LEFT JOIN outbox o ON o.event_id = a.event_id )sql";

StoreActions::Row readRow(const Statement &q)
{
    StoreActions::Row r;
    r.id = q.text(0);
    r.kind = q.text(1);
    r.productId = q.int64(2);
    r.quantity = q.int64(3);
    r.locationId = q.text(4);
    r.label = q.text(5);
    if (!q.isNull(6))
        r.amount = q.int64(6);
    if (!q.isNull(7))
        r.expiresAt = q.int64(7);
    if (!q.isNull(8))
        r.releasedAtMs = q.int64(8);
    r.staffId = q.text(9);
    r.createdAtMs = q.int64(10);
    r.eventState = q.text(11);
    r.reason = q.text(12);
    r.productName = q.text(13);
    return r;
}

Result<QList<StoreActions::Row>> collect(Statement &q)
{
    QList<StoreActions::Row> out;
    for (;;) {
        const auto step = q.next();
        if (step == Statement::Step::Failed)
            return statementError(q);
        if (step == Statement::Step::Done)
            return out;
        out.append(readRow(q));
    }
}

} // namespace

StoreActions::StoreActions(Database &ledger)
    : m_ledger(ledger)
{
}

Result<QString> StoreActions::record(const Action &a, const QString &outboxKind, const QJsonObject &payload, qint64 nowMs)
{
    Transaction tx(m_ledger);
    if (!tx.isActive())
        return *tx.beginError();
    // The journal is the terminal's permanent record: a customer's contact (a ship-to request)
    // goes to the central service in the event and is never kept in it.
    QJsonObject journaled = payload;
    journaled.remove(QStringLiteral("customer"));
    if (auto j = journal::append(m_ledger, {0, nowMs, a.kind + QStringLiteral(".requested"), a.id, a.staffId, json(journaled)}); !j)
        return j.error();
    auto eventId = outbox::append(m_ledger, outboxKind, a.id, payload, nowMs);
    if (!eventId)
        return eventId.error();
    Statement &st = m_ledger.cached(R"sql(
        INSERT INTO store_action(id, kind, product_id, quantity, location_id, label, amount, expires_at, staff_id, created_at, event_id,
                                 product_name)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
    st.bind(1, a.id).bind(2, a.kind).bind(3, a.productId).bind(4, a.quantity).bind(5, a.locationId).bind(6, a.label);
    a.amount ? st.bind(7, *a.amount) : st.bindNull(7);
    a.expiresAt ? st.bind(8, *a.expiresAt) : st.bindNull(8);
    st.bind(9, a.staffId).bind(10, nowMs).bind(11, eventId.value()).bind(12, a.productName.left(200));
    if (!st.exec())
        return statementError(st);
    if (auto c = tx.commit(); !c)
        return c.error();
    return eventId.value();
}

Result<void> StoreActions::releaseHold(const QString &holdId, const QString &staffId, const QString &reason, qint64 nowMs)
{
    Transaction tx(m_ledger);
    if (!tx.isActive())
        return *tx.beginError();
    Statement &upd = m_ledger.cached(R"sql(
        UPDATE store_action SET released_at = ?2
        WHERE id = ?1 AND kind = 'hold' AND released_at IS NULL AND expires_at > ?3)sql");
    if (!upd.bind(1, holdId).bind(2, nowMs).bind(3, nowMs / 1000).exec())
        return statementError(upd);
    if (m_ledger.changes() != 1)
        return Error{QStringLiteral("hold.not-active"), QStringLiteral("hold %1 is not active").arg(holdId)};
    const QJsonObject payload{{QStringLiteral("hold_id"), holdId}, {QStringLiteral("reason"), reason}};
    if (auto j = journal::append(m_ledger, {0, nowMs, QStringLiteral("hold.released"), holdId, staffId, json(payload)}); !j)
        return j.error();
    if (auto o = outbox::append(m_ledger, QStringLiteral("reservation.released"), holdId, payload, nowMs); !o)
        return o.error();
    return tx.commit();
}

Result<QList<StoreActions::Row>> StoreActions::list(const QString &kind, int limit)
{
    // cached() keys on the text without copying it: the SQL must outlive the connection.
    static const std::string sql = std::string(kSelect) + "WHERE a.kind = ?1 ORDER BY a.created_at DESC, a.id LIMIT ?2";
    Statement &q = m_ledger.cached(sql);
    q.bind(1, kind).bind(2, limit);
    return collect(q);
}

Result<QList<StoreActions::Row>> StoreActions::activeHolds(qint64 nowS)
{
    static const std::string sql = std::string(kSelect)
                                   + "WHERE a.kind = 'hold' AND a.released_at IS NULL AND a.expires_at > ?1 "
                                     "AND coalesce(o.state, 'pending') <> 'dead' ORDER BY a.expires_at, a.id";
    Statement &q = m_ledger.cached(sql);
    q.bind(1, nowS);
    return collect(q);
}

Result<qint64> StoreActions::unsentHolds(qint64 productId, qint64 nowS)
{
    Statement &q = m_ledger.cached(R"sql(
        SELECT coalesce(sum(a.quantity), 0) FROM store_action a JOIN outbox o ON o.event_id = a.event_id
        WHERE a.kind = 'hold' AND a.product_id = ?1 AND a.released_at IS NULL AND a.expires_at > ?2 AND o.state = 'pending')sql");
    q.bind(1, productId).bind(2, nowS);
    if (q.next() != Statement::Step::Row)
        return statementError(q);
    const qint64 held = q.int64(0);
    q.reset();
    return held;
}

} // namespace ok::db
