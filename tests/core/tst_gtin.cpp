// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gtin.h"

#include <QTest>

class TestGtin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<int>("expected");
        QTest::newRow("GTIN-13 4006381333931") << QStringLiteral("400638133393") << 1;
        QTest::newRow("GTIN-13 5901234123457 (PL prefix 590)") << QStringLiteral("590123412345") << 7;
        QTest::newRow("GTIN-8 96385074") << QStringLiteral("9638507") << 4;
        QTest::newRow("GTIN-14 09501101530003") << QStringLiteral("0950110153000") << 3;
        QTest::newRow("GTIN-12 UPC-A 036000291452") << QStringLiteral("03600029145") << 2;
        QTest::newRow("sum multiple of ten gives 0") << QStringLiteral("0000000") << 0;
        QTest::newRow("too short") << QStringLiteral("123456") << -1;
        QTest::newRow("full GTIN-14 is wrong length") << QStringLiteral("09501101530003") << -1;
        QTest::newRow("length 9") << QStringLiteral("123456789") << -1;
        QTest::newRow("letter") << QStringLiteral("40063813339X") << -1;
        QTest::newRow("space") << QStringLiteral("400638 33393") << -1;
        QTest::newRow("arabic-indic digit") << (QStringLiteral("40063813339") + QChar(0x0663)) << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void checkDigit()
    {
        QFETCH(QString, data);
        QFETCH(int, expected);
        QCOMPARE(ok::gtinCheckDigit(data), expected);
    }

    void isValid_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("4006381333931") << QStringLiteral("4006381333931") << true;
        QTest::newRow("5901234123457") << QStringLiteral("5901234123457") << true;
        QTest::newRow("96385074") << QStringLiteral("96385074") << true;
        QTest::newRow("09501101530003") << QStringLiteral("09501101530003") << true;
        QTest::newRow("036000291452") << QStringLiteral("036000291452") << true;
        QTest::newRow("09501101530008 bad check") << QStringLiteral("09501101530008") << false;
        QTest::newRow("4006381333932 bad check") << QStringLiteral("4006381333932") << false;
        QTest::newRow("transposed digits") << QStringLiteral("4006383133931") << false;
        QTest::newRow("96385075 bad check") << QStringLiteral("96385075") << false;
        QTest::newRow("length 10") << QStringLiteral("1234567895") << false;
        QTest::newRow("trailing newline from scanner") << QStringLiteral("4006381333931\n") << false;
        QTest::newRow("check letter") << QStringLiteral("400638133393X") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("single digit") << QStringLiteral("0") << false;
    }

    void isValid()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(ok::isValidGtin(code), valid);
    }

    // Changing any single digit of a valid code must be detected.
    void singleDigitErrorsDetected()
    {
        const QString good = QStringLiteral("5901234123457");
        for (int pos = 0; pos < good.size(); ++pos) {
            for (char16_t d = u'0'; d <= u'9'; ++d) {
                QString mutated = good;
                mutated[pos] = QChar(d);
                QCOMPARE(ok::isValidGtin(mutated), mutated == good);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestGtin)
#include "tst_gtin.moc"
