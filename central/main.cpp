// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-central: the reference central omnichannel service (docs/central.md).

#include "central/httpserver.h"
#include "central/service.h"
#include "central/storefactory.h"
#include "core/pickup.h"
#include "demo-data/demodata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include <pthread.h>

namespace {

int usage(const char *message)
{
    std::fprintf(stderr, "omnikiosk-central: %s (see --help)\n", message);
    return 2;
}

/// "HOST:PORT" → host, port (port 0 allowed).
bool parseListen(const QString &value, std::string *host, int *port)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const int p = value.mid(colon + 1).toInt(&ok);
    if (!ok || p < 0 || p > 65535)
        return false;
    *host = value.left(colon).toStdString();
    *port = p;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Block the stop signals before any thread exists, so every thread inherits the mask and
    // only the waiter below receives them (sigtimedwait).
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN); // a client that went away is an error value, not a signal

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnikiosk-central"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "The reference central omnichannel service: serves docs/sync-protocol.md (enrolment, pull streams, "
        "idempotent event push, live queries, heartbeats) over HTTPS with mutual TLS, backed by SQLite."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("The database file (created if missing), or a postgresql:// URL."), QStringLiteral("path"));
    const QCommandLineOption listenOpt(QStringLiteral("listen"), QStringLiteral("Address to listen on; port 0 picks a free port (default 127.0.0.1:8443)."),
                                       QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption certOpt(QStringLiteral("cert"), QStringLiteral("Server certificate (PEM)."), QStringLiteral("file"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), QStringLiteral("Server private key (PEM)."), QStringLiteral("file"));
    const QCommandLineOption clientCaOpt(QStringLiteral("client-ca"), QStringLiteral("Require client certificates signed by this CA (mutual TLS)."), QStringLiteral("file"));
    const QCommandLineOption insecureOpt(QStringLiteral("insecure-http"), QStringLiteral("Serve plain HTTP. Development only."));
    const QCommandLineOption noMtlsOpt(QStringLiteral("no-mtls"),
                                       QStringLiteral("Serve TLS without client certificates (a bearer token alone identifies a terminal). Development only."));
    const QCommandLineOption proxyOpt(QStringLiteral("behind-proxy"),
                                      QStringLiteral("Serve plain HTTP on a loopback address behind a proxy that terminates mutual TLS and "
                                                     "passes the client certificate's SHA-256 in X-Omnikiosk-Client-Cert-Sha256 (docs/central.md)."));
    const QCommandLineOption enrolRateOpt(QStringLiteral("enrol-attempts-per-minute"),
                                          QStringLiteral("Failed enrolment attempts allowed per peer address and minute, then 429 (default 10)."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption seedOpt(QStringLiteral("seed-demo"), QStringLiteral("Seed the demo network with N products if the database is empty."), QStringLiteral("n"));
    const QCommandLineOption demoSeedOpt(QStringLiteral("demo-seed"), QStringLiteral("Random seed of the demo data (default 20261122, as omnikiosk-demo-data)."), QStringLiteral("n"), QStringLiteral("20261122"));
    const QCommandLineOption demoNowOpt(QStringLiteral("demo-now"), QStringLiteral("Unix time taken as today by the demo data (default: the clock)."), QStringLiteral("secs"));
    const QCommandLineOption demoOrdersOpt(QStringLiteral("demo-orders"), QStringLiteral("Click-and-collect orders per store (default 6)."), QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("Worker threads, i.e. connections served at once (default 16)."), QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption gzipOpt(QStringLiteral("gzip-level"), QStringLiteral("zlib level of gzip responses, 0 = never compress (default 1)."), QStringLiteral("0-9"), QStringLiteral("1"));
    const QCommandLineOption keepAliveOpt(QStringLiteral("keep-alive-timeout"), QStringLiteral("Seconds an idle connection is kept open (default 3)."), QStringLiteral("secs"), QStringLiteral("3"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"), QStringLiteral("Log every request on stderr."));
    const QCommandLineOption sweepOpt(QStringLiteral("hold-sweep-seconds"),
                                      QStringLiteral("How often expired holds are released, 1 to 30 seconds (default 10)."),
                                      QStringLiteral("secs"), QStringLiteral("10"));
    cli.addOptions({dbOpt, listenOpt, certOpt, keyOpt, clientCaOpt, insecureOpt, noMtlsOpt, proxyOpt, enrolRateOpt, seedOpt, demoSeedOpt, demoNowOpt,
                    demoOrdersOpt, threadsOpt, gzipOpt, keepAliveOpt, verboseOpt, sweepOpt});
    cli.process(app);

    if (!cli.isSet(dbOpt))
        return usage("--db is required");
    ok::central::ServerOptions opts;
    if (!parseListen(cli.value(listenOpt), &opts.host, &opts.port))
        return usage("--listen takes HOST:PORT");
    opts.insecureHttp = cli.isSet(insecureOpt);
    opts.certPath = cli.value(certOpt).toStdString();
    opts.keyPath = cli.value(keyOpt).toStdString();
    opts.clientCaPath = cli.value(clientCaOpt).toStdString();
    opts.verbose = cli.isSet(verboseOpt);
    bool okThreads = false, okGzip = false, okKeepAlive = false;
    opts.keepAliveTimeoutSec = cli.value(keepAliveOpt).toInt(&okKeepAlive);
    if (!okKeepAlive || opts.keepAliveTimeoutSec < 1 || opts.keepAliveTimeoutSec > 300)
        return usage("--keep-alive-timeout takes 1 to 300 seconds");
    opts.threads = cli.value(threadsOpt).toInt(&okThreads);
    opts.gzipLevel = cli.value(gzipOpt).toInt(&okGzip);
    if (!okThreads || opts.threads < 2 || opts.threads > 4096)
        return usage("--threads takes 2 to 4096");
    if (!okGzip || opts.gzipLevel < 0 || opts.gzipLevel > 9)
        return usage("--gzip-level takes 0 to 9");
    bool okSweep = false;
    const int sweepSeconds = cli.value(sweepOpt).toInt(&okSweep);
    if (!okSweep || sweepSeconds < 1 || sweepSeconds > 30)
        return usage("--hold-sweep-seconds takes 1 to 30");
    opts.behindProxy = cli.isSet(proxyOpt);
    // Behind the front every connection is the front's: up to --backend-conns (24) in service,
    // 16 idle ones kept for reuse and the health checks. 64 threads serve them all at once.
    if (opts.behindProxy && !cli.isSet(threadsOpt))
        opts.threads = 64;
    bool okEnrolRate = false;
    opts.enrolAttemptsPerMinute = cli.value(enrolRateOpt).toInt(&okEnrolRate);
    if (!okEnrolRate || opts.enrolAttemptsPerMinute < 1 || opts.enrolAttemptsPerMinute > 10000)
        return usage("--enrol-attempts-per-minute takes 1 to 10000");
    if (opts.behindProxy && (opts.insecureHttp || !opts.certPath.empty() || !opts.clientCaPath.empty() || cli.isSet(noMtlsOpt)))
        return usage("--behind-proxy cannot be combined with --insecure-http, --cert, --client-ca or --no-mtls: the proxy holds them");
    if (opts.insecureHttp && (!opts.certPath.empty() || !opts.clientCaPath.empty()))
        return usage("--insecure-http cannot be combined with --cert or --client-ca");
    if (!opts.insecureHttp && !opts.behindProxy && (opts.certPath.empty() || opts.keyPath.empty()))
        return usage("TLS needs --cert and --key (or --insecure-http for development)");
    // Without client certificates a stolen bearer token alone is a terminal: only on request.
    if (!opts.insecureHttp && !opts.behindProxy && opts.clientCaPath.empty() && !cli.isSet(noMtlsOpt))
        return usage("terminals must present client certificates: give --client-ca (the CA that signs terminal "
                     "certificates), or --no-mtls for development");
    if (cli.isSet(noMtlsOpt) && !opts.clientCaPath.empty())
        return usage("--no-mtls cannot be combined with --client-ca");

    auto store = ok::central::openCentralStore(cli.value(dbOpt).toStdString());
    if (!store) {
        std::fprintf(stderr, "omnikiosk-central: %s\n", qPrintable(store.error().message));
        return 3;
    }
    ok::central::CentralService service(*store.value());

    if (cli.isSet(seedOpt)) {
        ok::demo::DemoParams p;
        bool okN = false, okSeed = false, okOrders = false;
        p.products = cli.value(seedOpt).toLongLong(&okN);
        p.seed = cli.value(demoSeedOpt).toULongLong(&okSeed);
        p.orders = cli.value(demoOrdersOpt).toInt(&okOrders);
        p.now = cli.isSet(demoNowOpt) ? cli.value(demoNowOpt).toLongLong() : QDateTime::currentSecsSinceEpoch();
        if (!okN || p.products < 0 || p.products > 100'000'000 || !okSeed || !okOrders || p.orders < 0 || p.orders > 1000)
            return usage("--seed-demo, --demo-seed and --demo-orders take non-negative whole numbers");
        auto empty = store.value()->isEmpty();
        if (!empty) {
            std::fprintf(stderr, "omnikiosk-central: %s\n", qPrintable(empty.error().message));
            return 3;
        }
        if (!empty.value()) {
            auto state = store.value()->meta("demo_seed_state");
            if (state && state.value() && *state.value() != "complete") {
                std::fprintf(stderr, "omnikiosk-central: a previous demo seed of %s was interrupted: delete it and start again\n",
                             qPrintable(cli.value(dbOpt)));
                return 3;
            }
            std::printf("database already holds data: not seeding\n");
        } else {
            QElapsedTimer t;
            t.start();
            ok::central::setWriteCacheSize(*store.value(), 256LL << 20);
            ok::central::DemoChannels channels;
            auto sum = service.seedDemo(
                p,
                [](qint64 n) {
                    if (n % 100000 == 0)
                        std::fprintf(stderr, "omnikiosk-central: seeded %lld products\n", static_cast<long long>(n));
                },
                &channels);
            ok::central::setWriteCacheSize(*store.value(), 0);
            if (!sum) {
                std::fprintf(stderr, "omnikiosk-central: seeding failed: %s\n", qPrintable(sum.error().message));
                return 3;
            }
            std::printf("seeded demo network: %lld products, %lld barcodes, %lld prices, %lld stock rows, %lld staff, "
                        "%lld orders in %.1f s\n",
                        static_cast<long long>(sum->products), static_cast<long long>(sum->barcodes),
                        static_cast<long long>(sum->prices), static_cast<long long>(sum->stockRows),
                        static_cast<long long>(sum->staff), static_cast<long long>(sum->pickups.size()),
                        double(t.elapsed()) / 1000.0);
            // Pickup codes exist only now: the database keeps salted verifiers.
            for (const auto &o : sum->pickups)
                std::printf("order %s store %s number %s pickup-code %s compartment %s status %s\n", qPrintable(o.orderId),
                            qPrintable(o.storeId), qPrintable(o.orderNumber), qPrintable(ok::pickup::display(o.pickupCode)),
                            o.compartments.isEmpty() ? "-" : qPrintable(o.compartments.join(QLatin1Char(','))), qPrintable(o.status));
            std::printf("demo staff PINs: cashiers 1111, supervisors 2222, managers 3333 (E<store>001..003), "
                        "area manager E9001 4444\n");
            // The demo customers with what the operator types at a till, their web orders, the
            // channel promotions.
            std::printf("%s", ok::central::demoChannelsReport(channels).c_str());
        }
    }

    if (opts.insecureHttp)
        std::fprintf(stderr, "\n*** omnikiosk-central: WARNING: serving PLAIN HTTP (--insecure-http). Tokens, PIN "
                             "verifiers and sales travel unencrypted and unauthenticated. Development only. ***\n\n");
    else if (cli.isSet(noMtlsOpt))
        std::fprintf(stderr, "omnikiosk-central: WARNING: --no-mtls: client certificates are not required, "
                             "so a stolen token alone is enough to act as a terminal. Development only.\n");

    ok::central::HttpServer server(service, opts);
    auto port = server.bind();
    if (!port) {
        std::fprintf(stderr, "omnikiosk-central: %s\n", qPrintable(port.error().message));
        return 3;
    }

    std::atomic<bool> done{false};
    std::thread signalWaiter([&] {
        const timespec tick{0, 200'000'000};
        bool stopping = false;
        while (!done) {
            const int sig = sigtimedwait(&stopSignals, nullptr, &tick);
            if ((sig == SIGTERM || sig == SIGINT) && !stopping) {
                std::fprintf(stderr, "omnikiosk-central: %s received, finishing requests in flight\n",
                             sig == SIGTERM ? "SIGTERM" : "SIGINT");
                stopping = true;
            }
            // Repeated: a stop() before the accept loop started would otherwise be lost.
            if (stopping)
                server.stop();
        }
    });

    // Holds end by themselves: released at least every --hold-sweep-seconds, whether or not a
    // terminal reads them (reads release them too, at once).
    std::thread holdSweeper([&] {
        qint64 ticks = 0;
        while (!done) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (++ticks % (qint64(sweepSeconds) * 10) != 0)
                continue;
            auto expired = service.expireHolds();
            if (!expired)
                std::fprintf(stderr, "omnikiosk-central: releasing expired holds failed: %s\n", qPrintable(expired.error().message));
            else if (expired.value() > 0)
                std::fprintf(stderr, "omnikiosk-central: %d expired hold(s) released\n", expired.value());
        }
    });
    std::printf("listening on %s\n", server.url().c_str());
    std::fflush(stdout);
    const bool ran = server.run();
    done = true;
    signalWaiter.join();
    holdSweeper.join();
    if (!ran) {
        std::fprintf(stderr, "omnikiosk-central: the server stopped with an error\n");
        return 3;
    }
    std::fprintf(stderr, "omnikiosk-central: stopped\n");
    return 0;
}
