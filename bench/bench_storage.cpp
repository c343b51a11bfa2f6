// SPDX-License-Identifier: GPL-3.0-or-later
// bench_storage: builds a large cache.db (1,000,000 products by default) and measures the storage
// hot paths of the till (barcode lookup, name search, sale commit), each next to a baseline of the
// same work done through the raw sqlite3 C API in the same run. Prints Markdown tables; the
// figures and the machine they ran on are recorded in docs/performance.md.

#include "benchcatalog.h"
#include "benchstats.h"
#include "core/gtin.h"
#include "storage/catalog.h"
#include "demo-data/democache.h"
#include "storage/ledger.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

using namespace ok::bench;
using ok::db::Database;

namespace {

// "Today" of the generated catalog and of every lookup (2026-11-22 12:00 UTC): fixed, so that the
// data (price validity windows included) and therefore the figures are the same on every run.
constexpr qint64 kNow = ok::bench::kCatalogNow;
constexpr auto kStore = "S001";
// The till's language. The catalog carries Polish and English names: the language of the store
// (S001 is in Warsaw) plus the English fallback CatalogReader uses when a name is missing. All
// five demo languages would make product_name and the search index 2.5 times bigger, which is not
// what one Polish store's terminal holds; docs/performance.md says so next to the figures.
constexpr auto kLanguage = "pl";
const QStringList kCatalogLanguages = { QStringLiteral("pl"), QStringLiteral("en") };

constexpr int kSearchLimit = 20;
constexpr int kSaleLines = 5;
constexpr int kMissPercent = 10;
// A store does not scan its catalog uniformly: the second lookup series sends this share of the
// scans to a few thousand best-sellers (spread over the whole id range, as they would be).
constexpr int kBestSellers = 5000;
constexpr int kBestSellerPercent = 80;
constexpr quint64 kSeed = 0x0B5E55ED;

// Targets (docs/performance.md, "Targets at a glance").
constexpr qint64 kBuildTargetNs = 30'000'000'000;
constexpr qint64 kLookupTargetNs = 50'000;
constexpr qint64 kSearchTargetNs = 20'000'000;
constexpr qint64 kCommitTargetNs = 10'000'000;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_storage: %s\n", message.toUtf8().constData());
    std::exit(1);
}

template<typename T> T check(ok::Result<T> r, const char *what)
{
    if (!r)
        die(QString::fromUtf8(what) + QStringLiteral(": ") + r.error().message);
    return std::move(r).value();
}

void check(const ok::Result<void> &r, const char *what)
{
    if (!r)
        die(QString::fromUtf8(what) + QStringLiteral(": ") + r.error().message);
}

void removeDatabase(const QString &path)
{
    ok::bench::removeDatabaseFiles(path);
}

/// The SQL text of the statement prepared on `db` whose text contains `needle`. The baselines
/// take their SQL from the wrapper's own connection, so that they run exactly what CatalogReader
/// runs even when catalog.cpp changes.
QByteArray preparedSql(sqlite3 *db, const char *needle)
{
    QByteArray found;
    for (sqlite3_stmt *s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s)) {
        const QByteArray sql(sqlite3_sql(s));
        if (sql.contains(needle)) {
            if (!found.isEmpty())
                die(QStringLiteral("two prepared statements contain \"%1\"; update the baseline")
                        .arg(QLatin1String(needle)));
            found = sql;
        }
    }
    if (found.isEmpty())
        die(QStringLiteral("no prepared statement contains \"%1\"; update the baseline").arg(QLatin1String(needle)));
    return found;
}

int preparedCount(sqlite3 *db)
{
    int n = 0;
    for (sqlite3_stmt *s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s))
        ++n;
    return n;
}

/// A raw connection opened like Database::open/openReadOnly open theirs, for the baselines.
class RawConnection
{
public:
    RawConnection(const QString &path, int flags)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            die(QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db))));
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawConnection()
    {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
        sqlite3_close_v2(m_db);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            die(QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    /// Prepared once, finalized with the connection.
    sqlite3_stmt *prepare(const QByteArray &sql)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr)
            != SQLITE_OK)
            die(QStringLiteral("preparing %1: %2")
                    .arg(QString::fromUtf8(sql).simplified(), QString::fromUtf8(sqlite3_errmsg(m_db))));
        m_statements.push_back(s);
        return s;
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

// ------------------------------------------------------------------ building the catalog

/// Where the time of a build goes, statement by statement (--profile-build): SQLite's own
/// per-statement timing (SQLITE_TRACE_PROFILE), keyed by the statement's SQL text. Statements
/// that start while another one is running (FTS5's own statements on its shadow tables) are
/// nested: their time is already part of the outer statement's and is not added up again.
struct StatementProfile {
    struct Entry {
        QByteArray sql;
        qint64 runs = 0;
        qint64 ns = 0;
        bool nested = false;
    };
    // Keyed by statement handle while tracing (cheap: ten million statements run during a build),
    // by SQL text afterwards. A handle whose SQL text changed was finalized and its address reused.
    QHash<void *, Entry> byStatement;
    QHash<void *, const char *> sqlOf;
    QHash<QByteArray, Entry> bySql;
    QList<void *> running;

