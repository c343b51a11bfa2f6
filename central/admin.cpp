// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-central-admin: operate the central service's database, also while the server runs
// (SQLite WAL: the server's readers never wait; writers queue on the busy timeout).
//
// Exit codes: 0 done, 1 refused (unknown store, product, order ...), 2 usage, 3 storage error.

#include "central/adminchannels.h"
#include "central/adminutil.h"
#include "central/pickupkey.h"
#include "central/service.h"
#include "central/storefactory.h"
#include "central/wire.h"
#include "core/pickup.h"
#include "demo-data/demodata.h"

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

using namespace ok::central;
using namespace ok::central::admin;

namespace {

constexpr const char *kCommands = R"(Commands:
  enrol-code STORE TERMINAL                 a one-time enrolment code for STORE-TERMINAL (valid 24 h)
  order-create STORE --lines "ID:QTY,..."   a click-and-collect order at STORE; prints its pickup code and token
               [--compartment A07 | --counter] [--parcels N] [--id-check]
               [--customer NAME] [--contact MASKED] [--expires-days N]
                                            --compartment: ready in that locker; --counter: ready at the
                                            counter; neither: awaiting loading
  order-cancel ORDER                        cancel an order (terminals see status "cancelled")
  order-token ORDER                         the signed pickup token (QR code content) of an open order
  orders STORE [--status S]                 the store's orders, newest first
  pickup-key                                the public key terminals pin ([central] pickup_key), hex
  notifications [--store S] [--order O]     customer notifications recorded (order ready, extended)
  refunds [--store S] [--order O]           refunds: goods refused at the handover, web orders returned in a store
  price-set STORE PRODUCT AMOUNT [--from UNIXSEC]
                                            a new price in minor units from now (or --from)
  staff-language STAFF LANGUAGE             the staff member's screen language on every terminal: en, pl, it, ru, nb, or "" (the store's)
  stock-receive LOCATION PRODUCT QTY        add QTY (negative: write off) to on-hand stock
  events [--terminal T] [--limit N]         pushed events, newest first
  exceptions [--limit N]                    what staff must look at (negative stock ...)
  alarms [--limit N]                        what must never happen (idempotency conflicts ...)
  terminals                                 enrolled terminals and their last heartbeat
  summary STORE                             count, checksum and cursor of every stream for STORE
  seed-demo N [--demo-seed S] [--demo-now T] [--demo-orders K]
                                            seed an empty database with the demo network
Customers and channels (play the web shop):
  customers [QUERY]                         customers (QUERY: id, loyalty id, e-mail, phone or part of the name)
  customer-create --name N --email E --phone P [--points N] [--store S]
                                            a new customer; prints its id and loyalty id
  points CUSTOMER                           the customer's points ledger, newest first
  web-order-create CUSTOMER --lines "ID:QTY,..." [--channel web|app] [--store S]
                                            a paid web order (card-online) at the store's current prices;
                                            --store: collected there (a click-and-collect order is made)
  web-orders [CUSTOMER]                     web and app orders, newest first
  web-order NUMBER                          one web order with its lines, payments, history and refunds
  holds [STORE]                             holds (expired ones are released first)
  transfers [STORE]                         ship-to-store and ship-to-home requests
  transfer-ship REQUEST                     the goods leave the source (in transit to the store)
  transfer-arrive REQUEST                   arrived: ship-to-store makes a click-and-collect order (prints its
                                            pickup code like order-create); ship-to-home is delivered
  promotion-set STORE PRODUCT PERCENT NAME [--days N]
                                            a channel promotion from now for N days (default 7)
  stock PRODUCT                             every location's stock with reserved and in transit, and what
                                            the web shop can sell)";

} // namespace

namespace ok::central::admin {

int usage(const QString &message)
{
    std::fprintf(stderr, "omnikiosk-central-admin: %s\n%s\n", qPrintable(message), kCommands);
    return 2;
}

} // namespace ok::central::admin

