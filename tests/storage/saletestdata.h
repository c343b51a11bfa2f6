// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ledger.h"

/// A consistent sale of `lines` lines for storage tests (amounts add up, one cash tender).
inline ok::SaleRecord makeSale(int lines, qint64 seed = 1)
{
    ok::SaleRecord s;
    s.storeId = QStringLiteral("S001");
    s.terminalId = QStringLiteral("T01");
    s.cashierId = QStringLiteral("C7");
    s.currency = QStringLiteral("PLN");
    s.createdAtMs = 1'800'000'000'000 + seed;
    qint64 total = 0;
    for (int i = 0; i < lines; ++i) {
        ok::SaleLineRecord l;
        l.productId = 100 + i;
        l.sku = QStringLiteral("SKU-%1").arg(100 + i);
        l.name = QStringLiteral("Produkt %1").arg(i);
        l.quantity = 1 + (seed + i) % 3;
        l.unitPrice = 199 + 100 * i;
        l.amount = l.quantity * l.unitPrice;
        l.taxCode = QStringLiteral("A");
        l.taxBasisPoints = 2300;
        total += l.amount;
        s.lines.append(l);
    }
    s.subtotal = total;
    s.total = total;
    const qint64 tax = (total * 23 + 61) / 123; // gross * 23/123, half up
    s.taxTotal = tax;
    s.taxes = {{QStringLiteral("A"), 2300, total - tax, tax, total}};
    s.tenders = {{QStringLiteral("cash"), total + 1000, 1000, QString()}};
    return s;
}

/// makeSale for a store whose prices exclude tax: the same lines as net amounts, 23 % on top.
inline ok::SaleRecord makeNetSale(int lines, qint64 seed = 1)
{
    ok::SaleRecord s = makeSale(lines, seed);
    s.pricesIncludeTax = false;
    const qint64 net = s.subtotal;
    const qint64 tax = (net * 23 + 50) / 100; // net * 23 %, half up
    s.taxTotal = tax;
    s.total = net + tax;
    s.taxes = {{QStringLiteral("A"), 2300, net, tax, net + tax}};
    s.tenders = {{QStringLiteral("cash"), s.total + 1000, 1000, QString()}};
    return s;
}
