// SPDX-License-Identifier: GPL-3.0-or-later
// Single ESC/POS commands against the golden vectors of docs/devices.md#d2-protocol-bytes-by-name
// and hand-computed bytes.
#include "drivers/printer/commands.h"
#include "drivers/printer/monobitmap.h"

#include <QImage>
#include <QTest>

using namespace ok::escpos;

namespace {

QByteArray hex(const char *spaced)
{
    return QByteArray::fromHex(QByteArray(spaced).replace(' ', ""));
}

// Test-side Code 128 decoder for Epson data: "{B" text, "{C" digit pairs, "{{" literal '{'.
QString decodeCode128(const QByteArray &data)
{
    QString out;
    char set = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '{' && i + 1 < data.size() && data.at(i + 1) != '{') {
            set = data.at(++i);
            continue;
        }
        if (set == 'C') {
            out += QStringLiteral("%1").arg(int(static_cast<quint8>(c)), 2, 10, QLatin1Char('0'));
        } else {
            if (c == '{')
                ++i;
            out += QLatin1Char(c);
        }
    }
    return out;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenQrCode()
    {
        // docs/devices.md#d2-protocol-bytes-by-name: QR "1234", model 2, size 3, level L.
        QCOMPARE(command::qrCode("1234", 3, QrErrorLevel::L),
            hex("1D 28 6B 04 00 31 41 32 00 1D 28 6B 03 00 31 43 03 1D 28 6B 03 00 31 45 30 "
                "1D 28 6B 07 00 31 50 30 31 32 33 34 1D 28 6B 03 00 31 51 30"));
    }

    void qrCodeLevelsAndLongStore()
    {
        QCOMPARE(command::qrCode("A", 8, QrErrorLevel::H).mid(17, 8), hex("1D 28 6B 03 00 31 45 33"));
        QCOMPARE(command::qrCode("A", 8, QrErrorLevel::M).mid(8 + 8, 1), hex("08"));
        QCOMPARE(command::qrCode("A", 99, QrErrorLevel::M).at(16), char(16)); // module size clamped
        const QByteArray payload(300, 'x');
        const QByteArray bytes = command::qrCode(payload, 4, QrErrorLevel::Q);
        // store: pL + 256 pH = 303 = 0x012F
        QCOMPARE(bytes.mid(25, 8), hex("1D 28 6B 2F 01 31 50 30"));
        QCOMPARE(bytes.size(), 25 + 8 + 300 + 8);
        QVERIFY(command::qrCode("", 3, QrErrorLevel::L).isEmpty());
    }

    void goldenRaster()
    {
        // docs/devices.md#d2-protocol-bytes-by-name: 1x1 black raster.
        QImage black(1, 1, QImage::Format_RGB32);
        black.fill(Qt::black);
        const MonoBitmap bitmap = MonoBitmap::fromImage(black);
        QCOMPARE(bitmap.width(), 1);
        QCOMPARE(bitmap.data(), hex("80"));
        QCOMPARE(command::rasterImage(bitmap), hex("1D 76 30 00 01 00 01 00 80"));
    }

    void rasterLayout()
    {
        // 10 x 2: two bytes per row, MSB leftmost, padding bits zero.
        MonoBitmap bitmap(10, 2);
        bitmap.setPixel(0, 0, true);
        bitmap.setPixel(9, 0, true);
        bitmap.setPixel(8, 1, true);
        QCOMPARE(command::rasterImage(bitmap), hex("1D 76 30 00 02 00 02 00 80 40 00 80"));

        // Transparent is paper, not ink; mid grey thresholds to white, dark grey to black.
        QImage image(3, 1, QImage::Format_ARGB32);
        image.setPixel(0, 0, qRgba(0, 0, 0, 0));
        image.setPixel(1, 0, qRgb(200, 200, 200));
        image.setPixel(2, 0, qRgb(60, 60, 60));
        QCOMPARE(MonoBitmap::fromImage(image).data(), hex("20"));

        // 1030 rows go out as two bands: 1024 + 6.
        const QByteArray tall = command::rasterImage(MonoBitmap(8, 1030));
        QCOMPARE(tall.left(8), hex("1D 76 30 00 01 00 00 04"));
        QCOMPARE(tall.mid(8 + 1024, 8), hex("1D 76 30 00 01 00 06 00"));
        QCOMPARE(tall.size(), 8 + 1024 + 8 + 6);
        QVERIFY(command::rasterImage(MonoBitmap()).isEmpty());
    }

    void dithering()
    {
        QImage grey(32, 32, QImage::Format_Grayscale8);
        grey.fill(qRgb(128, 128, 128));
        // 50 % grey is paper for a threshold, about half ink when diffused.
        QCOMPARE(MonoBitmap::fromImage(grey, Dither::Threshold).data().count('\0'), 32 * 4);
        const MonoBitmap diffused = MonoBitmap::fromImage(grey, Dither::Diffuse);
        int black = 0;
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x)
                black += diffused.pixel(x, y) ? 1 : 0;
        QVERIFY2(black > 32 * 32 * 2 / 5 && black < 32 * 32 * 3 / 5, qPrintable(QString::number(black)));
        QVERIFY(MonoBitmap::fromImage(QImage()).isNull());
    }

    void goldenDrawerKick()
    {
        // docs/devices.md#d7-the-drawer-hangs-on-the-printer: pin 2, 100/100 ms.
        QCOMPARE(command::drawerKick(DrawerPin::Pin2, 100, 100), hex("1B 70 00 32 32"));
    }

    void drawerKickConversion_data()
    {
        QTest::addColumn<int>("pin");
        QTest::addColumn<int>("onMs");
        QTest::addColumn<int>("offMs");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("pin 5, 50/250") << 5 << 50 << 250 << hex("1B 70 01 19 7D");
        QTest::newRow("odd ms round to nearest 2 ms") << 2 << 101 << 99 << hex("1B 70 00 33 32");
        QTest::newRow("0 ms clamps to one unit") << 2 << 0 << -5 << hex("1B 70 00 01 01");
        QTest::newRow("510 ms is the maximum") << 2 << 510 << 511 << hex("1B 70 00 FF FF");
        QTest::newRow("1000 ms clamps to 510") << 5 << 1000 << 100000 << hex("1B 70 01 FF FF");
    }

    void drawerKickConversion()
    {
        QFETCH(int, pin);
        QFETCH(int, onMs);
        QFETCH(int, offMs);
        QFETCH(QByteArray, expected);
        QCOMPARE(command::drawerKick(pin == 2 ? DrawerPin::Pin2 : DrawerPin::Pin5, onMs, offMs), expected);
    }

    void simpleCommands()
    {
        QCOMPARE(command::initialize(), hex("1B 40"));
        QCOMPARE(command::leaveChineseMode(), hex("1C 2E"));
        QCOMPARE(command::selectCodeTable(18), hex("1B 74 12"));
        QCOMPARE(command::selectCodeTable(45, CodeTableCommand::StarEscGsT), hex("1B 1D 74 2D"));
        QCOMPARE(command::printMode(0x88), hex("1B 21 88"));
        QCOMPARE(command::align(Alignment::Left), hex("1B 61 00"));
        QCOMPARE(command::align(Alignment::Centre), hex("1B 61 01"));
        QCOMPARE(command::align(Alignment::Right), hex("1B 61 02"));
        QCOMPARE(command::feedLines(3), hex("1B 64 03"));
        QCOMPARE(command::feedLines(300), hex("1B 64 FF"));
        QCOMPARE(command::cut(CutType::Full, 3), hex("1D 56 41 03"));
        QCOMPARE(command::cut(CutType::Partial, 0), hex("1D 56 42 00"));
        QCOMPARE(command::cut(CutType::Partial, 999), hex("1D 56 42 FF"));
        QCOMPARE(command::realTimeStatus(StatusRequest::PrinterStatus), hex("10 04 01"));
        QCOMPARE(command::realTimeStatus(StatusRequest::PaperSensor), hex("10 04 04"));
        QCOMPARE(command::automaticStatusBack(0x0F), hex("1D 61 0F"));
        QCOMPARE(command::barcodeSetup(HriPosition::Below, 80, 2), hex("1D 48 02 1D 68 50 1D 77 02"));
        QCOMPARE(command::barcodeSetup(HriPosition::None, 0, 9), hex("1D 48 00 1D 68 01 1D 77 06"));
    }

    void ean13()
    {
        QCOMPARE(command::ean13("5901234123457"), hex("1D 6B 43 0D 35 39 30 31 32 33 34 31 32 33 34 35 37"));
        QVERIFY(command::ean13("590123412345").isEmpty());
        QVERIFY(command::ean13("59012341234X7").isEmpty());
    }

    void code128Subsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("all digits, even: C") << QStringLiteral("12345678") << hex("7B 43 0C 22 38 4E");
        QTest::newRow("two digits: C") << QStringLiteral("42") << hex("7B 43 2A");
        QTest::newRow("three digits: B") << QStringLiteral("123") << QByteArray("{B123");
        QTest::newRow("five digits: C then B") << QStringLiteral("12345") << hex("7B 43 0C 22 7B 42 35");
        QTest::newRow("letters: B") << QStringLiteral("ABC-x") << QByteArray("{BABC-x");
        QTest::newRow("3 trailing digits stay B") << QStringLiteral("ABC123") << QByteArray("{BABC123");
        QTest::newRow("4 trailing digits: C") << QStringLiteral("AB1234") << QByteArray("{BAB{C\x0c\x22");
        QTest::newRow("5 trailing digits: first in B") << QStringLiteral("AB12345") << QByteArray("{BAB1{C\x17\x2d");
        QTest::newRow("5 inner digits stay B") << QStringLiteral("A12345B") << QByteArray("{BA12345B");
        QTest::newRow("6 inner digits: C and back") << QStringLiteral("A123456B") << QByteArray("{BA{C\x0c\x22\x38{BB");
        QTest::newRow("leading 4 digits: start C") << QStringLiteral("1234AB") << QByteArray("{C\x0c\x22{BAB");
        QTest::newRow("brace doubled") << QStringLiteral("a{b") << QByteArray("{Ba{{b");
        QTest::newRow("order number") << QStringLiteral("ORD-2024-000123")
                                      << QByteArray("{BORD-2024-{C\x00\x01\x17", 16);
    }

    void code128Subsets()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, data);
        const auto result = command::code128Data(text);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), data);
        QCOMPARE(decodeCode128(result.value()), text);
    }

    void code128Bytes()
    {
        QCOMPARE(command::code128(QByteArray("{C\x0c\x22", 4)), hex("1D 6B 49 04 7B 43 0C 22"));
        QCOMPARE(command::code128("{BAB"), hex("1D 6B 49 04 7B 42 41 42"));
        // start + 4 pairs + check = 6 symbols, 11 modules each, stop 13.
        QCOMPARE(command::code128Modules(hex("7B 43 0C 22 38 4E")), 6 * 11 + 13);
        // start, A, switch, 2 pairs, switch, B, check = 8 symbols.
        QCOMPARE(command::code128Modules(QByteArray("{BA{C\x0c\x22{BB")), 8 * 11 + 13);
    }

    void code128Rejects()
    {
        QCOMPARE(command::code128Data(u"Zółć").error().code, QStringLiteral("printer.code128-bad-character"));
        QCOMPARE(command::code128Data(u"tab\there").error().code, QStringLiteral("printer.code128-bad-character"));
        QCOMPARE(command::code128Data(u"").error().code, QStringLiteral("printer.code128-empty"));
        QCOMPARE(command::code128Data(QString(254, u'x')).error().code, QStringLiteral("printer.code128-too-long"));
        QVERIFY(command::code128Data(QString(253, u'x')).ok());
        QVERIFY(command::code128Data(QString(506, u'7')).ok()); // 253 pairs + "{C" = 255 bytes
        QVERIFY(command::code128("").isEmpty());
    }

    void qrBitmap()
    {
        const auto qr = MonoBitmap::fromQrCode("1234", QrErrorLevel::L, 2, 4);
        QVERIFY(qr.ok());
        // "1234" fits version 1 (21 modules) + 2 x 4 quiet zone = 29 modules of 2 dots.
        QCOMPARE(qr->width(), 58);
        QCOMPARE(qr->height(), 58);
        QVERIFY(!qr->pixel(7, 7)); // quiet zone
        QVERIFY(qr->pixel(8, 8)); // finder pattern corner
        QVERIFY(qr->pixel(9, 9));
        QCOMPARE(
            MonoBitmap::fromQrCode("", QrErrorLevel::L, 2).error().code, QStringLiteral("printer.qr-bad-argument"));
        QCOMPARE(MonoBitmap::fromQrCode(QByteArray(3000, 'x'), QrErrorLevel::L, 1).error().code,
            QStringLiteral("printer.qr-too-long"));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
