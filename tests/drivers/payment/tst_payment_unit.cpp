// SPDX-License-Identifier: GPL-3.0-or-later
// JsonPaymentTerminal as the ports::PaymentTerminal role, on the scripted in-process transport:
// the test plays the terminal line by line. A transaction whose answer does not come is asked
// about by its reference, never assumed paid or unpaid, and never sent again
// (docs/devices.md#d15-the-payment-terminal-owns-the-card): after a timeout, after "pending",
// after a dropped link (asked once reconnected), and Unknown when the terminal stays silent.
// The wire-level proof against the simulator is tst_payment.
#include "drivers/payment/jsonpaymentterminal.h"
#include "scriptedtransport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ok::payment;
using namespace std::chrono_literals;
using ok::dev::Device;
using ok::dev::DeviceError;
using ok::ports::PaymentResult;
using ok::test::ScriptedTransport;
using Outcome = PaymentResult::Outcome;

Q_DECLARE_METATYPE(Outcome)

namespace {
// Requests as the driver writes them: compact JSON, keys in order, one line each. (No raw string
// literals: moc 6.4 misreads one whose text ends in a quote, R"(..")", and then finds no class.)
QByteArray payRequest(const char *ref, qint64 amount)
{
    return "{\"amount\":" + QByteArray::number(amount) + ",\"currency\":\"PLN\",\"op\":\"pay\",\"ref\":\"" + ref
        + "\"}\n";
}
QByteArray statusRequest(const char *ref)
{
    return QByteArray("{\"op\":\"status\",\"ref\":\"") + ref + "\"}\n";
}
QByteArray cancelRequest(const char *ref)
{
    return QByteArray("{\"op\":\"cancel\",\"ref\":\"") + ref + "\"}\n";
}
QByteArray answer(const char *ref, const char *result, const char *extra = "")
{
    return QByteArray("{\"ref\":\"") + ref + "\",\"result\":\"" + result + "\"" + extra + "}\n";
}
QByteArray prompt(const char *ref)
{
    return QByteArray("{\"ref\":\"") + ref + "\",\"prompt\":\"Insert, swipe or tap card\"}\n";
}
const char *const kApproved = ",\"auth\":\"123456\",\"card\":\"VISA ****4242\"";
} // namespace

class TestPaymentUnit : public QObject
{
    Q_OBJECT

    ScriptedTransport *m_link = nullptr; // owned by m_terminal
    std::unique_ptr<JsonPaymentTerminal> m_terminal;

    bool connectTerminal()
    {
        if (!m_terminal->open() || !m_terminal->claim() || !m_terminal->enable())
            return false;
        return QTest::qWaitFor([this] { return m_terminal->power() == Device::Power::Online; });
    }

    /// The one finished() of a started transaction, or a default (Unknown, empty) result.
    PaymentResult waitForResult(QSignalSpy &finished, int timeoutMs = 3000)
    {
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return {};
        return finished.at(0).at(0).value<PaymentResult>();
    }

private Q_SLOTS:
    void init()
    {
        auto link = std::make_unique<ScriptedTransport>(QStringLiteral("card"));
        m_link = link.get();
        m_terminal = std::make_unique<JsonPaymentTerminal>(QStringLiteral("card"), std::move(link));
        // Long enough never to fire unless a test wants it to.
        m_terminal->setResponseTimeout(60s);
        m_terminal->setStatusTimeout(60s);
        QVERIFY(connectTerminal());
    }

    void cleanup()
    {
        m_terminal.reset();
        m_link = nullptr;
    }

