// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include "rounding.h"

#include <QList>
#include <QStringList>

#include <array>
#include <limits>

namespace ok {

namespace {

constexpr qint64 kMaxMinor = std::numeric_limits<qint64>::max();
constexpr char16_t kNoBreakSpace = u'\u00A0';
constexpr char16_t kMinusSign = u'\u2212';

struct CurrencyPreset {
    char16_t code[4];
    int exponent;
    qint64 cashIncrement;
};

// Reasons for each cash increment are documented at Currency::fromCode().
constexpr std::array kPresets{
    CurrencyPreset{u"PLN", 2, 1},   CurrencyPreset{u"EUR", 2, 1},  CurrencyPreset{u"USD", 2, 1},
    CurrencyPreset{u"GBP", 2, 1},   CurrencyPreset{u"RUB", 2, 1},  CurrencyPreset{u"NOK", 2, 100},
    CurrencyPreset{u"SEK", 2, 100}, CurrencyPreset{u"CZK", 2, 100}, CurrencyPreset{u"CHF", 2, 5},
    CurrencyPreset{u"DKK", 2, 50},
};

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// How a locale groups integer digits, learnt from QLocale because Qt 6.4 has no public API for
// it. `least` is CLDR's minimumGroupingDigits: a number is grouped only when it has at least
// primary + least integer digits.
struct Grouping {
    QString separator;
    int primary = 0; // 0: the locale does not group
    int secondary = 0;
    int least = 1;
};

Grouping groupingOf(const QLocale &locale)
{
    Grouping g;
    g.separator = locale.groupSeparator();
    if (g.separator.isEmpty() || locale.numberOptions().testFlag(QLocale::OmitGroupSeparator))
        return g;
    // 18 digits: the leading group is complete for 3- and 2-digit grouping, so Qt 6.4's
    // minimum-grouping bug (it merges a short leading group) cannot distort the sizes.
    const QStringList groups = locale.toString(qlonglong(123456789012345678)).split(g.separator);
    if (groups.size() < 2)
        return g;
    g.primary = int(groups.last().toUcs4().size());
    g.secondary = groups.size() >= 3 ? int(groups.at(groups.size() - 2).toUcs4().size()) : g.primary;
    if (g.primary <= 0 || g.secondary <= 0) {
        g.primary = 0;
        return g;
    }
    // Smallest power of ten that gets a separator tells the minimum grouping digits.
    qlonglong probe = 1;
    for (int digits = 1; digits <= g.primary + 4; ++digits, probe *= 10) {
        if (locale.toString(probe).contains(g.separator)) {
            g.least = qMax(1, digits - g.primary);
            break;
        }
    }
    return g;
}

// ASCII digits → the locale's digits (they differ e.g. for Arabic or Bengali locales); other
// characters pass through.
QString localDigits(const QString &ascii, const QLocale &locale)
{
    const auto zero = locale.zeroDigit().toUcs4(); // QList<uint> in Qt 6.4
    if (zero.size() != 1 || zero.first() == U'0')
        return ascii;
    QString out;
    for (QChar c : ascii) {
        if (!isAsciiDigit(c)) {
            out += c;
            continue;
        }
        const char32_t digit = zero.first() + char32_t(c.unicode() - u'0');
        out += QString::fromUcs4(&digit, 1);
    }
    return out;
}

QString groupDigits(const QString &digits, const Grouping &g)
{
    const qsizetype n = digits.size();
    if (g.primary <= 0 || n < g.primary + g.least)
        return digits;
    // Cut from the right: first the primary group, then secondary groups.
    QStringList parts;
    qsizetype end = n;
    int size = g.primary;
    while (end > 0) {
        const qsizetype start = qMax<qsizetype>(0, end - size);
        parts.prepend(digits.mid(start, end - start));
        end = start;
        size = g.secondary;
    }
    return parts.join(g.separator);
}

bool isAlphabeticEdge(QChar c)
{
    return !c.isSymbol() && !c.isSpace() && !c.isPunct();
}

} // namespace

std::optional<Currency> Currency::fromCode(QStringView iso)
{
    for (const CurrencyPreset &preset : kPresets) {
        const QStringView code(preset.code);
        if (iso.compare(code, Qt::CaseInsensitive) == 0)
            return Currency{code.toString(), preset.exponent, preset.cashIncrement};
    }
    return std::nullopt;
}

bool Currency::isValid() const
{
    return code.size() == 3 && exponent >= 0 && exponent <= 9 && cashIncrement >= 1;
}

Money::Money() = default;

Money::Money(qint64 minor, const Currency &currency)
{
    if (!currency.isValid() || minor == std::numeric_limits<qint64>::min())
        return;
    m_minor = minor;
    m_currency = currency;
}

std::optional<Money> Money::parse(QStringView text, const Currency &currency)
{
    if (!currency.isValid())
        return std::nullopt;
    const QStringView t = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < t.size() && (t[i] == u'-' || t[i] == u'+' || t[i] == kMinusSign)) {
        negative = t[i] != u'+';
        ++i;
    }

