// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace ok::demo {

/// Parameters of the deterministic demo data: the same parameters give byte-identical data.
struct DemoParams {
    qint64 products = 3000;
    quint64 seed = 20261122;
    QString storeId = QStringLiteral("S001"); ///< generateDemoCatalog: the store whose view is written
    QStringList languages = {QStringLiteral("pl"), QStringLiteral("en"), QStringLiteral("it"),
                             QStringLiteral("ru"), QStringLiteral("nb")}; ///< generateDemoCatalog: name languages kept
    int orders = 6;  ///< click-and-collect orders per store
    qint64 now = 0;  ///< unix seconds used as "today" for price validity and order expiry
};

struct DemoStore {
    QString id;
    QString name;
    QString country;
    QString currency;
    QString language;
};

/// The demo retailer's network: stores in several countries and a central warehouse.
QList<DemoStore> demoStores();

struct DemoPickup {
    QString orderNumber;
    QString pickupCode; ///< normalized (ok::pickup); shown once to the demo operator, only its verifier is stored
    QString compartment; ///< the first compartment; empty: at the counter or awaiting loading
    QString storeId;
    QString orderId;
    QString status;            ///< "ready" or "awaiting_pickup"
    QStringList compartments;  ///< every parcel's compartment
    int parcels = 1;
    bool idCheck = false;
};

struct DemoSummary {
    qint64 products = 0;
    qint64 barcodes = 0;
    qint64 prices = 0;
    qint64 stockRows = 0;
    qint64 staff = 0;
    QList<DemoPickup> pickups;
};

// ------------------------------------------------------------------ network-wide generation
//
// The generator describes the whole demo network — every store, every price, every order — and
// hands each row to a DemoSink. The kiosk's cache.db (generateDemoCatalog) and the reference
// central service's database are two sinks of the same generation, so a kiosk built offline with
// omnikiosk-demo-data and a kiosk that pulled its store from omnikiosk-central hold the same data.
//
// Determinism: every product draws from its own random stream derived from (seed, product id),
// every store's orders and staff from streams derived from (seed, store). What one sink keeps
// never changes what another sees, and the data of product N does not depend on how many
// products are generated.

/// Country-neutral tax tier. The central service keeps the tier per product and maps it to a
/// store country's tax class code (`demoTaxClasses`) when it serves the catalog.
enum class DemoTaxTier : int { Standard = 0, Reduced = 1, ReducedFood = 2, Zero = 3 };
inline constexpr int kDemoTaxTierCount = 4;

struct DemoTaxClass {
    QString country; ///< ISO 3166 code: PL, IT, NO, RU
    int tier = 0;    ///< DemoTaxTier; several tiers may share one code (Norway's food rate)
    QString code;    ///< the country's tax class code printed on receipts
    int rateBasisPoints = 0;
    QString label;
};

struct DemoLocation {
    QString id;
    QString kind; ///< "store", "warehouse", "online"
    QString name;
    QString country;  ///< stores only
    QString currency; ///< stores only
    QString language; ///< stores only
    QString city;     ///< "Warszawa", "Stryków"; empty for the online location
};

struct DemoProduct {
    qint64 id = 0;
    QString sku;
    int tier = 0;                        ///< DemoTaxTier
    QString unit;                        ///< "piece" or "kg"
    QList<QPair<QString, QString>> names; ///< (language, name) in every demo language: en, pl, it, ru, nb
    QStringList barcodes;                ///< valid EAN-13, the first is the main one
    QString brand;                       ///< may be empty
    QString model;                       ///< products sharing a model are variants of one article; empty: none
    QString size;                        ///< "42", "M"; empty: none
    QList<QPair<QString, QString>> colour; ///< (language, colour name); empty: none
    qint64 popularity = 0;               ///< units sold in the last 28 days across the chain (search ties)
};

struct DemoPrice {
    QString storeId;
    qint64 productId = 0;
    qint64 validFrom = 0;               ///< unix seconds
    std::optional<qint64> validTo;      ///< exclusive; nullopt = open
    qint64 amount = 0;                  ///< minor units, per piece or per kg
    QString currency;
    QString promotion;              ///< a channel promotion's name; empty: a regular price
    std::optional<qint64> regularAmount; ///< with a promotion: the price outside it
};

