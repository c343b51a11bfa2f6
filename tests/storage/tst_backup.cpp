// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore of ledger.db (docs/operations.md, "Back up and restore"): copies taken while
// another thread or process keeps selling, verified; restores that refuse what they must.
#include "saletestdata.h"
#include "storage/backup.h"
#include "storage/ledger.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <thread>

using namespace ok;
using namespace ok::db;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QSet<QString> saleIds(const QString &path)
{
    QSet<QString> ids;
    auto db = Database::openReadOnly(path);
    if (!db)
        return ids;
    auto st = db.value()->prepare("SELECT id FROM sale");
    while (st->step())
        ids.insert(st->text(0));
    return ids;
}

/// A ledger of `n` sales of `terminal` at `path`.
bool makeLedger(const QString &path, int n, const QString &terminal = QStringLiteral("T01"), qint64 seed = 0)
{
    auto db = openLedger(path);
    if (!db)
        return false;
    Ledger ledger(*db.value());
    for (int i = 0; i < n; ++i) {
        SaleRecord s = makeSale(1 + i % 5, seed + i);
        s.terminalId = terminal;
        if (!ledger.commitSale(s))
            return false;
    }
    return true;
}

/// Commits sales on its own connection until stopped, recording each acknowledged id.
struct Writer {
    explicit Writer(const QString &path)
        : thread([this, path] {
            auto db = openLedger(path);
            if (!db)
                return;
            Ledger ledger(*db.value());
            qint64 seed = 100000;
            while (!stop) {
                QElapsedTimer t;
                t.start();
                auto r = ledger.commitSale(makeSale(1 + int(seed % 7), seed));
                ++seed;
                maxCommitMs = std::max<qint64>(maxCommitMs, t.elapsed());
                if (!r) {
                    failed = true;
                    return;
                }
                const QMutexLocker lock(&mutex);
                acked.append(r->id);
            }
        })
    {
    }
    ~Writer() { finish(); }
    void finish()
    {
        stop = true;
        if (thread.joinable())
            thread.join();
    }
    QStringList ackedSoFar()
    {
        const QMutexLocker lock(&mutex);
        return acked;
    }
    std::atomic<bool> stop { false };
    std::atomic<bool> failed { false };
    std::atomic<qint64> maxCommitMs { 0 };
    QMutex mutex;
    QStringList acked;
    std::thread thread;
};

} // namespace

class TstBackup : public QObject
{
    Q_OBJECT
private slots:
    void backupWhileAnotherThreadSells();
    void backupWhileAnotherProcessSells();
    void tamperedCopyFailsVerification();
    void failedBackupLeavesNothing();
    void pruneKeepsTheNewestAutomaticBackups();
    void restoreRefusesAnotherTerminalsLedger();
    void restoreRefusesWhileTheKioskRuns();
    void restoreMovesTheCurrentLedgerAside();
    void oldLedgerIsBackedUpBeforeMigrating();
    void noMigrationWithoutBackup();
};

void TstBackup::backupWhileAnotherThreadSells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.db"));
    QVERIFY(makeLedger(path, 1500));
    Writer writer(path);
    QTRY_VERIFY(writer.ackedSoFar().size() >= 20);
    const QStringList before = writer.ackedSoFar();
    auto copy = backupLedger(path, dir.filePath(QStringLiteral("backups/copy.db")));
    const int duringBackup = int(writer.ackedSoFar().size() - before.size());
    QTRY_VERIFY(writer.ackedSoFar().size() >= before.size() + 20); // the till kept selling
    writer.finish();
    QVERIFY(!writer.failed);
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
    QVERIFY2(copy->ok(), qPrintable(copy->summary()));
    const QSet<QString> inCopy = saleIds(copy->path);
    for (const QString &id : before)
        QVERIFY2(inCopy.contains(id), qPrintable(id));
    QVERIFY(copy->sales >= 1500 + before.size());
    QCOMPARE(copy->firstReceipt, 1);
    QCOMPARE(copy->lastReceipt, copy->sales); // gap-free: a consistent snapshot
    QCOMPARE(copy->terminalId, QStringLiteral("T01"));
    QVERIFY(!QFileInfo::exists(copy->path + QStringLiteral("-wal"))); // one self-contained file
    QCOMPARE(QFileInfo(copy->path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    QVERIFY2(writer.maxCommitMs < 2000, qPrintable(QString::number(writer.maxCommitMs)));
    qInfo("copy: %s; %d sales committed while it ran; longest commit %lld ms", qPrintable(copy->summary()),
        duringBackup, qint64(writer.maxCommitMs));
}

void TstBackup::backupWhileAnotherProcessSells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.db"));
    QVERIFY(makeLedger(path, 300));
    QProcess child;
    child.start(QStringLiteral(CRASH_CHILD), { path, QStringLiteral("5000") });
    QVERIFY(child.waitForStarted());
    QStringList acked;
    auto readAcks = [&] {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("ACK "))
                acked << QString::fromLatin1(line.split(' ').at(1));
        }
    };
    QTRY_VERIFY((child.waitForReadyRead(100), readAcks(), acked.size() >= 50));
    const QStringList before = acked;
    auto copy = backupLedger(path, dir.filePath(QStringLiteral("copy.db")));
    child.waitForReadyRead(200);
    readAcks();
    child.kill();
    child.waitForFinished();
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
    QVERIFY2(copy->ok(), qPrintable(copy->summary()));
    const QSet<QString> inCopy = saleIds(copy->path);
    for (const QString &id : before)
        QVERIFY2(inCopy.contains(id), qPrintable(id));
    QCOMPARE(copy->lastReceipt, copy->sales);
    QVERIFY(acked.size() > before.size()); // the other process was not stopped by the copy
}

