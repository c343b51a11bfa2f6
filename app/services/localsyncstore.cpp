// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/localsyncstore.h"

#include "storage/outbox.h"
#include "storage/pulledrows.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "storage/syncstate.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ok::services {

using sync::Stream;

namespace {

db::PullStream toDb(Stream s)
{
    switch (s) {
    case Stream::Reference: return db::PullStream::Reference;
    case Stream::Catalog: return db::PullStream::Catalog;
    case Stream::Prices: return db::PullStream::Prices;
    case Stream::Stock: return db::PullStream::Stock;
    case Stream::Orders: return db::PullStream::Orders;
    case Stream::Staff: return db::PullStream::Staff;
    }
    return db::PullStream::Catalog;
}

Stream fromDb(db::PullStream s)
{
    switch (s) {
    case db::PullStream::Reference: return Stream::Reference;
    case db::PullStream::Catalog: return Stream::Catalog;
    case db::PullStream::Prices: return Stream::Prices;
    case db::PullStream::Stock: return Stream::Stock;
    case db::PullStream::Orders: return Stream::Orders;
    case db::PullStream::Staff: return Stream::Staff;
    }
    return Stream::Catalog;
}

db::PulledRows::Page toDb(const sync::PullPage &page)
{
    using Rows = db::PulledRows;
    Rows::Page out;
    out.stream = toDb(page.stream);
    out.cursorFrom = page.cursorFrom;
    out.cursor = page.cursor;
    out.more = page.more;
    for (const auto &t : page.taxClasses)
        out.taxClasses.append({t.code, t.rateBp, t.label, t.version});
    for (const auto &l : page.locations)
        out.locations.append({l.id, l.kind, l.name, l.version, l.city});
    out.products.reserve(page.products.size());
    for (const auto &p : page.products) {
        Rows::Product row;
        row.id = p.id;
        row.sku = p.sku;
        row.taxClass = p.taxClass;
        row.unit = p.unit;
        row.names = p.names;
        row.barcodes = p.barcodes;
        row.version = p.version;
        row.active = p.active;
        row.brand = p.brand;
        row.model = p.model;
        row.size = p.size;
        row.colour = p.colour;
        row.popularity = p.popularity;
        out.products.append(std::move(row));
    }
    out.prices.reserve(page.prices.size());
    for (const auto &p : page.prices)
        out.prices.append({p.productId, p.validFrom, p.validTo, p.amount, p.currency, p.version, p.promotion,
                           p.regularAmount});
    out.stock.reserve(page.stock.size());
    for (const auto &s : page.stock)
        out.stock.append({s.productId, s.locationId, s.onHand, s.reserved, s.inTransit, s.version});
    for (const auto &o : page.orders) {
        Rows::Order row{o.id,          o.number, o.customerFirstName, o.contactMasked, o.pickupSalt, o.pickupVerifier,
                        o.compartment, o.status, o.expiresAt,         o.total,         o.currency,   {},
                        o.version,     o.pickupLocator, o.pickupIterations, o.compartments, o.parcels, o.idCheck};
        for (const auto &l : o.lines)
            row.lines.append({l.lineNo, l.productId, l.name, l.quantity});
        out.orders.append(std::move(row));
    }
    for (const auto &s : page.staff)
        out.staff.append({s.id, s.name, s.role, s.storeId, s.pinSalt, s.pinIterations, s.pinVerifier, s.active, s.version, s.language});
    return out;
}

} // namespace

LocalSyncStore::LocalSyncStore(std::unique_ptr<db::Database> cache, std::unique_ptr<db::Database> ledger, const QString &storeId)
    : m_cache(std::move(cache))
    , m_ledger(std::move(ledger))
    , m_state(std::make_unique<db::SyncState>(*m_cache))
    , m_rows(std::make_unique<db::PulledRows>(*m_cache, storeId))
    , m_outbox(std::make_unique<db::Outbox>(*m_ledger))
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
    return m_state->cursor(toDb(stream));
}

