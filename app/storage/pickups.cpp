// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/pickups.h"

#include "storage/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ok::db {

namespace {

constexpr const char *kColumns = "id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier, "
                                 "pickup_locator, pickup_iterations, status, compartments, compartment, parcels, "
                                 "id_check, expires_at, total, currency";

/// Later in an order's life; a state here wins over the stream's until the stream catches up.
int rank(const QString &status)
{
    if (status == QLatin1String("awaiting_pickup"))
        return 0;
    if (status == QLatin1String("ready"))
        return 1;
    return 2;
}

QStringList splitList(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

PickupOrder readOrder(const Statement &q)
{
    PickupOrder o;
    o.id = q.text(0);
    o.number = q.text(1);
    o.firstName = q.text(2);
    o.contactMasked = q.text(3);
    o.salt = q.blob(4);
    o.verifier = q.blob(5);
    o.locator = q.text(6);
    o.iterations = q.int32(7);
    o.status = q.text(8);
    o.compartments = splitList(q.text(9));
    if (o.compartments.isEmpty() && !q.isNull(10))
        o.compartments.append(q.text(10));
    o.parcels = q.int32(11);
    o.idCheck = q.int64(12) != 0;
    o.expiresAt = q.int64(13);
    o.total = q.int64(14);
    o.currency = q.text(15);
    return o;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Pickups::Pickups(Database &cache, Database &ledger)
    : m_cache(cache)
    , m_ledger(ledger)
{
}

Result<QList<PickupOrder>> Pickups::query(const char *where, const QString &arg, int limit)
{
    auto st = m_cache.prepare(std::string("SELECT ") + kColumns + " FROM cc_order WHERE number NOT LIKE '~%' AND " + where
                              + " ORDER BY number LIMIT ?2");
    if (!st)
        return st.error();
    Statement &q = st.value();
    if (!arg.isNull())
        q.bind(1, arg);
    q.bind(2, limit);
    QList<PickupOrder> out;
    for (;;) {
        const auto step = q.next();
        if (step == Statement::Step::Failed)
            return statementError(q);
        if (step == Statement::Step::Done)
            break;
        out.append(readOrder(q));
    }
    for (PickupOrder &o : out) {
        if (auto r = readLines(o); !r)
            return r.error();
        if (auto r = overlay(o); !r)
            return r.error();
    }
    return out;
}

Result<void> Pickups::readLines(PickupOrder &o)
{
    Statement &q = m_cache.cached("SELECT l.line_no, l.product_id, l.name, l.quantity, coalesce(p.unit, 'piece') "
                                  "FROM cc_order_line l LEFT JOIN product p ON p.id = l.product_id "
                                  "WHERE l.order_id = ?1 ORDER BY l.line_no");
    q.bind(1, o.id);
    for (;;) {
        const auto step = q.next();
        if (step == Statement::Step::Failed)
            return statementError(q);
        if (step == Statement::Step::Done)
            return {};
        o.lines.append({q.int32(0), q.int64(1), q.text(2), q.int64(3), q.text(4) == QLatin1String("kg")});
    }
}

Result<void> Pickups::overlay(PickupOrder &o)
{
    Statement &q = m_ledger.cached("SELECT status, compartments, expires_at FROM pickup_local WHERE order_id = ?1");
    q.bind(1, o.id);
    const auto step = q.next();
    if (step == Statement::Step::Failed)
        return statementError(q);
    if (step == Statement::Step::Done)
        return {};
    const QString local = q.text(0);
    const QStringList compartments = splitList(q.text(1));
    const std::optional<qint64> expires = q.optInt64(2);
    if (expires && *expires > o.expiresAt) {
        o.expiresAt = *expires;
        o.changedHere = true;
    }
    if (o.status == QLatin1String("cancelled") && (local == QLatin1String("collected") || local == QLatin1String("ready"))) {
        // Handed over (or loaded) here while the central service cancelled it: staff must see it.
        o.cancelledCentrally = true;
        if (local == QLatin1String("collected"))
            o.status = local;
        return {};
    }
    if (rank(local) >= rank(o.status) && (local != o.status || compartments != o.compartments)) {
        o.changedHere = true;
        o.status = local;
        o.compartments = compartments;
    }
    return {};
}

Result<std::optional<PickupOrder>> Pickups::order(const QString &id)
{
    auto r = query("id = ?1", id, 1);
    if (!r)
        return r.error();
    return r.value().isEmpty() ? std::optional<PickupOrder>() : std::optional<PickupOrder>(r.value().first());
}

Result<std::optional<PickupOrder>> Pickups::byNumber(const QString &number)
{
    auto r = query("number = ?1 COLLATE NOCASE", number.trimmed(), 1);
    if (!r)
        return r.error();
    return r.value().isEmpty() ? std::optional<PickupOrder>() : std::optional<PickupOrder>(r.value().first());
}

Result<QList<PickupOrder>> Pickups::withLocator(const QString &locator)
{
    if (locator.isEmpty())
        return QList<PickupOrder>();
    return query("pickup_locator = ?1", locator, 50);
}

Result<QList<PickupOrder>> Pickups::list(const QString &search, int limit)
{
    const QString s = search.trimmed();
    if (s.isEmpty())
        return query("?1 IS NULL", QString(), limit);
    QString pattern = s;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    return query("(number LIKE ?1 ESCAPE '\\' OR customer_first_name LIKE ?1 ESCAPE '\\')", pattern, limit);
}

Result<QHash<QString, QString>> Pickups::occupied()
{
    auto all = query("?1 IS NULL", QString(), 100000);
    if (!all)
        return all.error();
    QHash<QString, QString> out;
    for (const PickupOrder &o : all.value())
        if (o.status == QLatin1String("ready"))
            for (const QString &c : o.compartments)
                out.insert(c, o.id);
    return out;
}

Result<Pickups::Guard> Pickups::orderGuard(const QString &orderId)
{
    Statement &q = m_ledger.cached("SELECT failures, coalesce(locked_at, 0), last_failure_at FROM pickup_order_guard WHERE order_id = ?1");
    q.bind(1, orderId);
    const auto step = q.next();
    if (step == Statement::Step::Failed)
        return statementError(q);
    if (step == Statement::Step::Done)
        return Guard{};
    return Guard{q.int32(0), q.int64(1), q.int64(2)};
}

Result<Pickups::Guard> Pickups::terminalGuard()
{
    Statement &q = m_ledger.cached("SELECT failures, last_failure_at FROM pickup_terminal_guard WHERE id = 1");
    const auto step = q.next();
    if (step == Statement::Step::Failed)
        return statementError(q);
    if (step == Statement::Step::Done)
        return Guard{};
    return Guard{q.int32(0), 0, q.int64(1)};
}

Result<void> Pickups::recordFailure(const QStringList &orderIds, int lockAfter, const QString &how, qint64 nowMs)
{
    Transaction tx(m_ledger);
    if (!tx.isActive())
        return *tx.beginError();
    Statement &t = m_ledger.cached("INSERT INTO pickup_terminal_guard(id, failures, last_failure_at) VALUES(1, 1, ?1) "
                                   "ON CONFLICT(id) DO UPDATE SET failures = failures + 1, last_failure_at = ?1");
    if (!t.bind(1, nowMs).exec())
        return statementError(t);
    QJsonArray locked;
    for (const QString &id : orderIds) {
        Statement &o = m_ledger.cached(R"sql(
            INSERT INTO pickup_order_guard(order_id, failures, locked_at, last_failure_at)
            VALUES(?1, 1, CASE WHEN ?2 <= 1 THEN ?3 END, ?3)
            ON CONFLICT(order_id) DO UPDATE SET failures = failures + 1, last_failure_at = ?3,
                locked_at = coalesce(locked_at, CASE WHEN failures + 1 >= ?2 THEN ?3 END))sql");
        if (!o.bind(1, id).bind(2, lockAfter).bind(3, nowMs).exec())
            return statementError(o);
        auto g = orderGuard(id);
        if (!g)
            return g.error();
        if (g.value().lockedAtMs == nowMs)
            locked.append(id);
    }
    QJsonObject payload{{QStringLiteral("how"), how}, {QStringLiteral("orders"), QJsonArray::fromStringList(orderIds)}};
    if (!locked.isEmpty())
        payload.insert(QStringLiteral("locked"), locked);
    if (auto s = journal::append(m_ledger, {0, nowMs, QStringLiteral("pickup.failed"), orderIds.value(0), QStringLiteral("customer"), json(payload)}); !s)
        return s.error();
    return tx.commit();
}

Result<void> Pickups::unlockOrder(const QString &orderId, const QString &actor, const QString &reason, qint64 nowMs)
{
    Transaction tx(m_ledger);
    if (!tx.isActive())
        return *tx.beginError();
    Statement &d = m_ledger.cached("DELETE FROM pickup_order_guard WHERE order_id = ?1");
    if (!d.bind(1, orderId).exec())
        return statementError(d);
    if (auto s = journal::append(m_ledger, {0, nowMs, QStringLiteral("pickup.unlocked"), orderId, actor,
                                            json({{QStringLiteral("reason"), reason}})});
        !s)
        return s.error();
    return tx.commit();
}

Result<qint64> Pickups::record(const Fact &f, qint64 nowMs)
{
    Transaction tx(m_ledger);
    if (!tx.isActive())
        return *tx.beginError();
    auto seq = journal::append(m_ledger, {0, nowMs, f.journalKind, f.orderId, f.actor, json(f.payload)});
    if (!seq)
        return seq.error();
    if (!f.outboxKind.isEmpty())
        if (auto o = outbox::append(m_ledger, f.outboxKind, f.orderId, f.payload, nowMs); !o)
            return o.error();
    if (f.change) {
        Statement &st = m_ledger.cached(R"sql(
            INSERT INTO pickup_local(order_id, status, compartments, expires_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5)
            ON CONFLICT(order_id) DO UPDATE SET status = excluded.status, compartments = excluded.compartments,
                expires_at = coalesce(excluded.expires_at, expires_at), updated_at = excluded.updated_at)sql");
        st.bind(1, f.orderId).bind(2, f.change->status).bind(3, f.change->compartments.join(QLatin1Char(','))).bind(5, nowMs);
        if (f.change->expiresAt)
            st.bind(4, *f.change->expiresAt);
        else
            st.bindNull(4);
        if (!st.exec())
            return statementError(st);
    }
    if (f.clearsAttempts) {
        Statement &o = m_ledger.cached("DELETE FROM pickup_order_guard WHERE order_id = ?1");
        if (!o.bind(1, f.orderId).exec())
            return statementError(o);
        Statement &t = m_ledger.cached("UPDATE pickup_terminal_guard SET failures = 0 WHERE id = 1");
        if (!t.exec())
            return statementError(t);
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return seq.value();
}

Result<QList<journal::Entry>> Pickups::history(const QString &orderId)
{
    Statement &q = m_ledger.cached("SELECT seq, created_at, kind, ref, actor, payload FROM journal WHERE ref = ?1 ORDER BY seq");
    q.bind(1, orderId);
    QList<journal::Entry> out;
    for (;;) {
        const auto step = q.next();
        if (step == Statement::Step::Failed)
            return statementError(q);
        if (step == Statement::Step::Done)
            return out;
        out.append({q.int64(0), q.int64(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    }
}

} // namespace ok::db
