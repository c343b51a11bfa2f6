// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/scannerconfig.h"

#include "drivers/scanner/gs1.h"
#include "drivers/scanner/scanerror.h"

#include <QSet>

namespace ok::scanner {

namespace {

constexpr char kEscape = 0x1B;
constexpr int kEanDigitsBeforeCheck = 12;

Error configError(const QString &message)
{
    return makeScanError(ScanError::InvalidConfig, message);
}

std::optional<bool> parseBool(const QString &v)
{
    const QString s = v.trimmed().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("on") || s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("off") || s == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace

Result<VariableMeasureLayout> VariableMeasureLayout::fromMask(QStringView mask)
{
    const auto bad = [&](const QString &why) {
        return configError(
            QStringLiteral("variable-measure layout \"%1\": %2 (e.g. \"20IIIIIPPP.PPC\": prefix digits, "
                           "I item, V price verifier, P price or W weight digits with an optional '.', C check digit)")
                .arg(mask.toString(), why));
    };
    VariableMeasureLayout l;
    l.itemReferenceLength = 0;
    l.valueLength = 0;
    l.decimals = 0;
    qsizetype i = 0;
    while (i < mask.size() && mask[i].isDigit() && mask[i].unicode() < 0x80)
        l.prefix += mask[i++];
    while (i < mask.size() && mask[i] == u'I') {
        ++l.itemReferenceLength;
        ++i;
    }
    if (i < mask.size() && mask[i] == u'V') {
        l.priceVerifier = true;
        ++i;
    }
    if (i >= mask.size() || (mask[i] != u'P' && mask[i] != u'W'))
        return bad(QStringLiteral("expected the value digits (P or W) at position %1").arg(i + 1));
    const QChar valueChar = mask[i];
    l.kind = valueChar == u'P' ? VariableMeasure::Kind::Price : VariableMeasure::Kind::Weight;
    bool sawPoint = false;
    for (; i < mask.size() && (mask[i] == valueChar || mask[i] == u'.'); ++i) {
        if (mask[i] == u'.') {
            if (sawPoint || l.valueLength == 0)
                return bad(QStringLiteral("misplaced '.' at position %1").arg(i + 1));
            sawPoint = true;
        } else {
            ++l.valueLength;
            if (sawPoint)
                ++l.decimals;
        }
    }
    if (sawPoint && l.decimals == 0)
        return bad(QStringLiteral("the '.' must stand between value digits"));
    if (i >= mask.size() || mask[i] != u'C' || i + 1 != mask.size())
        return bad(QStringLiteral("must end with the value digits and then C"));
    if (auto why = l.problem())
        return bad(*why);
    return l;
}

QString VariableMeasureLayout::toMask() const
{
    QString m = prefix + QString(itemReferenceLength, u'I');
    if (priceVerifier)
        m += u'V';
    const QChar v = kind == VariableMeasure::Kind::Price ? u'P' : u'W';
    m += QString(valueLength - decimals, v);
    if (decimals > 0)
        m += u'.' + QString(decimals, v);
    return m + u'C';
}

std::optional<QString> VariableMeasureLayout::problem() const
{
    if (prefix.isEmpty() || prefix.size() > 3)
        return QStringLiteral("the prefix must be 1 to 3 digits, got \"%1\"").arg(prefix);
    for (QChar c : prefix) {
        if (c < u'0' || c > u'9')
            return QStringLiteral("the prefix must be digits, got \"%1\"").arg(prefix);
    }
    // GS1 restricted-circulation numbers for in-store use: EAN-13 prefixes 20-29, and UPC-A
    // number system 2 (read as 13 digits: "02").
    if (!prefix.startsWith(u'2') && !(prefix.startsWith(QLatin1String("02"))))
        return QStringLiteral("prefix %1 is not an in-store prefix (20-29, or 02 for UPC-A number system 2)")
            .arg(prefix);
    if (itemReferenceLength < 1)
        return QStringLiteral("the item reference needs at least one digit");
    if (valueLength < 1)
        return QStringLiteral("the value needs at least one digit");
    const int total = int(prefix.size()) + itemReferenceLength + (priceVerifier ? 1 : 0) + valueLength;
    if (total != kEanDigitsBeforeCheck)
        return QStringLiteral(
            "prefix, item reference, verifier and value make %1 digits; an EAN-13 has 12 before its check digit")
            .arg(total);
    if (priceVerifier && valueLength != 4)
        return QStringLiteral("the price verifier digit is defined for a four-digit value only");
    if (decimals < 0 || decimals > valueLength)
        return QStringLiteral("%1 decimals do not fit a %2-digit value").arg(decimals).arg(valueLength);
    if (kind == VariableMeasure::Kind::Weight && decimals > 3)
        return QStringLiteral("a weight may have at most 3 decimals of a kilogram (whole grams)");
    return std::nullopt;
}

std::optional<QString> ScannerConfig::problem() const
{
    if (gsReplacement) {
        const char c = *gsReplacement;
        const auto u = static_cast<unsigned char>(c);
        if (u == 0 || u >= 0x80 || c == '\r' || c == '\n' || c == gs1::kGroupSeparator || gs1::isCset82(c))
            return QStringLiteral("gs_replacement %1 is not usable: it must be one ASCII character that GS1 data never "
                                  "contains, such as ~ ^ | # @ or \\t")
                .arg(escapeBytes(QByteArray(1, c)));
    }
    if (currencyExponent < 0 || currencyExponent > 9)
        return QStringLiteral("currency exponent %1 is out of range 0-9").arg(currencyExponent);
    QSet<QString> prefixes;
    for (const VariableMeasureLayout &l : variableMeasureLayouts) {
        if (auto why = l.problem())
            return QStringLiteral("variable-measure layout \"%1\": %2").arg(l.toMask(), *why);
        if (l.kind == VariableMeasure::Kind::Price && l.decimals > currencyExponent)
            return QStringLiteral("variable-measure layout \"%1\": %2 price decimals, but the store currency has %3")
                .arg(l.toMask())
                .arg(l.decimals)
                .arg(currencyExponent);
        if (prefixes.contains(l.prefix))
            return QStringLiteral("two variable-measure layouts for prefix %1").arg(l.prefix);
        prefixes.insert(l.prefix);
    }
    return std::nullopt;
}

Result<ScannerConfig> ScannerConfig::fromOptions(const QMap<QString, QString> &options, const QString &section)
{
    ScannerConfig c;
    const auto bad = [&](const QString &key, const QString &why) {
        return configError(QStringLiteral("%1 %2: %3").arg(section, key, why));
    };
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        if (key == QLatin1String("prefix") || key == QLatin1String("suffix")) {
            auto bytes = decodeEscapes(value);
            if (!bytes)
                return bad(key, bytes.error().message);
            (key == QLatin1String("prefix") ? c.prefix : c.suffix) = bytes.value();
        } else if (key == QLatin1String("aim") || key == QLatin1String("gs_reliable")) {
            const auto b = parseBool(value);
            if (!b)
                return bad(key, QStringLiteral("\"%1\" is not a yes/no value; use true or false").arg(value));
            (key == QLatin1String("aim") ? c.aimIdentifiers : c.gsReliable) = *b;
        } else if (key == QLatin1String("gs_replacement")) {
            auto bytes = decodeEscapes(value);
            if (!bytes)
                return bad(key, bytes.error().message);
            if (bytes->size() > 1)
                return bad(key, QStringLiteral("\"%1\" must be a single character").arg(value));
            if (bytes->size() == 1)
                c.gsReplacement = bytes->front();
        } else if (key == QLatin1String("variable_measure")) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                auto layout = VariableMeasureLayout::fromMask(part.trimmed());
                if (!layout)
                    return bad(key, layout.error().message);
                c.variableMeasureLayouts.append(layout.value());
            }
        }
    }
    if (auto why = c.problem())
        return configError(QStringLiteral("%1: %2").arg(section, *why));
    return c;
}

