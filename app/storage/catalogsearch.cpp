// SPDX-License-Identifier: GPL-3.0-or-later
// CatalogReader's search: the ranked search as you type and the unranked one it replaced.
// The design and its figures are in docs/performance.md, "Search".
#include "core/textfold.h"
#include "storage/catalog.h"
#include "storage/sqlite.h"

#include <algorithm>

namespace ok::db {

namespace {

// A tier's matches are read completely when there are at most this many candidates, and sorted
// here; above, the matches are found by walking the products in popularity order
// (product_rank) until enough are found. The walk reads about limit × products / candidates
// rows, the complete read about `candidates` rows: these bounds keep both a few milliseconds on
// 1,000,000 products (bench_search).
constexpr int kMaxNameCandidates = 2000; // product_name rows whose folded name starts with the text
constexpr int kMaxWordCandidates = 1500; // FTS5 matches

// The same FTS statement for both searches (bench_storage finds it by its MATCH).
constexpr std::string_view kMatch = "SELECT rowid FROM product_search WHERE product_search MATCH ?1 LIMIT ?2";

/// The searchable words of `text`: folded, letters and digits only.
QStringList searchWords(const QString &text)
{
    const QStringList words = ok::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &w : words) {
        QString clean;
        for (QChar c : w)
            if (c.isLetterOrNumber())
                clean.append(c);
        if (!clean.isEmpty())
            out.append(clean);
    }
    return out;
}

/// Whether `terms` (a product's search_terms) has a word starting with `word`: at its start or
/// after a space, as FTS5's prefix query matches tokens.
bool hasWordStart(std::string_view terms, std::string_view word)
{
    for (size_t at = terms.find(word); at != std::string_view::npos; at = terms.find(word, at + 1))
        if (at == 0 || terms[at - 1] == ' ')
            return true;
    return false;
}

} // namespace

void CatalogReader::tuneConnection(Database &db)
{
    (void)db.exec("PRAGMA cache_size = -32768"); // KiB; a failure leaves SQLite's default, only slower
}

QString CatalogReader::matchExpression(const QString &text)
{
    QStringList terms;
    for (const QString &w : searchWords(text))
        terms.append(QLatin1Char('"') + w + QLatin1String("\"*"));
    return terms.join(QLatin1String(" AND "));
}

Result<QList<ProductInfo>> CatalogReader::searchUnranked(const QString &text, int limit, qint64 now)
{
    QList<ProductInfo> out;
    const QString expr = matchExpression(text);
    if (expr.isEmpty() || limit <= 0)
        return out;
    Statement &st = m_db.cached(kMatch);
    st.bind(1, expr).bind(2, qint64(limit));
    QList<qint64> ids;
    while (st.step())
        ids.append(st.int64(0));
    if (st.lastError()) {
        const Error e = statementError(st);
        st.reset();
        return e;
    }
    st.reset();
    out.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto p = readProduct(id, now, QString()))
            out.append(*p);
    }
    return out;
}

Result<QList<ProductInfo>> CatalogReader::search(const QString &text, int limit, qint64 now)
{
    QList<ProductInfo> out;
    const QString typed = text.trimmed();
    const QString folded = ok::foldForSearch(typed);
    if (limit <= 0 || typed.isEmpty())
        return out;

    // Each tier only fills what the tiers above left: a tier below is read only when the tier
    // above had fewer matches than wanted, i.e. when all of that tier's matches are already in
    // `ids` (so excluding `ids` excludes every better match).
    auto exact = exactCodes(typed);
    if (!exact)
        return exact.error();
    QList<qint64> ids = exact.value();
    if (ids.size() < limit && !folded.isEmpty()) {
        auto names = tierFromNames(folded, limit - int(ids.size()), ids);
        if (!names)
            return names.error();
        auto ordered = orderTier(std::move(names).value(), limit - int(ids.size()));
        if (!ordered)
            return ordered.error();
        ids += ordered.value();
    }
    if (ids.size() < limit) {
        auto words = tierFromWords(typed, limit - int(ids.size()), ids);
        if (!words)
            return words.error();
        auto ordered = orderTier(std::move(words).value(), limit - int(ids.size()));
        if (!ordered)
            return ordered.error();
        ids += ordered.value();
    }
    out.reserve(ids.size());
    for (qint64 id : std::as_const(ids))
        if (auto p = readProduct(id, now, QString()))
            out.append(*p);
    return out;
}