namespace {

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnikiosk-central-admin"));
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Operate the database of omnikiosk-central.\n\n") + QString::fromUtf8(kCommands));
    const QCommandLineOption helpOpt = cli.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("The central database file."), QStringLiteral("path"));
    const QCommandLineOption linesOpt(QStringLiteral("lines"), QStringLiteral("order-create: \"productId:qty,...\"."), QStringLiteral("list"));
    const QCommandLineOption compartmentOpt(QStringLiteral("compartment"), QStringLiteral("order-create: locker compartment."), QStringLiteral("id"));
    const QCommandLineOption customerOpt(QStringLiteral("customer"), QStringLiteral("order-create: customer first name."), QStringLiteral("name"), QStringLiteral("Customer"));
    const QCommandLineOption contactOpt(QStringLiteral("contact"), QStringLiteral("order-create: masked contact."), QStringLiteral("text"), QStringLiteral("c***@example.com"));
    const QCommandLineOption counterOpt(QStringLiteral("counter"), QStringLiteral("order-create: ready at the counter."));
    const QCommandLineOption parcelsOpt(QStringLiteral("parcels"), QStringLiteral("order-create: parcels, 1 to 20 (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption idCheckOpt(QStringLiteral("id-check"), QStringLiteral("order-create: staff check an ID document at the handover."));
    const QCommandLineOption statusOpt(QStringLiteral("status"), QStringLiteral("orders: only this status."), QStringLiteral("status"));
    const QCommandLineOption storeOpt(QStringLiteral("store"), QStringLiteral("notifications, refunds: only this store."), QStringLiteral("id"));
    const QCommandLineOption orderOpt(QStringLiteral("order"), QStringLiteral("notifications, refunds: only this order."), QStringLiteral("id"));
    const QCommandLineOption expiresOpt(QStringLiteral("expires-days"), QStringLiteral("order-create: days to collect, 1 to 30 (default 7)."), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption fromOpt(QStringLiteral("from"), QStringLiteral("price-set: valid from (unix seconds)."), QStringLiteral("secs"));
    const QCommandLineOption terminalOpt(QStringLiteral("terminal"), QStringLiteral("events: only this terminal (S001-T01)."), QStringLiteral("id"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), QStringLiteral("events, exceptions, alarms: at most N (default 50)."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption demoSeedOpt(QStringLiteral("demo-seed"), QStringLiteral("seed-demo: random seed."), QStringLiteral("n"), QStringLiteral("20261122"));
    const QCommandLineOption demoNowOpt(QStringLiteral("demo-now"), QStringLiteral("seed-demo: unix time taken as today."), QStringLiteral("secs"));
    const QCommandLineOption demoOrdersOpt(QStringLiteral("demo-orders"), QStringLiteral("seed-demo: orders per store."), QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("customer-create: the customer's name."), QStringLiteral("text"));
    const QCommandLineOption emailOpt(QStringLiteral("email"), QStringLiteral("customer-create: e-mail address."), QStringLiteral("address"));
    const QCommandLineOption phoneOpt(QStringLiteral("phone"), QStringLiteral("customer-create: phone with the country code."), QStringLiteral("number"));
    const QCommandLineOption pointsOpt(QStringLiteral("points"), QStringLiteral("customer-create: opening points balance (default 0)."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption channelOpt(QStringLiteral("channel"), QStringLiteral("web-order-create: web or app (default web)."), QStringLiteral("channel"), QStringLiteral("web"));
    const QCommandLineOption daysOpt(QStringLiteral("days"), QStringLiteral("promotion-set: days the promotion runs (default 7)."), QStringLiteral("n"), QStringLiteral("7"));
    cli.addOptions({dbOpt, linesOpt, compartmentOpt, counterOpt, parcelsOpt, idCheckOpt, customerOpt, contactOpt, expiresOpt,
                    fromOpt, terminalOpt, limitOpt, statusOpt, storeOpt, orderOpt, demoSeedOpt, demoNowOpt, demoOrdersOpt,
                    nameOpt, emailOpt, phoneOpt, pointsOpt, channelOpt, daysOpt});
    cli.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    // A negative number ("stock-receive W01 17 -3") is an argument, not an option: hide it from
    // the parser and restore it afterwards.
    const QString negativeMark = QStringLiteral("\x01neg:");
    QStringList raw = QCoreApplication::arguments();
    static const QRegularExpression negative(QStringLiteral("^-[0-9]+$"));
    for (QString &a : raw)
        if (negative.match(a).hasMatch())
            a = negativeMark + a.mid(1);
    if (!cli.parse(raw))
        return usage(cli.errorText());
    if (cli.isSet(helpOpt))
        cli.showHelp(0);

    QStringList args = cli.positionalArguments();
    for (QString &a : args)
        if (a.startsWith(negativeMark))
            a = QLatin1Char('-') + a.mid(negativeMark.size());
    if (!cli.isSet(dbOpt))
        return usage(QStringLiteral("--db is required"));
    if (args.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    auto needArgs = [&](int n, const char *shape) -> std::optional<int> {
        if (rest.size() != n)
            return usage(QStringLiteral("usage: %1 %2").arg(command, QString::fromLatin1(shape)));
        return std::nullopt;
    };
    const auto limit = toInt(cli.value(limitOpt));
    if (!limit || *limit < 1 || *limit > 1'000'000)
        return usage(QStringLiteral("--limit takes a positive number"));

    // Known commands only: do not create a database for a typo.
    static const QStringList known = {QStringLiteral("enrol-code"), QStringLiteral("order-create"), QStringLiteral("order-cancel"),
                                      QStringLiteral("order-token"), QStringLiteral("orders"), QStringLiteral("pickup-key"),
                                      QStringLiteral("notifications"), QStringLiteral("refunds"),
                                      QStringLiteral("price-set"), QStringLiteral("staff-language"), QStringLiteral("stock-receive"), QStringLiteral("events"),
                                      QStringLiteral("exceptions"), QStringLiteral("alarms"), QStringLiteral("terminals"),
                                      QStringLiteral("summary"), QStringLiteral("seed-demo")};
    if (!known.contains(command) && !isChannelCommand(command))
        return usage(QStringLiteral("unknown command \"%1\"").arg(command));
    if (command != QLatin1String("seed-demo") && !isPostgresUrl(cli.value(dbOpt).toStdString()) && !QFileInfo::exists(cli.value(dbOpt)))
        return usage(QStringLiteral("%1 does not exist (start omnikiosk-central with --db first, or seed-demo)").arg(cli.value(dbOpt)));

    auto opened = openCentralStore(cli.value(dbOpt).toStdString());
    if (!opened)
        return failed(opened.error());
    CentralStore &store = *opened.value();
    CentralService service(store);

    if (isChannelCommand(command)) {
        ChannelArgs a{command, rest, cli.value(dbOpt), cli.value(linesOpt), cli.isSet(linesOpt), cli.value(nameOpt), cli.value(emailOpt),
                      cli.value(phoneOpt), cli.value(pointsOpt), cli.value(channelOpt), cli.value(storeOpt), cli.value(daysOpt),
                      int(*limit)};
        return runChannelCommand(a, store, service);
    }

    if (command == QLatin1String("enrol-code")) {
        if (auto u = needArgs(2, "STORE TERMINAL"))
            return *u;
        auto code = service.createEnrolmentCode(rest[0].toStdString(), rest[1].toStdString());
        if (!code)
            return failed(code.error());
        std::printf("%s\n", code->c_str());
        std::fprintf(stderr, "one-time enrolment code for %s-%s, valid 24 h\n", qPrintable(rest[0]), qPrintable(rest[1]));
        return 0;
    }

    if (command == QLatin1String("order-create")) {
        if (auto u = needArgs(1, "STORE --lines \"productId:qty,...\" [--compartment A07 | --counter] [--parcels N] [--id-check]"))
            return *u;
        if (!cli.isSet(linesOpt))
            return usage(QStringLiteral("order-create needs --lines \"productId:qty,...\""));
        CentralService::OrderRequest req;
        req.storeId = rest[0].toStdString();
        for (const QString &part : cli.value(linesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList pq = part.trimmed().split(QLatin1Char(':'));
            const auto pid = pq.size() == 2 ? toInt(pq[0]) : std::nullopt;
            const auto qty = pq.size() == 2 ? toInt(pq[1]) : std::nullopt;
            if (!pid || !qty)
                return usage(QStringLiteral("--lines: \"%1\" is not productId:qty").arg(part));
            req.lines.push_back({*pid, *qty, std::nullopt, {}});
        }
        const auto days = toInt(cli.value(expiresOpt));
        if (!days || *days < 1 || *days > kMaxPickupWindowDays)
            return usage(QStringLiteral("--expires-days takes 1 to %1").arg(kMaxPickupWindowDays));
        const auto parcels = toInt(cli.value(parcelsOpt));
        if (!parcels || *parcels < 1 || *parcels > kMaxParcels)
            return usage(QStringLiteral("--parcels takes 1 to %1").arg(kMaxParcels));
        if (cli.isSet(compartmentOpt) && cli.isSet(counterOpt))
            return usage(QStringLiteral("an order is ready in a locker (--compartment) or at the counter (--counter), not both"));
        if (cli.isSet(compartmentOpt)) {
            req.placement = CentralService::Placement::Locker;
            req.compartment = cli.value(compartmentOpt).toStdString();
        } else if (cli.isSet(counterOpt)) {
            req.placement = CentralService::Placement::Counter;
        }
        req.customerFirstName = cli.value(customerOpt).toStdString();
        req.contactMasked = cli.value(contactOpt).toStdString();
        req.expiresInDays = int(*days);
        req.parcels = int(*parcels);
        req.idCheck = cli.isSet(idCheckOpt);
        // The key first: an order whose token cannot be signed would be half made.
        auto key = loadPickupKey(cli.value(dbOpt));
        if (!key)
            return failed(key.error());
        auto created = service.createOrder(req);
        if (!created)
            return failed(created.error());
        printCreatedOrder(created.value(), key.value());
        return 0;
    }

    if (command == QLatin1String("order-token")) {
        if (auto u = needArgs(1, "ORDER"))
            return *u;
        auto o = store.order(rest[0].toStdString());
        if (!o)
            return failed(o.error());
        if (!o.value())
            return failed(ok::Error{QLatin1String(errc::kInvalid), QStringLiteral("unknown order %1").arg(QString::fromStdString(safe(rest[0].toStdString())))});
        const Order &order = *o.value();
        if (order.status != "awaiting_pickup" && order.status != "ready")
            return failed(ok::Error{QLatin1String(errc::kInvalid),
                                    QStringLiteral("order %1 is %2: it cannot be collected, so it has no token")
                                        .arg(QString::fromStdString(safe(order.id)), QString::fromStdString(order.status))});
        auto key = loadPickupKey(cli.value(dbOpt));
        if (!key)
            return failed(key.error());
        std::printf("%s\n", pickupToken(order, key.value()).c_str());
        std::fprintf(stderr, "pickup token of order %s, valid until %s\n", Safe(order.id).c_str(), dateText(order.expiresAt).c_str());
        return 0;
    }

    if (command == QLatin1String("pickup-key")) {
        if (auto u = needArgs(0, ""))
            return *u;
        auto key = loadPickupKey(cli.value(dbOpt));
        if (!key)
            return failed(key.error());
        std::printf("%s\n", ok::pickup::publicKeyOf(key.value()).toHex().constData());
        std::fprintf(stderr, "public pickup key of %s: set it as [central] pickup_key on every terminal\n",
                     qPrintable(pickupKeyPath(cli.value(dbOpt))));
        return 0;
    }

    if (command == QLatin1String("orders")) {
        if (auto u = needArgs(1, "STORE [--status S]"))
            return *u;
        static const QStringList statuses = {QStringLiteral("awaiting_pickup"), QStringLiteral("ready"), QStringLiteral("collected"),
                                             QStringLiteral("cancelled"), QStringLiteral("expired")};
        if (cli.isSet(statusOpt) && !statuses.contains(cli.value(statusOpt)))
            return usage(QStringLiteral("--status takes one of: %1").arg(statuses.join(QStringLiteral(", "))));
        auto list = store.orders(rest[0].toStdString(), cli.value(statusOpt).toStdString(), int(*limit));
        if (!list)
            return failed(list.error());
        std::printf("%-20s %-10s %-16s %-20s %-20s %s\n", "order", "number", "status", "compartments", "expires", "parcels");
        for (const Order &o : list.value())
            std::printf("%-20s %-10s %-16s %-20s %-20s %d%s\n", Safe(o.id).c_str(), Safe(o.number).c_str(),
                        Safe(o.status).c_str(), Safe(joined(o.compartments)).c_str(), dateText(o.expiresAt).c_str(), o.parcels,
                        o.idCheck ? " id-check" : "");
        return 0;
    }

    if (command == QLatin1String("notifications")) {
        if (auto u = needArgs(0, "[--store S] [--order O]"))
            return *u;
        auto list = store.notifications(cli.value(storeOpt).toStdString(), cli.value(orderOpt).toStdString(), int(*limit));
        if (!list)
            return failed(list.error());
        std::printf("%-6s %-20s %-16s %-20s %-24s %s\n", "id", "when", "kind", "order", "contact", "detail");
        for (const NotificationRecord &n : list.value())
            std::printf("%-6lld %-20s %-16s %-20s %-24s %s\n", static_cast<long long>(n.id), timeText(n.createdAtMs).c_str(),
                        Safe(n.kind).c_str(), Safe(n.orderId).c_str(), Safe(n.contactMasked).c_str(), Safe(n.detail).c_str());
        return 0;
    }

    if (command == QLatin1String("refunds")) {
        if (auto u = needArgs(0, "[--store S] [--order O]"))
            return *u;
        auto list = store.refundList(cli.value(storeOpt).toStdString(), cli.value(orderOpt).toStdString(), int(*limit));
        if (!list)
            return failed(list.error());
        std::printf("%-6s %-20s %-20s %12s %-4s %-17s %-10s %s\n", "id", "when", "order", "amount", "cur", "method", "terminal", "lines");
        for (const RefundRecord &r : list.value())
            std::printf("%-6lld %-20s %-20s %12lld %-4s %-17s %-10s %s\n", static_cast<long long>(r.id), timeText(r.createdAtMs).c_str(),
                        Safe(r.orderId).c_str(), static_cast<long long>(r.amount), Safe(r.currency).c_str(), Safe(r.method).c_str(),
                        Safe(r.terminal).c_str(), Safe(r.linesJson).c_str());
        return 0;
    }

    if (command == QLatin1String("order-cancel")) {
        if (auto u = needArgs(1, "ORDER"))
            return *u;
        auto o = service.cancelOrder(rest[0].toStdString());
        if (!o)
            return failed(o.error());
        std::printf("order %s status %s\n", Safe(o->id).c_str(), o->status.c_str());
        return 0;
    }

    if (command == QLatin1String("price-set")) {
        if (auto u = needArgs(3, "STORE PRODUCT AMOUNT [--from UNIXSEC]"))
            return *u;
        const auto pid = toInt(rest[1]);
        const auto amount = toInt(rest[2]);
        if (!pid || !amount)
            return usage(QStringLiteral("PRODUCT and AMOUNT (minor units) are whole numbers"));
        std::optional<qint64> from;
        if (cli.isSet(fromOpt)) {
            from = toInt(cli.value(fromOpt));
            if (!from)
                return usage(QStringLiteral("--from takes unix seconds"));
        }
        auto p = service.setPrice(rest[0].toStdString(), *pid, *amount, from);
        if (!p)
            return failed(p.error());
        std::printf("price %s %lld amount %lld %s from %lld to %s\n", p->storeId.c_str(), static_cast<long long>(p->productId),
                    static_cast<long long>(p->amount), p->currency.c_str(), static_cast<long long>(p->validFrom),
                    p->validTo ? std::to_string(*p->validTo).c_str() : "-");
        return 0;
    }

    if (command == QLatin1String("staff-language")) {
        if (auto u = needArgs(2, "STAFF LANGUAGE"))
            return *u;
        if (auto r = service.setStaffLanguage(rest[0].toStdString(), rest[1].toStdString()); !r)
            return failed(r.error());
        std::printf("staff %s language %s\n", qPrintable(rest[0]), rest[1].isEmpty() ? "(the store's)" : qPrintable(rest[1]));
        return 0;
    }

    if (command == QLatin1String("stock-receive")) {
        if (auto u = needArgs(3, "LOCATION PRODUCT QTY"))
            return *u;
        const auto pid = toInt(rest[1]);
        const auto qty = toInt(rest[2]);
        if (!pid || !qty)
            return usage(QStringLiteral("PRODUCT and QTY are whole numbers"));
        auto s = service.receiveStock(rest[0].toStdString(), *pid, *qty);
        if (!s)
            return failed(s.error());
        std::printf("stock %lld %s on_hand %lld reserved %lld in_transit %lld version %lld\n",
                    static_cast<long long>(s->productId), s->locationId.c_str(), static_cast<long long>(s->onHand),
                    static_cast<long long>(s->reserved), static_cast<long long>(s->inTransit), static_cast<long long>(s->version));
        return 0;
    }

    if (command == QLatin1String("events")) {
        if (auto u = needArgs(0, "[--terminal T] [--limit N]"))
            return *u;
        auto events = store.events(cli.value(terminalOpt).toStdString(), int(*limit));
        if (!events)
            return failed(events.error());
        std::printf("%-8s %-10s %-38s %-22s %-9s %-20s %s\n", "seq", "terminal", "event", "kind", "status", "received", "reason");
        for (const EventRecord &e : events.value())
            std::printf("%-8lld %-10s %-38s %-22s %-9s %-20s %s\n", static_cast<long long>(e.seq), Safe(e.terminal).c_str(),
                        Safe(e.eventId).c_str(), Safe(e.kind).c_str(), Safe(e.status).c_str(), timeText(e.receivedAtMs).c_str(),
                        Safe(e.reason).c_str());
        return 0;
    }

    if (command == QLatin1String("exceptions")) {
        if (auto u = needArgs(0, "[--limit N]"))
            return *u;
        auto list = store.exceptions(int(*limit));
        if (!list)
            return failed(list.error());
        std::printf("%-6s %-20s %-38s %-10s %-20s %s\n", "id", "when", "kind", "terminal", "ref", "message");
        for (const ExceptionRecord &e : list.value())
            std::printf("%-6lld %-20s %-38s %-10s %-20s %s\n", static_cast<long long>(e.id), timeText(e.createdAtMs).c_str(),
                        Safe(e.kind).c_str(), Safe(e.terminal).c_str(), Safe(e.ref).c_str(), Safe(e.message).c_str());
        return 0;
    }

    if (command == QLatin1String("alarms")) {
        if (auto u = needArgs(0, "[--limit N]"))
            return *u;
        auto list = store.alarms(int(*limit));
        if (!list)
            return failed(list.error());
        std::printf("%-6s %-20s %-22s %-10s %-38s %s\n", "id", "when", "kind", "terminal", "event", "message");
        for (const AlarmRecord &a : list.value())
            std::printf("%-6lld %-20s %-22s %-10s %-38s %s\n", static_cast<long long>(a.id), timeText(a.createdAtMs).c_str(),
                        Safe(a.kind).c_str(), Safe(a.terminal).c_str(), Safe(a.eventId).c_str(), Safe(a.message).c_str());
        return 0;
    }

    if (command == QLatin1String("terminals")) {
        if (auto u = needArgs(0, ""))
            return *u;
        auto list = store.terminals();
        if (!list)
            return failed(list.error());
        std::printf("%-12s %-20s %-20s %-10s %-8s %s\n", "terminal", "enrolled", "last heartbeat", "skew", "mTLS", "heartbeat");
        for (const TerminalRecord &t : list.value()) {
            std::string skew = "-";
            if (t.lastHeartbeatMs) {
                const auto hb = nlohmann::json::parse(t.lastHeartbeat, nullptr, false);
                if (hb.is_object() && hb.contains("terminal_time_ms") && hb["terminal_time_ms"].is_number_integer())
                    skew = std::to_string((hb["terminal_time_ms"].get<qint64>() - *t.lastHeartbeatMs) / 1000) + " s";
            }
            std::printf("%-12s %-20s %-20s %-10s %-8s %s\n", Safe(t.id).c_str(), timeText(t.enrolledAtMs).c_str(),
                        timeText(t.lastHeartbeatMs.value_or(0)).c_str(), skew.c_str(), t.certSha256.empty() ? "no" : "bound",
                        Safe(t.lastHeartbeat).c_str());
        }
        return 0;
    }

    if (command == QLatin1String("summary")) {
        if (auto u = needArgs(1, "STORE"))
            return *u;
        auto scope = service.scopeOfStore(rest[0].toStdString());
        if (!scope)
            return failed(scope.error());
        std::printf("%-10s %10s %-16s %s\n", "stream", "count", "checksum", "cursor");
        for (Stream s : kAllStreams) {
            auto sum = service.summary(scope.value(), s);
            if (!sum)
                return failed(sum.error());
            std::printf("%-10s %10lld %-16s %lld\n", std::string(streamName(s)).c_str(), static_cast<long long>(sum->count),
                        wire::checksumHex(sum->checksum).c_str(), static_cast<long long>(sum->cursor));
        }
        return 0;
    }

    if (command == QLatin1String("seed-demo")) {
        if (auto u = needArgs(1, "N [--demo-seed S] [--demo-now T] [--demo-orders K]"))
            return *u;
        ok::demo::DemoParams p;
        const auto n = toInt(rest[0]);
        const auto seed = toInt(cli.value(demoSeedOpt));
        const auto orders = toInt(cli.value(demoOrdersOpt));
        if (!n || *n < 0 || !seed || *seed < 0 || !orders || *orders < 0 || *orders > 1000)
            return usage(QStringLiteral("seed-demo takes non-negative whole numbers"));
        p.products = *n;
        p.seed = quint64(*seed);
        p.orders = int(*orders);
        p.now = cli.isSet(demoNowOpt) ? toInt(cli.value(demoNowOpt)).value_or(0) : QDateTime::currentSecsSinceEpoch();
        setWriteCacheSize(store, 256LL << 20);
        DemoChannels channels;
        auto sum = service.seedDemo(p, {}, &channels);
        if (!sum)
            return failed(sum.error());
        std::printf("seeded demo network: %lld products, %lld prices, %lld stock rows, %lld staff\n",
                    static_cast<long long>(sum->products), static_cast<long long>(sum->prices),
                    static_cast<long long>(sum->stockRows), static_cast<long long>(sum->staff));
        for (const auto &o : sum->pickups)
            std::printf("order %s store %s number %s pickup-code %s compartment %s status %s\n", qPrintable(o.orderId),
                        qPrintable(o.storeId), qPrintable(o.orderNumber), qPrintable(ok::pickup::display(o.pickupCode)),
                        o.compartments.isEmpty() ? "-" : qPrintable(o.compartments.join(QLatin1Char(','))), qPrintable(o.status));
        std::printf("%s", demoChannelsReport(channels).c_str());
        return 0;
    }
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}
