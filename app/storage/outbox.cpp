// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/outbox.h"

#include "storage/ledger.h"
#include "storage/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ok::db {

Outbox::Outbox(Database &ledger)
    : m_db(ledger)
{
}

Result<QList<Outbox::Event>> Outbox::pendingEvents(int limit)
{
    QList<Event> out;
    // A staff retry is journaled (retry()); the journal entry marks the event as a retry for
    // every later delivery (journal_ref index: one probe per event).
    Statement &st = m_db.cached(R"sql(
        SELECT o.seq, o.event_id, o.kind, o.payload, o.created_at,
               EXISTS(SELECT 1 FROM journal j WHERE j.ref = 'outbox:' || o.event_id AND j.kind = ?2)
        FROM outbox o WHERE o.state = 'pending' ORDER BY o.seq LIMIT ?1)sql");
    st.bind(1, limit).bind(2, QString::fromLatin1(kRetriedKind));
    while (st.step())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3).toUtf8(), st.int64(4), st.int64(5) != 0});
    if (st.lastError())
        return *st.lastError();
    return out;
}

Result<void> Outbox::recordAnswers(const QList<Answer> &answers, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    for (const Answer &a : answers) {
        if (a.outcome == Answer::Outcome::Accepted) {
            // 'dead' too: when two pushers raced with a retried event, one may have recorded a
            // refusal before the other's acceptance arrived. The server's acceptance is the truth.
            Statement &st = m_db.cached("UPDATE outbox SET state = 'acked', acked_at = ?2, attempts = attempts + 1 "
                                        "WHERE event_id = ?1 AND state IN ('pending','dead')");
            if (!st.bind(1, a.eventId).bind(2, nowMs).exec())
                return statementError(st);
            // A customer's contact travels in a ship-to request only until the central service
            // has it (docs/channels.md, "Personal data"): an acknowledged event is never sent
            // again, so its copy goes. A refused one keeps it for a staff retry.
            Statement &scrub = m_db.cached("UPDATE outbox SET payload = json_remove(payload, '$.customer') "
                                           "WHERE event_id = ?1 AND kind = 'transfer.requested' AND state = 'acked'");
            if (!scrub.bind(1, a.eventId).exec())
                return statementError(scrub);
        } else {
            Statement &st = m_db.cached("UPDATE outbox SET state = 'dead', last_error = ?2, attempts = attempts + 1 "
                                        "WHERE event_id = ?1 AND state = 'pending'");
            if (!st.bind(1, a.eventId).bind(2, a.reason.left(kMaxReasonChars)).exec())
                return statementError(st);
        }
    }
    return tx.commit();
}

Result<void> Outbox::recordFailure(const QStringList &eventIds, const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    for (const QString &id : eventIds) {
        Statement &st = m_db.cached("UPDATE outbox SET attempts = attempts + 1, last_error = ?2 WHERE event_id = ?1");
        if (!st.bind(1, id).bind(2, reason.left(kMaxReasonChars)).exec())
            return statementError(st);
    }
    return tx.commit();
}

Result<Outbox::Stats> Outbox::stats()
{
    Stats s;
    Statement &st = m_db.cached(R"sql(
        SELECT (SELECT count(*) FROM outbox WHERE state = 'pending'),
               (SELECT min(created_at) FROM outbox WHERE state = 'pending'),
               (SELECT count(*) FROM outbox WHERE state = 'dead'),
               (SELECT acked_at FROM outbox WHERE state = 'acked' ORDER BY seq DESC LIMIT 1))sql");
    if (!st.step())
        return statementError(st);
    s.pending = st.int64(0);
    s.oldestPendingAtMs = st.optInt64(1);
    s.dead = st.int64(2);
    s.lastAckedAtMs = st.optInt64(3);
    st.reset();
    return s;
}

Result<QList<DeadLetter>> Outbox::deadLetters(int limit)
{
    QList<DeadLetter> out;
    Statement &st = m_db.cached(R"sql(
        SELECT o.seq, o.event_id, o.kind, o.ref, o.created_at, o.attempts, coalesce(o.last_error, ''),
               coalesce(s.receipt_no, 0)
        FROM outbox o LEFT JOIN sale s ON s.id = o.ref AND o.kind IN ('sale.completed', 'return.completed')
        WHERE o.state = 'dead' ORDER BY o.seq LIMIT ?1)sql");
    st.bind(1, limit);
    while (st.step())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.int32(5), st.text(6), st.int64(7)});
    if (st.lastError())
        return *st.lastError();
    return out;
}

qint64 Outbox::deadLetterCount()
{
    return m_db.queryInt("SELECT count(*) FROM outbox WHERE state = 'dead'").value_or(0);
}

Result<void> Outbox::retry(const QString &eventId, const QString &actor, qint64 nowMs)
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
        return statementError(up);
    auto seq = journal::append(m_db, {0, nowMs, QString::fromLatin1(kRetriedKind), QStringLiteral("outbox:") + eventId, actor,
                                      QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    if (!seq)
        return seq.error();
    return tx.commit();
}

Result<QList<Outbox::Acknowledged>> Outbox::acknowledgedBefore(qint64 ackedBeforeMs, qint64 afterSeq, int limit)
{
    QList<Acknowledged> out;
    Statement &st = m_db.cached(R"sql(
        SELECT seq, event_id, kind, ref, payload, created_at, coalesce(acked_at, created_at), attempts FROM outbox
        WHERE state = 'acked' AND seq > ?2 AND coalesce(acked_at, created_at) < ?1
          AND seq < (SELECT seq FROM outbox WHERE state = 'acked' ORDER BY seq DESC LIMIT 1)
        ORDER BY seq LIMIT ?3)sql");
    st.bind(1, ackedBeforeMs).bind(2, afterSeq).bind(3, limit);
    for (;;) {
        const auto step = st.next();
        if (step == Statement::Step::Failed)
            return statementError(st);
        if (step == Statement::Step::Done)
            return out;
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4).toUtf8(), st.int64(5), st.int64(6), st.int32(7)});
    }
}

Result<int> Outbox::removeAcknowledged(const QList<qint64> &seqs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    int removed = 0;
    for (qint64 seq : seqs) {
        Statement &st = m_db.cached("DELETE FROM outbox WHERE seq = ?1 AND state = 'acked'");
        if (!st.bind(1, seq).exec())
            return statementError(st);
        removed += m_db.changes();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return removed;
}

} // namespace ok::db
