// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/catalog.h"
#include "storage/syncstate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ok::db {

class Database;

/// What the pulls from the central service write to cache.db: the rows of every stream with the
/// stream's cursor (docs/reliability.md#r4-server-order-not-clocks), the search index of the
/// catalog, and the sweep that leaves exactly the central service's rows after a stream was
/// pulled again from zero (docs/storage.md, "Pulling a stream again").
///
/// The row types are this repository's own: the sync protocol's types are mapped to them by the
/// caller (services::LocalSyncStore), so storage knows nothing of the wire.
/// Not thread-safe: use from the thread that owns the Database (the sync thread).
class PulledRows
{
public:
    struct TaxClass {
        QString code;
        int rateBp = 0;
        QString label;
        qint64 version = 0;
    };
    struct Location {
        QString id;
        QString kind; ///< store, warehouse, online
        QString name;
        qint64 version = 0;
        QString city{}; ///< empty: none (the online location)
    };
    using Product = CatalogWriter::Product;
    struct Price {
        qint64 productId = 0;
        qint64 validFrom = 0; ///< server unix seconds
        std::optional<qint64> validTo;
        qint64 amount = 0;    ///< minor units
        QString currency;
        qint64 version = 0;
        QString promotion{};                 ///< a channel promotion's name; empty: regular price
        std::optional<qint64> regularAmount{}; ///< with a promotion: the price outside it
    };
    struct Stock {
        qint64 productId = 0;
        QString locationId;
        qint64 onHand = 0;
        qint64 reserved = 0;
        qint64 inTransit = 0;
        qint64 version = 0;
    };
    struct OrderLine {
        int lineNo = 0;
        qint64 productId = 0;
        QString name;
        qint64 quantity = 0;
    };
    struct Order {
        QString id;
        QString number;
        QString customerFirstName;
        QString contactMasked;
        QByteArray pickupSalt;
        QByteArray pickupVerifier;
        QString compartment; ///< empty: at the counter
        QString status;
        qint64 expiresAt = 0;
        qint64 total = 0;
        QString currency;
        QList<OrderLine> lines;
        qint64 version = 0;
        QString pickupLocator;
        int pickupIterations = 0;
        QStringList compartments;
        int parcels = 1;
        bool idCheck = false;
    };
    struct Staff {
        QString id;
        QString name;
        QString role;
        QString storeId; ///< empty: network-wide
        QByteArray pinSalt;
        int pinIterations = 0;
        QByteArray pinVerifier;
        bool active = true;
        qint64 version = 0;
        QString language; ///< the staff screens' language; empty: the store's
    };

    /// One page of a stream, already validated. Only the lists of the page's stream are read.
    struct Page {
        PullStream stream = PullStream::Catalog;
        qint64 cursorFrom = 0; ///< the cursor the page was asked with
        qint64 cursor = 0;     ///< the cursor to store with it
        bool more = false;     ///< false: with this page the stream has caught up
        QList<TaxClass> taxClasses;
        QList<Location> locations;
        QList<Product> products;
        QList<Price> prices;
        QList<Stock> stock;
        QList<Order> orders;
        QList<Staff> staff;

        qsizetype rowCount() const;
    };

    /// storeId: the terminal's store (prices and orders arrive without it).
    PulledRows(Database &cache, QString storeId);

    /// Apply every row of the page and store its cursor in one BEGIN IMMEDIATE transaction, or
    /// change nothing. Refused with "sync.cursor-moved" when the stored cursor is no longer the
    /// one the page was asked with (a second puller, or the same page twice). When a sweep is
    /// pending (SyncState::restart) and this page catches the stream up, the rows the re-pull did
    /// not bring back are deleted in the same transaction.
    Result<void> apply(const Page &page, qint64 nowMs);

    /// The stream has caught up: an initial catalog pull rebuilds its search index now.
    Result<void> caughtUp(PullStream stream);

    /// Calls `row` with the key and version of every row the stream's checksum covers, in no
    /// particular order (docs/sync-protocol.md, "Checking a stream": the keys are defined there).
    Result<void> forEachChecksumRow(PullStream stream, const std::function<void(const QByteArray &key, qint64 version)> &row);

private:
    Result<void> applyRows(const Page &page, const SyncState::Generation &generation);
    Result<void> applyProducts(const QList<Product> &products, const SyncState::Generation &generation, bool indexLater);
    Result<void> sweep(PullStream stream, qint64 generation);

    Database &m_db;
    SyncState m_state;
    QString m_storeId;
};

} // namespace ok::db
