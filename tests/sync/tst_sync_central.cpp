// SPDX-License-Identifier: GPL-3.0-or-later
// The sync client against the real central service process: real TLS with mutual
// authentication and a pinned key on loopback, a fault-injecting proxy for the bad network.
// The rules under test are those of docs/reliability.md: nothing sent to a wrong server
// (#r7-bad-input-changes-nothing), pages and cursors together and nothing decided by the terminal
// clock (#r4-server-order-not-clocks), exactly one effect per event however the network and the
// server fail, and a queue that drains by itself (#r3-idempotent-events-never-dropped).
#include "../storage/saletestdata.h"
#include "centralprocess.h"
#include "faultproxy.h"
#include "services/config.h"
#include "services/localsyncstore.h"
#include "services/syncservice.h"
#include "storage/catalog.h"
#include "storage/ledger.h"
#include "storage/outbox.h"
#include "storage/sqlite.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <thread>

using namespace ok;
using namespace ok::sync;

namespace {
constexpr qint64 kProducts = 300;
constexpr qint64 kDay = 86'400'000;
} // namespace

class TestSyncCentral : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CentralProcess> m_central;
    QTemporaryDir m_dir; // the kiosk's data directory for most tests
    std::unique_ptr<services::LocalSyncStore> m_store;

    SyncConfig config(const QString &url = {}) const
    {
        SyncConfig c;
        c.url = url.isEmpty() ? m_central->url() : url;
        c.tls.caFile = m_central->caPath();
        c.tls.clientCertFile = m_central->certPath(QStringLiteral("S001-T01"));
        c.tls.clientKeyFile = m_central->keyPath(QStringLiteral("S001-T01"));
        c.tls.pins = {m_central->serverPin()};
        c.storeId = QStringLiteral("S001");
        c.terminalId = QStringLiteral("T01");
        c.tokenFile = m_dir.filePath(QStringLiteral("sync-token"));
        c.pageSize = 100;
        c.limits.totalTimeout = std::chrono::seconds(30);
        return c;
    }

    std::unique_ptr<services::LocalSyncStore> openStore(const QString &dir) const
    {
        auto s = services::LocalSyncStore::open(dir + QStringLiteral("/cache.db"), dir + QStringLiteral("/ledger.db"),
                                                QStringLiteral("S001"));
        return s ? std::move(s.value()) : nullptr;
    }

    /// Events the central service holds from this terminal.
    int centralEventCount()
    {
        const auto r = m_central->admin({QStringLiteral("events"), QStringLiteral("--terminal"), QStringLiteral("S001-T01"),
                                         QStringLiteral("--limit"), QStringLiteral("1000000")});
        return r.exitCode == 0 ? int(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 1 : -1;
    }

    /// On-hand at S001 of a product, as the central service says (live query).
    qint64 centralOnHand(qint64 product)
    {
        SyncEngine engine(config(), *m_store);
        auto levels = engine.liveStock(product);
        if (!levels)
            return std::numeric_limits<qint64>::min();
        for (const auto &l : levels->levels)
            if (l.locationId == QLatin1String("S001"))
                return l.onHand;
        return 0;
    }

    /// A level at the central service, as the live query says (min() when it failed).
    qint64 centralLevel(qint64 product, const QString &location, qint64 NetworkStockLevel::*field)
    {
        SyncEngine engine(config(), *m_store);
        auto levels = engine.liveStock(product);
        if (!levels)
            return std::numeric_limits<qint64>::min();
        for (const auto &l : levels->levels)
            if (l.locationId == location)
                return l.*field;
        return 0;
    }

    /// The last heartbeat of this terminal as the central admin shows it.
    QJsonObject lastHeartbeat()
    {
        const auto r = m_central->admin({QStringLiteral("terminals")});
        for (const QString &line : r.out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("S001-T01")) && line.contains(QLatin1Char('{')))
                return QJsonDocument::fromJson(line.mid(line.indexOf(QLatin1Char('{'))).toUtf8()).object();
        return {};
    }

    /// The device `name` in this terminal's last heartbeat (empty when absent).
    QJsonObject heartbeatDevice(const QString &name)
    {
        for (const QJsonValue &d : lastHeartbeat().value(QLatin1String("devices")).toArray())
            if (d.toObject().value(QLatin1String("name")).toString() == name)
                return d.toObject();
        return {};
    }

    /// An outbox event of a kind the ledger has no writer for yet, as the ledger stores one.
    QString writeOutboxEvent(const QString &kind, const QString &ref, const QByteArray &payload)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto st = m_store->ledger().prepare("INSERT INTO outbox(event_id, kind, ref, payload, created_at) VALUES(?1, ?2, ?3, ?4, ?5)");
        if (!st)
            return {};
        st->bind(1, id).bind(2, kind).bind(3, ref).bind(4, QString::fromUtf8(payload)).bind(5, QDateTime::currentMSecsSinceEpoch());
        return st->exec() ? id : QString();
    }

    QString outboxState(const QString &eventId)
    {
        auto st = m_store->ledger().prepare("SELECT state || ' ' || coalesce(last_error, '') FROM outbox WHERE event_id = ?1");
        st->bind(1, eventId);
        return st->step() ? st->text(0) : QString();
    }

    /// The central service's count, checksum and cursor of a stream for this terminal.
    std::optional<StreamSummary> centralSummary(SyncEngine &engine, Stream stream)
    {
        auto r = engine.http().get(QStringLiteral("/v1/streams/%1/summary").arg(streamName(stream)));
        if (!r || r->status != 200)
            return std::nullopt;
        auto summary = parseSummary(r->body, stream);
        return summary ? std::optional<StreamSummary>(summary.value()) : std::nullopt;
    }

    std::unique_ptr<services::SyncService> syncService(const SyncConfig &c)
    {
        return std::make_unique<services::SyncService>(c, m_dir.filePath(QStringLiteral("cache.db")),
                                                       m_dir.filePath(QStringLiteral("ledger.db")), std::chrono::seconds(1));
    }

    /// Commit n sales at this terminal; returns the stock they take out of product 100.
    qint64 sell(db::Database &ledgerDb, int n, qint64 createdAtMs = 0)
    {
        db::Ledger ledger(ledgerDb);
        qint64 taken = 0;
        for (int i = 0; i < n; ++i) {
            SaleRecord s = makeSale(2, QRandomGenerator::global()->bounded(1000));
            if (createdAtMs)
                s.createdAtMs = createdAtMs;
            taken += s.lines.at(0).quantity;
            if (!ledger.commitSale(s))
                return -1;
        }
        return taken;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::CentralProcess::Options o;
        o.products = kProducts;
        m_central = std::make_unique<test::CentralProcess>(o);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        m_store = openStore(m_dir.path());
        QVERIFY(m_store);
    }

    void wrongServerIsRefusedBeforeAnythingIsSent()
    {
        const QString code = m_central->enrolmentCode(QStringLiteral("S001"), QStringLiteral("T01"));
        QVERIFY(!code.isEmpty());

        SyncConfig wrongCa = config();
        wrongCa.enrolmentCode = code;
        wrongCa.tls.caFile = m_central->otherCaPath();
        SyncEngine a(wrongCa, *m_store);
        auto ra = a.ensureEnrolled();
        QVERIFY(!ra);
        QCOMPARE(ra.error().code, QStringLiteral("tls.verify"));
        QVERIFY(ra.error().message.contains(QLatin1String("Nothing was sent")));

        SyncConfig wrongPin = config();
        wrongPin.enrolmentCode = code;
        wrongPin.tls.pins = {m_central->otherServerPin()};
        SyncEngine b(wrongPin, *m_store);
        auto rb = b.ensureEnrolled();
        QVERIFY(!rb);
        QCOMPARE(rb.error().code, QStringLiteral("tls.pin"));
        QVERIFY(!b.health().online);

        // The one-time code still works: neither attempt reached the service.
        SyncConfig good = config();
        good.enrolmentCode = code;
        SyncEngine c(good, *m_store);
        auto rc = c.ensureEnrolled();
        QVERIFY2(rc, qPrintable(rc ? QString() : rc.error().message));
        QVERIFY(c.health().enrolled);
        QFile token(good.tokenFile);
        QCOMPARE(token.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // Rotation: the current pin next to a new one is accepted.
        SyncConfig rotated = config();
        rotated.tls.pins = {m_central->otherServerPin(), m_central->serverPin()};
        SyncEngine d(rotated, *m_store);
        QVERIFY(d.pull(Stream::Reference));
    }

    void initialSyncMatchesTheCentralService()
    {
        SyncEngine engine(config(), *m_store);
        auto r = engine.pullAll();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY(r->caughtUp);
        QVERIFY(r->pages > 5); // page size 100: really paged
        for (Stream s : kAllStreams) {
            auto v = engine.verify(s);
            QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
            QVERIFY2(v.value(), qPrintable(streamName(s)));
        }
        QCOMPARE(m_store->cache().queryInt("SELECT count(*) FROM product").value(), kProducts);
        QVERIFY(m_store->cache().queryInt("SELECT count(*) FROM price WHERE store_id = 'S001'").value() >= kProducts);
        QCOMPARE(m_store->cache().queryInt("SELECT count(*) FROM cc_order").value(),
                 qint64(std::count_if(m_central->pickups().cbegin(), m_central->pickups().cend(),
                                      [](const auto &p) { return p.storeId == QLatin1String("S001"); })));
        QVERIFY(m_store->cache().queryInt("SELECT count(*) FROM staff WHERE role = 'manager'").value() >= 1);
        QCOMPARE(m_store->cache().queryInt("SELECT search_stale FROM sync_stream WHERE stream = 'catalog'").value(), 0);
        db::CatalogReader reader(m_store->cache(), QStringLiteral("S001"), QStringLiteral("pl"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto p = reader.findById(7, now);
        QVERIFY(p && p->price.has_value());
        QVERIFY(!reader.search(p->name.split(QLatin1Char(' ')).first(), 5, now).value().isEmpty());
    }

    void priceChangedCentrallyArrivesAsADelta()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto r = m_central->admin({QStringLiteral("price-set"), QStringLiteral("S001"), QStringLiteral("7"),
                                         QStringLiteral("12345"), QStringLiteral("--from"), QString::number(now - 60)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        SyncEngine engine(config(), *m_store);
        auto pulled = engine.pullAll();
        QVERIFY(pulled);
        QVERIFY(pulled->rows >= 1);
        QVERIFY(pulled->rows < 10); // a delta, not the catalog again
        db::CatalogReader reader(m_store->cache(), QStringLiteral("S001"), QStringLiteral("pl"));
        QCOMPARE(reader.findById(7, now)->price.value(), 12345);
    }

    void aRepullLeavesExactlyTheCentralRows()
    {
        // Rows the central service does not have (a restored central database, a scope change,
        // a bug): an extra product with a price, stock and a search entry; an extra price and an
        // extra stock row of a known product, at an extra location; an extra order, staff
        // member and tax class. The checksums notice, the streams are pulled again from zero,
        // and afterwards the cache holds exactly the central rows (docs/storage.md, "Pulling a
        // stream again").
        SyncEngine engine(config(), *m_store);
        QVERIFY(engine.pullAll());
        db::Database &cache = m_store->cache();
        const QString taxClass = [&] {
            auto st = cache.prepare("SELECT tax_class FROM product WHERE id = 7");
            return st && st->step() ? st->text(0) : QString();
        }();
        QVERIFY(!taxClass.isEmpty());
        {
            db::Transaction tx(cache);
            db::CatalogWriter w(cache);
            QVERIFY(w.upsertTaxClass(QStringLiteral("ZZ"), 100, QStringLiteral("ghost")));
            QVERIFY(w.upsertLocation(QStringLiteral("X99"), QStringLiteral("store"), QStringLiteral("Ghost store")));
            db::CatalogWriter::Product ghost;
            ghost.id = 990001;
            ghost.sku = QStringLiteral("SKU-GHOST");
            ghost.taxClass = taxClass;
            ghost.names = {{QStringLiteral("pl"), QStringLiteral("Widmowy ser")}};
            ghost.barcodes = {QStringLiteral("5909990001234")};
            ghost.version = 77;
            QVERIFY(w.upsertProduct(ghost));
            QVERIFY(w.setPrice(QStringLiteral("S001"), 990001, 0, std::nullopt, 999, QStringLiteral("PLN")));
            QVERIFY(w.setPrice(QStringLiteral("S001"), 7, 12345, std::nullopt, 1, QStringLiteral("PLN")));
            QVERIFY(w.setStock(990001, QStringLiteral("S001"), 5, 0, 0, 3));
            QVERIFY(w.setStock(7, QStringLiteral("X99"), 5, 0, 0, 3));
            QVERIFY(cache.exec(R"sql(
                INSERT INTO staff(id, name, role, store_id, pin_salt, pin_iterations, pin_verifier, active, version)
                VALUES('E9999', 'Ghost', 'manager', 'S001', x'00112233445566778899aabbccddeeff', 120000,
                       x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 1, 5);
                INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier,
                                     status, expires_at, total, currency, version)
                VALUES('S001-CC-999999', 'S001', 'CC999999', 'Ghost', 'g***@x', x'0011223344556677',
                       x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'ready', 1, 100, 'PLN', 9);
                INSERT INTO cc_order_line(order_id, line_no, product_id, name, quantity) VALUES('S001-CC-999999', 1, 7, 'x', 1);)sql"));
            QVERIFY(tx.commit());
        }
        for (Stream s : kAllStreams) {
            auto v = engine.verify(s);
            QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
            QVERIFY2(!v.value(), qPrintable(streamName(s) + QStringLiteral(" should disagree")));
        }

        auto again = engine.pullAll();
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->caughtUp);
        for (Stream s : kAllStreams) {
            auto local = m_store->localSummary(s);
            const auto central = centralSummary(engine, s);
            QVERIFY(local && central);
            QCOMPARE(local->count, central->count);
            QCOMPARE(checksumHex(local->checksum), checksumHex(central->checksum));
            auto v = engine.verify(s);
            QVERIFY2(v && v.value(), qPrintable(streamName(s)));
        }
        QCOMPARE(cache.queryInt("SELECT count(*) FROM product WHERE id = 990001").value(), 0);
        QCOMPARE(cache.queryInt("SELECT count(*) FROM barcode WHERE code = '5909990001234'").value(), 0);
        QCOMPARE(cache.queryInt("SELECT count(*) FROM price WHERE product_id = 990001 OR valid_from = 12345").value(), 0);
        QCOMPARE(cache.queryInt("SELECT count(*) FROM stock WHERE product_id = 990001 OR location_id = 'X99'").value(), 0);
        QCOMPARE(cache.queryInt("SELECT count(*) FROM location WHERE id = 'X99'").value(), 0);
        QCOMPARE(cache.queryInt("SELECT count(*) FROM tax_class WHERE code = 'ZZ'").value(), 0);
        QCOMPARE(cache.queryInt("SELECT count(*) FROM staff WHERE id = 'E9999'").value(), 0);
        QCOMPARE(cache.queryInt("SELECT count(*) FROM cc_order_line WHERE order_id = 'S001-CC-999999'").value(), 0);
        QCOMPARE(cache.queryInt("SELECT count(*) FROM product").value(), kProducts);
        // The search index lost the swept product with it, and is whole.
        db::CatalogReader reader(cache, QStringLiteral("S001"), QStringLiteral("pl"));
        QVERIFY(reader.search(QStringLiteral("widmowy"), 5, QDateTime::currentSecsSinceEpoch()).value().isEmpty());
        auto fts = cache.prepare("INSERT INTO product_search(product_search) VALUES('integrity-check')");
        QVERIFY(fts && fts->exec());
        auto fk = cache.prepare("PRAGMA foreign_key_check");
        QVERIFY(fk && !fk->step());
    }

    void heartbeatReportsTheApplicationVersion()
    {
        // What the kiosk's composition root passes on: the CMake project version.
        SyncConfig c = config();
        c.appVersion = services::SyncService::syncConfig(Config{}, m_dir.path()).appVersion;
        QCOMPARE(c.appVersion, QStringLiteral(OMNIKIOSK_VERSION));
        SyncEngine engine(c, *m_store);
        QVERIFY(engine.heartbeat());
        // The central service keeps the heartbeat as received; its admin CLI shows it.
        QCOMPARE(lastHeartbeat().value(QLatin1String("version")).toString(), QStringLiteral(OMNIKIOSK_VERSION));
    }

    void lostAnswerAfterCommitHasExactlyOneEffect()
    {
        FaultProxy proxy(QHostAddress::LocalHost, quint16(m_central->port()));
        const quint16 port = proxy.start();
        QVERIFY(port);
        const qint64 before = centralOnHand(100);
        const int eventsBefore = centralEventCount();
        const qint64 taken = sell(m_store->ledger(), 150);
        QVERIFY(taken > 0);

        proxy.setMode(FaultProxy::Mode::DropResponses);
        proxy.setDropAfterClientBytes(32 * 1024); // past the handshake, inside the 150-event body
        SyncEngine engine(config(QStringLiteral("https://127.0.0.1:%1").arg(port)), *m_store);
        auto lost = engine.push();
        QVERIFY(!lost);
        QVERIFY(proxy.responsesDropped() >= 1);
        QCOMPARE(m_store->outboxStats(0).pending, 150); // not acknowledged: kept

        proxy.setMode(FaultProxy::Mode::Pass);
        auto again = engine.push();
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->acked, 150);
        QCOMPARE(m_store->outboxStats(0).pending, 0);
        QCOMPARE(centralEventCount(), eventsBefore + 150);
        QCOMPARE(centralOnHand(100), before - taken);
    }

    void twoPushersAtOnceHaveExactlyOneEffect()
    {
        const qint64 before = centralOnHand(100);
        const int eventsBefore = centralEventCount();
        const qint64 taken = sell(m_store->ledger(), 300);
        auto storeA = openStore(m_dir.path());
        auto storeB = openStore(m_dir.path());
        QVERIFY(storeA && storeB);
        SyncConfig small = config();
        small.pushBatch = 50; // many interleaved batches
        SyncEngine a(small, *storeA), b(small, *storeB);
        std::optional<Result<PushOutcome>> ra, rb;
        std::thread ta([&] { ra.emplace(a.push()); });
        std::thread tb([&] { rb.emplace(b.push()); });
        ta.join();
        tb.join();
        QVERIFY2(ra->ok() || rb->ok(), "both pushers failed");
        if (m_store->outboxStats(0).pending > 0) // a pusher that lost a race on the ledger retries
            QVERIFY(SyncEngine(config(), *m_store).push());
        QCOMPARE(m_store->outboxStats(0).pending, 0);
        QCOMPARE(centralEventCount(), eventsBefore + 300);
        QCOMPARE(centralOnHand(100), before - taken);
    }

    void serverKilledMidPushHasExactlyOneEffect_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("committed");
        // The first batch (500 events, about 350 KB) is cut after 128 KiB: the server holds part
        // of it and commits nothing of it.
        QTest::newRow("request cut") << int(FaultProxy::Mode::CutRequest) << false;
        // The first batch reaches the server whole; 4 KiB of its answer reach the client: the
        // server had committed the batch before it answered.
        QTest::newRow("answer cut") << int(FaultProxy::Mode::CutResponse) << true;
    }
    void serverKilledMidPushHasExactlyOneEffect()
    {
        QFETCH(int, mode);
        QFETCH(bool, committed);
        const qint64 before = centralOnHand(100);
        const int eventsBefore = centralEventCount();
        const qint64 taken = sell(m_store->ledger(), 1500);
        FaultProxy proxy(QHostAddress::LocalHost, quint16(m_central->port()));
        const quint16 port = proxy.start();
        QVERIFY(port);
        proxy.setMode(FaultProxy::Mode(mode));
        proxy.setCutAfterBytes(mode == int(FaultProxy::Mode::CutRequest) ? 128 * 1024 : 4 * 1024);
        proxy.setDropAfterClientBytes(64 * 1024); // CutResponse: inside the first batch's body

        const SyncConfig c = config(QStringLiteral("https://127.0.0.1:%1").arg(port));
        QCOMPARE(c.pushBatch, 500);
        auto pusherStore = openStore(m_dir.path()); // the pusher's thread has its own connections
        SyncEngine engine(c, *pusherStore);
        std::optional<Result<PushOutcome>> r;
        std::thread t([&] { r.emplace(engine.push()); });
        // The server dies at exactly this point of the first batch.
        QTRY_COMPARE_WITH_TIMEOUT(proxy.connectionsCut(), 1, 30000);
        m_central->kill();
        t.join();
        QVERIFY(r && !r->ok());
        QCOMPARE(m_store->outboxStats(0).pending, 1500); // no answer arrived whole: nothing acknowledged

        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        QCOMPARE(centralEventCount(), eventsBefore + (committed ? 500 : 0));
        auto again = SyncEngine(config(), *m_store).push();
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->acked, 1500); // the committed batch's events are answered from the stored results
        QCOMPARE(m_store->outboxStats(0).pending, 0);
        QCOMPARE(centralEventCount(), eventsBefore + 1500);
        QCOMPARE(centralOnHand(100), before - taken);
    }

    void queueDrainsByItselfAfterAnOutage()
    {
        FaultProxy proxy(QHostAddress::LocalHost, quint16(m_central->port()));
        const quint16 port = proxy.start();
        proxy.setMode(FaultProxy::Mode::Refuse);
        const int eventsBefore = centralEventCount();
        QVERIFY(sell(m_store->ledger(), 20) > 0);

        SyncWorker::Timing timing;
        timing.interval = std::chrono::milliseconds(200);
        timing.backoffMin = std::chrono::milliseconds(100);
        timing.backoffMax = std::chrono::milliseconds(400);
        const QString dir = m_dir.path();
        QThread thread;
        auto *worker = new SyncWorker(config(QStringLiteral("https://127.0.0.1:%1").arg(port)),
                                      [dir]() -> Result<std::unique_ptr<SyncStore>> {
                                          auto s = services::LocalSyncStore::open(dir + QStringLiteral("/cache.db"),
                                                                                  dir + QStringLiteral("/ledger.db"), QStringLiteral("S001"));
                                          if (!s)
                                              return s.error();
                                          return std::unique_ptr<SyncStore>(std::move(s.value()));
                                      },
                                      timing);
        worker->moveToThread(&thread);
        SyncHealth last;
        int failedCycles = 0;
        QObject receiver; // declared after what the slot writes: destroyed (and disconnected) first
        connect(worker, &SyncWorker::healthChanged, &receiver, [&last, &failedCycles](const SyncHealth &h) {
            last = h;
            if (!h.online && !h.lastError.isEmpty())
                ++failedCycles;
        });
        thread.start();
        QMetaObject::invokeMethod(worker, &SyncWorker::start, Qt::QueuedConnection);
        // The loop keeps trying by itself while the network is down (backoff 100 to 400 ms).
        QTRY_VERIFY_WITH_TIMEOUT(failedCycles >= 3, 15000);
        QVERIFY(proxy.connectionsAccepted() >= 3);
        QCOMPARE(m_store->outboxStats(0).pending, 20); // offline: kept, selling unaffected
        QVERIFY(!last.online);

        proxy.setMode(FaultProxy::Mode::Pass); // the network is back; no new sale, no wake-up call
        QTRY_COMPARE_WITH_TIMEOUT(m_store->outboxStats(0).pending, qint64(0), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(last.online, 5000);
        QCOMPARE(centralEventCount(), eventsBefore + 20);
        QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete worker;
    }

    void clockAYearBackLosesNothing()
    {
        const qint64 yearAgo = QDateTime::currentMSecsSinceEpoch() - 365 * kDay;
        const int eventsBefore = centralEventCount();
        QVERIFY(sell(m_store->ledger(), 10, yearAgo) > 0);
        SyncEngine engine(config(), *m_store, [yearAgo] { return yearAgo; });
        auto pushed = engine.push();
        QVERIFY(pushed);
        QCOMPARE(pushed->acked, 10);
        QCOMPARE(centralEventCount(), eventsBefore + 10);
        QVERIFY(engine.heartbeat());
        QVERIFY(engine.health().clockSkewMs > 364 * kDay); // reported, not trusted
        const auto r = m_central->admin({QStringLiteral("price-set"), QStringLiteral("S001"), QStringLiteral("8"),
                                         QStringLiteral("777"), QStringLiteral("--from"),
                                         QString::number(QDateTime::currentSecsSinceEpoch() - 60)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(engine.pullAll()); // pulls follow the server's cursor, not the terminal's clock
        QCOMPARE(m_store->cache().queryInt("SELECT amount FROM price WHERE product_id = 8 ORDER BY version DESC LIMIT 1").value(), 777);
    }

    void killedMidPullResumesFromTheLastPage()
    {
        QTemporaryDir kiosk;
        QFile::copy(m_dir.filePath(QStringLiteral("sync-token")), kiosk.filePath(QStringLiteral("sync-token")));
        const SyncConfig c = config();
        const QStringList args = {c.url, c.tls.caFile, c.tls.clientCertFile, c.tls.clientKeyFile, c.tls.pins.first(),
                                  kiosk.filePath(QStringLiteral("sync-token")), kiosk.path(), QStringLiteral("25")};
        for (int round = 0; round < 4; ++round) {
            QProcess child;
            child.start(QStringLiteral(SYNC_CHILD), args);
            QVERIFY(child.waitForStarted());
            const int killAt = 2 + int(QRandomGenerator::global()->bounded(6));
            int pages = 0;
            while (pages < killAt && child.waitForReadyRead(20000))
                while (child.canReadLine())
                    if (child.readLine().startsWith("page "))
                        ++pages;
            child.kill(); // SIGKILL, somewhere in the next page
            child.waitForFinished();
            auto store = openStore(kiosk.path());
            QVERIFY(store);
            auto integrity = store->cache().prepare("PRAGMA integrity_check");
            QVERIFY(integrity && integrity->step());
            QCOMPARE(integrity->text(0), QStringLiteral("ok"));
        }
        auto store = openStore(kiosk.path());
        SyncConfig resumed = c;
        resumed.tokenFile = kiosk.filePath(QStringLiteral("sync-token"));
        SyncEngine engine(resumed, *store);
        auto r = engine.pullAll();
        QVERIFY(r && r->caughtUp);
        for (Stream s : kAllStreams) {
            auto v = engine.verify(s);
            QVERIFY(v);
            QVERIFY2(v.value(), qPrintable(streamName(s)));
        }
        QCOMPARE(store->cache().queryInt("SELECT count(*) FROM product").value(), kProducts);
        QCOMPARE(store->cache().queryInt("SELECT search_stale FROM sync_stream WHERE stream = 'catalog'").value(), 0);
    }

    void aRefusedEventRetriedByStaffIsEvaluatedAgain()
    {
        // More than the warehouse has: refused, with the central service's reason.
        const qint64 reservedBefore = centralLevel(11, QStringLiteral("W01"), &NetworkStockLevel::reserved);
        const qint64 onHand = centralLevel(11, QStringLiteral("W01"), &NetworkStockLevel::onHand);
        QVERIFY(onHand > std::numeric_limits<qint64>::min());
        const qint64 wanted = std::max<qint64>(onHand, 0) + 500;
        const QString id = writeOutboxEvent(QStringLiteral("reservation.requested"), QStringLiteral("WEB-4711"),
                                            QStringLiteral(R"({"product_id":11,"location_id":"W01","quantity":%1,"order_ref":"WEB-4711"})")
                                                .arg(wanted).toUtf8());
        QVERIFY(!id.isEmpty());
        SyncEngine engine(config(), *m_store);
        auto pushed = engine.push();
        QVERIFY(pushed);
        QCOMPARE(pushed->dead, 1);
        QVERIFY2(outboxState(id).startsWith(QLatin1String("dead not enough stock available at W01")), qPrintable(outboxState(id)));

        // Retried before the cause is fixed: evaluated again (not the stored answer), refused again.
        db::Outbox dead(m_store->ledger());
        QVERIFY(dead.retry(id, QStringLiteral("E1003"), QDateTime::currentMSecsSinceEpoch()));
        pushed = engine.push();
        QVERIFY(pushed);
        QCOMPARE(pushed->dead, 1);
        QVERIFY(outboxState(id).startsWith(QLatin1String("dead ")));

        // The warehouse receives goods; staff send it again: accepted, reserved exactly once.
        const auto received = m_central->admin({QStringLiteral("stock-receive"), QStringLiteral("W01"), QStringLiteral("11"),
                                                QString::number(wanted + 100)});
        QVERIFY2(received.exitCode == 0, qPrintable(received.err));
        QVERIFY(dead.retry(id, QStringLiteral("E1003"), QDateTime::currentMSecsSinceEpoch()));
        pushed = engine.push();
        QVERIFY(pushed);
        QCOMPARE(pushed->acked, 1);
        QVERIFY(outboxState(id).startsWith(QLatin1String("acked")));
        QCOMPARE(centralLevel(11, QStringLiteral("W01"), &NetworkStockLevel::reserved), reservedBefore + wanted);

        // One record at the central service, now accepted; a later delivery replays it.
        const auto log = m_central->admin({QStringLiteral("events"), QStringLiteral("--terminal"), QStringLiteral("S001-T01"),
                                           QStringLiteral("--limit"), QStringLiteral("1000000")});
        QCOMPARE(log.out.count(id), 1);
        for (const QString &line : log.out.split(QLatin1Char('\n')))
            if (line.contains(id))
                QVERIFY2(line.contains(QLatin1String(" accepted ")), qPrintable(line));
        auto st = m_store->ledger().prepare("UPDATE outbox SET state = 'pending' WHERE event_id = ?1");
        st->bind(1, id);
        QVERIFY(st->exec());
        pushed = engine.push();
        QCOMPARE(pushed->acked, 1);
        QCOMPARE(centralLevel(11, QStringLiteral("W01"), &NetworkStockLevel::reserved), reservedBefore + wanted);
    }

    void orderStatusIsALiveQuery()
    {
        SyncEngine engine(config(), *m_store);
        const auto pickups = m_central->pickups();
        const auto own = std::find_if(pickups.cbegin(), pickups.cend(), [](const auto &p) { return p.storeId == QLatin1String("S001"); });
        const auto other = std::find_if(pickups.cbegin(), pickups.cend(), [](const auto &p) { return p.storeId != QLatin1String("S001"); });
        QVERIFY(own != pickups.cend() && other != pickups.cend());
        auto status = engine.orderStatus(own->orderId);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QCOMPARE(status->id, own->orderId);
        QVERIFY(status->status == QLatin1String("ready") || status->status == QLatin1String("awaiting_pickup"));

        const auto unknown = engine.orderStatus(QStringLiteral("S001-CC-999999"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QLatin1String("404")), qPrintable(unknown.error().message));
        QVERIFY(!engine.orderStatus(other->orderId)); // another store's order is not this terminal's business
        const auto hostile = engine.orderStatus(QStringLiteral("../streams/staff"));
        QVERIFY(!hostile);
        QCOMPARE(hostile.error().code, QStringLiteral("sync.bad-request"));
    }

    void anotherTerminalsSaleIsLookedUpLive()
    {
        // T02 sells two lines and pushes the sale.
        QTemporaryDir dirT02;
        auto storeT02 = openStore(dirT02.path());
        QVERIFY(storeT02);
        SyncConfig c2 = config();
        c2.tls.clientCertFile = m_central->certPath(QStringLiteral("S001-T02"));
        c2.tls.clientKeyFile = m_central->keyPath(QStringLiteral("S001-T02"));
        c2.terminalId = QStringLiteral("T02");
        c2.tokenFile = dirT02.filePath(QStringLiteral("sync-token"));
        c2.enrolmentCode = m_central->enrolmentCode(QStringLiteral("S001"), QStringLiteral("T02"));
        SyncEngine t02(c2, *storeT02);
        auto enrolled = t02.ensureEnrolled();
        QVERIFY2(enrolled, qPrintable(enrolled ? QString() : enrolled.error().message));
        db::Ledger ledgerT02(storeT02->ledger());
        SaleRecord sale = makeSale(2, 7);
        sale.terminalId = QStringLiteral("T02");
        QCOMPARE(sale.lines.at(0).quantity, 2);
        auto committed = ledgerT02.commitSale(sale);
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message));
        auto pushed = t02.push();
        QVERIFY(pushed);
        QCOMPARE(pushed->acked, 1);

        // T01 finds it with its lines, nothing returned yet.
        SyncEngine t01(config(), *m_store);
        auto found = t01.saleLookup(committed->id);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(found->id, committed->id);
        QCOMPARE(found->kind, QStringLiteral("sale"));
        QCOMPARE(found->terminalId, QStringLiteral("T02"));
        QCOMPARE(found->receiptNo, committed->receiptNo);
        QCOMPARE(found->total, sale.total);
        QCOMPARE(found->lines.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(found->lines.at(i).productId, sale.lines.at(i).productId);
            QCOMPARE(found->lines.at(i).quantity, sale.lines.at(i).quantity);
            QCOMPARE(found->lines.at(i).amount, sale.lines.at(i).amount);
        }
        QVERIFY(found->returned.isEmpty());

        // T02 takes back 1 of the 2 pieces of line 1: T01's lookup says 1 returned.
        const SaleLineRecord &sold = sale.lines.at(0);
        SaleRecord ret;
        ret.kind = QStringLiteral("return");
        ret.storeId = sale.storeId;
        ret.terminalId = QStringLiteral("T02");
        ret.cashierId = sale.cashierId;
        ret.currency = sale.currency;
        ret.createdAtMs = sale.createdAtMs + 1000;
        ret.originalSaleId = committed->id;
        ret.lines = {{sold.productId, sold.sku, sold.name, -1, QStringLiteral("piece"), sold.unitPrice, 0, -sold.unitPrice,
                      sold.taxCode, sold.taxBasisPoints, 1, QString()}};
        ret.subtotal = ret.total = -sold.unitPrice;
        ret.taxTotal = -((sold.unitPrice * 23 + 61) / 123); // the refund's VAT, as a till computes it
        ret.taxes = {{sold.taxCode, sold.taxBasisPoints, ret.total - ret.taxTotal, ret.taxTotal, ret.total}};
        ret.tenders = {{QStringLiteral("cash"), -sold.unitPrice, 0, QString()}};
        auto returned = ledgerT02.commitSale(ret);
        QVERIFY2(returned, qPrintable(returned ? QString() : returned.error().message));
        pushed = t02.push();
        QVERIFY(pushed);
        QCOMPARE(pushed->acked, 1);
        found = t01.saleLookup(committed->id);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(found->returned.size(), 1);
        QCOMPARE(found->returned.at(0).lineNo, 1);
        QCOMPARE(found->returned.at(0).quantity, 1);
        QCOMPARE(found->returned.at(0).amount, sold.unitPrice);
        const ok::RemoteSale remote = services::SyncService::toRemoteSale(found.value());
        QCOMPARE(remote.sale.sale.lines.size(), 2);
        QCOMPARE(remote.returned.value(1).quantity, 1);
        QCOMPARE(remote.returned.value(2).quantity, 0);

        // An unknown sale is a clear 404; a hostile id never becomes part of a path.
        const auto unknown = t01.saleLookup(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QLatin1String("404")) && unknown.error().message.contains(QLatin1String("unknown sale")),
                 qPrintable(unknown.error().message));
        const auto hostile = t01.saleLookup(QStringLiteral("../orders/x"));
        QVERIFY(!hostile);
        QCOMPARE(hostile.error().code, QStringLiteral("sync.bad-request"));
    }

    void liveQueriesRunOnTheSyncThreadAndAnswerWithSignals()
    {
        auto service = syncService(config());
        QSignalSpy stock(service.get(), &services::SyncService::liveStockReady);
        QSignalSpy orders(service.get(), &services::SyncService::orderStatusReady);
        QSignalSpy failed(service.get(), &services::SyncService::liveQueryFailed);

        // Before the first cycle the service does not know it is online: no request, a failure.
        const int early = service->requestLiveStock(7);
        QVERIFY(failed.isEmpty()); // answered through the event loop, never inside the call
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), early);

        service->start();
        QTRY_VERIFY_WITH_TIMEOUT(service->isOnline(), 30000);
        const qint64 expected = centralOnHand(100);
        const int request = service->requestLiveStock(100);
        QTRY_COMPARE_WITH_TIMEOUT(stock.size(), 1, 30000);
        QCOMPARE(stock.at(0).at(0).toInt(), request);
        QCOMPARE(stock.at(0).at(1).toLongLong(), 100);
        const auto levels = stock.at(0).at(2).value<QList<StockLevel>>();
        QVERIFY(levels.size() >= 3);
        QCOMPARE(levels.at(0).locationId, QStringLiteral("S001")); // this store first, as the cache orders it
        QCOMPARE(levels.at(0).onHand, expected);
        QVERIFY(std::any_of(levels.cbegin(), levels.cend(), [](const auto &l) { return l.locationKind == QLatin1String("warehouse"); }));

        // The order status follows the central service: cancelled there, cancelled here.
        const auto pickups = m_central->pickups();
        const auto own = std::find_if(pickups.cbegin(), pickups.cend(), [](const auto &p) { return p.storeId == QLatin1String("S001"); });
        QVERIFY(own != pickups.cend());
        const auto cancelled = m_central->admin({QStringLiteral("order-cancel"), own->orderId});
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        const int asked = service->requestOrderStatus(own->orderId);
        QTRY_COMPARE_WITH_TIMEOUT(orders.size(), 1, 30000);
        QCOMPARE(orders.at(0).at(0).toInt(), asked);
        QCOMPARE(orders.at(0).at(1).toString(), own->orderId);
        QCOMPARE(orders.at(0).at(2).toString(), QStringLiteral("cancelled"));

        const int missing = service->requestOrderStatus(QStringLiteral("S001-CC-999999"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 30000);
        QCOMPARE(failed.at(1).at(0).toInt(), missing);
        QVERIFY(failed.at(1).at(1).toString().contains(QLatin1String("404")));
        QCOMPARE(orders.size(), 1);
    }

    void heartbeatCarriesTheDevicesHealth()
    {
        auto service = syncService(config());
        const QJsonArray devices{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("receipt")}, {QStringLiteral("role"), QStringLiteral("printer")},
                        {QStringLiteral("online"), true}, {QStringLiteral("health"), QStringLiteral("receipt: online, 3 jobs, 0 failures (tcp 127.0.0.1:9100)")}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("lockers")}, {QStringLiteral("role"), QStringLiteral("locker")},
                        {QStringLiteral("online"), false}, {QStringLiteral("health"), QStringLiteral("lockers: offline (serial /dev/ttyUSB0): connecting")}}};
        service->setDeviceHealth(devices);
        service->start();
        QTRY_VERIFY_WITH_TIMEOUT(!heartbeatDevice(QStringLiteral("lockers")).isEmpty(), 30000);
        QCOMPARE(heartbeatDevice(QStringLiteral("lockers")).value(QLatin1String("online")).toBool(true), false);
        QCOMPARE(heartbeatDevice(QStringLiteral("lockers")).value(QLatin1String("role")).toString(), QStringLiteral("locker"));
        QCOMPARE(heartbeatDevice(QStringLiteral("receipt")).value(QLatin1String("health")).toString(), devices.at(0)[QLatin1String("health")].toString());

        // The lockers come online: reported within a cycle or two (1 s apart here), not with the
        // next regular heartbeat a minute after the first.
        QJsonArray back = devices;
        QJsonObject lockers = back.at(1).toObject();
        lockers.insert(QStringLiteral("online"), true);
        lockers.insert(QStringLiteral("health"), QStringLiteral("lockers: online, 0 jobs"));
        back.replace(1, lockers);
        service->setDeviceHealth(back);
        QTRY_VERIFY_WITH_TIMEOUT(heartbeatDevice(QStringLiteral("lockers")).value(QLatin1String("online")).toBool(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestSyncCentral)
#include "tst_sync_central.moc"