Result<QList<qint64>> CatalogReader::exactCodes(const QString &text)
{
    // Tier 1. SKUs are compared as typed and in capitals ("sku-0000042" is SKU-0000042); both
    // lookups use a unique index.
    QList<Candidate> found;
    Statement &st = m_db.cached(R"sql(
        SELECT p.id, p.popularity FROM barcode b JOIN product p ON p.id = b.product_id
        WHERE b.code = ?1 AND p.active = 1
        UNION
        SELECT id, popularity FROM product WHERE sku IN (?1, ?2) AND active = 1)sql");
    st.bind(1, text).bind(2, text.toUpper());
    while (st.step())
        found.append({ st.int64(0), st.int64(1) });
    if (st.lastError()) {
        const Error e = statementError(st);
        st.reset();
        return e;
    }
    st.reset();
    return orderTier(found, int(found.size()));
}

Result<QList<CatalogReader::Candidate>> CatalogReader::tierFromNames(
    const QString &folded, int limit, const QList<qint64> &exclude)
{
    // Tier 2: a range of the index on the folded names. Every string that starts with `folded`
    // sorts between it and `folded` followed by the last code point.
    const QString upper = folded + QString::fromUcs4(U"\U0010FFFF", 1);
    Statement &st = m_db.cached("SELECT product_id, popularity FROM product_name "
                                "WHERE name_key >= ?1 AND name_key < ?2 LIMIT ?3");
    st.bind(1, folded).bind(2, upper).bind(3, qint64(kMaxNameCandidates) + 1);
    QList<Candidate> found;
    int rows = 0;
    while (st.step()) {
        ++rows;
        const qint64 id = st.int64(0);
        if (!exclude.contains(id))
            found.append({ id, st.int64(1) });
    }
    if (st.lastError()) {
        const Error e = statementError(st);
        st.reset();
        return e;
    }
    st.reset();
    if (rows <= kMaxNameCandidates) {
        // Complete; a product named alike in several languages comes once.
        std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) { return a.id < b.id; });
        found.erase(std::unique(found.begin(), found.end(),
                        [](const Candidate &a, const Candidate &b) { return a.id == b.id; }),
            found.end());
        return found;
    }
    // Too many to sort: the most popular ones are found early in popularity order.
    const QByteArray needle = (QLatin1String("| ") + folded).toUtf8();
    return scanByPopularity(limit, exclude, [&needle](std::string_view terms) {
        return terms.find(std::string_view(needle.constData(), size_t(needle.size()))) != std::string_view::npos;
    });
}

Result<QList<CatalogReader::Candidate>> CatalogReader::tierFromWords(
    const QString &text, int limit, const QList<qint64> &exclude)
{
    // Tier 3: FTS5's prefix search, bounded.
    const QStringList words = searchWords(text);
    if (words.isEmpty())
        return QList<Candidate>();
    Statement &st = m_db.cached(kMatch);
    st.bind(1, matchExpression(text)).bind(2, qint64(kMaxWordCandidates) + 1);
    QList<qint64> matched;
    while (st.step())
        matched.append(st.int64(0));
    if (st.lastError()) {
        const Error e = statementError(st);
        st.reset();
        return e;
    }
    st.reset();
    if (matched.size() <= kMaxWordCandidates) {
        QList<Candidate> found;
        // FTS5 hands the ids in ascending order: the lookups walk product_popularity forwards.
        Statement &pop = m_db.cached("SELECT popularity FROM product INDEXED BY product_popularity "
                                     "WHERE id = ?1 AND active = 1");
        for (qint64 id : std::as_const(matched)) {
            if (exclude.contains(id))
                continue;
            pop.bind(1, id);
            if (pop.step())
                found.append({ id, pop.int64(0) });
            pop.reset();
        }
        return found;
    }
    QList<QByteArray> needles;
    for (const QString &w : words)
        needles.append(w.toUtf8());
    return scanByPopularity(limit, exclude, [&needles](std::string_view terms) {
        return std::all_of(needles.cbegin(), needles.cend(), [terms](const QByteArray &w) {
            return hasWordStart(terms, std::string_view(w.constData(), size_t(w.size())));
        });
    });
}

