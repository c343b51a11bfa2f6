// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/ports/scansource.h"
#include "drivers/scanner/scanparser.h"

namespace ok::scanner {

/// What every barcode-scanner device has in common, whatever carries its bytes (serial port,
/// evdev keyboard events): one ScanParser with the scanner's configuration, and the same signals.
/// A cashier-facing error never becomes a wrong product: either scanned() with a validated
/// ScanResult, or scanFailed() with the reason.
///
/// It is the ports::ScanSource role too: every scanned() is followed by scanRead() with the same
/// scan as ports::Scan, every scanFailed() by scanRejected() with its message (toScan() says how
/// a ScanResult becomes a Scan).
class ScannerDevice : public ports::ScanSource
{
    Q_OBJECT
public:
    ScannerDevice(QString name, std::unique_ptr<dev::Transport> transport, ScannerConfig config,
                  QObject *parent = nullptr);

    const ScanParser &parser() const { return m_parser; }

    /// Raw bytes shown in a Scan (escaped): longer scans are cut here and end in "…".
    static constexpr qsizetype kShownRawBytes = 64;
    /// The port's view of a validated scan from `source`: `code` is what a lookup uses (the GTIN as
    /// printed on the pack, else a GS1 string's GTIN, else the text), `raw` the bytes as received
    /// (escapeBytes(), at most kShownRawBytes of them), `meaning` describeScan().
    static ports::Scan toScan(const QString &source, const ScanResult &result);

Q_SIGNALS:
    /// The driver's detail of a scan (scanRead() follows with the port's view of it).
    void scanned(const ok::scanner::ScanResult &result);
    /// Why a scan was refused (scanRejected() follows with the same message).
    void scanFailed(const ok::Error &error);

protected:
    /// Parse one scan (prefix, AIM identifier, data, suffix as the scanner sent them), count it in
    /// the statistics and emit scanned() and scanRead(), or scanFailed() and scanRejected().
    void deliverScan(const QByteArray &raw);
    /// Report a scan that never got as far as the parser (cut off, unreadable keys).
    void deliverFailure(const Error &error);

private:
    ScanParser m_parser;
};

} // namespace ok::scanner

Q_DECLARE_METATYPE(ok::scanner::ScanResult)
