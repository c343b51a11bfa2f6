// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drivers/scanner/scannerconfig.h"
#include "drivers/scanner/scanresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace ok::scanner {

/// Turns the bytes of one scan, as the scanner delivered them, into a ScanResult or an error
/// that says why the scan cannot be trusted. Pure: no I/O, no clock (except the overload that
/// reads today's date), no state between scans; cheap to copy; safe from any thread.
///
/// Order of work: strip the configured prefix and suffix; read the AIM identifier (required when
/// aimIdentifiers is set); then by symbology:
/// - ]E0 / ]E3 / ]E4: EAN-13, UPC-A (12 or 13 digits), UPC-E (8 digits, expanded), EAN-8, with
///   check digit; EAN-13 in-store codes matching a variable-measure layout become VariableMeasure;
/// - ]C1 ]e0 ]d2 ]Q3 (GS1): element strings, gsReplacement turned back into GS first;
/// - ]C0 ]d1 ]Q1 and unmapped identifiers: text, or a GS1 Digital Link when it is one;
/// - no identifier: 8/12/13/14 digits are a GTIN; 00/01/02 followed by digits, or a leading
///   GS, is GS1; an http(s) URL may be a Digital Link; anything else is text.
/// Without AIM identifiers a numeric code of GTIN length is always checked as a GTIN: configure
/// aim = true when the store also scans other numeric codes.
class ScanParser
{
    // Rejections are shown to the cashier: translated (context "ok::scanner::ScanParser").
    Q_DECLARE_TR_FUNCTIONS(ok::scanner::ScanParser)

public:
    explicit ScanParser(ScannerConfig config = {});

    const ScannerConfig &config() const { return m_config; }

    /// Dates with two-digit years are placed relative to QDate::currentDate().
    Result<ScanResult> parse(const QByteArray &raw) const;
    /// Dates with two-digit years are placed relative to `today` (GS1 Gen Specs 7.12).
    Result<ScanResult> parse(const QByteArray &raw, QDate today) const;

private:
    ScannerConfig m_config;
    std::optional<QString> m_configProblem; ///< every parse fails with it when set
};

} // namespace ok::scanner
