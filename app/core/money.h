// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace ok {

// An ISO 4217 currency as the till needs it. Plain value type; a store may copy the preset from
// fromCode() and change cashIncrement to match local cash practice (see fromCode()).
struct Currency {
    QString code;             // ISO 4217 alphabetic code, upper case ("PLN")
    int exponent = 2;         // minor-unit digits: amount = minor / 10^exponent
    qint64 cashIncrement = 1; // minor units the smallest payable cash amount is a multiple of

    // Presets for the currencies the product ships with (case-insensitive code lookup):
    //   PLN, EUR, USD, GBP, RUB: cashIncrement 1. The smallest coins (1 grosz, 1 cent, 1 penny,
    //     1 kopeck) are legal tender. Notes: several euro countries (NL, BE, FI, IE, IT since 2018)
    //     round cash to 0.05 by law or custom: a store there sets cashIncrement = 5. In Russia
    //     kopecks remain legal tender and rounding a total up against the customer is not allowed,
    //     so stores that round do it as a discount, not as cash rounding.
    //   NOK 100, SEK 100, CZK 100: the smallest coin is 1 krone / krona / koruna (øre, öre and
    //     haléř coins withdrawn in 2012, 2010, 2008); cash totals are rounded to whole units.
    //   CHF 5 (smallest coin 5 Rappen), DKK 50 (smallest coin 50 øre).
    // Returns nullopt for any other code.
    static std::optional<Currency> fromCode(QStringView iso);

    // True for a usable currency: three-letter code, exponent 0..9, cashIncrement >= 1.
    bool isValid() const;

    friend bool operator==(const Currency &, const Currency &) = default;
};

// An exact amount of money: a count of minor units (qint64) in one currency. Never a double.
// Valid amounts satisfy |minor| <= INT64_MAX (INT64_MIN is excluded so negated() is total).
// Arithmetic returns nullopt rather than overflowing or mixing currencies.
class Money
{
public:
    Money(); // invalid: no currency
    // Invalid if `currency` is not valid or minor == INT64_MIN.
    Money(qint64 minor, const Currency &currency);

    // Parses a plain decimal amount as typed by a person or sent by the central system:
    // optional surrounding whitespace, optional sign ('-', '+', or U+2212 minus), at least one
    // ASCII digit, then optionally '.' or ',' followed by 1..exponent digits.
    // Accepts "12.34", "12,34", "-0.5", "7". Rejects "", "1.", ".5", "1.234" (EUR), "1 234",
    // "1,234.5" (no group separators: "1,234" would be ambiguous), garbage and anything beyond
    // qint64 minor units. Returns nullopt if `currency` is invalid.
    static std::optional<Money> parse(QStringView text, const Currency &currency);

    qint64 minor() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    bool isValid() const { return m_currency.isValid(); }

    // nullopt if either side is invalid, the currency codes differ, or the result overflows.
    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;
    Money negated() const; // invalid stays invalid
    // Same ISO code (cashIncrement overrides do not make a different currency). False if either
    // side is invalid.
    bool sameCurrency(const Money &other) const;

    // "-12.34": '-' sign, '.' decimal point, exactly `exponent` decimals, no grouping, no symbol.
    // Meant for JSON, logs and fixed-layout receipts. Empty string when invalid.
    QString toPlainString() const;

    // Equal when both are invalid, or both valid with the same code and minor units.
    friend bool operator==(const Money &a, const Money &b);

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

// Formats for people, the way `locale` writes money: its digits, group separator and grouping,
// decimal point, and where it puts the symbol and the sign. The symbol is the locale's own when
// the locale's currency is this currency (pl_PL + PLN → "zł"), else the ISO code (pl_PL + EUR →
// "EUR").
// Implementation: the layout is learnt from QLocale::toCurrencyString(qlonglong) on a sentinel
// integer and our own integer digits are substituted, so no double ever touches the amount.
// Consequences, all deliberate:
// - negative amounts use the locale's negative currency pattern as Qt 6.4 has it, which for
//   several locales is CLDR's accounting style: en_US "($1,234.50)", pl_PL "(12,34 zł)",
//   nb_NO "(kr 12,34)"; it_IT and ru_RU use a minus sign.
// - grouping follows CLDR including the minimum grouping digits (pl_PL: "1234,56 zł" but
//   "12 345,67 zł", "1 234 567,89 zł"), which is correct also where Qt 6.4's own toString()
//   is not (it prints "1234 567" for pl_PL).
// - an alphabetic symbol directly next to the digits gets a no-break space, as CLDR's
//   currencySpacing requires: en_GB + EUR → "EUR 12.34" (Qt alone would print "EUR12.34").
// Returns an empty string for an invalid Money.
QString formatMoney(const Money &money, const QLocale &locale);

// Rounds half away from zero to a multiple of the currency's cashIncrement, for cash tender:
// NOK 123.49 → 123.00, 123.50 → 124.00; PLN unchanged. Returns `money` unchanged if invalid,
// and an invalid Money in the (theoretical) case that the rounded value overflows qint64.
Money cashRounded(const Money &money);

} // namespace ok
