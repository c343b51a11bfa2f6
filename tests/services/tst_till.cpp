// SPDX-License-Identifier: GPL-3.0-or-later
// The till against real parts: cache.db and ledger.db files, the catalog service on its thread,
// the printer and payment terminal simulators over TCP. Covers sign-in and lockout, permissions
// with inline approval, ringing up (scan, repeat scan, unknown code, weighed label), discounts,
// crash survival of the basket, cash / card / split tender with decline and timeout, the receipt
// and drawer after commit, returns (discounted line, weighed item, more than sold), exchange,
// park and resume, and the cash desk (float, cash out, X, Z blind count, Z after a crash).
#include "drivers/payment/jsonpaymentterminal.h"
#include "services/cashdesk.h"
#include "services/config.h"
#include "services/devicemanager.h"
#include "services/printspooler.h"
#include "services/till.h"
#include "storage/drafts.h"
#include "storage/ledger.h"
#include "storage/shifts.h"

#include "tillfixture.h"
#include "../tools/simprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUuid>
#include <QTest>

using namespace ok;
using namespace std::chrono_literals;

namespace {
Config configOf(const QStringList &assignments)
{
    Config c;
    for (const QString &a : assignments)
        if (auto r = c.applyOverride(a); !r)
            qFatal("%s", qPrintable(r.error().message));
    return c;
}

TillSettings settings()
{
    TillSettings s;
    s.storeId = QStringLiteral("S001");
    s.storeName = QStringLiteral("Omnikiosk Test");
    s.terminalId = QStringLiteral("T01");
    s.language = QStringLiteral("pl_PL");
    s.currency = *Currency::fromCode(u"PLN");
    s.discountLimitBp = 1000;
    s.variableMeasure = {scanner::VariableMeasureLayout::fromMask(u"23IIIIIWW.WWWC").value()};
    return s;
}

/// An EAN-13 with its check digit.
QString ean13(const QString &twelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (twelve.at(i).digitValue()) * (i % 2 ? 3 : 1);
    return twelve + QString::number((10 - sum % 10) % 10);
}
} // namespace

