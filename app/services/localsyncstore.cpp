// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/localsyncstore.h"

#include "storage/catalog.h"
#include "storage/ledger.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace ok::services {

using db::Statement;
using db::Transaction;
using sync::Stream;

namespace {

Error stepError(const Statement &st)
{
    return st.lastError().value_or(Error{QStringLiteral("db.step"), QStringLiteral("statement failed")});
}

QString name(Stream s)
{
    return sync::streamName(s);
}

} // namespace

LocalSyncStore::LocalSyncStore(std::unique_ptr<db::Database> cache, std::unique_ptr<db::Database> ledger, QString storeId)
    : m_cache(std::move(cache))
    , m_ledger(std::move(ledger))
    , m_storeId(std::move(storeId))
{
}

LocalSyncStore::~LocalSyncStore() = default;

Result<std::unique_ptr<LocalSyncStore>> LocalSyncStore::open(const QString &cachePath, const QString &ledgerPath,
                                                             const QString &storeId)
{
    auto cache = db::openCache(cachePath);
    if (!cache)
        return cache.error();
    auto ledger = db::openLedger(ledgerPath);
    if (!ledger)
        return ledger.error();
    return std::unique_ptr<LocalSyncStore>(
        new LocalSyncStore(std::move(cache.value()), std::move(ledger.value()), storeId));
}

Result<qint64> LocalSyncStore::cursor(Stream stream)
{
    Statement &st = m_cache->cached("SELECT cursor FROM sync_cursor WHERE stream = ?1");
    st.bind(1, name(stream));
    if (!st.step()) {
        if (st.lastError())
            return *st.lastError();
        return qint64(0);
    }
    const qint64 c = st.text(0).toLongLong();
    st.reset();
    return c;
}

Result<void> LocalSyncStore::applyPage(const sync::PullPage &page, qint64 nowMs)
{
    Transaction tx(*m_cache);
    if (!tx.isActive())
        return *tx.beginError();
    // The stored cursor must still be the one the page was asked with (one puller per terminal;
    // this guards against a second one, and against applying the same page twice).
    auto current = cursor(page.stream);
    if (!current)
        return current.error();
    if (current.value() != page.cursorFrom)
        return Error{QStringLiteral("sync.cursor-moved"),
                     QStringLiteral("The %1 cursor moved while the page was in flight; the page was not applied.").arg(name(page.stream))};
    if (auto r = applyRows(page); !r)
        return r.error();
    Statement &cur = m_cache->cached(R"sql(
        INSERT INTO sync_cursor(stream, cursor, updated_at) VALUES(?1, ?2, ?3)
        ON CONFLICT(stream) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at)sql");
    if (!cur.bind(1, name(page.stream)).bind(2, QString::number(page.cursor)).bind(3, nowMs).exec())
        return stepError(cur);
    Statement &health = m_cache->cached(R"sql(
        INSERT INTO sync_stream(stream, last_ok_at, rows_applied) VALUES(?1, ?2, ?3)
        ON CONFLICT(stream) DO UPDATE SET last_ok_at = excluded.last_ok_at, last_error = NULL,
            rows_applied = rows_applied + excluded.rows_applied)sql");
    if (!health.bind(1, name(page.stream)).bind(2, nowMs).bind(3, qint64(page.itemCount())).exec())
        return stepError(health);
    return tx.commit();
}

