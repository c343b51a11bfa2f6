// SPDX-License-Identifier: GPL-3.0-or-later
// A nearly full disk: the till refuses a new sale (the first item of an empty ticket), writing
// nothing, with a message naming the free space and what to do; once space is back the same ticket
// goes on. A ticket already paid still commits: the customer is never left paid without a sale. The figure comes from a DiskSpace whose free space
// the test sets; statvfs itself is asked on the real temporary directory.
#include "core/product.h"
#include "services/config.h"
#include "storage/diskspace.h"
#include "tillfixture.h"

#include <QTest>

using namespace ok;

namespace {

/// The data directory's file system with the free space the test says.
class SetSpace final : public db::DiskSpace
{
public:
    using db::DiskSpace::DiskSpace;
    std::optional<qint64> availableBytes() const override { return freeMb * 1024 * 1024; }
    qint64 freeMb = 1000;
};

ProductInfo milk()
{
    ProductInfo p;
    p.id = 1;
    p.sku = QStringLiteral("SKU-1");
    p.name = QStringLiteral("Mleko 2% 1 l");
    p.unit = QStringLiteral("piece");
    p.taxCode = QStringLiteral("A");
    p.taxBasisPoints = 2300;
    p.price = 349;
    p.currency = QStringLiteral("PLN");
    return p;
}

} // namespace

class TestDiskSpace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TillStack> m_stack;
    std::unique_ptr<SetSpace> m_space;

    Till &till() { return *m_stack->till; }
    Ticket &ticket() { return m_stack->till->ticket(); }

    /// Rows in the ledger's tables a ticket or a sale writes to.
    qint64 written()
    {
        return m_stack->ledger
            ->queryInt("SELECT (SELECT count(*) FROM basket_draft) + (SELECT count(*) FROM sale) + "
                       "(SELECT count(*) FROM journal) + (SELECT count(*) FROM outbox)")
            .value_or(-1);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_stack = std::make_unique<test::TillStack>(m_dir.path(), QList<DeviceConfig> {});
        m_space = std::make_unique<SetSpace>(m_dir.path(), 64);
        // The till as TerminalApp builds it: the disk check given through Till::Parts.
        m_stack->till = std::make_unique<Till>(Till::Parts { test::testTillSettings(),
            CashDeskSettings { QStringLiteral("S001"), QStringLiteral("T01"), QStringLiteral("PLN"), 1000, {} },
            *m_stack->ledger, *m_stack->session, *m_stack->gate, m_stack->catalog.get(), m_stack->devices.get(),
            nullptr, m_space.get() });
        m_stack->signIn("E1", "1111");
        auto shift = till().cashDesk().openShift(*m_stack->session->member(), { { 10000, 1 } });
        QVERIFY2(shift, qPrintable(shift ? QString() : shift.error().message));
    }

    void cleanup()
    {
        m_stack.reset();
        m_space.reset();
        for (const char *f :
            { "ledger.db", "ledger.db-wal", "ledger.db-shm", "cache.db", "cache.db-wal", "cache.db-shm" })
            QFile::remove(m_dir.filePath(QString::fromLatin1(f)));
    }

    void newSaleRefusedOnANearlyFullDisk()
    {
        m_space->freeMb = 10;
        const qint64 before = written();
        auto r = ticket().addProduct(milk());
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("storage.disk-full"));
        QVERIFY2(r.error().message.contains(QLatin1String("10 MB free, 64 MB needed")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("docs/operations.md, 'Disk full'")));
        QVERIFY(ticket().isEmpty());
        QCOMPARE(written(), before); // not even the draft

        m_space->freeMb = 64; // space is back
        auto again = ticket().addProduct(milk());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(ticket().basket().lines().size(), 1);
        QVERIFY(written() > before);
        // A ticket already open goes on while the disk fills: only a new sale is refused.
        m_space->freeMb = 10;
        QVERIFY(ticket().addProduct(milk()));
    }

    void aPaidTicketStillCommitsOnANearlyFullDisk()
    {
        QVERIFY(ticket().addProduct(milk()));
        m_space->freeMb = 1;
        auto paid = till().tender().payCash(ticket().totals().due); // pays, and the sale is saved
        QVERIFY2(paid, qPrintable(paid ? QString() : paid.error().message));
        QCOMPARE(m_stack->ledger->queryInt("SELECT count(*) FROM sale").value_or(-1), 1);
        QVERIFY(ticket().isEmpty());
        // ... and the next sale is refused until space is back.
        auto next = ticket().addProduct(milk());
        QVERIFY(!next);
        QCOMPARE(next.error().code, QStringLiteral("storage.disk-full"));
    }

    void zeroTurnsTheCheckOff()
    {
        SetSpace off(m_dir.path(), 0);
        off.freeMb = 0;
        QVERIFY(off.checkRoomForSale());
    }

    void configKey()
    {
        QCOMPARE(Config().minFreeMb, 64);
        auto c = Config::parse(QStringLiteral("[storage]\nmin_free_mb = 0\n"), QStringLiteral("t.ini"));
        QVERIFY(c);
        QCOMPARE(c->minFreeMb, 0);
        QVERIFY(!Config::parse(QStringLiteral("[storage]\nmin_free_mb = -1\n"), QStringLiteral("t.ini")));
        QVERIFY(!Config::parse(QStringLiteral("[storage]\nmin_free_mb = lots\n"), QStringLiteral("t.ini")));
    }

    // statvfs on a real file system: a figure, and a minimum above it refuses.
    void realFreeSpace()
    {
        db::DiskSpace real(m_dir.path(), 1);
        const std::optional<qint64> free = real.availableBytes();
        QVERIFY(free && *free > 0);
        QVERIFY(real.checkRoomForSale());
        db::DiskSpace tooMuch(m_dir.path(), *free / (1024 * 1024) + 1024);
        QCOMPARE(tooMuch.checkRoomForSale().error().code, QStringLiteral("storage.disk-full"));
        db::DiskSpace missing(m_dir.filePath(QStringLiteral("no-such-dir")), 64);
        QVERIFY(!missing.availableBytes());
        QVERIFY(missing.checkRoomForSale()); // cannot tell: sales go on (and a warning is logged)
    }
};

QTEST_GUILESS_MAIN(TestDiskSpace)
#include "tst_diskspace.moc"
