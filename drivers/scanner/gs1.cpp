// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/gs1.h"

#include "drivers/scanner/gs1syntax.h"
#include "drivers/scanner/scanerror.h"
#include "drivers/scanner/scannerconfig.h"
#include "drivers/scanner/scanparser.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <string_view>

namespace ok::scanner::gs1 {

namespace {

// The AIs with a typed field in Gs1Data.
enum class Field : quint8 {
    None,
    Sscc,
    Gtin,
    ContainedGtin,
    Lot,
    Serial,
    ProductionDate,
    DueDate,
    PackagingDate,
    BestBefore,
    SellBy,
    Expiry,
    Count,
    NetWeightKg,
    NetWeightLb,
    Price,
    PriceWithCurrency,
};

struct FieldRange {
    std::string_view first; ///< the AI, or the first of a range ("3100")
    std::string_view last; ///< same length as first ("3105")
    Field field;
};

// What the till reads into Gs1Data. This is not a GS1 rule: which AIs exist, their format and
// which go together come from the GS1 Barcode Syntax Dictionary (Syntax::builtIn()).
constexpr FieldRange kFields[] = {
    { "00", "00", Field::Sscc },
    { "01", "01", Field::Gtin },
    { "02", "02", Field::ContainedGtin },
    { "10", "10", Field::Lot },
    { "11", "11", Field::ProductionDate },
    { "12", "12", Field::DueDate },
    { "13", "13", Field::PackagingDate },
    { "15", "15", Field::BestBefore },
    { "16", "16", Field::SellBy },
    { "17", "17", Field::Expiry },
    { "21", "21", Field::Serial },
    { "30", "30", Field::Count },
    { "3100", "3105", Field::NetWeightKg },
    { "3200", "3205", Field::NetWeightLb },
    { "3920", "3929", Field::Price },
    { "3930", "3939", Field::PriceWithCurrency },
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(QByteArrayView s)
{
    for (char c : s) {
        if (!isDigit(c))
            return false;
    }
    return !s.isEmpty();
}

bool isCset39(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'Z') || c == '#' || c == '-' || c == '/';
}

bool isCset64(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_' || c == '=';
}

bool inCharset(char c, Charset set)
{
    switch (set) {
    case Charset::Numeric:
        return isDigit(c);
    case Charset::Cset82:
        return isCset82(c);
    case Charset::Cset39:
        return isCset39(c);
    case Charset::Cset64:
        return isCset64(c);
    }
    return false;
}

Field fieldOf(QByteArrayView ai)
{
    const std::string_view a(ai.data(), size_t(ai.size()));
    for (const FieldRange &r : kFields) {
        if (a.size() == r.first.size() && a >= r.first && a <= r.last)
            return r.field;
    }
    return Field::None;
}

struct AiMatch {
    const AiRule *rule;
    qsizetype length;
};

// The AI at the start of `data`, if any. The dictionary is prefix-free (Syntax::parse checks),
// so at most one length matches.
std::optional<AiMatch> findAi(const Syntax &syntax, QByteArrayView data)
{
    for (qsizetype len = 2; len <= 4 && len <= data.size(); ++len) {
        const QByteArrayView candidate = data.first(len);
        if (!allDigits(candidate))
            return std::nullopt;
        if (const AiRule *rule = syntax.rule(candidate))
            return AiMatch { rule, len };
    }
    return std::nullopt;
}

QString fieldName(Field f)
{
    switch (f) {
    case Field::None:
        return {};
    case Field::Sscc:
        return ScanParser::tr("SSCC");
    case Field::Gtin:
        return ScanParser::tr("GTIN");
    case Field::ContainedGtin:
        return ScanParser::tr("contained GTIN");
    case Field::Lot:
        return ScanParser::tr("lot");
    case Field::Serial:
        return ScanParser::tr("serial number");
    case Field::ProductionDate:
        return ScanParser::tr("production date");
    case Field::DueDate:
        return ScanParser::tr("due date");
    case Field::PackagingDate:
        return ScanParser::tr("packaging date");
    case Field::BestBefore:
        return ScanParser::tr("best-before date");
    case Field::SellBy:
        return ScanParser::tr("sell-by date");
    case Field::Expiry:
        return ScanParser::tr("expiry date");
    case Field::Count:
        return ScanParser::tr("count");
    case Field::NetWeightKg:
        return ScanParser::tr("net weight");
    case Field::NetWeightLb:
        return ScanParser::tr("net weight (lb)");
    case Field::Price:
        return ScanParser::tr("price");
    case Field::PriceWithCurrency:
        return ScanParser::tr("price with currency");
    }
    return {};
}

QString latin1(QByteArrayView s)
{
    return QString::fromLatin1(s.data(), s.size());
}

// "expiry date (AI 17)", or for an AI the till does not type, "AI 422 (ORIGIN)" with the
// dictionary's title.
QString describe(const AiRule &rule, QByteArrayView ai)
{
    const QString name = fieldName(fieldOf(ai));
    if (!name.isEmpty())
        return ScanParser::tr("%1 (AI %2)").arg(name, latin1(ai));
    return rule.title.isEmpty() ? ScanParser::tr("AI %1").arg(latin1(ai))
                                : ScanParser::tr("AI %1 (%2)").arg(latin1(ai), rule.title);
}

QString showChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F)
        return ScanParser::tr("'%1'").arg(QLatin1Char(c));
    return ScanParser::tr("byte 0x%1").arg(QString::number(u, 16).toUpper().rightJustified(2, QLatin1Char('0')));
}

