// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged databases at start (docs/operations.md, "Corrupt cache" and "Corrupt ledger"): real
// files whose pages are overwritten on disk, opened the way the kiosk opens them.
#include "saletestdata.h"
#include "storage/backup.h"
#include "storage/ledger.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "storage/syncstate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace ok::db;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Overwrite the whole of page `page` (1-based) of a database file with garbage, as a bad sector
/// or a torn write would.
void smashPage(const QString &path, qint64 page, qint64 pageSize = 4096)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek((page - 1) * pageSize));
    QByteArray junk(int(pageSize), '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 37 + 11) & 0xff);
    QCOMPARE(f.write(junk), qint64(pageSize));
    f.close();
}

/// The root page of a table, after a checkpoint so that everything is in the main file.
qint64 rootPage(Database &db, const char *table)
{
    auto st = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = ?1");
    st->bind(1, std::string_view(table));
    return st->step() ? st->int64(0) : -1;
}

/// cache.db.corrupt-* without their -wal, -shm and damage marker, oldest first.
QStringList asideCaches(const QString &dir)
{
    QStringList out;
    for (const QString &n : QDir(dir).entryList({ QStringLiteral("cache.db.corrupt-*") }, QDir::Files, QDir::Name))
        if (!n.endsWith(QLatin1String("-wal")) && !n.endsWith(QLatin1String("-shm")) && !n.endsWith(QLatin1String(".damaged")))
            out << n;
    return out;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TstRecovery : public QObject
{
    Q_OBJECT
private slots:
    void damagedCacheIsMovedAsideAndCreatedAgain();
    void cacheThatIsNoDatabaseIsMovedAside();
    void onlyTheLastTwoDamagedCachesAreKept();
    void damagedLedgerIsRefusedAndLeftAlone();
    void ledgerThatIsNoDatabaseIsRefusedAndLeftAlone();
    void measureStartupCheck();
};

void TstRecovery::damagedCacheIsMovedAsideAndCreatedAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.db"));
    qint64 page = 0;
    {
        auto db = openCache(path);
        QVERIFY(db);
        QVERIFY(db.value()->exec("INSERT INTO sync_cursor(stream, cursor, updated_at) VALUES('catalog', '4711', 1)"));
        // enough rows that the table has a page of its own
        for (int i = 0; i < 200; ++i)
            QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO location(id, kind, name) VALUES('L%1', 'store', '%2')")
                                         .arg(i)
                                         .arg(QString(200, QLatin1Char('x')))
                                         .toStdString()));
        SyncState state(*db.value());
        QCOMPARE(state.cursor(PullStream::Catalog).value(), 4711);
        QVERIFY(checkpoint(*db.value()));
        page = rootPage(*db.value(), "location");
        QVERIFY(page > 1);
    }
    smashPage(path, page);
    const QByteArray damaged = fileBytes(path);

    // A start reads the header and the schema only (a 1,000,000-product cache must not cost
    // seconds before the first frame): a damaged data page is found by the integrity check that
    // housekeeping runs off the GUI thread, which marks the file ...
    QVERIFY(!startupProblem(path));
    const QStringList found = deepCheck(dir.path());
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(path) && found.first().contains(QLatin1String("moved aside")), qPrintable(found.first()));
    QVERIFY(QFileInfo::exists(damageMarker(path)));
    QCOMPARE(fileBytes(path), damaged);
    QVERIFY(deepCheck(dir.path()).isEmpty()); // known already: marked once

    // ... and the next start moves it aside.
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(QStringLiteral("cache\\.db.*%1.*damaged.*moved aside to.*cache\\.db\\.corrupt-")
                               .arg(QRegularExpression::escape(path))));
    auto db = openCache(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    // A fresh, fully migrated cache: no cursor, so every stream is pulled again from the start.
    SyncState state(*db.value());
    QCOMPARE(state.cursor(PullStream::Catalog).value(), 0);
    QCOMPARE(db.value()->queryInt("SELECT count(*) FROM location").value_or(-1), 0);
    // The damaged file is kept byte for byte for support.
    const QStringList aside = asideCaches(dir.path());
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileBytes(dir.filePath(aside.first())), damaged);
    QVERIFY(!QFileInfo::exists(damageMarker(path))); // the marker went with it
}

void TstRecovery::cacheThatIsNoDatabaseIsMovedAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'Z'));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
    auto db = openCache(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QVERIFY(db.value()->userVersion() >= 7);
    QCOMPARE(asideCaches(dir.path()).size(), 1);
}