Result<void> LocalSyncStore::applyRows(const sync::PullPage &page)
{
    db::Database &c = *m_cache;
    switch (page.stream) {
    case Stream::Reference:
        for (const auto &t : page.taxClasses) {
            Statement &st = c.cached(R"sql(
                INSERT INTO tax_class(code, rate_bp, label, version) VALUES(?1, ?2, ?3, ?4)
                ON CONFLICT(code) DO UPDATE SET rate_bp = excluded.rate_bp, label = excluded.label,
                    version = excluded.version)sql");
            if (!st.bind(1, t.code).bind(2, t.rateBp).bind(3, t.label).bind(4, t.version).exec())
                return stepError(st);
        }
        for (const auto &l : page.locations) {
            Statement &st = c.cached(R"sql(
                INSERT INTO location(id, kind, name, version) VALUES(?1, ?2, ?3, ?4)
                ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                    version = excluded.version)sql");
            if (!st.bind(1, l.id).bind(2, l.kind).bind(3, l.name).bind(4, l.version).exec())
                return stepError(st);
        }
        return {};
    case Stream::Catalog: {
        // An initial pull into an empty catalog leaves the search index alone and rebuilds it
        // once at the end: ~2x faster than indexing row by row. The flag is in the database, so
        // a pull that crashed half-way continues the same way.
        bool stale = c.queryInt("SELECT search_stale FROM sync_stream WHERE stream = 'catalog'").value_or(0) != 0;
        if (!stale && page.cursorFrom == 0 && c.queryInt("SELECT count(*) FROM product").value_or(1) == 0) {
            Statement &st = c.cached(R"sql(
                INSERT INTO sync_stream(stream, search_stale) VALUES('catalog', 1)
                ON CONFLICT(stream) DO UPDATE SET search_stale = 1)sql");
            if (!st.exec())
                return stepError(st);
            stale = true;
        }
        return applyProducts(page.products, stale);
    }
    case Stream::Prices:
        for (const auto &p : page.prices) {
            Statement &st = c.cached(R"sql(
                INSERT INTO price(store_id, product_id, valid_from, valid_to, amount, currency, version)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT(store_id, product_id, valid_from) DO UPDATE SET valid_to = excluded.valid_to,
                    amount = excluded.amount, currency = excluded.currency, version = excluded.version)sql");
            st.bind(1, m_storeId).bind(2, p.productId).bind(3, p.validFrom).bind(5, p.amount).bind(6, p.currency).bind(7, p.version);
            if (p.validTo)
                st.bind(4, *p.validTo);
            else
                st.bindNull(4);
            if (!st.exec())
                return stepError(st);
        }
        return {};
    case Stream::Stock:
        for (const auto &s : page.stock) {
            Statement &st = c.cached(R"sql(
                INSERT INTO stock(product_id, location_id, on_hand, reserved, in_transit, version)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT(product_id, location_id) DO UPDATE SET on_hand = excluded.on_hand,
                    reserved = excluded.reserved, in_transit = excluded.in_transit, version = excluded.version)sql");
            if (!st.bind(1, s.productId).bind(2, s.locationId).bind(3, s.onHand).bind(4, s.reserved).bind(5, s.inTransit)
                     .bind(6, s.version).exec())
                return stepError(st);
        }
        return {};
    case Stream::Orders:
        for (const auto &o : page.orders) {
            Statement &st = c.cached(R"sql(
                INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt,
                                     pickup_verifier, compartment, status, expires_at, total, currency, version)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                ON CONFLICT(id) DO UPDATE SET number = excluded.number,
                    customer_first_name = excluded.customer_first_name, contact_masked = excluded.contact_masked,
                    pickup_salt = excluded.pickup_salt, pickup_verifier = excluded.pickup_verifier,
                    compartment = excluded.compartment, status = excluded.status, expires_at = excluded.expires_at,
                    total = excluded.total, currency = excluded.currency, version = excluded.version)sql");
            st.bind(1, o.id).bind(2, m_storeId).bind(3, o.number).bind(4, o.customerFirstName).bind(5, o.contactMasked)
                .bind(6, o.pickupSalt).bind(7, o.pickupVerifier).bind(9, o.status).bind(10, o.expiresAt)
                .bind(11, o.total).bind(12, o.currency).bind(13, o.version);
            if (o.compartment.isEmpty())
                st.bindNull(8);
            else
                st.bind(8, o.compartment);
            if (!st.exec())
                return stepError(st);
            Statement &del = c.cached("DELETE FROM cc_order_line WHERE order_id = ?1");
            if (!del.bind(1, o.id).exec())
                return stepError(del);
            for (const auto &l : o.lines) {
                Statement &ins = c.cached("INSERT INTO cc_order_line(order_id, line_no, product_id, name, quantity) "
                                          "VALUES(?1, ?2, ?3, ?4, ?5)");
                if (!ins.bind(1, o.id).bind(2, l.lineNo).bind(3, l.productId).bind(4, l.name).bind(5, l.quantity).exec())
                    return stepError(ins);
            }
        }
        return {};
    case Stream::Staff:
        for (const auto &s : page.staff) {
            Statement &st = c.cached(R"sql(
                INSERT INTO staff(id, name, role, store_id, pin_salt, pin_iterations, pin_verifier, active, version)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, store_id = excluded.store_id,
                    pin_salt = excluded.pin_salt, pin_iterations = excluded.pin_iterations,
                    pin_verifier = excluded.pin_verifier, active = excluded.active, version = excluded.version)sql");
            st.bind(1, s.id).bind(2, s.name).bind(3, s.role).bind(5, s.pinSalt).bind(6, s.pinIterations)
                .bind(7, s.pinVerifier).bind(8, s.active ? 1 : 0).bind(9, s.version);
            if (s.storeId.isEmpty())
                st.bindNull(4);
            else
                st.bind(4, s.storeId);
            if (!st.exec())
                return stepError(st);
        }
        return {};
    }
    return {};
}

