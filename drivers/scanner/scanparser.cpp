// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/scanparser.h"

#include "drivers/scanner/gs1.h"
#include "drivers/scanner/scanerror.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <string_view>

namespace ok::scanner {

namespace {

// AIM symbology identifiers (ISO/IEC 15424): ']', code character, modifier.
constexpr char kAimFlag = ']';
constexpr qsizetype kAimLength = 3;
constexpr char kEot = 0x04;
constexpr char kFileSeparator = 0x1C;
constexpr char kRecordSeparator = 0x1E;
constexpr char kTab = 0x09;

struct AimEntry {
    std::string_view id;
    Symbology symbology;
};

constexpr std::array<AimEntry, 14> kAim = { {
    { "]E0", Symbology::Ean13Upc }, // EAN-13, UPC-A, UPC-E
    { "]E3", Symbology::Ean13Upc }, // EAN-13 / UPC with add-on, one string
    { "]E4", Symbology::Ean8 }, { "]C0", Symbology::Code128 }, { "]C1", Symbology::Gs1_128 }, // FNC1 in first position
    { "]e0", Symbology::Gs1DataBar }, { "]d1", Symbology::DataMatrix }, { "]d4", Symbology::DataMatrix }, // with ECI
    { "]d2", Symbology::Gs1DataMatrix }, // FNC1 in first position
    { "]d5", Symbology::Gs1DataMatrix }, // FNC1 first, with ECI
    { "]Q1", Symbology::Qr }, { "]Q2", Symbology::Qr }, // with ECI
    { "]Q3", Symbology::Gs1Qr }, // FNC1 in first position
    { "]Q4", Symbology::Gs1Qr }, // FNC1 first, with ECI
} };

const AimEntry *findAim(QByteArrayView id)
{
    for (const AimEntry &e : kAim) {
        if (id == QByteArrayView(e.id.data(), qsizetype(e.id.size())))
            return &e;
    }
    return nullptr;
}

bool looksLikeAim(QByteArrayView s)
{
    const auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    const auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); };
    return s.size() >= kAimLength && s[0] == kAimFlag && alpha(s[1]) && alnum(s[2]);
}

bool allDigits(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QString latin1(QByteArrayView s)
{
    return QString::fromLatin1(s.data(), s.size());
}

QString hexByte(char c)
{
    return QStringLiteral("0x%1").arg(
        QString::number(static_cast<unsigned char>(c), 16).toUpper().rightJustified(2, QLatin1Char('0')));
}

Error error(ScanError e, const QString &message)
{
    return makeScanError(e, message);
}

// Digits only, else an error naming the first offending byte. `what` names the code ("EAN-13").
std::optional<Error> requireDigits(QByteArrayView s, const QString &what)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const auto u = static_cast<unsigned char>(s[i]);
        if (u >= '0' && u <= '9')
            continue;
        if (u < 0x20 || u >= 0x7F)
            return error(ScanError::InvalidBytes,
                ScanParser::tr("%1 scan contains byte %2 at position %3; only digits are allowed (check the "
                               "scanner's interface and keyboard settings)")
                    .arg(what, hexByte(s[i]))
                    .arg(i + 1));
        return error(ScanError::InvalidCharacter,
            ScanParser::tr("%1 %2 contains '%3' at position %4; only digits are allowed")
                .arg(what, latin1(s), QString(QLatin1Char(s[i])))
                .arg(i + 1));
    }
    return std::nullopt;
}

std::optional<Error> verifyCheckDigit(QByteArrayView code, const QString &what)
{
    const int expected = gs1::checkDigit(code.chopped(1));
    const int got = code.back() - '0';
    if (expected == got)
        return std::nullopt;
    return error(ScanError::CheckDigit,
        ScanParser::tr("%1 %2: check digit wrong (expected %3, got %4)")
            .arg(what, latin1(code))
            .arg(expected)
            .arg(got));
}

QString toGtin14(QByteArrayView code)
{
    return QString(14 - code.size(), u'0') + latin1(code);
}

// UPC-E (number system 0 or 1, six digits, check digit) to UPC-A, GS1 Gen Specs 5.2.2.4.2.
std::optional<QByteArray> expandUpcE(QByteArrayView e)
{
    if (e.size() != 8 || (e[0] != '0' && e[0] != '1'))
        return std::nullopt;
    const QByteArrayView d = e.sliced(1, 6);
    QByteArray a;
    a += e[0];
    switch (d[5]) {
    case '0':
    case '1':
    case '2':
        a += d.first(2).toByteArray() + d[5] + "0000" + d.sliced(2, 3).toByteArray();
        break;
    case '3':
        a += d.first(3).toByteArray() + "00000" + d.sliced(3, 2).toByteArray();
        break;
    case '4':
        a += d.first(4).toByteArray() + "00000" + d[4];
        break;
    default:
        a += d.first(5).toByteArray() + "0000" + d[5];
        break;
    }
    a += e[7];
    return a;
}

