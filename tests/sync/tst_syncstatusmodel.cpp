// SPDX-License-Identifier: GPL-3.0-or-later
// The staff sync screen's model over a real ledger, without a network: refused events appear with
// the server's reason, "Send again" makes one pending and journals it with the signed-in
// supervisor, a cashier or nobody cannot, and only a refused event can be sent again.
#include "../services/tillfixture.h"
#include "../storage/saletestdata.h"
#include "services/deadletters.h"
#include "services/localsyncstore.h"
#include "storage/ledger.h"
#include "storage/outbox.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "ui/syncstatusmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ok;

class TestSyncStatusModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_ledger;
    std::unique_ptr<db::Database> m_cache;
    std::unique_ptr<StaffAuth> m_auth;
    std::unique_ptr<StaffSession> m_session;
    std::unique_ptr<ApprovalGate> m_gate;
    std::unique_ptr<DeadLetters> m_letters;
    QList<QString> m_ids; ///< accepted, refused, conflict, pending

    QString state(const QString &eventId)
    {
        auto st = m_ledger->prepare("SELECT state FROM outbox WHERE event_id = ?1");
        st->bind(1, eventId);
        return st->step() ? st->text(0) : QString();
    }
    qint64 journalEntries() { return m_ledger->queryInt("SELECT count(*) FROM journal WHERE kind = 'outbox.retried'").value_or(-1); }