Result<void> LocalSyncStore::applyProducts(const QList<sync::ProductItem> &products, bool indexLater)
{
    db::CatalogWriter writer(*m_cache);
    const auto index = indexLater ? db::CatalogWriter::SearchIndex::Later : db::CatalogWriter::SearchIndex::Now;
    for (const auto &p : products) {
        db::CatalogWriter::Product row;
        row.id = p.id;
        row.sku = p.sku;
        row.taxClass = p.taxClass;
        row.unit = p.unit;
        row.names = p.names;
        row.barcodes = p.barcodes;
        row.version = p.version;
        row.active = p.active;
        if (auto r = writer.upsertProduct(row, index); !r)
            return r.error();
    }
    return {};
}

Result<void> LocalSyncStore::streamCaughtUp(Stream stream)
{
    if (stream != Stream::Catalog)
        return {};
    if (m_cache->queryInt("SELECT search_stale FROM sync_stream WHERE stream = 'catalog'").value_or(0) == 0)
        return {};
    Transaction tx(*m_cache);
    if (!tx.isActive())
        return *tx.beginError();
    if (auto r = m_cache->exec("INSERT INTO product_search(product_search) VALUES('rebuild');"
                               "UPDATE sync_stream SET search_stale = 0 WHERE stream = 'catalog';");
        !r)
        return r.error();
    return tx.commit();
}

void LocalSyncStore::recordStreamError(Stream stream, const QString &message, qint64 nowMs)
{
    Statement &st = m_cache->cached(R"sql(
        INSERT INTO sync_stream(stream, last_error, last_error_at) VALUES(?1, ?2, ?3)
        ON CONFLICT(stream) DO UPDATE SET last_error = excluded.last_error, last_error_at = excluded.last_error_at)sql");
    (void)st.bind(1, name(stream)).bind(2, message.left(500)).bind(3, nowMs).exec();
}

Result<sync::StreamSummary> LocalSyncStore::localSummary(Stream stream)
{
    sync::StreamSummary s;
    auto c = cursor(stream);
    if (!c)
        return c.error();
    s.cursor = c.value();
    const auto sum = [&](std::string_view sql, const QString &prefix) -> Result<void> {
        auto st = m_cache->prepare(sql);
        if (!st)
            return st.error();
        if (sql.find("?1") != std::string_view::npos)
            st->bind(1, m_storeId);
        while (st->step()) {
            sync::addToChecksum(s.checksum, (prefix + st->text(0)).toUtf8(), st->int64(1));
            ++s.count;
        }
        if (st->lastError())
            return *st->lastError();
        return {};
    };
    Result<void> r;
    switch (stream) {
    case Stream::Reference:
        r = sum("SELECT code, version FROM tax_class", QStringLiteral("tax_class:"));
        if (r)
            r = sum("SELECT id, version FROM location", QStringLiteral("location:"));
        break;
    case Stream::Catalog:
        r = sum("SELECT id, version FROM product", {});
        break;
    case Stream::Prices:
        r = sum("SELECT product_id || '|' || valid_from, version FROM price WHERE store_id = ?1", {});
        break;
    case Stream::Stock:
        r = sum("SELECT product_id || '|' || location_id, version FROM stock", {});
        break;
    case Stream::Orders:
        r = sum("SELECT id, version FROM cc_order WHERE store_id = ?1", {});
        break;
    case Stream::Staff:
        r = sum("SELECT id, version FROM staff", {});
        break;
    }
    if (!r)
        return r.error();
    return s;
}

