// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rounding.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace ok {

// A VAT rate as configured for a store and printed on receipts. Exempt goods are a separate rate
// with basisPoints 0 and their own code (e.g. Polish "zw."), so they get their own summary row.
struct TaxRate {
    QString code;    // short code the fiscal printer / receipt uses, e.g. "A"
    int basisPoints; // 2300 = 23 %
    QString label;   // e.g. "23 %"
};

enum class PriceMode {
    TaxInclusive, // prices are gross (consumer retail in PL, IT, NO, RU)
    TaxExclusive, // prices are net, tax is added (B2B invoices, US-style shelf prices)
};

enum class TaxRoundingScope {
    PerLine,    // tax rounded on every line, then summed
    PerReceipt, // tax rounded once per rate on the rate's summed amount (Polish fiscal printers)
};

struct TaxPolicy {
    PriceMode priceMode = PriceMode::TaxInclusive;
    TaxRoundingScope scope = TaxRoundingScope::PerReceipt;
    RoundingMode rounding = RoundingMode::HalfUp;
};

// One line's contribution to the tax summary.
struct TaxableAmount {
    QString rateCode;
    int basisPoints;
    qint64 amount; // the line's final amount after all discounts, in the policy's price mode
                   // (gross if inclusive, net if exclusive); minor units, may be negative (returns)
};

struct TaxSummaryRow {
    QString rateCode;
    int basisPoints;
    qint64 net;
    qint64 tax;
    qint64 gross;
};

struct TaxSummary {
    QList<TaxSummaryRow> rows; // one per (rateCode, basisPoints); sorted by rate descending, then code
    qint64 totalNet = 0;
    qint64 totalTax = 0;
    qint64 totalGross = 0;
};

// Builds the per-rate VAT summary of a receipt. All integer, rounding by policy.rounding.
//   Inclusive, PerReceipt: per rate, gross = Σ amounts, tax = round(gross × r / (10000 + r)).
//     This is the Polish fiscal-printer rule: VAT = gross × r / (100 + r) per rate.
//   Inclusive, PerLine: per rate, gross = Σ amounts, tax = Σ round(amount × r / (10000 + r)).
//   Exclusive, PerReceipt: per rate, net = Σ amounts, tax = round(net × r / 10000).
//   Exclusive, PerLine: per rate, net = Σ amounts, tax = Σ round(amount × r / 10000).
// Invariants: every row has net + tax == gross; the totals are the sums of the rows; totalGross
// equals Σ amounts in inclusive mode and Σ amounts + totalTax in exclusive mode. Rates of 0 %
// (zero-rated or exempt) give rows with tax 0. Amounts with the same code but a different rate
// (a rate change mid-day) stay in separate rows. An empty input gives no rows and zero totals.
// Precondition: 0 <= basisPoints <= 100000 and sums fit in qint64 (callers bound line amounts).
TaxSummary computeTax(const QList<TaxableAmount> &amounts, const TaxPolicy &policy);

// Store presets by ISO 3166 country code (case-insensitive), highest rate first; empty list for
// other countries. Codes are letters in descending rate order, as Polish fiscal printers use:
//   PL: A 23 %, B 8 %, C 5 %, D 0 %        IT: A 22 %, B 10 %, C 5 %, D 4 %
//   NO: A 25 %, B 15 %, C 12 %, D 0 %      RU: A 20 %, B 10 %, C 0 %
QList<TaxRate> standardTaxRates(QStringView countryCode);

} // namespace ok
