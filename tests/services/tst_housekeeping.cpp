// SPDX-License-Identifier: GPL-3.0-or-later
// Housekeeping on a real data directory (docs/operations.md#limits): acknowledged outbox events
// are archived to a gzip file that is complete before they leave the outbox; pending and refused
// events of any age stay; a failed delete loses nothing and duplicates nothing; finished print
// jobs are capped, open ones never; exports, moved-aside caches and old archive files are capped;
// the pass runs on its own thread while sales commit.
#include "../storage/saletestdata.h"
#include "services/config.h"
#include "services/housekeeping.h"
#include "storage/ledger.h"
#include "storage/outbox.h"
#include "storage/printjobs.h"
#include "storage/sqlite.h"
#include "storage/storeactions.h"
#include "storage/stores.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ok;
using namespace ok::db;
using Outcome = Outbox::Answer::Outcome;

namespace {
constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kNow = 1'800'000'000'000 + 100 * kDay; // the sales of makeSale are ~100 days old
} // namespace

class TestHousekeeping : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    HousekeepingLimits m_limits;

    QString data() const { return m_dir->path(); }
    QStringList sales(int n, int from = 0)
    {
        Ledger ledger(*m_db);
        QStringList ids;
        for (int i = 0; i < n; ++i)
            ids << ledger.commitSale(makeSale(1, from + i))->eventId;
        return ids;
    }
    void answer(const QStringList &ids, Outcome outcome, qint64 atMs)
    {
        QList<Outbox::Answer> answers;
        for (const QString &id : ids)
            answers.append({id, outcome, outcome == Outcome::Refused ? QStringLiteral("stale count") : QString()});
        QVERIFY(Outbox(*m_db).recordAnswers(answers, atMs));
    }
    QString stateOf(const QString &eventId)
    {
        auto st = m_db->prepare("SELECT state FROM outbox WHERE event_id = ?1");
        st->bind(1, eventId);
        return st->step() ? st->text(0) : QStringLiteral("gone");
    }
    QByteArray payloadOf(const QString &eventId)
    {
        auto st = m_db->prepare("SELECT payload FROM outbox WHERE event_id = ?1");
        st->bind(1, eventId);
        return st->step() ? st->text(0).toUtf8() : QByteArray();
    }
    /// event id -> archived line, failing on a duplicate.
    QMap<QString, QJsonObject> archived(const QString &file)
    {
        QMap<QString, QJsonObject> out;
        auto lines = Housekeeping::readArchive(QDir(data()).filePath(QStringLiteral("archive/") + file));
        if (!lines)
            return out;
        for (const QByteArray &line : lines.value()) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString id = o.value(QStringLiteral("event_id")).toString();
            if (out.contains(id))
                qWarning("duplicate %s", qPrintable(id));
            out.insert(id, o);
        }
        return out;
    }
    qsizetype lineCount(const QString &file)
    {
        auto lines = Housekeeping::readArchive(QDir(data()).filePath(QStringLiteral("archive/") + file));
        return lines ? lines->size() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = openLedger(m_dir->filePath(QStringLiteral("ledger.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db).value();
        m_limits = HousekeepingLimits{};
    }

    void oldAcknowledgedEventsAreArchivedThenRemoved()
    {
        const QStringList ids = sales(30);
        const QStringList old = ids.mid(0, 20), recent = ids.mid(20, 5), dead = ids.mid(25, 3), pending = ids.mid(28);
        QMap<QString, QByteArray> payloads;
        for (const QString &id : old)
            payloads.insert(id, payloadOf(id));
        answer(old, Outcome::Accepted, kNow - 60 * kDay);
        answer(recent, Outcome::Accepted, kNow - kDay);
        answer(dead, Outcome::Refused, kNow - 90 * kDay);

        const HousekeepingReport r = Housekeeping::run(data(), m_limits, kNow);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.outboxArchived, 20);
        for (const QString &id : old)
            QCOMPARE(stateOf(id), QStringLiteral("gone"));
        for (const QString &id : recent)
            QCOMPARE(stateOf(id), QStringLiteral("acked"));
        for (const QString &id : dead)
            QCOMPARE(stateOf(id), QStringLiteral("dead"));
        for (const QString &id : pending)
            QCOMPARE(stateOf(id), QStringLiteral("pending"));

        // The archive has every removed event once, with its payload as it was.
        const QString file = Housekeeping::archiveFileName(kNow - 60 * kDay);
        const auto lines = archived(file);
        QCOMPARE(lines.size(), 20);
        QCOMPARE(lineCount(file), 20);
        for (const QString &id : old) {
            QVERIFY(lines.contains(id));
            QCOMPARE(lines[id].value(QStringLiteral("kind")).toString(), QStringLiteral("sale.completed"));
            QCOMPARE(lines[id].value(QStringLiteral("acked_at")).toInteger(), kNow - 60 * kDay);
            QCOMPARE(lines[id].value(QStringLiteral("payload")).toObject(), QJsonDocument::fromJson(payloads[id]).object());
        }
        // A plain gzip file: any engineer can read it with zcat.
        if (const QString gz = QStandardPaths::findExecutable(QStringLiteral("gzip")); !gz.isEmpty()) {
            QProcess p;
            p.start(gz, {QStringLiteral("-dc"), QDir(data()).filePath(QStringLiteral("archive/") + file)});
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(p.readAllStandardOutput().count('\n'), 20);
        }
        // The sales themselves (the legal record) are all still there, their journal intact.
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM sale").value_or(-1), 30);
        QVERIFY(!journal::verify(*m_db));

        // A second pass finds nothing more to do and leaves the file as it is.
        const qint64 size = QFileInfo(QDir(data()).filePath(QStringLiteral("archive/") + file)).size();
        const HousekeepingReport again = Housekeeping::run(data(), m_limits, kNow);
        QCOMPARE(again.outboxArchived, 0);
        QCOMPARE(QFileInfo(QDir(data()).filePath(QStringLiteral("archive/") + file)).size(), size);
    }

    void pendingAndRefusedEventsStayWhateverTheirAge()
    {
        const QStringList ids = sales(6);
        answer(ids.mid(0, 2), Outcome::Refused, kNow - 3000 * kDay);
        answer(ids.mid(2, 2), Outcome::Accepted, kNow - 3000 * kDay);
        // Ten years on: everything is past every limit.
        const HousekeepingReport r = Housekeeping::run(data(), m_limits, kNow + 3650 * kDay);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(stateOf(ids[0]), QStringLiteral("dead"));
        QCOMPARE(stateOf(ids[1]), QStringLiteral("dead"));
        QCOMPARE(stateOf(ids[4]), QStringLiteral("pending"));
        QCOMPARE(stateOf(ids[5]), QStringLiteral("pending"));
        // The newest acknowledgement stays, so the sync screen still says when it was.
        QCOMPARE(stateOf(ids[2]), QStringLiteral("gone"));
        QCOMPARE(stateOf(ids[3]), QStringLiteral("acked"));
        QCOMPARE(Outbox(*m_db).stats()->lastAckedAtMs.value_or(0), kNow - 3000 * kDay);
        QCOMPARE(r.outboxArchived, 1);
    }

    void aFailedDeleteLosesNothingAndDuplicatesNothing()
    {
        const QStringList ids = sales(13);
        answer(ids.mid(0, 12), Outcome::Accepted, kNow - 40 * kDay);
        answer(ids.mid(12), Outcome::Accepted, kNow); // the newest, kept anyway
        // The archive is written, then the delete fails (a real SQLite error from a trigger).
        QVERIFY(m_db->exec("CREATE TRIGGER hk_fail BEFORE DELETE ON outbox BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;"));
        HousekeepingReport r = Housekeeping::run(data(), m_limits, kNow);
        QCOMPARE(r.outboxArchived, 0);
        QVERIFY(!r.problems.isEmpty());
        QVERIFY2(r.problems.join(QLatin1Char(' ')).contains(QLatin1String("simulated failure")), qPrintable(r.problems.join(QLatin1Char(' '))));
        const QString file = Housekeeping::archiveFileName(kNow - 40 * kDay);
        QCOMPARE(lineCount(file), 12);
        for (const QString &id : ids)
            QCOMPARE(stateOf(id), QStringLiteral("acked"));

        // A write that died half-way left a temporary file behind.
        QFile tmp(QDir(data()).filePath(QStringLiteral("archive/") + file + QStringLiteral(".tmp")));
        QVERIFY(tmp.open(QIODevice::WriteOnly));
        tmp.write("\x1f\x8b garbage");
        tmp.close();

        QVERIFY(m_db->exec("DROP TRIGGER hk_fail"));
        r = Housekeeping::run(data(), m_limits, kNow);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.outboxArchived, 12);
        QCOMPARE(lineCount(file), 12); // not 24
        const auto lines = archived(file);
        for (const QString &id : ids.mid(0, 12)) {
            QVERIFY(lines.contains(id));
            QCOMPARE(stateOf(id), QStringLiteral("gone"));
        }
        QVERIFY(!tmp.exists());
    }

    void aDamagedArchiveStopsTheRemoval()
    {
        const QStringList ids = sales(4);
        answer(ids.mid(0, 3), Outcome::Accepted, kNow - 40 * kDay);
        answer(ids.mid(3), Outcome::Accepted, kNow);
        const QString path = QDir(data()).filePath(QStringLiteral("archive/") + Housekeeping::archiveFileName(kNow - 40 * kDay));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not gzip at all");
        f.close();
        const HousekeepingReport r = Housekeeping::run(data(), m_limits, kNow);
        QCOMPARE(r.outboxArchived, 0);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().contains(path));
        QVERIFY(r.problems.first().contains(QLatin1String("move it aside")));
        for (const QString &id : ids)
            QCOMPARE(stateOf(id), QStringLiteral("acked"));
    }

    void anArchivedEventStillReadsAsSentOnTheStockScreen()
    {
        StoreActions actions(*m_db);
        StoreAction count;
        count.id = QStringLiteral("count-1");
        count.kind = QStringLiteral("count");
        count.productId = 7;
        count.quantity = 3;
        count.locationId = QStringLiteral("S001");
        count.staffId = QStringLiteral("M1");
        auto eventId = actions.record(count, QStringLiteral("stock.counted"), QJsonObject{{QStringLiteral("quantity"), 3}}, kNow - 50 * kDay);
        QVERIFY(eventId);
        answer({eventId.value()}, Outcome::Accepted, kNow - 40 * kDay);
        answer(sales(1), Outcome::Accepted, kNow); // a newer acknowledgement
        QCOMPARE(Housekeeping::run(data(), m_limits, kNow).outboxArchived, 1);
        QCOMPARE(stateOf(eventId.value()), QStringLiteral("gone"));
        auto listed = actions.list(QStringLiteral("count"), 10);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().eventState, QStringLiteral("acked")); // not "waiting to be sent" again
    }

    void noCustomerContactReachesTheArchive()
    {
        StoreActions actions(*m_db);
        StoreAction transfer;
        transfer.id = QStringLiteral("transfer-1");
        transfer.kind = QStringLiteral("transfer");
        transfer.productId = 7;
        transfer.quantity = 1;
        transfer.label = QStringLiteral("home");
        transfer.staffId = QStringLiteral("M1");
        const QJsonObject contact{{QStringLiteral("name"), QStringLiteral("Jan Kowalski")}, {QStringLiteral("email"), QStringLiteral("jan@example.com")}};
        auto eventId = actions.record(transfer, QStringLiteral("transfer.requested"),
                                      QJsonObject{{QStringLiteral("quantity"), 1}, {QStringLiteral("customer"), contact}}, kNow - 50 * kDay);
        QVERIFY(eventId);
        answer({eventId.value()}, Outcome::Accepted, kNow - 40 * kDay);
        // A row acknowledged by an older version, before acknowledging scrubbed the contact.
        auto st = m_db->prepare("UPDATE outbox SET payload = json_set(payload, '$.customer', json(?2)) WHERE event_id = ?1");
        st->bind(1, eventId.value()).bind(2, QString::fromUtf8(QJsonDocument(contact).toJson(QJsonDocument::Compact)));
        QVERIFY(st->exec());
        QVERIFY(payloadOf(eventId.value()).contains("jan@example.com"));
        answer(sales(1), Outcome::Accepted, kNow);
        QCOMPARE(Housekeeping::run(data(), m_limits, kNow).outboxArchived, 1);
        QFile gz(QDir(data()).filePath(QStringLiteral("archive/") + Housekeeping::archiveFileName(kNow - 40 * kDay)));
        const auto lines = archived(gz.fileName().section(QLatin1Char('/'), -1));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("payload")).toObject().value(QStringLiteral("quantity")).toInt(), 1);
        QVERIFY(!lines.first().value(QStringLiteral("payload")).toObject().contains(QStringLiteral("customer")));
        const QByteArray text = Housekeeping::readArchive(gz.fileName())->join('\n');
        QVERIFY(!text.contains("jan@example.com"));
        QVERIFY(!text.contains("Kowalski"));
    }

    void finishedPrintJobsAreCappedOpenOnesNever()
    {
        PrintJobs jobs(*m_db);
        auto job = [&](qint64 at) {
            NewPrintJob j;
            j.printer = QStringLiteral("receipt");
            j.kind = QStringLiteral("report");
            j.payload = QByteArrayLiteral("\x1b@x");
            return jobs.enqueue(j, at).value();
        };
        const qint64 old = kNow - 30 * kDay;
        const qint64 printedOld = job(old);
        QVERIFY(jobs.markSending(printedOld, old) && jobs.markPrinted(printedOld, old));
        const qint64 cancelledOld = job(old);
        QVERIFY(jobs.cancel(cancelledOld, old));
        const qint64 queuedOld = job(old);
        const qint64 uncertainOld = job(old);
        QVERIFY(jobs.markSending(uncertainOld, old) && jobs.markUncertain(uncertainOld, QStringLiteral("no answer"), old));
        const qint64 sendingOld = job(old);
        QVERIFY(jobs.markSending(sendingOld, old));
        QList<qint64> recent;
        for (int i = 0; i < 8; ++i) {
            recent << job(kNow - kDay);
            QVERIFY(jobs.markSending(recent.last(), kNow - kDay) && jobs.markPrinted(recent.last(), kNow - kDay));
        }
        m_limits.printHistoryRows = 5;
        const HousekeepingReport r = Housekeeping::run(data(), m_limits, kNow);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.printJobsPruned, 2 + 3); // the two old finished ones, and three recent past the newest five
        QVERIFY(!jobs.job(printedOld));
        QVERIFY(!jobs.job(cancelledOld));
        QCOMPARE(jobs.job(queuedOld)->state, PrintJob::State::Queued);
        QCOMPARE(jobs.job(uncertainOld)->state, PrintJob::State::Uncertain);
        QCOMPARE(jobs.job(sendingOld)->state, PrintJob::State::Sending);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!jobs.job(recent[i]));
        for (int i = 3; i < 8; ++i)
            QVERIFY(jobs.job(recent[i]));
    }

    void filesInTheDataDirectoryAreCapped()
    {
        const QDir d(data());
        QVERIFY(d.mkpath(QStringLiteral("exports")) && d.mkpath(QStringLiteral("archive")));
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC);
        auto touch = [](const QString &path, const QDateTime &mtime) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
            QVERIFY(f.flush());
            QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        };
        // exports: keep 2, none older than 10 days (one written a minute ago stays regardless)
        touch(d.filePath(QStringLiteral("exports/a")), now.addDays(-1));
        touch(d.filePath(QStringLiteral("exports/b")), now.addDays(-2));
        touch(d.filePath(QStringLiteral("exports/c")), now.addDays(-3));
        touch(d.filePath(QStringLiteral("exports/old")), now.addDays(-20));
        touch(d.filePath(QStringLiteral("exports/fresh")), now.addSecs(-60));
        // moved-aside caches: by age; a moved-aside ledger and backups are never touched
        for (int i = 1; i <= 4; ++i)
            touch(d.filePath(QStringLiteral("cache.db.corrupt-%1").arg(i)), now.addDays(-i * 7));
        touch(d.filePath(QStringLiteral("cache.db.corrupt-1-wal")), now.addDays(-7));
        QVERIFY(d.mkpath(QStringLiteral("backups")));
        touch(d.filePath(QStringLiteral("backups/ledger-T01-20200101T000000Z.db")), now.addDays(-2000));
        touch(d.filePath(QStringLiteral("ledger.db.corrupt-1")), now.addDays(-400));
        // archive files: past 24 months they go
        touch(d.filePath(QStringLiteral("archive/outbox-2020-01.jsonl.gz")), now.addDays(-2000));
        const QString current = Housekeeping::archiveFileName(kNow);
        touch(d.filePath(QStringLiteral("archive/") + current), now);
        const QString lastYear = Housekeeping::archiveFileName(kNow - 365 * kDay);
        touch(d.filePath(QStringLiteral("archive/") + lastYear), now.addDays(-365));

        m_limits.exportKeepDays = 10;
        m_limits.exportKeepFiles = 2;
        const HousekeepingReport r = Housekeeping::run(data(), m_limits, kNow);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(QDir(d.filePath(QStringLiteral("exports"))).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("a"), QStringLiteral("fresh")}));
        QCOMPARE(d.entryList({QStringLiteral("cache.db.*")}, QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("cache.db.corrupt-1"), QStringLiteral("cache.db.corrupt-1-wal")}));
        QVERIFY(d.exists(QStringLiteral("ledger.db.corrupt-1")));
        QVERIFY(d.exists(QStringLiteral("backups/ledger-T01-20200101T000000Z.db")));
        QVERIFY(d.exists(QStringLiteral("ledger.db")));
        QVERIFY(!d.exists(QStringLiteral("archive/outbox-2020-01.jsonl.gz")));
        QVERIFY(d.exists(QStringLiteral("archive/") + current));
        QVERIFY(d.exists(QStringLiteral("archive/") + lastYear));
        QCOMPARE(r.archiveFilesRemoved, 1);
    }

    void theLimitsAreConfigured()
    {
        auto c = Config::parse(QStringLiteral("[limits]\nprint_history_days = 7\nprint_history_rows = 300\noutbox_keep_days = 45\n"
                                              "archive_keep_months = 60\nexport_keep_days = 30\nexport_keep_files = 5\nhousekeeping_hours = 12\n"),
                               QStringLiteral("t.ini"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        const HousekeepingLimits l = HousekeepingLimits::fromConfig(c.value());
        QCOMPARE(l.printHistoryDays, 7);
        QCOMPARE(l.printHistoryRows, 300);
        QCOMPARE(l.outboxKeepDays, 45);
        QCOMPARE(l.archiveKeepMonths, 60);
        QCOMPARE(l.exportKeepDays, 30);
        QCOMPARE(l.exportKeepFiles, 5);
        QCOMPARE(c->housekeepingHours, 12);
        const Config d;
        QCOMPARE(d.outboxKeepDays, 30);
        QCOMPARE(d.archiveKeepMonths, 24);
        QCOMPARE(d.printHistoryDays, 14);
        auto bad = Config::parse(QStringLiteral("[limits]\noutbox_keep_days = 0\n"), QStringLiteral("t.ini"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("t.ini:2: [limits] outbox_keep_days")));
    }

    void aPassOnItsThreadDoesNotHoldUpSales()
    {
        // 10,000 events acknowledged 100 days ago (a terminal that never had housekeeping).
        QVERIFY(m_db->exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000), "
                           "t(at) AS (SELECT (CAST(strftime('%s', 'now') AS INTEGER) - 100 * 86400) * 1000) "
                           "INSERT INTO outbox(event_id, kind, ref, payload, created_at, state, acked_at) "
                           "SELECT 'ev-' || i, 'sale.completed', 'sale-' || i, '{\"n\":' || i || ',\"pad\":\"' || hex(randomblob(200)) || '\"}', "
                           "t.at + i, 'acked', t.at + i FROM n, t"));
        Housekeeping hk(data(), m_limits, std::chrono::hours(6));
        QSignalSpy done(&hk, &Housekeeping::finished);
        hk.start(std::chrono::milliseconds(0));
        qint64 worst = 0;
        int committed = 0;
        QElapsedTimer wall;
        wall.start();
        Ledger ledger(*m_db);
        while (done.isEmpty() && wall.elapsed() < 60000) {
            QElapsedTimer t;
            t.start();
            QVERIFY(ledger.commitSale(makeSale(2, 1000 + committed)));
            worst = std::max(worst, t.elapsed());
            ++committed;
            QCoreApplication::processEvents();
            QThread::msleep(10); // a hundred sales a second: far more than any till rings up
        }
        QVERIFY(!done.isEmpty() || done.wait(60000));
        const auto r = done.first().first().value<HousekeepingReport>();
        qInfo("archived %d events in %lld ms while %d sales committed; slowest commit %lld ms", r.outboxArchived, r.elapsedMs,
              committed, worst);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.outboxArchived, 9999); // all but the newest acknowledgement
        QVERIFY2(worst < 1000, "a sale waited for housekeeping for a second or more");
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'").value_or(-1), committed);
    }
};

QTEST_GUILESS_MAIN(TestHousekeeping)
#include "tst_housekeeping.moc"
