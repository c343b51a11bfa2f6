// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/printerprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ok::escpos;

namespace {

// A valid minimal profile to break one field at a time.
QJsonObject minimal()
{
    return QJsonDocument::fromJson(R"({
        "id": "test", "name": "Test printer", "paperWidthMm": 80, "dotsPerLine": 576,
        "columns": {"fontA": 48, "fontB": 64},
        "codePages": {"IBM852": 18, "windows-1250": 45},
        "codePageOrder": {"pl": ["windows-1250"]}
    })")
        .object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

} // namespace

class TestPrinterProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInIds()
    {
        QCOMPARE(PrinterProfile::builtInIds(),
            (QStringList {
                QStringLiteral("epson-tm-t20"), QStringLiteral("generic-58mm"), QStringLiteral("xprinter-80") }));
    }

    void epson()
    {
        const auto p = PrinterProfile::builtIn(QStringLiteral("epson-tm-t20"));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->id(), QStringLiteral("epson-tm-t20"));
        QCOMPARE(p->paperWidthMm(), 80);
        QCOMPARE(p->dotsPerLine(), 576);
        QCOMPARE(p->columns(Font::A), 48);
        QCOMPARE(p->columns(Font::B), 64);
        QVERIFY(p->hasNativeQr());
        QVERIFY(p->hasCutter());
        QVERIFY(!p->needsLeaveChineseMode());
        QCOMPARE(p->codeTableCommand(), CodeTableCommand::EscT);
        // Epson numbering: docs/devices.md#d3-code-tables-belong-to-the-printer-profile.
        const QList<QPair<const char *, int>> expected = {
            { "IBM437", 0 },
            { "IBM850", 2 },
            { "IBM865", 5 },
            { "windows-1252", 16 },
            { "IBM866", 17 },
            { "IBM852", 18 },
            { "IBM858", 19 },
            { "windows-1250", 45 },
            { "windows-1251", 46 },
        };
        QCOMPARE(p->codePages().size(), expected.size());
        for (const auto &e : expected)
            QCOMPARE(p->codeTableNumber(QLatin1String(e.first)), std::optional<quint8>(e.second));
        QCOMPARE(p->codeTableNumber(QStringLiteral("IBM999")), std::nullopt);
    }

    void cloneNumbering()
    {
        const auto p = PrinterProfile::builtIn(QStringLiteral("xprinter-80"));
        QVERIFY(p.ok());
        // docs/devices.md#d3-code-tables-belong-to-the-printer-profile: one common clone, CP1251 = 6,
        // CP866 = 7, CP1250 = 30.
        QCOMPARE(p->codeTableNumber(QStringLiteral("windows-1251")), std::optional<quint8>(6));
        QCOMPARE(p->codeTableNumber(QStringLiteral("IBM866")), std::optional<quint8>(7));
        QCOMPARE(p->codeTableNumber(QStringLiteral("windows-1250")), std::optional<quint8>(30));
        QVERIFY(p->needsLeaveChineseMode());
        QVERIFY(!p->hasNativeQr());
    }

    void generic()
    {
        const PrinterProfile p = PrinterProfile::generic();
        QCOMPARE(p.id(), QStringLiteral("generic-58mm"));
        QCOMPARE(p.paperWidthMm(), 58);
        QCOMPARE(p.columns(Font::A), 32);
        QCOMPARE(p.columns(Font::B), 42);
        QCOMPARE(p.dotsPerLine(), 384);
        QVERIFY(!p.hasNativeQr());
        QVERIFY(!p.hasCutter());
    }

    // The files under resources/printers are what is compiled in, and all of them load.
    void filesMatchBuiltIns()
    {
        const QDir dir(QStringLiteral(OMNIKIOSK_PRINTER_PROFILES_DIR));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), PrinterProfile::builtInIds().size());
        for (const QString &file : files) {
            const auto fromFile = PrinterProfile::fromFile(dir.filePath(file));
            QVERIFY2(fromFile.ok(), qPrintable(fromFile.ok() ? QString() : fromFile.error().message));
            QCOMPARE(fromFile->id() + QLatin1String(".json"), file);
            const auto builtIn = PrinterProfile::builtIn(fromFile->id());
            QVERIFY(builtIn.ok());
            QCOMPARE(builtIn->codePages(), fromFile->codePages());
            QCOMPARE(builtIn->codePageOrder(u"pl"), fromFile->codePageOrder(u"pl"));
        }
    }

    void codePageOrder_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("firstTables");
        const auto l = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *n : names)
                out.append(QLatin1String(n));
            return out;
        };
        QTest::newRow("pl") << "epson-tm-t20"
                            << "pl" << l({ "IBM852", "windows-1250", "IBM858" });
        QTest::newRow("pl_PL.UTF-8") << "epson-tm-t20"
                                     << "pl_PL.UTF-8" << l({ "IBM852", "windows-1250", "IBM858" });
        QTest::newRow("ru-RU") << "epson-tm-t20"
                               << "ru-RU" << l({ "IBM866", "windows-1251", "IBM858" });
        QTest::newRow("it") << "epson-tm-t20"
                            << "it" << l({ "IBM858", "windows-1252", "IBM437" });
        QTest::newRow("nb_NO") << "epson-tm-t20"
                               << "nb_NO" << l({ "IBM865", "IBM858", "windows-1252" });
        QTest::newRow("unknown language: default") << "epson-tm-t20"
                                                   << "xx" << l({ "IBM858", "IBM437" });
        QTest::newRow("empty language: default") << "generic-58mm"
                                                 << "" << l({ "IBM858", "IBM437" });
        QTest::newRow("generic pl") << "generic-58mm"
                                    << "pl" << l({ "IBM852", "IBM858", "IBM437" });
    }

    void codePageOrder()
    {
        QFETCH(QString, profile);
        QFETCH(QString, language);
        QFETCH(QStringList, firstTables);
        const auto p = PrinterProfile::builtIn(profile);
        QVERIFY(p.ok());
        const QStringList order = p->codePageOrder(language);
        QCOMPARE(order.mid(0, firstTables.size()), firstTables);
        // Every table exactly once.
        QCOMPARE(order.size(), p->codePages().size());
        QCOMPARE(QSet<QString>(order.begin(), order.end()).size(), order.size());
    }

    void orderFallsBackToTableNumbers()
    {
        const auto p = PrinterProfile::fromJson(json(minimal()));
        QVERIFY(p.ok());
        QCOMPARE(p->codePageOrder(u"pl"), (QStringList { QStringLiteral("windows-1250"), QStringLiteral("IBM852") }));
        QCOMPARE(p->codePageOrder(u"it"), (QStringList { QStringLiteral("IBM852"), QStringLiteral("windows-1250") }));
        // Optional booleans default to the conservative choice.
        QVERIFY(!p->hasNativeQr());
        QVERIFY(!p->hasCutter());
        QVERIFY(!p->needsLeaveChineseMode());
    }

    void starFlag()
    {
        QJsonObject o = minimal();
        o[QStringLiteral("starCodeTableCommand")] = true;
        const auto p = PrinterProfile::fromJson(json(o));
        QVERIFY(p.ok());
        QCOMPARE(p->codeTableCommand(), CodeTableCommand::StarEscGsT);
    }

    void badProfiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("not JSON") << QByteArray("{\"id\": ") << "printer.profile.bad-json"
                                  << "offset";
        QTest::newRow("array") << QByteArray("[]") << "printer.profile.bad-json"
                               << "object";

        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject o = minimal();
            o[key] = value;
            return json(o);
        };
        const auto without = [](const QString &key) {
            QJsonObject o = minimal();
            o.remove(key);
            return json(o);
        };
        QTest::newRow("id missing") << without(QStringLiteral("id")) << "printer.profile.missing-field"
                                    << "\"id\"";
        QTest::newRow("name empty") << with(QStringLiteral("name"), QStringLiteral(" ")) << "printer.profile.bad-field"
                                    << "\"name\"";
        QTest::newRow("paper width 500") << with(QStringLiteral("paperWidthMm"), 500) << "printer.profile.bad-field"
                                         << "\"paperWidthMm\"";
        QTest::newRow("paper width 57.5") << with(QStringLiteral("paperWidthMm"), 57.5) << "printer.profile.bad-field"
                                          << "\"paperWidthMm\"";
        QTest::newRow("dots as string") << with(QStringLiteral("dotsPerLine"), QStringLiteral("576"))
                                        << "printer.profile.bad-field"
                                        << "\"dotsPerLine\"";
        QTest::newRow("columns missing") << without(QStringLiteral("columns")) << "printer.profile.missing-field"
                                         << "\"columns\"";
        QTest::newRow("fontB not a number") << with(QStringLiteral("columns"),
            QJsonObject { { QStringLiteral("fontA"), 48 }, { QStringLiteral("fontB"), QStringLiteral("abc") } })
                                            << "printer.profile.bad-field"
                                            << "\"columns.fontB\"";
        QTest::newRow("fontA missing") << with(
            QStringLiteral("columns"), QJsonObject { { QStringLiteral("fontB"), 64 } })
                                       << "printer.profile.missing-field"
                                       << "\"columns.fontA\"";
        QTest::newRow("columns.fontC") << with(QStringLiteral("columns"),
            QJsonObject {
                { QStringLiteral("fontA"), 48 }, { QStringLiteral("fontB"), 64 }, { QStringLiteral("fontC"), 80 } })
                                       << "printer.profile.unknown-field"
                                       << "\"columns.fontC\"";
        QTest::newRow("unknown codec") << with(
            QStringLiteral("codePages"), QJsonObject { { QStringLiteral("IBM999"), 3 } })
                                       << "printer.profile.bad-field"
                                       << "\"codePages.IBM999\"";
        QTest::newRow("multi-byte codec")
            << with(QStringLiteral("codePages"), QJsonObject { { QStringLiteral("UTF-8"), 3 } })
            << "printer.profile.bad-field"
            << "\"codePages.UTF-8\"";
        QTest::newRow("table number 256")
            << with(QStringLiteral("codePages"), QJsonObject { { QStringLiteral("IBM852"), 256 } })
            << "printer.profile.bad-field"
            << "\"codePages.IBM852\"";
        QTest::newRow("same number twice") << with(QStringLiteral("codePages"),
            QJsonObject { { QStringLiteral("IBM852"), 18 }, { QStringLiteral("IBM866"), 18 } })
                                           << "printer.profile.bad-field"
                                           << "already used";
        QTest::newRow("no code pages") << with(QStringLiteral("codePages"), QJsonObject {})
                                       << "printer.profile.bad-field"
                                       << "\"codePages\"";
        QTest::newRow("order names a table not in codePages") << with(QStringLiteral("codePageOrder"),
            QJsonObject { { QStringLiteral("pl"), QJsonArray { QStringLiteral("IBM852"), QStringLiteral("IBM866") } } })
                                                              << "printer.profile.bad-field"
                                                              << "\"codePageOrder.pl[1]\"";
        QTest::newRow("order is not a list")
            << with(QStringLiteral("codePageOrder"), QJsonObject { { QStringLiteral("ru"), QStringLiteral("IBM852") } })
            << "printer.profile.bad-field"
            << "\"codePageOrder.ru\"";
        QTest::newRow("nativeQr as string")
            << with(QStringLiteral("nativeQr"), QStringLiteral("yes")) << "printer.profile.bad-field"
            << "\"nativeQr\"";
        QTest::newRow("typo nativeQR") << with(QStringLiteral("nativeQR"), true) << "printer.profile.unknown-field"
                                       << "\"nativeQR\"";
    }

    void badProfiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto p = PrinterProfile::fromJson(data);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
        QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
    }

    void loadPrefersDirectoryOverBuiltIn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject o = minimal();
        o[QStringLiteral("id")] = QStringLiteral("generic-58mm");
        o[QStringLiteral("name")] = QStringLiteral("Store override");
        QFile file(dir.filePath(QStringLiteral("generic-58mm.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json(o));
        file.close();

        const auto overridden = PrinterProfile::load(QStringLiteral("generic-58mm"), { dir.path() });
        QVERIFY(overridden.ok());
        QCOMPARE(overridden->name(), QStringLiteral("Store override"));
        const auto builtIn = PrinterProfile::load(QStringLiteral("xprinter-80"), { dir.path() });
        QVERIFY(builtIn.ok());
        QCOMPARE(builtIn->id(), QStringLiteral("xprinter-80"));

        // A broken override is an error naming the file, not a silent fallback.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ broken");
        file.close();
        const auto broken = PrinterProfile::load(QStringLiteral("generic-58mm"), { dir.path() });
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, QStringLiteral("printer.profile.bad-json"));
        QVERIFY(broken.error().message.contains(QStringLiteral("generic-58mm.json")));

        QCOMPARE(PrinterProfile::load(QStringLiteral("no-such-printer")).error().code,
            QStringLiteral("printer.profile.unknown"));
        QCOMPARE(PrinterProfile::load(QStringLiteral("../etc/passwd"), { dir.path() }).error().code,
            QStringLiteral("printer.profile.bad-id"));
    }
};

QTEST_GUILESS_MAIN(TestPrinterProfile)
#include "tst_printerprofile.moc"
