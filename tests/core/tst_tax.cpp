// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tax.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace ok;
using namespace Qt::StringLiterals;

namespace {

TaxableAmount line(const char *code, int basisPoints, qint64 amount)
{
    return TaxableAmount{QString::fromLatin1(code), basisPoints, amount};
}

TaxPolicy policy(PriceMode mode, TaxRoundingScope scope, RoundingMode rounding = RoundingMode::HalfUp)
{
    return TaxPolicy{mode, scope, rounding};
}

// Checks the documented invariants; returns an empty string or what is wrong.
QString invariantViolation(const QList<TaxableAmount> &amounts, const TaxPolicy &p, const TaxSummary &s)
{
    qint64 net = 0, tax = 0, gross = 0, input = 0;
    for (const TaxSummaryRow &r : s.rows) {
        if (r.net + r.tax != r.gross)
            return QStringLiteral("row %1: net + tax != gross").arg(r.rateCode);
        net += r.net;
        tax += r.tax;
        gross += r.gross;
    }
    for (const TaxableAmount &a : amounts)
        input += a.amount;
    if (net != s.totalNet || tax != s.totalTax || gross != s.totalGross)
        return QStringLiteral("rows do not add up to totals");
    if (p.priceMode == PriceMode::TaxInclusive && s.totalGross != input)
        return QStringLiteral("inclusive: totalGross != sum of amounts");
    if (p.priceMode == PriceMode::TaxExclusive && (s.totalNet != input || s.totalGross != input + s.totalTax))
        return QStringLiteral("exclusive: totalGross != sum of amounts + tax");
    for (qsizetype i = 1; i < s.rows.size(); ++i) {
        const TaxSummaryRow &a = s.rows[i - 1];
        const TaxSummaryRow &b = s.rows[i];
        if (a.basisPoints < b.basisPoints || (a.basisPoints == b.basisPoints && a.rateCode >= b.rateCode))
            return QStringLiteral("rows not sorted by rate descending, then code");
    }
    return {};
}

} // namespace

