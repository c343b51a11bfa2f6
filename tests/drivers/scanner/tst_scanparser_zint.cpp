// SPDX-License-Identifier: GPL-3.0-or-later
// ScanParser against independent tools:
// - zint (--gs1 --werror) must accept exactly the GS1 element strings the parser accepts, for a
//   table of good and bad cases;
// - zint draws a symbol, ZXingReader decodes it and prints the AIM identifier and the bytes a
//   scanner would send; the parser must read those bytes to the expected values.
// Skipped when the tools are missing (Debian packages zint and zxing-cpp-tools).
#include "drivers/scanner/scanparser.h"
#include "scansummary.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ok::scanner;

namespace {

const QDate kToday(2025, 6, 15);
constexpr char kGs = 0x1D;

} // namespace

struct Element {
    const char *ai;
    const char *value;
};
Q_DECLARE_METATYPE(QList<Element>)

namespace {

// The AIs whose data ends at the end of the message or at a GS (not predefined length).
bool predefined(const QByteArray &ai)
{
    static const QList<QByteArray> fixed2 = { "00", "01", "02", "11", "12", "13", "15", "16", "17", "20" };
    return fixed2.contains(ai) || ai.startsWith("31") || ai.startsWith("32") || ai.startsWith("33")
        || ai.startsWith("34") || ai.startsWith("35") || ai.startsWith("36") || ai.startsWith("41");
}

// "[01]0950...[10]ABC" for zint, and "]C1" "01..." "10ABC" GS ... as a scanner sends it.
std::pair<QString, QByteArray> encode(const QList<Element> &elements)
{
    QString bracketed;
    QByteArray wire = "]C1";
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QByteArray ai = elements[i].ai;
        bracketed += QLatin1Char('[') + QLatin1String(ai) + QLatin1Char(']') + QString::fromLatin1(elements[i].value);
        wire += ai + elements[i].value;
        if (!predefined(ai) && i + 1 < elements.size())
            wire += kGs;
    }
    return { bracketed, wire };
}

} // namespace