// Days in month for a two-digit year; leap years as in 2001-2099 (and 1901-1999), which is
// every year the century rule can produce except 2000 and 2100 (yy = 00, treated as leap).
int daysInMonth(int yy, int mm)
{
    static constexpr std::array<int, 12> kDays = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return mm == 2 && yy % 4 == 0 ? 29 : kDays[size_t(mm - 1)];
}

// The dictionary's yymmd0 (`dayZero`: DD 00 = last day of the month) and yymmdd linters.
Result<void> validateDate(const AiRule &rule, QByteArrayView ai, QByteArrayView value, bool dayZero)
{
    const int yy = (value[0] - '0') * 10 + (value[1] - '0');
    const int mm = (value[2] - '0') * 10 + (value[3] - '0');
    const int dd = (value[4] - '0') * 10 + (value[5] - '0');
    QString why;
    if (mm < 1 || mm > 12)
        why = ScanParser::tr("month %1").arg(mm, 2, 10, QLatin1Char('0'));
    else if (dd > daysInMonth(yy, mm) || (dd == 0 && !dayZero))
        why = ScanParser::tr("day %1").arg(dd, 2, 10, QLatin1Char('0'));
    if (why.isEmpty())
        return {};
    return makeScanError(ScanError::InvalidDate,
        ScanParser::tr("%1: date %2 is not a valid date (%3)").arg(describe(rule, ai), latin1(value), why));
}

// One component's share of an element's data.
struct Part {
    const Component *component;
    QByteArrayView data;
};

// The component that position `i` of the data falls into (positions past the end: the last).
const Component &componentAt(const AiRule &rule, qsizetype i)
{
    qsizetype end = 0;
    for (const Component &c : rule.components) {
        end += c.maxLength;
        if (i < end)
            return c;
    }
    return rule.components.back();
}

// The dictionary's linters the till applies (Linter) on one component.
Result<void> lint(const Syntax &syntax, const AiRule &rule, QByteArrayView ai, QByteArrayView value, const Part &part)
{
    for (Linter linter : part.component->linters) {
        QString why;
        switch (linter) {
        case Linter::Csum: {
            const QByteArrayView key = part.data;
            const int expected = checkDigit(key.chopped(1));
            if (key.size() < 2 || expected < 0 || !isDigit(key.back()))
                return makeScanError(ScanError::InvalidCharacter,
                    ScanParser::tr("%1 \"%2\": the key must be digits").arg(describe(rule, ai), latin1(value)));
            if (expected != key.back() - '0')
                return makeScanError(ScanError::CheckDigit,
                    ScanParser::tr("%1 %2: check digit wrong (expected %3, got %4)")
                        .arg(describe(rule, ai), latin1(key))
                        .arg(expected)
                        .arg(key.back() - '0'));
            break;
        }
        case Linter::Yymmd0:
        case Linter::Yymmdd:
            if (auto ok = validateDate(rule, ai, part.data, linter == Linter::Yymmd0); !ok)
                return ok;
            break;
        case Linter::Iso3166:
            if (!syntax.isCountry(part.data))
                why = ScanParser::tr("%1 is not an ISO 3166 country code").arg(latin1(part.data));
            break;
        case Linter::Iso3166Or999:
            if (part.data != "999" && !syntax.isCountry(part.data))
                why = ScanParser::tr("%1 is not an ISO 3166 country code (nor 999)").arg(latin1(part.data));
            break;
        case Linter::Iso3166Alpha2:
            if (!syntax.isCountryAlpha2(part.data))
                why = ScanParser::tr("\"%1\" is not an ISO 3166 two-letter country code").arg(latin1(part.data));
            break;
        case Linter::Iso4217:
            if (!syntax.isCurrency(part.data))
                why = ScanParser::tr("%1 is not an ISO 4217 currency code").arg(latin1(part.data));
            break;
        }
        if (!why.isEmpty())
            return makeScanError(ScanError::NotInCodeList,
                ScanParser::tr("%1 \"%2\": %3; this is not a valid GS1 code (the label is wrong, rescanning will "
                               "not help)")
                    .arg(describe(rule, ai), latin1(value), why));
    }
    return {};
}