class TestTax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A Polish receipt as a fiscal printer prints it (ceny brutto, VAT per rate on the sum):
    //   PTU A 23 %: 4.99 + 12.50 + 0.99 = 18.48 gross
    //               VAT = 18.48 × 23 / 123 = 3.45560… → 3.46, net 15.02
    //   PTU B  8 %: 7.49 gross, VAT = 7.49 × 8 / 108 = 0.55481… → 0.55, net 6.94
    //   PTU D  0 %: 3.20 gross, VAT 0.00, net 3.20
    //   SUMA PLN 29.17, SUMA PTU 4.01, net 25.16
    void polishReceiptInclusivePerReceipt()
    {
        const QList<TaxableAmount> amounts = {line("A", 2300, 499), line("B", 800, 749),
                                              line("A", 2300, 1250), line("D", 0, 320),
                                              line("A", 2300, 99)};
        const TaxPolicy p = policy(PriceMode::TaxInclusive, TaxRoundingScope::PerReceipt);
        const TaxSummary s = computeTax(amounts, p);
        QCOMPARE(invariantViolation(amounts, p, s), QString());
        QCOMPARE(s.rows.size(), 3);
        QCOMPARE(s.rows[0].rateCode, QStringLiteral("A"));
        QCOMPARE(s.rows[0].basisPoints, 2300);
        QCOMPARE(s.rows[0].gross, qint64(1848));
        QCOMPARE(s.rows[0].tax, qint64(346));
        QCOMPARE(s.rows[0].net, qint64(1502));
        QCOMPARE(s.rows[1].rateCode, QStringLiteral("B"));
        QCOMPARE(s.rows[1].gross, qint64(749));
        QCOMPARE(s.rows[1].tax, qint64(55));
        QCOMPARE(s.rows[1].net, qint64(694));
        QCOMPARE(s.rows[2].rateCode, QStringLiteral("D"));
        QCOMPARE(s.rows[2].tax, qint64(0));
        QCOMPARE(s.rows[2].net, qint64(320));
        QCOMPARE(s.totalGross, qint64(2917));
        QCOMPARE(s.totalTax, qint64(401));
        QCOMPARE(s.totalNet, qint64(2516));
    }

    // Per line the same receipt: A: 4.99 → 0.93309 → 0.93; 12.50 → 2.33740 → 2.34;
    // 0.99 → 0.18512 → 0.19; Σ 3.46 (equal here by chance); B 0.55; D 0.
    void polishReceiptInclusivePerLine()
    {
        const QList<TaxableAmount> amounts = {line("A", 2300, 499), line("A", 2300, 1250),
                                              line("A", 2300, 99), line("B", 800, 749), line("D", 0, 320)};
        const TaxPolicy p = policy(PriceMode::TaxInclusive, TaxRoundingScope::PerLine);
        const TaxSummary s = computeTax(amounts, p);
        QCOMPARE(invariantViolation(amounts, p, s), QString());
        QCOMPARE(s.rows[0].tax, qint64(346));
        QCOMPARE(s.rows[1].tax, qint64(55));
        QCOMPARE(s.totalTax, qint64(401));
    }

    // 100 × 0.01 PLN at 23 %: each line's VAT 0.01 × 23 / 123 = 0.00187 → 0.00, so per line the
    // receipt carries no VAT at all; per receipt 1.00 × 23 / 123 = 0.18699 → 0.19.
    void manySmallLines_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<qint64>("tax");
        QTest::newRow("per line") << int(TaxRoundingScope::PerLine) << qint64(0);
        QTest::newRow("per receipt") << int(TaxRoundingScope::PerReceipt) << qint64(19);
    }

    void manySmallLines()
    {
        QFETCH(int, scope);
        QFETCH(qint64, tax);
        const QList<TaxableAmount> amounts(100, line("A", 2300, 1));
        const TaxPolicy p = policy(PriceMode::TaxInclusive, TaxRoundingScope(scope));
        const TaxSummary s = computeTax(amounts, p);
        QCOMPARE(invariantViolation(amounts, p, s), QString());
        QCOMPARE(s.rows.size(), 1);
        QCOMPARE(s.totalGross, qint64(100));
        QCOMPARE(s.totalTax, tax);
        QCOMPARE(s.totalNet, 100 - tax);
    }

    // Norway B2B, prices net of MVA:
    //   25 %: 100.00 → 25.00;  15 % (food): 49.90 → 7.485 → 7.49 (half up) / 7.48 (half even)
    //   12 %: 12.34 → 1.4808 → 1.48;  0 % (books): 199.00 → 0
    //   net 361.24, MVA 33.97 (half up), gross 395.21
    void norwayExclusive_data()
    {
        QTest::addColumn<int>("rounding");
        QTest::addColumn<qint64>("foodTax");
        QTest::newRow("half up") << int(RoundingMode::HalfUp) << qint64(749);
        QTest::newRow("half even") << int(RoundingMode::HalfEven) << qint64(748);
    }

    void norwayExclusive()
    {
        QFETCH(int, rounding);
        QFETCH(qint64, foodTax);
        const QList<TaxableAmount> amounts = {line("D", 0, 19900), line("C", 1200, 1234),
                                              line("B", 1500, 4990), line("A", 2500, 10000)};
        const TaxPolicy p = policy(PriceMode::TaxExclusive, TaxRoundingScope::PerReceipt, RoundingMode(rounding));
        const TaxSummary s = computeTax(amounts, p);
        QCOMPARE(invariantViolation(amounts, p, s), QString());
        QCOMPARE(s.rows.size(), 4);
        QCOMPARE(s.rows[0].basisPoints, 2500);
        QCOMPARE(s.rows[0].tax, qint64(2500));
        QCOMPARE(s.rows[0].gross, qint64(12500));
        QCOMPARE(s.rows[1].basisPoints, 1500);
        QCOMPARE(s.rows[1].net, qint64(4990));
        QCOMPARE(s.rows[1].tax, foodTax);
        QCOMPARE(s.rows[2].basisPoints, 1200);
        QCOMPARE(s.rows[2].tax, qint64(148));
        QCOMPARE(s.rows[3].basisPoints, 0);
        QCOMPARE(s.rows[3].tax, qint64(0));
        QCOMPARE(s.rows[3].gross, qint64(19900));
        QCOMPARE(s.totalNet, qint64(36124));
        QCOMPARE(s.totalTax, 2500 + foodTax + 148);
        QCOMPARE(s.totalGross, 36124 + 2500 + foodTax + 148);
    }

    // Exclusive, 15 %: 49.90 and 19.90 net.
    //   per line: 7.485 → 7.49 and 2.985 → 2.99, Σ 10.48, gross 80.28;
    //   per receipt: 69.80 × 15 % = 10.47, gross 80.27
    void exclusivePerLineVersusPerReceipt()
    {
        const QList<TaxableAmount> amounts = {line("B", 1500, 4990), line("B", 1500, 1990)};
        const TaxPolicy perLine = policy(PriceMode::TaxExclusive, TaxRoundingScope::PerLine);
        const TaxPolicy perReceipt = policy(PriceMode::TaxExclusive, TaxRoundingScope::PerReceipt);
        const TaxSummary a = computeTax(amounts, perLine);
        const TaxSummary b = computeTax(amounts, perReceipt);
        QCOMPARE(invariantViolation(amounts, perLine, a), QString());
        QCOMPARE(invariantViolation(amounts, perReceipt, b), QString());
        QCOMPARE(a.totalTax, qint64(1048));
        QCOMPARE(a.totalGross, qint64(8028));
        QCOMPARE(b.totalTax, qint64(1047));
        QCOMPARE(b.totalGross, qint64(8027));
    }

    // Italy, imponibile + IVA: 22 %: 10.00 → 2.20;  10 %: 3.35 → 0.335 → 0.34;
    //   4 %: 1.99 → 0.0796 → 0.08.  Imponibile 15.34, IVA 2.62, totale 17.96.
    void italyExclusive()
    {
        const QList<TaxableAmount> amounts = {line("C", 400, 199), line("A", 2200, 1000), line("B", 1000, 335)};
        const TaxPolicy p = policy(PriceMode::TaxExclusive, TaxRoundingScope::PerReceipt);
        const TaxSummary s = computeTax(amounts, p);
        QCOMPARE(invariantViolation(amounts, p, s), QString());
        QCOMPARE(s.rows.size(), 3);
        QCOMPARE(s.rows[0].tax, qint64(220));
        QCOMPARE(s.rows[1].tax, qint64(34));
        QCOMPARE(s.rows[2].tax, qint64(8));
        QCOMPARE(s.totalNet, qint64(1534));
        QCOMPARE(s.totalTax, qint64(262));
        QCOMPARE(s.totalGross, qint64(1796));
    }

    // Italy, consumer receipt (prezzi IVA inclusa): 22 %: 1.20 espresso + 3.50 panino = 4.70,
    // IVA = 4.70 × 22 / 122 = 0.84754… → 0.85;  10 %: 2.20, IVA = 2.20 × 10 / 110 = 0.20.
    void italyInclusive()
    {
        const QList<TaxableAmount> amounts = {line("A", 2200, 120), line("A", 2200, 350), line("B", 1000, 220)};
        const TaxPolicy p = policy(PriceMode::TaxInclusive, TaxRoundingScope::PerReceipt);
        const TaxSummary s = computeTax(amounts, p);
        QCOMPARE(invariantViolation(amounts, p, s), QString());
        QCOMPARE(s.rows[0].tax, qint64(85));
        QCOMPARE(s.rows[0].net, qint64(385));
        QCOMPARE(s.rows[1].tax, qint64(20));
        QCOMPARE(s.totalTax, qint64(105));
    }

    // Zero-rated (D, 0 %) and exempt ("zw", 0 %) goods are separate rows, both without tax.
    void zeroRatedAndExempt()
    {
        const QList<TaxableAmount> amounts = {line("zw", 0, 500), line("D", 0, 320), line("A", 2300, 123)};
        const TaxPolicy p = policy(PriceMode::TaxInclusive, TaxRoundingScope::PerReceipt);
        const TaxSummary s = computeTax(amounts, p);
        QCOMPARE(invariantViolation(amounts, p, s), QString());
        QCOMPARE(s.rows.size(), 3);
        QCOMPARE(s.rows[0].rateCode, QStringLiteral("A"));
        QCOMPARE(s.rows[0].tax, qint64(23)); // 1.23 × 23 / 123 = 0.23 exactly
        QCOMPARE(s.rows[1].rateCode, QStringLiteral("D"));
        QCOMPARE(s.rows[1].gross, qint64(320));
        QCOMPARE(s.rows[1].tax, qint64(0));
        QCOMPARE(s.rows[2].rateCode, QStringLiteral("zw"));
        QCOMPARE(s.rows[2].net, qint64(500));
        QCOMPARE(s.rows[2].tax, qint64(0));
    }

    void sameCodeDifferentRateStaysApart()
    {
        // A rate change during opening hours: old and new "A" lines must not be merged.
        const QList<TaxableAmount> amounts = {line("A", 2200, 1000), line("A", 2300, 1000)};
        const TaxSummary s = computeTax(amounts, policy(PriceMode::TaxInclusive, TaxRoundingScope::PerReceipt));
        QCOMPARE(s.rows.size(), 2);
        QCOMPARE(s.rows[0].basisPoints, 2300);
        QCOMPARE(s.rows[0].tax, qint64(187)); // 10.00 × 23 / 123 = 1.86991… → 1.87
        QCOMPARE(s.rows[1].basisPoints, 2200);
        QCOMPARE(s.rows[1].tax, qint64(180)); // 10.00 × 22 / 122 = 1.80327… → 1.80
    }

    void emptyInput()
    {
        const TaxSummary s = computeTax({}, TaxPolicy{});
        QVERIFY(s.rows.isEmpty());
        QCOMPARE(s.totalNet, qint64(0));
        QCOMPARE(s.totalTax, qint64(0));
        QCOMPARE(s.totalGross, qint64(0));
    }

    // A full refund must carry exactly the negated tax of the sale (half up is symmetric).
    void refundMirrorsSale()
    {
        const QList<TaxableAmount> sale = {line("A", 2300, 499), line("B", 800, 749), line("A", 2300, 1)};
        QList<TaxableAmount> refund = sale;
        for (TaxableAmount &a : refund)
            a.amount = -a.amount;
        for (auto scope : {TaxRoundingScope::PerLine, TaxRoundingScope::PerReceipt}) {
            const TaxPolicy p = policy(PriceMode::TaxInclusive, scope);
            const TaxSummary s = computeTax(sale, p);
            const TaxSummary r = computeTax(refund, p);
            QCOMPARE(invariantViolation(refund, p, r), QString());
            QCOMPARE(r.totalTax, -s.totalTax);
            QCOMPARE(r.totalNet, -s.totalNet);
        }
        // 4.99 at 23 %: 0.93309 → 0.93; refund -0.93 (not -0.94)
        QCOMPARE(computeTax({line("A", 2300, -499)}, TaxPolicy{}).totalTax, qint64(-93));
    }

    // Property test: random baskets under every policy keep all invariants, and every row's tax is
    // within rounding distance of the exact tax.
    void invariantsOnGeneratedBaskets()
    {
        QRandomGenerator rng(42);
        const QList<QPair<QString, int>> rates = {
            {QStringLiteral("A"), 2300}, {QStringLiteral("B"), 800}, {QStringLiteral("C"), 500},
            {QStringLiteral("D"), 0},    {QStringLiteral("E"), 0},   {QStringLiteral("N1"), 2500},
            {QStringLiteral("N2"), 1500}, {QStringLiteral("N3"), 1200}, {QStringLiteral("I4"), 400},
        };
        for (int basket = 0; basket < 3000; ++basket) {
            QList<TaxableAmount> amounts;
            const int lines = rng.bounded(0, 40);
            for (int i = 0; i < lines; ++i) {
                const auto &rate = rates.at(rng.bounded(int(rates.size())));
                // Mostly small prices, sometimes big ones, sometimes returns.
                qint64 amount = rng.bounded(8) == 0 ? qint64(rng.bounded(1, 10'000'000)) : qint64(rng.bounded(1, 5000));
                if (rng.bounded(10) == 0)
                    amount = -amount;
                amounts.append(TaxableAmount{rate.first, rate.second, amount});
            }
            for (auto mode : {PriceMode::TaxInclusive, PriceMode::TaxExclusive}) {
                for (auto scope : {TaxRoundingScope::PerLine, TaxRoundingScope::PerReceipt}) {
                    for (auto rounding : {RoundingMode::HalfUp, RoundingMode::HalfEven}) {
                        const TaxPolicy p = policy(mode, scope, rounding);
                        const TaxSummary s = computeTax(amounts, p);
                        const QString violation = invariantViolation(amounts, p, s);
                        QVERIFY2(violation.isEmpty(), qPrintable(violation));

                        QSet<QPair<QString, int>> distinct;
                        for (const TaxableAmount &a : amounts)
                            distinct.insert({a.rateCode, a.basisPoints});
                        QCOMPARE(s.rows.size(), distinct.size());

                        for (const TaxSummaryRow &row : s.rows) {
                            int linesInRow = 0;
                            for (const TaxableAmount &a : amounts)
                                linesInRow += a.rateCode == row.rateCode && a.basisPoints == row.basisPoints;
                            // exact tax = base × r / d; |tax × d − base × r| ≤ d/2 per rounding
                            const qint64 base = mode == PriceMode::TaxInclusive ? row.gross : row.net;
                            const qint64 d = mode == PriceMode::TaxInclusive ? 10000 + row.basisPoints : 10000;
                            const qint64 error = qAbs(row.tax * d - base * row.basisPoints);
                            const int roundings = scope == TaxRoundingScope::PerLine ? linesInRow : 1;
                            QVERIFY(2 * error <= qint64(roundings) * d);
                            if (row.basisPoints == 0)
                                QCOMPARE(row.tax, qint64(0));
                        }
                    }
                }
            }
        }
    }

    void presets_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QList<int>>("basisPoints");
        QTest::newRow("PL") << QStringLiteral("PL") << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}
                            << QList<int>{2300, 800, 500, 0};
        QTest::newRow("pl lower case") << QStringLiteral("pl") << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}
                                       << QList<int>{2300, 800, 500, 0};
        QTest::newRow("IT") << QStringLiteral("IT") << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}
                            << QList<int>{2200, 1000, 500, 400};
        QTest::newRow("NO") << QStringLiteral("NO") << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}
                            << QList<int>{2500, 1500, 1200, 0};
        QTest::newRow("RU") << QStringLiteral("RU") << QStringList{u"A"_s, u"B"_s, u"C"_s}
                            << QList<int>{2000, 1000, 0};
        QTest::newRow("unknown") << QStringLiteral("XX") << QStringList{} << QList<int>{};
    }

    void presets()
    {
        QFETCH(QString, country);
        QFETCH(QStringList, codes);
        QFETCH(QList<int>, basisPoints);
        const QList<TaxRate> rates = standardTaxRates(country);
        QCOMPARE(rates.size(), codes.size());
        for (qsizetype i = 0; i < rates.size(); ++i) {
            QCOMPARE(rates[i].code, codes[i]);
            QCOMPARE(rates[i].basisPoints, basisPoints[i]);
            QCOMPARE(rates[i].label, QString::number(basisPoints[i] / 100) + QStringLiteral(" %"));
        }
    }
};

QTEST_APPLESS_MAIN(TestTax)
#include "tst_tax.moc"
