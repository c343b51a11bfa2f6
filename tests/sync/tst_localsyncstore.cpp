// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite side of sync: a page and its cursor commit together or not at all; the outbox keeps
// every event until the server answered it.
#include "../storage/saletestdata.h"
#include "services/localsyncstore.h"
#include "storage/catalog.h"
#include "storage/ledger.h"
#include "storage/outbox.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace ok::sync;

class TestLocalSyncStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<services::LocalSyncStore> m_store;

    static PullPage referencePage()
    {
        PullPage p;
        p.stream = Stream::Reference;
        p.cursor = 2;
        p.taxClasses = {{QStringLiteral("A"), 2300, QStringLiteral("standard"), 1}};
        p.locations = {{QStringLiteral("S001"), QStringLiteral("store"), QStringLiteral("Kraków"), 2}};
        return p;
    }
    static ProductItem product(qint64 id, const QString &name, qint64 version)
    {
        ProductItem p;
        p.id = id;
        p.sku = QStringLiteral("SKU-%1").arg(id);
        p.taxClass = QStringLiteral("A");
        p.unit = QStringLiteral("piece");
        p.names = {{QStringLiteral("pl"), name}};
        p.barcodes = {QStringLiteral("590%1").arg(id, 10, 10, QLatin1Char('0'))};
        p.version = version;
        return p;
    }
    qint64 count(const char *sql) { return m_store->cache().queryInt(sql).value_or(-1); }

    /// Three sales: the first accepted, the second refused, the third a conflict (ALARM).
    QList<QString> threeAnsweredSales()
    {
        db::Ledger ledger(m_store->ledger());
        QList<QString> ids;
        for (int i = 0; i < 3; ++i)
            ids.append(ledger.commitSale(makeSale(2, i))->eventId);
        const QList<EventResult> answers = {{ids.at(0), EventResult::Status::Accepted, false, {}},
                                            {ids.at(1), EventResult::Status::Rejected, false, QStringLiteral("stock changed since it was counted: count again")},
                                            {ids.at(2), EventResult::Status::Conflict, false, QStringLiteral("body differs")}};
        if (!m_store->recordPushResults(answers, 5))
            return {};
        return ids;
    }
    QString outboxState(const QString &eventId)
    {
        auto st = m_store->ledger().prepare("SELECT state FROM outbox WHERE event_id = ?1");
        st->bind(1, eventId);
        return st->step() ? st->text(0) : QString();
    }
    QString outboxPayload(const QString &eventId)
    {
        auto st = m_store->ledger().prepare("SELECT payload FROM outbox WHERE event_id = ?1");
        st->bind(1, eventId);
        return st->step() ? st->text(0) : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        for (const char *f : {"cache.db", "cache.db-wal", "cache.db-shm", "ledger.db", "ledger.db-wal", "ledger.db-shm"})
            QFile::remove(m_dir.filePath(QLatin1String(f)));
        auto s = services::LocalSyncStore::open(m_dir.filePath(QStringLiteral("cache.db")),
                                                m_dir.filePath(QStringLiteral("ledger.db")), QStringLiteral("S001"));
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        m_store = std::move(s.value());
        QVERIFY(m_store->applyPage(referencePage(), 1));
    }

    void pageAndCursorCommitTogether()
    {
        QCOMPARE(m_store->cursor(Stream::Reference).value(), 2);
        PullPage p;
        p.stream = Stream::Catalog;
        p.cursor = 11;
        p.products = {product(1, QStringLiteral("Żółć"), 10), product(2, QStringLiteral("Mleko"), 11)};
        QVERIFY(m_store->applyPage(p, 1));
        QCOMPARE(m_store->cursor(Stream::Catalog).value(), 11);
        QCOMPARE(count("SELECT count(*) FROM product"), 2);

        // A page whose last row breaks a constraint (unknown tax class): nothing of it is applied
        // and the cursor stays.
        PullPage bad;
        bad.stream = Stream::Catalog;
        bad.cursorFrom = 11;
        bad.cursor = 13;
        ProductItem broken = product(4, QStringLiteral("Zły"), 13);
        broken.taxClass = QStringLiteral("ZZ");
        bad.products = {product(3, QStringLiteral("Masło"), 12), broken};
        auto r = m_store->applyPage(bad, 2);
        QVERIFY(!r);
        QCOMPARE(m_store->cursor(Stream::Catalog).value(), 11);
        QCOMPARE(count("SELECT count(*) FROM product"), 2);

        // A page asked with a cursor that is no longer the stored one is refused too.
        PullPage stale;
        stale.stream = Stream::Catalog;
        stale.cursorFrom = 0;
        stale.cursor = 12;
        stale.products = {product(3, QStringLiteral("Masło"), 12)};
        QVERIFY(!m_store->applyPage(stale, 3));
        QCOMPARE(count("SELECT count(*) FROM product"), 2);
    }

    void initialCatalogIndexesOnceAtTheEnd()
    {
        PullPage p;
        p.stream = Stream::Catalog;
        p.cursor = 11;
        p.more = true;
        p.products = {product(1, QStringLiteral("Żółć"), 10), product(2, QStringLiteral("Smørbrød"), 11)};
        QVERIFY(m_store->applyPage(p, 1));
        QCOMPARE(count("SELECT search_stale FROM sync_stream WHERE stream = 'catalog'"), 1);
        db::CatalogReader reader(m_store->cache(), QStringLiteral("S001"), QStringLiteral("pl"));
        QVERIFY(reader.searchUnranked(QStringLiteral("zolc"), 10, 0).value().isEmpty()); // the word index is not built yet
        QVERIFY(m_store->streamCaughtUp(Stream::Catalog));
        QCOMPARE(count("SELECT search_stale FROM sync_stream WHERE stream = 'catalog'"), 0);
        QCOMPARE(reader.search(QStringLiteral("zolc"), 10, 0).value().size(), 1);
        QCOMPARE(reader.search(QStringLiteral("smorbrod"), 10, 0).value().size(), 1);

        // Later changes are indexed row by row: a renamed product is found by its new name only.
        PullPage delta;
        delta.stream = Stream::Catalog;
        delta.cursorFrom = 11;
        delta.cursor = 20;
        delta.products = {product(1, QStringLiteral("Kefir"), 20)};
        QVERIFY(m_store->applyPage(delta, 2));
        QCOMPARE(reader.search(QStringLiteral("kefir"), 10, 0).value().size(), 1);
        QVERIFY(reader.search(QStringLiteral("zolc"), 10, 0).value().isEmpty());
        auto integrity = m_store->cache().prepare("PRAGMA integrity_check");
        QVERIFY(integrity && integrity->step());
        QCOMPARE(integrity->text(0), QStringLiteral("ok"));
        auto check = m_store->cache().prepare("INSERT INTO product_search(product_search) VALUES('integrity-check')");
        QVERIFY(check && check->exec());
    }

    void summaryMatchesTheProtocolDefinition()
    {
        PullPage p;
        p.stream = Stream::Prices;
        p.cursor = 31;
        p.prices = {{1, 100, std::nullopt, 1299, QStringLiteral("PLN"), 30}, {2, 100, 200, 599, QStringLiteral("PLN"), 31}};
        PullPage cat;
        cat.stream = Stream::Catalog;
        cat.cursor = 11;
        cat.products = {product(1, QStringLiteral("a"), 10), product(2, QStringLiteral("b"), 11)};
        QVERIFY(m_store->applyPage(cat, 1));
        QVERIFY(m_store->applyPage(p, 1));
        auto s = m_store->localSummary(Stream::Prices);
        QVERIFY(s);
        QCOMPARE(s->count, 2);
        QCOMPARE(s->checksum, fnv1a64("1|100|30") + fnv1a64("2|100|31"));
        QCOMPARE(s->cursor, 31);
        auto ref = m_store->localSummary(Stream::Reference);
        QCOMPARE(ref->checksum, fnv1a64("tax_class:A|1") + fnv1a64("location:S001|2"));
        QVERIFY(m_store->resetStream(Stream::Prices));
        QCOMPARE(m_store->cursor(Stream::Prices).value(), 0);
    }

    void outboxKeepsEveryEventUntilAnswered()
    {
        db::Ledger ledger(m_store->ledger());
        QList<QString> ids;
        for (int i = 0; i < 3; ++i) {
            auto c = ledger.commitSale(makeSale(2, i));
            QVERIFY(c);
            ids.append(c->eventId);
        }
        auto pending = m_store->pendingEvents(10);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 3);
        QCOMPARE(pending->at(0).id, ids.at(0)); // oldest first
        QVERIFY(pending->at(0).payload.contains("\"stock_deltas\""));

        m_store->recordPushFailure(pending.value(), QStringLiteral("net down"));
        QCOMPARE(m_store->outboxStats(0).pending, 3);

        QList<EventResult> answers = {{ids.at(0), EventResult::Status::Accepted, false, {}},
                                      {ids.at(1), EventResult::Status::Rejected, false, QStringLiteral("stale count")},
                                      {ids.at(2), EventResult::Status::Conflict, false, QStringLiteral("body differs")}};
        QVERIFY(m_store->recordPushResults(answers, 5));
        const OutboxStats stats = m_store->outboxStats(5);
        QCOMPARE(stats.pending, 0);
        QCOMPARE(stats.deadLetters, 2);
        QCOMPARE(m_store->ledger().queryInt("SELECT count(*) FROM outbox WHERE state = 'dead' AND last_error LIKE 'ALARM:%'").value(), 1);
        QCOMPARE(m_store->ledger().queryInt("SELECT attempts FROM outbox ORDER BY seq LIMIT 1").value(), 2);
        QVERIFY(m_store->pendingEvents(10)->isEmpty());
        QCOMPARE(m_store->ledger().queryInt("SELECT count(*) FROM outbox").value(), 3); // nothing deleted
        QCOMPARE(stats.lastAckedMs, 5);
    }

    void deadLettersShowTheServersReason()
    {
        const QList<QString> ids = threeAnsweredSales();
        QCOMPARE(ids.size(), 3);
        db::Outbox dead(m_store->ledger());
        auto list = dead.deadLetters();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(dead.deadLetterCount(), 2);
        QCOMPARE(list->at(0).eventId, ids.at(1)); // oldest first
        QCOMPARE(list->at(0).kind, QStringLiteral("sale.completed"));
        QCOMPARE(list->at(0).reason, QStringLiteral("stock changed since it was counted: count again"));
        QCOMPARE(list->at(0).attempts, 1);
        QVERIFY(!list->at(0).ref.isEmpty());
        QCOMPARE(list->at(0).receiptNo, 2);
        QCOMPARE(list->at(0).createdAtMs, makeSale(2, 1).createdAtMs);
        QVERIFY(list->at(1).reason.startsWith(QLatin1String("ALARM:")));
        QVERIFY(list->at(1).reason.contains(QLatin1String("body differs")));
    }

    void retryMakesItPendingAgainAndJournalsIt()
    {
        const QList<QString> ids = threeAnsweredSales();
        QCOMPARE(ids.size(), 3);
        const QString payload = outboxPayload(ids.at(1));
        const qint64 journalBefore = m_store->ledger().queryInt("SELECT count(*) FROM journal").value();
        db::Outbox dead(m_store->ledger());
        auto r = dead.retry(ids.at(1), QStringLiteral("E1003"), 1'900'000'000'000);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));

        QCOMPARE(outboxState(ids.at(1)), QStringLiteral("pending"));
        QCOMPARE(outboxPayload(ids.at(1)), payload); // same bytes: the push stays idempotent
        QCOMPARE(dead.deadLetters()->size(), 1);
        QCOMPARE(m_store->ledger().queryInt("SELECT count(*) FROM outbox").value(), 3); // nothing deleted

        // Journaled, with who, in the hash chain.
        QCOMPARE(m_store->ledger().queryInt("SELECT count(*) FROM journal").value(), journalBefore + 1);
        auto j = m_store->ledger().prepare("SELECT kind, ref, actor, payload, created_at FROM journal ORDER BY seq DESC LIMIT 1");
        QVERIFY(j && j->step());
        QCOMPARE(j->text(0), QStringLiteral("outbox.retried"));
        QCOMPARE(j->text(1), QStringLiteral("outbox:") + ids.at(1));
        QCOMPARE(j->text(2), QStringLiteral("E1003"));
        QVERIFY(j->text(3).contains(QLatin1String("count again")));
        QCOMPARE(j->int64(4), 1'900'000'000'000);
        QVERIFY(!db::journal::verify(m_store->ledger()).has_value());

        // The next push sends it again, marked as a retry; a new sale is not marked.
        QVERIFY(db::Ledger(m_store->ledger()).commitSale(makeSale(1, 9)));
        auto pending = m_store->pendingEvents(10);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).id, ids.at(1));
        QVERIFY(pending->at(0).retry);
        QCOMPARE(QString::fromUtf8(pending->at(0).payload), payload);
        QVERIFY(!pending->at(1).retry);
    }

    void onlyADeadLetterCanBeRetried()
    {
        const QList<QString> ids = threeAnsweredSales();
        QCOMPARE(ids.size(), 3);
        const QString fresh = db::Ledger(m_store->ledger()).commitSale(makeSale(1, 7))->eventId;
        const qint64 journalBefore = m_store->ledger().queryInt("SELECT count(*) FROM journal").value();
        db::Outbox dead(m_store->ledger());

        auto acked = dead.retry(ids.at(0), QStringLiteral("E1003"), 1);
        QVERIFY(!acked);
        QCOMPARE(acked.error().code, QStringLiteral("outbox.not-dead"));
        QCOMPARE(outboxState(ids.at(0)), QStringLiteral("acked"));

        auto pending = dead.retry(fresh, QStringLiteral("E1003"), 1);
        QVERIFY(!pending);
        QCOMPARE(pending.error().code, QStringLiteral("outbox.not-dead"));
        QCOMPARE(outboxState(fresh), QStringLiteral("pending"));

        auto unknown = dead.retry(QStringLiteral("no-such-event"), QStringLiteral("E1003"), 1);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("outbox.not-found"));

        QVERIFY(dead.retry(ids.at(1), QStringLiteral("E1003"), 1));
        auto twice = dead.retry(ids.at(1), QStringLiteral("E1003"), 2); // already pending again
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("outbox.not-dead"));
        QCOMPARE(m_store->ledger().queryInt("SELECT count(*) FROM journal").value(), journalBefore + 1); // one retry, one entry
    }

    void theServersAcceptanceClosesARaceLostDeadLetter()
    {
        // Two pushers with one retried event: one recorded a refusal, the other's acceptance
        // arrives afterwards. The central service holds it as accepted: so must the terminal.
        const QList<QString> ids = threeAnsweredSales();
        QCOMPARE(ids.size(), 3);
        QVERIFY(m_store->recordPushResults({{ids.at(1), EventResult::Status::Accepted, true, {}}}, 9));
        QCOMPARE(outboxState(ids.at(1)), QStringLiteral("acked"));
        // ... but a refusal never reopens an acknowledged event.
        QVERIFY(m_store->recordPushResults({{ids.at(0), EventResult::Status::Rejected, false, QStringLiteral("late")}}, 10));
        QCOMPARE(outboxState(ids.at(0)), QStringLiteral("acked"));
    }

    void streamStatesComeFromTheCache()
    {
        QVERIFY(m_store->applyPage([] {
            PullPage p;
            p.stream = Stream::Catalog;
            p.cursor = 10;
            p.products = {product(1, QStringLiteral("Chleb"), 10)};
            return p;
        }(), 1000));
        m_store->recordStreamError(Stream::Prices, QStringLiteral("HTTP 503"), 2000);
        const QList<StreamState> states = m_store->streamStates();
        QCOMPARE(states.size(), 3); // reference (init), catalog, prices; never-pulled streams are absent
        QCOMPARE(states.at(0).stream, Stream::Reference);
        QCOMPARE(states.at(1).stream, Stream::Catalog);
        QCOMPARE(states.at(1).lastOkMs, 1000);
        QCOMPARE(states.at(1).rowsApplied, 1);
        QVERIFY(states.at(1).lastError.isEmpty());
        QCOMPARE(states.at(2).stream, Stream::Prices);
        QCOMPARE(states.at(2).lastOkMs, 0);
        QCOMPARE(states.at(2).lastError, QStringLiteral("HTTP 503"));
        QCOMPARE(states.at(2).lastErrorMs, 2000);
    }
};

QTEST_GUILESS_MAIN(TestLocalSyncStore)
#include "tst_localsyncstore.moc"
