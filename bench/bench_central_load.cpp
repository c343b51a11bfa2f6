// SPDX-License-Identifier: GPL-3.0-or-later
// bench_central_load: N simulated terminals against the central service, on the kiosk's own
// schedule, each enrolled for real with its own client certificate, on mutual TLS with keep-alive.
//
//   push      every 10 s: a batch with one sale.completed (lines, taxes, tenders and stock deltas
//             that add up, as app/storage/ledger.cpp builds it); a fraction of pushes re-send an
//             acknowledged batch (a duplicate) or give up after a few milliseconds and send the
//             batch again (a retry after a timeout)
//   pull      every 5 s: every stream from the terminal's cursor, following "more", as sync/ does
//   heartbeat every 30 s
// Start times are spread at random over each period. Terminals run on a few threads, each driving
// one libcurl multi handle: 1,000 terminals need neither 1,000 threads nor 1,000 processes.
//
// At the end every unacknowledged batch is sent again (the kiosk drains its outbox), then the
// admin CLI checks that the central service recorded each distinct event sent exactly once,
// accepted, and that stock at each store moved by exactly the sum of the deltas sent. Exit code
// 0 when all of that holds, 1 on any mismatch, 2 usage, 3 setup failure.
//
// Either against a running service (--url, --ca [--pin], --pki with the CA that signs client
// certificates, --admin, --db) or one it starts itself (--start BINARY --dir DIR), as
// docs/performance.md ("Central service under load") shows.

#include "benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <queue>

#include <atomic>
#include <csignal>
#include <curl/curl.h>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

using nlohmann::json;
using namespace ok::bench;

namespace {

enum Kind { kPush = 0, kPull = 1, kHeartbeat = 2, kEnrol = 3, kKinds = 4 };
const char *const kKindNames[] = { "push", "pull", "heartbeat", "enrol" };
const char *const kStreams[] = { "reference", "catalog", "prices", "stock", "orders", "staff" };

struct Options {
    QString url, ca, pin, pki, admin, db, startBinary, dir, makeCerts;
    QStringList serverArgs, stores, streams;
    int terminals = 50;
    int durationS = 60;
    double rateScale = 1.0;
    bool ramp = false;
    int rampSteps = 8;
    double rampFactor = 1.5;
    int threads = 2;
    double duplicates = 0.05;
    double timeouts = 0.02;
    int timeoutMs = 10000;
    int pageSize = 2000;
    int products = 500;
    int seedProducts = 3000;
    quint64 seed = 20261207;
    int drainS = 120;
};

struct Product {
    qint64 id;
    std::string sku;
    std::string taxClass;
};

struct StoreInfo {
    std::string id, currency;
    std::map<std::string, qint64> taxBp; // tax class -> basis points in the store's country
    std::map<std::string, qint64> cursors; // stream -> cursor at the start
};

/// One batch pushed: its body and what it claims, so the end can check the central service.
struct Batch {
    std::string body;
    std::string eventId;
    std::vector<std::pair<qint64, qint64>> deltas; // product, delta at the terminal's store
    bool acked = false;
};

/// Latency and outcome counters of one kind in one phase.
struct KindStats {
    Samples latency;
    qint64 ok = 0, errors = 0, timeouts = 0, forcedTimeouts = 0, newConnections = 0, replayed = 0, rows = 0;
    qint64 staleRetries = 0; // sent again on a new connection after the server closed an idle one
};

struct PhaseStats {
    KindStats kind[kKinds];
    qint64 rounds = 0; // completed pull rounds (every stream)
};

struct Terminal {
    std::string store, terminal, name; // S001, L0001, S001-L0001
    std::string cert, key, token, currency;
    CURL *easy = nullptr;
    curl_slist *getHeaders = nullptr, *postHeaders = nullptr;
    std::string url, body, response;
    char errorText[CURL_ERROR_SIZE] = { 0 };
    std::map<std::string, qint64> cursors;
    // Schedule (steady clock, nanoseconds since the run began).
    qint64 nextPush = 0, nextPull = 0, nextHeartbeat = 0;
    qint64 retryAt = 0; // of the oldest unacknowledged batch
    bool busy = false;
    int generation = 0;
    // The request in flight.
    Kind kind = kPush;
    qint64 startedNs = 0;
    bool forcedTimeout = false;
    bool staleRetried = false;
    int batchIndex = -1;
    bool newBatch = false;
    size_t streamIndex = 0;
    qint64 receiptNo = 0;
    std::vector<Batch> batches;
    std::vector<int> unacked; // indexes of batches to send again
};

std::atomic<int> g_phase { 0 };
std::atomic<bool> g_stopScheduling { false };
std::atomic<bool> g_draining { false };
std::atomic<double> g_scale { 1.0 };
Clock::time_point g_start;

qint64 nowNs()
{
    return nsSince(g_start);
}

std::string uuid(Rng &rng)
{
    const quint64 a = rng.next(), b = rng.next();
    char s[40];
    std::snprintf(s, sizeof s, "%08x-%04x-4%03x-%04x-%012llx", unsigned(a >> 32), unsigned((a >> 16) & 0xffff),
        unsigned(a & 0xfff), unsigned(0x8000 | ((b >> 48) & 0x3fff)),
        static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return s;
}

size_t onWrite(char *data, size_t size, size_t n, void *user)
{
    static_cast<std::string *>(user)->append(data, size * n);
    return size * n;
}

/// The options every request of a terminal shares: TLS as the kiosk sets it (sync/httpclient.cpp).
void configure(Terminal &t, const Options &o, int timeoutMs)
{
    CURL *c = t.easy;
    curl_easy_setopt(c, CURLOPT_URL, t.url.c_str());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, t.errorText);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(c, CURLOPT_FORBID_REUSE, 0L);
    curl_easy_setopt(c, CURLOPT_FRESH_CONNECT, 0L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &t.response);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(c, CURLOPT_CAINFO, o.ca.toLocal8Bit().constData()); // libcurl copies strings
    curl_easy_setopt(c, CURLOPT_CAPATH, nullptr);
    if (!o.pin.isEmpty())
        curl_easy_setopt(c, CURLOPT_PINNEDPUBLICKEY, o.pin.toLatin1().constData());
    curl_easy_setopt(c, CURLOPT_SSLCERT, t.cert.c_str());
    curl_easy_setopt(c, CURLOPT_SSLKEY, t.key.c_str());
    curl_easy_setopt(c, CURLOPT_PRIVATE, &t);
}

void setRequest(Terminal &t, const Options &o, const std::string &path, const std::string *body, int timeoutMs)
{
    t.url = o.url.toStdString() + path;
    t.response.clear();
    t.errorText[0] = 0;
    configure(t, o, timeoutMs);
    if (body) {
        t.body = *body;
        curl_easy_setopt(t.easy, CURLOPT_POST, 1L);
        curl_easy_setopt(t.easy, CURLOPT_POSTFIELDS, t.body.c_str());
        curl_easy_setopt(t.easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t.body.size()));
        curl_easy_setopt(t.easy, CURLOPT_HTTPHEADER, t.postHeaders);
    } else {
        curl_easy_setopt(t.easy, CURLOPT_HTTPGET, 1L);
        curl_easy_setopt(t.easy, CURLOPT_HTTPHEADER, t.getHeaders);
    }
}