// Character set, length, and the dictionary's checks (check digit, dates, code lists) of one
// element's data, component by component as the dictionary's format specification lays it out.
Result<void> validateElement(const Syntax &syntax, const AiRule &rule, QByteArrayView ai, QByteArrayView value)
{
    const int minLength = rule.minLength();
    const int maxLength = rule.maxLength();
    const bool fixed = minLength == maxLength;
    if (value.isEmpty()) {
        if (fixed)
            return makeScanError(ScanError::TruncatedField,
                ScanParser::tr("fixed-length AI %1 truncated: needs %2 characters, got none")
                    .arg(latin1(ai))
                    .arg(minLength));
        return makeScanError(ScanError::EmptyField, ScanParser::tr("%1 is empty").arg(describe(rule, ai)));
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        const Charset set = componentAt(rule, i).charset;
        if (!inCharset(value[i], set)) {
            const QString allowed = set == Charset::Numeric ? ScanParser::tr("only digits are allowed")
                                                            : ScanParser::tr("it is not a GS1 data character");
            return makeScanError(ScanError::InvalidCharacter,
                ScanParser::tr("%1 \"%2\": %3 at position %4: %5")
                    .arg(describe(rule, ai), escapeBytes(value.toByteArray()), showChar(value[i]))
                    .arg(i + 1)
                    .arg(allowed));
        }
    }
    if (value.size() < minLength) {
        return makeScanError(ScanError::TruncatedField,
            fixed ? ScanParser::tr("fixed-length AI %1 truncated: needs %2 characters, got %3 (\"%4\")")
                        .arg(latin1(ai))
                        .arg(minLength)
                        .arg(value.size())
                        .arg(latin1(value))
                  : ScanParser::tr("%1 too short: needs at least %2 characters, got %3 (\"%4\")")
                        .arg(describe(rule, ai))
                        .arg(minLength)
                        .arg(value.size())
                        .arg(latin1(value)));
    }
    if (value.size() > maxLength) {
        return makeScanError(ScanError::FieldTooLong,
            ScanParser::tr("%1 is %2 characters long; at most %3 are allowed (\"%4\")")
                .arg(describe(rule, ai))
                .arg(value.size())
                .arg(maxLength)
                .arg(latin1(value)));
    }
    // Each component takes its length from what is left; optional ones may be absent once the
    // data is used up (the dictionary's header), so "6161" is no valid AI 423 (N3 [N3] ...).
    QList<Part> parts;
    qsizetype pos = 0;
    for (const Component &c : rule.components) {
        const qsizetype left = value.size() - pos;
        if (left == 0)
            break; // only optional components remain: the length checks above saw to that
        const qsizetype take = c.minLength == c.maxLength ? c.maxLength : qMin<qsizetype>(left, c.maxLength);
        if (left < take)
            return makeScanError(ScanError::TruncatedField,
                ScanParser::tr("%1 \"%2\" is cut short: it ends inside a part of %3 characters (\"%4\")")
                    .arg(describe(rule, ai), latin1(value))
                    .arg(take)
                    .arg(latin1(value.sliced(pos))));
        parts.append(Part { &c, value.sliced(pos, take) });
        pos += take;
    }
    for (const Part &part : std::as_const(parts)) {
        if (auto ok = lint(syntax, rule, ai, value, part); !ok)
            return ok;
    }
    return {};
}

