// SPDX-License-Identifier: GPL-3.0-or-later
// One truth across channels (issue 13) from the kiosk's side, against the real central service
// process (mutual TLS on loopback, a seeded demo network): the kiosk's own services over real
// cache.db / ledger.db files synced from it, as TerminalApp wires them (SyncService on its
// thread, StockActions, CustomerDesk, the till with points wired to CustomerDesk::redeem).
//
// What a store relies on: stock received at the warehouse shows in the live lookup and then in
// the cache; a hold lowers what the web shop can sell and a release gives it back; a count
// against a changed row is refused with the reason and never overwrites; a customer is found by
// card, phone or e-mail with masked contacts only; a web order returned here shows its refund at
// the central service; points earned offline arrive exactly once; points pay a sale online and
// are refused offline; a ship-to-store request becomes a click-and-collect order of this store.
#include "centralprocess.h"
#include "services/customerdesk.h"
#include "services/localsyncstore.h"
#include "services/stockactions.h"
#include "services/syncservice.h"
#include "storage/catalog.h"
#include "storage/storeactions.h"
#include "sync/syncengine.h"

#include "../services/tillfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ok;

namespace {

constexpr qint64 kProducts = 100;
constexpr int kWaitMs = 30000;

// Products each case works on (the demo seed stocks every product at every location).
constexpr qint64 kReceived = 31;
constexpr qint64 kHeld = 32;
constexpr qint64 kCounted = 33;
constexpr qint64 kTransferred = 34;
constexpr qint64 kSold = 35;

struct Live {
    bool ok = false;
    QString error;
    QList<StockLevel> levels;
    qint64 webSellable = -1;
};

StockLevel levelAt(const QList<StockLevel> &levels, const QString &location)
{
    for (const auto &l : levels)
        if (l.locationId == location)
            return l;
    return StockLevel{location, {}, {}, std::numeric_limits<qint64>::min(), 0, 0, {}, 0};
}

/// What the web shop can sell, as the contract defines it: Σ over the warehouse and every store
/// of max(0, on_hand − reserved).
qint64 webSellableOf(const QList<StockLevel> &levels)
{
    qint64 n = 0;
    for (const auto &l : levels)
        if (l.locationKind == QLatin1String("store") || l.locationKind == QLatin1String("warehouse"))
            n += std::max<qint64>(0, l.onHand - l.reserved);
    return n;
}

template<typename T>
using Slot = std::shared_ptr<std::optional<Result<T>>>;

} // namespace

