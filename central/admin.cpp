// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-central-admin: operate the central service's database, also while the server runs
// (SQLite WAL: the server's readers never wait; writers queue on the busy timeout).
//
// Exit codes: 0 done, 1 refused (unknown store, product, order ...), 2 usage, 3 storage error.

#include "central/service.h"
#include "central/sqlitestore.h"
#include "central/wire.h"
#include "demo-data/demodata.h"

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

using namespace ok::central;

namespace {

constexpr const char *kCommands = R"(Commands:
  enrol-code STORE TERMINAL                 a one-time enrolment code for STORE-TERMINAL (valid 24 h)
  order-create STORE --lines "ID:QTY,..."   a click-and-collect order ready at STORE; prints its pickup code
               [--compartment A07] [--customer NAME] [--contact MASKED] [--expires-days N]
  order-cancel ORDER                        cancel an order (terminals see status "cancelled")
  price-set STORE PRODUCT AMOUNT [--from UNIXSEC]
  staff-language STAFF LANGUAGE             the staff member's screen language on every terminal: en, pl, it, ru, nb, or "" (the store's)
                                            a new price in minor units from now (or --from)
  stock-receive LOCATION PRODUCT QTY        add QTY (negative: write off) to on-hand stock
  events [--terminal T] [--limit N]         pushed events, newest first
  exceptions [--limit N]                    what staff must look at (negative stock ...)
  alarms [--limit N]                        what must never happen (idempotency conflicts ...)
  terminals                                 enrolled terminals and their last heartbeat
  summary STORE                             count, checksum and cursor of every stream for STORE
  seed-demo N [--demo-seed S] [--demo-now T] [--demo-orders K]
                                            seed an empty database with the demo network)";

int usage(const QString &message)
{
    std::fprintf(stderr, "omnikiosk-central-admin: %s\n%s\n", qPrintable(message), kCommands);
    return 2;
}

int failed(const ok::Error &e)
{
    std::fprintf(stderr, "omnikiosk-central-admin: %s\n", qPrintable(e.message));
    return e.code == QLatin1String(errc::kInvalid) ? 1 : 3;
}

std::optional<qint64> toInt(const QString &s)
{
    bool ok = false;
    const qint64 v = s.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::string timeText(qint64 ms)
{
    if (ms <= 0)
        return "-";
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate).toStdString();
}