    static int onTrace(unsigned type, void *self, void *stmt, void *ns)
    {
        auto *p = static_cast<StatementProfile *>(self);
        if (type == SQLITE_TRACE_STMT) {
            p->running.append(stmt);
        } else if (type == SQLITE_TRACE_PROFILE) {
            p->running.removeOne(stmt);
            const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(stmt));
            Entry &e = p->byStatement[stmt];
            const char *&known = p->sqlOf[stmt];
            if (known != sql) {
                p->retire(e);
                e = Entry { QByteArray(sql), 0, 0, false };
                known = sql;
            }
            e.nested = e.nested || !p->running.isEmpty();
            ++e.runs;
            e.ns += qint64(*static_cast<sqlite3_int64 *>(ns));
        }
        return 0;
    }
    void retire(const Entry &e)
    {
        if (e.runs == 0)
            return;
        Entry &total = bySql[e.sql];
        total.sql = e.sql;
        total.runs += e.runs;
        total.ns += e.ns;
        total.nested = total.nested || e.nested;
    }
    /// Call once tracing has stopped.
    void finish()
    {
        for (const Entry &e : std::as_const(byStatement))
            retire(e);
        byStatement.clear();
        sqlOf.clear();
    }
};

struct BuildReport {
    bool reused = false;
    qint64 ns = 0;
    qint64 products = 0;
    qint64 rows = 0; ///< rows written to the catalog tables (FTS index not counted)
    std::optional<StatementProfile> profile;
};

/// Reuse `path` when it already holds `products` products with Polish and English names;
/// otherwise build it as `omnikiosk-demo-data --products N --languages pl,en --now kNow` does
/// (benchcatalog.h, shared with bench_search), and time that.
BuildReport ensureCatalog(const QString &path, qint64 products, bool profile)
{
    BuildReport report;
    ok::bench::CatalogSpec spec;
    spec.path = path;
    spec.products = products;
    spec.languages = kCatalogLanguages;
    spec.storeId = QString::fromLatin1(kStore);
    if (profile) {
        report.profile.emplace();
        spec.beforeBuild = [&report](Database &db) {
            sqlite3_trace_v2(
                db.handle(), SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, &StatementProfile::onTrace, &*report.profile);
        };
        spec.afterBuild = [&report](Database &db) {
            sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
            report.profile->finish();
        };
    }
    const ok::bench::CatalogBuild build = ok::bench::ensureCatalog(spec);
    report.reused = build.reused;
    report.ns = build.ns;
    report.products = build.products;
    report.rows = build.rows;
    return report;
}

// ------------------------------------------------------------------ barcode lookup

struct Scan {
    QString code; ///< as the scanner service hands it over
    QByteArray utf8; ///< the same, for the raw baseline
    bool known = false;
};

/// `count` scans in random order: existing barcodes of random products (several per product are
/// possible) and, for `kMissPercent` %, valid EAN-13 codes that are not in the catalog (GS1 prefix
/// 200, in-store numbers the demo data never uses), as when a customer brings an item from elsewhere.
/// With `bestSellers`, `kBestSellerPercent` % of the known codes are codes of those products.
QList<Scan> pickScans(Database &db, qint64 products, int count, Rng &rng, const QList<qint64> &bestSellers = {})
{
    QList<Scan> scans;
    scans.reserve(count);
    auto &byProduct = db.cached("SELECT code FROM barcode WHERE product_id = ?1 ORDER BY code");
    while (scans.size() < count) {
        Scan s;
        if (qint64(rng.next() % 100) < kMissPercent) {
            const QString body = QStringLiteral("200%1").arg(rng.range(0, 999'999'999), 9, 10, QLatin1Char('0'));
            s.code = body + QString::number(ok::gtinCheckDigit(body));
        } else {
            const bool popular = !bestSellers.isEmpty() && qint64(rng.next() % 100) < kBestSellerPercent;
            byProduct.bind(1,
                popular ? bestSellers.at(qsizetype(rng.next() % quint64(bestSellers.size()))) : rng.range(1, products));
            QStringList codes;
            while (byProduct.step())
                codes.append(byProduct.text(0));
            byProduct.reset();
            if (codes.isEmpty())
                die(QStringLiteral("a product without a barcode"));
            s.code = codes.at(qsizetype(rng.next() % quint64(codes.size())));
            s.known = true;
        }
        s.utf8 = s.code.toUtf8();
        scans.append(s);
    }
    return scans;
}

/// The baseline of findByBarcode: the same two statements (code -> product id, then the product
/// row with its name, price and stock), prepared once on a separate read-only connection and
/// driven with bind/step/reset. No statement cache lookup, no QString, no result struct: what is
/// left is SQLite's own work, the floor any wrapper adds to.
class RawBarcodeLookup
{
public:
    /// `pragmas`, when given, are applied to the connection first (the what-if variants). An
    /// empty `byCodeSql` means `productSql` takes the code itself as ?1 (the one-statement what-if).
    RawBarcodeLookup(
        const QString &path, const QByteArray &byCodeSql, const QByteArray &productSql, const char *pragmas = nullptr)
        : m_conn(path, SQLITE_OPEN_READONLY)
    {
        if (pragmas)
            m_conn.exec(pragmas);
        if (!byCodeSql.isEmpty())
            m_byCode = m_conn.prepare(byCodeSql);
        m_product = m_conn.prepare(productSql);
    }

