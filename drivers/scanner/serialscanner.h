// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/scanner/scannerdevice.h"

#include <QTimer>

namespace ok::scanner {

/// A scanner on a serial / USB-CDC port (or any transport): cuts the byte stream into scans on
/// the configured suffix (or, without one, on CR/LF), parses and validates each, and emits either
/// a ScanResult or an error a cashier can act on. A partial scan that is not finished within
/// 300 ms (cable pulled mid-scan, noise) is dropped and reported, never glued to the next scan.
class SerialScanner : public ScannerDevice
{
    Q_OBJECT
public:
    SerialScanner(QString name, std::unique_ptr<dev::Transport> transport, ScannerConfig config,
                  QObject *parent = nullptr);

protected:
    void onConnected() override;
    void onReceived(const QByteArray &bytes) override;

private:
    void cut();
    bool m_crlf;
    QByteArray m_terminator;
    QByteArray m_buffer;
    QTimer m_partial;
};

} // namespace ok::scanner
