// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/scanresolver.h"

#include "drivers/scanner/scanparser.h"
#include "services/catalogservice.h"
#include "services/ticket.h"

namespace ok {

namespace {
/// EAN-13 labels with prefix 2 are in-store codes (the layouts say which of 20-29 are ours).
constexpr qsizetype kInStoreLength = 13;
} // namespace

ScanResolver::ScanResolver(Ticket &ticket, CatalogService *catalog, QObject *parent)
    : QObject(parent)
    , m_ticket(ticket)
    , m_catalog(catalog)
{
    if (m_catalog) {
        connect(m_catalog, &CatalogService::barcodeFound, this, &ScanResolver::onFound);
        connect(m_catalog, &CatalogService::barcodeNotFound, this, &ScanResolver::onMissing);
        connect(m_catalog, &CatalogService::failed, this, &ScanResolver::onFailed);
    }
}

void ScanResolver::scan(const QString &code)
{
    if (auto r = m_ticket.ready(); !r) {
        Q_EMIT rejected(code, r.error().message);
        return;
    }
    if (!m_catalog) {
        Q_EMIT rejected(code, tr("The product catalog is not available."));
        return;
    }
    const QString trimmed = code.trimmed();
    const TillSettings &s = m_ticket.settings();
    // In-store labels carry the item and a weight or a price; the item reference is the product
    // id (docs/pos.md, "Weighed goods and price labels").
    if (!s.variableMeasure.isEmpty() && trimmed.size() == kInStoreLength && trimmed.startsWith(QLatin1Char('2'))) {
        scanner::ScannerConfig config;
        config.variableMeasureLayouts = s.variableMeasure;
        config.currencyExponent = s.currency.exponent;
        const auto parsed = scanner::ScanParser(config).parse(trimmed.toLatin1());
        if (!parsed) {
            Q_EMIT rejected(code, parsed.error().message);
            return;
        }
        if (const auto &vm = parsed.value().variableMeasure) {
            Pending p{trimmed, std::nullopt, std::nullopt};
            if (vm->kind == scanner::VariableMeasure::Kind::Weight)
                p.quantity = Quantity::grams(vm->weightGrams);
            else
                p.labelPrice = vm->priceMinor;
            m_pending.insert(m_catalog->lookupProduct(vm->itemReference.toLongLong()), p);
            return;
        }
    }
    m_pending.insert(m_catalog->lookupBarcode(trimmed), Pending{trimmed, std::nullopt, std::nullopt});
}

void ScanResolver::scanWeighed(const QString &code, qint64 grams)
{
    if (auto r = m_ticket.ready(); !r) {
        Q_EMIT rejected(code, r.error().message);
        return;
    }
    if (!m_catalog || grams <= 0) {
        Q_EMIT rejected(code, m_catalog ? tr("Enter a weight above zero") : tr("The product catalog is not available."));
        return;
    }
    m_pending.insert(m_catalog->lookupBarcode(code.trimmed()), Pending{code.trimmed(), Quantity::grams(grams), std::nullopt});
}

void ScanResolver::onFound(int request, const ProductInfo &product)
{
    const auto it = m_pending.constFind(request);
    if (it == m_pending.cend())
        return; // someone else's lookup
    const Pending p = *it;
    m_pending.erase(it);
    if (auto added = m_ticket.addProduct(product, p.quantity, p.labelPrice); !added)
        Q_EMIT rejected(p.code, added.error().message);
}

void ScanResolver::onMissing(int request, const QString &)
{
    const auto it = m_pending.constFind(request);
    if (it == m_pending.cend())
        return;
    const QString scanned = it->code;
    m_pending.erase(it);
    Q_EMIT rejected(scanned, tr("Code %1 is not in the catalog. Search the product by name, or set it aside for a supervisor.").arg(scanned));
}

void ScanResolver::onFailed(int request, const QString &message)
{
    if (const auto it = m_pending.constFind(request); it != m_pending.cend()) {
        const QString code = it->code;
        m_pending.erase(it);
        Q_EMIT rejected(code, message);
    }
}

} // namespace ok
