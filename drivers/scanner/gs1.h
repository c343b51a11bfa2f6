// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GS1 element strings and GS1 Digital Link: splitting and reading them by the rules of the GS1
// Barcode Syntax Dictionary (gs1syntax.h). Used by ScanParser; public so tests can reach the pieces.
// Every function that needs the dictionary fails with ScanError::InvalidConfig if the compiled-in
// data cannot be read: no GS1 code is accepted unchecked.

#include "core/result.h"
#include "drivers/scanner/scanresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>

#include <optional>

namespace ok::scanner::gs1 {

/// ASCII GS: ends a variable-length element string (FNC1 as transmitted, GS1 Gen Specs 7.8.5.2).
constexpr char kGroupSeparator = 0x1D;

/// The mod-10 check digit of GS1 keys (GS1 Gen Specs 7.9.1): weights 3, 1, 3 ... from the
/// rightmost data digit. `digits` is the key without its check digit, any length >= 1.
/// Returns 0..9, or -1 if `digits` is empty or has a non-digit.
int checkDigit(QByteArrayView digits);

/// GS1 four-digit price verifier (GS1 Gen Specs 7.9.3): weights 2-, 2-, 3, 5- over the four
/// price digits, sum times 3, units digit. -1 unless `price` is exactly four digits.
int priceVerifierDigit(QByteArrayView price);

/// True for the 82 characters GS1 allows in alphanumeric AI data (GS1 Gen Specs Figure 7.11-1).
bool isCset82(char c);

/// Splits GS1 element strings (FNC1 sent as GS; a leading GS is allowed) into elements, each
/// validated against its dictionary entry: character set and length of every component, and the
/// checks the till applies (check digit, dates, ISO 3166 country and ISO 4217 currency codes).
/// `separatorReliable`: see ScannerConfig::gsReliable.
Result<QList<Gs1Element>> parseElementStrings(QByteArrayView data, bool separatorReliable);

/// The typed fields for `elements`, which must come from parseElementStrings() or
/// parseDigitalLink() (validated: known AI, character set, length, check digit). Two-digit
/// years are placed per GS1 Gen Specs 7.12 relative to `today`. Rejects conflicting duplicates,
/// two AIs of one typed field (3102 and 3103), weights finer than a gram, and the pairings the
/// dictionary forbids: AIs its "ex=" says exclude each other (01 with 02, 392n with 393n), and
/// AIs without what its "req=" requires beside them (3922 needs 01 and a count or measure).
Result<Gs1Data> interpret(const QList<Gs1Element> &elements, QDate today);

/// A GS1 Digital Link URI read into element strings.
struct DigitalLink {
    QList<Gs1Element> elements; ///< path elements first, then AI query parameters
    QString gtinAsWritten; ///< the /01/ value as in the URI (8, 12, 13 or 14 digits)
};

/// nullopt if `text` is not a GS1 Digital Link (not http(s), or no /01/<gtin> or /00/<sscc>
/// in the path); an error if it is one but is malformed.
std::optional<Result<DigitalLink>> parseDigitalLink(QByteArrayView text);

} // namespace ok::scanner::gs1