Result<void> LocalSyncStore::applyPage(const sync::PullPage &page, qint64 nowMs)
{
    return m_rows->apply(toDb(page), nowMs);
}

Result<void> LocalSyncStore::streamCaughtUp(Stream stream)
{
    return m_rows->caughtUp(toDb(stream));
}

void LocalSyncStore::recordStreamError(Stream stream, const QString &message, qint64 nowMs)
{
    // Best effort: the error is also in the engine's health; a failure here must not hide it.
    (void)m_state->recordError(toDb(stream), message, nowMs);
}

Result<sync::StreamSummary> LocalSyncStore::localSummary(Stream stream)
{
    sync::StreamSummary s;
    auto c = m_state->cursor(toDb(stream));
    if (!c)
        return c.error();
    s.cursor = c.value();
    auto r = m_rows->forEachChecksumRow(toDb(stream), [&s](const QByteArray &key, qint64 version) {
        sync::addToChecksum(s.checksum, key, version);
        ++s.count;
    });
    if (!r)
        return r.error();
    return s;
}

Result<void> LocalSyncStore::resetStream(Stream stream)
{
    return m_state->restart(toDb(stream), QCoreApplication::translate("ok::LocalSyncStore", "Checksum differed from the central service: pulling the stream again."),
                            QDateTime::currentMSecsSinceEpoch());
}

Result<QList<sync::OutboxEvent>> LocalSyncStore::pendingEvents(int limit)
{
    auto events = m_outbox->pendingEvents(limit);
    if (!events)
        return events.error();
    QList<sync::OutboxEvent> out;
    out.reserve(events->size());
    for (const auto &e : events.value())
        out.append({e.seq, e.eventId, e.kind, e.payload, e.createdAtMs, e.retry});
    return out;
}

Result<void> LocalSyncStore::recordPushResults(const QList<sync::EventResult> &results, qint64 nowMs)
{
    QList<db::Outbox::Answer> answers;
    answers.reserve(results.size());
    for (const auto &r : results) {
        switch (r.status) {
        case sync::EventResult::Status::Accepted:
            answers.append({r.id, db::Outbox::Answer::Outcome::Accepted, {}});
            break;
        case sync::EventResult::Status::Rejected:
            answers.append({r.id, db::Outbox::Answer::Outcome::Refused, r.reason});
            break;
        case sync::EventResult::Status::Conflict:
            answers.append({r.id, db::Outbox::Answer::Outcome::Refused,
                            QStringLiteral("ALARM: the central service holds a different event under the same id (%1)").arg(r.reason)});
            break;
        }
    }
    return m_outbox->recordAnswers(answers, nowMs);
}

void LocalSyncStore::recordPushFailure(const QList<sync::OutboxEvent> &events, const QString &message)
{
    QStringList ids;
    ids.reserve(events.size());
    for (const auto &e : events)
        ids.append(e.id);
    // Best effort: attempts and the last error are for staff; the events stay pending either way.
    (void)m_outbox->recordFailure(ids, message);
}

sync::OutboxStats LocalSyncStore::outboxStats(qint64 nowMs)
{
    sync::OutboxStats s;
    auto stats = m_outbox->stats();
    if (!stats)
        return s;
    s.pending = stats->pending;
    s.oldestPendingAgeMs = stats->oldestPendingAtMs ? std::max<qint64>(0, nowMs - *stats->oldestPendingAtMs) : 0;
    s.deadLetters = stats->dead;
    s.lastAckedMs = stats->lastAckedAtMs.value_or(0);
    return s;
}

QList<sync::StreamState> LocalSyncStore::streamStates()
{
    QList<sync::StreamState> out;
    auto health = m_state->health();
    if (!health)
        return out;
    for (const auto &h : health.value())
        out.append({fromDb(h.stream), h.lastOkMs, h.lastError, h.lastErrorMs, h.rowsApplied});
    return out;
}

} // namespace ok::services
