// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/scanerror.h"

#include <array>
#include <utility>

namespace ok::scanner {

namespace {
// One row per enumerator, in declaration order (checked by tst_scanparser's round trip).
constexpr std::array<std::pair<ScanError, const char *>, 28> kCodes = { {
    { ScanError::EmptyScan, "scanner.empty-scan" },
    { ScanError::MissingPrefix, "scanner.missing-prefix" },
    { ScanError::MissingSuffix, "scanner.missing-suffix" },
    { ScanError::MissingAimIdentifier, "scanner.missing-aim" },
    { ScanError::UnexpectedAimIdentifier, "scanner.unexpected-aim" },
    { ScanError::InvalidBytes, "scanner.invalid-bytes" },
    { ScanError::InvalidCharacter, "scanner.invalid-character" },
    { ScanError::BadLength, "scanner.bad-length" },
    { ScanError::CheckDigit, "scanner.check-digit" },
    { ScanError::UnknownAi, "scanner.unknown-ai" },
    { ScanError::TruncatedField, "scanner.truncated-field" },
    { ScanError::FieldTooLong, "scanner.field-too-long" },
    { ScanError::EmptyField, "scanner.empty-field" },
    { ScanError::MissingSeparator, "scanner.missing-separator" },
    { ScanError::InvalidDate, "scanner.invalid-date" },
    { ScanError::ConflictingAi, "scanner.conflicting-ai" },
    { ScanError::MissingRequiredAi, "scanner.missing-required-ai" },
    { ScanError::NotInCodeList, "scanner.not-in-code-list" },
    { ScanError::UnsupportedPrecision, "scanner.unsupported-precision" },
    { ScanError::PriceVerifier, "scanner.price-verifier" },
    { ScanError::BadDigitalLink, "scanner.bad-digital-link" },
    { ScanError::InvalidConfig, "scanner.invalid-config" },
    { ScanError::UnmappedKey, "scanner.unmapped-key" },
    { ScanError::IncompleteScan, "scanner.incomplete-scan" },
    { ScanError::ScanTooLong, "scanner.scan-too-long" },
    { ScanError::GrabFailed, "scanner.grab-failed" },
    { ScanError::ReadFailed, "scanner.read-failed" },
    { ScanError::StreamTruncated, "scanner.stream-truncated" },
} };
} // namespace

QString scanErrorCode(ScanError error)
{
    for (const auto &[e, code] : kCodes) {
        if (e == error)
            return QString::fromLatin1(code);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ScanError> scanErrorFromCode(QStringView code)
{
    for (const auto &[e, c] : kCodes) {
        if (code == QLatin1String(c))
            return e;
    }
    return std::nullopt;
}

ok::Error makeScanError(ScanError error, const QString &message)
{
    return ok::Error { scanErrorCode(error), message };
}

} // namespace ok::scanner
