// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/product.h"
#include "core/quantity.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace ok {

class CatalogService;
class Ticket;

/// A scanned or typed code becomes a line on the ticket: looked up asynchronously in the
/// catalog (CatalogService, on its own thread), then Ticket::addProduct. In-store labels
/// (EAN-13 prefixes 20-29 in the configured layouts) carry the item and its weight or price.
/// Exactly one of Ticket::lineAdded or rejected() follows every scan.
class ScanResolver : public QObject
{
    Q_OBJECT
public:
    ScanResolver(Ticket &ticket, CatalogService *catalog, QObject *parent = nullptr);

    void scan(const QString &code);
    /// A weighed product by its barcode with a weight typed in (no scale label).
    void scanWeighed(const QString &code, qint64 grams);

Q_SIGNALS:
    void rejected(const QString &code, const QString &message);

private:
    struct Pending {
        QString code;
        std::optional<Quantity> quantity;
        std::optional<qint64> labelPrice;
    };
    void onFound(int request, const ok::ProductInfo &product);
    void onMissing(int request, const QString &code);
    void onFailed(int request, const QString &message);

    Ticket &m_ticket;
    QPointer<CatalogService> m_catalog;
    QHash<int, Pending> m_pending;
};

} // namespace ok
