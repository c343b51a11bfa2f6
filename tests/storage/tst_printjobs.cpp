// SPDX-License-Identifier: GPL-3.0-or-later
// The print queue in ledger.db: state changes only from the states they name, a confirmed receipt
// marks its sale printed in the same transaction, interrupted jobs become uncertain, copies.
#include "saletestdata.h"
#include "storage/ledger.h"
#include "storage/printjobs.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace ok::db;
using State = PrintJob::State;

class TestPrintJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_now = 1'800'000'000'000;

    NewPrintJob receipt(const QString &saleId, const QByteArray &bytes = QByteArrayLiteral("\x1b@receipt\n"))
    {
        NewPrintJob j;
        j.printer = QStringLiteral("receipt");
        j.kind = QStringLiteral("receipt");
        j.ref = saleId;
        j.label = QStringLiteral("Receipt 1");
        j.payload = bytes;
        return j;
    }

    State stateOf(PrintJobs &jobs, qint64 id) { return jobs.job(id).value().state; }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        for (const char *f : {"ledger.db", "ledger.db-wal", "ledger.db-shm"})
            QFile::remove(m_dir.filePath(QLatin1String(f)));
        auto db = openLedger(m_dir.filePath(QStringLiteral("ledger.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db).value();
    }

    void schemaVersionThreeHasTheQueue()
    {
        QVERIFY(m_db->userVersion() >= 3);
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM print_job").value_or(-1), 0);
    }

    void enqueueKeepsBytesExactly()
    {
        PrintJobs jobs(*m_db);
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes += char(i); // every byte value, NULs included: ESC/POS is binary
        auto id = jobs.enqueue(receipt(QStringLiteral("s1"), bytes), m_now);
        QVERIFY(id);
        auto j = jobs.job(id.value());
        QVERIFY(j);
        QCOMPARE(j->payload, bytes);
        QCOMPARE(j->state, State::Queued);
        QCOMPARE(j->attempts, 0);
        QCOMPARE(j->createdAtMs, m_now);
        QVERIFY(!jobs.enqueue(receipt(QStringLiteral("s1"), QByteArray()), m_now)); // nothing to print
        NewPrintJob bad = receipt(QStringLiteral("s1"));
        bad.kind = QStringLiteral("poster");
        QVERIFY(!jobs.enqueue(bad, m_now)); // CHECK constraint
    }

    void oldestQueuedFirstAndPerPrinter()
    {
        PrintJobs jobs(*m_db);
        const qint64 a = jobs.enqueue(receipt(QStringLiteral("a")), m_now).value();
        NewPrintJob other = receipt(QStringLiteral("b"));
        other.printer = QStringLiteral("kitchen");
        const qint64 b = jobs.enqueue(other, m_now).value();
        const qint64 c = jobs.enqueue(receipt(QStringLiteral("c")), m_now).value();
        QCOMPARE(jobs.oldestQueued(QStringLiteral("receipt"))->id, a);
        QVERIFY(jobs.markSending(a, m_now));
        QCOMPARE(jobs.oldestQueued(QStringLiteral("receipt"))->id, c);
        QCOMPARE(jobs.oldestQueued(QStringLiteral("kitchen"))->id, b);
        QCOMPARE(jobs.count(QStringLiteral("receipt")), 2);
        QCOMPARE(jobs.count(QStringLiteral("receipt"), State::Sending), 1);
        QVERIFY(jobs.hasOpenJobFor(QStringLiteral("c")));
        QVERIFY(!jobs.hasOpenJobFor(QStringLiteral("zzz")));
    }

    void stateChangesOnlyFromTheirStates()
    {
        PrintJobs jobs(*m_db);
        const qint64 id = jobs.enqueue(receipt(QStringLiteral("s")), m_now).value();
        QVERIFY(!jobs.markPrinted(id, m_now));               // never sent
        QVERIFY(!jobs.requeue(id, QStringLiteral("x"), m_now));
        QVERIFY(jobs.markSending(id, m_now));
        auto again = jobs.markSending(id, m_now);             // a second sender loses
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("printjob.wrong-state"));
        QVERIFY(!jobs.cancel(id, m_now));                     // cannot cancel what is on the wire
        QVERIFY(jobs.requeue(id, QStringLiteral("Paper out"), m_now + 1));
        auto j = jobs.job(id).value();
        QCOMPARE(j.state, State::Queued);
        QCOMPARE(j.lastError, QStringLiteral("Paper out"));
        QCOMPARE(j.attempts, 1);
        QVERIFY(jobs.markSending(id, m_now + 2));
        QVERIFY(jobs.markPrinted(id, m_now + 3));
        j = jobs.job(id).value();
        QCOMPARE(j.state, State::Printed);
        QCOMPARE(j.attempts, 2);
        QCOMPARE(j.printedAtMs, m_now + 3);
        QVERIFY(j.lastError.isEmpty());
        QVERIFY(!jobs.cancel(id, m_now));
        QCOMPARE(jobs.cancel(9999, m_now).error().code, QStringLiteral("printjob.not-found"));
    }

    void waitingReasonGoesOnEveryQueuedJob()
    {
        PrintJobs jobs(*m_db);
        const qint64 a = jobs.enqueue(receipt(QStringLiteral("a")), m_now).value();
        const qint64 b = jobs.enqueue(receipt(QStringLiteral("b")), m_now).value();
        const qint64 c = jobs.enqueue(receipt(QStringLiteral("c")), m_now).value();
        QVERIFY(jobs.markSending(c, m_now));
        auto n = jobs.noteWaiting(QStringLiteral("receipt"), QStringLiteral("Cover open"), m_now + 1);
        QVERIFY(n);
        QCOMPARE(n.value(), 2);
        QCOMPARE(jobs.job(a)->lastError, QStringLiteral("Cover open"));
        QCOMPARE(jobs.job(b)->lastError, QStringLiteral("Cover open"));
        QVERIFY(jobs.job(c)->lastError.isEmpty()); // only queued jobs
        QCOMPARE(jobs.job(a)->state, State::Queued);
        QCOMPARE(jobs.noteWaiting(QStringLiteral("receipt"), QStringLiteral("Cover open"), m_now + 2).value(), 0); // unchanged
    }

    void confirmedReceiptMarksTheSaleOnce()
    {
        Ledger ledger(*m_db);
        auto sale = ledger.commitSale(makeSale(2));
        QVERIFY(sale);
        QCOMPARE(ledger.unprintedSales().size(), 1);
        PrintJobs jobs(*m_db);
        const qint64 id = jobs.enqueue(receipt(sale->id), m_now).value();
        QVERIFY(jobs.markSending(id, m_now));
        QCOMPARE(ledger.unprintedSales().size(), 1); // sending is not printed
        QVERIFY(jobs.markPrinted(id, m_now + 10));
        QCOMPARE(ledger.unprintedSales().size(), 0);
        QCOMPARE(m_db->queryInt("SELECT receipt_printed_at FROM sale").value_or(0), m_now + 10);
        // A copy printed later leaves the first print time alone.
        const qint64 copy = jobs.reprintAsCopy(id, QByteArrayLiteral("COPY\n"), m_now + 20).value();
        QVERIFY(jobs.markSending(copy, m_now + 21));
        QVERIFY(jobs.markPrinted(copy, m_now + 22));
        QCOMPARE(m_db->queryInt("SELECT receipt_printed_at FROM sale").value_or(0), m_now + 10);
        // A test print or a report never touches sales.
        NewPrintJob test = receipt(sale->id);
        test.kind = QStringLiteral("test");
        QVERIFY(jobs.enqueue(test, m_now));
    }

    void interruptedJobsBecomeUncertain()
    {
        PrintJobs jobs(*m_db);
        const qint64 a = jobs.enqueue(receipt(QStringLiteral("a")), m_now).value();
        const qint64 b = jobs.enqueue(receipt(QStringLiteral("b")), m_now).value();
        QVERIFY(jobs.markSending(a, m_now));
        auto n = jobs.recoverInterrupted(QStringLiteral("receipt"), QStringLiteral("crashed"), m_now + 5);
        QVERIFY(n);
        QCOMPARE(n.value(), 1);
        QCOMPARE(stateOf(jobs, a), State::Uncertain);
        QCOMPARE(jobs.job(a)->lastError, QStringLiteral("crashed"));
        QCOMPARE(stateOf(jobs, b), State::Queued);
        QCOMPARE(jobs.oldestQueued(QStringLiteral("receipt"))->id, b); // never sent again by itself
        QVERIFY(jobs.markPrinted(a, m_now + 6));                        // staff: it did come out
        QCOMPARE(stateOf(jobs, a), State::Printed);
    }

    void reprintOfAnUncertainJobSettlesIt()
    {
        PrintJobs jobs(*m_db);
        const QByteArray body = QByteArrayLiteral("\x1b@body\n");
        const QByteArray banner = QByteArrayLiteral("\x1b@*** COPY ***\n");
        const qint64 a = jobs.enqueue(receipt(QStringLiteral("a"), body), m_now).value();
        QVERIFY(jobs.markSending(a, m_now));
        QVERIFY(!jobs.reprintAsCopy(a, banner, m_now)); // not while it is on the wire
        QVERIFY(jobs.markUncertain(a, QStringLiteral("no confirmation"), m_now));
        auto copy = jobs.reprintAsCopy(a, banner, m_now + 1);
        QVERIFY(copy);
        auto c = jobs.job(copy.value()).value();
        QVERIFY(c.copy);
        QCOMPARE(c.copyOf, a);
        QCOMPARE(c.state, State::Queued);
        QCOMPARE(c.payload, banner + body);
        QCOMPARE(c.ref, QStringLiteral("a"));
        QCOMPARE(stateOf(jobs, a), State::Cancelled);
        QVERIFY(jobs.job(a)->lastError.contains(QString::number(copy.value())));
        // A copy of the copy keeps one banner and points at the first original.
        QVERIFY(jobs.cancel(c.id, m_now + 2));
        auto c2 = jobs.job(jobs.reprintAsCopy(c.id, banner, m_now + 3).value()).value();
        QCOMPARE(c2.payload, banner + body);
        QCOMPARE(c2.copyOf, a);
    }

    void listShowsOpenThenRecentFinished()
    {
        PrintJobs jobs(*m_db);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << jobs.enqueue(receipt(QString::number(i)), m_now + i).value();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(jobs.markSending(ids[i], m_now));
            QVERIFY(jobs.markPrinted(ids[i], m_now));
        }
        const auto list = jobs.list(QStringLiteral("receipt"), 2);
        QCOMPARE(list.size(), 4);
        QCOMPARE(list[0].id, ids[3]);
        QCOMPARE(list[1].id, ids[4]);
        QCOMPARE(list[2].id, ids[2]); // most recent finished first
        QCOMPARE(list[3].id, ids[1]);
        QVERIFY(list[0].payload.isEmpty());
        QVERIFY(list[0].payloadSize > 0);
    }

    void pruneKeepsOpenJobs()
    {
        PrintJobs jobs(*m_db);
        const qint64 a = jobs.enqueue(receipt(QStringLiteral("a")), m_now).value();
        const qint64 b = jobs.enqueue(receipt(QStringLiteral("b")), m_now).value();
        QVERIFY(jobs.markSending(a, m_now));
        QVERIFY(jobs.markPrinted(a, m_now));
        const qint64 copy = jobs.reprintAsCopy(a, QByteArrayLiteral("C"), m_now).value();
        auto n = jobs.pruneFinished(m_now + 1);
        QVERIFY(n);
        QCOMPARE(n.value(), 1);
        QVERIFY(!jobs.job(a));
        QVERIFY(jobs.job(b));
        QCOMPARE(jobs.job(copy)->copyOf, 0); // ON DELETE SET NULL
    }
};

QTEST_GUILESS_MAIN(TestPrintJobs)
#include "tst_printjobs.moc"