    /// The product id, or 0 when the code is unknown. Reads every column of the product row, as
    /// CatalogReader does, so that SQLite's column decoding is part of both measurements.
    qint64 find(const QByteArray &code)
    {
        if (m_byCode) {
            sqlite3_bind_text(m_byCode, 1, code.constData(), int(code.size()), SQLITE_STATIC);
            qint64 id = 0;
            if (sqlite3_step(m_byCode) == SQLITE_ROW)
                id = sqlite3_column_int64(m_byCode, 0);
            sqlite3_reset(m_byCode);
            if (id == 0)
                return 0;
            // Parameters as in catalog.cpp's kProductById: ?1 id, ?2 language, ?3 store, ?4 now.
            sqlite3_bind_int64(m_product, 1, id);
        } else {
            sqlite3_bind_text(m_product, 1, code.constData(), int(code.size()), SQLITE_STATIC);
        }
        sqlite3_bind_text(m_product, 2, kLanguage, -1, SQLITE_STATIC);
        sqlite3_bind_text(m_product, 3, kStore, -1, SQLITE_STATIC);
        sqlite3_bind_int64(m_product, 4, kNow);
        qint64 found = 0;
        if (sqlite3_step(m_product) == SQLITE_ROW) {
            found = sqlite3_column_int64(m_product, 0);
            for (int c = 1, n = sqlite3_column_count(m_product); c < n; ++c) {
                if (sqlite3_column_type(m_product, c) == SQLITE_TEXT)
                    m_sink += quint64(*sqlite3_column_text(m_product, c)) + quint64(sqlite3_column_bytes(m_product, c));
                else
                    m_sink += quint64(sqlite3_column_int64(m_product, c));
            }
        }
        sqlite3_reset(m_product);
        return found;
    }
    quint64 sink() const { return m_sink; }

private:
    RawConnection m_conn;
    sqlite3_stmt *m_byCode = nullptr;
    sqlite3_stmt *m_product = nullptr;
    quint64 m_sink = 0; // keeps the column reads from being optimised away
};

/// Connection settings tried on the raw lookup beyond what the app does. Not baselines: answers
/// to "what would make the lookup faster", measured in the same run on the same codes. The cache
/// is far bigger than SQLite's default 2 MiB page cache, so most B-tree pages of a lookup are
/// fetched with a pread() each; these show what avoiding that is worth.
struct LookupWhatIf {
    const char *label;
    const char *pragmas;
    bool oneStatement; ///< kOneStatementLookup instead of the app's two statements
};
constexpr LookupWhatIf kLookupWhatIfs[] = {
    { "raw, same SQL, PRAGMA mmap_size=1 GiB (what-if)", "PRAGMA mmap_size=1073741824", false },
    { "raw, same SQL, PRAGMA cache_size=64 MiB (what-if)", "PRAGMA cache_size=-65536", false },
    { "raw, one statement from code to product (what-if)", nullptr, true },
    { "raw, one statement + PRAGMA mmap_size=1 GiB (what-if)", "PRAGMA mmap_size=1073741824", true },
};

// What-if: catalog.cpp's kProductById (as of this writing) reshaped into one statement that starts
// from the scanned code: one statement step instead of two, and the barcode row it found replaces
// the "first barcode of the product" subquery (one B-tree search less). Same columns, same results.
constexpr auto kOneStatementLookup = R"sql(
SELECT p.id, p.sku, p.unit, t.code, t.rate_bp,
       coalesce((SELECT name FROM product_name WHERE product_id = p.id AND lang = ?2),
                (SELECT name FROM product_name WHERE product_id = p.id ORDER BY lang <> 'en' LIMIT 1), p.sku),
       pr.amount, pr.currency,
       (SELECT on_hand - reserved FROM stock WHERE product_id = p.id AND location_id = ?3),
       b.code
FROM barcode b
JOIN product p ON p.id = b.product_id
JOIN tax_class t ON t.code = p.tax_class
LEFT JOIN price pr ON pr.store_id = ?3 AND pr.product_id = p.id
     AND pr.valid_from = (SELECT max(valid_from) FROM price
                          WHERE store_id = ?3 AND product_id = p.id AND valid_from <= ?4
                            AND (valid_to IS NULL OR valid_to > ?4))
WHERE b.code = ?1 AND p.active = 1
)sql";

struct LookupReport {
    Samples wrapper;
    Samples raw;
    QList<Samples> whatIf; ///< one per kLookupWhatIfs entry
    int misses = 0;
};

