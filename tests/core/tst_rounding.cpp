// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rounding.h"

#include <QTest>

#include <limits>

using ok::divRound;
using ok::Int128;
using ok::RoundingMode;

Q_DECLARE_METATYPE(ok::RoundingMode)

class TestRounding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void divRound_data()
    {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<RoundingMode>("mode");
        QTest::addColumn<qint64>("expected");

        const auto up = RoundingMode::HalfUp;
        const auto even = RoundingMode::HalfEven;
        QTest::newRow("exact") << qint64(10) << qint64(5) << up << qint64(2);
        QTest::newRow("below half") << qint64(14) << qint64(10) << up << qint64(1);
        QTest::newRow("above half") << qint64(16) << qint64(10) << up << qint64(2);
        QTest::newRow("half up 2.5") << qint64(25) << qint64(10) << up << qint64(3);
        QTest::newRow("half up -2.5 away from zero") << qint64(-25) << qint64(10) << up << qint64(-3);
        QTest::newRow("half up 2.5 negative denominator") << qint64(25) << qint64(-10) << up << qint64(-3);
        QTest::newRow("half up both negative") << qint64(-25) << qint64(-10) << up << qint64(3);
        QTest::newRow("-1.4") << qint64(-14) << qint64(10) << up << qint64(-1);
        QTest::newRow("-1.6") << qint64(-16) << qint64(10) << up << qint64(-2);
        QTest::newRow("half even 2.5") << qint64(25) << qint64(10) << even << qint64(2);
        QTest::newRow("half even 3.5") << qint64(35) << qint64(10) << even << qint64(4);
        QTest::newRow("half even -2.5") << qint64(-25) << qint64(10) << even << qint64(-2);
        QTest::newRow("half even -3.5") << qint64(-35) << qint64(10) << even << qint64(-4);
        QTest::newRow("half even 0.5") << qint64(1) << qint64(2) << even << qint64(0);
        QTest::newRow("half even 2.51") << qint64(251) << qint64(100) << even << qint64(3);
        QTest::newRow("zero") << qint64(0) << qint64(7) << up << qint64(0);
        // PL VAT in 18.48 gross at 23 %: 1848 × 23 / 123 = 345.56 → 346
        QTest::newRow("vat 23 in 18.48") << qint64(1848 * 23) << qint64(123) << up << qint64(346);
        // NO: 49.90 net at 15 % = 7.485 → 7.49 (half up) / 7.48 (half even)
        QTest::newRow("7.485 up") << qint64(4990 * 15) << qint64(100) << up << qint64(749);
        QTest::newRow("7.485 even") << qint64(4990 * 15) << qint64(100) << even << qint64(748);
        QTest::newRow("odd denominator never half") << qint64(5) << qint64(3) << even << qint64(2);
    }

    void divRound()
    {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(RoundingMode, mode);
        QFETCH(qint64, expected);
        QCOMPARE(ok::divRound(numerator, denominator, mode), expected);
    }

    void defaultModeIsHalfUp()
    {
        QCOMPARE(ok::divRound(5, 2), qint64(3));
        QCOMPARE(ok::divRound(-5, 2), qint64(-3));
    }

    void wideIntermediates()
    {
        // INT64_MAX × 10000 overflows 64 bits; the 128-bit numerator keeps it exact.
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        QCOMPARE(ok::divRound(Int128(max) * 10000, 10000), max);
        QCOMPARE(ok::divRound(-Int128(max) * 3, 3), -max);
        // (2^62 × 1000 + 500) / 1000 rounds half up to 2^62 + 1
        const Int128 big = Int128(qint64(1) << 62) * 1000 + 500;
        QCOMPARE(ok::divRound(big, 1000), (qint64(1) << 62) + 1);
        QCOMPARE(ok::divRound(big, 1000, RoundingMode::HalfEven), qint64(1) << 62);
    }

    // Every result must be within half a unit of the exact quotient and symmetric under negation.
    void propertyAgainstDefinition()
    {
        for (qint64 n = -250; n <= 250; ++n) {
            for (qint64 d : {1, 2, 3, 4, 7, 10, 100, 123, 108}) {
                const qint64 up = ok::divRound(n, d);
                const qint64 even = ok::divRound(n, d, RoundingMode::HalfEven);
                // |n - q·d| ≤ d/2, i.e. 2|n - q·d| ≤ d
                QVERIFY2(2 * qAbs(n - up * d) <= d, qPrintable(QStringLiteral("%1/%2").arg(n).arg(d)));
                QVERIFY(2 * qAbs(n - even * d) <= d);
                QCOMPARE(ok::divRound(-n, d), -up);
                QCOMPARE(ok::divRound(-n, d, RoundingMode::HalfEven), -even);
                if (2 * qAbs(n - up * d) == d) { // exact tie
                    QCOMPARE(qAbs(up * d), qAbs(n) + d / 2 + (d % 2)); // away from zero
                    QCOMPARE(even % 2, qint64(0));
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestRounding)
#include "tst_rounding.moc"