Result<QList<Gs1Element>> parseElements(const Syntax &syntax, QByteArrayView data, bool separatorReliable);

// A variable-length field ran to the end of a scan that holds no GS. If some tail of it is a
// complete run of element strings starting with a predefined-length AI, the GS before that AI
// was most likely lost (keyboard wedge): say so instead of accepting a lot like "ABC3103001250".
std::optional<ok::Error> swallowed(const Syntax &syntax, const AiRule &rule, QByteArrayView ai, QByteArrayView value)
{
    for (qsizetype k = qMax<qsizetype>(1, rule.minLength()); k < value.size(); ++k) {
        const QByteArrayView tail = value.sliced(k);
        const auto next = findAi(syntax, tail);
        if (!next || !next->rule->predefinedLength)
            continue;
        const auto elements = parseElements(syntax, tail, true);
        if (!elements)
            continue;
        const Gs1Element &first = elements->front();
        const Field firstField = fieldOf(first.ai.toLatin1());
        const QString what = firstField != Field::None
            ? ScanParser::tr("%1 (AI %2)").arg(fieldName(firstField), first.ai)
            : ScanParser::tr("AI %1").arg(first.ai);
        const Field field = fieldOf(ai);
        const QString fieldText = field != Field::None ? fieldName(field) : ScanParser::tr("AI %1").arg(latin1(ai));
        return makeScanError(ScanError::MissingSeparator,
            ScanParser::tr("%1 field swallowed the %2: GS separator missing after \"%3\" "
                           "(AI %4 read as \"%5\"); set the scanner to transmit GS, or configure gs_replacement")
                .arg(fieldText, what, latin1(value.first(k)), latin1(ai), latin1(value)));
    }
    return std::nullopt;
}

Result<QList<Gs1Element>> parseElements(const Syntax &syntax, QByteArrayView data, bool separatorReliable)
{
    QList<Gs1Element> out;
    qsizetype pos = 0;
    if (!data.isEmpty() && data.front() == kGroupSeparator)
        pos = 1; // FNC1 in first position, transmitted by some scanners
    // A GS anywhere proves the transport delivers them.
    const bool sawGs = data.contains(kGroupSeparator);
    if (pos >= data.size())
        return makeScanError(ScanError::EmptyScan, ScanParser::tr("the GS1 scan holds no element strings"));

    while (pos < data.size()) {
        const QByteArrayView rest = data.sliced(pos);
        if (rest.front() == kGroupSeparator)
            return makeScanError(
                ScanError::InvalidCharacter, ScanParser::tr("two GS separators in a row at position %1").arg(pos + 1));
        const auto match = findAi(syntax, rest);
        if (!match) {
            qsizetype digits = 0;
            while (digits < rest.size() && digits < 4 && isDigit(rest[digits]))
                ++digits;
            if (digits == 0)
                return makeScanError(ScanError::UnknownAi,
                    ScanParser::tr("expected an Application Identifier at position %1, found %2")
                        .arg(pos + 1)
                        .arg(showChar(rest.front())));
            // The shortest prefix no AI starts with names the unknown AI; if every prefix is the
            // start of some AI, the scan ended (or hit a GS) inside the AI.
            for (qsizetype len = 1; len <= digits; ++len) {
                const QByteArrayView p = rest.first(len);
                if (!syntax.isAiPrefix(p) && !(len >= 2 && syntax.rule(p))) {
                    return makeScanError(ScanError::UnknownAi,
                        ScanParser::tr("unknown AI %1 at position %2: no GS1 Application Identifier starts with %1")
                            .arg(latin1(rest.first(qMin(qMax<qsizetype>(len, 2), digits))))
                            .arg(pos + 1));
                }
            }
            return makeScanError(ScanError::TruncatedField,
                ScanParser::tr("incomplete Application Identifier \"%1\" at position %2: the scan is cut short")
                    .arg(latin1(rest.first(digits)))
                    .arg(pos + 1));
        }
        const AiRule &rule = *match->rule;
        const QByteArrayView ai = rest.first(match->length);
        pos += match->length;

        if (rule.predefinedLength) {
            const qsizetype length = rule.maxLength(); // fixed: Syntax::parse checks
            qsizetype avail = 0;
            while (pos + avail < data.size() && avail < length && data[pos + avail] != kGroupSeparator)
                ++avail;
            const QByteArrayView value = data.sliced(pos, avail);
            if (avail < length) {
                const bool atGs = pos + avail < data.size();
                return makeScanError(ScanError::TruncatedField,
                    ScanParser::tr("fixed-length AI %1 truncated: needs %2 characters, got %3 (\"%4\")%5")
                        .arg(latin1(ai))
                        .arg(length)
                        .arg(avail)
                        .arg(latin1(value))
                        .arg(atGs ? ScanParser::tr(" before a GS") : QString()));
            }
            if (auto ok = validateElement(syntax, rule, ai, value); !ok)
                return ok.error();
            out.append(Gs1Element { latin1(ai), latin1(value) });
            pos += avail;
            if (pos < data.size() && data[pos] == kGroupSeparator)
                ++pos; // a GS after a predefined-length field is redundant but allowed
        } else {
            qsizetype end = data.indexOf(kGroupSeparator, pos);
            const bool byGs = end >= 0;
            if (!byGs)
                end = data.size();
            const QByteArrayView value = data.sliced(pos, end - pos);
            if (!byGs && !separatorReliable && !sawGs) {
                if (auto err = swallowed(syntax, rule, ai, value))
                    return *err;
            }
            if (auto ok = validateElement(syntax, rule, ai, value); !ok)
                return ok.error();
            out.append(Gs1Element { latin1(ai), latin1(value) });
            pos = byGs ? end + 1 : end;
        }
    }
    return out;
}