LookupReport benchLookups(const QString &cachePath, const QList<Scan> &scans)
{
    // The application's path: CatalogService opens cache.db read-only and uses a CatalogReader.
    auto db = check(Database::openReadOnly(cachePath), "opening cache.db");
    ok::db::CatalogReader reader(*db, QString::fromLatin1(kStore), QString::fromLatin1(kLanguage));

    // One lookup of a known code prepares exactly the statements findByBarcode uses.
    const auto firstKnown = std::find_if(scans.begin(), scans.end(), [](const Scan &s) { return s.known; });
    if (firstKnown == scans.end() || !reader.findByBarcode(firstKnown->code, kNow))
        die(QStringLiteral("the first known barcode was not found"));
    if (preparedCount(db->handle()) != 2)
        die(QStringLiteral("findByBarcode now prepares %1 statements, not 2: update RawBarcodeLookup")
                .arg(preparedCount(db->handle())));
    const QByteArray byCodeSql = preparedSql(db->handle(), "FROM barcode WHERE code");
    const QByteArray productSql = preparedSql(db->handle(), "FROM product p");

    // Index 0 is the app's path, 1 the baseline, then the what-ifs; each returns the product id or 0.
    std::vector<std::unique_ptr<RawBarcodeLookup>> raws;
    raws.push_back(std::make_unique<RawBarcodeLookup>(cachePath, byCodeSql, productSql));
    for (const LookupWhatIf &w : kLookupWhatIfs) {
        raws.push_back(w.oneStatement
                ? std::make_unique<RawBarcodeLookup>(cachePath, QByteArray(), kOneStatementLookup, w.pragmas)
                : std::make_unique<RawBarcodeLookup>(cachePath, byCodeSql, productSql, w.pragmas));
    }
    const size_t variants = 1 + raws.size();
    auto lookup = [&](size_t variant, const Scan &s) -> qint64 {
        if (variant == 0) {
            const std::optional<ok::ProductInfo> p = reader.findByBarcode(s.code, kNow);
            return p ? p->id : 0;
        }
        return raws[variant - 1]->find(s.utf8);
    };

    // Warm every connection's page cache on the same codes before measuring.
    const qsizetype warmup = std::min<qsizetype>(2000, scans.size());
    for (qsizetype i = 0; i < warmup; ++i)
        for (size_t v = 0; v < variants; ++v)
            (void)lookup(v, scans[i]);

    std::vector<Samples> samples(variants);
    for (Samples &s : samples)
        s.reserve(size_t(scans.size()));
    LookupReport report;
    for (qsizetype i = 0; i < scans.size(); ++i) {
        const Scan &s = scans[i];
        // Rotate which variant goes first, so that none always runs right after another one
        // has pulled the same pages into the OS page cache.
        for (size_t k = 0; k < variants; ++k) {
            const size_t v = (size_t(i) + k) % variants;
            const auto t0 = Clock::now();
            const qint64 id = lookup(v, s);
            samples[v].add(nsSince(t0));
            // All must have found the same thing, or the comparison means nothing.
            if ((id != 0) != s.known)
                die(QStringLiteral("lookup of %1 (variant %2): found %3, expected %4")
                        .arg(s.code)
                        .arg(v)
                        .arg(id)
                        .arg(s.known ? QStringLiteral("a product") : QStringLiteral("nothing")));
        }
        if (!s.known)
            ++report.misses;
    }
    quint64 sink = 0;
    for (const auto &r : raws)
        sink += r->sink();
    std::fprintf(
        stderr, "bench_storage: barcode lookups done (checksum %llu)\n", static_cast<unsigned long long>(sink));
    report.wrapper = samples[0];
    report.raw = samples[1];
    for (size_t v = 2; v < variants; ++v)
        report.whatIf.append(samples[v]);
    return report;
}

// ------------------------------------------------------------------ name search

/// What a cashier types into the search field, letter by letter, in Polish (the store language,
/// with and without diacritics) and English (the second catalog language).
struct TypedQuery {
    const char *text;
    const char *group;
};
constexpr TypedQuery kTypedQueries[] = {
    { "m", "1 letter" },
    { "k", "1 letter" },
    { "s", "1 letter" },
    { "c", "1 letter" },
    { "ml", "2 letters" },
    { "ka", "2 letters" },
    { "se", "2 letters" },
    { "ch", "2 letters" },
    { "mle", "3 letters" },
    { "kaw", "3 letters" },
    { "ser", "3 letters" },
    { "cho", "3 letters" },
    { "zolt", "4 letters" },
    { "masl", "4 letters" },
    { "milk", "4 letters" },
    { "choc", "4 letters" },
    { "mleko", "5+ letters" },
    { "masło", "5+ letters" },
    { "żółty", "5+ letters" },
    { "czekol", "5+ letters" },
    { "kawa m", "two words" },
    { "ser z", "two words" },
    { "mleko zag", "two words" },
    { "choc omni", "two words" },
};

struct QueryReport {
    QString text;
    QString group;
    Samples search; ///< CatalogReader::search, limit 20: FTS query plus reading the 20 products
    Samples fts; ///< the FTS statement alone, raw (diagnostic: where the time goes)
    qsizetype hits = 0;
};

QList<QueryReport> benchSearch(const QString &cachePath, int samples)
{
    auto db = check(Database::openReadOnly(cachePath), "opening cache.db");
    ok::db::CatalogReader reader(*db, QString::fromLatin1(kStore), QString::fromLatin1(kLanguage));
    if (check(reader.searchUnranked(QStringLiteral("mleko"), kSearchLimit, kNow), "searching").isEmpty())
        die(QStringLiteral("searching \"mleko\" found nothing"));
    RawConnection raw(cachePath, SQLITE_OPEN_READONLY);
    sqlite3_stmt *match = raw.prepare(preparedSql(db->handle(), "MATCH"));

    QList<QueryReport> reports;
    for (const TypedQuery &q : kTypedQueries)
        reports.append({ QString::fromUtf8(q.text), QString::fromUtf8(q.group), {}, {}, 0 });
    const int rounds = std::max(1, samples / int(reports.size()));

    // Round 0 warms the caches and is not recorded.
    for (int round = 0; round <= rounds; ++round) {
        for (QueryReport &r : reports) {
            auto t0 = Clock::now();
            const QList<ok::ProductInfo> found = check(reader.searchUnranked(r.text, kSearchLimit, kNow), "searching");
            const qint64 searchNs = nsSince(t0);

            const QByteArray expr = ok::db::CatalogReader::matchExpression(r.text).toUtf8();
            t0 = Clock::now();
            sqlite3_bind_text(match, 1, expr.constData(), int(expr.size()), SQLITE_STATIC);
            sqlite3_bind_int64(match, 2, kSearchLimit);
            int rows = 0;
            while (sqlite3_step(match) == SQLITE_ROW)
                ++rows;
            sqlite3_reset(match);
            const qint64 ftsNs = nsSince(t0);

            if (rows != found.size())
                die(QStringLiteral("search \"%1\": %2 results, the raw FTS query %3")
                        .arg(r.text)
                        .arg(found.size())
                        .arg(rows));
            if (round == 0)
                continue;
            r.search.add(searchNs);
            r.fts.add(ftsNs);
            r.hits = found.size();
        }
    }
    return reports;
}

