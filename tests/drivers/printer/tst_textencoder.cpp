// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/textencoder.h"
#include "escposreader.h"

#include <QTest>

using namespace ok::escpos;

namespace {

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

// A profile with only the given tables (Epson numbers).
PrinterProfile only(const QString &codePagesJson)
{
    auto p = PrinterProfile::fromJson(QStringLiteral(R"({"id": "t", "name": "t", "paperWidthMm": 58,
        "dotsPerLine": 384, "columns": {"fontA": 32, "fontB": 42}, "codePages": %1})")
                                          .arg(codePagesJson)
                                          .toUtf8());
    if (!p)
        qFatal("test profile: %s", qPrintable(p.error().message));
    return p.value();
}

QByteArray encodeLine(TextEncoder &encoder, const QString &text)
{
    QByteArray out;
    encoder.encode(encoder.printable(text), out);
    return out;
}

} // namespace

class TestTextEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialTable()
    {
        QByteArray out;
        TextEncoder pl(builtIn("epson-tm-t20"), u"pl");
        pl.selectInitialTable(out);
        QCOMPARE(out, hex("1B 74 12"));
        QCOMPARE(pl.currentCodec(), QStringLiteral("IBM852"));

        out.clear();
        TextEncoder ru(builtIn("xprinter-80"), u"ru_RU");
        ru.selectInitialTable(out);
        QCOMPARE(out, hex("1B 74 07")); // clone numbering: CP866 = 7
    }

    void polishInPc852()
    {
        TextEncoder e(builtIn("epson-tm-t20"), u"pl");
        QByteArray out;
        e.selectInitialTable(out);
        // ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ in PC852 (cross-checked with iconv below).
        const QString letters = QStringLiteral("ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ");
        const QByteArray bytes = encodeLine(e, letters);
        QCOMPARE(bytes, hex("A5 86 A9 88 E4 A2 98 AB BE 20 A4 8F A8 9D E3 E0 97 8D BD"));
        QCOMPARE(escpostest::iconvDecode(bytes, "CP852"), letters);
        QCOMPARE(e.tableSwitches(), 0);
    }

    // docs/devices.md#d3-code-tables-belong-to-the-printer-profile: PC852 has no €. The table
    // switches mid-line to the table that has € and covers the most of what follows (WPC1250: €
    // and ł), and stays there.
    void euroSwitchesMidLine()
    {
        TextEncoder e(builtIn("epson-tm-t20"), u"pl");
        QByteArray out;
        e.selectInitialTable(out);
        QCOMPARE(encodeLine(e, QStringLiteral("Cena 5 € za kg łososia")),
            QByteArray("Cena 5 ") + hex("1B 74 2D 80") + QByteArray(" za kg ") + hex("B3") + QByteArray("ososia"));
        QCOMPARE(e.currentCodec(), QStringLiteral("windows-1250"));
        QCOMPARE(e.tableSwitches(), 1);
    }

    // Without WPC1250 (generic profile) € comes from PC858 and the line goes back to PC852 for ł.
    void euroSwitchesThereAndBack()
    {
        TextEncoder e(builtIn("generic-58mm"), u"pl");
        QByteArray out;
        e.selectInitialTable(out);
        QCOMPARE(encodeLine(e, QStringLiteral("Cena 5 € za kg łososia")),
            QByteArray("Cena 5 ") + hex("1B 74 13 D5") + QByteArray(" za kg ") + hex("1B 74 12 88")
                + QByteArray("ososia"));
        QCOMPARE(e.tableSwitches(), 2);
    }

    // No table with €: the ISO code.
    void euroAsIsoCode()
    {
        TextEncoder e(only(QStringLiteral(R"({"IBM852": 18})")), u"pl");
        QCOMPARE(e.printable(u"Suma 12,50 € (łącznie)"), QStringLiteral("Suma 12,50 EUR (łącznie)"));
        QCOMPARE(encodeLine(e, QStringLiteral("Suma 12,50 €")), QByteArray("Suma 12,50 EUR"));
        QCOMPARE(e.substitutions(), 2);
    }

    void unmappableBecomesVisible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printable");
        QTest::newRow("snowman") << QStringLiteral("Zima ☃ 2024") << QStringLiteral("Zima ? 2024");
        QTest::newRow("Chinese") << QStringLiteral("茶 Tea") << QStringLiteral("? Tea");
        QTest::newRow("emoji (surrogate pair) is one cell") << QStringLiteral("Hi 😀!") << QStringLiteral("Hi ?!");
        QTest::newRow("lone surrogate") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"))
                                        << QStringLiteral("a?b");
        QTest::newRow("control characters") << QStringLiteral("a\x01"
                                                              "b\x7F"
                                                              "c")
                                            << QStringLiteral("a?b?c");
        QTest::newRow("C1 control") << (QStringLiteral("a") + QChar(0x85) + QStringLiteral("b"))
                                    << QStringLiteral("a?b");
        QTest::newRow("tab and newline are spaces") << QStringLiteral("a\tb\nc") << QStringLiteral("a b c");
        QTest::newRow("rouble sign") << QStringLiteral("99 ₽") << QStringLiteral("99 RUB");
        QTest::newRow("decomposed input is composed first")
            << QStringLiteral("Z\u0307o\u0301\u0142c\u0301") << QStringLiteral("Żółć");
        QTest::newRow("soft hyphen disappears") << QStringLiteral("Wa\u00ADrszawa") << QStringLiteral("Warszawa");
    }

    void unmappableBecomesVisible()
    {
        QFETCH(QString, text);
        QFETCH(QString, printable);
        TextEncoder e(builtIn("epson-tm-t20"), u"pl");
        QCOMPARE(e.printable(text), printable);
        QByteArray out;
        e.selectInitialTable(out);
        e.encode(e.printable(text), out);
        // No ICU substitute byte and no control byte reaches the printer.
        const QByteArray textBytes = out.mid(3);
        QVERIFY(!textBytes.contains('\x1A'));
        QVERIFY(!textBytes.contains('\x7F'));
        for (const char c : textBytes)
            QVERIFY(static_cast<quint8>(c) >= 0x20 || c == '\x1B');
    }

    // Typographic characters print as themselves where a table has them (WPC1250 has „”–…‘’)
    // and as their ASCII look-alikes where none does.
    void typographicFallbacks()
    {
        const QString text = QStringLiteral("„Tak” – to… ‘ok’ — «x» № 5 © ½");
        TextEncoder withCp1250(builtIn("epson-tm-t20"), u"pl");
        QCOMPARE(withCp1250.printable(text), text);
        TextEncoder onlyPc852(only(QStringLiteral(R"({"IBM852": 18})")), u"pl");
        QCOMPARE(onlyPc852.printable(text), QStringLiteral("\"Tak\" - to... 'ok' - «x» No. 5 (c) 1/2"));
    }

    void noBreakSpacesAndInvisibles()
    {
        // QLocale("nb") groups thousands with U+00A0, fr with U+202F.
        TextEncoder e(builtIn("epson-tm-t20"), u"nb");
        QCOMPARE(e.printable(QStringLiteral("kr\u00A01\u00A0234,50 1\u202F000 a\u200Bb")),
            QStringLiteral("kr 1 234,50 1 000 ab"));
    }

    void snowmanBytes()
    {
        TextEncoder e(builtIn("epson-tm-t20"), u"pl");
        QByteArray out;
        e.selectInitialTable(out);
        QCOMPARE(encodeLine(e, QStringLiteral("a☃中b")), QByteArray("a??b"));
        QCOMPARE(e.tableSwitches(), 0);
    }

    // A profile without Polish tables: base letters where they exist, '?' for ł.
    void baseLetterFallback()
    {
        TextEncoder e(only(QStringLiteral(R"({"IBM437": 0})")), u"pl");
        QCOMPARE(e.printable(u"Zażółć gęślą"), QStringLiteral("Zazó?c gesla"));
    }

    // ICU maps characters it cannot encode to 7F (IBM8xx) or 1A (windows-125x) with hasError():
    // the encoder must treat them as absent, not as bytes.
    void icuSubstituteBytesRejected()
    {
        TextEncoder pc866(only(QStringLiteral(R"({"IBM866": 17})")), u"ru");
        QVERIFY(!pc866.canEncode(QChar(0x20AC)));
        QVERIFY(pc866.canEncode(QChar(0x0401))); // Ё
        TextEncoder cp1251(only(QStringLiteral(R"({"windows-1251": 46})")), u"ru");
        QVERIFY(!cp1251.canEncode(QChar(0x0142))); // ł
        QVERIFY(cp1251.canEncode(QChar(0x20AC)));
    }

    void russianSwitchesForGuillemets()
    {
        // «» are not in PC866: WPC1251 has them and all of the Cyrillic after them.
        TextEncoder e(builtIn("epson-tm-t20"), u"ru");
        QByteArray out;
        e.selectInitialTable(out);
        const QByteArray bytes = encodeLine(e, QStringLiteral("Чек «Ёлка»"));
        QCOMPARE(bytes, hex("97 A5 AA 20") + hex("1B 74 2E AB A8 EB EA E0 BB"));
        QCOMPARE(escpostest::iconvDecode(hex("97 A5 AA 20"), "CP866"), QStringLiteral("Чек "));
        QCOMPARE(escpostest::iconvDecode(hex("AB A8 EB EA E0 BB"), "CP1251"), QStringLiteral("«Ёлка»"));
    }

    void starCodeTableCommand()
    {
        auto p = PrinterProfile::fromJson(R"({"id": "star", "name": "Star", "paperWidthMm": 80,
            "dotsPerLine": 576, "columns": {"fontA": 48, "fontB": 64},
            "codePages": {"IBM852": 5, "windows-1250": 6}, "codePageOrder": {"pl": ["IBM852"]},
            "starCodeTableCommand": true})");
        QVERIFY(p.ok());
        TextEncoder e(p.value(), u"pl");
        QByteArray out;
        e.selectInitialTable(out);
        e.encode(e.printable(u"ł€"), out);
        QCOMPARE(out, hex("1B 1D 74 05 88 1B 1D 74 06 80"));
    }
};

QTEST_GUILESS_MAIN(TestTextEncoder)
#include "tst_textencoder.moc"
