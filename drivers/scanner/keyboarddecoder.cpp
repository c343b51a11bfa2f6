// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/keyboarddecoder.h"

#include "drivers/scanner/scanerror.h"

#include <array>

namespace ok::scanner {

namespace {

// input_event.value of EV_KEY records.
constexpr qint32 kKeyRelease = 0;
constexpr qint32 kKeyPress = 1;
constexpr qint32 kKeyRepeat = 2;
constexpr int kControlMask = 0x1F; // Ctrl+key: the ASCII control character of the key's character

struct KeyChar {
    quint16 code;
    char normal;
    char shifted;
};

// The US keyboard (ANSI, "us" XKB layout), keys that type a character.
// clang-format off
constexpr std::array<KeyChar, 65> kUsKeymap = {{
    {KEY_1, '1', '!'}, {KEY_2, '2', '@'}, {KEY_3, '3', '#'}, {KEY_4, '4', '$'}, {KEY_5, '5', '%'},
    {KEY_6, '6', '^'}, {KEY_7, '7', '&'}, {KEY_8, '8', '*'}, {KEY_9, '9', '('}, {KEY_0, '0', ')'},
    {KEY_MINUS, '-', '_'}, {KEY_EQUAL, '=', '+'}, {KEY_TAB, '\t', '\t'},
    {KEY_Q, 'q', 'Q'}, {KEY_W, 'w', 'W'}, {KEY_E, 'e', 'E'}, {KEY_R, 'r', 'R'}, {KEY_T, 't', 'T'},
    {KEY_Y, 'y', 'Y'}, {KEY_U, 'u', 'U'}, {KEY_I, 'i', 'I'}, {KEY_O, 'o', 'O'}, {KEY_P, 'p', 'P'},
    {KEY_LEFTBRACE, '[', '{'}, {KEY_RIGHTBRACE, ']', '}'},
    {KEY_A, 'a', 'A'}, {KEY_S, 's', 'S'}, {KEY_D, 'd', 'D'}, {KEY_F, 'f', 'F'}, {KEY_G, 'g', 'G'},
    {KEY_H, 'h', 'H'}, {KEY_J, 'j', 'J'}, {KEY_K, 'k', 'K'}, {KEY_L, 'l', 'L'},
    {KEY_SEMICOLON, ';', ':'}, {KEY_APOSTROPHE, '\'', '"'}, {KEY_GRAVE, '`', '~'}, {KEY_BACKSLASH, '\\', '|'},
    {KEY_Z, 'z', 'Z'}, {KEY_X, 'x', 'X'}, {KEY_C, 'c', 'C'}, {KEY_V, 'v', 'V'}, {KEY_B, 'b', 'B'},
    {KEY_N, 'n', 'N'}, {KEY_M, 'm', 'M'}, {KEY_COMMA, ',', '<'}, {KEY_DOT, '.', '>'}, {KEY_SLASH, '/', '?'},
    {KEY_SPACE, ' ', ' '},
    {KEY_KP0, '0', '0'}, {KEY_KP1, '1', '1'}, {KEY_KP2, '2', '2'}, {KEY_KP3, '3', '3'}, {KEY_KP4, '4', '4'},
    {KEY_KP5, '5', '5'}, {KEY_KP6, '6', '6'}, {KEY_KP7, '7', '7'}, {KEY_KP8, '8', '8'}, {KEY_KP9, '9', '9'},
    {KEY_KPASTERISK, '*', '*'}, {KEY_KPMINUS, '-', '-'}, {KEY_KPPLUS, '+', '+'}, {KEY_KPDOT, '.', '.'},
    {KEY_KPSLASH, '/', '/'}, {KEY_KPEQUAL, '=', '='},
}};
// clang-format on

const KeyChar *lookup(quint16 code)
{
    for (const KeyChar &k : kUsKeymap) {
        if (k.code == code)
            return &k;
    }
    return nullptr;
}

int keypadDigit(quint16 code)
{
    switch (code) {
    case KEY_KP0:
        return 0;
    case KEY_KP1:
        return 1;
    case KEY_KP2:
        return 2;
    case KEY_KP3:
        return 3;
    case KEY_KP4:
        return 4;
    case KEY_KP5:
        return 5;
    case KEY_KP6:
        return 6;
    case KEY_KP7:
        return 7;
    case KEY_KP8:
        return 8;
    case KEY_KP9:
        return 9;
    default:
        return -1;
    }
}

// Keys that change state but type nothing.
bool isIgnoredKey(quint16 code)
{
    switch (code) {
    case KEY_NUMLOCK:
    case KEY_SCROLLLOCK:
    case KEY_LEFTMETA:
    case KEY_RIGHTMETA:
        return true;
    default:
        return false;
    }
}

qint64 timestampUs(const input_event &e)
{
    return qint64(e.input_event_sec) * 1000000 + qint64(e.input_event_usec);
}

} // namespace

KeyboardDecoder::KeyboardDecoder(std::chrono::milliseconds maxKeyGap)
    : m_maxKeyGap(maxKeyGap)
{
}

void KeyboardDecoder::reset()
{
    m_buffer.clear();
    m_error.reset();
    m_leftShift = m_rightShift = m_ctrl = m_alt = m_capsLock = false;
    m_altCode = -1;
    m_droppingUntilReport = false;
}

void KeyboardDecoder::append(char c)
{
    if (m_error)
        return;
    if (m_buffer.size() >= kMaxScanLength) {
        fail(makeScanError(ScanError::ScanTooLong,
            KeyboardDecoder::tr("more than %1 characters without Enter: the scanner's suffix is probably not Enter")
                .arg(kMaxScanLength)));
        return;
    }
    m_buffer.append(c);
}

void KeyboardDecoder::fail(const Error &error)
{
    if (!m_error)
        m_error = error;
}

std::optional<Result<QByteArray>> KeyboardDecoder::feed(const input_event &event)
{
    if (event.type == EV_SYN) {
        if (event.code == SYN_DROPPED) {
            // The kernel's event buffer overflowed: key events are lost, so is the modifier state.
            const bool hadScan = hasPartialScan();
            reset();
            m_droppingUntilReport = true;
            if (hadScan)
                return Result<QByteArray>(makeScanError(ScanError::IncompleteScan,
                    KeyboardDecoder::tr("the kernel dropped key events during a scan "
                                   "(SYN_DROPPED); the scan was discarded, scan again")));
        } else if (event.code == SYN_REPORT) {
            m_droppingUntilReport = false;
        }
        return std::nullopt;
    }
    if (event.type != EV_KEY || m_droppingUntilReport)
        return std::nullopt;

    const quint16 code = event.code;
    const bool down = event.value == kKeyPress || event.value == kKeyRepeat;
    switch (code) {
    case KEY_LEFTSHIFT:
        m_leftShift = down;
        return std::nullopt;
    case KEY_RIGHTSHIFT:
        m_rightShift = down;
        return std::nullopt;
    case KEY_LEFTCTRL:
    case KEY_RIGHTCTRL:
        m_ctrl = down;
        return std::nullopt;
    case KEY_LEFTALT:
    case KEY_RIGHTALT:
        if (down) {
            m_alt = true;
        } else if (m_alt) {
            m_alt = false;
            // Alt released: the keypad code typed meanwhile is one byte.
            if (m_altCode > 0 && m_altCode <= 0xFF)
                append(char(m_altCode));
            else if (m_altCode > 0xFF || m_altCode == 0)
                fail(makeScanError(
                    ScanError::UnmappedKey, KeyboardDecoder::tr("Alt+keypad code %1 is not a byte (1-255)").arg(m_altCode)));
            m_altCode = -1;
        }
        return std::nullopt;
    case KEY_CAPSLOCK:
        if (event.value == kKeyPress)
            m_capsLock = !m_capsLock;
        return std::nullopt;
    default:
        break;
    }
    if (event.value == kKeyRelease || isIgnoredKey(code))
        return std::nullopt;
    if (event.value == kKeyRepeat && (code == KEY_ENTER || code == KEY_KPENTER))
        return std::nullopt;

    // A long pause inside a scan: its Enter never came. Report it, then start afresh with this key.
    std::optional<Result<QByteArray>> stale;
    const qint64 now = timestampUs(event);
    if (hasPartialScan() && now - m_lastKeyUs > m_maxKeyGap.count()) {
        stale = Result<QByteArray>(m_error ? *m_error
                                           : makeScanError(ScanError::IncompleteScan,
                                               KeyboardDecoder::tr("%1 characters arrived without the final Enter and the "
                                                              "scanner then paused; that scan was discarded")
                                                   .arg(m_buffer.size())));
        m_buffer.clear();
        m_error.reset();
    }
    m_lastKeyUs = now;
    auto finished = keyPressed(code);
    return stale ? stale : finished;
}

std::optional<Result<QByteArray>> KeyboardDecoder::keyPressed(quint16 code)
{
    if (code == KEY_ENTER || code == KEY_KPENTER) {
        std::optional<Result<QByteArray>> out;
        if (m_error)
            out = Result<QByteArray>(*m_error);
        else if (!m_buffer.isEmpty())
            out = Result<QByteArray>(m_buffer);
        m_buffer.clear();
        m_error.reset();
        return out;
    }
    if (m_alt) {
        const int digit = keypadDigit(code);
        if (digit < 0 || m_ctrl) {
            fail(makeScanError(ScanError::UnmappedKey,
                KeyboardDecoder::tr("key code %1 with Alt held is not part of an Alt+keypad code").arg(code)));
            return std::nullopt;
        }
        m_altCode = qMin((m_altCode < 0 ? 0 : m_altCode) * 10 + digit, 10000);
        return std::nullopt;
    }
    const KeyChar *k = lookup(code);
    if (!k) {
        fail(makeScanError(ScanError::UnmappedKey,
            KeyboardDecoder::tr("key code %1 has no character in the US keymap; the scan was discarded "
                           "(check the scanner's keyboard country setting: use USA)")
                .arg(code)));
        return std::nullopt;
    }
    const bool shift = m_leftShift || m_rightShift;
    if (m_ctrl) {
        // The control character of the key's (shifted) character: Ctrl+] = GS, Ctrl+M = CR ...
        const char c = shift ? k->shifted : k->normal;
        const char upper = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
        if ((upper >= 'A' && upper <= 'Z') || upper == '[' || upper == '\\' || upper == ']' || upper == '^'
            || upper == '_') {
            append(char(upper & kControlMask));
        } else {
            fail(makeScanError(ScanError::UnmappedKey,
                KeyboardDecoder::tr("Ctrl+%1 types no ASCII control character").arg(QLatin1Char(c))));
        }
        return std::nullopt;
    }
    const bool letter = k->normal >= 'a' && k->normal <= 'z';
    append((shift != (letter && m_capsLock)) ? k->shifted : k->normal);
    return std::nullopt;
}

} // namespace ok::scanner
