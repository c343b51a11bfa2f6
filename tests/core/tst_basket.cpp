// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/basket.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ok;

namespace {

Currency pln()
{
    return *Currency::fromCode(u"PLN");
}

TaxPolicy polishRetail()
{
    return TaxPolicy{PriceMode::TaxInclusive, TaxRoundingScope::PerReceipt, RoundingMode::HalfUp};
}

BasketLineInput item(qint64 productId, qint64 unitPrice, Quantity quantity = Quantity::pieces(1),
                     const char *rateCode = "A", int basisPoints = 2300)
{
    return BasketLineInput{productId,
                           QStringLiteral("SKU-%1").arg(productId),
                           QStringLiteral("Product %1").arg(productId),
                           QString::fromLatin1(rateCode),
                           basisPoints,
                           unitPrice,
                           quantity};
}

Discount percent(qint64 basisPoints)
{
    return Discount{Discount::Kind::Percent, basisPoints, QStringLiteral("promo")};
}

Discount amount(qint64 minor)
{
    return Discount{Discount::Kind::Amount, minor, QStringLiteral("voucher")};
}

QList<qint64> shares(const BasketTotals &t)
{
    QList<qint64> out;
    for (const BasketLineTotals &l : t.lines)
        out.append(l.receiptDiscountShare);
    return out;
}

} // namespace

