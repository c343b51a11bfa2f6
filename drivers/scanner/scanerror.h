// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace ok::scanner {

/// Why a scan (or the scanner configuration) was rejected. Carried in ok::Error::code as the
/// stable string scanErrorCode() returns ("scanner.check-digit" ...), so callers that only know
/// ok::Error can still branch on it: scanErrorFromCode(error.code).
///
/// Every rejection is final: the parser never repairs a scan into something else (a different
/// product is worse than no product). The message says what was wrong and what to do.
enum class ScanError {
    EmptyScan, ///< nothing but prefix / suffix / AIM identifier
    MissingPrefix, ///< the configured prefix is not there
    MissingSuffix, ///< the configured suffix is not there
    MissingAimIdentifier, ///< aim = true but the scan does not start with "]Xm"
    UnexpectedAimIdentifier, ///< aim = false but the scan starts with a known AIM identifier
    InvalidBytes, ///< non-ASCII where only ASCII is allowed, control bytes, broken UTF-8
    InvalidCharacter, ///< a letter in a GTIN, '~' in a lot ...
    BadLength, ///< a GTIN / EAN of a length its symbology cannot carry
    CheckDigit, ///< GTIN, SSCC, GLN ... check digit wrong
    UnknownAi, ///< digits that start no GS1 Application Identifier
    TruncatedField, ///< a fixed-length AI (or the AI itself) cut short
    FieldTooLong, ///< a variable-length AI longer than its maximum
    EmptyField, ///< a variable-length AI with no data
    MissingSeparator, ///< a variable-length field swallowed the next element: GS lost
    InvalidDate, ///< YYMMDD that is no date
    ConflictingAi, ///< the same AI twice with different data, or AIs that exclude each other
    MissingRequiredAi, ///< an AI without the AI(s) GS1 requires beside it (3922 price without a measure)
    NotInCodeList, ///< a value outside its code list: AI 422 country 999, AI 3932 currency 000
    UnsupportedPrecision, ///< e.g. a weight finer than a gram
    PriceVerifier, ///< in-store variable-measure price verifier digit wrong
    BadDigitalLink, ///< a GS1 Digital Link URI that cannot be read
    InvalidConfig, ///< ScannerConfig rejected (bad layout, bad escape ...), or the built-in GS1 data unreadable
    // Keyboard / evdev stream
    UnmappedKey, ///< a key without a character in the fixed US keymap, inside a scan
    IncompleteScan, ///< keys without the final Enter, or events dropped by the kernel
    ScanTooLong, ///< more than KeyboardDecoder::kMaxScanLength characters before Enter
    GrabFailed, ///< EVIOCGRAB refused: keys also reach the desktop (not fatal)
    ReadFailed, ///< read() on the scanner's file descriptor failed
    StreamTruncated, ///< the stream ended inside an input_event record
};

/// "scanner.check-digit" ... stable, for logs, tests and ok::Error::code.
QString scanErrorCode(ScanError error);
/// Inverse of scanErrorCode(); nullopt for codes that are not scanner codes.
std::optional<ScanError> scanErrorFromCode(QStringView code);
/// The ok::Error for `error` with the given operator-facing message.
ok::Error makeScanError(ScanError error, const QString &message);

} // namespace ok::scanner
