// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ok::db {

class Database;

/// Parameters of the deterministic demo catalog: the same parameters give byte-identical data.
struct DemoParams {
    qint64 products = 3000;
    quint64 seed = 20261122;
    QString storeId = QStringLiteral("S001"); ///< the store whose prices and orders are generated
    QStringList languages = {QStringLiteral("pl"), QStringLiteral("en"), QStringLiteral("it"),
                             QStringLiteral("ru"), QStringLiteral("nb")};
    int orders = 6;
    qint64 now = 0; ///< unix seconds used as "today" for price validity and order expiry
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
    QString pickupCode; ///< shown once to the demo operator; only its verifier is stored
    QString compartment;
};

struct DemoSummary {
    qint64 products = 0;
    qint64 barcodes = 0;
    qint64 prices = 0;
    qint64 stockRows = 0;
    QList<DemoPickup> pickups;
};

/// Fill an empty, migrated cache.db with a catalog of `p.products` products: valid EAN-13 codes,
/// names in the requested languages, tax classes of the store's country, prices for the store
/// (with some future and expired price rows), stock for every location, and a few
/// click-and-collect orders. Runs in one transaction.
Result<DemoSummary> generateDemoCatalog(Database &cache, const DemoParams &p);

/// The salted verifier stored for a pickup code (SHA-256(salt || code)).
QByteArray pickupVerifier(const QByteArray &salt, const QString &code);

} // namespace ok::db
