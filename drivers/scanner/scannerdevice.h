// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/device/device.h"
#include "drivers/scanner/scanparser.h"

namespace ok::scanner {

/// What every barcode-scanner device has in common, whatever carries its bytes (serial port,
/// evdev keyboard events): one ScanParser with the scanner's configuration, and the same two
/// signals. A cashier-facing error never becomes a wrong product: either scanned() with a
/// validated ScanResult, or scanFailed() with the reason.
class ScannerDevice : public dev::Device
{
    Q_OBJECT
public:
    ScannerDevice(QString name, std::unique_ptr<dev::Transport> transport, ScannerConfig config,
                  QObject *parent = nullptr);

    const ScanParser &parser() const { return m_parser; }

Q_SIGNALS:
    void scanned(const ok::scanner::ScanResult &result);
    void scanFailed(const ok::Error &error);

protected:
    /// Parse one scan (prefix, AIM identifier, data, suffix as the scanner sent them), count it in
    /// the statistics and emit scanned() or scanFailed().
    void deliverScan(const QByteArray &raw);
    /// Report a scan that never got as far as the parser (cut off, unreadable keys).
    void deliverFailure(const Error &error);

private:
    ScanParser m_parser;
};

} // namespace ok::scanner

Q_DECLARE_METATYPE(ok::scanner::ScanResult)