class Parser
{
public:
    Parser(const ScannerConfig &config, QDate today)
        : m_config(config)
        , m_today(today)
    {
    }

    Result<ScanResult> run(const QByteArray &raw);

private:
    Result<ScanResult> eanUpc(ScanResult r, QByteArrayView data, bool withAddOn);
    Result<ScanResult> ean8(ScanResult r, QByteArrayView data);
    Result<ScanResult> gtinFromDigits(ScanResult r, QByteArrayView digits, const QString &what);
    Result<ScanResult> elementStrings(ScanResult r, QByteArrayView data);
    Result<ScanResult> text(ScanResult r, QByteArrayView data);
    Result<ScanResult> withoutAim(ScanResult r, QByteArrayView data);
    std::optional<Result<ScanResult>> variableMeasure(ScanResult &r, QByteArrayView code13);
    QByteArray undoGsReplacement(QByteArrayView data) const;

    const ScannerConfig &m_config;
    QDate m_today;
};

Result<ScanResult> Parser::run(const QByteArray &raw)
{
    ScanResult r;
    r.raw = raw;
    if (raw.isEmpty())
        return error(ScanError::EmptyScan, ScanParser::tr("empty scan: the scanner sent no data"));
    QByteArrayView rest = raw;
    if (!m_config.prefix.isEmpty()) {
        if (!rest.startsWith(m_config.prefix))
            return error(ScanError::MissingPrefix,
                ScanParser::tr("the scan does not start with the configured prefix \"%1\" (it starts with \"%2\"): "
                               "check the scanner's prefix setting or the device's prefix key")
                    .arg(escapeBytes(m_config.prefix), escapeBytes(raw.left(m_config.prefix.size()))));
        rest = rest.sliced(m_config.prefix.size());
    }
    if (!m_config.suffix.isEmpty()) {
        if (!rest.endsWith(m_config.suffix))
            return error(ScanError::MissingSuffix,
                ScanParser::tr("the scan does not end with the configured suffix \"%1\" (it ends with \"%2\"): "
                               "check the scanner's suffix setting or the device's suffix key")
                    .arg(escapeBytes(m_config.suffix), escapeBytes(raw.right(m_config.suffix.size()))));
        rest = rest.chopped(m_config.suffix.size());
    }
    if (rest.isEmpty())
        return error(
            ScanError::EmptyScan, ScanParser::tr("empty scan: nothing between the configured prefix and suffix"));

    const AimEntry *aim = nullptr;
    if (m_config.aimIdentifiers) {
        if (!looksLikeAim(rest))
            return error(ScanError::MissingAimIdentifier,
                ScanParser::tr("the scan has no AIM symbology identifier (\"]Xm\") although aim = true: enable "
                               "AIM identifiers in the scanner, or set aim = false"));
        r.aimIdentifier = rest.first(kAimLength).toByteArray();
        aim = findAim(rest.first(kAimLength));
        rest = rest.sliced(kAimLength);
        if (rest.isEmpty())
            return error(ScanError::EmptyScan,
                ScanParser::tr("empty scan: AIM identifier %1 and no data").arg(latin1(r.aimIdentifier)));
    } else if (looksLikeAim(rest) && findAim(rest.first(kAimLength))) {
        return error(ScanError::UnexpectedAimIdentifier,
            ScanParser::tr(
                "the scan starts with the AIM identifier %1 but aim = false: set aim = true for this scanner")
                .arg(latin1(rest.first(kAimLength))));
    }
    r.data = rest.toByteArray();
    if (!m_config.aimIdentifiers)
        return withoutAim(std::move(r), rest);
    r.symbology = aim ? aim->symbology : Symbology::Unknown;
    switch (r.symbology) {
    case Symbology::Ean13Upc: {
        const bool withAddOn = r.aimIdentifier == "]E3";
        return eanUpc(std::move(r), rest, withAddOn);
    }
    case Symbology::Ean8:
        return ean8(std::move(r), rest);
    case Symbology::Gs1_128:
    case Symbology::Gs1DataBar:
    case Symbology::Gs1DataMatrix:
    case Symbology::Gs1Qr:
        return elementStrings(std::move(r), rest);
    case Symbology::Code128:
    case Symbology::DataMatrix:
    case Symbology::Qr:
    case Symbology::Unknown:
        return text(std::move(r), rest);
    }
    return text(std::move(r), rest);
}

