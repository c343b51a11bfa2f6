// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ok {

/// A product as the till and the stock screen need it: the name in the terminal's language,
/// this store's price valid now, and this store's available stock.
struct ProductInfo {
    qint64 id = 0;
    QString sku;
    QString name;
    QString unit;      ///< "piece" or "kg"
    QString taxCode;
    int taxBasisPoints = 0;
    std::optional<qint64> price; ///< minor units; nullopt when the store has no valid price
    QString currency;
    std::optional<qint64> available; ///< on hand minus reserved in this store; nullopt = not stocked
    QString barcode;   ///< the barcode that matched (lookup) or the product's first barcode
    QString brand;     ///< empty: none
    QString model;     ///< products sharing a model are variants of one article; empty: none
    QString size;      ///< empty: none
    QString colour;    ///< in the terminal's language; empty: none
    qint64 popularity = 0;
    QString promotion; ///< the channel promotion of the valid price row; empty: regular price
    std::optional<qint64> regularPrice; ///< with a promotion: the price outside it
    std::optional<qint64> priceValidTo; ///< unix seconds, exclusive; nullopt: open-ended
};

struct StockLevel {
    QString locationId;
    QString locationKind; ///< "store", "warehouse", "online"
    QString locationName;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 inTransit = 0;
    QString city;        ///< empty for the online location
    qint64 version = 0;  ///< the central service's row version (a count is compared against it)
};

} // namespace ok