std::string oneLine(std::string s)
{
    for (char &c : s)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    return s;
}

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
    const QCommandLineOption expiresOpt(QStringLiteral("expires-days"), QStringLiteral("order-create: days to collect (default 7)."), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption fromOpt(QStringLiteral("from"), QStringLiteral("price-set: valid from (unix seconds)."), QStringLiteral("secs"));
    const QCommandLineOption terminalOpt(QStringLiteral("terminal"), QStringLiteral("events: only this terminal (S001-T01)."), QStringLiteral("id"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), QStringLiteral("events, exceptions, alarms: at most N (default 50)."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption demoSeedOpt(QStringLiteral("demo-seed"), QStringLiteral("seed-demo: random seed."), QStringLiteral("n"), QStringLiteral("20261122"));
    const QCommandLineOption demoNowOpt(QStringLiteral("demo-now"), QStringLiteral("seed-demo: unix time taken as today."), QStringLiteral("secs"));
    const QCommandLineOption demoOrdersOpt(QStringLiteral("demo-orders"), QStringLiteral("seed-demo: orders per store."), QStringLiteral("n"), QStringLiteral("6"));
    cli.addOptions({dbOpt, linesOpt, compartmentOpt, customerOpt, contactOpt, expiresOpt, fromOpt, terminalOpt, limitOpt,
                    demoSeedOpt, demoNowOpt, demoOrdersOpt});
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
                                      QStringLiteral("price-set"), QStringLiteral("staff-language"), QStringLiteral("stock-receive"), QStringLiteral("events"),
                                      QStringLiteral("exceptions"), QStringLiteral("alarms"), QStringLiteral("terminals"),
                                      QStringLiteral("summary"), QStringLiteral("seed-demo")};
    if (!known.contains(command))
        return usage(QStringLiteral("unknown command \"%1\"").arg(command));
    if (command != QLatin1String("seed-demo") && !QFileInfo::exists(cli.value(dbOpt)))
        return usage(QStringLiteral("%1 does not exist (start omnikiosk-central with --db first, or seed-demo)").arg(cli.value(dbOpt)));

    auto opened = SqliteStore::open(cli.value(dbOpt));
    if (!opened)
        return failed(opened.error());
    SqliteStore &store = *opened.value();
    CentralService service(store);

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
        if (auto u = needArgs(1, "STORE --lines \"productId:qty,...\" [--compartment A07]"))
            return *u;
        if (!cli.isSet(linesOpt))
            return usage(QStringLiteral("order-create needs --lines \"productId:qty,...\""));
        std::vector<CentralService::LineRequest> lines;
        for (const QString &part : cli.value(linesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList pq = part.trimmed().split(QLatin1Char(':'));
            const auto pid = pq.size() == 2 ? toInt(pq[0]) : std::nullopt;
            const auto qty = pq.size() == 2 ? toInt(pq[1]) : std::nullopt;
            if (!pid || !qty)
                return usage(QStringLiteral("--lines: \"%1\" is not productId:qty").arg(part));
            lines.push_back({*pid, *qty});
        }
        const auto days = toInt(cli.value(expiresOpt));
        if (!days || *days < 1 || *days > 365)
            return usage(QStringLiteral("--expires-days takes 1 to 365"));
        std::optional<std::string> compartment;
        if (cli.isSet(compartmentOpt))
            compartment = cli.value(compartmentOpt).toStdString();
        auto created = service.createOrder(rest[0].toStdString(), lines, compartment, cli.value(customerOpt).toStdString(),
                                           cli.value(contactOpt).toStdString(), int(*days));
        if (!created)
            return failed(created.error());
        const Order &o = created->order;
        std::printf("order %s number %s pickup-code %s total %lld %s compartment %s status %s\n", o.id.c_str(),
                    o.number.c_str(), created->pickupCode.c_str(), static_cast<long long>(o.total), o.currency.c_str(),
                    o.compartment ? o.compartment->c_str() : "-", o.status.c_str());
        return 0;
    }

    if (command == QLatin1String("order-cancel")) {
        if (auto u = needArgs(1, "ORDER"))
            return *u;
        auto o = service.cancelOrder(rest[0].toStdString());
        if (!o)
            return failed(o.error());
        std::printf("order %s status %s\n", o->id.c_str(), o->status.c_str());
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
            std::printf("%-8lld %-10s %-38s %-22s %-9s %-20s %s\n", static_cast<long long>(e.seq), e.terminal.c_str(),
                        e.eventId.c_str(), e.kind.c_str(), e.status.c_str(), timeText(e.receivedAtMs).c_str(),
                        oneLine(e.reason).c_str());
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
                        e.kind.c_str(), e.terminal.c_str(), e.ref.c_str(), oneLine(e.message).c_str());
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
                        a.kind.c_str(), a.terminal.c_str(), a.eventId.c_str(), oneLine(a.message).c_str());
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
            std::printf("%-12s %-20s %-20s %-10s %-8s %s\n", t.id.c_str(), timeText(t.enrolledAtMs).c_str(),
                        timeText(t.lastHeartbeatMs.value_or(0)).c_str(), skew.c_str(), t.certSha256.empty() ? "no" : "bound",
                        oneLine(t.lastHeartbeat).c_str());
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
        store.setWriteCacheSize(256LL << 20);
        auto sum = service.seedDemo(p);
        if (!sum)
            return failed(sum.error());
        std::printf("seeded demo network: %lld products, %lld prices, %lld stock rows, %lld staff\n",
                    static_cast<long long>(sum->products), static_cast<long long>(sum->prices),
                    static_cast<long long>(sum->stockRows), static_cast<long long>(sum->staff));
        for (const auto &o : sum->pickups)
            std::printf("order %s store %s number %s pickup-code %s compartment %s\n", qPrintable(o.orderId),
                        qPrintable(o.storeId), qPrintable(o.orderNumber), qPrintable(o.pickupCode),
                        o.compartment.isEmpty() ? "-" : qPrintable(o.compartment));
        return 0;
    }
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}
