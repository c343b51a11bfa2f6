// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ok::scanner {

/// The symbology as the AIM identifier (ISO/IEC 15424) names it. Unknown when the scanner sends
/// no AIM identifier or one we do not map: the parser then infers the content, not the symbology.
enum class Symbology {
    Unknown,
    Ean13Upc, ///< ]E0 (EAN-13, UPC-A, UPC-E) and ]E3 (with add-on)
    Ean8, ///< ]E4
    Code128, ///< ]C0
    Gs1_128, ///< ]C1
    Gs1DataBar, ///< ]e0
    DataMatrix, ///< ]d1, ]d4 (ECI)
    Gs1DataMatrix, ///< ]d2, ]d5 (ECI)
    Qr, ///< ]Q1, ]Q2 (ECI)
    Gs1Qr, ///< ]Q3, ]Q4 (ECI)
};

/// "EAN-13/UPC", "GS1-128" ... for logs and the staff device screen.
QString symbologyName(Symbology symbology);

/// What the scan turned out to be, so callers switch on one value.
enum class ContentKind {
    Text, ///< not a product code: `text` holds it (pickup code, loyalty card, URL ...)
    Gtin, ///< an EAN/UPC or a bare GTIN-14: `gtin`
    Gs1, ///< GS1 element strings: `gs1` (with `gtin` when AI 01 is present)
    DigitalLink, ///< a GS1 Digital Link URI: `gs1`, `gtin`, the URI in `text`
    VariableMeasure, ///< an in-store EAN-13 (prefix 20-29) matched by a layout: `variableMeasure`
};

/// An exact decimal: value = units / 10^decimals. Never a double.
struct Decimal {
    qint64 units = 0;
    int decimals = 0;

    /// The same value with `decimals` decimal places (e.g. a price in minor units with the
    /// currency's exponent); nullopt if that would drop non-zero digits or overflow.
    std::optional<qint64> scaledTo(int decimals) const;

    friend bool operator==(const Decimal &, const Decimal &) = default;
};

/// One GS1 element string exactly as scanned: "3103" + "001250".
struct Gs1Element {
    QString ai;
    QString value;
    friend bool operator==(const Gs1Element &, const Gs1Element &) = default;
};

/// GS1 element strings (from GS1-128, DataBar, GS1 DataMatrix/QR or a Digital Link URI) with the
/// retail AIs typed. Fields are empty / invalid / nullopt when the AI is absent.
struct Gs1Data {
    QString sscc; ///< AI 00, 18 digits, check digit verified
    QString gtin; ///< AI 01, 14 digits, check digit verified
    QString containedGtin; ///< AI 02, 14 digits, check digit verified
    QString lot; ///< AI 10
    QString serial; ///< AI 21
    QDate productionDate; ///< AI 11
    QDate dueDate; ///< AI 12
    QDate packagingDate; ///< AI 13
    QDate bestBefore; ///< AI 15
    QDate sellBy; ///< AI 16
    QDate expiry; ///< AI 17 ("use by" / expiry). Day 00 is stored as the month's last day.
    std::optional<qint64> count; ///< AI 30
    std::optional<qint64> netWeightGrams; ///< AI 310n (kg with n decimals), exact whole grams
    std::optional<Decimal> netWeightPounds; ///< AI 320n, kept as scanned (n decimals)
    std::optional<Decimal> price; ///< AI 392n, amount in the local currency
    QString priceCurrencyNumeric; ///< AI 393n: ISO 4217 numeric code, e.g. "978"
    std::optional<Decimal> priceWithCurrency; ///< AI 393n: the amount in that currency

    QList<Gs1Element> elements; ///< every element string, in scan order, as scanned
    QList<Gs1Element> otherElements; ///< the elements without a typed field above (e.g. 240, 91)

    /// "(01)09501101530003(17)251231(10)ABC" - the human readable interpretation.
    QString toHumanReadable() const;
};

/// An in-store variable-measure EAN-13 decoded with a configured layout.
struct VariableMeasure {
    enum class Kind { Price, Weight };
    QString code; ///< the 13 digits as scanned
    QString prefix; ///< the layout prefix that matched, e.g. "20"
    QString itemReference; ///< the item digits after the prefix: what the catalog is keyed by
    Kind kind = Kind::Price;
    Decimal value; ///< the value field with the layout's implied decimals
    qint64 priceMinor = 0; ///< kind == Price: in minor units of the store currency
    qint64 weightGrams = 0; ///< kind == Weight
};

/// A successfully parsed scan.
struct ScanResult {
    QByteArray raw; ///< the bytes as delivered, before anything was stripped
    QByteArray data; ///< without prefix, suffix, AIM identifier; GS replacement undone
    QByteArray aimIdentifier; ///< "]C1"; empty when the scanner sent none
    Symbology symbology = Symbology::Unknown;
    ContentKind kind = ContentKind::Text;
    /// Normalised to 14 digits; empty if the scan names no trade item. Empty for in-store
    /// variable-measure codes too: those are looked up by variableMeasure->itemReference.
    QString gtin;
    QString gtinAsScanned; ///< the same GTIN as it was encoded: 8, 12, 13 or 14 digits
    QString addOn; ///< EAN/UPC 2- or 5-digit add-on (]E3)
    Gs1Data gs1;
    std::optional<VariableMeasure> variableMeasure;
    QString text; ///< Text: the data as UTF-8; DigitalLink: the URI
};

/// What a scan means, in one line for the staff device screen (translated):
/// "EAN-13/UPC: GTIN 05901234123457", "GS1-128: GS1 (01)09501101530003(17)251231(10)ABC",
/// "no AIM identifier: in-store code, item 12345, price 12.34". Free text is shown shortened.
/// Not for logs: a text scan may be a pickup code.
QString describeScan(const ScanResult &result);

} // namespace ok::scanner
