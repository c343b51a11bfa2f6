// SPDX-License-Identifier: GPL-3.0-or-later
// The print spooler against the printer simulator on loopback TCP, with its queue in a real
// ledger.db: jobs print in order and each exactly once (counted by the simulator's cuts and
// rendered receipts); paper running out mid-queue keeps the job queued with the printer's reason
// and prints it once when the paper is back; a crash while a job is on the wire leaves it
// 'uncertain' after the restart and never prints it again by itself; cancel; reprint as a copy;
// a printer that does not confirm; a confirmed receipt marks its sale printed in the ledger.
#include "../storage/saletestdata.h"
#include "drivers/device/transports.h"
#include "drivers/printer/escposprinter.h"
#include "core/receiptdocument.h"
#include "services/printspooler.h"
#include "storage/ledger.h"
#include "storage/printjobs.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include "../tools/simprocess.h"

#include <QDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace std::chrono_literals;
using State = PrintJob::State;

class TestPrintSpooler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SimProcess> m_sim; ///< its `out`: everything the simulator said since it started
    quint16 m_port = 0;
    std::unique_ptr<db::Database> m_db;
    std::unique_ptr<escpos::EscPosPrinter> m_printer;
    std::unique_ptr<PrintSpooler> m_spooler;

    QString ledgerPath() const { return m_dir.filePath(QStringLiteral("ledger.db")); }

    int cuts() const { return int(m_sim->out.count("\nCUT ")) + (m_sim->out.startsWith("CUT ") ? 1 : 0); }

    /// No client connected to the simulator (it serves one at a time).
    bool simIdle() const
    {
        int open = 0;
        for (const QByteArray &line : m_sim->out.split('\n'))
            open += line == "CONNECTED" ? 1 : line == "DISCONNECTED" ? -1 : 0;
        return open == 0;
    }

    void control(const QByteArray &cmd)
    {
        QVERIFY(!m_sim->request(cmd, {QStringLiteral("STATUS")}).isEmpty());
    }

    /// The receipts the simulator has rendered so far (one per cut).
    QStringList receipts()
    {
        QTemporaryDir dir;
        if (m_sim->request("save " + dir.path().toUtf8(), {QStringLiteral("SAVED")}).isEmpty())
            qWarning("the printer simulator did not save its receipts");
        QStringList out;
        for (int n = 1;; ++n) {
            QFile f(dir.filePath(QStringLiteral("receipt-%1.txt").arg(n)));
            if (!f.open(QIODevice::ReadOnly))
                break;
            out << QString::fromUtf8(f.readAll());
        }
        return out;
    }

    ReceiptDocument doc(const QString &text)
    {
        ReceiptDocument d(QStringLiteral("pl"));
        d.addText(text);
        d.addTwoColumns(QStringLiteral("Mleko 2% 1 l"), QStringLiteral("3,99 zł"));
        d.addCut(CutType::Partial, 3);
        return d;
    }

    /// A fresh program start: database connection, printer device and spooler.
    void startTerminal(bool startSpooler = true)
    {
        m_spooler.reset();
        m_printer.reset();
        m_db.reset();
        auto db = db::openLedger(ledgerPath());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db).value();
        auto profile = escpos::PrinterProfile::builtIn(QStringLiteral("epson-tm-t20"));
        QVERIFY(profile);
        m_printer = std::make_unique<escpos::EscPosPrinter>(QStringLiteral("receipt"),
                                                            std::make_unique<dev::TcpTransport>(QStringLiteral("127.0.0.1"), m_port),
                                                            profile.value());
        m_printer->setPollInterval(200ms);
        m_spooler = std::make_unique<PrintSpooler>(*m_db, m_printer.get());
        QVERIFY(m_printer->open());
        QVERIFY(m_printer->claim());
        QVERIFY(m_printer->enable());
        QTRY_COMPARE(m_printer->power(), dev::Device::Power::Online);
        QTRY_VERIFY(m_printer->printerStatus().known);
        if (startSpooler)
            m_spooler->start();
    }

    State stateOf(qint64 id) { return m_spooler->job(id).value().state; }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimProcess>(QStringLiteral(PRINTER_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                                                   QStringLiteral("--columns"), QStringLiteral("48")});
        m_port = quint16(m_sim->waitFor("LISTENING ").toUInt());
        QVERIFY(m_port != 0);
        startTerminal();
    }

    void printsInOrderEachOnceAndMarksTheSale()
    {
        db::Ledger ledger(*m_db);
        auto sale = ledger.commitSale(makeSale(2));
        QVERIFY(sale);
        QCOMPARE(ledger.unprintedSales().size(), 1);
        QSignalSpy printed(m_spooler.get(), &PrintSpooler::jobPrinted);
        const int cutsBefore = cuts();
        const qint64 a = m_spooler->submit(QStringLiteral("receipt"), sale->id, QStringLiteral("Receipt 1"), doc(QStringLiteral("Paragon A"))).value();
        const qint64 b = m_spooler->submit(QStringLiteral("report"), QString(), QStringLiteral("X report"), doc(QStringLiteral("Raport B"))).value();
        const qint64 c = m_spooler->submit(QStringLiteral("test"), QString(), QStringLiteral("Test"), doc(QStringLiteral("Test C"))).value();
        QTRY_COMPARE(printed.size(), 3);
        QCOMPARE(printed.at(0).at(0).toLongLong(), a);
        QCOMPARE(printed.at(1).at(0).toLongLong(), b);
        QCOMPARE(printed.at(2).at(0).toLongLong(), c);
        QTest::qWait(300); // time under test: a while later, nothing more has come out
        QCOMPARE(cuts(), cutsBefore + 3);
        const QStringList r = receipts();
        QCOMPARE(r.size(), 3);
        QVERIFY(r[0].contains(QLatin1String("Paragon A")));
        QVERIFY(r[1].contains(QLatin1String("Raport B")));
        QVERIFY(r[2].contains(QLatin1String("Test C")));
        for (qint64 id : {a, b, c}) {
            QCOMPARE(stateOf(id), State::Printed);
            QCOMPARE(m_spooler->job(id)->attempts, 1);
        }
        QCOMPARE(ledger.unprintedSales().size(), 0); // the receipt's sale is marked printed
        QCOMPARE(m_spooler->queuedCount(), 0);
    }

    void paperOutMidQueueWaitsThenPrintsOnce()
    {
        QSignalSpy printed(m_spooler.get(), &PrintSpooler::jobPrinted);
        QSignalSpy waiting(m_spooler.get(), &PrintSpooler::jobWaiting);
        const int receiptsBefore = int(receipts().size());
        const int cutsBefore = cuts();
        // The roll ends after a few characters of the next receipt.
        control("paper left 10");
        const qint64 a = m_spooler->submit(QStringLiteral("receipt"), QString(), QStringLiteral("Receipt 2"), doc(QStringLiteral("Paragon długi numer 2"))).value();
        QTRY_COMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).at(0).toLongLong(), a);
        QCOMPARE(stateOf(a), State::Queued);
        const QString reason = m_spooler->job(a)->lastError;
        QVERIFY2(reason.contains(QLatin1String("aper")), qPrintable(reason)); // "Paper out: ..."
        // More receipts while the paper is out: they queue behind it, with the reason.
        const qint64 b = m_spooler->submit(QStringLiteral("receipt"), QString(), QStringLiteral("Receipt 3"), doc(QStringLiteral("Paragon 3"))).value();
        QTRY_VERIFY(m_spooler->job(b)->lastError.contains(QLatin1String("aper")));
        QTest::qWait(500); // time under test: polls come and go, nothing is sent while the paper is out
        QCOMPARE(stateOf(a), State::Queued);
        QCOMPARE(stateOf(b), State::Queued);
        QCOMPARE(m_spooler->job(a)->attempts, 1);
        QCOMPARE(m_spooler->job(b)->attempts, 0);
        QCOMPARE(cuts(), cutsBefore); // the cut-off receipt never got its cut
        QCOMPARE(printed.size(), 0);

        // Paper replaced: both print by themselves, in order, exactly once.
        control("paper ok");
        QTRY_COMPARE(printed.size(), 2);
        QCOMPARE(printed.at(0).at(0).toLongLong(), a);
        QCOMPARE(printed.at(1).at(0).toLongLong(), b);
        QTest::qWait(500); // time under test: no third cut follows
        QCOMPARE(cuts(), cutsBefore + 2);
        const QStringList r = receipts();
        QCOMPARE(r.size(), receiptsBefore + 2);
        QVERIFY(r.constLast().contains(QLatin1String("Paragon 3")));
        QCOMPARE(r.join(QString()).count(QLatin1String("Paragon 3")), 1);
        QCOMPARE(stateOf(a), State::Printed);
        QCOMPARE(m_spooler->job(a)->attempts, 2);
        QVERIFY(m_spooler->job(a)->lastError.isEmpty());
    }

    void crashWhileSendingLeavesItUncertainAfterRestart()
    {
        // Another program run: it queues two receipts and is killed the moment the first one's
        // bytes are out, before the printer confirmed it.
        m_spooler.reset();
        m_printer.reset(); // frees the simulator's single client slot
        m_db.reset();
        QTRY_VERIFY(simIdle());
        const int cutsBefore = cuts();
        QProcess child;
        child.start(QStringLiteral(SPOOLER_CRASH_CHILD), {ledgerPath(), QString::number(m_port)});
        QVERIFY(child.waitForFinished(15000));
        QVERIFY2(child.readAllStandardOutput().contains("CRASH"), child.readAllStandardError().constData());
        // The printer got the bytes and printed the receipt: that is what makes it uncertain.
        QTRY_COMPARE(cuts(), cutsBefore + 1);
        {
            auto db = db::openLedger(ledgerPath());
            QVERIFY(db);
            db::PrintJobs jobs(*db.value());
            QCOMPARE(jobs.count(QStringLiteral("receipt"), State::Sending), 1);
            QCOMPARE(jobs.count(QStringLiteral("receipt"), State::Queued), 1);
        }

        // The restart: the interrupted job is not printed again; the queued one is.
        QTRY_VERIFY(simIdle());
        startTerminal(false);
        QSignalSpy printed(m_spooler.get(), &PrintSpooler::jobPrinted);
        m_spooler->start();
        QTRY_COMPARE(printed.size(), 1);
        QTest::qWait(500); // time under test: the uncertain job is not printed again by itself
        QCOMPARE(printed.size(), 1);
        QCOMPARE(cuts(), cutsBefore + 2);
        QCOMPARE(m_spooler->uncertainCount(), 1);
        const auto open = m_spooler->jobs(0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].state, State::Uncertain);
        QCOMPARE(open[0].ref, QStringLiteral("crash-1"));
        QVERIFY(!open[0].lastError.isEmpty());
        const QStringList r = receipts();
        QVERIFY2(r.join(QString()).count(QStringLiteral("Paragon 1 przed awarią")) == 1, qPrintable(r.join(QStringLiteral("\n====\n"))));
        QCOMPARE(r.join(QString()).count(QStringLiteral("Paragon 2 przed awarią")), 1);

        // Staff decide: reprint it as a copy. The copy says so on paper; the original is settled.
        const int cutsNow = cuts();
        auto copy = m_spooler->reprint(open[0].id);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
        QTRY_COMPARE(printed.size(), 2);
        QCOMPARE(printed.at(1).at(0).toLongLong(), copy.value());
        QCOMPARE(cuts(), cutsNow + 1);
        const QString last = receipts().constLast();
        QVERIFY2(last.contains(QLatin1String("COPY")) && last.contains(QStringLiteral("Paragon 1 przed awarią")), qPrintable(last));
        QCOMPARE(stateOf(open[0].id), State::Cancelled);
        QVERIFY(m_spooler->job(copy.value())->copy);
        QCOMPARE(m_spooler->job(copy.value())->copyOf, open[0].id);
        QCOMPARE(m_spooler->uncertainCount(), 0);
    }

    void cancelledJobsNeverPrint()
    {
        QSignalSpy printed(m_spooler.get(), &PrintSpooler::jobPrinted);
        control("cover open");
        QTRY_VERIFY(!m_printer->canPrint());
        const int cutsBefore = cuts();
        const qint64 a = m_spooler->submit(QStringLiteral("receipt"), QString(), QStringLiteral("Receipt 9"), doc(QStringLiteral("Paragon 9"))).value();
        QTRY_VERIFY(m_spooler->job(a)->lastError.contains(QLatin1String("over"))); // "Cover open ..."
        QVERIFY(m_spooler->cancel(a));
        QCOMPARE(stateOf(a), State::Cancelled);
        QVERIFY(!m_spooler->cancel(a)); // once
        QVERIFY(!m_spooler->markPrinted(a));
        control("cover close");
        QTRY_VERIFY(m_printer->canPrint());
        QTest::qWait(500); // time under test: the cancelled job stays unprinted once the printer can print
        QCOMPARE(printed.size(), 0);
        QCOMPARE(cuts(), cutsBefore);
        // A cancelled job can still be reprinted (as a copy) when staff ask for it.
        QVERIFY(m_spooler->reprint(a));
        QTRY_COMPARE(printed.size(), 1);
        QCOMPARE(cuts(), cutsBefore + 1);
    }

    void noConfirmationMeansUncertainNotReprinted()
    {
        // A printer that takes the bytes but never answers a status request (a clone that
        // ignores DLE EOT, a hung print server): nobody can say whether the receipt came out.
        QTcpServer mute;
        QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        connect(&mute, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = mute.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [&received, s] { received += s->readAll(); });
        });
        auto profile = escpos::PrinterProfile::builtIn(QStringLiteral("epson-tm-t20"));
        QVERIFY(profile);
        escpos::EscPosPrinter printer(QStringLiteral("mute"), std::make_unique<dev::TcpTransport>(QStringLiteral("127.0.0.1"), mute.serverPort()),
                                      profile.value());
        printer.setJobTimeout(300ms);
        PrintSpooler spooler(*m_db, &printer);
        QSignalSpy uncertain(&spooler, &PrintSpooler::jobUncertain);
        QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
        QVERIFY(printer.open());
        QVERIFY(printer.claim());
        QVERIFY(printer.enable());
        QTRY_COMPARE(printer.power(), dev::Device::Power::Online);
        spooler.start();
        const qint64 a = spooler.submit(QStringLiteral("receipt"), QString(), QStringLiteral("Receipt 10"), doc(QStringLiteral("Paragon 10"))).value();
        QTRY_COMPARE(uncertain.size(), 1);
        QCOMPARE(uncertain.at(0).at(0).toLongLong(), a);
        QCOMPARE(spooler.job(a)->state, State::Uncertain);
        QVERIFY(received.contains("Paragon 10")); // it went out
        const qsizetype sent = received.count("Paragon 10");
        QTest::qWait(1000); // time under test: an unconfirmed job is not resent by itself
        QCOMPARE(received.count("Paragon 10"), sent); // and it is not sent again by itself
        QCOMPARE(spooler.job(a)->attempts, 1);
        QCOMPARE(printed.size(), 0);
        // The other printer's spooler does not know this job.
        QVERIFY(!m_spooler->markPrinted(a));
        QVERIFY(!spooler.reprint(a + 1000));
        // Staff looked at the printer: it did come out.
        QVERIFY(spooler.markPrinted(a));
        QCOMPARE(spooler.job(a)->state, State::Printed);
        QVERIFY(!spooler.cancel(a));
        QVERIFY(!spooler.markPrinted(a));
    }

    void unpluggedPrinterPrintsWhenItIsBack()
    {
        QSignalSpy printed(m_spooler.get(), &PrintSpooler::jobPrinted);
        // The printer goes away: the simulator is stopped and started again on the same port.
        QVERIFY(m_sim->quit(5000));
        QTRY_COMPARE(m_printer->power(), dev::Device::Power::Offline);
        const qint64 a = m_spooler->submit(QStringLiteral("receipt"), QString(), QStringLiteral("Receipt 11"), doc(QStringLiteral("Paragon 11"))).value();
        QTRY_VERIFY(m_spooler->job(a)->lastError.contains(QLatin1String("not connected")));
        QCOMPARE(stateOf(a), State::Queued);
        m_sim = std::make_unique<SimProcess>(QStringLiteral(PRINTER_SIM), QStringList{QStringLiteral("--port"), QString::number(m_port),
                                                                                   QStringLiteral("--columns"), QStringLiteral("48")});
        QVERIFY(!m_sim->waitFor("LISTENING ").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 15000); // reconnect backoff
        QCOMPARE(cuts(), 1);
        QCOMPARE(stateOf(a), State::Printed);
    }

    void cleanupTestCase()
    {
        m_spooler.reset();
        m_printer.reset();
        m_sim.reset();
    }
};

QTEST_GUILESS_MAIN(TestPrintSpooler)
#include "tst_printspooler.moc"
