// SPDX-License-Identifier: GPL-3.0-or-later
// bench_search: the ranked search as you type and the product card, on a 1,000,000-product
// cache.db with names in all five languages, each next to today's query in the same run:
//  - every keystroke of typical queries (1, 2, 3 ... characters) through CatalogReader::search
//    (ranked) and CatalogReader::searchUnranked (the FTS5 prefix search before ranking);
//  - the product card: findById + stockLevels of every location + variants of its model, next to
//    findById + stockLevels.
// The ranked answers of every typed text are checked against a naive evaluation (every match,
// sorted) once, untimed apart from a few what-if rows. Prints Markdown (docs/performance.md,
// "Search").

#include "benchcatalog.h"
#include "benchstats.h"
#include "core/textfold.h"
#include "storage/catalog.h"
#include "storage/sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <sqlite3.h>

using namespace ok::bench;
using ok::db::Database;

namespace {

constexpr qint64 kNow = kCatalogNow;
constexpr auto kStore = "S001";
constexpr auto kLanguage = "pl";
constexpr int kLimit = 20;
constexpr int kCards = 2000;
constexpr quint64 kSeed = 0x5EA2C4;
constexpr qint64 kSearchTargetNs = 20'000'000;
constexpr qint64 kCardTargetNs = 5'000'000;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_search: %s\n", message.toUtf8().constData());
    std::exit(1);
}

template<typename T> T check(ok::Result<T> r, const char *what)
{
    if (!r)
        die(QString::fromUtf8(what) + QStringLiteral(": ") + r.error().message);
    return std::move(r).value();
}

/// What people type, letter by letter, in the five languages: every prefix is one keystroke.
/// "%BARCODE%" is replaced by the main barcode of the product with the promotion of S001.
const char *const kQueries[] = {
    "buty", // pl: running and trail shoes (tier 2: names start with it)
    "buty do biegania czarny 42",
    "nord", // a brand prefix: Nordwalk, Nordhavn
    "czarn", // pl colour
    "bla", // en black, nb blå, blåbær ...
    "42", // a size
    "mleko zag", // pl, two words
    "scarpe da corsa", // it
    "løpesko", // nb, with ø
    "кроссовки", // ru
    "молоко", // ru
    "koszulka xl", // pl, article and letter size
    "żółty", // pl diacritics
    "SKU-00012", // a SKU prefix
    "%BARCODE%", // a barcode typed digit by digit: the last keystroke is an exact code
};

struct Sequence {
    QString final;
    QStringList keystrokes;
    Samples ranked, unranked;
    qsizetype hits = 0;
    bool checked = false;
};

/// The naive ranked search: every match of every tier read and sorted. Correct by construction
/// and far too slow for short prefixes; the fast one must give the same answer.
QList<qint64> naiveRanked(Database &db, const QString &text)
{
    const QString typed = text.trimmed();
    const QString folded = ok::foldForSearch(typed);
    struct Row {
        qint64 id;
        qint64 pop;
        QString folded;
        QString name;
        int tier;
    };
    QHash<qint64, Row> rows;
    auto nameOf = [&db](qint64 id) {
        auto st
            = check(db.prepare("SELECT coalesce((SELECT name FROM product_name WHERE product_id = ?1 AND lang = 'pl'), "
                               "(SELECT name FROM product_name WHERE product_id = ?1 ORDER BY lang <> 'en' LIMIT 1), "
                               "(SELECT sku FROM product WHERE id = ?1))"),
                "preparing");
        st.bind(1, id);
        return st.step() ? st.text(0) : QString();
    };
    auto add = [&](const char *sql, const QString &a, const QString &b, int tier) {
        auto st = check(db.prepare(sql), "preparing the naive search");
        st.bind(1, a);
        if (!b.isNull())
            st.bind(2, b);
        while (st.step()) {
            const qint64 id = st.int64(0);
            if (!rows.contains(id))
                rows.insert(id, { id, st.int64(1), {}, {}, tier });
        }
        if (st.lastError())
            die(st.lastError()->message);
    };
    add("SELECT p.id, p.popularity FROM barcode b JOIN product p ON p.id = b.product_id WHERE b.code = ?1 AND p.active "
        "UNION SELECT id, popularity FROM product WHERE sku IN (?1, ?2) AND active",
        typed, typed.toUpper(), 1);
    if (!folded.isEmpty())
        add("SELECT DISTINCT n.product_id, p.popularity FROM product_name n JOIN product p ON p.id = n.product_id "
            "WHERE p.active AND n.name_key >= ?1 AND n.name_key < ?2",
            folded, folded + QString::fromUcs4(U"\U0010FFFF", 1), 2);
    const QString expr = ok::db::CatalogReader::matchExpression(typed);
    if (!expr.isEmpty())
        add("SELECT p.id, p.popularity FROM product_search s JOIN product p ON p.id = s.rowid "
            "WHERE product_search MATCH ?1 AND p.active",
            expr, QString(), 3);
    QList<Row> all = rows.values();
    // Names only where they can matter: sorting a few hundred thousand names would take minutes.
    std::sort(all.begin(), all.end(), [](const Row &a, const Row &b) {
        return a.tier != b.tier ? a.tier < b.tier : a.pop != b.pop ? a.pop > b.pop : a.id < b.id;
    });
    QList<Row> head;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i >= kLimit && (all[i].tier != all[kLimit - 1].tier || all[i].pop != all[kLimit - 1].pop))
            break;
        head.append(all[i]);
    }
    for (Row &r : head) {
        r.name = nameOf(r.id);
        r.folded = ok::foldForSearch(r.name);
    }
    std::sort(head.begin(), head.end(), [](const Row &a, const Row &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.pop != b.pop)
            return a.pop > b.pop;
        if (const int f = QString::compare(a.folded, b.folded))
            return f < 0;
        if (const int n = QString::compare(a.name, b.name))
            return n < 0;
        return a.id < b.id;
    });
    QList<qint64> out;
    for (qsizetype i = 0; i < head.size() && i < kLimit; ++i)
        out.append(head[i].id);
    return out;
}