Result<void> LocalSyncStore::resetStream(Stream stream)
{
    Statement &st = m_cache->cached("DELETE FROM sync_cursor WHERE stream = ?1");
    if (!st.bind(1, name(stream)).exec())
        return stepError(st);
    recordStreamError(stream, QStringLiteral("Checksum differed from the central service: pulling the stream again."),
                      QDateTime::currentMSecsSinceEpoch());
    return {};
}

Result<QList<sync::OutboxEvent>> LocalSyncStore::pendingEvents(int limit)
{
    QList<sync::OutboxEvent> out;
    // A staff retry is journaled (OutboxDeadLetters::retry); the journal entry marks the event as
    // a retry for every later delivery (journal_ref index: one probe per event).
    Statement &st = m_ledger->cached(R"sql(
        SELECT o.seq, o.event_id, o.kind, o.payload, o.created_at,
               EXISTS(SELECT 1 FROM journal j WHERE j.ref = 'outbox:' || o.event_id AND j.kind = ?2)
        FROM outbox o WHERE o.state = 'pending' ORDER BY o.seq LIMIT ?1)sql");
    st.bind(1, limit).bind(2, QString::fromLatin1(OutboxDeadLetters::kRetriedKind));
    while (st.step())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3).toUtf8(), st.int64(4), st.int64(5) != 0});
    if (st.lastError())
        return *st.lastError();
    return out;
}

Result<void> LocalSyncStore::recordPushResults(const QList<sync::EventResult> &results, qint64 nowMs)
{
    Transaction tx(*m_ledger);
    if (!tx.isActive())
        return *tx.beginError();
    for (const auto &r : results) {
        if (r.status == sync::EventResult::Status::Accepted) {
            // 'dead' too: when two pushers raced with a retried event, one may have recorded a
            // refusal before the other's acceptance arrived. The server's acceptance is the truth.
            Statement &st = m_ledger->cached("UPDATE outbox SET state = 'acked', acked_at = ?2, attempts = attempts + 1 "
                                             "WHERE event_id = ?1 AND state IN ('pending','dead')");
            if (!st.bind(1, r.id).bind(2, nowMs).exec())
                return stepError(st);
        } else {
            const QString reason = r.status == sync::EventResult::Status::Conflict
                ? QStringLiteral("ALARM: the central service holds a different event under the same id (%1)").arg(r.reason)
                : r.reason;
            Statement &st = m_ledger->cached("UPDATE outbox SET state = 'dead', last_error = ?2, attempts = attempts + 1 "
                                             "WHERE event_id = ?1 AND state = 'pending'");
            if (!st.bind(1, r.id).bind(2, reason.left(1000)).exec())
                return stepError(st);
        }
    }
    return tx.commit();
}

void LocalSyncStore::recordPushFailure(const QList<sync::OutboxEvent> &events, const QString &message)
{
    Transaction tx(*m_ledger);
    if (!tx.isActive())
        return;
    for (const auto &e : events) {
        Statement &st = m_ledger->cached("UPDATE outbox SET attempts = attempts + 1, last_error = ?2 WHERE event_id = ?1");
        if (!st.bind(1, e.id).bind(2, message.left(500)).exec())
            return;
    }
    (void)tx.commit();
}

