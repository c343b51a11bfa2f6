// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a ledger must look like after a power loss, a crash or a full disk: shared by
// tst_powerloss and tst_diskfull.

#include "saletestdata.h"
#include "storage/ledger.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QHash>
#include <QStringList>

namespace ok::test {

/// A sale whose commitSale() returned ok: what must be found after any failure.
struct AckedSale {
    int lines = 0;
    qint64 total = 0;
    qint64 receiptNo = 0;
};
using AckedSales = QHash<QString, AckedSale>;

inline qint64 countOf(db::Database &d, const char *sql, const QString &id)
{
    auto st = d.prepare(sql);
    if (!st)
        return -1;
    st->bind(1, id);
    return st->step() ? st->int64(0) : -1;
}

/// Everything wrong with the ledger at `path`, opened (and recovered, and migrated) by the
/// product's openLedger: acknowledged sales lost or incomplete, torn sales, orphans, receipt
/// number gaps, integrity_check, the journal chain. With `commitAfter`, a new sale must commit
/// with the next receipt number. Empty = sound.
inline QStringList ledgerProblems(const QString &path, const AckedSales &acked, bool commitAfter = true)
{
    QStringList problems;
    auto db = db::openLedger(path);
    if (!db)
        return { QStringLiteral("openLedger failed: ") + db.error().message };
    db::Database &d = *db.value();
    if (d.userVersion() != db::ledgerMigrations().back().version)
        problems << QStringLiteral("schema version %1 after openLedger").arg(d.userVersion());
    auto ic = d.prepare("PRAGMA integrity_check");
    if (!ic || !ic->step() || ic->text(0) != QLatin1String("ok"))
        return problems << QStringLiteral("integrity_check: ") + (ic ? ic->text(0) : QStringLiteral("failed"));
    if (auto fk = d.prepare("PRAGMA foreign_key_check"); !fk || fk->step())
        problems << QStringLiteral("foreign_key_check reports rows");

    for (auto it = acked.begin(); it != acked.end(); ++it) {
        const QString &id = it.key();
        auto s = d.prepare("SELECT line_count, total, receipt_no, tender_count FROM sale WHERE id = ?1");
        if (!s || !(s->bind(1, id), s->step())) {
            problems << QStringLiteral("acknowledged sale lost: %1 (receipt %2)").arg(id).arg(it->receiptNo);
            continue;
        }
        if (s->int64(0) != it->lines || s->int64(1) != it->total || s->int64(2) != it->receiptNo || s->int64(3) != 1)
            problems << QStringLiteral("acknowledged sale %1 changed").arg(id);
        if (countOf(d, "SELECT count(*) FROM sale_line WHERE sale_id = ?1", id) != it->lines
            || countOf(d, "SELECT coalesce(sum(amount), -1) FROM sale_line WHERE sale_id = ?1", id) != it->total)
            problems << QStringLiteral("acknowledged sale %1: lines missing").arg(id);
        if (countOf(d, "SELECT count(*) FROM tender WHERE sale_id = ?1", id) != 1)
            problems << QStringLiteral("acknowledged sale %1: tender missing").arg(id);
        if (countOf(d, "SELECT count(*) FROM sale_tax WHERE sale_id = ?1", id) != 1)
            problems << QStringLiteral("acknowledged sale %1: taxes missing").arg(id);
        if (countOf(d, "SELECT count(*) FROM outbox WHERE ref = ?1 AND kind = 'sale.completed'", id) != 1)
            problems << QStringLiteral("acknowledged sale %1: outbox event missing").arg(id);
        if (countOf(d, "SELECT count(*) FROM journal WHERE ref = ?1", id) != 1)
            problems << QStringLiteral("acknowledged sale %1: journal entry missing").arg(id);
    }

    // No sale is torn, acknowledged or not: every part there, and nothing outside a sale.
    const qint64 torn = d.queryInt(R"sql(
        SELECT count(*) FROM sale s
        LEFT JOIN (SELECT sale_id, count(*) AS n, sum(amount) AS amount FROM sale_line GROUP BY sale_id) l ON l.sale_id = s.id
        LEFT JOIN (SELECT sale_id, count(*) AS n FROM tender GROUP BY sale_id) t ON t.sale_id = s.id
        LEFT JOIN (SELECT sale_id, count(*) AS n FROM sale_tax GROUP BY sale_id) x ON x.sale_id = s.id
        LEFT JOIN (SELECT ref, count(*) AS n FROM journal GROUP BY ref) j ON j.ref = s.id
        LEFT JOIN (SELECT ref, count(*) AS n FROM outbox GROUP BY ref) o ON o.ref = s.id
        LEFT JOIN (SELECT o.ref AS ref, count(*) AS n FROM stock_delta d JOIN outbox o USING (event_id)
                   GROUP BY o.ref) sd ON sd.ref = s.id
        WHERE coalesce(l.n, 0) <> s.line_count OR coalesce(l.amount, 0) <> s.total
           OR coalesce(t.n, 0) <> s.tender_count OR coalesce(x.n, 0) < 1 OR coalesce(j.n, 0) <> 1
           OR coalesce(o.n, 0) <> 1 OR coalesce(sd.n, 0) <> s.line_count)sql")
                            .value_or(-1);
    if (torn != 0)
        problems << QStringLiteral("%1 torn sales").arg(torn);
    const qint64 orphans = d.queryInt(R"sql(
        SELECT (SELECT count(*) FROM sale_line WHERE sale_id NOT IN (SELECT id FROM sale))
             + (SELECT count(*) FROM tender WHERE sale_id NOT IN (SELECT id FROM sale))
             + (SELECT count(*) FROM sale_tax WHERE sale_id NOT IN (SELECT id FROM sale))
             + (SELECT count(*) FROM outbox WHERE ref NOT IN (SELECT id FROM sale))
             + (SELECT count(*) FROM journal WHERE ref NOT IN (SELECT id FROM sale)))sql")
                               .value_or(-1);
    if (orphans != 0)
        problems << QStringLiteral("%1 parts of sales without their sale").arg(orphans);
    const qint64 receipts = d.queryInt("SELECT coalesce(max(receipt_no), 0) FROM sale").value_or(-1);
    if (d.queryInt("SELECT count(DISTINCT receipt_no) FROM sale").value_or(-2) != receipts)
        problems << QStringLiteral("receipt numbers have gaps (highest %1)").arg(receipts);
    if (auto broken = db::journal::verify(d))
        problems << QStringLiteral("journal chain broken at seq %1").arg(*broken);

    if (commitAfter && problems.isEmpty()) {
        db::Ledger ledger(d);
        auto r = ledger.commitSale(makeSale(2, 999'999));
        if (!r)
            problems << QStringLiteral("a new sale does not commit: ") + r.error().message;
        else if (r->receiptNo != receipts + 1)
            problems << QStringLiteral("the new sale got receipt %1 after %2").arg(r->receiptNo).arg(receipts);
    }
    return problems;
}

} // namespace ok::test
