// SPDX-License-Identifier: GPL-3.0-or-later
#include "saletestdata.h"
#include "storage/ledger.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace ok::db;

class TestLedger : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 count(const char *table)
    {
        return m_db->queryInt(std::string("SELECT count(*) FROM ") + table).value_or(-1);
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("ledger.db")));
        QFile::remove(m_dir.filePath(QStringLiteral("ledger.db-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("ledger.db-shm")));
        auto db = openLedger(m_dir.filePath(QStringLiteral("ledger.db")));
        QVERIFY(db);
        m_db = std::move(db).value();
    }

    void commitWritesEveryPart()
    {
        Ledger ledger(*m_db);
        auto r = ledger.commitSale(makeSale(5));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->receiptNo, 1);
        QCOMPARE(count("sale"), 1);
        QCOMPARE(count("sale_line"), 5);
        QCOMPARE(count("sale_tax"), 1);
        QCOMPARE(count("tender"), 1);
        QCOMPARE(count("stock_delta"), 5);
        QCOMPARE(count("journal"), 1);
        QCOMPARE(count("outbox"), 1);
        QCOMPARE(count("cash_movement"), 1);
        // Stock leaves the store as negative deltas keyed by the outbox event.
        auto st = m_db->prepare("SELECT sum(delta), count(DISTINCT event_id) FROM stock_delta");
        QVERIFY(st && st->step());
        qint64 qty = 0;
        for (const auto &l : makeSale(5).lines)
            qty += l.quantity;
        QCOMPARE(st->int64(0), -qty);
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM stock_delta d JOIN outbox o ON o.event_id = d.event_id").value(), 5);
        // The outbox event carries the sale in minor units.
        auto ev = m_db->prepare("SELECT payload FROM outbox");
        QVERIFY(ev && ev->step());
        const QJsonObject o = QJsonDocument::fromJson(ev->text(0).toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("sale_id")).toString(), r->id);
        QCOMPARE(o.value(QLatin1String("total")).toInteger(), makeSale(5).total);
        QCOMPARE(o.value(QLatin1String("receipt_no")).toInteger(), 1);
        // Cash in the drawer: what was handed over minus change.
        QCOMPARE(m_db->queryInt("SELECT amount FROM cash_movement").value(), makeSale(5).total);
        QCOMPARE(ledger.unprintedSales().size(), 1);
        QVERIFY(ledger.markReceiptPrinted(r->id, 1));
        QCOMPARE(ledger.unprintedSales().size(), 0);
    }

    void receiptNumbersAreGapFreeEvenAfterRejects()
    {
        Ledger ledger(*m_db);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(ledger.commitSale(makeSale(2, i)));
            SaleRecord broken = makeSale(2, i);
            broken.total += 1; // does not add up: refused, and must not consume a number
            QVERIFY(!ledger.commitSale(broken));
        }
        auto st = m_db->prepare("SELECT group_concat(receipt_no) FROM (SELECT receipt_no FROM sale ORDER BY receipt_no)");
        QVERIFY(st && st->step());
        QCOMPARE(st->text(0), QStringLiteral("1,2,3,4,5"));
    }

    void invalidSalesChangeNothing_data()
    {
        QTest::addColumn<int>("defect");
        QTest::newRow("no lines") << 0;
        QTest::newRow("lines do not add up") << 1;
        QTest::newRow("tax row does not add up") << 2;
        QTest::newRow("underpaid") << 3;
        QTest::newRow("unknown unit") << 4;
        QTest::newRow("duplicate sale id") << 5;
        QTest::newRow("tax-exclusive lines taken for the total") << 6;
    }

    void invalidSalesChangeNothing()
    {
        QFETCH(int, defect);
        Ledger ledger(*m_db);
        SaleRecord s = makeSale(3);
        switch (defect) {
        case 0: s.lines.clear(); break;
        case 1: s.lines[1].amount += 1; break;
        case 2: s.taxes[0].tax += 1; break;
        case 3: s.tenders[0].change += 1; break;
        case 4: s.lines[0].unit = QStringLiteral("litre"); break;
        case 6: s = makeNetSale(3); s.total -= s.taxTotal; s.tenders[0].amount -= s.taxTotal; break;
        case 5: {
            auto first = ledger.commitSale(makeSale(1));
            QVERIFY(first);
            s.id = first->id;
            break;
        }
        }
        const qint64 before = count("sale");
        const qint64 journalBefore = count("journal");
        auto r = ledger.commitSale(s);
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(count("sale"), before);
        QCOMPARE(count("journal"), journalBefore);
        QCOMPARE(count("sale_line"), before == 0 ? 0 : 1);
        QCOMPARE(count("outbox"), before);
        QCOMPARE(count("stock_delta"), before == 0 ? 0 : 1);
    }

    void aTaxExclusiveSaleIsTakenAndReadBack()
    {
        // Lines net, total = net + tax: what a store whose prices exclude tax commits.
        Ledger ledger(*m_db);
        const SaleRecord s = makeNetSale(3);
        auto r = ledger.commitSale(s);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const auto stored = ledger.sale(r->id);
        QVERIFY(stored);
        QVERIFY(!stored->sale.pricesIncludeTax);
        QCOMPARE(stored->sale.total, s.total);
        QVERIFY(makeSale(1).pricesIncludeTax);
        QVERIFY(ledger.sale(ledger.commitSale(makeSale(1))->id)->sale.pricesIncludeTax);
    }

    void journalChainVerifiesAndNamesTheTamperedEntry()
    {
        Ledger ledger(*m_db);
        for (int i = 0; i < 6; ++i)
            QVERIFY(ledger.commitSale(makeSale(2, i)));
        QCOMPARE(journal::verify(*m_db), std::nullopt);
        // Change one amount inside entry 4's payload, as someone editing the file would.
        QVERIFY(m_db->exec("UPDATE journal SET payload = replace(payload, '\"total\":', '\"total\":1') WHERE seq = 4"));
        QCOMPARE(journal::verify(*m_db), std::optional<qint64>(4));
    }

    void journalDetectsDeletedEntry()
    {
        Ledger ledger(*m_db);
        for (int i = 0; i < 4; ++i)
            QVERIFY(ledger.commitSale(makeSale(1, i)));
        QVERIFY(m_db->exec("DELETE FROM journal WHERE seq = 2"));
        QCOMPARE(journal::verify(*m_db), std::optional<qint64>(3));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