// The compiled-in GS1 rules, or the error that says they are broken (then no GS1 code can be
// checked, and none is accepted unchecked).
Result<const Syntax *> builtInSyntax()
{
    const Result<Syntax> &syntax = Syntax::builtIn();
    if (!syntax)
        return makeScanError(ScanError::InvalidConfig,
            ScanParser::tr("the built-in GS1 rules cannot be read, so no GS1 code can be checked (%1); reinstall "
                           "the program")
                .arg(syntax.error().message));
    return &syntax.value();
}

// "GTIN (AI 01)" for an AI, "AI 31nn" for a pattern of the dictionary's req=/ex=.
QString describePattern(const Syntax &syntax, const QByteArray &pattern)
{
    if (const AiRule *rule = syntax.rule(pattern))
        return describe(*rule, pattern);
    return ScanParser::tr("AI %1").arg(latin1(pattern));
}

// "A, B or C" for the cashier's message.
QString oneOf(const QStringList &items)
{
    if (items.size() == 1)
        return items.front();
    return ScanParser::tr("one of %1 or %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.back());
}

// The AI pairings of the GS1 Barcode Syntax Dictionary over one scan: "ex=" (AIs that must not
// appear together) first, then "req=" (AIs that must appear beside another). GS1 evaluates
// them over every code on the item; the till sees one code at a time, so both are applied to
// the scan alone.
Result<void> checkPairings(const Syntax &syntax, const QList<QByteArray> &ais)
{
    for (qsizetype i = 0; i < ais.size(); ++i) {
        const AiRule *rule = syntax.rule(ais[i]);
        for (const QByteArray &pattern : rule->exclusions) {
            for (qsizetype j = 0; j < ais.size(); ++j) {
                // An AI does not exclude itself (the dictionary's header), e.g. 3103 under ex=310n.
                if (j == i || !matchesPattern(pattern, ais[j]))
                    continue;
                const QByteArray &a = ais[qMin(i, j)];
                const QByteArray &b = ais[qMax(i, j)];
                return makeScanError(ScanError::ConflictingAi,
                    ScanParser::tr("%1 and %2 exclude each other; this is not a valid GS1 code")
                        .arg(describe(*syntax.rule(a), a), describe(*syntax.rule(b), b)));
            }
        }
    }
    for (qsizetype i = 0; i < ais.size(); ++i) {
        const AiRule *rule = syntax.rule(ais[i]);
        const auto present = [&](const QByteArray &pattern) {
            for (qsizetype j = 0; j < ais.size(); ++j) {
                if (j != i && matchesPattern(pattern, ais[j]))
                    return true;
            }
            return false;
        };
        for (const QList<QList<QByteArray>> &alternatives : rule->requisites) {
            const bool satisfied = std::any_of(alternatives.cbegin(), alternatives.cend(),
                [&](const QList<QByteArray> &group) { return std::all_of(group.cbegin(), group.cend(), present); });
            if (satisfied)
                continue;
            QStringList needed;
            for (const QList<QByteArray> &group : alternatives) {
                QStringList together;
                for (const QByteArray &pattern : group)
                    together << describePattern(syntax, pattern);
                needed << together.join(ScanParser::tr(" with "));
            }
            return makeScanError(ScanError::MissingRequiredAi,
                ScanParser::tr("%1 needs %2 in the same code, and the code has none; this is not a valid GS1 code "
                               "(the label is wrong, rescanning will not help)")
                    .arg(describe(*rule, ais[i]), oneOf(needed)));
        }
    }
    return {};
}

int fullYear(int yy, QDate today)
{
    // GS1 Gen Specs 7.12: within 49 years ahead or 50 years back of the current year.
    const int current = today.year();
    const int century = current - current % 100;
    const int diff = yy - current % 100;
    if (diff >= 51)
        return century - 100 + yy;
    if (diff <= -50)
        return century + 100 + yy;
    return century + yy;
}

QByteArray percentDecode(QByteArrayView in, bool *ok)
{
    QByteArray out;
    out.reserve(in.size());
    *ok = true;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out.append(in[i]);
            continue;
        }
        const auto hex = [](char c) {
            if (c >= '0' && c <= '9')
                return c - '0';
            if (c >= 'A' && c <= 'F')
                return c - 'A' + 10;
            if (c >= 'a' && c <= 'f')
                return c - 'a' + 10;
            return -1;
        };
        const int hi = i + 1 < in.size() ? hex(in[i + 1]) : -1;
        const int lo = i + 2 < in.size() ? hex(in[i + 2]) : -1;
        if (hi < 0 || lo < 0) {
            *ok = false;
            return {};
        }
        out.append(char(hi * 16 + lo));
        i += 2;
    }
    return out;
}

} // namespace

