// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The wire format of docs/sync-protocol.md as value types, and the codec that turns a server
// answer into them. Parsing is strict and all-or-nothing: a page with one bad row is refused as a
// whole, with a message that names the row, so nothing of it is applied
// (docs/reliability.md#r7-bad-input-changes-nothing).

#include "core/customer.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace ok::sync {

enum class Stream { Reference, Catalog, Prices, Stock, Orders, Staff };
/// Pull order: reference data before the catalog that refers to it, the catalog before prices
/// and stock that refer to products.
inline constexpr Stream kAllStreams[] = {Stream::Reference, Stream::Catalog, Stream::Prices,
                                         Stream::Stock,     Stream::Orders,  Stream::Staff};
QString streamName(Stream s);
std::optional<Stream> streamFromName(const QString &name);

struct TaxClassItem {
    QString code;
    int rateBp = 0;
    QString label;
    qint64 version = 0;
};

struct LocationItem {
    QString id;
    QString kind; ///< store, warehouse, online
    QString name;
    qint64 version = 0;
    QString city{}; ///< optional on the wire; empty for the online location
};

struct ProductItem {
    qint64 id = 0;
    QString sku;
    QString taxClass;
    QString unit; ///< piece or kg
    bool active = true;
    QList<QPair<QString, QString>> names; ///< (language, name)
    QStringList barcodes;
    qint64 version = 0;
    // Optional on the wire (older central services send none): absent = empty / 0.
    QString brand{};
    QString model{}; ///< products sharing a model are variants of one article
    QString size{};
    QList<QPair<QString, QString>> colour{}; ///< (language, colour name)
    qint64 popularity = 0; ///< units sold in the last 28 days across the chain
};

struct PriceItem {
    qint64 productId = 0;
    qint64 validFrom = 0; ///< server unix seconds
    std::optional<qint64> validTo;
    qint64 amount = 0;    ///< minor units, never negative
    QString currency;
    qint64 version = 0;
    QString promotion{};                 ///< a channel promotion's name; empty: regular price
    std::optional<qint64> regularAmount{}; ///< with a promotion: the price outside it, > amount
};

struct StockItem {
    qint64 productId = 0;
    QString locationId;
    qint64 onHand = 0; ///< may be negative: in-store sales beat forecasts
    qint64 reserved = 0;
    qint64 inTransit = 0;
    qint64 version = 0;
};

struct OrderLineItem {
    int lineNo = 0;
    qint64 productId = 0;
    QString name;
    qint64 quantity = 0;
};

struct OrderItem {
    QString id;
    QString number;
    QString customerFirstName;
    QString contactMasked;
    QByteArray pickupSalt;
    QByteArray pickupVerifier; ///< PBKDF2(code, salt, pickupIterations); the code itself never travels
    QString pickupLocator;     ///< the code's first symbols (docs/pickup.md); empty: staff hand it over
    int pickupIterations = 0;  ///< 0 with an older verifier nobody can check by code
    QString compartment;       ///< empty: handed over at the counter
    QStringList compartments;  ///< every compartment holding a parcel (compartment is the first)
    int parcels = 1;
    bool idCheck = false;      ///< staff check an identity document at the handover
    QString status;
    qint64 expiresAt = 0;
    qint64 total = 0;
    QString currency;
    QList<OrderLineItem> lines;
    qint64 version = 0;
};

struct StaffItem {
    QString id;
    QString name;
    QString role; ///< cashier, supervisor, manager
    QString storeId; ///< empty: network-wide
    QByteArray pinSalt;
    int pinIterations = 0;
    QByteArray pinVerifier; ///< PBKDF2-HMAC-SHA256; the PIN itself never travels
    bool active = true;
    qint64 version = 0;
    QString language; ///< the staff screens' language ("en"); empty: the store's
};

/// One validated page of a pull stream. Only the list of the page's stream is filled.
struct PullPage {
    Stream stream = Stream::Catalog;
    qint64 cursorFrom = 0; ///< the cursor the request sent
    qint64 cursor = 0;     ///< the cursor to store with this page
    bool more = false;
    QList<TaxClassItem> taxClasses;
    QList<LocationItem> locations;
    QList<ProductItem> products;
    QList<PriceItem> prices;
    QList<StockItem> stock;
    QList<OrderItem> orders;
    QList<StaffItem> staff;

    qsizetype itemCount() const;
};

/// Parse and validate a page: shape, types, ranges, every version in (sent cursor, page cursor]
/// and ascending, and a cursor that does not go backwards.
Result<PullPage> parsePullPage(const QByteArray &json, Stream expected, qint64 sentCursor);

struct StreamSummary {
    qint64 count = 0;
    quint64 checksum = 0;
    qint64 cursor = 0;
};
Result<StreamSummary> parseSummary(const QByteArray &json, Stream expected);

/// FNV-1a, 64 bit: the per-row hash of the stream checksum.
quint64 fnv1a64(QByteArrayView data);
/// Adds one row "<key>|<version>" to a running checksum (a wrapping sum, so order does not matter).
inline void addToChecksum(quint64 &sum, QByteArrayView key, qint64 version)
{
    QByteArray row = key.toByteArray();
    row += '|';
    row += QByteArray::number(version);
    sum += fnv1a64(row);
}
QString checksumHex(quint64 checksum);