class TestBasket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyBasket()
    {
        const Basket basket(pln(), polishRetail());
        QVERIFY(basket.isEmpty());
        const BasketTotals t = basket.totals();
        QVERIFY(t.lines.isEmpty());
        QCOMPARE(t.subtotal, qint64(0));
        QCOMPARE(t.total, qint64(0));
        QVERIFY(t.tax.rows.isEmpty());
        QCOMPARE(t.totalMoney, Money(0, pln()));
    }

    void addLinesAndTotals()
    {
        Basket basket(pln(), polishRetail());
        QCOMPARE(basket.addLine(item(1, 499)), 0);
        QCOMPARE(basket.addLine(item(2, 1250, Quantity::pieces(3))), 1);
        QCOMPARE(basket.lines().size(), 2);
        QCOMPARE(basket.lines()[1].name, QStringLiteral("Product 2"));
        QCOMPARE(basket.lines()[1].sku, QStringLiteral("SKU-2"));
        const BasketTotals t = basket.totals();
        QCOMPARE(t.lines[0].gross, qint64(499));
        QCOMPARE(t.lines[1].gross, qint64(3750));
        QCOMPARE(t.subtotal, qint64(4249));
        QCOMPARE(t.total, qint64(4249));
        QCOMPARE(t.totalMoney, Money(4249, pln()));
        // VAT 23 % in 42.49 = 7.94520… → 7.95
        QCOMPARE(t.tax.totalTax, qint64(795));
        QCOMPARE(t.tax.totalGross, qint64(4249));
    }

    void repeatedScanMergesPieces()
    {
        Basket basket(pln(), polishRetail());
        QCOMPARE(basket.addLine(item(7, 299)), 0);
        QCOMPARE(basket.addLine(item(8, 100)), 1);
        QCOMPARE(basket.addLine(item(7, 299)), 0);
        QCOMPARE(basket.addLine(item(7, 299, Quantity::pieces(2))), 0);
        QCOMPARE(basket.lines().size(), 2);
        QCOMPARE(basket.lines()[0].quantity, Quantity::pieces(4));
        QCOMPARE(basket.totals().lines[0].gross, qint64(1196));
    }

    void repeatedScanDoesNotMergeDifferentLines()
    {
        Basket basket(pln(), polishRetail());
        QCOMPARE(basket.addLine(item(7, 299)), 0);
        // Price changed meanwhile: a new line, never a silent re-price of the old one.
        QCOMPARE(basket.addLine(item(7, 279)), 1);
        // Discounted line is left alone; the next scan goes to a fresh line...
        QVERIFY(basket.setLineDiscount(1, percent(1000)));
        QCOMPARE(basket.addLine(item(7, 279)), 2);
        // ...and further scans merge into that one.
        QCOMPARE(basket.addLine(item(7, 279)), 2);
        QCOMPARE(basket.lines()[2].quantity, Quantity::pieces(2));
        // Weighed goods: every weighing is its own line.
        QCOMPARE(basket.addLine(item(9, 2399, Quantity::grams(347))), 3);
        QCOMPARE(basket.addLine(item(9, 2399, Quantity::grams(347))), 4);
        QCOMPARE(basket.lines().size(), 5);
    }

    void validation()
    {
        Basket basket(pln(), polishRetail());
        QCOMPARE(basket.addLine(item(1, -1)), -1);
        QCOMPARE(basket.addLine(item(1, 100, Quantity::pieces(0))), -1);
        QCOMPARE(basket.addLine(item(1, 100, Quantity::pieces(-2))), -1);
        QCOMPARE(basket.addLine(item(1, 100, Quantity::grams(0))), -1);
        QCOMPARE(basket.addLine(item(1, 100, Quantity::pieces(1), "A", -100)), -1);
        QCOMPARE(basket.addLine(item(1, 100, Quantity::pieces(1), "A", 100001)), -1);
        QCOMPARE(basket.addLine(item(1, Basket::kMaxLineGross, Quantity::pieces(2))), -1);
        QCOMPARE(basket.addLine(item(1, std::numeric_limits<qint64>::max(), Quantity::pieces(std::numeric_limits<qint64>::max()))), -1);
        QVERIFY(basket.isEmpty());

        QCOMPARE(basket.addLine(item(1, 0)), 0); // free item (e.g. a gift) is fine
        QCOMPARE(basket.addLine(item(2, Basket::kMaxLineGross)), 1);
        QCOMPARE(basket.addLine(item(2, Basket::kMaxLineGross)), -1); // merged qty would overflow the bound
        QCOMPARE(basket.lines()[1].quantity, Quantity::pieces(1));
        QCOMPARE(basket.addLine(item(3, 2399, Quantity::grams(500))), 2);

        QVERIFY(!basket.setQuantity(0, Quantity::pieces(0)));
        QVERIFY(!basket.setQuantity(0, Quantity::pieces(-1)));
        QVERIFY(!basket.setQuantity(0, Quantity::grams(100)));  // unit cannot change
        QVERIFY(!basket.setQuantity(2, Quantity::pieces(1)));
        QVERIFY(!basket.setQuantity(1, Quantity::pieces(2)));   // above kMaxLineGross
        QVERIFY(!basket.setQuantity(3, Quantity::pieces(1)));
        QVERIFY(!basket.setQuantity(-1, Quantity::pieces(1)));
        QVERIFY(basket.setQuantity(2, Quantity::grams(1000)));
        QCOMPARE(basket.totals().lines[2].gross, qint64(2399));

        QVERIFY(!basket.setLineDiscount(0, percent(10001)));
        QVERIFY(!basket.setLineDiscount(0, percent(-1)));
        QVERIFY(!basket.setLineDiscount(0, amount(-1)));
        QVERIFY(!basket.setLineDiscount(5, percent(100)));
        QVERIFY(!basket.removeLine(3));
        QVERIFY(!basket.removeLine(-1));
        QCOMPARE(basket.lines().size(), 3);
    }

    void quantityAndRemoval()
    {
        Basket basket(pln(), polishRetail());
        basket.addLine(item(1, 100));
        basket.addLine(item(2, 200));
        basket.addLine(item(3, 300));
        QVERIFY(basket.setQuantity(0, Quantity::pieces(5)));
        QCOMPARE(basket.totals().subtotal, qint64(1000));
        QVERIFY(basket.removeLine(1));
        QCOMPARE(basket.lines().size(), 2);
        QCOMPARE(basket.lines()[1].productId, qint64(3));
        QCOMPARE(basket.totals().subtotal, qint64(800));
        basket.setReceiptDiscount(amount(100));
        basket.clear();
        QVERIFY(basket.isEmpty());
        QCOMPARE(basket.receiptDiscount().kind, Discount::Kind::None);
    }

    // Price per kg × grams / 1000, rounded half up to the grosz.
    void weighedGoods_data()
    {
        QTest::addColumn<qint64>("pricePerKg");
        QTest::addColumn<qint64>("grams");
        QTest::addColumn<qint64>("gross");
        QTest::newRow("0.347 kg × 23.99 = 8.32453 → 8.32") << qint64(2399) << qint64(347) << qint64(832);
        QTest::newRow("1.000 kg × 23.99") << qint64(2399) << qint64(1000) << qint64(2399);
        QTest::newRow("0.250 kg × 5.98 = 1.495 → 1.50") << qint64(598) << qint64(250) << qint64(150);
        QTest::newRow("0.250 kg × 5.94 = 1.485 → 1.49") << qint64(594) << qint64(250) << qint64(149);
        QTest::newRow("0.001 kg × 4.99 = 0.00499 → 0.00") << qint64(499) << qint64(1) << qint64(0);
        QTest::newRow("0.005 kg × 1.00 = 0.005 → 0.01") << qint64(100) << qint64(5) << qint64(1);
        QTest::newRow("2.345 kg × 12.49 = 29.28905 → 29.29") << qint64(1249) << qint64(2345) << qint64(2929);
    }

    void weighedGoods()
    {
        QFETCH(qint64, pricePerKg);
        QFETCH(qint64, grams);
        QFETCH(qint64, gross);
        Basket basket(pln(), polishRetail());
        QCOMPARE(basket.addLine(item(1, pricePerKg, Quantity::grams(grams))), 0);
        QCOMPARE(basket.totals().lines[0].gross, gross);
        QCOMPARE(Basket::lineGross(pricePerKg, Quantity::grams(grams)), std::optional<qint64>(gross));
    }

    void lineDiscounts_data()
    {
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("discount");
        QTest::newRow("12.5 % of 0.99 = 0.12375 → 0.12")
            << qint64(99) << int(Discount::Kind::Percent) << qint64(1250) << qint64(12);
        QTest::newRow("10 % of 4.95 = 0.495 → 0.50 (half up)")
            << qint64(495) << int(Discount::Kind::Percent) << qint64(1000) << qint64(50);
        QTest::newRow("33.33 % of 10.00 = 3.333 → 3.33")
            << qint64(1000) << int(Discount::Kind::Percent) << qint64(3333) << qint64(333);
        QTest::newRow("100 %") << qint64(1999) << int(Discount::Kind::Percent) << qint64(10000) << qint64(1999);
        QTest::newRow("0 %") << qint64(1999) << int(Discount::Kind::Percent) << qint64(0) << qint64(0);
        QTest::newRow("amount 2.00") << qint64(1999) << int(Discount::Kind::Amount) << qint64(200) << qint64(200);
        QTest::newRow("amount above gross is capped")
            << qint64(1999) << int(Discount::Kind::Amount) << qint64(5000) << qint64(1999);
        QTest::newRow("none") << qint64(1999) << int(Discount::Kind::None) << qint64(777) << qint64(0);
    }

    void lineDiscounts()
    {
        QFETCH(qint64, gross);
        QFETCH(int, kind);
        QFETCH(qint64, value);
        QFETCH(qint64, discount);
        Basket basket(pln(), polishRetail());
        basket.addLine(item(1, gross));
        QVERIFY(basket.setLineDiscount(0, Discount{Discount::Kind(kind), value, QStringLiteral("x")}));
        const BasketTotals t = basket.totals();
        QCOMPARE(t.lines[0].lineDiscount, discount);
        QCOMPARE(t.lines[0].amount, gross - discount);
        QCOMPARE(t.lineDiscounts, discount);
        QCOMPARE(t.total, gross - discount);
        QCOMPARE(t.subtotal, gross);
    }

    void receiptDiscount_data()
    {
        QTest::addColumn<QList<qint64>>("prices");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("applied");
        QTest::addColumn<QList<qint64>>("expectedShares");

        const QList<qint64> thirds = {333, 333, 334};
        const int amountKind = int(Discount::Kind::Amount);
        const int percentKind = int(Discount::Kind::Percent);
        // 10.00 off 10.00: every line becomes free, shares equal the lines.
        QTest::newRow("10.00 over 3.33/3.33/3.34") << thirds << amountKind << qint64(1000) << qint64(1000)
                                                   << QList<qint64>{333, 333, 334};
        // 1.00 × 333/1000 = 0.333 (→ 33 r 300), 33 r 300, 33.4 (→ 33 r 400): 99 given, the
        // last grosz goes to the largest remainder, line 3.
        QTest::newRow("1.00 over 3.33/3.33/3.34") << thirds << amountKind << qint64(100) << qint64(100)
                                                  << QList<qint64>{33, 33, 34};
        // One grosz over three equal lines: all remainders tie, the lowest index wins.
        QTest::newRow("0.01 over 3 equal lines") << QList<qint64>{100, 100, 100} << amountKind << qint64(1)
                                                 << qint64(1) << QList<qint64>{1, 0, 0};
        QTest::newRow("0.02 over 3 equal lines") << QList<qint64>{100, 100, 100} << amountKind << qint64(2)
                                                 << qint64(2) << QList<qint64>{1, 1, 0};
        // 33.33 % of 10.00 = 3.333 → 3.33. Shares: 333 × 333/1000 = 110.889 (110 r 889) twice,
        // 333 × 334/1000 = 111.222 (111 r 222): 331 given, 2 left to lines 1 and 2 → 111 each.
        QTest::newRow("33.33 % over 3.33/3.33/3.34") << thirds << percentKind << qint64(3333) << qint64(333)
                                                     << QList<qint64>{111, 111, 111};
        // 50.00 off a 10.00 basket is capped at 10.00: total 0, no line negative.
        QTest::newRow("amount bigger than subtotal is capped") << thirds << amountKind << qint64(5000)
                                                               << qint64(1000) << QList<qint64>{333, 333, 334};
        QTest::newRow("100 %") << QList<qint64>{1999, 1} << percentKind << qint64(10000) << qint64(2000)
                               << QList<qint64>{1999, 1};
        // 5 % of 20.00 = 1.00: 100 × 1999/2000 → 99 r 1900, 100 × 1/2000 → 0 r 100; 1 left → line 1.
        QTest::newRow("tiny line keeps its price") << QList<qint64>{1999, 1} << percentKind << qint64(500)
                                                   << qint64(100) << QList<qint64>{100, 0};
        QTest::newRow("no discount") << thirds << int(Discount::Kind::None) << qint64(0) << qint64(0)
                                     << QList<qint64>{0, 0, 0};
    }

    void receiptDiscount()
    {
        QFETCH(QList<qint64>, prices);
        QFETCH(int, kind);
        QFETCH(qint64, value);
        QFETCH(qint64, applied);
        QFETCH(QList<qint64>, expectedShares);
        Basket basket(pln(), polishRetail());
        for (qsizetype i = 0; i < prices.size(); ++i)
            QCOMPARE(basket.addLine(item(i + 1, prices[i])), int(i));
        basket.setReceiptDiscount(Discount{Discount::Kind(kind), value, QStringLiteral("loyalty")});
        const BasketTotals t = basket.totals();
        QCOMPARE(t.receiptDiscount, applied);
        QCOMPARE(shares(t), expectedShares);
        qint64 subtotal = 0;
        for (qsizetype i = 0; i < prices.size(); ++i) {
            QCOMPARE(t.lines[i].amount, prices[i] - expectedShares[i]);
            QVERIFY(t.lines[i].amount >= 0);
            subtotal += prices[i];
        }
        QCOMPARE(t.subtotal, subtotal);
        QCOMPARE(t.total, subtotal - applied);
        QCOMPARE(t.tax.totalGross, t.total);
    }

    // The receipt discount spreads over what is left after line discounts.
    void receiptDiscountAfterLineDiscounts()
    {
        Basket basket(pln(), polishRetail());
        basket.addLine(item(1, 500));
        basket.addLine(item(2, 500));
        QVERIFY(basket.setLineDiscount(0, percent(10000))); // line 1 free
        basket.setReceiptDiscount(amount(100));
        const BasketTotals t = basket.totals();
        QCOMPARE(t.lineDiscounts, qint64(500));
        QCOMPARE(shares(t), (QList<qint64>{0, 100}));
        QCOMPARE(t.total, qint64(400));
    }

    void invalidReceiptDiscountClears()
    {
        Basket basket(pln(), polishRetail());
        basket.addLine(item(1, 1000));
        basket.setReceiptDiscount(percent(1000));
        QCOMPARE(basket.totals().receiptDiscount, qint64(100));
        basket.setReceiptDiscount(percent(15000)); // 150 %: refused, and nothing stays applied
        QCOMPARE(basket.receiptDiscount().kind, Discount::Kind::None);
        QCOMPARE(basket.totals().receiptDiscount, qint64(0));
        basket.setReceiptDiscount(amount(-100));
        QCOMPARE(basket.totals().total, qint64(1000));
        QVERIFY(!isValidDiscount(percent(10001)));
        QVERIFY(isValidDiscount(percent(10000)));
        QVERIFY(isValidDiscount(Discount{}));
        QVERIFY(!isValidDiscount(amount(-1)));
    }

    // A Polish receipt with a 10 % loyalty discount, tax on the discounted amounts:
    //   A 4.99, A 12.50, B 7.49: subtotal 24.98, 10 % = 2.498 → 2.50
    //   shares 2.50 × 499/2498 = 0.4994 (49 r 2348), × 1250/2498 = 1.2510 (125 r 250),
    //   × 749/2498 = 0.7496 (74 r 2398); 2 grosze left → lines 3 and 1: 0.50, 1.25, 0.75
    //   amounts A 4.49 + 11.25 = 15.74, VAT 15.74 × 23/123 = 2.94325 → 2.94
    //           B 6.74, VAT 6.74 × 8/108 = 0.49926 → 0.50;  total 22.48
    void polishReceiptWithDiscountAndTax()
    {
        Basket basket(pln(), polishRetail());
        basket.addLine(item(1, 499));
        basket.addLine(item(2, 1250));
        basket.addLine(item(3, 749, Quantity::pieces(1), "B", 800));
        basket.setReceiptDiscount(percent(1000));
        const BasketTotals t = basket.totals();
        QCOMPARE(t.subtotal, qint64(2498));
        QCOMPARE(t.receiptDiscount, qint64(250));
        QCOMPARE(shares(t), (QList<qint64>{50, 125, 75}));
        QCOMPARE(t.total, qint64(2248));
        QCOMPARE(t.tax.rows.size(), 2);
        QCOMPARE(t.tax.rows[0].gross, qint64(1574));
        QCOMPARE(t.tax.rows[0].tax, qint64(294));
        QCOMPARE(t.tax.rows[1].gross, qint64(674));
        QCOMPARE(t.tax.rows[1].tax, qint64(50));
        QCOMPARE(t.tax.totalTax, qint64(344));
        QCOMPARE(t.totalMoney, Money(2248, pln()));
    }

    // Norway B2B (net prices): 2 × 49.90 at 15 % and 100.00 at 25 % with 10 % line discount.
    //   15 %: 99.80 net, MVA 14.97;  25 %: 90.00 net, MVA 22.50;  payable 227.27
    void exclusiveBasketTotalIncludesTax()
    {
        Basket basket(*Currency::fromCode(u"NOK"),
                      TaxPolicy{PriceMode::TaxExclusive, TaxRoundingScope::PerReceipt, RoundingMode::HalfUp});
        basket.addLine(item(1, 4990, Quantity::pieces(2), "B", 1500));
        basket.addLine(item(2, 10000, Quantity::pieces(1), "A", 2500));
        QVERIFY(basket.setLineDiscount(1, percent(1000)));
        const BasketTotals t = basket.totals();
        QCOMPARE(t.subtotal, qint64(19980));
        QCOMPARE(t.lineDiscounts, qint64(1000));
        QCOMPARE(t.tax.totalNet, qint64(18980));
        QCOMPARE(t.tax.totalTax, qint64(1497 + 2250));
        QCOMPARE(t.total, qint64(18980 + 3747));
        QCOMPARE(t.tax.totalGross, t.total);
        QCOMPARE(t.totalMoney.currency().code, QStringLiteral("NOK"));
        // Cash payment rounds the payable 227.27 to whole kroner.
        QCOMPARE(cashRounded(t.totalMoney).minor(), qint64(22700));
    }

    // Property test: random baskets with random line and receipt discounts.
    void invariantsOnGeneratedBaskets()
    {
        QRandomGenerator rng(7);
        const QList<int> rates = {2300, 800, 500, 0};
        for (int round = 0; round < 2000; ++round) {
            Basket basket(pln(), TaxPolicy{rng.bounded(2) ? PriceMode::TaxInclusive : PriceMode::TaxExclusive,
                                           rng.bounded(2) ? TaxRoundingScope::PerLine : TaxRoundingScope::PerReceipt,
                                           RoundingMode::HalfUp});
            const int lines = rng.bounded(0, 15);
            for (int i = 0; i < lines; ++i) {
                const bool weighed = rng.bounded(4) == 0;
                const int rate = rates.at(rng.bounded(int(rates.size())));
                const int index = basket.addLine(
                    item(rng.bounded(1, 6), rng.bounded(0, 20000),
                         weighed ? Quantity::grams(rng.bounded(1, 3000)) : Quantity::pieces(rng.bounded(1, 5)),
                         rate == 2300 ? "A" : rate == 800 ? "B" : rate == 500 ? "C" : "D", rate));
                QVERIFY(index >= 0);
                if (rng.bounded(3) == 0) {
                    const Discount d = rng.bounded(2) ? percent(rng.bounded(0, 10001)) : amount(rng.bounded(0, 30000));
                    QVERIFY(basket.setLineDiscount(index, d));
                }
            }
            const int receiptKind = rng.bounded(3);
            if (receiptKind == 1)
                basket.setReceiptDiscount(percent(rng.bounded(0, 10001)));
            else if (receiptKind == 2)
                basket.setReceiptDiscount(amount(rng.bounded(0, 100000)));

            const BasketTotals t = basket.totals();
            QCOMPARE(t.lines.size(), basket.lines().size());
            qint64 subtotal = 0, lineDiscounts = 0, shareSum = 0, amounts = 0;
            const qint64 base = [&] {
                qint64 b = 0;
                for (const BasketLineTotals &l : t.lines)
                    b += l.gross - l.lineDiscount;
                return b;
            }();
            for (const BasketLineTotals &l : t.lines) {
                QVERIFY(l.gross >= 0);
                QVERIFY(l.lineDiscount >= 0 && l.lineDiscount <= l.gross);
                QVERIFY(l.receiptDiscountShare >= 0 && l.receiptDiscountShare <= l.gross - l.lineDiscount);
                QCOMPARE(l.amount, l.gross - l.lineDiscount - l.receiptDiscountShare);
                // Largest remainder: each share is the exact proportion rounded down or up.
                if (base > 0) {
                    const qint64 exactTimesBase = t.receiptDiscount * (l.gross - l.lineDiscount);
                    QVERIFY(qAbs(l.receiptDiscountShare * base - exactTimesBase) < base);
                }
                subtotal += l.gross;
                lineDiscounts += l.lineDiscount;
                shareSum += l.receiptDiscountShare;
                amounts += l.amount;
            }
            QCOMPARE(t.subtotal, subtotal);
            QCOMPARE(t.lineDiscounts, lineDiscounts);
            QCOMPARE(shareSum, t.receiptDiscount);
            QVERIFY(t.receiptDiscount >= 0 && t.receiptDiscount <= base);
            QCOMPARE(amounts, subtotal - lineDiscounts - t.receiptDiscount);
            QCOMPARE(t.total, t.tax.totalGross);
            if (basket.taxPolicy().priceMode == PriceMode::TaxInclusive)
                QCOMPARE(t.total, amounts);
            else
                QCOMPARE(t.total, amounts + t.tax.totalTax);
            QCOMPARE(t.totalMoney, Money(t.total, pln()));
        }
    }
};

QTEST_APPLESS_MAIN(TestBasket)
#include "tst_basket.moc"