void makeHeaders(Terminal &t)
{
    curl_slist_free_all(t.getHeaders);
    curl_slist_free_all(t.postHeaders);
    t.getHeaders = t.postHeaders = nullptr;
    for (curl_slist **h : { &t.getHeaders, &t.postHeaders }) {
        *h = curl_slist_append(*h, "Accept: application/json");
        *h = curl_slist_append(*h, "User-Agent: omnikiosk-bench-load/1");
        if (!t.token.empty())
            *h = curl_slist_append(*h, ("Authorization: Bearer " + t.token).c_str());
    }
    t.postHeaders = curl_slist_append(t.postHeaders, "Content-Type: application/json");
    t.postHeaders = curl_slist_append(t.postHeaders, "Expect:");
}

/// A blocking request on the terminal's handle (setup only). Returns the HTTP status, 0 on a
/// transport error.
long perform(Terminal &t, const Options &o, const std::string &path, const std::string *body)
{
    setRequest(t, o, path, body, 30000);
    // Setup closes its connections: an idle one would hold one of the server's threads while
    // the other terminals enrol.
    curl_easy_setopt(t.easy, CURLOPT_FORBID_REUSE, 1L);
    if (curl_easy_perform(t.easy) != CURLE_OK)
        return 0;
    long status = 0;
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    return status;
}

// ---------------------------------------------------------------------------------------------
// The admin CLI and the PKI

struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run admin(const Options &o, QStringList args)
{
    args.prepend(o.db);
    args.prepend(QStringLiteral("--db"));
    return run(o.admin, args);
}

bool isInteger(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^-?[0-9]+$"));
    return re.match(s).hasMatch();
}

/// on_hand of every location of a product, from `admin stock PRODUCT`.
std::optional<std::map<std::string, qint64>> stockOf(const Options &o, qint64 product)
{
    const Run r = admin(o, { QStringLiteral("stock"), QString::number(product) });
    if (r.code != 0) {
        std::fprintf(stderr, "bench_central_load: admin stock %lld failed: %s\n", static_cast<long long>(product),
            qPrintable(r.err));
        return std::nullopt;
    }
    std::map<std::string, qint64> out;
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // location kind city... on_hand reserved in_transit available version name...: the city
        // may have spaces, so find the five numbers.
        for (qsizetype i = 2; i + 4 < f.size(); ++i)
            if (isInteger(f[i]) && isInteger(f[i + 1]) && isInteger(f[i + 2]) && isInteger(f[i + 3])
                && isInteger(f[i + 4])) {
                out[f[0].toStdString()] = f[i].toLongLong();
                break;
            }
    }
    return out;
}

struct EventRow {
    qint64 seq;
    std::string terminal, id, kind, status;
};

std::optional<std::vector<EventRow>> eventsAfter(const Options &o, qint64 afterSeq, int limit, bool complete)
{
    const Run r = admin(o, { QStringLiteral("events"), QStringLiteral("--limit"), QString::number(limit) });
    if (r.code != 0) {
        std::fprintf(stderr, "bench_central_load: admin events failed: %s\n", qPrintable(r.err));
        return std::nullopt;
    }
    std::vector<EventRow> out;
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() < 5 || !isInteger(f[0]))
            continue;
        const qint64 seq = f[0].toLongLong();
        if (seq > afterSeq)
            out.push_back({ seq, f[1].toStdString(), f[2].toStdString(), f[3].toStdString(), f[4].toStdString() });
    }
    if (complete && int(lines.size()) - 1 >= limit && !out.empty() && out.back().seq > afterSeq + 1) {
        std::fprintf(stderr, "bench_central_load: more than %d events to check\n", limit);
        return std::nullopt;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The simulated terminals

struct Shared {
    const Options *o = nullptr;
    std::vector<Product> products;
    std::map<std::string, StoreInfo> stores;
    std::vector<std::string> streams;
};

class Worker
{
public:
    Worker(const Shared &shared, std::vector<Terminal *> terminals, quint64 seed, int phases)
        : m_s(shared)
        , m_o(*shared.o)
        , m_terminals(std::move(terminals))
        , m_rng(seed)
        , m_ids(seed ^ (quint64(std::random_device {}()) << 32 | std::random_device {}()))
        , m_stats(phases)
    {
    }

    void start()
    {
        m_thread = std::thread([this] { loop(); });
    }
    void join() { m_thread.join(); }

    PhaseStats stats(int phase)
    {
        std::lock_guard lock(m_mutex);
        return m_stats[size_t(phase)];
    }
    std::vector<Terminal *> &terminals() { return m_terminals; }

private:
    using Due = std::pair<qint64, std::pair<Terminal *, int>>;
    struct Later {
        bool operator()(const Due &a, const Due &b) const { return a.first > b.first; }
    };

    qint64 period(double seconds) const { return qint64(seconds * 1e9 / g_scale.load()); }

    void schedule(Terminal &t)
    {
        ++t.generation;
        qint64 when;
        if (g_draining.load())
            when = t.unacked.empty() || nowNs() > s_drainDeadline.load() ? -1 : std::max(nowNs(), t.retryAt);
        else if (g_stopScheduling.load())
            when = -1;
        else
            when = std::min({ t.nextPush, t.nextPull, t.nextHeartbeat, t.unacked.empty() ? t.nextPush : t.retryAt });
        if (when >= 0)
            m_due.push({ when, { &t, t.generation } });
    }

    void loop()
    {
        CURLM *multi = curl_multi_init();
        curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, long(m_terminals.size() + 16));
        const double scale = g_scale.load();
        for (Terminal *t : m_terminals) {
            // Start times spread at random over each period.
            t->nextPush = qint64(double(m_rng.range(0, 10'000'000)) / scale * 1e3);
            t->nextPull = qint64(double(m_rng.range(0, 5'000'000)) / scale * 1e3);
            t->nextHeartbeat = qint64(double(m_rng.range(0, 30'000'000)) / scale * 1e3);
            schedule(*t);
        }
        int inFlight = 0;
        bool drainSeen = false;
        for (;;) {
            if (g_draining.load() && !drainSeen) {
                drainSeen = true;
                for (Terminal *t : m_terminals)
                    if (!t->busy)
                        schedule(*t);
            }
            const qint64 now = nowNs();
            while (!m_due.empty() && m_due.top().first <= now) {
                auto [when, who] = m_due.top();
                m_due.pop();
                Terminal &t = *who.first;
                if (t.busy || who.second != t.generation)
                    continue;
                if (startNext(t, now)) {
                    curl_multi_add_handle(multi, t.easy);
                    ++inFlight;
                } else {
                    schedule(t);
                }
            }
            int running = 0;
            curl_multi_perform(multi, &running);
            int left = 0;
            while (CURLMsg *m = curl_multi_info_read(multi, &left)) {
                if (m->msg != CURLMSG_DONE)
                    continue;
                Terminal *t = nullptr;
                curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char **>(&t));
                const CURLcode rc = m->data.result;
                curl_multi_remove_handle(multi, m->easy_handle);
                --inFlight;
                if (staleConnection(*t, rc)) {
                    curl_multi_add_handle(multi, t->easy); // the same request on a new connection
                    ++inFlight;
                    continue;
                }
                finish(*t, rc);
                schedule(*t);
            }
            if (g_draining.load() && drainSeen && inFlight == 0 && (m_due.empty() || nowNs() > s_drainDeadline.load()))
                break;
            qint64 waitMs = 50;
            if (!m_due.empty())
                waitMs = std::clamp<qint64>((m_due.top().first - nowNs()) / 1'000'000, 0, 50);
            curl_multi_poll(multi, nullptr, 0, int(waitMs), nullptr);
        }
        curl_multi_cleanup(multi);
    }

