// SPDX-License-Identifier: GPL-3.0-or-later
// PgStore (central/pgstore.h) on a real PostgreSQL server of the test's own (pgserver.h): the
// change feed's contract with writers of several processes in flight (store.h), the stock
// stream's scope, and the same push delivered to two central processes on one database.

#include "centralclient.h"
#include "centralprocess.h"
#include "saleevent.h"
#include "jsontest.h"
#include "pgserver.h"

#include "central/pgstore.h"

#include <QTest>
#include <QUuid>

#include <libpq-fe.h>

#include <atomic>
#include <thread>

using ok::test::CentralClient;
using ok::test::CentralProcess;
using ok::test::saleEvent;
using ok::test::PgServer;
using namespace ok::central;
using ok::Result;
using nlohmann::json;
using ok::test::js;

namespace {

/// The message of a failed Result, "" for a good one (QVERIFY2 evaluates its message either way).
template<typename T>
QString errorOf(const Result<T> &r)
{
    return r ? QString() : r.error().message;
}

std::string uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

/// Collects what a scan visits.
struct Seen : RowVisitor {
    std::vector<std::pair<std::string, qint64>> rows; ///< id, version
    void location(const LocationView &l) override { rows.emplace_back(std::string(l.id), l.version); }
    void stock(const StockView &s) override { rows.emplace_back(std::string(s.locationId), s.version); }
    std::vector<std::string> ids() const
    {
        std::vector<std::string> out;
        for (const auto &r : rows)
            out.push_back(r.first);
        return out;
    }
};

Location store(const std::string &id, const std::string &kind = "store")
{
    return Location{id, kind, "Location " + id, kind == "store" ? "PL" : "", kind == "store" ? "PLN" : "", kind == "store" ? "pl" : "", ""};
}

Result<void> putOne(CentralStore::Writer &w, const Location &l)
{
    return w.putLocation(l);
}

qint64 onHand(CentralClient &c, qint64 productId, const std::string &location)
{
    const auto r = c.get("/v1/stock/" + std::to_string(productId));
    if (r.status != 200)
        return -999999;
    for (const json &l : r.json["levels"])
        if (l["location_id"] == location)
            return l["on_hand"].get<qint64>();
    return 0;
}

} // namespace

class TestCentralPg : public QObject
{
    Q_OBJECT

    PgServer *m_server = nullptr;