void TstBackup::tamperedCopyFailsVerification()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.db"));
    QVERIFY(makeLedger(path, 40));
    auto copy = backupLedger(path, dir.filePath(QStringLiteral("copy.db")));
    QVERIFY(copy && copy->ok());
    QCOMPARE(copy->summary(),
        QStringLiteral(
            "ok: 40 sales, receipts 1..40 of terminal T01 (store S001), journal intact (40 entries), integrity ok"));

    // Someone edits a sale's journal entry: the hash chain says where.
    {
        auto db = Database::open(copy->path, Durability::Full);
        QVERIFY(db);
        QVERIFY(db.value()->exec(
            "UPDATE journal SET payload = replace(payload, '\"total\":', '\"total\":1') WHERE seq = 17"));
        QVERIFY(checkpoint(*db.value()));
    }
    auto edited = checkLedger(copy->path);
    QVERIFY(edited);
    QVERIFY(!edited->ok());
    QCOMPARE(edited->journalBrokenAt, std::optional<qint64>(17));
    QVERIFY(edited->summary().startsWith(QLatin1String("FAILED")));

    // Bytes of a page overwritten on the stick: integrity_check says so.
    auto copy2 = backupLedger(path, dir.filePath(QStringLiteral("copy2.db")));
    QVERIFY(copy2 && copy2->ok());
    qint64 page = 0;
    {
        auto db = Database::openReadOnly(copy2->path);
        page = db.value()->queryInt("SELECT rootpage FROM sqlite_schema WHERE name = 'sale_line'").value_or(0);
    }
    QVERIFY(page > 1);
    {
        QFile f(copy2->path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((page - 1) * 4096 + 8));
        f.write(QByteArray(2000, '\x5a'));
    }
    auto smashed = checkLedger(copy2->path);
    QVERIFY(!smashed || !smashed->ok());
    if (smashed)
        QVERIFY2(smashed->integrity != QLatin1String("ok"), qPrintable(smashed->summary()));
}

void TstBackup::failedBackupLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.db"));
    QVERIFY(makeLedger(path, 400));
    // A small file system that cannot hold the copy: "no space".
    const QString mnt = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mnt));
    if (QProcess::execute(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                QStringLiteral("tmpfs"), mnt })
        != 0)
        QSKIP("cannot mount a tmpfs here (needs root)");
    auto copy = backupLedger(path, mnt + QStringLiteral("/copy.db"));
    const QStringList left = QDir(mnt).entryList(QDir::Files | QDir::Hidden);
    QProcess::execute(QStringLiteral("umount"), { mnt });
    QVERIFY(!copy);
    QCOMPARE(copy.error().code, QStringLiteral("db.backup-failed"));
    QVERIFY2(copy.error().message.contains(QLatin1String("full")), qPrintable(copy.error().message));
    QCOMPARE(left, QStringList());
}