class TestTill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_cache;
    std::unique_ptr<db::Database> m_ledger;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<StaffAuth> m_auth;
    std::unique_ptr<SimProcess> m_printerSim;
    std::unique_ptr<SimProcess> m_paymentSim;
    std::unique_ptr<DeviceManager> m_devices;
    std::unique_ptr<Till> m_till;
    StaffMember m_cashier, m_supervisor, m_manager;

    std::unique_ptr<Till> makeTill()
    {
        auto t = std::make_unique<Till>(settings(), *m_ledger, m_catalog.get(), m_devices.get(), m_auth.get());
        t->setCashier(m_cashier);
        return t;
    }

    /// Scan and wait for the line (or the rejection).
    bool scan(Till &till, const QString &code, QString *rejection = nullptr)
    {
        QSignalSpy added(&till, &Till::lineAdded);
        QSignalSpy rejected(&till, &Till::scanRejected);
        till.scan(code);
        if (!QTest::qWaitFor([&] { return !added.isEmpty() || !rejected.isEmpty(); }, 5000))
            return false;
        if (!rejected.isEmpty() && rejection)
            *rejection = rejected.first().at(1).toString();
        return !added.isEmpty();
    }

    /// The number of the last cut the printer simulator reported ("CUT <n>" lines).
    int lastCut() const
    {
        int n = 0;
        for (const QByteArray &line : m_printerSim->out.split('\n'))
            if (line.startsWith("CUT "))
                n = std::max(n, line.mid(4).trimmed().toInt());
        return n;
    }

    ApprovalRecord approval(Permission p, const QString &id, const QString &pin, const QString &reason = QStringLiteral("ok"))
    {
        auto a = m_auth->approve(p, id, pin, reason);
        if (!a)
            qFatal("%s", qPrintable(a.error().message));
        return a.value();
    }

    int countJournal(const QString &kind, const QString &actor = {})
    {
        auto st = m_ledger->prepare("SELECT count(*) FROM journal WHERE kind = ?1 AND (?2 = '' OR actor = ?2)");
        st.value().bind(1, kind).bind(2, actor);
        st.value().step();
        return st.value().int32(0);
    }

    int countOutbox(const QString &kind)
    {
        auto st = m_ledger->prepare("SELECT count(*) FROM outbox WHERE kind = ?1");
        st.value().bind(1, kind);
        st.value().step();
        return st.value().int32(0);
    }

    StoredSale lastSale()
    {
        const auto id = m_ledger->prepare("SELECT id FROM sale ORDER BY rowid DESC LIMIT 1");
        auto &st = const_cast<db::Statement &>(id.value());
        st.step();
        return *db::Ledger(*m_ledger).sale(st.text(0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto cache = db::openCache(m_dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache);
        m_cache = std::move(cache).value();
        test::writeStore(*m_cache);
        auto ledger = db::openLedger(m_dir.filePath(QStringLiteral("ledger.db")));
        QVERIFY(ledger);
        m_ledger = std::move(ledger).value();
        m_catalog = std::make_unique<CatalogService>(m_dir.filePath(QStringLiteral("cache.db")), QStringLiteral("S001"), QStringLiteral("pl"));
        QVERIFY(m_catalog->start());
        m_auth = std::make_unique<StaffAuth>(*m_cache, *m_ledger, QStringLiteral("S001"));
        m_cashier = *m_auth->member(QStringLiteral("E1"));
        m_supervisor = *m_auth->member(QStringLiteral("E2"));
        m_manager = *m_auth->member(QStringLiteral("E3"));

        m_printerSim = std::make_unique<SimProcess>(QStringLiteral(PRINTER_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        const QString printerPort = m_printerSim->waitFor("LISTENING ");
        QVERIFY(!printerPort.isEmpty());
        m_paymentSim = std::make_unique<SimProcess>(QStringLiteral(PAYMENT_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        const QString paymentPort = m_paymentSim->waitFor("LISTENING ");
        QVERIFY(!paymentPort.isEmpty());
        m_paymentSim->send("delay 20");
        m_devices = std::make_unique<DeviceManager>();
        m_devices->setLedger(m_ledger.get());
        m_devices->start(configOf({QStringLiteral("device.receipt.role=printer"), QStringLiteral("device.receipt.transport=tcp"),
                                   QStringLiteral("device.receipt.port=127.0.0.1:") + printerPort,
                                   QStringLiteral("device.card.role=payment"), QStringLiteral("device.card.transport=tcp"),
                                   QStringLiteral("device.card.port=127.0.0.1:") + paymentPort})
                             .devices);
        QTRY_VERIFY_WITH_TIMEOUT(m_devices->isOnline(0) && m_devices->isOnline(1), 5000);
        m_till = makeTill();
    }

    void cleanupTestCase()
    {
        m_till.reset();
        m_devices->stop();
        m_devices.reset();
    }

    // ---------------------------------------------------------------- staff

    void signInChecksThePinAndLocksOutGuessers()
    {
        QVERIFY(m_auth->signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        qint64 clock = 1'000'000;
        StaffAuth auth(*m_cache, *m_ledger, QStringLiteral("S001"));
        auth.setClock([&clock] { return clock; });
        auto wrong = auth.signIn(QStringLiteral("E1"), QStringLiteral("0000"));
        QCOMPARE(wrong.error().code, QStringLiteral("auth.wrong-pin"));
        QVERIFY(!auth.signIn(QStringLiteral("E1"), QStringLiteral("1112")));
        auto third = auth.signIn(QStringLiteral("E1"), QStringLiteral("1234"));
        QCOMPARE(third.error().code, QStringLiteral("auth.locked"));
        // Locked: even the right PIN is refused, and a restart (a new object) does not unlock.
        StaffAuth restarted(*m_cache, *m_ledger, QStringLiteral("S001"));
        restarted.setClock([&clock] { return clock; });
        QCOMPARE(restarted.signIn(QStringLiteral("E1"), QStringLiteral("1111")).error().code, QStringLiteral("auth.locked"));
        QCOMPARE(restarted.lockedForMs(QStringLiteral("E1")), StaffAuth::kFirstLockMs);
        // Another person is not locked by E1's failures.
        QVERIFY(restarted.signIn(QStringLiteral("E2"), QStringLiteral("2222")));
        clock += StaffAuth::kFirstLockMs;
        // The lock doubles with the next failure after it ends.
        QCOMPARE(restarted.signIn(QStringLiteral("E1"), QStringLiteral("9999")).error().code, QStringLiteral("auth.locked"));
        QCOMPARE(restarted.lockedForMs(QStringLiteral("E1")), 2 * StaffAuth::kFirstLockMs);
        clock += 2 * StaffAuth::kFirstLockMs;
        QVERIFY(restarted.signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        QCOMPARE(restarted.lockedForMs(QStringLiteral("E1")), 0);
        // The PIN is nowhere in the ledger or the cache.
        for (db::Database *d : {m_ledger.get(), m_cache.get()}) {
            QFile f(d->path());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("1111"));
        }
    }

    void guessingAcrossPeopleLocksTheTerminal()
    {
        qint64 clock = 50'000'000;
        StaffAuth auth(*m_cache, *m_ledger, QStringLiteral("S001"));
        auth.setClock([&clock] { return clock; });
        for (int i = 0; i < StaffAuth::kTerminalFreeAttempts; ++i)
            QVERIFY(!auth.signIn(QStringLiteral("X%1").arg(i), QStringLiteral("0000")));
        QCOMPARE(auth.signIn(QStringLiteral("E3"), QStringLiteral("3333")).error().code, QStringLiteral("auth.locked"));
        clock += StaffAuth::kFirstLockMs;
        QVERIFY(auth.signIn(QStringLiteral("E3"), QStringLiteral("3333")));
    }

    void rolesAndApprovals()
    {
        QVERIFY(!roleAllows(QStringLiteral("cashier"), Permission::VoidLine));
        QVERIFY(roleAllows(QStringLiteral("supervisor"), Permission::VoidLine));
        QVERIFY(!roleAllows(QStringLiteral("supervisor"), Permission::AcceptCountDifference));
        QVERIFY(roleAllows(QStringLiteral("manager"), Permission::AcceptCountDifference));
        // A cashier cannot approve what they may not do.
        auto a = m_auth->approve(Permission::VoidLine, QStringLiteral("E1"), QStringLiteral("1111"), QString());
        QCOMPARE(a.error().code, QStringLiteral("auth.not-allowed"));
        auto b = m_auth->approve(Permission::VoidLine, QStringLiteral("E2"), QStringLiteral("2222"), QStringLiteral("customer changed mind"));
        QVERIFY(b);
        QCOMPARE(b.value().staffId, QStringLiteral("E2"));
        QCOMPARE(b.value().action, QStringLiteral("void_line"));
    }

    // ---------------------------------------------------------------- ringing up

    void openShiftForSelling()
    {
        CashDesk desk({QStringLiteral("S001"), QStringLiteral("T01"), QStringLiteral("PLN"), 1000, {}}, *m_ledger, m_devices.get(),
                      m_till->receipts());
        const int kicks = int(m_printerSim->out.count("KICK"));
        auto shift = desk.openShift(m_cashier, {{10000, 2}, {2000, 5}, {500, 4}});
        QVERIFY2(shift, qPrintable(shift ? QString() : shift.error().message));
        QCOMPARE(shift.value().floatAmount, 32000);
        QCOMPARE(m_till->shiftId(), shift.value().id);
        QTRY_COMPARE(int(m_printerSim->out.count("KICK")), kicks + 1); // the float goes in the drawer
        QVERIFY(!desk.openShift(m_cashier, {}));                        // one open shift per terminal
        QCOMPARE(countOutbox(QStringLiteral("cash.movement")), 1);
    }

    void scanRepeatedScanAndUnknownCode()
    {
        QVERIFY(scan(*m_till, QStringLiteral("5901234123457")));
        QVERIFY(scan(*m_till, QStringLiteral("5901234123457")));
        QCOMPARE(m_till->basket().lines().size(), 1);
        QCOMPARE(m_till->basket().lines().at(0).quantity.value, 2);
        QString why;
        QVERIFY(!scan(*m_till, QStringLiteral("5909999999999"), &why));
        QVERIFY2(why.contains(QLatin1String("5909999999999")) && why.contains(QLatin1String("Search")), qPrintable(why));
        QCOMPARE(m_till->basket().lines().size(), 1);
        // A weighed product needs a weight; its scale label (prefix 23, item 00042, 1.234 kg) has one.
        QVERIFY(!scan(*m_till, QStringLiteral("5900000000427"), &why));
        QVERIFY2(why.contains(QLatin1String("weight")), qPrintable(why));
        QVERIFY(scan(*m_till, ean13(QStringLiteral("230004201234"))));
        QCOMPARE(m_till->basket().lines().size(), 2);
        QCOMPARE(m_till->basket().lines().at(1).quantity, Quantity::grams(1234));
        QCOMPARE(m_till->totals().lines.at(1).gross, 616); // 4.99/kg × 1.234 kg = 6.15766 → 6.16
        // A corrupted label (wrong check digit) is refused, not guessed.
        QVERIFY(!scan(*m_till, QStringLiteral("2300042012340"), &why));
        QCOMPARE(m_till->basket().lines().size(), 2);
    }

    void basketSurvivesACrash()
    {
        const QByteArray before = m_till->basket().lines().isEmpty() ? QByteArray() : QByteArray::number(m_till->totals().total);
        QVERIFY(!before.isEmpty());
        // The process dies: nothing but the ledger file remains. A new till restores the ticket.
        m_till.reset();
        m_till = makeTill();
        QVERIFY(m_till->isEmpty());
        QVERIFY(m_till->restore());
        QCOMPARE(m_till->basket().lines().size(), 2);
        QCOMPARE(QByteArray::number(m_till->totals().total), before);
        QCOMPARE(m_till->basket().lines().at(1).quantity, Quantity::grams(1234));
    }

    void voidAndDiscountNeedApproval()
    {
        // Lowering a quantity or voiding a line: a supervisor's PIN.
        auto lower = m_till->setQuantity(0, 1);
        QCOMPARE(lower.error().code, QStringLiteral("approval:void_line"));
        auto v = m_till->voidLine(1);
        QCOMPARE(v.error().code, QStringLiteral("approval:void_line"));
        QVERIFY(m_till->voidLine(1, approval(Permission::VoidLine, QStringLiteral("E2"), QStringLiteral("2222"))));
        QCOMPARE(m_till->basket().lines().size(), 1);
        QCOMPARE(countJournal(QStringLiteral("line.voided"), QStringLiteral("E2")), 1);
        // Raising a quantity is fine.
        QVERIFY(m_till->setQuantity(0, 3));
        // 10 % is within the cashier's limit; 25 % needs approval; both need a reason.
        QCOMPARE(m_till->setLineDiscount(0, {Discount::Kind::Percent, 1000, QString()}).error().code, QStringLiteral("till.invalid"));
        QVERIFY(m_till->setLineDiscount(0, {Discount::Kind::Percent, 1000, QStringLiteral("damaged pack")}));
        QCOMPARE(m_till->setLineDiscount(0, {Discount::Kind::Percent, 2500, QStringLiteral("damaged")}).error().code,
                 QStringLiteral("approval:large_discount"));
        // An approval for something else does not count.
        QCOMPARE(m_till->setLineDiscount(0, {Discount::Kind::Percent, 2500, QStringLiteral("damaged")},
                                         approval(Permission::VoidLine, QStringLiteral("E2"), QStringLiteral("2222")))
                     .error().code,
                 QStringLiteral("approval:large_discount"));
        QVERIFY(m_till->setLineDiscount(0, {Discount::Kind::Percent, 2500, QStringLiteral("damaged")},
                                        approval(Permission::LargeDiscount, QStringLiteral("E2"), QStringLiteral("2222"))));
        // 3 × 3.49 = 10.47, 25 % = 2.62 (half up) → 7.85
        QCOMPARE(m_till->totals().total, 785);
        // Price override: never the cashier alone.
        QCOMPARE(m_till->overridePrice(0, 300, QStringLiteral("shelf price")).error().code, QStringLiteral("approval:price_override"));
    }

    void cashSaleCommitsThenPrintsAndKicks()
    {
        const int cuts = lastCut();
        const int kicks = int(m_printerSim->out.count("KICK"));
        QSignalSpy done(m_till.get(), &Till::saleCompleted);
        QCOMPARE(m_till->payCash(500).error().code, QString()); // part payment: 5.00 of 7.85
        QVERIFY(done.isEmpty());
        QCOMPARE(m_till->totals().due, 285);
        QVERIFY(m_till->payCash(500)); // 5.00 for 2.85: 2.15 change
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(1).toLongLong(), 215);
        QVERIFY(m_till->isEmpty());
        QVERIFY(!db::Drafts(*m_ledger).load(db::Drafts::kCurrent)); // committed: never restored
        const StoredSale s = lastSale();
        QCOMPARE(s.sale.total, 785);
        QCOMPARE(s.sale.tenders.size(), 2);
        QCOMPARE(s.sale.tenders.at(1).change, 215);
        QCOMPARE(s.sale.approvals.size(), 2); // void line, large discount
        QCOMPARE(s.sale.shiftId, m_till->shiftId());
        QTRY_COMPARE(int(m_printerSim->out.count("KICK")), kicks + 1);
        QTRY_COMPARE_WITH_TIMEOUT(lastCut(), cuts + 1, 5000);
        QTRY_VERIFY(db::Ledger(*m_ledger).sale(s.sale.id)->receiptPrintedAtMs.has_value());
        // A new till after the sale restores nothing.
        auto fresh = makeTill();
        QVERIFY(fresh->restore());
        QVERIFY(fresh->isEmpty());
    }

    void receiptTextHasWhatTheCustomerNeeds()
    {
        const qsizetype from = m_printerSim->out.size();
        m_printerSim->send("text");
        QTRY_VERIFY(m_printerSim->out.mid(from).contains("Omnikiosk Test"));
        QTest::qWait(200);
        const QString text = QString::fromUtf8(m_printerSim->out.mid(from));
        if (qEnvironmentVariableIsSet("OMNIKIOSK_SHOW_RECEIPT"))
            qInfo().noquote() << text;
        const StoredSale s = lastSale();
        QVERIFY2(text.contains(QStringLiteral("RECEIPT %1").arg(s.receiptNo)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Mleko 2% 1 l")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("7,85")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("damaged")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2,15")), qPrintable(text));   // change
        QVERIFY2(text.contains(QLatin1String("Anna Kasjer")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("T01-")), qPrintable(text));
    }

    void splitTenderWithADeclinedCard()
    {
        QVERIFY(scan(*m_till, QStringLiteral("96385074"))); // 12.99
        QVERIFY(scan(*m_till, QStringLiteral("4006381333931"))); // 5.99
        QCOMPARE(m_till->totals().total, 1898);
        m_paymentSim->send("next decline");
        QSignalSpy messages(m_till.get(), &Till::message);
        QVERIFY(m_till->payCard(1000));
        QVERIFY(m_till->cardInProgress());
        QString why;
        QVERIFY(!scan(*m_till, QStringLiteral("96385074"), &why)); // refused while the card runs
        QVERIFY2(why.contains(QLatin1String("card")), qPrintable(why));
        QTRY_VERIFY(!m_till->cardInProgress());
        QVERIFY(m_till->tenders().isEmpty()); // declined: nothing taken
        QCOMPARE(m_till->totals().due, 1898);
        m_paymentSim->send("next approve");
        QVERIFY(m_till->payCard(1000));
        QTRY_VERIFY(!m_till->cardInProgress());
        QCOMPARE(m_till->tenders().size(), 1);
        QCOMPARE(m_till->totals().due, 898);
        QSignalSpy done(m_till.get(), &Till::saleCompleted);
        QVERIFY(m_till->payCash(1000));
        QCOMPARE(done.size(), 1);
        const StoredSale s = lastSale();
        QCOMPARE(s.sale.tenders.size(), 2);
        QCOMPARE(s.sale.tenders.at(0).kind, QStringLiteral("card"));
        QVERIFY2(s.sale.tenders.at(0).reference.contains(QLatin1String("auth")), qPrintable(s.sale.tenders.at(0).reference));
        QCOMPARE(s.sale.tenders.at(1).change, 102);
    }

    void cardTimeoutIsNeverAssumedPaid()
    {
        auto *terminal = qobject_cast<payment::JsonPaymentTerminal *>(m_devices->byRole(QStringLiteral("payment")));
        terminal->setResponseTimeout(300ms);
        terminal->setStatusTimeout(300ms);
        QVERIFY(scan(*m_till, QStringLiteral("96385074")));
        m_paymentSim->send("next timeout"); // approves but never answers
        QVERIFY(m_till->payCard(1299));
        // The driver asks for the status: the simulator tells the truth (approved).
        QTRY_VERIFY_WITH_TIMEOUT(!m_till->cardInProgress(), 5000);
        QVERIFY(m_till->isEmpty()); // approved on the status check and committed
        QCOMPARE(lastSale().sale.tenders.at(0).kind, QStringLiteral("card"));
        terminal->setResponseTimeout(90s);
        terminal->setStatusTimeout(10s);
    }

    void cardPendingAtACrashIsCheckedNotRepeated()
    {
        auto *terminal = qobject_cast<payment::JsonPaymentTerminal *>(m_devices->byRole(QStringLiteral("payment")));
        terminal->setResponseTimeout(300ms);
        terminal->setStatusTimeout(300ms);
        QVERIFY(scan(*m_till, QStringLiteral("4006381333931")));
        m_paymentSim->send("next timeout"); // the card is charged, but the answer never comes back
        QVERIFY(m_till->payCard(599));
        const QString ref = m_till->tenders().at(0).txRef;
        m_till.reset(); // the till dies mid-payment
        m_till = makeTill();
        QVERIFY(m_till->restore());
        QCOMPARE(m_till->tenders().size(), 1);
        QCOMPARE(m_till->tenders().at(0).state, TenderLine::State::Unknown);
        QCOMPARE(m_till->tenders().at(0).txRef, ref);
        // Nothing can be paid again or finished before the terminal was asked.
        QCOMPARE(m_till->payCash(1000).error().code, QStringLiteral("till.card-open"));
        QCOMPARE(m_till->payCard(599).error().code, QStringLiteral("till.card-open"));
        QTRY_VERIFY(!terminal->isBusy());
        if (!m_till->isEmpty()) // the driver's own status check may already have settled it
            QVERIFY(m_till->checkCard());
        QTRY_VERIFY(m_till->isEmpty()); // approved by the terminal: the sale committed once
        const StoredSale s = lastSale();
        QCOMPARE(s.sale.total, 599);
        QCOMPARE(s.sale.tenders.size(), 1);
        QCOMPARE(int(m_paymentSim->out.count(("TX pay " + ref).toUtf8())), 1); // charged exactly once
        terminal->setResponseTimeout(90s);
        terminal->setStatusTimeout(10s);
    }

    void cleanupTicket()
    {
        // Leave an empty till for what follows (a fresh ticket: the unknown card stays on record
        // in the ledger's draft history only).
        m_till.reset();
        QVERIFY(db::Drafts(*m_ledger).remove(db::Drafts::kCurrent));
        m_till = makeTill();
        QVERIFY(m_till->restore());
        QVERIFY(m_till->isEmpty());
    }

    // ---------------------------------------------------------------- returns

    void returnOfADiscountedLineRefundsWhatWasPaid()
    {
        // Sell 3 × 3.49 with 10 % off = 9.42 (10.47 - 1.05).
        QVERIFY(scan(*m_till, QStringLiteral("5901234123457")));
        QVERIFY(m_till->setQuantity(0, 3));
        QVERIFY(m_till->setLineDiscount(0, {Discount::Kind::Percent, 1000, QStringLiteral("loyalty")}));
        QVERIFY(m_till->payCash(1000));
        const StoredSale sold = lastSale();
        QCOMPARE(sold.sale.total, 942);
        // Return 1: 9.42 / 3 = 3.14; then 2 more: 6.28; total refunded = 9.42 exactly.
        QVERIFY(m_till->openReturnSource(QString::fromUtf8(receiptQrPayload(QStringLiteral("S001"), QStringLiteral("T01"), sold.receiptNo, sold.sale.id))));
        QCOMPARE(m_till->returnable(1), 3);
        QCOMPARE(m_till->returnLine(1, 4).error().code, QStringLiteral("till.invalid"));
        QVERIFY(m_till->returnLine(1, 1));
        QCOMPARE(m_till->returnable(1), 2);
        QCOMPARE(m_till->totals().total, -314);
        QVERIFY(m_till->payCash(0)); // pays out 3.14
        const StoredSale ret = lastSale();
        QCOMPARE(ret.sale.kind, QStringLiteral("return"));
        QCOMPARE(ret.sale.originalSaleId, sold.sale.id);
        QCOMPARE(ret.sale.tenders.at(0).amount, -314);
        QCOMPARE(countOutbox(QStringLiteral("return.completed")), 1);
        // The rest, by typed receipt number.
        QVERIFY(m_till->openReturnSource(QString::number(sold.receiptNo)));
        QCOMPARE(m_till->returnable(1), 2);
        QVERIFY(m_till->returnLine(1, 2));
        QCOMPARE(m_till->totals().total, -628);
        QVERIFY(m_till->payCash(0));
        // Nothing left; the ledger refuses a forged over-return too.
        QVERIFY(m_till->openReturnSource(QString::number(sold.receiptNo)));
        QCOMPARE(m_till->returnable(1), 0);
        m_till->closeReturnSource();
        SaleRecord forged = db::Ledger(*m_ledger).sale(ret.sale.id)->sale;
        forged.id.clear();
        forged.draftSlot.clear();
        auto refused = db::Ledger(*m_ledger).commitSale(forged);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("can still be returned")), qPrintable(refused.error().message));
    }

    void returnOfAWeighedItem()
    {
        QVERIFY(scan(*m_till, ean13(QStringLiteral("230004200750")))); // 0.750 kg × 4.99 = 3.7425 → 3.74
        QVERIFY(m_till->payCash(374));
        const StoredSale sold = lastSale();
        QCOMPARE(sold.sale.lines.at(0).unit, QStringLiteral("gram"));
        QVERIFY(m_till->openReturnSource(QString::number(sold.receiptNo)));
        QCOMPARE(m_till->returnable(1), 750);
        QVERIFY(m_till->returnLine(1, 750));
        QCOMPARE(m_till->totals().total, -374);
        QVERIFY(m_till->payCash(0));
        QCOMPARE(lastSale().sale.lines.at(0).quantity, -750);
    }

    void returnOfAnotherTillsReceiptIsLookedUpLive()
    {
        const QString saleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString qr = QString::fromUtf8(receiptQrPayload(QStringLiteral("S001"), QStringLiteral("T02"), 17, saleId));
        // Without a lookup (offline build, no sync): refused as before.
        auto refused = m_till->openReturnSource(qr);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("till.other-terminal"));

        // A fake central service: T02 sold 3 × 5.00, 2 of them were already returned at T02.
        RemoteSale remote;
        SaleRecord &sold = remote.sale.sale;
        sold.id = saleId;
        sold.storeId = QStringLiteral("S001");
        sold.terminalId = QStringLiteral("T02");
        sold.currency = QStringLiteral("PLN");
        sold.lines = {{4242, QStringLiteral("SKU-4242"), QStringLiteral("SKU-4242"), 3, QStringLiteral("piece"), 500, 0, 1500,
                       QStringLiteral("A"), 2300, 0, QString()}};
        sold.subtotal = sold.total = 1500;
        sold.tenders = {{QStringLiteral("cash"), 1500, 0, QString()}};
        remote.sale.receiptNo = 17;
        remote.returned.insert(1, {2, 1000});
        QStringList asked;
        std::function<void(Result<RemoteSale>)> answer;
        m_till->setRemoteSaleLookup([&](const QString &id, std::function<void(Result<RemoteSale>)> done) {
            asked << id;
            answer = std::move(done);
        });

        // A typed number of another till has no sale id: still refused, nothing asked.
        refused = m_till->openReturnSource(QStringLiteral("T02-17"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("till.other-terminal"));
        QVERIFY(asked.isEmpty());

        // The lookup fails: the cashier is told, no source.
        QSignalSpy messages(m_till.get(), &Till::message);
        QVERIFY(m_till->openReturnSource(qr));
        QCOMPARE(asked, QStringList{saleId});
        answer(Error{QStringLiteral("sync.live-query"), QStringLiteral("HTTP 404: unknown sale")});
        QVERIFY(!m_till->returnSource());
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.last().at(1).toBool(), true);
        QVERIFY2(messages.last().at(0).toString().contains(QLatin1String("unknown sale")), qPrintable(messages.last().at(0).toString()));

        // The answer arrives later: the source is the remote sale, with the remote figures.
        QSignalSpy sourceChanged(m_till.get(), &Till::returnSourceChanged);
        QVERIFY(m_till->openReturnSource(qr));
        QVERIFY(!m_till->returnSource()); // asynchronous
        answer(remote);
        QCOMPARE(sourceChanged.size(), 1);
        QVERIFY(m_till->returnSource());
        QVERIFY(m_till->sourceIsRemote());
        QCOMPARE(m_till->returnSource()->sale.id, saleId);
        QCOMPARE(m_till->returnable(1), 1); // 3 sold - 2 returned at T02
        QCOMPARE(m_till->returnLine(1, 2).error().code, QStringLiteral("till.invalid"));
        QVERIFY(m_till->returnLine(1, 1));
        QCOMPARE(m_till->returnable(1), 0);
        QCOMPARE(m_till->totals().total, -500);
        QVERIFY(m_till->payCash(0));
        const StoredSale ret = lastSale();
        QCOMPARE(ret.sale.kind, QStringLiteral("return"));
        QCOMPARE(ret.sale.originalSaleId, saleId);
        QCOMPARE(ret.sale.lines.at(0).quantity, -1);
        QCOMPARE(ret.sale.lines.at(0).returnOfLine, 1);
        QVERIFY(!db::Ledger(*m_ledger).sale(saleId)); // committed without the original in this ledger
        auto out = m_ledger->prepare("SELECT payload FROM outbox WHERE ref = ?1");
        out.value().bind(1, ret.sale.id);
        QVERIFY(out.value().step());
        const QJsonObject payload = QJsonDocument::fromJson(out.value().text(0).toUtf8()).object();
        QCOMPARE(payload.value(QLatin1String("original_sale_id")).toString(), saleId);

        // The return not yet pushed counts on top of the central figure.
        remote.returned.insert(1, {1, 500});
        QVERIFY(m_till->openReturnSource(qr));
        answer(remote);
        QCOMPARE(m_till->returnable(1), 1); // 3 - 1 (central) - 1 (this till, unsent)
        m_till->closeReturnSource();
        m_till->setRemoteSaleLookup({});

        // The ledger keeps refusing an unknown original unless the record says it is remote.
        SaleRecord again = ret.sale;
        again.id.clear();
        again.draftSlot.clear();
        auto notLocal = db::Ledger(*m_ledger).commitSale(again);
        QVERIFY(!notLocal);
        QVERIFY2(notLocal.error().message.contains(QLatin1String("not in this terminal's ledger")), qPrintable(notLocal.error().message));
    }

    void returnWithoutReceiptNeedsPermissionAndReason()
    {
        ProductInfo bread;
        bread.id = 2;
        bread.sku = QStringLiteral("SKU-2");
        bread.name = QStringLiteral("Chleb żytni");
        bread.unit = QStringLiteral("piece");
        bread.taxCode = QStringLiteral("B");
        bread.taxBasisPoints = 800;
        QCOMPARE(m_till->returnWithoutReceipt(bread, 1, 599, QString()).error().code, QStringLiteral("till.invalid"));
        QCOMPARE(m_till->returnWithoutReceipt(bread, 1, 599, QStringLiteral("stale")).error().code,
                 QStringLiteral("approval:return_without_receipt"));
        QVERIFY(m_till->returnWithoutReceipt(bread, 1, 599, QStringLiteral("stale"),
                                             approval(Permission::ReturnWithoutReceipt, QStringLiteral("E2"), QStringLiteral("2222"), QStringLiteral("stale"))));
        // An exchange: a cheese for the bread pays only the difference.
        QVERIFY(scan(*m_till, QStringLiteral("96385074")));
        QCOMPARE(m_till->totals().total, 1299 - 599);
        QVERIFY(m_till->payCash(700));
        const StoredSale ex = lastSale();
        QCOMPARE(ex.sale.kind, QStringLiteral("exchange"));
        QCOMPARE(ex.sale.total, 700);
        QCOMPARE(ex.sale.lines.size(), 2);
        QCOMPARE(ex.sale.approvals.at(0).action, QStringLiteral("return_without_receipt"));
    }

    void cardSaleIsRefundedToTheCard()
    {
        QVERIFY(scan(*m_till, QStringLiteral("96385074")));
        m_paymentSim->send("next approve");
        QSignalSpy done(m_till.get(), &Till::saleCompleted);
        QVERIFY(m_till->payCard(1299));
        QTRY_COMPARE(done.size(), 1);
        const StoredSale sold = lastSale();
        QVERIFY(m_till->openReturnSource(QString::number(sold.receiptNo)));
        QVERIFY(m_till->sourcePaidByCard());
        QVERIFY(m_till->returnLine(1, 1));
        m_paymentSim->send("next approve");
        QVERIFY(m_till->payCard(1299)); // the customer presents the card again
        QTRY_COMPARE(done.size(), 2);
        const StoredSale ret = lastSale();
        QCOMPARE(ret.sale.kind, QStringLiteral("return"));
        QCOMPARE(ret.sale.tenders.at(0).kind, QStringLiteral("card"));
        QCOMPARE(ret.sale.tenders.at(0).amount, -1299);
        QVERIFY(m_paymentSim->out.contains("TX refund"));
    }

    void parkAndResume()
    {
        QVERIFY(scan(*m_till, QStringLiteral("96385074")));
        QVERIFY(m_till->setCustomer(QStringLiteral("Pani Ewa")));
        QVERIFY(m_till->park());
        QVERIFY(m_till->isEmpty());
        QVERIFY(scan(*m_till, QStringLiteral("4006381333931")));
        QVERIFY(m_till->park());
        const auto parked = m_till->parked();
        QCOMPARE(parked.size(), 2);
        QVERIFY(parked.at(0).label.contains(QLatin1String("Pani Ewa")));
        QVERIFY(m_till->resume(parked.at(0).slot));
        QCOMPARE(m_till->basket().lines().at(0).productId, 3);
        QCOMPARE(m_till->customer(), QStringLiteral("Pani Ewa"));
        QCOMPARE(m_till->resume(parked.at(1).slot).error().code, QStringLiteral("till.busy"));
        QVERIFY(m_till->payCash(1299));
        QVERIFY(m_till->resume(parked.at(1).slot));
        QCOMPARE(m_till->voidSale().error().code, QStringLiteral("approval:void_sale"));
        QVERIFY(m_till->voidSale(approval(Permission::VoidSale, QStringLiteral("E2"), QStringLiteral("2222"))));
        QVERIFY(m_till->isEmpty());
        QCOMPARE(countOutbox(QStringLiteral("sale.voided")), 1);
        QVERIFY(m_till->parked().isEmpty());
    }

    // ---------------------------------------------------------------- cash desk

    void cashOutXAndZWithABlindCount()
    {
        CashDesk desk({QStringLiteral("S001"), QStringLiteral("T01"), QStringLiteral("PLN"), 1000, {}}, *m_ledger, m_devices.get(),
                      m_till->receipts());
        QCOMPARE(desk.moveCash(m_cashier, QStringLiteral("cash_out"), 5000, QStringLiteral("bank")).error().code,
                 QStringLiteral("approval:cash_in_out"));
        QVERIFY(desk.moveCash(m_cashier, QStringLiteral("cash_out"), 5000, QStringLiteral("bank"),
                              approval(Permission::CashInOut, QStringLiteral("E2"), QStringLiteral("2222"))));
        QCOMPARE(desk.noSale(m_cashier, QString()).error().code, QStringLiteral("approval:no_sale"));
        QVERIFY(desk.noSale(m_supervisor, QStringLiteral("change for the next till")));
        auto x = desk.xReport(m_cashier);
        QVERIFY(x);
        const ShiftFigures f = x.value();
        // float 320.00 + cash sales - refunds - 50.00 out
        QCOMPARE(f.floatAmount, 32000);
        QCOMPARE(f.cashOut, 5000);
        QCOMPARE(f.noSaleCount, 1);
        QCOMPARE(f.expectedCash, f.floatAmount + f.cashSales - f.cashOut);
        QVERIFY(f.returnsCount >= 2);
        qint64 card = 0;
        for (const auto &t : f.tenders)
            if (t.kind == QLatin1String("card"))
                card = t.amount;
        QCOMPARE(card, 1000 + 1299 + 599 + 1299 - 1299); // the card refund nets out

        // Z after a crash: new objects read the same shift and figures back from the ledger.
        CashDesk afterCrash({QStringLiteral("S001"), QStringLiteral("T01"), QStringLiteral("PLN"), 1000, {}}, *m_ledger, m_devices.get(),
                            m_till->receipts());
        QVERIFY(afterCrash.current());
        QCOMPARE(db::Shifts(*m_ledger).figures(*afterCrash.current()).expectedCash, f.expectedCash);
        // The cashier may not close the day; the supervisor may, with a blind count.
        QCOMPARE(afterCrash.zReport(m_cashier, {}).error().code, QStringLiteral("approval:z_report"));
        // 20.00 short: above the 10.00 limit, a manager must accept it with a reason.
        DenominationCounts counted{{1, f.expectedCash - 2000}};
        QCOMPARE(afterCrash.zReport(m_supervisor, counted).error().code, QStringLiteral("approval:accept_count_difference"));
        QVERIFY(!afterCrash.zReport(m_supervisor, counted, std::nullopt, approval(Permission::AcceptCountDifference, QStringLiteral("E3"), QStringLiteral("3333"), QString())));
        // Everything queued before (receipts, the X report) has printed: count the Z alone.
        QTRY_VERIFY_WITH_TIMEOUT(m_devices->receiptSpooler()->queuedCount() == 0 && m_devices->receiptSpooler()->sendingJob() == 0, 10000);
        const int cuts = lastCut();
        auto z = afterCrash.zReport(m_supervisor, counted, std::nullopt,
                                    approval(Permission::AcceptCountDifference, QStringLiteral("E3"), QStringLiteral("3333"), QStringLiteral("coin roll miscounted")));
        QVERIFY2(z, qPrintable(z ? QString() : z.error().message));
        QCOMPARE(z.value().zNo, 1);
        QCOMPARE(z.value().countedCash - z.value().expectedCash, -2000);
        QCOMPARE(z.value().approvedBy, QStringLiteral("E3"));
        QVERIFY(!afterCrash.current());
        QCOMPARE(countOutbox(QStringLiteral("shift.closed")), 1);
        QTRY_COMPARE_WITH_TIMEOUT(lastCut(), cuts + 1, 5000);
        QVERIFY(!db::journal::verify(*m_ledger).has_value());
    }
};

QTEST_MAIN(TestTill)
#include "tst_till.moc"
