// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, as a cashier works: the kiosk's own composition (TerminalApp: catalog service,
// devices, sync, the till's services, the QML shell) against the real central service (mutual
// TLS on loopback) and the scanner, printer (with its cash drawer) and payment terminal simulators.
//
// The kiosk enrols and pulls its catalog and staff from the central service. The cashier taps
// "Cashier", picks her name, types her PIN, counts the float, scans three items with the serial
// scanner, pays part by card and the rest in cash. Then: the receipt the printer simulator
// rendered, the drawer kick, the ledger, and the sale event with its stock deltas at the central
// service. A second ticket is a return of one line of that receipt, scanned from its QR code.
// Offscreen; saves screenshots to $OMNIKIOSK_SCREENSHOT_DIR when set (docs/screenshots).
#include "centralprocess.h"
#include "kiosksync.h"
#include "services/config.h"
#include "services/devicemanager.h"
#include "services/receipts.h"
#include "services/staffsession.h"
#include "services/syncservice.h"
#include "services/till.h"
#include "storage/catalog.h"
#include "storage/ledger.h"
#include "storage/shifts.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "terminalapp.h"
#include "quicktest.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../tools/simprocess.h"

using namespace std::chrono_literals;

namespace {
/// A well-formed EAN-13 the demo catalog does not hold.
constexpr char kUnknownCode[] = "5900999999994";
} // namespace

class TestCashierEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ok::test::CentralProcess> m_central;
    std::unique_ptr<SimProcess> m_printerSim;
    std::unique_ptr<SimProcess> m_paymentSim;
    std::unique_ptr<SimProcess> m_scannerSim;
    std::unique_ptr<ok::TerminalApp> m_app;
    QQuickWindow *m_window = nullptr;
    QList<ok::ProductInfo> m_products;
    QList<qint64> m_centralOnHandBefore;

    /// On-hand stock of a product in store S001 at the central service (its own database).
    qint64 centralOnHand(qint64 productId)
    {
        auto db = ok::db::Database::openReadOnly(m_central->dbPath());
        if (!db)
            return -1;
        auto st = db.value()->prepare("SELECT on_hand FROM stock WHERE product_id = ?1 AND location_id = 'S001'");
        st.value().bind(1, productId);
        return st.value().step() ? st.value().int64(0) : -1;
    }
    QString m_saleId;

    /// Visible items of the window and of open popups (they live on the window's overlay).
    QQuickItem *find(const QString &name)
    {
        QQuickItem *root = m_window->contentItem();
        return ok::test::findVisible(root->parentItem() ? root->parentItem() : root, name);
    }
    QQuickItem *find(const char *name) { return find(QLatin1String(name)); }
    void click(QQuickItem *item) { ok::test::clickItem(m_window, item); }
    /// No popup open or closing (a modal popup's overlay takes the clicks meant for the screen).
    bool noPopup()
    {
        QQuickItem *root = m_window->contentItem()->parentItem();
        if (!root)
            return true;
        for (QQuickItem *layer : root->childItems())
            if (qstrcmp(layer->metaObject()->className(), "QQuickOverlay") == 0)
                for (QQuickItem *child : layer->childItems())
                    if (child->isVisible())
                        return false;
        return true;
    }
    void typeSlowly(const QString &text) { ok::test::typeSlowly(m_window, text); }
    void shoot(const QString &name)
    {
        QTRY_VERIFY(!find("stack") || !find("stack")->property("busy").toBool());
        QVERIFY(ok::test::shoot(m_window, name));
    }
    ok::Till &till() { return m_app->till(); }
    ok::Ticket &ticket() { return m_app->till().ticket(); }
    ok::db::Database &ledger() { return m_app->ledger(); }
    QQuickItem *root() { return m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem(); }
    /// The supervisor approves what the approval dialog asks for, on the dialog: the reason, their
    /// name, their PIN (typed: choosing the name puts the keypad in focus), Enter.
    void approveOnScreen(const QString &staffId, const QString &pin, const QString &reason)
    {
        QTRY_VERIFY(find("approvalReason"));
        QQuickItem *dialog = find("approvalReason")->parentItem();
        if (!reason.isEmpty()) {
            click(find("approvalReason"));
            typeSlowly(reason);
        }
        QQuickItem *approver = nullptr;
        QTRY_VERIFY((approver = ok::test::findVisible(dialog, QStringLiteral("approver_") + staffId)) != nullptr);
        // The names are laid out side by side (a freshly opened dialog places them on its next
        // polish): what a person taps is where it is drawn.
        QTRY_VERIFY(ok::test::laidOutApart(approver->parentItem()));
        click(approver);
        QTRY_VERIFY2(approver->property("checked").toBool(), "the tap missed the approver's name");
        typeSlowly(pin);
        QVERIFY2(find("approvalPinDots"), qPrintable(QStringLiteral("pending %1, ticket lines %2, reason field %3")
                                                          .arg(m_app->approvals().pending().has_value())
                                                          .arg(ticket().basket().lines().size())
                                                          .arg(find("approvalReason") != nullptr)));
        QCOMPARE(find("approvalPin")->property("text").toString(), pin);
        click(ok::test::findVisible(dialog, QStringLiteral("keypadOk")));
    }
    QString centralEvents()
    {
        const auto r = m_central->admin({QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("50")});
        return r.out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("pl_PL")));
        ok::test::CentralProcess::Options options;
        options.products = 60;
        options.orders = 1;
        m_central = std::make_unique<ok::test::CentralProcess>(options);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        m_printerSim = std::make_unique<SimProcess>(QStringLiteral(PRINTER_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        m_paymentSim = std::make_unique<SimProcess>(QStringLiteral(PAYMENT_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        m_scannerSim = std::make_unique<SimProcess>(QStringLiteral(SCANNER_SIM), QStringList{QStringLiteral("--aim")});
        const QString printerPort = m_printerSim->waitFor("LISTENING ");
        const QString paymentPort = m_paymentSim->waitFor("LISTENING ");
        const QString scannerPty = m_scannerSim->waitFor("PTY ");
        QVERIFY(!printerPort.isEmpty() && !paymentPort.isEmpty() && !scannerPty.isEmpty());
        m_paymentSim->send("delay 50");

        ok::Config config;
        config.dataDir = m_dir.path();
        config.language = QStringLiteral("en"); // the words this test reads; money stays Polish
        config.storeName = QStringLiteral("Warszawa Marszałkowska");
        for (const QString &a : QStringList{
                 QStringLiteral("device.receipt.role=printer"), QStringLiteral("device.receipt.transport=tcp"),
                 QStringLiteral("device.receipt.port=127.0.0.1:") + printerPort,
                 QStringLiteral("device.card.role=payment"), QStringLiteral("device.card.transport=tcp"),
                 QStringLiteral("device.card.port=127.0.0.1:") + paymentPort,
                 QStringLiteral("device.scanner.role=scanner"), QStringLiteral("device.scanner.transport=serial"),
                 QStringLiteral("device.scanner.port=") + scannerPty, QStringLiteral("device.scanner.aim=true")})
            QVERIFY2(config.applyOverride(a), qPrintable(a));
        // Sync: enrol with a one-time code, pull everything, push what the till commits.
        ok::test::syncWith(config, *m_central);
        auto app = ok::TerminalApp::create(config, {true, true});
        QVERIFY2(app, qPrintable(app ? QString() : app.error().message));
        m_app = std::move(app).value();

        // The catalog and the staff arrive from the central service.
        auto cache = ok::db::Database::openReadOnly(m_dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache);
        QTRY_VERIFY_WITH_TIMEOUT(cache.value()->queryInt("SELECT count(*) FROM staff").value_or(0) > 0
                                     && cache.value()->queryInt("SELECT count(*) FROM price").value_or(0) > 0,
                                 60000);
        ok::db::CatalogReader reader(*cache.value(), QStringLiteral("S001"), QStringLiteral("en") /* the store language the test sets */);
        for (qint64 id = 1; m_products.size() < 3 && id < 60; ++id)
            if (auto p = reader.findById(id, QDateTime::currentSecsSinceEpoch()); p && p->price && p->unit == QLatin1String("piece"))
                m_products.append(*p);
        QCOMPARE(m_products.size(), 3);

        auto window = m_app->loadShell();
        QVERIFY2(window, qPrintable(window ? QString() : window.error().message));
        m_window = window.value();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        ok::DeviceManager &devices = m_app->devices();
        QTRY_VERIFY_WITH_TIMEOUT(devices.isOnline(0) && devices.isOnline(1) && devices.isOnline(2), 5000);
    }

    void signInWithPin()
    {
        click(find("cashierTile"));
        QTRY_VERIFY(find("staff_E1001"));
        QTRY_VERIFY(!find("stack")->property("busy").toBool()); // a page in transition takes no clicks
        shoot(QStringLiteral("pos-signin.png"));
        click(find("staff_E1001"));
        typeSlowly(QStringLiteral("1112")); // a wrong PIN first
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(find("signInError"));
        QVERIFY(find("signInError")->property("text").toString().contains(QLatin1String("Wrong PIN")));
        typeSlowly(QStringLiteral("1111"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->session().isSignedIn(), 5000);
        QCOMPARE(m_app->session().member()->id, QStringLiteral("E1001"));
    }

    void openShiftWithAFloat()
    {
        QTRY_VERIFY(find("count_10000"));
        click(find("count_10000"));
        typeSlowly(QStringLiteral("2"));
        click(find("count_2000"));
        typeSlowly(QStringLiteral("5"));
        shoot(QStringLiteral("pos-shift-open.png"));
        click(find("openShiftButton"));
        QTRY_VERIFY(till().cashDesk().current());
        QCOMPARE(till().cashDesk().current()->floatAmount, 30000);
    }

    void scanThreeItems()
    {
        QTRY_VERIFY(find("ticket"));
        for (const auto &p : m_products)
            m_centralOnHandBefore.append(centralOnHand(p.id));
        // A code the catalog does not have: the red banner says so ...
        m_scannerSim->send("scan ean13 " + QByteArray(kUnknownCode));
        QTRY_VERIFY(find("problemBanner")); // found = visible
        QVERIFY2(find("problemBanner")->property("text").toString().contains(QLatin1String(kUnknownCode)),
                 qPrintable(find("problemBanner")->property("text").toString()));
        // ... until the next line makes it: it does not stay through the sale.
        for (const auto &p : m_products)
            m_scannerSim->send("scan ean13 " + p.barcode.toLatin1());
        QTRY_COMPARE_WITH_TIMEOUT(find("ticket")->property("count").toInt(), 3, 5000);
        QTRY_VERIFY(!find("problemBanner"));
        qint64 total = 0;
        for (const auto &p : m_products)
            total += *p.price;
        QCOMPARE(ticket().totals().total, total);
        QCOMPARE(find("totalText")->property("text").toString(), ticket().format().amount(total));
        shoot(QStringLiteral("pos-sale.png"));
    }

    void payByCardAndCash()
    {
        const qint64 total = ticket().totals().total;
        // A refused scan just before paying: the tender dialog is about paying, not about it.
        m_scannerSim->send("scan ean13 " + QByteArray(kUnknownCode));
        QTRY_VERIFY(find("problemBanner")); // found = visible
        click(find("payButton"));
        QTRY_VERIFY(find("dueText"));
        QTRY_VERIFY(find("tenderPad"));
        QVERIFY(!find("tenderMessage")); // not shown: nothing about paying went wrong
        // 10.00 by card, the rest in cash with a quick note button.
        typeSlowly(QStringLiteral("10"));
        click(find("cardButton"));
        QTRY_VERIFY_WITH_TIMEOUT(ticket().tenders().size() == 1 && !ticket().hasOpenCard(), 10000);
        QCOMPARE(ticket().totals().due, total - 1000);
        shoot(QStringLiteral("pos-tender.png"));
        QSignalSpy done(&till().committer(), &ok::SaleCommitter::saleCompleted);
        QQuickItem *quick = find("quickCash"); // the first one is the exact amount
        QVERIFY(quick);
        click(quick);
        QTRY_COMPARE(done.size(), 1);
        m_saleId = done.first().at(0).value<ok::CommittedSale>().id;
        QTRY_VERIFY(!find("dueText"));
        QTRY_VERIFY(!find("problemBanner")); // the next customer starts clean
        shoot(QStringLiteral("pos-sale-done.png"));
    }

    void receiptDrawerLedgerAndCentral()
    {
        // The drawer opened after the commit, and the receipt printed.
        QTRY_VERIFY(m_printerSim->out.contains("KICK"));
        QTRY_VERIFY_WITH_TIMEOUT(m_printerSim->out.contains("CUT"), 5000);
        const qsizetype from = m_printerSim->out.size();
        m_printerSim->send("text");
        QTRY_VERIFY(m_printerSim->out.mid(from).contains("END"));
        const QString receipt = QString::fromUtf8(m_printerSim->out.mid(from));
        for (const auto &p : m_products)
            QVERIFY2(receipt.contains(p.name.left(20)), qPrintable(receipt));
        const auto stored = ok::db::Ledger(ledger()).sale(m_saleId);
        QVERIFY(stored);
        QVERIFY2(receipt.contains(QStringLiteral("RECEIPT %1").arg(stored->receiptNo)), qPrintable(receipt));
        QVERIFY2(receipt.contains(ticket().format().amount(stored->sale.total)), qPrintable(receipt));
        QVERIFY2(receipt.contains(QLatin1String("[QR OKR1|S001|T01|")), qPrintable(receipt));
        QVERIFY2(receipt.contains(m_app->session().member()->name), qPrintable(receipt));
        // The ledger: two tenders, card first.
        QCOMPARE(stored->sale.tenders.size(), 2);
        QCOMPARE(stored->sale.tenders.at(0).kind, QStringLiteral("card"));
        QCOMPARE(stored->sale.tenders.at(1).kind, QStringLiteral("cash"));
        QCOMPARE(stored->sale.lines.size(), 3);
        QVERIFY(!ok::db::journal::verify(ledger()).has_value());
        // The central service has the sale (pushed by the sync service, acknowledged).
        QTRY_VERIFY_WITH_TIMEOUT(ledger().queryInt("SELECT count(*) FROM outbox WHERE ref = '" + m_saleId.toStdString()
                                                         + "' AND state = 'acked'").value_or(0) == 1,
                                 30000);
        const QString events = centralEvents();
        QVERIFY2(events.contains(QLatin1String("sale.completed")), qPrintable(events));
        QVERIFY2(events.contains(QLatin1String("cash.movement")), qPrintable(events)); // the float
        // Its stock deltas were applied: one less of each product in the store, centrally.
        for (int i = 0; i < m_products.size(); ++i)
            QCOMPARE(centralOnHand(m_products.at(i).id), m_centralOnHandBefore.at(i) - 1);
    }

    void returnOneLineByItsQrCode()
    {
        const auto stored = ok::db::Ledger(ledger()).sale(m_saleId);
        click(find("returnButton"));
        QTRY_VERIFY(find("receiptField"));
        // The receipt's QR code, scanned with the serial scanner.
        m_scannerSim->send("scan qr " + ok::receiptQrPayload(QStringLiteral("S001"), QStringLiteral("T01"), stored->receiptNo, m_saleId));
        QTRY_VERIFY(till().returns().source().has_value());
        QCOMPARE(till().returns().source()->sale.lines.size(), 3);
        QVERIFY(till().returns().returnLine(1, 1));
        shoot(QStringLiteral("pos-return.png"));
        click(find("returnDone"));
        QTRY_VERIFY(!find("receiptField"));
        QCOMPARE(ticket().totals().total, -stored->sale.lines.at(0).amount);
        QSignalSpy done(&till().committer(), &ok::SaleCommitter::saleCompleted);
        QVERIFY(till().tender().payCash(0)); // pays back
        QTRY_COMPARE(done.size(), 1);
        const QString returnId = done.first().at(0).value<ok::CommittedSale>().id;
        QTRY_VERIFY_WITH_TIMEOUT(ledger().queryInt("SELECT count(*) FROM outbox WHERE ref = '" + returnId.toStdString()
                                                         + "' AND state = 'acked'").value_or(0) == 1,
                                 30000);
        QVERIFY2(centralEvents().contains(QLatin1String("return.completed")), qPrintable(centralEvents()));
    }

    void voidNeedsASupervisorRightThere()
    {
        QTRY_VERIFY(noPopup());
        m_scannerSim->send("scan ean13 " + m_products.at(0).barcode.toLatin1());
        QTRY_COMPARE(find("ticket")->property("count").toInt(), 1);
        QQuickItem *button = find("voidLineButton");
        QVERIFY(button);
        click(button);
        QTRY_VERIFY(find("approvalReason"));
        QCOMPARE(m_app->approvals().pending(), ok::Permission::VoidLine);
        QVERIFY(!ok::test::findVisible(find("approvalReason")->parentItem(), QStringLiteral("approver_E1001"))); // not the cashier
        shoot(QStringLiteral("pos-approval.png"));
        // The supervisor approves with their PIN; the line goes, the approval is journaled.
        approveOnScreen(QStringLiteral("E1002"), QStringLiteral("2222"), QStringLiteral("scanned twice"));
        QTRY_VERIFY(!find("approvalReason"));
        QVERIFY(ticket().isEmpty());
        QCOMPARE(ledger().queryInt("SELECT count(*) FROM journal WHERE kind = 'line.voided' AND actor = 'E1002'").value_or(0), 1);
    }

    void paperOutIsABannerAndTheReceiptWaits()
    {
        m_printerSim->send("paper out");
        QTRY_VERIFY_WITH_TIMEOUT(find("printerBanner"), 5000);
        QVERIFY2(find("printerBanner")->property("text").toString().contains(QLatin1String("aper")),
                 qPrintable(find("printerBanner")->property("text").toString()));
        shoot(QStringLiteral("pos-paper-out.png"));
        // A sale now: committed at once, its receipt waits in the queue.
        m_scannerSim->send("scan ean13 " + m_products.at(1).barcode.toLatin1());
        QTRY_COMPARE(find("ticket")->property("count").toInt(), 1);
        QSignalSpy done(&till().committer(), &ok::SaleCommitter::saleCompleted);
        QVERIFY(till().tender().payCash(10000));
        QTRY_COMPARE(done.size(), 1);
        const int cutsBefore = int(m_printerSim->out.count("CUT "));
        // Time is what is under test: for a while without paper, nothing prints.
        QTest::qWait(300);
        QCOMPARE(int(m_printerSim->out.count("CUT ")), cutsBefore);
        m_printerSim->send("paper ok");
        QTRY_VERIFY_WITH_TIMEOUT(!find("printerBanner"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(int(m_printerSim->out.count("CUT ")) == cutsBefore + 1, 10000); // printed once, by itself
    }

    void closeTheDayWithABlindCount()
    {
        QTRY_VERIFY(noPopup());
        click(find("cashMenuButton"));
        QTRY_VERIFY(find("closeDayTab"));
        click(find("closeDayTab"));
        QTRY_VERIFY(find("count_10000"));
        // The drawer holds what the till expects, counted by a person who does not see that figure.
        const qint64 expected = ok::db::Shifts(ledger()).figures(*till().cashDesk().current()).expectedCash;
        click(find("count_1"));
        typeSlowly(QString::number(expected));
        shoot(QStringLiteral("pos-close-day.png"));
        click(find("zReportButton"));
        // A cashier may not close the day: the supervisor approves inline.
        QTRY_COMPARE(m_app->approvals().pending(), ok::Permission::ZReport);
        approveOnScreen(QStringLiteral("E1002"), QStringLiteral("2222"), QString());
        QTRY_VERIFY2(!till().cashDesk().current(),
                     qPrintable(QStringLiteral("pending %1; dialog says: %2; expected %3, counted %4")
                                    .arg(m_app->approvals().pending() ? ok::permissionKey(*m_app->approvals().pending()) : QStringLiteral("-"))
                                    .arg(find("approvalError") ? find("approvalError")->property("text").toString() : QString())
                                    .arg(expected)
                                    .arg(find("count_1") ? find("count_1")->property("text").toString() : QStringLiteral("?"))));
        const auto z = ok::db::Shifts(ledger()).lastClosed(QStringLiteral("T01"));
        QVERIFY(z);
        QCOMPARE(z->countedCash, expected);
        QCOMPARE(z->zNo, 1);
        QTRY_VERIFY_WITH_TIMEOUT(centralEvents().contains(QLatin1String("shift.closed")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_printerSim->out.contains("CUT 4"), 5000); // sale, return, paper-out sale, Z report
    }

    void cleanupTestCase()
    {
        m_app.reset();
    }
};

QTEST_MAIN(TestCashierEndToEnd)
#include "tst_cashier_e2e.moc"
