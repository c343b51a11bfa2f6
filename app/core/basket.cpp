// SPDX-License-Identifier: GPL-3.0-or-later
#include "basket.h"

#include "rounding.h"

#include <algorithm>
#include <numeric>

namespace ok {

namespace {

constexpr qint64 kBasisPointsPerWhole = 10000;
constexpr int kMaxTaxBasisPoints = 100000;
constexpr qint64 kGramsPerKilogram = 1000;

qint64 lineDiscountOf(const Discount &discount, qint64 gross)
{
    switch (discount.kind) {
    case Discount::Kind::None:
        return 0;
    case Discount::Kind::Percent:
        return divRound(Int128(gross) * discount.value, kBasisPointsPerWhole, RoundingMode::HalfUp);
    case Discount::Kind::Amount:
        return qMin(discount.value, gross);
    }
    return 0;
}

} // namespace

bool isValidDiscount(const Discount &discount)
{
    switch (discount.kind) {
    case Discount::Kind::None:
        return true;
    case Discount::Kind::Percent:
        return discount.value >= 0 && discount.value <= kBasisPointsPerWhole;
    case Discount::Kind::Amount:
        return discount.value >= 0;
    }
    return false;
}

Basket::Basket(Currency currency, TaxPolicy policy)
    : m_currency(std::move(currency))
    , m_policy(policy)
{
}

std::optional<qint64> Basket::lineGross(qint64 unitPriceMinor, const Quantity &quantity)
{
    if (unitPriceMinor < 0 || quantity.value < 0)
        return std::nullopt;
    Int128 gross = Int128(unitPriceMinor) * quantity.value;
    if (quantity.unit == Quantity::Unit::Gram) {
        gross = gross / kGramsPerKilogram + (gross % kGramsPerKilogram * 2 >= kGramsPerKilogram ? 1 : 0);
    }
    if (gross > kMaxLineGross)
        return std::nullopt;
    return qint64(gross);
}

int Basket::addLine(const BasketLineInput &input)
{
    if (input.quantity.value <= 0 || input.taxBasisPoints < 0
        || input.taxBasisPoints > kMaxTaxBasisPoints || !lineGross(input.unitPriceMinor, input.quantity))
        return -1;

    if (input.quantity.unit == Quantity::Unit::Piece) {
        for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
            BasketLine &line = m_lines[i];
            if (line.productId != input.productId || line.quantity.unit != Quantity::Unit::Piece
                || line.unitPriceMinor != input.unitPriceMinor || line.taxRateCode != input.taxRateCode
                || line.taxBasisPoints != input.taxBasisPoints || line.discount.kind != Discount::Kind::None)
                continue;
            const Quantity merged = Quantity::pieces(line.quantity.value + input.quantity.value);
            if (!lineGross(line.unitPriceMinor, merged))
                return -1;
            line.quantity = merged;
            return int(i);
        }
    }

    m_lines.append(BasketLine{input.productId, input.sku, input.name, input.taxRateCode,
                              input.taxBasisPoints, input.unitPriceMinor, input.quantity, Discount{}});
    return int(m_lines.size() - 1);
}

bool Basket::setQuantity(int line, Quantity quantity)
{
    if (!isValidIndex(line) || quantity.value <= 0)
        return false;
    BasketLine &l = m_lines[line];
    if (quantity.unit != l.quantity.unit || !lineGross(l.unitPriceMinor, quantity))
        return false;
    l.quantity = quantity;
    return true;
}

bool Basket::setUnitPrice(int line, qint64 unitPriceMinor)
{
    if (!isValidIndex(line) || unitPriceMinor < 0)
        return false;
    BasketLine &l = m_lines[line];
    if (!lineGross(unitPriceMinor, l.quantity))
        return false;
    l.unitPriceMinor = unitPriceMinor;
    return true;
}

bool Basket::setLineDiscount(int line, Discount discount)
{
    if (!isValidIndex(line) || !isValidDiscount(discount))
        return false;
    if (discount.kind == Discount::Kind::None)
        discount = Discount{};
    m_lines[line].discount = std::move(discount);
    return true;
}

bool Basket::removeLine(int line)
{
    if (!isValidIndex(line))
        return false;
    m_lines.removeAt(line);
    return true;
}

void Basket::setReceiptDiscount(Discount discount)
{
    if (!isValidDiscount(discount) || discount.kind == Discount::Kind::None)
        discount = Discount{};
    m_receiptDiscount = std::move(discount);
}

void Basket::clear()
{
    m_lines.clear();
    m_receiptDiscount = Discount{};
}

BasketTotals Basket::totals() const
{
    BasketTotals totals;
    totals.lines.reserve(m_lines.size());

    // Line gross and line discounts. Every line was validated on the way in.
    qint64 base = 0; // Σ(gross - line discount): what the receipt discount applies to
    for (const BasketLine &line : m_lines) {
        const qint64 gross = lineGross(line.unitPriceMinor, line.quantity).value_or(0);
        const qint64 lineDiscount = lineDiscountOf(line.discount, gross);
        totals.lines.append(BasketLineTotals{gross, lineDiscount, 0, gross - lineDiscount});
        totals.subtotal += gross;
        totals.lineDiscounts += lineDiscount;
        base += gross - lineDiscount;
    }

    // Receipt discount, capped at the base, spread by largest remainder.
    qint64 receiptDiscount = base > 0 ? lineDiscountOf(m_receiptDiscount, base) : 0;
    receiptDiscount = qBound<qint64>(0, receiptDiscount, base);
    totals.receiptDiscount = receiptDiscount;
    if (receiptDiscount > 0) {
        QList<qint64> remainders(totals.lines.size());
        qint64 distributed = 0;
        for (qsizetype i = 0; i < totals.lines.size(); ++i) {
            const Int128 exact = Int128(receiptDiscount) * totals.lines[i].amount;
            totals.lines[i].receiptDiscountShare = qint64(exact / base);
            remainders[i] = qint64(exact % base);
            distributed += totals.lines[i].receiptDiscountShare;
        }
        QList<qsizetype> order(totals.lines.size());
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(), [&remainders](qsizetype a, qsizetype b) {
            return remainders[a] > remainders[b];
        });
        // leftover < number of lines with a non-zero remainder, so only those receive a unit.
        for (qint64 leftover = receiptDiscount - distributed, k = 0; leftover > 0; --leftover, ++k)
            ++totals.lines[order[k]].receiptDiscountShare;
    }

    QList<TaxableAmount> taxable;
    taxable.reserve(m_lines.size());
    qint64 amounts = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        BasketLineTotals &t = totals.lines[i];
        t.amount = t.gross - t.lineDiscount - t.receiptDiscountShare;
        amounts += t.amount;
        taxable.append(TaxableAmount{m_lines[i].taxRateCode, m_lines[i].taxBasisPoints, t.amount});
    }
    totals.tax = computeTax(taxable, m_policy);
    totals.total = m_policy.priceMode == PriceMode::TaxInclusive ? amounts : amounts + totals.tax.totalTax;
    Q_ASSERT(totals.total == totals.tax.totalGross);
    totals.totalMoney = Money(totals.total, m_currency);
    return totals;
}

} // namespace ok
