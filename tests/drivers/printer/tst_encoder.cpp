// SPDX-License-Identifier: GPL-3.0-or-later
// Whole receipts through the Encoder. Text is checked by decoding the printer bytes with glibc
// iconv per ESC t table (escposreader.h), never with the encoder's own codecs.
#include "drivers/printer/encoder.h"
#include "escposreader.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ok::escpos;
using ok::ReceiptDocument;
using ok::TextStyle;
using ok::BarcodeOptions;

namespace {

/// An image as the receipt model carries it: PNG bytes.
QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray hex(const char *spaced)
{
    return QByteArray::fromHex(QByteArray(spaced).replace(' ', ""));
}

PrinterProfile builtIn(const char *id)
{
    auto p = PrinterProfile::builtIn(QLatin1String(id));
    if (!p)
        qFatal("built-in profile %s: %s", id, qPrintable(p.error().message));
    return p.value();
}

QString separator(int columns)
{
    return QString(columns, u'-');
}

const TextStyle kTitle { Alignment::Centre, true, true, true, false, Font::A };
const TextStyle kCentre { Alignment::Centre, false, false, false, false, Font::A };
const TextStyle kTotal { Alignment::Left, true, true, false, false, Font::A };

// Builds a receipt with the usual parts; `lines` returns what must print, line by line.
struct Receipt {
    ReceiptDocument doc;
    QStringList lines;
};

// Encodes, parses, decodes with iconv and compares every printed line.
#define CHECK_PRINTS(bytes, tables, expectedLines)                                                                     \
    do {                                                                                                               \
        const escpostest::Parsed parsed_ = escpostest::parse(bytes);                                                   \
        QVERIFY2(parsed_.ok, qPrintable(parsed_.error));                                                               \
        QString error_;                                                                                                \
        const QStringList decoded_ = escpostest::decodeLines(parsed_, tables, &error_);                                \
        QVERIFY2(error_.isEmpty(), qPrintable(error_));                                                                \
        QCOMPARE(decoded_, expectedLines);                                                                             \
        QVERIFY(!parsed_.textBytes.contains('\x1A'));                                                                  \
        QVERIFY(!parsed_.textBytes.contains('\x7F'));                                                                  \
    } while (false)

Receipt polish()
{
    Receipt r { ReceiptDocument(QStringLiteral("pl_PL")), {} };
    r.doc.addText(QStringLiteral("Złoty Kłos sp. z o.o."), kTitle);
    r.doc.addText(QStringLiteral("ul. Marszałkowska 104/122, 00-017 Warszawa"), kCentre);
    r.doc.addSeparator();
    r.doc.addTwoColumns(QStringLiteral("Żółć kurkumowa 100 g"), QStringLiteral("12,99 A"));
    r.doc.addTwoColumns(QStringLiteral("Chleb żytni razowy na zakwasie, krojony, 500 g"), QStringLiteral("7,49 B"));
    r.doc.addThreeColumns(
        QStringLiteral("Jabłka Szampion luz"), QStringLiteral("2 x 3,50"), QStringLiteral("7,00 A"), 10, 8);
    r.doc.addSeparator();
    r.doc.addTwoColumns(QStringLiteral("SUMA PLN"), QStringLiteral("27,48"), kTotal);
    r.doc.addText(QStringLiteral("Kurs: 1 € = 4,32 zł — dziękujemy!"));
    r.doc.addText(QStringLiteral("Gęślą jaźń: ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"));
    r.lines = QStringList {
        QStringLiteral("Złoty Kłos sp. z o.o."),
        QStringLiteral("ul. Marszałkowska 104/122, 00-017 Warszawa"),
        separator(48),
        QStringLiteral("Żółć kurkumowa 100 g                     12,99 A"),
        QStringLiteral("Chleb żytni razowy na zakwasie, krojony,~ 7,49 B"),
        QStringLiteral("Jabłka Szampion luz            2 x 3,50   7,00 A"),
        separator(48),
        QStringLiteral("SUMA PLN           27,48"),
        QStringLiteral("Kurs: 1 € = 4,32 zł — dziękujemy!"), // — is in WPC1250
        QStringLiteral("Gęślą jaźń: ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"),
    };
    return r;
}

Receipt russian()
{
    Receipt r { ReceiptDocument(QStringLiteral("ru_RU")), {} };
    r.doc.addText(QStringLiteral("ООО «Золотой колос»"), kTitle);
    r.doc.addText(QStringLiteral("Москва, ул. Тверская, д. 7"), kCentre);
    r.doc.addText(QStringLiteral("Кассовый чек № 0042"), kCentre);
    r.doc.addSeparator();
    r.doc.addTwoColumns(QStringLiteral("Молоко «Домик в деревне» 3,2% 1 л"), QStringLiteral("89,90 ₽"));
    r.doc.addTwoColumns(QStringLiteral("Хлеб Бородинский нарезка"), QStringLiteral("45,00 RUB"));
    r.doc.addThreeColumns(
        QStringLiteral("Яблоки Гренни Смит"), QStringLiteral("1,2 кг x 129,00"), QStringLiteral("154,80"), 16, 8);
    r.doc.addSeparator();
    r.doc.addTwoColumns(QStringLiteral("ИТОГО"), QStringLiteral("289,70"), kTotal);
    r.doc.addText(QStringLiteral("Ёлки-палки: ЁЖИК ёжик, цена в € не указана"));
    r.doc.addText(QStringLiteral("Спасибо за покупку!"), kCentre);
    r.lines = QStringList {
        QStringLiteral("ООО «Золотой колос»"),
        QStringLiteral("Москва, ул. Тверская, д. 7"),
        QStringLiteral("Кассовый чек № 0042"),
        separator(48),
        QStringLiteral("Молоко «Домик в деревне» 3,2% 1 л      89,90 RUB"),
        QStringLiteral("Хлеб Бородинский нарезка               45,00 RUB"),
        QStringLiteral("Яблоки Гренни Смит      1,2 кг x 129,00   154,80"),
        separator(48),
        QStringLiteral("ИТОГО             289,70"),
        QStringLiteral("Ёлки-палки: ЁЖИК ёжик, цена в € не указана"),
        QStringLiteral("Спасибо за покупку!"),
    };
    return r;
}

Receipt italian()
{
    Receipt r { ReceiptDocument(QStringLiteral("it")), {} };
    r.doc.addText(QStringLiteral("Bottega Sole d'Oro"), kTitle);
    r.doc.addText(QStringLiteral("Via Roma 1, 00184 Roma"), kCentre);
    r.doc.addSeparator();
    r.doc.addTwoColumns(QStringLiteral("Caffè espresso"), QStringLiteral("1,20 €"));
    r.doc.addTwoColumns(QStringLiteral("Prosciutto crudo di Parma DOP stagionato 24 mesi"), QStringLiteral("4,90 €"));
    r.doc.addThreeColumns(
        QStringLiteral("Parmigiano Reggiano"), QStringLiteral("0,412 kg x 39,90"), QStringLiteral("16,44 €"), 16, 8);
    r.doc.addSeparator();
    r.doc.addTwoColumns(QStringLiteral("TOTALE"), QStringLiteral("22,54 €"), kTotal);
    r.doc.addText(QStringLiteral("Perché più città? È già così: àèéìòù ÀÈÉÌÒÙ"));
    r.doc.addText(QStringLiteral("Grazie e arrivederci!"), kCentre);
    r.lines = QStringList {
        QStringLiteral("Bottega Sole d'Oro"),
        QStringLiteral("Via Roma 1, 00184 Roma"),
        separator(48),
        QStringLiteral("Caffè espresso                            1,20 €"),
        QStringLiteral("Prosciutto crudo di Parma DOP stagionato~ 4,90 €"),
        QStringLiteral("Parmigiano Reggiano    0,412 kg x 39,90  16,44 €"),
        separator(48),
        QStringLiteral("TOTALE           22,54 €"),
        QStringLiteral("Perché più città? È già così: àèéìòù ÀÈÉÌÒÙ"),
        QStringLiteral("Grazie e arrivederci!"),
    };
    return r;
}

Receipt norwegian()
{
    Receipt r { ReceiptDocument(QStringLiteral("nb_NO")), {} };
    r.doc.addText(QStringLiteral("Nordhavn Mat AS"), kTitle);
    r.doc.addText(QStringLiteral("Storgata 5, 9008 Tromsø"), kCentre);
    r.doc.addSeparator();
    r.doc.addTwoColumns(QStringLiteral("Smørbrød med røkelaks"), QStringLiteral("kr 89,00"));
    r.doc.addTwoColumns(
        QStringLiteral("Blåbærsyltetøy fra Nordhavn gård, økologisk, 350 g"), QStringLiteral("kr 49,90"));
    r.doc.addThreeColumns(QStringLiteral("Rømme"), QStringLiteral("2 x 19,90"), QStringLiteral("kr 39,80"), 10, 9);
    r.doc.addSeparator();
    r.doc.addTwoColumns(QStringLiteral("TOTALT"), QStringLiteral("kr 178,70"), kTotal);
    r.doc.addText(QStringLiteral("ÆØÅ æøå, i euro: € 15,20 (kurs 11,76)"));
    r.doc.addText(QStringLiteral("Spørsmål? Ring 77 00 00 00 — hverdager"));
    r.doc.addText(QStringLiteral("Takk for handelen!"), kCentre);
    r.lines = QStringList {
        QStringLiteral("Nordhavn Mat AS"),
        QStringLiteral("Storgata 5, 9008 Tromsø"),
        separator(48),
        QStringLiteral("Smørbrød med røkelaks                   kr 89,00"),
        QStringLiteral("Blåbærsyltetøy fra Nordhavn gård, økol~ kr 49,90"),
        QStringLiteral("Rømme                        2 x 19,90  kr 39,80"),
        separator(48),
        QStringLiteral("TOTALT         kr 178,70"),
        QStringLiteral("ÆØÅ æøå, i euro: € 15,20 (kurs 11,76)"),
        QStringLiteral("Spørsmål? Ring 77 00 00 00 — hverdager"),
        QStringLiteral("Takk for handelen!"),
    };
    return r;
}

} // namespace

class TestEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void polishReceipt()
    {
        Receipt r = polish();
        QVERIFY(r.doc.addEan13(u"590123412345").ok()); // check digit 7 added
        QVERIFY(r.doc.addQrCode("https://example.com/r/PL-0001", 4, QrErrorLevel::M).ok());
        r.doc.addCut(CutType::Partial, 3);
        r.doc.addDrawerKick(DrawerPin::Pin2, 100, 100);
        const QByteArray bytes = Encoder::encode(r.doc, builtIn("epson-tm-t20"));

        CHECK_PRINTS(bytes, escpostest::epsonTables(), r.lines);
        // Init, then the Polish table again (init does not reset it on every model).
        QVERIFY(bytes.startsWith(hex("1B 40 1B 74 12")));
        const auto parsed = escpostest::parse(bytes);
        // PC852 first; WPC1250 for the € and, as it covers Polish too, for the rest.
        QCOMPARE(parsed.tableSelections, (QList<int> { 18, 45 }));
        QVERIFY(bytes.contains(QByteArray(hex("1D 48 02 1D 68 50 1D 77 02 1D 6B 43 0D") + "5901234123457")));
        QVERIFY(bytes.contains(command::qrCode("https://example.com/r/PL-0001", 4, QrErrorLevel::M)));
        QVERIFY(bytes.endsWith(hex("1D 56 42 03 1B 70 00 32 32")));
    }

    void russianReceipt()
    {
        const Receipt r = russian();
        const QByteArray bytes = Encoder::encode(r.doc, builtIn("epson-tm-t20"));
        CHECK_PRINTS(bytes, escpostest::epsonTables(), r.lines);
        QVERIFY(bytes.startsWith(hex("1B 40 1B 74 11")));
        const auto parsed = escpostest::parse(bytes);
        // «» are not in PC866: WPC1251 has them and all the Cyrillic, so it stays.
        QCOMPARE(parsed.tableSelections, (QList<int> { 17, 46 }));
    }

    // The same receipt on the clone: its numbers (CP866 = 7, CP1251 = 6) and FS . after init.
    void russianReceiptOnClone()
    {
        const Receipt r = russian();
        const QByteArray bytes = Encoder::encode(r.doc, builtIn("xprinter-80"));
        CHECK_PRINTS(bytes, escpostest::xprinterTables(), r.lines);
        QVERIFY(bytes.startsWith(hex("1B 40 1C 2E 1B 74 07")));
        QCOMPARE(escpostest::parse(bytes).tableSelections, (QList<int> { 7, 6 }));
    }

    void italianReceipt()
    {
        const Receipt r = italian();
        const QByteArray bytes = Encoder::encode(r.doc, builtIn("epson-tm-t20"));
        CHECK_PRINTS(bytes, escpostest::epsonTables(), r.lines);
        // PC858 has everything Italian, € included (D5): no switch at all.
        QCOMPARE(escpostest::parse(bytes).tableSelections, (QList<int> { 19 }));
        QVERIFY(bytes.contains(QByteArray("1,20 " + hex("D5"))));
    }

    void norwegianReceipt()
    {
        const Receipt r = norwegian();
        const QByteArray bytes = Encoder::encode(r.doc, builtIn("epson-tm-t20"));
        CHECK_PRINTS(bytes, escpostest::epsonTables(), r.lines);
        // PC865 (Nordic) first; PC858 for the € mid-line (first in the Norwegian order of the
        // tables with €; it has æøå as well, so "ø" in the next line stays in it); WPC1252 for the
        // em dash, which no DOS table has.
        QCOMPARE(escpostest::parse(bytes).tableSelections, (QList<int> { 5, 19, 16 }));
    }

    void norwegianReceiptOnGeneric58()
    {
        Receipt r = norwegian();
        const QByteArray bytes = Encoder::encode(r.doc, builtIn("generic-58mm"));
        const QStringList expected {
            QStringLiteral("Nordhavn Mat AS"),
            QStringLiteral("Storgata 5, 9008 Tromsø"),
            separator(32),
            QStringLiteral("Smørbrød med røkelaks   kr 89,00"),
            QStringLiteral("Blåbærsyltetøy fra Nor~ kr 49,90"),
            QStringLiteral("Rømme        2 x 19,90  kr 39,80"),
            separator(32),
            QStringLiteral("TOTALT kr 178,70"),
            QStringLiteral("ÆØÅ æøå, i euro: € 15,20 (kurs 11,76)"),
            QStringLiteral("Spørsmål? Ring 77 00 00 00 — hverdager"),
            QStringLiteral("Takk for handelen!"),
        };
        CHECK_PRINTS(bytes, escpostest::epsonTables(), expected);
        QCOMPARE(escpostest::parse(bytes).tableSelections, (QList<int> { 5, 19, 16 }));
    }

    // docs/devices.md#d3-code-tables-belong-to-the-printer-profile: a Polish line with € on PC852
    // switches table mid-line and back.
    void midLineSwitchBytes()
    {
        ReceiptDocument doc(QStringLiteral("pl"));
        doc.addText(QStringLiteral("Łącznie: 12 € i 3 zł"));
        doc.addText(QStringLiteral("Dziękujemy"));
        const QByteArray bytes = Encoder::encode(doc, builtIn("generic-58mm"));
        QCOMPARE(bytes,
            hex("1B 40 1B 74 12") + hex("9D A5 63 7A 6E 69 65 3A 20 31 32 20") + hex("1B 74 13 D5")
                + QByteArray(" i 3 z") + hex("1B 74 12 88 0A") + QByteArray("Dzi") + hex("A9")
                + QByteArray("kujemy\n"));
        CHECK_PRINTS(bytes, escpostest::epsonTables(),
            (QStringList { QStringLiteral("Łącznie: 12 € i 3 zł"), QStringLiteral("Dziękujemy") }));
    }

    void unmappableCharacterIsVisible()
    {
        ReceiptDocument doc(QStringLiteral("pl"));
        doc.addText(QStringLiteral("Bałwan ☃ i herbata 茶"));
        const QByteArray bytes = Encoder::encode(doc, builtIn("epson-tm-t20"));
        QCOMPARE(bytes, hex("1B 40 1B 74 12") + QByteArray("Ba") + hex("88") + QByteArray("wan ? i herbata ?\n"));
    }

    void columnFitting_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("font");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("line");
        QTest::newRow("32 columns (58 mm, font A)") << "generic-58mm" << 0 << "Ser żółty Gouda plastry 150 g w promocji"
                                                    << QStringLiteral("Ser żółty Gouda plastr~ 12,99 zł");
        QTest::newRow("42 columns (58 mm, font B)")
            << "generic-58mm" << 1 << "Ser żółty Gouda plastry 150 g w promocji -20%"
            << QStringLiteral("Ser żółty Gouda plastry 150 g w ~ 12,99 zł");
        QTest::newRow("48 columns (80 mm, font A)")
            << "epson-tm-t20" << 0 << "Ser żółty Gouda plastry 150 g w promocji -20% (karta)"
            << QStringLiteral("Ser żółty Gouda plastry 150 g w promoc~ 12,99 zł");
    }

    void columnFitting()
    {
        QFETCH(QString, profile);
        QFETCH(int, font);
        QFETCH(QString, left);
        QFETCH(QString, line);
        ReceiptDocument doc(QStringLiteral("pl"));
        TextStyle style;
        style.font = font == 0 ? Font::A : Font::B;
        doc.addTwoColumns(left, QStringLiteral("12,99 zł"), style);
        const QByteArray bytes = Encoder::encode(doc, builtIn(profile.toLatin1().constData()));
        CHECK_PRINTS(bytes, escpostest::epsonTables(), QStringList { line });
        if (font == 1)
            QVERIFY(bytes.contains(hex("1B 21 01")));
    }

    // ESC a and ESC ! are sent at line starts, and only when they change.
    void styleCommandsOnlyOnChange()
    {
        ReceiptDocument doc(QStringLiteral("it"));
        doc.addText(QStringLiteral("A"), kCentre);
        doc.addText(QStringLiteral("B"), kCentre);
        doc.addText(QStringLiteral("C"));
        doc.addText(QStringLiteral("D\nE"), kTotal);
        doc.addText(QStringLiteral("F"));
        const QByteArray bytes = Encoder::encode(doc, builtIn("epson-tm-t20"));
        QCOMPARE(bytes,
            hex("1B 40 1B 74 13") + hex("1B 61 01") + "A\nB\n" + hex("1B 61 00") + "C\n" + hex("1B 21 28") + "D\nE\n"
                + hex("1B 21 00") + "F\n");
    }

    void doubleWidthHalvesColumns()
    {
        ReceiptDocument doc;
        doc.addTwoColumns(QStringLiteral("TOTAL"), QStringLiteral("9,99"), kTotal);
        doc.addSeparator(u'=');
        const QByteArray bytes = Encoder::encode(doc, builtIn("generic-58mm"));
        CHECK_PRINTS(
            bytes, escpostest::epsonTables(), (QStringList { QStringLiteral("TOTAL       9,99"), QString(32, u'=') }));
    }

    void goldenVectorsInsideAReceipt()
    {
        ReceiptDocument doc;
        QImage black(1, 1, QImage::Format_Mono);
        black.fill(0);
        black.setColor(0, qRgb(0, 0, 0));
        black.setColor(1, qRgb(255, 255, 255));
        QVERIFY(doc.addImage(png(black), Alignment::Left).ok());
        QVERIFY(doc.addQrCode("1234", 3, QrErrorLevel::L, Alignment::Left).ok());
        doc.addDrawerKick(DrawerPin::Pin2, 100, 100);
        const QByteArray bytes = Encoder::encode(doc, builtIn("epson-tm-t20"));
        QCOMPARE(bytes,
            hex("1B 40 1B 74 13") + hex("1D 76 30 00 01 00 01 00 80")
                + hex("1D 28 6B 04 00 31 41 32 00 1D 28 6B 03 00 31 43 03 1D 28 6B 03 00 31 45 30 "
                      "1D 28 6B 07 00 31 50 30 31 32 33 34 1D 28 6B 03 00 31 51 30")
                + hex("1B 70 00 32 32"));
    }

    void barcodes()
    {
        ReceiptDocument doc;
        QVERIFY(doc.addEan13(u"5901234123457").ok());
        QCOMPARE(doc.addEan13(u"5901234123458").error().code, QStringLiteral("printer.ean13-check-digit"));
        QCOMPARE(doc.addEan13(u"59012341234").error().code, QStringLiteral("printer.ean13-bad-digits"));
        BarcodeOptions options;
        options.heightDots = 60;
        options.moduleWidth = 3;
        options.hri = HriPosition::None;
        options.alignment = Alignment::Left;
        QVERIFY(doc.addCode128(u"ORD-2024-000123", options).ok());
        QCOMPARE(doc.addCode128(u"Zamówienie").error().code, QStringLiteral("printer.code128-bad-character"));
        QCOMPARE(doc.elements().size(), size_t(2));

        const QByteArray bytes = Encoder::encode(doc, builtIn("epson-tm-t20"));
        QCOMPARE(bytes,
            hex("1B 40 1B 74 13") + hex("1B 61 01 1D 48 02 1D 68 50 1D 77 02 1D 6B 43 0D") + "5901234123457"
                + hex("1B 61 00 1D 48 00 1D 68 3C 1D 77 03 1D 6B 49 10") + QByteArray("{BORD-2024-{C\x00\x01\x17", 16));
    }

    // A Code 128 symbol wider than 58 mm at 2 dots per module narrows, then falls back to text.
    void code128TooWide()
    {
        ReceiptDocument doc;
        BarcodeOptions options;
        options.moduleWidth = 4;
        QVERIFY(doc.addCode128(u"ABCDEFGHIJKL", options).ok()); // 14 symbols: 167 modules -> 2 dots
        QVERIFY(doc.addCode128(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ", options).ok()); // 321 modules: text
        const QByteArray bytes = Encoder::encode(doc, builtIn("generic-58mm"));
        QVERIFY(bytes.contains(hex("1D 77 02 1D 6B 49 0E")));
        QVERIFY(bytes.endsWith(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZ\n")));
        QCOMPARE(bytes.count(hex("1D 6B 49")), 1);
    }

    void noCutterFeedsToTearBar()
    {
        ReceiptDocument doc;
        doc.addCut(CutType::Full, 5);
        QCOMPARE(Encoder::encode(doc, builtIn("generic-58mm")), hex("1B 40 1B 74 13 1B 64 04"));
        QCOMPARE(Encoder::encode(doc, builtIn("epson-tm-t20")), hex("1B 40 1B 74 13 1D 56 41 05"));
        doc.addFeed(2);
        QVERIFY(Encoder::encode(doc, builtIn("epson-tm-t20")).endsWith(hex("1B 64 02")));
    }

    // Without native QR the code goes out as a raster image that a barcode reader decodes.
    void qrRasterFallback()
    {
        const QByteArray payload = "https://example.com/pickup/PL-2024-000123?c=7f3a";
        ReceiptDocument doc;
        QVERIFY(doc.addQrCode(payload, 6, QrErrorLevel::M).ok());
        const QByteArray bytes = Encoder::encode(doc, builtIn("generic-58mm"));
        const auto parsed = escpostest::parse(bytes);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QVERIFY(!parsed.hasCommand(hex("1D 28 6B")));
        QVERIFY(parsed.hasCommand(hex("1B 61 01")));
        QByteArray raster;
        for (const auto &c : parsed.commands) {
            if (c.bytes.startsWith(hex("1D 76 30")))
                raster = c.bytes;
        }
        QVERIFY(!raster.isEmpty());
        const int bytesPerRow = quint8(raster.at(4)) + 256 * quint8(raster.at(5));
        const int rows = quint8(raster.at(6)) + 256 * quint8(raster.at(7));
        QVERIFY(bytesPerRow * 8 <= 384);
        QCOMPARE(bytesPerRow * 8 / 8, (rows + 7) / 8);

        const QString reader = QStandardPaths::findExecutable(QStringLiteral("ZXingReader"));
        if (reader.isEmpty())
            QSKIP("ZXingReader (zxing-cpp-tools) is not installed");
        MonoBitmap bitmap(rows, rows);
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < rows; ++x)
                bitmap.setPixel(x, y, (quint8(raster.at(8 + y * bytesPerRow + x / 8)) & (0x80 >> (x % 8))) != 0);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(bitmap.toImage().save(png));
        QProcess zxing;
        zxing.start(reader, { QStringLiteral("-bytes"), QStringLiteral("-format"), QStringLiteral("QRCode"), png });
        QVERIFY(zxing.waitForFinished());
        QCOMPARE(zxing.readAllStandardOutput().trimmed(), payload);
    }

    // The largest module size that fits: 6 dots asked, the symbol must stay within 384 dots.
    void qrRasterShrinksToPaper()
    {
        ReceiptDocument doc;
        QVERIFY(doc.addQrCode(QByteArray(600, 'x'), 16, QrErrorLevel::L).ok());
        const auto parsed = escpostest::parse(Encoder::encode(doc, builtIn("generic-58mm")));
        QVERIFY(parsed.ok);
        for (const auto &c : parsed.commands) {
            if (c.bytes.startsWith(hex("1D 76 30")))
                QVERIFY(quint8(c.bytes.at(4)) * 8 <= 384);
        }
    }

    void imageScaledToPaper()
    {
        QImage wide(800, 100, QImage::Format_RGB32);
        wide.fill(Qt::black);
        ReceiptDocument doc;
        QVERIFY(doc.addImage(png(wide)).ok());
        QCOMPARE(doc.addImage(QByteArray()).error().code, QStringLiteral("printer.image-null"));
        QCOMPARE(doc.addImage("not an image").error().code, QStringLiteral("printer.image-null"));
        const QByteArray bytes = Encoder::encode(doc, builtIn("generic-58mm"));
        // 384 dots = 48 bytes per row, 100 * 384 / 800 = 48 rows.
        QVERIFY(bytes.startsWith(hex("1B 40 1B 74 13 1B 61 01 1D 76 30 00 30 00 30 00")));
        QCOMPARE(bytes.size(), 5 + 3 + 8 + 48 * 48);
    }

    void qrValidation()
    {
        ReceiptDocument doc;
        QCOMPARE(doc.addQrCode(QByteArray()).error().code, QStringLiteral("printer.qr-bad-argument"));
        QCOMPARE(doc.addQrCode("x", 0).error().code, QStringLiteral("printer.qr-bad-argument"));
        QCOMPARE(doc.addQrCode(QByteArray(1274, 'x'), 4, QrErrorLevel::H).error().code,
            QStringLiteral("printer.qr-too-long"));
        QVERIFY(doc.addQrCode(QByteArray(1273, 'x'), 4, QrErrorLevel::H).ok());
        QVERIFY(doc.addQrCode(QByteArray(2953, 'x'), 4, QrErrorLevel::L).ok());
        QCOMPARE(doc.elements().size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestEncoder)
#include "tst_encoder.moc"