    void approvedWithPromptAndMaskedCard()
    {
        m_link->addReply(payRequest("tx-1", 12345), prompt("tx-1") + answer("tx-1", "approved", kApproved));
        ok::ports::PaymentTerminal *port = m_terminal.get();
        QSignalSpy prompts(port, &ok::ports::PaymentTerminal::prompt);
        QSignalSpy finished(port, &ok::ports::PaymentTerminal::finished);
        QVERIFY(port->pay(QStringLiteral("tx-1"), 12345, QStringLiteral("PLN")));
        QVERIFY(port->isBusy());
        QCOMPARE(m_terminal->state(), Device::State::Busy);
        const PaymentResult r = waitForResult(finished);
        QCOMPARE(r.outcome, Outcome::Approved);
        QCOMPARE(r.reference, QStringLiteral("tx-1"));
        QCOMPARE(r.amount, 12345);
        QCOMPARE(r.currency, QStringLiteral("PLN"));
        QCOMPARE(r.authCode, QStringLiteral("123456"));
        QCOMPARE(r.maskedCard, QStringLiteral("VISA ****4242"));
        QCOMPARE(prompts.count(), 1);
        QCOMPARE(prompts.at(0).at(0).toString(), QStringLiteral("Insert, swipe or tap card"));
        QVERIFY(!port->isBusy());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_link->written(), payRequest("tx-1", 12345));
    }

    void moreThanFourDigitsAreNeverKept()
    {
        m_link->addReply(payRequest("tx-2", 500), answer("tx-2", "approved", ",\"card\":\"4111111111111111\""));
        QSignalSpy finished(m_terminal.get(), &ok::ports::PaymentTerminal::finished);
        QVERIFY(m_terminal->pay(QStringLiteral("tx-2"), 500, QStringLiteral("PLN")));
        QCOMPARE(waitForResult(finished).maskedCard, QStringLiteral("****1111"));
    }

    void oneTransactionAtATimeAndBadRequestsRefused()
    {
        QVERIFY(m_terminal->pay(QStringLiteral("tx-3"), 700, QStringLiteral("PLN")));
        QCOMPARE(m_terminal->pay(QStringLiteral("tx-4"), 700, QStringLiteral("PLN")).error().code,
            QStringLiteral("payment.busy"));
        QCOMPARE(m_terminal->checkStatus(QStringLiteral("tx-4"), 700, QStringLiteral("PLN")).error().code,
            QStringLiteral("payment.busy"));
        QCOMPARE(m_link->writes().size(), 1); // nothing of tx-4 went out
        m_terminal.reset();
        init();
        QCOMPARE(
            m_terminal->pay(QString(), 700, QStringLiteral("PLN")).error().code, QStringLiteral("payment.bad-request"));
        QCOMPARE(m_terminal->pay(QStringLiteral("tx-5"), 0, QStringLiteral("PLN")).error().code,
            QStringLiteral("payment.bad-request"));
        QCOMPARE(m_terminal->refund(QStringLiteral("tx-5"), 10, QStringLiteral("PL")).error().code,
            QStringLiteral("payment.bad-request"));
        QVERIFY(m_link->written().isEmpty());
    }

    void cancelAsksTheTerminalForTheRunningTransaction()
    {
        m_link->addReply(payRequest("tx-6", 700), prompt("tx-6"));
        m_link->addReply(cancelRequest("tx-6"), answer("tx-6", "cancelled"));
        QSignalSpy prompts(m_terminal.get(), &ok::ports::PaymentTerminal::prompt);
        QSignalSpy finished(m_terminal.get(), &ok::ports::PaymentTerminal::finished);
        QVERIFY(m_terminal->pay(QStringLiteral("tx-6"), 700, QStringLiteral("PLN")));
        QVERIFY(prompts.wait(2000)); // the customer is at the terminal
        m_terminal->cancel();
        const PaymentResult r = waitForResult(finished);
        QCOMPARE(r.outcome, Outcome::Cancelled);
        QCOMPARE(r.message, QStringLiteral("Card payment cancelled; nothing was charged"));
        QCOMPARE(m_link->written(), payRequest("tx-6", 700) + cancelRequest("tx-6"));
    }

    void lostAnswerIsAskedAboutByReference_data()
    {
        QTest::addColumn<QByteArray>("statusAnswer");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("approved") << answer("tx-7", "approved", kApproved) << Outcome::Approved;
        QTest::newRow("declined") << answer("tx-7", "declined") << Outcome::Declined;
        // The terminal never saw it: nothing was charged.
        QTest::newRow("not found") << answer("tx-7", "not-found") << Outcome::Cancelled;
    }
    void lostAnswerIsAskedAboutByReference()
    {
        QFETCH(QByteArray, statusAnswer);
        QFETCH(Outcome, outcome);
        // Time is what is under test here: the response timeout that starts the status check.
        m_terminal->setResponseTimeout(50ms);
        m_link->addReply(payRequest("tx-7", 999), prompt("tx-7")); // ... and then nothing
        m_link->addReply(statusRequest("tx-7"), statusAnswer);
        QSignalSpy finished(m_terminal.get(), &ok::ports::PaymentTerminal::finished);
        QVERIFY(m_terminal->pay(QStringLiteral("tx-7"), 999, QStringLiteral("PLN")));
        const PaymentResult r = waitForResult(finished);
        QCOMPARE(r.outcome, outcome);
        QCOMPARE(r.reference, QStringLiteral("tx-7"));
        // Asked, never paid again.
        QCOMPARE(m_link->written(), payRequest("tx-7", 999) + statusRequest("tx-7"));
    }

    void pendingWaitsForTheTerminalsAnswer()
    {
        // Time is what is under test here: the response timeout that starts the status check.
        m_terminal->setResponseTimeout(30ms);
        QSignalSpy finished(m_terminal.get(), &ok::ports::PaymentTerminal::finished);
        QVERIFY(m_terminal->pay(QStringLiteral("tx-8"), 100, QStringLiteral("PLN")));
        QTRY_COMPARE(m_link->writtenCount(statusRequest("tx-8")), 1);
        // Still running on the terminal: the driver waits for the answer the terminal sends when done.
        m_link->feed(answer("tx-8", "pending"));
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        QVERIFY(m_terminal->isBusy());
        m_link->feed(answer("tx-8", "approved", kApproved));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<PaymentResult>().outcome, Outcome::Approved);
        QCOMPARE(m_link->written(), payRequest("tx-8", 100) + statusRequest("tx-8"));
    }

    void pendingForEverIsUnknown()
    {
        // Time is what is under test here: both timeouts run out.
        m_terminal->setResponseTimeout(30ms);
        m_terminal->setStatusTimeout(30ms);
        m_link->addReply(statusRequest("tx-14"), answer("tx-14", "pending"));
        QSignalSpy finished(m_terminal.get(), &ok::ports::PaymentTerminal::finished);
        QVERIFY(m_terminal->pay(QStringLiteral("tx-14"), 100, QStringLiteral("PLN")));
        const PaymentResult r = waitForResult(finished);
        QCOMPARE(r.outcome, Outcome::Unknown);
        QCOMPARE(m_link->writtenCount(payRequest("tx-14", 100)), 1);
    }

    void silentTerminalIsUnknown()
    {
        // Time is what is under test here: both timeouts run out.
        m_terminal->setResponseTimeout(30ms);
        m_terminal->setStatusTimeout(30ms);
        QSignalSpy finished(m_terminal.get(), &ok::ports::PaymentTerminal::finished);
        QVERIFY(m_terminal->pay(QStringLiteral("tx-9"), 100, QStringLiteral("PLN")));
        const PaymentResult r = waitForResult(finished);
        QCOMPARE(r.outcome, Outcome::Unknown);
        QVERIFY2(r.message.contains(QLatin1String("before taking payment again")), qPrintable(r.message));
        QVERIFY(!m_terminal->isBusy());
        QCOMPARE(m_link->written(), payRequest("tx-9", 100) + statusRequest("tx-9"));
        QCOMPARE(m_terminal->statistics().failures, 1);
    }

    void droppedLinkIsAskedAboutOnceReconnected()
    {
        m_link->addReply(payRequest("tx-10", 4200), prompt("tx-10"));
        QSignalSpy prompts(m_terminal.get(), &ok::ports::PaymentTerminal::prompt);
        QSignalSpy finished(m_terminal.get(), &ok::ports::PaymentTerminal::finished);
        QVERIFY(m_terminal->pay(QStringLiteral("tx-10"), 4200, QStringLiteral("PLN")));
        QVERIFY(prompts.wait(2000));
        m_link->takeWritten();
        m_link->dropConnection(QStringLiteral("terminal rebooted"));
        QCOMPARE(m_terminal->power(), Device::Power::Offline);
        QVERIFY(m_terminal->isBusy()); // not finished: nobody knows yet
        QVERIFY(m_link->written().isEmpty()); // nothing can be asked while the link is down

        m_link->addReply(statusRequest("tx-10"), answer("tx-10", "approved", kApproved));
        const PaymentResult r = waitForResult(finished);
        QCOMPARE(r.outcome, Outcome::Approved);
        QCOMPARE(m_link->openCount(), 2);
        QCOMPARE(m_link->written(), statusRequest("tx-10"));
    }

    void statusCheckAfterARestart()
    {
        m_link->addReply(statusRequest("tx-11"), answer("tx-11", "approved", kApproved));
        QSignalSpy finished(m_terminal.get(), &ok::ports::PaymentTerminal::finished);
        QVERIFY(m_terminal->checkStatus(QStringLiteral("tx-11"), 599, QStringLiteral("PLN")));
        const PaymentResult r = waitForResult(finished);
        QCOMPARE(r.outcome, Outcome::Approved);
        QCOMPARE(r.amount, 599);
        QCOMPARE(m_link->written(), statusRequest("tx-11"));
    }

    void answersToOtherReferencesAndGarbageAreNotTheAnswer()
    {
        QSignalSpy finished(m_terminal.get(), &ok::ports::PaymentTerminal::finished);
        QSignalSpy errors(m_terminal.get(), &Device::errorOccurred);
        QVERIFY(m_terminal->pay(QStringLiteral("tx-12"), 100, QStringLiteral("PLN")));
        m_link->feed(answer("tx-old", "approved", kApproved)); // a late answer to something else
        m_link->feed("not json\n");
        m_link->feed("{\"ref\":\"tx-12\",\"res"); // half a line ...
        QCOMPARE(finished.count(), 0);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).value<DeviceError>().code, DeviceError::Code::Protocol);
        m_link->feed("ult\":\"declined\"}\n"); // ... and the rest
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<PaymentResult>().outcome, Outcome::Declined);
    }

    void refusedWhileOffline()
    {
        m_terminal->release();
        QCOMPARE(m_terminal->pay(QStringLiteral("tx-13"), 100, QStringLiteral("PLN")).error().code,
            QStringLiteral("payment.offline"));
        QCOMPARE(m_terminal->checkStatus(QStringLiteral("tx-13"), 100, QStringLiteral("PLN")).error().code,
            QStringLiteral("payment.offline"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentUnit)
#include "tst_payment_unit.moc"
