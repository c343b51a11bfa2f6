// SPDX-License-Identifier: GPL-3.0-or-later
// Disk full: ledger.db on a small tmpfs that a filler file fills up. A commit that finds no space
// fails (SQLITE_FULL) and leaves nothing half-written, also when the space runs out in the middle
// of the commit's WAL frames; every sale acknowledged before survives closing, reopening and a
// checkpoint; once space is freed, sales commit again with gap-free receipt numbers.
// Needs root (mount); skipped with the reason otherwise.
#include "ledgercheck.h"
#include "saletestdata.h"
#include "storage/stores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ok;
using namespace ok::db;
using ok::test::AckedSales;

namespace {
constexpr qint64 kPage = 4096; // tmpfs allocates whole pages
}

class TestDiskFull : public QObject
{
    Q_OBJECT

    QByteArray m_mount; // the tmpfs mount point (empty: not mounted)
    QString m_path; // ledger.db on it
    QString m_filler;
    AckedSales m_acked;
    qint64 m_seed = 1;

    /// Fill the file system: the filler grows page by page until the kernel says ENOSPC.
    bool fill()
    {
        const int fd = ::open(QFile::encodeName(m_filler).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        const QByteArray page(kPage, 'x');
        while (::write(fd, page.constData(), size_t(page.size())) == page.size()) { }
        const bool full = errno == ENOSPC;
        ::close(fd);
        return full;
    }

    /// Give `pages` pages back by shortening the filler.
    bool release(qint64 pages)
    {
        const qint64 size = QFileInfo(m_filler).size();
        return ::truncate(
                   QFile::encodeName(m_filler).constData(), std::max<qint64>(0, size / kPage * kPage - pages * kPage))
            == 0;
    }

    Result<CommittedSale> sell(Ledger &ledger, int lines)
    {
        const SaleRecord sale = makeSale(lines, m_seed++);
        auto r = ledger.commitSale(sale);
        if (r)
            m_acked.insert(r->id, { lines, sale.total, r->receiptNo });
        return r;
    }

    qint64 saleRows(Database &d) { return d.queryInt("SELECT count(*) FROM sale").value_or(-1); }

public:
    ~TestDiskFull() override { cleanupTestCase(); } // never leave the mount behind

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("tst_diskfull mounts a small tmpfs and needs root; not root here");
        QByteArray dir = QFile::encodeName(QDir::tempPath()) + "/tst_diskfull-XXXXXX";
        QVERIFY(::mkdtemp(dir.data()));
        if (::mount("tmpfs", dir.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=2m,mode=0700") != 0) {
            const QByteArray why = "cannot mount a 2 MB tmpfs on " + dir + ": " + std::strerror(errno);
            ::rmdir(dir.constData());
            QSKIP(why.constData());
        }
        m_mount = dir;
        m_path = QFile::decodeName(dir) + QStringLiteral("/ledger.db");
        m_filler = QFile::decodeName(dir) + QStringLiteral("/filler");
        QLoggingCategory::setFilterRules(QStringLiteral("omnikiosk.storage*=false")); // the expected failures
    }

    void cleanupTestCase()
    {
        if (m_mount.isEmpty())
            return;
        if (::umount2(m_mount.constData(), MNT_DETACH) != 0)
            qWarning("cannot unmount %s: %s", m_mount.constData(), std::strerror(errno));
        ::rmdir(m_mount.constData());
        m_mount.clear();
    }

    // Fill the disk, commit until SQLITE_FULL: the failing commit is refused whole.
    void commitsUntilFull()
    {
        auto db = openLedger(m_path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        Ledger ledger(*db.value());
        for (int i = 0; i < 5; ++i)
            QVERIFY(sell(ledger, 3));
        QVERIFY(fill());
        std::optional<Error> failure;
        for (int i = 0; i < 2000 && !failure; ++i)
            if (auto r = sell(ledger, 1 + i % 8); !r)
                failure = r.error();
        QVERIFY2(failure, "the disk never filled up");
        qInfo("refused after %lld sales: %s", static_cast<long long>(m_acked.size()), qPrintable(failure->message));
        QCOMPARE(failure->code, QStringLiteral("db.sqlite-13")); // SQLITE_FULL
        QCOMPARE(saleRows(*db.value()), qint64(m_acked.size())); // nothing of the refused sale
        // Still full: another connection (as after a restart) finds every acknowledged sale whole.
        const QStringList problems = test::ledgerProblems(m_path, m_acked, false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    // Closed and reopened while the disk is still full, then with the filler gone and the WAL
    // checkpointed: every acknowledged sale is there, and sales commit again.
    void reopenFullThenFreed()
    {
        QVERIFY(QFile::exists(m_filler)); // still full
        {
            const QStringList problems = test::ledgerProblems(m_path, m_acked, false);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        }
        QVERIFY(QFile::remove(m_filler));
        {
            auto db = openLedger(m_path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            QVERIFY(checkpoint(*db.value()));
            QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
        }
        const QStringList problems = test::ledgerProblems(m_path, m_acked, false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        auto db = openLedger(m_path);
        QVERIFY(db);
        Ledger ledger(*db.value());
        const qint64 before = db.value()->queryInt("SELECT max(receipt_no) FROM sale").value_or(-1);
        auto r = sell(ledger, 4);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->receiptNo, before + 1);
    }

    // The space runs out in the middle of a commit: the WAL grows by some frames, then ENOSPC.
    // The sale is not there, none of its parts are, its receipt number is not used up.
    void fullInTheMiddleOfACommit()
    {
        auto db = openLedger(m_path);
        QVERIFY(db);
        Ledger ledger(*db.value());
        const QString wal = m_path + QStringLiteral("-wal");
        int partway = 0;
        for (qint64 pages = 1; pages <= 6; ++pages) {
            QVERIFY(fill());
            QVERIFY(release(pages));
            const qint64 walBefore = QFileInfo(wal).size();
            const qint64 salesBefore = saleRows(*db.value());
            auto r = sell(ledger, 60); // dozens of pages of WAL frames
            if (!r) {
                QCOMPARE(r.error().code, QStringLiteral("db.sqlite-13"));
                QCOMPARE(saleRows(*db.value()), salesBefore);
                partway += QFileInfo(wal).size() > walBefore; // some frames were written
                const QStringList problems = test::ledgerProblems(m_path, m_acked, false);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
            }
            QVERIFY(QFile::remove(m_filler));
            // Space back: the terminal sells on, the next receipt number follows the last one.
            const qint64 last = db.value()->queryInt("SELECT max(receipt_no) FROM sale").value_or(-1);
            auto again = sell(ledger, 2);
            QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
            QCOMPARE(again->receiptNo, last + 1);
        }
        qInfo("%d of 6 commits ran out of space after writing part of their WAL frames", partway);
        QVERIFY(partway > 0);
        db.value().reset();
        const QStringList problems = test::ledgerProblems(m_path, m_acked, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