void TstRecovery::onlyTheLastTwoDamagedCachesAreKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.db"));
    for (int round = 0; round < 4; ++round) {
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(4096, char('A' + round)));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
        auto db = openCache(path);
        QVERIFY(db);
    }
    const QStringList aside = asideCaches(dir.path());
    QCOMPARE(aside.size(), 2);
    // the newest two: rounds 2 and 3
    QCOMPARE(fileBytes(dir.filePath(aside.at(0))).at(0), 'C');
    QCOMPARE(fileBytes(dir.filePath(aside.at(1))).at(0), 'D');
}

void TstRecovery::damagedLedgerIsRefusedAndLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.db"));
    qint64 page = 0;
    {
        auto db = openLedger(path);
        QVERIFY(db);
        Ledger ledger(*db.value());
        for (int i = 0; i < 60; ++i)
            QVERIFY(ledger.commitSale(makeSale(4, i)));
        QVERIFY(checkpoint(*db.value()));
        page = rootPage(*db.value(), "sale_line");
        QVERIFY(page > 1);
    }
    auto backup = backupLedger(path, automaticBackupPath(dir.path(), QStringLiteral("T01")));
    QVERIFY(backup);
    smashPage(path, page);
    const QByteArray before = fileBytes(path);
    // Found by housekeeping's integrity check (a start reads only the header and the schema), which
    // marks it; the ledger itself is not touched.
    QVERIFY(!startupProblem(path));
    const QStringList found = deepCheck(dir.path());
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(path) && found.first().contains(QLatin1String("Corrupt ledger")), qPrintable(found.first()));
    QCOMPARE(fileBytes(path), before);
    const QStringList filesBefore = entries(dir.path());

    auto db = openLedger(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.ledger-corrupt"));
    const QString msg = db.error().message;
    QVERIFY2(msg.contains(path) && msg.contains(QLatin1String("NOT modified"))
            && msg.contains(QLatin1String("found by the integrity check"))
            && msg.contains(QLatin1String("do not delete"))
            && msg.contains(QStringLiteral("omnikiosk-ctl restore %1").arg(backup->path))
            && msg.contains(QLatin1String("docs/operations.md")),
        qPrintable(msg));
    // Not renamed, not written, nothing added next to it (no -wal, no -shm).
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(entries(dir.path()), filesBefore);
    // ... and the second try says the same.
    QCOMPARE(openLedger(path).error().code, QStringLiteral("db.ledger-corrupt"));
    QCOMPARE(fileBytes(path), before);
}

void TstRecovery::ledgerThatIsNoDatabaseIsRefusedAndLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.db"));
    const QByteArray junk = QByteArray("not a ledger at all ").repeated(500);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
    }
    auto db = openLedger(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.ledger-corrupt"));
    QVERIFY2(db.error().message.contains(QLatin1String("none in")), qPrintable(db.error().message));
    QCOMPARE(fileBytes(path), junk);
    QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("ledger.db") });
}

/// The start-up check's cost on a big ledger: OK_MEASURE_SALES=100000 ctest -R tst_recovery -V
void TstRecovery::measureStartupCheck()
{
    const int sales = qEnvironmentVariableIntValue("OK_MEASURE_SALES");
    if (sales <= 0)
        QSKIP("set OK_MEASURE_SALES=100000 to measure the start-up check on a ledger of that many sales");
    const QString keep = qEnvironmentVariable("OK_MEASURE_DIR");
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const QString path = dir + QStringLiteral("/ledger.db");
    {
        auto db = openLedger(path);
        QVERIFY(db);
        Ledger ledger(*db.value());
        const qint64 have = ledger.saleCount();
        QVERIFY(db.value()->exec("PRAGMA synchronous=OFF")); // building the fixture only
        for (qint64 j = have; j < sales; ++j)
            QVERIFY(ledger.commitSale(makeSale(1 + int(j % 6), j)));
        QVERIFY(checkpoint(*db.value()));
    }
    const qint64 size = QFileInfo(path).size();
    QElapsedTimer t;
    t.start();
    QVERIFY(!quickCheckProblem(path));
    const qint64 quickMs = t.elapsed();
    t.restart();
    auto check = checkLedger(path);
    const qint64 fullMs = t.elapsed();
    QVERIFY(check && check->ok());
    t.restart();
    auto db = openLedger(path);
    const qint64 openMs = t.elapsed();
    QVERIFY(db);
    t.restart();
    QVERIFY(!journal::verify(*db.value()));
    const qint64 journalMs = t.elapsed();
    qInfo("ledger of %lld sales, %lld MB: quick_check %lld ms, openLedger %lld ms, journal chain alone %lld ms, full "
          "verify (integrity_check + journal chain) %lld ms",
        qint64(check->sales), size / (1024 * 1024), quickMs, openMs, journalMs, fullMs);
}

QTEST_GUILESS_MAIN(TstRecovery)
#include "tst_recovery.moc"
