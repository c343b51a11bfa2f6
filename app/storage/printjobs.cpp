// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/printjobs.h"

#include "storage/ledger.h"
#include "storage/logging.h"
#include "storage/sqlite.h"

#include <array>
#include <utility>

namespace ok::db {

namespace {

constexpr std::string_view kColumns =
    "id, printer, kind, ref, label, copy, coalesce(copy_of, 0), state, attempts, coalesce(last_error, ''), "
    "created_at, updated_at, coalesce(printed_at, 0), length(payload)";

Error fail(const Statement &st)
{
    return st.lastError().value_or(Error{QStringLiteral("db.error"), QStringLiteral("statement failed")});
}

/// Reads the kColumns of the current row (payload at `payloadCol` when >= 0).
PrintJob readJob(const Statement &st, int payloadCol = -1)
{
    PrintJob j;
    j.id = st.int64(0);
    j.printer = st.text(1);
    j.kind = st.text(2);
    j.ref = st.text(3);
    j.label = st.text(4);
    j.copy = st.int64(5) != 0;
    j.copyOf = st.int64(6);
    j.state = printJobStateFromName(st.text(7)).value_or(PrintJob::State::Uncertain);
    j.attempts = st.int32(8);
    j.lastError = st.text(9);
    j.createdAtMs = st.int64(10);
    j.updatedAtMs = st.int64(11);
    j.printedAtMs = st.int64(12);
    j.payloadSize = st.int64(13);
    if (payloadCol >= 0)
        j.payload = st.blob(payloadCol);
    return j;
}

std::string selectSql(std::string_view tail, bool withPayload)
{
    std::string sql = "SELECT ";
    sql += kColumns;
    if (withPayload)
        sql += ", payload";
    sql += " FROM print_job ";
    sql += tail;
    return sql;
}

} // namespace

PrintJobs::PrintJobs(Database &ledger)
    : m_db(ledger)
{
}

Result<qint64> PrintJobs::enqueue(const NewPrintJob &job, qint64 nowMs)
{
    if (job.printer.isEmpty())
        return Error{QStringLiteral("printjob.invalid"), QStringLiteral("A print job needs a printer")};
    if (job.payload.isEmpty())
        return Error{QStringLiteral("printjob.invalid"), QStringLiteral("A print job needs something to print")};
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    Statement &st = m_db.cached("INSERT INTO print_job(printer, kind, ref, label, payload, copy, copy_of, created_at, updated_at) "
                                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
    st.bind(1, job.printer).bind(2, job.kind).bind(3, job.ref).bind(4, job.label).bind(5, job.payload)
        .bind(6, job.copy ? 1 : 0).bind(8, nowMs);
    if (job.copyOf > 0)
        st.bind(7, job.copyOf);
    else
        st.bindNull(7);
    if (!st.exec())
        return fail(st);
    const qint64 id = m_db.lastInsertRowId();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

std::optional<PrintJob> PrintJobs::job(qint64 id)
{
    static const std::string sql = selectSql("WHERE id = ?1", true);
    Statement &st = m_db.cached(sql);
    st.bind(1, id);
    std::optional<PrintJob> out;
    if (st.step())
        out = readJob(st, 14);
    st.reset();
    return out;
}

std::optional<PrintJob> PrintJobs::oldestQueued(const QString &printer)
{
    static const std::string sql = selectSql("WHERE printer = ?1 AND state = 'queued' ORDER BY id LIMIT 1", true);
    Statement &st = m_db.cached(sql);
    st.bind(1, printer);
    std::optional<PrintJob> out;
    if (st.step())
        out = readJob(st, 14);
    st.reset();
    return out;
}

QList<PrintJob> PrintJobs::list(const QString &printer, int finished)
{
    QList<PrintJob> out;
    static const std::string open = selectSql("WHERE printer = ?1 AND state IN ('queued','sending','uncertain') ORDER BY id", false);
    Statement &a = m_db.cached(open);
    a.bind(1, printer);
    while (a.step())
        out.append(readJob(a));
    a.reset();
    if (finished <= 0)
        return out;
    static const std::string done = selectSql("WHERE printer = ?1 AND state IN ('printed','cancelled') ORDER BY id DESC LIMIT ?2", false);
    Statement &b = m_db.cached(done);
    b.bind(1, printer).bind(2, finished);
    while (b.step())
        out.append(readJob(b));
    b.reset();
    return out;
}

int PrintJobs::count(const QString &printer, std::optional<PrintJob::State> state)
{
    Statement &st = state ? m_db.cached("SELECT count(*) FROM print_job WHERE printer = ?1 AND state = ?2")
                          : m_db.cached("SELECT count(*) FROM print_job WHERE printer = ?1 AND state IN ('queued','sending','uncertain')");
    st.bind(1, printer);
    if (state)
        st.bind(2, printJobStateName(*state));
    const int n = st.step() ? st.int32(0) : 0;
    st.reset();
    return n;
}

bool PrintJobs::hasOpenJobFor(const QString &ref)
{
    if (ref.isEmpty())
        return false;
    Statement &st = m_db.cached("SELECT 1 FROM print_job WHERE ref = ?1 AND state IN ('queued','sending','uncertain') LIMIT 1");
    st.bind(1, ref);
    const bool found = st.step();
    st.reset();
    return found;
}

Error PrintJobs::wrongState(qint64 id, const QString &wanted)
{
    Statement &st = m_db.cached("SELECT state FROM print_job WHERE id = ?1");
    st.bind(1, id);
    const QString now = st.step() ? st.text(0) : QString();
    st.reset();
    if (now.isEmpty())
        return Error{QStringLiteral("printjob.not-found"), QStringLiteral("There is no print job %1").arg(id)};
    return Error{QStringLiteral("printjob.wrong-state"),
                 QStringLiteral("Print job %1 is %2, not %3").arg(id).arg(now, wanted)};
}

Result<void> PrintJobs::transition(qint64 id, std::initializer_list<PrintJob::State> from, PrintJob::State to,
                                   const std::optional<QString> &reason, qint64 nowMs)
{
    // At most five states: build the IN list from the enum names, never from input.
    QStringList names;
    for (PrintJob::State s : from)
        names << QLatin1Char('\'') + printJobStateName(s) + QLatin1Char('\'');
    const QString inList = names.join(QLatin1Char(','));
    const std::string sql = QStringLiteral("UPDATE print_job SET state = ?2, updated_at = ?3, attempts = attempts + ?4, "
                                           "last_error = CASE WHEN ?5 THEN ?6 ELSE last_error END "
                                           "WHERE id = ?1 AND state IN (%1)")
                                .arg(inList)
                                .toStdString();
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    Statement &st = m_db.cached(sql);
    st.bind(1, id).bind(2, printJobStateName(to)).bind(3, nowMs).bind(4, to == PrintJob::State::Sending ? 1 : 0)
        .bind(5, reason.has_value() ? 1 : 0);
    if (reason && !reason->isEmpty())
        st.bind(6, *reason);
    else
        st.bindNull(6);
    if (!st.exec())
        return fail(st);
    if (m_db.changes() != 1) {
        names.replaceInStrings(QStringLiteral("'"), QString());
        return wrongState(id, names.join(QStringLiteral(" or ")));
    }
    return tx.commit();
}

Result<void> PrintJobs::markSending(qint64 id, qint64 nowMs)
{
    return transition(id, {PrintJob::State::Queued}, PrintJob::State::Sending, std::nullopt, nowMs);
}

Result<void> PrintJobs::markPrinted(qint64 id, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    Statement &st = m_db.cached("UPDATE print_job SET state = 'printed', printed_at = ?2, updated_at = ?2, last_error = NULL "
                                "WHERE id = ?1 AND state IN ('sending','uncertain') RETURNING kind, ref");
    st.bind(1, id).bind(2, nowMs);
    if (!st.step()) {
        if (auto e = st.lastError())
            return *e;
        st.reset();
        return wrongState(id, QStringLiteral("sending or uncertain"));
    }
    const QString kind = st.text(0);
    const QString ref = st.text(1);
    st.reset();
    if (kind == QLatin1String("receipt") && !ref.isEmpty()) {
        // The sale's "receipt printed" mark keeps Ledger::unprintedSales() right. Set it once:
        // a copy printed later does not move the time of the first print.
        Statement &sale = m_db.cached("SELECT 1 FROM sale WHERE id = ?1 AND receipt_printed_at IS NULL");
        sale.bind(1, ref);
        const bool unmarked = sale.step();
        sale.reset();
        if (unmarked) {
            Ledger ledger(m_db);
            if (auto r = ledger.markReceiptPrinted(ref, nowMs); !r)
                return r.error();
        }
    }
    return tx.commit();
}

Result<void> PrintJobs::requeue(qint64 id, const QString &reason, qint64 nowMs)
{
    return transition(id, {PrintJob::State::Sending}, PrintJob::State::Queued, reason, nowMs);
}

Result<void> PrintJobs::markUncertain(qint64 id, const QString &reason, qint64 nowMs)
{
    return transition(id, {PrintJob::State::Sending}, PrintJob::State::Uncertain, reason, nowMs);
}

Result<int> PrintJobs::noteWaiting(const QString &printer, const QString &reason, qint64 nowMs)
{
    Statement &st = m_db.cached("UPDATE print_job SET last_error = ?2, updated_at = ?3 "
                                "WHERE printer = ?1 AND state = 'queued' AND coalesce(last_error, '') <> ?2");
    if (!st.bind(1, printer).bind(2, reason).bind(3, nowMs).exec())
        return fail(st);
    return m_db.changes();
}

Result<void> PrintJobs::cancel(qint64 id, qint64 nowMs)
{
    return transition(id, {PrintJob::State::Queued, PrintJob::State::Uncertain}, PrintJob::State::Cancelled, std::nullopt, nowMs);
}

Result<qint64> PrintJobs::reprintAsCopy(qint64 id, const QByteArray &banner, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    auto original = job(id);
    if (!original)
        return Error{QStringLiteral("printjob.not-found"), QStringLiteral("There is no print job %1").arg(id)};
    if (original->state == PrintJob::State::Sending)
        return Error{QStringLiteral("printjob.wrong-state"),
                     QStringLiteral("Print job %1 is being printed right now; wait for the printer").arg(id)};
    // A copy of a copy still points at the first original: what staff reprint is the receipt.
    const qint64 root = original->copyOf > 0 ? original->copyOf : original->id;
    Statement &ins = m_db.cached("INSERT INTO print_job(printer, kind, ref, label, payload, copy, copy_of, created_at, updated_at) "
                                 "VALUES(?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?7)");
    // The original's payload already starts with a banner when it is a copy: keep one banner.
    QByteArray payload = original->payload;
    if (original->copy && payload.startsWith(banner))
        payload.remove(0, banner.size());
    ins.bind(1, original->printer).bind(2, original->kind).bind(3, original->ref).bind(4, original->label)
        .bind(5, banner + payload).bind(6, root).bind(7, nowMs);
    if (!ins.exec())
        return fail(ins);
    const qint64 copyId = m_db.lastInsertRowId();
    if (original->state == PrintJob::State::Uncertain) {
        Statement &settle = m_db.cached("UPDATE print_job SET state = 'cancelled', updated_at = ?2, last_error = ?3 "
                                        "WHERE id = ?1 AND state = 'uncertain'");
        if (!settle.bind(1, id).bind(2, nowMs).bind(3, QStringLiteral("Replaced by copy %1").arg(copyId)).exec())
            return fail(settle);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return copyId;
}

Result<int> PrintJobs::recoverInterrupted(const QString &printer, const QString &reason, qint64 nowMs)
{
    Statement &st = m_db.cached("UPDATE print_job SET state = 'uncertain', last_error = ?2, updated_at = ?3 "
                                "WHERE printer = ?1 AND state = 'sending'");
    if (!st.bind(1, printer).bind(2, reason).bind(3, nowMs).exec())
        return fail(st);
    const int n = m_db.changes();
    if (n > 0)
        qCWarning(lcStorage).noquote() << printer << ":" << n << "print job(s) were being sent when the program stopped; now uncertain";
    return n;
}

Result<int> PrintJobs::pruneFinished(qint64 beforeMs)
{
    Statement &st = m_db.cached("DELETE FROM print_job WHERE state IN ('printed','cancelled') AND updated_at < ?1");
    if (!st.bind(1, beforeMs).exec())
        return fail(st);
    return m_db.changes();
}

Result<int> PrintJobs::pruneHistory(qint64 beforeMs, int keepRows, int batch)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    // The newest `keepRows` finished jobs stay unless they are older than beforeMs: the id of the
    // first one past them bounds the rest (ids grow with time, whatever the clock does).
    Statement &st = m_db.cached(R"sql(
        DELETE FROM print_job WHERE id IN (
            SELECT id FROM print_job
            WHERE state IN ('printed','cancelled')
              AND (updated_at < ?1
                   OR id <= coalesce((SELECT id FROM print_job WHERE state IN ('printed','cancelled')
                                      ORDER BY id DESC LIMIT 1 OFFSET ?2), -1))
            ORDER BY id LIMIT ?3))sql");
    if (!st.bind(1, beforeMs).bind(2, keepRows).bind(3, batch).exec())
        return fail(st);
    const int n = m_db.changes();
    if (auto r = tx.commit(); !r)
        return r.error();
    return n;
}

} // namespace ok::db
