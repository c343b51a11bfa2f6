// SPDX-License-Identifier: GPL-3.0-or-later
// The real omnikiosk-ctl binary as a store engineer runs it: what it prints and its exit codes
// (0 done and verified, 1 failed verification or refused, 2 usage or configuration).
#include "saletestdata.h"
#include "storage/ledger.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace ok::db;

namespace {

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

Run ctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OMNIKIOSK_CONFIG"));
    env.remove(QStringLiteral("OMNIKIOSK_DATA_DIR"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OMNIKIOSK_CTL), args);
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

bool makeLedger(const QString &path, int n, const QString &terminal = QStringLiteral("T01"))
{
    auto db = openLedger(path);
    if (!db)
        return false;
    Ledger ledger(*db.value());
    for (int i = 0; i < n; ++i) {
        SaleRecord s = makeSale(2, i);
        s.terminalId = terminal;
        if (!ledger.commitSale(s))
            return false;
    }
    return true;
}

} // namespace

class TstCtl : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void backupVerifyAndKeep();
    void verifyFailsOnATamperedFile();
    void restore();
    void migrate();
    void usage();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_config;
};

void TstCtl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_data));
    m_config = m_dir->filePath(QStringLiteral("omnikiosk.ini"));
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[store]\nid = S001\nterminal = T01\n\n[storage]\ndata_dir = %1\nkeep_backups = 2\n")
                .arg(m_data)
                .toUtf8());
}

void TstCtl::backupVerifyAndKeep()
{
    QVERIFY(makeLedger(m_data + QStringLiteral("/ledger.db"), 7));
    for (int i = 0; i < 3; ++i) {
        const Run r = ctl({ QStringLiteral("backup"), QStringLiteral("--config"), m_config });
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("wrote %1/backups/ledger-T01-").arg(m_data)), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QLatin1String(
                "ok: 7 sales, receipts 1..7 of terminal T01 (store S001), journal intact (7 entries), integrity ok")),
            qPrintable(r.out));
        if (i == 2)
            QVERIFY2(r.out.contains(QLatin1String("removed old backup")), qPrintable(r.out));
    }
    const QStringList kept
        = QDir(m_data + QStringLiteral("/backups")).entryList({ QStringLiteral("ledger-T01-*.db") }, QDir::Files);
    QCOMPARE(kept.size(), 2); // keep_backups = 2

    // --to a directory (a USB stick's mount point) and --data-dir instead of the configured one
    const QString usb = m_dir->filePath(QStringLiteral("usb"));
    QVERIFY(QDir().mkpath(usb));
    const Run r = ctl({ QStringLiteral("backup"), QStringLiteral("--data-dir"), m_data, QStringLiteral("--to"), usb });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const QStringList onUsb = QDir(usb).entryList(QDir::Files);
    QCOMPARE(onUsb.size(), 1);
    const Run v = ctl({ QStringLiteral("verify"), usb + QLatin1Char('/') + onUsb.first() });
    QCOMPARE(v.exit, 0);
    QVERIFY2(v.out.contains(QLatin1String("ok: 7 sales")), qPrintable(v.out));
    // never overwrites
    const Run again = ctl({ QStringLiteral("backup"), QStringLiteral("--config"), m_config, QStringLiteral("--to"),
        usb + QLatin1Char('/') + onUsb.first() });
    QCOMPARE(again.exit, 2);
    QVERIFY2(again.err.contains(QLatin1String("exists already")), qPrintable(again.err));
    // no ledger there
    const Run none = ctl({ QStringLiteral("backup"), QStringLiteral("--data-dir"), usb });
    QCOMPARE(none.exit, 2);
    QVERIFY2(none.err.contains(QLatin1String("there is no ledger")), qPrintable(none.err));
}

void TstCtl::verifyFailsOnATamperedFile()
{
    const QString path = m_dir->filePath(QStringLiteral("copy.db"));
    QVERIFY(makeLedger(path, 9));
    {
        auto db = Database::open(path, Durability::Full);
        QVERIFY(db.value()->exec("UPDATE journal SET actor = 'someone else' WHERE seq = 4"));
    }
    const Run r = ctl({ QStringLiteral("verify"), path });
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains(QLatin1String("FAILED")) && r.err.contains(QLatin1String("journal BROKEN at entry 4 of 9")),
        qPrintable(r.err));

    const QString junk = m_dir->filePath(QStringLiteral("junk.db"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(5000, 'j'));
    f.close();
    QCOMPARE(ctl({ QStringLiteral("verify"), junk }).exit, 1);
    QCOMPARE(ctl({ QStringLiteral("verify"), m_dir->filePath(QStringLiteral("missing.db")) }).exit, 2);
}

