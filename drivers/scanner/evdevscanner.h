// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/device/transport.h"
#include "drivers/scanner/keyboarddecoder.h"
#include "drivers/scanner/scannerdevice.h"

#include <QMap>

#include <chrono>

class QSocketNotifier;

namespace ok::scanner {

/// The `evdev` transport: a Linux input device (/dev/input/by-id/...-event-kbd) read as a stream
/// of `struct input_event` records, taken exclusively with EVIOCGRAB so the scanner's keys stop
/// reaching the desktop and whatever field has focus. Read-only: write() refuses.
///
/// Anything else that carries the same records works too, which is how the tests and the scanner
/// simulator feed it: a FIFO, or a pseudo-terminal (switched to raw mode). There is nothing to
/// grab on those; that is not an error.
///
/// Contract as for every Transport: open() ends in connected() or failed(); a read error or the
/// end of the stream (ENODEV: unplugged; EOF: the writer went away) is disconnected(). A grab
/// that fails (another program holds the device) does not stop reading: grabFailed() says why,
/// after connected().
class EvdevTransport : public dev::Transport
{
    Q_OBJECT
public:
    explicit EvdevTransport(QString path, bool grab = true, QObject *parent = nullptr);
    ~EvdevTransport() override;

    void open() override;
    void close() override;
    bool write(const QByteArray &bytes) override;
    qint64 pendingBytes() const override { return 0; }
    QString describe() const override;

    bool isGrabbed() const { return m_grabbed; }

Q_SIGNALS:
    void grabFailed(const QString &reason);

private:
    void onReadable();
    void drop(const QString &reason);

    QString m_path;
    bool m_wantGrab;
    bool m_grabbed = false;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

/// Options of an evdev scanner's [device.NAME] section, besides the ScannerConfig keys:
///   grab            yes | no    take the device exclusively (EVIOCGRAB); default yes
///   max_key_gap_ms  1000        keys further apart end a scan as incomplete (50-10000)
struct EvdevScannerOptions {
    bool grab = true;
    std::chrono::milliseconds maxKeyGap = KeyboardDecoder::kDefaultMaxKeyGap;

    /// Errors name the section and key ("scanner.invalid-config").
    static Result<EvdevScannerOptions> fromOptions(const QMap<QString, QString> &options,
                                                   const QString &section = QStringLiteral("[device]"));
};

/// A keyboard-wedge barcode scanner read through evdev (driver `evdev-scanner`): key events are
/// turned into characters with the fixed US keymap of KeyboardDecoder (the desktop's layout never
/// matters), a scan ends with Enter, and each scan goes through the same ScanParser as a serial
/// scanner's (prefix, AIM identifier, GS replacement, GTIN and GS1 validation).
///
/// Records split across reads are joined; a scan cut off by an unplug, keys without a character,
/// events the kernel dropped are reported as scanFailed() and never become a scan. Input that
/// arrives while the device is claimed but not enabled is discarded (UnifiedPOS).
class EvdevScanner : public ScannerDevice
{
    Q_OBJECT
public:
    /// `transport` is normally an EvdevTransport; any transport carrying input_event records works.
    EvdevScanner(QString name, std::unique_ptr<dev::Transport> transport, ScannerConfig config,
                 std::chrono::milliseconds maxKeyGap = KeyboardDecoder::kDefaultMaxKeyGap, QObject *parent = nullptr);

    QString checkHealth() const override;

protected:
    void onConnected() override;
    void onDisconnected() override;
    void onReceived(const QByteArray &bytes) override;

private:
    KeyboardDecoder m_decoder;
    QByteArray m_pending; ///< bytes of an incomplete record
    QString m_grabProblem;
};

} // namespace ok::scanner
