// SPDX-License-Identifier: GPL-3.0-or-later
// The payment-terminal driver against the simulator executable on loopback TCP: approve,
// decline, cancel, a lost answer, a dropped connection mid-transaction and a terminal that never
// finishes. A transaction whose answer is lost is resolved by asking the terminal, never assumed.
#include "drivers/device/transports.h"
#include "drivers/payment/jsonpaymentterminal.h"
#include "../../tools/simprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace ok::payment;
using ok::ports::PaymentResult;
using ok::ports::PaymentTerminal;
using namespace std::chrono_literals;

class TestPayment : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<JsonPaymentTerminal> m_terminal;
    qsizetype m_lastRun = 0; ///< simulator lines before the last run() started

    /// A control line; the simulator acknowledges each with "OK <line>".
    bool control(const QString &cmd) { return m_sim->command(cmd) == QStringLiteral("OK ") + cmd; }

    /// The simulator's lines since the last run() started, up to the acknowledgement of a control
    /// line sent now: the simulator writes its lines in order, so nothing it printed about that
    /// run is still on its way.
    QStringList linesOfLastRun()
    {
        const qsizetype from = m_lastRun;
        if (!control(QStringLiteral("delay 200")))
            return {QStringLiteral("no acknowledgement")};
        return m_sim->lines().mid(from);
    }

    PaymentResult run(const QString &ref, qint64 amount, std::chrono::milliseconds within = 5000ms)
    {
        QSignalSpy finished(m_terminal.get(), &PaymentTerminal::finished);
        m_lastRun = m_sim->lineCount();
        auto started = m_terminal->pay(ref, amount, QStringLiteral("PLN"));
        if (!started) {
            qWarning("pay refused: %s", qPrintable(started.error().message));
            return {};
        }
        finished.wait(int(within.count()));
        return finished.isEmpty() ? PaymentResult{} : finished.at(0).at(0).value<PaymentResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimProcess>(QStringLiteral(PAYMENT_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_sim->waitForStarted());
        const quint16 port = quint16(m_sim->waitFor("LISTENING ").toUInt());
        QVERIFY(port != 0);
        m_terminal = std::make_unique<JsonPaymentTerminal>(QStringLiteral("card"), std::make_unique<ok::dev::TcpTransport>(QStringLiteral("127.0.0.1"), port));
        m_terminal->setResponseTimeout(600ms);
        m_terminal->setStatusTimeout(800ms);
        QVERIFY(m_terminal->open());
        QVERIFY(m_terminal->claim());
        QVERIFY(m_terminal->enable());
        QTRY_COMPARE(m_terminal->power(), ok::dev::Device::Power::Online);
    }

    void approved()
    {
        QSignalSpy prompt(m_terminal.get(), &PaymentTerminal::prompt);
        const PaymentResult r = run(QStringLiteral("tx-1"), 12345);
        QCOMPARE(r.outcome, PaymentResult::Outcome::Approved);
        QCOMPARE(r.reference, QStringLiteral("tx-1"));
        QCOMPARE(r.amount, 12345);
        QCOMPARE(r.authCode.size(), 6);
        QCOMPARE(r.maskedCard, QStringLiteral("VISA ****4242"));
        QCOMPARE(prompt.count(), 1);
        QVERIFY(linesOfLastRun().contains(QStringLiteral("TX pay tx-1 12345 PLN -> approved")));
    }

    void declined()
    {
        QVERIFY(control(QStringLiteral("next decline")));
        const PaymentResult r = run(QStringLiteral("tx-2"), 500);
        QCOMPARE(r.outcome, PaymentResult::Outcome::Declined);
        QVERIFY(r.authCode.isEmpty());
        QVERIFY(!r.message.isEmpty());
    }

    void cancelledByCashier()
    {
        QVERIFY(control(QStringLiteral("delay 2000")));
        QSignalSpy prompt(m_terminal.get(), &PaymentTerminal::prompt);
        QSignalSpy finished(m_terminal.get(), &PaymentTerminal::finished);
        QVERIFY(m_terminal->pay(QStringLiteral("tx-3"), 700, QStringLiteral("PLN")));
        QVERIFY(m_terminal->isBusy());
        auto second = m_terminal->pay(QStringLiteral("tx-3b"), 700, QStringLiteral("PLN"));
        QVERIFY(!second); // one transaction at a time
        QVERIFY(prompt.wait(3000)); // the terminal has started and waits for the customer
        m_terminal->cancel();
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.at(0).at(0).value<PaymentResult>().outcome, PaymentResult::Outcome::Cancelled);
        QVERIFY(control(QStringLiteral("delay 200")));
    }

    // The terminal approved, but its answer never arrived: the driver must find out, not guess.
    void lostAnswerIsCheckedNotAssumed()
    {
        QVERIFY(control(QStringLiteral("next timeout")));
        const PaymentResult r = run(QStringLiteral("tx-4"), 999);
        QCOMPARE(r.outcome, PaymentResult::Outcome::Approved);
        QCOMPARE(r.authCode.size(), 6);
    }

    void droppedConnectionMidTransactionIsChecked()
    {
        QVERIFY(control(QStringLiteral("next disconnect")));
        const PaymentResult r = run(QStringLiteral("tx-5"), 4200, 8000ms);
        QCOMPARE(r.outcome, PaymentResult::Outcome::Approved);
        QTRY_COMPARE(m_terminal->power(), ok::dev::Device::Power::Online);
    }

    void terminalThatNeverFinishesIsUnknown()
    {
        QVERIFY(control(QStringLiteral("next hang")));
        const PaymentResult r = run(QStringLiteral("tx-6"), 100, 8000ms);
        QCOMPARE(r.outcome, PaymentResult::Outcome::Unknown);
        QVERIFY(r.message.contains(QLatin1String("before taking payment again")));
        QVERIFY(!m_terminal->isBusy());
    }

    void sameReferenceIsNeverChargedTwice()
    {
        const PaymentResult again = run(QStringLiteral("tx-1"), 12345);
        QCOMPARE(again.outcome, PaymentResult::Outcome::Approved);
        const QStringList lines = linesOfLastRun();
        QVERIFY2(lines.filter(QStringLiteral("TX pay tx-1")).isEmpty(), qPrintable(lines.join(u'|'))); // answered from the record, no new charge
    }

    void refusedWhileOffline()
    {
        m_terminal->release();
        auto r = m_terminal->pay(QStringLiteral("tx-7"), 100, QStringLiteral("PLN"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("payment.offline"));
    }

    void cleanupTestCase()
    {
        m_terminal.reset();
        QVERIFY(m_sim->quit());
    }
};

QTEST_GUILESS_MAIN(TestPayment)
#include "tst_payment.moc"
