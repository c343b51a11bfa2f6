// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo-data/demodata.h"

#include "core/gtin.h"
#include "core/pickup.h"
#include "core/pin.h"



#include <algorithm>
#include <array>
#include <optional>

namespace ok::demo {

namespace {

/// SplitMix64: tiny, fast, and the same sequence on every machine (std::mt19937 distributions
/// are not specified bit-for-bit across standard libraries).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); } // inclusive
    bool chance(int percent) { return qint64(next() % 100) < percent; }

private:
    quint64 m_state;
};

/// SplitMix64's output function as a hash: derives the start state of an independent stream.
constexpr quint64 mix64(quint64 z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Stream domains: a product's stream is keyed by its id, a store's orders and staff by these tags
// plus the store's index, so no two streams start from the same state.
constexpr quint64 kOrdersDomain = 0x4F52444552530000ULL; // "ORDERS"
constexpr quint64 kStaffDomain = 0x5354414646000000ULL;  // "STAFF"

Rng productRng(quint64 seed, qint64 productId)
{
    return Rng(mix64(seed ^ mix64(quint64(productId))));
}

Rng domainRng(quint64 seed, quint64 domain, int index)
{
    return Rng(mix64(seed ^ mix64(domain + quint64(index))));
}

enum Lang { En, Pl, It, Ru, Nb, LangCount };
constexpr std::array<const char *, LangCount> kLangCodes = {"en", "pl", "it", "ru", "nb"};

enum class Tier { Standard, Reduced1, Reduced2, Zero };

struct Concept {
    std::array<const char *, LangCount> name;
    Tier tier;
    bool weighed;       ///< sold by weight, price per kg
    int minCents;       ///< price range in euro cents, scaled per currency
    int maxCents;
    int sizeKind;       ///< index into kSizes
};

// Names are written as a shop shelf label would read in each language.
constexpr Concept kConcepts[] = {
    {{"Milk", "Mleko", "Latte", "Молоко", "Melk"}, Tier::Reduced2, false, 79, 189, 0},
    {{"Butter", "Masło", "Burro", "Масло сливочное", "Smør"}, Tier::Reduced2, false, 189, 399, 1},
    {{"Yellow cheese", "Ser żółty", "Formaggio giallo", "Сыр жёлтый", "Gulost"}, Tier::Reduced2, true, 899, 2499, 2},
    {{"Brown cheese", "Ser brunatny", "Formaggio bruno", "Бурый сыр", "Brunost"}, Tier::Reduced2, false, 399, 899, 1},
    {{"Smoked salmon", "Łosoś wędzony", "Salmone affumicato", "Лосось копчёный", "Røkt laks"}, Tier::Reduced2, false, 399, 1299, 1},
    {{"Rye bread", "Chleb żytni", "Pane di segale", "Хлеб ржаной", "Rugbrød"}, Tier::Reduced2, false, 149, 449, 3},
    {{"Open sandwich", "Kanapka", "Tramezzino", "Бутерброд", "Smørbrød"}, Tier::Reduced1, false, 299, 699, 4},
    {{"Doughnut", "Pączek", "Bombolone", "Пончик", "Smultring"}, Tier::Reduced2, false, 59, 199, 4},
    {{"Coffee beans", "Kawa ziarnista", "Caffè in grani", "Кофе в зёрнах", "Kaffebønner"}, Tier::Reduced2, false, 499, 1899, 1},
    {{"Ground coffee", "Kawa mielona", "Caffè macinato", "Кофе молотый", "Malt kaffe"}, Tier::Reduced2, false, 399, 1199, 1},
    {{"Black tea", "Herbata czarna", "Tè nero", "Чай чёрный", "Svart te"}, Tier::Reduced2, false, 199, 899, 1},
    {{"Blueberries", "Borówki", "Mirtilli", "Черника", "Blåbær"}, Tier::Reduced2, true, 799, 1999, 2},
    {{"Apples", "Jabłka", "Mele", "Яблоки", "Epler"}, Tier::Reduced2, true, 149, 399, 2},
    {{"Potatoes", "Ziemniaki", "Patate", "Картофель", "Poteter"}, Tier::Reduced2, true, 69, 199, 2},
    {{"Sour cream", "Śmietana", "Panna acida", "Сметана", "Rømme"}, Tier::Reduced2, false, 99, 249, 0},
    {{"Condensed milk", "Mleko zagęszczone", "Latte condensato", "Сгущёнка", "Kondensert melk"}, Tier::Reduced2, false, 129, 299, 1},
    {{"Dumplings", "Pierogi", "Ravioli", "Пельмени", "Dumplings"}, Tier::Reduced2, false, 299, 799, 1},
    {{"Olive oil", "Oliwa z oliwek", "Olio d'oliva", "Оливковое масло", "Olivenolje"}, Tier::Reduced2, false, 499, 1599, 0},
    {{"Pasta", "Makaron", "Pasta di semola", "Макароны", "Pasta"}, Tier::Reduced2, false, 89, 349, 1},
    {{"Tomato sauce", "Sos pomidorowy", "Passata di pomodoro", "Томатный соус", "Tomatsaus"}, Tier::Reduced2, false, 99, 299, 1},
    {{"Honey", "Miód", "Miele", "Мёд", "Honning"}, Tier::Reduced2, false, 399, 1299, 1},
    {{"Sparkling water", "Woda gazowana", "Acqua frizzante", "Вода газированная", "Farris"}, Tier::Reduced1, false, 39, 129, 0},
    {{"Orange juice", "Sok pomarańczowy", "Succo d'arancia", "Апельсиновый сок", "Appelsinjuice"}, Tier::Reduced1, false, 149, 399, 0},
    {{"Chocolate", "Czekolada", "Cioccolato", "Шоколад", "Sjokolade"}, Tier::Reduced1, false, 149, 499, 1},
    {{"Gingerbread", "Piernik", "Panpepato", "Пряник", "Pepperkake"}, Tier::Reduced1, false, 199, 599, 1},
    {{"Beer", "Piwo", "Birra", "Пиво", "Øl"}, Tier::Standard, false, 99, 349, 0},
    {{"Toothbrush", "Szczoteczka do zębów", "Spazzolino", "Зубная щётка", "Tannbørste"}, Tier::Standard, false, 199, 999, 4},
    {{"Shampoo", "Szampon", "Shampoo", "Шампунь", "Sjampo"}, Tier::Standard, false, 299, 999, 0},
    {{"Dish soap", "Płyn do naczyń", "Detersivo piatti", "Средство для посуды", "Oppvaskmiddel"}, Tier::Standard, false, 149, 499, 0},
    {{"Batteries AA", "Baterie AA", "Batterie AA", "Батарейки AA", "Batterier AA"}, Tier::Standard, false, 299, 1299, 5},
    {{"Light bulb", "Żarówka", "Lampadina", "Лампочка", "Lyspære"}, Tier::Standard, false, 199, 899, 5},
    {{"Wool socks", "Skarpety wełniane", "Calzini di lana", "Шерстяные носки", "Ullsokker"}, Tier::Standard, false, 499, 1999, 5},
    {{"Umbrella", "Parasol", "Ombrello", "Зонт", "Paraply"}, Tier::Standard, false, 799, 2999, 4},
    {{"Notebook", "Zeszyt", "Quaderno", "Тетрадь", "Notatbok"}, Tier::Standard, false, 99, 499, 5},
    {{"Cookbook", "Książka kucharska", "Libro di cucina", "Кулинарная книга", "Kokebok"}, Tier::Zero, false, 1499, 3999, 4},
    {{"Newspaper", "Gazeta", "Giornale", "Газета", "Avis"}, Tier::Zero, false, 150, 450, 4},
    {{"Christmas tree", "Choinka", "Albero di Natale", "Ёлка", "Juletre"}, Tier::Standard, false, 1999, 7999, 4},
    {{"Pickled cucumbers", "Ogórki kiszone", "Cetrioli sottaceto", "Солёные огурцы", "Sylteagurk"}, Tier::Reduced2, false, 149, 399, 1},
    {{"Buckwheat", "Kasza gryczana", "Grano saraceno", "Гречка", "Bokhvete"}, Tier::Reduced2, false, 129, 349, 1},
    {{"Bile soap", "Mydło żółciowe", "Sapone al fiele", "Мыло желчное", "Gallesåpe"}, Tier::Standard, false, 149, 399, 4},
};

// Apparel sold in variants (issue 13): every hundred product ids, ids 51 to 51 + k - 1 are the
// variants of one article (one model), size by size and colour by colour. Ids 1 to 50 stay
// groceries, so the small demo catalogs of the tests and the README's scan example keep theirs.
struct Apparel {
    Concept article; ///< names, tax tier and price range; sizeKind unused
    const char *code; ///< the model's prefix
    bool shoes;       ///< EU sizes 38 to 46; otherwise S to XXL
};
constexpr Apparel kApparel[] = {
    {{{"Running shoes", "Buty do biegania", "Scarpe da corsa", "Кроссовки беговые", "Løpesko"}, Tier::Standard, false, 5999, 14999, 4}, "RUN", true},
    {{{"Trail shoes", "Buty trailowe", "Scarpe da trail", "Кроссовки для трейла", "Terrengsko"}, Tier::Standard, false, 7999, 17999, 4}, "TRL", true},
    {{{"T-shirt", "Koszulka", "Maglietta", "Футболка", "T-skjorte"}, Tier::Standard, false, 999, 2999, 4}, "TEE", false},
    {{{"Rain jacket", "Kurtka przeciwdeszczowa", "Giacca antipioggia", "Дождевик", "Regnjakke"}, Tier::Standard, false, 4999, 12999, 4}, "JKT", false},
};
constexpr std::array<std::array<const char *, LangCount>, 6> kColours = {{
    {"black", "czarny", "nero", "чёрный", "svart"},
    {"white", "biały", "bianco", "белый", "hvit"},
    {"blue", "niebieski", "blu", "синий", "blå"},
    {"red", "czerwony", "rosso", "красный", "rød"},
    {"green", "zielony", "verde", "зелёный", "grønn"},
    {"grey", "szary", "grigio", "серый", "grå"},
}};
constexpr const char *kApparelBrands[] = {"Nordwalk", "Vento", "Kolibri", "Taiga"};
constexpr const char *kShoeSizes[] = {"38", "39", "40", "41", "42", "43", "44", "45", "46"};
constexpr const char *kLetterSizes[] = {"S", "M", "L", "XL", "XXL"};
constexpr qint64 kArticleBlock = 100;
constexpr qint64 kArticleOffset = 50;
constexpr quint64 kArticleDomain = 0x41525449434C4500ULL; // "ARTICLE"

/// The channel promotion of store `si` (issue 13): one variant of the first article each.
constexpr qint64 promotedProduct(int si) { return kArticleOffset + 1 + 2 * si; }
constexpr std::array<const char *, LangCount> kPromotionNames = {
    "Sports week −20 %", "Tydzień sportu −20 %", "Settimana dello sport −20 %", "Неделя спорта −20 %", "Sportsuke −20 %"};

/// Index of a language code in kLangCodes (English when unknown).
int langIndex(const QString &code)
{
    for (int l = 0; l < LangCount; ++l)
        if (code == QLatin1String(kLangCodes[size_t(l)]))
            return l;
    return En;
}

/// One product's place in its article, derived from (seed, the article's block) alone.
struct Variant {
    const Apparel *kind = nullptr;
    const char *brand = nullptr;
    QString model;
    const char *size = nullptr;
    int colour = 0;     ///< index into kColours
    qint64 cents = 0;   ///< the article's price in euro cents: every variant costs the same
};

std::optional<Variant> variantOf(quint64 seed, qint64 id)
{
    const qint64 block = (id - 1) / kArticleBlock;
    const qint64 offset = (id - 1) % kArticleBlock - kArticleOffset;
    if (offset < 0)
        return std::nullopt;
    Rng rng(mix64(seed ^ mix64(kArticleDomain + quint64(block))));
    Variant v;
    v.kind = &kApparel[rng.next() % std::size(kApparel)];
    v.brand = kApparelBrands[rng.next() % std::size(kApparelBrands)];
    // Two or three different colours, drawn without repetition.
    std::array<int, kColours.size()> colours = {0, 1, 2, 3, 4, 5};
    for (size_t i = colours.size() - 1; i > 0; --i)
        std::swap(colours[i], colours[size_t(rng.next() % (i + 1))]);
    const int colourCount = int(rng.range(2, 3));
    v.cents = rng.range(v.kind->article.minCents, v.kind->article.maxCents);
    const qint64 sizes = v.kind->shoes ? qint64(std::size(kShoeSizes)) : qint64(std::size(kLetterSizes));
    if (offset >= sizes * colourCount)
        return std::nullopt; // after the article's last variant: an ordinary product
    v.colour = colours[size_t(offset / sizes)];
    v.size = v.kind->shoes ? kShoeSizes[offset % sizes] : kLetterSizes[offset % sizes];
    v.model = QStringLiteral("%1-%2").arg(QLatin1String(v.kind->code)).arg(block * kArticleBlock + kArticleOffset + 1, 7, 10,
                                                                             QLatin1Char('0'));
    return v;
}

/// Units sold in the last 28 days across the chain: a few products sell thousands, most a few
/// dozen, some none (about 3 %); integers only, so every machine draws the same.
qint64 drawPopularity(Rng &rng)
{
    const qint64 r = rng.range(1, 1000000);
    return std::clamp<qint64>(30000000 / r - 30, 0, 200000);
}

constexpr std::array<std::array<const char *, LangCount>, 12> kQualifiers = {{
    {"", "", "", "", ""},
    {"organic", "ekologiczne", "biologico", "органический", "økologisk"},
    {"premium", "premium", "premium", "премиум", "premium"},
    {"light", "light", "leggero", "лёгкий", "lett"},
    {"traditional", "tradycyjne", "tradizionale", "традиционный", "tradisjonell"},
    {"family pack", "opakowanie rodzinne", "confezione famiglia", "семейная упаковка", "familiepakke"},
    {"Christmas edition", "edycja świąteczna", "edizione natalizia", "новогодний", "juleutgave"},
    {"from the farm", "z gospodarstwa", "della fattoria", "фермерский", "fra gården"},
    {"", "", "", "", ""},
    {"classic", "klasyczne", "classico", "классический", "klassisk"},
    {"mini", "mini", "mini", "мини", "mini"},
    {"extra", "extra", "extra", "экстра", "ekstra"},
}};

constexpr const char *kBrands[] = {"Zielona Dolina", "Bella Valle", "Nordhavn", "Złoty Kłos", "Sole d'Oro",
                                   "Fjellbris", "Żuraw", "Полесье", "Casa Nostra", "Mørkskog",
                                   "Łąka", "Берёзка", "Vigneto", "Sørlandet", "Górski Potok", "Omni"};

constexpr std::array<std::array<const char *, 4>, 6> kSizes = {{
    {"0,5 l", "1 l", "1,5 l", "2 l"},
    {"200 g", "250 g", "500 g", "1 kg"},
    {"", "", "", ""},              // weighed: no size, price per kg
    {"400 g", "500 g", "600 g", "800 g"},
    {"", "", "", ""},              // piece
    {"1 pc", "2 pcs", "4 pcs", "8 pcs"},
}};

struct CountryTax {
    const char *country;
    std::array<std::pair<const char *, int>, 4> rates; // standard, reduced1, reduced2, zero
};
constexpr CountryTax kTaxes[] = {
    {"PL", {{{"A", 2300}, {"B", 800}, {"C", 500}, {"D", 0}}}},
    {"IT", {{{"22", 2200}, {"10", 1000}, {"4", 400}, {"0", 0}}}},
    {"NO", {{{"H", 2500}, {"M", 1500}, {"M", 1500}, {"0", 0}}}}, // food 15 % in both reduced tiers
    {"RU", {{{"20", 2000}, {"10", 1000}, {"10", 1000}, {"0", 0}}}},
};
constexpr const char *kTierLabels[] = {"standard", "reduced", "reduced (food)", "zero"};

/// Price scale of a euro cent in the store's currency, in hundredths (PLN ~4.3, NOK ~11.5, RUB ~95).
int currencyScale(const QString &currency)
{
    if (currency == QLatin1String("PLN"))
        return 430;
    if (currency == QLatin1String("NOK"))
        return 1150;
    if (currency == QLatin1String("RUB"))
        return 9500;
    return 100;
}

/// A shelf price of `cents` euro cents in `currency`: scaled, ending in 9 (…,99 / …,49 style).
qint64 shelfPriceOf(qint64 cents, const QString &currency)
{
    qint64 minor = cents * currencyScale(currency) / 100;
    if (currency == QLatin1String("RUB") || currency == QLatin1String("NOK"))
        minor = (minor / 100) * 100 + 90; // 129.90 kr
    else
        minor = (minor / 10) * 10 + 9;    // 12.49 zł
    return minor;
}

qint64 shelfPrice(Rng &rng, const Concept &c, const QString &currency)
{
    return shelfPriceOf(rng.range(c.minCents, c.maxCents), currency);
}

QString ean13(int prefix, qint64 serial)
{
    const QString body = QStringLiteral("%1%2").arg(prefix, 3, 10, QLatin1Char('0')).arg(serial, 9, 10, QLatin1Char('0'));
    return body + QString::number(ok::gtinCheckDigit(body));
}

constexpr int kOriginPrefix[] = {500, 590, 800, 460, 700}; // GS1 prefixes: UK, PL, IT, RU, NO

/// Share of the range (percent) each store carries, by store index: the Warsaw flagship most.
constexpr int kStoreRangePercent[] = {85, 35, 35, 35, 35};

const QString &warehouseId()
{
    static const QString id = QStringLiteral("W01");
    return id;
}

/// Everything the network holds about one product, derived from (seed, id) alone.
struct ProductData {
    DemoProduct product;
    const Concept *kind = nullptr;
    QList<DemoPrice> prices; ///< every store's rows
    QList<DemoStock> stock;  ///< every location's rows
    QList<qint64> currentPrice; ///< per store index: the price valid at `now`
};

/// `langs`: indexes into kLangCodes of the names to build (names draw nothing from the stream);
/// `storeWanted`: per store, whether to keep its price rows (the draws happen regardless).
ProductData makeProduct(quint64 seed, qint64 id, qint64 now, const QList<DemoStore> &stores, const QList<int> &langs,
                        const QList<bool> &storeWanted)
{
    ProductData d;
    Rng rng = productRng(seed, id);
    const Concept &c = kConcepts[rng.next() % std::size(kConcepts)];
    const auto &q = kQualifiers[rng.next() % kQualifiers.size()];
    const char *brand = kBrands[rng.next() % std::size(kBrands)];
    const char *size = kSizes[size_t(c.sizeKind)][rng.next() % 4];
    const int origin = int(rng.next() % LangCount);
    // A variant of an article replaces the grocery drawn above; the draws stay the same, so the
    // barcode and everything after it comes from the same stream either way.
    const std::optional<Variant> variant = variantOf(seed, id);
    d.kind = variant ? &variant->kind->article : &c;

    DemoProduct &prod = d.product;
    prod.id = id;
    prod.sku = QStringLiteral("SKU-%1").arg(id, 7, 10, QLatin1Char('0'));
    prod.tier = int(d.kind->tier);
    prod.unit = d.kind->weighed ? QStringLiteral("kg") : QStringLiteral("piece");
    if (variant) {
        prod.brand = QString::fromUtf8(variant->brand);
        prod.model = variant->model;
        prod.size = QString::fromLatin1(variant->size);
        for (int l = 0; l < LangCount; ++l)
            prod.colour.append({QString::fromLatin1(kLangCodes[size_t(l)]), QString::fromUtf8(kColours[size_t(variant->colour)][size_t(l)])});
        // "Buty do biegania Nordwalk czarny 42": article, brand, colour, size, as a shelf label.
        for (int l : langs)
            prod.names.append({QString::fromLatin1(kLangCodes[size_t(l)]),
                               QStringLiteral("%1 %2 %3 %4").arg(QString::fromUtf8(variant->kind->article.name[size_t(l)]), prod.brand,
                                                                 QString::fromUtf8(kColours[size_t(variant->colour)][size_t(l)]), prod.size)});
    } else {
        prod.brand = QString::fromUtf8(brand);
        for (int l : langs) {
            QString name = QString::fromUtf8(c.name[size_t(l)]);
            if (*q[size_t(l)])
                name += QLatin1Char(' ') + QString::fromUtf8(q[size_t(l)]);
            name += QLatin1Char(' ') + QString::fromUtf8(brand);
            if (*size)
                name += QLatin1Char(' ') + QString::fromUtf8(size);
            prod.names.append({QString::fromLatin1(kLangCodes[size_t(l)]), name});
        }
    }
    prod.barcodes.append(ean13(kOriginPrefix[origin], id));
    if (rng.chance(10)) // a second code: new packaging
        prod.barcodes.append(ean13(599, id));

    // Prices: every store in its own currency.
    const qint64 day = 86400;
    const qint64 today = now - now % day;
    for (int si = 0; si < stores.size(); ++si) {
        const DemoStore &s = stores[si];
        const qint64 drawn = shelfPrice(rng, c, s.currency);
        const qint64 price = variant ? shelfPriceOf(variant->cents, s.currency) : drawn;
        const bool promotion = rng.chance(5);
        if (variant && id == promotedProduct(si)) {
            // The store's channel promotion: valid now for a week, the same row the web shop
            // sells at, with the regular price before and after it.
            const qint64 promoted = shelfPriceOf(variant->cents * 8 / 10, s.currency);
            d.currentPrice.append(promoted);
            if (!storeWanted.value(si, true))
                continue;
            const QString name = QString::fromUtf8(kPromotionNames[size_t(langIndex(s.language))]);
            d.prices.append({s.id, id, today - 60 * day, today - 2 * day, price, s.currency, {}, {}});
            d.prices.append({s.id, id, today - 2 * day, today + 5 * day, promoted, s.currency, name, price});
            d.prices.append({s.id, id, today + 5 * day, std::nullopt, price, s.currency, {}, {}});
            continue;
        }
        d.currentPrice.append(price);
        if (!storeWanted.value(si, true))
            continue;
        if (promotion) {
            // An expired promotion, the current price, and a price rise next week.
            d.prices.append({s.id, id, today - 30 * day, today - 10 * day, price * 8 / 10, s.currency, {}, {}});
            d.prices.append({s.id, id, today - 10 * day, today + 7 * day, price, s.currency, {}, {}});
            d.prices.append({s.id, id, today + 7 * day, std::nullopt, price + price / 10, s.currency, {}, {}});
        } else {
            d.prices.append({s.id, id, today - 60 * day, std::nullopt, price, s.currency, {}, {}});
        }
    }

    // Stock: the flagship carries most of the range, other stores part of it, the warehouse
    // most; weighed goods in grams.
    const qint64 unitScale = d.kind->weighed ? 1000 : 1; // the variant's article, not the grocery drawn first
    for (int si = 0; si < stores.size(); ++si) {
        const int share = kStoreRangePercent[std::min<size_t>(size_t(si), std::size(kStoreRangePercent) - 1)];
        if (!rng.chance(share))
            continue;
        const qint64 onHand = rng.range(0, 60) * unitScale;
        const qint64 reserved = onHand > 0 && rng.chance(10) ? rng.range(1, 2) * unitScale : 0;
        d.stock.append({id, stores[si].id, onHand, std::min(reserved, onHand), 0});
    }
    if (rng.chance(70)) {
        const qint64 onHand = rng.range(0, 900) * unitScale;
        const qint64 inTransit = rng.chance(20) ? rng.range(10, 100) * unitScale : 0;
        d.stock.append({id, warehouseId(), onHand, 0, inTransit});
    }
    // Drawn last: the draws above are those of the catalog before popularity existed.
    prod.popularity = drawPopularity(rng);
    return d;
}

/// The city of a demo store, as its name says.
QString cityOf(const QString &storeId)
{
    static const std::pair<const char *, const char *> kCities[] = {
        {"S001", "Warszawa"}, {"S002", "Kraków"}, {"S003", "Milano"}, {"S004", "Oslo"}, {"S005", "Москва"}};
    for (const auto &[id, city] : kCities)
        if (storeId == QLatin1String(id))
            return QString::fromUtf8(city);
    return {};
}

struct CountryInfo {
    const char *country;
    const char *callingCode;
    std::array<const char *, 3> staffNames; // cashier, supervisor, manager
};
constexpr CountryInfo kCountryInfo[] = {
    {"PL", "+48", {"Anna K.", "Piotr N.", "Katarzyna W."}},
    {"IT", "+39", {"Giulia R.", "Marco B.", "Francesca C."}},
    {"NO", "+47", {"Ingrid H.", "Lars O.", "Kari B."}},
    {"RU", "+7", {"Ольга С.", "Дмитрий П.", "Наталья И."}},
};
constexpr std::array<const char *, 3> kSecondStoreNames = {"Tomasz L.", "Magdalena Z.", "Paweł D."};

const CountryInfo &countryInfo(const QString &country)
{
    for (const auto &c : kCountryInfo)
        if (country == QLatin1String(c.country))
            return c;
    return kCountryInfo[0];
}

QByteArray randomBytes(Rng &rng, int n)
{
    QByteArray b(n, '\0');
    for (auto &c : b)
        c = char(rng.next() & 0xFF);
    return b;
}

} // namespace

QList<DemoStore> demoStores()
{
    return {
        {QStringLiteral("S001"), QStringLiteral("Warszawa Marszałkowska"), QStringLiteral("PL"), QStringLiteral("PLN"), QStringLiteral("pl")},
        {QStringLiteral("S002"), QStringLiteral("Kraków Floriańska"), QStringLiteral("PL"), QStringLiteral("PLN"), QStringLiteral("pl")},
        {QStringLiteral("S003"), QStringLiteral("Milano Duomo"), QStringLiteral("IT"), QStringLiteral("EUR"), QStringLiteral("it")},
        {QStringLiteral("S004"), QStringLiteral("Oslo Karl Johan"), QStringLiteral("NO"), QStringLiteral("NOK"), QStringLiteral("nb")},
        {QStringLiteral("S005"), QStringLiteral("Москва Тверская"), QStringLiteral("RU"), QStringLiteral("RUB"), QStringLiteral("ru")},
    };
}

QList<DemoTaxClass> demoTaxClasses()
{
    QList<DemoTaxClass> out;
    for (const auto &t : kTaxes)
        for (int i = 0; i < kDemoTaxTierCount; ++i)
            out.append({QString::fromLatin1(t.country), i, QString::fromUtf8(t.rates[size_t(i)].first),
                        t.rates[size_t(i)].second, QString::fromUtf8(kTierLabels[i])});
    return out;
}

Result<DemoSummary> generateDemoNetwork(DemoSink &sink, const DemoParams &p)
{
    const QList<DemoStore> stores = demoStores();
    DemoSummary sum;
    QList<int> langs;
    const QStringList wantedLangs = sink.nameLanguages();
    for (int l = 0; l < LangCount; ++l)
        if (wantedLangs.isEmpty() || wantedLangs.contains(QLatin1String(kLangCodes[size_t(l)])))
            langs.append(l);
    QList<bool> storeWanted;
    for (const DemoStore &s : stores)
        storeWanted.append(sink.wantsStore(s.id));
    const QList<int> allLangs = {En, Pl, It, Ru, Nb};

    for (const DemoTaxClass &t : demoTaxClasses())
        if (auto r = sink.taxClass(t); !r)
            return r.error();
    for (const auto &s : stores)
        if (auto r = sink.location({s.id, QStringLiteral("store"), s.name, s.country, s.currency, s.language, cityOf(s.id)}); !r)
            return r.error();
    if (auto r = sink.location({warehouseId(), QStringLiteral("warehouse"), QStringLiteral("Central warehouse Stryków"), {}, {}, {},
                                QStringLiteral("Stryków")});
        !r)
        return r.error();
    if (auto r = sink.location({QStringLiteral("WEB"), QStringLiteral("online"), QStringLiteral("Online shop reserve"), {}, {}, {}, {}}); !r)
        return r.error();

    for (qint64 i = 1; i <= p.products; ++i) {
        const ProductData d = makeProduct(p.seed, i, p.now, stores, langs, storeWanted);
        if (auto r = sink.product(d.product); !r)
            return r.error();
        sum.barcodes += d.product.barcodes.size();
        for (const DemoPrice &pr : d.prices)
            if (auto r = sink.price(pr); !r)
                return r.error();
        sum.prices += d.prices.size();
        for (const DemoStock &st : d.stock)
            if (auto r = sink.stock(st); !r)
                return r.error();
        sum.stockRows += d.stock.size();
        if (auto r = sink.productDone(i); !r)
            return r.error();
    }
    sum.products = std::max<qint64>(p.products, 0);

    // Click-and-collect orders, per store, in a repeating mix of six: ready in a locker, ready in
    // two lockers (two parcels), ready at the counter, awaiting loading, ready in a locker with an
    // ID check, awaiting loading. Lockers are the demo bank's small compartments A01-A08 on
    // board 0; when they run out, the order waits at the counter.
    const qint64 day = 86400;
    const qint64 today = p.now - p.now % day;
    const char *firstNames[] = {"Anna", "Marco", "Ingrid", "Ольга", "Piotr", "Giulia", "Lars", "Дмитрий"};
    constexpr int kDemoCompartments = 8;
    const auto symbols = [](Rng &rng, int n) {
        QString out;
        for (int k = 0; k < n; ++k) {
            quint64 v;
            do
                v = rng.next() >> 56; // one byte, redrawn above 247: uniform over 31 symbols
            while (v >= 248);
            out.append(QLatin1Char(pickup::kAlphabet[v % pickup::kAlphabetSize]));
        }
        return out;
    };
    for (int si = 0; si < stores.size(); ++si) {
        const DemoStore &store = stores[si];
        if (!storeWanted[si])
            continue; // a store's orders draw from their own stream: skipping them changes nothing else
        Rng rng = domainRng(p.seed, kOrdersDomain, si);
        QStringList locators;
        int nextCompartment = 1;
        for (int o = 1; o <= p.orders && p.products > 0; ++o) {
            DemoOrder order;
            order.id = QStringLiteral("%1-CC-%2").arg(store.id).arg(100000 + o);
            order.storeId = store.id;
            order.number = QStringLiteral("CC%1").arg(100000 + o);
            // A locator no other demo order of the store has (31² of them; beyond that, shared).
            do
                order.pickupLocator = symbols(rng, pickup::kLocatorLength);
            while (locators.contains(order.pickupLocator) && locators.size() < pickup::kAlphabetSize * pickup::kAlphabetSize);
            locators.append(order.pickupLocator);
            order.pickupCode = order.pickupLocator + symbols(rng, pickup::kSecretLength);
            order.pickupSalt = randomBytes(rng, 16);
            order.pickupIterations = pickup::kDefaultIterations;
            order.pickupVerifier = pickup::verifier(order.pickupCode, order.pickupSalt, order.pickupIterations);
            if (order.pickupVerifier.isEmpty())
                return Error{QStringLiteral("demo.pbkdf2"), QStringLiteral("PBKDF2 failed for order %1").arg(order.id)};
            const int kind = (o - 1) % 6;
            order.parcels = kind == 1 ? 2 : 1;
            order.idCheck = kind == 4;
            // An order that needs an ID check waits at the counter: no door opens for it.
            const bool locker = kind == 0 || kind == 1;
            if (locker && nextCompartment + order.parcels - 1 <= kDemoCompartments) {
                for (int k = 0; k < order.parcels; ++k)
                    order.compartments.append(QStringLiteral("A%1").arg(nextCompartment++, 2, 10, QLatin1Char('0')));
                order.compartment = order.compartments.first();
            }
            order.status = kind == 3 || kind == 5 ? QStringLiteral("awaiting_pickup") : QStringLiteral("ready");
            order.customerFirstName = QString::fromUtf8(firstNames[o % 8]);
            order.contactMasked = o % 2 ? QStringLiteral("a***@example.com")
                                        : QStringLiteral("%1 *** *** %2").arg(QString::fromLatin1(countryInfo(store.country).callingCode)).arg(100 + o);
            order.expiresAt = today + 4 * day;
            order.currency = store.currency;
            const int lines = int(rng.range(1, 3));
            for (int l = 1; l <= lines; ++l) {
                const qint64 pid = rng.range(1, p.products);
                const ProductData d = makeProduct(p.seed, pid, p.now, stores, allLangs, storeWanted);
                DemoOrderLine line;
                line.lineNo = l;
                line.productId = pid;
                for (const auto &n : d.product.names)
                    if (n.first == store.language)
                        line.name = n.second;
                const qint64 price = d.currentPrice.value(si);
                if (d.kind->weighed) {
                    line.quantity = rng.range(3, 15) * 100; // grams
                    line.amount = (price * line.quantity + 500) / 1000;
                } else {
                    line.quantity = rng.range(1, 3);
                    line.amount = price * line.quantity;
                }
                order.total += line.amount;
                order.lines.append(line);
            }
            if (auto r = sink.order(order); !r)
                return r.error();
            sum.pickups.append({order.number, order.pickupCode, order.compartment, order.storeId, order.id, order.status,
                                order.compartments, order.parcels, order.idCheck});
        }
    }

    // Staff: a cashier, a supervisor and a manager per store, and one area manager.
    const char *roles[] = {"cashier", "supervisor", "manager"};
    const char *pins[] = {"1111", "2222", "3333"};
    for (int si = 0; si < stores.size(); ++si) {
        const DemoStore &store = stores[si];
        Rng rng = domainRng(p.seed, kStaffDomain, si);
        // The second store of a country gets other names than the first.
        bool second = false;
        for (int k = 0; k < si; ++k)
            second = second || stores[k].country == store.country;
        for (int r = 0; r < 3; ++r) {
            DemoStaff s;
            s.id = QStringLiteral("E%1%2").arg(si + 1).arg(r + 1, 3, 10, QLatin1Char('0'));
            s.name = QString::fromUtf8(second ? kSecondStoreNames[size_t(r)] : countryInfo(store.country).staffNames[size_t(r)]);
            s.role = QString::fromLatin1(roles[r]);
            s.storeId = store.id;
            s.pin = QString::fromLatin1(pins[r]);
            s.pinSalt = randomBytes(rng, 16);
            s.pinIterations = kDemoPinIterations;
            if (auto res = sink.staff(s); !res)
                return res.error();
            ++sum.staff;
        }
    }
    {
        Rng rng = domainRng(p.seed, kStaffDomain, 99);
        // The area manager visits every country's stores and reads the staff screens in English;
        // the receipts stay in each store's language.
        DemoStaff s{QStringLiteral("E9001"), QStringLiteral("Erik A. (area manager)"), QStringLiteral("manager"), QString(),
                    QStringLiteral("4444"), randomBytes(rng, 16), kDemoPinIterations, QStringLiteral("en")};
        if (auto res = sink.staff(s); !res)
            return res.error();
        ++sum.staff;
    }
    return sum;
}

/// The languages of the demo product names.
QStringList demoLanguages()
{
    QStringList out;
    for (const char *c : kLangCodes)
        out << QString::fromLatin1(c);
    return out;
}

} // namespace ok::demo
