// SPDX-License-Identifier: GPL-3.0-or-later
// The ESC/POS printer device against the printer simulator on loopback TCP: receipts in four
// languages from the real encoder, rendered by the simulator and read back; paper running out
// mid-receipt; a printer out of paper refusing jobs; drawer kick, sensor and left-open alarm.
#include "drivers/device/transports.h"
#include "drivers/printer/encoder.h"
#include "drivers/printer/escposprinter.h"
#include "core/receiptdocument.h"
#include "../../tools/simprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ok::escpos;
using ok::BarcodeOptions;
using ok::ReceiptDocument;
using ok::TextStyle;
using namespace std::chrono_literals;

class TestEscPosPrinter : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<EscPosPrinter> m_printer;
    int m_receipts = 0;

    /// A sensor command; the simulator answers it with a STATUS line.
    bool control(const QByteArray &cmd) { return !m_sim->request(cmd, {QStringLiteral("STATUS")}).isEmpty(); }

    QString savedReceipt(int n)
    {
        QTemporaryDir dir;
        if (m_sim->request("save " + dir.path().toUtf8(), {QStringLiteral("SAVED")}).isEmpty())
            return {};
        QFile f(dir.filePath(QStringLiteral("receipt-%1.txt").arg(n)));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    ReceiptDocument receipt(const QString &lang, const QString &header, const QString &item, const QString &total)
    {
        ReceiptDocument d(lang);
        TextStyle centre;
        centre.alignment = Alignment::Centre;
        centre.bold = true;
        d.addText(header, centre);
        d.addSeparator();
        d.addTwoColumns(item, total);
        d.addSeparator();
        (void)d.addQrCode(QByteArrayLiteral("OK1-S001-T01-42"), 4, QrErrorLevel::M, Alignment::Centre);
        d.addCut(CutType::Partial, 3);
        return d;
    }

    bool printAndWait(const ReceiptDocument &doc, qint64 id, bool *printed, QString *message = nullptr)
    {
        QSignalSpy done(m_printer.get(), &EscPosPrinter::jobFinished);
        auto r = m_printer->print(id, Encoder::encode(doc, m_printer->profile()));
        if (!r) {
            if (message)
                *message = r.error().message;
            return false;
        }
        if (!done.wait(5000))
            return false;
        *printed = done.at(0).at(1).toBool();
        if (message)
            *message = done.at(0).at(2).toString();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimProcess>(QStringLiteral(PRINTER_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                                                   QStringLiteral("--columns"), QStringLiteral("48")});
        QVERIFY(m_sim->waitForStarted());
        const quint16 port = quint16(m_sim->waitFor("LISTENING ").toUInt());
        QVERIFY(port != 0);
        auto profile = PrinterProfile::builtIn(QStringLiteral("epson-tm-t20"));
        QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
        m_printer = std::make_unique<EscPosPrinter>(QStringLiteral("receipt"), std::make_unique<ok::dev::TcpTransport>(QStringLiteral("127.0.0.1"), port),
                                                    profile.value());
        m_printer->setPollInterval(200ms);
        QVERIFY(m_printer->open());
        QVERIFY(m_printer->claim());
        QVERIFY(m_printer->enable());
        QTRY_COMPARE(m_printer->power(), ok::dev::Device::Power::Online);
        QTRY_VERIFY(m_printer->printerStatus().known);
        QVERIFY(m_printer->canPrint());
    }

    void receiptsInFourLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("printedTotal");
        QTest::newRow("pl") << "pl" << "Sklep Warszawa — paragon" << "Żółty ser łowicki 1 kg" << "24,99 zł" << "24,99 zł";
        // No Cyrillic code page has the rouble sign: the ISO code is printed, never a garbage byte.
        QTest::newRow("ru") << "ru" << "Магазин Москва — чек" << "Сгущёнка «Ёлочка»" << "129,90 ₽" << "129,90 RUB";
        QTest::newRow("it") << "it" << "Negozio Milano — scontrino" << "Caffè perché sì" << "4,99 €" << "4,99 €";
        QTest::newRow("nb") << "nb" << "Butikk Oslo — kvittering" << "Smørbrød med rømme" << "kr 89,90" << "kr 89,90";
    }

    void receiptsInFourLanguages()
    {
        QFETCH(QString, lang);
        QFETCH(QString, header);
        QFETCH(QString, item);
        QFETCH(QString, total);
        QFETCH(QString, printedTotal);
        bool printed = false;
        QString message;
        QVERIFY2(printAndWait(receipt(lang, header, item, total), ++m_receipts, &printed, &message), qPrintable(message));
        QVERIFY(printed);
        const QString text = savedReceipt(m_receipts);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).trimmed() == header, qPrintable(text));
        // The two-column row: item left, amount right, on one 48-column line.
        const QString row = lines.value(2);
        QVERIFY2(row.startsWith(item) && row.endsWith(printedTotal) && row.size() == 48, qPrintable(row));
        QVERIFY2(text.contains(QLatin1String("[QR OK1-S001-T01-42]")), qPrintable(text));
    }

    void paperOutMidReceiptFailsTheJob()
    {
        QVERIFY(control("paper left 10"));
        bool printed = true;
        QString message;
        QVERIFY(printAndWait(receipt(QStringLiteral("pl"), QStringLiteral("Paragon"), QStringLiteral("Mleko 2% 1 l"), QStringLiteral("3,99 zł")),
                             100, &printed, &message));
        QVERIFY(!printed);
        QVERIFY2(message.contains(QLatin1String("aper")), qPrintable(message));
        QVERIFY(!m_printer->canPrint());
        QVERIFY(m_printer->checkHealth().contains(QLatin1String("aper")));
        // While the paper is out, new jobs are refused with the reason.
        QString refused;
        QVERIFY(!printAndWait(receipt(QStringLiteral("pl"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")), 101, &printed, &refused));
        QVERIFY(refused.contains(QLatin1String("aper")));
        QVERIFY(control("paper ok"));
        QTRY_VERIFY(m_printer->canPrint());
        QVERIFY(printAndWait(receipt(QStringLiteral("pl"), QStringLiteral("Paragon"), QStringLiteral("Mleko 2% 1 l"), QStringLiteral("3,99 zł")),
                             102, &printed, &message));
        QVERIFY(printed);
    }

    void drawerKickSensorAndLeftOpen()
    {
        m_printer->setDrawerLeftOpenAfter(300ms);
        QSignalSpy drawer(m_printer.get(), &EscPosPrinter::drawerChanged);
        QSignalSpy leftOpen(m_printer.get(), &EscPosPrinter::drawerLeftOpen);
        const qsizetype from = m_sim->lineCount();
        QVERIFY(m_printer->kickDrawer());
        QCOMPARE(m_sim->waitForLine(QStringLiteral("KICK"), from), QStringLiteral("KICK pin=2 on=100 off=100"));
        QVERIFY(control("drawer open"));
        QTRY_VERIFY(m_printer->isDrawerOpen());
        QTRY_COMPARE(leftOpen.count(), 1);
        QVERIFY(control("drawer closed"));
        QTRY_VERIFY(!m_printer->isDrawerOpen());
        QCOMPARE(drawer.count(), 2);
    }

    void cleanupTestCase()
    {
        m_printer.reset();
        QVERIFY(m_sim->quit());
    }
};

QTEST_GUILESS_MAIN(TestEscPosPrinter)
#include "tst_escposprinter.moc"
