// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/demodata.h"

#include "core/gtin.h"
#include "storage/catalog.h"
#include "storage/sqlite.h"

#include <QCryptographicHash>

#include <array>

namespace ok::db {

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

/// A shelf price: scaled, ending in 9 (…,99 / …,49 style).
qint64 shelfPrice(Rng &rng, const Concept &c, const QString &currency)
{
    const qint64 cents = rng.range(c.minCents, c.maxCents);
    qint64 minor = cents * currencyScale(currency) / 100;
    if (currency == QLatin1String("RUB") || currency == QLatin1String("NOK"))
        minor = (minor / 100) * 100 + 90; // 129.90 kr
    else
        minor = (minor / 10) * 10 + 9;    // 12.49 zł
    return minor;
}

QString ean13(int prefix, qint64 serial)
{
    const QString body = QStringLiteral("%1%2").arg(prefix, 3, 10, QLatin1Char('0')).arg(serial, 9, 10, QLatin1Char('0'));
    return body + QString::number(ok::gtinCheckDigit(body));
}

constexpr int kOriginPrefix[] = {500, 590, 800, 460, 700}; // GS1 prefixes: UK, PL, IT, RU, NO

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

QByteArray pickupVerifier(const QByteArray &salt, const QString &code)
{
    return QCryptographicHash::hash(QByteArray(salt + code.toUtf8()), QCryptographicHash::Sha256);
}

Result<DemoSummary> generateDemoCatalog(Database &cache, const DemoParams &p)
{
    const QList<DemoStore> stores = demoStores();
    DemoStore store;
    for (const auto &s : stores)
        if (s.id == p.storeId)
            store = s;
    if (store.id.isEmpty())
        return Error{QStringLiteral("demo.unknown-store"),
                     QStringLiteral("Unknown demo store \"%1\" (use S001 to S005)").arg(p.storeId)};
    const CountryTax *tax = &kTaxes[0];
    for (const auto &t : kTaxes)
        if (store.country == QLatin1String(t.country))
            tax = &t;
    QList<int> langs;
    for (const QString &code : p.languages) {
        int found = -1;
        for (int i = 0; i < LangCount; ++i)
            if (code == QLatin1String(kLangCodes[size_t(i)]))
                found = i;
        if (found < 0)
            return Error{QStringLiteral("demo.unknown-language"),
                         QStringLiteral("Unknown language \"%1\" (use en, pl, it, ru, nb)").arg(code)};
        langs.append(found);
    }

    Transaction tx(cache);
    if (!tx.isActive())
        return *tx.beginError();
    CatalogWriter w(cache);
    DemoSummary sum;

    const char *tierLabels[] = {"standard", "reduced", "reduced (food)", "zero"};
    for (int i = 0; i < 4; ++i) {
        const auto &[code, bp] = tax->rates[size_t(i)];
        if (auto r = w.upsertTaxClass(QString::fromUtf8(code), bp, QString::fromUtf8(tierLabels[i])); !r)
            return r.error();
    }
    for (const auto &s : stores)
        if (auto r = w.upsertLocation(s.id, QStringLiteral("store"), s.name); !r)
            return r.error();
    if (auto r = w.upsertLocation(QStringLiteral("W01"), QStringLiteral("warehouse"), QStringLiteral("Central warehouse Stryków")); !r)
        return r.error();
    if (auto r = w.upsertLocation(QStringLiteral("WEB"), QStringLiteral("online"), QStringLiteral("Online shop reserve")); !r)
        return r.error();

    Rng rng(p.seed);
    const qint64 day = 86400;
    const qint64 today = p.now - p.now % day;
    const int conceptCount = int(std::size(kConcepts));
    for (qint64 i = 1; i <= p.products; ++i) {
        const Concept &c = kConcepts[rng.next() % quint64(conceptCount)];
        const auto &q = kQualifiers[rng.next() % kQualifiers.size()];
        const char *brand = kBrands[rng.next() % std::size(kBrands)];
        const char *size = kSizes[size_t(c.sizeKind)][rng.next() % 4];
        const int origin = int(rng.next() % LangCount);

        CatalogWriter::Product prod;
        prod.id = i;
        prod.sku = QStringLiteral("SKU-%1").arg(i, 7, 10, QLatin1Char('0'));
        prod.taxClass = QString::fromUtf8(tax->rates[size_t(c.tier)].first);
        prod.unit = c.weighed ? QStringLiteral("kg") : QStringLiteral("piece");
        for (int l : langs) {
            QString name = QString::fromUtf8(c.name[size_t(l)]);
            if (*q[size_t(l)])
                name += QLatin1Char(' ') + QString::fromUtf8(q[size_t(l)]);
            name += QLatin1Char(' ') + QString::fromUtf8(brand);
            if (*size)
                name += QLatin1Char(' ') + QString::fromUtf8(size);
            prod.names.append({QString::fromLatin1(kLangCodes[size_t(l)]), name});
        }
        prod.barcodes.append(ean13(kOriginPrefix[origin], i));
        if (rng.chance(10)) // a second code: new packaging
            prod.barcodes.append(ean13(599, i));
        if (auto r = w.upsertProduct(prod); !r)
            return r.error();
        sum.barcodes += prod.barcodes.size();

        const qint64 price = shelfPrice(rng, c, store.currency);
        if (rng.chance(5)) {
            // An expired promotion, the current price, and a price rise next week.
            if (auto r = w.setPrice(store.id, i, today - 30 * day, today - 10 * day, price * 8 / 10, store.currency); !r)
                return r.error();
            if (auto r = w.setPrice(store.id, i, today - 10 * day, today + 7 * day, price, store.currency); !r)
                return r.error();
            if (auto r = w.setPrice(store.id, i, today + 7 * day, std::nullopt, price + price / 10, store.currency); !r)
                return r.error();
            sum.prices += 3;
        } else {
            if (auto r = w.setPrice(store.id, i, today - 60 * day, std::nullopt, price, store.currency); !r)
                return r.error();
            sum.prices += 1;
        }

        // Stock: this store carries most of the range, other stores part of it, the warehouse
        // most; weighed goods in grams.
        const qint64 unitScale = c.weighed ? 1000 : 1;
        for (const auto &s : stores) {
            const bool here = s.id == store.id;
            if (!rng.chance(here ? 85 : 35))
                continue;
            const qint64 onHand = rng.range(0, 60) * unitScale;
            const qint64 reserved = here && onHand > 0 && rng.chance(10) ? rng.range(1, 2) * unitScale : 0;
            if (auto r = w.setStock(i, s.id, onHand, std::min(reserved, onHand), 0, 1); !r)
                return r.error();
            ++sum.stockRows;
        }
        if (rng.chance(70)) {
            if (auto r = w.setStock(i, QStringLiteral("W01"), rng.range(0, 900) * unitScale, 0,
                                    rng.chance(20) ? rng.range(10, 100) * unitScale : 0, 1); !r)
                return r.error();
            ++sum.stockRows;
        }
    }
    sum.products = p.products;

    // Click-and-collect orders ready for pickup at this store.
    const char *firstNames[] = {"Anna", "Marco", "Ingrid", "Ольга", "Piotr", "Giulia", "Lars", "Дмитрий"};
    const char *alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I/L: typed by customers
    for (int o = 1; o <= p.orders && p.products > 0; ++o) {
        const QString id = QStringLiteral("%1-CC-%2").arg(store.id).arg(100000 + o);
        const QString number = QStringLiteral("CC%1").arg(100000 + o);
        QString code;
        for (int k = 0; k < 10; ++k)
            code.append(QLatin1Char(alphabet[rng.next() % 31]));
        QByteArray salt(16, '\0');
        for (auto &b : salt)
            b = char(rng.next() & 0xFF);
        const QString compartment = o % 3 == 0 ? QString() : QStringLiteral("A%1").arg(o, 2, 10, QLatin1Char('0'));
        auto st = cache.prepare(R"sql(
            INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt,
                                 pickup_verifier, compartment, status, expires_at, total, currency)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'ready', ?9, 0, ?10))sql");
        if (!st)
            return st.error();
        st->bind(1, id).bind(2, store.id).bind(3, number)
            .bind(4, QString::fromUtf8(firstNames[o % 8]))
            .bind(5, o % 2 ? QStringLiteral("a***@example.com") : QStringLiteral("+48 *** *** %1").arg(100 + o))
            .bind(6, salt).bind(7, pickupVerifier(salt, code));
        if (compartment.isEmpty())
            st->bindNull(8);
        else
            st->bind(8, compartment);
        st->bind(9, today + 4 * day).bind(10, store.currency);
        if (!st->exec())
            return *st->lastError();
        const int lines = int(rng.range(1, 3));
        for (int l = 1; l <= lines; ++l) {
            const qint64 pid = rng.range(1, p.products);
            auto ln = cache.prepare(R"sql(
                INSERT INTO cc_order_line(order_id, line_no, product_id, name, quantity)
                SELECT ?1, ?2, ?3, coalesce((SELECT name FROM product_name WHERE product_id = ?3 AND lang = ?5),
                                            (SELECT name FROM product_name WHERE product_id = ?3 LIMIT 1)), ?4)sql");
            if (!ln)
                return ln.error();
            ln->bind(1, id).bind(2, l).bind(3, pid).bind(4, rng.range(1, 3)).bind(5, store.language);
            if (!ln->exec())
                return *ln->lastError();
        }
        sum.pickups.append({number, code, compartment});
    }

    if (auto r = tx.commit(); !r)
        return r.error();
    return sum;
}

} // namespace ok::db