// ------------------------------------------------------------------ sale commit

/// A consistent sale of `kSaleLines` lines (amounts, tax summary and tender add up), different for
/// every `n`; the same idea as tests/storage/saletestdata.h.
ok::SaleRecord makeSale(qint64 n)
{
    ok::SaleRecord s;
    s.storeId = QString::fromLatin1(kStore);
    s.terminalId = QStringLiteral("T01");
    s.cashierId = QStringLiteral("C7");
    s.currency = QStringLiteral("PLN");
    s.createdAtMs = kNow * 1000 + n;
    qint64 total = 0;
    for (int i = 0; i < kSaleLines; ++i) {
        ok::SaleLineRecord l;
        l.productId = 1 + (n * kSaleLines + i) % 1'000'000;
        l.sku = QStringLiteral("SKU-%1").arg(l.productId, 7, 10, QLatin1Char('0'));
        l.name = QStringLiteral("Mleko Zielona Dolina 1 l");
        l.quantity = 1 + (n + i) % 3;
        l.unitPrice = 199 + 100 * i;
        l.amount = l.quantity * l.unitPrice;
        l.taxCode = QStringLiteral("A");
        l.taxBasisPoints = 2300;
        total += l.amount;
        s.lines.append(l);
    }
    s.subtotal = total;
    s.total = total;
    const qint64 tax = (total * 2300 + 6150) / 12300; // gross × 23/123, half up
    s.taxTotal = tax;
    s.taxes = { { QStringLiteral("A"), 2300, total - tax, tax, total } };
    s.tenders = { { QStringLiteral("cash"), total + 1000, 1000, QString() } };
    return s;
}

/// The baseline of commitSale: the same number of row writes as one sale, as plain INSERTs of
/// rows of a similar size into one table, in one BEGIN IMMEDIATE ... COMMIT on a WAL database
/// with synchronous=FULL. The commit's fsync of the WAL is the physical floor of a durable sale.
class RawCommit
{
public:
    RawCommit(const QString &path, int rowsPerCommit)
        : m_conn(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        , m_rows(rowsPerCommit)
    {
        // The pragmas Database::open applies for Durability::Full.
        m_conn.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint=1000;"
                    "PRAGMA journal_size_limit=16777216;"
                    "CREATE TABLE IF NOT EXISTS fact(id INTEGER PRIMARY KEY, ref TEXT NOT NULL,"
                    " amount INTEGER NOT NULL, payload TEXT NOT NULL)");
        m_begin = m_conn.prepare("BEGIN IMMEDIATE");
        m_insert = m_conn.prepare("INSERT INTO fact(ref, amount, payload) VALUES(?1, ?2, ?3)");
        m_commit = m_conn.prepare("COMMIT");
    }

