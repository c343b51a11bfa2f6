// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/scanerror.h"
#include "drivers/scanner/scannerconfig.h"

#include <QTest>

using namespace ok::scanner;

class TestScannerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mask_data()
    {
        QTest::addColumn<QString>("mask");
        QTest::addColumn<QString>("expected"); // prefix/item/kind/value/decimals/verifier, or the error
        const auto row = [](const char *mask, const char *expected) {
            QTest::newRow(mask) << QString::fromLatin1(mask) << QString::fromLatin1(expected);
        };
        row("20IIIIIPPP.PPC", "20/5/P/5/2/-");
        row("22IIIIIVPP.PPC", "22/5/P/4/2/V");
        row("23IIIIIWW.WWWC", "23/5/W/5/3/-");
        row("24IIIIIVWW.WWC", "24/5/W/4/2/V");
        row("2IIIIIIPPPPPC", "2/6/P/5/0/-");
        row("215IIIIPPP.PPC", "215/4/P/5/2/-");
        row("02IIIIIPPP.PPC", "02/5/P/5/2/-");
        row("20IIIIIPPP.PPP", "must end with the value digits and then C");
        row("20IIIIPPP.PPC", "prefix, item reference, verifier and value make 11 digits");
        row("30IIIIIPPP.PPC", "prefix 30 is not an in-store prefix");
        row("22IIIIVPPP.PPC", "the price verifier digit is defined for a four-digit value only");
        row("23IIIIIW.WWWWC", "a weight may have at most 3 decimals");
        row("20IIIII.PPPPPC", "expected the value digits (P or W) at position 8");
        row("20IIIIIPP..PPC", "misplaced '.' at position 11");
        row("20IIIIIPPPPP.C", "the '.' must stand between value digits");
        row("IIIIIIIPPPPPC", "the prefix must be 1 to 3 digits");
        row("2000IIIIPPPPC", "the prefix must be 1 to 3 digits");
        row("20IIIIIPPPWWC", "must end with the value digits and then C");
        row("", "expected the value digits (P or W) at position 1");
    }

    void mask()
    {
        QFETCH(QString, mask);
        QFETCH(QString, expected);
        const auto l = VariableMeasureLayout::fromMask(mask);
        if (!l) {
            QCOMPARE(l.error().code, scanErrorCode(ScanError::InvalidConfig));
            QVERIFY2(l.error().message.contains(expected), qPrintable(l.error().message));
            QVERIFY(l.error().message.startsWith(QStringLiteral("variable-measure layout \"%1\": ").arg(mask)));
            return;
        }
        const QString got = QStringLiteral("%1/%2/%3/%4/%5/%6")
                                .arg(l->prefix)
                                .arg(l->itemReferenceLength)
                                .arg(QChar(l->kind == VariableMeasure::Kind::Price ? u'P' : u'W'))
                                .arg(l->valueLength)
                                .arg(l->decimals)
                                .arg(QChar(l->priceVerifier ? u'V' : u'-'));
        QCOMPARE(got, expected);
        QCOMPARE(l->toMask(), mask); // round trip
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::newRow("STX") << QStringLiteral("\\x02") << QByteArray("\x02") << true;
        QTest::newRow("CR LF") << QStringLiteral("\\r\\n") << QByteArray("\r\n") << true;
        QTest::newRow("tab") << QStringLiteral("\\t") << QByteArray("\t") << true;
        QTest::newRow("ESC") << QStringLiteral("\\e") << QByteArray("\x1b") << true;
        QTest::newRow("backslash") << QStringLiteral("a\\\\b") << QByteArray("a\\b") << true;
        QTest::newRow("hex upper/lower") << QStringLiteral("\\x1D\\x1d") << QByteArray("\x1d\x1d") << true;
        QTest::newRow("plain") << QStringLiteral("]C1") << QByteArray("]C1") << true;
        QTest::newRow("empty") << QString() << QByteArray() << true;
        QTest::newRow("short hex") << QStringLiteral("\\x2") << QByteArray() << false;
        QTest::newRow("signed hex") << QStringLiteral("\\x+1") << QByteArray() << false;
        QTest::newRow("unknown escape") << QStringLiteral("\\q") << QByteArray() << false;
        QTest::newRow("lone backslash") << QStringLiteral("ab\\") << QByteArray() << false;
        QTest::newRow("non-ASCII") << QStringLiteral("é") << QByteArray() << false;
    }

    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        const auto r = decodeEscapes(text);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r.value(), bytes);
        else
            QCOMPARE(r.error().code, scanErrorCode(ScanError::InvalidConfig));
    }

    void escapeBytesForMessages()
    {
        QCOMPARE(escapeBytes(QByteArray("\x02]C1\x1d"
                                        "a\\\r\n\t\xff",
                     11)),
            QStringLiteral("\\x02]C1\\x1Da\\\\\\r\\n\\t\\xFF"));
    }

    void fromOptions()
    {
        const QMap<QString, QString> options = {
            { QStringLiteral("prefix"), QStringLiteral("\\x02") },
            { QStringLiteral("suffix"), QStringLiteral("\\r\\n") }, { QStringLiteral("aim"), QStringLiteral("true") },
            { QStringLiteral("gs_replacement"), QStringLiteral("~") },
            { QStringLiteral("gs_reliable"), QStringLiteral("no") },
            { QStringLiteral("variable_measure"), QStringLiteral("20IIIIIPPP.PPC, 23IIIIIWW.WWWC,") },
            { QStringLiteral("baud"), QStringLiteral("9600") }, // another layer's key: left alone
        };
        const auto r = ScannerConfig::fromOptions(options, QStringLiteral("[device.scan1]"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->prefix, QByteArray("\x02"));
        QCOMPARE(r->suffix, QByteArray("\r\n"));
        QCOMPARE(r->aimIdentifiers, true);
        QCOMPARE(r->gsReplacement, std::optional<char>('~'));
        QCOMPARE(r->gsReliable, false);
        QCOMPARE(r->variableMeasureLayouts.size(), 2);
        QCOMPARE(r->variableMeasureLayouts.at(0).toMask(), QStringLiteral("20IIIIIPPP.PPC"));
        QCOMPARE(r->variableMeasureLayouts.at(1).toMask(), QStringLiteral("23IIIIIWW.WWWC"));

        const auto defaults = ScannerConfig::fromOptions({});
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->aimIdentifiers, false);
        QCOMPARE(defaults->gsReplacement, std::optional<char>());
        QVERIFY(defaults->prefix.isEmpty());
    }

    void fromOptionsErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("aim not boolean")
            << QStringLiteral("aim") << QStringLiteral("maybe")
            << QStringLiteral("[device.scan1] aim: \"maybe\" is not a yes/no value; use true or false");
        QTest::newRow("gs_replacement is GS1 data") << QStringLiteral("gs_replacement") << QStringLiteral("A")
                                                    << QStringLiteral("[device.scan1]: gs_replacement A is not usable");
        QTest::newRow("gs_replacement is GS") << QStringLiteral("gs_replacement") << QStringLiteral("\\x1d")
                                              << QStringLiteral("gs_replacement \\x1D is not usable");
        QTest::newRow("gs_replacement two chars")
            << QStringLiteral("gs_replacement") << QStringLiteral("~~")
            << QStringLiteral("[device.scan1] gs_replacement: \"~~\" must be a single character");
        QTest::newRow("bad escape") << QStringLiteral("suffix") << QStringLiteral("\\z")
                                    << QStringLiteral("[device.scan1] suffix: \"\\z\": unknown escape \\z");
        QTest::newRow("bad layout") << QStringLiteral("variable_measure") << QStringLiteral("20IIIIIPPP.PPC, 20IIIIPP")
                                    << QStringLiteral(
                                           "[device.scan1] variable_measure: variable-measure layout \"20IIIIPP\"");
        QTest::newRow("two layouts, one prefix")
            << QStringLiteral("variable_measure") << QStringLiteral("20IIIIIPPP.PPC,20IIIIIWW.WWWC")
            << QStringLiteral("two variable-measure layouts for prefix 20");
        QTest::newRow("3 price decimals, currency has 2")
            << QStringLiteral("variable_measure") << QStringLiteral("20IIIIIPP.PPPC")
            << QStringLiteral("3 price decimals, but the store currency has 2");
    }

    void fromOptionsErrors()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const auto r = ScannerConfig::fromOptions({ { key, value } }, QStringLiteral("[device.scan1]"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, scanErrorCode(ScanError::InvalidConfig));
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void usableGsReplacements()
    {
        for (char c : { '~', '^', '|', '#', '@', '\t', '$', '{', '}', '[', '\\', '`', ' ' }) {
            ScannerConfig cfg;
            cfg.gsReplacement = c;
            QVERIFY2(!cfg.problem(), qPrintable(QString(QLatin1Char(c))));
        }
        for (char c : { 'A', 'z', '0', '-', '/', '%', '_', '\r', '\n', '\x1d', '\0' }) {
            ScannerConfig cfg;
            cfg.gsReplacement = c;
            QVERIFY2(cfg.problem().has_value(), qPrintable(QString(QLatin1Char(c))));
        }
    }
};

QTEST_GUILESS_MAIN(TestScannerConfig)
#include "tst_scannerconfig.moc"
