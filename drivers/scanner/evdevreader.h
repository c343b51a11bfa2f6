// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drivers/scanner/keyboarddecoder.h"

#include <QByteArray>
#include <QObject>

#include <memory>

class QSocketNotifier;

namespace ok::scanner {

/// Reads `struct input_event` records from a file descriptor and emits the scans that a
/// KeyboardDecoder makes of them. The descriptor may be an evdev device (/dev/input/eventN) or
/// anything else that carries the same records (a pipe or socket in tests, a recorded stream):
/// reads are non-blocking and event-driven (QSocketNotifier), short reads are buffered until a
/// whole record is there, so a record split across two writes is read correctly.
///
/// Threading: lives in the thread that created it (normally the GUI thread: reads never block).
/// Failure behaviour: a read error or the end of the stream (device unplugged) stops reading and
/// emits disconnected(); an error is also emitted as failed() except for a plain unplug (ENODEV
/// or end of stream at a record boundary), which is a disconnect, not an error. Scans that fail
/// decoding are emitted as failed() and reading goes on.
class EvdevReader : public QObject
{
    Q_OBJECT

public:
    explicit EvdevReader(QObject *parent = nullptr);
    ~EvdevReader() override;

    /// Starts reading `fd`, which the reader then owns (closes it in close() and the destructor);
    /// it is switched to non-blocking. Fails if `fd` is not open.
    Result<void> open(int fd);
    /// Opens an evdev device read-only (O_NONBLOCK, O_CLOEXEC) and starts reading it.
    Result<void> openPath(const QString &path);
    /// Stops reading, releases a grab, closes the descriptor. Does not emit disconnected().
    void close();
    bool isOpen() const { return m_fd >= 0; }

    /// When the descriptor is a real evdev device, takes it exclusively (EVIOCGRAB) so that the
    /// scanner's keys stop reaching the desktop and whatever field has focus. Returns true if
    /// grabbed, false if the descriptor is not an evdev device (pipe, socket: nothing to grab),
    /// or a GrabFailed error (e.g. another program holds the grab). Not fatal: reading goes on
    /// either way, but without the grab the keys also reach the desktop.
    Result<bool> grab();
    bool isGrabbed() const { return m_grabbed; }

    KeyboardDecoder &decoder() { return m_decoder; }

Q_SIGNALS:
    /// One scan, without its Enter: feed it to ScanParser::parse().
    void scanned(const QByteArray &scan);
    void failed(const ok::Error &error);
    /// The stream ended or the device went away; reading has stopped.
    void disconnected();

private:
    void readAvailable();
    bool deliverRecords();

    int m_fd = -1;
    quint64 m_generation = 0; ///< bumped by close(): tells a signal loop that a slot closed us
    bool m_grabbed = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_pending; ///< bytes of an incomplete record
    KeyboardDecoder m_decoder;
};

} // namespace ok::scanner
