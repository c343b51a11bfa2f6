// SPDX-License-Identifier: GPL-3.0-or-later
// Power loss, not only kill -9: a VFS shim (powerlossvfs.h) keeps every write that was not
// fsynced in a cache that a power cut drops, reorders and tears. A thousand seeded runs of sales
// through the product's openLedger and Ledger::commitSale, each cut at a random write or sync;
// after the reboot every acknowledged sale must be there and whole. The same during a schema
// migration; and a negative control: with the fsyncs skipped (synchronous=OFF) the harness must
// find acknowledged sales lost.
//
// Replay one run: OMNIKIOSK_POWERLOSS_SEED=<seed printed> OMNIKIOSK_POWERLOSS_RUNS=1 tst_powerloss
#include "ledgercheck.h"
#include "powerlossvfs.h"
#include "saletestdata.h"
#include "storage/migrations.h"
#include "storage/schema.h"
#include "storage/stores.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace ok::db;
using ok::test::AckedSales;
using ok::test::PowerLoss;

namespace {

int envInt(const char *name, int fallback)
{
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

bool copyLedger(const QString &from, const QString &to)
{
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

QString describe(quint64 seed, const QStringList &problems)
{
    return QStringLiteral("seed %1 (replay: OMNIKIOSK_POWERLOSS_SEED=%1 OMNIKIOSK_POWERLOSS_RUNS=1): %2")
        .arg(seed)
        .arg(problems.join(QStringLiteral("; ")));
}

} // namespace

class TestPowerLoss : public QObject
{
    Q_OBJECT

    // The shim decides what is durable, so the real files may live in memory: on tmpfs the
    // checker's own fsyncs (openLedger, the sale after the reboot) cost nothing.
    QTemporaryDir m_dir { QFileInfo(QStringLiteral("/dev/shm")).isWritable()
            ? QStringLiteral("/dev/shm/tst_powerloss-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/tst_powerloss-XXXXXX") };
    QString m_template;
    AckedSales m_templateSales;

    struct Outcome {
        QStringList problems;
        qint64 operations = 0; ///< writes and syncs before the cut
        int acked = 0; ///< sales acknowledged in this run
        bool cutMidStream = false;
        PowerLoss::Reboot reboot;
    };

    /// One run: sales on a copy of the template through the shim, power cut at `crashAt` (0: after
    /// the last sale), reboot, then the ledger checked with the real VFS and the product's code.
    Outcome salesRun(quint64 seed, qint64 crashAt, int sales, bool syncOff)
    {
        Outcome out;
        const QString path = m_dir.filePath(QStringLiteral("run.db"));
        if (!copyLedger(m_template, path)) {
            out.problems << QStringLiteral("cannot copy the template ledger");
            return out;
        }
        AckedSales acked = m_templateSales;
        QRandomGenerator rng { quint32(seed) };
        PowerLoss::install(seed, crashAt);
        {
            auto db = openLedger(path);
            if (!db && !PowerLoss::lost())
                out.problems << QStringLiteral("openLedger failed with power on: ") + db.error().message;
            if (db) {
                if (syncOff) { // the negative control: a product that skips its fsyncs
                    if (!db.value()->exec("PRAGMA synchronous=OFF") || db.value()->queryInt("PRAGMA synchronous") != 0)
                        out.problems << QStringLiteral("cannot turn synchronous off");
                }
                Ledger ledger(*db.value());
                for (int k = 0; k < sales; ++k) {
                    const int lines = 1 + int(rng.bounded(6));
                    const SaleRecord sale = makeSale(lines, qint64(seed % 1'000'000) * 100 + k);
                    auto r = ledger.commitSale(sale);
                    if (!r)
                        break;
                    acked.insert(r->id, { lines, sale.total, r->receiptNo });
                    ++out.acked;
                    if (rng.bounded(8) == 0) // the product checkpoints when idle
                        (void)checkpoint(*db.value());
                }
            }
            out.cutMidStream = PowerLoss::lost();
            out.operations = PowerLoss::operations();
        } // every connection closed before the reboot
        PowerLoss::cut();
        out.reboot = PowerLoss::reboot();
        if (!out.reboot.ok)
            out.problems << QStringLiteral("a file was still open at the reboot");
        out.problems += test::ledgerProblems(path, acked);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Thousands of failed statements and migrations: their log lines would drown the report.
        QLoggingCategory::setFilterRules(QStringLiteral("omnikiosk.storage*=false"));
        m_template = m_dir.filePath(QStringLiteral("template.db"));
        auto db = openLedger(m_template);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        Ledger ledger(*db.value());
        for (int k = 0; k < 3; ++k) {
            const SaleRecord sale = makeSale(2 + k, k);
            auto r = ledger.commitSale(sale);
            QVERIFY(r);
            m_templateSales.insert(r->id, { 2 + k, sale.total, r->receiptNo });
        }
    }

    void powerLossDuringSales()
    {
        const int runs = envInt("OMNIKIOSK_POWERLOSS_RUNS", 1000);
        const quint64 firstSeed = quint64(envInt("OMNIKIOSK_POWERLOSS_SEED", 15'000));
        const int sales = envInt("OMNIKIOSK_POWERLOSS_SALES", 16);
        QElapsedTimer timer;
        timer.start();
        // How many writes and syncs a whole run makes: the cut falls anywhere in it, or after it.
        // (A fixed seed, so that a replayed seed gets the same cut.)
        const Outcome calibration = salesRun(1, 0, sales, false);
        QVERIFY2(calibration.problems.isEmpty(), qPrintable(describe(1, calibration.problems)));
        QCOMPARE(calibration.acked, sales);
        const qint64 span = calibration.operations + calibration.operations / 10 + 1;

        int cutWithAcks = 0;
        qint64 acked = 0;
        PowerLoss::Reboot total;
        for (int i = 0; i < runs; ++i) {
            const quint64 seed = firstSeed + quint64(i);
            const qint64 crashAt = 1 + qint64(QRandomGenerator(quint32(seed * 2654435761U)).bounded(quint32(span)));
            const Outcome o = salesRun(seed, crashAt, sales, false);
            if (!o.problems.isEmpty())
                QFAIL(qPrintable(describe(seed, o.problems)));
            acked += o.acked;
            cutWithAcks += o.cutMidStream && o.acked > 0;
            total.applied += o.reboot.applied;
            total.dropped += o.reboot.dropped;
            total.torn += o.reboot.torn;
        }
        qInfo("%d power cuts (%d mid-stream after acknowledged sales), %lld sales acknowledged and found; "
              "unsynced writes at the reboots: %d landed (%d torn), %d lost; %lld ms",
            runs, cutWithAcks, static_cast<long long>(acked), total.applied, total.torn, total.dropped,
            static_cast<long long>(timer.elapsed()));
        if (runs >= 100) { // the runs really cut commits in flight and lost cached writes
            QVERIFY(cutWithAcks > runs / 4);
            QVERIFY(total.dropped > runs);
            QVERIFY(total.torn > 0);
        }
    }

    // The harness can fail: a product that does not fsync (synchronous=OFF) loses acknowledged
    // sales at a power cut, and the same check must say so.
    void negativeControlSkippedFsyncIsCaught()
    {
        const int runs = 40;
        const qint64 operations = salesRun(90'000, 0, 12, true).operations;
        int lostAcked = 0;
        int corrupt = 0;
        for (int i = 0; i < runs; ++i) {
            const quint64 seed = 90'001 + quint64(i);
            const qint64 crashAt = 1 + qint64(QRandomGenerator(quint32(seed)).bounded(quint32(operations)));
            const Outcome o = salesRun(seed, crashAt, 12, true);
            const QString found = o.problems.join(QLatin1Char(' '));
            lostAcked += found.contains(QLatin1String("acknowledged sale lost"));
            corrupt += found.contains(QLatin1String("integrity_check"))
                || found.contains(QLatin1String("openLedger failed"));
        }
        qInfo("synchronous=OFF: %d of %d power cuts lost acknowledged sales, %d more left a corrupt ledger", lostAcked,
            runs, corrupt);
        QVERIFY2(
            lostAcked > 0 && lostAcked + corrupt >= runs / 2, "the power-loss harness did not notice skipped fsyncs");
    }

    // Power lost while openLedger migrates an older ledger (version 10 -> latest: the tender table
    // is rebuilt): after the reboot openLedger finishes the migration and every sale is intact.
    void powerLossDuringMigration()
    {
        const QString old = m_dir.filePath(QStringLiteral("v10.db"));
        AckedSales acked;
        {
            auto db = Database::open(old, Durability::Full);
            QVERIFY(db);
            QVERIFY(migrate(*db.value(), ledgerMigrations(), "ledger.db", 10));
            Ledger ledger(*db.value());
            for (int k = 0; k < 40; ++k) {
                const SaleRecord sale = makeSale(1 + k % 5, 500 + k);
                auto r = ledger.commitSale(sale);
                QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
                acked.insert(r->id, { 1 + k % 5, sale.total, r->receiptNo });
            }
        }
        const QString path = m_dir.filePath(QStringLiteral("migrating.db"));
        auto migrateUnder = [&](quint64 seed, qint64 crashAt) {
            QVERIFY(copyLedger(old, path));
            PowerLoss::install(seed, crashAt);
            {
                auto db = openLedger(path);
                if (!PowerLoss::lost()) {
                    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
                    QCOMPARE(db.value()->userVersion(), ledgerMigrations().back().version);
                }
            }
        };
        migrateUnder(1, 0);
        const qint64 operations = PowerLoss::operations();
        QVERIFY(PowerLoss::reboot().ok);
        QVERIFY(operations > 3);

        const int runs = envInt("OMNIKIOSK_POWERLOSS_MIGRATION_RUNS", 200);
        int cutInside = 0;
        for (int i = 0; i < runs; ++i) {
            const quint64 seed = 70'000 + quint64(i);
            const qint64 crashAt = 1 + qint64(QRandomGenerator(quint32(seed)).bounded(quint32(operations)));
            migrateUnder(seed, crashAt);
            cutInside += PowerLoss::lost();
            PowerLoss::cut();
            QVERIFY(PowerLoss::reboot().ok);
            const QStringList problems = test::ledgerProblems(path, acked);
            if (!problems.isEmpty())
                QFAIL(qPrintable(QStringLiteral("migration, seed %1 (crash at write/sync %2 of %3): %4")
                                     .arg(seed)
                                     .arg(crashAt)
                                     .arg(operations)
                                     .arg(problems.join(QStringLiteral("; ")))));
        }
        qInfo("%d power cuts during a migration of 40 sales (%lld writes and syncs), %d inside it", runs,
            static_cast<long long>(operations), cutInside);
        QVERIFY(cutInside > runs / 2);
    }
};

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