Result<QList<CatalogReader::Candidate>> CatalogReader::scanByPopularity(
    int limit, const QList<qint64> &exclude, const std::function<bool(std::string_view terms)> &matches)
{
    // product_rank holds (popularity, id, search_terms) of every active product in popularity
    // order: a walk reads it front to back without touching the product rows. It stops after the
    // `limit`-th match once the popularity drops, so every product tied with the last one is
    // there for orderTier() to order by name.
    QList<Candidate> found;
    std::optional<qint64> boundary;
    Statement &st = m_db.cached("SELECT id, popularity, search_terms FROM product INDEXED BY product_rank "
                                "WHERE active = 1 ORDER BY popularity DESC, id");
    while (st.step()) {
        const qint64 popularity = st.int64(1);
        if (boundary && popularity < *boundary)
            break;
        const qint64 id = st.int64(0);
        if (exclude.contains(id) || !matches(st.textView(2)))
            continue;
        found.append({ id, popularity });
        if (!boundary && found.size() >= limit)
            boundary = popularity;
    }
    if (st.lastError()) {
        const Error e = statementError(st);
        st.reset();
        return e;
    }
    st.reset();
    return found;
}

QString CatalogReader::sortName(qint64 id)
{
    Statement &st = m_db.cached(R"sql(
        SELECT coalesce((SELECT name FROM product_name WHERE product_id = ?1 AND lang = ?2),
                        (SELECT name FROM product_name WHERE product_id = ?1 ORDER BY lang <> 'en' LIMIT 1),
                        (SELECT sku FROM product WHERE id = ?1)))sql");
    st.bind(1, id).bind(2, m_lang);
    QString name = st.step() ? st.text(0) : QString();
    st.reset();
    return name;
}

Result<QList<qint64>> CatalogReader::orderTier(QList<Candidate> candidates, int limit)
{
    if (limit <= 0 || candidates.isEmpty())
        return QList<qint64>();
    // Popularity first; only the candidates that can still be among the first `limit` (those at
    // least as popular as the limit-th) need their names, which break the ties.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.popularity != b.popularity ? a.popularity > b.popularity : a.id < b.id;
    });
    if (candidates.size() > limit) {
        const qint64 boundary = candidates.at(limit - 1).popularity;
        qsizetype keep = limit;
        while (keep < candidates.size() && candidates.at(keep).popularity == boundary)
            ++keep;
        candidates.resize(keep);
    }
    struct Named {
        Candidate c;
        QString folded;
        QString name;
    };
    QList<Named> named;
    named.reserve(candidates.size());
    for (const Candidate &c : std::as_const(candidates)) {
        const QString name = sortName(c.id);
        named.append({ c, ok::foldForSearch(name), name });
    }
    std::sort(named.begin(), named.end(), [](const Named &a, const Named &b) {
        if (a.c.popularity != b.c.popularity)
            return a.c.popularity > b.c.popularity;
        if (const int f = QString::compare(a.folded, b.folded))
            return f < 0;
        if (const int n = QString::compare(a.name, b.name))
            return n < 0;
        return a.c.id < b.c.id;
    });
    QList<qint64> out;
    for (qsizetype i = 0; i < named.size() && i < limit; ++i)
        out.append(named.at(i).c.id);
    return out;
}

} // namespace ok::db