    std::unique_ptr<PgStore> openFresh(QString *url = nullptr)
    {
        QString error;
        const QString u = m_server->createDatabase(&error);
        if (u.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        if (url)
            *url = u;
        auto s = PgStore::open(u.toStdString());
        if (!s) {
            qWarning("%s", qPrintable(s.error().message));
            return nullptr;
        }
        return std::move(s).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_server = PgServer::shared(&error);
        QVERIFY2(m_server, qPrintable(error));
    }

    // A reader must never skip a change with a version lower than one it has seen: a version
    // taken by a transaction still in flight holds back every newer one, whichever commits first.
    void scanWaitsForTheOldestWriterInFlight()
    {
        QString url;
        auto a = openFresh(&url); // two stores: two processes, each with its own writer
        QVERIFY(a);
        auto b = PgStore::open(url.toStdString());
        QVERIFY(b);
        const Scope scope{"S1", "PL"};

        auto wa = a->write();
        QVERIFY(wa);
        QVERIFY(putOne(*wa.value(), store("OLDER")));
        {
            auto wb = b.value()->write();
            QVERIFY(wb);
            QVERIFY(putOne(*wb.value(), store("NEWER")));
            QVERIFY(wb.value()->commit());
        }
        Seen seen;
        auto r = b.value()->scan(scope, Stream::Reference, 0, -1, seen, CentralStore::ScanFields::All);
        QVERIFY2(r, qPrintable(errorOf(r)));
        // NEWER is committed, but OLDER (a lower version) is not yet: serving NEWER now would move
        // the reader's cursor past OLDER for ever.
        QCOMPARE(seen.ids(), std::vector<std::string>{});
        QCOMPARE(r->lastVersion, qint64(0));

        QVERIFY(wa.value()->commit());
        wa.value().reset();
        Seen after;
        r = b.value()->scan(scope, Stream::Reference, 0, -1, after, CentralStore::ScanFields::All);
        QVERIFY(r);
        QCOMPARE(after.ids(), (std::vector<std::string>{"OLDER", "NEWER"}));
        QVERIFY(after.rows[0].second < after.rows[1].second);

        // A writer whose connection dies (its process crashed) no longer holds readers back.
        auto wc = a->write();
        QVERIFY(wc);
        QVERIFY(putOne(*wc.value(), store("LOST")));
        {
            auto wb = b.value()->write();
            QVERIFY(wb);
            QVERIFY(putOne(*wb.value(), store("LATER")));
            QVERIFY(wb.value()->commit());
        }
        Seen held;
        QVERIFY(b.value()->scan(scope, Stream::Reference, after.rows[1].second, -1, held, CentralStore::ScanFields::All));
        QCOMPARE(held.ids(), std::vector<std::string>{});
        PGconn *admin = PQconnectdb(url.toStdString().c_str());
        QCOMPARE(PQstatus(admin), CONNECTION_OK);
        PGresult *killed = PQexec(admin, "SELECT pg_terminate_backend(w.backend_pid) FROM writer_inflight w "
                                         "JOIN pg_stat_activity a ON a.pid = w.backend_pid WHERE a.state <> 'idle'");
        QCOMPARE(PQresultStatus(killed), PGRES_TUPLES_OK);
        QCOMPARE(PQntuples(killed), 1);
        PQclear(killed);
        PQfinish(admin);
        bool released = false;
        for (int i = 0; i < 100 && !released; ++i) {
            Seen now;
            QVERIFY(b.value()->scan(scope, Stream::Reference, after.rows[1].second, -1, now, CentralStore::ScanFields::All));
            released = now.ids() == std::vector<std::string>{"LATER"};
            if (!released)
                QTest::qWait(50);
        }
        QVERIFY(released);
        QVERIFY(!wc.value()->commit()); // its connection is gone: nothing of it was kept
        wc.value().reset();
        QVERIFY(!a->location("LOST").value());
        // The store reconnects for its next writer.
        auto wd = a->write();
        QVERIFY2(wd, qPrintable(errorOf(wd)));
        QVERIFY(putOne(*wd.value(), store("AGAIN")));
        QVERIFY(wd.value()->commit());
        QVERIFY(a->location("AGAIN").value());
    }

    // A store's terminals pull their own store's stock and that of the locations every store
    // shares (warehouse, online reserve), not the other stores' rows.
    void stockStreamIsTheStoresOwnAndShared()
    {
        auto s = openFresh();
        QVERIFY(s);
        {
            auto w = s->write();
            QVERIFY(w);
            for (const Location &l : {store("S1"), store("S2"), store("W01", "warehouse"), store("ONLINE", "online")})
                QVERIFY(w.value()->putLocation(l));
            QVERIFY(w.value()->putProduct(Product{1, "SKU-1", 0, "piece", true, R"({"en":"One"})", "[]", "", "", "", "", 0}));
            for (const char *loc : {"S2", "S1", "W01", "ONLINE", "S2"})
                QVERIFY(w.value()->putStock(StockLevel{1, loc, 5, 0, 0, 0}));
            QVERIFY(w.value()->commit());
        }
        Seen s1;
        auto r = s->scan(Scope{"S1", "PL"}, Stream::Stock, 0, -1, s1, CentralStore::ScanFields::All);
        QVERIFY2(r, qPrintable(errorOf(r)));
        QCOMPARE(s1.ids(), (std::vector<std::string>{"S1", "W01", "ONLINE"}));
        Seen s2;
        QVERIFY(s->scan(Scope{"S2", "PL"}, Stream::Stock, 0, -1, s2, CentralStore::ScanFields::KeysOnly));
        QCOMPARE(s2.ids(), (std::vector<std::string>{"W01", "ONLINE", "S2"}));
        // Paging: a limit of 1 with more behind it.
        Seen page;
        r = s->scan(Scope{"S1", "PL"}, Stream::Stock, 0, 1, page, CentralStore::ScanFields::All);
        QVERIFY(r);
        QCOMPARE(page.ids(), std::vector<std::string>{"S1"});
        QVERIFY(r->more);
    }

    // A transaction in which a statement failed is never reported as committed, and a savepoint
    // takes back only what followed it.
    void failedStatementsAreNotCommitted()
    {
        auto s = openFresh();
        QVERIFY(s);
        {
            auto w = s->write();
            QVERIFY(w);
            QVERIFY(w.value()->putLocation(store("KEPT")));
            QVERIFY(w.value()->savepoint());
            QVERIFY(w.value()->putLocation(store("UNDONE")));
            QVERIFY(w.value()->rollbackToSavepoint());
            QVERIFY(w.value()->commit());
        }
        QVERIFY(s->location("KEPT").value());
        QVERIFY(!s->location("UNDONE").value());
        {
            auto w = s->write();
            QVERIFY(w);
            QVERIFY(w.value()->putLocation(store("LOST")));
            QVERIFY(!w.value()->putStock(StockLevel{42, "NOWHERE", 1, 0, 0, 0})); // no such product or location
            QVERIFY(!w.value()->commit());
        }
        QVERIFY(!s->location("LOST").value());
    }

    // The same batch pushed at the same moment to two central processes on one database (a
    // load balancer's retry): every event is applied once, the stock changes once.
    void samePushToTwoCentralsAppliesOnce()
    {
        CentralProcess::Options o;
        o.products = 50;
        o.orders = 1;
        CentralProcess first(o);
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QVERIFY(first.dbPath().startsWith(QLatin1String("postgresql://")));
        CentralProcess::Options o2 = o;
        o2.workDir = first.dir(); // the same certificates
        o2.database = first.dbPath();
        CentralProcess second(o2);
        QVERIFY2(second.start(&error), qPrintable(error));

        CentralClient enrol(first, QStringLiteral("S001-T01"));
        const QString code = first.enrolmentCode(QStringLiteral("S001"), QStringLiteral("T01"));
        QCOMPARE(enrol.enrol("S001", "T01", code.toStdString()).status, 200);
        const std::string token = enrol.token();
        const qint64 before = onHand(enrol, 3, "S001");

        constexpr int kRounds = 8, kEvents = 10;
        int answeredOnce = 0;
        for (int round = 0; round < kRounds; ++round) {
            json events = json::array();
            for (int i = 0; i < kEvents; ++i)
                events.push_back(saleEvent(uuid(), 3, "S001", -1));
            const json body{{"events", events}};
            std::atomic<int> ready{0};
            std::vector<CentralClient::Reply> replies(2);
            std::vector<std::thread> threads;
            for (int k = 0; k < 2; ++k)
                threads.emplace_back([&, k] {
                    CentralClient c(k == 0 ? first : second, QStringLiteral("S001-T01"));
                    c.setToken(token);
                    ++ready;
                    while (ready.load() < 2) {
                    }
                    replies[size_t(k)] = c.post("/v1/events", body);
                });
            for (auto &t : threads)
                t.join();
            int fresh = 0;
            for (const auto &r : replies) {
                // The loser of a race (db.conflict: nothing of it was kept) runs again and answers
                // from what the winner recorded: both terminals' requests succeed.
                QVERIFY2(r.status == 200, qPrintable(QStringLiteral("status %1 %2 %3").arg(r.status).arg(
                                              QString::fromStdString(r.body), QString::fromStdString(r.error))));
                ++answeredOnce;
                for (const json &res : r.json["results"]) {
                    QCOMPARE(js(res["status"]), std::string("accepted"));
                    if (!res["replayed"].get<bool>())
                        ++fresh;
                }
            }
            QCOMPARE(fresh, kEvents); // each event applied by exactly one of the two processes
            // The terminal's retry: everything is recorded, each event once.
            CentralClient retry(second, QStringLiteral("S001-T01"));
            retry.setToken(token);
            const auto again = retry.post("/v1/events", body);
            QVERIFY2(again.status == 200, qPrintable(QStringLiteral("status %1 %2 %3").arg(again.status).arg(
                                              QString::fromStdString(again.body), QString::fromStdString(again.error))));
            for (const json &res : again.json["results"]) {
                QCOMPARE(js(res["status"]), std::string("accepted"));
                QVERIFY(res["replayed"].get<bool>());
            }
        }
        QVERIFY(answeredOnce >= kRounds);
        QCOMPARE(onHand(enrol, 3, "S001"), before - kRounds * kEvents);
        CentralClient viaSecond(second, QStringLiteral("S001-T01"));
        viaSecond.setToken(token);
        QCOMPARE(onHand(viaSecond, 3, "S001"), before - kRounds * kEvents);
    }
};

QTEST_GUILESS_MAIN(TestCentralPg)
#include "tst_central_pg.moc"