sync::OutboxStats LocalSyncStore::outboxStats(qint64 nowMs)
{
    sync::OutboxStats s;
    Statement &st = m_ledger->cached(R"sql(
        SELECT (SELECT count(*) FROM outbox WHERE state = 'pending'),
               (SELECT min(created_at) FROM outbox WHERE state = 'pending'),
               (SELECT count(*) FROM outbox WHERE state = 'dead'),
               (SELECT acked_at FROM outbox WHERE state = 'acked' ORDER BY seq DESC LIMIT 1))sql");
    if (st.step()) {
        s.pending = st.int64(0);
        s.oldestPendingAgeMs = st.isNull(1) ? 0 : std::max<qint64>(0, nowMs - st.int64(1));
        s.deadLetters = st.int64(2);
        s.lastAckedMs = st.isNull(3) ? 0 : st.int64(3);
    }
    st.reset();
    return s;
}

QList<sync::StreamState> LocalSyncStore::streamStates()
{
    QHash<QString, sync::StreamState> byName;
    Statement &st = m_cache->cached(
        "SELECT stream, coalesce(last_ok_at, 0), coalesce(last_error, ''), coalesce(last_error_at, 0), rows_applied FROM sync_stream");
    while (st.step())
        byName.insert(st.text(0), {Stream::Catalog, st.int64(1), st.text(2), st.int64(3), st.int64(4)});
    st.reset();
    QList<sync::StreamState> out;
    for (Stream s : sync::kAllStreams) {
        auto it = byName.constFind(name(s));
        if (it == byName.cend())
            continue;
        sync::StreamState state = it.value();
        state.stream = s;
        out.append(state);
    }
    return out;
}

// ------------------------------------------------------------------ OutboxDeadLetters

OutboxDeadLetters::OutboxDeadLetters(db::Database &ledger)
    : m_db(ledger)
{
}

Result<QList<DeadLetter>> OutboxDeadLetters::list(int limit)
{
    QList<DeadLetter> out;
    Statement &st = m_db.cached(R"sql(
        SELECT o.seq, o.event_id, o.kind, o.ref, o.created_at, o.attempts, coalesce(o.last_error, ''),
               coalesce(s.receipt_no, 0)
        FROM outbox o LEFT JOIN sale s ON s.id = o.ref AND o.kind IN ('sale.completed', 'return.completed')
        WHERE o.state = 'dead' ORDER BY o.seq LIMIT ?1)sql");
    st.bind(1, limit);
    while (st.step())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4), int(st.int64(5)), st.text(6), st.int64(7)});
    if (st.lastError())
        return *st.lastError();
    return out;
}

qint64 OutboxDeadLetters::count()
{
    return m_db.queryInt("SELECT count(*) FROM outbox WHERE state = 'dead'").value_or(0);
}

Result<void> OutboxDeadLetters::retry(const QString &eventId, const QString &actor, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    Statement &row = m_db.cached("SELECT state, kind, ref, attempts, coalesce(last_error, '') FROM outbox WHERE event_id = ?1");
    row.bind(1, eventId);
    if (!row.step()) {
        if (row.lastError())
            return *row.lastError();
        return Error{QStringLiteral("outbox.not-found"), QStringLiteral("There is no outbox event %1").arg(eventId)};
    }
    const QString state = row.text(0);
    const QJsonObject payload{{QStringLiteral("event_id"), eventId},
                              {QStringLiteral("kind"), row.text(1)},
                              {QStringLiteral("ref"), row.text(2)},
                              {QStringLiteral("attempts"), row.int64(3)},
                              {QStringLiteral("reason"), row.text(4)}};
    row.reset();
    if (state != QLatin1String("dead"))
        return Error{QStringLiteral("outbox.not-dead"), QStringLiteral("Outbox event %1 is %2, not dead").arg(eventId, state)};
    // Same id, same payload bytes: only the state changes, so the push stays idempotent.
    Statement &up = m_db.cached("UPDATE outbox SET state = 'pending' WHERE event_id = ?1 AND state = 'dead'");
    if (!up.bind(1, eventId).exec())
        return stepError(up);
    auto seq = db::journal::append(m_db, {0, nowMs, QString::fromLatin1(kRetriedKind), QStringLiteral("outbox:") + eventId, actor,
                                          QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    if (!seq)
        return seq.error();
    return tx.commit();
}

} // namespace ok::services