int checkDigit(QByteArrayView digits)
{
    if (digits.isEmpty())
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const char c = digits[digits.size() - 1 - i];
        if (!isDigit(c))
            return -1;
        sum += (c - '0') * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
}

int priceVerifierDigit(QByteArrayView price)
{
    if (price.size() != 4 || !allDigits(price))
        return -1;
    // GS1 Gen Specs 7.9.3, weighting factors as tables of the weighted product's units digit.
    static constexpr std::string_view kTwoMinus = "0246891357";
    static constexpr std::string_view kThree = "0369258147";
    static constexpr std::string_view kFiveMinus = "0594837261";
    const auto d = [&](int i) { return size_t(price[i] - '0'); };
    const int sum = (kTwoMinus[d(0)] - '0') + (kTwoMinus[d(1)] - '0') + (kThree[d(2)] - '0') + (kFiveMinus[d(3)] - '0');
    return (sum * 3) % 10;
}

bool isCset82(char c)
{
    static constexpr std::string_view kPunctuation = "!\"%&'()*+,-./:;<=>?_";
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
        || kPunctuation.find(c) != std::string_view::npos;
}

Result<QList<Gs1Element>> parseElementStrings(QByteArrayView data, bool separatorReliable)
{
    const auto syntax = builtInSyntax();
    if (!syntax)
        return syntax.error();
    return parseElements(*syntax.value(), data, separatorReliable);
}

