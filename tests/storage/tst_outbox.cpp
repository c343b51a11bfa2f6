// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox repository of ledger.db: rows move between pending, acked and dead only on the
// central service's answer or a staff retry, and are never deleted here (only housekeeping
// removes acknowledged rows, once archived: tst_housekeeping)
// (docs/reliability.md#r3-idempotent-events-never-dropped).
#include "saletestdata.h"
#include "storage/ledger.h"
#include "storage/outbox.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace ok::db;

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_file = 0;

    QString state(const QString &eventId)
    {
        auto st = m_db->prepare("SELECT state || ' ' || attempts || ' ' || coalesce(last_error, '') FROM outbox WHERE event_id = ?1");
        st->bind(1, eventId);
        return st->step() ? st->text(0) : QString();
    }
    QList<QString> sales(int n)
    {
        Ledger ledger(*m_db);
        QList<QString> ids;
        for (int i = 0; i < n; ++i)
            ids.append(ledger.commitSale(makeSale(1, i))->eventId);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        auto db = openLedger(m_dir.filePath(QStringLiteral("ledger-%1.db").arg(++m_file)));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db.value());
    }

    void pendingEventsComeOldestFirstWithTheirBytes()
    {
        const QList<QString> ids = sales(3);
        Outbox outbox(*m_db);
        auto pending = outbox.pendingEvents(2);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).eventId, ids.at(0));
        QCOMPARE(pending->at(1).eventId, ids.at(1));
        QCOMPARE(pending->at(0).kind, QStringLiteral("sale.completed"));
        auto st = m_db->prepare("SELECT payload FROM outbox WHERE event_id = ?1");
        st->bind(1, ids.at(0));
        QVERIFY(st->step());
        QCOMPARE(pending->at(0).payload, st->text(0).toUtf8());
        QVERIFY(!pending->at(0).retry);
    }

    void answersMoveRowsAndNothingIsDeleted()
    {
        const QList<QString> ids = sales(4);
        Outbox outbox(*m_db);
        using Outcome = Outbox::Answer::Outcome;
        QVERIFY(outbox.recordAnswers({{ids.at(0), Outcome::Accepted, {}},
                                      {ids.at(1), Outcome::Refused, QStringLiteral("stale count")},
                                      {ids.at(2), Outcome::Refused, QString(3000, QLatin1Char('x'))}},
                                     42));
        QCOMPARE(state(ids.at(0)), QStringLiteral("acked 1 "));
        QCOMPARE(state(ids.at(1)), QStringLiteral("dead 1 stale count"));
        QCOMPARE(state(ids.at(2)).size(), qsizetype(7 + Outbox::kMaxReasonChars)); // "dead 1 " + the cut reason
        QCOMPARE(state(ids.at(3)), QStringLiteral("pending 0 "));

        // A refusal never reopens an acknowledged row; an acceptance closes a dead one.
        QVERIFY(outbox.recordAnswers({{ids.at(0), Outcome::Refused, QStringLiteral("late")},
                                      {ids.at(1), Outcome::Accepted, {}}},
                                     43));
        QCOMPARE(state(ids.at(0)), QStringLiteral("acked 1 "));
        QVERIFY(state(ids.at(1)).startsWith(QLatin1String("acked 2")));

        auto stats = outbox.stats();
        QVERIFY(stats);
        QCOMPARE(stats->pending, 1);
        QCOMPARE(stats->dead, 1);
        QCOMPARE(stats->lastAckedAtMs.value_or(0), 43);
        QCOMPARE(stats->oldestPendingAtMs.value_or(0), makeSale(1, 3).createdAtMs);
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM outbox").value(), 4);
    }

    void aFailedDeliveryCountsButChangesNoState()
    {
        const QList<QString> ids = sales(2);
        Outbox outbox(*m_db);
        QVERIFY(outbox.recordFailure(ids, QStringLiteral("connection refused")));
        QCOMPARE(state(ids.at(0)), QStringLiteral("pending 1 connection refused"));
        QCOMPARE(state(ids.at(1)), QStringLiteral("pending 1 connection refused"));
        auto stats = outbox.stats();
        QVERIFY(stats);
        QCOMPARE(stats->pending, 2);
        QVERIFY(!stats->lastAckedAtMs);
    }

    void aRetryIsPendingAgainJournaledAndMarked()
    {
        const QList<QString> ids = sales(2);
        Outbox outbox(*m_db);
        QVERIFY(outbox.recordAnswers({{ids.at(0), Outbox::Answer::Outcome::Refused, QStringLiteral("no")}}, 1));
        QCOMPARE(outbox.deadLetterCount(), 1);
        auto dead = outbox.deadLetters();
        QVERIFY(dead);
        QCOMPARE(dead->size(), 1);
        QCOMPARE(dead->at(0).eventId, ids.at(0));
        QCOMPARE(dead->at(0).receiptNo, 1);
        QCOMPARE(dead->at(0).reason, QStringLiteral("no"));

        QVERIFY(outbox.retry(ids.at(0), QStringLiteral("E1003"), 5));
        QCOMPARE(outbox.deadLetterCount(), 0);
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM journal WHERE kind = 'outbox.retried'").value(), 1);
        auto pending = outbox.pendingEvents(10);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 2);
        QVERIFY(pending->at(0).retry);
        QVERIFY(!pending->at(1).retry);
        QCOMPARE(outbox.retry(ids.at(1), QStringLiteral("E1003"), 6).error().code, QStringLiteral("outbox.not-dead"));
        QCOMPARE(outbox.retry(QStringLiteral("nope"), QStringLiteral("E1003"), 6).error().code, QStringLiteral("outbox.not-found"));
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM journal WHERE kind = 'outbox.retried'").value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
