// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/scannerdevice.h"

namespace ok::scanner {

ScannerDevice::ScannerDevice(QString name, std::unique_ptr<dev::Transport> transport, ScannerConfig config,
                             QObject *parent)
    : ScanSource(std::move(name), QStringLiteral("scanner"), std::move(transport), parent)
    , m_parser(std::move(config))
{
    qRegisterMetaType<ok::scanner::ScanResult>();
    qRegisterMetaType<ok::Error>();
    qRegisterMetaType<ok::ports::Scan>();
}

ports::Scan ScannerDevice::toScan(const QString &source, const ScanResult &result)
{
    ports::Scan s;
    s.source = source;
    // Lookups use the code as printed on the pack; GS1 strings go by their GTIN.
    s.code = !result.gtinAsScanned.isEmpty() ? result.gtinAsScanned
             : !result.gs1.gtin.isEmpty()     ? result.gs1.gtin
                                              : result.text;
    s.raw = escapeBytes(result.raw.left(kShownRawBytes));
    if (result.raw.size() > kShownRawBytes)
        s.raw += QStringLiteral("…");
    s.meaning = describeScan(result);
    return s;
}

void ScannerDevice::deliverScan(const QByteArray &raw)
{
    auto result = m_parser.parse(raw);
    countJob(result.ok());
    // Never log the scan itself: it may be a pickup code.
    if (result) {
        Q_EMIT scanned(result.value());
        Q_EMIT scanRead(toScan(name(), result.value()));
    } else {
        Q_EMIT scanFailed(result.error());
        Q_EMIT scanRejected(name(), result.error().message);
    }
}

void ScannerDevice::deliverFailure(const Error &error)
{
    countJob(false);
    Q_EMIT scanFailed(error);
    Q_EMIT scanRejected(name(), error.message);
}

} // namespace ok::scanner