Result<Gs1Data> interpret(const QList<Gs1Element> &elements, QDate today)
{
    const auto syntax = builtInSyntax();
    if (!syntax)
        return syntax.error();
    Gs1Data d;
    QHash<QString, QString> seen; // ai -> value
    QList<QByteArray> ais; // each AI once, in scan order
    QHash<int, QString> fieldSetBy; // Field -> ai
    for (const Gs1Element &e : elements) {
        const QByteArray ai = e.ai.toLatin1();
        const QByteArray value = e.value.toLatin1();
        const AiRule *rule = syntax.value()->rule(ai);
        Q_ASSERT(rule); // elements come from parseElementStrings() / parseDigitalLink()
        if (!rule)
            return makeScanError(ScanError::UnknownAi, ScanParser::tr("unknown AI %1").arg(e.ai));
        d.elements.append(e);
        if (auto it = seen.constFind(e.ai); it != seen.constEnd()) {
            if (*it != e.value)
                return makeScanError(ScanError::ConflictingAi,
                    ScanParser::tr("%1 appears twice with different data (\"%2\" and \"%3\")")
                        .arg(describe(*rule, ai), *it, e.value));
            continue; // an identical repeat adds nothing
        }
        seen.insert(e.ai, e.value);
        ais.append(ai);
        const Field field = fieldOf(ai);
        if (field == Field::None) {
            d.otherElements.append(e);
            continue;
        }
        const int fieldKey = int(field);
        if (auto it = fieldSetBy.constFind(fieldKey); it != fieldSetBy.constEnd())
            return makeScanError(ScanError::ConflictingAi,
                ScanParser::tr("the scan has two %1 element strings (AI %2 and AI %3)")
                    .arg(fieldName(field), *it, e.ai));
        fieldSetBy.insert(fieldKey, e.ai);

        const int n = ai.size() == 4 ? ai.back() - '0' : 0; // decimals of 3nnn AIs
        switch (field) {
        case Field::None:
            break;
        case Field::Sscc:
            d.sscc = e.value;
            break;
        case Field::Gtin:
            d.gtin = e.value;
            break;
        case Field::ContainedGtin:
            d.containedGtin = e.value;
            break;
        case Field::Lot:
            d.lot = e.value;
            break;
        case Field::Serial:
            d.serial = e.value;
            break;
        case Field::ProductionDate:
        case Field::DueDate:
        case Field::PackagingDate:
        case Field::BestBefore:
        case Field::SellBy:
        case Field::Expiry: {
            const int year = fullYear(value.first(2).toInt(), today);
            const int month = value.sliced(2, 2).toInt();
            const int day = value.sliced(4, 2).toInt();
            QDate date = QDate(year, month, 1);
            date = day == 0 ? date.addDays(date.daysInMonth() - 1) : QDate(year, month, day);
            if (!date.isValid())
                return makeScanError(ScanError::InvalidDate,
                    ScanParser::tr("%1: date %2 is not a valid date").arg(describe(*rule, ai), e.value));
            QDate *target = field == Field::ProductionDate ? &d.productionDate
                : field == Field::DueDate                  ? &d.dueDate
                : field == Field::PackagingDate            ? &d.packagingDate
                : field == Field::BestBefore               ? &d.bestBefore
                : field == Field::SellBy                   ? &d.sellBy
                                                           : &d.expiry;
            *target = date;
            break;
        }
        case Field::Count:
            d.count = value.toLongLong();
            break;
        case Field::NetWeightKg: {
            const qint64 units = value.toLongLong();
            const auto grams = Decimal { units, n }.scaledTo(3);
            if (!grams)
                return makeScanError(ScanError::UnsupportedPrecision,
                    ScanParser::tr(
                        "%1 %2 has %3 decimals of a kilogram, finer than a gram; the till weighs in whole grams")
                        .arg(describe(*rule, ai), e.value)
                        .arg(n));
            d.netWeightGrams = *grams;
            break;
        }
        case Field::NetWeightLb:
            d.netWeightPounds = Decimal { value.toLongLong(), n };
            break;
        case Field::Price:
            d.price = Decimal { value.toLongLong(), n };
            break;
        case Field::PriceWithCurrency:
            d.priceCurrencyNumeric = e.value.left(3);
            d.priceWithCurrency = Decimal { value.sliced(3).toLongLong(), n };
            break;
        }
    }
    if (auto ok = checkPairings(*syntax.value(), ais); !ok)
        return ok.error();
    return d;
}