void TstBackup::pruneKeepsTheNewestAutomaticBackups()
{
    QTemporaryDir dir;
    const QString b = dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(b));
    QStringList names;
    for (int i = 0; i < 12; ++i)
        names << QStringLiteral("ledger-T-01-202612%1T100000Z.db").arg(10 + i);
    names << QStringLiteral("ledger-T-01-20261221T100000Z-2.db")
          << QStringLiteral("ledger-before-v10-20261201T000000Z.db") << QStringLiteral("notes.txt");
    for (const QString &n : names) {
        QFile f(QDir(b).filePath(n));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QStringList removed = pruneBackups(b, 10);
    QCOMPARE(removed.size(), 3);
    QVERIFY(removed.at(0).endsWith(QLatin1String("20261210T100000Z.db")));
    QVERIFY(removed.at(2).endsWith(QLatin1String("20261212T100000Z.db")));
    const QStringList left = QDir(b).entryList(QDir::Files);
    QVERIFY(left.contains(QStringLiteral("ledger-before-v10-20261201T000000Z.db")));
    QVERIFY(left.contains(QStringLiteral("ledger-T-01-20261221T100000Z-2.db")));
    QVERIFY(left.contains(QStringLiteral("notes.txt")));
    QCOMPARE(left.size(), 12);
}

void TstBackup::restoreRefusesAnotherTerminalsLedger()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(makeLedger(data + QStringLiteral("/ledger.db"), 5));
    QVERIFY(makeLedger(dir.filePath(QStringLiteral("other.db")), 8, QStringLiteral("T02")));
    const QByteArray before = fileBytes(data + QStringLiteral("/ledger.db"));
    auto r
        = restoreLedger(dir.filePath(QStringLiteral("other.db")), data, QStringLiteral("S001"), QStringLiteral("T01"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("db.restore-refused"));
    QVERIFY2(r.error().message.contains(QLatin1String("terminal T02 in store S001")), qPrintable(r.error().message));
    QCOMPARE(fileBytes(data + QStringLiteral("/ledger.db")), before);
    // another store, same terminal name
    auto r2
        = restoreLedger(dir.filePath(QStringLiteral("other.db")), data, QStringLiteral("S002"), QStringLiteral("T02"));
    QVERIFY(!r2);
    QVERIFY2(r2.error().message.contains(QLatin1String("store S001")), qPrintable(r2.error().message));
    QCOMPARE(QDir(data).entryList({ QStringLiteral("ledger.db.before-restore-*") }, QDir::Files), QStringList());
}

void TstBackup::restoreRefusesWhileTheKioskRuns()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    const QString ledger = data + QStringLiteral("/ledger.db");
    QVERIFY(makeLedger(ledger, 3));
    auto copy = backupLedger(ledger, dir.filePath(QStringLiteral("b.db")));
    QVERIFY(copy);

    // Another process selling on the ledger (no lock file: found through /proc).
    QProcess child;
    child.start(QStringLiteral(CRASH_CHILD), { ledger, QStringLiteral("9000") });
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY((child.waitForReadyRead(100), child.readAll().contains("ACK")));
    auto r = restoreLedger(copy->path, data, QStringLiteral("S001"), QStringLiteral("T01"));
    QVERIFY(!dataDirInUse(data).isEmpty());
    child.kill();
    child.waitForFinished();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("process %1 (crash_child)").arg(child.processId()))
            || r.error().message.contains(QLatin1String("crash_child")),
        qPrintable(r.error().message));

    // The kiosk's lock.
    QVERIFY(dataDirInUse(data).isEmpty());
    QVERIFY(holdDataDirLock(data));
    QVERIFY(holdDataDirLock(data)); // again in the same process: fine
    auto r2 = restoreLedger(copy->path, data, QStringLiteral("S001"), QStringLiteral("T01"));
    QVERIFY(!r2);
    QVERIFY2(r2.error().message.contains(QLatin1String("the kiosk is running")), qPrintable(r2.error().message));
    QVERIFY(!dataDirInUse(data).isEmpty());
}

