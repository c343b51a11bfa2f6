// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/scannerdevice.h"

namespace ok::scanner {

ScannerDevice::ScannerDevice(QString name, std::unique_ptr<dev::Transport> transport, ScannerConfig config,
                             QObject *parent)
    : Device(std::move(name), QStringLiteral("scanner"), std::move(transport), parent)
    , m_parser(std::move(config))
{
    qRegisterMetaType<ok::scanner::ScanResult>();
    qRegisterMetaType<ok::Error>();
}

void ScannerDevice::deliverScan(const QByteArray &raw)
{
    auto result = m_parser.parse(raw);
    countJob(result.ok());
    // Never log the scan itself: it may be a pickup code.
    if (result)
        Q_EMIT scanned(result.value());
    else
        Q_EMIT scanFailed(result.error());
}

void ScannerDevice::deliverFailure(const Error &error)
{
    countJob(false);
    Q_EMIT scanFailed(error);
}

} // namespace ok::scanner