class TestScanParserZint : public QObject
{
    Q_OBJECT

private:
    QString m_zint;
    QString m_zxing;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_zint = QStandardPaths::findExecutable(QStringLiteral("zint"));
        m_zxing = QStandardPaths::findExecutable(QStringLiteral("ZXingReader"));
        QVERIFY(m_dir.isValid());
    }

    void sameVerdictAsZint_data()
    {
        QTest::addColumn<QList<Element>>("elements");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, QList<Element> e, bool valid) { QTest::newRow(name) << e << valid; };
        row("GS1-128 vector", { { "01", "09501101530003" }, { "17", "251231" }, { "10", "ABC" }, { "3103", "001250" } },
            true);
        row("expiry day 00", { { "01", "09501101530003" }, { "17", "251200" } }, true);
        row("29 Feb 2024", { { "01", "09501101530003" }, { "11", "240229" } }, true);
        row("SSCC", { { "00", "106141412345678908" } }, true);
        row("lot then serial", { { "01", "09501101530003" }, { "10", "ABC" }, { "21", "XYZ-01/7" } }, true);
        row("price 3922 of a weight", { { "01", "09501101530003" }, { "3103", "001250" }, { "3922", "1299" } }, true);
        row("price 3932 EUR of a weight", { { "01", "09501101530003" }, { "3103", "001250" }, { "3932", "9781299" } },
            true);
        row("internal 99", { { "01", "09501101530003" }, { "99", "XYZ" } }, true);
        row("pounds 3203", { { "01", "09501101530003" }, { "3203", "001250" } }, true);
        row("count 30", { { "01", "09501101530003" }, { "30", "12" } }, true);
        row("00 with 02 and 37", { { "00", "106141412345678908" }, { "02", "09501101530003" }, { "37", "12" } }, true);
        row("best before 15", { { "01", "09501101530003" }, { "15", "250200" } }, true);
        row("weight 3105 whole grams", { { "01", "09501101530003" }, { "3105", "012300" } }, true);
        row("max-length lot", { { "01", "09501101530003" }, { "10", "ABCDEFGHIJKLMNOPQRST" } }, true);
        row("origin 422 Poland", { { "01", "09501101530003" }, { "422", "616" } }, true);
        row("initial process 423 Poland, Germany", { { "01", "09501101530003" }, { "423", "616276" } }, true);
        row("ship-to country 4307 PL", { { "00", "106141412345678908" }, { "4307", "PL" } }, true);

        row("GTIN check digit", { { "01", "09501101530008" } }, false);
        row("SSCC check digit", { { "00", "106141412345678909" } }, false);
        row("month 13", { { "01", "09501101530003" }, { "17", "251332" } }, false);
        row("29 Feb 2025", { { "01", "09501101530003" }, { "11", "250229" } }, false);
        row("AI 3106", { { "01", "09501101530003" }, { "3106", "001250" } }, false);
        row("letter in GTIN", { { "01", "0950110153000A" } }, false);
        row("AI 44", { { "44", "123" } }, false);
        row("~ in lot", { { "01", "09501101530003" }, { "10", "AB~C" } }, false);
        row("17 truncated", { { "01", "09501101530003" }, { "17", "25123" } }, false);
        row("count 9 digits", { { "01", "09501101530003" }, { "30", "123456789" } }, false);
        row("lot 21 chars", { { "01", "09501101530003" }, { "10", "ABCDEFGHIJKLMNOPQRSTU" } }, false);
        row("letter in 3932", { { "01", "09501101530003" }, { "3932", "99X1299" } }, false);
        row("origin 422 country 999", { { "01", "09501101530003" }, { "422", "999" } }, false);
        row("origin 422 country 000", { { "01", "09501101530003" }, { "422", "000" } }, false);
        row("423 cut inside a country", { { "01", "09501101530003" }, { "423", "6161" } }, false);
        row("423 second country 999", { { "01", "09501101530003" }, { "423", "616999" } }, false);
        row("ship-to country 4307 XX", { { "00", "106141412345678908" }, { "4307", "XX" } }, false);
        row("currency 000", { { "01", "09501101530003" }, { "3103", "001250" }, { "3932", "0001299" } }, false);
        row("first freeze 7006 day 00", { { "01", "09501101530003" }, { "7006", "250100" } }, false);
        // Deliberately not in this table, because the parser is stricter than zint 2.11 there:
        // the AI pairings of the GS1 syntax dictionary, which zint 2.11 does not check: its ex=
        // (01 with 02, 01 with 37, 392n with 393n) and its req= (a 392n/393n price without a
        // count or measure, 02 without 37, 37 without 00); and 310n weights finer than a gram
        // (valid GS1, but the till weighs whole grams). tst_scanparser covers them.
    }

    void sameVerdictAsZint()
    {
        if (m_zint.isEmpty())
            QSKIP("zint is not installed (apt install zint)");
        QFETCH(QList<Element>, elements);
        QFETCH(bool, valid);
        const auto [bracketed, wire] = encode(elements);

        QProcess zint;
        zint.start(m_zint,
            { QStringLiteral("--gs1"), QStringLiteral("--werror"), QStringLiteral("-b"), QStringLiteral("GS1_128"),
                QStringLiteral("-d"), bracketed, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("v.png")) });
        QVERIFY(zint.waitForFinished(10000));
        const bool zintAccepts = zint.exitStatus() == QProcess::NormalExit && zint.exitCode() == 0;

        ScannerConfig c;
        c.aimIdentifiers = true;
        const auto parsed = ScanParser(c).parse(wire, kToday);

        QVERIFY2(zintAccepts == valid,
            qPrintable(QStringLiteral("zint: %1").arg(QString::fromLocal8Bit(zint.readAllStandardError()))));
        QVERIFY2(
            parsed.ok() == valid, qPrintable(parsed.ok() ? test::summary(parsed.value()) : parsed.error().message));
        if (parsed.ok()) // and the parser split it into the same elements zint was given
            QCOMPARE(parsed->gs1.toHumanReadable(), QString(bracketed).replace(u'[', u'(').replace(u']', u')'));
    }

    void zintDrawsZxingReadsParserParses_data()
    {
        QTest::addColumn<QStringList>("zintArgs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("GS1-128 vector") << QStringList {
            "-b", "GS1_128", "--gs1", "-d", "[01]09501101530003[17]251231[10]ABC[3103]001250"
        } << "kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 lot=ABC exp=2025-12-31 g=1250";
        QTest::newRow("GS1 DataMatrix") << QStringList {
            "-b", "DATAMATRIX", "--gs1", "--quietzones", "--scale=4", "-d", "[01]09501101530003[10]ABC[21]S1[17]250200"
        } << "kind=Gs1 sym=GS1 DataMatrix aim=]d2 gtin=09501101530003 lot=ABC serial=S1 exp=2025-02-28";
        QTest::newRow("GS1 QR") << QStringList { "-b", "QRCODE", "--gs1", "--quietzones", "--scale=4", "-d",
            "[01]09501101530003[3103]001250[3922]1299" }
                                << "kind=Gs1 sym=GS1 QR Code aim=]Q3 gtin=09501101530003 g=1250 price=1299/2";
        QTest::newRow("QR Digital Link")
            << QStringList { "-b", "QRCODE", "--quietzones", "--scale=4", "-d",
                   "https://id.gs1.org/01/09501101530003/10/ABC?17=251231" }
            << "kind=DigitalLink sym=QR Code aim=]Q1 gtin=09501101530003 lot=ABC exp=2025-12-31 "
               "text=https://id.gs1.org/01/09501101530003/10/ABC?17=251231";
        QTest::newRow("EAN-13") << QStringList { "-b", "EANX", "-d", "400638133393" }
                                << "kind=Gtin sym=EAN-13/UPC aim=]E0 gtin=04006381333931 as=4006381333931";
        QTest::newRow("EAN-8") << QStringList { "-b", "EANX", "-d", "9638507" }
                               << "kind=Gtin sym=EAN-8 aim=]E4 gtin=00000096385074 as=96385074";
        QTest::newRow("UPC-A") << QStringList { "-b", "UPCA", "-d", "03600029145" }
                               << "kind=Gtin sym=EAN-13/UPC aim=]E0 gtin=00036000291452 as=036000291452";
        QTest::newRow("UPC-E") << QStringList { "-b", "UPCE", "-d", "0123456" }
                               << "kind=Gtin sym=EAN-13/UPC aim=]E0 gtin=00012345000065 as=01234565";
        QTest::newRow("Code 128") << QStringList { "-b", "CODE128", "-d", "PICKUP-12345" }
                                  << "kind=Text sym=Code 128 aim=]C0 text=PICKUP-12345";
    }

    void zintDrawsZxingReadsParserParses()
    {
        if (m_zint.isEmpty() || m_zxing.isEmpty())
            QSKIP("zint or ZXingReader is not installed (apt install zint zxing-cpp-tools)");
        QFETCH(QStringList, zintArgs);
        QFETCH(QString, expected);
        const QString png = m_dir.filePath(QStringLiteral("symbol.png"));
        QProcess zint;
        zint.start(m_zint, zintArgs + QStringList { QStringLiteral("--werror"), QStringLiteral("-o"), png });
        QVERIFY(zint.waitForFinished(10000));
        QVERIFY2(zint.exitCode() == 0, zint.readAllStandardError().constData());

        QProcess zxing;
        zxing.start(m_zxing, { png });
        QVERIFY(zxing.waitForFinished(10000));
        // "Identifier: ]C1" and "Bytes: 30 31 ..." (the payload without the AIM identifier).
        QByteArray aim;
        QByteArray bytes;
        for (const QByteArray &line : zxing.readAllStandardOutput().split('\n')) {
            if (line.startsWith("Identifier:"))
                aim = line.mid(11).trimmed();
            else if (line.startsWith("Bytes:"))
                bytes = QByteArray::fromHex(line.mid(6).simplified().replace(' ', QByteArray()));
        }
        QVERIFY2(!aim.isEmpty() && !bytes.isEmpty(), "ZXingReader found no barcode");

        ScannerConfig c;
        c.aimIdentifiers = true;
        const auto r = ScanParser(c).parse(aim + bytes, kToday);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(test::summary(r.value()), expected);
    }
};

QTEST_GUILESS_MAIN(TestScanParserZint)
#include "tst_scanparser_zint.moc"