void TstBackup::restoreMovesTheCurrentLedgerAside()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    const QString ledger = data + QStringLiteral("/ledger.db");
    QVERIFY(makeLedger(ledger, 10));
    auto copy = backupLedger(ledger, dir.filePath(QStringLiteral("usb/ledger-T01.db")));
    QVERIFY(copy);
    QVERIFY(makeLedger(ledger, 25, QStringLiteral("T01"), 500)); // 35 now; the WAL may hold some

    // The current ledger is sound and has newer receipts: refused unless forced.
    const QByteArray current = fileBytes(ledger);
    auto refused = restoreLedger(copy->path, data, QStringLiteral("S001"), QStringLiteral("T01"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("holds receipts up to 35"))
            && refused.error().message.contains(QLatin1String("reuse number 11")),
        qPrintable(refused.error().message));
    QCOMPARE(fileBytes(ledger), current);

    auto r = restoreLedger(copy->path, data, QStringLiteral("S001"), QStringLiteral("T01"), true);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->restored.sales, 10);
    QCOMPARE(r->previousLastReceipt, 35);
    QVERIFY(r->movedAside.startsWith(ledger + QStringLiteral(".before-restore-")));
    // The ledger that was there is whole by itself (checkpointed before it was moved).
    auto aside = checkLedger(r->movedAside);
    QVERIFY(aside && aside->ok());
    QCOMPARE(aside->sales, 35);
    QVERIFY(!QFileInfo::exists(r->movedAside + QStringLiteral("-wal"))
        || QFileInfo(r->movedAside + QStringLiteral("-wal")).size() == 0);
    struct stat st {
    };
    QCOMPARE(::stat(QFile::encodeName(ledger).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    // The kiosk opens it and sells on from receipt 11.
    auto db = openLedger(ledger);
    QVERIFY(db);
    Ledger l(*db.value());
    auto sale = l.commitSale(makeSale(2, 9999));
    QVERIFY(sale);
    QCOMPARE(sale->receiptNo, 11);
}

void TstBackup::oldLedgerIsBackedUpBeforeMigrating()
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("ledger.db"));
    const int latest = ledgerMigrations().back().version;
    {
        auto db = Database::open(ledger, Durability::Full);
        QVERIFY(db);
        registerFunctions(*db.value());
        QVERIFY(migrate(*db.value(), ledgerMigrations(), "ledger.db", latest - 1));
        Ledger l(*db.value());
        for (int i = 0; i < 12; ++i)
            QVERIFY(l.commitSale(makeSale(3, i)));
    }
    auto db = openLedger(ledger);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE(db.value()->userVersion(), latest);
    const QStringList backups
        = QDir(backupDir(dir.path())).entryList({ QStringLiteral("ledger-before-v*.db") }, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().startsWith(QStringLiteral("ledger-before-v%1-").arg(latest - 1)));
    auto check = checkLedger(QDir(backupDir(dir.path())).filePath(backups.first()));
    QVERIFY(check && check->ok());
    QCOMPARE(check->schemaVersion, latest - 1);
    QCOMPARE(check->sales, 12);
    db.value().reset();
    // At the current version: no further backup.
    QVERIFY(openLedger(ledger));
    QCOMPARE(QDir(backupDir(dir.path())).entryList(QDir::Files).size(), 1);
}

void TstBackup::noMigrationWithoutBackup()
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("ledger.db"));
    const int latest = ledgerMigrations().back().version;
    {
        auto db = Database::open(ledger, Durability::Full);
        QVERIFY(db);
        registerFunctions(*db.value());
        QVERIFY(migrate(*db.value(), ledgerMigrations(), "ledger.db", latest - 1));
        Ledger l(*db.value());
        for (int i = 0; i < 5; ++i)
            QVERIFY(l.commitSale(makeSale(3, i)));
    }
    // No room for the backup: DATA/backups is on a full file system.
    const QString backups = backupDir(dir.path());
    QVERIFY(QDir().mkpath(backups));
    if (QProcess::execute(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=16k"),
                QStringLiteral("tmpfs"), backups })
        != 0)
        QSKIP("cannot mount a tmpfs here (needs root)");
    const QByteArray before = fileBytes(ledger);
    auto db = openLedger(ledger);
    const QStringList left = QDir(backups).entryList(QDir::Files | QDir::Hidden);
    QProcess::execute(QStringLiteral("umount"), { backups });
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.backup-before-migration"));
    QVERIFY2(
        db.error().message.contains(QLatin1String("not migrated and not changed")), qPrintable(db.error().message));
    QCOMPARE(left, QStringList());
    QCOMPARE(fileBytes(ledger), before);
    auto ro = Database::openReadOnly(ledger);
    QCOMPARE(ro.value()->userVersion(), latest - 1);
}

QTEST_GUILESS_MAIN(TstBackup)
#include "tst_backup.moc"