std::optional<Result<DigitalLink>> parseDigitalLink(QByteArrayView text)
{
    const auto startsWithNoCase = [&](QByteArrayView p) {
        return text.size() >= p.size() && text.first(p.size()).toByteArray().toLower() == p;
    };
    qsizetype pos = 0;
    if (startsWithNoCase("https://"))
        pos = 8;
    else if (startsWithNoCase("http://"))
        pos = 7;
    else
        return std::nullopt;

    const QByteArray uri(text.data(), text.size());
    qsizetype pathStart = pos;
    while (pathStart < uri.size() && uri[pathStart] != '/' && uri[pathStart] != '?' && uri[pathStart] != '#')
        ++pathStart;
    if (pathStart == pos || pathStart >= uri.size() || uri[pathStart] != '/')
        return std::nullopt; // no host, or no path
    qsizetype pathEnd = pathStart;
    while (pathEnd < uri.size() && uri[pathEnd] != '?' && uri[pathEnd] != '#')
        ++pathEnd;
    QByteArray query;
    if (pathEnd < uri.size() && uri[pathEnd] == '?') {
        const qsizetype hash = uri.indexOf('#', pathEnd);
        query = uri.mid(pathEnd + 1, hash < 0 ? -1 : hash - pathEnd - 1);
    }
    QList<QByteArray> segments = uri.mid(pathStart + 1, pathEnd - pathStart - 1).split('/');
    if (!segments.isEmpty() && segments.back().isEmpty())
        segments.removeLast(); // trailing slash

    // The primary key may follow a custom path prefix (GS1 Digital Link 1.2, section 4.11): take
    // the first /01/ or /00/ from which the rest of the path is whole key/value pairs.
    qsizetype keyAt = -1;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if ((segments[i] == "01" || segments[i] == "00") && (segments.size() - i) % 2 == 0) {
            keyAt = i;
            break;
        }
    }
    if (keyAt < 0)
        return std::nullopt;

    const auto bad = [](const QString &why) {
        return Result<DigitalLink>(
            makeScanError(ScanError::BadDigitalLink, ScanParser::tr("GS1 Digital Link: %1").arg(why)));
    };
    const auto builtIn = builtInSyntax();
    if (!builtIn)
        return Result<DigitalLink>(builtIn.error());
    const Syntax &syntax = *builtIn.value();
    DigitalLink link;
    // Key qualifiers allowed after /01/, in this order (syntax dictionary: dlpkey=22,10,21|235).
    static const QList<QByteArray> kGtinQualifiers = { "22", "10", "21" };
    qsizetype lastQualifier = -1;
    const auto addElement = [&](const QByteArray &ai, const QByteArray &encoded) -> std::optional<ok::Error> {
        bool ok = false;
        QByteArray value = percentDecode(encoded, &ok);
        if (!ok)
            return makeScanError(ScanError::BadDigitalLink,
                ScanParser::tr("GS1 Digital Link: bad percent-encoding in the value of AI %1 (\"%2\")")
                    .arg(latin1(ai), latin1(encoded)));
        const AiRule *rule = syntax.rule(ai);
        Q_ASSERT(rule);
        if (ai == "01") {
            link.gtinAsWritten = latin1(value);
            if (value.size() == 8 || value.size() == 12 || value.size() == 13)
                value = QByteArray(14 - value.size(), '0') + value; // GTIN-8/12/13 written short
        }
        if (auto v = validateElement(syntax, *rule, ai, value); !v)
            return v.error();
        link.elements.append(Gs1Element { latin1(ai), latin1(value) });
        return std::nullopt;
    };
    for (qsizetype i = keyAt; i + 1 < segments.size(); i += 2) {
        const QByteArray &ai = segments[i];
        if (i > keyAt) {
            const bool isGtin = segments[keyAt] == "01";
            const qsizetype q = isGtin ? kGtinQualifiers.indexOf(ai) : -1;
            const bool tpx = isGtin && ai == "235" && i == keyAt + 2 && segments.size() == keyAt + 4;
            if (!tpx && (q < 0 || q <= lastQualifier))
                return bad(ScanParser::tr("\"/%1/\" is not allowed at this place in the path after /%2/ (allowed: "
                                          "/22/, /10/, /21/ in this order)")
                               .arg(latin1(ai), latin1(segments[keyAt])));
            lastQualifier = q;
        }
        if (auto err = addElement(ai, segments[i + 1]))
            return Result<DigitalLink>(*err);
    }
    // Query parameters: AIs become element strings, anything else (linkType ...) is not ours.
    for (const QByteArray &param : query.split('&')) {
        const qsizetype eq = param.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = param.left(eq);
        if (!allDigits(key) || !syntax.rule(key))
            continue;
        if (auto err = addElement(key, param.mid(eq + 1)))
            return Result<DigitalLink>(*err);
    }
    return Result<DigitalLink>(std::move(link));
}

} // namespace ok::scanner::gs1
