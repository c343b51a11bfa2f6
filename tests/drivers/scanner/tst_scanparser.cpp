// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/gs1.h"
#include "drivers/scanner/gs1syntax.h"
#include "drivers/scanner/scanerror.h"
#include "drivers/scanner/scanparser.h"
#include "scansummary.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <limits>

using namespace ok::scanner;
using ok::scanner::test::summary;

namespace {

// Two-digit years are placed relative to this day (GS1 Gen Specs 7.12: 49 years ahead, 50 back).
const QDate kToday(2025, 6, 15);

ScannerConfig config(const QString &name)
{
    ScannerConfig c;
    if (name == QLatin1String("plain"))
        return c;
    c.aimIdentifiers = true;
    if (name == QLatin1String("aim"))
        return c;
    if (name == QLatin1String("aim-gs~")) {
        c.gsReplacement = '~';
    } else if (name == QLatin1String("aim-reliable")) {
        c.gsReliable = true;
    } else if (name == QLatin1String("framed")) {
        c.prefix = "\x02";
        c.suffix = "\r\n";
    } else if (name == QLatin1String("vm")) {
        for (const char *mask : { "20IIIIIPPP.PPC", "22IIIIIVPP.PPC", "23IIIIIWW.WWWC", "24IIIIIVWW.WWC",
                 "2IIIIIIPPP.PPC", "02IIIIIPPP.PPC" })
            c.variableMeasureLayouts.append(VariableMeasureLayout::fromMask(QString::fromLatin1(mask)).value());
    } else if (name == QLatin1String("bad-layout")) {
        c.variableMeasureLayouts.append(
            VariableMeasureLayout { QStringLiteral("30"), 5, VariableMeasure::Kind::Price, 5, 2, false });
    } else {
        qFatal("unknown test config");
    }
    return c;
}

// The error message, or a marker that the scan was accepted (so a test fails instead of throwing).
QString messageOf(const ok::Result<ScanResult> &r)
{
    return r.ok() ? QStringLiteral("<accepted: %1>").arg(summary(r.value())) : r.error().message;
}

// GS as its own literal: "\x1d" "3103" (a hex escape would swallow the following digits).
#define GS "\x1d"

} // namespace

Q_DECLARE_METATYPE(ok::scanner::ScanError)

class TestScanParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseOk_data()
    {
        QTest::addColumn<QString>("cfg");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *cfg, const QByteArray &raw, const QString &expected) {
            QTest::newRow(name) << QString::fromLatin1(cfg) << raw << expected;
        };
        const QString gtin = QStringLiteral("gtin=09501101530003");

        // --- The GS1-128 vector of docs/devices.md#d10-gs-separators: GTIN, expiry, lot, GS, net
        // weight 3103 = 1.250 kg.
        row("GS1-128 vector", "aim",
            "]C1"
            "0109501101530003"
            "17251231"
            "10ABC" GS "3103001250",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 lot=ABC exp=2025-12-31 g=1250"));
        row("GS1-128 vector, wedge types ~ for GS", "aim-gs~",
            "]C1"
            "0109501101530003"
            "17251231"
            "10ABC~3103001250",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 lot=ABC exp=2025-12-31 g=1250"));
        // With a transport known to keep every GS, "ABC3103001250" is what the symbol says.
        row("no GS, transport reliable", "aim-reliable",
            "]C1"
            "0109501101530003"
            "17251231"
            "10ABC3103001250",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 lot=ABC3103001250 exp=2025-12-31"));
        // A GS elsewhere in the scan proves the transport keeps them: a serial ending in what
        // looks like AI 17 + a date is taken as the serial, not as a lost separator.
        row("GS seen, digits in last serial kept", "aim",
            "]C1"
            "0109501101530003"
            "10ABC" GS "2112317251231",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 lot=ABC serial=12317251231"));
        row("leading FNC1 sent as GS", "aim",
            "]C1" GS "0109501101530003"
            "17251231",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 exp=2025-12-31"));
        row("trailing GS", "aim",
            "]C1"
            "0109501101530003"
            "10ABC" GS,
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 lot=ABC"));

        // --- Every typed AI.
        // SSCC 106141412345678908: data digits from the right 0,9,8,7,6,5,4,3,2,1,4,1,4,1,6,0,1
        // weighted 3,1,3,...: 0+9+24+7+18+5+12+3+6+1+12+1+12+1+18+0+3 = 132 -> check 8.
        row("00 SSCC", "aim",
            "]C1"
            "00106141412345678908",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 sscc=106141412345678908"));
        // The GS1 syntax dictionary: 37 req=00 req=02,8026, so a contained GTIN and its count
        // come on a logistic unit with its SSCC.
        row("00 SSCC, 02 contained GTIN, 37 count (raw)", "aim",
            "]C1"
            "00106141412345678908"
            "0209501101530003"
            "3712",
            QStringLiteral(
                "kind=Gs1 sym=GS1-128 aim=]C1 sscc=106141412345678908 content=09501101530003 other=37:12"));
        // 13 day 00 = last day of Feb 2025 (28); 15 day 00 in Feb 2024, a leap year (29).
        row("11 13 15 16 17 dates, DD=00", "aim",
            "]C1"
            "0109501101530003"
            "11250101"
            "13250200"
            "15240200"
            "16250630"
            "17251231",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 prod=2025-01-01 pack=2025-02-28 "
                           "best=2024-02-29 sell=2025-06-30 exp=2025-12-31"));
        // 12 (due date) belongs to a payment slip: req=8020, and 8020 req=415 (GLN 5412345000013).
        row("12 due date on a payment slip", "aim",
            "]C1"
            "4155412345000013"
            "12250115"
            "8020REF123",
            QStringLiteral(
                "kind=Gs1 sym=GS1-128 aim=]C1 due=2025-01-15 other=415:5412345000013,8020:REF123"));
        // In 2025, YY 75 is 50 years ahead (2075) and YY 76 is 49 years back (1976).
        row("17 century: 75 -> 2075", "aim",
            "]C1"
            "0109501101530003"
            "17750131",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 exp=2075-01-31"));
        row("17 century: 76 -> 1976", "aim",
            "]C1"
            "0109501101530003"
            "17760131",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 exp=1976-01-31"));
        row("21 serial, GS, 30 count", "aim",
            "]C1"
            "0109501101530003"
            "21XYZ-01/7" GS "3012",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 serial=XYZ-01/7 count=12"));
        row("30 count, 8 digits at the end", "aim",
            "]C1"
            "0109501101530003"
            "3012345678",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 count=12345678"));
        // 3100 000002 = 2 kg = 2000 g; 3102 000125 = 1.25 kg = 1250 g; 3105 012300 = 0.12300 kg = 123 g.
        row("3100 whole kg", "aim",
            "]C1"
            "0109501101530003"
            "3100000002",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 g=2000"));
        row("3102 two decimals", "aim",
            "]C1"
            "0109501101530003"
            "3102000125",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 g=1250"));
        row("3105 five decimals, whole grams", "aim",
            "]C1"
            "0109501101530003"
            "3105012300",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 g=123"));
        row("3202 pounds kept raw", "aim",
            "]C1"
            "0109501101530003"
            "3202000150",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 lb=150/2"));
        // A price needs the measure it is the price of (dictionary: 392n req=01 req=30,31nn,...).
        row("3922 price 12.99 of 1.250 kg", "aim",
            "]C1"
            "0109501101530003"
            "3103001250"
            "39221299",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 g=1250 price=1299/2"));
        row("3932 EUR (978) 12.99 of 1.250 kg", "aim",
            "]C1"
            "0109501101530003"
            "3103001250"
            "39329781299",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 g=1250 cur=978:1299/2"));
        row("3932 PLN (985) for a count of 5", "aim",
            "]C1"
            "0109501101530003"
            "305" GS "39329851299",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 count=5 cur=985:1299/2"));
        row("3922 price with 3203 pounds", "aim",
            "]C1"
            "0109501101530003"
            "3203001250"
            "3922499",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 lb=1250/3 price=499/2"));
        // ISO 3166 country codes: 616 Poland, 276 Germany; 423 takes up to five of them.
        row("422 origin Poland", "aim",
            "]C1"
            "0109501101530003"
            "422616",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 other=422:616"));
        row("423 initial processing in Poland and Germany", "aim",
            "]C1"
            "0109501101530003"
            "423616276",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 other=423:616276"));
        row("240, 91, 7003 kept raw", "aim",
            "]C1"
            "0109501101530003"
            "240ABC" GS "91INTERNAL" GS "70032512311200",
            QStringLiteral(
                "kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 other=240:ABC,91:INTERNAL,7003:2512311200"));
        row("identical repeat accepted", "aim",
            "]C1"
            "0109501101530003"
            "17251231"
            "17251231",
            QStringLiteral("kind=Gs1 sym=GS1-128 aim=]C1 gtin=09501101530003 exp=2025-12-31"));

        // --- AIM identifiers of each symbology.
        row("]E0 EAN-13", "aim", "]E04006381333931",
            QStringLiteral("kind=Gtin sym=EAN-13/UPC aim=]E0 gtin=04006381333931 as=4006381333931"));
        row("]E0 EAN-13 PL", "aim", "]E05901234123457",
            QStringLiteral("kind=Gtin sym=EAN-13/UPC aim=]E0 gtin=05901234123457 as=5901234123457"));
        row("]E0 UPC-A 12 digits", "aim", "]E0036000291452",
            QStringLiteral("kind=Gtin sym=EAN-13/UPC aim=]E0 gtin=00036000291452 as=036000291452"));
        // UPC-E 0 123456 5: last digit 6 -> manufacturer 12345, item 00006 -> UPC-A 012345000065.
        row("]E0 UPC-E expanded", "aim", "]E001234565",
            QStringLiteral("kind=Gtin sym=EAN-13/UPC aim=]E0 gtin=00012345000065 as=01234565"));
        row("]E3 EAN-13 + 2-digit add-on", "aim", "]E3400638133393112",
            QStringLiteral("kind=Gtin sym=EAN-13/UPC aim=]E3 gtin=04006381333931 as=4006381333931 addon=12"));
        row("]E4 EAN-8", "aim", "]E496385074",
            QStringLiteral("kind=Gtin sym=EAN-8 aim=]E4 gtin=00000096385074 as=96385074"));
        row("]C0 Code 128 text", "aim", "]C0PICKUP-12345",
            QStringLiteral("kind=Text sym=Code 128 aim=]C0 text=PICKUP-12345"));
        row("]C0 keeps ~ even with gs_replacement ~", "aim-gs~", "]C0ABC~123",
            QStringLiteral("kind=Text sym=Code 128 aim=]C0 text=ABC~123"));
        row("]e0 GS1 DataBar", "aim", "]e00109501101530003",
            QStringLiteral("kind=Gs1 sym=GS1 DataBar aim=]e0 gtin=09501101530003"));
        row("]d1 Data Matrix text", "aim", "]d1hello", QStringLiteral("kind=Text sym=Data Matrix aim=]d1 text=hello"));
        row("]d2 GS1 DataMatrix", "aim",
            "]d2"
            "0109501101530003"
            "17251231"
            "10ABC",
            QStringLiteral("kind=Gs1 sym=GS1 DataMatrix aim=]d2 gtin=09501101530003 lot=ABC exp=2025-12-31"));
        row("]Q1 QR text URL", "aim", "]Q1https://example.com/pickup/ABC123",
            QStringLiteral("kind=Text sym=QR Code aim=]Q1 text=https://example.com/pickup/ABC123"));
        row("]Q1 QR UTF-8 text", "aim", QByteArray("]Q1") + QStringLiteral("Żółć").toUtf8(),
            QStringLiteral("kind=Text sym=QR Code aim=]Q1 text=") + QStringLiteral("Żółć"));
        row("]Q3 GS1 QR", "aim",
            "]Q3"
            "0109501101530003"
            "10ABC" GS "21XYZ",
            QStringLiteral("kind=Gs1 sym=GS1 QR Code aim=]Q3 gtin=09501101530003 lot=ABC serial=XYZ"));
        row("]A0 Code 39, not mapped", "aim", "]A0CODE39", QStringLiteral("kind=Text aim=]A0 text=CODE39"));

        // --- GS1 Digital Link.
        row("DL lot + expiry query", "aim", "]Q1https://id.gs1.org/01/09501101530003/10/ABC?17=251231",
            QStringLiteral("kind=DigitalLink sym=QR Code aim=]Q1 gtin=09501101530003 lot=ABC exp=2025-12-31 "
                           "text=https://id.gs1.org/01/09501101530003/10/ABC?17=251231"));
        row("DL path prefix, serial percent-decoded", "aim",
            "]Q1https://shop.example.com/p/01/09501101530003/21/S%2F123",
            QStringLiteral("kind=DigitalLink sym=QR Code aim=]Q1 gtin=09501101530003 serial=S/123 "
                           "text=https://shop.example.com/p/01/09501101530003/21/S%2F123"));
        row("DL GTIN-13 written short, scheme upper case", "aim", "]Q1HTTPS://id.gs1.org/01/9501101530003",
            QStringLiteral("kind=DigitalLink sym=QR Code aim=]Q1 gtin=09501101530003 as=9501101530003 "
                           "text=HTTPS://id.gs1.org/01/9501101530003"));
        row("DL weight query, non-AI param ignored", "aim",
            "]Q1https://id.gs1.org/01/09501101530003?3103=001250&linkType=gs1:pip",
            QStringLiteral("kind=DigitalLink sym=QR Code aim=]Q1 gtin=09501101530003 g=1250 "
                           "text=https://id.gs1.org/01/09501101530003?3103=001250&linkType=gs1:pip"));
        row("DL 22/10/21 qualifiers in order", "aim", "]Q1https://id.gs1.org/01/09501101530003/22/2A/10/ABC/21/12345",
            QStringLiteral("kind=DigitalLink sym=QR Code aim=]Q1 gtin=09501101530003 lot=ABC serial=12345 other=22:2A "
                           "text=https://id.gs1.org/01/09501101530003/22/2A/10/ABC/21/12345"));
        row("DL origin country query", "aim", "]Q1https://id.gs1.org/01/09501101530003?422=616",
            QStringLiteral("kind=DigitalLink sym=QR Code aim=]Q1 gtin=09501101530003 other=422:616 "
                           "text=https://id.gs1.org/01/09501101530003?422=616"));
        row("DL SSCC", "aim", "]Q1https://id.gs1.org/00/106141412345678908",
            QStringLiteral("kind=DigitalLink sym=QR Code aim=]Q1 sscc=106141412345678908 "
                           "text=https://id.gs1.org/00/106141412345678908"));
        row("DL in Data Matrix", "aim", "]d1https://id.gs1.org/01/09501101530003",
            QStringLiteral("kind=DigitalLink sym=Data Matrix aim=]d1 gtin=09501101530003 "
                           "text=https://id.gs1.org/01/09501101530003"));
        row("URL ending in /01/ is no DL", "aim", "]Q1https://example.com/01/",
            QStringLiteral("kind=Text sym=QR Code aim=]Q1 text=https://example.com/01/"));

        // --- Without AIM identifiers: the content decides.
        row("plain EAN-13", "plain", "4006381333931", QStringLiteral("kind=Gtin gtin=04006381333931 as=4006381333931"));
        row("plain EAN-8", "plain", "96385074", QStringLiteral("kind=Gtin gtin=00000096385074 as=96385074"));
        row("plain UPC-A", "plain", "036000291452", QStringLiteral("kind=Gtin gtin=00036000291452 as=036000291452"));
        row("plain GTIN-14", "plain", "09501101530003", QStringLiteral("kind=Gtin gtin=09501101530003"));
        row("plain GS1 vector", "plain",
            "0109501101530003"
            "17251231"
            "10ABC" GS "3103001250",
            QStringLiteral("kind=Gs1 gtin=09501101530003 lot=ABC exp=2025-12-31 g=1250"));
        row("plain GS1 with leading GS", "plain", GS "0109501101530003", QStringLiteral("kind=Gs1 ") + gtin);
        row("plain Digital Link", "plain", "https://id.gs1.org/01/09501101530003",
            QStringLiteral("kind=DigitalLink gtin=09501101530003 text=https://id.gs1.org/01/09501101530003"));
        row("plain text", "plain", "PICKUP-12345", QStringLiteral("kind=Text text=PICKUP-12345"));
        row("plain 6 digits are text", "plain", "123456", QStringLiteral("kind=Text text=123456"));
        row("in-store code without layouts is a GTIN", "plain", "2012345012349",
            QStringLiteral("kind=Gtin gtin=02012345012349 as=2012345012349"));

        // --- Prefix and suffix.
        row("STX prefix, CR LF suffix", "framed", "\x02]E04006381333931\r\n",
            QStringLiteral("kind=Gtin sym=EAN-13/UPC aim=]E0 gtin=04006381333931 as=4006381333931"));

        // --- In-store variable measure. Check digits by hand (weights 3,1,... from the right):
        // 201234501234|9: 4*3+3+2*3+1+0+5+4*3+3+2*3+1+0+2 = 51 -> 9. Price 012.34 -> 1234 minor units.
        row("VM price 20 IIIII PPP.PP", "vm", "]E02012345012349",
            QStringLiteral("kind=VariableMeasure sym=EAN-13/UPC aim=]E0 vm=20/12345/1234/2 minor=1234"));
        // Price 2875, verifier: 2-(2)=4, 2-(8)=5, 3(7)=1, 5-(5)=3; 13*3 = 39 -> 9.
        // 221234592875|0: 5*3+7+8*3+2+9*3+5+4*3+3+2*3+1+2*3+2 = 110 -> 0.
        row("VM price with verifier", "vm", "]E02212345928750",
            QStringLiteral("kind=VariableMeasure sym=EAN-13/UPC aim=]E0 vm=22/12345/2875/2 minor=2875"));
        // 235432101250|0: 0+5+2*3+1+0+1+2*3+3+4*3+5+3*3+2 = 50 -> 0. Weight 01.250 kg = 1250 g.
        row("VM weight WW.WWW", "vm", "]E02354321012500",
            QStringLiteral("kind=VariableMeasure sym=EAN-13/UPC aim=]E0 vm=23/54321/1250/3 grams=1250"));
        // Weight 0150 with verifier: 2-(0)=0, 2-(1)=2, 3(5)=5, 5-(0)=0; 7*3 = 21 -> 1.
        // 241111110150|6: 0+5+1*3+0+1*3+1+1*3+1+1*3+1+4*3+2 = 34 -> 6. 01.50 kg = 1500 g.
        row("VM weight with verifier", "vm", "]E02411111101506",
            QStringLiteral("kind=VariableMeasure sym=EAN-13/UPC aim=]E0 vm=24/11111/150/2 grams=1500"));
        // Prefix 25 has no own layout: the catch-all "2" layout reads it (longest prefix wins for 20-24).
        // 250000100099|6: 9*3+9+0+0+0+1+0+0+0+0+5*3+2 = 54 -> 6.
        row("VM catch-all prefix 2", "vm", "]E02500001000996",
            QStringLiteral("kind=VariableMeasure sym=EAN-13/UPC aim=]E0 vm=2/500001/99/2 minor=99"));
        // UPC-A number system 2, read as 13 digits 0212345001998: check of 21234500199 = 8.
        row("VM UPC-A number system 2", "vm", "]E0212345001998",
            QStringLiteral("kind=VariableMeasure sym=EAN-13/UPC aim=]E0 vm=02/12345/199/2 minor=199"));
        row("VM config, ordinary EAN", "vm", "]E04006381333931",
            QStringLiteral("kind=Gtin sym=EAN-13/UPC aim=]E0 gtin=04006381333931 as=4006381333931"));
    }

    void parseOk()
    {
        QFETCH(QString, cfg);
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        const auto r = ScanParser(config(cfg)).parse(raw, kToday);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().code + QLatin1String(": ") + r.error().message));
        QCOMPARE(summary(r.value()), expected);
        QCOMPARE(r->raw, raw);
    }

    void parseError_data()
    {
        QTest::addColumn<QString>("cfg");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<ScanError>("code");
        QTest::addColumn<QString>("message"); // must appear in the message
        const auto row
            = [](const char *name, const char *cfg, const QByteArray &raw, ScanError code, const char *message) {
                  QTest::newRow(name) << QString::fromLatin1(cfg) << raw << code << QString::fromUtf8(message);
              };
        row("empty", "plain", "", ScanError::EmptyScan, "empty scan: the scanner sent no data");
        row("AIM only", "aim", "]E0", ScanError::EmptyScan, "AIM identifier ]E0 and no data");
        row("prefix and suffix only", "framed", "\x02\r\n", ScanError::EmptyScan,
            "nothing between the configured prefix and suffix");
        row("GS only", "aim", "]C1" GS, ScanError::EmptyScan, "holds no element strings");
        row("AIM expected", "aim", "4006381333931", ScanError::MissingAimIdentifier, "has no AIM symbology identifier");
        row("AIM not expected", "plain", "]E04006381333931", ScanError::UnexpectedAimIdentifier,
            "starts with the AIM identifier ]E0 but aim = false");
        row("prefix missing", "framed", "]E04006381333931\r\n", ScanError::MissingPrefix,
            "does not start with the configured prefix \"\\x02\"");
        row("suffix missing", "framed", "\x02]E04006381333931", ScanError::MissingSuffix,
            "does not end with the configured suffix \"\\r\\n\" (it ends with \"31\")");

        // Check digits: 0950110153000|3 is right, so ...8 is wrong.
        row("bad GTIN-14", "plain", "09501101530008", ScanError::CheckDigit,
            "GTIN-14 09501101530008: check digit wrong (expected 3, got 8)");
        row("bad EAN-13", "aim", "]E04006381333932", ScanError::CheckDigit,
            "EAN-13 4006381333932: check digit wrong (expected 1, got 2)");
        row("bad EAN-8", "aim", "]E496385075", ScanError::CheckDigit,
            "EAN-8 96385075: check digit wrong (expected 4, got 5)");
        row("bad UPC-E", "aim", "]E001234566", ScanError::CheckDigit, "check digit wrong (expected 5, got 6)");
        row("bad AI 01", "aim",
            "]C1"
            "0109501101530008",
            ScanError::CheckDigit, "GTIN (AI 01) 09501101530008: check digit wrong (expected 3, got 8)");
        row("bad SSCC", "aim",
            "]C1"
            "00106141412345678909",
            ScanError::CheckDigit, "SSCC (AI 00) 106141412345678909: check digit wrong (expected 8, got 9)");
        row("bad in-store EAN", "vm", "]E02012345012348", ScanError::CheckDigit,
            "EAN-13 2012345012348: check digit wrong (expected 9, got 8)");
        // Verifier 8 where 2875 gives 9; the EAN check digit 3 of 221234582875 is right.
        row("wrong price verifier", "vm", "]E02212345828753", ScanError::PriceVerifier,
            "in-store code 2212345828753: price verifier digit wrong (expected 9, got 8)");

        row("letter in EAN", "aim", "]E040063813339X1", ScanError::InvalidCharacter,
            "contains 'X' at position 12; only digits are allowed");
        row("letter in AI 01", "aim",
            "]C1"
            "010950110153000A",
            ScanError::InvalidCharacter,
            "GTIN (AI 01) \"0950110153000A\": 'A' at position 14: only digits are allowed");
        row("non-ASCII in EAN", "aim",
            "]E0"
            "400638133393"
            "\xC3\xA9",
            ScanError::InvalidBytes, "byte 0xC3 at position 13");
        row("EAN 11 digits", "aim", "]E040063813339", ScanError::BadLength, "EAN/UPC scan has 11 digits");
        row("EAN-8 with 13 digits", "aim", "]E44006381333931", ScanError::BadLength,
            "EAN-8 scan has 13 digits; expected 8");

        row("truncated 17 at end", "aim",
            "]C1"
            "0109501101530003"
            "1725123",
            ScanError::TruncatedField, "fixed-length AI 17 truncated: needs 6 characters, got 5 (\"25123\")");
        row("truncated 17 before GS", "aim",
            "]C1"
            "0109501101530003"
            "1725" GS "10ABC",
            ScanError::TruncatedField, "fixed-length AI 17 truncated: needs 6 characters, got 2 (\"25\") before a GS");
        row("truncated 01", "aim",
            "]C1"
            "01095011015300",
            ScanError::TruncatedField, "fixed-length AI 01 truncated: needs 14 characters, got 12 (\"095011015300\")");
        row("cut inside an AI", "aim",
            "]C1"
            "0109501101530003"
            "3",
            ScanError::TruncatedField, "incomplete Application Identifier \"3\" at position 17");

        row("lot swallowed the weight", "aim",
            "]C1"
            "0109501101530003"
            "17251231"
            "10ABC3103001250",
            ScanError::MissingSeparator,
            "lot field swallowed the net weight (AI 3103): GS separator missing after \"ABC\"");
        row("lot swallowed the weight, no AIM", "plain",
            "0109501101530003"
            "17251231"
            "10ABC3103001250",
            ScanError::MissingSeparator, "lot field swallowed the net weight (AI 3103): GS separator missing");
        row("count swallowed the expiry", "aim",
            "]C1"
            "0109501101530003"
            "3012"
            "17251231",
            ScanError::MissingSeparator,
            "count field swallowed the expiry date (AI 17): GS separator missing after \"12\"");
        row("lot too long", "aim",
            "]C1"
            "0109501101530003"
            "10ABCDEFGHIJKLMNOPQRSTU",
            ScanError::FieldTooLong, "lot (AI 10) is 21 characters long; at most 20 are allowed");
        row("count too long", "aim",
            "]C1"
            "0109501101530003"
            "30123456789" GS "10A",
            ScanError::FieldTooLong, "count (AI 30) is 9 characters long; at most 8 are allowed");
        row("empty lot", "aim",
            "]C1"
            "0109501101530003"
            "10" GS "17251231",
            ScanError::EmptyField, "lot (AI 10) is empty");
        row("two GS", "aim",
            "]C1"
            "0109501101530003" GS GS "10ABC",
            ScanError::InvalidCharacter, "two GS separators in a row at position 18");

        row("date month 13", "aim",
            "]C1"
            "0109501101530003"
            "17251332",
            ScanError::InvalidDate, "expiry date (AI 17): date 251332 is not a valid date (month 13)");
        row("date 29 Feb 2025", "aim",
            "]C1"
            "0109501101530003"
            "11250229",
            ScanError::InvalidDate, "production date (AI 11): date 250229 is not a valid date (day 29)");
        row("date month 00", "aim",
            "]C1"
            "0109501101530003"
            "17250000",
            ScanError::InvalidDate, "expiry date (AI 17): date 250000 is not a valid date (month 00)");

        row("AI 3106 does not exist", "aim",
            "]C1"
            "0109501101530003"
            "3106001250",
            ScanError::UnknownAi, "unknown AI 3106 at position 17: no GS1 Application Identifier starts with 3106");
        row("AI 44 does not exist", "aim",
            "]C1"
            "0109501101530003"
            "44123",
            ScanError::UnknownAi, "unknown AI 44 at position 17");
        row("letter where an AI belongs", "aim",
            "]C1"
            "X109501101530003",
            ScanError::UnknownAi, "expected an Application Identifier at position 1, found 'X'");

        row("~ in lot", "aim",
            "]C1"
            "0109501101530003"
            "10AB~C",
            ScanError::InvalidCharacter, "lot (AI 10) \"AB~C\": '~' at position 3: it is not a GS1 data character");
        row("non-ASCII in GS1", "aim",
            "]C1"
            "0109501101530003"
            "10AB\xC3\xA9",
            ScanError::InvalidBytes, "GS1 scan contains byte 0xC3 at position 21");
        row("expiry twice, different", "aim",
            "]C1"
            "0109501101530003"
            "17251231"
            "17260101",
            ScanError::ConflictingAi,
            "expiry date (AI 17) appears twice with different data (\"251231\" and \"260101\")");
        row("01 with 02", "aim",
            "]C1"
            "0109501101530003"
            "0209501101530003",
            ScanError::ConflictingAi, "GTIN (AI 01) and contained GTIN (AI 02) exclude each other");
        row("3102 and 3103", "aim",
            "]C1"
            "0109501101530003"
            "3102000125"
            "3103001250",
            ScanError::ConflictingAi, "the scan has two net weight element strings (AI 3102 and AI 3103)");
        row("392n with 393n", "aim",
            "]C1"
            "0109501101530003"
            "39221299" GS "39329781299",
            ScanError::ConflictingAi, "price (AI 3922) and price with currency (AI 3932) exclude each other");
        // The GS1 syntax dictionary's ex= and req= rules, and its ISO code lists.
        row("01 with 37 (dictionary ex=)", "aim",
            "]C1"
            "0109501101530003"
            "3712",
            ScanError::ConflictingAi,
            "GTIN (AI 01) and AI 37 (COUNT) exclude each other; this is not a valid GS1 code");
        row("3922 price without a count or measure", "aim",
            "]C1"
            "0109501101530003"
            "39221299",
            ScanError::MissingRequiredAi,
            "price (AI 3922) needs one of count (AI 30), AI 31nn, AI 32nn, AI 35nn or AI 36nn in the same code");
        row("3922 price without a GTIN", "aim",
            "]C1"
            "39221299" GS "3103001250",
            ScanError::MissingRequiredAi, "price (AI 3922) needs GTIN (AI 01) in the same code");
        row("3932 price with currency without a count or measure", "aim",
            "]C1"
            "0109501101530003"
            "39329781299",
            ScanError::MissingRequiredAi,
            "price with currency (AI 3932) needs one of count (AI 30), AI 31nn, AI 32nn, AI 35nn or AI 36nn");
        row("02 contained GTIN without 37 count", "aim",
            "]C1"
            "00106141412345678908"
            "0209501101530003",
            ScanError::MissingRequiredAi, "contained GTIN (AI 02) needs AI 37 (COUNT) in the same code");
        row("422 country 999 does not exist", "aim",
            "]C1"
            "0109501101530003"
            "422999",
            ScanError::NotInCodeList,
            "AI 422 (ORIGIN) \"999\": 999 is not an ISO 3166 country code; this is not a valid GS1 code");
        row("422 country 000 does not exist", "aim",
            "]C1"
            "0109501101530003"
            "422000",
            ScanError::NotInCodeList, "000 is not an ISO 3166 country code");
        row("423 second country 999", "aim",
            "]C1"
            "0109501101530003"
            "423616999",
            ScanError::NotInCodeList, "999 is not an ISO 3166 country code");
        row("423 ends inside a country code", "aim",
            "]C1"
            "0109501101530003"
            "4236161",
            ScanError::TruncatedField, "\"6161\" is cut short: it ends inside a part of 3 characters (\"1\")");
        row("3932 currency 000 does not exist", "aim",
            "]C1"
            "0109501101530003"
            "3103001250"
            "39320001299",
            ScanError::NotInCodeList,
            "price with currency (AI 3932) \"0001299\": 000 is not an ISO 4217 currency code");
        row("DL price without a measure", "aim", "]Q1https://id.gs1.org/01/09501101530003?3922=1299",
            ScanError::MissingRequiredAi, "price (AI 3922) needs one of count (AI 30)");
        row("DL origin country 999", "aim", "]Q1https://id.gs1.org/01/09501101530003?422=999", ScanError::NotInCodeList,
            "999 is not an ISO 3166 country code");
        row("sub-gram weight", "aim",
            "]C1"
            "0109501101530003"
            "3105012345",
            ScanError::UnsupportedPrecision,
            "net weight (AI 3105) 012345 has 5 decimals of a kilogram, finer than a gram");

        row("DL bad check digit", "aim", "]Q1https://id.gs1.org/01/09501101530008", ScanError::CheckDigit,
            "GTIN (AI 01) 09501101530008: check digit wrong (expected 3, got 8)");
        row("DL bad date", "aim", "]Q1https://id.gs1.org/01/09501101530003/10/ABC?17=251332", ScanError::InvalidDate,
            "date 251332 is not a valid date");
        row("DL qualifiers out of order", "aim", "]Q1https://id.gs1.org/01/09501101530003/21/X/10/ABC",
            ScanError::BadDigitalLink, "\"/10/\" is not allowed at this place");
        row("DL bad percent-encoding", "aim", "]Q1https://id.gs1.org/01/09501101530003/10/AB%ZZ",
            ScanError::BadDigitalLink, "bad percent-encoding in the value of AI 10");
        row("DL decodes to a non-GS1 character", "aim", "]Q1https://id.gs1.org/01/09501101530003/10/AB%7EC",
            ScanError::InvalidCharacter, "'~' at position 3");

        row("garbage bytes", "plain",
            "\xff\xfe"
            "ABC",
            ScanError::InvalidBytes, "not valid UTF-8");
        row("broken UTF-8 in QR", "aim", "]Q1\xc3\x28", ScanError::InvalidBytes, "not valid UTF-8");
        row("NUL byte", "plain", QByteArray("AB\0C", 4), ScanError::InvalidBytes, "control byte 0x00 at position 3");
        row("bad layout", "bad-layout", "]E04006381333931", ScanError::InvalidConfig,
            "prefix 30 is not an in-store prefix");
    }

    void parseError()
    {
        QFETCH(QString, cfg);
        QFETCH(QByteArray, raw);
        QFETCH(ScanError, code);
        QFETCH(QString, message);
        const auto r = ScanParser(config(cfg)).parse(raw, kToday);
        QVERIFY2(!r.ok(), qPrintable(r.ok() ? summary(r.value()) : QString()));
        QCOMPARE(r.error().code, scanErrorCode(code));
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    // Whole messages, as a person reads them.
    void exactMessages()
    {
        const ScanParser aim(config(QStringLiteral("aim")));
        QCOMPARE(messageOf(aim.parse("]C1"
                                     "0109501101530003"
                                     "17251231"
                                     "10ABC3103001250",
                     kToday)),
            QStringLiteral(
                "lot field swallowed the net weight (AI 3103): GS separator missing after \"ABC\" (AI 10 read as "
                "\"ABC3103001250\"); set the scanner to transmit GS, or configure gs_replacement"));
        QCOMPARE(messageOf(aim.parse("]E04006381333932", kToday)),
            QStringLiteral("EAN-13 4006381333932: check digit wrong (expected 1, got 2)"));
        QCOMPARE(messageOf(aim.parse("]C1"
                                     "0109501101530003"
                                     "17251332",
                     kToday)),
            QStringLiteral("expiry date (AI 17): date 251332 is not a valid date (month 13)"));
        QCOMPARE(messageOf(aim.parse("]C1"
                                     "0109501101530003"
                                     "1725123",
                     kToday)),
            QStringLiteral("fixed-length AI 17 truncated: needs 6 characters, got 5 (\"25123\")"));
        QCOMPARE(messageOf(aim.parse("]C1"
                                     "0109501101530003"
                                     "99X" GS "44123",
                     kToday)),
            QStringLiteral("unknown AI 44 at position 21: no GS1 Application Identifier starts with 44"));
        QCOMPARE(messageOf(ScanParser(config(QStringLiteral("vm"))).parse("]E02212345828753", kToday)),
            QStringLiteral(
                "in-store code 2212345828753: price verifier digit wrong (expected 9, got 8) for value 2875; "
                "rescan, or check the layout \"22IIIIIVPP.PPC\""));
    }

    // Every single-digit misread of a valid code is rejected, never read as another product.
    void singleDigitErrorsNeverAnotherProduct()
    {
        const ScanParser plain;
        const ScanParser aim(config(QStringLiteral("aim")));
        const QByteArray ean = "4006381333931";
        const QByteArray gs1 = "]C1"
                               "0109501101530003"
                               "17251231"
                               "10ABC" GS "3103001250";
        int rejected = 0;
        for (qsizetype i = 0; i < ean.size(); ++i) {
            for (char d = '0'; d <= '9'; ++d) {
                if (d == ean[i])
                    continue;
                QByteArray bad = ean;
                bad[i] = d;
                const auto r = plain.parse(bad, kToday);
                QVERIFY2(!r.ok(), bad.constData());
                QCOMPARE(r.error().code, scanErrorCode(ScanError::CheckDigit));
                ++rejected;
            }
        }
        // The GTIN digits of the GS1 vector: positions 5..18 of the raw scan.
        for (qsizetype i = 5; i < 5 + 14; ++i) {
            for (char d = '0'; d <= '9'; ++d) {
                if (d == gs1[i])
                    continue;
                QByteArray bad = gs1;
                bad[i] = d;
                QVERIFY(!aim.parse(bad, kToday).ok());
                ++rejected;
            }
        }
        QCOMPARE(rejected, 13 * 9 + 14 * 9);
    }

    void dataAfterReplacement()
    {
        ScannerConfig c = config(QStringLiteral("aim-gs~"));
        c.prefix = "#"; // not GS1 data, but stripped before the replacement applies
        const auto r = ScanParser(c).parse("#]C1"
                                           "0109501101530003"
                                           "10ABC~3103001250",
            kToday);
        QVERIFY(r.ok());
        QCOMPARE(r->raw,
            QByteArray("#]C1"
                       "0109501101530003"
                       "10ABC~3103001250"));
        QCOMPARE(r->data,
            QByteArray("0109501101530003"
                       "10ABC" GS "3103001250"));
        QCOMPARE(r->gs1.toHumanReadable(), QStringLiteral("(01)09501101530003(10)ABC(3103)001250"));
        const QList<Gs1Element> expected = { { QStringLiteral("01"), QStringLiteral("09501101530003") },
            { QStringLiteral("10"), QStringLiteral("ABC") }, { QStringLiteral("3103"), QStringLiteral("001250") } };
        QCOMPARE(r->gs1.elements, expected);
        QVERIFY(r->gs1.otherElements.isEmpty());
    }

    void variableMeasureFields()
    {
        const auto r = ScanParser(config(QStringLiteral("vm"))).parse("]E02212345928750", kToday);
        QVERIFY(r.ok());
        QVERIFY(r->gtin.isEmpty()); // an in-store code is not a GTIN: look up the item reference
        QVERIFY(r->variableMeasure.has_value());
        QCOMPARE(r->variableMeasure->code, QStringLiteral("2212345928750"));
        QCOMPARE(r->variableMeasure->itemReference, QStringLiteral("12345"));
        QCOMPARE(r->variableMeasure->priceMinor, qint64(2875));
        // A currency without minor units cannot carry a price with 2 decimals: the config says so.
        ScannerConfig c = config(QStringLiteral("vm"));
        c.currencyExponent = 0;
        const auto invalid = ScanParser(c).parse("]E02212345928750", kToday);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().code, scanErrorCode(ScanError::InvalidConfig));
        // A price with fewer decimals than the currency is scaled up exactly: NOK 0 decimals -> øre.
        c.currencyExponent = 2;
        c.variableMeasureLayouts = { VariableMeasureLayout::fromMask(u"20IIIIIPPPPPC").value() };
        const auto nok = ScanParser(c).parse("]E02012345012349", kToday);
        QVERIFY(nok.ok());
        QCOMPARE(nok->variableMeasure->priceMinor, qint64(123400));
    }

    void todayOverload()
    {
        const auto r = ScanParser().parse("5901234123457");
        QVERIFY(r.ok());
        QCOMPARE(r->gtin, QStringLiteral("05901234123457"));
    }

    void checkDigit_data()
    {
        QTest::addColumn<QByteArray>("digits");
        QTest::addColumn<int>("expected");
        QTest::newRow("GTIN-13 data") << QByteArray("400638133393") << 1;
        QTest::newRow("GTIN-14 data") << QByteArray("0950110153000") << 3;
        QTest::newRow("SSCC data") << QByteArray("10614141234567890") << 8;
        QTest::newRow("GSIN 17 digits: 3 weights wrap") << QByteArray("0000000000000000") << 0;
        QTest::newRow("one digit: 7*3 = 21 -> 9") << QByteArray("7") << 9;
        QTest::newRow("letter") << QByteArray("40063813339X") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }

    void checkDigit()
    {
        QFETCH(QByteArray, digits);
        QFETCH(int, expected);
        QCOMPARE(gs1::checkDigit(digits), expected);
    }

    void priceVerifier_data()
    {
        QTest::addColumn<QByteArray>("price");
        QTest::addColumn<int>("expected");
        // 2-: 0246891357, 3: 0369258147, 5-: 0594837261; sum * 3, units digit.
        QTest::newRow("2875: 4+5+1+3 = 13, 39") << QByteArray("2875") << 9;
        QTest::newRow("0150: 0+2+5+0 = 7, 21") << QByteArray("0150") << 1;
        QTest::newRow("1234: 2+4+9+8 = 23, 69") << QByteArray("1234") << 9;
        QTest::newRow("9999: 7+7+7+1 = 22, 66") << QByteArray("9999") << 6;
        QTest::newRow("0000") << QByteArray("0000") << 0;
        QTest::newRow("5555: 9+9+5+3 = 26, 78") << QByteArray("5555") << 8;
        QTest::newRow("three digits") << QByteArray("123") << -1;
        QTest::newRow("letter") << QByteArray("12a4") << -1;
    }

    void priceVerifier()
    {
        QFETCH(QByteArray, price);
        QFETCH(int, expected);
        QCOMPARE(gs1::priceVerifierDigit(price), expected);
    }

    void decimalScaling()
    {
        QCOMPARE(Decimal({ 1250, 3 }).scaledTo(3), std::optional<qint64>(1250));
        QCOMPARE(Decimal({ 125, 2 }).scaledTo(3), std::optional<qint64>(1250));
        QCOMPARE(Decimal({ 12300, 5 }).scaledTo(3), std::optional<qint64>(123));
        QCOMPARE(Decimal({ 12345, 5 }).scaledTo(3), std::optional<qint64>());
        QCOMPARE(Decimal({ 1234, 0 }).scaledTo(2), std::optional<qint64>(123400));
        QCOMPARE(Decimal({ std::numeric_limits<qint64>::max() / 5, 0 }).scaledTo(1), std::optional<qint64>());
    }

    // The compiled-in GS1 Barcode Syntax Dictionary and ISO code lists load, with the rules the
    // parser relies on.
    void syntaxDictionaryLoads()
    {
        const auto &syntax = gs1::Syntax::builtIn();
        QVERIFY2(syntax.ok(), qPrintable(syntax.ok() ? QString() : syntax.error().message));
        QVERIFY(syntax->ais().size() > 500); // every AI, ranges expanded
        QVERIFY(syntax->ais().contains("3103"));
        QVERIFY(!syntax->ais().contains("3106"));

        const gs1::AiRule *price = syntax->rule("3922");
        QVERIFY(price);
        QCOMPARE(price->first, QByteArray("3920"));
        QCOMPARE(price->last, QByteArray("3929"));
        QVERIFY(!price->predefinedLength);
        QCOMPARE(price->title, QStringLiteral("PRICE"));
        const QList<QList<QList<QByteArray>>> priceRequisites
            = { { { "01" } }, { { "30" }, { "31nn" }, { "32nn" }, { "35nn" }, { "36nn" } } };
        QCOMPARE(price->requisites, priceRequisites);
        QCOMPARE(price->exclusions, (QList<QByteArray> { "392n", "393n" }));

        const gs1::AiRule *weight = syntax->rule("3103");
        QVERIFY(weight && weight->predefinedLength);
        QCOMPARE(weight->minLength(), 6);
        QCOMPARE(weight->maxLength(), 6);

        // "N3,iso3166 [N3],iso3166 ..." : 3 to 15 digits in parts of three.
        const gs1::AiRule *initialProcess = syntax->rule("423");
        QVERIFY(initialProcess);
        QCOMPARE(initialProcess->components.size(), 5);
        QCOMPARE(initialProcess->minLength(), 3);
        QCOMPARE(initialProcess->maxLength(), 15);
        QVERIFY(initialProcess->components[1].optional);
        QCOMPARE(initialProcess->components[1].linters, QList<gs1::Linter> { gs1::Linter::Iso3166 });

        // "req=01+21,..." groups (AI 8030).
        const gs1::AiRule *digSig = syntax->rule("8030");
        QVERIFY(digSig);
        QVERIFY(digSig->requisites.front().contains(QList<QByteArray> { "01", "21" }));

        QVERIFY(syntax->isCountry("616")); // Poland
        QVERIFY(syntax->isCountry("004")); // Afghanistan, the first
        QVERIFY(!syntax->isCountry("999"));
        QVERIFY(!syntax->isCountry("000"));
        QVERIFY(syntax->isCountryAlpha2("PL"));
        QVERIFY(!syntax->isCountryAlpha2("XX"));
        QVERIFY(syntax->isCurrency("978")); // EUR
        QVERIFY(syntax->isCurrency("985")); // PLN
        QVERIFY(!syntax->isCurrency("000"));

        QVERIFY(syntax->isAiPrefix("3"));
        QVERIFY(syntax->isAiPrefix("392"));
        QVERIFY(!syntax->isAiPrefix("44"));
        QVERIFY(!syntax->isAiPrefix("01")); // an AI, not the start of a longer one
        // Linters the till does not apply are known by name (docs/devices.md lists them).
        QVERIFY(syntax->uncheckedLinters().contains(QStringLiteral("key")));
        QVERIFY(!syntax->uncheckedLinters().contains(QStringLiteral("csum")));
    }

    void matchesPattern()
    {
        QVERIFY(gs1::matchesPattern("392n", "3922"));
        QVERIFY(gs1::matchesPattern("31nn", "3103"));
        QVERIFY(gs1::matchesPattern("01", "01"));
        QVERIFY(!gs1::matchesPattern("392n", "3932"));
        QVERIFY(!gs1::matchesPattern("31nn", "310"));
        QVERIFY(!gs1::matchesPattern("01", "010"));
    }

    void syntaxDictionaryErrors_data()
    {
        QTest::addColumn<QByteArray>("dictionary");
        QTest::addColumn<QByteArray>("iso3166");
        QTest::addColumn<QByteArray>("iso4217");
        QTest::addColumn<QString>("message"); // must appear in the error message
        const QByteArray countries = "616 PL POL Poland\n";
        const QByteArray currencies = "985 PLN Zloty\n";
        const auto row = [&](const char *name, const QByteArray &dictionary, const char *message) {
            QTest::newRow(name) << dictionary << countries << currencies << QString::fromUtf8(message);
        };
        row("AI with a letter", "# comment\n\n0A   * N6\n", "gs1-syntax-dictionary.txt, line 3: \"0A\" is not an AI");
        row("AI of five digits", "01234  N6\n", "line 1: \"01234\" is not an AI");
        row("range backwards", "3105-3100 * N6\n", "line 1: \"3105-3100\" is not an AI");
        row("no format", "01 *    # GTIN\n", "line 1: AI 01 has no format specification");
        row("type without length", "01 * N\n", "line 1: \"N\" is not a format component");
        row("unknown type letter", "01 * Q14\n", "line 1: AI 01 has no format specification");
        row("unknown type letter later", "10 N2 Q3\n", "line 1: \"Q3\" is neither a format component nor an attribute");
        row("length 0", "10 X..0\n", "line 1: component \"X..0\": length 0 is outside 1..90");
        row("too long", "10 X..90 X..20\n", "line 1: only the last format component may have a variable length");
        row("longer than GS1 allows", "10 X50 X50\n", "line 1: AI 10: the data may be 100 characters long");
        row("mandatory after optional", "10 [N2] N2\n", "line 1: a mandatory format component follows an optional one");
        row("unclosed optional", "10 [N2 \n", "line 1: optional component \"[N2\" has no closing ']'");
        row("bad linter name", "10 N2,Csum\n", "line 1: component \"N2,Csum\": empty or malformed linter name");
        row("empty linter", "10 N2,\n", "line 1: component \"N2,\": empty or malformed linter name");
        row("bad req pattern", "01 * N14\n10 X..20 req=01,A1\n",
            "line 2: req=01,A1: \"A1\" is not an AI or AI pattern");
        row("empty ex", "01 * N14\n10 X..20 ex=\n", "line 2: ex=: \"\" is not an AI or AI pattern");
        row("req matches no AI", "01 * N14\n10 X..20 req=02\n", "line 2: AI 10: \"02\" in req=/ex= matches no AI");
        row("component after attributes", "01 * N14\n10 X..20 req=01 N3\n",
            "line 2: format component \"N3\" after the attributes");
        row("garbage attribute", "01 * N14\n10 X..20 %%%\n",
            "line 2: \"%%%\" is neither a format component nor an attribute");
        row("AI twice", "01 * N14\n3100-3105 * N6\n3103 * N6\n", "line 3: AI 3103 is already defined on line 2");
        row("AI starts another", "01 * N14\n011 N3\n", "line 2: AI 011 starts with AI 01 (line 1)");
        row("predefined but variable", "10 * X..20\n",
            "line 1: AI 10 is flagged '*' (predefined length) but its length varies");
        row("empty dictionary", "# only comments\n", "GS1 data file gs1-syntax-dictionary.txt: no AI entries");
        QTest::newRow("country code of two digits")
            << QByteArray("01 * N14\n") << QByteArray("# c\n61 PL POL Poland\n") << currencies
            << QStringLiteral("iso3166-1.txt, line 2: expected \"NNN AA AAA Name\"");
        QTest::newRow("country twice")
            << QByteArray("01 * N14\n") << QByteArray("616 PL POL Poland\n616 PL POL Poland\n") << currencies
            << QStringLiteral("iso3166-1.txt, line 2: country 616 PL is listed twice");
        QTest::newRow("currency without letters")
            << QByteArray("01 * N14\n") << countries << QByteArray("985\n")
            << QStringLiteral("iso4217.txt, line 1: expected \"NNN AAA Name\"");
        QTest::newRow("no currencies") << QByteArray("01 * N14\n") << countries << QByteArray("# none\n")
                                       << QStringLiteral("GS1 data file iso4217.txt: no currency codes");
    }

    void syntaxDictionaryErrors()
    {
        QFETCH(QByteArray, dictionary);
        QFETCH(QByteArray, iso3166);
        QFETCH(QByteArray, iso4217);
        QFETCH(QString, message);
        const auto r = gs1::Syntax::parse(dictionary, iso3166, iso4217);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("gs1.data.bad-line"));
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    // Every line of the real dictionary, cut short at every position, is either read or
    // reported with its line number: never a crash, never a silently wrong rule.
    void syntaxDictionaryTruncatedLines()
    {
        QFile f(QStringLiteral(":/omnikiosk/gs1/gs1-syntax-dictionary.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray countries = "616 PL POL Poland\n";
        const QByteArray currencies = "985 PLN Zloty\n";
        int parsed = 0;
        int reported = 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            for (qsizetype cut = 1; cut <= line.size(); ++cut) {
                const auto r = gs1::Syntax::parse(line.left(cut), countries, currencies);
                if (r.ok()) {
                    ++parsed;
                    QVERIFY(!r->ais().isEmpty());
                } else {
                    ++reported;
                    QVERIFY2(r.error().message.contains(QLatin1String("line 1:")), qPrintable(r.error().message));
                }
            }
        }
        QVERIFY(parsed > 0);
        QVERIFY(reported > 0);
    }

    void errorCodesRoundTrip()
    {
        QSet<QString> seen;
        for (int i = int(ScanError::EmptyScan); i <= int(ScanError::StreamTruncated); ++i) {
            const auto e = ScanError(i);
            const QString code = scanErrorCode(e);
            QVERIFY(code.startsWith(QLatin1String("scanner.")));
            QVERIFY2(!seen.contains(code), qPrintable(code));
            seen.insert(code);
            QCOMPARE(scanErrorFromCode(code), std::optional<ScanError>(e));
        }
        QCOMPARE(seen.size(), 28);
        QCOMPARE(scanErrorFromCode(u"config.bad-value"), std::optional<ScanError>());
    }
};

QTEST_GUILESS_MAIN(TestScanParser)
#include "tst_scanparser.moc"