public:
    static inline std::atomic<qint64> s_drainDeadline { std::numeric_limits<qint64>::max() };

private:
    std::string newBatch(Terminal &t, Batch *batch)
    {
        const StoreInfo &store = m_s.stores.at(t.store);
        json lines = json::array();
        std::map<qint64, qint64> perProduct;
        qint64 total = 0, taxTotal = 0;
        const int n = int(m_rng.range(1, 3));
        for (int i = 0; i < n; ++i) {
            const Product &p = m_s.products[size_t(m_rng.range(0, qint64(m_s.products.size()) - 1))];
            const qint64 qty = m_rng.range(1, 2);
            const qint64 unit = m_rng.range(100, 9999);
            const qint64 amount = unit * qty;
            const auto bpIt = store.taxBp.find(p.taxClass);
            const qint64 bp = bpIt == store.taxBp.end() ? 0 : bpIt->second;
            const qint64 tax = (amount * bp + (10000 + bp) / 2) / (10000 + bp); // prices include tax
            lines.push_back({ { "product_id", p.id }, { "sku", p.sku }, { "quantity", qty }, { "unit", "piece" },
                { "unit_price", unit }, { "discount", 0 }, { "amount", amount }, { "tax_code", p.taxClass },
                { "tax_bp", bp }, { "return_of_line", 0 } });
            perProduct[p.id] -= qty;
            total += amount;
            taxTotal += tax;
        }
        json deltas = json::array();
        for (const auto &[pid, d] : perProduct) {
            deltas.push_back({ { "product_id", pid }, { "location_id", t.store }, { "delta", d } });
            batch->deltas.emplace_back(pid, d);
        }
        const qint64 createdMs = qint64(
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count());
        batch->eventId = uuid(m_ids);
        const json payload { { "sale_id", uuid(m_ids) }, { "kind", "sale" }, { "store_id", t.store },
            { "terminal_id", t.terminal }, { "receipt_no", ++t.receiptNo }, { "cashier_id", "E1001" },
            { "currency", t.currency }, { "subtotal", total }, { "discount_total", 0 }, { "total", total },
            { "tax_total", taxTotal }, { "cash_rounding", 0 }, { "prices_include_tax", true },
            { "created_at_ms", createdMs }, { "lines", lines },
            { "tenders",
                json::array(
                    { { { "kind", "card" }, { "amount", total }, { "change", 0 }, { "reference", "LOAD" } } }) },
            { "stock_deltas", deltas }, { "shift_id", "" }, { "original_sale_id", "" },
            { "approvals", json::array() } };
        const json event { { "id", batch->eventId }, { "kind", "sale.completed" }, { "created_at_ms", createdMs },
            { "payload", payload } };
        return json { { "events", json::array({ event }) } }.dump();
    }

    /// Starts the terminal's next due request; false when nothing is due after all.
    bool startNext(Terminal &t, qint64 now)
    {
        t.forcedTimeout = false;
        t.newBatch = false;
        t.batchIndex = -1;
        if (g_draining.load()) {
            if (t.unacked.empty())
                return false;
            t.batchIndex = t.unacked.front();
            t.kind = kPush;
            setRequest(t, m_o, "/v1/events", &t.batches[size_t(t.batchIndex)].body, m_o.timeoutMs);
        } else if (!t.unacked.empty() && t.retryAt <= now) {
            t.kind = kPush; // a retry after a timeout or an error: the same batch, byte for byte
            t.batchIndex = t.unacked.front();
            setRequest(t, m_o, "/v1/events", &t.batches[size_t(t.batchIndex)].body, m_o.timeoutMs);
        } else if (t.nextPush <= now) {
            t.kind = kPush;
            if (!t.batches.empty() && m_rng.range(0, 999'999) < qint64(m_o.duplicates * 1e6)) {
                t.batchIndex = int(m_rng.range(0, qint64(t.batches.size()) - 1)); // a duplicate
            } else {
                Batch b;
                const std::string body = newBatch(t, &b);
                b.body = body;
                t.batches.push_back(std::move(b));
                t.batchIndex = int(t.batches.size()) - 1;
                t.newBatch = true;
            }
            int timeout = m_o.timeoutMs;
            if (t.newBatch && m_rng.range(0, 999'999) < qint64(m_o.timeouts * 1e6)) {
                t.forcedTimeout = true; // gives up mid-request: the batch goes out again
                timeout = int(m_rng.range(1, 4));
            }
            setRequest(t, m_o, "/v1/events", &t.batches[size_t(t.batchIndex)].body, timeout);
        } else if (t.nextPull <= now) {
            t.kind = kPull;
            const std::string &stream = m_s.streams[t.streamIndex];
            setRequest(t, m_o,
                "/v1/streams/" + stream + "?cursor=" + std::to_string(t.cursors[stream])
                    + "&limit=" + std::to_string(m_o.pageSize),
                nullptr, m_o.timeoutMs);
        } else if (t.nextHeartbeat <= now) {
            t.kind = kHeartbeat;
            const qint64 ms = qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::system_clock::now().time_since_epoch())
                                         .count());
            const std::string body = json {
                { "terminal_time_ms", ms }, { "sync_lag_s", 0 }, { "outbox_depth", t.unacked.size() },
                { "oldest_unsent_age_s", 0 }, { "dead_letters", 0 }, { "devices", json::array() },
                { "version", "bench-load" }
            }.dump();
            setRequest(t, m_o, "/v1/heartbeat", &body, m_o.timeoutMs);
        } else {
            return false;
        }
        t.busy = true;
        t.staleRetried = false;
        t.startedNs = nowNs();
        return true;
    }

    void advance(qint64 &next, double seconds)
    {
        const qint64 now = nowNs();
        next += period(seconds);
        if (next < now)
            next = now; // no burst to catch up: a late terminal simply pushes later
    }

    /// As the kiosk's HttpClient: a request that failed on a reused connection (the server had
    /// closed it while idle) goes out once more on a new one. True when it was started again.
    bool staleConnection(Terminal &t, CURLcode rc)
    {
        long connects = 0;
        curl_easy_getinfo(t.easy, CURLINFO_NUM_CONNECTS, &connects);
        if (t.staleRetried || connects != 0 || t.forcedTimeout
            || (rc != CURLE_SEND_ERROR && rc != CURLE_RECV_ERROR && rc != CURLE_GOT_NOTHING))
            return false;
        t.staleRetried = true;
        t.response.clear();
        curl_easy_setopt(t.easy, CURLOPT_FRESH_CONNECT, 1L);
        std::lock_guard lock(m_mutex);
        (g_draining.load() ? m_afterLoad : m_stats[size_t(g_phase.load())]).kind[t.kind].staleRetries++;
        return true;
    }

    void finish(Terminal &t, CURLcode rc)
    {
        t.busy = false;
        const qint64 latency = nowNs() - t.startedNs;
        long status = 0, connects = 0;
        curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
        curl_easy_getinfo(t.easy, CURLINFO_NUM_CONNECTS, &connects);
        const int phase = g_phase.load();
        std::lock_guard lock(m_mutex);
        // Answers after the load (in flight at its end, or the outbox draining) count nowhere.
        KindStats &k = g_draining.load() ? m_afterLoad.kind[t.kind] : m_stats[size_t(phase)].kind[t.kind];
        k.newConnections += connects;
        bool ok = rc == CURLE_OK && status == 200;
        json body;
        if (ok) {
            body = json::parse(t.response, nullptr, false);
            ok = body.is_object();
        }
        if (t.kind == kPush) {
            Batch &b = t.batches[size_t(t.batchIndex)];
            bool accepted = false;
            if (ok && body.contains("results") && body["results"].is_array() && body["results"].size() == 1) {
                const json &r = body["results"][0];
                accepted = r.value("status", "") == "accepted" && r.value("id", "") == b.eventId;
                if (r.value("replayed", false))
                    ++k.replayed;
                if (!accepted && m_errorsShown < 5) {
                    ++m_errorsShown;
                    std::fprintf(stderr, "bench_central_load: %s: event %s answered %s\n", t.name.c_str(),
                        b.eventId.c_str(), r.dump().c_str());
                }
            }
            const auto queued = std::find(t.unacked.begin(), t.unacked.end(), t.batchIndex);
            if (accepted) {
                b.acked = true;
                if (queued != t.unacked.end())
                    t.unacked.erase(queued);
            } else if (!b.acked) {
                if (queued == t.unacked.end())
                    t.unacked.push_back(t.batchIndex);
                // As the kiosk: again after a second (at once after a timeout we provoked).
                t.retryAt = nowNs() + (t.forcedTimeout ? 0 : 1'000'000'000LL);
            }
            if (t.newBatch)
                advance(t.nextPush, 10);
            ok = accepted;
        } else if (t.kind == kPull) {
            bool more = false;
            if (ok) {
                const std::string &stream = m_s.streams[t.streamIndex];
                const auto cursor = body.find("cursor");
                const auto items = body.find("items");
                qint64 c = -1;
                if (cursor != body.end() && cursor->is_string())
                    c = QByteArray::fromStdString(cursor->get<std::string>()).toLongLong();
                if (c < t.cursors[stream] || items == body.end() || !items->is_array()) {
                    ok = false;
                    if (m_errorsShown < 5) {
                        ++m_errorsShown;
                        std::fprintf(stderr, "bench_central_load: %s: bad page of %s: %s\n", t.name.c_str(),
                            stream.c_str(), t.response.substr(0, 200).c_str());
                    }
                } else {
                    t.cursors[stream] = c;
                    k.rows += qint64(items->size());
                    more = body.value("more", false);
                }
            }
            if (!ok) { // the kiosk gives up the cycle and tries again at the next one
                t.streamIndex = 0;
                advance(t.nextPull, 5);
            } else if (!more && ++t.streamIndex >= m_s.streams.size()) {
                t.streamIndex = 0;
                if (!g_draining.load())
                    ++m_stats[size_t(phase)].rounds;
                advance(t.nextPull, 5);
            }
        } else {
            advance(t.nextHeartbeat, 30);
        }
        if (rc == CURLE_OPERATION_TIMEDOUT && t.forcedTimeout) {
            ++k.forcedTimeouts;
            return; // expected: not an error, and its latency is the timeout we chose
        }
        if (ok) {
            ++k.ok;
            k.latency.add(latency);
        } else if (rc == CURLE_OPERATION_TIMEDOUT) {
            ++k.timeouts;
        } else {
            ++k.errors;
            if (m_errorsShown < 5) {
                ++m_errorsShown;
                std::fprintf(stderr, "bench_central_load: %s: %s %s: curl %d (%s) HTTP %ld %s\n", t.name.c_str(),
                    kKindNames[t.kind], t.url.c_str(), int(rc), t.errorText, status, t.response.substr(0, 200).c_str());
            }
        }
    }

    const Shared &m_s;
    const Options &m_o;
    std::vector<Terminal *> m_terminals;
    Rng m_rng;
    Rng m_ids; // event and sale ids: new on every run, also against the same central service
    std::mutex m_mutex;
    std::vector<PhaseStats> m_stats;
    PhaseStats m_afterLoad;
    std::priority_queue<Due, std::vector<Due>, Later> m_due;
    int m_errorsShown = 0;
    std::thread m_thread;
};

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// utime + stime of a process in seconds, from /proc (the central service when we started it).
double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    const QString s = QString::fromLatin1(f.readAll());
    const QStringList fields = s.mid(s.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

PhaseStats sum(std::vector<std::unique_ptr<Worker>> &workers, int phase)
{
    PhaseStats out;
    for (auto &w : workers) {
        const PhaseStats p = w->stats(phase);
        for (int k = 0; k < kKinds; ++k) {
            KindStats &o = out.kind[k];
            const KindStats &i = p.kind[k];
            o.latency.addAll(i.latency);
            o.ok += i.ok;
            o.errors += i.errors;
            o.timeouts += i.timeouts;
            o.forcedTimeouts += i.forcedTimeouts;
            o.newConnections += i.newConnections;
            o.replayed += i.replayed;
            o.rows += i.rows;
            o.staleRetries += i.staleRetries;
        }
        out.rounds += p.rounds;
    }
    return out;
}

void printPhase(const PhaseStats &p, double seconds, const QString &label)
{
    std::printf("\n%s\n\n", qPrintable(label));
    Table table({ QStringLiteral("kind"), QStringLiteral("answered/s"), QStringLiteral("p50"), QStringLiteral("p99"),
        QStringLiteral("max"), QStringLiteral("errors"), QStringLiteral("timeouts"),
        QStringLiteral("new TLS conn. / request"), QStringLiteral("notes") });
    for (int k = kPush; k <= kHeartbeat; ++k) {
        const KindStats &s = p.kind[k];
        const qint64 requests = s.ok + s.errors + s.timeouts + s.forcedTimeouts;
        QString notes;
        if (k == kPush)
            notes = QStringLiteral("%1 replayed, %2 given up on purpose").arg(s.replayed).arg(s.forcedTimeouts);
        if (k == kPull)
            notes = QStringLiteral("%1 rounds/s, %2 rows/s")
                        .arg(double(p.rounds) / seconds, 0, 'f', 1)
                        .arg(double(s.rows) / seconds, 0, 'f', 0);
        if (s.staleRetries)
            notes += (notes.isEmpty() ? QString() : QStringLiteral("; "))
                + QStringLiteral("%1 again on a new connection").arg(s.staleRetries);
        table.addRow({ QString::fromLatin1(kKindNames[k]), QString::number(double(s.ok) / seconds, 'f', 1),
            formatNs(s.latency.p50()), formatNs(s.latency.p99()), formatNs(s.latency.max()), QString::number(s.errors),
            QString::number(s.timeouts),
            requests ? QString::number(double(s.newConnections) / double(requests), 'f', 3) : QStringLiteral("–"),
            notes });
    }
    table.print();
}

bool saturated(const PhaseStats &p)
{
    for (int k : { kPush, kPull })
        if (p.kind[k].latency.p99() > 250'000'000)
            return true;
    for (int k : { kPush, kPull, kHeartbeat })
        if (p.kind[k].errors + p.kind[k].timeouts > 0)
            return true;
    return false;
}

int usage(const QString &m)
{
    std::fprintf(stderr, "bench_central_load: %s (see --help)\n", qPrintable(m));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "N simulated terminals against the central service on the kiosk's schedule (push 10 s, pull 5 s, heartbeat 30 "
        "s), "
        "then a check through the admin CLI that nothing was lost or applied twice. See docs/performance.md."));
    cli.addHelpOption();
    auto opt = [&](const char *name, const char *help, const char *value = nullptr, const QString &def = QString()) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromUtf8(help));
        if (value) {
            o.setValueName(QString::fromLatin1(value));
            if (!def.isNull())
                o.setDefaultValue(def);
        }
        cli.addOption(o);
        return o;
    };
    const auto urlOpt = opt("url", "A running central service, https://HOST:PORT.", "url");
    const auto caOpt = opt("ca", "The CA file that verifies the server certificate.", "file");
    const auto pinOpt
        = opt("pin", "Server public key pin(s) as the kiosk sets them (sha256//...;sha256//...); optional.", "pins");
    const auto pkiOpt = opt("pki",
        "Directory with ca.crt/ca.key of the CA the service trusts for client certificates "
        "(central/make-demo-certs adds the terminals' certificates there).",
        "dir");
    const auto adminOpt
        = opt("admin", "omnikiosk-central-admin.", "path", QStringLiteral(OMNIKIOSK_CENTRAL_ADMIN_PATH));
    const auto dbOpt = opt("db", "The central service's --db, for the admin CLI.", "db");
    const auto startOpt
        = opt("start", "Start this omnikiosk-central in --dir instead of --url (certificates, demo data).", "path");
    const auto serverPidOpt
        = opt("server-pid", "--url: the service's process id, to report its CPU time (same machine).", "pid");
    const auto dirOpt = opt("dir", "Work directory of --start (a temporary one if not given).", "dir");
    const auto serverArgOpt = opt("server-arg",
        "--start: one more argument for omnikiosk-central (repeatable), e.g. --server-arg=--threads=256.", "arg");
    const auto seedProductsOpt
        = opt("seed-products", "--start: catalog size of the demo network.", "n", QStringLiteral("3000"));
    const auto makeCertsOpt
        = opt("make-certs", "central/make-demo-certs.", "path", QStringLiteral(OMNIKIOSK_MAKE_DEMO_CERTS_PATH));
    const auto terminalsOpt = opt("terminals", "Simulated terminals.", "n", QStringLiteral("50"));
    const auto storesOpt
        = opt("stores", "Stores the terminals are spread over.", "list", QStringLiteral("S001,S002,S003,S004,S005"));
    const auto durationOpt = opt("duration", "Seconds of load (per step with --ramp).", "s", QStringLiteral("60"));
    const auto scaleOpt
        = opt("rate-scale", "Multiplies the schedule's rates (2 = push every 5 s ...).", "x", QStringLiteral("1"));
    const auto rampOpt = opt(
        "ramp", "Raise the rate step by step (×--ramp-factor) until push or pull p99 passes 250 ms or errors appear.");
    const auto rampStepsOpt = opt("ramp-steps", "At most this many steps.", "n", QStringLiteral("8"));
    const auto rampFactorOpt = opt("ramp-factor", "Rate factor between steps.", "x", QStringLiteral("1.5"));
    const auto threadsOpt
        = opt("threads", "Client threads, each driving one libcurl multi handle.", "n", QStringLiteral("2"));
    const auto dupOpt
        = opt("duplicates", "Fraction of pushes that re-send an acknowledged batch.", "f", QStringLiteral("0.05"));
    const auto timeoutsOpt
        = opt("timeouts", "Fraction of new batches given up after 1-4 ms and sent again.", "f", QStringLiteral("0.02"));
    const auto timeoutMsOpt = opt("timeout-ms", "A request's timeout.", "ms", QStringLiteral("10000"));
    const auto streamsOpt = opt(
        "streams", "Streams of a pull round.", "list", QStringLiteral("reference,catalog,prices,stock,orders,staff"));
    const auto productsOpt
        = opt("products", "Products the sales draw from (the first of the catalog stream).", "n", QStringLiteral("500"));
    const auto drainOpt
        = opt("drain", "Seconds the outboxes may take to drain after the load.", "s", QStringLiteral("120"));
    const auto seedOpt = opt("seed", "Random seed.", "n", QStringLiteral("20261207"));
    cli.process(app);

    Options o;
    o.url = cli.value(urlOpt);
    o.ca = cli.value(caOpt);
    o.pin = cli.value(pinOpt);
    o.pki = cli.value(pkiOpt);
    o.admin = cli.value(adminOpt);
    o.db = cli.value(dbOpt);
    o.startBinary = cli.value(startOpt);
    o.dir = cli.value(dirOpt);
    o.makeCerts = cli.value(makeCertsOpt);
    o.serverArgs = cli.values(serverArgOpt);
    o.stores = cli.value(storesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.streams = cli.value(streamsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.terminals = cli.value(terminalsOpt).toInt();
    o.durationS = cli.value(durationOpt).toInt();
    o.rateScale = cli.value(scaleOpt).toDouble();
    o.ramp = cli.isSet(rampOpt);
    o.rampSteps = cli.value(rampStepsOpt).toInt();
    o.rampFactor = cli.value(rampFactorOpt).toDouble();
    o.threads = cli.value(threadsOpt).toInt();
    o.duplicates = cli.value(dupOpt).toDouble();
    o.timeouts = cli.value(timeoutsOpt).toDouble();
    o.timeoutMs = cli.value(timeoutMsOpt).toInt();
    o.products = cli.value(productsOpt).toInt();
    o.seedProducts = cli.value(seedProductsOpt).toInt();
    o.seed = cli.value(seedOpt).toULongLong();
    o.drainS = cli.value(drainOpt).toInt();
    if (o.terminals < 1 || o.terminals > 99999 || o.durationS < 1 || o.rateScale <= 0 || o.threads < 1 || o.threads > 64
        || o.stores.isEmpty() || o.streams.isEmpty() || o.products < 1 || o.timeoutMs < 100 || o.rampSteps < 1
        || o.rampFactor <= 1 || o.drainS < 1)
        return usage(QStringLiteral("an option is out of range"));
    if (o.startBinary.isEmpty() == o.url.isEmpty())
        return usage(QStringLiteral("give either --url (with --ca, --pki, --db) or --start"));

    // --- The central service ---
    std::unique_ptr<QTemporaryDir> temp;
    QProcess server;
    qint64 serverPid = cli.value(serverPidOpt).toLongLong();
    if (!o.startBinary.isEmpty()) {
        if (o.dir.isEmpty()) {
            temp = std::make_unique<QTemporaryDir>();
            o.dir = temp->path();
        }
        QDir().mkpath(o.dir);
        if (o.pki.isEmpty())
            o.pki = o.dir + QStringLiteral("/pki");
        o.db = o.dir + QStringLiteral("/central.db");
        o.ca = o.pki + QStringLiteral("/ca.crt");
        QFile::remove(o.db); // a new network each run; the certificates are kept
        QFile::remove(o.db + QStringLiteral("-wal"));
        QFile::remove(o.db + QStringLiteral("-shm"));
    } else if (o.ca.isEmpty() || o.pki.isEmpty() || o.db.isEmpty()) {
        return usage(QStringLiteral("--url needs --ca, --pki and --db"));
    }

    // Terminal names and certificates: S001-L0001 ..., made once and kept in the PKI directory.
    std::vector<Terminal> terminals(size_t(o.terminals));
    QStringList names;
    for (int i = 0; i < o.terminals; ++i) {
        Terminal &t = terminals[size_t(i)];
        t.store = o.stores[i % o.stores.size()].toStdString();
        t.terminal = QStringLiteral("L%1").arg(i + 1, 4, 10, QLatin1Char('0')).toStdString();
        t.name = t.store + "-" + t.terminal;
        t.cert = o.pki.toStdString() + "/" + t.name + ".crt";
        t.key = o.pki.toStdString() + "/" + t.name + ".key";
        names << QString::fromStdString(t.name);
    }
    const auto setupStart = Clock::now();
    {
        const Run r = run(o.makeCerts, QStringList { o.pki } + names, 1800000);
        if (r.code != 0) {
            std::fprintf(stderr, "bench_central_load: make-demo-certs failed: %s\n", qPrintable(r.err));
            return 3;
        }
        if (!o.startBinary.isEmpty())
            o.pin = r.out.trimmed().split(QLatin1Char('\n')).last();
    }
    std::printf("certificates: %d terminals in %.1f s\n", o.terminals, double(nsSince(setupStart)) / 1e9);

    if (!o.startBinary.isEmpty()) {
        QStringList args { QStringLiteral("--db"), o.db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--cert"), o.pki + QStringLiteral("/server.crt"), QStringLiteral("--key"),
            o.pki + QStringLiteral("/server.key"), QStringLiteral("--client-ca"), o.ca, QStringLiteral("--seed-demo"),
            QString::number(o.seedProducts) };
        args << o.serverArgs;
        server.setProcessChannelMode(QProcess::SeparateChannels);
        server.setStandardErrorFile(o.dir + QStringLiteral("/central.err"));
        server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        server.start(o.startBinary, args);
        if (!server.waitForStarted(10000))
            return std::fprintf(stderr, "bench_central_load: cannot start %s\n", qPrintable(o.startBinary)), 3;
        static const QRegularExpression listening(QStringLiteral("^listening on (https://\\S+)$"));
        QDeadlineTimer deadline(120000);
        while (o.url.isEmpty() && !deadline.hasExpired() && server.state() == QProcess::Running) {
            if (!server.canReadLine())
                server.waitForReadyRead(200);
            while (server.canReadLine())
                if (const auto m = listening.match(QString::fromUtf8(server.readLine()).trimmed()); m.hasMatch())
                    o.url = m.captured(1);
        }
        if (o.url.isEmpty())
            return std::fprintf(stderr, "bench_central_load: the central service did not start (see %s/central.err)\n",
                       qPrintable(o.dir)),
                   3;
        serverPid = server.processId();
        std::printf("central service: %s (pid %lld, %s)\n", qPrintable(o.url), serverPid,
            o.serverArgs.isEmpty() ? "its default options" : qPrintable(o.serverArgs.join(QLatin1Char(' '))));
    }

    curl_global_init(CURL_GLOBAL_DEFAULT);

    // --- Enrolment: a one-time code from the admin CLI for each terminal, then /v1/enrol with
    // its own certificate, as the kiosk does. A few at a time.
    const auto enrolStart = Clock::now();
    {
        std::atomic<int> next { 0 }, failed { 0 };
        auto enrolOne = [&](Terminal &t) -> bool {
            t.easy = curl_easy_init();
            makeHeaders(t);
            for (int attempt = 0; attempt < 3; ++attempt) {
                const Run code = admin(o,
                    { QStringLiteral("enrol-code"), QString::fromStdString(t.store),
                        QString::fromStdString(t.terminal) });
                if (code.code != 0)
                    continue;
                const std::string body = json {
                    { "store_id", t.store }, { "terminal_id", t.terminal },
                    { "code", code.out.trimmed().split(QLatin1Char('\n')).last().toStdString() }
                }.dump();
                if (perform(t, o, "/v1/enrol", &body) != 200)
                    continue;
                const json r = json::parse(t.response, nullptr, false);
                if (!r.is_object() || !r.contains("token") || !r["token"].is_string())
                    continue;
                t.token = r["token"].get<std::string>();
                t.currency = r.value("store", json::object()).value("currency", "");
                makeHeaders(t);
                return true;
            }
            std::fprintf(stderr, "bench_central_load: %s could not enrol: %s %s\n", t.name.c_str(), t.errorText,
                t.response.c_str());
            return false;
        };
        std::vector<std::thread> pool;
        for (int i = 0; i < 4; ++i)
            pool.emplace_back([&] {
                for (int k; (k = next.fetch_add(1)) < o.terminals;)
                    if (!enrolOne(terminals[size_t(k)]))
                        failed.fetch_add(1);
            });
        for (auto &th : pool)
            th.join();
        if (failed.load())
            return 3;
    }
    std::printf("enrolment: %d terminals in %.1f s\n", o.terminals, double(nsSince(enrolStart)) / 1e9);

    // --- What a running kiosk already has: the products it sells, its country's tax rates and
    // cursors caught up with the central service (asked once per store, copied to its terminals).
    Shared shared;
    shared.o = &o;
    for (const QString &s : o.streams)
        shared.streams.push_back(s.toStdString());
    for (Terminal &t : terminals) {
        if (shared.stores.count(t.store))
            continue;
        StoreInfo info { t.store, t.currency, {}, {} };
        if (perform(t, o, "/v1/streams/reference?cursor=0&limit=10000", nullptr) != 200)
            return std::fprintf(
                       stderr, "bench_central_load: reference stream: %s %s\n", t.errorText, t.response.c_str()),
                   3;
        for (const json &item : json::parse(t.response).value("items", json::array()))
            if (item.value("type", "") == "tax_class")
                info.taxBp[item.value("code", "")] = item.value("rate_bp", qint64(0));
        if (shared.products.empty()) {
            if (perform(t, o, "/v1/streams/catalog?cursor=0&limit=" + std::to_string(o.products * 4), nullptr) != 200)
                return std::fprintf(stderr, "bench_central_load: catalog stream: %s\n", t.errorText), 3;
            for (const json &item : json::parse(t.response).value("items", json::array()))
                if (item.value("unit", "") == "piece" && item.value("active", false)
                    && int(shared.products.size()) < o.products)
                    shared.products.push_back(
                        { item.value("id", qint64(0)), item.value("sku", ""), item.value("tax_class", "") });
            if (shared.products.empty())
                return std::fprintf(stderr, "bench_central_load: the catalog has no products to sell\n"), 3;
        }
        for (const std::string &stream : shared.streams) {
            if (perform(t, o, "/v1/streams/" + stream + "/summary", nullptr) != 200)
                return std::fprintf(stderr, "bench_central_load: %s summary: %s %s\n", stream.c_str(), t.errorText,
                           t.response.c_str()),
                       3;
            info.cursors[stream] = QByteArray::fromStdString(json::parse(t.response).value("cursor", "0")).toLongLong();
        }
        shared.stores[t.store] = info;
    }
    for (Terminal &t : terminals)
        t.cursors = shared.stores[t.store].cursors;

    // --- Where the check starts: the newest event and each store's stock of the products sold.
    qint64 baselineSeq = 0;
    {
        auto before = eventsAfter(o, -1, 1, false);
        if (!before)
            return 3;
        if (!before->empty())
            baselineSeq = before->front().seq;
    }
    std::map<qint64, std::map<std::string, qint64>> stockBefore;
    for (const Product &p : shared.products) {
        auto s = stockOf(o, p.id);
        if (!s)
            return 3;
        stockBefore[p.id] = *s;
    }

    // --- The load ---
    const int phases = o.ramp ? o.rampSteps : 1;
    std::vector<std::unique_ptr<Worker>> workers;
    {
        std::vector<std::vector<Terminal *>> split(size_t(std::min(o.threads, o.terminals)));
        for (size_t i = 0; i < terminals.size(); ++i)
            split[i % split.size()].push_back(&terminals[i]);
        for (size_t w = 0; w < split.size(); ++w)
            workers.push_back(std::make_unique<Worker>(shared, std::move(split[w]), o.seed + w * 7919, phases));
    }
    std::printf(
        "load: %d terminals over %lld stores, %d client threads, rate scale %g, %d s%s; streams %s; machine load %s\n",
        o.terminals, static_cast<long long>(shared.stores.size()), int(workers.size()), o.rateScale, o.durationS,
        o.ramp ? " per step" : "", qPrintable(o.streams.join(QLatin1Char(','))), qPrintable(loadAverage()));
    std::fflush(stdout);
    g_scale = o.rateScale;
    g_start = Clock::now();
    const double cpu0 = cpuSeconds();
    const double serverCpu0 = processCpuSeconds(serverPid);
    for (auto &w : workers)
        w->start();
    int saturatedAt = -1;
    double lastGoodScale = 0, lastGoodAnswered = 0;
    for (int phase = 0; phase < phases; ++phase) {
        g_phase = phase;
        const double stepCpu0 = cpuSeconds(), stepServer0 = processCpuSeconds(serverPid);
        std::this_thread::sleep_for(std::chrono::seconds(o.durationS));
        if (phase + 1 < phases)
            g_phase = phase + 1; // later answers count for the next step
        const double clientCpu = (cpuSeconds() - stepCpu0) / o.durationS * 100;
        const double serverCpu = (processCpuSeconds(serverPid) - stepServer0) / o.durationS * 100;
        if (!o.ramp)
            break;
        const PhaseStats p = sum(workers, phase);
        const double offered = o.terminals * g_scale.load() * (1.0 / 10 + double(o.streams.size()) / 5 + 1.0 / 30);
        printPhase(p, o.durationS,
            QStringLiteral("step %1: rate scale %2, offered about %3 requests/s; client CPU %4 %, server CPU %5 % (of "
                           "one core), load %6")
                .arg(phase + 1)
                .arg(g_scale.load())
                .arg(offered, 0, 'f', 0)
                .arg(clientCpu, 0, 'f', 0)
                .arg(serverCpu, 0, 'f', 0)
                .arg(loadAverage()));
        if (saturated(p)) {
            saturatedAt = phase;
            break;
        }
        lastGoodScale = g_scale.load();
        lastGoodAnswered = double(p.kind[kPush].ok + p.kind[kPull].ok + p.kind[kHeartbeat].ok) / o.durationS;
        g_scale = g_scale.load() * o.rampFactor;
    }
    const double loadSeconds = double(nowNs()) / 1e9;
    const double clientCpu = (cpuSeconds() - cpu0) / loadSeconds * 100;
    const double serverCpu = (processCpuSeconds(serverPid) - serverCpu0) / loadSeconds * 100;
    const QString load = loadAverage();
    // The outbox drains: no new work, every unacknowledged batch goes out again until accepted.
    g_stopScheduling = true;
    Worker::s_drainDeadline = nowNs() + qint64(o.drainS) * 1'000'000'000LL;
    g_draining = true;
    for (auto &w : workers)
        w->join();

    if (!o.ramp) {
        const PhaseStats p = sum(workers, 0);
        const double offered = o.terminals * o.rateScale * (1.0 / 10 + double(o.streams.size()) / 5 + 1.0 / 30);
        printPhase(p, o.durationS,
            QStringLiteral(
                "%1 terminals, %2 s, rate scale %3 (offered about %4 requests/s): client CPU %5 % of a core, "
                "server CPU %6 % of a core, load average %7")
                .arg(o.terminals)
                .arg(o.durationS)
                .arg(o.rateScale)
                .arg(offered, 0, 'f', 0)
                .arg(clientCpu, 0, 'f', 0)
                .arg(serverPid ? QString::number(serverCpu, 'f', 0) : QStringLiteral("?"))
                .arg(load));
    } else if (saturatedAt >= 0) {
        std::printf(
            "\nsaturation: step %d passed p99 250 ms or had errors; the last step within bounds had rate scale %g "
            "and answered %.0f requests/s\n",
            saturatedAt + 1, lastGoodScale, lastGoodAnswered);
    } else {
        std::printf("\nno saturation within %d steps\n", phases);
    }

    // --- The check ---
    // Every distinct event sent must be recorded once, accepted; an acknowledged one that is not
    // recorded is lost; one never acknowledged and not recorded is still in the terminal's outbox
    // (the drain did not finish). Stock must have moved by the deltas of the recorded events.
    struct Sent {
        const Terminal *terminal;
        const Batch *batch;
    };
    std::map<std::string, Sent> sent;
    std::set<std::string> ours;
    for (const Terminal &t : terminals) {
        ours.insert(t.name);
        for (const Batch &b : t.batches)
            sent.emplace(b.eventId, Sent { &t, &b });
    }
    auto events = eventsAfter(o, baselineSeq, 1'000'000, true);
    if (!events)
        return 3;
    std::map<std::string, int> seen;
    qint64 notAccepted = 0, foreign = 0;
    for (const EventRow &e : *events) {
        if (!ours.count(e.terminal))
            continue;
        ++seen[e.id];
        if (e.status != "accepted")
            ++notAccepted;
        if (!sent.count(e.id))
            ++foreign;
    }
    qint64 lost = 0, doubled = 0, pending = 0, answerLost = 0;
    std::map<std::pair<qint64, std::string>, qint64> expectedDelta;
    for (const auto &[id, what] : sent) {
        const int n = seen.count(id) ? seen[id] : 0;
        if (n == 0)
            ++(what.batch->acked ? lost : pending);
        if (n > 0 && !what.batch->acked)
            ++answerLost;
        if (n > 1)
            doubled += n - 1;
        if (n > 0)
            for (const auto &[pid, d] : what.batch->deltas)
                expectedDelta[{ pid, what.terminal->store }] += d;
    }
    std::printf(
        "\ncheck: %lld distinct events sent, %lld recorded (%lld not accepted, %lld never sent); %lld lost, "
        "%lld doubled; %lld still unsent after the drain, %lld recorded without the answer reaching the terminal\n",
        static_cast<long long>(sent.size()), static_cast<long long>(seen.size()), static_cast<long long>(notAccepted),
        static_cast<long long>(foreign), static_cast<long long>(lost), static_cast<long long>(doubled),
        static_cast<long long>(pending), static_cast<long long>(answerLost));
    bool good = lost == 0 && doubled == 0 && notAccepted == 0 && foreign == 0 && pending == 0
        && qint64(seen.size()) == qint64(sent.size());
    qint64 stockRows = 0, stockWrong = 0;
    for (const Product &p : shared.products) {
        auto after = stockOf(o, p.id);
        if (!after)
            return 3;
        for (const auto &[store, info] : shared.stores) {
            const qint64 want = expectedDelta.count({ p.id, store }) ? expectedDelta[{ p.id, store }] : 0;
            const qint64 moved = (*after)[store] - stockBefore[p.id][store];
            ++stockRows;
            if (moved != want) {
                ++stockWrong;
                std::printf("check: stock of product %lld at %s moved by %lld, the deltas of its recorded events add "
                            "up to %lld\n",
                    static_cast<long long>(p.id), store.c_str(), static_cast<long long>(moved),
                    static_cast<long long>(want));
            }
        }
    }
    std::printf("check: stock of %lld products at %lld stores: %lld rows moved exactly by the deltas of the recorded "
                "events, %lld did not\n",
        static_cast<long long>(shared.products.size()), static_cast<long long>(shared.stores.size()),
        static_cast<long long>(stockRows - stockWrong), static_cast<long long>(stockWrong));
    good = good && stockWrong == 0;
    if (pending > 0 && lost == 0 && doubled == 0 && notAccepted == 0 && foreign == 0 && stockWrong == 0)
        std::printf("check: NOT DRAINED: %lld events were still in the terminals' outboxes %d s after the load "
                    "(none lost or doubled among the rest)\n",
            static_cast<long long>(pending), o.drainS);
    else
        std::printf("check: %s\n", good ? "zero lost, zero doubled, stock exact" : "MISMATCH");

    for (Terminal &t : terminals) {
        curl_easy_cleanup(t.easy);
        curl_slist_free_all(t.getHeaders);
        curl_slist_free_all(t.postHeaders);
    }
    curl_global_cleanup();
    if (server.state() == QProcess::Running) {
        server.terminate();
        if (!server.waitForFinished(10000))
            server.kill();
    }
    return good ? 0 : 1;
}
