// SPDX-License-Identifier: GPL-3.0-or-later
// EscPosPrinter as the ports::ReceiptPrinter role, on the scripted in-process transport: the test
// plays the printer byte by byte. A job is printed only when the status round trip after its data
// says so (docs/devices.md#d6-printed-means-confirmed); paper out, a dropped link and silence fail
// it; problem() says what stops printing; the cash drawer pulses ESC p on the printer's port and
// mirrors its sensor (docs/devices.md#d7-the-drawer-hangs-on-the-printer); encode() is the
// encoder for this printer's profile, also for the copy banner the spooler puts before a reprint.
// The wire-level proof against the simulator is tst_escposprinter.
#include "drivers/ports/cashdrawer.h"
#include "drivers/printer/encoder.h"
#include "drivers/printer/escposprinter.h"
#include "scriptedtransport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ok::escpos;
using namespace std::chrono_literals;
using ok::ReceiptDocument;
using ok::dev::Device;
using ok::dev::DeviceError;
using ok::test::ScriptedTransport;

namespace {
// Bytes spelled here from the command definitions (docs/devices.md#d5-status-replies-and-asb-frames),
// not taken from the driver's constants.
const QByteArray kAskPrinter("\x10\x04\x01", 3); // DLE EOT 1
const QByteArray kAskOfflineCause("\x10\x04\x02", 3); // DLE EOT 2
const QByteArray kAskPaper("\x10\x04\x04", 3); // DLE EOT 4
const QByteArray kReplyOk("\x12", 1); // fixed bits only: nothing wrong
const QByteArray kReplyPaperEnd("\x72", 1); // DLE EOT 4: bits 5-6, paper end
const QByteArray kAsbAllGood("\x10\x00\x00\x00", 4);
const QByteArray kAsbCoverOpen("\x30\x00\x00\x00", 4); // byte 1 bit 5
const QByteArray kAsbDrawerHigh("\x14\x00\x00\x00", 4); // byte 1 bit 2
const QByteArray kDrawerKickPin5(QByteArray::fromHex("1b70 0119 7d")); // pin 5, 50 ms on, 250 ms off

ReceiptDocument receipt()
{
    ReceiptDocument d(QStringLiteral("pl"));
    d.addText(QStringLiteral("Paragon"));
    d.addTwoColumns(QStringLiteral("Mleko 2% 1 l"), QStringLiteral("3,99 zł"));
    d.addCut(ok::CutType::Partial, 3);
    return d;
}
} // namespace

class TestEscPosPrinterUnit : public QObject
{
    Q_OBJECT

    ScriptedTransport *m_link = nullptr; // owned by m_printer
    std::unique_ptr<EscPosPrinter> m_printer;

    /// Open, claim and enable; true once connected. `answered`: the printer answers every status
    /// request with "all well" until the printer has heard from it; from then on (and always
    /// without `answered`) the test answers by hand.
    bool connectPrinter(bool answered = true)
    {
        if (answered) {
            m_link->addReply(kAskPrinter, kReplyOk);
            m_link->addReply(kAskOfflineCause, kReplyOk);
            m_link->addReply(kAskPaper, kReplyOk);
        }
        if (!m_printer->open() || !m_printer->claim() || !m_printer->enable())
            return false;
        const bool ready = QTest::qWaitFor([this, answered] {
            return m_printer->power() == Device::Power::Online && (!answered || m_printer->printerStatus().known);
        });
        m_link->clearReplies();
        m_link->takeWritten();
        return ready && m_printer->canPrint();
    }

private Q_SLOTS:
    void init()
    {
        auto link = std::make_unique<ScriptedTransport>(QStringLiteral("receipt"));
        m_link = link.get();
        auto profile = PrinterProfile::builtIn(QStringLiteral("epson-tm-t20"));
        QVERIFY(profile);
        m_printer = std::make_unique<EscPosPrinter>(QStringLiteral("receipt"), std::move(link), profile.value());
        // No polling in between: every status byte in these tests is one the test sent.
        m_printer->setPollInterval(1h);
    }

    void cleanup()
    {
        m_printer.reset();
        m_link = nullptr;
    }

    void jobIsPrintedOnlyWhenTheStatusAfterItSaysSo()
    {
        QVERIFY(connectPrinter());
        QSignalSpy finished(m_printer.get(), &EscPosPrinter::jobFinished);
        const QByteArray job = m_printer->encode(receipt());
        QVERIFY(m_printer->print(7, job));
        QVERIFY(m_printer->hasJob());
        QCOMPARE(m_printer->state(), Device::State::Busy);
        // The data, then one status request behind it: its answer is the proof.
        QCOMPARE(m_link->written(), job + kAskPaper);
        QCOMPARE(m_printer->print(8, job).error().code, QStringLiteral("printer.busy"));
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0); // written is not printed

