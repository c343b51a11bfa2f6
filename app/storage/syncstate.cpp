// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/syncstate.h"

#include "storage/sqlite.h"

#include <QHash>

namespace ok::db {

QString pullStreamName(PullStream stream)
{
    switch (stream) {
    case PullStream::Reference: return QStringLiteral("reference");
    case PullStream::Catalog: return QStringLiteral("catalog");
    case PullStream::Prices: return QStringLiteral("prices");
    case PullStream::Stock: return QStringLiteral("stock");
    case PullStream::Orders: return QStringLiteral("orders");
    case PullStream::Staff: return QStringLiteral("staff");
    }
    return {};
}

SyncState::SyncState(Database &cache)
    : m_db(cache)
{
}

Result<qint64> SyncState::cursor(PullStream stream)
{
    Statement &st = m_db.cached("SELECT cursor FROM sync_cursor WHERE stream = ?1");
    st.bind(1, pullStreamName(stream));
    if (!st.step()) {
        if (st.lastError())
            return *st.lastError();
        return qint64(0);
    }
    const qint64 c = st.text(0).toLongLong();
    st.reset();
    return c;
}

Result<void> SyncState::recordError(PullStream stream, const QString &message, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    Statement &st = m_db.cached(R"sql(
        INSERT INTO sync_stream(stream, last_error, last_error_at) VALUES(?1, ?2, ?3)
        ON CONFLICT(stream) DO UPDATE SET last_error = excluded.last_error, last_error_at = excluded.last_error_at)sql");
    if (!st.bind(1, pullStreamName(stream)).bind(2, message.left(kMaxErrorChars)).bind(3, nowMs).exec())
        return statementError(st);
    return tx.commit();
}

Result<QList<SyncState::Health>> SyncState::health()
{
    QHash<QString, Health> byName;
    Statement &st = m_db.cached(
        "SELECT stream, coalesce(last_ok_at, 0), coalesce(last_error, ''), coalesce(last_error_at, 0), rows_applied FROM sync_stream");
    while (st.step())
        byName.insert(st.text(0), {PullStream::Catalog, st.int64(1), st.text(2), st.int64(3), st.int64(4)});
    if (st.lastError())
        return *st.lastError();
    QList<Health> out;
    for (PullStream s : kPullStreams) {
        auto it = byName.constFind(pullStreamName(s));
        if (it == byName.cend())
            continue;
        Health h = it.value();
        h.stream = s;
        out.append(h);
    }
    return out;
}

Result<void> SyncState::restart(PullStream stream, const QString &reason, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    Statement &del = m_db.cached("DELETE FROM sync_cursor WHERE stream = ?1");
    if (!del.bind(1, pullStreamName(stream)).exec())
        return statementError(del);
    Statement &mark = m_db.cached(R"sql(
        INSERT INTO sync_stream(stream, generation, sweep_pending, last_error, last_error_at) VALUES(?1, 1, 1, ?2, ?3)
        ON CONFLICT(stream) DO UPDATE SET generation = generation + 1, sweep_pending = 1,
            last_error = excluded.last_error, last_error_at = excluded.last_error_at)sql");
    if (!mark.bind(1, pullStreamName(stream)).bind(2, reason.left(kMaxErrorChars)).bind(3, nowMs).exec())
        return statementError(mark);
    return tx.commit();
}

Result<SyncState::Generation> SyncState::generation(PullStream stream)
{
    Statement &st = m_db.cached("SELECT generation, sweep_pending FROM sync_stream WHERE stream = ?1");
    st.bind(1, pullStreamName(stream));
    if (!st.step()) {
        if (st.lastError())
            return *st.lastError();
        return Generation{};
    }
    const Generation g{st.int64(0), st.int64(1) != 0};
    st.reset();
    return g;
}

Result<void> SyncState::advance(PullStream stream, qint64 cursor, qint64 rows, qint64 nowMs)
{
    Statement &cur = m_db.cached(R"sql(
        INSERT INTO sync_cursor(stream, cursor, updated_at) VALUES(?1, ?2, ?3)
        ON CONFLICT(stream) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at)sql");
    if (!cur.bind(1, pullStreamName(stream)).bind(2, QString::number(cursor)).bind(3, nowMs).exec())
        return statementError(cur);
    Statement &health = m_db.cached(R"sql(
        INSERT INTO sync_stream(stream, last_ok_at, rows_applied) VALUES(?1, ?2, ?3)
        ON CONFLICT(stream) DO UPDATE SET last_ok_at = excluded.last_ok_at, last_error = NULL,
            rows_applied = rows_applied + excluded.rows_applied)sql");
    if (!health.bind(1, pullStreamName(stream)).bind(2, nowMs).bind(3, rows).exec())
        return statementError(health);
    return {};
}

Result<void> SyncState::finishSweep(PullStream stream)
{
    Statement &st = m_db.cached("UPDATE sync_stream SET sweep_pending = 0 WHERE stream = ?1");
    if (!st.bind(1, pullStreamName(stream)).exec())
        return statementError(st);
    return {};
}

bool SyncState::searchStale()
{
    return m_db.queryInt("SELECT search_stale FROM sync_stream WHERE stream = 'catalog'").value_or(0) != 0;
}

Result<void> SyncState::setSearchStale(bool stale)
{
    Statement &st = m_db.cached(R"sql(
        INSERT INTO sync_stream(stream, search_stale) VALUES('catalog', ?1)
        ON CONFLICT(stream) DO UPDATE SET search_stale = excluded.search_stale)sql");
    if (!st.bind(1, stale ? 1 : 0).exec())
        return statementError(st);
    return {};
}

} // namespace ok::db