private Q_SLOTS:
    void init()
    {
        m_letters.reset();
        m_gate.reset();
        m_session.reset();
        m_auth.reset();
        m_cache.reset();
        m_ledger.reset();
        for (const char *f : {"ledger.db", "ledger.db-wal", "ledger.db-shm", "cache.db", "cache.db-wal", "cache.db-shm"})
            QFile::remove(m_dir.filePath(QLatin1String(f)));
        auto ledger = db::openLedger(m_dir.filePath(QStringLiteral("ledger.db")));
        QVERIFY(ledger);
        m_ledger = std::move(ledger).value();
        db::Ledger sales(*m_ledger);
        m_ids.clear();
        for (int i = 0; i < 4; ++i)
            m_ids.append(sales.commitSale(makeSale(1, i))->eventId);
        // What the sync thread records from the central service's answer (its own connection).
        auto store = services::LocalSyncStore::open(m_dir.filePath(QStringLiteral("cache.db")), m_dir.filePath(QStringLiteral("ledger.db")),
                                                    QStringLiteral("S001"));
        QVERIFY(store);
        QVERIFY(store.value()->recordPushResults(
            {{m_ids.at(0), sync::EventResult::Status::Accepted, false, {}},
             {m_ids.at(1), sync::EventResult::Status::Rejected, false, QStringLiteral("store_id S002 is not this terminal's store S001")},
             {m_ids.at(2), sync::EventResult::Status::Conflict, false, QStringLiteral("event id was used before with a different body")}},
            1'800'000'000'000));
        m_cache = db::openCache(m_dir.filePath(QStringLiteral("cache.db"))).value();
        test::writeStore(*m_cache);
        m_auth = std::make_unique<StaffAuth>(*m_cache, *m_ledger, QStringLiteral("S001"));
        m_session = std::make_unique<StaffSession>(*m_auth, std::chrono::seconds(600));
        m_gate = std::make_unique<ApprovalGate>(*m_session);
        m_letters = std::make_unique<DeadLetters>(*m_ledger, *m_gate);
    }

    void refusedEventsAppearWithTheServersReason()
    {
        SyncStatusModel model;
        QCOMPARE(model.rowCount(), 0); // no service yet
        model.setLetters(m_letters.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.deadCount(), 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, SyncStatusModel::EventIdRole).toString(), m_ids.at(1));
        QCOMPARE(model.data(first, SyncStatusModel::KindRole).toString(), QStringLiteral("sale.completed"));
        QCOMPARE(model.data(first, SyncStatusModel::KindTextRole).toString(), QStringLiteral("Sale"));
        QCOMPARE(model.data(first, SyncStatusModel::ReasonRole).toString(), QStringLiteral("store_id S002 is not this terminal's store S001"));
        QCOMPARE(model.data(first, SyncStatusModel::AttemptsRole).toInt(), 1);
        QVERIFY(!model.data(first, SyncStatusModel::RefRole).toString().isEmpty());
        QCOMPARE(model.data(first, SyncStatusModel::RefTextRole).toString(), QStringLiteral("receipt 2")); // what people know

        QVERIFY(!model.data(first, SyncStatusModel::CreatedRole).toString().isEmpty());
        QVERIFY(!model.data(first, SyncStatusModel::AlarmRole).toBool());
        QVERIFY(model.data(model.index(1), SyncStatusModel::AlarmRole).toBool());
        QVERIFY(model.data(model.index(1), SyncStatusModel::ReasonRole).toString().contains(QLatin1String("different body")));
        // Without sync (switched off) the list still shows; the screen says sync is off.
        QVERIFY(!model.enabled());
        QVERIFY(!model.stateText().isEmpty());
    }

    void sendAgainMakesItPendingAndJournalsIt()
    {
        SyncStatusModel model;
        model.setLetters(m_letters.get());
        QSignalSpy count(&model, &SyncStatusModel::countChanged);
        QSignalSpy pushSoon(m_letters.get(), &DeadLetters::retried);
        QVERIFY(m_session->signIn(QStringLiteral("E2"), QStringLiteral("2222")));
        QCOMPARE(model.retry(0), QString());
        QCOMPARE(pushSoon.size(), 1); // sync is woken to push it now
        QVERIFY(model.message().contains(QLatin1String("will be sent again")));
        QCOMPARE(state(m_ids.at(1)), QStringLiteral("pending"));
        QCOMPARE(journalEntries(), 1);
        auto j = m_ledger->prepare("SELECT actor, ref FROM journal WHERE kind = 'outbox.retried'");
        QVERIFY(j && j->step());
        QCOMPARE(j->text(0), QStringLiteral("E2")); // the signed-in supervisor
        QCOMPARE(j->text(1), QStringLiteral("outbox:") + m_ids.at(1));
        QVERIFY(!db::journal::verify(*m_ledger).has_value());
        QTRY_COMPARE(model.rowCount(), 1); // refreshed from the event loop
        QVERIFY(count.size() >= 1);
        QCOMPARE(model.data(model.index(0), SyncStatusModel::EventIdRole).toString(), m_ids.at(2));
        QCOMPARE(m_ledger->queryInt("SELECT count(*) FROM outbox").value(), 4); // nothing deleted
    }

    void aCashierOrNobodyCannotSendAgain()
    {
        SyncStatusModel model;
        model.setLetters(m_letters.get());
        QVERIFY(model.retry(0).contains(QLatin1String("Sign in")));
        QVERIFY(m_session->signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        const QString refused = model.retry(0);
        QVERIFY2(refused.contains(QLatin1String("supervisor")), qPrintable(refused));
        QCOMPARE(state(m_ids.at(1)), QStringLiteral("dead"));
        QCOMPARE(journalEntries(), 0);
        QCOMPARE(m_letters->retry(m_ids.at(1)).error().approval->permission, Permission::RetrySync);
    }

    void onlyARefusedEventCanBeSentAgain()
    {
        SyncStatusModel model;
        model.setLetters(m_letters.get());
        QVERIFY(m_session->signIn(QStringLiteral("E3"), QStringLiteral("3333")));
        QCOMPARE(model.rowCount(), 2);
        // Someone else (another screen, a second terminal session) sent row 0 again meanwhile:
        // the row on this screen is stale and the model refuses to act on it twice.
        QVERIFY(db::Outbox(*m_ledger).retry(m_ids.at(1), QStringLiteral("staff"), 1));
        QCOMPARE(journalEntries(), 1);
        const QString refused = model.retry(0);
        QVERIFY(!refused.isEmpty());
        QVERIFY2(refused.contains(QLatin1String("no longer refused")), qPrintable(refused));
        QCOMPARE(model.message(), refused);
        QCOMPARE(journalEntries(), 1);
        QVERIFY(!model.retry(7).isEmpty()); // no such row
        QVERIFY(!model.retry(-1).isEmpty());
        QCOMPARE(state(m_ids.at(0)), QStringLiteral("acked"));
        QCOMPARE(state(m_ids.at(3)), QStringLiteral("pending"));
        QCOMPARE(journalEntries(), 1);
        QTRY_COMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncStatusModel)
#include "tst_syncstatusmodel.moc"