        m_link->feed(kReplyOk);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0), (QList<QVariant> { qint64(7), true, QString() }));
        QVERIFY(!m_printer->hasJob());
        QCOMPARE(m_printer->state(), Device::State::Idle);
        QCOMPARE(m_printer->statistics().jobs, 1);
        QCOMPARE(m_printer->statistics().failures, 0);
    }

    void repliesToEarlierRequestsDoNotConfirmTheJob()
    {
        // The status poll sent on connecting is still unanswered when the job goes out: its
        // three replies come first and prove nothing about the job.
        QVERIFY(connectPrinter(false));
        QSignalSpy finished(m_printer.get(), &EscPosPrinter::jobFinished);
        QVERIFY(m_printer->print(9, m_printer->encode(receipt())));
        m_link->feed(kReplyOk.repeated(3));
        QCOMPARE(finished.count(), 0);
        QVERIFY(m_printer->hasJob());
        m_link->feed(kReplyOk);
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(1).toBool());
    }

    void paperOutFailsTheJobWithTheReason()
    {
        QVERIFY(connectPrinter());
        QSignalSpy finished(m_printer.get(), &EscPosPrinter::jobFinished);
        QSignalSpy state(m_printer.get(), &EscPosPrinter::printerStateChanged);
        QSignalSpy errors(m_printer.get(), &Device::errorOccurred);
        QVERIFY(m_printer->print(10, m_printer->encode(receipt())));
        m_link->feed(kReplyPaperEnd);

        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), 10);
        QVERIFY(!finished.at(0).at(1).toBool());
        const QString paperOut = PrinterStatus::message(PrinterStatus::Condition::PaperOut);
        QCOMPARE(finished.at(0).at(2).toString(), paperOut);
        QVERIFY(!m_printer->canPrint());
        QCOMPARE(m_printer->problem(), paperOut);
        QVERIFY(state.count() >= 1);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).value<DeviceError>().code, DeviceError::Code::NoPaper);

        // Refused while the paper is out, with the same reason, and nothing goes out.
        m_link->takeWritten();
        const auto refused = m_printer->print(11, m_printer->encode(receipt()));
        QCOMPARE(refused.error().code, QStringLiteral("printer.not-ready"));
        QCOMPARE(refused.error().message, paperOut);
        QVERIFY(m_link->written().isEmpty());

        // A new roll: the printer says so unasked (ASB), and printing is possible again.
        state.clear();
        m_link->feed(kAsbAllGood);
        QVERIFY(m_printer->canPrint());
        QCOMPARE(m_printer->problem(), QString());
        QVERIFY(state.count() >= 1);
        QCOMPARE(errors.count(), 1); // one report per connection and code
    }

    void noConfirmationInTimeFailsTheJobWithoutAReason()
    {
        QVERIFY(connectPrinter());
        // Time is what is under test here: the job timeout.
        m_printer->setJobTimeout(50ms);
        QSignalSpy finished(m_printer.get(), &EscPosPrinter::jobFinished);
        QVERIFY(m_printer->print(12, m_printer->encode(receipt())));
        QVERIFY(finished.wait(2000));
        QVERIFY(!finished.at(0).at(1).toBool());
        QVERIFY2(finished.at(0).at(2).toString().contains(QLatin1String("did not confirm")),
            qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(m_printer->statistics().failures, 1);
    }

    void droppedLinkFailsTheJobAndTheProblemSaysSo()
    {
        QVERIFY(connectPrinter());
        QSignalSpy finished(m_printer.get(), &EscPosPrinter::jobFinished);
        QSignalSpy state(m_printer.get(), &EscPosPrinter::printerStateChanged);
        QVERIFY(m_printer->print(13, m_printer->encode(receipt())));
        m_link->dropConnection(QStringLiteral("cable pulled"));

        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.at(0).at(1).toBool());
        QVERIFY2(finished.at(0).at(2).toString().contains(QLatin1String("disconnected")),
            qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(m_printer->power(), Device::Power::Offline);
        QVERIFY(!m_printer->canPrint());
        QCOMPARE(m_printer->problem(), QStringLiteral("The printer is not connected: check its cable and power."));
        QVERIFY(state.count() >= 1);
        QCOMPARE(m_printer->print(14, QByteArray("x")).error().code, QStringLiteral("printer.not-ready"));

        // It reconnects by itself; once the printer answers, nothing stands in the way.
        m_link->addReply(kAskPrinter, kReplyOk);
        m_link->addReply(kAskOfflineCause, kReplyOk);
        m_link->addReply(kAskPaper, kReplyOk);
        QTRY_COMPARE(m_printer->power(), Device::Power::Online);
        QTRY_VERIFY(m_printer->printerStatus().known);
        QCOMPARE(m_printer->problem(), QString());
        QCOMPARE(m_link->openCount(), 2);
    }

    void problemSaysWhatStopsPrinting()
    {
        QCOMPARE(m_printer->problem(), QStringLiteral("The printer is not connected: check its cable and power."));
        QVERIFY(!m_printer->canPrint());
        QVERIFY(connectPrinter(false));
        // Connected, nothing heard yet: nothing known stops it; the job's round trip will tell.
        QCOMPARE(m_printer->problem(), QString());
        QVERIFY(m_printer->canPrint());

        QSignalSpy state(m_printer.get(), &EscPosPrinter::printerStateChanged);
        m_link->feed(kAsbCoverOpen);
        QCOMPARE(state.count(), 1);
        QCOMPARE(m_printer->problem(), QStringLiteral("The printer cover is open: close it to print."));
        QVERIFY(!m_printer->canPrint());
        m_link->feed(kAsbAllGood);
        QCOMPARE(state.count(), 2);
        QCOMPARE(m_printer->problem(), QString());
        QCOMPARE(m_printer->profileId(), QStringLiteral("epson-tm-t20"));
    }

    void cashDrawerPulsesOnThePrinterPortAndMirrorsTheSensor()
    {
        m_printer->setDrawer(ok::DrawerPin::Pin5, 50, 250, true);
        ok::ports::CashDrawer *drawer = m_printer->cashDrawer();
        QVERIFY(drawer);
        QCOMPARE(drawer->parent(), m_printer.get());
        QCOMPARE(drawer->deviceName(), QStringLiteral("receipt"));
        // Not connected: refused, nothing sent.
        QCOMPARE(drawer->open().error().code, QStringLiteral("printer.not-ready"));
        QVERIFY(connectPrinter());

        QSignalSpy changed(drawer, &ok::ports::CashDrawer::openChanged);
        QSignalSpy leftOpen(drawer, &ok::ports::CashDrawer::leftOpen);
        QVERIFY(drawer->open());
        QCOMPARE(m_link->written(), kDrawerKickPin5);
        QVERIFY(!drawer->isOpen()); // a kick is not a sensor reading

        // Time is what is under test for leftOpen(): the configured limit.
        m_printer->setDrawerLeftOpenAfter(50ms);
        m_link->feed(kAsbDrawerHigh);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QVERIFY(drawer->isOpen());
        QVERIFY(leftOpen.wait(2000));
        m_link->feed(kAsbAllGood);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
        QVERIFY(!drawer->isOpen());
        QCOMPARE(leftOpen.count(), 1);
    }

    void drawerSensorPolarityIsASetting()
    {
        m_printer->setDrawer(ok::DrawerPin::Pin2, 100, 100, false); // low level means open
        QVERIFY(connectPrinter());
        // The ready reply above read the sensor low: with this drawer, that is open.
        QVERIFY(m_printer->cashDrawer()->isOpen());
        m_link->feed(kAsbDrawerHigh);
        QVERIFY(!m_printer->cashDrawer()->isOpen());
    }

    void encodeIsTheEncoderForThisPrintersProfile()
    {
        const ReceiptDocument doc = receipt();
        QCOMPARE(m_printer->encode(doc), Encoder::encode(doc, m_printer->profile()));

        // The copy banner the spooler puts in front of a reprint is an ordinary document: it
        // starts a job of its own (ESC @, code table) and neither cuts nor kicks the drawer.
        ReceiptDocument banner(QStringLiteral("pl"));
        ok::TextStyle style;
        style.alignment = ok::Alignment::Centre;
        style.bold = true;
        style.doubleHeight = true;
        banner.addText(QStringLiteral("*** COPY ***"), style);
        banner.addSeparator(u'=');
        const QByteArray bytes = m_printer->encode(banner);
        QVERIFY(bytes.startsWith(QByteArray::fromHex("1b40 1b74")));
        QVERIFY(bytes.contains("*** COPY ***"));
        QVERIFY(!bytes.contains(QByteArray::fromHex("1d56"))); // no cut
        QVERIFY(!bytes.contains(QByteArray::fromHex("1b70"))); // no drawer kick
    }
};

QTEST_GUILESS_MAIN(TestEscPosPrinterUnit)
#include "tst_escposprinter_unit.moc"
