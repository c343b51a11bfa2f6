// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <chrono>
#include <linux/input.h>
#include <optional>

namespace ok::scanner {

/// Turns the key events of a keyboard-wedge scanner (Linux evdev `input_event` records) into
/// scan strings with a FIXED US keymap, so the desktop's keyboard layout (Polish, Norwegian,
/// Russian ...) never changes what a scan says. Pure: no I/O, time taken from the events.
///
/// - Characters are produced on key press and autorepeat, with Shift and Caps Lock (letters).
///   Keypad digits and operators type their character regardless of Num Lock.
/// - Enter or keypad Enter ends a scan; the Enter itself is not part of it. Enter with nothing
///   before it is ignored.
/// - Ctrl+letter and Ctrl+[ \ ] ^ _ type the ASCII control characters 0x01-0x1F: a scanner in
///   "control + ASCII" mode sends GS (0x1D) as Ctrl+]. Alt held while typing a decimal code on the
///   keypad (Alt+0029) types that byte, as Windows-style "Alt mode" scanners do.
/// - A GS replacement character configured for the scanner (e.g. '~' = Shift+`) is typed like any
///   other character and passed on unchanged: ScanParser turns it back into GS, and only in GS1
///   data, so a '~' in a plain Code 128 stays a '~'.
/// - Errors, each reported once and the partial scan discarded: a key with no character in the
///   keymap inside a scan (reported at its Enter); keys further apart than `maxKeyGap` (a
///   scan whose Enter never came, reported when the next key arrives); SYN_DROPPED (the kernel's
///   buffer overflowed); more than kMaxScanLength characters.
class KeyboardDecoder
{
    // Errors are shown to the cashier: translated (context "ok::scanner::KeyboardDecoder").
    Q_DECLARE_TR_FUNCTIONS(ok::scanner::KeyboardDecoder)

public:
    static constexpr qsizetype kMaxScanLength = 4096;
    /// Scanners type a whole code in well under a second; a person does not press Enter after a
    /// one-second pause in the middle of a scan.
    static constexpr std::chrono::milliseconds kDefaultMaxKeyGap { 1000 };

    explicit KeyboardDecoder(std::chrono::milliseconds maxKeyGap = kDefaultMaxKeyGap);

    /// Feeds one record. Returns a finished scan, an error (the scan is discarded), or nullopt
    /// while a scan is still being typed or the event does not matter (EV_MSC, EV_SYN, releases).
    std::optional<Result<QByteArray>> feed(const input_event &event);

    /// Forgets the partial scan and the modifier state (e.g. when the device is reopened).
    void reset();
    /// True while characters (or an error) are waiting for an Enter.
    bool hasPartialScan() const { return !m_buffer.isEmpty() || m_error.has_value(); }

private:
    std::optional<Result<QByteArray>> keyPressed(quint16 code);
    void append(char c);
    void fail(const Error &error);

    std::chrono::microseconds m_maxKeyGap;
    QByteArray m_buffer;
    std::optional<Error> m_error; ///< first problem of the current scan
    qint64 m_lastKeyUs = 0;
    bool m_leftShift = false;
    bool m_rightShift = false;
    bool m_ctrl = false;
    bool m_alt = false;
    bool m_capsLock = false;
    int m_altCode = -1; ///< decimal code typed on the keypad while Alt is held
    bool m_droppingUntilReport = false;
};

} // namespace ok::scanner
