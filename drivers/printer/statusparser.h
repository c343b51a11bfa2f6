// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/printer/commands.h"
#include "drivers/printer/printerstatus.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>

namespace ok::escpos {

// Demultiplexes the byte stream a printer sends back
// (docs/devices.md#d5-status-replies-and-asb-frames). Feed it whatever the transport delivered,
// in chunks of any size, whenever it arrives. The stream may interleave, at any byte boundary:
//  - replies to DLE EOT n: one byte, valid iff (b & 0x93) == 0x12. A reply does not say which n it
//    answers, so the parser keeps a FIFO of outstanding requests: call request() (or
//    noteRequestSent()) for every DLE EOT written. Printers answer in order.
//  - Automatic Status Back frames: 4 bytes, first (b & 0x93) == 0x10, then three with bit4 clear.
//    Unsolicited, also between a request and its reply. A reply byte may even arrive between the
//    bytes of a frame: it has bit4 set, frame bytes 2-4 do not, so both are kept apart.
//  - XON (11) / XOFF (13) flow control.
//  - anything else (line noise, replies to requests we gave up on, other commands' answers):
//    garbage. It is dropped, and so is a partial frame it interrupts; parsing resynchronises on the
//    next valid byte. garbageBytes() and resyncs() count it.
// Status goes out through statusChanged(), only when the merged PrinterStatus changes.
// Passive: no timers, no I/O. The owner times out requests (abandonOldestRequest()) and calls
// reset() on reconnect. Lives in the thread of its owner; not thread-safe.
class StatusParser : public QObject
{
    Q_OBJECT

public:
    explicit StatusParser(QObject *parent = nullptr);

    // The bytes to write (10 04 n); records the request as outstanding.
    QByteArray request(StatusRequest which);
    // Records a request whose bytes the caller wrote itself.
    void noteRequestSent(StatusRequest which);
    // Drops the oldest outstanding request (its reply timed out). False if there was none.
    bool abandonOldestRequest();
    int pendingRequests() const { return int(m_pending.size()); }

    void feed(QByteArrayView bytes);

    // New connection: forgets outstanding requests, a partial frame, XOFF and the status
    // (statusChanged() with an unknown status if it was known).
    void reset();

    const PrinterStatus &status() const { return m_status; }
    bool isTransmitPaused() const { return m_paused; } // XOFF seen and no XON since

    qint64 garbageBytes() const { return m_garbageBytes; }
    int resyncs() const { return m_resyncs; } // runs of garbage
    qint64 framesParsed() const { return m_frames; }
    qint64 repliesParsed() const { return m_replies; }

Q_SIGNALS:
    void statusChanged(const ok::escpos::PrinterStatus &status);
    void transmitPausedChanged(bool paused);

private:
    void handle(quint8 b);
    void applyReply(StatusRequest which, quint8 b);
    void applyFrame();
    void discard(qsizetype bytes);
    void publish(const PrinterStatus &next);

    QList<StatusRequest> m_pending;
    QByteArray m_frame; // partial ASB frame, 1..3 bytes
    PrinterStatus m_status;
    bool m_paused = false;
    bool m_inGarbage = false;
    qint64 m_garbageBytes = 0;
    int m_resyncs = 0;
    qint64 m_frames = 0;
    qint64 m_replies = 0;
};

} // namespace ok::escpos