QString thousands(qint64 n)
{
    QString s = QString::number(n);
    for (qsizetype i = s.size() - 3; i > 0; i -= 3)
        s.insert(i, QLatin1Char(','));
    return s;
}

QString lengthGroup(const QString &typed)
{
    const qsizetype n = typed.size();
    return n <= 3 ? QStringLiteral("%1 character%2").arg(n).arg(n == 1 ? "" : "s") : QStringLiteral("4+ characters");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_search"));
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Ranked search per keystroke and the product card on a large demo "
                                                 "cache.db, next to today's queries (see docs/performance.md)."));
    cli.addHelpOption();
    const QCommandLineOption productsOpt(QStringLiteral("products"), QStringLiteral("Catalog size (default 1000000)."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
        QStringLiteral("Work directory; its search-cache.db is reused when it holds the requested "
                       "catalog. Default: a temporary directory, removed at the end."),
        QStringLiteral("dir"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"),
        QStringLiteral("Replays of every keystroke sequence (default 20, plus one warm-up)."), QStringLiteral("n"),
        QStringLiteral("20"));
    const QCommandLineOption noCheckOpt(QStringLiteral("no-check"), QStringLiteral("Skip the naive cross-check."));
    cli.addOptions({ productsOpt, dirOpt, roundsOpt, noCheckOpt });
    cli.process(app);
    bool okProducts = false, okRounds = false;
    const qint64 products = cli.value(productsOpt).toLongLong(&okProducts);
    const int rounds = cli.value(roundsOpt).toInt(&okRounds);
    if (!okProducts || products < 200 || !okRounds || rounds < 1)
        die(QStringLiteral("--products takes a whole number of at least 200, --rounds at least 1"));

    QTemporaryDir tempDir(QDir::tempPath() + QStringLiteral("/bench_search-XXXXXX"));
    const QString dir = ok::bench::benchDirectory(cli.isSet(dirOpt) ? cli.value(dirOpt) : QString(), tempDir);
    CatalogSpec spec;
    spec.path = dir + QStringLiteral("/search-cache.db");
    spec.products = products;
    spec.languages = { QStringLiteral("pl"), QStringLiteral("en"), QStringLiteral("it"), QStringLiteral("ru"),
        QStringLiteral("nb") };
    spec.storeId = QString::fromLatin1(kStore);
    const QString loadAtStart = loadAverage();
    const CatalogBuild build = ensureCatalog(spec);

    auto db = check(Database::openReadOnly(spec.path), "opening the cache");
    ok::db::registerFunctions(*db);
    ok::db::CatalogReader::tuneConnection(*db); // as CatalogService does
    ok::db::CatalogReader reader(*db, QString::fromLatin1(kStore), QString::fromLatin1(kLanguage));

    // The barcode of a product with S001's channel promotion, typed digit by digit.
    const QString barcode = [&db] {
        auto st = check(db->prepare("SELECT b.code FROM price p JOIN barcode b ON b.product_id = p.product_id "
                                    "WHERE p.store_id = 'S001' AND p.promotion <> '' ORDER BY b.code LIMIT 1"),
            "preparing");
        if (!st.step())
            die(QStringLiteral("the catalog has no channel promotion in S001"));
        return st.text(0);
    }();

    QList<Sequence> sequences;
    for (const char *q : kQueries) {
        Sequence s;
        s.final = QString::fromUtf8(q).replace(QStringLiteral("%BARCODE%"), barcode);
        for (qsizetype n = 1; n <= s.final.size(); ++n)
            if (!s.final.at(n - 1).isSpace())
                s.keystrokes.append(s.final.left(n));
        sequences.append(s);
    }

    // Correctness first: every keystroke's ranked answer equals the naive one.
    QList<std::pair<QString, qint64>> naiveTimes;
    if (!cli.isSet(noCheckOpt)) {
        std::fprintf(stderr, "bench_search: checking every keystroke against the naive ranked search ...\n");
        for (Sequence &s : sequences) {
            for (const QString &typed : std::as_const(s.keystrokes)) {
                const auto t0 = Clock::now();
                const QList<qint64> expected = naiveRanked(*db, typed);
                const qint64 ns = nsSince(t0);
                if (typed.size() <= 2 || typed == s.final)
                    naiveTimes.append({ typed, ns });
                QList<qint64> got;
                for (const auto &p : check(reader.search(typed, kLimit, kNow), "searching"))
                    got.append(p.id);
                if (got != expected) {
                    QStringList a, b;
                    for (qint64 id : got)
                        a << QString::number(id);
                    for (qint64 id : expected)
                        b << QString::number(id);
                    die(QStringLiteral("\"%1\": ranked %2, naive %3")
                            .arg(typed, a.join(QLatin1Char(',')), b.join(QLatin1Char(','))));
                }
            }
            s.checked = true;
        }
    }

    std::fprintf(stderr, "bench_search: %d rounds of %lld keystrokes ...\n", rounds,
        static_cast<long long>(std::accumulate(sequences.cbegin(), sequences.cend(), qsizetype(0),
            [](qsizetype n, const Sequence &s) { return n + s.keystrokes.size(); })));
    QHash<QString, Samples> rankedByLength, unrankedByLength, rankedByText, unrankedByText;
    QStringList lengths;
    Samples allRanked, allUnranked;
    for (int round = 0; round <= rounds; ++round) { // round 0 warms the caches
        for (Sequence &s : sequences) {
            for (const QString &typed : std::as_const(s.keystrokes)) {
                // Alternate which goes first, so neither always finds the other's pages cached.
                qint64 rankedNs = 0, unrankedNs = 0;
                qsizetype hits = 0;
                for (int k = 0; k < 2; ++k) {
                    const bool doRanked = (k == 0) == (round % 2 == 0);
                    const auto t0 = Clock::now();
                    if (doRanked)
                        hits = check(reader.search(typed, kLimit, kNow), "searching").size();
                    else
                        (void)check(reader.searchUnranked(typed, kLimit, kNow), "searching");
                    (doRanked ? rankedNs : unrankedNs) = nsSince(t0);
                }
                if (round == 0)
                    continue;
                s.ranked.add(rankedNs);
                s.unranked.add(unrankedNs);
                s.hits = hits;
                const QString group = lengthGroup(typed);
                if (!lengths.contains(group))
                    lengths.append(group);
                rankedByLength[group].add(rankedNs);
                unrankedByLength[group].add(unrankedNs);
                rankedByText[typed].add(rankedNs);
                unrankedByText[typed].add(unrankedNs);
                allRanked.add(rankedNs);
                allUnranked.add(unrankedNs);
            }
        }
    }
    std::sort(lengths.begin(), lengths.end());

    // The product card: random products, a fifth of them variants of an article.
    std::fprintf(stderr, "bench_search: %d product cards ...\n", kCards);
    Rng rng(kSeed);
    QList<qint64> cardIds;
    while (cardIds.size() < kCards) {
        const qint64 id = rng.range(1, products);
        cardIds.append(id);
    }
    Samples cardNew, cardOld;
    qint64 variantsSeen = 0, levelsSeen = 0;
    for (int round = 0; round < 2; ++round) {
        for (qsizetype i = 0; i < cardIds.size(); ++i) {
            const qint64 id = cardIds[i];
            qint64 newNs = 0, oldNs = 0;
            for (int k = 0; k < 2; ++k) {
                const bool doNew = (k == 0) == (i % 2 == 0);
                const auto t0 = Clock::now();
                const auto p = reader.findById(id, kNow);
                if (!p)
                    die(QStringLiteral("product %1 not found").arg(id));
                const auto levels = reader.stockLevels(id);
                if (doNew) {
                    const auto variants = reader.variants(p->model, kNow);
                    if (round == 1) {
                        variantsSeen += variants.size();
                        levelsSeen += levels.size();
                    }
                }
                (doNew ? newNs : oldNs) = nsSince(t0);
            }
            if (round == 0)
                continue; // warm-up
            cardNew.add(newNs);
            cardOld.add(oldNs);
        }
    }

    // ---- print
    std::printf("## bench_search\n\n");
    std::printf("- catalog: %s products, names in pl, en, it, ru and nb, store %s, reader language %s, now = %lld, "
                "search-cache.db %.0f MiB (%s)\n",
        thousands(products).toUtf8().constData(), kStore, kLanguage, static_cast<long long>(kNow),
        double(QFileInfo(spec.path).size()) / (1024.0 * 1024.0),
        build.reused ? "reused" : QStringLiteral("built in %1").arg(formatNs(build.ns)).toUtf8().constData());
    std::printf("- SQLite %s, read-only connection as the app's CatalogService opens it; %d results per search\n",
        sqlite3_libversion(), kLimit);
    std::printf("- 1-minute load average: %s at the start, %s at the end (%d CPUs)\n", loadAtStart.toUtf8().constData(),
        loadAverage().toUtf8().constData(), QThread::idealThreadCount());
    std::printf("- every keystroke's ranked answer %s the naive evaluation (all matches, sorted)\n\n",
        cli.isSet(noCheckOpt) ? "was NOT checked against" : "equals");

    Table t({ QStringLiteral("Measure"), QStringLiteral("Samples"), QStringLiteral("p50"), QStringLiteral("p99"),
        QStringLiteral("max"), QStringLiteral("Target"), QStringLiteral("Result") });
    auto row = [&t](const QString &what, const Samples &s, const QString &target, const QString &met) {
        t.addRow(
            { what, QString::number(s.count()), formatNs(s.p50()), formatNs(s.p99()), formatNs(s.max()), target, met });
    };
    row(QStringLiteral("Ranked search, every keystroke"), allRanked, QStringLiteral("p99 ≤ 20 ms"),
        metText(allRanked.p99() <= kSearchTargetNs));
    row(QStringLiteral("Unranked search (today's), every keystroke"), allUnranked, QString(), QString());
    for (const QString &g : std::as_const(lengths)) {
        row(QStringLiteral("Ranked search, %1").arg(g), rankedByLength[g], QString(), QString());
        row(QStringLiteral("Unranked search, %1").arg(g), unrankedByLength[g], QString(), QString());
    }
    row(QStringLiteral("Product card: findById + stockLevels + variants"), cardNew, QStringLiteral("p99 ≤ 5 ms"),
        metText(cardNew.p99() <= kCardTargetNs));
    row(QStringLiteral("Product card today: findById + stockLevels"), cardOld, QString(), QString());
    t.print();
    std::printf("\nProduct card: %.1f stock levels and %.1f variants per card on average.\n",
        double(levelsSeen) / double(cardNew.count()), double(variantsSeen) / double(cardNew.count()));

    std::printf("\n### Per typed query (all its keystrokes)\n\n");
    Table q({ QStringLiteral("Typed"), QStringLiteral("Keystrokes"), QStringLiteral("Results (last)"),
        QStringLiteral("Ranked p50"), QStringLiteral("Ranked p99"), QStringLiteral("Ranked max"),
        QStringLiteral("Unranked p50"), QStringLiteral("Unranked p99") });
    for (const Sequence &s : std::as_const(sequences))
        q.addRow({ QLatin1Char('"') + s.final + QLatin1Char('"'), QString::number(s.keystrokes.size()),
            QString::number(s.hits), formatNs(s.ranked.p50()), formatNs(s.ranked.p99()), formatNs(s.ranked.max()),
            formatNs(s.unranked.p50()), formatNs(s.unranked.p99()) });
    q.print();

    std::printf("\n### The 12 slowest keystrokes (by ranked p50)\n\n");
    QStringList typedAll = rankedByText.keys();
    std::sort(typedAll.begin(), typedAll.end(),
        [&](const QString &a, const QString &b) { return rankedByText[a].p50() > rankedByText[b].p50(); });
    Table slow({ QStringLiteral("Typed"), QStringLiteral("Ranked p50"), QStringLiteral("Ranked max"),
        QStringLiteral("Unranked p50"), QStringLiteral("Unranked max") });
    for (qsizetype i = 0; i < typedAll.size() && i < 12; ++i) {
        const QString &k = typedAll[i];
        slow.addRow({ QLatin1Char('"') + k + QLatin1Char('"'), formatNs(rankedByText[k].p50()),
            formatNs(rankedByText[k].max()), formatNs(unrankedByText[k].p50()), formatNs(unrankedByText[k].max()) });
    }
    slow.print();

    if (!naiveTimes.isEmpty()) {
        std::printf("\n### What-if: the naive ranked search (every match read and sorted), one run each\n\n");
        Table n({ QStringLiteral("Typed"), QStringLiteral("Naive") });
        for (const auto &[typed, ns] : std::as_const(naiveTimes))
            n.addRow({ QLatin1Char('"') + typed + QLatin1Char('"'), formatNs(ns) });
        n.print();
    }
    return 0;
}
