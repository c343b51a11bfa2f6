// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-central-admin: the commands that let a tester play the web shop (docs/central.md,
// "Customers and channels"). Output is line-oriented like every other command; anything that
// came from a terminal or the database goes through safe().
#include "central/adminchannels.h"

#include "central/adminutil.h"
#include "central/channels.h"
#include "central/pickupkey.h"
#include "central/service.h"
#include "central/sqlitestore.h"

#include <cstdio>

namespace ok::central::admin {

namespace {

const QStringList kChannelCommands = {QStringLiteral("customers"), QStringLiteral("customer-create"), QStringLiteral("points"),
                                      QStringLiteral("web-order-create"), QStringLiteral("web-orders"), QStringLiteral("web-order"),
                                      QStringLiteral("holds"), QStringLiteral("transfers"), QStringLiteral("transfer-ship"),
                                      QStringLiteral("transfer-arrive"), QStringLiteral("promotion-set"), QStringLiteral("stock")};

Error refused(const std::string &message)
{
    return makeError(errc::kInvalid, message);
}

long long ll(qint64 v)
{
    return static_cast<long long>(v);
}

std::optional<std::vector<CentralService::LineRequest>> parseLines(const QString &text)
{
    std::vector<CentralService::LineRequest> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pq = part.trimmed().split(QLatin1Char(':'));
        const auto pid = pq.size() == 2 ? toInt(pq[0]) : std::nullopt;
        const auto qty = pq.size() == 2 ? toInt(pq[1]) : std::nullopt;
        if (!pid || !qty)
            return std::nullopt;
        out.push_back({*pid, *qty, std::nullopt, {}});
    }
    return out;
}

void printWebOrderLine(const WebOrder &o)
{
    std::printf("web-order %s number %s customer %s channel %s delivery %s store %s status %s total %lld %s created %s\n",
                Safe(o.id).c_str(), Safe(o.number).c_str(), Safe(o.customerId).c_str(), Safe(o.channel).c_str(),
                Safe(o.delivery).c_str(), o.storeId.empty() ? "-" : Safe(o.storeId).c_str(), Safe(o.status).c_str(), ll(o.total),
                Safe(o.currency).c_str(), timeText(o.createdAtMs).c_str());
}

void printTransfer(const Transfer &t)
{
    std::printf("transfer %s store %s state %s product %lld quantity %lld from %s to %s order %s updated %s customer %s\n",
                Safe(t.id).c_str(), Safe(t.storeId).c_str(), Safe(t.state).c_str(), ll(t.productId), ll(t.quantity),
                Safe(t.fromLocation).c_str(), Safe(t.destination).c_str(), t.orderId.empty() ? "-" : Safe(t.orderId).c_str(),
                timeText(t.updatedAtMs).c_str(), Safe(t.customerName).c_str());
}

} // namespace

bool isChannelCommand(const QString &command)
{
    return kChannelCommands.contains(command);
}

