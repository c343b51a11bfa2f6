// SPDX-License-Identifier: GPL-3.0-or-later
// The staff sync screen and the live stock lookup against the real central service: events the
// service refuses appear with its reason, staff send one again once its cause is fixed, the
// heartbeat carries the terminal's device health, stock levels are live while online and the
// cached ones carry their age offline. Offscreen; saves a screenshot to $OMNIKIOSK_SCREENSHOT_DIR
// when set (docs/screenshots/sync-staff.png).
#include "../storage/saletestdata.h"
#include "centralprocess.h"
#include "kiosksync.h"
#include "services/config.h"
#include "services/staffsession.h"
#include "services/syncservice.h"
#include "storage/ledger.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "terminalapp.h"
#include "ui/productlookupmodel.h"
#include "ui/stocklevelsmodel.h"
#include "../ui/quicktest.h"

#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

#include <csignal>

#include <algorithm>
#include <QUuid>

using namespace ok;

class TestSyncPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CentralProcess> m_central;
    QTemporaryDir m_dir;
    std::unique_ptr<TerminalApp> m_app;
    QQuickWindow *m_window = nullptr;
    QString m_reservation; ///< the refused reservation's event id

    QQuickItem *find(const char *name) { return ok::test::findVisible(m_window->contentItem(), QLatin1String(name)); }
    QList<QQuickItem *> findAll(const char *name)
    {
        QList<QQuickItem *> out;
        ok::test::findAllVisible(m_window->contentItem(), QLatin1String(name), out);
        return out;
    }
    QString text(const char *name)
    {
        QQuickItem *item = find(name);
        return item ? item->property("text").toString() : QString();
    }
    QString texts(const char *name)
    {
        QStringList t;
        for (QQuickItem *i : findAll(name))
            t << i->property("text").toString();
        return t.join(QLatin1Char('\n'));
    }
    void click(QQuickItem *item) { ok::test::clickItem(m_window, item); }
    void shoot(const QString &name)
    {
        QQuickItem *stack = find("stack");
        QTRY_VERIFY(stack && !stack->property("busy").toBool());
        QVERIFY(ok::test::shoot(m_window, name));
    }
    QQuickItem *root() { return m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem(); }
    services::SyncService &sync() { return *m_app->sync(); }
    QString writeOutboxEvent(db::Database &ledger, const QString &kind, const QString &ref, const QString &payload, qint64 createdAtMs)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto st = ledger.prepare("INSERT INTO outbox(event_id, kind, ref, payload, created_at) VALUES(?1, ?2, ?3, ?4, ?5)");
        if (!st)
            return {};
        st->bind(1, id).bind(2, kind).bind(3, ref).bind(4, payload).bind(5, createdAtMs);
        return st->exec() ? id : QString();
    }
    QJsonObject heartbeatDevice(const QString &name)
    {
        const auto r = m_central->admin({QStringLiteral("terminals")});
        for (const QString &line : r.out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("S001-T01")) && line.contains(QLatin1Char('{')))
                for (const QJsonValue &d : QJsonDocument::fromJson(line.mid(line.indexOf(QLatin1Char('{'))).toUtf8())
                                                .object()
                                                .value(QLatin1String("devices"))
                                                .toArray())
                    if (d.toObject().value(QLatin1String("name")).toString() == name)
                        return d.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        test::CentralProcess::Options o;
        o.products = 200;
        m_central = std::make_unique<test::CentralProcess>(o);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));

        // The ledger the terminal brings: two sales the service accepts, and three events it
        // refuses, each for a reason of its own.
        auto ledger = db::openLedger(m_dir.filePath(QStringLiteral("ledger.db")));
        QVERIFY(ledger);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        db::Ledger sales(*ledger.value());
        for (int i = 0; i < 2; ++i) {
            SaleRecord s = makeSale(2, i);
            s.createdAtMs = now - 3'600'000 + i * 60'000;
            QVERIFY(sales.commitSale(s));
        }
        SaleRecord elsewhere = makeSale(1, 5); // rung up with another store's id: misconfigured till
        elsewhere.storeId = QStringLiteral("S002");
        elsewhere.createdAtMs = now - 1'800'000;
        QVERIFY(sales.commitSale(elsewhere));
        QVERIFY(!writeOutboxEvent(*ledger.value(), QStringLiteral("stock.counted"), QStringLiteral("count-17"),
                                  QStringLiteral(R"({"product_id":17,"location_id":"S001","counted":4,"expected_version":1,"staff_id":"E1003"})"),
                                  now - 1'200'000).isEmpty());
        m_reservation = writeOutboxEvent(*ledger.value(), QStringLiteral("reservation.requested"), QStringLiteral("WEB-4711"),
                                         QStringLiteral(R"({"product_id":11,"location_id":"W01","quantity":100000,"order_ref":"WEB-4711"})"),
                                         now - 600'000);
        QVERIFY(!m_reservation.isEmpty());

        ledger.value().reset(); // the terminal opens its own

        Config config;
        config.dataDir = m_dir.path();
        config.locale = QStringLiteral("en_GB");
        config.storeName = QStringLiteral("Warszawa Marszałkowska");
        // Sync as the terminal's configuration asks for it.
        ok::test::syncWith(config, *m_central);
        config.syncPageSize = 100;
        QVERIFY(!config.enrolmentCode.isEmpty());
        // A receipt printer that is switched off: the heartbeat must say so.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        for (const QString &a : QStringList{QStringLiteral("device.receipt.role=printer"), QStringLiteral("device.receipt.driver=escpos"),
                                            QStringLiteral("device.receipt.transport=tcp"),
                                            QStringLiteral("device.receipt.port=127.0.0.1:%1").arg(deadPort)})
            QVERIFY2(config.applyOverride(a), qPrintable(a));
        auto app = TerminalApp::create(config, {true, true});
        QVERIFY2(app, qPrintable(app ? QString() : app.error().message));
        m_app = std::move(app).value();
        QVERIFY(m_app->sync());
        QTRY_VERIFY_WITH_TIMEOUT(sync().isOnline() && sync().status().deadLetters == 3 && sync().status().outboxPending == 0
                                     && std::ranges::all_of(sync().status().streams, [](const auto &s) { return s.lastOkMs > 0; }),
                                 60000);
        auto window = m_app->loadShell();
        QVERIFY2(window, qPrintable(window ? QString() : window.error().message));
        m_window = window.value();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        m_app.reset();
    }

    void tappingTheRefusedCountOpensTheSyncScreen()
    {
        QTRY_COMPARE(text("deadLetters"), QStringLiteral("3 refused"));
        click(find("deadLetters"));
        // A staff screen: the supervisor signs in first (staff accounts came with the sync).
        QTRY_VERIFY(!find("stack")->property("busy").toBool());
        ok::test::signInOnScreen(m_window, root(), QStringLiteral("E1002"), QStringLiteral("2222"));
        QTRY_VERIFY(find("deadLetterList"));
        QTRY_VERIFY(!find("stack")->property("busy").toBool());
        QTRY_COMPARE(find("deadLetterList")->property("count").toInt(), 3);
        QVERIFY2(text("syncState").startsWith(QLatin1String("Online")), qPrintable(text("syncState")));
        QTRY_COMPARE(find("streamList")->property("count").toInt(), 7); // six pulls and the push
    }

    void refusedEventsShowTheServersReason()
    {
        // The list view makes its rows on its next polish after the count changed: wait for them.
        QTRY_COMPARE(findAll("retryButton").size(), 3);
        const QString reasons = texts("deadReason");
        QVERIFY2(reasons.contains(QLatin1String("store_id S002 is not this terminal's store S001")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("stock changed since it was counted: count again")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("not enough stock available at W01")), qPrintable(reasons));
        shoot(QStringLiteral("sync-staff.png"));
    }

    void heartbeatCarriesTheDeviceHealth()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!heartbeatDevice(QStringLiteral("receipt")).isEmpty(), 30000);
        const QJsonObject printer = heartbeatDevice(QStringLiteral("receipt"));
        QCOMPARE(printer.value(QLatin1String("role")).toString(), QStringLiteral("printer"));
        QCOMPARE(printer.value(QLatin1String("online")).toBool(true), false);
        // The line as the device screen shows it (its wording moves with the connection attempts).
        QVERIFY2(printer.value(QLatin1String("health")).toString().startsWith(QLatin1String("receipt: offline")),
                 qPrintable(printer.value(QLatin1String("health")).toString()));
    }

    void sendAgainAfterTheCauseIsFixed()
    {
        // The warehouse receives the goods the reservation needs.
        const auto received = m_central->admin({QStringLiteral("stock-receive"), QStringLiteral("W01"), QStringLiteral("11"),
                                                QStringLiteral("200000")});
        QVERIFY2(received.exitCode == 0, qPrintable(received.err));
        const QList<QQuickItem *> buttons = findAll("retryButton");
        QCOMPARE(buttons.size(), 3);
        click(buttons.last()); // oldest first: the reservation is the newest
        QTRY_VERIFY2(text("syncMessage").contains(QLatin1String("will be sent again")), qPrintable(text("syncMessage")));
        // Journaled with the supervisor who sent it again.
        QCOMPARE(m_app->ledger().queryInt("SELECT count(*) FROM journal WHERE kind = 'outbox.retried' AND actor = 'E1002'").value(), 1);
        // Pushed by the sync thread at once, accepted this time: the list shrinks by itself.
        QTRY_COMPARE_WITH_TIMEOUT(find("deadLetterList")->property("count").toInt(), 2, 30000);
        QTRY_COMPARE(text("deadLetters"), QStringLiteral("2 refused"));
        auto st = m_app->ledger().prepare("SELECT state FROM outbox WHERE event_id = ?1");
        st->bind(1, m_reservation);
        QVERIFY(st->step());
        QCOMPARE(st->text(0), QStringLiteral("acked"));
        QVERIFY(!texts("deadReason").contains(QLatin1String("not enough stock")));
    }

    void stockLevelsAreLiveOnlineAndAgedOffline()
    {
        StockLevelsModel levels;
        levels.setCatalog(&m_app->catalog());
        levels.setSync(m_app->sync());
        levels.setProductId(100); // stocked at this store too
        QTRY_VERIFY_WITH_TIMEOUT(levels.live(), 30000);
        QVERIFY(levels.rowCount() >= 2);
        QStringList where;
        for (int i = 0; i < levels.rowCount(); ++i) {
            where << levels.data(levels.index(i), StockLevelsModel::LocationRole).toString();
            QVERIFY(levels.data(levels.index(i), StockLevelsModel::LiveRole).toBool());
        }
        QVERIFY2(levels.data(levels.index(0), StockLevelsModel::IsThisStoreRole).toBool(), qPrintable(where.join(QLatin1Char(' '))));
        QVERIFY2(levels.freshness().startsWith(QLatin1String("Live from the central service")), qPrintable(levels.freshness()));
        // Each figure says how old it is, and what the web shop can sell comes with the answer.
        QCOMPARE(levels.data(levels.index(0), StockLevelsModel::AgeTextRole).toString(), QStringLiteral("live"));
        QVERIFY2(levels.webSellableText().startsWith(QLatin1String("The web shop can sell")) && levels.webSellableText().endsWith(QLatin1String("(live)")),
                 qPrintable(levels.webSellableText()));

        // The central service goes away: the cached levels, with their age and not live.
        QVERIFY(m_central->stop() >= -1);
        QTRY_VERIFY_WITH_TIMEOUT(!sync().isOnline(), 30000);
        QSignalSpy reset(&levels, &QAbstractItemModel::modelReset);
        levels.setProductId(12);
        QTRY_VERIFY(reset.size() >= 1); // the cache answered
        QVERIFY(levels.rowCount() >= 1);
        QVERIFY(!levels.live());
        QVERIFY(!levels.data(levels.index(0), StockLevelsModel::LiveRole).toBool());
        QVERIFY2(levels.freshness().contains(QLatin1String("ago (not live)")), qPrintable(levels.freshness()));
        QVERIFY2(levels.data(levels.index(0), StockLevelsModel::AgeTextRole).toString().endsWith(QLatin1String(" old")),
                 qPrintable(levels.data(levels.index(0), StockLevelsModel::AgeTextRole).toString()));
        QVERIFY2(text("syncState").startsWith(QLatin1String("Offline")), qPrintable(text("syncState")));

        // Back: the next product shown is live again.
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(sync().isOnline(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(levels.live(), 30000); // asked again when the link came back
    }

    void aCentralServiceThatDoesNotAnswerFallsBackToTheSnapshot()
    {
        // Connected but frozen (a hung server, a black-holed link): the card must not wait on a
        // spinner. After its timeout it keeps the cached levels, with their age, and says why.
        QTRY_VERIFY_WITH_TIMEOUT(sync().isOnline(), 60000);
        StockLevelsModel levels;
        levels.setCatalog(&m_app->catalog());
        levels.setSync(m_app->sync());
        const qint64 pid = m_central->pid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        QElapsedTimer waited;
        waited.start();
        levels.setProductId(100);
        QTRY_VERIFY_WITH_TIMEOUT(levels.freshness().contains(QLatin1String("did not answer in time")), 10000);
        const qint64 ms = waited.elapsed();
        QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
        QVERIFY2(ms < 8000, qPrintable(QString::number(ms)));
        QVERIFY(levels.rowCount() >= 1); // the cache's snapshot is shown
        QVERIFY(!levels.live());
        QVERIFY(!levels.data(levels.index(0), StockLevelsModel::LiveRole).toBool());
        QVERIFY(levels.data(levels.index(0), StockLevelsModel::AgeTextRole).toString() != QLatin1String("live"));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
