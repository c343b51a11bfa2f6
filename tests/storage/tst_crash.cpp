// SPDX-License-Identifier: GPL-3.0-or-later
// Kill -9 at random points during a stream of sales, hundreds of times; after every kill the
// ledger must pass integrity_check, hold every acknowledged sale, and hold no partial sale.
#include "storage/ledger.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace ok;
using namespace ok::db;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringSales()
    {
        const int iterations = qEnvironmentVariableIntValue("OMNIKIOSK_CRASH_ITERATIONS") > 0
                                   ? qEnvironmentVariableIntValue("OMNIKIOSK_CRASH_ITERATIONS")
                                   : 300;
        const QString child = QStringLiteral(CRASH_CHILD);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.db"));
        QRandomGenerator rng(20261122);
        QSet<QString> acked;
        int killedWithAcks = 0;

        for (int i = 0; i < iterations; ++i) {
            QProcess p;
            p.setProgram(child);
            p.setArguments({path, QString::number(i * 1000)});
            p.start();
            QVERIFY2(p.waitForStarted(5000), qPrintable(p.errorString()));
            // Wait until the child opened (and, the first time, created and migrated) the ledger.
            QByteArray out;
            while (!out.contains("READY\n")) {
                QVERIFY2(p.waitForReadyRead(10000), "child did not start");
                out += p.readAllStandardOutput();
            }
            QThread::usleep(rng.bounded(0, 25000)); // 0-25 ms of sales, then the plug is pulled
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(5000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            out += p.readAllStandardOutput();
            int acksNow = 0;
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("ACK ")) {
                    acked.insert(QString::fromLatin1(line.split(' ').value(1)));
                    ++acksNow;
                }
            }
            if (acksNow)
                ++killedWithAcks;
            verify(path, acked);
        }
        qInfo("%d kills, %d of them after at least one acknowledged sale; %lld sales acknowledged",
              iterations, killedWithAcks, static_cast<long long>(acked.size()));
        QVERIFY(killedWithAcks > iterations / 4); // the test really exercised commits
    }

private:
    void verify(const QString &path, const QSet<QString> &acked)
    {
        auto db = openLedger(path); // runs WAL recovery like the app after a power cut
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        Database &d = *db.value();
        auto ic = d.prepare("PRAGMA integrity_check");
        QVERIFY(ic && ic->step());
        QCOMPARE(ic->text(0), QStringLiteral("ok"));
        auto fk = d.prepare("PRAGMA foreign_key_check");
        QVERIFY(fk && !fk->step());

        // Every acknowledged sale is there.
        QSet<QString> present;
        auto ids = d.prepare("SELECT id FROM sale");
        QVERIFY(ids);
        while (ids->step())
            present.insert(ids->text(0));
        for (const QString &id : acked)
            QVERIFY2(present.contains(id), qPrintable(QStringLiteral("acknowledged sale lost: ") + id));

        // No sale is partial: lines, tenders, journal entry, outbox event and stock deltas all there.
        const qint64 torn = d.queryInt(R"sql(
            SELECT count(*) FROM sale s
            LEFT JOIN (SELECT sale_id, count(*) AS n, sum(amount) AS amount FROM sale_line GROUP BY sale_id) l ON l.sale_id = s.id
            LEFT JOIN (SELECT sale_id, count(*) AS n FROM tender GROUP BY sale_id) t ON t.sale_id = s.id
            LEFT JOIN (SELECT ref, count(*) AS n FROM journal GROUP BY ref) j ON j.ref = s.id
            LEFT JOIN (SELECT ref, count(*) AS n FROM outbox GROUP BY ref) o ON o.ref = s.id
            LEFT JOIN (SELECT o.ref AS ref, count(*) AS n FROM stock_delta d JOIN outbox o USING (event_id)
                       GROUP BY o.ref) sd ON sd.ref = s.id
            WHERE coalesce(l.n, 0) <> s.line_count OR coalesce(l.amount, 0) <> s.total
               OR coalesce(t.n, 0) <> s.tender_count OR coalesce(j.n, 0) <> 1 OR coalesce(o.n, 0) <> 1
               OR coalesce(sd.n, 0) <> s.line_count)sql")
                                .value_or(-1);
        QCOMPARE(torn, 0);
        // Nothing outside a sale either (orphans would be a torn transaction too).
        QCOMPARE(d.queryInt("SELECT count(*) FROM sale_line WHERE sale_id NOT IN (SELECT id FROM sale)").value_or(-1), 0);
        QCOMPARE(d.queryInt("SELECT count(*) FROM outbox WHERE ref NOT IN (SELECT id FROM sale)").value_or(-1), 0);
        // Receipt numbers are gap-free.
        QCOMPARE(d.queryInt("SELECT count(*) = coalesce(max(receipt_no), 0) FROM sale").value_or(0), 1);
        QCOMPARE(journal::verify(d), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
