// SPDX-License-Identifier: GPL-3.0-or-later
#include "tax.h"

#include <algorithm>

namespace ok {

namespace {

constexpr qint64 kBasisPointsPerWhole = 10000;

// Tax contained in (inclusive) or added to (exclusive) `amount` at `basisPoints`.
qint64 taxOf(qint64 amount, int basisPoints, const TaxPolicy &policy)
{
    if (basisPoints == 0 || amount == 0)
        return 0;
    const Int128 numerator = Int128(amount) * basisPoints;
    const Int128 denominator = policy.priceMode == PriceMode::TaxInclusive
            ? kBasisPointsPerWhole + basisPoints
            : kBasisPointsPerWhole;
    return divRound(numerator, denominator, policy.rounding);
}

} // namespace

TaxSummary computeTax(const QList<TaxableAmount> &amounts, const TaxPolicy &policy)
{
    // Group by (code, rate) preserving first appearance; a receipt has a handful of rates, so a
    // linear search beats a hash here.
    struct Group {
        QString rateCode;
        int basisPoints;
        qint64 sum = 0;
        qint64 perLineTax = 0;
    };
    QList<Group> groups;
    for (const TaxableAmount &a : amounts) {
        Q_ASSERT(a.basisPoints >= 0 && a.basisPoints <= 10 * kBasisPointsPerWhole);
        auto it = std::find_if(groups.begin(), groups.end(), [&a](const Group &g) {
            return g.basisPoints == a.basisPoints && g.rateCode == a.rateCode;
        });
        if (it == groups.end()) {
            groups.append(Group{a.rateCode, a.basisPoints});
            it = groups.end() - 1;
        }
        it->sum += a.amount;
        it->perLineTax += taxOf(a.amount, a.basisPoints, policy);
    }

    TaxSummary summary;
    for (const Group &g : groups) {
        const qint64 tax = policy.scope == TaxRoundingScope::PerLine
                ? g.perLineTax
                : taxOf(g.sum, g.basisPoints, policy);
        TaxSummaryRow row{g.rateCode, g.basisPoints, 0, tax, 0};
        if (policy.priceMode == PriceMode::TaxInclusive) {
            row.gross = g.sum;
            row.net = g.sum - tax;
        } else {
            row.net = g.sum;
            row.gross = g.sum + tax;
        }
        summary.rows.append(row);
    }
    std::sort(summary.rows.begin(), summary.rows.end(),
              [](const TaxSummaryRow &a, const TaxSummaryRow &b) {
                  if (a.basisPoints != b.basisPoints)
                      return a.basisPoints > b.basisPoints;
                  return a.rateCode < b.rateCode;
              });
    for (const TaxSummaryRow &row : std::as_const(summary.rows)) {
        summary.totalNet += row.net;
        summary.totalTax += row.tax;
        summary.totalGross += row.gross;
    }
    return summary;
}

QList<TaxRate> standardTaxRates(QStringView countryCode)
{
    const auto rate = [](const char16_t *code, int basisPoints) {
        return TaxRate{QString::fromUtf16(code), basisPoints,
                       QString::number(basisPoints / 100) + QStringLiteral(" %")};
    };
    if (countryCode.compare(u"PL", Qt::CaseInsensitive) == 0)
        return {rate(u"A", 2300), rate(u"B", 800), rate(u"C", 500), rate(u"D", 0)};
    if (countryCode.compare(u"IT", Qt::CaseInsensitive) == 0)
        return {rate(u"A", 2200), rate(u"B", 1000), rate(u"C", 500), rate(u"D", 400)};
    if (countryCode.compare(u"NO", Qt::CaseInsensitive) == 0)
        return {rate(u"A", 2500), rate(u"B", 1500), rate(u"C", 1200), rate(u"D", 0)};
    if (countryCode.compare(u"RU", Qt::CaseInsensitive) == 0)
        return {rate(u"A", 2000), rate(u"B", 1000), rate(u"C", 0)};
    return {};
}

} // namespace ok