int runChannelCommand(const ChannelArgs &a, CentralStore &store, CentralService &service)
{
    const QString &command = a.command;
    const QStringList &rest = a.rest;
    const auto args = [&](qsizetype min, qsizetype max, const char *shape) -> std::optional<int> {
        if (rest.size() < min || rest.size() > max)
            return usage(QStringLiteral("usage: %1 %2").arg(command, QString::fromLatin1(shape)));
        return std::nullopt;
    };

    if (command == QLatin1String("customers")) {
        if (auto u = args(0, 1, "[QUERY]"))
            return *u;
        std::string query = rest.isEmpty() ? std::string() : rest[0].toStdString();
        if (const auto digits = phoneDigits(query, true); digits && query.find('@') == std::string::npos)
            query = *digits; // a phone as typed, "+48 601 234 321"
        auto list = store.customers(CustomerKey::AdminSearch, query, a.limit);
        if (!list)
            return failed(list.error());
        for (const Customer &c : list.value())
            std::printf("%s\n", Safe(customerLine(c)).c_str());
        return 0;
    }

    if (command == QLatin1String("customer-create")) {
        if (auto u = args(0, 0, "--name N --email E --phone P [--points N] [--store S]"))
            return *u;
        const auto points = toInt(a.points);
        if (a.name.isEmpty() || a.email.isEmpty() || a.phone.isEmpty() || !points)
            return usage(QStringLiteral("customer-create needs --name, --email and --phone (and --points takes a number)"));
        auto c = service.createCustomer({a.name.toStdString(), a.email.toStdString(), a.phone.toStdString(), a.store.toStdString(), *points});
        if (!c)
            return failed(c.error());
        std::printf("%s\n", Safe(customerLine(c.value())).c_str());
        return 0;
    }

    if (command == QLatin1String("points")) {
        if (auto u = args(1, 1, "CUSTOMER"))
            return *u;
        auto found = store.customers(CustomerKey::Id, rest[0].toStdString(), 1);
        if (!found)
            return failed(found.error());
        if (found.value().empty())
            return failed(refused("unknown customer " + safe(rest[0].toStdString())));
        const Customer &c = found.value().front();
        auto ledger = store.pointsLedger(c.id, a.limit);
        if (!ledger)
            return failed(ledger.error());
        std::printf("customer %s points %lld store-credit %lld %s\n", Safe(c.id).c_str(), ll(c.points), ll(c.storeCredit),
                    Safe(c.currency).c_str());
        std::printf("%-6s %-20s %-7s %8s %8s %-38s %-16s %s\n", "id", "when", "kind", "points", "balance", "ref", "sale", "detail");
        for (const PointsEntry &e : ledger.value())
            std::printf("%-6lld %-20s %-7s %8lld %8lld %-38s %-16s %s\n", ll(e.id), timeText(e.createdAtMs).c_str(), Safe(e.kind).c_str(),
                        ll(e.points), ll(e.balance), Safe(e.ref).c_str(), e.saleId.empty() ? "-" : Safe(e.saleId).c_str(),
                        Safe(e.detail).c_str());
        return 0;
    }

    if (command == QLatin1String("web-order-create")) {
        if (auto u = args(1, 1, "CUSTOMER --lines \"ID:QTY,...\" [--channel web|app] [--store S]"))
            return *u;
        const auto lines = parseLines(a.lines);
        if (!a.linesSet || !lines || lines->empty())
            return usage(QStringLiteral("web-order-create needs --lines \"productId:qty,...\""));
        std::optional<QByteArray> key;
        if (!a.store.isEmpty()) { // the key first: an order whose token cannot be signed would be half made
            auto loaded = loadPickupKey(a.dbPath);
            if (!loaded)
                return failed(loaded.error());
            key = loaded.value();
        }
        auto created = service.createWebOrder({rest[0].toStdString(), *lines, a.channel.toStdString(), a.store.toStdString()});
        if (!created)
            return failed(created.error());
        printWebOrderLine(created->order);
        if (created->pickup && key)
            printCreatedOrder(*created->pickup, *key);
        return 0;
    }

    if (command == QLatin1String("web-orders")) {
        if (auto u = args(0, 1, "[CUSTOMER]"))
            return *u;
        auto list = store.webOrders(rest.isEmpty() ? std::string() : rest[0].toStdString(), a.limit);
        if (!list)
            return failed(list.error());
        for (const WebOrder &o : list.value())
            printWebOrderLine(o);
        return 0;
    }

    if (command == QLatin1String("web-order")) {
        if (auto u = args(1, 1, "NUMBER"))
            return *u;
        auto found = store.webOrder(rest[0].toStdString());
        if (!found)
            return failed(found.error());
        if (!found.value())
            return failed(refused("unknown web order " + safe(rest[0].toStdString())));
        const WebOrder &o = *found.value();
        printWebOrderLine(o);
        if (!o.ccOrderId.empty())
            std::printf("pickup-order %s\n", Safe(o.ccOrderId).c_str());
        for (const WebOrderLine &l : o.lines)
            std::printf("line %d product %lld quantity %lld returned %lld amount %lld name %s\n", l.lineNo, ll(l.productId),
                        ll(l.quantity), ll(l.returned), ll(l.amount), Safe(l.name).c_str());
        for (const WebPayment &p : o.payments)
            std::printf("payment %s amount %lld reference %s\n", Safe(p.method).c_str(), ll(p.amount), Safe(p.reference).c_str());
        for (const HistoryEntry &h : o.history)
            std::printf("history %s %s\n", timeText(h.atMs).c_str(), Safe(h.what).c_str());
        auto refunds = store.refundList({}, o.id, a.limit);
        if (!refunds)
            return failed(refunds.error());
        for (const RefundRecord &r : refunds.value())
            std::printf("refund %lld %s amount %lld %s method %s reference %s store %s return %s terminal %s lines %s\n", ll(r.id),
                        timeText(r.createdAtMs).c_str(), ll(r.amount), Safe(r.currency).c_str(), Safe(r.method).c_str(),
                        r.reference.empty() ? "-" : Safe(r.reference).c_str(), r.storeId.empty() ? "-" : Safe(r.storeId).c_str(),
                        r.returnId.empty() ? "-" : Safe(r.returnId).c_str(), Safe(r.terminal).c_str(), Safe(r.linesJson).c_str());
        return 0;
    }

    if (command == QLatin1String("holds")) {
        if (auto u = args(0, 1, "[STORE]"))
            return *u;
        // Reading holds releases those that ran out, as the server does.
        if (auto expired = service.expireHolds(); !expired)
            return failed(expired.error());
        auto list = store.holds(rest.isEmpty() ? std::string() : rest[0].toStdString(), 0, a.limit);
        if (!list)
            return failed(list.error());
        for (const Hold &h : list.value())
            std::printf("hold %s store %s product %lld quantity %lld state %s expires %s staff %s terminal %s customer %s\n",
                        Safe(h.id).c_str(), Safe(h.storeId).c_str(), ll(h.productId), ll(h.quantity), Safe(h.state).c_str(),
                        dateText(h.expiresAt).c_str(), h.staffId.empty() ? "-" : Safe(h.staffId).c_str(), Safe(h.terminal).c_str(),
                        h.customerName.empty() ? "-" : Safe(h.customerName).c_str());
        return 0;
    }

    if (command == QLatin1String("transfers")) {
        if (auto u = args(0, 1, "[STORE]"))
            return *u;
        auto list = store.transfers(rest.isEmpty() ? std::string() : rest[0].toStdString(), a.limit);
        if (!list)
            return failed(list.error());
        for (const Transfer &t : list.value())
            printTransfer(t);
        return 0;
    }

    if (command == QLatin1String("transfer-ship")) {
        if (auto u = args(1, 1, "REQUEST"))
            return *u;
        auto t = service.shipTransfer(rest[0].toStdString());
        if (!t)
            return failed(t.error());
        printTransfer(t.value());
        return 0;
    }

    if (command == QLatin1String("transfer-arrive")) {
        if (auto u = args(1, 1, "REQUEST"))
            return *u;
        auto key = loadPickupKey(a.dbPath); // first: an arrived order without a token would be half made
        if (!key)
            return failed(key.error());
        auto arrived = service.arriveTransfer(rest[0].toStdString());
        if (!arrived)
            return failed(arrived.error());
        printTransfer(arrived->transfer);
        if (arrived->pickup)
            printCreatedOrder(*arrived->pickup, key.value());
        return 0;
    }

    if (command == QLatin1String("promotion-set")) {
        if (rest.size() < 4)
            return usage(QStringLiteral("usage: promotion-set STORE PRODUCT PERCENT NAME [--days N]"));
        const auto pid = toInt(rest[1]);
        const auto percent = toInt(rest[2]);
        const auto days = toInt(a.days);
        if (!pid || !percent || !days || *percent < 1 || *percent > 100 || *days < 1 || *days > 1000)
            return usage(QStringLiteral("PRODUCT, PERCENT and --days are whole numbers"));
        const std::string name = rest.mid(3).join(QLatin1Char(' ')).toStdString();
        auto p = service.setPromotion(rest[0].toStdString(), *pid, int(*percent), name, int(*days));
        if (!p)
            return failed(p.error());
        std::printf("price %s %lld amount %lld regular %lld %s from %lld to %s promotion %s\n", Safe(p->storeId).c_str(), ll(p->productId),
                    ll(p->amount), ll(p->regularAmount.value_or(p->amount)), Safe(p->currency).c_str(), ll(p->validFrom),
                    p->validTo ? std::to_string(*p->validTo).c_str() : "-", Safe(p->promotion).c_str());
        return 0;
    }

    if (command == QLatin1String("stock")) {
        if (auto u = args(1, 1, "PRODUCT"))
            return *u;
        const auto pid = toInt(rest[0]);
        if (!pid)
            return usage(QStringLiteral("PRODUCT is a product id"));
        auto levels = store.stockLevels(*pid);
        if (!levels)
            return failed(levels.error());
        if (!levels.value())
            return failed(refused("unknown product " + std::to_string(*pid)));
        qint64 webSellable = 0;
        std::printf("%-8s %-10s %-16s %9s %9s %10s %9s %8s %s\n", "location", "kind", "city", "on_hand", "reserved", "in_transit",
                    "available", "version", "name");
        for (const LiveStockLevel &l : *levels.value()) {
            const qint64 available = l.level.onHand - l.level.reserved;
            if (l.kind == "store" || l.kind == "warehouse")
                webSellable += std::max<qint64>(0, available);
            std::printf("%-8s %-10s %-16s %9lld %9lld %10lld %9lld %8lld %s\n", Safe(l.level.locationId).c_str(), Safe(l.kind).c_str(),
                        l.city.empty() ? "-" : Safe(l.city).c_str(), ll(l.level.onHand), ll(l.level.reserved), ll(l.level.inTransit),
                        ll(available), ll(l.level.version), Safe(l.name).c_str());
        }
        std::printf("web-sellable %lld\n", ll(webSellable));
        return 0;
    }
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}

} // namespace ok::central::admin