/// An event waiting in the outbox; payload is the JSON object text stored with the fact.
struct OutboxEvent {
    qint64 seq = 0;
    QString id;
    QString kind;
    QByteArray payload;
    qint64 createdAtMs = 0;
    /// Staff sent a refused event again (the dead-letter list): the push asks the server to
    /// evaluate it again instead of replaying its stored refusal. Same id, same body.
    bool retry = false;
};

QByteArray encodePushBatch(const QList<OutboxEvent> &events);

struct EventResult {
    enum class Status { Accepted, Rejected, Conflict };
    QString id;
    Status status = Status::Rejected;
    bool replayed = false;
    QString reason;
};

/// Parse a push answer. It must answer every event sent, each exactly once, and nothing else.
Result<QList<EventResult>> parsePushResponse(const QByteArray &json, const QList<OutboxEvent> &sent);

struct EnrolmentAnswer {
    QString terminal;
    QString token;
    QString storeName;
    QString country;
    QString currency;
    QString language;
    qint64 serverTimeMs = 0;
};
QByteArray encodeEnrolment(const QString &storeId, const QString &terminalId, const QString &code);
Result<EnrolmentAnswer> parseEnrolment(const QByteArray &json);

struct NetworkStockLevel {
    QString locationId;
    QString kind;
    QString name;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 inTransit = 0;
    QString city;
    qint64 version = 0;
};
/// GET /v1/stock/{product_id}: every location's level, and what the web shop can sell.
struct LiveStock {
    QList<NetworkStockLevel> levels;
    std::optional<qint64> webSellable; ///< absent from older services
    qint64 serverTimeMs = 0;
};
Result<LiveStock> parseLiveStock(const QByteArray &json, qint64 productId);

/// The live status of one click-and-collect order (GET /v1/orders/{id}).
struct OrderStatus {
    QString id;
    QString status; ///< awaiting_pickup, ready, collected, cancelled, expired
    qint64 version = 0;
};
Result<OrderStatus> parseOrderStatus(const QByteArray &json, const QString &orderId);

/// A sale of any terminal as the central service recorded it (GET /v1/sales/{id}): the fields of
/// its sale.completed / return.completed payload that a return needs, and per line number what
/// was already returned of it (positive quantity and amount).
struct RemoteSaleLine {
    qint64 productId = 0;
    QString sku;
    qint64 quantity = 0;
    QString unit;      ///< piece, gram
    qint64 unitPrice = 0;
    qint64 discount = 0;
    qint64 amount = 0;
    QString taxCode;
    int taxBasisPoints = 0;
    int returnOfLine = 0;
};
struct RemoteSaleTender {
    QString kind;
    qint64 amount = 0;
    qint64 change = 0;
};
struct RemoteSaleReturned {
    int lineNo = 0;
    qint64 quantity = 0;
    qint64 amount = 0;
};
struct RemoteSale {
    QString id;
    QString kind;      ///< sale, return, exchange
    QString storeId;
    QString terminalId;
    qint64 receiptNo = 0;
    QString cashierId;
    QString currency;
    qint64 subtotal = 0;
    qint64 discountTotal = 0;
    qint64 taxTotal = 0;
    qint64 total = 0;
    qint64 createdAtMs = 0;
    QList<RemoteSaleLine> lines;
    QList<RemoteSaleTender> tenders;
    QList<RemoteSaleReturned> returned;
};
Result<RemoteSale> parseRemoteSale(const QByteArray &json, const QString &saleId);

/// The server's error answer ({"error":{"code","message"}}), or a generic text for the status.
QString serverErrorMessage(const QByteArray &json, long httpStatus);

// ------------------------------------------------------------------ one customer across channels
// (docs/channels.md): live answers only, never stored on the terminal.

/// GET /v1/customers?...: every customer matching (usually one; none is an empty list).
Result<QList<Customer>> parseCustomers(const QByteArray &json);
/// GET /v1/web-orders/{number}: one order.
Result<WebOrder> parseWebOrder(const QByteArray &json);
/// GET /v1/customers/{id}/orders: newest first.
Result<QList<WebOrder>> parseWebOrders(const QByteArray &json);
/// POST /v1/loyalty/redeem: the redemption the service recorded; `redemptionId` must match.
Result<Redemption> parseRedemption(const QByteArray &json, const QString &redemptionId);

/// A ship-to-store or ship-to-home request as the central service tracks it.
struct TransferState {
    QString requestId;
    qint64 productId = 0;
    qint64 quantity = 0;
    QString fromLocation;
    QString to;    ///< "store", "home"
    QString state; ///< requested, shipped, arrived, delivered, collected, cancelled
    QString orderId; ///< the click-and-collect order once it arrived
    qint64 updatedAtMs = 0;
};
/// GET /v1/transfers?store_id=...
Result<QList<TransferState>> parseTransfers(const QByteArray &json);

} // namespace ok::sync
