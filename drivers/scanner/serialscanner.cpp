// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/serialscanner.h"

namespace ok::scanner {

namespace {
constexpr int kPartialScanTimeoutMs = 300;
constexpr qsizetype kMaxScan = 4096; // a 2D code holds at most a few kB
} // namespace

SerialScanner::SerialScanner(QString name, std::unique_ptr<dev::Transport> transport, ScannerConfig config,
                             QObject *parent)
    : ScannerDevice(std::move(name), std::move(transport), config, parent)
    , m_crlf(config.suffix.isEmpty())
    , m_terminator(config.suffix.isEmpty() ? QByteArray("\r") : config.suffix.right(1))
{
    m_partial.setSingleShot(true);
    m_partial.setInterval(kPartialScanTimeoutMs);
    connect(&m_partial, &QTimer::timeout, this, [this] {
        if (m_buffer.isEmpty())
            return;
        m_buffer.clear();
        deliverFailure(Error{QStringLiteral("scanner.incomplete"), tr("An incomplete scan was dropped: scan again")});
    });
}

void SerialScanner::onConnected()
{
    m_buffer.clear();
}

void SerialScanner::onReceived(const QByteArray &bytes)
{
    if (!isEnabled())
        return; // a disabled scanner's input is discarded (UnifiedPOS)
    m_buffer += bytes;
    cut();
    if (m_buffer.size() > kMaxScan) {
        m_buffer.clear();
        deliverFailure(Error{QStringLiteral("scanner.oversized"), tr("The scanner sent more data than any barcode holds: check its suffix setting")});
    }
    if (!m_buffer.isEmpty())
        m_partial.start();
}

void SerialScanner::cut()
{
    const bool crlf = m_crlf;
    for (;;) {
        qsizetype end = m_buffer.indexOf(m_terminator);
        if (crlf) {
            const qsizetype lf = m_buffer.indexOf('\n');
            if (end < 0 || (lf >= 0 && lf < end))
                end = lf;
        }
        if (end < 0)
            return;
        QByteArray raw = m_buffer.left(end + 1);
        m_buffer.remove(0, end + 1);
        if (crlf) {
            while (!raw.isEmpty() && (raw.endsWith('\r') || raw.endsWith('\n')))
                raw.chop(1);
            if (raw.isEmpty())
                continue; // the LF of a CR LF pair
        }
        deliverScan(raw);
    }
}

} // namespace ok::scanner