    void commit(qint64 n)
    {
        const QByteArray ref = QByteArray::number(n).rightJustified(36, '0'); // UUID-sized
        static const QByteArray payload(120, 'x'); // a sale line's worth
        step(m_begin);
        for (int i = 0; i < m_rows; ++i) {
            sqlite3_bind_text(m_insert, 1, ref.constData(), int(ref.size()), SQLITE_STATIC);
            sqlite3_bind_int64(m_insert, 2, n + i);
            sqlite3_bind_text(m_insert, 3, payload.constData(), int(payload.size()), SQLITE_STATIC);
            step(m_insert);
        }
        step(m_commit);
    }
    sqlite3 *handle() const { return m_conn.handle(); }

private:
    void step(sqlite3_stmt *s)
    {
        if (sqlite3_step(s) != SQLITE_DONE)
            die(QStringLiteral("raw commit: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_conn.handle()))));
        sqlite3_reset(s);
    }
    RawConnection m_conn;
    int m_rows;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_commit = nullptr;
};

struct CommitReport {
    Samples ledger;
    Samples raw;
    Samples ledgerNoCheckpoint; ///< what-if: the WAL is checkpointed elsewhere, not on the sale path
    int writesPerSale = 0;
    double walFramesPerSale = 0;
    qint64 synchronousLedger = -1;
    qint64 synchronousRaw = -1;
};

CommitReport benchCommits(const QString &dir, int samples)
{
    const QString ledgerPath = dir + QStringLiteral("/bench-ledger.db");
    const QString rawPath = dir + QStringLiteral("/bench-raw.db");
    const QString quietPath = dir + QStringLiteral("/bench-ledger-nockpt.db");
    removeDatabase(ledgerPath);
    removeDatabase(rawPath);
    removeDatabase(quietPath);

    CommitReport report;
    {
        auto db = check(ok::db::openLedger(ledgerPath), "opening ledger.db");
        ok::db::Ledger ledger(*db);
        report.synchronousLedger = db->queryInt("PRAGMA synchronous").value_or(-1);

        // The first sale prepares the statements; count the rows it writes for the baseline.
        const int before = sqlite3_total_changes(db->handle());
        check(ledger.commitSale(makeSale(0)), "committing a sale");
        report.writesPerSale = sqlite3_total_changes(db->handle()) - before;

        RawCommit raw(rawPath, report.writesPerSale);
        sqlite3_stmt *sync = nullptr;
        sqlite3_prepare_v2(raw.handle(), "PRAGMA synchronous", -1, &sync, nullptr);
        if (sqlite3_step(sync) == SQLITE_ROW)
            report.synchronousRaw = sqlite3_column_int64(sync, 0);
        sqlite3_finalize(sync);

        // What-if: with SQLite's automatic checkpoint (every 1000 WAL pages) the commit that
        // crosses the limit also copies the WAL into the database file and fsyncs it. This ledger
        // never checkpoints, to show what moving checkpoints off the sale path (to an idle timer,
        // docs/reliability.md#r1-two-databases) would give; its WAL also tells how many pages a sale writes.
        auto quietDb = check(ok::db::openLedger(quietPath), "opening the second ledger.db");
        check(quietDb->exec("PRAGMA wal_autocheckpoint=0"), "disabling automatic checkpoints");
        ok::db::Ledger quiet(*quietDb);
        check(quiet.commitSale(makeSale(0)), "committing a sale");

        constexpr int kWarmup = 10;
        for (int i = 1; i <= kWarmup; ++i) {
            check(ledger.commitSale(makeSale(i)), "committing a sale");
            raw.commit(i);
            check(quiet.commitSale(makeSale(i)), "committing a sale");
        }
        // Interleaved, so that all see the same disk (and the same neighbours on it).
        for (int i = 0; i < samples; ++i) {
            const qint64 n = kWarmup + 1 + i;
            auto t0 = Clock::now();
            check(ledger.commitSale(makeSale(n)), "committing a sale");
            report.ledger.add(nsSince(t0));
            t0 = Clock::now();
            raw.commit(n);
            report.raw.add(nsSince(t0));
            t0 = Clock::now();
            check(quiet.commitSale(makeSale(n)), "committing a sale");
            report.ledgerNoCheckpoint.add(nsSince(t0));
        }
        const qint64 sales = samples + kWarmup + 1;
        if (ledger.saleCount() != sales || quiet.saleCount() != sales)
            die(QStringLiteral("ledger.db holds %1 sales, expected %2").arg(ledger.saleCount()).arg(sales));
        // PRAGMA wal_checkpoint returns (busy, frames in the WAL, frames checkpointed).
        auto frames = check(quietDb->prepare("PRAGMA wal_checkpoint(PASSIVE)"), "reading the WAL size");
        if (frames.step())
            report.walFramesPerSale = double(frames.int64(1)) / double(sales);
    }
    removeDatabase(ledgerPath);
    removeDatabase(rawPath);
    removeDatabase(quietPath);
    return report;
}

// ------------------------------------------------------------------ report

QStringList latencyRow(const QString &what, const Samples &s, const QString &target, const QString &met)
{
    return { what, QString::number(s.count()), formatNs(s.p50()), formatNs(s.p99()), formatNs(s.max()), target, met };
}

QStringList ratioRow(const QString &what, const Samples &num, const Samples &den)
{
    return { what, QString(), formatRatio(num.p50(), den.p50()), formatRatio(num.p99(), den.p99()),
        formatRatio(num.max(), den.max()), QString(), QString() };
}

QString thousands(qint64 n)
{
    QString s = QString::number(n);
    for (qsizetype i = s.size() - 3; i > 0; i -= 3)
        s.insert(i, QLatin1Char(','));
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_storage"));
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Build a large demo cache.db and measure barcode lookup, name search and sale commit against "
                       "raw sqlite3 baselines. Prints Markdown tables (see docs/performance.md)."));
    cli.addHelpOption();
    const QCommandLineOption productsOpt(QStringLiteral("products"), QStringLiteral("Catalog size (default 1000000)."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
        QStringLiteral("Work directory. Its cache.db is reused when it holds the requested number of "
                       "products, otherwise rebuilt. Default: a temporary directory, removed at the end."),
        QStringLiteral("dir"));
    const QCommandLineOption samplesOpt(QStringLiteral("samples"),
        QStringLiteral("Barcode lookups per series (default 20000; 10 % of them unknown "
                       "codes; one uniform series, one skewed to best-sellers). "
                       "Searches and sale commits: a tenth of it each."),
        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption profileOpt(QStringLiteral("profile-build"),
        QStringLiteral("Rebuild cache.db even if it could be reused and print where the build time goes, "
                       "per SQL statement (tracing slows the build down a little)."));
    cli.addOptions({ productsOpt, dirOpt, samplesOpt, profileOpt });
    cli.process(app);

    bool okProducts = false, okSamples = false;
    const qint64 products = cli.value(productsOpt).toLongLong(&okProducts);
    const int samples = cli.value(samplesOpt).toInt(&okSamples);
    if (!okProducts || products < 100 || !okSamples || samples < 100)
        die(QStringLiteral("--products and --samples take whole numbers of at least 100"));

    QTemporaryDir tempDir(QDir::tempPath() + QStringLiteral("/bench_storage-XXXXXX"));
    const QString dir = ok::bench::benchDirectory(cli.isSet(dirOpt) ? cli.value(dirOpt) : QString(), tempDir);
    const QString cachePath = dir + QStringLiteral("/cache.db");

    if (cli.isSet(profileOpt))
        removeDatabase(cachePath);
    const QString loadAtStart = loadAverage();
    const BuildReport build = ensureCatalog(cachePath, products, cli.isSet(profileOpt));

    Rng rng(kSeed);
    QList<Scan> scans, skewedScans;
    {
        auto db = check(Database::openReadOnly(cachePath), "opening cache.db");
        scans = pickScans(*db, products, samples, rng);
        QList<qint64> bestSellers;
        for (int i = 0; i < std::min<qint64>(kBestSellers, products / 10); ++i)
            bestSellers.append(rng.range(1, products));
        skewedScans = pickScans(*db, products, samples, rng, bestSellers);
    }
    std::fprintf(stderr, "bench_storage: %d barcode lookups, uniform ...\n", samples);
    const LookupReport lookups = benchLookups(cachePath, scans);
    std::fprintf(stderr, "bench_storage: %d barcode lookups, skewed to best-sellers ...\n", samples);
    const LookupReport skewed = benchLookups(cachePath, skewedScans);
    const int searchSamples = std::max(int(std::size(kTypedQueries)), samples / 10);
    std::fprintf(stderr, "bench_storage: %d name searches ...\n", searchSamples);
    const QList<QueryReport> queries = benchSearch(cachePath, searchSamples);
    const int commitSamples = std::max(100, samples / 10);
    std::fprintf(stderr, "bench_storage: %d sale commits and as many raw commits ...\n", commitSamples);
    const CommitReport commits = benchCommits(dir, commitSamples);

    Samples allSearches;
    QStringList groups; // in the order of kTypedQueries
    QHash<QString, Samples> byGroup, ftsByGroup;
    for (const QueryReport &q : queries) {
        if (!groups.contains(q.group))
            groups.append(q.group);
        allSearches.addAll(q.search);
        byGroup[q.group].addAll(q.search);
        ftsByGroup[q.group].addAll(q.fts);
    }

    // ---- print
    std::printf("## bench_storage\n\n");
    std::printf(
        "- catalog: %s products, names in pl and en, store %s, now = %lld (2026-11-22 12:00 UTC), cache.db %.0f MiB\n",
        thousands(products).toUtf8().constData(), kStore, static_cast<long long>(kNow),
        double(QFileInfo(cachePath).size()) / (1024.0 * 1024.0));
    std::printf("- SQLite %s; lookups and searches on read-only connections as the app's CatalogService opens them\n",
        sqlite3_libversion());
    std::printf("- 1-minute load average: %s at the start, %s at the end (%d CPUs)\n", loadAtStart.toUtf8().constData(),
        loadAverage().toUtf8().constData(), QThread::idealThreadCount());
    std::printf("- sale commit: %d row writes per %d-line sale (synchronous=%lld on ledger.db, %lld on the raw "
                "baseline; 2 = FULL); "
                "%.1f WAL pages per sale, so the automatic checkpoint (1000 pages) runs about every %.0f sales\n\n",
        commits.writesPerSale, kSaleLines, static_cast<long long>(commits.synchronousLedger),
        static_cast<long long>(commits.synchronousRaw), commits.walFramesPerSale,
        commits.walFramesPerSale > 0 ? 1000.0 / commits.walFramesPerSale : 0.0);

    Table t({ QStringLiteral("Measure"), QStringLiteral("Samples"), QStringLiteral("p50"), QStringLiteral("p99"),
        QStringLiteral("max"), QStringLiteral("Target"), QStringLiteral("Result") });
    if (build.reused) {
        t.addRow({ QStringLiteral("Build cache.db, %1 products (reused, not timed)").arg(thousands(products)),
            QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"),
            QStringLiteral("≤ 30 s"), QStringLiteral("–") });
    } else {
        const double secs = double(build.ns) / 1e9;
        t.addRow({ QStringLiteral("Build cache.db, %1 products (%2 products/s, %3 rows/s)")
                       .arg(thousands(products), thousands(qint64(double(build.products) / secs)),
                           thousands(qint64(double(build.rows) / secs))),
            QStringLiteral("1"), formatNs(build.ns), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("≤ 30 s"),
            metText(build.ns <= kBuildTargetNs) });
    }
    t.addRow(latencyRow(QStringLiteral("Barcode lookup, CatalogReader::findByBarcode (%1 % unknown)").arg(kMissPercent),
        lookups.wrapper, QStringLiteral("p99 ≤ 50 µs"), metText(lookups.wrapper.p99() <= kLookupTargetNs)));
    t.addRow(latencyRow(
        QStringLiteral("Barcode lookup, raw sqlite3, same SQL (baseline)"), lookups.raw, QString(), QString()));
    t.addRow(ratioRow(QStringLiteral("Barcode lookup, ratio CatalogReader / raw"), lookups.wrapper, lookups.raw));
    for (qsizetype w = 0; w < lookups.whatIf.size(); ++w)
        t.addRow(latencyRow(QStringLiteral("Barcode lookup, ") + QString::fromUtf8(kLookupWhatIfs[w].label),
            lookups.whatIf[w], QString(), QString()));
    const QString skew
        = QStringLiteral(", %1 % on %2 best-sellers").arg(kBestSellerPercent).arg(thousands(kBestSellers));
    t.addRow(latencyRow(QStringLiteral("Barcode lookup, CatalogReader::findByBarcode") + skew, skewed.wrapper,
        QStringLiteral("p99 ≤ 50 µs"), metText(skewed.wrapper.p99() <= kLookupTargetNs)));
    t.addRow(
        latencyRow(QStringLiteral("Barcode lookup, raw sqlite3, same SQL") + skew, skewed.raw, QString(), QString()));
    for (qsizetype w = 0; w < skewed.whatIf.size(); ++w)
        t.addRow(latencyRow(QStringLiteral("Barcode lookup, ") + QString::fromUtf8(kLookupWhatIfs[w].label) + skew,
            skewed.whatIf[w], QString(), QString()));
    t.addRow(latencyRow(QStringLiteral("Name search, CatalogReader::searchUnranked, 20 results, all prefixes"), allSearches,
        QStringLiteral("p99 ≤ 20 ms"), metText(allSearches.p99() <= kSearchTargetNs)));
    t.addRow(latencyRow(QStringLiteral("Sale commit, Ledger::commitSale, %1 lines").arg(kSaleLines), commits.ledger,
        QStringLiteral("p99 ≤ 10 ms"), metText(commits.ledger.p99() <= kCommitTargetNs)));
    t.addRow(latencyRow(
        QStringLiteral("Sale commit, raw: %1 INSERTs in one transaction (baseline)").arg(commits.writesPerSale),
        commits.raw, QString(), QString()));
    t.addRow(ratioRow(QStringLiteral("Sale commit, ratio Ledger / raw"), commits.ledger, commits.raw));
    t.addRow(latencyRow(QStringLiteral("Sale commit, Ledger::commitSale, wal_autocheckpoint=0 (what-if)"),
        commits.ledgerNoCheckpoint, QString(), QString()));
    t.print();

    std::printf("\n### Name search by what was typed\n\n");
    Table g({ QStringLiteral("Typed"), QStringLiteral("Samples"), QStringLiteral("p50"), QStringLiteral("p99"),
        QStringLiteral("max"), QStringLiteral("FTS query alone p50"), QStringLiteral("FTS query alone p99") });
    for (const QString &name : std::as_const(groups)) {
        const Samples &s = byGroup[name];
        const Samples &f = ftsByGroup[name];
        g.addRow({ name, QString::number(s.count()), formatNs(s.p50()), formatNs(s.p99()), formatNs(s.max()),
            formatNs(f.p50()), formatNs(f.p99()) });
    }
    g.print();

    std::printf("\n### Name search per query\n\n");
    Table q({ QStringLiteral("Query"), QStringLiteral("Results"), QStringLiteral("p50"), QStringLiteral("p99"),
        QStringLiteral("max"), QStringLiteral("FTS query alone p50"), QStringLiteral("FTS query alone max") });
    for (const QueryReport &r : queries)
        q.addRow({ QLatin1Char('"') + r.text + QLatin1Char('"'), QString::number(r.hits), formatNs(r.search.p50()),
            formatNs(r.search.p99()), formatNs(r.search.max()), formatNs(r.fts.p50()), formatNs(r.fts.max()) });
    q.print();

    if (build.profile) {
        std::printf("\n### Build time by SQL statement (--profile-build)\n\n");
        QList<std::pair<QByteArray, StatementProfile::Entry>> entries;
        qint64 sqlNs = 0;
        for (const StatementProfile::Entry &e : std::as_const(build.profile->bySql)) {
            entries.append({ e.sql, e });
            if (!e.nested)
                sqlNs += e.ns;
        }
        std::sort(
            entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.second.ns > b.second.ns; });
        Table p({ QStringLiteral("Statement"), QStringLiteral("Runs"), QStringLiteral("Total"),
            QStringLiteral("Share of build"), QStringLiteral("Per run") });
        auto share = [&](qint64 ns) -> QString {
            return QString::number(100.0 * double(ns) / double(build.ns), 'f', 1) + QStringLiteral(" %");
        };
        for (const auto &[sql, e] : std::as_const(entries)) {
            if (e.ns * 200 < build.ns) // below 0.5 %: left out
                continue;
            const QString text
                = QStringLiteral("`") + QString::fromUtf8(sql).simplified().left(80) + QStringLiteral("`");
            p.addRow({ e.nested ? QStringLiteral("↳ nested: ") + text : text, thousands(e.runs), formatNs(e.ns),
                share(e.ns), formatNs(e.ns / std::max<qint64>(1, e.runs)) });
        }
        p.addRow(
            { QStringLiteral("all top-level SQL statements"), QString(), formatNs(sqlNs), share(sqlNs), QString() });
        p.addRow({ QStringLiteral("outside SQLite (generating names, folding text, binding, Qt strings)"), QString(),
            formatNs(build.ns - sqlNs), share(build.ns - sqlNs), QString() });
        p.print();
    }
    return 0;
}
