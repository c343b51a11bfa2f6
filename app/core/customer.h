// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ok {

/// A personal promotion the central service grants a customer: the same in every channel.
struct PersonalPromotion {
    QString id;
    QString name;       ///< printed on the receipt, e.g. "VIP −10 %"
    int percentBp = 0;  ///< off the whole basket, in basis points (1000 = 10 %)
};

/// A customer as the central service answers a lookup (docs/channels.md). Held in memory while
/// the customer is served and never written on the terminal: a sale keeps only `loyaltyId`.
struct Customer {
    QString id;          ///< the central service's customer id ("C00001")
    QString loyaltyId;   ///< EAN-13 with the prefix 298, printed on the card
    QString name;
    QString emailMasked; ///< "a***@example.com"
    QString phoneMasked; ///< "+48 *** *** 321"
    qint64 points = 0;   ///< loyalty balance; 1 point = 1 minor unit of the store's currency
    qint64 storeCredit = 0;
    QString currency;
    QList<PersonalPromotion> promotions;
};

struct WebOrderLine {
    int lineNo = 0;
    qint64 productId = 0;
    QString name;
    qint64 quantity = 0;
    qint64 amount = 0;   ///< what the customer paid for the line
    qint64 returned = 0; ///< quantity already returned, in any channel
};

struct WebPayment {
    QString method; ///< "card-online", "store-credit" ...
    qint64 amount = 0;
    QString reference;
};

/// An order of the web shop or the app, as the central service has it.
struct WebOrder {
    QString id;
    QString number;
    QString channel;  ///< "web", "app"
    QString customerId;
    QString status;   ///< paid, shipped, delivered, collect_in_store, collected, returned, cancelled
    QString delivery; ///< "home" or "store"
    QString storeId;  ///< the delivery store; empty for home delivery
    qint64 createdAtMs = 0;
    qint64 total = 0;
    QString currency;
    QList<WebOrderLine> lines;
    QList<WebPayment> payments;
    QStringList history;
};

/// Points taken off a customer's balance for one sale (a live answer of the central service).
struct Redemption {
    QString id;
    qint64 points = 0;
    qint64 amount = 0; ///< minor units
    QString currency;
    qint64 balance = 0; ///< what is left
};

/// Loyalty ids are EAN-13 numbers with the prefix 298 (restricted circulation): a scan of one is
/// a customer card, never a product.
bool isLoyaltyId(const QString &code);

} // namespace ok
