// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/config.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using ok::Config;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWithoutFile()
    {
        const Config c;
        QCOMPARE(c.storeId, QStringLiteral("S001"));
        QCOMPARE(c.terminalId, QStringLiteral("T01"));
        QCOMPARE(c.currency, QStringLiteral("PLN"));
        QVERIFY(c.pricesIncludeTax);
        QVERIFY(!c.allowPlainHttp); // TLS by default
        QVERIFY(c.centralUrl.startsWith(QLatin1String("https://")));
    }

    void shippedFileParsesToTheDefaults()
    {
        auto c = Config::load(QStringLiteral(OMNIKIOSK_SOURCE_DIR "/resources/omnikiosk.ini"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        const Config d;
        QCOMPARE(c->storeId, d.storeId);
        QCOMPARE(c->terminalId, d.terminalId);
        QCOMPARE(c->currency, d.currency);
        QCOMPARE(c->locale, d.locale);
        QCOMPARE(c->taxRounding, d.taxRounding);
        QCOMPARE(c->scanMaxKeyGapMs, d.scanMaxKeyGapMs);
    }

    void fullFile()
    {
        auto c = Config::parse(QStringLiteral(R"(
# Oslo
[store]
id = S004
terminal = K2
currency = NOK
locale = nb_NO
country = NO
prices_include_tax = no
tax_rounding = per-line
[storage]
data_dir = /var/lib/omnikiosk
[central]
url = https://central.example:8443/api
allow_plain_http = false
[ui]
fullscreen = yes
scan_max_key_gap_ms = 30
[device.receipt]
role = printer
driver = escpos
transport = tcp
port = 127.0.0.1:9100
profile = epson-tm-t20
code_page = pc865
)"),
                               QStringLiteral("oslo.ini"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->storeId, QStringLiteral("S004"));
        QCOMPARE(c->currency, QStringLiteral("NOK"));
        QVERIFY(!c->pricesIncludeTax);
        QCOMPARE(c->taxRounding, QStringLiteral("per-line"));
        QVERIFY(c->fullscreen);
        QCOMPARE(c->scanMaxKeyGapMs, 30);
        QCOMPARE(c->devices.size(), 1);
        QCOMPARE(c->devices[0].role, QStringLiteral("printer"));
        QCOMPARE(c->devices[0].port, QStringLiteral("127.0.0.1:9100"));
        QCOMPARE(c->devices[0].options.value(QStringLiteral("code_page")), QStringLiteral("pc865"));
    }

    // A bad value names the file, line, section and key, and says what would be right.
    void errorsNameKeyAndLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad currency") << "[store]\nid = S1\ncurrency = PLX\n" << "t.ini:3: [store] currency: \"PLX\"";
        QTest::newRow("bad bool") << "[ui]\n\nfullscreen = maybe\n" << "t.ini:3: [ui] fullscreen: \"maybe\" is not a yes/no value";
        QTest::newRow("out of range") << "[ui]\nscan_max_key_gap_ms = 0\n" << "t.ini:2: [ui] scan_max_key_gap_ms: \"0\" must be a whole number from 5 to 500";
        QTest::newRow("unknown key") << "[store]\ncurency = PLN\n" << "t.ini:2: unknown key \"curency\" in [store]";
        QTest::newRow("unknown section") << "[shop]\nid = 1\n" << "t.ini:1: unknown section [shop]";
        QTest::newRow("outside section") << "id = S1\n" << "t.ini:1: \"id\" is outside any section";
        QTest::newRow("no equals") << "[store]\nid S1\n" << "t.ini:2: expected \"key = value\"";
        QTest::newRow("http url") << "[central]\nurl = ftp://x\n" << "t.ini:2: [central] url: \"ftp://x\" is not an https:// URL";
        QTest::newRow("relative data dir") << "[storage]\ndata_dir = data\n" << "t.ini:2: [storage] data_dir";
        QTest::newRow("bad id") << "[store]\nterminal = T 1\n" << "t.ini:2: [store] terminal";
        QTest::newRow("bad device role") << "[device.x]\nrole = toaster\n" << "t.ini:2: [device.x] role: \"toaster\" is not a device role";
        QTest::newRow("incomplete device") << "[device.x]\nrole = printer\n" << "[device.x] needs role, transport and port";
    }

    void errorsNameKeyAndLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto c = Config::parse(text, QStringLiteral("t.ini"));
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().message));
    }

    void overrides()
    {
        Config c;
        QVERIFY(c.applyOverride(QStringLiteral("store.terminal=T09")));
        QCOMPARE(c.terminalId, QStringLiteral("T09"));
        QVERIFY(c.applyOverride(QStringLiteral("device.scan.role=scanner")));
        QCOMPARE(c.devices.size(), 1);
        auto bad = c.applyOverride(QStringLiteral("store.currency=XXX"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.startsWith(QLatin1String("command line: [store] currency")));
        QCOMPARE(c.currency, QStringLiteral("PLN")); // unchanged
        QVERIFY(!c.applyOverride(QStringLiteral("nodot=1")));
    }

    void missingFileIsNamed()
    {
        auto c = Config::load(QStringLiteral("/nonexistent/omnikiosk.ini"));
        QVERIFY(!c);
        QVERIFY(c.error().message.contains(QLatin1String("/nonexistent/omnikiosk.ini")));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
