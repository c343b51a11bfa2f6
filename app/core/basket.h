// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"
#include "quantity.h"
#include "tax.h"

#include <QList>
#include <QString>

namespace ok {

struct Discount {
    enum class Kind { None, Percent, Amount };
    Kind kind = Kind::None;
    qint64 value = 0; // Percent: basis points (1250 = 12.5 %), 0..10000. Amount: minor units, >= 0.
    QString reason;   // shown on the receipt and in the audit trail
};

// A discount is valid when None (value ignored), Percent within 0..10000 bp, or Amount >= 0.
bool isValidDiscount(const Discount &discount);

// What the scanner / catalogue lookup hands to the basket.
struct BasketLineInput {
    qint64 productId;
    QString sku;
    QString name;
    QString taxRateCode;
    int taxBasisPoints;
    qint64 unitPriceMinor; // per piece, or per kg for Quantity::Unit::Gram; in the policy's price mode
    Quantity quantity;
};

struct BasketLine {
    qint64 productId;
    QString sku;
    QString name;
    QString taxRateCode;
    int taxBasisPoints;
    qint64 unitPriceMinor;
    Quantity quantity;
    Discount discount; // line discount
};

struct BasketLineTotals {
    qint64 gross;                // unit price × qty; weight lines round half-up from price/kg × g / 1000
    qint64 lineDiscount;         // never more than gross
    qint64 receiptDiscountShare; // never more than gross - lineDiscount
    qint64 amount;               // gross - lineDiscount - receiptDiscountShare, >= 0
};

struct BasketTotals {
    QList<BasketLineTotals> lines; // parallel to Basket::lines()
    qint64 subtotal = 0;           // Σ line gross, before any discount
    qint64 lineDiscounts = 0;      // Σ line discounts
    qint64 receiptDiscount = 0;    // receipt discount actually applied (after capping)
    // What the customer pays. TaxInclusive: subtotal - lineDiscounts - receiptDiscount
    // (== tax.totalGross). TaxExclusive: those line amounts are net, so total = Σ amounts + tax
    // (== tax.totalGross).
    qint64 total = 0;
    TaxSummary tax;
    Money totalMoney; // total in the basket's currency
};

// The sale being rung up. Plain value type with no signals: the checkout service owns one and
// publishes changes. All amounts are minor units of the basket's currency.
//
// Contracts:
// - Prices and quantities are validated: negative prices, quantities <= 0, a tax rate outside
//   0..100000 bp, and a line gross above kMaxLineGross are rejected (addLine returns -1, setters
//   false) and the basket is left unchanged. A zero quantity is rejected, never treated as
//   "remove": removal is explicit (removeLine) so a scale reading 0 g or a typo cannot silently
//   drop a line and shift the indices the UI holds.
// - Repeated scan: addLine with a Piece quantity merges into the last existing line that has the
//   same productId, Piece unit, unit price and tax rate and no line discount; the quantities add
//   up and that line's index is returned. Weighed (Gram) items always make a new line.
// - Line discount: Percent rounds half-up on the line gross; Amount is capped at the line gross.
// - Receipt discount: applied to Σ(gross - line discount). Percent rounds half-up; an Amount
//   larger than that sum is capped at it (total becomes 0, never negative). It is spread over
//   the lines in proportion to their amounts after line discounts with the largest-remainder
//   method, so the shares add up exactly; ties go to the lower line index. No share exceeds its
//   line's amount, so no line goes negative.
// - Tax: each line's final amount goes to computeTax() with the basket's TaxPolicy.
class Basket
{
public:
    // Upper bound for one line's gross (10^12 minor units, 10 billion in a 2-decimal currency):
    // far above any real sale, and low enough that sums of millions of lines stay in qint64.
    static constexpr qint64 kMaxLineGross = 1'000'000'000'000;

    explicit Basket(Currency currency, TaxPolicy policy);

    // Returns the index of the new or merged line, or -1 if the input is invalid.
    int addLine(const BasketLineInput &input);
    // False for a bad index, a quantity <= 0, a unit different from the line's, or overflow.
    bool setQuantity(int line, Quantity quantity);
    // Price override: false for a bad index, a negative price or overflow. The line keeps its
    // quantity and discount; the caller records who allowed it and why.
    bool setUnitPrice(int line, qint64 unitPriceMinor);
    // False for a bad index or an invalid discount. Kind::None clears the discount.
    bool setLineDiscount(int line, Discount discount);
    // False for a bad index. Later lines move up by one.
    bool removeLine(int line);
    // An invalid discount (see isValidDiscount) clears the receipt discount instead: the safe
    // failure never gives away more than was asked. Check isValidDiscount() first to report it.
    void setReceiptDiscount(Discount discount);
    void clear(); // removes all lines and the receipt discount

    const QList<BasketLine> &lines() const { return m_lines; }
    const Discount &receiptDiscount() const { return m_receiptDiscount; }
    const Currency &currency() const { return m_currency; }
    const TaxPolicy &taxPolicy() const { return m_policy; }
    bool isEmpty() const { return m_lines.isEmpty(); }

    BasketTotals totals() const;

    // Gross of one line before discounts, or nullopt above kMaxLineGross / on negative input.
    static std::optional<qint64> lineGross(qint64 unitPriceMinor, const Quantity &quantity);

private:
    bool isValidIndex(int line) const { return line >= 0 && line < m_lines.size(); }

    Currency m_currency;
    TaxPolicy m_policy;
    QList<BasketLine> m_lines;
    Discount m_receiptDiscount;
};

} // namespace ok