Result<ScanResult> Parser::eanUpc(ScanResult r, QByteArrayView data, bool withAddOn)
{
    if (auto e = requireDigits(data, QStringLiteral("EAN/UPC")))
        return *e;
    if (withAddOn) {
        // ]E3 sends the main code and the 2- or 5-digit add-on as one string (ISO/IEC 15420).
        if (data.size() != 15 && data.size() != 18)
            return error(ScanError::BadLength,
                ScanParser::tr("EAN with add-on has %1 digits; expected 13 + 2 or 13 + 5").arg(data.size()));
        r.addOn = latin1(data.sliced(13));
        data = data.first(13);
    }
    switch (data.size()) {
    case 13:
        return gtinFromDigits(std::move(r), data, QStringLiteral("EAN-13"));
    case 12:
        return gtinFromDigits(std::move(r), data, QStringLiteral("UPC-A"));
    case 8: {
        const auto upcA = expandUpcE(data);
        if (!upcA)
            return error(ScanError::BadLength,
                ScanParser::tr("UPC-E %1 must start with number system 0 or 1").arg(latin1(data)));
        if (auto e = verifyCheckDigit(*upcA, QStringLiteral("UPC-E %1 (UPC-A)").arg(latin1(data))))
            return *e;
        r.kind = ContentKind::Gtin;
        r.gtin = toGtin14(*upcA);
        r.gtinAsScanned = latin1(data);
        return r;
    }
    default:
        return error(ScanError::BadLength,
            ScanParser::tr("EAN/UPC scan has %1 digits; expected 13 (EAN-13), 12 (UPC-A) or 8 (UPC-E)")
                .arg(data.size()));
    }
}

Result<ScanResult> Parser::ean8(ScanResult r, QByteArrayView data)
{
    if (auto e = requireDigits(data, QStringLiteral("EAN-8")))
        return *e;
    if (data.size() != 8)
        return error(ScanError::BadLength, ScanParser::tr("EAN-8 scan has %1 digits; expected 8").arg(data.size()));
    return gtinFromDigits(std::move(r), data, QStringLiteral("EAN-8"));
}

// `digits`: 8, 12, 13 or 14 ASCII digits.
Result<ScanResult> Parser::gtinFromDigits(ScanResult r, QByteArrayView digits, const QString &what)
{
    if (auto e = verifyCheckDigit(digits, what))
        return *e;
    if (digits.size() == 13 || digits.size() == 12) {
        QByteArray code13 = digits.toByteArray();
        if (code13.size() == 12)
            code13.prepend('0'); // UPC-A as GTIN-13
        if (auto vm = variableMeasure(r, code13))
            return std::move(*vm);
    }
    r.kind = ContentKind::Gtin;
    r.gtin = toGtin14(digits);
    r.gtinAsScanned = latin1(digits);
    return r;
}

// nullopt if no layout matches `code13` (a valid EAN-13); the longest matching prefix wins.
std::optional<Result<ScanResult>> Parser::variableMeasure(ScanResult &r, QByteArrayView code13)
{
    const VariableMeasureLayout *layout = nullptr;
    for (const VariableMeasureLayout &l : m_config.variableMeasureLayouts) {
        if (code13.startsWith(l.prefix.toLatin1()) && (!layout || l.prefix.size() > layout->prefix.size()))
            layout = &l;
    }
    if (!layout)
        return std::nullopt;
    VariableMeasure vm;
    vm.code = latin1(code13);
    vm.prefix = layout->prefix;
    vm.kind = layout->kind;
    qsizetype pos = layout->prefix.size();
    vm.itemReference = latin1(code13.sliced(pos, layout->itemReferenceLength));
    pos += layout->itemReferenceLength;
    const char verifier = layout->priceVerifier ? code13[pos++] : 0;
    const QByteArrayView value = code13.sliced(pos, layout->valueLength);
    if (layout->priceVerifier) {
        const int expected = gs1::priceVerifierDigit(value);
        if (expected != verifier - '0')
            return error(ScanError::PriceVerifier,
                ScanParser::tr("in-store code %1: price verifier digit wrong (expected %2, got %3) for value %4; "
                               "rescan, or check the layout \"%5\"")
                    .arg(vm.code)
                    .arg(expected)
                    .arg(verifier - '0')
                    .arg(latin1(value), layout->toMask()));
    }
    vm.value = Decimal { value.toLongLong(), layout->decimals };
    // ScannerConfig::problem() guarantees both conversions are exact.
    if (vm.kind == VariableMeasure::Kind::Price)
        vm.priceMinor = vm.value.scaledTo(m_config.currencyExponent).value_or(0);
    else
        vm.weightGrams = vm.value.scaledTo(3).value_or(0);
    r.kind = ContentKind::VariableMeasure;
    r.variableMeasure = vm;
    return Result<ScanResult>(r);
}