class TestChannelsCentral : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CentralProcess> m_central;
    QList<test::CentralProcess::Customer> m_customers;
    QTemporaryDir m_dir; // the kiosk's data directory
    std::unique_ptr<test::TillStack> m_stack;
    std::unique_ptr<db::StoreActions> m_storeActions;
    std::unique_ptr<StockActions> m_actions;
    std::unique_ptr<CustomerDesk> m_desk;
    std::unique_ptr<services::SyncService> m_sync;

    sync::SyncConfig config() const
    {
        sync::SyncConfig c;
        c.url = m_central->url();
        c.tls.caFile = m_central->caPath();
        c.tls.clientCertFile = m_central->certPath(QStringLiteral("S001-T01"));
        c.tls.clientKeyFile = m_central->keyPath(QStringLiteral("S001-T01"));
        c.tls.pins = {m_central->serverPin()};
        c.storeId = QStringLiteral("S001");
        c.terminalId = QStringLiteral("T01");
        c.tokenFile = m_dir.filePath(QStringLiteral("sync-token"));
        c.pageSize = 500;
        c.limits.totalTimeout = std::chrono::seconds(30);
        return c;
    }

    Till &till() { return *m_stack->till; }
    Ticket &ticket() { return m_stack->till->ticket(); }
    db::Database &ledger() { return *m_stack->ledger; }
    const test::CentralProcess::Customer &anna() const { return m_customers.at(0); }

    QString admin(const QStringList &args)
    {
        const auto r = m_central->admin(args);
        if (r.exitCode != 0)
            qWarning("admin %s: exit %d %s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode, qPrintable(r.err));
        return r.exitCode == 0 ? r.out : QString();
    }

    /// The live query of the kiosk (SyncService::requestLiveStock), waited for.
    Live live(qint64 productId)
    {
        auto out = std::make_shared<std::optional<Live>>();
        auto request = std::make_shared<int>(-1);
        QObject guard;
        connect(m_sync.get(), &services::SyncService::liveStockReady, &guard,
                [out, request](int r, qint64, const QList<StockLevel> &levels, qint64 webSellable) {
                    if (r == *request)
                        out->emplace(Live{true, {}, levels, webSellable});
                });
        connect(m_sync.get(), &services::SyncService::liveQueryFailed, &guard, [out, request](int r, const QString &message) {
            if (r == *request)
                out->emplace(Live{false, message, {}, -1});
        });
        *request = m_sync->requestLiveStock(productId);
        if (!QTest::qWaitFor([&] { return out->has_value(); }, kWaitMs))
            return Live{false, QStringLiteral("no answer"), {}, -1};
        return **out;
    }

    QList<StockLevel> cached(qint64 productId)
    {
        db::CatalogReader reader(*m_stack->cache, QStringLiteral("S001"), QStringLiteral("pl"));
        return reader.stockLevels(productId);
    }

    template<typename T>
    Result<T> await(const Slot<T> &slot, int ms = kWaitMs)
    {
        if (!QTest::qWaitFor([&] { return slot->has_value(); }, ms))
            return Error{QStringLiteral("test.timeout"), QStringLiteral("no answer")};
        return **slot;
    }
    Result<QList<Customer>> find(const QString &typed)
    {
        auto slot = std::make_shared<std::optional<Result<QList<Customer>>>>();
        m_desk->find(typed, [slot](Result<QList<Customer>> r) { slot->emplace(std::move(r)); });
        return await(slot);
    }
    Result<QList<WebOrder>> orders(const QString &customerId)
    {
        auto slot = std::make_shared<std::optional<Result<QList<WebOrder>>>>();
        m_desk->orders(customerId, [slot](Result<QList<WebOrder>> r) { slot->emplace(std::move(r)); });
        return await(slot);
    }
    Result<WebOrder> webOrder(const QString &number)
    {
        auto slot = std::make_shared<std::optional<Result<WebOrder>>>();
        m_desk->webOrder(number, [slot](Result<WebOrder> r) { slot->emplace(std::move(r)); });
        return await(slot);
    }
    /// The customer's balance at the central service, through the kiosk's own lookup.
    qint64 points(const QString &loyaltyId)
    {
        auto r = find(loyaltyId);
        return r && r->size() == 1 ? r->at(0).points : -1;
    }

    /// "state last_error" of the newest outbox event of `kind` about `ref`.
    QString eventState(const QString &kind, const QString &ref)
    {
        auto st = ledger().prepare("SELECT state || ' ' || coalesce(last_error, '') FROM outbox WHERE kind = ?1 AND ref = ?2 "
                                   "ORDER BY seq DESC LIMIT 1");
        st->bind(1, kind).bind(2, ref);
        return st->step() ? st->text(0).trimmed() : QString();
    }
    /// Wait until the event left the pending state (the central service answered it).
    QString settled(const QString &kind, const QString &ref)
    {
        QString state;
        (void)QTest::qWaitFor([&] {
            state = eventState(kind, ref);
            return !state.isEmpty() && !state.startsWith(QLatin1String("pending"));
        }, kWaitMs);
        return state;
    }
    qint64 outboxRows(const char *kind)
    {
        auto st = ledger().prepare("SELECT count(*) FROM outbox WHERE kind = ?1");
        st->bind(1, QString::fromLatin1(kind));
        return st->step() ? st->int64(0) : -1;
    }

    /// Put `productId` on the ticket `times` times (from the synced cache: the central price).
    void ringUp(qint64 productId, int times = 1)
    {
        db::CatalogReader reader(*m_stack->cache, QStringLiteral("S001"), QStringLiteral("pl"));
        const auto p = reader.findById(productId, QDateTime::currentSecsSinceEpoch());
        QVERIFY(p && p->price.has_value());
        for (int i = 0; i < times; ++i) {
            auto added = ticket().addProduct(*p);
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        }
    }
    struct Sold {
        QString id;
        qint64 total = 0;
    };
    Sold lastSale()
    {
        auto st = ledger().prepare("SELECT id, total FROM sale ORDER BY rowid DESC LIMIT 1");
        return st->step() ? Sold{st->text(0), st->int64(1)} : Sold{};
    }
    /// The central points ledger's earn lines for a sale.
    int earnLines(const QString &customerId, const QString &saleId)
    {
        int n = 0;
        const QString out = admin({QStringLiteral("points"), customerId});
        for (const QString &line : out.split(QLatin1Char('\n')))
            if (line.contains(QLatin1String(" earn ")) && line.contains(saleId))
                ++n;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::CentralProcess::Options o;
        o.products = kProducts;
        o.orders = 1;
        o.terminals = {QStringLiteral("S001-T01")};
        m_central = std::make_unique<test::CentralProcess>(o);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        m_customers = m_central->customers();
        QVERIFY(m_customers.size() >= 2);

        // The kiosk's first sync: enrol and pull everything into its own files.
        {
            auto store = services::LocalSyncStore::open(m_dir.filePath(QStringLiteral("cache.db")), m_dir.filePath(QStringLiteral("ledger.db")),
                                                        QStringLiteral("S001"));
            QVERIFY(store);
            sync::SyncConfig c = config();
            c.enrolmentCode = m_central->enrolmentCode(QStringLiteral("S001"), QStringLiteral("T01"));
            sync::SyncEngine engine(c, *store.value());
            auto enrolled = engine.ensureEnrolled();
            QVERIFY2(enrolled, qPrintable(enrolled ? QString() : enrolled.error().message));
            auto pulled = engine.pullAll();
            QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
            QVERIFY(pulled->caughtUp);
        }

        // The terminal's services over those files, as TerminalApp wires them.
        m_stack = std::make_unique<test::TillStack>(m_dir.path(), QList<DeviceConfig>{});
        m_stack->signIn("E1001", "1111"); // the demo cashier of S001 (docs/central.md)
        auto shift = till().cashDesk().openShift(*m_stack->session->member(), {{10000, 5}});
        QVERIFY2(shift, qPrintable(shift ? QString() : shift.error().message));
        m_storeActions = std::make_unique<db::StoreActions>(ledger());
        m_actions = std::make_unique<StockActions>(*m_storeActions, *m_stack->gate,
                                                   StockActions::Settings{QStringLiteral("S001"), QStringLiteral("T01"), 14 * 24}, Clock::system());
        m_desk = std::make_unique<CustomerDesk>(nullptr, *m_storeActions, *m_stack->gate,
                                                CustomerDesk::Settings{QStringLiteral("S001"), QStringLiteral("T01"), QStringLiteral("PLN"),
                                                                       {QStringLiteral("original-payment"), QStringLiteral("store-credit")}},
                                                Clock::system());
        m_sync = std::make_unique<services::SyncService>(config(), m_dir.filePath(QStringLiteral("cache.db")),
                                                         m_dir.filePath(QStringLiteral("ledger.db")), std::chrono::seconds(1));
        services::SyncService *sync = m_sync.get();
        connect(&till(), &Till::eventWritten, sync, &services::SyncService::localEventWritten);
        connect(m_actions.get(), &StockActions::eventWritten, sync, &services::SyncService::localEventWritten);
        connect(m_desk.get(), &CustomerDesk::eventWritten, sync, &services::SyncService::localEventWritten);
        m_desk->setSync(sync);
        m_actions->setSync(sync);
        till().tender().setRedeemer([desk = QPointer<CustomerDesk>(m_desk.get())](const QString &redemptionId, const QString &customerId,
                                                                                  qint64 points, const QString &saleId,
                                                                                  std::function<void(Result<Redemption>)> done) {
            if (desk)
                desk->redeem(redemptionId, customerId, points, saleId, std::move(done));
            else
                done(Error{QStringLiteral("sync.stopped"), QStringLiteral("Sync has stopped")});
        });
        m_sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->isOnline(), kWaitMs);
    }

    void cleanupTestCase()
    {
        m_sync.reset();
        m_desk.reset();
        m_actions.reset();
        m_storeActions.reset();
        m_stack.reset();
    }

    void stockReceivedAtTheWarehouseShowsLiveThenInTheCache()
    {
        const Live before = live(kReceived);
        QVERIFY2(before.ok, qPrintable(before.error));
        const StockLevel w01 = levelAt(before.levels, QStringLiteral("W01"));
        QCOMPARE(w01.locationKind, QStringLiteral("warehouse"));
        QVERIFY(w01.onHand - w01.reserved >= 0);
        QCOMPARE(before.webSellable, webSellableOf(before.levels));
        QTRY_COMPARE_WITH_TIMEOUT(levelAt(cached(kReceived), QStringLiteral("W01")).onHand, w01.onHand, kWaitMs);

        const qint64 quantity = 7;
        QVERIFY(!admin({QStringLiteral("stock-receive"), QStringLiteral("W01"), QString::number(kReceived), QString::number(quantity)}).isEmpty());
        const Live after = live(kReceived);
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(levelAt(after.levels, QStringLiteral("W01")).onHand, w01.onHand + quantity);
        QCOMPARE(levelAt(after.levels, QStringLiteral("W01")).reserved, w01.reserved);
        QCOMPARE(levelAt(after.levels, QStringLiteral("S001")).onHand, levelAt(before.levels, QStringLiteral("S001")).onHand);
        QCOMPARE(after.webSellable, before.webSellable + quantity);
        QCOMPARE(after.levels.at(0).locationId, QStringLiteral("S001")); // this store first
        // The next sync cycles bring the same figure into the cache, with a newer version.
        QTRY_COMPARE_WITH_TIMEOUT(levelAt(cached(kReceived), QStringLiteral("W01")).onHand, w01.onHand + quantity, kWaitMs);
        QVERIFY(levelAt(cached(kReceived), QStringLiteral("W01")).version > w01.version);
        QCOMPARE(levelAt(cached(kReceived), QStringLiteral("W01")).version, levelAt(after.levels, QStringLiteral("W01")).version);
    }

    void aHoldLowersWhatTheWebSellsUntilReleased()
    {
        Live before = live(kHeld);
        QVERIFY2(before.ok, qPrintable(before.error));
        StockLevel here = levelAt(before.levels, QStringLiteral("S001"));
        if (here.onHand - here.reserved < 3) { // make sure there is something to hold
            QVERIFY(!admin({QStringLiteral("stock-receive"), QStringLiteral("S001"), QString::number(kHeld),
                            QString::number(3 - (here.onHand - here.reserved))}).isEmpty());
            before = live(kHeld);
            here = levelAt(before.levels, QStringLiteral("S001"));
        }
        const qint64 available = here.onHand - here.reserved - m_actions->unsentHolds(kHeld);
        QVERIFY(available >= 3);

        // More than is available here: refused on the terminal, nothing queued.
        const qint64 events = outboxRows("reservation.requested");
        auto over = m_actions->hold(kHeld, QStringLiteral("held"), available + 1, available, QStringLiteral("Anna Nowak"), 24);
        QVERIFY(!over);
        QCOMPARE(outboxRows("reservation.requested"), events);

        const qint64 held = 2;
        auto id = m_actions->hold(kHeld, QStringLiteral("held"), held, available, QStringLiteral("Anna Nowak"), 24);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(m_actions->unsentHolds(kHeld), held); // until the central service has it
        const QString pushed = settled(QStringLiteral("reservation.requested"), id.value());
        QVERIFY2(pushed == QLatin1String("acked"), qPrintable(pushed));
        QCOMPARE(m_actions->unsentHolds(kHeld), 0); // now the stock rows carry it
        QCOMPARE(m_actions->activeHolds().value().size(), 1);

        Live during = live(kHeld);
        QVERIFY(during.ok);
        QCOMPARE(during.webSellable, before.webSellable - held);
        QCOMPARE(levelAt(during.levels, QStringLiteral("S001")).reserved, here.reserved + held);
        QCOMPARE(levelAt(during.levels, QStringLiteral("S001")).onHand, here.onHand);
        const QString holds = admin({QStringLiteral("holds"), QStringLiteral("S001")});
        const auto line = QRegularExpression(QStringLiteral("^hold %1 store S001 product %2 quantity %3 state active .*customer Anna Nowak$")
                                                 .arg(id.value()).arg(kHeld).arg(held),
                                             QRegularExpression::MultilineOption)
                              .match(holds);
        QVERIFY2(line.hasMatch(), qPrintable(holds));
        QVERIFY2(holds.contains(QLatin1String("staff E1001")), qPrintable(holds));
        QTRY_COMPARE_WITH_TIMEOUT(levelAt(cached(kHeld), QStringLiteral("S001")).reserved, here.reserved + held, kWaitMs);

        // Released: the web shop can sell it again.
        QVERIFY(m_actions->releaseHold(id.value(), false));
        const QString released = settled(QStringLiteral("reservation.released"), id.value());
        QVERIFY2(released == QLatin1String("acked"), qPrintable(released));
        const Live after = live(kHeld);
        QVERIFY(after.ok);
        QCOMPARE(after.webSellable, before.webSellable);
        QCOMPARE(levelAt(after.levels, QStringLiteral("S001")).reserved, here.reserved);
        QVERIFY(admin({QStringLiteral("holds"), QStringLiteral("S001")}).contains(QStringLiteral("hold %1 store S001 product %2 quantity %3 state released")
                                                                                      .arg(id.value()).arg(kHeld).arg(held)));
        QVERIFY(m_actions->activeHolds().value().isEmpty());
        QVERIFY(!m_actions->releaseHold(id.value(), false)); // once
    }

    void aCountAgainstAChangedRowIsRefusedWithTheReason()
    {
        QVERIFY(!admin({QStringLiteral("stock-receive"), QStringLiteral("S001"), QString::number(kCounted), QStringLiteral("4")}).isEmpty());
        const Live now = live(kCounted);
        QVERIFY(now.ok);
        const StockLevel counted = levelAt(now.levels, QStringLiteral("S001"));
        QTRY_COMPARE_WITH_TIMEOUT(levelAt(cached(kCounted), QStringLiteral("S001")).version, counted.version, kWaitMs);
        const qint64 stale = levelAt(cached(kCounted), QStringLiteral("S001")).version;
        QVERIFY(stale > 0);

        // Someone books a delivery at the central service after the shelf was counted.
        QVERIFY(!admin({QStringLiteral("stock-receive"), QStringLiteral("S001"), QString::number(kCounted), QStringLiteral("1")}).isEmpty());
        const qint64 shelf = counted.onHand + 3;
        auto refused = m_actions->count(kCounted, QStringLiteral("counted"), shelf, stale);
        QVERIFY2(refused, qPrintable(refused ? QString() : refused.error().message));
        const QString state = settled(QStringLiteral("stock.counted"), refused.value());
        QVERIFY2(state.startsWith(QLatin1String("dead ")) && state.contains(QLatin1String("stock changed")), qPrintable(state));
        const auto recent = m_actions->recent(QStringLiteral("count")).value();
        QCOMPARE(recent.at(0).id, refused.value());
        QCOMPARE(recent.at(0).eventState, QStringLiteral("dead"));
        QVERIFY2(recent.at(0).reason.contains(QLatin1String("stock changed")), qPrintable(recent.at(0).reason));
        QCOMPARE(recent.at(0).reason, state.mid(5));
        const Live notOverwritten = live(kCounted);
        QCOMPARE(levelAt(notOverwritten.levels, QStringLiteral("S001")).onHand, counted.onHand + 1);

        // Counted again from the current row: applied, the central level is the count.
        QTRY_VERIFY_WITH_TIMEOUT(levelAt(cached(kCounted), QStringLiteral("S001")).version > stale, kWaitMs);
        const qint64 current = levelAt(cached(kCounted), QStringLiteral("S001")).version;
        auto accepted = m_actions->count(kCounted, QStringLiteral("counted"), shelf, current);
        QVERIFY(accepted);
        QCOMPARE(settled(QStringLiteral("stock.counted"), accepted.value()), QStringLiteral("acked"));
        QCOMPARE(m_actions->recent(QStringLiteral("count")).value().at(0).eventState, QStringLiteral("acked"));
        QCOMPARE(levelAt(live(kCounted).levels, QStringLiteral("S001")).onHand, shelf);
        QTRY_COMPARE_WITH_TIMEOUT(levelAt(cached(kCounted), QStringLiteral("S001")).onHand, shelf, kWaitMs);
    }

    void aCustomerIsFoundByCardPhoneOrEmailWithMaskedContacts()
    {
        const auto &c = anna();
        // The phone as a person types it: spaces between groups; the e-mail in mixed case.
        QString spaced = c.phone.left(3);
        for (qsizetype i = 3; i < c.phone.size(); i += 3)
            spaced += QLatin1Char(' ') + c.phone.mid(i, 3);
        QString mixed = c.email;
        for (qsizetype i = 0; i < mixed.size(); i += 2)
            mixed[i] = mixed[i].toUpper();
        QVERIFY(mixed != c.email && spaced != c.phone);
        const QString digits = c.phone.mid(1);
        for (const QString &typed : QStringList{c.loyaltyId, spaced, mixed, QStringLiteral("  ") + c.loyaltyId + QStringLiteral(" ")}) {
            auto r = find(typed);
            QVERIFY2(r, qPrintable(typed + QStringLiteral(": ") + (r ? QString() : r.error().message)));
            QVERIFY2(r->size() == 1, qPrintable(typed));
            const Customer &found = r->at(0);
            QCOMPARE(found.id, c.id);
            QCOMPARE(found.loyaltyId, c.loyaltyId);
            QCOMPARE(found.name, c.name);
            QCOMPARE(found.points, c.points);
            QCOMPARE(found.currency, QStringLiteral("PLN"));
            // Masked only: the full address and number never reach the terminal.
            QVERIFY2(found.emailMasked.contains(QLatin1String("***")) && found.emailMasked != c.email, qPrintable(found.emailMasked));
            QVERIFY(found.emailMasked.endsWith(c.email.mid(c.email.indexOf(QLatin1Char('@')))));
            QVERIFY2(found.phoneMasked.contains(QLatin1String("***")), qPrintable(found.phoneMasked));
            QVERIFY(!QString(found.phoneMasked).remove(QLatin1Char(' ')).contains(digits));
            QVERIFY(found.phoneMasked.endsWith(c.phone.right(3)));
        }
        // Exact matches only, and nobody is an empty answer, not an error.
        auto nobody = find(QStringLiteral("nobody.here@example.com"));
        QVERIFY(nobody);
        QVERIFY(nobody->isEmpty());

        // A typed name is refused on the terminal, before any request: the answer comes at once.
        for (const QString &typed : QStringList{c.name, QStringLiteral("Nowak"), QStringLiteral("12"), QString()}) {
            std::optional<Result<QList<Customer>>> answer;
            m_desk->find(typed, [&answer](Result<QList<Customer>> r) { answer.emplace(std::move(r)); });
            QVERIFY2(answer.has_value(), qPrintable(typed)); // no request: nothing to wait for
            QVERIFY(!answer->ok());
            QCOMPARE(answer->error().code, QStringLiteral("input.invalid"));
        }
    }

    void aWebOrderIsReturnedHereAndTheCentralServiceShowsTheRefund()
    {
        const auto &c = anna();
        auto list = orders(c.id);
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
        const auto delivered = std::find_if(list->cbegin(), list->cend(), [](const WebOrder &o) {
            return o.status == QLatin1String("delivered") && !o.lines.isEmpty() && o.lines.at(0).returned < o.lines.at(0).quantity;
        });
        QVERIFY(delivered != list->cend());
        auto fetched = webOrder(delivered->number.toLower()); // typed in lower case
        QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
        const WebOrder order = fetched.value();
        QCOMPARE(order.id, delivered->id);
        const WebOrderLine line = order.lines.at(0);
        const qint64 left = line.quantity - line.returned;
        // One piece: its paid share (the last piece takes the rest).
        const qint64 expected = left == 1 ? line.amount - line.amount * line.returned / line.quantity : line.amount / line.quantity;
        const qint64 onHand = levelAt(live(line.productId).levels, QStringLiteral("S001")).onHand;

        // More than is left is refused on the terminal, nothing queued.
        const qint64 events = outboxRows("web_return.completed");
        QVERIFY(!m_desk->returnWebOrder(order, {{line.lineNo, left + 1}}, QStringLiteral("original-payment")));
        QCOMPARE(outboxRows("web_return.completed"), events);

        auto id = m_desk->returnWebOrder(order, {{line.lineNo, 1}}, QStringLiteral("original-payment"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        const QString state = settled(QStringLiteral("web_return.completed"), id.value());
        QVERIFY2(state == QLatin1String("acked"), qPrintable(state));

        const QString detail = admin({QStringLiteral("web-order"), order.number});
        const auto refund = QRegularExpression(QStringLiteral("^refund \\S+ .* amount (\\d+) PLN method original-payment .* return %1 ").arg(id.value()),
                                               QRegularExpression::MultilineOption)
                                .match(detail);
        QVERIFY2(refund.hasMatch(), qPrintable(detail));
        QCOMPARE(refund.captured(1).toLongLong(), expected);
        QVERIFY2(detail.contains(QStringLiteral("line %1 product %2 quantity %3 returned %4 ")
                                     .arg(line.lineNo).arg(line.productId).arg(line.quantity).arg(line.returned + 1)),
                 qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("returned in store S001: 1 × line %1, refund %2 to card-online").arg(line.lineNo).arg(expected)),
                 qPrintable(detail));
        // The kiosk's own view of the order says the same.
        auto after = webOrder(order.number);
        QVERIFY(after);
        QCOMPARE(after->lines.at(0).returned, line.returned + 1);
        QCOMPARE(after->history.size(), order.history.size() + 1);
        QVERIFY(after->history.last().contains(QStringLiteral("refund %1").arg(expected)));
        // The piece is back on the shelf here.
        QCOMPARE(levelAt(live(line.productId).levels, QStringLiteral("S001")).onHand, onHand + 1);
        // What is left now, and one more than that, from the fresh order.
        QVERIFY(!m_desk->returnWebOrder(after.value(), {{line.lineNo, left}}, QStringLiteral("original-payment")));
    }

    void aShipToStoreRequestBecomesAClickAndCollectOrderHere()
    {
        const Live stock = live(kTransferred);
        QVERIFY(stock.ok);
        const StockLevel w01 = levelAt(stock.levels, QStringLiteral("W01"));
        const qint64 availableThere = w01.onHand - w01.reserved;
        QVERIFY(availableThere >= 2);
        const StockActions::Contact contact{anna().name, QStringLiteral("+48 601 234 321"), {}, {}};
        QVERIFY(!m_actions->orderFrom(kTransferred, QStringLiteral("t"), availableThere + 1, QStringLiteral("W01"), availableThere, false, contact));
        auto id = m_actions->orderFrom(kTransferred, QStringLiteral("t"), 2, QStringLiteral("W01"), availableThere, false, contact);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(settled(QStringLiteral("transfer.requested"), id.value()), QStringLiteral("acked"));
        QCOMPARE(levelAt(live(kTransferred).levels, QStringLiteral("W01")).reserved, w01.reserved + 2);
        QString transfers = admin({QStringLiteral("transfers"), QStringLiteral("S001")});
        QVERIFY2(transfers.contains(QStringLiteral("transfer %1 store S001 state requested product %2 quantity 2 from W01 to store")
                                        .arg(id.value()).arg(kTransferred)),
                 qPrintable(transfers));

        auto states = std::make_shared<std::optional<QHash<QString, QString>>>();
        m_actions->requestStates([states](QHash<QString, QString> s) { states->emplace(std::move(s)); });
        QTRY_VERIFY_WITH_TIMEOUT(states->has_value(), kWaitMs);
        QCOMPARE((*states)->value(id.value()), QStringLiteral("requested"));

        QVERIFY(!admin({QStringLiteral("transfer-ship"), id.value()}).isEmpty());
        const QString arrived = admin({QStringLiteral("transfer-arrive"), id.value()});
        const auto order = QRegularExpression(QStringLiteral("^order (S001-CC-\\S+) "), QRegularExpression::MultilineOption).match(arrived);
        QVERIFY2(order.hasMatch(), qPrintable(arrived));
        const QString orderId = order.captured(1);

        // The orders stream brings it to this terminal's cache, waiting to be loaded.
        auto ccStatus = [&] {
            auto st = m_stack->cache->prepare("SELECT status FROM cc_order WHERE id = ?1");
            st->bind(1, orderId);
            return st->step() ? st->text(0) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(ccStatus(), QStringLiteral("awaiting_pickup"), kWaitMs);
        auto lines = m_stack->cache->prepare("SELECT product_id, quantity FROM cc_order_line WHERE order_id = ?1");
        lines->bind(1, orderId);
        QVERIFY(lines->step());
        QCOMPARE(lines->int64(0), kTransferred);
        QCOMPARE(lines->int64(1), 2);

        states->reset();
        m_actions->requestStates([states](QHash<QString, QString> s) { states->emplace(std::move(s)); });
        QTRY_VERIFY_WITH_TIMEOUT(states->has_value(), kWaitMs);
        QCOMPARE((*states)->value(id.value()), QStringLiteral("arrived"));
    }

    void offlineTheSaleEarnsOnceAndPointsAndLookupsAreRefused()
    {
        const auto &c = anna();
        const qint64 before = points(c.loyaltyId);
        QVERIFY(before >= 0);
        QCOMPARE(m_central->stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_sync->isOnline(), kWaitMs);

        // Looking a customer up fails at once, saying why.
        QElapsedTimer timer;
        timer.start();
        auto lookup = find(c.loyaltyId);
        QVERIFY(!lookup);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!lookup.error().message.isEmpty());

        // The customer's card on the ticket; points are refused, no tender stays on the ticket.
        ringUp(kSold, 3);
        QVERIFY(ticket().setCustomer(c.loyaltyId));
        QSignalSpy messages(&ticket(), &Ticket::message);
        (void)till().tender().payPoints(100, c.id);
        QTRY_VERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &m) {
            return m.at(1).toBool() && m.at(0).toString().contains(QLatin1String("cannot be paid with while the central service is out of reach"));
        }));
        QVERIFY(ticket().tenders().isEmpty());
        QCOMPARE(outboxRows("loyalty.redemption_cancelled"), 0); // nothing was asked: nothing to give back

        // Paid in cash offline: the sale keeps the loyalty id and earns when it arrives.
        const qint64 due = ticket().totals().due;
        QVERIFY(till().tender().payCash(due));
        QTRY_VERIFY(ticket().isEmpty());
        const Sold sale = lastSale();
        QCOMPARE(sale.total, due);
        QCOMPARE(eventState(QStringLiteral("sale.completed"), sale.id), QStringLiteral("pending"));

        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        m_sync->localEventWritten(); // wake the worker out of its back-off
        QCOMPARE(settled(QStringLiteral("sale.completed"), sale.id), QStringLiteral("acked"));
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->isOnline(), kWaitMs);
        QCOMPARE(points(c.loyaltyId), before + sale.total / 100);
        QCOMPARE(earnLines(c.id, sale.id), 1);

        // The same event again (an answer lost on the way back): replayed, earned once.
        auto again = ledger().prepare("UPDATE outbox SET state = 'pending', acked_at = NULL WHERE kind = 'sale.completed' AND ref = ?1");
        again->bind(1, sale.id);
        QVERIFY(again->exec());
        m_sync->localEventWritten();
        QCOMPARE(settled(QStringLiteral("sale.completed"), sale.id), QStringLiteral("acked"));
        QCOMPARE(points(c.loyaltyId), before + sale.total / 100);
        QCOMPARE(earnLines(c.id, sale.id), 1);
    }

    void pointsPayASaleOnline()
    {
        const auto &c = m_customers.at(1);
        const qint64 before = points(c.loyaltyId);
        QVERIFY(before > 0);
        ringUp(kSold, 2);
        QVERIFY(ticket().setCustomer(c.loyaltyId));
        const qint64 due = ticket().totals().due;
        const qint64 paidWithPoints = std::min({due - 1, before, qint64(400)});
        QVERIFY(paidWithPoints > 0);
        QSignalSpy messages(&ticket(), &Ticket::message);
        auto asked = till().tender().payPoints(paidWithPoints, c.id);
        QVERIFY2(asked, qPrintable(asked ? QString() : asked.error().message));
        // The answer settles the points tender.
        QTRY_VERIFY_WITH_TIMEOUT(!ticket().tenders().isEmpty() && ticket().tenders().at(0).state == TenderLine::State::Done, kWaitMs);
        QCOMPARE(ticket().tenders().size(), 1);
        QCOMPARE(ticket().tenders().at(0).kind, QStringLiteral("loyalty"));
        QCOMPARE(ticket().tenders().at(0).amount, paidWithPoints);
        const QString redemption = ticket().tenders().at(0).reference;
        QVERIFY(!redemption.isEmpty());
        QCOMPARE(points(c.loyaltyId), before - paidWithPoints); // debited at once
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [&](const QList<QVariant> &m) {
            return m.at(0).toString().contains(QString::number(before - paidWithPoints)); // the balance left
        }));

        // The rest in cash: the sale is committed (the ledger takes a "loyalty" tender) and
        // accepted by the central service.
        QCOMPARE(ticket().totals().due, due - paidWithPoints);
        auto paid = till().tender().payCash(due - paidWithPoints);
        QVERIFY2(paid, qPrintable(paid ? QString() : paid.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(ticket().isEmpty(), kWaitMs);
        const Sold sale = lastSale();
        QCOMPARE(sale.total, due);
        const QString state = settled(QStringLiteral("sale.completed"), sale.id);
        QVERIFY2(state == QLatin1String("acked"), qPrintable(state));
        auto payload = ledger().prepare("SELECT payload FROM outbox WHERE kind = 'sale.completed' AND ref = ?1");
        payload->bind(1, sale.id);
        QVERIFY(payload->step());
        const QJsonObject pushed = QJsonDocument::fromJson(payload->text(0).toUtf8()).object();
        QCOMPARE(pushed.value(QLatin1String("loyalty_id")).toString(), c.loyaltyId);
        // Earned on what was paid with money only, once.
        QCOMPARE(points(c.loyaltyId), before - paidWithPoints + (due - paidWithPoints) / 100);
        QCOMPARE(earnLines(c.id, sale.id), (due - paidWithPoints) / 100 > 0 ? 1 : 0);
        QCOMPARE(outboxRows("loyalty.redemption_cancelled"), 0);
    }
};

QTEST_GUILESS_MAIN(TestChannelsCentral)
#include "tst_channels_central.moc"