struct DemoStock {
    qint64 productId = 0;
    QString locationId;
    qint64 onHand = 0; ///< pieces, or grams for goods sold by weight
    qint64 reserved = 0;
    qint64 inTransit = 0;
};

struct DemoOrderLine {
    int lineNo = 0;
    qint64 productId = 0;
    QString name;      ///< in the store's language
    qint64 quantity = 0; ///< pieces, or grams
    qint64 amount = 0; ///< minor units
};

struct DemoOrder {
    QString id;       ///< "S001-CC-100001"
    QString storeId;
    QString number;   ///< "CC100001"
    QString customerFirstName;
    QString contactMasked;
    QString pickupCode;      ///< normalized ok::pickup code, the secret: a sink stores only salt and verifier
    QString pickupLocator;   ///< its first two symbols, unique among the store's demo orders
    int pickupIterations = 0;  ///< ok::pickup::kDefaultIterations
    QByteArray pickupSalt;   ///< 16 bytes
    QByteArray pickupVerifier; ///< ok::pickup::verifier(code, salt, iterations)
    QString compartment;     ///< the first of `compartments`; empty = at the counter or awaiting loading
    QStringList compartments; ///< one per parcel when ready in the locker
    int parcels = 1;
    bool idCheck = false;    ///< staff check an ID document at the handover
    QString status;          ///< "ready" (locker or counter) or "awaiting_pickup" (to be loaded)
    qint64 expiresAt = 0;
    qint64 total = 0;
    QString currency;
    QList<DemoOrderLine> lines;
};

/// Demo staff: per store a cashier (PIN 1111), a supervisor (2222) and a manager (3333), and one
/// network-wide area manager (E9001, PIN 4444). Only the sink turns the PIN into a verifier
/// (PBKDF2-HMAC-SHA256 over `pin` with `pinSalt` and `pinIterations`), and stores nothing else.
struct DemoStaff {
    QString id;      ///< "E1001"
    QString name;
    QString role;    ///< "cashier", "supervisor", "manager"
    QString storeId; ///< empty = network-wide
    QString pin;     ///< the demo PIN (documented in docs/central.md); never stored
    QByteArray pinSalt; ///< 16 bytes
    int pinIterations = 120000;
    QString language; ///< the staff screens' language; empty: the store's
};

inline constexpr int kDemoPinIterations = 120000;

/// Receives the generated rows, in this order: tax classes, locations, then product by product
/// its product row, its prices (every store) and its stock rows (every location), then the orders
/// of every store, then the staff. A sink that fails stops the generation with its error.
class DemoSink
{
public:
    virtual ~DemoSink() = default;
    virtual Result<void> taxClass(const DemoTaxClass &t) = 0;
    virtual Result<void> location(const DemoLocation &l) = 0;
    virtual Result<void> product(const DemoProduct &p) = 0;
    virtual Result<void> price(const DemoPrice &p) = 0;
    virtual Result<void> stock(const DemoStock &s) = 0;
    virtual Result<void> order(const DemoOrder &o) = 0;
    virtual Result<void> staff(const DemoStaff &s) = 0;
    /// Hints that only save work; the data of what a sink does receive never depends on them.
    /// Languages of product names to generate (empty: all five).
    virtual QStringList nameLanguages() const { return {}; }
    /// Whether the sink wants the prices and orders of `storeId`.
    virtual bool wantsStore(const QString &storeId) const
    {
        Q_UNUSED(storeId);
        return true;
    }
    /// Called after each product with all its prices and stock: a sink may commit a chunk here.
    virtual Result<void> productDone(qint64 productId)
    {
        Q_UNUSED(productId);
        return {};
    }
};

/// Generate the whole demo network into `sink`: `p.products` products, prices of every store in
/// its currency (some with an expired promotion and a price rise next week), stock for every
/// store and the warehouse, `p.orders` click-and-collect orders per store, and the demo staff.
/// `p.storeId` and `p.languages` are not used (a sink filters, see DemoSink's hints). The summary
/// counts what was handed to the sink and lists the pickup codes of those orders.
Result<DemoSummary> generateDemoNetwork(DemoSink &sink, const DemoParams &p);

/// The languages of the product names: en, pl, it, ru, nb.
QStringList demoLanguages();

/// The demo tax classes of every country, tier by tier.
QList<DemoTaxClass> demoTaxClasses();

} // namespace ok::demo