QByteArray Parser::undoGsReplacement(QByteArrayView data) const
{
    QByteArray out = data.toByteArray();
    if (m_config.gsReplacement)
        out.replace(*m_config.gsReplacement, gs1::kGroupSeparator);
    return out;
}

Result<ScanResult> Parser::elementStrings(ScanResult r, QByteArrayView data)
{
    const QByteArray d = undoGsReplacement(data);
    for (qsizetype i = 0; i < d.size(); ++i) {
        const auto u = static_cast<unsigned char>(d[i]);
        if (d[i] != gs1::kGroupSeparator && (u < 0x21 || u >= 0x7F))
            return error(ScanError::InvalidBytes,
                ScanParser::tr("GS1 scan contains byte %1 at position %2, which GS1 data never holds (check the "
                               "scanner's interface and keyboard settings)")
                    .arg(hexByte(d[i]))
                    .arg(i + 1));
    }
    const bool reliable = m_config.gsReliable || m_config.gsReplacement.has_value();
    auto elements = gs1::parseElementStrings(d, reliable);
    if (!elements)
        return elements.error();
    auto typed = gs1::interpret(elements.value(), m_today);
    if (!typed)
        return typed.error();
    r.data = d;
    r.kind = ContentKind::Gs1;
    r.gs1 = std::move(typed).value();
    r.gtin = r.gs1.gtin;
    r.gtinAsScanned = r.gs1.gtin;
    return r;
}

Result<ScanResult> Parser::text(ScanResult r, QByteArrayView data)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        const auto u = static_cast<unsigned char>(c);
        const bool control = u < 0x20 || u == 0x7F;
        // Tab, and the separators of ISO/IEC 15434 envelopes ("[)>" RS "06" GS ... EOT) are text.
        if (control && c != kTab && c != kEot && c != kFileSeparator && c != gs1::kGroupSeparator
            && c != kRecordSeparator)
            return error(ScanError::InvalidBytes,
                ScanParser::tr("the scan contains the control byte %1 at position %2 (check the scanner's "
                               "interface settings and prefix/suffix)")
                    .arg(hexByte(c))
                    .arg(i + 1));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(data);
    if (decoder.hasError())
        return error(ScanError::InvalidBytes,
            ScanParser::tr("the scan is not valid UTF-8 text (bytes \"%1\"): check the scanner's character "
                           "encoding and keyboard settings")
                .arg(escapeBytes(data.toByteArray().left(40))));
    if (auto link = gs1::parseDigitalLink(data)) {
        if (!*link)
            return link->error();
        auto d = gs1::interpret(link->value().elements, m_today);
        if (!d)
            return d.error();
        r.kind = ContentKind::DigitalLink;
        r.gs1 = std::move(d).value();
        r.gtin = r.gs1.gtin;
        r.gtinAsScanned = link->value().gtinAsWritten;
        r.text = decoded;
        return r;
    }
    r.kind = ContentKind::Text;
    r.text = decoded;
    return r;
}

Result<ScanResult> Parser::withoutAim(ScanResult r, QByteArrayView data)
{
    if (allDigits(data)) {
        switch (data.size()) {
        case 8:
            return gtinFromDigits(std::move(r), data, QStringLiteral("EAN-8"));
        case 12:
            return gtinFromDigits(std::move(r), data, QStringLiteral("UPC-A"));
        case 13:
            return gtinFromDigits(std::move(r), data, QStringLiteral("EAN-13"));
        case 14:
            return gtinFromDigits(std::move(r), data, QStringLiteral("GTIN-14"));
        default:
            break;
        }
    }
    // GS1 element strings: a transmitted leading FNC1, or a primary key AI followed by digits.
    const QByteArray d = undoGsReplacement(data);
    const bool leadingGs = d.startsWith(gs1::kGroupSeparator);
    const bool primaryKey = (d.startsWith("00") || d.startsWith("01") || d.startsWith("02")) && d.size() >= 16
        && allDigits(QByteArrayView(d).first(16));
    if (leadingGs || primaryKey)
        return elementStrings(std::move(r), data);
    return text(std::move(r), data);
}

} // namespace

ScanParser::ScanParser(ScannerConfig config)
    : m_config(std::move(config))
    , m_configProblem(m_config.problem())
{
}

Result<ScanResult> ScanParser::parse(const QByteArray &raw) const
{
    return parse(raw, QDate::currentDate());
}

Result<ScanResult> ScanParser::parse(const QByteArray &raw, QDate today) const
{
    if (m_configProblem)
        return makeScanError(
            ScanError::InvalidConfig, ScanParser::tr("scanner configuration: %1").arg(*m_configProblem));
    return Parser(m_config, today).run(raw);
}

} // namespace ok::scanner
