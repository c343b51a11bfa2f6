// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/gs1.h"

#include "drivers/scanner/scanerror.h"
#include "drivers/scanner/scannerconfig.h"
#include "drivers/scanner/scanparser.h"

#include <QHash>

#include <array>
#include <string_view>

namespace ok::scanner::gs1 {

namespace {

enum class Charset : quint8 {
    Numeric, ///< N: '0'-'9'
    Cset82, ///< X: GS1 AI encodable character set 82
    Cset39, ///< Y: GS1 character set 39 (A-Z 0-9 # - /)
    Cset64, ///< Z: GS1 character set 64 (file-safe base64)
};

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

struct AiSpec {
    std::string_view first; ///< the AI, or the first of a range ("3100")
    std::string_view last; ///< same length as first ("3105")
    quint8 minLength; ///< data length, after the AI
    quint8 maxLength;
    Charset charset; ///< for multi-component specs: the widest component's set
    bool predefined; ///< GS1 "predefined length" (Gen Specs Figure 7.8.5-2): no GS after it
    bool decimalsUpTo5; ///< 3nnn measure families: the last AI digit (decimals) is 0-5 only
    quint8 checkOffset; ///< where a mod-10 checked key starts in the data
    quint8 checkLength; ///< its length including the check digit; 0 = no check digit
    Field field;
};

constexpr auto N = Charset::Numeric;
constexpr auto X = Charset::Cset82;
constexpr auto Y = Charset::Cset39;
constexpr auto Z = Charset::Cset64;

// After the GS1 Barcode Syntax Dictionary (gs1/gs1-syntax-dictionary, Apache-2.0), simplified to
// what a till needs to split and validate: length, character set, predefined length, check digit.
// Multi-component formats are flattened ("N3 X..9" = 4..12 characters of set 82). The AI system
// is prefix-free, so a 2-, 3- or 4-digit prefix matches at most one row.
// clang-format off
constexpr AiSpec kAis[] = {
    //first   last    min max cset   pre    n<=5   csum     field
    {"00",   "00",    18, 18, N, true,  false, 0, 18, Field::Sscc},
    {"01",   "01",    14, 14, N, true,  false, 0, 14, Field::Gtin},
    {"02",   "02",    14, 14, N, true,  false, 0, 14, Field::ContainedGtin},
    {"10",   "10",     1, 20, X, false, false, 0, 0,  Field::Lot},
    {"11",   "11",     6,  6, N, true,  false, 0, 0,  Field::ProductionDate},
    {"12",   "12",     6,  6, N, true,  false, 0, 0,  Field::DueDate},
    {"13",   "13",     6,  6, N, true,  false, 0, 0,  Field::PackagingDate},
    {"15",   "15",     6,  6, N, true,  false, 0, 0,  Field::BestBefore},
    {"16",   "16",     6,  6, N, true,  false, 0, 0,  Field::SellBy},
    {"17",   "17",     6,  6, N, true,  false, 0, 0,  Field::Expiry},
    {"20",   "20",     2,  2, N, true,  false, 0, 0,  Field::None},
    {"21",   "21",     1, 20, X, false, false, 0, 0,  Field::Serial},
    {"22",   "22",     1, 20, X, false, false, 0, 0,  Field::None},
    {"235",  "235",    1, 28, X, false, false, 0, 0,  Field::None},
    {"240",  "241",    1, 30, X, false, false, 0, 0,  Field::None},
    {"242",  "242",    1,  6, N, false, false, 0, 0,  Field::None},
    {"243",  "243",    1, 20, X, false, false, 0, 0,  Field::None},
    {"250",  "251",    1, 30, X, false, false, 0, 0,  Field::None},
    {"253",  "253",   13, 30, X, false, false, 0, 13, Field::None},
    {"254",  "254",    1, 20, X, false, false, 0, 0,  Field::None},
    {"255",  "255",   13, 25, N, false, false, 0, 13, Field::None},
    {"30",   "30",     1,  8, N, false, false, 0, 0,  Field::Count},
    {"3100", "3105",   6,  6, N, true,  false, 0, 0,  Field::NetWeightKg},
    {"3110", "3169",   6,  6, N, true,  true,  0, 0,  Field::None},
    {"3200", "3205",   6,  6, N, true,  false, 0, 0,  Field::NetWeightLb},
    {"3210", "3299",   6,  6, N, true,  true,  0, 0,  Field::None},
    {"3300", "3379",   6,  6, N, true,  true,  0, 0,  Field::None},
    {"3400", "3579",   6,  6, N, true,  true,  0, 0,  Field::None},
    {"3600", "3699",   6,  6, N, true,  true,  0, 0,  Field::None},
    {"37",   "37",     1,  8, N, false, false, 0, 0,  Field::None},
    {"3900", "3909",   1, 15, N, false, false, 0, 0,  Field::None},
    {"3910", "3919",   4, 18, N, false, false, 0, 0,  Field::None},
    {"3920", "3929",   1, 15, N, false, false, 0, 0,  Field::Price},
    {"3930", "3939",   4, 18, N, false, false, 0, 0,  Field::PriceWithCurrency},
    {"3940", "3943",   4,  4, N, false, false, 0, 0,  Field::None},
    {"3950", "3955",   6,  6, N, false, false, 0, 0,  Field::None},
    {"400",  "400",    1, 30, X, false, false, 0, 0,  Field::None},
    {"401",  "401",    1, 30, X, false, false, 0, 0,  Field::None},
    {"402",  "402",   17, 17, N, false, false, 0, 17, Field::None},
    {"403",  "403",    1, 30, X, false, false, 0, 0,  Field::None},
    {"410",  "417",   13, 13, N, true,  false, 0, 13, Field::None},
    {"420",  "420",    1, 20, X, false, false, 0, 0,  Field::None},
    {"421",  "421",    4, 12, X, false, false, 0, 0,  Field::None},
    {"422",  "422",    3,  3, N, false, false, 0, 0,  Field::None},
    {"423",  "423",    3, 15, N, false, false, 0, 0,  Field::None},
    {"424",  "424",    3,  3, N, false, false, 0, 0,  Field::None},
    {"425",  "425",    3, 15, N, false, false, 0, 0,  Field::None},
    {"426",  "426",    3,  3, N, false, false, 0, 0,  Field::None},
    {"427",  "427",    1,  3, X, false, false, 0, 0,  Field::None},
    {"4300", "4301",   1, 35, X, false, false, 0, 0,  Field::None},
    {"4302", "4306",   1, 70, X, false, false, 0, 0,  Field::None},
    {"4307", "4307",   2,  2, X, false, false, 0, 0,  Field::None},
    {"4308", "4308",   1, 30, X, false, false, 0, 0,  Field::None},
    {"4309", "4309",  20, 20, N, false, false, 0, 0,  Field::None},
    {"4310", "4311",   1, 35, X, false, false, 0, 0,  Field::None},
    {"4312", "4316",   1, 70, X, false, false, 0, 0,  Field::None},
    {"4317", "4317",   2,  2, X, false, false, 0, 0,  Field::None},
    {"4318", "4318",   1, 20, X, false, false, 0, 0,  Field::None},
    {"4319", "4319",   1, 30, X, false, false, 0, 0,  Field::None},
    {"4320", "4320",   1, 35, X, false, false, 0, 0,  Field::None},
    {"4321", "4323",   1,  1, N, false, false, 0, 0,  Field::None},
    {"4324", "4325",  10, 10, N, false, false, 0, 0,  Field::None},
    {"4326", "4326",   6,  6, N, false, false, 0, 0,  Field::None},
    {"4330", "4333",   6,  7, X, false, false, 0, 0,  Field::None},
    {"7001", "7001",  13, 13, N, false, false, 0, 0,  Field::None},
    {"7002", "7002",   1, 30, X, false, false, 0, 0,  Field::None},
    {"7003", "7003",  10, 10, N, false, false, 0, 0,  Field::None},
    {"7004", "7004",   1,  4, N, false, false, 0, 0,  Field::None},
    {"7005", "7005",   1, 12, X, false, false, 0, 0,  Field::None},
    {"7006", "7006",   6,  6, N, false, false, 0, 0,  Field::None},
    {"7007", "7007",   6, 12, N, false, false, 0, 0,  Field::None},
    {"7008", "7008",   1,  3, X, false, false, 0, 0,  Field::None},
    {"7009", "7009",   1, 10, X, false, false, 0, 0,  Field::None},
    {"7010", "7010",   1,  2, X, false, false, 0, 0,  Field::None},
    {"7011", "7011",   6, 10, N, false, false, 0, 0,  Field::None},
    {"7020", "7022",   1, 20, X, false, false, 0, 0,  Field::None},
    {"7023", "7023",   1, 30, X, false, false, 0, 0,  Field::None},
    {"7030", "7039",   4, 30, X, false, false, 0, 0,  Field::None},
    {"7040", "7040",   4,  4, X, false, false, 0, 0,  Field::None},
    {"710",  "715",    1, 20, X, false, false, 0, 0,  Field::None},
    {"7230", "7239",   3, 30, X, false, false, 0, 0,  Field::None},
    {"7240", "7240",   1, 20, X, false, false, 0, 0,  Field::None},
    {"7241", "7241",   2,  2, N, false, false, 0, 0,  Field::None},
    {"7242", "7242",   1, 25, X, false, false, 0, 0,  Field::None},
    {"8001", "8001",  14, 14, N, false, false, 0, 0,  Field::None},
    {"8002", "8002",   1, 20, X, false, false, 0, 0,  Field::None},
    {"8003", "8003",  14, 30, X, false, false, 1, 13, Field::None},
    {"8004", "8004",   1, 30, X, false, false, 0, 0,  Field::None},
    {"8005", "8005",   6,  6, N, false, false, 0, 0,  Field::None},
    {"8006", "8006",  18, 18, N, false, false, 0, 14, Field::None},
    {"8007", "8007",   1, 34, X, false, false, 0, 0,  Field::None},
    {"8008", "8008",   8, 12, N, false, false, 0, 0,  Field::None},
    {"8009", "8009",   1, 50, X, false, false, 0, 0,  Field::None},
    {"8010", "8010",   1, 30, Y, false, false, 0, 0,  Field::None},
    {"8011", "8011",   1, 12, N, false, false, 0, 0,  Field::None},
    {"8012", "8012",   1, 20, X, false, false, 0, 0,  Field::None},
    {"8013", "8013",   1, 25, X, false, false, 0, 0,  Field::None},
    {"8017", "8018",  18, 18, N, false, false, 0, 18, Field::None},
    {"8019", "8019",   1, 10, N, false, false, 0, 0,  Field::None},
    {"8020", "8020",   1, 25, X, false, false, 0, 0,  Field::None},
    {"8026", "8026",  18, 18, N, false, false, 0, 14, Field::None},
    {"8030", "8030",   1, 90, Z, false, false, 0, 0,  Field::None},
    {"8110", "8110",   1, 70, X, false, false, 0, 0,  Field::None},
    {"8111", "8111",   4,  4, N, false, false, 0, 0,  Field::None},
    {"8112", "8112",   1, 70, X, false, false, 0, 0,  Field::None},
    {"8200", "8200",   1, 70, X, false, false, 0, 0,  Field::None},
    {"90",   "90",     1, 30, X, false, false, 0, 0,  Field::None},
    {"91",   "99",     1, 90, X, false, false, 0, 0,  Field::None},
};
// clang-format on

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

bool matches(const AiSpec &spec, std::string_view ai)
{
    if (ai.size() != spec.first.size() || ai < spec.first || ai > spec.last)
        return false;
    return !spec.decimalsUpTo5 || ai.back() <= '5';
}

struct AiMatch {
    const AiSpec *spec;
    qsizetype length;
};

// The AI at the start of `data`, if any.
std::optional<AiMatch> findAi(QByteArrayView data)
{
    for (qsizetype len = 2; len <= 4 && len <= data.size(); ++len) {
        const std::string_view candidate(data.data(), size_t(len));
        if (!allDigits(QByteArrayView(candidate.data(), len)))
            return std::nullopt;
        for (const AiSpec &spec : kAis) {
            if (matches(spec, candidate))
                return AiMatch { &spec, len };
        }
    }
    return std::nullopt;
}

const AiSpec *exactAi(QByteArrayView ai)
{
    const auto m = findAi(ai);
    return m && m->length == ai.size() ? m->spec : nullptr;
}

// True if some AI starts with `prefix` (which is shorter than that AI).
bool someAiStartsWith(std::string_view prefix)
{
    for (const AiSpec &spec : kAis) {
        if (prefix.size() >= spec.first.size())
            continue;
        const auto lo = spec.first.substr(0, prefix.size());
        const auto hi = spec.last.substr(0, prefix.size());
        if (prefix >= lo && prefix <= hi)
            return true;
    }
    return false;
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

bool isDateField(Field f)
{
    return f == Field::ProductionDate || f == Field::DueDate || f == Field::PackagingDate || f == Field::BestBefore
        || f == Field::SellBy || f == Field::Expiry;
}

QString latin1(QByteArrayView s)
{
    return QString::fromLatin1(s.data(), s.size());
}

// "expiry date (AI 17)" or "AI 240".
QString describe(const AiSpec &spec, QByteArrayView ai)
{
    const QString name = fieldName(spec.field);
    return name.isEmpty() ? ScanParser::tr("AI %1").arg(latin1(ai))
                          : ScanParser::tr("%1 (AI %2)").arg(name, latin1(ai));
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

Result<void> validateDate(const AiSpec &spec, QByteArrayView ai, QByteArrayView value)
{
    const int yy = (value[0] - '0') * 10 + (value[1] - '0');
    const int mm = (value[2] - '0') * 10 + (value[3] - '0');
    const int dd = (value[4] - '0') * 10 + (value[5] - '0');
    QString why;
    if (mm < 1 || mm > 12)
        why = ScanParser::tr("month %1").arg(mm, 2, 10, QLatin1Char('0'));
    else if (dd > daysInMonth(yy, mm))
        why = ScanParser::tr("day %1").arg(dd, 2, 10, QLatin1Char('0'));
    if (why.isEmpty())
        return {};
    return makeScanError(ScanError::InvalidDate,
        ScanParser::tr("%1: date %2 is not a valid date (%3)").arg(describe(spec, ai), latin1(value), why));
}

// Character set, length, check digit and date format of one element's data.
Result<void> validateElement(const AiSpec &spec, QByteArrayView ai, QByteArrayView value)
{
    const bool fixed = spec.minLength == spec.maxLength;
    if (value.isEmpty()) {
        if (fixed)
            return makeScanError(ScanError::TruncatedField,
                ScanParser::tr("fixed-length AI %1 truncated: needs %2 characters, got none")
                    .arg(latin1(ai))
                    .arg(spec.minLength));
        return makeScanError(ScanError::EmptyField, ScanParser::tr("%1 is empty").arg(describe(spec, ai)));
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (!inCharset(value[i], spec.charset)) {
            const QString allowed = spec.charset == Charset::Numeric ? ScanParser::tr("only digits are allowed")
                                                                     : ScanParser::tr("it is not a GS1 data character");
            return makeScanError(ScanError::InvalidCharacter,
                ScanParser::tr("%1 \"%2\": %3 at position %4: %5")
                    .arg(describe(spec, ai), escapeBytes(value.toByteArray()), showChar(value[i]))
                    .arg(i + 1)
                    .arg(allowed));
        }
    }
    if (value.size() < spec.minLength) {
        return makeScanError(ScanError::TruncatedField,
            fixed ? ScanParser::tr("fixed-length AI %1 truncated: needs %2 characters, got %3 (\"%4\")")
                        .arg(latin1(ai))
                        .arg(spec.minLength)
                        .arg(value.size())
                        .arg(latin1(value))
                  : ScanParser::tr("%1 too short: needs at least %2 characters, got %3 (\"%4\")")
                        .arg(describe(spec, ai))
                        .arg(spec.minLength)
                        .arg(value.size())
                        .arg(latin1(value)));
    }
    if (value.size() > spec.maxLength) {
        return makeScanError(ScanError::FieldTooLong,
            ScanParser::tr("%1 is %2 characters long; at most %3 are allowed (\"%4\")")
                .arg(describe(spec, ai))
                .arg(value.size())
                .arg(spec.maxLength)
                .arg(latin1(value)));
    }
    if (spec.checkLength > 0) {
        const QByteArrayView key = value.sliced(spec.checkOffset, spec.checkLength);
        const int expected = checkDigit(key.chopped(1));
        if (expected < 0 || !isDigit(key.back()))
            return makeScanError(ScanError::InvalidCharacter,
                ScanParser::tr("%1 \"%2\": the key must be digits").arg(describe(spec, ai), latin1(value)));
        if (expected != key.back() - '0')
            return makeScanError(ScanError::CheckDigit,
                ScanParser::tr("%1 %2: check digit wrong (expected %3, got %4)")
                    .arg(describe(spec, ai), latin1(key))
                    .arg(expected)
                    .arg(key.back() - '0'));
    }
    if (isDateField(spec.field))
        return validateDate(spec, ai, value);
    return {};
}

Result<QList<Gs1Element>> parseElements(QByteArrayView data, bool separatorReliable);

// A variable-length field ran to the end of a scan that holds no GS. If some tail of it is a
// complete run of element strings starting with a predefined-length AI, the GS before that AI
// was most likely lost (keyboard wedge): say so instead of accepting a lot like "ABC3103001250".
std::optional<ok::Error> swallowed(const AiSpec &spec, QByteArrayView ai, QByteArrayView value)
{
    for (qsizetype k = qMax<qsizetype>(1, spec.minLength); k < value.size(); ++k) {
        const QByteArrayView tail = value.sliced(k);
        const auto next = findAi(tail);
        if (!next || !next->spec->predefined)
            continue;
        const auto elements = parseElements(tail, true);
        if (!elements)
            continue;
        const Gs1Element &first = elements->front();
        const AiSpec *firstSpec = exactAi(first.ai.toLatin1());
        const QString what = firstSpec && firstSpec->field != Field::None
            ? ScanParser::tr("%1 (AI %2)").arg(fieldName(firstSpec->field), first.ai)
            : ScanParser::tr("AI %1").arg(first.ai);
        const QString field
            = spec.field != Field::None ? fieldName(spec.field) : ScanParser::tr("AI %1").arg(latin1(ai));
        return makeScanError(ScanError::MissingSeparator,
            ScanParser::tr("%1 field swallowed the %2: GS separator missing after \"%3\" "
                           "(AI %4 read as \"%5\"); set the scanner to transmit GS, or configure gs_replacement")
                .arg(field, what, latin1(value.first(k)), latin1(ai), latin1(value)));
    }
    return std::nullopt;
}

Result<QList<Gs1Element>> parseElements(QByteArrayView data, bool separatorReliable)
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
        const auto match = findAi(rest);
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
                const std::string_view p(rest.data(), size_t(len));
                if (!someAiStartsWith(p) && !(len >= 2 && exactAi(QByteArrayView(p.data(), len)))) {
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
        const AiSpec &spec = *match->spec;
        const QByteArrayView ai = rest.first(match->length);
        pos += match->length;

        if (spec.predefined) {
            qsizetype avail = 0;
            while (pos + avail < data.size() && avail < spec.maxLength && data[pos + avail] != kGroupSeparator)
                ++avail;
            const QByteArrayView value = data.sliced(pos, avail);
            if (avail < spec.maxLength) {
                const bool atGs = pos + avail < data.size();
                return makeScanError(ScanError::TruncatedField,
                    ScanParser::tr("fixed-length AI %1 truncated: needs %2 characters, got %3 (\"%4\")%5")
                        .arg(latin1(ai))
                        .arg(spec.maxLength)
                        .arg(avail)
                        .arg(latin1(value))
                        .arg(atGs ? ScanParser::tr(" before a GS") : QString()));
            }
            if (auto ok = validateElement(spec, ai, value); !ok)
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
                if (auto err = swallowed(spec, ai, value))
                    return *err;
            }
            if (auto ok = validateElement(spec, ai, value); !ok)
                return ok.error();
            out.append(Gs1Element { latin1(ai), latin1(value) });
            pos = byGs ? end + 1 : end;
        }
    }
    return out;
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
    return parseElements(data, separatorReliable);
}

Result<Gs1Data> interpret(const QList<Gs1Element> &elements, QDate today)
{
    Gs1Data d;
    QHash<QString, QString> seen; // ai -> value
    QHash<int, QString> fieldSetBy; // Field -> ai
    for (const Gs1Element &e : elements) {
        const QByteArray ai = e.ai.toLatin1();
        const QByteArray value = e.value.toLatin1();
        const AiSpec *spec = exactAi(ai);
        Q_ASSERT(spec); // elements come from parseElementStrings() / parseDigitalLink()
        if (!spec)
            return makeScanError(ScanError::UnknownAi, ScanParser::tr("unknown AI %1").arg(e.ai));
        d.elements.append(e);
        if (auto it = seen.constFind(e.ai); it != seen.constEnd()) {
            if (*it != e.value)
                return makeScanError(ScanError::ConflictingAi,
                    ScanParser::tr("%1 appears twice with different data (\"%2\" and \"%3\")")
                        .arg(describe(*spec, ai), *it, e.value));
            continue; // an identical repeat adds nothing
        }
        seen.insert(e.ai, e.value);
        if (spec->field == Field::None) {
            d.otherElements.append(e);
            continue;
        }
        const int fieldKey = int(spec->field);
        if (auto it = fieldSetBy.constFind(fieldKey); it != fieldSetBy.constEnd())
            return makeScanError(ScanError::ConflictingAi,
                ScanParser::tr("the scan has two %1 element strings (AI %2 and AI %3)")
                    .arg(fieldName(spec->field), *it, e.ai));
        fieldSetBy.insert(fieldKey, e.ai);

        const int n = ai.size() == 4 ? ai.back() - '0' : 0; // decimals of 3nnn AIs
        switch (spec->field) {
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
                    ScanParser::tr("%1: date %2 is not a valid date").arg(describe(*spec, ai), e.value));
            QDate *target = spec->field == Field::ProductionDate ? &d.productionDate
                : spec->field == Field::DueDate                  ? &d.dueDate
                : spec->field == Field::PackagingDate            ? &d.packagingDate
                : spec->field == Field::BestBefore               ? &d.bestBefore
                : spec->field == Field::SellBy                   ? &d.sellBy
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
                        .arg(describe(*spec, ai), e.value)
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
    // Pairs the GS1 syntax dictionary declares exclusive (its "ex=" keys) that a till can meet.
    const auto has = [&](Field f) { return fieldSetBy.contains(int(f)); };
    if (has(Field::Gtin) && has(Field::ContainedGtin))
        return makeScanError(ScanError::ConflictingAi,
            ScanParser::tr("GTIN (AI 01) and contained GTIN (AI 02) exclude each other; this is not a valid GS1 code"));
    if (has(Field::Price) && has(Field::PriceWithCurrency))
        return makeScanError(ScanError::ConflictingAi,
            ScanParser::tr("price (AI 392n) and price with currency (AI 393n) exclude each other"));
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
        const AiSpec *spec = exactAi(ai);
        Q_ASSERT(spec);
        if (ai == "01") {
            link.gtinAsWritten = latin1(value);
            if (value.size() == 8 || value.size() == 12 || value.size() == 13)
                value = QByteArray(14 - value.size(), '0') + value; // GTIN-8/12/13 written short
        }
        if (auto v = validateElement(*spec, ai, value); !v)
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
        if (!allDigits(key) || !exactAi(key))
            continue;
        if (auto err = addElement(key, param.mid(eq + 1)))
            return Result<DigitalLink>(*err);
    }
    return Result<DigitalLink>(std::move(link));
}

} // namespace ok::scanner::gs1