    const qint64 scale = powerOfTen(currency.exponent);
    Int128 integerPart = 0;
    const qsizetype integerStart = i;
    for (; i < t.size() && isAsciiDigit(t[i]); ++i) {
        integerPart = integerPart * 10 + (t[i].unicode() - u'0');
        if (integerPart * scale > kMaxMinor)
            return std::nullopt;
    }
    if (i == integerStart)
        return std::nullopt;

    Int128 fraction = 0;
    int fractionDigits = 0;
    if (i < t.size() && (t[i] == u'.' || t[i] == u',')) {
        ++i;
        for (; i < t.size() && isAsciiDigit(t[i]); ++i) {
            if (++fractionDigits > currency.exponent)
                return std::nullopt;
            fraction = fraction * 10 + (t[i].unicode() - u'0');
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (i != t.size())
        return std::nullopt;

    const Int128 minor = integerPart * scale + fraction * powerOfTen(currency.exponent - fractionDigits);
    if (minor > kMaxMinor)
        return std::nullopt;
    return Money(negative ? -qint64(minor) : qint64(minor), currency);
}

std::optional<Money> Money::plus(const Money &other) const
{
    if (!sameCurrency(other))
        return std::nullopt;
    qint64 sum = 0;
    if (qAddOverflow(m_minor, other.m_minor, &sum) || sum == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(sum, m_currency);
}

std::optional<Money> Money::minus(const Money &other) const
{
    if (!sameCurrency(other))
        return std::nullopt;
    return plus(other.negated());
}

Money Money::negated() const
{
    if (!isValid())
        return *this;
    return Money(-m_minor, m_currency);
}

bool Money::sameCurrency(const Money &other) const
{
    return isValid() && other.isValid() && m_currency.code == other.m_currency.code;
}

QString Money::toPlainString() const
{
    if (!isValid())
        return {};
    const quint64 magnitude = m_minor < 0 ? quint64(-m_minor) : quint64(m_minor);
    const quint64 scale = quint64(powerOfTen(m_currency.exponent));
    QString out;
    if (m_minor < 0)
        out += u'-';
    out += QString::number(magnitude / scale);
    if (m_currency.exponent > 0) {
        out += u'.';
        out += QString::number(magnitude % scale).rightJustified(m_currency.exponent, u'0');
    }
    return out;
}

bool operator==(const Money &a, const Money &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a.m_minor == b.m_minor && a.m_currency.code == b.m_currency.code;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    if (!money.isValid())
        return {};
    const Currency &currency = money.currency();
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency.code
            ? locale.currencySymbol(QLocale::CurrencySymbol)
            : currency.code;

    // Learn prefix and suffix (symbol, sign, brackets, spaces) from a one-digit sentinel.
    constexpr qlonglong kSentinel = 7;
    const bool negative = money.minor() < 0;
    const QString sentinel = locale.toString(kSentinel);
    // Negative amounts (refunds, change due back) get the locale's minus sign in front, never the
    // accounting brackets Qt 6.4 takes from CLDR: "(12,34 zł)" on a till display or receipt
    // reads as a note, "-12,34 zł" reads as money going back.
    const QString pattern = locale.toCurrencyString(kSentinel, symbol);
    QString prefix;
    QString suffix;
    const qsizetype at = pattern.lastIndexOf(sentinel);
    if (at >= 0) {
        prefix = pattern.left(at);
        suffix = pattern.mid(at + sentinel.size());
    } else { // not expected from QLocale; stay readable rather than fail
        prefix = QString();
        suffix = QString(kNoBreakSpace) + symbol;
    }
    // CLDR currencySpacing: a letter-like symbol touching the digits gets a no-break space.
    if (!symbol.isEmpty() && prefix.endsWith(symbol) && isAlphabeticEdge(symbol.back()))
        prefix += kNoBreakSpace;
    if (!symbol.isEmpty() && suffix.startsWith(symbol) && isAlphabeticEdge(symbol.front()))
        suffix.prepend(kNoBreakSpace);

    const quint64 magnitude = negative ? quint64(-money.minor()) : quint64(money.minor());
    const quint64 scale = quint64(powerOfTen(currency.exponent));
    QString number = localDigits(groupDigits(QString::number(magnitude / scale), groupingOf(locale)),
                                 locale);
    if (currency.exponent > 0) {
        const QString fraction = QString::number(magnitude % scale).rightJustified(currency.exponent, u'0');
        number += locale.decimalPoint();
        number += localDigits(fraction, locale);
    }
    return (negative ? locale.negativeSign() : QString()) + prefix + number + suffix;
}

Money cashRounded(const Money &money)
{
    if (!money.isValid() || money.currency().cashIncrement <= 1)
        return money;
    const qint64 increment = money.currency().cashIncrement;
    const Int128 rounded = Int128(divRound(money.minor(), increment, RoundingMode::HalfUp)) * increment;
    if (rounded > kMaxMinor || rounded < -kMaxMinor)
        return Money();
    return Money(qint64(rounded), money.currency());
}

} // namespace ok
