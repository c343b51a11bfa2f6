// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drivers/scanner/scanresult.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

#include <optional>

namespace ok::scanner {

/// One retailer-defined layout of an in-store variable-measure EAN-13 (GS1 prefixes 20-29, or
/// 02 for a US/Canadian UPC-A number system 2 read as 13 digits). The 13 digits are, in order:
///   prefix | item reference | [price verifier] | value | check digit
/// so prefix.size() + itemReferenceLength + (priceVerifier ? 1 : 0) + valueLength == 12.
struct VariableMeasureLayout {
    QString prefix; ///< 1-3 digits: "2" (all of 20-29), "20", "215", "02" ...
    int itemReferenceLength = 5;
    VariableMeasure::Kind kind = VariableMeasure::Kind::Price;
    int valueLength = 5;
    int decimals = 2; ///< implied decimals of the value (price: of the currency
                      ///< unit; weight: of the kilogram, at most 3)
    bool priceVerifier = false; ///< GS1 four-digit price verifier; needs valueLength == 4

    /// Parses the configuration mask: 13 characters, one per digit, plus an optional '.':
    ///   digits = the prefix, I = item reference, V = price verifier, P = price, W = weight,
    ///   '.' = implied decimal point inside the P / W run, C = check digit. Examples:
    ///   "20IIIIIPPP.PPC", "22IIIIIVPP.PPC", "23IIIIIWW.WWWC", "2IIIIIIPPPPPC".
    static Result<VariableMeasureLayout> fromMask(QStringView mask);
    /// The mask fromMask() would read back.
    QString toMask() const;
    /// nullopt if consistent, else what is wrong.
    std::optional<QString> problem() const;

    friend bool operator==(const VariableMeasureLayout &, const VariableMeasureLayout &) = default;
};

/// How one scanner delivers its data, and what the store's in-store codes look like.
/// Wire order of a scan: prefix, AIM identifier, data, suffix.
struct ScannerConfig {
    QByteArray prefix; ///< stripped from the start; a scan without it is rejected
    QByteArray suffix; ///< stripped from the end; a scan without it is rejected
    bool aimIdentifiers = false; ///< every scan starts with "]Xm" (recommended)
    /// A byte that a keyboard wedge types instead of the GS (0x1D) separator of GS1 data. Must
    /// not be a GS1 data character (i.e. not in GS1 character set 82), so that replacing it
    /// back is lossless: e.g. '~', '^', '|', '#', '@' or '\t'. Only applied to GS1 data.
    std::optional<char> gsReplacement;
    /// The transport is known to deliver every GS (serial / USB-CDC / HID-POS, or a wedge with
    /// gsReplacement). When false and a GS1 scan holds no GS at all, a variable-length field
    /// that ends in what parses as further element strings (lot "ABC3103001250") is rejected as
    /// a lost separator rather than read as data.
    bool gsReliable = false;
    QList<VariableMeasureLayout> variableMeasureLayouts;
    /// Minor-unit digits of the store currency (from the [store] currency), for prices of
    /// variable-measure codes. Not an INI key of the device.
    int currencyExponent = 2;

    /// nullopt if usable, else what is wrong.
    std::optional<QString> problem() const;

    /// Builds the configuration from the options of a [device.NAME] section of role scanner
    /// (keys: prefix, suffix, aim, gs_replacement, gs_reliable, variable_measure; see
    /// docs/devices.md). Keys it does not know are left to other layers. `section` names the
    /// section in messages.
    static Result<ScannerConfig> fromOptions(
        const QMap<QString, QString> &options, const QString &section = QStringLiteral("[device]"));
};

/// Decodes the escapes used for prefix, suffix and gs_replacement in the INI file:
/// \r \n \t \\ \e (ESC) \xHH; every other character stands for itself (ASCII only).
Result<QByteArray> decodeEscapes(QStringView text);
/// The reverse, for messages: printable ASCII as is, everything else as \r \n \t \xHH.
QString escapeBytes(const QByteArray &bytes);

} // namespace ok::scanner