Result<QByteArray> decodeEscapes(QStringView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() >= 0x80)
            return configError(
                QStringLiteral("\"%1\": only ASCII is allowed; write other bytes as \\xHH").arg(text.toString()));
        if (c != u'\\') {
            out.append(char(c.unicode()));
            continue;
        }
        if (++i >= text.size())
            return configError(
                QStringLiteral("\"%1\": a lone backslash at the end; write \\\\ for a backslash").arg(text.toString()));
        switch (text[i].unicode()) {
        case u'r':
            out.append('\r');
            break;
        case u'n':
            out.append('\n');
            break;
        case u't':
            out.append('\t');
            break;
        case u'e':
            out.append(kEscape);
            break;
        case u'\\':
            out.append('\\');
            break;
        case u'x': {
            const auto hex = [&](qsizetype at) {
                if (at >= text.size())
                    return -1;
                const char16_t h = text[at].unicode();
                if (h >= u'0' && h <= u'9')
                    return int(h - u'0');
                if (h >= u'a' && h <= u'f')
                    return int(h - u'a' + 10);
                if (h >= u'A' && h <= u'F')
                    return int(h - u'A' + 10);
                return -1;
            };
            const int hi = hex(i + 1);
            const int lo = hex(i + 2);
            const int v = hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
            if (v < 0)
                return configError(QStringLiteral("\"%1\": \\x needs two hex digits").arg(text.toString()));
            out.append(char(v));
            i += 2;
            break;
        }
        default:
            return configError(QStringLiteral("\"%1\": unknown escape \\%2; use \\r \\n \\t \\e \\\\ or \\xHH")
                                   .arg(text.toString(), text[i]));
        }
    }
    return out;
}

QString escapeBytes(const QByteArray &bytes)
{
    QString out;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\r')
            out += QLatin1String("\\r");
        else if (c == '\n')
            out += QLatin1String("\\n");
        else if (c == '\t')
            out += QLatin1String("\\t");
        else if (c == '\\')
            out += QLatin1String("\\\\");
        else if (u >= 0x20 && u < 0x7F)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(QString::number(u, 16).toUpper().rightJustified(2, QLatin1Char('0')));
    }
    return out;
}

} // namespace ok::scanner