void TstCtl::restore()
{
    const QString ledger = m_data + QStringLiteral("/ledger.db");
    QVERIFY(makeLedger(ledger, 4));
    const QString other = m_dir->filePath(QStringLiteral("t02.db"));
    QVERIFY(makeLedger(other, 6, QStringLiteral("T02")));
    const Run refused = ctl({ QStringLiteral("restore"), other, QStringLiteral("--config"), m_config });
    QCOMPARE(refused.exit, 1);
    QVERIFY2(
        refused.err.contains(QLatin1String("is the ledger of terminal T02 in store S001, but this is terminal T01")),
        qPrintable(refused.err));

    const QString mine = m_dir->filePath(QStringLiteral("mine.db"));
    QVERIFY(makeLedger(mine, 3));
    const Run older = ctl({ QStringLiteral("restore"), mine, QStringLiteral("--config"), m_config });
    QCOMPARE(older.exit, 1);
    QVERIFY2(older.err.contains(QLatin1String("add --force")), qPrintable(older.err));
    const Run r
        = ctl({ QStringLiteral("restore"), mine, QStringLiteral("--config"), m_config, QStringLiteral("--force") });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("moved the current ledger aside to %1.before-restore-").arg(ledger)),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("ok: 3 sales")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("WARNING: the ledger moved aside went up to receipt 4; receipts 4..4")),
        qPrintable(r.out));
    QCOMPARE(QDir(m_data).entryList({ QStringLiteral("ledger.db.before-restore-*") }, QDir::Files).size(), 1);
    auto db = Database::openReadOnly(ledger);
    QCOMPARE(db.value()->queryInt("SELECT count(*) FROM sale").value_or(-1), 3);
}

void TstCtl::migrate()
{
    const int latest = ledgerMigrations().back().version;
    {
        auto db = Database::open(m_data + QStringLiteral("/ledger.db"), Durability::Full);
        QVERIFY(db);
        registerFunctions(*db.value());
        QVERIFY(ok::db::migrate(*db.value(), ledgerMigrations(), "ledger.db", latest - 1));
    }
    const Run r = ctl({ QStringLiteral("migrate"), QStringLiteral("--config"), m_config });
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral(
                 "ledger.db: migrated from version %1 to %2 (backup taken first: %3/backups/ledger-before-v%1-")
                                .arg(latest - 1)
                                .arg(latest)
                                .arg(m_data)),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("cache.db: created at version %1").arg(cacheMigrations().back().version)),
        qPrintable(r.out));
    const Run again = ctl({ QStringLiteral("migrate"), QStringLiteral("--data-dir"), m_data });
    QCOMPARE(again.exit, 0);
    QVERIFY2(again.out.contains(QStringLiteral("ledger.db: at version %1, nothing to do").arg(latest)),
        qPrintable(again.out));

    // a damaged ledger: exit 1, the engineer's message, the file untouched
    QFile f(m_data + QStringLiteral("/ledger.db"));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(4096));
    f.write(QByteArray(8192, '\x11'));
    f.close();
    const Run bad = ctl({ QStringLiteral("migrate"), QStringLiteral("--config"), m_config });
    QCOMPARE(bad.exit, 1);
    QVERIFY2(bad.err.contains(QLatin1String("is damaged")) && bad.err.contains(QLatin1String("omnikiosk-ctl restore")),
        qPrintable(bad.err));
}

void TstCtl::usage()
{
    QCOMPARE(ctl({}).exit, 2);
    QCOMPARE(ctl({ QStringLiteral("frobnicate") }).exit, 2);
    QCOMPARE(ctl({ QStringLiteral("verify") }).exit, 2);
    const Run help = ctl({ QStringLiteral("--help") });
    QCOMPARE(help.exit, 0);
    QVERIFY(help.out.contains(QLatin1String("restore FILE")));
    const Run badConfig
        = ctl({ QStringLiteral("backup"), QStringLiteral("--config"), m_dir->filePath(QStringLiteral("nope.ini")) });
    QCOMPARE(badConfig.exit, 2);
    QVERIFY2(badConfig.err.contains(QLatin1String("nope.ini")), qPrintable(badConfig.err));
}

QTEST_GUILESS_MAIN(TstCtl)
#include "tst_ctl.moc"
